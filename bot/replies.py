"""The texts of the chat features (issue 12): adding articles, unknown commands, follow-ups,
filters, citations and exports. Pure functions, no I/O; everything from a user or the corpus
goes through ``html.escape``. (The answers themselves are render.py's; the other texts, texts.py's.)
"""

from __future__ import annotations

from html import escape

from .suggest import Command
from .uploads import Added, Refused

# -- adding articles -------------------------------------------------------------------------------



def not_admin_upload(example: str) -> str:
    """A file from anyone but an admin."""
    return f"抱歉，只有管理员可以向语料添加文章，文件没有保存。我只能回答文字问题，例如 <code>{escape(example)}</code>"


def upload(outcome: Added | Refused, limit_mb: int) -> str:
    """The admin's answer to a file: what was added, or why not."""
    return upload_added(outcome) if isinstance(outcome, Added) else upload_refused(outcome, limit_mb)

_REFUSALS = {
    "folder": "语料 <code>{detail}</code> 是单个文件：从聊天添加文章需要一个文件夹作为语料（QA_CORPUS 设为文件夹）。",
    "type": "只能添加 .txt、.md 或 .html 文件，「{detail}」不是。",
    "size": "文件太大（{detail} MB），上限是 {limit} MB（QA_MAX_FILE_MB），没有下载。",
    "busy": "⏳ 正在重新索引，请稍后再发一次。",
    "download": "文件下载失败：{detail}",
    "binary": "这个文件不是可读的文本（{detail}），没有加入。",
    "empty": "文件里没有找到文章正文，没有加入。",
    "duplicate": "语料里已有同一篇文章{detail}，没有加入。",
    "index": "重新索引没有收下这个文件，语料保持原样：{detail}",
}


def upload_refused(refused: Refused, limit_mb: int) -> str:
    """Why an admin's file was not added (one or two lines)."""
    detail = refused.detail
    if refused.reason == "duplicate":
        detail = f"《{detail}》" if detail else ""
    return "⚠️ " + _REFUSALS[refused.reason].format(detail=escape(detail), limit=limit_mb)


def upload_added(a: Added) -> str:
    """What an added article holds: title, outlet, date, passages, speakers."""
    d = a.document
    meta = " · ".join(escape(x) for x in (d.outlet or "（未识别媒体）", d.date or "（未识别日期）"))
    people = "、".join(escape(sp.label()) for sp in a.speakers[:12]) or "（没有识别出发言人）"
    more = f" 等 {len(a.speakers)} 位" if len(a.speakers) > 12 else ""
    return "\n".join([
        f"✅ 已加入《{escape(d.title)}》",
        meta,
        f"{a.passages} 段；发言人：{people}{more}",
        f"保存为 <code>{escape(a.path.parent.name + '/' + a.path.name)}</code>；语料现有 {a.documents} 篇文章"
        f"（重新索引 {a.seconds:.1f} 秒）。",
    ])


# -- unknown commands ------------------------------------------------------------------------------

def unknown_command(sent: Command, suggestion: str | None) -> str:
    """One line: the command does not exist, the closest one (with the same arguments), and /help."""
    name = escape(sent.name[:32] + ("…" if len(sent.name) > 32 else ""))
    if suggestion is None:
        return f"没有 /{name} 这个命令。全部命令见 /help。"
    args = sent.args[:60] + ("…" if len(sent.args) > 60 else "")
    example = escape(f"/{suggestion} {args}".strip())
    return f"没有 /{name} 这个命令，是想用 <code>{example}</code> 吗？全部命令见 /help。"

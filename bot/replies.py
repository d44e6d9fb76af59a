"""The texts of the chat features (issue 12): adding articles, unknown commands, follow-ups,
filters, citations and exports. Pure functions, no I/O; everything from a user or the corpus
goes through ``html.escape``. (The answers themselves are render.py's; the other texts, texts.py's.)
"""

from __future__ import annotations

from html import escape

from retrieval.chat import Export, Reply
from retrieval.chat.conversation import Article
from retrieval.cli.formatting import clause_cut, filter_count, readable_url, url_of
from retrieval.search.filters import Filters

from .excerpts import cut_html, fits
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


# -- conversations: answers, follow-ups, filters ---------------------------------------------------

CLEAR_HINT = "/filter clear 清除"
GROUP_FOLLOW_UP = "在群里追问时，请回复我的回答。"
_TITLES = {"more": "{q} · 更多", "same_speaker": "{q} 还说了什么", "other_speakers": "{q} · 其他人怎么说"}


def filters_line(filters: Filters) -> str:
    """「🔍 筛选：发言人 朱凯 · 2024-02-01 至 2024-02-29（/filter clear 清除）」, or "" without filters."""
    return f"<i>🔍 {escape(filters.describe(CLEAR_HINT))}</i>" if filters.active else ""


def with_filters(html: str, filters: Filters) -> str:
    """``html`` under the line naming the active filters (cut to the message limit if need be)."""
    line = filters_line(filters)
    if not line:
        return html
    out = f"{line}\n{html}"
    return out if fits(out) else cut_html(out)


def answer_title(reply: Reply) -> str:
    """The heading of a search reply: the question, or what the follow-up asked."""
    return _TITLES.get(reply.follow_up or "", "{q}").format(q=reply.question)


def hint(text: str, group: bool) -> str:
    """A follow-up with nothing to follow: one line (in groups, how to follow up there)."""
    return escape(text) + (f"\n{GROUP_FOLLOW_UP}" if group else "")


def article(a: Article) -> str:
    """原文 / 全文: the article around the first hit, the hit's paragraph marked ▶."""
    doc = a.document
    title = escape(doc.title)
    if doc.url and doc.url.startswith(("http://", "https://")):
        title = f'<a href="{escape(doc.url, quote=True)}">{title}</a>'
    meta = " · ".join(escape(x) for x in (doc.outlet, doc.date) if x)
    shown = a.around()
    focus = a.passages[a.focus]
    html = ""
    for budget in (700, 350, 160, 80):
        lines = [f"📄 <b>《{title}》</b>" + (f"\n<i>{meta}</i>" if meta else ""), ""]
        if shown and shown[0] is not a.passages[0]:
            lines.append("……")
        for p in shown:
            text = p.text if len(p.text) <= budget else p.text[: clause_cut(p.text, budget - 1)] + "…"
            mark = "▶ " if p is focus else ""
            body = f"<b>{mark}¶{p.paragraph}</b> {escape(text)}"
            lines.append(body)
        if shown and shown[-1] is not a.passages[-1]:
            lines.append("……")
        lines.append(f"\n<i>全文共 {len(a.passages)} 段；第 {focus.paragraph} 段是第一条答案。</i>")
        html = "\n".join(lines)
        if fits(html):
            return html
    return cut_html(html)


def source(reply: Reply) -> str:
    """出处 / 来源: the full source of the first hit, and its copy-ready citation; the link read
    decoded (``readable_url``), the 链接 a link to the exact URL."""
    details, cited = escape(reply.source), escape(reply.citation)
    url = url_of(reply.source)
    if url and readable_url(url) != url:  # (a plain URL stays text: Telegram links it)
        shown = escape(readable_url(url))
        details = details.replace(f"链接：{escape(url)}", f'链接：<a href="{escape(url, quote=True)}">{shown}</a>')
        cited = cited.replace(escape(url), shown)
    return f"📌 <b>出处</b>\n{details}\n\n<b>引用</b>\n{cited}"


def conversation_reply(reply: Reply, group: bool) -> str:
    """The HTML of a follow-up that is not a search (article, source, hint), or of an empty search."""
    if reply.kind == "article" and reply.article is not None:
        html = article(reply.article)
    elif reply.kind == "source":
        html = source(reply)
    elif reply.kind == "hint":
        html = hint(reply.hint, group)
    else:
        html = escape(reply.note)
    return with_filters(html, reply.filters)


FILTER_WORDS = "姓名 媒体 2024年2月"  # the usage of /filter when the corpus gives no example


def filter_shown(filters: Filters, example: str = "") -> str:
    """/filter alone: the active filters, or how to set some (``example``: words that narrow
    this corpus, so the usage can be copied as it is)."""
    if filters.active:
        return f"🔍 {escape(filters.describe(CLEAR_HINT))}"
    return (f"没有筛选条件。用法：<code>/filter {escape(example or FILTER_WORDS)}</code>"
            "（发言人的姓名、姓名的一部分或职务；媒体；日期或 2024-02-01..2024-02-29、去年）。")


def filter_set(filters: Filters, kept: int | None = None) -> str:
    """The filters just set; with ``kept``, how many passages they keep (a warning when none)."""
    count = "" if kept is None else f"\n{escape(filter_count(kept, CLEAR_HINT))}"
    return f"✅ 已设置 {escape(filters.describe(CLEAR_HINT))}\n之后的问题只在这个范围里找答案。{count}"


FILTER_CLEARED = "✅ 筛选已清除，之后的问题在全部语料里找答案。"


def filter_reply(action: str, filters: Filters, example: str = "", kept: int | None = None) -> str:
    """The answer to /filter: cleared, set (the filters now, and how many passages they keep), or shown."""
    if action == "cleared":
        return FILTER_CLEARED
    return filter_set(filters, kept) if action == "set" else filter_shown(filters, example)


def citation(line: str) -> str:
    """The copy-ready citation of one hit (「引用」 button), its link read decoded (``readable_url``)."""
    return f"<code>{escape(_readable_links(line))}</code>"


def _readable_links(line: str) -> str:
    """``line`` with each http(s) URL in it (up to a space) read decoded."""
    return " ".join(readable_url(w) if w.startswith(("http://", "https://")) else w for w in line.split(" "))


def export_caption(exp: Export, filters: Filters) -> str:
    what = filters.describe(None).removeprefix("筛选：")
    return f"📎 {escape(what)} · {exp.count} 段（{exp.format.upper() if exp.format != 'md' else 'Markdown'}）"


def error(exc: Exception) -> str:
    """A FilterError / ExportError / QuestionError as one line for the user."""
    return f"⚠️ {escape(str(exc))}"


def help_more(admin: bool = False, example: str = "") -> str:
    """/help's second part: follow-ups, filters, citations, export (and, for admins, adding
    articles); ``example``: /filter words that narrow this corpus."""
    words = escape(example or FILTER_WORDS)
    name = words.split()[0]
    lines = [
        "<b>追问</b>（私聊里直接说；群里回复我的回答）",
        "他还说了什么 · 还有呢 · 其他人呢 · 原文 · 出处",
        "",
        "<b>筛选、引用、导出</b>",
        f"/filter {words} — 之后的问题只在这个范围里找；/filter clear 清除",
        "问题里也可以写媒体或日期（例如 2024年2月），只对这一问生效",
        "答案下的「引用」— 一行可直接复制的引文",
        f"/export {name} — 此人的全部引语，CSV 和 Markdown 各一份",
    ]
    if admin:
        lines += ["", "<b>管理员</b>", "私聊发来 .txt、.md 或 .html 文件 — 加入语料并重新索引；/reload、/stats"]
    return "\n".join(lines)

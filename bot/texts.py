"""The informational texts: /start, /help, /about, /speakers, /sources, usage and hints.

Pure functions, no I/O; everything from the corpus or a user goes through ``html.escape``, and
the lists are cut to Telegram's message limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from retrieval.models import Document, Speaker

from .excerpts import echo, fits


def speakers_list(speakers: Sequence[tuple[Speaker, int]]) -> str:
    """/speakers: every speaker with title and passage count, cut to the message limit."""
    head = f"🗣 <b>语料中的发言人</b>（{len(speakers)} 位）\n"
    tail = "\n\n用 <code>/speaker 姓名</code> 查看某人的全部发言。"
    return _bounded_list(head, [f"• {escape(sp.label())} — {n} 段" for sp, n in speakers], tail)


def sources_list(documents: Sequence[tuple[Document, int]]) -> str:
    """/sources: every document with outlet, date, title and passage count."""
    head = f"📰 <b>语料中的文章</b>（{len(documents)} 篇）\n"
    lines = []
    for doc, n in documents:
        title = escape(doc.title)
        if doc.url and doc.url.startswith(("http://", "https://")):
            title = f'<a href="{escape(doc.url, quote=True)}">{title}</a>'
        meta = " · ".join(escape(x) for x in (doc.outlet, doc.date) if x)
        lines.append(f"• {meta + ' · ' if meta else ''}《{title}》 — {n} 段")
    return _bounded_list(head, lines, "")


def _bounded_list(head: str, lines: Sequence[str], tail: str) -> str:
    out = head
    for k, line in enumerate(lines):
        more = f"\n…… 另有 {len(lines) - k} 项"
        if not fits(out + "\n" + line + more + tail):
            return out + more + tail
        out += "\n" + line
    return out + tail


def welcome(bot_name: str, documents: int, passages: int, speakers: int, outlets: Sequence[str], examples: Sequence[str]) -> str:
    """/start: what Yanlu does, what the corpus covers, three example questions."""
    where = "、".join(escape(o) for o in outlets[:5]) or "新闻网站"
    lines = [
        f"👋 你好！我是 <b>{escape(bot_name)}</b>{'' if '言录' in bot_name else '（言录）'}。",
        "向我提问，我会从新闻报道中找出回答它的原文段落，并注明是谁说的、发表在哪里。",
        "",
        f"📚 语料：来自{where}的 {documents} 篇文章，{passages} 段，{speakers} 位发言人。",
    ]
    if examples:
        lines += ["", "试试这样问："]
        lines += [f"• <code>{escape(e)}</code>" for e in examples[:3]]
    lines += ["", "更多用法见 /help。"]
    return "\n".join(lines)


def help_text(bot_username: str) -> str:
    """/help: how to ask in private, in groups and inline; the commands."""
    at = f"@{escape(bot_username)}" if bot_username else "@bot"
    return "\n".join([
        "<b>怎么用</b>",
        "• 私聊：直接发问题。",
        f"• 群组：<code>/ask 问题</code>，或 {at} 加问题，或回复我的消息；回复别人的消息发 /ask 就问那条消息。",
        f"• 任意聊天：输入 <code>{at} 问题</code> 选一个答案发送（inline 模式）。",
        "• 答案下方：「更多 ▸」翻看更多段落，「全文」看完整段落。",
        "",
        "<b>命令</b>",
        "/ask 问题 — 提问",
        "/speakers — 发言人列表",
        "/speaker 姓名 — 某人的全部发言",
        "/sources — 语料中的文章",
        "/about — 语料规模与版本",
        "/help — 本帮助",
    ])


def about(version: str, documents: int, passages: int, speakers: int, build_seconds: float) -> str:
    """/about: corpus size, index build time, version."""
    return "\n".join([
        f"<b>言录 Yanlu</b> v{escape(version)}",
        f"语料：{documents} 篇文章，{passages} 段，{speakers} 位发言人",
        f"索引构建耗时：{build_seconds:.2f} 秒",
        "检索：BM25（jieba 分词），每段注明发言人与出处。",
    ])


def usage(command: str, example: str) -> str:
    return f"用法：<code>/{escape(command)} {'问题' if command == 'ask' else '姓名'}</code>，例如 <code>/{escape(command)} {escape(example)}</code>"


def not_text(example: str) -> str:
    """The reply to a photo, sticker, voice message, file or location in a private chat."""
    return f"我只能回答文字问题：直接发一句话给我，例如 <code>{escape(example)}</code>"


def unknown_speaker(name: str, speakers: Sequence[Speaker], several: bool = False) -> str:
    """/speaker with no name, or a name the corpus does not know; ``several``: ``name`` is part of
    the names (or titles) of ``speakers``, which are listed to choose from."""
    known = "、".join(escape(sp.name) for sp in speakers[:8])
    if several:
        more = "等" if len(speakers) > 8 else ""
        return (f"「{echo(name)}」可能是：{known}{more}。\n请写出全名，例如 "
                f"<code>/speaker {escape(speakers[0].name)}</code>。")
    head = f"语料中没有发言人「{echo(name)}」。" if name else usage("speaker", speakers[0].name if speakers else "姓名")
    return f"{head}\n发言人有：{known}{'等' if len(speakers) > 8 else ''}。完整列表见 /speakers。" if known else head

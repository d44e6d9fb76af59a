"""Pure functions turning hits into Telegram HTML: no I/O, no telegram imports beyond constants.

Everything that comes from the corpus or from a user goes through ``html.escape``; every
message stays within Telegram's 4096-character limit, measured in UTF-16 code units on the
raw HTML (which is never shorter than the text Telegram counts after parsing entities).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from telegram.constants import MessageLimit

from retrieval import MAX_QUESTION_CHARS
from retrieval.models import Document, Hit, Passage, Speaker
from retrieval.tokenize import normalize

MAX_LENGTH = MessageLimit.MAX_TEXT_LENGTH  # 4096
PASSAGE_CHARS = 300  # a passage longer than this is trimmed around its best sentence in a list
QUESTION_ECHO_CHARS = 80
ELLIPSIS = "…"
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”」’\"]?|\n|$)")


@dataclass(frozen=True, slots=True)
class Page:
    """One rendered message: its HTML and the ranks (1-based) of the hits shown trimmed."""

    html: str
    trimmed: tuple[int, ...] = ()


def tg_len(text: str) -> int:
    """The length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def fits(text: str) -> bool:
    return tg_len(text) <= MAX_LENGTH


# -- pieces ------------------------------------------------------------------------------------

def who(passage: Passage) -> str:
    """「name · title」, or 「outlet」 when the passage has no speaker (plain text)."""
    if passage.speaker is not None:
        return f"「{passage.speaker.label()}」"
    return f"「{passage.source.outlet or passage.source.title}」"


def source_line(passage: Passage) -> str:
    """outlet · date · 《title》 · ¶N as HTML, the title linked when the url is known."""
    src = passage.source
    title = escape(src.title)
    if src.url and src.url.startswith(("http://", "https://")):
        title = f'<a href="{escape(src.url, quote=True)}">{title}</a>'
    parts = [escape(p) for p in (src.outlet, src.date) if p]
    parts.append(f"《{title}》")
    parts.append(f"¶{passage.paragraph}")
    return " · ".join(parts)


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the question's terms occur in ``text`` (merged, lone single characters dropped)."""
    terms = [t for t in dict.fromkeys(normalize(t) for t in terms) if t.strip()]
    if not terms or not text:
        return []
    norm, origin = _normalized_with_origin(text)
    mask = [False] * len(text)
    for term in terms:
        start = norm.find(term)
        while start >= 0:
            for k in range(start, start + len(term)):
                mask[origin[k]] = True
            start = norm.find(term, start + 1)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if not mask[i]:
            i += 1
            continue
        j = i
        while j < len(text) and mask[j]:
            j += 1
        if j - i >= 2 or text[i].isascii():  # a lone CJK character is noise, not a match
            spans.append((i, j))
        i = j
    return spans


def _normalized_with_origin(text: str) -> tuple[str, list[int] | range]:
    """``normalize(text)`` and, for each of its characters, the index of the one it came from."""
    whole = normalize(text)
    if len(whole) == len(text):  # the usual case: character for character
        return whole, range(len(text))
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = normalize(ch)
        out.append(n)
        origin.extend([i] * len(n))
    return "".join(out), origin


def first_match(text: str, terms: Sequence[str]) -> int | None:
    """Where the earliest of the terms occurs in ``text``, if anywhere."""
    if not any(t.strip() for t in terms):
        return None
    found = [f for f in (text.find(t) for t in terms if t.strip()) if f >= 0]
    if found:  # the usual case: the corpus already writes the term as the tokenizer does
        return min(found)
    norm, origin = _normalized_with_origin(text[:20000])
    found = [norm.find(t) for t in sorted({normalize(t) for t in terms if t.strip()}, key=len, reverse=True)]
    found = [f for f in found if f >= 0]
    return origin[min(found)] if found else None


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, with the spans in <b>."""
    out, pos = [], 0
    for a, b in spans:
        out.append(escape(text[pos:a]))
        out.append(f"<b>{escape(text[a:b])}</b>")
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)


def window(text: str, best: str, budget: int, terms: Sequence[str] = ()) -> tuple[int, int]:
    """The slice of ``text`` (at most ``budget`` characters) around its best sentence, in whole
    sentences where possible; inside one overlong sentence, around the first matched term."""
    if len(text) <= budget:
        return 0, len(text)
    at = text.find(best) if best else -1
    if at < 0:
        at = first_match(text, terms) or 0
    bounds = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()]
    centre = next((k for k, (a, b) in enumerate(bounds) if a <= at < b), None)
    if centre is None:
        return at, min(len(text), at + budget)
    lo = hi = centre
    start, end = bounds[centre]
    if end - start > budget:  # one very long sentence: cut it around its first match
        first = start + (first_match(text[start:end], terms) or 0)
        start = max(start, min(first - budget // 4, end - budget))
        return start, start + budget
    grew = True
    while grew:
        grew = False
        if hi + 1 < len(bounds) and bounds[hi + 1][1] - start <= budget:
            hi += 1
            end = bounds[hi][1]
            grew = True
        if lo - 1 >= 0 and end - bounds[lo - 1][0] <= budget:
            lo -= 1
            start = bounds[lo][0]
            grew = True
    return start, end


def passage_html(text: str, terms: Sequence[str], best: str = "", budget: int | None = None) -> tuple[str, bool]:
    """The passage as HTML with the terms in bold, trimmed to ``budget`` characters; and whether it was cut."""
    start, end = 0, len(text)
    if budget is not None and len(text) > budget:
        start, end = window(text, best, budget, terms)
    segment = text[start:end]
    body = highlight(segment, term_spans(segment, terms)).strip()
    if start > 0:
        body = ELLIPSIS + body
    if end < len(text):
        body += ELLIPSIS
    return body, (start, end) != (0, len(text))


def hit_html(hit: Hit, rank: int | None = None, budget: int | None = PASSAGE_CHARS) -> tuple[str, bool]:
    """One hit: 「who」, the passage, the source line; and whether the passage was trimmed."""
    p = hit.passage
    head = f"{rank}. " if rank is not None else ""
    body, cut = passage_html(p.text, hit.matched_terms, hit.best_sentence, budget)
    return f"<b>{head}{escape(who(p))}</b>\n{body}\n<i>{source_line(p)}</i>", cut


def _fit(build) -> Page:
    """Call ``build(budget)`` with smaller passage budgets until the message fits."""
    for budget in (PASSAGE_CHARS, 200, 120, 60):
        page = build(budget)
        if fits(page.html):
            return page
    return Page(cut_html(page.html), page.trimmed)


def cut_html(text: str) -> str:
    """Last resort: plain-escaped text cut to the limit (never reached with sane input)."""
    plain = re.sub(r"<[^>]+>", "", text)
    while tg_len(plain) > MAX_LENGTH - 1:
        plain = plain[: len(plain) - max(1, (tg_len(plain) - MAX_LENGTH) // 2 + 1)]
        plain = re.sub(r"&[#\w]*$", "", plain)  # never end inside an entity such as &amp;
    return plain + ELLIPSIS


def _echo(question: str) -> str:
    q = " ".join(question.split())
    if len(q) > QUESTION_ECHO_CHARS:
        q = q[: QUESTION_ECHO_CHARS - 1] + ELLIPSIS
    return escape(q)


def _footer(start: int, shown: int, total: int) -> str:
    if total <= shown and start == 0:
        return ""
    return f"\n\n<i>第 {start + 1}–{start + shown} 条，共 {total} 条</i>"


# -- messages --------------------------------------------------------------------------------

def answer_page(question: str, hits: Sequence[Hit], start: int = 0, count: int = 3, truncated: bool = False) -> Page:
    """The answer to ``question``: hits[start:start+count], each with who said it and where."""
    shown = list(hits[start : start + count])

    def build(budget: int) -> Page:
        parts, trimmed = [f"🔎 <b>{_echo(question)}</b>"], []
        if truncated:
            parts.append(f"<i>（问题过长，只按前 {MAX_QUESTION_CHARS} 个字检索）</i>")
        for rank, hit in enumerate(shown, start + 1):
            html, cut = hit_html(hit, rank, budget)
            parts.append(html)
            if cut:
                trimmed.append(rank)
        return Page("\n\n".join(parts) + _footer(start, len(shown), len(hits)), tuple(trimmed))

    return _fit(build)


def full_passage(hit: Hit, rank: int | None = None) -> str:
    """One hit with its whole passage (trimmed only if it alone would exceed the limit)."""
    budget = min(len(hit.passage.text), MAX_LENGTH)
    html, _ = hit_html(hit, rank, budget=budget)
    while not fits(html) and budget > 20:
        budget = int(budget * 0.8)
        html, _ = hit_html(hit, rank, budget=budget)
    return html if fits(html) else cut_html(html)


def no_answer(question: str, examples: Sequence[str] = ()) -> str:
    """The reply when the corpus holds no answer: say so, suggest /speakers and two example questions."""
    lines = [f"🤷 语料中没有找到「{_echo(question)}」的答案。", "", "可以用 /speakers 看看语料里有哪些发言人"]
    ex = [e for e in examples if e][:2]
    if ex:
        lines[-1] += "，或者试试这样问："
        lines.extend(f"• <code>{escape(e)}</code>" for e in ex)
    else:
        lines[-1] += "。"
    return "\n".join(lines)


def speaker_page(speaker: Speaker, passages: Sequence[Passage], start: int = 0, count: int = 3) -> Page:
    """That person's passages, a page at a time."""
    shown = list(passages[start : start + count])

    def build(budget: int) -> Page:
        parts, trimmed = [f"🗣 <b>{escape(speaker.label())}</b>（{len(passages)} 段）"], []
        for rank, p in enumerate(shown, start + 1):
            html, cut = hit_html(Hit(p, 0.0, (speaker.name,)), rank, budget)  # their name in bold
            parts.append(html)
            if cut:
                trimmed.append(rank)
        return Page("\n\n".join(parts) + _footer(start, len(shown), len(passages)), tuple(trimmed))

    return _fit(build)


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


def unknown_speaker(name: str, speakers: Sequence[Speaker]) -> str:
    """/speaker with no name, or a name the corpus does not know."""
    known = "、".join(escape(sp.name) for sp in speakers[:8])
    head = f"语料中没有发言人「{_echo(name)}」。" if name else usage("speaker", speakers[0].name if speakers else "姓名")
    return f"{head}\n发言人有：{known}{'等' if len(speakers) > 8 else ''}。完整列表见 /speakers。" if known else head


def inline_message(question: str, hit: Hit) -> str:
    """What an inline result sends: the question and the one hit, whole if it fits."""
    head = f"🔎 <b>{_echo(question)}</b>\n\n"
    body, _ = hit_html(hit, None, budget=None)
    for budget in (1500, 600, 200):
        if fits(head + body):
            break
        body, _ = hit_html(hit, None, budget=budget)
    return head + body if fits(head + body) else cut_html(head + body)


def inline_title(hit: Hit) -> str:
    """「name · outlet」 for an inline result (plain text)."""
    p = hit.passage
    outlet = p.source.outlet or p.source.title or "言录"
    name = p.speaker.name if p.speaker else outlet
    return f"{name} · {outlet}" if name != outlet else name


def inline_description(hit: Hit, chars: int = 90) -> str:
    """The passage start, for an inline result (plain text)."""
    text = " ".join(hit.passage.text.split())
    return text if len(text) <= chars else text[: chars - 1] + ELLIPSIS


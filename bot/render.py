"""Pure functions turning hits into Telegram HTML: no I/O, no telegram imports beyond constants.

Everything that comes from the corpus or from a user goes through ``html.escape``; every
message stays within Telegram's 4096-character limit, measured in UTF-16 code units on the
raw HTML (which is never shorter than the text Telegram counts after parsing entities).

This module renders answers (a page of hits, one whole passage, an inline result, the no-answer
reply); excerpts.py bolds and trims passage text, texts.py writes /start, /help, /about and the
lists. Their public functions are re-exported here, so the handlers call one renderer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from html import escape

from retrieval import MAX_QUESTION_CHARS
from retrieval.cli.formatting import (
    as_written,
    clause_cut,
    common_missing,
    lead_bounds,
    missing_all,
    shown_span,
    written_missing,
)
from retrieval.models import Hit, Passage, Speaker
from retrieval.search.answering import foreign_note, has_words, question_language
from retrieval.search.highlight import term_spans

from .excerpts import (
    ELLIPSIS,
    LEAD_CHARS,
    MAX_LENGTH,
    QUESTION_ECHO_CHARS,
    context_html,
    cut_html,
    echo,
    first_match,
    fits,
    highlight,
    lead_html,
    passage_html,
    tg_len,
    whole_html,
    window,
)
from .texts import (
    about,
    help_text,
    not_text,
    sources_list,
    speakers_list,
    unknown_speaker,
    usage,
    welcome,
)

__all__ = [
    "ELLIPSIS", "LEAD_CHARS", "MAX_LENGTH", "PASSAGE_CHARS", "REPORTING", "QUESTION_ECHO_CHARS", "Page",
    "about", "answer_page", "context_html", "cut_html", "echo", "first_match", "fits", "foreign", "full_passage", "help_text", "highlight",
    "hit_html", "inline_description", "inline_message", "inline_title", "lead_html", "missing_line", "no_answer", "not_text", "passage_html",
    "source_line", "sources_list", "speaker_page", "speakers_list", "term_spans", "tg_len", "truncated_note", "unknown_speaker",
    "usage", "welcome", "who", "whole_html", "window",
]

PASSAGE_CHARS = 140  # the passage around the answering sentence is trimmed to this in a list
LATER_CHARS = 60  # …and to this for the hits after a page's first (their 全文 button shows the rest)
REPORTING = "报道"  # who a passage with no speaker is from: the article's own reporting


@dataclass(frozen=True, slots=True)
class Page:
    """One rendered message: its HTML and the ranks (1-based) of the hits shown trimmed."""

    html: str
    trimmed: tuple[int, ...] = ()


# -- pieces ------------------------------------------------------------------------------------

def who(passage: Passage) -> str:
    """「name · title」, or 「报道」 when nobody is quoted (plain text): the outlet is never put in
    a speaker's place; it stays in the source line."""
    if passage.speaker is not None:
        return f"「{passage.speaker.label()}」"
    return f"「{REPORTING}」"


def source_line(passage: Passage, paragraph: bool = True) -> str:
    """outlet · date · 《title》 · ¶N as HTML, the title linked when the url is known."""
    src = passage.source
    title = escape(src.title)
    if src.url and src.url.startswith(("http://", "https://")):
        title = f'<a href="{escape(src.url, quote=True)}">{title}</a>'
    parts = [escape(p) for p in (src.outlet, src.date) if p]
    parts.append(f"《{title}》")
    if paragraph:
        parts.append(f"¶{passage.paragraph}")
    return " · ".join(parts)


def missing_line(hit: Hit) -> str:
    """「未提到：伦敦」 when the passage lacks some of the question's names, places or numbers."""
    if not hit.missing_terms:
        return ""
    return f"\n<i>未提到：{escape('、'.join(hit.missing_terms))}</i>"


def hit_html(hit: Hit, rank: int | None = None, budget: int | None = PASSAGE_CHARS, source: bool = True,
             whole: bool = False, named: bool = True) -> tuple[str, bool]:
    """One hit: 「who」, the answering sentence (its answer in bold), the passage trimmed around
    it (``whole``: the whole passage, cut only to ``budget``), what it does not mention, the
    source line (or only ¶N when ``source`` is False: the page gives the article once); and
    whether the passage was trimmed. ``named`` False leaves 「who」 out (the page's heading names them).

    A hit with no answering sentence (a speaker's passage listed for itself) shows the passage
    with its matched terms in bold."""
    p = hit.passage
    head = f"{rank}. " if rank is not None else ""
    where = f"\n<i>{source_line(p)}</i>" if source else ""
    bold = f"{head}{escape(who(p)) if named else ''}".strip()
    label = " ".join(([f"<b>{bold}</b>"] if bold else []) + ([] if source else [f"<i>¶{p.paragraph}</i>"]))
    sentence = hit.best_sentence.strip()
    if not sentence:
        body, cut = passage_html(p.text, hit.matched_terms, "", budget)
        return f"{label}\n{body}{missing_line(hit)}{where}", cut
    chars = LEAD_CHARS if budget is None else min(LEAD_CHARS, max(budget, 40))
    lead = lead_html(hit.best_sentence, hit.answer_span, chars)
    lead_cut = lead_bounds(hit.best_sentence, shown_span(hit.best_sentence, hit.answer_span), chars) != (0, len(hit.best_sentence))
    rest = p.text.strip()
    if len(rest) <= len(sentence) + 8:  # the passage is the sentence: nothing more to show (but what a long one's lead left out)
        return f"{label}\n💬 {lead}{missing_line(hit)}{where}", lead_cut
    if whole:  # the whole passage in reading order, its answer in bold where it stands: said once
        body, cut = whole_html(p.text, hit.best_sentence, hit.answer_span, budget)
        return f"{label}\n{body}{missing_line(hit)}{where}", cut
    body, cut = context_html(p.text, hit.best_sentence, budget)
    body = f"\n{body}" if body else ""
    return f"{label}\n💬 {lead}{body}{missing_line(hit)}{where}", cut or lead_cut


def _one_article(hits: Sequence[Hit]) -> bool:
    return len({h.passage.source.path for h in hits}) == 1


def _fit(build) -> Page:
    """Call ``build(budget)`` with smaller passage budgets until the message fits."""
    for budget in (PASSAGE_CHARS, 100, 60, 30):
        page = build(budget)
        if fits(page.html):
            return page
    return Page(cut_html(page.html), page.trimmed)


def _footer(start: int, shown: int, total: int) -> str:
    if total <= shown and start == 0:
        return ""
    first, last = start + 1, start + shown
    return f"\n\n<i>第 {first}{f'–{last}' if last > first else ''} 条，共 {total} 条</i>"


# -- messages --------------------------------------------------------------------------------

def answer_page(question: str, hits: Sequence[Hit], start: int = 0, count: int = 3, truncated: bool = False,
                example: str = "") -> Page:
    """The answer to ``question``: hits[start:start+count], each led by the sentence that answers,
    with who said it and where; the source once when every hit on the page is from one article,
    and what they do not mention once when every hit lacks the same words
    (each page is a message of its own, so a page of one article's hits never repeats it). A question
    not in Chinese gets one line in its language with an example question: one about the first
    speaker among the hits, else ``example`` (the corpus's own)."""
    shown = written_missing(hits[start : start + count], question)
    once = _one_article(shown)
    common = common_missing(shown)
    speaker = next((h.passage.speaker for h in hits if h.passage.speaker is not None), None)
    example = f"{speaker.name}说了什么？" if speaker is not None else example

    def build(budget: int) -> Page:
        parts, trimmed = [f"🔎 <b>{echo(question)}</b>"], []
        note = foreign(question, example)
        if note:
            parts.append(note)
        if truncated:
            parts.append(truncated_note())
        for rank, hit in enumerate(shown, start + 1):
            room = budget if rank == start + 1 else min(budget, LATER_CHARS)  # one phone screen for three hits
            html, cut = hit_html(replace(hit, missing_terms=()) if common else hit, rank, room, source=not once)
            parts.append(html)
            if cut:
                trimmed.append(rank)
        if common:  # every hit lacks the same words: said once, under them
            parts.append(f"<i>{escape(missing_all(len(shown), common))}</i>")
        if once and shown:
            parts.append(f"<i>{source_line(shown[0].passage, paragraph=False)}</i>")
        return Page("\n\n".join(parts) + _footer(start, len(shown), len(hits)), tuple(trimmed))

    return _fit(build)


def full_passage(hit: Hit, rank: int | None = None) -> str:
    """One hit with its whole passage (trimmed only if it alone would exceed the limit)."""
    budget = min(len(hit.passage.text), MAX_LENGTH)
    html, _ = hit_html(hit, rank, budget=budget, whole=True)
    while not fits(html) and budget > 20:
        budget = int(budget * 0.8)
        html, _ = hit_html(hit, rank, budget=budget, whole=True)
    return html if fits(html) else cut_html(html)


def foreign(question: str, example: str = "") -> str:
    """For a question not in Chinese: one line in its language saying the corpus is Chinese, with
    one example question (escaped); "" for a Chinese question."""
    language = question_language(question)
    if language is None:
        return ""
    return escape(foreign_note(language, example or "天开西青园引进了多少项目？"))


def truncated_note() -> str:
    """The line saying an over-long question was searched on its first MAX_QUESTION_CHARS characters."""
    return f"<i>（问题过长，只按前 {MAX_QUESTION_CHARS} 个字检索）</i>"


def no_answer(question: str, examples: Sequence[str] = (), absent: Sequence[str] = (), truncated: bool = False,
              filtered: bool = False) -> str:
    """The reply when the corpus holds no answer: say so (naming the question's words no page
    mentions, 语料中没有提到「伦敦」), suggest /speakers and two example questions. A question
    not in Chinese is answered in its language, with one example. ``truncated``: the question was
    cut to its first MAX_QUESTION_CHARS characters before searching, and the reply says so first.
    ``filtered``: the search ran within filters, so the reply says nothing was found there (and how
    to clear them), not that the corpus has no answer."""
    if truncated:
        return f"{truncated_note()}\n{no_answer(question, examples, absent, filtered=filtered)}"
    ex = [e for e in examples if e][:2]
    note = foreign(question, ex[0] if ex else "")
    if note:
        return note
    if absent:
        names = "、".join(f"「{escape(a)}」" for a in as_written(absent, question))
        lines = [f"🤷 语料中没有提到{names}，找不到「{echo(question)}」的答案。", "", "可以用 /speakers 看看语料里有哪些发言人"]
    elif filtered and has_words(question):
        lines = [f"🤷 筛选范围内没有找到「{echo(question)}」的答案。", "",
                 "可以用 /filter clear 清除筛选后再问；也可以用 /speakers 看看语料里有哪些发言人"]
    elif not has_words(question):
        lines = ["🤷 没有找到答案：问题里只有表情或符号，没有可以检索的字词。", "", "可以用 /speakers 看看语料里有哪些发言人"]
    else:
        lines = [f"🤷 语料中没有找到「{echo(question)}」的答案。", "", "可以用 /speakers 看看语料里有哪些发言人"]
    if ex:
        lines[-1] += "，或者试试这样问："
        lines.extend(f"• <code>{escape(e)}</code>" for e in ex)
    else:
        lines[-1] += "。"
    return "\n".join(lines)


def speaker_page(speaker: Speaker, passages: Sequence[Passage], start: int = 0, count: int = 3) -> Page:
    """That person's passages, a page at a time; the source once when the page's are all from one article."""
    shown = list(passages[start : start + count])
    once = len({p.source.path for p in shown}) == 1

    def build(budget: int) -> Page:
        parts, trimmed = [f"🗣 <b>{escape(speaker.label())}</b>（{len(passages)} 段）"], []
        for rank, p in enumerate(shown, start + 1):
            html, cut = hit_html(Hit(p, 0.0, (speaker.name,)), rank, budget, source=not once,
                                 named=p.speaker is None or p.speaker.label() != speaker.label())  # the heading names them
            parts.append(html)
            if cut:
                trimmed.append(rank)
        if once and shown:
            parts.append(f"<i>{source_line(shown[0], paragraph=False)}</i>")
        return Page("\n\n".join(parts) + _footer(start, len(shown), len(passages)), tuple(trimmed))

    return _fit(build)


def inline_message(question: str, hit: Hit) -> str:
    """What an inline result sends: the question and the one hit, led by its answering sentence,
    then the rest of the passage (all of it after the sentence if it fits)."""
    head = f"🔎 <b>{echo(question)}</b>\n\n"
    body, _ = hit_html(hit, None, budget=None)
    for budget in (1500, 600, 200):
        if fits(head + body):
            break
        body, _ = hit_html(hit, None, budget=budget)
    return head + body if fits(head + body) else cut_html(head + body)


def inline_title(hit: Hit) -> str:
    """「name · outlet」 for an inline result (plain text); 报道 · outlet when nobody is quoted."""
    p = hit.passage
    outlet = p.source.outlet or p.source.title or "言录"
    name = p.speaker.name if p.speaker else REPORTING
    return f"{name} · {outlet}"


def inline_description(hit: Hit, chars: int = 90) -> str:
    """The answering sentence (else the passage start), for an inline result (plain text)."""
    text = " ".join((hit.best_sentence or hit.passage.text).split())
    return text if len(text) <= chars else text[: clause_cut(text, chars - 1)] + ELLIPSIS


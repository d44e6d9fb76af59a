"""Passage text as Telegram HTML: the answering sentence with its answer in bold, the passage
trimmed around it (or, for a passage shown for itself, the given terms in bold).

Pure functions, no I/O. Everything from the corpus or a user goes through ``html.escape``;
lengths are measured as Telegram counts them (UTF-16 code units) against its 4096 limit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from telegram.constants import MessageLimit

from retrieval.cli.formatting import (
    BEFORE_MARK,
    CLAUSE_BREAKS,
    clause_cut,
    lead_bounds,
    shown_span,
    unmatched_quotes,
)
from retrieval.search.highlight import normalized_with_origin, term_spans
from retrieval.text import normalize

MAX_LENGTH = MessageLimit.MAX_TEXT_LENGTH  # 4096
QUESTION_ECHO_CHARS = 80
ELLIPSIS = "…"
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”」’\"]?|\n|$)")


def tg_len(text: str) -> int:
    """The length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def fits(text: str) -> bool:
    return tg_len(text) <= MAX_LENGTH


def first_match(text: str, terms: Sequence[str]) -> int | None:
    """Where the earliest of the terms occurs in ``text``, if anywhere."""
    if not any(t.strip() for t in terms):
        return None
    found = [f for f in (text.find(t) for t in terms if t.strip()) if f >= 0]
    if found:  # the usual case: the corpus already writes the term as the tokenizer does
        return min(found)
    norm, origin = normalized_with_origin(text[:20000])
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
    if end - start > budget:  # one very long sentence: cut it around its first match, at clause breaks
        first = start + (first_match(text[start:end], terms) or 0)
        start = max(start, min(first - budget // 4, end - budget))
        stop = start + clause_cut(text[start:end], budget)
        if start > 0 and text[start - 1] not in CLAUSE_BREAKS:
            lead = next((k for k in range(start, min(first, start + budget * 2 // 5)) if text[k] in CLAUSE_BREAKS), None)
            start = start if lead is None else lead + 1
        return start, stop
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


def whole_html(text: str, sentence: str, span: tuple[int, int] | None, budget: int | None = None) -> tuple[str, bool]:
    """The whole passage in reading order (cut to ``budget`` characters around its answering
    sentence when longer), escaped, the answer span of ``sentence`` in bold where it stands; and
    whether it was cut. The sentence is not repeated: it is read in its place."""
    at = text.find(sentence) if sentence else -1
    answer = None
    span = shown_span(sentence, span) if sentence else None
    if at >= 0 and span is not None:
        answer = (at + span[0], at + span[1])
    start, end = 0, len(text)
    if budget is not None and len(text) > budget:
        start, end = window(text, sentence, budget)
    spans = []
    if answer is not None and answer[0] < end and answer[1] > start:
        spans = [(max(answer[0], start) - start, min(answer[1], end) - start)]
    segment = text[start:end]
    lead = len(segment) - len(segment.lstrip())
    segment = segment.strip()
    spans = [(max(0, a - lead), min(len(segment), b - lead)) for a, b in spans]
    body = highlight(segment, [(a, b) for a, b in spans if b > a])
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(text) else ""), (start, end) != (0, len(text))


LEAD_CHARS = 120  # the answering sentence is cut to this many characters around its answer


def lead_html(sentence: str, span: tuple[int, int] | None, max_chars: int = LEAD_CHARS) -> str:
    """The answering sentence as HTML: the answer span in <b>, everything escaped, cut to
    ``max_chars`` around the answer, at a clause break where one is near (an ellipsis where it
    was cut). A span that would cut a number or a Latin word in two is not bolded (``shown_span``)."""
    span = shown_span(sentence, span)
    start, end = lead_bounds(sentence, span, max_chars)
    piece = sentence[start:end]
    spans = [] if span is None else [(max(span[0], start) - start, min(span[1], end) - start)]
    spans = [(a, b) for a, b in spans if b > a]
    body = highlight(piece, spans)
    opening, closing = unmatched_quotes(piece)  # a sentence inside a longer quotation is shown quoted
    return opening + (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if end < len(sentence) else "") + closing


def context_html(text: str, sentence: str, budget: int | None) -> tuple[str, bool]:
    """What the passage says around its answering sentence, without repeating it: the sentences
    after it (or, when it ends the passage, those before it, marked 前文： so that they are not
    read as what followed), whole where they fit in ``budget``
    characters, escaped, an ellipsis where text is left out, quote marks balanced; and whether
    any was left out."""
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return passage_html(text, (), sentence, budget)
    before, after = text[:at].strip(), text[at + len(sentence):].strip()
    if not before and not after:
        return "", False
    room = budget if budget is not None else len(text)
    if after:
        piece = _whole_sentences(after, room, from_start=True)
        opening, closing = unmatched_quotes(piece)
        left_out = len(piece) < len(after) or bool(before)
        return ELLIPSIS + opening + escape(piece) + (ELLIPSIS if len(piece) < len(after) else "") + closing, left_out
    piece = _whole_sentences(before, room, from_start=False)
    opening, closing = unmatched_quotes(piece)
    return BEFORE_MARK + opening + (ELLIPSIS if len(piece) < len(before) else "") + escape(piece) + closing, len(piece) < len(before)


def _whole_sentences(text: str, budget: int, from_start: bool) -> str:
    """The start (or end) of ``text`` in at most ``budget`` characters, cut after a whole sentence
    when one fits, else at a clause break near the budget (else at the budget)."""
    if len(text) <= budget:
        return text
    bounds = [m.end() for m in _SENTENCE.finditer(text) if m.end() > m.start()]
    if from_start:
        ends = [e for e in bounds if e <= budget]
        return text[: ends[-1]] if ends else text[: clause_cut(text, budget)]
    fits_ = [b for b in [0, *bounds[:-1]] if len(text) - b <= budget]
    return text[fits_[0]:] if fits_ else text[clause_cut(text, budget, from_start=False) :]


def cut_html(text: str) -> str:
    """Last resort: plain-escaped text cut to the limit (never reached with sane input)."""
    plain = re.sub(r"<[^>]+>", "", text)
    while tg_len(plain) > MAX_LENGTH - 1:
        plain = plain[: len(plain) - max(1, (tg_len(plain) - MAX_LENGTH) // 2 + 1)]
        plain = re.sub(r"&[#\w]*$", "", plain)  # never end inside an entity such as &amp;
    return plain + ELLIPSIS


def echo(question: str) -> str:
    """The question as the reply repeats it: one line, at most QUESTION_ECHO_CHARS, escaped."""
    q = " ".join(question.split())
    if len(q) > QUESTION_ECHO_CHARS:
        q = q[: QUESTION_ECHO_CHARS - 1] + ELLIPSIS
    return escape(q)

"""Bilingual pages: a Chinese paragraph followed by its translation in Latin script.

A press conference or interview transcript often puts the English translation after each Chinese
turn or paragraph (王毅：… / Wang Yi: …; a wrapped translation over two or three lines). On a page
whose prose is Chinese, a run of lines written in Latin script right after a Chinese paragraph (and
before the next Chinese line) is that paragraph's translation: the lines are read with it — appended
to its passage, so the passage and its speaker hold them — and never break or end the article. An
English label opening the run (Wang Yi:, China Daily:) belongs to the translation it opens. Never on
an English page (no Chinese paragraphs), never for lone Latin words (a site's name, a menu), URLs or
credits (data/latin_credits.txt).

A page dumped from a table, each cell a line closed by a pipe (…会议。 |, a lone |), is read
without those pipes (``table_cells``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

MIN_CHINESE_PARAGRAPHS = 2  # Chinese paragraphs a page needs for its prose to be Chinese
MIN_SENTENCE_WORDS = 3  # Latin words of a translation that ends its sentence (The / floor is now open.)
MIN_CUT_WORDS = 12  # Latin words of a translation the page cut before its sentence ends
MIN_PIPED_LINES = 5  # lines closed by a pipe for a page to be a table's cells

_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|org|net|gov|hk|tw)\b|@\w", re.I)
_SENTENCE_END = re.compile(r"[.!?…\"”’')]\s*$")
_PIPE_END = re.compile(r"\s*[|｜]\s*$")


@cache
def _credit_re() -> re.Pattern:
    text = resources.files("retrieval").joinpath("data/latin_credits.txt").read_text("utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    words = sorted(lines, key=len, reverse=True)
    return re.compile(r"(?:^|(?<![A-Za-z]))(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])", re.I)


def table_cells(lines: list[str]) -> list[str]:
    """A table's cells, one a line each closed by a pipe (…会议。 |, a lone |): the lines without the pipe —
    when at least a third of the page's lines (and ``MIN_PIPED_LINES``) are so closed; else as they are."""
    piped = sum(bool(_PIPE_END.search(s)) for s in lines)
    if piped < MIN_PIPED_LINES or piped * 3 < len(lines):
        return lines
    return [_PIPE_END.sub("", s) for s in lines]


def latin_line(s: str) -> bool:
    """A line written in Latin script: words of letters, not one Chinese character."""
    return not _CJK.search(s) and _LATIN_WORD.search(s) is not None


def _cjk_len(s: str) -> int:
    return len(_CJK.findall(s))


def _translation(run: list[str]) -> bool:
    """Lines of Latin script that read as a translation: sentences (not a lone word, a name, a menu),
    no URL, no credit, no row of a menu (Home | News)."""
    text = " ".join(s.strip() for s in run)
    if any(_URL.search(s) or _credit_re().match(s.strip()) or re.search(r"\s[|｜]\s", s) for s in run):
        return False
    words = _LATIN_WORD.findall(text)
    lower = sum(w[0].islower() for w in words)
    if lower < 2 and len(words) > 2:
        return False  # Xinhua News Agency Beijing — names, not a sentence
    return len(words) >= MIN_CUT_WORDS or len(words) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(text) is not None


def translations(texts: list[str], paragraphs: list[bool]) -> dict[int, int]:
    """The translations on a page whose prose is Chinese: each Chinese paragraph's line (``paragraphs``: the
    lines the page reads as paragraphs, turns or short sentences) → the last line of the run of Latin-script
    lines right under it that translates it. Empty on any other page (fewer than two Chinese paragraphs)."""
    if sum(p and _cjk_len(s) >= 8 for s, p in zip(texts, paragraphs)) < MIN_CHINESE_PARAGRAPHS:
        return {}
    out: dict[int, int] = {}
    i = 0
    while i < len(texts) - 1:
        j = i
        while j + 1 < len(texts) and latin_line(texts[j + 1]):
            j += 1
        if j > i and paragraphs[i] and _cjk_len(texts[i]) >= 2 and _translation(texts[i + 1 : j + 1]):
            out[i] = j
        i = j + 1
    return out


def join_translation(chinese: str, latin: list[str]) -> str:
    """A paragraph and its translation as one passage's text (the translation's wrapped lines rejoined by spaces)."""
    return chinese.rstrip() + " " + " ".join(s.strip() for s in latin)

"""Traditional → simplified one character at a time, so offsets stay aligned (the colon's small and
vertical forms ﹕ ︰ ︓ read as ：), and the pinyin
annotations some sites print inside words left out (書(shū)記 → 書記). Attribution reads
simplified text only; this is how the page's text gets there without moving a span."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold_variants, to_simplified


@lru_cache(maxsize=8192)
def _simplify_char(c: str) -> str:
    s = fold_variants(to_simplified(c))
    # (not a simplified form outside the common block, 鋐 → 𬭎, 嗰 → 𠮶: the readers' character classes
    # stop at U+9FFF, a name would be cut there, 孙士|𬭎 — the page's own character reads as it is)
    return s if len(s) == 1 and s <= "\u9fff" else c


class _SimplifyTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        self[code] = value = _simplify_char(chr(code))
        return value


_SIMPLIFY = _SimplifyTable()
# the colon's small and vertical presentation forms (澳門…司長戴某﹕…, HK and Macao pages) read as the colon
# of a turn or a headline's label, as the full-width colon is
_SIMPLIFY.update({ord(c): "：" for c in "﹕︰︓"})


_RUBY = re.compile(r"(?<=[\u3400-\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?[)）]")


def without_ruby(text: str) -> str:
    """The text without pinyin annotations inside its words (書(shū)記表示 → 書記表示): some sites
    print a tone-marked syllable after a character, which splits names, titles and verbs; and
    with the ratio sign ∶ read as the colon it stands for (曾钰成议员∶…)."""
    text = text.replace("∶", "：")  # a ratio sign some transcripts print for the colon of a turn
    return _RUBY.sub("", text) if "(" in text or "（" in text else text


def simplify_aligned(text: str) -> str:
    """Traditional → simplified one character at a time, so offsets stay aligned."""
    if len(text) > 1000:
        return text.translate(_SIMPLIFY)
    return _simplify_paragraph(text)


@lru_cache(maxsize=1024)
def _simplify_paragraph(text: str) -> str:
    """Attribution simplifies each paragraph three times (reading the page for names, counting
    turns, deciding its speaker): once is enough."""
    return text.translate(_SIMPLIFY)

"""Hard-wrapped pages: text broken into lines of one fixed width (a BBS post, a mail, a plain-text
transcript), each paragraph cut mid-sentence, even mid-word, wherever the width runs out.

On such a page the lines broken inside their sentence have (nearly) the same display width — a
CJK character counts two columns, a Latin letter or digit one —, where a page of paragraphs has
lines of every length. ``wrap_width`` finds that width; ``full_line`` tells a line that ran up to it.
A line that fills the width and stops inside its sentence goes on in the next line, whatever that
line looks like alone (比如說我們在新 / 竹東區的人選是蔡: the rest, not a heading).
"""

from __future__ import annotations

import unicodedata
from statistics import median

MIN_WRAPPED = 3  # lines broken at one width before a page counts as hard-wrapped
WRAP_SLACK = 4  # columns a full line may fall short of the width (a word that did not fit, a half-width mark)
WRAP_SHARE = 0.6  # of the lines broken inside their sentence, the share that must be of the page's one width


def display_width(s: str) -> int:
    """Columns a line takes in a fixed-width font: two for a wide (CJK, fullwidth) character, else one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s.rstrip())


def wrap_width(texts: list[str], broken: list[bool]) -> int | None:
    """The width a hard-wrapped page breaks its lines at: the median display width of the lines
    broken inside their sentence (``broken``), when at least ``MIN_WRAPPED`` of them and most of them
    (``WRAP_SHARE``) lie within ``WRAP_SLACK`` columns under it; None for a page of paragraphs."""
    widths = [display_width(t) for t, b in zip(texts, broken) if b]
    if len(widths) < MIN_WRAPPED:
        return None
    width = int(median(widths))
    near = [w for w in widths if width - WRAP_SLACK <= w <= width + WRAP_SLACK]
    return width if len(near) >= MIN_WRAPPED and len(near) >= WRAP_SHARE * len(widths) else None


def full_line(s: str, width: int | None) -> bool:
    """Does the line run up to the page's wrap width (``wrap_width``)?"""
    return width is not None and display_width(s) >= width - WRAP_SLACK

"""Lines and openings that carry nobody's words: photo captions, headings, editor's and site
notes, an editor's lead-in to a transcript (data/captions.txt, notes.txt, leadins.txt), and the
dateline that opens a paragraph with the places it names (data/datelines.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .words import CJK, _credit_re, _keyed_data, _lexicon, data_words


@lru_cache(maxsize=1)
def _caption_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = resources.files("retrieval").joinpath("data/captions.txt").read_text("utf-8")
    rows = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(rows[0]), tuple(rows[1])


def caption(s: str) -> bool:
    """A photo caption: ▲…, 图为…, …摄, …(受访者供图)."""
    s = s.strip()
    starts, ends = _caption_marks()
    return s.startswith(starts) or re.sub(r"[)）\s]+$", "", s).endswith(ends)


@lru_cache(maxsize=1)
def _note_re() -> re.Pattern:
    words = sorted(data_words("notes.txt"), key=len, reverse=True)
    return re.compile(f"^[（(【\\[]?(?:{'|'.join(map(re.escape, words))})[)）】\\]]?\\s*[：:]")


@lru_cache(maxsize=1)
def _leadin_re() -> re.Pattern:
    words = sorted(data_words("leadins.txt"), key=len, reverse=True)
    return re.compile(f"^(?:{'|'.join(map(re.escape, words))})[^。！？!?“”「」]{{0,60}}[：:]$")


def editor_note(s: str) -> bool:
    """An editor's or a site's note (特别提醒：…, 编者按：…, 免责声明：…)."""
    return bool(_note_re().match(s.strip()))


def leadin(s: str) -> bool:
    """An editor's lead-in to what follows (以下为记者与某某的对话实录：): it introduces people,
    it carries none of their words."""
    return bool(_leadin_re().match(s.strip()))


def caption_or_heading(s: str) -> bool:
    """A photo caption or a heading (a short line with no sentence end)."""
    return caption(s) or len(s.strip()) < 25 and not re.search(r"[。！？!?；;…”」\"：:，,]", s)


def dateline_places(text: str) -> frozenset[str]:
    """The places a page's datelines name (simplified ``text``): the two or three characters right
    before a day and a marker of data/datelines.txt ((巴生28日讯) → 巴生, 新华社北京3月5日电 → 北京)."""
    markers = "|".join(map(re.escape, _keyed_data("datelines.txt").get("marker", ())))
    out = set()
    for m in re.finditer(f"([{CJK}]{{2,3}})(?:\\d{{1,2}}月)?\\d{{1,2}}日(?:{markers})", text):
        out.update((m.group(1), m.group(1)[-2:]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _lede_re() -> re.Pattern:
    words = _keyed_data("datelines.txt")
    before = "|".join(map(re.escape, (*words.get("self", ()), *words.get("suffix", ()))))
    markers = "|".join(map(re.escape, words.get("marker", ())))
    return re.compile(
        f"^\\s*[【\\[(（]?[^，,。“”「」()（）【】]{{0,16}}?(?:\\d{{1,2}}日|{before})(?:{markers})[】\\])）]?\\s*"
    )


def lede_end(text: str) -> int:
    """Where the dateline opening a paragraph ends, with the reporter's credit after it (中新社盈江
    3月11日电 (记者 张三 李四)“…”, 本报讯 …): 0 when the paragraph opens with no dateline
    (data/datelines.txt)."""
    m = _lede_re().match(text)
    if m is None:
        return 0
    end = m.end()
    if c := _credit_re().match(text, end) or _named_credit(text, end):
        end = c.end()
    while end < len(text) and text[end].isspace():
        end += 1
    return end


# the reporters' names alone in brackets right after a dateline (衡阳日报讯(李彦彦), 本报讯（张三 李四）)
_NAMES_CREDIT = re.compile(f"[(（]\\s*([{CJK}]{{2,4}}(?:[\\s、，,]+[{CJK}]{{2,4}}){{0,3}})\\s*[)）]")


def _named_credit(text: str, end: int) -> re.Match | None:
    """The reporters' credit written as their names alone in brackets after a dateline (衡阳日报讯
    (李彦彦) “…”): each name two to four characters opening with a surname (data/surnames.txt)."""
    m = _NAMES_CREDIT.match(text, end)
    if m is None:
        return None
    surnames = _lexicon()[2]
    names = re.split(r"[\s、，,]+", m.group(1).strip())
    return m if all(n[:1] in surnames or n[:2] in surnames for n in names) else None


@lru_cache(maxsize=1)
def _reader_call_res() -> tuple[re.Pattern, re.Pattern]:
    words = _keyed_data("reader_calls.txt")
    channel = "|".join(map(re.escape, words.get("channel", ())))
    return re.compile(f"{channel}|\\d{{8,}}"), re.compile("|".join(map(re.escape, words.get("address", ()))))


def reader_call(s: str) -> bool:
    """The site calling on its reader (请来Follow我们《某报》WhatsApp Channel, 搵91999933 with 你申诉，
    我跟进): a channel of the site's and an address to the reader (data/reader_calls.txt), both in the
    paragraph — nobody's words, though it says 我们 or 我."""
    channel, address = _reader_call_res()
    return bool(channel.search(s) and address.search(s))

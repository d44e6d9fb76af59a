"""People written in Latin letters inside Chinese text (埃塞俄比亚跑手Bizuneh Melaku Belachew, then
Bizuneh提到): which runs of Latin words the page shows to be a person, and the same text with the
blanks inside those names written as · (``dotted``), so that the readers of transliterated names
(比尔·盖茨, its parts standing for the whole) read them as one name.

A run is one to four words, each capitalised (Bizuneh, O'Neil, Jean-Pierre) or, beside a capitalised
one, in capitals (Shitaye Eshete HABTE), standing alone among Chinese text (not inside an English
sentence, a link or a bracket after a Chinese name: 基普乔格（Eliud Kipchoge） is 基普乔格's original)
and holding no word of data/latin_nonpersons.txt (School, Marathon, Group: an organisation, a place
or a product). An acronym (CEO, NBA, WTT) or a brand (iPhone) is never one. The page shows a run is
a person when

* a title word stands right before it (跑手Bizuneh Melaku Belachew, CEO Tim Cook);
* a speech verb follows a run of two or more words and the paragraph goes on with 他/她 (Mulu Demissie
  Gadise表示，她…), with no organisation's word right before it (研究机构Counterpoint Research指出 is a
  body; Morgan Stanley表示 alone may be one);
* one word of it, its first or its last, stands alone elsewhere on the page as a person does — before
  a speech verb, after a title word, or opening a sentence that goes on with 他/她 (Shitaye感谢教练…，
  让她…): the short form of the full name the page gave;
* a single word has a title word before it and a speech verb after it (教练Ivan表示).

A single word alone before a speech verb (Google表示) is no person."""

from __future__ import annotations

import re
from functools import lru_cache

from .words import (
    LATIN,
    NAME_SEP,
    TIME_LEAD,
    VERBS,
    _keyed_data,
    _token_starts,
    _transliteration_chars,
    data_words,
    pos_tags,
    title_end,
)

# a stretch of Latin words separated by single blanks, no Latin letter or digit touching it
_RUN = re.compile(f"(?<![{LATIN}0-9])[{LATIN}][{LATIN}'’\\-]*(?: [{LATIN}][{LATIN}'’\\-]*)*(?![{LATIN}0-9])")
_LATIN = re.compile(f"[{LATIN}]")
_SEGMENTS = re.compile("['’\\-]")
_OPENING_BRACKET = "（("
_PRONOUN_AFTER = re.compile("[他她](?!们)")
_SENTENCE_END = "。！？!?\n"
_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _nonperson_words() -> frozenset[str]:
    """data/latin_nonpersons.txt's words (every key but ``bodies``), lower case: a run holding one is no person."""
    return frozenset(w.lower() for k, ws in _keyed_data("latin_nonpersons.txt").items() if k != "bodies" for w in ws)


@lru_cache(maxsize=1)
def _body_words() -> tuple[str, ...]:
    """data/latin_nonpersons.txt's ``bodies``: a Chinese word right before a run that names a body (机构)."""
    return _keyed_data("latin_nonpersons.txt").get("bodies", ())


@lru_cache(maxsize=1)
def _adverbs() -> tuple[str, ...]:
    """Adverbs between a subject and its verb (data/subject_adverbs.txt: 也, 则, 随即)."""
    return tuple(sorted(data_words("subject_adverbs.txt"), key=len, reverse=True))


_VERB_AT = re.compile(f"(?:{VERBS})")


def _name_words(run: str) -> list[str] | None:
    """The words of ``run`` if it has a person's name's shape, else None."""
    words = run.split(" ")
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    if not all(_capitalised(w) or len(words) > 1 and _capitals(w) for w in words):
        return None
    if not any(_capitalised(w) for w in words) or any(w.lower() in _nonperson_words() for w in words):
        return None
    return words


def _capitalised(word: str) -> bool:
    """A word written as a name is: a capital, then small letters (Bizuneh, José), its parts joined by
    an apostrophe or a hyphen each so (O'Neil, Jean-Pierre) — not an acronym (NBA), a brand in mixed
    case (iPhone, YouTube) or a word in small letters."""
    first, *rest = _SEGMENTS.split(word)
    return (len(word) >= 2 and first[:1].isupper() and (len(first) == 1 or first[1:].islower())
            and any(c.islower() for c in word)
            and all(seg[:1].isupper() and (len(seg) == 1 or seg[1:].islower()) or seg.islower() for seg in rest))


def _capitals(word: str) -> bool:
    """A word in capitals (HABTE): a surname so written, beside a capitalised given name."""
    return len(word) >= 2 and word.replace("-", "").isalpha() and word.isupper()


_ASCII_GAP = re.compile(r"[\s,.;:!?'\"\-/@_&#]*")  # blanks and ASCII punctuation between Latin words


def _standalone(text: str, start: int, end: int) -> bool:
    """Is the run at ``start:end`` a word among Chinese text, not part of English words (a sentence,
    a link: across blanks and ASCII punctuation, no Latin letter or digit on either side), nor a
    Latin original in brackets (夏辛（Sifan Hassan）)?"""
    before = text[:start][::-1]
    if before.lstrip(" ").startswith(tuple(_OPENING_BRACKET)):
        return False
    for side in (before, text[end:]):
        gap = _ASCII_GAP.match(side).end()
        if re.match(f"[{LATIN}0-9]", side[gap : gap + 1]):
            return False
    return True


def _titled(text: str, start: int) -> bool:
    """Does a title word end the words right before ``start`` (跑手, CEO, 总裁 — a whole word)?"""
    head = text[max(0, start - 12) : start].rstrip(" ")
    m = title_end().search(head)
    return m is not None and m.start() in _token_starts(head)


def _verb_after(text: str, end: int) -> bool:
    """Does a speech verb follow at ``end``, perhaps after a time word or an adverb (赛后表示, 也指出)?"""
    rest = text[end:].lstrip(" ")
    rest = rest[len(m.group()) :] if (m := TIME_LEAD.match(rest)) else rest
    rest = rest[len(a) :] if (a := next((a for a in _adverbs() if rest.startswith(a)), "")) else rest
    return _VERB_AT.match(rest) is not None


def _body_before(text: str, start: int) -> bool:
    """Does a word naming a body (机构, 公司, 投行) stand right before the run?"""
    return text[max(0, start - 6) : start].rstrip(" ").endswith(_body_words())


def _pronoun_after(text: str, end: int) -> bool:
    """Does the paragraph go on after ``end`` with 他 or 她 (not 他们)?"""
    line_end = text.find("\n", end)
    return _PRONOUN_AFTER.search(text, end, line_end if line_end >= 0 else len(text)) is not None


def _opens_then_pronoun(text: str, start: int, end: int) -> bool:
    """Does the run open a sentence whose paragraph goes on with 他/她 (Shitaye感谢教练…，让她…)?"""
    opening = text[:start].rstrip(" ")
    return (not opening or opening[-1] in _SENTENCE_END) and _pronoun_after(text, end)


def latin_people(text: str) -> list[str]:
    """The runs of Latin words ``text`` (a page, simplified) shows to be people, as written, the
    longest first: full names (two or more words) and single words with a title before and a
    speech verb after."""
    runs: list[tuple[str, int, int]] = []
    for m in _RUN.finditer(text) if _LATIN.search(text) else ():
        if not _standalone(text, m.start(), m.end()):
            continue
        run, start = m.group(), m.start()
        while " " in run and title_end().fullmatch(run.split(" ")[0]):  # CEO Tim Cook: the title, then the name
            start += run.index(" ") + 1
            run = run[run.index(" ") + 1 :]
        if _name_words(run) is not None:
            runs.append((run, start, m.end()))
    full = {r for r, _, _ in runs if " " in r}
    people: set[str] = set()
    for run, start, end in runs:
        if " " in run:
            if _titled(text, start) or _verb_after(text, end) and _pronoun_after(text, end) and not _body_before(text, start):
                people.add(run)
        elif _titled(text, start) and _verb_after(text, end):
            people.add(run)
    # a single word standing as a person does, the first or last word of one full name the page gives
    for run, start, end in runs:
        if " " in run or not (_verb_after(text, end) or _titled(text, start) or _opens_then_pronoun(text, start, end)):
            continue
        owners = [f for f in full if run in (f.split(" ")[0], f.split(" ")[-1])]
        if len(owners) == 1 and len(run) >= 3:
            people.add(owners[0])
    # a single word that is a part of a full name is that person, not another
    parts = {w for f in people if " " in f for w in f.split(" ")}
    return sorted((p for p in people if " " in p or p not in parts), key=len, reverse=True)


_GLOSS = re.compile(f"[（(]\\s*([{LATIN}][{LATIN}'’\\- ]*[{LATIN}])\\s*[)）]")


def glossed_names(text: str) -> list[str]:
    """Transliterated names the page glosses with their original in Latin letters (肯尼亚名将基普乔格
    （Eliud Kipchoge）): the words in the characters foreign names are written in (data/
    transliteration.txt) right before a bracket holding a person's name of two words or more — as
    far back as such words go, never into a place (肯尼亚|基普乔格) or past a · (a name written whole
    is read as such). An organisation's original (悉尼马拉松（TCS Sydney Marathon）) is no person's."""
    out: list[str] = []
    chars = _transliteration_chars()
    for m in _GLOSS.finditer(text) if "(" in text or "（" in text else ():
        words = _name_words(re.sub(r"\s+", " ", m.group(1)))
        if words is None or len(words) < 2:
            continue
        head, name = text[max(0, m.start() - 12) : m.start()], ""
        for word, flag in reversed(pos_tags(head)):
            if flag == "ns" or not all(c in chars for c in word):
                break
            name = word + name
        if 2 <= len(name) <= 8 and name not in out and not head[: len(head) - len(name)].endswith(tuple(NAME_SEP)):
            out.append(name)
    return out


def dotted(text: str, names: list[str]) -> str:
    """``text`` with the blanks inside each of ``names`` (full names in Latin letters) written as ·,
    where the name stands as a whole (no Latin letter touching it): the same length, offsets kept."""
    for name in names:
        if " " not in name or name not in text:
            continue
        text = re.sub(f"(?<![{LATIN}]){re.escape(name)}(?![{LATIN}])", name.replace(" ", "·"), text)
    return text


def latin_name(name: str) -> bool:
    """Is ``name`` written in Latin letters (Bizuneh·Melaku·Belachew, Ivan)?"""
    return bool(name) and _LATIN_NAME.fullmatch(name) is not None


_LATIN_NAME = re.compile(f"[{LATIN}'’\\-]+(?:·[{LATIN}'’\\-]+)*")

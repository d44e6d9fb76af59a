"""Text: normalisation, traditional → simplified Chinese, and the one sentence splitter.

Used by tokenization, attribution, highlighting, the CLI and the bot alike, so that every
layer agrees on what a character and a sentence are.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffd]")
# A sentence: up to and including its end punctuation (and a closing quote), a line break, or the end.
_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”」’\"]?|\n|$)")
SENTENCE = _SENTENCE  # the pattern itself, for a caller that walks the matches (answering.trimmed_spans)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty sentence of ``text``, in order."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.end() > m.start()]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones dropped."""
    return [s for s in (text[a:b].strip() for a, b in sentence_spans(text)) if s]


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # opencc-python-reimplemented

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_tables() -> tuple[frozenset[str], dict[str, tuple[str, ...]], dict[int, str]] | None:
    """What lets ``to_simplified`` skip opencc's converter, read once from t2s's own dictionaries.

    t2s is one group of dictionaries (phrases, then characters); opencc converts each piece of
    text by the longest key first, phrase keys before character keys, the first value of each.
    Returns ``changes``: every character through which a key can change a text (those its
    value changes, or the whole key when the lengths differ), so a text holding none of them
    matches no converting key and comes out unchanged; ``phrases``: every key longer than one
    character, filed under one of its characters (a converting one where there is one), so
    that finding which phrases occur in a text takes a few substring tests; ``table``: the
    character keys as a ``str.translate`` table, which is exactly what opencc does to a text
    in which no phrase occurs. None when the dictionaries are not laid out like that (opencc
    then converts every text).
    """
    import json

    import opencc

    base = Path(opencc.__file__).resolve().parent
    try:
        chain = json.loads((base / "config" / "t2s.json").read_text("utf-8"))["conversion_chain"]
        if len(chain) != 1 or chain[0]["dict"]["type"] != "group":
            return None
        entries: list[tuple[str, str]] = []
        for d in chain[0]["dict"]["dicts"]:
            if d["type"] != "txt":
                return None
            for line in (base / "dictionary" / d["file"]).read_text("utf-8").splitlines():
                key, value = line.strip().split("\t")
                entries.append((key, value.split(" ")[0]))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("could not read opencc's t2s dictionaries (%s); converting every text", exc)
        return None
    changes: set[str] = set()
    for key, value in entries:
        if key != value:
            changes.update(k for k, v in zip(key, value) if k != v) if len(key) == len(value) else changes.update(key)
    table: dict[str, str] = {}
    for key, value in entries:
        if len(key) == 1:
            table.setdefault(ord(key), value)  # the first dictionary of the group wins, as in opencc
    phrases: dict[str, list[str]] = {}
    for key, _ in entries:
        if len(key) > 1:
            guard = next((c for c in key if c in changes), None) or next((c for c in key if ord(c) in table), key[-1])
            phrases.setdefault(guard, []).append(key)
    separators = _t2s().split_chars_re
    if any(separators.fullmatch(chr(c)) for c in table):  # opencc never converts a separator
        return None
    return frozenset(changes), {c: tuple(keys) for c, keys in phrases.items()}, table


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese (a no-op on simplified text): exactly what opencc's t2s returns.

    Text with no character t2s could change (most simplified text) is returned as is; text
    in which no phrase occurs is converted character by character with ``str.translate``;
    only the rest runs opencc's converter (about 20× slower than the rest of ``normalize``).
    """
    if not text:
        return text
    tables = _t2s_tables()
    if tables is not None:
        changes, phrases, table = tables
        if changes.isdisjoint(text):
            return text
        if not any(key in text for c in set(text) if c in phrases for key in phrases[c]):
            return text.translate(table)  # phrase keys hold no separator: none occurs, none matches
    return _t2s().convert(text)


_PLAIN_RANGES = ((0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0x2010, 0x2027), (0x2030, 0x205E),
                 (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF60))


@lru_cache(maxsize=1)
def _plain() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """Characters ``normalize`` maps one by one, whatever stands around them, and the map.

    ASCII, CJK ideographs and punctuation, full-width forms: no combining mark among them or
    their NFKC forms (nothing composes across them), no Greek (lower case is then context-free),
    and none whose normalised form t2s could change (``_t2s_tables``'s ``changes``). A text
    made only of them normalises to its characters' forms put together, so ``normalize`` puts
    them in one by one. Returns a pattern finding a character not among them, one finding those
    whose form differs, and the forms; None when t2s's tables are unknown.
    """
    tables = _t2s_tables()
    if tables is None:
        return None
    changes = tables[0]
    safe: set[str] = set()
    table: dict[str, str] = {}
    for lo, hi in _PLAIN_RANGES:
        for code in range(lo, hi + 1):
            c = chr(code)
            m = _CONTROL.sub("", unicodedata.normalize("NFKC", c)).lower()
            if unicodedata.combining(c) or any(unicodedata.combining(x) or x in changes for x in m):
                continue
            if not all(x.isascii() or any(a <= ord(x) <= b for a, b in _PLAIN_RANGES) for x in m):
                continue
            safe.add(c)
            if m != c:
                table[c] = m
    other = re.compile("[^" + "".join(re.escape(c) for c in sorted(safe)) + "]")
    changed = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    return other, changed, table


@lru_cache(maxsize=1)
def _one_for_one() -> tuple[re.Pattern[str], re.Pattern[str], bool] | None:
    """What ``aligned`` needs beyond ``_plain``: a pattern finding a character of a text that is
    neither one of ``_plain``'s with a one-character form nor a CJK unified ideograph (U+4E00–U+9FFF:
    NFKC and lower case leave each alone, none composes with another character, and t2s's
    character table maps each to one character); one finding the characters under which
    ``_t2s_tables`` files its phrase keys (a phrase occurs only where one does); and whether
    a phrase key may hold a character that ``_plain``'s map puts in (then the phrases are looked
    for in the mapped text, else in the text itself). None when t2s's tables are unknown."""
    plain, tables = _plain(), _t2s_tables()
    if plain is None or tables is None:
        return None
    _, _, table = plain
    keep = [c for c in map(chr, range(0x4E00, 0xA000)) if unicodedata.normalize("NFKC", c) == c and c.lower() == c
            and len(tables[2].get(ord(c), c)) == 1]
    keep += [c for c in map(chr, (code for lo, hi in _PLAIN_RANGES for code in range(lo, hi + 1)))
             if plain[0].match(c) is None and len(table.get(c, c)) == 1]
    phrases = tables[1]
    if not phrases:
        return None
    mapped_in = any(x in k for m in table.values() for x in m for ks in phrases.values() for k in ks)
    return (re.compile("[^" + "".join(re.escape(c) for c in sorted(set(keep))) + "]"),
            re.compile("[" + "".join(re.escape(c) for c in sorted(phrases)) + "]"), mapped_in)


def aligned(text: str, normalized: str) -> bool:
    """Is ``normalized`` (= ``normalize(text)``) ``text`` normalised character by character, one
    for one? Then ``normalize(text[a:b]) == normalized[a:b]`` for any a, b (see ``_plain``).

    So it is for a text made only of ``_plain``'s characters, and for one that also holds
    traditional characters (CJK unified ideographs that t2s converts) when every character has a
    one-character form and no t2s phrase occurs in it (as NFKC and lower case leave it): t2s then
    converts the text, and any piece of it, one character at a time (``to_simplified``), and
    every other step of ``normalize`` works character by character on such text.
    """
    plain = _plain()
    if plain is None or len(normalized) != len(text):
        return False
    other, changed, table = plain
    if other.search(text) is None:
        return True
    one = _one_for_one()
    if one is None or one[0].search(text) is not None:
        return False
    if one[2]:  # a phrase may need a character the map puts in: look in the mapped text
        text = changed.sub(lambda m: table[m.group()], text)
    phrases = _t2s_tables()[1]  # type: ignore[index]
    return not any(key in text for c in set(one[1].findall(text)) for key in phrases[c])


@lru_cache(maxsize=1)
def _plain_or_cjk() -> re.Pattern[str] | None:
    """A pattern finding a character that is neither one of ``_plain``'s nor a CJK unified
    ideograph (U+4E00–U+9FFF: no compatibility form, no case, composing with nothing)."""
    plain = _plain()
    if plain is None:
        return None
    return re.compile(plain[0].pattern[:-1] + "\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], dict[int, str]] | None:
    """The variant characters t2s leaves (衞, 囘, 吿: data/variants.txt) and the character each folds
    to: a pattern finding one, and a ``str.translate`` table. A pair is kept only when t2s leaves
    the variant (no character key changes it, no phrase key holds it: folding after t2s is then
    the same as folding the page's text first) and the target is its own normal form, so the fold
    is one character for one and ``normalize`` stays idempotent. None when there is none."""
    from importlib import resources

    tables = _t2s_tables()
    lines = resources.files("retrieval").joinpath("data/variants.txt").read_text("utf-8").splitlines()
    pairs = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    keys = {c for ks in tables[1].values() for k in ks for c in k} if tables is not None else set()
    fold: dict[int, str] = {}
    for pair in pairs:
        if len(pair) != 2 or len(pair[0]) != 1 or len(pair[1]) != 1:
            continue
        variant, target = pair
        if tables is not None and (variant in tables[0] or variant in keys or ord(variant) in tables[2]):
            continue
        if _t2s().convert(variant) != variant or _t2s().convert(target) != target:
            continue
        if unicodedata.normalize("NFKC", variant).lower() != variant or unicodedata.normalize("NFKC", target).lower() != target:
            continue
        fold[ord(variant)] = target
    if not fold:
        return None
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(fold)) + "]"), fold


def fold_variants(text: str) -> str:
    """``text`` with each variant character t2s leaves (衞, 囘) put as its standard form (卫, 回)."""
    variants = _variants()
    if variants is None or variants[0].search(text) is None:
        return text
    return text.translate(variants[1])


def normalize(text: str) -> str:
    """NFKC, lower case, invisible/format characters removed, traditional → simplified, variants
    t2s leaves folded (衞 → 卫, ``fold_variants``)."""
    return fold_variants(_normalized(text))


def _normalized(text: str) -> str:
    plain = _plain()
    if plain is not None:
        other, changed, table = plain
        if other.search(text) is None:  # the same result, character by character
            return changed.sub(lambda m: table[m.group()], text)
        if _plain_or_cjk().search(text) is None:  # type: ignore[union-attr]
            # _plain's characters and CJK unified ideographs (some that t2s converts, as 麼 or
            # 么 in a phrase): NFKC, the removal and lower case leave the ideographs alone and
            # map the others one by one, as above; then t2s, as below
            return to_simplified(changed.sub(lambda m: table[m.group()], text))
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text).lower()
    return to_simplified(text)

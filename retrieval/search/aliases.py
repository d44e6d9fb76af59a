"""Words a question and a page use for the same thing (见面 / 会面, 澳洲 / 澳大利亚, APEC /
亚太经合组织): the groups of ``retrieval/data/synonyms.txt``.

A question word's group-mates join its search at a lower weight (``Retriever``'s
ALIAS_WEIGHT); a name's other names count as the corpus speaking of it. Pure functions over
the data file."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..text import normalize


@lru_cache(maxsize=1)
def _lines() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """data/synonyms.txt's lines: ("", words) for a group, (key, words) for a ``key:`` line."""
    text = resources.files("retrieval").joinpath("data/synonyms.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, rest = line.partition(":")
        if colon and key.strip().isidentifier():
            out.append((key.strip(), tuple(normalize(w) for w in rest.split())))
        else:
            out.append(("", tuple(line.split())))
    return tuple(out)


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key, line in _lines():
        if key:
            continue
        words = list(dict.fromkeys(normalize(w) for w in line))
        for w in words:
            mates = out.setdefault(w, [])
            mates.extend(m for m in words if m != w and m not in mates)
    return {w: tuple(m) for w, m in out.items()}


def mates(word: str, normalized: bool = False) -> tuple[str, ...]:
    """The words that name what ``word`` names (every group it stands in; itself excluded), and
    a number written in Chinese numerals also in digits (九月 → 9月, 9月份; 五百强 → 500强),
    normalised; () for a word in no group. ``normalized``: ``word`` already is."""
    w = word if normalized else normalize(word)
    got = _groups().get(w, ())
    if w[:1] in _NUMERAL_CHARS:
        digits = in_digits(w)
        if digits:
            return got + digits
    return got


def in_groups(tokens) -> list[str]:
    """Those of ``tokens`` (normalised already) that stand in a group or are a number written in
    Chinese numerals (with a unit of data/synonyms.txt's ``numeral_units``): a dict look-up each,
    and a regex match for the few that begin with a numeral."""
    groups = _groups()
    return [t for t in tokens if t in groups or (t[:1] in _NUMERAL_CHARS and in_digits(t))]


_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_POWER = {"十": 10, "百": 100, "千": 1000}
_NUMERAL_CHARS = frozenset(_DIGIT) | frozenset(_POWER)
_NUMERAL = re.compile("[" + "".join(sorted(_NUMERAL_CHARS)) + "]+")


def _value(numeral: str) -> int | None:
    """The value of a Chinese numeral below ten thousand (五百 → 500, 十五 → 15, 二十三 → 23),
    None when it is not one written so (五五, 十十)."""
    total, digit, last_power = 0, None, 10_000
    for ch in numeral:
        if ch in _DIGIT:
            if digit is not None:
                return None
            digit = _DIGIT[ch]
        else:
            power = _POWER[ch]
            if power >= last_power:
                return None
            total += (1 if digit is None else digit) * power
            digit, last_power = None, power
    return total + (digit or 0)


@lru_cache(maxsize=1024)
def in_digits(word: str) -> tuple[str, ...]:
    """``word`` (normalised) written with digits when it is a Chinese numeral of two or more
    and what follows it is empty (a number of ten or more: 五百, 十五) or a unit of
    data/synonyms.txt's ``numeral_units`` (九月 → 9月 and 9月份, 十五分钟 → 15分钟); () otherwise
    (一些, 十分, 三季度: no unit)."""
    m = _NUMERAL.match(word)
    if m is None:
        return ()
    value = _value(m.group())
    rest = word[m.end():]
    if value is None or value < 2 or (not rest and value < 10) or (rest and rest not in _units()):
        return ()
    out = [f"{value}{rest}"]
    if rest == "月":
        out.append(f"{value}月份")  # (jieba cuts 9月份 into 9 | 月份)
    return tuple(out)


_DIGIT_CHARS = "零一二三四五六七八九"


def _numeral(value: int) -> str:
    """``value`` (1–9999) in Chinese numerals as a page writes it (16 → 十六, 34 → 三十四,
    105 → 一百零五, 140 → 一百四十)."""
    out, zero = "", False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, value = divmod(value, power)
        if digit:
            out += ("零" if zero and out else "") + ("" if power == 10 and digit == 1 and not out else _DIGIT_CHARS[digit]) + name
            zero = False
        elif out:
            zero = True
    return out


def numeral_forms(word: str) -> tuple[str, ...]:
    """``word`` (normalised: a number, in digits or Chinese numerals, then a unit of
    data/synonyms.txt's ``numeral_units``) written both ways, itself first (十六届 → 十六届, 16届;
    8届 → 8届, 八届); () when it is no such number (a word, a number without a unit, 0)."""
    digits = re.match(r"\d+", word)
    if digits is None:
        other = in_digits(word)
        return (word, other[0]) if other else ()
    value, rest = int(digits.group()), word[digits.end():]
    if not 0 < value < 10_000 or rest not in _units():
        return ()
    return (word, _numeral(value) + rest)


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(w for key, words in _lines() if key == "numeral_units" for w in words)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str] | None:
    # (words of two characters are tokens already: only longer ones jieba may cut into pieces)
    words = sorted((w for w in _groups() if len(w) >= 3), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def named_in(text: str) -> list[str]:
    """The words of a group that ``text`` (normalised) holds, longest first where they overlap
    (亚太经合组织 in a question jieba cuts into 亚太|经合|组织): one regex search."""
    pattern = _pattern()
    return list(dict.fromkeys(m.group() for m in pattern.finditer(text))) if pattern is not None and text else []

"""Where a text names people: ``mentions`` finds title + name, name + honorific, the names the page
already knows (and a transliterated name's last part), and surname + title references (詹书记) for
a person introduced with that title, with their offsets; ``oblique`` tells a person named as an
object or a companion (会见李四, 与马斯克…) from the subject of the clause."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .names import (
    _NAME_SEP_RE,
    _last_parts,
    _longer_given_name,
    _nr_head,
    cut_short,
    latin_word_at,
    plausible_name,
    skip_name_prefix,
    split_given_name,
    surname_of,
)
from .titles import (
    _short_title_aliases,
    _title_clause,
    _title_right_before,
    clean_title,
    object_title,
)
from .words import (
    _AFTER_NAME,
    _HONORIFIC,
    BOUNDARY,
    CJK,
    HONORIFICS,
    NAME_SEP,
    SIGNALS,
    VERBS,
    _lexicon,
    _lexicon_title_words,
    _occurrences,
    _short_titles,
    _token_starts,
    _transliteration_chars,
    data_words,
    pos_tags,
    title_end,
)

_VERB_RE_ANY = re.compile(f"(?:{VERBS})")
_STRICT_AFTER = re.compile(f"(?:{VERBS}|\\d{{1,2}}日|当地时间|[:：“，,])")


@lru_cache(maxsize=1)
def _oblique_re() -> re.Pattern:
    """A word of data/oblique.txt, not where it opens a noun of data/oblique_nouns.txt (被告人, 对手)."""
    words = sorted(data_words("oblique.txt"), key=len, reverse=True)
    nouns = sorted(data_words("oblique_nouns.txt"), key=len, reverse=True)
    return re.compile(f"(?!{'|'.join(map(re.escape, nouns))})(?:{'|'.join(map(re.escape, words))})")


def holds_oblique(text: str) -> bool:
    """Does ``text`` hold a word that makes a person after it an object or a companion (会见, 与:
    data/oblique.txt)?"""
    return _oblique_re().search(text) is not None


def oblique(text: str, pos: int, name: str) -> bool:
    """Is the person named at ``pos`` an object or a companion (与马斯克…, 会见李四) rather than
    the subject of the clause? Only title-like words may stand between the two."""
    clause = BOUNDARY.split(text[:pos])[-1]
    for m in _oblique_re().finditer(clause):
        between = clause[m.end() :]
        if len(between) <= 16 and not re.search("[的是有为了]", between) and not _VERB_RE_ANY.search(between):
            return True
    return False


_TRANSLITERATED_AT = re.compile(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+")  # (match: at a position; search: ending at $)


def _titles_then_person(rest: str) -> bool:
    """Does the rest of a clause go on with title words and end in a person after a title
    (…、中央流行疫情指挥中心指挥官陈时中), rather than name another person first (…、李强总理)?"""
    tags = pos_tags(rest)
    if not tags or tags[0][1].startswith("nr"):
        return False
    at = 0
    for word, flag in tags:
        if flag.startswith("nr") and at and title_end().search(rest[:at]):
            return True
        at += len(word)
    return False


def mentions(s: str, known: dict[str, str | None]) -> list[tuple[int, Speaker]]:
    """Persons named in simplified text, with offsets: title + name, name + honorific, known names."""
    title_any = _lexicon()[1]
    found: dict[int, Speaker] = {}
    for m in title_any.finditer(s) if "title" in SIGNALS else ():
        w0 = max(0, m.start() - 3)
        if m.end() < len(s) and m.end() - w0 not in _token_starts(s[w0 : m.end() + 3]):
            continue  # 施工人员: the title word 工人 ends inside a word
        start = m.end()
        while start < len(s) and s[start] == " ":
            start += 1
        start = skip_name_prefix(s, start)
        tm = _TRANSLITERATED_AT.match(s, start)
        lengths = [len(n) for n in known if s.startswith(n, start)]
        if tm:  # the last part may run into the words after it (吾买尔在乌鲁木齐)
            last = _NAME_SEP_RE.split(tm.group())[-1]
            lengths += [len(tm.group()) - i for i in range(len(last) - 1, -1, -1)]
        for k in lengths + [2, 3, 4, 5, 6]:
            name = s[start : start + k]
            follow = s[start + k : start + k + 4]
            strict = bool(_STRICT_AFTER.match(follow))
            # the boundary word first: a regex, where plausible_name may tag the name
            if len(name) < k or not _AFTER_NAME.match(follow):
                continue
            if k >= 4 and name not in known and _last_opens_word(s, start, k):
                name = name[:-1]  # 教师支月英|面对镜头: the name ends where jieba starts the word 面对
            if not plausible_name(name, known, after_title=True, strict=strict) and not _doubled_name(name, follow):
                continue
            name = _longer_given_name(s, start, name, known)
            clause = _title_clause(s[: m.end()])
            title = clean_title(clause)
            if title or object_title(clause):
                found.setdefault(start, Speaker(name, title))
            break
        else:  # no boundary word after any length: jieba's person tag decides (教授吴长青仍常去…)
            name = _nr_head(s[start : start + 6]) if "nr" in SIGNALS else None
            if "nr" in SIGNALS and (run := _transliterated_run(s, start)) is not None and len(run) > len(name or ""):
                name = run  # 秘书长古|特雷斯/nr递交, 总统马克/nr|龙递交: the transliteration jieba cut, whole
            if name and cut_short(s[start + len(name) :], ends=True):
                name = None  # 教练佐佐木|则夫： — the label's name goes on to the colon: jieba cut it short
            if name:
                name = split_given_name(s, start, name, known)  # 司长曾俊|华联同: jieba cut the name at a rare word
            if name and (whole := _known_from(s, start, name, known)) is not None:
                name = whole  # 特首林郑|月娥发表: jieba's person is the start of a name the page knows, written whole here
            if name and plausible_name(name, known, after_title=True):
                clause = _title_clause(s[: m.end()])
                title = clean_title(clause)
                if title or object_title(clause):
                    found.setdefault(start, Speaker(name, title))
    for m in _HONORIFIC_AFTER.finditer(s) if "honorific" in SIGNALS and _HONORIFIC.search(s) else ():
        if s[m.end() : m.end() + 1] == "、" and m.group(1)[-2:] not in known and _titles_then_person(
            BOUNDARY.split(s[m.end() + 1 :])[0]
        ):
            continue  # 卫福部长、中央…指挥官陈时中: titles listed before one person, not 卫福 + 部长
        # word starts from tagging only the words around the candidate, not the paragraph
        w0 = max(0, m.start(1) - 8)
        cuts = {w0 + c for c in _token_starts(s[w0 : m.end()])}
        for k in (4, 3, 2):
            name = m.group(1)[-k:]
            if len(name) < k or k == 4 and len(surname_of(name) or "") < 2:
                continue
            if m.end(1) - k not in cuts and name not in known:
                continue  # 清华大学教授: 华大学 starts inside a word
            # an honorific right after: a given name jieba reads as a time is still one (樊明武院士: 明武/t)
            if plausible_name(name, known, after_title=False, honorific=True) and m.end(1) - k not in found:
                title = known.get(name) or _title_right_before(s, m.end(1) - k) or s[m.end(1) : m.end()]
                found.setdefault(m.end(1) - k, Speaker(name, title))
                break
    for name, title in known.items():
        for at in _occurrences(name, s):
            if not any(p <= at < p + len(sp.name) for p, sp in found.items()) and latin_word_at(s, at, name):
                found.setdefault(at, Speaker(name, title))
    for part, (name, title) in _last_parts(tuple(known.items())).items():
        for at in _occurrences(part, s):  # 特朗普 for the 唐纳德•特朗普 the page named
            if not any(p <= at < p + len(sp.name) for p, sp in found.items()) and latin_word_at(s, at, part):
                found.setdefault(at, Speaker(name, title))
    for pos, sp in _references(s, known):
        if not any(p <= pos < p + len(o.name) for p, o in found.items()):
            found.setdefault(pos, sp)
    return sorted(found.items())


def _known_from(s: str, start: int, name: str, known: dict[str, str | None]) -> str | None:
    """The longest name the page knows that is written at ``start`` and goes on past ``name``
    (林郑|月娥 where jieba tags 林郑 alone, the page having named 林郑月娥): the name as the page wrote
    it whole, not its start; None when no known name goes on so."""
    return max((n for n in known if len(n) > len(name) and n.startswith(name) and s.startswith(n, start)), key=len, default=None)


def _transliterated_run(s: str, start: int) -> str | None:
    """The transliterated name right after a title that jieba cuts (古/a|特雷斯/nr): three to six
    characters of data/transliteration.txt running from ``start`` to a character that is none (递交),
    ending where jieba ends a word (拉夫罗夫|本月), a part of which jieba tags as a person; else None."""
    chars = _transliteration_chars()
    end = start
    while end < len(s) and end - start < 7 and s[end] in chars:
        end += 1
    if end < len(s) and s[end] in chars:
        return None
    cuts = _token_starts(s[start : end + 4])
    while end - start >= 3 and end - start not in cuts:
        end -= 1  # 拉夫罗夫|本月: the name ends where jieba starts a word running past it
    run = s[start:end]
    if not 3 <= len(run) <= 6:
        return None
    return run if any(flag.startswith("nr") and len(w) >= 2 for w, flag in pos_tags(run)) else None


def _doubled_name(name: str, follow: str) -> bool:
    """A surname doubled (主持人丁丁，), right after a title and closed by punctuation, that jieba reads as
    one person's name: a name, though a doubled word is none elsewhere (老师殷殷寄语: an adverb)."""
    return (len(name) == 2 and name[0] == name[1] and follow[:1] in ("，", ",", "：", ":", "、", "。")
            and surname_of(name) == name[0] and pos_tags(name) == ((name, "nr"),))


def _last_opens_word(s: str, start: int, k: int) -> bool:
    """Does the last character of the ``k`` after ``start`` open a word jieba reads running past them
    (支月英|面对: 面 starts 面对)? Then the name ends one character earlier."""
    w0 = max(0, start - 2)
    cuts = _token_starts(s[w0 : start + k + 3])
    return (start + k - 1 - w0) in cuts and (start + k - w0) not in cuts


_HONORIFIC_AFTER = re.compile(f"([{CJK}]{{2,4}}?)(?:{HONORIFICS})")  # NAME + honorific


def _references(s: str, known: dict[str, str | None]) -> list[tuple[int, Speaker]]:
    """Surname + title (詹书记, 秦大使, 沈总) for a person the page introduced with that title."""
    out = []
    for name, title in known.items():
        surname = surname_of(name)
        if not title or not surname or len(name) <= len(surname) or surname not in s:
            continue
        words = _reference_words(title)
        if not words:
            continue
        for m in re.finditer(f"{re.escape(surname)}(?:{words})", s):
            if s.startswith(name, m.start()):
                continue
            # the title word ends the reference: a boundary word after it, or jieba ends a word there
            # (王市长|指了指), not inside one (王市长江…)
            w0 = max(0, m.start() - 2)
            if _AFTER_NAME.match(s[m.end() : m.end() + 4]) or m.end() - w0 in _token_starts(s[w0 : m.end() + 3]):
                out.append((m.start(), Speaker(name, title)))
    return out


@lru_cache(maxsize=1024)
def _reference_words(title: str) -> str:
    """The title words and short titles inside ``title`` (or standing for words in it: 导 for a
    主教练), as a regex alternation ('' when none)."""
    words = {t for t in _lexicon_title_words() | _short_titles() if t in title}
    words |= {short for short, stands in _short_title_aliases().items() if any(w in title for w in stands)}
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

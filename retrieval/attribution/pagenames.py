"""Names the whole page confirms or denies: a name jieba reads as words but the page writes again
and again after a title word (``repeated_titled_names``) or with a character jieba does not know
(``rare_character_names``), a name written before a photo position (``pictured_names``) or before its
original in Latin script (``glossed_names``), a bare
name written twice and once opening a clause of speech (``spoken_names``), and a word
the page shows is an organisation, a place or a common word, not a person (``page_nonperson``)."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .names import _ORG_END, _PARTICLE_FLAGS, _bad_edge, is_nonperson, plausible_name, surname_of
from .postag import dictionary_entry
from .words import (
    _AFTER_NAME,
    CJK,
    NAME_SEP,
    VERBS,
    _keyed_data,
    _lexicon,
    _lexicon_address,
    _occurrences,
    _tags,
    _token_starts,
    _transliteration_chars,
    data_words,
    title_end,
    title_words,
)


def repeated_titled_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names jieba reads as words (主教练解立|彬: a verb, then a morpheme) that the page confirms:
    a surname and one or two characters written right after a title word, and three or more
    times on the page, each time followed by where a name ends (a verb of speech, punctuation,
    data/after_name.txt) — a person the page keeps naming, not a phrase."""
    out: list[str] = []
    title_any = _lexicon()[1]
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    for m in title_any.finditer(text):
        w0 = max(0, m.start() - 3)
        if m.end() - w0 not in _token_starts(text[w0 : m.end() + 3]):
            continue  # 施工人员: the title word ends inside a word
        for k in (3, 2):
            name = text[m.end() : m.end() + k]
            if (len(name) < k or name in known or name in out or not re.fullmatch(f"[{CJK}]+", name)
                    or surname_of(name) != name[0] or name[0] in clause_first or title_any.search(name)
                    or is_nonperson(name) or _bad_edge(name) or name[-1] in _ORG_END):
                continue
            ats = list(_occurrences(name, text))
            ends = [a for a in ats if _AFTER_NAME.match(text[a + k : a + k + 4]) and text[a + k : a + k + 1] not in "的、"]
            if len(ats) >= 3 and len(ends) == len(ats) and not any(f in _PARTICLE_FLAGS for _, f in _tags(name)):
                out.append(name)
                break
    return out


def rare_character_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names with a character jieba does not know (杨嬿霖: 杨/nr 嬿/zg 霖/nr, 黄瀞怡, 谢琼煖): a
    one-character surname and two characters, one of them a bound morpheme to jieba (``zg``),
    written two or more times on the page — jieba tags no person there, the repetition confirms one."""
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    seen: dict[str, int] = {}
    for m in re.finditer(f"(?=([{CJK}]{{3}}))", text):
        name = m.group(1)
        if surname_of(name[:1]) == name[:1] and surname_of(name) == name[:1] and name[0] not in clause_first:
            seen[name] = seen.get(name, 0) + 1
    out = []
    for name, n in seen.items():
        if n < 2 or name in known:
            continue
        tags = _tags(name)
        if tags[0][0] == name[0] and any(f == "zg" for w, f in tags[1:]) and plausible_name(name, known, after_title=True):
            out.append(name)
    return out


@lru_cache(maxsize=1)
def _dictionary_name_floor() -> int:
    """The frequency at which a word jieba's dictionary tags as a name is a common word (data/org_suffixes.txt)."""
    return int((_keyed_data("org_suffixes.txt").get("dictionary_name_frequency") or ("0",))[0])


@lru_cache(maxsize=1)
def _org_suffixes() -> re.Pattern:
    """A word that ends an organisation's or a place's name (data/org_suffixes.txt), not a title
    word opening with it (馆长, 堂主, 所长)."""
    words = _keyed_data("org_suffixes.txt").get("suffixes", ())
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})(?![长主])")


_CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")


def _titled_at(text: str, at: int) -> bool:
    """Is the word at ``at`` written right after a title word (主任|赵启正)?"""
    return bool(title_end().search(text[max(0, at - 12) : at]))


@lru_cache(maxsize=1)
def _named_thing_kinds() -> tuple[str, ...]:
    """data/named_things.txt: kinds of things named like people (台风, 大熊猫)."""
    return tuple(data_words("named_things.txt"))


def inside_place_name(name: str, text: str, ats: list[int] | None = None) -> bool:
    """彭浦新 (or 彭浦) of 彭浦新村: a word the page writes twice or more, each time going on with the
    same characters, which end as a place's or a body's name ends (村, 市, 局 …) — a cut of that name."""
    ats = list(_occurrences(name, text)) if ats is None else ats
    if len(ats) < 2:
        return False
    tails = [text[a + len(name) : a + len(name) + 4] for a in ats]
    common = _CJK_RUN.match(os.path.commonprefix(tails))
    # (a title going on the same each time is a person's: 谢某某|委员 — 员 ends 委员会 too)
    return common is not None and common.group()[-1] in _ORG_END and not title_end().search(common.group())


@lru_cache(maxsize=4096)
def page_nonperson(name: str, text: str) -> bool:
    """Does the page (simplified ``text``) show ``name`` is no person? An organisation's or a
    place's name: the page writes it right before an organisation word (data/org_suffixes.txt:
    隆雪华|堂, 东旺|派出所) at least half the times it writes it, and never after a title word; or a
    word ending in a one-character organisation word the page only writes inside a longer word
    (福安|华堂). Or
    a common word jieba's dictionary tags as a name (祝贺/nr, 雷雨/nr, at or above the frequency
    of data/org_suffixes.txt) that the page never writes after a title word or where a name ends
    (a speech verb, a day or a colon after it: 鲁迅说 stays a name). Asked again and again of the
    same page (each proposal of each paragraph): answered once per name and page. Or the name of a
    thing the page writes right after its kind (台风康芮, 大熊猫福宝: data/named_things.txt)."""
    if len(name) < 2 or not text:
        return False
    if name in page_characters(text):
        return True  # 扮演主角|闻善 … 闻善(胡歌饰): a role an actor plays, no person
    ats = list(_occurrences(name, text))
    if not ats or any(_titled_at(text, a) for a in ats):
        return False
    if any(text[max(0, a - 5) : a].endswith(_named_thing_kinds()) for a in ats):
        return True  # 台风康芮: the name of a typhoon, a panda, a robot (data/named_things.txt)
    suffixes = _org_suffixes()
    if 2 * sum(1 for a in ats if suffixes.match(text, a + len(name))) >= len(ats):
        return True
    if inside_place_name(name, text, ats):
        return True  # 彭浦新|村街道 … 彭浦新|村初建于…: a place's name cut
    if suffixes.fullmatch(name[-1]) and all(a and _CJK_CHAR.match(text, a - 1) for a in ats):
        return True  # 福安|华堂: a name ending in an organisation word, always inside a longer word
    if len(name) != 2:
        return False
    entry = dictionary_entry(name)
    floor = _dictionary_name_floor()
    if entry is None or entry[0] != "nr" or not floor or entry[1] < floor:
        return False
    return not any(_NAME_CONFIRMED.match(text, a + 2) for a in ats)


@lru_cache(maxsize=1)
def _portrayal() -> tuple[re.Pattern, re.Pattern]:
    """A role verb with the words that may stand before the role (扮演主角|, 饰演|), and an
    actor's credit in brackets after a role ((胡歌饰)) — data/portrayal.txt."""
    words = _keyed_data("portrayal.txt")
    verbs = "|".join(map(re.escape, words.get("verbs", ())))
    between = "|".join(map(re.escape, words.get("between", ())))
    credit = "|".join(map(re.escape, words.get("credit", ())))
    return (re.compile(f"(?:{verbs})(?:{between})?(?=[{CJK}])"),
            re.compile(f"[（(][{CJK}·]{{2,8}}(?:{credit})[)）]"))


@lru_cache(maxsize=64)
def page_characters(text: str) -> frozenset[str]:
    """Roles actors play on the page (simplified ``text``): a name jieba tags right after a role
    verb (扮演主角|闻善, 饰演|小尹) or right before an actor's credit in brackets (闻善|(胡歌饰)),
    that the page never writes where a name ends in speech (闻善说 …) nor before a role verb (an
    actor: 胡歌饰演…). Film and TV news name the parts; the people who speak are the actors."""
    if not text:
        return frozenset()
    role, credit = _portrayal()
    found: set[str] = set()
    for m in role.finditer(text):
        w0 = max(0, m.start() - 4)
        if m.start() - w0 not in _token_starts(text[w0 : m.end()]):
            continue  # 导|演: the verb ends another word
        tags = _tags(text[m.end() : m.end() + 6])
        if tags and tags[0][1].startswith("nr") and 2 <= len(tags[0][0]) <= 4:
            found.add(tags[0][0])
    for m in credit.finditer(text):
        tail = _tags(text[max(0, m.start() - 6) : m.start()])
        if tail and tail[-1][1].startswith("nr") and 2 <= len(tail[-1][0]) <= 4:
            found.add(tail[-1][0])
    out = set()
    for name in found:
        ats = list(_occurrences(name, text))
        if any(_NAME_CONFIRMED.match(text, a + len(name)) or role.match(text, a + len(name)) for a in ats):
            continue
        out.add(name)
    return frozenset(out)


def in_credit(text: str, pos: int, name: str) -> bool:
    """Is the name at ``pos`` an actor's credit in brackets after a role (闻善(胡歌饰)): an
    aside, not who the sentence is about?"""
    m = _portrayal()[1].match(text, pos - 1) if pos else None
    return m is not None and text[pos : pos + len(name)] == name


# where a name ends for certain: a speech verb, a day, a colon (鲁迅说, 雷雨：) — a comma ends a word as well
_NAME_CONFIRMED = re.compile(f"(?:{VERBS}|\\d{{1,2}}日|[:：])")


@lru_cache(maxsize=1)
def _photo_position() -> re.Pattern:
    """A photo position in brackets right after a name (data/photo_positions.txt): (左六), (前排右一)."""
    words = _keyed_data("photo_positions.txt")
    sides = "|".join(map(re.escape, words.get("sides", ())))
    counts = "".join(map(re.escape, words.get("counts", ())))
    return re.compile(f"[（(](?:{sides})[{counts}]{{0,2}}[)）]")


# a name, then its original in Latin script in brackets: two to four capitalised words (夏某（Sifan Hassan）)
_LATIN_GLOSS = re.compile(f"([{CJK}{NAME_SEP}]{{2,16}})[（(]([A-Z][a-z]+(?:[ -][A-Z][A-Za-z]+){{1,3}})[)）]")




def glossed_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Foreign names the page glosses with their original in Latin script (埃塞俄比亚好手加某斯（Mulu
    Demissie Gadise）, 荷兰名将夏某（Sifan Hassan）): the characters of a transliteration
    (data/transliteration.txt) closing the words before the brackets, two to five of them, perhaps after
    one surname character; only people's names are glossed so (an event's or a body's name holds no
    word of capitals and small letters alone: 悉尼马拉松（TCS Sydney Marathon）)."""
    chars = _transliteration_chars()
    out: list[str] = []
    for m in _LATIN_GLOSS.finditer(text):
        words = m.group(1)
        if re.search(f"[{NAME_SEP}]", words):
            continue  # 唐纳德•特朗普（Donald Trump）: a full transliterated name, read whole elsewhere
        k = 0
        while k < len(words) and words[len(words) - 1 - k] in chars:
            k += 1
        if k < len(words) and k and surname_of(words[len(words) - 1 - k]) and k < 5:
            k += 1  # 夏|辛: a surname character the list does not hold
        name = words[len(words) - k :]
        if not 2 <= len(name) <= 5 or name in known or name in out or is_nonperson(name):
            continue
        if plausible_name(name, known, after_title=True):
            out.append(name)
    return out


def pictured_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names the page writes right before a photo position (安华(左六)出席…, 选手基普乔格(中)):
    only people stand in a photo, so the word is a person's name even when jieba reads it as a
    brand or the dictionary knows no surname in it. The longest of four, three or two characters
    before the bracket that starts a word (jieba) and could be a name after a title word."""
    out: list[str] = []
    for m in _photo_position().finditer(text):
        at = m.start()
        w0 = max(0, at - 8)
        starts = {w0 + c for c in _token_starts(text[w0:at])}
        for k in (4, 3, 2):
            name = text[at - k : at]
            if (len(name) < k or at - k not in starts or not re.fullmatch(f"[{CJK}]+", name)
                    or name in out or is_nonperson(name) or _lexicon()[1].search(name)):
                continue
            if plausible_name(name, known, after_title=True):
                out.append(name)
                break
    return out


@lru_cache(maxsize=1)
def _spoken_name_words() -> dict[str, tuple[str, ...]]:
    """data/spoken_names.txt: the dictionary frequency at which a word is no untitled name, and
    the characters that end a clause (``spoken_names``)."""
    return _keyed_data("spoken_names.txt")


def _bare_surname(name: str, known: dict[str, str | None], clause_first: tuple[str, ...]) -> str:
    """The surname of ``name`` (data/surnames.txt) when ``name`` is that surname and one or two
    characters the page does not know yet, and not one of the surnames that open clause words far
    more often (data/not_names.txt ``clause_surnames``: 和, 向…); else "" (``spoken_names``, ``opening_names``)."""
    surname = surname_of(name)
    if (name in known or not surname or not name.startswith(surname)
            or not 1 <= len(name) - len(surname) <= 2 or name[0] in clause_first):
        return ""
    return surname


def _dictionary_word(name: str) -> bool:
    """Is ``name`` a word of jieba's dictionary tagged no person's name, or one at or above the
    frequency of data/spoken_names.txt (殷殷/nr 62, 安抚/nr 629, 高层, 文化称)?"""
    floor = int((_spoken_name_words().get("dictionary_frequency") or ("0",))[0])
    entry = dictionary_entry(name)
    return entry is not None and (entry[0] != "nr" or entry[1] >= floor)


def _page_nonname(name: str, text: str) -> bool:
    """Is ``name`` no person: a group or role word, a title, organisation or place the page shows
    (``page_nonperson``), a bad edge, an organisation's ending, or holding a title word?"""
    return bool(is_nonperson(name) or page_nonperson(name, text) or _bad_edge(name) or name[-1] in _ORG_END
                or _lexicon()[1].search(name))


def _clean_at(text: str, at: int, name: str) -> bool:
    """Does jieba start a word at ``at`` and start another right after ``name`` (张波|表示), so
    the name is no part of a longer word (当周|迅, 陈洛才)?"""
    w0 = max(0, at - 4)
    starts = _token_starts(text[w0 : at + len(name) + 4])
    return at - w0 in starts and at - w0 + len(name) in starts


def spoken_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names written with no title that the page confirms (周迅表示…, ”陈圣保介绍…): a surname
    (data/surnames.txt) and one or two characters jieba tags as one person's name, written two or
    more times on the page, a word of its own everywhere but at most one place (jieba's cut: 当周|迅),
    and at least once opening a clause whose verb is a verb of speech (``VERBS``, a word of its own:
    not 说明|会) or a colon before a quotation. No word of jieba's dictionary above a low frequency
    (殷殷/nr, 安抚/nr, 商界/n), no surname with a title, kin word or address term (郭董, 董母), no
    organisation of the page (``page_nonperson``); data/spoken_names.txt. News writes a person it
    quotes again and again by the bare name."""
    words = _spoken_name_words()
    ends = "".join(words.get("clause_ends", ())) + "\n \u3000"
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    # what may follow a surname without making a given name: a title, an address term, a kin word
    not_given = title_words() | _lexicon_address() | frozenset(data_words("kin.txt"))
    not_last = "".join(words.get("not_given", ()))
    speech = re.compile(f"(?:{VERBS})")
    out: list[str] = []
    for m in re.finditer(f"(?:^|(?<=[^{CJK}]))([{CJK}]{{2,4}})", text, re.M):
        at = m.start(1)
        stop = re.search(f"[{re.escape(ends)}]", text[at : at + 24])
        clause = text[at : at + (stop.start() if stop else 24)]
        tags = _tags(clause)
        if not tags or not tags[0][1].startswith("nr"):
            continue
        name = tags[0][0]
        if len(name) == 1 and len(tags) > 1 and tags[1][1] in ("nr", "nrt") and len(tags[1][0]) <= 2:
            name += tags[1][0]  # 巫|马克表示: a surname jieba tags alone, then a given name it tags as a person
        surname = _bare_surname(name, known, clause_first)
        if not surname or name in out or name[len(surname) :] in not_given or name[-1] in not_last:
            continue  # 郭董, 董母, 王君: a surname and a title, a kin word or an address term
        starts = _token_starts(clause)
        verb = any(v.start() in starts and v.end() in starts for v in speech.finditer(clause, len(name)))
        # 周迅现场告白:“ — a colon before a quotation; a bare label (樊振东:我觉得…) is a turn, read elsewhere
        colon = text[at + len(clause) : at + len(clause) + 2] in ("：“", ":“", "：「", ":「")
        if not (verb or colon):
            continue  # 董监高频现业绩说明会: a verb's characters inside a word (说明|会) are no verb
        if _dictionary_word(name):
            continue  # 殷殷/nr 62, 安抚/nr 629: a word of the dictionary
        ats = list(_occurrences(name, text))
        clean = sum(1 for a in ats if _clean_at(text, a, name))
        if clean < 2 or clean < len(ats) - 1:
            continue  # a part of longer words (当周|迅 once is jieba's slip, not another word)
        if _page_nonname(name, text) or not plausible_name(name, known, after_title=False):
            continue
        out.append(name)
    return out


# a name opening a clause (at a line's start or after punctuation or a blank, never inside a word
# or after a number: 175师|野战) right before a verb of speech
_OPENING = re.compile(f"(?:^|(?<=[\\s，,。；;：:！!？?、”」）)]))([{CJK}]{{2,3}})(?=(?:{VERBS}))", re.M)


def opening_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names the page confirms by the way it writes them, whatever jieba's tag (万钢/nz, 张本|才,
    何诗|蓓): a surname (data/surnames.txt) and one or two characters opening two or more clauses
    right before a verb of speech (万钢表示，… 万钢指出，…), or, a name of three, one such clause where
    the page also writes it right after a title word (居民周某某每天… ”周某某说; not 林郑 of 特首林郑月娥
    … 林郑表示: two characters may open a longer name). No word of jieba's
    dictionary above the frequency of data/spoken_names.txt, no title, organisation or place the
    page shows (``page_nonperson``), a plausible name (as after a title word where the page titles
    it). News names a person it reports again and again so."""
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    counts: dict[str, int] = {}
    for m in _OPENING.finditer(text):
        for k in (3, 2):  # the longest reading a verb of speech follows (万钢表|示 is no name)
            name = m.group(1)[:k]
            if len(name) == k and re.match(f"(?:{VERBS})", text[m.start(1) + k :]):
                counts[name] = counts.get(name, 0) + 1
                break
    out: list[str] = []
    for name, n in counts.items():
        if not _bare_surname(name, known, clause_first) or _dictionary_word(name) or _page_nonname(name, text):
            continue  # (高层表示, 文化称: words of the dictionary)
        titled = any(_titled_at(text, a) for a in _occurrences(name, text))
        if (n >= 2 or titled and len(name) >= 3) and plausible_name(name, known, after_title=titled):
            out.append(name)
    return out


# a clause's first three characters: after a sentence's or clause's mark, a closing quotation mark, or a line's start
_CLAUSE_OPENING = re.compile(f"(?:^|(?<=[\\s，,。；;：:！!？?”」]))([{CJK}]{{3}})", re.M)


def clause_opening_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names of three characters the page confirms by opening three or more clauses with them, whatever
    jieba makes of them (彭|兴利/ns, 许|挺秀, 王|东林/ns): a surname (data/surnames.txt) and two
    characters, each time a whole stretch of jieba's cut (its first word the surname or the name, the
    next word starting right after it: 国家卫|生, 安吉古城 are no names), no dictionary word, title,
    organisation or place the page shows, a plausible name. A feature story names its subject so."""
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    places: dict[str, list[int]] = {}
    for m in _CLAUSE_OPENING.finditer(text):
        places.setdefault(m.group(1), []).append(m.start(1))
    out: list[str] = []
    for name, ats in places.items():
        if len(ats) < 3 or not _bare_surname(name, known, clause_first) or len(surname_of(name)) != 1 \
                or _dictionary_word(name) or _page_nonname(name, text) or not plausible_name(name, known, after_title=False):
            continue
        if all(_whole_stretch(text, a, name) for a in ats):
            out.append(name)
    return out


def _whole_stretch(text: str, at: int, name: str) -> bool:
    """Does jieba's cut around ``at`` start a word at the name and another right after it, its first
    word the surname alone or the whole name?"""
    w0 = max(0, at - 8)
    starts = _token_starts(text[w0 : at + len(name) + 8])
    first = _tags(name)[0][0]
    return at - w0 in starts and at - w0 + len(name) in starts and first in (name, name[0])


@lru_cache(maxsize=1)
def _nickname_openers() -> str:
    return "".join(data_words("nicknames.txt"))


def bracketed_nicknames(text: str, known: dict[str, str | None]) -> dict[str, str]:
    """Short names the page gives a person in brackets right after the full name it knows
    (前区议员庄某某(阿某)): a nickname opening with a character of data/nicknames.txt and one more
    character, written again outside its brackets, no name the page titles itself, nor a name given
    so to two people → the full name it means."""
    openers = _nickname_openers()
    found: dict[str, set[str]] = {}
    for m in re.finditer(f"[（(]([{re.escape(openers)}][{CJK}])[)）]", text):
        alias, at = m.group(1), m.start()
        fulls = [n for n in known if len(n) >= 2 and text.endswith(n, 0, at) and re.fullmatch(f"[{CJK}]+", n)]
        if not fulls or known.get(alias):
            continue
        found.setdefault(alias, set()).add(max(fulls, key=len))
    out: dict[str, str] = {}
    for alias, fulls in found.items():
        bracketed = len(re.findall(f"[（(]{re.escape(alias)}[)）]", text))
        if len(fulls) == 1 and text.count(alias) > bracketed:
            out[alias] = next(iter(fulls))
    return out



_CLAUSE_FLAGS = ("p", "c", "u", "v", "d", "r", "f", "x")


def cut_long_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Four-character names jieba cuts after their first two (马某|俩|斯, a transliterated given name):
    a surname and one character jieba tags as a person, at every one of its two or more places on
    the page followed by the same two characters — no word of the dictionary, the first no clause
    word (在京 stays out), the last one jieba tags as a person's when alone (斯)."""
    out: list[str] = []
    seen: set[str] = set()
    for m in re.finditer(f"(?=([{CJK}]{{4}}))", text):
        whole = m.group(1)
        short, rest = whole[:2], whole[2:]
        if short in seen or short in known or surname_of(short) != short[:1]:
            continue
        seen.add(short)
        ats = list(_occurrences(short, text))
        if len(ats) < 2 or any(text[a + 2 : a + 4] != rest for a in ats):
            continue
        if dictionary_entry(rest) is not None or _tags(rest[0])[0][1].startswith(_CLAUSE_FLAGS) \
                or not _tags(rest[1])[0][1].startswith("nr"):
            continue
        if _tags(text[ats[0] : ats[0] + 6])[0] != (short, "nr") or whole in known:
            continue
        if plausible_name(whole, known, after_title=False) and not is_nonperson(whole):
            out.append(whole)
    return out


# what jieba may read the three characters of such a name as: nouns and names' pieces (项乐民/n, 项|利民/n),
# never a verb, a place (江苏/ns|队) or a body (nt)
_QUOTED_NAME_FLAGS = frozenset({"n", "nr", "nz", "ng", "nrfg", "nrt"})
# a closing quotation mark, then three characters and a verb of speech (”项乐民认为，)
_AFTER_WORDS = re.compile(f"[”」]\\s*([{CJK}]{{3}})(?=(?:{VERBS}))")


def quoted_names(text: str, known: dict[str, str | None]) -> list[str]:
    """Names written right between someone's words and a verb of speech (“…。”项乐民认为，…), which jieba
    may read as nouns (项乐民/n, 项/n|利民/n): a surname (data/surnames.txt) and two characters that jieba
    cuts as nouns or names' pieces ending where the verb starts (``_QUOTED_NAME_FLAGS``) — no word of its
    dictionary, no surname with a title, an address term or a kin word, a name after a title word. Only a
    person says words there; the name may be written once."""
    clause_first = _keyed_data("not_names.txt").get("clause_surnames", ())
    not_given = title_words() | _lexicon_address() | frozenset(data_words("kin.txt"))
    out: list[str] = []
    for m in _AFTER_WORDS.finditer(text):
        name = m.group(1)
        surname = surname_of(name)
        if (name in known or name in out or surname != name[:1] or name[0] in clause_first
                or name[1:] in not_given or dictionary_entry(name) is not None):
            continue
        at, pieces = 0, []
        for word, flag in _tags(text[m.start(1) : m.start(1) + 7]):
            if at >= 3:
                break
            at, pieces = at + len(word), [*pieces, flag]
        if at != 3 or any(f not in _QUOTED_NAME_FLAGS for f in pieces) or pieces == ["nr"]:
            continue  # jieba's words run past the name, or hold a verb, a place, a body (江苏|队); (崔某周/nr:
            # a name jieba tags whole is read where it stands, as its other readings read it)
        if not is_nonperson(name) and not _bad_edge(name) and not _lexicon()[1].search(name) \
                and plausible_name(name, known, after_title=True):
            out.append(name)
    return out


def aged_name(words: str, known: dict[str, str | None]) -> str | None:
    """The name right after an age (93岁的|文学科握着老邻居的手) that the page writes once: a surname and one
    or two characters jieba reads as nouns, ending where jieba reads a verb (文学/n 科/n|握/v) — no word of
    its dictionary, a name after a title word; else None."""
    at = 0
    for word, flag in _tags(words[:8]):
        if flag == "v" and at in (2, 3):
            name = words[:at]
            if (surname_of(name) == name[:1] and dictionary_entry(name) is None and not is_nonperson(name)
                    and not _lexicon()[1].search(name) and plausible_name(name, known, after_title=True)):
                return name
            return None
        if not flag.startswith("n"):
            return None
        at += len(word)
        if at > 3:
            return None
    return None

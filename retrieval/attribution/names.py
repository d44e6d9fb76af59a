"""Is this a person's name, and where does it end? A name starts with a surname
(data/surnames.txt) and is no group word (data/nonpersons.txt), no clause jieba reads as common
words or a place, no surname and address term only (王女士); right after a title word the test is
looser (``plausible_name``). Transliterated names join their parts with · or -, and their last part
stands for the whole; jieba's person tags decide where a name ends when no boundary word does
(``_nr_head``, ``_nr_tail``, ``cut_short``); honorifics written before a name (拿督) are no part of it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .postag import dictionary_entry
from .words import (
    _HONORIFIC,
    CJK,
    LATIN,
    NAME_SEP,
    SIGNALS,
    VERBS,
    _keyed_data,
    _lexicon,
    _lexicon_address,
    _lexicon_roles,
    _lexicon_title_words,
    _tags,
    data_words,
    pos_tags,
    title_end,
    title_words,
)

_ORG_END = "员会部局院委办厅社所组队团司处省市县区镇乡村党网台报馆站厂场校州"


_NOT_NAME_FLAGS = {"n", "v", "vn", "d", "c", "p", "ns", "nt", "m", "t", "r", "f", "s", "u", "uj", "ul",
                   "a", "ad", "an", "i", "l", "z", "q"}
_FUNCTION_FLAGS = {"p", "c", "u", "uj", "ul", "r", "d", "m", "t", "f", "q"}


@lru_cache(maxsize=1)
def _name_prefixes() -> tuple[str, ...]:
    """Honorifics written before a name (拿督, 丹斯里), longest first: no part of the name."""
    return tuple(sorted(set(data_words("name_prefixes.txt")), key=len, reverse=True))


def name_prefix_at(s: str, start: int) -> str:
    """The honorific written before names that ``s`` holds at ``start`` (the longest), or ""."""
    return next((p for p in _name_prefixes() if s.startswith(p, start)), "")


_TWO_CJK = re.compile(f"[{CJK}]{{2}}")


def skip_name_prefix(s: str, start: int) -> int:
    """``start`` moved past an honorific written before a name (总执行长拿督莫达胡先 -> 莫达胡先); the
    longest honorific there is the one read (拿督斯里, not 拿督), and with no name after it, none."""
    p = name_prefix_at(s, start)
    return start + len(p) if p and _TWO_CJK.match(s, start + len(p)) else start


def _reads_as_words(word: str) -> bool:
    """jieba reads a candidate without a surname as common words (心态, 首先) or a place."""
    if "veto" not in SIGNALS:
        return False
    tags = _tags(word)
    if not tags or tags[0][1] in ("p", "c", "u", "r", "d"):
        return True
    if any(f in _FUNCTION_WORD_FLAGS for _, f in tags):
        return True  # 员就来了: a name holds no adverb, particle or preposition
    return any(len(w) >= 2 and f in _NOT_NAME_FLAGS for w, f in tags)


_FUNCTION_WORD_FLAGS = {"d", "u", "uj", "ul", "uz", "uv", "ug", "y", "p", "c"}
_PARTICLE_FLAGS = {"u", "uj", "ul", "uz", "uv", "ug", "y", "r"}  # particles and pronouns: never in a name


def _surname_name_reads_as_words(name: str, surname: str, after_title: bool = False, honorific: bool = False) -> bool:
    """A surname + given name is no name when jieba reads it as one common word (常州, 高兴)
    or the given name holds a function word (有什么). A given name that is itself a word
    stays a name (詹|建平, 吴|向东), and so does a surname jieba tags as a place (欧阳|伟杰)."""
    if "veto" not in SIGNALS:
        return False
    tags = _tags(name)
    if not tags:
        return True
    if _long_given_name_unread(name, surname, tags, after_title or honorific):
        return True  # 毕业典礼 (研究生|毕业典礼), 南投|猪|农: words, not a surname and three characters
    if len(tags) == 1:  # after a title, a noun or place tag is no veto (演员吴京: 吴京/ns, 校长金力: 金力/n)
        # with no title before it, a word jieba reads as a brand or an abbreviation is none (万科, 国航)
        # before an honorific, a surname and two characters jieba reads as a place is a name (钟南山/ns|院士)
        if after_title:
            vetoed = _NOT_NAME_FLAGS - {"ns", "n"}
        elif honorific and len(name) == len(surname) + 2:
            vetoed = _NOT_NAME_FLAGS - {"ns"}
        else:
            vetoed = _NOT_NAME_FLAGS | {"nz", "j"}
        return tags[0][1] in vetoed
    double = len(name) == 4 and len(tags[0][0]) == 2 and surname_of(tags[0][0][1]) == tags[0][0][1]
    if tags[0][1].startswith("nr") and len(tags[0][0]) > len(surname) and not double and any(
        len(w) >= 2 and not f.startswith("nr") for w, f in tags[1:]
    ):
        return True  # 曹操|出行: a whole name, then a word (林郑|月娥: two surnames and a given name)
    if tags[0][1].startswith("nr") and len(tags[0][0]) >= 2 and len(tags) >= 2 and tags[1][1] == "p" and len(tags[1][0]) == 1:
        return True  # 白华|在|上: a whole name, then a preposition — a name never runs on into one
    rest = tags[1:] if tags[0][0].startswith(surname) else tags
    if after_title and _given_name_cut_as_word(name, surname, tags):
        return False  # 冠军巩立/v|姣, 负责人余干/m|成: a title's surname and two characters jieba cuts after the first
    if tags[0][1] in _FUNCTION_FLAGS and len(tags[0][0]) > len(surname):
        return True
    if len(tags[-1][0]) == 1 and tags[-1][0] in "则也还就都又却便再亦曾正均仍将已只":
        return True  # 崔康熙则, 温家宝将, 张稀哲只: a name, then an adverb (but 王章|立 is a name)
    if len(name) >= 3 and len(tags) >= 2 and tags[-1][0] in ("昨", "今", "笑") and tags[0][1].startswith("nr"):
        return True  # 舒淇|昨, 舒淇|笑(说): a whole name, then a time word or a manner verb
    if tags[0][0] == surname and tags[0][1] in ("d", "c") and any(f in ("d", "v", "a", "u", "uj", "ul", "y") for _, f in tags[1:]):
        return True  # 都|没有, 都|很|年轻: an adverb, not the surname 都 (于|文明 stays a name)
    if (tags[0][0] == surname and tags[0][1] == "v" and len(tags) == 2 and tags[1][1] in ("a", "ad")
            and surname in _keyed_data("not_names.txt").get("modal_surnames", ())):
        return True  # 能|简单(介绍): a modal verb, then an adjective — not the surname 能
    if tags[0][0] == surname and clause_word_first(name):
        return True  # 和|王(市长), 向|世界: a conjunction or preposition, then a surname or a word
    if any(f in _PARTICLE_FLAGS for _, f in rest):
        return True  # 谈起|了|他: a name holds no pronoun or particle
    if len(tags) >= 2 and len(tags[0][0]) >= 2 and tags[0][1] in ("v", "vn") and not tags[1][1].startswith("nr") \
            and not (len(tags) == 2 and len(tags[1][0]) == 1 and tags[1][1] in ("zg", "g")):
        return True  # 谈起|了他: a verb, then more words (解立|彬/zg: a bound morpheme ends a name)
    vetoes = _FUNCTION_FLAGS - {"d"} | {"nt", "s"}
    if after_title or honorific:
        vetoes = vetoes - {"t", "s"}  # a given name jieba reads as a time (樊|明武/t) or a place (洪|一中/s) beside a title
    if after_title and len(rest) == 1 and len(rest[0][0]) == 2 and len(name) == len(surname) + 2:
        vetoes = vetoes - {"m"}  # 总教练邱|大宗/m: one two-character given name, right after a title
    return any(len(w) >= 2 and f in vetoes for w, f in rest)


def _given_name_cut_as_word(name: str, surname: str, tags) -> bool:
    """A one-character surname and two characters jieba reads as a verb or a number of two characters
    (surname and the given name's first) and one more character that is no function word, particle,
    pronoun or verb (巩立/v|姣, 余干/m|成), the two no word of jieba's dictionary at or above the
    frequency of data/spoken_names.txt (乐于/v 639|参 stays words): right after a title word that is
    the surname and a given name."""
    entry = dictionary_entry(name[:2])
    floor = int((_keyed_data("spoken_names.txt").get("dictionary_frequency") or ("0",))[0])
    if entry is not None and entry[1] >= floor:
        return False
    return (len(surname) == 1 and len(name) == 3 and len(tags) == 2 and tags[0][0] == name[:2]
            and tags[0][1] in ("v", "m") and len(tags[1][0]) == 1
            and tags[1][1] not in _FUNCTION_WORD_FLAGS | _PARTICLE_FLAGS | {"v", "p", "c", "f", "q", "m"})


def _long_given_name_unread(name: str, surname: str, tags, titled: bool) -> bool:
    """A one-character surname and three more characters (a Chinese given name has at most two) is a
    name only as jieba reads one: a person's tag on some part of it (安倍晋三/nr, 古|特雷斯/nr,
    林郑/nr|月娥). Right after a title or before an honorific it may be a family name and a given
    name jieba reads as words (首相高市/ns|早苗/n), but never one word of jieba's that is no
    person's (研究生|毕业典礼/n); with neither, a place and a kind of person (南投/j|猪|农) is words."""
    if len(surname) != 1 or len(name) != 4 or any(f in _PERSON_TAGS for _, f in tags):
        return False
    return len(tags) == 1 or not titled


_VERB_END = re.compile(f"(?:{VERBS})$")


def clause_word_first(name: str) -> bool:
    """Does a surname-initial candidate open with a preposition or conjunction jieba reads on its
    own, then a common word (向|世界, 和|王)? A clause word, not a name."""
    tags = _tags(name)
    return (len(tags) == 2 and len(tags[0][0]) == 1 and tags[0][1] in ("p", "c")
            and (len(tags[1][0]) >= 2 and not tags[1][1].startswith("nr") or surname_of(tags[1][0]) == tags[1][0]))


def _bad_edge(name: str) -> bool:
    """Words that end or start a clause, never a name: 任骏飞说, 张超表示 (a speech verb after the
    name), 区委副 (a title's prefix), 赵大姐感 (an address term inside), 们异 (a plural suffix)."""
    v = _VERB_END.search(name)
    if v and len(name) - len(v.group()) >= 2:
        return True
    if name[-1] in _TITLE_PREFIX_END or name[0] in _NEVER_FIRST:
        return True
    surname = surname_of(name)
    rest = name[len(surname) :] if surname else ""
    m = _address_re()[0].match(rest)
    return bool(m) and len(rest) > m.end()


@lru_cache(maxsize=1)
def _address_re() -> tuple[re.Pattern, re.Pattern]:
    """Address terms of two or more characters at a start; any address term at an end."""
    terms = sorted(_lexicon_address(), key=len, reverse=True)
    long_terms = "|".join(map(re.escape, (t for t in terms if len(t) >= 2)))
    return re.compile(f"(?:{long_terms})"), re.compile(f"(?:{'|'.join(map(re.escape, terms))})$")


_TITLE_PREFIX_END = "副代"
_NEVER_FIRST = "们的了着过"
_PARTICLE_END = "的了们"  # never the last character of a name or of a transliterated name's part


def surname_of(name: str) -> str | None:
    surnames = _lexicon()[2]
    if name[:2] in surnames:
        return name[:2]
    return name[:1] if name[:1] in surnames else None


@lru_cache(maxsize=1)
def _counts() -> tuple[str, ...]:
    """The words that count people without naming them (data/unnamed_subjects.txt), longest first."""
    return tuple(sorted(set(data_words("unnamed_subjects.txt")), key=len, reverse=True))


@lru_cache(maxsize=1 << 12)
def counted_group(name: str) -> bool:
    """Does ``name`` open with a word that counts people (有, 有的, 有位, 一名 …) and end in one common
    noun, a kind of person and no name (有|高管, 有|网民, 有位|医生)? jieba reads the rest alone: one word
    tagged n (a person's given name is nr, a place ns)."""
    for count in _counts():
        if name.startswith(count) and len(name) > len(count):
            rest = name[len(count):]
            tags = _tags(rest)
            if len(tags) == 1 and tags[0][1] == "n" and len(rest) >= 2:
                return True
    return False


def is_nonperson(word: str) -> bool:
    """A group, organisation or role word that stands where a name would (会议, 中方, 专家)."""
    return word in _lexicon()[3]


_NAME_SEP_RE = re.compile(f"[{NAME_SEP}]")
_CJK_1_8 = re.compile(f"[{CJK}]{{1,8}}")
_CJK_2_6 = re.compile(f"[{CJK}]{{2,6}}")
_LATIN_PART = re.compile(f"[{LATIN}][{LATIN}'’\\-]*")  # a word of a name written in Latin letters (HABTE, O'Neil)
_LATIN_LETTER = re.compile(f"[{LATIN}]")


def is_transliterated(name: str) -> bool:
    return _NAME_SEP_RE.search(name) is not None


def plausible_name(
    name: str, known: dict[str, str | None], after_title: bool, strict: bool = True, honorific: bool = False
) -> bool:
    """Could ``name`` be a person's name? Looser right after a title word. (Of ``known`` only
    whether it holds ``name`` matters: answered once per name and reading.)"""
    return _plausible_name(name, name in known, after_title, strict, honorific, SIGNALS)


@lru_cache(maxsize=1 << 16)
def _plausible_name(name: str, is_known: bool, after_title: bool, strict: bool, honorific: bool, signals: frozenset) -> bool:
    return _plausible_name_of(name, (name,) if is_known else (), after_title, strict, honorific)


def _plausible_name_of(name: str, known, after_title: bool, strict: bool, honorific: bool) -> bool:
    nonpersons = _lexicon()[3]
    if not name or name in nonpersons:
        return False
    if name_prefix_at(name, 0):
        return False  # 拿督莫达胡先: an honorific written before the name is no part of it
    if is_transliterated(name):
        parts = _NAME_SEP_RE.split(name)
        if any(_lexicon()[1].search(p) for p in parts) and name not in known:
            return False  # 记者阿列克谢·谢利谢夫, 会主席约亨·科克勒: a title is no part of a name
        if any("的" in p or len(p) >= 2 and p[-1] in _PARTICLE_END for p in parts):
            return False  # 梅丽莎·弗莱明的(专访时): a transliteration never writes 的 nor ends in a particle
        if name in known and all(_LATIN_PART.fullmatch(p) for p in parts):
            return True  # Bizuneh·Melaku·Belachew: a name in Latin letters the page showed to be a person's (latin.py)
        return 2 <= len(parts) <= 4 and all(_CJK_1_8.fullmatch(p) for p in parts)
    if name in known and _LATIN_PART.fullmatch(name):
        return True  # 教练Ivan表示: one Latin word the page showed to be a person's name
    if not _CJK_2_6.fullmatch(name):
        return False
    if name[-1] in _ORG_END and not (after_title and name[-1] not in _BODY_END and _whole_person_word(name)):
        return False  # 苏州, 该局: an organisation or a place (董事长魏应州: a name jieba reads whole; 卫健委 never)
    if name in known:
        return True
    if _bad_edge(name) or clause_not_name(name):
        return False
    if title_end().fullmatch(name) or len(name) >= 3 and title_end().search(name):
        return False  # 王副厅长, 詹书记: a surname and a title, not a name
    if _clause_word_then_person(name):
        return False  # 向|张妈妈, 和|李阿姨: a preposition or conjunction, then a person — no part of a name
    if name in _keyed_data("not_names.txt").get("words", ()):
        return False  # 安抚, 亚太: common words jieba's dictionary calls names
    if len(name) == 2 and name[0] == name[1]:
        return False  # 殷殷, 默默: a reduplicated word (教师的殷殷|寄语), not a surname and a given name
    surname = surname_of(name)
    if surname and name[len(surname):] in nonpersons:
        return False  # 向|大家表示: a preposition and a group, not 向 + a given name
    if counted_group(name):
        return False  # 有|高管说, 有位|医生: people counted, not named (有 is a surname too)
    if len(name) == 2 and name[0] in "老小" and surname_of(name[1]):
        return False  # 老王, 小周: a person, but not named
    if surname and name[len(surname):] in _lexicon_address():
        return False  # 张大爷, 王女士: a person, but not named
    if surname and set(name[len(surname):]) <= set(_keyed_data("not_names.txt").get("withheld", ())):
        return False  # 王某, 张某某: a pseudonym, the page withholds the name
    if surname and len(name) == 4 and len(surname) == 1 and _opens_with_verb(name):
        return False  # 应邀|出席: a verb phrase jieba's dictionary calls a name (古特雷斯 stays one)
    if len(name) <= 4 and surname:
        return not name.endswith("们") and not _surname_name_reads_as_words(name, surname, after_title, honorific)
    # 皮特, 阿尔瓦雷斯: only after a title, at a clause end (jieba's tags, the dearest test, last)
    return after_title and strict and not _lexicon()[1].search(name) and not _reads_as_words(name)


_BODY_END = "委办辦局厅廳部"
_OUTLET_END = "报報网網社台"  # 华声报|讯, 中新网|讯: an outlet, then 讯 (a dateline's 'reports')


def organisation_label(name: str) -> bool:
    """Is ``name`` (a label or a subject of three or more characters) a body or an outlet, not a
    person: a government body's abbreviation at its end (国防部, 陸委會 read as 陸委) or an outlet's
    dateline (华声报讯, 本報訊)? Never when jieba reads the whole as one person's name (魏应州)."""
    if len(name) < 3 or _whole_person_word(name):
        return False
    if name[-1] in "讯訊" and name[-2] in _OUTLET_END:
        return True
    return name[-1] in _BODY_END  # government bodies abbreviated (卫健委, 发改委, 外办): never a person, even when jieba says nr


def _clause_word_then_person(name: str) -> bool:
    """Does ``name`` open with a clause surname (data/not_names.txt: 向, 和 …) jieba reads as a
    preposition or conjunction, then a surname and an address or kin word (向|张妈妈, 和|李阿姨)?
    The first character is the clause's, not the person's (于|文明 stays a name)."""
    if len(name) < 3 or name[0] not in _keyed_data("not_names.txt").get("clause_surnames", ()):
        return False
    tags = _tags(name)
    if not tags or tags[0] != (name[0], tags[0][1]) or tags[0][1] not in ("p", "c"):
        return False
    rest = name[1:]
    second = surname_of(rest)
    if not second:
        return False
    given = rest[len(second):]
    return given in _lexicon_address() or given in _kin_words()


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    return frozenset(data_words("kin.txt"))


def _whole_person_word(name: str) -> bool:
    """Three characters from a surname that jieba reads as one person's name (魏应州/nr)."""
    return len(name) == 3 and surname_of(name) is not None and _tags(name) == ((name, "nr"),)


def clause_not_name(name: str) -> bool:
    """A clause read as a name (data/not_names.txt): a surname, then one adverb (李则|称); a word
    opening with a demonstrative (问到|这件|事); or a one-character verb, then a verb (谈|创新)."""
    words = _keyed_data("not_names.txt")
    surname = surname_of(name)
    if surname and len(name) == len(surname) + 1 and name[-1] in words.get("surname_adverbs", ()):
        return True
    tags = _tags(name)
    if any(len(w) >= 2 and w[0] in words.get("demonstratives", ()) and f != "nr" for w, f in tags):
        return True
    return len(tags) == 2 and len(tags[0][0]) == 1 and tags[0][1] == "v" and len(tags[1][0]) >= 2 and tags[1][1] == "v"


def _opens_with_verb(name: str) -> bool:
    """Do the first two characters of ``name`` read, alone, as one verb, preposition or adverb (应邀)?"""
    head = _tags(name[:2])
    return len(head) == 1 and head[0][1] in ("v", "vd", "p", "d", "c")


# jieba's tags of a person's name: nr, and nrt (a transliterated name: 拉夫罗夫/nrt) and nrfg
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def _nr_head(text: str) -> str | None:
    """The person's name jieba reads at the start of a few characters, if any."""
    tags = list(_tags(text))
    if not tags or tags[0][1] not in _PERSON_TAGS:
        return None
    name = tags.pop(0)[0]
    if len(name) == 1 and tags and tags[0][1] == "nr" and len(tags[0][0]) <= 2:
        name += tags.pop(0)[0]  # 吴|长青
    elif len(name) == 1 and tags and _doubled_given_name(*tags[0]):
        name += tags.pop(0)[0]  # 甄|佳佳/nz: a doubled given name jieba reads as a word of its own
    if len(name) == 2 and tags and len(tags[0][0]) == 1 and tags[0][1] in ("zg", "g"):
        name += tags.pop(0)[0]  # 童子/nr|贤/zg: a bound morpheme jieba leaves alone is the name's last character
    if tags and len(tags[0][0]) == 1 and tags[0][1] in ("n", "ng", "nr", "nz", "j") and len(tags) > 1:
        return None  # 马克|龙|会面: the name may go on (徐旭|带|着 is a name, then a verb)
    return name if 2 <= len(name) <= 4 else None


def _doubled_given_name(word: str, flag: str) -> bool:
    """A given name of one character doubled (佳佳/nz, 洋洋/ns) that jieba cuts off a surname it tags
    as a person: a noun's or a name's tag, never an adverb's or a verb's (刚刚/d, 常常/d)."""
    return len(word) == 2 and word[0] == word[1] and flag in ("nr", "nz", "ns", "n")


@lru_cache(maxsize=1)
def _name_edges() -> frozenset[str]:
    return frozenset(_keyed_data("name_edges.txt").get("ambiguous_ends", ()))


def _longer_given_name(s: str, start: int, name: str, known) -> str:
    """``name`` (a surname and one character, after a title at ``start``), or the three characters
    when the next character may end a given name as well as open the next word (data/name_edges.txt:
    主任赵启|正在) and jieba reads the three as one person there (赵启正/nr|在; 王毅/nr|正在 stays)."""
    if len(name) != 2 or name in known or "nr" not in SIGNALS:
        return name
    if s[start + 2 : start + 3] not in _name_edges():
        return name
    longer = s[start : start + 3]
    if _nr_head(s[start : start + 6]) == longer and plausible_name(longer, known, after_title=True):
        return longer
    return name


_RARE_WORD = 100  # a two-character word jieba's dictionary holds less often than this is no word to cut a name at


def split_given_name(s: str, start: int, name: str, known) -> str:
    """``name`` (a surname and one character jieba tags as a person after a title at ``start``), or
    the three characters when jieba took the name's last character into a rare next word: a
    two-character word its dictionary does not hold or holds rarely (司长曾俊|华联(同), 主帅安达|臣席(上)),
    so the name is 曾俊华, 安达臣 (王毅|正在, 李强|表示 stay: common words; so does 朱民|来区(调研):
    a verb after the name; and 林郑|月娥 when the page knows 林郑月娥)."""
    if len(name) != 2 or surname_of(name) != name[:1] or name in known or "nr" not in SIGNALS:
        return name
    nxt = _tags(s[start + 2 : start + 8])
    if not nxt or len(nxt[0][0]) != 2 or nxt[0][1].startswith("nr") or nxt[0][0] in title_words():
        return name
    longer = s[start : start + 3]
    if _read_whole_elsewhere(s, start, longer) and plausible_name(longer, known, after_title=True):
        return longer  # 村民崔献|周家 …崔献周/nr说: the paragraph writes the three as one person's name again
    entry = dictionary_entry(_aspect_simplified(nxt[0][0]))
    if entry is not None and entry[1] >= _RARE_WORD:
        return name  # 王毅|正在; 张军|指著 read as 指着 (a traditional page's aspect particle)
    if any(len(k) > 3 and k.startswith(name) and s.startswith(k, start) for k in known):
        return name  # 林郑|月娥: a longer name the page knows is read as known (known_at)
    if _tags(s[start + 2])[0][1] in ("v", "p", "d", "c", "m", "t"):
        return name  # 朱民|来区(调研), 林郑|月娥: the next character alone is a verb, a clause word or a numeral
    longer = s[start : start + 3]
    return longer if plausible_name(longer, known, after_title=True) else name


def _read_whole_elsewhere(s: str, start: int, longer: str) -> bool:
    """Does ``s`` write ``longer`` again, away from ``start``, where jieba reads it as one person's name?"""
    at = s.find(longer)
    while at >= 0:
        if at != start and _tags(s[at : at + len(longer) + 4])[:1] == ((longer, "nr"),):
            return True
        at = s.find(longer, at + 1)
    return False


def _aspect_simplified(word: str) -> str:
    """A verb with the aspect particle a traditional page writes 著 (指著, 看著) as the simplified
    dictionary spells it (指着): 著 alone is simplified too (著名), so the character is left as written."""
    return word[:-1] + "着" if len(word) == 2 and word.endswith("著") else word


def cut_short(after: str, ends: bool = False) -> bool:
    """Does a name jieba tagged go on in ``after``, the text right after it — one or two more
    characters, then a colon (佐佐木|则夫：), or the end of ``after`` when ``ends`` (a clause
    before its colon): not an honorific or a title word (曾钰成|议员：)?"""
    rest = re.match(f"([{CJK}]{{1,2}})(?:[:：]|$)" if ends else f"([{CJK}]{{1,2}})[:：]", after)
    return bool(rest) and not _HONORIFIC.fullmatch(rest.group(1)) and rest.group(1) not in title_words()


def joined_surnames(tags) -> list[tuple[str, str]]:
    """jieba's tags with a surname it cuts off a person's given name joined to it (胡/nr|金秋/nr:
    胡金秋/nr), so the given name alone is never read as the person."""
    tags, out, i = list(tags), [], 0
    while i < len(tags):
        word, flag = tags[i]
        if (flag == "nr" and len(word) == 1 and i + 1 < len(tags) and tags[i + 1][1] == "nr"
                and len(tags[i + 1][0]) <= 2 and surname_of(word) == word):
            out.append((word + tags[i + 1][0], "nr"))
            i += 2
            continue
        out.append((word, flag))
        i += 1
    return out


@lru_cache(maxsize=4096)
def _nr_tail(pre: str) -> str | None:
    tags = pos_tags(pre)
    if (len(tags) >= 2 and tags[-1][1] == "nr" and tags[-2][1] == "nr" and len(tags[-2][0]) == 1
            and len(tags[-1][0]) <= 2 and surname_of(tags[-2][0]) == tags[-2][0]):
        return tags[-2][0] + tags[-1][0]  # 胡|金秋: a surname jieba cuts off the given name
    if len(tags) >= 2 and tags[-1][1] == "nr":
        return tags[-1][0]
    if len(tags) >= 3 and tags[-2][1] == "nr" and len(tags[-2][0]) == 1 and len(tags[-1][0]) <= 2:
        return tags[-2][0] + tags[-1][0]  # 农户|李|春生
    return None


def known_at(text: str, pos: int, word: str, known) -> str:
    """``word`` (a person jieba tags at ``pos``) grown to the longest name the page already knows
    that starts there (童子/nr|贤 in 童子贤不以为然: 童子贤): a known name is never cut short."""
    longer = [n for n in known if len(n) > len(word) and n.startswith(word) and text.startswith(n, pos)]
    return max(longer, key=len) if longer else word


def _ends_unnamed(pre: str) -> bool:
    """赵大姐, 刘女士, 小周: the clause ends in a person who has no name here."""
    end = _address_re()[1]
    for k in range(1, min(4, len(pre) - 1) + 1):  # every address term the clause ends with
        a = pre[-k:]
        if not end.fullmatch(a):
            continue
        head = pre[:-k]
        if surname_of(head[-2:]) == head[-2:] or surname_of(head[-1:]) == head[-1:]:
            if k >= 2 or head[-1:] + a not in _lexicon_title_words():
                return True
    return False


def ends_unnamed(pre: str) -> bool:
    """Does the clause end in a person named by surname and address term only (赵大姐, 刘女士, 小周)?"""
    return _ends_unnamed(pre)


def unnamed_person(text: str) -> bool:
    """Does ``text`` speak of a person without a name (刘女士, 张大爷, 患者, 该负责人)?"""
    roles = _lexicon_roles()
    if any(r in text for r in roles):
        return True
    if re.search(f"(?:一|两|几|某)[名位个](?:[{CJK}]{{0,8}})(?:官员|人士|专家|人员|负责人|发言人)", text):
        return True  # 国务院一名高级官员, 某位知情人士: a person counted, not named
    address = "|".join(map(re.escape, sorted(_lexicon_address(), key=len, reverse=True)))
    return any(surname_of(m.group(1)) for m in re.finditer(f"([{CJK}]{{1,2}})(?:{address})", text))


def _jieba_person_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """A name jieba tags as a person after a description it reads as words (快递小哥张伟)."""
    name = _nr_tail(pre) if "nr" in SIGNALS else None
    # with no surname, only right after a title word (不是 雷军在直播中|辟谣/nr)
    titled = surname_of(name or "") is not None or bool(name and title_end().search(pre[: -len(name)]))
    if name and 2 <= len(name) <= 4 and plausible_name(name, known, after_title=titled):
        return Speaker(name, known.get(name))
    return None


@lru_cache(maxsize=256)
def _last_parts(known: tuple[tuple[str, str | None], ...]) -> dict[str, tuple[str, str | None]]:
    """The last part (two or more characters) of each known transliterated name that no other
    known name shares, and no known name is itself: 特朗普 → (唐纳德•特朗普, its title); of a name in
    Latin letters its first word too, of three letters or more (Bizuneh → Bizuneh·Melaku·Belachew)."""
    names = dict(known)
    parts: dict[str, list[str]] = {}
    for name in names:
        if is_transliterated(name):
            words = re.split(f"[{NAME_SEP}]", name)
            last = words[-1]
            if len(last) >= 2 and last not in names:
                parts.setdefault(last, []).append(name)
            if _LATIN_PART.fullmatch(words[0]) and len(words[0]) >= 3 and words[0] not in names and words[0] != last:
                parts.setdefault(words[0], []).append(name)
    return {p: (ns[0], names[ns[0]]) for p, ns in parts.items() if len(ns) == 1}


def latin_word_at(s: str, at: int, word: str) -> bool:
    """Is ``word`` at ``at`` in ``s`` a word of its own where it begins or ends in a Latin letter (Kong
    is no word of Hongkong)? Always, for a word in Chinese characters."""
    left = _LATIN_LETTER.match(word) is not None and at > 0 and _LATIN_LETTER.match(s, at - 1) is not None
    return not left and not (_LATIN_LETTER.match(word[-1:]) and _LATIN_LETTER.match(s[at + len(word) : at + len(word) + 1]))


def by_address_term(name: str) -> bool:
    """Does ``name`` end with a polite address term (王女士, 何先生: data/address_names.txt) — a
    surname and a form of address, no given name?"""
    return name.endswith(tuple(_keyed_data("address_names.txt").get("terms", ())))


_WORD_AFTER_NAME = ("v", "d", "c", "p")  # jieba's verb, adverb, conjunction, preposition


def name_and_word(name: str, known, text: str) -> str | None:
    """雷军|不仅…, 郁亮|答：: a name the page knows and one more character jieba reads as a word of its
    own (a verb, an adverb, a conjunction, a preposition) — the page's name, which it writes alone
    more often; None when ``name`` is no such pair."""
    short = name[:-1]
    if len(short) < 2 or short not in known or text.count(short) <= text.count(name):
        return None
    tags = _tags(name)
    if len(tags) < 2 or "".join(w for w, _ in tags[:-1]) != short or len(tags[-1][0]) != 1:
        return None
    return short if tags[-1][1][:1] in _WORD_AFTER_NAME else None


def cut_name(name: str, known, text: str) -> str | None:
    """阿梅 of 阿梅莉娅: a name the page never writes alone — each time (twice or more) it continues
    into the same longer name the page knows, which is the page's name."""
    times = text.count(name)
    if times < 2:
        return None
    longer = [n for n in known if len(n) > len(name) and n.startswith(name) and text.count(n) == times]
    return max(longer, key=len) if longer else None


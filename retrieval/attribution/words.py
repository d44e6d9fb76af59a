"""The lexicon's words and patterns: the word lists of retrieval/data read once (titles, surnames,
group words, address terms, honorifics, speech verbs, keyed lists), the patterns built from them
(VERBS, BOUNDARY, a name's end, honorifics), jieba's part-of-speech tags and word starts as
attribution reads them (a transliterated name or a compound surname jieba cuts joined again), and
the signals that can be switched off. Every other lexicon module builds on this one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

from .postag import cut
from .postag import tags as _jieba_tags

CJK = r"\u4e00-\u9fff"
# Evidence a person is named (each can be switched off to measure what it adds): a title word
# before, an honorific after, jieba's person tag, the names the page named elsewhere, jieba's
# common-word veto against surname-initial words, a surname and an address term as the name (村民吴女士说).
SIGNALS = frozenset({"title", "honorific", "nr", "known", "veto", "address-name"})


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    return frozenset("".join(data_words("transliteration.txt")))


def joined_transliterations(tags) -> tuple[tuple[str, str], ...]:
    """jieba's tags with a transliterated name it cuts into two person tags joined again
    (贝尔/nr|巴托夫/nr: 贝尔巴托夫/nr): a name is never cut inside a transliterated name."""
    chars, out = _transliteration_chars(), []
    for word, flag in tags:
        if (out and flag == "nr" and out[-1][1] == "nr" and len(word) >= 2 and len(out[-1][0]) >= 2
                and all(c in chars for c in out[-1][0] + word)):
            out[-1] = (out[-1][0] + word, "nr")
            continue
        out.append((word, flag))
    return tuple(out)


@lru_cache(maxsize=8192)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's part-of-speech tags, a transliterated name it cuts in two joined again, and a
    compound surname it cuts off its given name joined to it (欧阳/ns|玉靖/nr: 欧阳玉靖/nr)."""
    return joined_compound_surnames(joined_transliterations(_jieba_tags(text)))


# the tags jieba gives a compound surname read as a place, a direction, a number or a verb
# (东方/s, 百里/m, 独孤/v): then the word is that, not a surname
_COMPOUND_NOT_SURNAME = frozenset({"s", "f", "m", "v", "d", "t"})


def joined_compound_surnames(tags) -> tuple[tuple[str, str], ...]:
    """jieba's tags with a two-character surname (data/surnames.txt) it reads as a word of its
    own (欧阳/ns, 上官/n, 司马/nr) joined to the one- or two-character given name it tags as a
    person right after it (玉靖/nr): one person's name, never the given name alone."""
    tags, out, i = list(tags), [], 0
    surnames = _lexicon()[2]
    while i < len(tags):
        word, flag = tags[i]
        if (len(word) == 2 and word in surnames and flag not in _COMPOUND_NOT_SURNAME and i + 1 < len(tags)
                and tags[i + 1][1] == "nr" and len(tags[i + 1][0]) <= 2):
            out.append((word + tags[i + 1][0], "nr"))
            i += 2
            continue
        out.append((word, flag))
        i += 1
    return tuple(out)


def data_words(name: str) -> list[str]:
    """The words of ``retrieval/data/NAME`` (blank-separated, ``#`` lines left out)."""
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


NAME_SEP = "·•\\-－"
# the speech verbs, and those of data/speech_verbs_before_words.txt and data/view_verbs.txt when their words follow at once (…指，; NUL: a masked quotation),
# those of data/speech_verbs_told.txt when the one told and then the words follow (告诉大家，)
VERBS = "|".join([*(f"(?<![的到受遭些了对发致来]){re.escape(w)}(?=\\s*[，,：:「“\\u0000])" for w in data_words("speech_verbs_before_words.txt")),
                  # data/view_verbs.txt: a view (觉得/清楚/感到/比作…) with the same condition, longest first
                  *(f"{re.escape(w)}(?=\\s*[，,：:「“\\u0000])"
                    for w in sorted(data_words("view_verbs.txt"), key=len, reverse=True)),
                  # data/wish_verbs.txt (期望…): only as a verb, never after 的 nor before a stop or a comma
                  *(f"(?<!的){re.escape(w)}(?![。，,；;！!？?、])"
                    for w in sorted(data_words("wish_verbs.txt"), key=len, reverse=True)),
                  *sorted(data_words("speech_verbs.txt"), key=len, reverse=True),
                  # data/subject_verbs.txt (感谢…): never after 的 (a noun); a clause they open is nobody's (rules._find)
                  *(f"(?<!的){re.escape(w)}" for w in sorted(data_words("subject_verbs.txt"), key=len, reverse=True)),
                  # data/speech_verbs_told.txt (告诉…): the one told (one to eight characters), then the words
                  *(f"(?<!被){re.escape(w)}(?=[^，,。；;：:！？!?\\s\\u0000“”「」]{{1,8}}[，,：:「“\\u0000])"
                    for w in sorted(data_words("speech_verbs_told.txt"), key=len, reverse=True))])
BOUNDARY = re.compile(r"[。！？!?；;，,：:\[\]【】《》\n]|——|\s{2,}")
# data/topic_leads.txt: words opening a clause that names what a reply answers (针对议员X指，…，他笑称)
TOPIC_LEADS = tuple(sorted(data_words("topic_leads.txt"), key=len, reverse=True))
TOPIC_LEAD = re.compile("^(?:" + "|".join(map(re.escape, TOPIC_LEADS)) + ")")
LEAD = re.compile(r"^(?:而|但|不过|并|且|对此|随后|同时|此外|另外|最后|其中|就此|为此|今天|昨天|目前|当天)+")
FIRST_PERSON = re.compile(r"(?<!自)我(?![市省区县镇乡村国校院厂司局部军党])|咱")  # 自我: oneself, not the speaker
TIME_LEAD = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}日|今天|昨天|当天|日前|近日|同一天|[赛会课事]后|赛前|会上)+")
# words that may follow a name (data/after_name.txt adds to the ones written here): where a name found after a title ends
_AFTER_NAME_WORDS = "".join(f"{re.escape(w)}|" for w in sorted(data_words("after_name.txt"), key=len, reverse=True))
_AFTER_NAME = re.compile(
    f"(?:{_AFTER_NAME_WORDS}{VERBS}|先生|女士|同志|代表|当地|一边|[赛会事]后|首先|随后|殷切|心里|非常|高兴|主持|出席|走访|调研|视察|考察|会见|看望|慰问|率队|带队|来到|笑着|笑著|接受|日前|近日|"
    f"[在对向于从和与、等的曾也还正今昨被以]|\\d|[:：，,。\\s（(“”]|$)"
)


HONORIFICS = "|".join(sorted(data_words("honorifics.txt"), key=len, reverse=True))
# honorifics that may only close a clause (丁世忠代表|说): elsewhere mostly a verb (张忠谋代表总统出席)
CLAUSE_HONORIFICS = "|".join(sorted(data_words("clause_honorifics.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    titles = sorted(set(data_words("titles.txt")), key=len, reverse=True)
    title_end = re.compile(f"(?:{'|'.join(map(re.escape, titles))})$", re.I)
    # the same alternation behind a one-character look-ahead (a title's first character): a
    # position no title starts at fails one class test, not every title in turn
    first = "".join(sorted({re.escape(t[0]) for t in titles}))
    title_any = re.compile(f"(?=[{first}])(?:{'|'.join(map(re.escape, titles))})", re.I)
    return title_end, title_any, frozenset(data_words("surnames.txt")), frozenset(data_words("nonpersons.txt"))


@lru_cache(maxsize=1)
def _lexicon_address() -> frozenset[str]:
    return frozenset(data_words("address.txt"))


@lru_cache(maxsize=1)
def _lexicon_roles() -> frozenset[str]:
    return frozenset(data_words("roles.txt"))


def title_end() -> re.Pattern:
    return _lexicon()[0]


@lru_cache(maxsize=4096)
def _tags(word: str) -> tuple[tuple[str, str], ...]:
    return pos_tags(word)


@cache  # a few small files, each read once: hot readers (clause_not_name) call it per name
def _keyed_data(name: str) -> dict[str, tuple[str, ...]]:
    """A word list of ``key: words`` lines (data/datelines.txt): key → its words, longest first."""
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, words = line.partition(":")
            out[key.strip()] = tuple(sorted(words.split(), key=len, reverse=True))
    return out


def credited_title(title: str) -> bool:
    """Does ``title`` end in a word of a reporter's credit (data/datelines.txt ``byline``: 记者, 摄影):
    who wrote or shot the story (记者刘某、杨某摄), not someone it is about?"""
    return title.endswith(_keyed_data("datelines.txt").get("byline", ()))


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern:
    """A reporter's credit in brackets ((记者 子京), （实习生 李四）): the words of data/datelines.txt's
    ``byline`` key."""
    words = "|".join(map(re.escape, _keyed_data("datelines.txt").get("byline", ())))
    return re.compile(f"[(（][^()（）]{{0,20}}(?:{words})[^()（）]{{0,20}}[)）]")


@lru_cache(maxsize=1)
def _short_titles() -> frozenset[str]:
    return frozenset(data_words("short_titles.txt"))


def word_starts(text: str) -> frozenset[int]:
    """Offsets where jieba starts a word in a short ``text`` (a clause, never a paragraph)."""
    return _token_starts(text)


@lru_cache(maxsize=4096)
def _token_starts(text: str) -> frozenset[int]:
    """Offsets where jieba starts a word: a name found inside ``text`` must start at one."""
    out, pos = {0}, 0
    for w in cut(text):  # jieba.lcut's words: word boundaries need no part-of-speech tagging
        pos += len(w)
        out.add(pos)
    return frozenset(out)


_HONORIFIC = re.compile(f"(?:{HONORIFICS})")


def _occurrences(word: str, s: str) -> Iterator[int]:
    """Where ``word`` occurs in ``s``, left to right, not overlapping (as re.finditer finds it)."""
    if not word:
        yield from (m.start() for m in re.finditer("", s))
        return
    at = s.find(word)
    while at >= 0:
        yield at
        at = s.find(word, at + len(word))


@lru_cache(maxsize=1)
def _lexicon_title_words() -> frozenset[str]:
    return frozenset(data_words("titles.txt"))


def title_words() -> frozenset[str]:
    """The title words and short titles (data/titles.txt, data/short_titles.txt): what may stand
    after a surname in a reference (詹书记, 邱导)."""
    return _lexicon_title_words() | _short_titles()

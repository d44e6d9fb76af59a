"""Who can be a speaker: the lexicon (titles, surnames, group words) and person mentions.

A person mention is a title ending in a title word (data/titles.txt) followed by a name,
a name followed by an honorific title (习近平总书记, 欧阳明高院士), or a bare name that
starts with a surname (data/surnames.txt), is no group word (data/nonpersons.txt) and that
jieba does not read as a common word or a place. Transliterated names join their parts
with · or - (比尔·盖茨, 卡罗琳·罗德里格斯-伯基特). ``speakers.Attributor`` uses these to
decide who said each paragraph. Everything here works on simplified text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..models import Speaker
from ..text import to_simplified

CJK = r"\u4e00-\u9fff"
NAME_SEP = "·•\\-－"
VERBS = (
    "告诉记者|介绍说|补充说|回答说|解释说|强调说|表示说|坦言|直言|透露|说道|问道|答道|谈到|谈及"
    "|发表声明|发表讲话|发表演讲|表示|指出|介绍|认为|强调|呼吁|宣布|重申|提出|回应|补充|解释|表态"
    "|感慨|感叹|坦承|称|说|希望|要求|寄语|提醒|建议|承认|发言|谈道|分析|预计|相信|提到|提及|写道|撰文"
    "|补充道|解释道|强调道|回忆道|感叹道|感慨道|笑道|勉励|叮嘱|嘱咐|告诫"
)
BOUNDARY = re.compile(r"[。！？!?；;，,：:\[\]【】《》\n]|——|\s{2,}")
LEAD = re.compile(r"^(?:而|但|并|且|对此|随后|同时|此外|另外|最后|其中|就此|为此|今天|昨天|目前|当天)+")
TIME_LEAD = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|今天|昨天|当天|日前|近日|同一天)+")
_AFTER_NAME = re.compile(
    f"(?:{VERBS}|先生|女士|同志|代表|当地|一边|[赛会事]后|首先|随后|殷切|心里|非常|高兴|主持|出席|笑着|接受|日前|近日|"
    f"[在对向于从和与、等的曾也还正今昨被以]|\\d|[:：，,。\\s（(“”]|$)"
)
_STRICT_AFTER = re.compile(f"(?:{VERBS}|\\d{{1,2}}日|当地时间|[:：“，,])")
_ORG_END = "员会部局院委办厅社所组队团司处省市县区镇乡村党网台报馆站厂场校州"
HONORIFICS = "总书记|主席|总理|副总理|总统|国务委员|委员长|外长|首相|秘书长|大使|书记|部长|市长|省长|院士|教授"
_NOT_NAME_FLAGS = {"n", "v", "vn", "d", "c", "p", "ns", "nt", "m", "t", "r", "f", "s", "u", "uj", "ul",
                   "a", "ad", "an", "i", "l", "z", "q"}
_FUNCTION_FLAGS = {"p", "c", "u", "uj", "ul", "r", "d", "m", "t", "f", "q"}


def _data(name: str) -> list[str]:
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    titles = sorted(set(_data("titles.txt")), key=len, reverse=True)
    title_end = re.compile(f"(?:{'|'.join(map(re.escape, titles))})$", re.I)
    title_any = re.compile(f"(?:{'|'.join(map(re.escape, titles))})", re.I)
    return title_end, title_any, frozenset(_data("surnames.txt")), frozenset(_data("nonpersons.txt"))


@lru_cache(maxsize=1)
def _lexicon_address() -> frozenset[str]:
    return frozenset(_data("address.txt"))


@lru_cache(maxsize=1)
def _lexicon_roles() -> frozenset[str]:
    return frozenset(_data("roles.txt"))


def title_end() -> re.Pattern:
    return _lexicon()[0]


@lru_cache(maxsize=8192)
def _simplify_char(c: str) -> str:
    s = to_simplified(c)
    return s if len(s) == 1 else c


def simplify_aligned(text: str) -> str:
    """Traditional → simplified one character at a time, so offsets stay aligned."""
    return "".join(_simplify_char(c) for c in text)


@lru_cache(maxsize=4096)
def _tags(word: str) -> tuple[tuple[str, str], ...]:
    import jieba.posseg as pseg

    return tuple((t.word, t.flag) for t in pseg.lcut(word))


def _reads_as_words(word: str) -> bool:
    """jieba reads a candidate without a surname as common words (心态, 首先) or a place."""
    tags = _tags(word)
    if not tags or tags[0][1] in ("p", "c", "u", "r", "d"):
        return True
    return any(len(w) >= 2 and f in _NOT_NAME_FLAGS for w, f in tags)


def _surname_name_reads_as_words(name: str, surname: str, after_title: bool = False) -> bool:
    """A surname + given name is no name when jieba reads it as one common word (常州, 高兴)
    or the given name holds a function word (有什么). A given name that is itself a word
    stays a name (詹|建平, 吴|向东), and so does a surname jieba tags as a place (欧阳|伟杰)."""
    tags = _tags(name)
    if not tags:
        return True
    if len(tags) == 1:  # after a title, a noun or place tag is no veto (演员吴京: 吴京/ns, 校长金力: 金力/n)
        return tags[0][1] in (_NOT_NAME_FLAGS - {"ns", "n"} if after_title else _NOT_NAME_FLAGS)
    rest = tags[1:] if tags[0][0].startswith(surname) else tags
    if tags[0][1] in _FUNCTION_FLAGS and len(tags[0][0]) > len(surname):
        return True
    if len(tags[-1][0]) == 1 and tags[-1][0] in "则也还就都又却便再亦曾正均仍":
        return True  # 崔康熙则: a name, then an adverb (but 王章|立 is a name)
    return any(len(w) >= 2 and f in _FUNCTION_FLAGS - {"d"} | {"nt", "s"} for w, f in rest)


def surname_of(name: str) -> str | None:
    surnames = _lexicon()[2]
    if name[:2] in surnames:
        return name[:2]
    return name[:1] if name[:1] in surnames else None


def is_transliterated(name: str) -> bool:
    return bool(re.search(f"[{NAME_SEP}]", name))


def plausible_name(
    name: str, known: dict[str, str | None], after_title: bool, strict: bool = True
) -> bool:
    """Could ``name`` be a person's name? Looser right after a title word."""
    nonpersons = _lexicon()[3]
    if not name or name in nonpersons:
        return False
    if is_transliterated(name):
        parts = re.split(f"[{NAME_SEP}]", name)
        return 2 <= len(parts) <= 4 and all(re.fullmatch(f"[{CJK}]{{1,8}}", p) for p in parts)
    if not re.fullmatch(f"[{CJK}]{{2,6}}", name) or name[-1] in _ORG_END:
        return False
    if name in known:
        return True
    if title_end().fullmatch(name) or len(name) >= 3 and title_end().search(name):
        return False  # 王副厅长, 詹书记: a surname and a title, not a name
    surname = surname_of(name)
    if len(name) == 2 and name[0] in "老小" and surname_of(name[1]):
        return False  # 老王, 小周: a person, but not named
    if surname and name[len(surname):] in _lexicon_address():
        return False  # 张大爷, 王女士: a person, but not named
    if len(name) <= 4 and surname:
        return not name.endswith("们") and not _surname_name_reads_as_words(name, surname, after_title)
    if after_title and not _reads_as_words(name):
        return strict and not _lexicon()[1].search(name)  # 皮特, 阿尔瓦雷斯: only at a clause end
    return False


def clean_title(title: str) -> str | None:
    title = re.split(f"(?<=[{CJK}])\\s+(?=[{CJK}])", title.strip())[-1]  # a headline's parts (…举行 校长)
    title = re.sub(r"\s+", "", title)
    # a verb that takes a person as its object ends the words before the title
    # (…战胜克罗地亚选手维基奇, …会见了美国国务卿…)
    title = re.split(
        r"[的了由据是到|｜]|来到|邀请|称赞|消息|电|专访|采访|对话|走访|会见|会晤|访问|战胜|击败|负于|接见|陪同|看望|慰问"
        r"|率领|带领|祝贺|感谢|表彰|任命|授予",
        title,
    )[-1]
    title = TIME_LEAD.sub("", LEAD.sub("", title)).strip("、，, —-–")
    return title if title and title_end().search(title) else None


def by_surname_and_title(surname: str, honorific: str, known: dict[str, str | None]) -> Speaker | None:
    """詹书记, 王副厅长, 欧阳教授: the person of that surname whose title ends so."""
    core = re.sub(r"^(?:常务副|副|总|代)", "", honorific)
    for full, title in reversed(known.items()):
        if surname_of(full) == surname and len(full) > len(surname) and title and core in title:
            return Speaker(full, title)
    return None


def person_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """The person a clause ends with: [title] NAME, NAME + honorific, or a bare name."""
    pre = re.sub(r"\s+", "", pre)
    if not pre:
        return None
    # Shortest name first; a transliterated name (帕丝卡莱·贝里斯维尔) may start anywhere.
    m = re.search(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+$", pre)
    lengths = list(range(2, min(7, len(pre) + 1)))
    if m:
        whole = m.group()
        first = re.split(f"[{NAME_SEP}]", whole)[0]
        lengths = [len(whole) - i for i in range(len(first) - 1, -1, -1)] + lengths
    for k in lengths:
        name, head = pre[-k:], pre[:-k]
        head = head.removesuffix("的")  # 如今已是浙江大学博士研究生的叶晨曦
        if head and title_end().search(head) and plausible_name(name, known, after_title=True):
            return Speaker(name, clean_title(head) or known.get(name))
    if plausible_name(pre, known, after_title=False):
        return Speaker(pre, known.get(pre))
    for k in lengths:
        if pre[-k:] in known and k < len(pre):  # a person named before (对手维基奇 → 维基奇)
            return Speaker(pre[-k:], known[pre[-k:]])
    # NAME + honorific (习近平总书记, 欧阳明高院士) or surname + title (詹书记, 王副厅长).
    for i in range(1, len(pre) - 1):
        name, honorific = pre[:i], pre[i:]
        if not re.fullmatch(f"(?:常务副|副|总|代)?(?:{HONORIFICS}|{title_end().pattern[:-1]})", honorific):
            continue
        if surname_of(name) == name:
            return by_surname_and_title(name, honorific, known)
        if not re.fullmatch(f"(?:{HONORIFICS})", honorific):
            continue  # 白宫发言人, 该公司董事长: an organisation's unnamed officer
        cuts = _token_starts(name)
        for j in range(max(0, len(name) - 4), len(name) - 1):
            if j in cuts and plausible_name(name[j:], known, after_title=False):
                return Speaker(name[j:], known.get(name[j:]) or (honorific if j == 0 else None))
    return _jieba_person_at_end(pre, known)


def _token_starts(text: str) -> set[int]:
    """Offsets where jieba starts a word: a name found inside ``text`` must start at one."""
    out, pos = {0}, 0
    for w, _ in _tags(text):
        pos += len(w)
        out.add(pos)
    return out


@lru_cache(maxsize=4096)
def _nr_tail(pre: str) -> str | None:
    import jieba.posseg as pseg

    tags = pseg.lcut(pre)
    if len(tags) >= 2 and tags[-1].flag == "nr":
        return tags[-1].word
    if len(tags) >= 3 and tags[-2].flag == "nr" and len(tags[-2].word) == 1 and len(tags[-1].word) <= 2:
        return tags[-2].word + tags[-1].word  # 农户|李|春生
    return None


def unnamed_person(text: str) -> bool:
    """Does ``text`` speak of a person without a name (刘女士, 张大爷, 患者, 该负责人)?"""
    roles = _lexicon_roles()
    if any(r in text for r in roles):
        return True
    address = "|".join(map(re.escape, sorted(_lexicon_address(), key=len, reverse=True)))
    return any(surname_of(m.group(1)) for m in re.finditer(f"([{CJK}]{{1,2}})(?:{address})", text))


def _jieba_person_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """A name jieba tags as a person after a description it reads as words (快递小哥张伟)."""
    name = _nr_tail(pre)
    if name and 2 <= len(name) <= 4 and plausible_name(name, known, after_title=True):
        return Speaker(name, known.get(name))
    return None


def mentions(s: str, known: dict[str, str | None]) -> list[tuple[int, Speaker]]:
    """Persons named in simplified text, with offsets: title + name, name + honorific, known names."""
    title_any = _lexicon()[1]
    found: dict[int, Speaker] = {}
    for m in title_any.finditer(s):
        start = m.end()
        while start < len(s) and s[start] == " ":
            start += 1
        tm = re.match(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+", s[start:])
        lengths = [len(n) for n in known if s.startswith(n, start)]
        if tm:  # the last part may run into the words after it (吾买尔在乌鲁木齐)
            last = re.split(f"[{NAME_SEP}]", tm.group())[-1]
            lengths += [len(tm.group()) - i for i in range(len(last) - 1, -1, -1)]
        for k in lengths + [2, 3, 4, 5, 6]:
            name = s[start : start + k]
            follow = s[start + k : start + k + 4]
            strict = bool(_STRICT_AFTER.match(follow))
            if len(name) < k or not plausible_name(name, known, after_title=True, strict=strict):
                continue
            if not _AFTER_NAME.match(follow):
                continue
            clause = BOUNDARY.split(s[: m.end()])[-1]
            title = clean_title(clause)
            if title:
                found.setdefault(start, Speaker(name, title))
            break
    cuts = None
    for m in re.finditer(f"([{CJK}]{{2,4}}?)(?:{HONORIFICS})", s):
        for k in (4, 3, 2):
            name = m.group(1)[-k:]
            if len(name) < k or k == 4 and len(surname_of(name) or "") < 2:
                continue
            cuts = cuts if cuts is not None else _token_starts(s)
            if m.end(1) - k not in cuts and name not in known:
                continue  # 清华大学教授: 华大学 starts inside a word
            if plausible_name(name, known, after_title=False) and m.end(1) - k not in found:
                found.setdefault(m.end(1) - k, Speaker(name, known.get(name) or s[m.end(1) : m.end()]))
                break
    for name, title in known.items():
        for m in re.finditer(re.escape(name), s):
            if not any(p <= m.start() < p + len(sp.name) for p, sp in found.items()):
                found.setdefault(m.start(), Speaker(name, title))
    return sorted(found.items())

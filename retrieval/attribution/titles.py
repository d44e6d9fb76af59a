"""What a person's title is: the clause before a name cleaned down to the title (``clean_title``:
datelines, credits, owners' 的, break words, companions and offices run for cut away), the title
after a name (``title_after_name``), a fuller or a generic title, a role word or a surname and short
title for a person the page introduced (``by_role``, ``by_surname_and_title``), and the titled
person a clause ends with (``person_at_end``). ``clean_title`` stops a list of titles at a titled
person (集团董事长丁山华、|总经理), which asks ``person_at_end``, and ``person_at_end`` reads its
title with ``clean_title``: the two ask each other, so they live together here."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..models import Speaker
from .latin import latin_name
from .names import (
    _NAME_SEP_RE,
    _ends_unnamed,
    _jieba_person_at_end,
    _last_parts,
    _name_prefixes,
    latin_word_at,
    plausible_name,
    surname_of,
)
from .simplified import simplify_aligned
from .words import (
    BOUNDARY,
    CJK,
    CLAUSE_HONORIFICS,
    HONORIFICS,
    LATIN,
    LEAD,
    NAME_SEP,
    SIGNALS,
    TIME_LEAD,
    TOPIC_LEAD,
    _credit_re,
    _keyed_data,
    _lexicon,
    _lexicon_address,
    _short_titles,
    _token_starts,
    data_words,
    pos_tags,
    title_end,
)

_SPACES = re.compile(r"\s+")
_LATIN_END = re.compile(f"[{LATIN}]$")


_TRANSLITERATED_AT_END = re.compile(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+$")


def clean_title(title: str) -> str | None:
    return _clean_title(title)


def object_title(clause: str) -> bool:
    """Does ``clause`` end with a title that is the object of an act (入围最佳导演, 参选特首)?
    The name after it is still a person's, with no title."""
    return _clean_title(clause) is None and _clean_title(clause, False) is not None


@lru_cache(maxsize=8192)
def _clean_title(title: str, objects: bool = True) -> str | None:
    # a reporter's credit in brackets ((记者 子京), （通讯员 王芳）) ends the words before the title
    title = _credit_re().sub("/", title)
    if (close := max(title.rfind(")"), title.rfind("）"))) >= 0 and not re.search("[(（]", title[:close]):
        title = title[close + 1 :]  # 子京)中国侨联主席: a bracket opened before the clause closes there
    title = re.split(f"(?<=[{CJK}])\\s+(?=[{CJK}])", title.strip())[-1]  # a headline's parts (…举行 校长)
    title = re.sub(r"\s+", "", title)
    # a bracket closing a byline (〔记者某某/台北报导〕), a bullet (…一览●), a slash or a date
    # (date 2025-09-01 立委, date 2020-01 特首) ends the words before the title
    title = re.split(r"[〕】］\]●■◆►★☆•/／]|\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{4}[-/.]\d{1,2}(?!\d)", title)[-1]
    title = _dateline_re().split(title)[-1]  # 香港文汇报讯, 新华社北京3月5日电
    title = _after_lone_dian(title)  # …电 of a dateline with no day (中新社香港电) — not 东元电机, 电电公会
    title = _owned(title)  # 中国体操队的总教练: the 的 of an organisation's title stays
    # a verb that takes a person as its object ends the words before the title
    # (…战胜克罗地亚选手维基奇, …会见了美国国务卿…)
    pieces = re.split(
        r"([的了由据是到|｜]|来到|邀请|称赞|专访|采访|对话|走访|会见|会晤|访问|战胜|击败|负于|接见|陪同|看望|慰问"
        r"|率领|带领|祝贺|感谢|表彰|任命|授予|还有|[她他其并])",
        title,
    )
    title = pieces[-1].replace(_OWNED, "的")
    if len(pieces) > 1 and pieces[-2] == "的" and "、" in title and title_end().fullmatch(title.split("、")[0]):
        title = title.split("、", 1)[1]  # 汽车业的代表、|浙江吉利控股集团董事长: the 代表 is the car industry's
    title = _after_companion(title)
    title = _after_last_break(title)
    if objects and _object_title(title):
        return None  # 被问参选特首, 入围最佳导演: an office run for, a prize — not the person's title
    title = re.sub(r"^[^\w《“]+", "", title)  # ▲ of a caption, bullets
    title = TIME_LEAD.sub("", LEAD.sub("", title)).strip("、，, —-–")
    title = TOPIC_LEAD.sub("", title)  # 针对|行动党议员(杨巧双指): the reply's topic, no part of the title
    title = _after_listed_person(title)
    if (both := title.find("兼")) > 0 and not title_end().search(title[:both]) and not _shared_office(title, both):
        title = title[both + 1 :]  # 妻子兼|制片人: only a title holds a second one (主席兼部长)
    parts = title.split("、")
    kept = parts[-1]
    for part in reversed(parts[:-1]):  # 党组成员、副局长; not 集团董事长丁山华、|总经理 (another person)
        bare = re.sub(r"[（(][A-Za-z]{2,10}[）)]", "", part)  # 公共事务会(FAPA)洛杉矶分会长: an acronym belongs to it
        if re.search(r"[()（）「」“”]", bare) or not re.search(f"[{CJK}]", part) \
                or not title_end().search(part) and _titled_person_at_end(part):  # 9m88、|监制: a stage name
            break
        kept = f"{part}、{kept}"
    title = kept
    return title if title and title_end().search(title) else None


_OWNED = "\u0000"


def _shared_office(title: str, both: int) -> bool:
    """Does the 兼 at ``both`` join two organisations of one office (内政部兼|律政部部长, 财政局兼|税务局局长:
    the words before it end with the character the title word after it opens with)?"""
    plain = simplify_aligned(title)
    end = title_end().search(plain, both + 1)
    return both >= 2 and end is not None and end.group()[:1] == plain[both - 1]


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern:
    """A dateline inside a title's clause (data/datelines.txt): an outlet word or a day, then a
    marker — 香港文汇报|讯, 新华社北京3月5日|电, 本报|讯 (a 电 after anything else: ``_after_lone_dian``)."""
    words = _keyed_data("datelines.txt")
    before = "|".join(map(re.escape, (*words.get("self", ()), *words.get("suffix", ()))))
    markers = "|".join(map(re.escape, words.get("marker", ())))
    return re.compile(f"(?:\\d{{1,2}}日|{before})(?:{markers})")


def _after_lone_dian(title: str) -> str:
    """What follows the last 电 jieba reads as a word of its own (中新社香港|电|外交部发言人); a 电
    inside a word (东元|电机, 电电|公会, 国家电网) ends nothing."""
    if "电" not in title:
        return title
    import jieba

    words = jieba.lcut(title)
    last = max((i for i, w in enumerate(words[:-1]) if w == "电"), default=None)
    return title if last is None else "".join(words[last + 1 :])


@lru_cache(maxsize=1)
def _owner_words() -> tuple[str, ...]:
    return tuple(sorted(data_words("title_owners.txt"), key=len, reverse=True))


def _owned(title: str) -> str:
    """``title`` with each 的 after an organisation's name (data/title_owners.txt: 中国体操队|的|总教练,
    …有限公司|的|董事长) marked, so that it does not end the words before the title."""
    if "的" not in title:
        return title
    owners = _owner_words()
    return re.sub(r"(?<=[^的])的(?=[^的])", lambda m: _OWNED if title[: m.start()].endswith(owners) else "的", title)


def _after_companion(title: str) -> str:
    """What follows the last 与 (特朗普与|英国首相), unless the 与 joins two parts of one
    organisation's name (中国科学院地质与地球物理研究所研究员: a word jieba reads as a noun before
    it, and an organisation word of data/title_owners.txt after it, before the title word)."""
    at = title.rfind("与")
    while at > 0:
        head, tail = title[:at], title[at + 1 :]
        end = title_end().search(tail)
        body = tail[: end.start()] if end else ""
        words = pos_tags(head)
        inside = bool(words) and words[-1][1] in ("n", "nz", "l", "vn") and not title_end().search(head) \
            and any(w in body for w in _owner_words())
        if not inside:
            return tail
        at = title.rfind("与", 0, at)
    return title


def _after_listed_person(title: str) -> str:
    """What follows the last 及/和 that comes after a titled person (中国侨联主席万立骏及|副主席,
    导演白雪和|资深策展人); a 及 inside a title stays (食物及卫生局局长)."""
    for m in reversed(list(re.finditer("[及和]", title))):
        if m.start() >= 3 and _titled_person_at_end(title[: m.start()]):
            return title[m.end() :]
    return title


@lru_cache(maxsize=1)
def _object_words() -> frozenset[str]:
    return frozenset(data_words("title_objects.txt"))


def _object_title(title: str) -> bool:
    """Does a word of data/title_objects.txt (参选, 入围, 被问) stand before the title word — the
    title then names an office run for or a prize, not what the person holds?"""
    end = title_end().search(title)
    if end is None or not any(w in title for w in _object_words()):
        return False
    return any(word in _object_words() for word, _ in pos_tags(title[: end.start()]))


def _titled_person_at_end(text: str) -> bool:
    """Does ``text`` end with a title and a name (集团董事长丁山华)?"""
    sp = person_at_end(text, {})
    if sp is not None and sp.title is not None:
        return True
    # 互助委员会主席黄先生|和: a title, then a surname and an address term (data/address.txt)
    for k in (1, 2):
        head, rest = text[: -k - 2], text[-k - 2 :]
        if len(head) >= 2 and surname_of(rest[:k]) == rest[:k] and rest[k:] in _lexicon_address() \
                and title_end().search(head):
            return True
    return False


@lru_cache(maxsize=1)
def _title_breaks() -> frozenset[str]:
    return frozenset(data_words("title_breaks.txt"))


@lru_cache(maxsize=4096)
def _after_last_break(title: str) -> str:
    """What follows the last break word (data/title_breaks.txt) jieba reads as a word of its own."""
    import jieba

    words = jieba.lcut(title)
    breaks = _title_breaks()
    for i in range(len(words) - 2, -1, -1):
        if words[i] == "会" and i and _names_organisation(words[i - 1]):
            continue  # 台湾人公共事务|会|洛杉矶分会长: the 会 of an association, not "will"
        if words[i] in breaks and len(words[i + 1]) >= 2:
            return "".join(words[i + 1 :])
        if words[i] in breaks and words[i + 1] in ("和", "同", "跟", "与") and i + 2 < len(words):
            return "".join(words[i + 2 :])  # 会|和|国务院总理
    return title


def _names_organisation(word: str) -> bool:
    """Does jieba read ``word`` as a noun or a name (公共事务, 侨联) — what an association's 会 follows?"""
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] in ("n", "nt", "nz", "ns", "j", "l")


@lru_cache(maxsize=1)
def _role_aliases() -> dict[str, str]:
    text = resources.files("retrieval").joinpath("data/role_aliases.txt").read_text("utf-8")
    pairs = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {p[0]: p[1] for p in pairs if len(p) == 2}


_DEMONSTRATIVE = re.compile(r"^(?:这位|那位|该名|该|此位|这名)")


def by_role(core: str, known: dict[str, str | None]) -> Speaker | None:
    """这位院士, 这位美国总统, 特首: the one person the page introduced with that title."""
    rest = _DEMONSTRATIVE.sub("", core)
    aliases = _role_aliases()
    word = next((a for a in sorted(aliases, key=len, reverse=True) if rest.endswith(a)), None)
    if word is not None:
        qualifier, wanted = rest[: -len(word)], (aliases[word], word)
    elif rest != core and (m := title_end().search(rest)):
        qualifier, wanted = rest[: m.start()], (m.group(),)
    else:
        return None  # a bare title (院长表示) names nobody
    if len(qualifier) > 8:
        return None
    people = {n: t for n, t in known.items() if t and any(w in t for w in wanted) and qualifier in t}
    if len(people) != 1:
        return None
    name, title = next(iter(people.items()))
    return Speaker(name, title)


def by_surname_and_title(surname: str, honorific: str, known: dict[str, str | None]) -> Speaker | None:
    """詹书记, 王副厅长, 欧阳教授, 沈总, 邱导: the person of that surname whose title ends so (a
    short title may stand for other words, data/short_title_aliases.txt: 导 → 教练)."""
    core = honorific if honorific in _short_titles() else re.sub(r"^(?:常务副|副|总|代)", "", honorific)
    words = (core, *_short_title_aliases().get(core, ()))
    for full, title in reversed(known.items()):
        if surname_of(full) == surname and len(full) > len(surname) and title and any(w in title for w in words):
            return Speaker(full, title)
    return None


@lru_cache(maxsize=1)
def _short_title_aliases() -> dict[str, tuple[str, ...]]:
    text = resources.files("retrieval").joinpath("data/short_title_aliases.txt").read_text("utf-8")
    rows = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {r[0]: tuple(r[1:]) for r in rows if len(r) >= 2}


def person_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """The person a clause ends with: [title] NAME, NAME + honorific, or a bare name. The same
    clause is asked about again and again (each reading of a page, each rule), with the same
    names known: answered once (a function of the clause, the known names and their titles)."""
    return _person_at_end(pre, tuple(known.items()), SIGNALS)


@lru_cache(maxsize=1 << 14)
def _person_at_end(pre: str, known_items: tuple[tuple[str, str | None], ...], signals: frozenset) -> Speaker | None:
    return _person_at_end_of(pre, dict(known_items))


def _person_at_end_of(pre: str, known: dict[str, str | None]) -> Speaker | None:
    if (latin := _known_latin_at_end(pre, known)) is not None:
        return latin
    pre = _SPACES.sub("", pre)
    for short in _short_titles():  # 沈总, 郭董: a person the page introduced, else nobody
        if not pre.endswith(short):
            continue
        head = pre[: -len(short)]
        if surname_of(head) == head:
            return by_surname_and_title(head, short, known)
        for k in (2, 1):  # date 2019-02 郭董: the reference closes a longer clause
            if len(head) > k and surname_of(head[-k:]) == head[-k:]:
                found = by_surname_and_title(head[-k:], short, known)
                if found is not None:
                    return found
    if not pre or _ends_unnamed(pre):
        return None
    # Shortest name first; a transliterated name (帕丝卡莱·贝里斯维尔) may start anywhere.
    m = _TRANSLITERATED_AT_END.search(pre)
    lengths = list(range(2, min(7, len(pre) + 1)))
    if m:
        whole = m.group()
        first = _NAME_SEP_RE.split(whole)[0]
        lengths = [len(whole) - i for i in range(len(first) - 1, -1, -1)] + lengths
    if (part := _known_last_part_at_end(pre, known)) is not None:
        return part  # (before the shorter readings: 化学家|卡尔松 is the 约翰·卡尔松 the page names)
    for k in lengths:
        name, head = pre[-k:], pre[:-k]
        if any(len(p) > k and pre.endswith(p) for p in _name_prefixes()):
            continue  # 首相拿督斯里(指出): the honorific ends the clause, its name left out — 斯里 is none
        head = head.removesuffix("的")  # 如今已是浙江大学博士研究生的叶晨曦
        head = next((head[: -len(p)] for p in _name_prefixes() if head.endswith(p)), head)  # 拿督
        if head and "title" in SIGNALS and title_end().search(head) and plausible_name(name, known, after_title=True):
            return Speaker(name, clean_title(head) or known.get(name))
    if plausible_name(pre, known, after_title=False):
        return Speaker(pre, known.get(pre))
    for k in lengths:
        if pre[-k:] in known and k < len(pre):  # a person named before (对手维基奇 → 维基奇)
            return Speaker(pre[-k:], known[pre[-k:]])
    # NAME + honorific (习近平总书记, 欧阳明高院士) or surname + title (詹书记, 王副厅长, 沈总).
    for i in range(1, len(pre) - 1) if "honorific" in SIGNALS else ():
        name, honorific = pre[:i], pre[i:]
        if not _honorific_or_title().fullmatch(honorific):
            continue
        if surname_of(name) == name:
            return by_surname_and_title(name, honorific, known)
        if not _clause_honorific().fullmatch(honorific):
            continue  # 白宫发言人, 该公司董事长: an organisation's unnamed officer
        if _honorific_or_title().fullmatch(name[-1] + honorific):
            continue  # 该公司总|经理: the rank (总, 副, 代) is the title's — no name ends in it
        cuts = _token_starts(name)
        for j in range(max(0, len(name) - 4), len(name) - 1):
            if j in cuts and plausible_name(name[j:], known, after_title=False, honorific=True):
                return Speaker(name[j:], known.get(name[j:]) or honorific)
    # a full name + an address term (村民陈玉芬大娘, 杨元庆先生): that person; 王先生 alone names nobody
    for word in sorted(_lexicon_address(), key=len, reverse=True):
        if len(word) >= 2 and pre.endswith(word) and len(pre) > len(word) + 2:
            sp = person_at_end(pre[: -len(word)], known)
            if sp is not None and len(sp.name) > len(surname_of(sp.name) or sp.name):
                return sp
            break
    return _jieba_person_at_end(pre, known)


def _known_latin_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """A name in Latin letters the page showed to be a person's (latin.py) ending the clause, as a
    word of its own (埃塞俄比亚跑手Bizuneh·Melaku·Belachew, CEO Tim·Cook): that person, with the title
    right before it if any."""
    pre = pre.rstrip()
    if not pre[-1:].isascii():
        return None
    for name, title in known.items():
        if not latin_name(name) or not pre.endswith(name):
            continue
        head = _SPACES.sub("", pre[: -len(name)])
        if _LATIN_END.search(pre[: -len(name)]) and not _latin_title_end(head):
            continue  # (Kong of Hongkong; but CEO Tim·Cook, read here as CEOTim·Cook: a title in Latin letters)
        if head and "title" in SIGNALS and title_end().search(head):
            return Speaker(name, clean_title(head) or title)
        return Speaker(name, title)
    return None


def _latin_title_end(head: str) -> bool:
    """Does ``head`` end with a title word written in Latin letters as a word of its own (苹果CEO)?"""
    m = title_end().search(head) if "title" in SIGNALS else None
    return m is not None and m.group().isascii() and not _LATIN_END.search(head[: m.start()])


def _known_last_part_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """The transliterated name the page writes in full whose last part ends the clause, alone or
    right after a title word (德国天体物理学家|根策尔 for the 莱因哈德·根策尔 the page names): the
    last part stands for the whole, as in ``mentions`` (``_last_parts``)."""
    parts = _last_parts(tuple(known.items()))
    if not parts:
        return None
    for part, (name, title) in parts.items():
        if not pre.endswith(part):
            continue
        head = pre[: -len(part)]
        if not latin_word_at(pre, len(head), part):
            continue  # (Kong is no word of Hongkong)
        if not head:
            return Speaker(name, title)
        if "title" in SIGNALS and title_end().search(head):
            return Speaker(name, clean_title(head) or title)
    return None


@lru_cache(maxsize=1)
def _honorific_or_title() -> re.Pattern:
    """An honorific or a title word, perhaps 副/总/代 first (詹书记, 王副厅长: after a surname)."""
    return re.compile(f"(?:常务副|副|总|代)?(?:{HONORIFICS}|{title_end().pattern[:-1]})")


@lru_cache(maxsize=1)
def _clause_honorific() -> re.Pattern:
    return re.compile(f"(?:{HONORIFICS}|{CLAUSE_HONORIFICS})")


def title_before(text: str) -> str | None:
    """The title ``text`` ends with, in the clause it stands in (…，据国家统计局新闻发言人 → 国家统计局新闻发言人)."""
    return clean_title(_title_clause(text))


def names_follow(after: str) -> bool:
    """Does ``after`` (the words after a title) open with a person's name?"""
    after = re.sub(r"^\s+", "", after)
    return any(plausible_name(after[:k], {}, after_title=True) for k in (2, 3, 4) if len(after) >= k)


_AS_ROLE = re.compile(r"^[^，。；！？,;!?]{0,12}?以([^，。；！？,;!?以]{2,30}?)身份")


def title_after_name(after: str) -> tuple[int, str] | None:
    """A title the words after a name give it, with its offset in ``after``: a title word jieba
    reads as a noun right after the name (陈丽娟|庭长, 华春莹|司长), or 以…身份 in the same clause
    (郭卫民第五次以|全国政协会议新闻发言人|身份)."""
    m = _lexicon()[1].match(after)
    if m is not None and m.group() not in _lexicon_address():  # 沙丹老师: a form of address
        # not a verb's object after it (张三代表|球队领奖)
        tags = pos_tags(after[: m.end() + 4])
        if tags and tags[0][0] == m.group() and tags[0][1] in ("n", "nr", "nz", "nt") \
                and (len(tags) == 1 or not tags[1][1].startswith(("n", "v")) or _speech_verb_follows(after[m.end() :])):
            return 0, m.group()
    role = _AS_ROLE.match(after) or _LISTED_ROLE.match(after)
    if role is not None and clean_title(role.group(1)) == role.group(1):
        return role.start(1), role.group(1)
    return None


def _speech_verb_follows(rest: str) -> bool:
    """Do ``rest``'s words open with a speech verb (刘某导演|说, 熊某指导员|透露)? The word before
    is then the speaker's title, not a verb taking an object (张三代表|球队领奖)."""
    return bool(rest) and _speech_verb_start().match(rest) is not None


@lru_cache(maxsize=1)
def _speech_verb_start() -> re.Pattern:
    words = sorted(data_words("speech_verbs.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ("说", *words))) + ")")


# a name, a blank and its title on a line of a list (5位企业家是：/ 王兴兴 杭州某某科技公司创始人)
_LISTED_ROLE = re.compile(r"^[ \t\u3000]+([^\s，。；！？,;!?：:“”「」]{2,30})(?:$|\n|[，。；,;])")


def _title_right_before(s: str, pos: int) -> str | None:
    """The title written right before the name at ``pos`` (全国政协常委、无党派民主人士|徐至展委员),
    else None."""
    clause = _title_clause(s[:pos])
    if not clause or not title_end().search(clause):
        return None
    title = clean_title(clause)
    return title if title and clause.endswith(title) else None


@lru_cache(maxsize=1)
def _generic_words() -> tuple[str, ...]:
    return tuple(data_words("generic_titles.txt"))


def generic_title(title: str | None) -> bool:
    """Does ``title`` name a kind of person rather than a post (企业负责人, 党代表, 横山法庭的法官:
    data/generic_titles.txt)?"""
    return bool(title) and title.endswith(_generic_words())


def fuller_title(old: str | None, new: str | None) -> bool:
    """Does ``new`` say more of the same person's post than ``old``: ``old`` written inside it
    (总教练 → 悍将队总教练, 立委 → 国民党立委), or ``old`` a kind of person (企业负责人, 党代表)
    and ``new`` a post (…有限公司董事长, …村党支部书记)?"""
    if not new or new == old:
        return False
    if not old or generic_title(old) and not generic_title(new):
        return True
    # a few words before it (its organisation) or more titles after it (院士 → 院士、…教授)
    return new.startswith(old + "、") or new.endswith(old) and (len(new) - len(old) <= 8 or new.endswith("、" + old))


def _title_clause(before: str) -> str:
    """The clause a title stands in, with a publication's name kept (《中国妇女报》记者)."""
    clause = BOUNDARY.split(before)[-1]
    head = before[: len(before) - len(clause)]
    m = re.search(r"《[^《》]{1,20}》$", head)
    if not (m and clause):
        return clause
    words = pos_tags(BOUNDARY.split(head[: m.start()])[-1][-8:])
    place = words[-1][0] if words and words[-1][1] == "ns" else ""
    return place + m.group() + clause  # a place before it belongs to the name: 韩国《经济学家》杂志总编辑


def addressed_person(core: str) -> Speaker | None:
    """The person a speech verb's subject ends with when the page names them only by surname and an
    address term (村民吴女士, 仁峰村村民何先生: data/address_names.txt), as that form and the words
    before it (村民) — someone unnamed, whom the attribution gives no words. Not a measure word or
    preposition read as a surname (这位女士, 向先生), nor a surname inside a word (jieba must start a
    word at it)."""
    words = _keyed_data("address_names.txt")
    terms = "|".join(map(re.escape, words.get("terms", ())))
    m = re.search(f"([{CJK}]{{1,2}}?)(?:{terms})$", core) if terms else None
    if m is None:
        return None
    for k in (2, 1):
        surname, start = m.group(1)[-k:], m.end(1) - k
        if k > len(m.group(1)) or surname_of(surname) != surname:
            continue
        if k == 1 and surname in words.get("not_surnames", ()):
            return None
        if start and start not in _token_starts(core):
            return None  # 这位|女士 / 一名男子: no surname starts here
        head = core[:start]
        return Speaker(core[start:], title_before(head) if head and title_end().search(head) else None)
    return None


@lru_cache(maxsize=1)
def _shown_words() -> dict[str, tuple[str, ...]]:
    return _keyed_data("shown_titles.txt")


_TENURE_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]{1,4}任(?=[^\d何])")


@lru_cache(maxsize=4096)
def speaking_title(title: str | None) -> str | None:
    """The title a speaker is shown with: the page's words for their post, less what is not the
    post (data/shown_titles.txt) — punctuation or a preposition the clause left before it ()新加坡贸工部长,
    对于|美国总统) and words of tenure (第六任|特首, 新任|台长). A list of posts (全国人大代表、南开
    大学校长, …新闻局局长、新闻发言人) and a stock code (鸿海(2317)董事长) stay whole: that is the
    title as the page gives it. None stays None; what would leave nothing stays as it was."""
    if not title:
        return title
    words = _shown_words()
    shown = re.sub(r"^[^\w《“「（(]+", "", title)
    if (lead := next((w for w in words.get("lead", ()) if simplify_aligned(shown).startswith(w)), None)):
        shown = shown[len(lead) :]
    for w in words.get("tenure", ()):
        shown = shown.replace(w, "")
    shown = _TENURE_ORDINAL.sub("", shown)
    return shown if shown and title_end().search(simplify_aligned(shown)) else title

"""What a question asks: who said something, what someone said, or a fact (when, how many, where…).

Pure functions over the question text; the cue words live in ``retrieval/data/intent.txt``.

- "who" (谁说…, 是谁表示…, 哪位记者感受到了“…”): ``content`` holds what was said; passages that
  hold it and have a speaker answer.
- "said" (X说了什么, X怎么看, X认为, X对…有什么打算, X为什么…): ``subject`` holds the words naming
  X (a name, part of one, a title or a role: 朱凯, 朱, 质检服务商会会长, 那位院士, 广东队主教练);
  the retriever resolves them to speakers, whose passages come first.
- "fact": everything else. A name in a fact question is a content word, not a filter.

``asks`` says what kind of answer a fact needs (when / how_many / where / why / condition /
which / person) and applies to "said" questions too (郭台铭表示，鸿海在什么前提下…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..text import normalize

RATE_REACH = 8  # a rate word (增速, 占比) this many characters before a how-many cue names what it asks
_PUNCT = re.compile(r"[\s,，。.!！?？;；:：、“”\"'‘’「」『』《》()（）\[\]【】…—-]+")
_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{3,})[”\"」』’]")


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of ``retrieval/data/intent.txt``, each list longest first."""

    lists: dict[str, tuple[str, ...]]
    measures: tuple[frozenset[str], ...]
    roles: tuple[frozenset[str], ...]
    units: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # (how-many cues, the units they count in)
    years: tuple[frozenset[str], ...] = ()  # words naming one year by the day written (去年 上年 | 今年 本年…)

    def get(self, key: str) -> tuple[str, ...]:
        return self.lists.get(key, ())

    def measure_class(self, word: str) -> frozenset[str]:
        """The measure words that count the same thing as ``word`` (itself at least)."""
        out = {word}
        for group in self.measures:
            if word in group:
                out |= group
        return frozenset(out)

    def measure_chars(self) -> str:
        """A character class of the one-character measure words (几宗, 多少例, 几场: what the
        count after a how-many cue is counted in); "" when there are none."""
        chars = sorted({w for group in self.measures for w in group if len(w) == 1} - {"大"})  # (N大: only 几大 counts in it)
        return f"[{''.join(map(re.escape, chars))}]" if chars else ""

    def units_of(self, cue: str) -> frozenset[str]:
        """The units a how-many cue's answer is counted in (多长时间 → 小时 分钟 …), or none."""
        for cue_words, units in self.units:
            if cue in cue_words:
                return units
        return frozenset()

    def role_class(self, word: str) -> frozenset[str]:
        """The role words that name the same position as ``word`` (itself at least)."""
        out = {word}
        for group in self.roles:
            if word in group:
                out |= group
        return frozenset(out)


@lru_cache(maxsize=1)
def cues() -> Cues:
    text = resources.files("retrieval").joinpath("data/intent.txt").read_text("utf-8")
    lists: dict[str, list[str]] = {}
    measures: list[frozenset[str]] = []
    roles: list[frozenset[str]] = []
    units: list[tuple[frozenset[str], frozenset[str]]] = []
    years: list[frozenset[str]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        key, _, words = line.partition(":")
        if key.strip() == "units":
            said, _, counted = words.partition("|")
            units.append((frozenset(normalize(w) for w in said.split()), frozenset(normalize(w) for w in counted.split())))
            continue
        items = [normalize(w) for w in words.split() if w.strip()]
        if key.strip() == "measures":
            measures.append(frozenset(items))
        elif key.strip() == "roles":
            roles.append(frozenset(items))
        elif key.strip() in ("years", "this_year"):
            years.append(frozenset(items))
            if key.strip() == "this_year":
                lists.setdefault("this_year", []).extend(items)
        else:
            lists.setdefault(key.strip(), []).extend(items)
    ordered = {k: tuple(sorted(dict.fromkeys(v), key=len, reverse=True)) for k, v in lists.items()}
    return Cues(ordered, tuple(measures), tuple(roles), tuple(units), tuple(years))


@dataclass(frozen=True, slots=True)
class Intent:
    """What a question asks (see the module docstring)."""

    kind: str = "fact"  # "who" | "said" | "fact"
    asks: str | None = None  # when | how_many | where | why | condition | which | person | None
    measure: frozenset[str] = field(default_factory=frozenset)  # how_many: what is counted (人 名 位…)
    which: str | None = None  # which-X: the noun the answer ends with (镇, 大学)
    subject: str = ""  # said: the words naming the person
    content: str = ""  # who: the words of what was said
    cue_spans: tuple[tuple[int, int], ...] = ()  # where the fact and who cue words stand in ``question``
    question: str = ""  # the normalised question the spans refer to
    said_span: tuple[int, int] | None = None  # where the "said" cue stands (说了什么, 怎么看…)
    ordinal: bool = False  # how_many asked as 第几 (第几任, 第几名): the answer is 第N…
    since: bool = False  # when asked as since when (从哪年起, 什么时候开始): the answer starts something (自2019年起)

    def searchable(self) -> str:
        """The question with its cue words blanked out: what is left is what the answer is about.
        A "said" cue that names the kind of speech asked for (希望, 建议) stays."""
        spans = list(self.cue_spans)
        if self.kind == "said" and self.said_span is not None:
            if self.question[self.said_span[0] : self.said_span[1]] not in cues().get("view"):
                spans.append(self.said_span)
        q = list(self.question)
        for a, b in spans:
            for k in range(a, b):
                q[k] = " "
        return "".join(q)

    def as_fact(self) -> Intent:
        """This question read as a fact question (a "said" subject that names nobody)."""
        if self.kind != "said":
            return self
        return Intent("fact", self.asks, self.measure, self.which, "", "", self.cue_spans, self.question, None,
                      self.ordinal, self.since)


def _find(q: str, words: tuple[str, ...], start: int = 0) -> tuple[int, int] | None:
    """The earliest occurrence of any of ``words`` in ``q`` from ``start`` (longest on a tie):
    one search of an alternation, longest words first (the regex engine takes the leftmost
    position, and there the first alternative that matches)."""
    got = _BY_LIST.get(id(words))
    if got is not None and got[0] is words:  # the cue lists are the same tuples every time
        pattern = got[1]
    else:
        if len(_BY_LIST) > 256:
            _BY_LIST.clear()
        pattern = _alternation(words)
        _BY_LIST[id(words)] = (words, pattern)  # (the tuple held: its id is not reused)
    if pattern is None:
        return None
    m = pattern.search(q, start)
    return (m.start(), m.end()) if m else None


# id of a word list → (the list, its alternation): ``_alternation``'s cache without hashing the
# whole tuple on every look-up
_BY_LIST: dict[int, tuple[tuple[str, ...], re.Pattern[str] | None]] = {}


@lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str] | None:
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(map(re.escape, ordered)))


def _find_said(q: str, start: int = 0) -> tuple[int, int] | None:
    """The earliest "said" cue from ``start``, skipping words that only begin like one (说明, 说法)."""
    words = cues().get("said")
    while True:
        hit = _find(q, words, start)
        if hit is None or (not _asked_noun(q, hit[0]) and (
                q[hit[0] : hit[1]] != "说" or q[hit[1] : hit[1] + 1] not in _NOT_SAID)):
            return hit
        start = hit[1]


def _find_spoken(q: str, start: int) -> tuple[int, int] | None:
    """The earliest "said" cue from ``start``, or ``speech`` word standing as a word of its own
    (是谁称…, 谁宣布了…; not the 称 of 称赞, 被称为, 称号): after a who cue, what follows it is the
    words said."""
    said = _find_said(q, start)
    hit = _find(q, cues().get("speech"), start)
    if hit is None or (said is not None and said[0] <= hit[0]):
        return said
    import jieba

    words = {(a, b) for _, a, b in jieba.tokenize(q, HMM=False)}
    at = start
    while hit is not None and (said is None or hit[0] < said[0]):
        if hit in words:
            return hit
        at = hit[0] + 1
        hit = _find(q, cues().get("speech"), at)
    return said


def _asked_noun(q: str, at: int) -> bool:
    """Does a which cue stand right before ``at`` (哪份, 哪一项: 哪, 一 or 几, then a measure word of
    intent.txt's measures)? The said cue there is the noun asked about (是哪一份建议令他一举成名),
    not what the person said."""
    return _asked_noun_pattern().search(q, max(0, at - 3), at) is not None


@lru_cache(maxsize=1)
def _asked_noun_pattern() -> re.Pattern[str]:
    chars = cues().measure_chars()
    return re.compile(rf"哪[一几]?{chars}$" if chars else "哪[一几]?$")


_NOT_SAID = set("明法服唱书")


def _strip(text: str) -> str:
    return _PUNCT.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _written() -> tuple[tuple[str, str], ...]:
    """intent.txt's ``written`` pairs (another spelling, the word), each of one length."""
    pairs = (w.split("=", 1) for w in cues().get("written") if "=" in w)
    return tuple((a, b) for a, b in pairs if a and len(a) == len(b))


def question_form(q: str) -> str:
    """``q`` (normalised) with each other spelling of a cue word (intent.txt's ``written``: 甚么) put
    as the word (什么); of the same length, so that positions in it are those in ``q``."""
    for form, word in _written():
        if form in q:
            q = q.replace(form, word)
    return q


def parse(question: str, normalized: str | None = None) -> Intent:
    """The intent of ``question`` (never raises; an empty question is a plain fact question).
    ``normalized``: ``normalize(question)``, when the caller has it. Another spelling of a cue
    word is read as the word (``question_form``)."""
    q = question_form((normalize(question or "") if normalized is None else normalized).strip())
    c = cues()
    spans: list[tuple[int, int]] = []
    typed_at: list[int] = []  # where the cues asking for a date, count, place or named thing start
    ordinal = since = False
    asks, measure, which = None, frozenset(), None
    which_hit = _find(q, c.get("which"))
    for key in ("when", "why", "condition", "where"):
        hit = _find(q, c.get(key))
        if hit and key == "where" and which_hit and which_hit[0] < hit[1] and hit[0] < which_hit[1]:
            continue  # 在哪个镇: which town, not where
        if hit and key == "where" and q[hit[0] : hit[1]] in ("哪里", "哪儿") and q[hit[1] :].startswith(c.get("not_where")):
            continue  # 对手哪里做得好: in what respect, not where
        if hit and key == "where" and _not_a_place(q, hit):
            continue  # 在哪些方面, 在哪三个领域, 问题出在哪里: what, not where
        if hit:
            if asks is None and key == "when" and "年" in q[hit[0] : hit[1]]:
                measure = frozenset({"年"})  # 哪一年: the answer is a year
            if asks is None and key == "when":  # 从哪年起, 什么时候开始: since when
                since = q[: hit[0]].endswith(c.get("since_before")) or q[hit[1] :].startswith(c.get("since_after"))
            asks = asks or key
            spans.append(hit)
            if key in ("when", "where"):
                typed_at.append(hit[0])
    hit = _find(q, c.get("how_many"))
    if hit and hit[0] > 0 and q[hit[0] - 1] == "哪":  # 哪几个乡镇 asks which, not how many
        hit = None
    if hit and asks is None:
        asks = "how_many"
        spans.append(hit)
        typed_at.append(hit[0])
        rest = q[hit[1]:]
        chars = c.measure_chars()
        cue = q[hit[0]:hit[1]]
        # 几位局长: the cue's own measure (位) counts, not the word after it; 几个人 counts 人
        own = len(cue) == 2 and cue[0] == "几" and cue[1] != "个" and bool(chars) and re.fullmatch(chars, cue[1])
        m = re.match(chars, rest) if chars and not own else None
        if q[hit[0]:hit[1]] == "第几":  # 第几任, 第几名: an ordinal, counted in the word after it
            ordinal = True
            unit = re.match(r"[\u4e00-\u9fff]", rest)
            measure = frozenset({unit.group()}) if unit else frozenset()
            if unit:
                spans.append((hit[1], hit[1] + 1))
        elif c.units_of(q[hit[0]:hit[1]]):  # 多长时间, 多大年纪: the cue says what the answer counts
            measure = c.units_of(q[hit[0]:hit[1]])
        elif m and q[hit[0]:hit[1]] not in ("比分",):
            measure = c.measure_class(m.group())
            spans.append((hit[1], hit[1] + 1))
        elif q[hit[0]:hit[1]].startswith("几") and len(q[hit[0]:hit[1]]) == 2:
            measure = c.measure_class(q[hit[0] + 1])
        if not measure and not ordinal and _find(q[max(0, hit[0] - RATE_REACH) : hit[0]], c.get("rates")):
            measure = c.units_of("百分之几")  # 销量增速最高可能到多少: a rate, answered in percent
        if not measure and not ordinal and priced_word(q[: hit[0]]):
            measure = frozenset(c.get("priced_units"))  # 首周票房是多少: an amount of money
    hit = which_hit  # (the same search as above)
    if hit and asks is None:
        m = _which_noun(q[hit[1]:])
        if m and m.group() in c.get("places"):  # 哪个城市, 哪个国家: a place, whatever it is called
            asks = "where"
            spans.append((hit[0], hit[1] + len(m.group())))
            typed_at.append(hit[0])
        elif m and not _listed(q[hit[1] :], m.group(), q[hit[0] : hit[1]]):
            asks, which = "which", m.group()
            spans.append(hit)
            typed_at.append(hit[0])
        elif m:
            spans.append(hit)  # (哪几项要求: the cue is still no content word)
    for hedge in c.get("hedges"):  # 大约多久: the hedge is no content word
        at = q.find(hedge)
        if at >= 0:
            spans.append((at, at + len(hedge)))
    who = _find(q, c.get("who"))
    while who is not None and q[who[1] - 1] == "人" and q[who[1] : who[1] + 1] in c.get("not_who_after"):
        who = _find(q, c.get("who"), who[1])  # 哪些人才, 哪个人口: a word made with 人 asks what, not who
    said = _find_said(q)
    if said is None and who is None:  # 克宫发言人指责…: a speech act names who said it
        said = _find(q, c.get("acts"))
    while said is not None and len(_strip(q[: said[0]])) < 2:  # 在致辞中，盛勇军如何看待: the later cue
        said = _find_said(q, said[1]) or said
        if len(_strip(q[: said[0]])) < 2:
            break
    quoted = _QUOTED.search(question or "")
    if who is not None and said is not None and said[1] <= who[0] and said[0] > 0:
        # 张建宗说，破坏灯柱的是哪些人: who or what X says is asked, in X's words
        subject = _strip(_before_frame(_before_about(_last_clause(q[: said[0]]))))
        if len(subject) >= 2:
            spans.append(who)
            return Intent("said", "person", measure, which, subject, "", tuple(spans), q, said, ordinal, since)
    if who is not None:
        spans.append(who)
        speech_after = _find_spoken(q, who[1])
        if speech_after is not None or quoted:
            content = normalize(quoted.group(1)) if quoted else q[speech_after[1]:]
            # 哪位领导强调，发展在什么时候都不可动摇: a fact cue inside the words said is part of
            # them, not a kind of answer asked (the answer is who)
            inside = speech_after is not None and bool(typed_at) and min(typed_at) >= speech_after[1]
            return Intent("who", asks if asks != "which" and not inside else None, measure, None, "", _strip(content),
                          tuple(spans), q, ordinal=ordinal, since=since)
        return Intent("fact", "person", measure, which, "", "", tuple(spans), q, ordinal=ordinal, since=since)
    # A speech word followed by a cue asking for a date, a count or a place (那次通电话谈了多长时间,
    # 李肇星那场发布会原计划开多久, 李小文说他营养不良从什么时候开始): a fact is asked, not what was said.
    if said is not None and said[0] > 0 and not any(at >= said[1] for at in typed_at):
        subject = _strip(_before_frame(_before_about(_last_clause(q[: said[0]]))))
        if subject:
            return Intent("said", asks, measure, which, subject, "", tuple(spans), q, said, ordinal, since)
    viewer = _view_frame(q)
    if said is None and viewer:  # 在朱建民看来，…是什么: what X thinks is asked
        return Intent("said", asks, measure, which, viewer, "", tuple(spans), q, None, ordinal, since)
    if asks == "why":  # 广东队主教练为什么…: why a person did something is answered in their words
        at = _find(q, c.get("why"))
        subject = _strip(q[: at[0]]) if at else ""
        if subject:
            return Intent("said", asks, measure, which, subject, "", tuple(spans), q, ordinal=ordinal, since=since)
    return Intent("fact", asks, measure, which, "", "", tuple(spans), q, ordinal=ordinal, since=since)


def priced_word(before: str) -> str:
    """The word asking an amount of money (intent.txt's ``priced``: 票房, 净利润) that ends ``before``
    (the question up to a how-many cue) but for linking words (``figure_links``: 是, 能达到); "" if none."""
    c = cues()
    links = sorted(c.get("figure_links"), key=len, reverse=True)
    rest = before.rstrip()
    while True:
        link = next((w for w in links if rest.endswith(w)), None)
        if link is None:
            break
        rest = rest[: -len(link)]
    return next((w for w in sorted(c.get("priced"), key=len, reverse=True) if rest.endswith(w)), "")


def _view_frame(q: str) -> str:
    """The person of a view frame opening the question's first clause (在朱建民看来 → 朱建民; intent.txt's
    ``view_frame``), "" when none does. The person is 2–12 characters and holds no clause mark."""
    for frame in cues().get("view_frame"):
        before, _, after = frame.replace("...", "…").partition("…")  # (the list is read normalised: … is ...)
        if not before or not after or not q.startswith(before):
            continue
        end = q.find(after, len(before) + 2)
        if 0 < end <= len(before) + 12:
            person = _strip(q[len(before) : end])
            if len(person) >= 2 and not _CLAUSE.search(q[len(before) : end]):
                return person
    return ""


def _listed(rest: str, noun: str, cue: str = "") -> bool:
    """Does a which cue (``cue``) before ``rest`` ask for points said rather than one named thing
    (提出了哪几项要求, 哪两点建议: intent.txt's ``listed`` nouns, after a measure word or not)? Such a
    question asks what was said, not a name; one counted as one (哪一份建议令他一举成名) is a named thing."""
    listed = cues().get("listed")
    if noun in listed:
        return not (cue.startswith("哪一") and len(cue) == 3)
    chars = cues().measure_chars()
    if len(noun) == 1 and (noun in "点条" or (chars and re.fullmatch(chars, noun))):
        return rest[1:].startswith(listed)
    return False


def _not_a_place(q: str, hit: tuple[int, int]) -> bool:
    """Does the where cue at ``hit`` ask something other than a place? 在哪 followed by
    intent.txt's ``not_where_after`` (些, 方面, a numeral: 在哪些方面, 在哪三个领域) unless the
    noun after the count is a place (在哪些城市), or preceded by ``not_where_before`` (问题出在哪里:
    what went wrong)."""
    c = cues()
    cue = q[hit[0] : hit[1]]
    if cue.startswith("在") and q[: hit[0]].endswith(c.get("not_where_before")):
        return True
    if not cue.endswith("哪"):
        return False
    rest = q[hit[1] :]
    if not rest.startswith(c.get("not_where_after")):
        return False
    noun = _which_noun(re.sub(r"^(?:些|几|[一二两三四五六七八九十]+)[个座家所处]?", "", rest))
    return not (noun and noun.group() in c.get("places"))


_CLAUSE = re.compile(r"[,，;；。!！?？]")


def _which_noun(rest: str):
    """The noun right after a which cue (哪家电视台 → 电视台, 哪个党算计 → 党, 哪所大学 → 大学): the
    first word jieba cuts from what follows, at most three CJK characters; a match object (as
    ``re.match``) or None."""
    m = re.match(r"[\u4e00-\u9fff]{1,3}", rest)
    if m is None:
        return None
    import jieba

    first = next(iter(jieba.lcut(rest[:8], HMM=False)), "")
    n = len(first) if 1 <= len(first) <= 3 and rest.startswith(first) else min(2, len(m.group()))
    return re.match(rf"[\u4e00-\u9fff]{{1,{n}}}", rest)


def _last_clause(text: str) -> str:
    """The clause right before a speech word: 网传小米有几千名法务，雷军怎么回应 → 雷军怎么 (the
    clauses before it say what about, not who)."""
    parts = [p for p in _CLAUSE.split(text) if len(_strip(p)) >= 2]
    if len(parts) >= 2 and _strip(parts[-1]).startswith(("被", *cues().get("about"))):
        # …立委，被问到…时说 / …书记到…督查时，对项目建设提出: a passive clause or one saying what
        # about names nobody; the clause before it does
        return parts[-2]
    return parts[-1] if parts else text


def _before_about(subject: str) -> str:
    """The words naming the person in "X对…怎么看": X, when something stands before 对/关于."""
    c = cues()
    start = 0
    while True:
        hit = _find(subject, c.get("about"), start)
        if hit is None:
            return subject
        if _find(subject, c.get("not_about"), hit[0]) == (hit[0], hit[0] + 2) or hit[0] < 2:
            start = hit[1]
            continue
        return subject[: hit[0]]


def _before_frame(subject: str) -> str:
    """The words naming the person when a frame of place or time follows them (特朗普在晚宴上对… →
    特朗普; 林剑当天…): the frame's words say what about, not who. Frames: intent.txt's
    frame_start … frame_end (在…上, 在…期间), from the third character on."""
    c = cues()
    hit = _find(subject, c.get("frame_start"), 2)
    if hit is None:
        return subject
    rest = _strip(subject[hit[1] :])
    if rest.endswith(c.get("frame_end")):
        return subject[: hit[0]]
    # 宜昌市委书记在新年茶话会上用哪几个说法: the frame closes, then says how; the person stands before it
    closed = _find(rest, c.get("frame_end"))
    return subject[: hit[0]] if closed is not None and closed[0] >= 2 else subject


def role_words(subject: str) -> str:
    """The subject without its determiners (那位院士 → 院士)."""
    s = subject
    for d in cues().get("determiners"):
        s = s.replace(d, " ")
    return _strip(s)


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """The title words of ``retrieval/data/titles.txt`` and the role words of intent.txt, longest first."""
    text = resources.files("retrieval").joinpath("data/titles.txt").read_text("utf-8")
    words = {normalize(w) for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    for group in cues().roles:
        words |= group
    return tuple(sorted(words, key=len, reverse=True))


def role_heads(role: str) -> list[str]:
    """The title words ``role`` holds (主教练 in 广东队主教练), none inside a longer one found.

    At each position of ``role`` where a title word begins, the windows of the lengths of the
    title words beginning with that character are looked up, and the occurrences are taken in
    ``title_words`` order (longest first), each word's left to right."""
    rank, starts, first = _title_lookup()
    occurrences = sorted(
        (rank[w], i, n) for m in first.finditer(role) for i in (m.start(),) for n in starts[m.group()]
        if len(w := role[i : i + n]) == n and w in rank
    ) if first is not None else []
    found: list[tuple[int, int]] = []
    for _, at, n in occurrences:
        if not any(a <= at and at + n <= b for a, b in found):
            found.append((at, at + n))
    return [role[a:b] for a, b in sorted(found)]


@lru_cache(maxsize=1)
def _title_lookup() -> tuple[dict[str, int], dict[str, tuple[int, ...]], re.Pattern[str] | None]:
    """Each title word's rank in ``title_words``; first character → the lengths of the title
    words beginning with it; a pattern finding those first characters."""
    words = title_words()
    rank = {w: i for i, w in reversed(list(enumerate(words))) if w}
    starts: dict[str, set[int]] = {}
    for w in rank:
        starts.setdefault(w[0], set()).add(len(w))
    first = re.compile("[" + "".join(map(re.escape, sorted(starts))) + "]") if starts else None
    return rank, {c: tuple(sorted(ns)) for c, ns in starts.items()}, first

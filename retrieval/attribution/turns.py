"""Transcript turns and labels: whose turn a line opens (speakers.py's turns layer).

A colon label (名字：, 记者张三：), a Q&A turn (答：/问：, the interviewer's and the interviewee's),
a 【】 or [] label (【同期】title NAME：…, a sound bite), a label by title alone whose holder the
page introduced, a surname alone (王：), a heading's byline (——清华大学校长 李明), and the host or
interviewee a question or a press conference's head names. Functions only: the page's names,
text, labels and turn counts are passed in by ``Attributor``, which keeps the state of the walk.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from ..models import Speaker
from .clauses import (
    _ANSWER,
    _BRACKET_TURN,
    _BULLETS,
    _BYLINE,
    _JOURNALIST,
    _MASK,
    _NOBODY,
    _SOUNDBITE_TURN,
    _SQUARE_LABEL,
    _SURNAME_TURN,
    _TURN,
    _answerer_title,
    _answerer_titles,
    _hosting,
    _interview_words,
    _is_question,
    _soundbite_tags,
    _unbracketed,
)
from .lexicon import (
    BOUNDARY,
    CJK,
    VERBS,
    clean_title,
    data_words,
    is_nonperson,
    is_transliterated,
    leadin,
    person_at_end,
    plausible_name,
    pos_tags,
    surname_of,
    title_end,
    unnamed_person,
)
from .references import (
    _mentions,
)


def _someones_turn(known: dict[str, str | None], text: str, turns: int, labels: set[str], asks: int, intro: Speaker | None, announced: bool, s: str) -> bool:
    """Does the paragraph open a person's (or a questioner's) turn, not just any colon
    (参加今天发布会的新闻单位主要有：)?"""
    if _is_question(s) or _ANSWER.match(s) or _garbled_turn(turns, s) or _glossed_turn(text, s)[0] is not None:
        return True  # (容：… of a page glossing 容某某（以下简称“容”）, a journalist's too)
    if (m := _SURNAME_TURN.match(s)) and [n for n in known if n.startswith(m.group(1)) and len(n) > 1]:
        return True  # 李：… where the page named a 李
    turn = _TURN.match(_MASK.sub(lambda m: "\u0000" * len(m.group()), s))
    if not turn:
        return False
    if leadin(s[: turn.end()]) and s[turn.end() :].strip():
        return _someones_turn(known, text, turns, labels, asks, intro, announced, s[turn.end() :].strip())  # 以下为内容摘编：《X报》：…？ — the turn after the lead-in
    head = _unbracketed(re.sub(r"\s+", "", turn.group(1)))
    if turns >= 2 and re.fullmatch(f"[{CJK}]{{2,5}}", head) and text.count(head) >= 2 \
            and not is_nonperson(head) and not title_end().search(head):
        return True  # 利马斯：… among a transcript's turns, the label named elsewhere on the page: someone's turn
    if head in labels:
        return True  # 德国之声：… again and again: a transcript's label, whoever it is
    if len(head) <= 8 and plausible_name(head, known, after_title=True):
        return True  # 克莱门斯：… — a name-like head, even one we do not take (not 第一：, 目标：)
    if _holder(known, asks, intro, announced, head) is not None:
        return True  # 行政长官：… in a transcript
    if turns >= 2 and len(head) <= 10 and clean_title(head) == head:
        return True  # 行政长官：… on a transcript page that names no holder: someone's turn, whoever it is
    return plausible_name(head, known, after_title=False) or person_at_end(head, known) is not None


def _named_turn_label(known: dict[str, str | None], text: str, labels: set[str], head: str) -> Speaker | None:
    """李某某：…？ / 扎某某亚：… opening two or more paragraphs of a transcript whose turns another label
    takes too: a bare name labels that person's own turns, asking or answering, even a name the rules do not
    read alone — a surname jieba reads apart as a person's, then one word (李|万万: 3–4 characters), or
    written in the page's prose right after a title word (…栏目主播扎某某亚). Never a title, a group, an
    outlet, a journalist's label or an unnamed person (张女士)."""
    if head not in labels or len(labels) < 2 or not re.fullmatch(f"[{CJK}·]{{2,6}}", head):
        return None
    if is_nonperson(head) or title_end().search(head) or _JOURNALIST.search(head) or unnamed_person(head) \
            or head in _outlets():
        return None
    if not plausible_name(head, known, after_title=True):
        return None
    tags = pos_tags(head)
    if 3 <= len(head) <= 4 and len(tags) == 2 and tags[0][0] == surname_of(head) and tags[0][1].startswith("nr"):
        return Speaker(head, known.get(head))  # 李|万万: a surname jieba reads as a person's, then the given name
    titled = _title_closing()
    if any(titled.search(text, max(0, m.start() - 8), m.start()) for m in re.finditer(re.escape(head), text)):
        return Speaker(head, known.get(head))
    return None


@cache  # (compiled once: a title word closing the text before a name)
def _title_closing() -> re.Pattern:
    return re.compile(f"(?:{title_end().pattern})\\Z")


def _heading_byline(known: dict[str, str | None], line: str) -> Speaker | None:
    m = _BYLINE.match(line)
    if m is None:
        return None
    sp = person_at_end(re.sub(r"\s+", "", m.group(1)), known)
    if sp is None or not (sp.title or sp.name in known) or _JOURNALIST.search(sp.title or ""):
        return None
    return sp


# 一、 / 2. / （三） opening a heading: its number in the article's outline
_OUTLINE_NUMBER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．])\s*")


def _heading_voice(known: dict[str, str | None], line: str) -> Speaker | None:
    """The one person a heading names as whose words follow it: ——[title] NAME, NAME：what they are
    (一、李某：绝不妥协的记者), [title] NAME (女子铅球冠军 巩某某, “亚洲飞人” 苏某某), or a name the page knows
    alone on the line (a name in Latin letters). None for any other heading, a journalist's byline included."""
    line = _OUTLINE_NUMBER.sub("", line.strip(), count=1)
    if not line or len(line) > 40 or re.search("[。！？!?；;，,]", line):
        return None
    if (sp := _heading_byline(known, line)) is not None or (sp := _headline_person(known, line)) is not None:
        return sp
    if line in known:
        return Speaker(line, known[line])
    parts = line.rsplit(None, 1)
    if len(parts) != 2 or not re.fullmatch(f"[{CJK}]{{2,4}}", name := parts[1]) or not surname_of(name) \
            or not plausible_name(name, known, after_title=True) or is_nonperson(name) or title_end().search(name):
        return None
    before = re.sub(r"\s+", "", parts[0])
    if before.endswith(("”", "\"", "」", "’")):
        return Speaker(name, known.get(name))  # “亚洲飞人” 苏某某: a nickname, then the name
    if _title_closing().search(before) and not _JOURNALIST.search(before):  # (a title word ending it)
        return Speaker(name, known.get(name) or clean_title(before) or before)
    return None


def _label_name(known: dict[str, str | None], text: str, s: str) -> Speaker | None:
    """A colon label that may be a name the rules do not take (利马斯：, 马春霞(村支部书记)：,
    袭艳春：女士们…): two to four characters from a surname, or a transliterated name; not a
    question's label."""
    if _is_question(s):
        return None
    m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s))
    if m is None:
        return None
    head = _unbracketed(re.sub(r"\s+", "", m.group(1))).rstrip("\u0000")
    if "\u0000" in head or _JOURNALIST.search(head) or is_nonperson(head):
        return None
    if head in known or is_transliterated(head) and plausible_name(head, known, after_title=False):
        return Speaker(head, known.get(head))
    if re.fullmatch(f"[{CJK}]{{2,4}}", head) and surname_of(head) and not title_end().search(head):
        return Speaker(head, known.get(head))
    if re.fullmatch(f"[{CJK}]{{2,5}}", head) and text.count(head) >= 2 and not title_end().search(head):
        return Speaker(head, known.get(head))  # 利马斯： the page names elsewhere (a line-up)
    named = [w for w, flag in pos_tags(head) if flag == "nr" and len(w) >= 2]
    return Speaker(head, None) if named == [head] else None


def _host(memo: dict, known: dict[str, str | None], text: str, head_titles: dict[str, str], question: str) -> Speaker | None:
    """Who answers a press conference's questions: the one person the page introduced, before
    its first question (in the headline too), with a title of ``data/answerers.txt``
    (外交部发言人陆慷主持例行记者会 / 问：… / 答：…) — not the minister the opening
    announcement names (王毅外长将率团出席). ``_NOBODY`` when the headline says such a
    title answers (外交部发言人幽默回应) but the page, its headings and captions included,
    names no holder: nobody we can name answers; None when the page says nothing of a host."""
    at = text.find(question)
    before = text[: at if at >= 0 else len(text)]
    hosts = {n for n, title in known.items() if title and _answerer_title(title) and n in before}
    if not hosts:  # a caption or heading above the article (外交部发言人王涛主持例行记者会)
        hosts = {n for n, title in head_titles.items() if _answerer_title(title)}
    if not hosts:  # the transcript first, the press conference's note under it (…外交部发言人华春莹举行例行记者会。)
        hosts = _hosting_after(memo, known, text, at)
    if len(hosts) == 1:
        name = hosts.pop()
        return Speaker(name, known.get(name) or head_titles.get(name))
    headline = text.split("\n", 1)[0]
    if not hosts and re.search(_answerer_titles().pattern[:-1], headline):
        return _NOBODY
    return None


def _interviewed(memo: dict, known: dict[str, str | None], text: str, question: str) -> Speaker | None:
    """The one person the page, before its first question (its headline included), says is
    interviewed: 李明远接受本报记者专访 (the subject of 接受…专访/采访), 本报记者专访了李明远
    (the object of 专访/采访/对话, data/interviewed.txt) — never a journalist; None when the page
    names no one so; ``_NOBODY`` when it names more than one."""
    at = text.find(question)
    people: dict[str, Speaker] = {}
    clauses = BOUNDARY.split(_MASK.sub("", text[: max(at, 0)]))
    for k, clause in enumerate(clauses):
        for m in _interview_words()[0].finditer(clause):
            found = _mentions(memo, known, clause[: m.start()])[-1:]
            people.update((sp.name, sp) for _, sp in found)
        for m in _interview_words()[1].finditer(clause):
            people.update((sp.name, sp) for _, sp in _mentions(memo, known, clause[m.end() :]))
        after = clauses[k + 1] if k + 1 < len(clauses) else ""
        people.update((n, Speaker(n, known.get(n))) for n in _beside_interview(known, clause, after) if n not in people)
    people = {n: sp for n, sp in people.items() if not _JOURNALIST.search(sp.title or known.get(n) or "")}
    if len(people) != 1:
        return _NOBODY if people else None
    sp = next(iter(people.values()))
    return Speaker(sp.name, sp.title or known.get(sp.name))


def _beside_interview(known: dict[str, str | None], clause: str, after: str) -> list[str]:
    """The person an interview word names with no title the page reads: the name written right before
    it (李某某专访：谈…, 国医大师李某访谈 — whom the interview is with), or opening the clause after
    在…的专访中 (…专访中，王某某与本报记者就…交流) — a whole name jieba reads as a person's, no
    journalist's label. Words: data/interviewed.txt."""
    out = []
    for m in _interview_words()[1].finditer(clause):
        before = pos_tags(clause[: m.start()]) if m.start() else ()
        if before and before[-1][1] == "nr" and clause[: m.start()].endswith(before[-1][0]):
            out.append(before[-1][0])
        if clause[m.end() :].strip() == "中" and after:
            first = pos_tags(after.strip())[:1]
            if first and first[0][1] == "nr":
                out.append(first[0][0])
    return [n for n in out if 2 <= len(n) <= 4 and re.fullmatch(f"[{CJK}]+", n) and surname_of(n)
            and plausible_name(n, known, after_title=False) and not _JOURNALIST.search(n)]


def _hosting_after(memo: dict, known: dict[str, str | None], text: str, at: int) -> set[str]:
    """The answerer-titled persons (data/answerers.txt) a sentence after the first question
    names as holding the press conference or answering (外交部发言人华春莹举行例行记者会 /
    …回答记者提问, data/hosting.txt) — a page that gives the transcript first and its note last."""
    out = set()
    for sentence in re.split(r"[。！？!?\n]", text[max(at, 0) :]):
        bare = _MASK.sub("", sentence)
        if _is_question(bare.strip()) or _ANSWER.match(bare.strip()) or not _hosting().search(bare):
            continue
        out |= {sp.name for _, sp in _mentions(memo, known, bare)
                if _answerer_title(sp.title or known.get(sp.name) or "")}
    return out


def _surname_turn(known: dict[str, str | None], turns: int, s: str) -> Speaker | None:
    """李：… among transcript turns — the one person of that surname the page introduced."""
    m = _SURNAME_TURN.match(s)
    if m is None or turns < 2 or surname_of(m.group(1)) != m.group(1):
        return None
    people = [n for n in known if n.startswith(m.group(1)) and len(n) > 1 and not is_transliterated(n)]
    return Speaker(people[0], known[people[0]]) if len(people) == 1 else None


def _headline_surname_turn(known: dict[str, str | None], head: str, turns: int, s: str) -> Speaker | None:
    """柯：… among transcript turns where the article never writes that person's full name, and the
    headline does (200124柯文哲联访逐字稿, 专访王某某): the one name of that surname the headline holds."""
    m = _SURNAME_TURN.match(s)
    if m is None or turns < 2 or surname_of(m.group(1)) != m.group(1) or any(n.startswith(m.group(1)) for n in known):
        return None
    found = set()
    for at in (k for k, c in enumerate(head) if c == m.group(1)):
        name = head[at : at + 3]
        if len(name) == 3 and re.fullmatch(f"[{CJK}]{{3}}", name) and plausible_name(name, known, after_title=False):
            found.add(name)
    return Speaker(found.pop(), None) if len(found) == 1 else None


@cache
def _short_label_def() -> re.Pattern:
    """容某某（以下简称“容”）： — a turn label glossed with the short label later turns use (data/short_labels.txt);
    the gloss may follow who the person is (戴某某（某报社长戴某某，以下简称“戴”）：): groups name, who, short."""
    marks = "|".join(map(re.escape, sorted(data_words("short_labels.txt"), key=len, reverse=True)))
    return re.compile(f"(?m)^[ \\t]*([{CJK}·]{{2,8}})[ \\t]*[(（](?:([^()（）：:\\n]{{2,40}}?)[ \\t]*[,，、;；][ \\t]*)?"
                      f"(?:{marks})[“\"「]?([{CJK}]{{1,4}})[”\"」]?[)）][ \\t]*[：:]")


@lru_cache(maxsize=4)
def _glossed_labels(text: str) -> dict[str, tuple[str, str]] | None:
    """The short labels a page glosses (容 → 容某某, and who the gloss says the person is, or ""), read
    once per page, not once per paragraph; None when the page writes none of data/short_labels.txt's markers."""
    if not any(mark in text for mark in data_words("short_labels.txt")):
        return None
    return {m.group(3): (m.group(1), m.group(2) or "") for m in _short_label_def().finditer(text)}


def _glossed_turn(text: str, s: str) -> tuple[str | None, str]:
    """The name (and who the gloss says the person is, or "") of the glossed label opening ``s``: the
    label with its gloss (容某某（以下简称“容”）：) or the short label alone (容：); (None, "") when none."""
    glossed = _glossed_labels(text)
    if not glossed:
        return None, ""
    if (m := _short_label_def().match(s)) is not None:
        return m.group(1), m.group(2) or ""
    return next((v for short, v in glossed.items() if re.match(f"[ \\t]*{re.escape(short)}[ \\t]*[：:]", s)), (None, ""))


def _short_label_turn(known: dict[str, str | None], text: str, s: str) -> Speaker | None:
    """容某某（以下简称“容”）：… and the later turns 容：… of a transcript that glosses its labels so: the
    person the glossed label names, with the title the gloss gives (戴某某（某报社长戴某某，以下简称“戴”）：);
    never the journalist's: 张某（本报记者，以下简称“张”）：… and 张：… ask (``_NOBODY``)."""
    name, who = _glossed_turn(text, s)
    if name is None or _JOURNALIST.search(name) or is_nonperson(name) or title_end().search(name):
        return None
    title = _glossed_who(known, name, who) if who else None
    if title is not None and _JOURNALIST.search(title):
        return _NOBODY
    if (sp := person_at_end(name, known)) is not None and sp.name == name:
        return Speaker(name, known.get(name) or sp.title or title)
    return Speaker(name, known.get(name) or title) if plausible_name(name, known, after_title=False) else None


def _glossed_who(known: dict[str, str | None], name: str, who: str) -> str | None:
    """The title a glossed label gives its person before the gloss (《某报》社长戴某某, 某党立委候选人):
    the title the name closes, or the words themselves when a title word ends them; else None."""
    who = re.sub(r"\s+", "", who)
    if who.endswith(name) and (sp := person_at_end(who, known)) is not None and sp.name == name:
        return sp.title
    end = title_end().search(who)
    return who if end is not None and end.end() == len(who) else None


def _soundbite(known: dict[str, str | None], s: str) -> Speaker | None:
    """【同期】中新社记者 梁晓辉：… — a broadcast script's sound-bite tag (data/soundbites.txt) hands
    the floor to the person it names: their words, a reporter's stand-up included (a reporter's
    turn elsewhere asks; under a sound-bite tag the reporter speaks to the camera)."""
    m = _SOUNDBITE_TURN.match(s)
    if m is None or m.group(1) not in _soundbite_tags():
        return None
    sp = person_at_end(re.sub(r"\s+", "", m.group(2)), known)
    return sp if sp is not None and (sp.title or sp.name in known) else None


def _asking_turn(asking: set[str], s: str) -> bool:
    """凤凰网读书：…吗？ — the turn of an interview's label whose every paragraph is a question."""
    if not asking:
        return False
    m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s))
    return bool(m) and _unbracketed(re.sub(r"\s+", "", m.group(1))) in asking


def _answer_label(known: dict[str, str | None], text: str, asking: set[str], labels: set[str], answering: bool, head: str) -> Speaker | None:
    """钟南山：… right after a question (问：…？), or a label that answers an interviewer's
    questions again and again (笛安： after 凤凰网读书：…？): a name-like label answering is the
    interviewee's turn, even a name we do not read as one — never a title, a group or a
    journalist."""
    if not (answering or head in labels and asking and head not in asking):
        return None
    if not re.fullmatch(f"[{CJK}]{{2,5}}", head) or is_nonperson(head) or title_end().search(head) \
            or _JOURNALIST.search(head) or head in asking or unnamed_person(head):
        return None  # not 嘉宾：, 旁白：, 张先生：
    if surname_of(head) and text.count(head) >= 2:
        return Speaker(head, known.get(head))
    if head in labels and any(flag == "nr" for _, flag in pos_tags(head)):
        return Speaker(head, known.get(head))  # a pen name (笛安：), a name jieba knows
    return None


def _bracket_turn(known: dict[str, str | None], text: str, s: str) -> Speaker | None:
    """【国新办新闻局副局长 袭艳春】女士们、先生们，…: a titled person in square brackets opening
    a paragraph of words is that person's turn (a title word after the name, 【… 高晓力法官】,
    may close it); a journalist's byline (【记者 张三】) or a bracket with no title is none."""
    b = _BRACKET_TURN.match(s)
    if b is None:
        return _bracket_label_turn(known, text, s)
    head = re.sub(r"\s+", "", b.group(1))
    sp = person_at_end(head, known)
    if sp is None and (end := title_end().search(head)) is not None and end.start() >= 2:
        sp = person_at_end(head[: end.start()], known)
    if sp is None or not (title := sp.title or known.get(sp.name)) or _JOURNALIST.search(title):
        return _bracket_label_turn(known, text, s)
    return sp


def _bracket_label_turn(known: dict[str, str | None], text: str, s: str) -> Speaker | None:
    """[金剑欣]非常感谢… on a page whose paragraphs open with bracketed labels taking turns
    ([主持人]… / [金剑欣]… / [主持人]…): a bare name in the brackets, opening two or more
    paragraphs beside another label, is that person's turn — never a journalist or a host."""
    m = _SQUARE_LABEL.match(s)
    if m is None:
        return None
    head = m.group(1)
    labels = [lm.group(1) for lm in _SQUARE_LABEL.finditer(text)]
    if labels.count(head) < 2 or len(set(labels)) < 2 or _JOURNALIST.search(head) or not surname_of(head):
        return None
    sp = person_at_end(head, known)
    if sp is None and len(head) <= 4 and plausible_name(head, known, after_title=True):
        sp = Speaker(head, known.get(head))
    if sp is None or sp.name != head or _JOURNALIST.search(sp.title or ""):
        return None
    return sp


def _titled_label(known: dict[str, str | None], head: str) -> Speaker | None:
    """马春霞(中庄镇南刘庄村支部书记)：… — a name, then its title in parentheses (a title word
    ends it; not an outlet, 林海(POLITICO)：)."""
    m = re.fullmatch(r"\s*([^（(）)\s]{2,12})\s*[（(]([^（()）]{2,30})[）)]\s*", head)
    if m is None or not title_end().search(m.group(2)) or _JOURNALIST.search(m.group(2)):
        return None
    name = m.group(1)
    if not (name in known or plausible_name(name, known, after_title=True)):
        return None
    return Speaker(name, m.group(2))


def _role_named_label(known: dict[str, str | None], head: str) -> Speaker | None:
    """主持人(曹某某)：… / 嘉宾（王某某）：… — a role label with its holder's name in brackets: that person,
    with the fuller title the page gives them, else the role (a title word ends it; the name one by its
    surname and shape, or a name the page knows)."""
    m = re.fullmatch(r"\s*([^（(）)\s]{2,12})\s*[（(]\s*([^（()）\s]{2,8})\s*[）)]\s*", head)
    if m is None:
        return None
    role, name = m.group(1), m.group(2)
    end = title_end().search(role)
    if end is None or end.end() != len(role) or is_nonperson(name) or title_end().search(name):
        return None
    if not (name in known or surname_of(name) and plausible_name(name, known, after_title=True)):
        return None
    return Speaker(name, known.get(name) or role)


# 丁?。… / 丁\ufffd… — a turn label whose colon (and part of the name) the page's encoding lost: one to three
# characters, then the replacement mark, or a ? straight before a sentence mark (no text writes ?。)
_GARBLED_LABEL = re.compile(f"^\\s*([{CJK}]{{1,3}})(?:\ufffd+|\\?+(?=[。，、]))")


def _garbled_turn(turns: int, s: str) -> bool:
    """Does the paragraph of a transcript (two turns or more) open with a label its encoding garbled?"""
    return turns >= 2 and _GARBLED_LABEL.match(s) is not None


def _garbled_label(known: dict[str, str | None], turns: int, s: str) -> Speaker | None:
    """丁?。…我是某台的主持人丁丁，… — a transcript turn whose label the encoding garbled: the person the
    paragraph itself introduces (a title word, then a name of a surname closing the clause) whose name
    opens with what is left of the label; None when no one or two people are so introduced."""
    m = _GARBLED_LABEL.match(s)
    if m is None or turns < 2:
        return None
    left, people = m.group(1), {}
    for clause in (c.strip() for c in BOUNDARY.split(_MASK.sub("", s[m.end() :]))):
        n = re.search(f"{re.escape(left)}[{CJK}]{{1,2}}$", clause)
        if n is None or not surname_of(name := n.group()) or is_nonperson(name) or title_end().search(name):
            continue
        title = title_end().search(clause[: n.start()])
        if title is not None and title.end() == n.start():
            people[name] = Speaker(name, known.get(name) or title.group())
    return next(iter(people.values())) if len(people) == 1 else None


def _transcript_name(turns: int, head: str, sp: Speaker) -> bool:
    """A bare surname-and-name label (傅莹：, 牛文文：) on a page of two or more turns."""
    return turns >= 2 and head == sp.name and len(head) <= 4 and bool(surname_of(head))


def _holder(known: dict[str, str | None], asks: int, intro: Speaker | None, announced: bool, title: str) -> Speaker | None:
    """中国驻美国大使：… — a full title standing for the one person the page gave it (崔天凯);
    a bare title word (大使：, 主帅：) or a title two people share names nobody."""
    m = title_end().search(title)
    if m is None or len(title) > 16 or _JOURNALIST.search(title):
        return None
    introduced = announced and intro is not None and title in (known.get(intro.name) or "")
    if m.start() < 2 and not (asks and len(title) >= 3) and not introduced:
        # 行政长官： alone stands for its holder only in a transcript with questions, or right
        # after a lead-in that introduced its holder (以下是行政长官林郑月娥…的开场发言：)
        return None
    if is_nonperson(title) and not asks:
        return None
    people = [(n, t) for n, t in known.items() if t and title in t]
    return Speaker(*people[0]) if len(people) == 1 else None


def _outlet_asks(s: str) -> bool:
    """新京报：你们什么时候抵达现场？ — an outlet (data/outlets.txt) as a colon label, its words
    a question and no quotation: the interviewer's turn, even the page's only one."""
    m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s))
    if m is None:
        return False
    label = _unbracketed(re.sub(r"\s+", "", m.group(1)))
    words = s[m.end() :].strip()
    return label in _outlets() and words.endswith(("？", "?")) and not re.search("[“”「」]", words)


@cache  # (read once: called per turn label)
def _outlets() -> frozenset[str]:
    return frozenset(data_words("outlets.txt"))


# 某某：words as a headline or heading (at its start, or after a kicker set apart or closed as a clause)
_HEADLINE_PERSON = re.compile(r"(?:^|(?<=[\s|｜】\]，,？?！!]))(?P<who>[\u4e00-\u9fff·]{2,8})\s*[:：]\s*(?=\S)")
# (吉隆坡10日讯) opening a lead: the dateline in parentheses
_LEAD_DATELINE = re.compile(r"^\s*[（(][^（()）]{1,16}[)）]\s*")


def _headline_person(known: dict[str, str | None], line: str) -> Speaker | None:
    """欧阳某某：建交50周年 马中关系砥砺前行 / 政府稳定强大 安某：今年专注经济 — the person a headline's
    (or a heading's) colon label names by their name: one line, no full stop, a name-shaped label (no
    title word, no group). None when the line is no such headline."""
    s = line.strip().splitlines()[-1].strip() if line.strip() else ""
    if not s or re.search(r"[。；;]", s) or len(s) > 48:
        return None
    for m in _HEADLINE_PERSON.finditer(s):
        who = m["who"]
        if title_end().search(who) or is_nonperson(who) or _JOURNALIST.search(who) or unnamed_person(who):
            continue
        if who in known or (2 <= len(who) <= 4 and surname_of(who)) or is_transliterated(who) \
                and plausible_name(who, known, after_title=False):
            return Speaker(who, known.get(who))
    return None


def _titled_lead(memo: dict, known: dict[str, str | None], person: Speaker, s: str) -> Speaker | None:
    """(吉隆坡10日讯)中国驻马来西亚大使指出，… under the headline 欧阳某某：… — a lead naming its subject
    by a title alone (an honorific of data/name_prefixes.txt may follow it, 首相拿督斯里指出), then a
    speech verb: the person the headline's label names, holding that title. Not when the page gives that
    person another post, nor when it names someone else holding the title."""
    lead = _LEAD_DATELINE.sub("", _MASK.sub("", s), count=1)
    prefixes = "|".join(sorted(map(re.escape, data_words("name_prefixes.txt")), key=len, reverse=True))
    m = re.match(f"(?P<title>[^，,。“”「」：:（）()\\s、]{{2,16}}?)(?:{prefixes})?(?:{VERBS})", lead)
    if m is None:
        return None
    title = m["title"]
    end = title_end().search(title)
    if end is None or end.end() != len(title) or _JOURNALIST.search(title):
        return None  # 记者指出
    if _mentions(memo, known, title) or person_at_end(title, known) is not None:
        return None  # a name in it: the rules read it
    old = known.get(person.name)
    if old and not (old.endswith(title) or title.endswith(old) or title_end().search(old) and title_end().search(old).group() == end.group()):
        return None  # the page gives the person another post
    if any(n != person.name and t and t.endswith(title) for n, t in known.items()):
        return None  # someone else the page names holds the title
    return Speaker(person.name, old or title)


# 国家发展改革委党组成员 副主任 赵某某：words — a title written in parts, blanks between them, then the name
_PARTED_TITLE_TURN = re.compile(f"^\\s*((?:[{CJK}、·]{{2,30}}[ \\t\u3000]+){{2,5}})([{CJK}·]{{2,6}})\\s*[：:]\\s*\\S")


def _spaced_title_turn(known: dict[str, str | None], s: str) -> Speaker | None:
    """国家发展改革委党组成员 副主任 赵某某：大湾区建设… — a press conference transcript's turn whose
    label writes the title in parts with blanks between them (where a list would put 、): the person
    the label ends with, the parts joined as the title; never a journalist's or a reporter's turn."""
    m = _PARTED_TITLE_TURN.match(s)
    if m is None:
        return None
    title, name = re.sub(r"\s+", "", m.group(1)), m.group(2)
    if _JOURNALIST.search(title) or not title_end().search(title) or not (surname_of(name) or name in known):
        return None
    sp = person_at_end(title + name, known)
    if sp is None or sp.name != name or not sp.title or _JOURNALIST.search(sp.title):
        return None
    return sp


@cache  # (read once: the host's roles, the guests')
def cast_roles() -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = resources.files("retrieval").joinpath("data/cast_roles.txt").read_text("utf-8")
    lines = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(lines[0]), tuple(lines[1])


@cache
def _cast_line() -> re.Pattern:
    """A role of data/cast_roles.txt (its characters may be spaced out, 嘉  宾) and its colon, opening a line
    or after a blank (主持人：某某 嘉宾：…)."""
    roles = {*cast_roles()[0], *cast_roles()[1]}
    spaced = "|".join("[ \\t\u3000]*".join(map(re.escape, r)) for r in sorted(roles, key=len, reverse=True))
    return re.compile(f"(?:^|(?<=[ \\t\u3000]))(?:{spaced})[ \\t\u3000]*[：:][ \\t\u3000]*")


def _cast_name(tok: str) -> bool:
    """A cast list's bare name: two to four characters from a surname, no title, group or unnamed person."""
    return bool(re.fullmatch(f"[{CJK}]{{2,4}}", tok)) and bool(surname_of(tok)) and not title_end().search(tok) \
        and not is_nonperson(tok) and not unnamed_person(tok) and plausible_name(tok, {}, after_title=True)


def _cast_entries(role: str, words: str) -> dict[str, str] | None:
    """The people one role's field lists (翟 伟 张海军 / 毛某某   某委规划司司长 / 某局副局长李某 /
    李某(某公司董事长)): name → title (the role where the field gives none); None when some part of the
    field is neither a name nor a title (主持人：谢谢大家 is a turn, no list)."""
    if re.search("[，,。！？!?“”「」]", words):
        return None
    tokens: list[str] = []
    parts = []
    for tok in re.split(r"[\s；;]+", words.strip()):  # 张某、李某: names a 、 lists (not a title's posts, 副主任、司长)
        names = tok.split("、")
        parts += names if len(names) > 1 and all(_cast_name(n) for n in names) else [tok]
    for tok in parts:  # 翟 伟 → 翟伟: a name spaced out, one character a token
        if len(tok) == 1 and tokens and len(tokens[-1]) == 1 and surname_of(tokens[-1] + tok):
            tokens[-1] += tok
        else:
            tokens.append(tok)
    names: dict[int, tuple[str, str | None]] = {}
    for k, tok in enumerate(tokens):
        bracket = re.fullmatch(f"([{CJK}]{{2,4}})[（(]([^（()）]{{2,30}})[)）]", tok)
        if bracket and surname_of(bracket.group(1)):
            names[k] = (bracket.group(1), bracket.group(2) if title_end().search(bracket.group(2)) else None)
        elif _cast_name(tok):
            names[k] = (tok, None)
        elif (sp := person_at_end(tok, {})) is not None and sp.title and tok.endswith(sp.name):
            names[k] = (sp.name, sp.title)  # 区某局副局长李某: the title, then the name
        elif not title_end().search(tok):
            return None  # neither a name nor a title: no cast list
    out = {}
    for k, (name, title) in names.items():
        near = [tokens[j] for j in (k - 1, k + 1) if 0 <= j < len(tokens) and j not in names]
        out[name] = title or (near[0] if near else role)
    return out


@lru_cache(maxsize=4)
def cast(text: str) -> dict[str, str]:
    """The people a transcript's cast lines list (主持人：许可 嘉宾：翟 伟 张海军 / 访谈嘉宾：区某局副局长李某 /
    嘉宾：毛某某   某委规划司司长): name → the title the line gives them, else the role. A line opening with a
    role of data/cast_roles.txt and its colon, each field of it (another role's, or another field, 本期编导：,
    ends it) only names and titles."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip().lstrip(_BULLETS + " ")
        fields = list(_cast_line().finditer(line))
        if not fields or fields[0].start() != 0:
            continue
        for m in fields:
            role = re.sub(r"[\s：:]", "", m.group())
            rest = line[m.end() :]
            other = re.search(f"(?:^|[ \\t\u3000])[{CJK}]{{1,6}}[ \\t\u3000]*[：:]", rest)
            for name, title in (_cast_entries(role, rest[: other.start()] if other else rest) or {}).items():
                out.setdefault(name, title)
    return out


_SPACED_NAME = f"([{CJK}])((?:[ \\t\u3000]+[{CJK}]){{1,2}})"
# a turn label whose name is written with blanks between its characters: 许 可：… / [李  萍]…
_SPACED_NAME_LABEL = re.compile(
    f"(?m)^([ \\t\u3000]*)(?:([\\[【]){_SPACED_NAME}([ \\t\u3000]*[\\]】])|{_SPACED_NAME}([ \\t\u3000]*[：:]))")


def spaced_names_joined(paragraph: str) -> str:
    """``paragraph`` with a turn label's spaced name written whole (许 可： → 许可 ：, [李  萍] → [李萍]  ),
    the blanks moved after the name so every offset stays: a label whose name is a surname and one
    or two characters, spaced out as transcripts align them, is that name's turn."""
    def join(m: re.Match) -> str:
        first, rest, close = (m.group(3), m.group(4), m.group(5)) if m.group(2) else (m.group(6), m.group(7), m.group(8))
        name = first + re.sub(r"\s", "", rest)
        if not surname_of(name) or not plausible_name(name, {}, after_title=True):
            return m.group()
        if m.group(2):  # [李萍]  …: the blanks after the bracket
            joined = m.group(2) + name + close.strip()
            return m.group(1) + joined + " " * (len(m.group()) - len(m.group(1)) - len(joined))
        return m.group(1) + name + " " * (len(first) + len(rest) - len(name)) + close
    return _SPACED_NAME_LABEL.sub(join, paragraph) if _SPACED_NAME_LABEL.search(paragraph) else paragraph

"""Whose words a paragraph's opening quotation is when the narrative after it names its owner with no
speech verb beside the name (rules._find calls ``framed_owner`` last, after every reading with a verb).

“开庭！”昨日上午9时30分，…院长高学健敲响法槌… / “晚上十点半，…。”8月8日晚，村民郑继勇在茶厂值班，… /
“你跟不上……”听到记者提出…，李艳国没多想就回绝了: the sentence after the words is read clause by clause.
Clauses naming nobody frame the words (a time, a place, an occasion); the first clause naming anyone names
the owner when it has one person as its subject, with a title or a description before the name at most
(村民郑继勇, 70岁老人孙全祥, 45岁的牧民X) — not an object, a companion, a possessor, a relative (叫醒了陈有兵,
这是张三的…); the one the words call or go to (“钟法官，…”…法官钟春蕾, “所长，…”…向所长张某汇报) is no one's
owner and no rival. Nobody when another party is in play:
the reporter in the sentence, someone unnamed framing the words (有村民…, 在一场消费者…活动上), another
person named as a subject later in the sentence, someone unnamed speaking there. Words the person may have
heard (a framing clause of hearing, 听到喊声，; 听到 after the name) or a party they only face (听到记者提出…,
面对…: data/opening_quotes.txt ``hears``, ``faces``) leave the words theirs only when they react right after
their name in words (回绝, 答应: ``reactions``) and the words ask no question. Functions only: the page's
names are passed in by the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .clauses import (
    _FIRST_PERSON,
    _KIN,
    _QUOTE_RUN,
    _REPORTER,
    _SENTENCE_END,
    _VERB_RE,
    _nominal,
    _strip_adverbials,
)
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    NAME_SEP,
    TIME_LEAD,
    lede_end,
    oblique,
    pos_tags,
    title_words,
    unnamed_person,
)
from .quotes import _ADDRESSEE, _NOT_DESCRIPTION, _called_in_quote
from .references import _mentions, _tagged_names, _unnamed_rest
from .words import _keyed_data

# an opening quotation of uttered words: a sentence's end inside it (“开庭！” “我想回家。”), or
# a longer quotation holding a pause (“精心，用心，感受到了回家的温暖！”) — not a quoted term
_UTTERED = re.compile(r"“[^“”]*[。！？!?…]+”|「[^「」]*[。！？!?…]+」|“[^“”]{8,}”|「[^「」]{8,}」")
# an age before a person's role or name (70岁老人|孙全祥, 93岁的|文学科)
_AGE = re.compile(f"(?:\\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:多|余)?(?:岁|周岁)(?:的)?[{CJK}]{{0,4}}$")


@lru_cache(maxsize=1)
def _opening_words() -> dict[str, tuple[str, ...]]:
    """data/opening_quotes.txt: ``hears``, ``faces``, ``reactions``, ``place_ends`` (longest first)."""
    return _keyed_data("opening_quotes.txt")


def names_the_subject(head: str) -> bool:
    """Do the words before a person's name in a clause only name or describe them (村级河长|王虹,
    北京学生家长|窦静, 在广州求学的|王虹, 滦平县…村70岁老人|孙全祥, a time first) — no verb or preposition
    making them an object (大家都认识|王虹, 记者见到|王虹)?"""
    head = TIME_LEAD.sub("", LEAD.sub("", head.strip("，, ")))
    if not head:
        return True
    if head.endswith("的"):
        return _NOT_DESCRIPTION.search(head) is None
    return all(flag[:1] in ("n", "m", "t", "x", "q", "j", "b", "a") for _, flag in pos_tags(head))


def _described(before: str, title: str | None) -> bool:
    """Do the words before the name in its clause (its title taken off) only describe the person:
    nothing, a time or an adverbial, a description ending in 的 and a word or two (38岁的牧民), an age
    (70岁老人), or words that only name or describe (``names_the_subject``)?"""
    if title and before.endswith(title):
        before = before[: -len(title)]
    before = TIME_LEAD.sub("", _strip_adverbials(before.strip()))
    if not before:
        return True
    if _NOT_DESCRIPTION.search(before):
        return False
    return bool(re.search(f"的[{CJK}]{{0,5}}$", before) or _AGE.search(before)) or names_the_subject(before)


def _place_name(clause: str, pos: int, name: str) -> bool:
    """Is the name jieba tagged at ``pos`` a place's (张百湾|镇): a place's ending right after it, no title word?"""
    after = clause[pos + len(name) :]
    if any(after.startswith(t) for t in title_words() if len(t) >= 2):
        return False  # 张三|区长: the person, then their title
    return after.startswith(_opening_words().get("place_ends", ()))


def _people(memo: dict, known: dict[str, str | None], clause: str) -> list[tuple[int, Speaker]]:
    """The persons a clause names, in order: titled or known names and the names jieba tags after them
    (not a place's name: 张百湾|镇); a surname and a polite form (消费者李女士) names no one."""
    found = _mentions(memo, known, clause)
    first = found[0][0] + len(found[0][1].name) if found else 0
    for sp, _ in _tagged_names(known, clause):
        pos = clause.find(sp.name)
        if pos >= first and not _place_name(clause, pos, sp.name):
            found = [*found, (pos, sp)]  # (after a name the page knows: 村长X和会计Y; not in its description)
    return sorted(found, key=lambda m: m[0])


def _other_party(memo: dict, known: dict[str, str | None], clause: str) -> bool:
    """Does a clause naming no one we can name bring in someone unnamed (有村民…, 消费者…)?"""
    return unnamed_person(_unnamed_rest(memo, known, clause))


def _opens_with(clause: str, key: str) -> bool:
    """Does the clause open with a word of data/opening_quotes.txt's ``key`` (听到…, 面对…)?"""
    return TIME_LEAD.sub("", LEAD.sub("", clause.strip())).startswith(_opening_words().get(key, ()))


def _reacts(after: str) -> bool:
    """Do the words right after the name (a dozen characters) answer in words (没多想就回绝了: ``reactions``)?"""
    return any(w in after[:12] for w in _opening_words().get("reactions", ()))


def _spoken_to(quote: str, clause: str, pos: int, sp: Speaker) -> bool:
    """Is the person named at ``pos`` the one the words go to (向/对/给 before them in their clause:
    向派出所所长张某进行了汇报) or the one the quotation calls (“所长，…”, “张三，…”)?"""
    return _ADDRESSEE.search(clause[:pos]) is not None or _called_in_quote(quote, sp)


def _speaks(clause: str) -> bool:
    """Does the clause hold a speech verb saying something (村民就说, not 说明书)?"""
    return any(not _nominal(clause, m.start(), m.group()) for m in _VERB_RE.finditer(clause))


def framed_owner(memo: dict, known: dict[str, str | None], s: str, masked: str) -> Speaker | None:
    """The person the sentence after a paragraph's opening words names as their owner (the module's
    reading), or None. ``masked``: ``s`` with its quotations and brackets as NULs."""
    if (lede := lede_end(s)) and s[lede : lede + 1] in ("“", "「"):
        return framed_owner(memo, known, s[lede:], masked[lede:])
    qm = _QUOTE_RUN.match(s) or _UTTERED.match(s)
    if qm is None or not re.search(r"[，。！？,!?…]|\.{3}", qm.group()) and not (qm.re is _QUOTE_RUN and _FIRST_PERSON.search(qm.group())):
        return None  # (“我主动申请…”“我会保全…”: words in a row, in the first person, are uttered too)
    rest = re.sub("\u0000+", " ", masked[qm.end() :])  # (a quotation or a bracket as one space: no clause break)
    first = _SENTENCE_END.split(rest)[0]
    if not first.strip():
        return None
    clauses = [c for c in BOUNDARY.split(first) if c.strip()]
    perceived = False
    for k, clause in enumerate(clauses):
        # (the one the words go to, 向…所长张某汇报, or the one they call, “所长，…”: no owner, no rival)
        people = [(p, o) for p, o in _people(memo, known, clause) if not _spoken_to(qm.group(), clause, p, o)]
        if not people:
            hears = _opens_with(clause, "hears")
            if _REPORTER.search(clause) or _other_party(memo, known, clause):
                if not (hears or _opens_with(clause, "faces")):
                    return None  # 记者在…看到, 有村民说…, 在一场消费者…活动上: another party frames the words
                perceived = True
            perceived = perceived or hears  # 听到喊声，…: the words may be what was heard
            continue
        if len({sp.name for _, sp in people}) != 1:
            return None  # 院长X和副院长Y: two people the words could be
        pos, sp = people[0]
        written = next((w for w in (sp.name, re.split(f"[{NAME_SEP}]", sp.name)[-1]) if clause.startswith(w, pos)), None)
        if written is None:
            return None  # (the name as written is another form: where it ends is unsure)
        after = clause[pos + len(written) :]
        if not _described(clause[:pos], sp.title) or oblique(clause, pos, written) \
                or after[:1] in ("的", "") or _KIN.match(after):
            return None  # an object, a possessor, a relative
        if re.match("[、和与及同跟]", after):
            return None  # 村长X和会计Y一同…: two people lead the sentence
        if unnamed_person(after) and _speaks(after) or any(w in after for w in _opening_words().get("hears", ())):
            return None  # X听村民说, X听到有人喊: another's words, heard
        if perceived and (not _reacts(after) or re.search("[？?]", qm.group())):
            return None  # the party heard or faced may own the words, unless the person reacts to it
        if any(_REPORTER.search(c) for c in clauses[k:]):
            return None  # the reporter in the sentence (接受记者采访时, 对记者说): the words may answer them
        for later in clauses[k + 1 :]:
            if any(o.name != sp.name and not oblique(later, p, o.name) and not _spoken_to(qm.group(), later, p, o)
                   for p, o in _mentions(memo, known, later)):
                return None  # another person as a subject of the sentence: two in play
            if _speaks(later) and _other_party(memo, known, later):
                return None  # someone unnamed speaking in the sentence (…，村民就说)
        return sp
    return None

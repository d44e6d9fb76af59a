"""Quotations and speech verbs: whose words a sentence reports (speakers.py's quotes layer).

The speech verbs a page's names may take (``_verbs_here``) and whether a name ends where a verb
starts, the subject of a quotation written before or after it (``_last_subject_then_quote``,
``_quote_then_subject``, ``_subject_at``), the jieba-tagged subject of a paragraph, and the doubts
about one person's words: another person's quoted words inside them (``_says_quoted``,
``_voiced_by_other``), a paragraph another speaker opens (``_opened_by_another``). Functions
only: the page's names and text are passed in explicitly by ``Attributor``.
"""

from __future__ import annotations

import re

from ..models import Speaker
from .clauses import (
    _FIRST_PERSON,
    _KIN,
    _MASK,
    _NAME_CHARS,
    _QUOTE_RUN,
    _REPORTER,
    _REPORTER_SUBJECT,
    _SAYS_AFTER,
    _SENTENCE_END,
    _VERB_RE,
    _according,
    _described_before,
    _in_press_question,
    _no_words_follow,
    _nominal,
    _quoted_before,
    _strip_adverbials,
    _verbs_after,
)
from .lexicon import (
    BOUNDARY,
    CJK,
    NAME_SEP,
    TIME_LEAD,
    addressed_person,
    by_role,
    is_nonperson,
    lede_end,
    oblique,
    person_at_end,
    surname_of,
    unnamed_person,
)
from .references import (
    _clause_opener,
    _mentions,
    _tagged_names,
    _titled_opener,
    _unnamed_rest,
)


def _says_quoted(s: str, name: str) -> bool:
    """Does ``name`` speak quoted words in ``s`` — a speech verb after it, then a quotation
    (张超表示：“我们会继续努力。”, 雷军在直播中辟谣：「…」), or a quotation right before the name
    (“…”陈思雨笑着说。) — not a quoted topic before the verb (就“…”发言)?"""
    # only adverbials between the name and the verb: 刘晏|含心痛得说 is no name before its verb
    at, end = s.find(name), 0
    while at >= 0:
        m = _SAYS_AFTER.match(s, at + len(name)) if at >= end else None
        if m is not None:
            if not _strip_adverbials(re.sub(r"[\s，,]", "", m.group(1))):
                return True
            end = m.end()
        at = s.find(name, at + 1)
    # “…”，拥有30余年调解经验的马善祥说。: the quotation, a description of the speaker, the verb closing the sentence
    if name not in s or ("”" not in s and "」" not in s):
        return False  # neither pattern can match (both need the name and a closing quotation mark)
    return _quoted_before(name).search(s) is not None or _described_before(name).search(s) is not None


def _voiced_by_other(known: dict[str, str | None], s: str, found: Speaker, answer: bool = False) -> bool:
    """Does a paragraph the speaker's words would continue into report someone else's words
    in the reporter's voice — a speech verb whose subject is a group, an organisation or
    another person (全国政协委员 苏权科：…。 then 委员们表示，要…), with no first person of the
    speaker's in it? A speaker who reports what others said (院领导又说…) speaks as 我.
    In an ``answer`` to a question (a transcript's answer going on after 问：…), a group or
    an organisation is the answerer's own voice (发言人：… / 中方认为，…); people (企业家们) or
    another person are not."""
    if _FIRST_PERSON.search(_MASK.sub("", s)):
        return False
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    surname = surname_of(found.name)
    for vm in _VERB_RE.finditer(masked):
        v = vm.start()
        if _nominal(masked, v, vm.group()):
            continue
        if _no_words_follow(masked, vm.end()) or masked[vm.end() : vm.end() + 1] == "的":
            continue
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
        raw = re.sub(r"\s+", "", masked[clause_start:v].replace("\u0000", ""))
        core = TIME_LEAD.sub("", _strip_adverbials(raw)) or (raw if raw.endswith("们") else "")  # 代表们 is no 代表X
        if not core or len(core) > 12 or not re.fullmatch(f"[{CJK}{NAME_SEP}]+", core):
            continue
        if core[0] in "我你咱这那其" or (core[0] in "他她" and not core.startswith(("他们", "她们"))):
            continue  # the speaker's own voice, or a 他/她 that may mean the speaker
        if found.name in core or core in found.name or by_role(core, known) == found:
            continue
        if surname and core.startswith(surname):
            continue  # 詹书记: the speaker again
        # a subject, not a phrase before a verb that says nothing here (为乡村学校补充教师)
        other = person_at_end(core, known)
        if other is not None and other.name != found.name or core.endswith("们"):
            return True  # another person, or people (企业家们认为…), even in an answer
        if is_nonperson(core) and not answer:
            return True
    return False


def _opened_by_another(memo: dict, known: dict[str, str | None], s: str, found: Speaker) -> int:
    """Does the paragraph open with a quotation and name another person (as a subject) before
    the speaker — “…”主帅李春江对比赛进行了点评。胡金秋只总结了八个字：“…” — so that the
    opening words may be the other person's? How long those words are (0: no)."""
    opening = re.match(r"\s*(“[^“”]{8,}”|「[^「」]{8,}」)", s)
    if opening is None or not re.search("[，。！？,!?]", opening.group()):
        return 0
    rest = s[opening.end() :]
    at = rest.find(found.name)
    if at <= 0:
        return 0
    between = _MASK.sub("", rest[:at])
    if any(sp.name != found.name and not oblique(between, pos, sp.name) for pos, sp in _mentions(memo, known, between)):
        return len(opening.group())
    return 0


def _verbs_here(known: dict[str, str | None], masked: str) -> re.Pattern:
    """The speech verbs, and 指 right after a name the page named (贺一诚指每日…, 梁君彦指议员「…」):
    that person said it, whatever follows (not 指出, 指导, 指着…: ``_POINTING``). Only the names
    written before a 指 in ``masked`` (the others could not match there): most paragraphs need
    the verbs alone, compiled once."""
    if "指" not in masked:
        return _verbs_after(())
    names = tuple(sorted((n for n in known if len(n) >= 2 and n + "指" in masked and _NAME_CHARS.fullmatch(n)), key=len))
    return _verbs_after(names)


def _name_ends_at(known: dict[str, str | None], masked: str, v: int) -> bool:
    """Does a person the page named end right before the verb at ``v`` (村副主任卢正学|说: not
    学说, a theory)? Then the verb is that person's speech, whatever word it makes with the name."""
    if _according().search(masked[:v]) or masked[v - 1 : v] in ("的", "在") or _in_press_question(masked, v):
        return False  # 按照张磊要求: what someone asked before, referred to (媒体问，张三提出…: what is asked about)
    return any(len(n) >= 2 and masked.startswith(n, v - len(n)) for n in known)


def _last_subject_then_quote(memo: dict, known: dict[str, str | None], text: str, original: str, names: dict[str, str], s: str, masked: str) -> Speaker | None:
    """A paragraph's first sentence, its last clause naming anyone opening with one person, then a
    quotation in the first person standing alone (…陈万德病危，力荐陈大兴接任，可陈大兴内心却纠结了好久，
    才勉强答应。“当时自己年纪小，…我自家也很穷…”): the quotation is that person's."""
    for qm in re.finditer(r"[。！？!?]\s*(“[^“”]{6,}(?:”|\s*$)|「[^「」]{6,}(?:」|\s*$))", s):
        if not _FIRST_PERSON.search(qm.group(1)):
            continue
        sentence = masked[: qm.start()]
        if _SENTENCE_END.search(sentence) or "\u0000" in sentence or _REPORTER.search(sentence):
            continue  # the paragraph's one sentence, then the words (after more, whose they are is unsure)
        named = [c for c in BOUNDARY.split(sentence) if _mentions(memo, known, c) or _tagged_names(known, c)]
        if named and (sp := _clause_opener(memo, known, text, original, names, named[-1])) is not None:
            return sp
    return None


def _quote_then_subject(memo: dict, known: dict[str, str | None], s: str, masked: str) -> Speaker | None:
    """A paragraph that opens with a quotation and then tells of one person, named as the
    subject of the next sentence (“希望……。”还有3年，谢莉茹就将…): the quotation is theirs.
    A dateline and the reporters' credit may come first (中新社…电 (记者 张三)“……”)."""
    if (lede := lede_end(s)) and s[lede : lede + 1] in ("“", "「"):
        return _quote_then_subject(memo, known, s[lede:], masked[lede:])
    qm = re.match(r"“[^“”]{8,}”|「[^「」]{8,}」", s) or _QUOTE_RUN.match(s)  # or “…？”“…？”
    if not qm or not re.search("[，。！？,!?]", qm.group()):
        return None
    rest = masked[qm.end() :].replace("\u0000", " ")
    first = _SENTENCE_END.split(rest)[0]
    if unnamed_person(_unnamed_rest(memo, known, first)) or _REPORTER_SUBJECT.search(first):
        return None
    people = {sp.name for _, sp in _mentions(memo, known, rest)}
    if not people:  # nobody titled or known: the names jieba tags in the next sentence
        named = _tagged_names(known, first)
        return named[0][0] if len(named) == 1 and not named[0][1] else None
    return _subject_of(memo, known, first) if len(people) == 1 else None


def _tagged_subject(known: dict[str, str | None], text: str, s: str) -> Speaker | None:
    """The one person jieba tags as a subject in a paragraph's last sentence, named at least
    twice on the page (…一抬头却发现赵启正已经站在面前了。): whom a 他 opening the next means."""
    bare = _MASK.sub("", s).rstrip("。！？!?；; ")
    last = _SENTENCE_END.split(bare)[-1]
    if not last or _SENTENCE_END.search(s) is None and len(s) < 25:
        return None  # a heading or a caption is about nobody in particular
    named = [sp for sp, is_oblique in _tagged_names(known, last) if not is_oblique]
    if len(named) != 1 or text.count(named[0].name) < 2:
        return None
    return named[0]


def _subject_of(memo: dict, known: dict[str, str | None], text: str) -> Speaker | None:
    """The last person ``text`` names as a subject (not 与X…, 会见X, X的…)."""
    found = _subject_at(memo, known, text)
    return found[1] if found else None


def _subject_at(memo: dict, known: dict[str, str | None], text: str) -> tuple[int, Speaker] | None:
    """Where the last subject of ``text`` is named, and who: not an object or companion
    (与X…, 会见X), not a possessor (出席胡锦涛的晚宴, 项瑞母亲)."""
    subjects = [
        (pos, sp) for pos, sp in _mentions(memo, known, text)
        if (not oblique(text, pos, sp.name) or _titled_opener(text, pos, sp))
        and text[pos + len(sp.name) : pos + len(sp.name) + 1] != "的"
        and not _KIN.match(text, pos + len(sp.name))  # 项瑞母亲: the relative is the subject
    ]
    return subjects[-1] if subjects else None


# an opening quotation of uttered words: a sentence's end inside it (“开庭！” “我想回家。”), or
# a longer quotation holding a pause (“精心，用心，感受到了回家的温暖！”) — not a quoted term
_UTTERED = re.compile(r"“[^“”]*[。！？!?…]+”|「[^「」]*[。！？!?…]+」|“[^“”]{8,}”|「[^「」]{8,}」")
# what may stand before a subject's name in its clause: a description ending in 的 (38岁的牧民,
# 在广州求学的), never a verb or a preposition that makes the name an object (这是/让/对…)
_NOT_DESCRIPTION = re.compile("[是让对给向把被和与跟同替帮令使叫请问为]")


def _addressed_in_quote(quote: str, sp: Speaker) -> bool:
    """Does ``quote`` open by calling ``sp`` — the name, or the surname and a word or two of address,
    then a pause (“胡法官，多亏了您调解…”, “李强，你…”)? Then ``sp`` is spoken to, not the speaker."""
    surname = surname_of(sp.name)
    if not surname:
        return False
    return re.match(f"[“「]\\s*(?:{re.escape(sp.name)}|{re.escape(surname)}[{CJK}]{{1,3}}?)[，,！!]", quote) is not None


def _addressed_in(text: str) -> list[tuple[int, Speaker]]:
    """Where ``text`` names people by a surname and a polite form (消费者李女士, 平潭的王女士:
    ``addressed_person``), and who."""
    out: list[tuple[int, Speaker]] = []
    for clause in BOUNDARY.finditer(f"{text}。"):
        start = max((b.end() for b in BOUNDARY.finditer(text, 0, clause.start())), default=0)
        for end in range(start + 2, clause.start() + 1):
            if (sp := addressed_person(text[start:end])) is not None:
                out.append((end - len(sp.name), sp))
                break
    return out


def _quote_then_framed_subject(memo: dict, known: dict[str, str | None], s: str, masked: str) -> Speaker | None:
    """A paragraph that opens with uttered words, then a sentence that frames them — a time, a
    place or an occasion first (昨日上午9时30分，… / 7月20日，在…发布会上，… / 谈起…工作，…) — and
    names one person as the subject of its first clause that names anyone (“开庭！”昨日上午9时30分，
    台江区人民法院院长高学健敲响法槌… / “茶，喝茶！”38岁的牧民X脱去棉帽…): the words are theirs.
    Not a reporter or an unnamed person (记者问, 有村民说), nor a person the clause makes an object,
    a possessor or a companion (这是张三的…, 让李四…, 与王五…)."""
    if (lede := lede_end(s)) and s[lede : lede + 1] in ("“", "「"):
        return _quote_then_framed_subject(memo, known, s[lede:], masked[lede:])
    qm = _QUOTE_RUN.match(s) or _UTTERED.match(s)
    if qm is None or not re.search(r"[，。！？,!?…]|\.{3}", qm.group()) and not (qm.re is _QUOTE_RUN and _FIRST_PERSON.search(qm.group())):
        return None  # (“我主动申请…”“我会保全…”: words in a row, in the first person, are uttered too)
    rest = masked[qm.end() :].replace("\u0000", " ")
    first = _SENTENCE_END.split(rest)[0]
    if not first.strip() or _REPORTER_SUBJECT.search(first) or _REPORTER.search(first):
        return None  # (the reporter anywhere in the framing: 接受记者专访时, 记者看到…)
    ms = _mentions(memo, known, first)
    unnamed = _unnamed_rest(memo, known, first)
    if not ms:  # nobody titled or known: a surname and a polite form (消费者李女士), or the one name jieba tags
        ms = _addressed_in(first)
        for pos, sp in reversed(ms):
            start = pos - len(sp.title or "") if first[:pos].endswith(sp.title or "") else pos
            unnamed = unnamed[:start] + "，" + unnamed[pos + len(sp.name) :]
    if not ms:
        tagged = _tagged_names(known, first)
        if len(tagged) != 1 or tagged[0][1] or first.count(tagged[0][0].name) != 1:
            return None
        ms = [(first.find(tagged[0][0].name), tagged[0][0])]
    if unnamed_person(unnamed):
        return None  # someone unnamed is there too (有村民…): whose words they are is unsure
    if len({sp.name for _, sp in ms}) != 1:
        return None  # two people the words could be
    pos, sp = ms[0]
    clause_start = max((b.end() for b in BOUNDARY.finditer(first, 0, pos)), default=0)
    before = first[clause_start:pos].strip()
    if sp.title and before.endswith(sp.title):
        before = before[: -len(sp.title)]
    before = TIME_LEAD.sub("", _strip_adverbials(before))
    if before and (_NOT_DESCRIPTION.search(before) or not re.search(f"的[{CJK}]{{0,5}}$", before)):
        return None  # (38岁的牧民X: a description, then a word for what the person is)
    after = first[pos + len(sp.name) :]
    if after[:1] in ("的", "") or _KIN.match(after) or oblique(first, pos, sp.name):
        return None
    return sp

"""Who a clause's subject is: the walk's readings of the person before a speech verb or a quotation.

``_subject`` reads the words before a speech verb (a title and name, a surname and title, a role
noun, 他/她 and whom it means, a chained clause ``…的X说``); ``_person_before`` links a pronoun to
the last subject named before it, else the salient person, and marks rivals; ``_leading_person``
the person a sentence opens with; ``_subject_then_quote`` a sentence about one person then a
quotation. Functions of the walk's state (``walkstate.WalkState``), which they read and update
(the pronoun's ``via`` and ``rivals``, the ``salient`` person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .clauses import (
    _ADV_WORDS_LIST,
    _ASKED_AFTER,
    _ASKS,
    _CAUSATIVE,
    _CONNECTIVES,
    _FIRST_PERSON,
    _FOR_EXAMPLE,
    _GROUP_END,
    _INVITE,
    _JOURNALIST,
    _KIN,
    _MASK,
    _POSSESSED_WORDS,
    _REPORTER,
    _SENTENCE_END,
    _STATEMENT,
    _TAIL_ADV,
    _TIME_CLAUSE,
    _TO_BEFORE,
    _VERB_RE,
    _cores,
    _invited,
    _nominal,
    _reference_patterns,
    _strip_title_tail,
    _trimmed,
)
from .experiencer import moved_person
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    SIGNALS,
    TIME_LEAD,
    TOPIC_LEADS,
    addressed_person,
    by_role,
    caption_or_heading,
    clause_not_name,
    cut_short,
    data_words,
    dateline_places,
    in_credit,
    known_at,
    oblique,
    organisation_label,
    page_characters,
    page_nonperson,
    person_at_end,
    plausible_name,
    pos_tags,
    simplify_aligned,
    surname_of,
    title_end,
    title_words,
    unnamed_person,
    word_starts,
)
from .opening import names_the_subject as _names_the_subject
from .overrun import known_head
from .quotes import (
    _read_out_author,
    _subject_at,
    _tagged_subject,
)
from .references import (
    _canonical,
    _clause_opener,
    _coordinated,
    _describes_opener,
    _familiar_reference,
    _given_part_form,
    _known_name_titled,
    _mentions,
    _named_in_manner,
    _object_before,
    _other_speaker,
    _own_title_after,
    _pronoun_in_manner,
    _rank,
    _role_shared,
    _short_form,
    _sole_holder,
    _spoken_to,
    _surname_alone,
    _surname_reference,
    _tagged_names,
    _unread_subject,
    _when_subject,
)
from .runon import orphaned
from .turns import cast
from .walkstate import WalkState


def _titled_clause_subject(state: WalkState, masked: str, v: int, s: str) -> Speaker | None:
    """The subject of a speech verb whose clause holds a book's, a paper's or a programme's
    title (董明珠在接受央视二套《对话》栏目时称): the clause read across the title — never a
    place the page's dateline names; a 他/她 opening the clause is its subject (他昨晚在《南洋商报》
    …巴生站致词时说: whom 他 means)."""
    clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v) if b.group() not in "《》"), default=0)
    pre = masked[clause_start:v].replace("\u0000", "")
    opening = LEAD.sub("", pre.strip())
    if opening[:1] in ("他", "她") and opening[1:2] != "们":
        sp = _person_before(state, masked[:clause_start])
        state.via = "pronoun" if sp is not None else None
        return sp
    sp = _subject(state, pre, masked, clause_start, s)
    return None if sp is None or _no_person(state, simplify_aligned(_trimmed(sp).name)) else sp


def _dateline_place(state: WalkState, name: str) -> bool:
    """Is ``name`` a place the page's datelines name ((巴生28日讯))?"""
    if state.places is None:
        state.places = dateline_places(state.text)
    return simplify_aligned(name) in state.places


def _no_person(state: WalkState, name: str) -> bool:
    """A clause read as a name (``lexicon.clause_not_name``), or a place the page's dateline
    names ((巴生28日讯) → 巴生站致词时说: the place, not a person). Never a name a transcript's cast line
    lists (主持人：许可: a person, whatever the word means elsewhere)."""
    if name in cast(state.text):
        return False
    if clause_not_name(name) or organisation_label(name) or page_nonperson(name, state.text):
        return True  # (隆雪华|堂, 东旺|派出所, 祝贺/nr: the page shows an organisation or a word)
    if state.places is None:
        state.places = dateline_places(state.text)
    return name in state.places


def _subject_then_quote(state: WalkState, s: str, masked: str) -> Speaker | None:
    """A sentence about a person, then a quotation standing alone as the next sentence
    (葛江涛下车后甚是兴奋。“真是太快了……”): the quotation is that person's."""
    # the quotation may be left open at the paragraph's end, to go on in the next one
    for qm in re.finditer(r"[。！？!?]\s*(“[^“”]{6,}(?:”|\s*$)|「[^「」]{6,}(?:」|\s*$))", s):
        sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, qm.start())), default=0)
        sentence = masked[sent_start : qm.start()]
        if "\u0000" in sentence or _REPORTER.search(sentence):
            continue
        sp = _leading_person(state, sentence, masked[:sent_start])
        if sp is not None:
            return sp
        if _FIRST_PERSON.search(qm.group(1)) and not _REPORTER.search(masked[: qm.start()]):
            # 刘永好最关注…。新希望集团还设立了…。“我们现在…”: the one person the paragraph is about,
            # named as the subject of its first sentence and nowhere else anyone
            people = {sp.name for _, sp in _mentions(state.memo, state.known, masked[: qm.start()])}
            first = _SENTENCE_END.split(masked[: qm.start()])[0]
            at = _subject_at(state.memo, state.known, first) if len(people) == 1 else None
            if at is not None and not _tagged_names(state.known, masked[: qm.start()].replace(at[1].name, "")):
                return at[1]
    return None


def _salient(state: WalkState) -> Speaker | None:
    """Whom a 他/她 with no one named before it means: the person jieba tags at the end of the
    paragraph before, if that one named nobody else, else the salient person."""
    if state.untagged is not None:
        state.untagged, tagged = None, _tagged_subject(state.known, state.text, state.untagged)
        state.salient = tagged or state.salient
    return state.salient


def _no_one_in(state: WalkState, text: str) -> bool:
    """Does ``text`` name or point to no person at all — no name, no title word, no 他/她 (此事, 外界质疑)?"""
    return not (_mentions(state.memo, state.known, text) or _tagged_names(state.known, text)
                or re.search("[他她你我]", text) or any(w in text for w in title_words()))


def _subject(state: WalkState, pre: str, masked: str, clause_start: int, s: str) -> Speaker | None:
    """The person ``pre``, a speech verb's clause up to the verb, names as its subject, or None —
    never a name standing in the clause only right after a digit (第46军175师|野战补充团: a numbered
    unit, no person: a name never follows a number with no measure word or date between)."""
    sp = _clause_subject(state, pre, masked, clause_start, s)
    if sp is not None and (spots := [m.start() for m in re.finditer(re.escape(sp.name), pre)]) \
            and all(at > 0 and pre[at - 1].isdigit() for at in spots):
        return None
    return sp


def _clause_subject(state: WalkState, pre: str, masked: str, clause_start: int, s: str) -> Speaker | None:
    parts = re.split(r"\s+", pre.strip())
    if len(parts) > 1 and len(parts[-1]) >= 2 and re.search(f"[{CJK}]\\s+[{CJK}]", pre):
        # 记者李慧 董明珠在接受…时称: a space ends a byline or a label before the subject
        sp = _subject(state, parts[-1], masked, clause_start, s)
        if sp is not None:
            return sp
    pre = re.sub(r"\s+", "", pre)
    if pre.startswith(TOPIC_LEADS) and "的" not in pre:
        # 针对议员杨巧双指，若…，他笑称: the one a reply answers, its subject comes later (not
        # 对于长城今年的表现魏建军表示: the topic ends at 的…, its subject follows)
        if _no_one_in(state, pre):
            # 刘柏良出席…时，针对此事表示: a matter, no person — the verb's subject opens the sentence
            return _subject_core(state, "", masked, clause_start, s, pre)
        return None
    if not re.sub(r"[\s并也还又]", "", pre) and (author := _read_out_author(state.memo, state.known, masked, clause_start)) is not None:
        return author  # 杨某亲撰求情信，由…大律师蔡某在庭上宣读，表示「…」: the author's words, read out
    if _INVITE.match(pre) or _invited(masked, clause_start, clause_start):
        return None  # 请发言人邢志宏介绍… / 请A，B介绍…: people invited to speak, words announced, not reported
    if _GROUP_END.search(pre):
        return None  # 张一、王二等先后表示: a group speaks, no one person
    found = []
    cores = _cores(pre)
    for stripped, core in enumerate(cores):
        if stripped and len(core) not in word_starts(pre) and not pre.startswith(tuple(state.known)) \
                and core not in ("他", "她"):
            continue  # 赵大|姐感慨地说: an adverbial is stripped at a word's start, not inside one (他|续说: 他 is a word)
        sp = _subject_core(state, core, masked, clause_start, s, pre)
        if sp is not None:
            sp = known_head(state.known, sp)  # 王建军|常对大家说: the known name, not 王建军常
        if sp is not None and core.endswith(sp.name) and _spoken_to(core, sp.name):
            continue  # 希望能跟侯孝贤说一声: 侯孝贤 is spoken to, not the speaker
        if sp is not None and _dateline_place(state, sp.name):
            continue  # (巴生28日讯) … 晚宴巴生站致词时说: the place, never the speaker
        if sp is not None and not _TAIL_ADV.search(sp.name):
            lead = LEAD.sub("", core)
            # 他昨晚在…时(说): a 他 before adverbials the cores keep is still the pronoun
            via = "pronoun" if lead in ("他", "她") or re.match("[他她](?![们的])", lead) and sp.name not in core else None
            found.append((_rank(state.known, sp), stripped, sp, via))
    if not found and cores and not cores[0].endswith("地") and (opener := _opener_then_doing(state, LEAD.sub("", cores[0]))) is not None:
        found.append((0, 0, opener, None))  # 行政院长卓荣泰今在立院院会答询(说): the clause's one person, doing something first
    if not found:
        return None
    best = min(found, key=lambda t: t[:2])
    state.via = best[3]
    return best[2]


_RELAYED = re.compile("(?:" + "|".join(sorted(map(re.escape, data_words("relayed.txt")), key=len, reverse=True)) + ")(.{2,30}?)的(?:话|讲话|原话)$")


def _relayed_person(state: WalkState, core: str) -> Speaker | None:
    """The person whose words a subject relays (陆慷援引王毅的话强调说, 他引述部长李明的讲话指出:
    data/relayed.txt): the words that follow are theirs. A person the page named, titled or known."""
    m = _RELAYED.search(core)
    return person_at_end(m.group(1), state.known) if m else None


def _described_head(state: WalkState, core: str) -> Speaker | None:
    """The name a subject phrase ends in after 的, when its description names another person
    (代替队长惠若琪出席发布会的曾春蕾, 陪同张三考察的李四): the phrase's head speaks, never the person
    inside the description. A known name, or one that reads as a surname and a given name."""
    m = re.search(f"的([{CJK}]{{2,3}})$", core)
    if m is None or not _mentions(state.memo, state.known, core[: m.start()]):
        return None
    name = m.group(1)
    if name in state.known:
        return Speaker(name, state.known[name])
    if surname_of(name) != name[:1] or clause_not_name(name) or not plausible_name(name, state.known, after_title=False):
        return None
    return Speaker(name, None)


def _subject_core(state: WalkState, core: str, masked: str, clause_start: int, s: str, pre: str) -> Speaker | None:
    if _CONNECTIVES.fullmatch(core) and (sp := _chained_subject(state, masked, clause_start)) is not None:
        return sp
    core = LEAD.sub("", core)
    if core in ("他", "她") or _pronoun_in_manner(state.known, core):  # 他一脸忧心的(说): the pronoun, then manner
        moved, who = moved_person(state.memo, state.known, masked[:clause_start].replace("\u0000", " "))
        if moved:
            return who  # …的讲话让新生周小雨深受感动，她说: the one moved, named or not
        return _when_subject(state.memo, state.known, masked[:clause_start]) or _person_before(state, masked[:clause_start])
    if not core:  # clause-initial verb: the person its sentence opens with
        sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
        if sent_start == clause_start:
            return None
        sentence = masked[sent_start:clause_start]
        # 他认为，…，就此他以…身份向政府提出: a 他 opening the sentence means whom the paragraph
        # named before it, if it named anyone (霍启刚则认为…。他认为…), not the last paragraph's speaker
        named_before = bool(_mentions(state.memo, state.known, masked[:sent_start].replace("\u0000", " ")))
        if (timed := TIME_LEAD.sub("", sentence.lstrip())) != sentence.lstrip() and timed[:1] in ("，", ","):
            sentence = timed[1:]  # 会上，某局主任宋某…，并强调指出: the time's comma, then the sentence's person
        lead = _leading_person(state, sentence, masked[:sent_start] if named_before else None)
        if lead is not None and lead.name in sentence and _object_before(sentence, lead) \
                and (named_before or _anyone_tagged(state, masked[:sent_start]) or not _describes_opener(sentence, lead)):
            # 全市上下牢记习近平总书记…嘱托，…，提出…: the person is an object, not the subject (夺得冠军的
            # 跑手某某，…，表示 opening a paragraph's naming: a clause describes its subject)
            return None
        if lead is not None and (bare := sentence.replace("\u0000", "")).find(lead.name) >= 0 \
                and bare[bare.find(lead.name) + len(lead.name) :].startswith("的"):
            return None  # 王某的话语不仅展现了…，希望…: the sentence is about his words, the verb not his
        if lead is None and masked[clause_start - 1] in "，,":
            # 得知…，黄沛华非常高兴，并表示…: the one person opening the clause just before
            prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
            if prev_start > sent_start or prev_start == sent_start == 0:
                lead = _clause_opener(state.memo, state.known, state.text, state.original, state.names, masked[prev_start : clause_start - 1])
        return lead
    if _STATEMENT.match(core):
        return state.last if state.last_mode == "verb" else None
    sp = person_at_end(core.removeprefix("据"), state.known) or _short_form(state.known, core.removeprefix("据"))
    if sp is None:
        sp = _given_part_form(state.known, core.removeprefix("据"))
    if sp is None:
        sp = _surname_reference(state.known, state.text, state.original, state.names, core.removeprefix("据"))
    if sp is None:
        sp = _familiar_reference(state.known, state.text, state.original, state.names, core)  # 老张(笃定地说)
    if sp is None:
        sp = _known_name_titled(state.known, core.removeprefix("据"))  # 王小战校长(告诉记者)
    if sp is None and clause_not_name(core):
        sp = _surname_alone(state.known, core)  # 李则(称): the one 李 the page named
    if sp is None and (sp := by_role(core.removeprefix("据"), state.known)) is not None:
        if _JOURNALIST.search(sp.title or ""):
            return None  # 该记者还表示: the reporter who asked, never the byline's 记者王盼盼
        if _role_shared(state.known, state.text, core, sp):
            return None  # 这位总统 where the page also wrote 法国总统马克龙: two holders
    if sp is None and (sp := _sole_holder(state.known, state.text, core.removeprefix("据"))) is not None:
        state.sole = sp.name  # 行政长官表示: the one person the page gives that post
    if sp is not None:
        return sp
    if "address-name" in SIGNALS and addressed_person(core.removeprefix("据")) is not None:
        state.unnamed_said = True  # 村民吴女士(说): named by surname and polite form only, unnamed (no
        return None  # one else's words either, nor whom a 他 after them means)
    if (relayed := _relayed_person(state, core)) is not None:
        return relayed  # 陆慷援引王毅的话(强调说): the words are 王毅's, passed on
    if (head := _described_head(state, core)) is not None:
        return head  # 代替队长惠若琪出席发布会的曾春蕾(坦言): the head, not the person in its description
    # (他在赛后(表示): whom the pronoun means, read from the paragraph before the clause)
    lead = _leading_person(state, core, masked[:clause_start] if core[:1] in ("他", "她") else None)
    if lead is not None and re.search("(?:中|上|时|里|期间|之际|后)$", core):
        return lead  # a person, then an adverbial (…视察天津重要讲话中指出)
    if core.endswith("地") or _named_in_manner(state.memo, state.known, core):
        # 郎导感谢了现场球迷颇有些激动地(表示), 林某谦虚的(说): the clause's one person, in manner
        lead = _clause_opener(state.memo, state.known, state.text, state.original, state.names, core)
        if lead is None and len(core) <= 12 and clause_start > 0 and masked[clause_start - 1] in "，," \
                and not _mentions(state.memo, state.known, core) and not _tagged_names(state.known, core):
            # 楼继伟毫不回避，坦率而又入情入理地回答: manner alone, the person opening the clause before
            prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
            # 王毅听到后，停下脚步，缓慢而坚定地回答: clauses naming nobody between, the one opening the sentence
            lead = _clause_opener(state.memo, state.known, state.text, state.original, state.names, masked[prev_start : clause_start - 1]) or _chained_subject(state, masked, clause_start)
        return lead
    return None


def _anyone_tagged(state: WalkState, text: str) -> bool:
    """Does jieba tag a person's name in ``text`` (nr, nrfg, nrt) that could be one (李强今天…)?"""
    return any(flag in ("nr", "nrfg", "nrt") and plausible_name(word, state.known, after_title=False)
               for word, flag in pos_tags(text.replace("\u0000", " ")))


_DOING_MAX = 20  # characters at most between a clause's opening person and the speech verb


def _opener_then_doing(state: WalkState, core: str) -> Speaker | None:
    """The person a speech verb's clause opens with when what stands between them and the verb is
    what they do, not another subject (行政院长卓荣泰今在立院院会答询(说), 卓荣泰发表谈话(表示),
    区长张贵林出席会议并讲话(强调), 周迅开玩笑(说)), where no adverbial reading finds the subject: the person is the
    clause's subject (no words before them but a title), the words after them name nobody and no
    group, relative, office or role of theirs (特朗普政府, 张三的律师, 张三家属, 发言人), hold no 的 and
    no speech verb and no negation (施振荣也不会用掏空形容: words not said), bring in no one else
    (让/听/被/对/和…: data/causatives.txt), and open with a word that is no noun (a time, an adverb, a
    verb: 今在, 发表谈话; or a noun data/adverbials.txt holds as an adverbial)."""
    lead = _leading_person(state, core)
    if lead is None or lead.name not in core or _object_before(core, lead) \
            or not any(sp.name == lead.name for _, sp in _mentions(state.memo, state.known, core)):
        return None  # (a name jieba alone tags: 在这|段时间|里…)
    rest = core[core.find(lead.name) + len(lead.name) :]
    if not rest or len(rest) > _DOING_MAX or "的" in rest or _CAUSATIVE.match(rest) or _KIN.match(rest) \
            or _VERB_RE.search(rest) or _reference_patterns()[2].search(rest) or rest[:1] in ("们", "等", "之", "所", "家", "方") \
            or re.search("[不没未别无]", rest):
        return None  # 施振荣也不会用掏空(形容): words not said
    if _mentions(state.memo, state.known, rest) or _tagged_names(state.known, rest):
        return None
    if "记者" in rest or _ASKS.search(rest):
        return None  # 徐立信质询(称): the asker, whose question the answer that follows is about
    tags = pos_tags(rest)
    word, flag = tags[0]
    if flag[:1] in ("n", "r", "a", "m") and word not in _ADV_WORDS_LIST:
        return None  # 特朗普|政府, 张三|本人, 耿爽|严肃语气, 耿爽|一句(反问就解答): someone else, or how, not words
    if any(f[:1] == "r" for _, f in tags):
        return None  # 熊善喜可以理解那个(说狠话的人): the verb is another's, in a relative clause
    return lead


def _example_giver(state: WalkState, masked: str, s: str) -> Speaker | None:
    """[subject] 以…为例，…: a person citing an example argues — the words after it are theirs
    (他以区域全面经济伙伴关系协定的倡议为例，马中可从中互惠互利…); no subject, no speaker (以新能源
    行业为例，… is the reporter's)."""
    for em in _FOR_EXAMPLE.finditer(masked):
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, em.start())), default=0)
        pre = masked[clause_start : em.start()].replace("\u0000", "")
        if pre.strip() and (sp := _subject(state, pre, masked, clause_start, s)) is not None:
            return sp
    return None


def _chained_subject(state: WalkState, masked: str, clause_start: int) -> Speaker | None:
    """The subject of a verb opened by a connective alone (…，且称 / …，仅称): the person opening
    the nearest earlier clause of the sentence that names anyone, when that clause names
    (or jieba tags) only that person; clauses naming nobody are passed over."""
    sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
    clauses = BOUNDARY.split(masked[sent_start:clause_start].replace("\u0000", ""))
    for clause in reversed(clauses):
        names = {sp.name for _, sp in _mentions(state.memo, state.known, clause)} | {sp.name for sp, _ in _tagged_names(state.known, clause)}
        if not names and not re.search("[他她]", clause):
            continue
        lead = _leading_person(state, clause)
        if lead is None or not names <= {lead.name} or "\u0000" in clause:
            return None
        head = TIME_LEAD.sub("", LEAD.sub("", clause.strip()))
        pos = head.find(lead.name)
        opens = 0 <= pos <= 3 or 0 < pos <= 12 and (m := title_end().search(head[:pos])) is not None and m.end() == pos
        return lead if opens else None  # the clause opens with the person (之后, a title before the name at most)
    return None


@lru_cache(maxsize=1)
def _speaking_manner() -> re.Pattern:
    """data/speaking_manner.txt: a word of the speaking itself (语气, 感慨, 想了想)."""
    return re.compile("|".join(sorted(map(re.escape, data_words("speaking_manner.txt")), key=len, reverse=True)))


# a quotation closing the paragraph, after a comma or a colon (…走一圈，“…。” / …语气舒缓：“…”)
_CLOSING_WORDS = re.compile(r"[，,：:]\s*(“[^“”]{8,}”|「[^「」]{8,}」)[。！？!?]?\s*$")
_UTTERED_INSIDE = re.compile(r"[，。！？,!?…；;]|\.{3}")


def _narrated_then_words(state: WalkState, s: str, masked: str) -> Speaker | None:
    """A sentence about one person, then words of theirs closing the paragraph after a comma or a
    colon (村级河长王虹都会在村里沿着河边走一圈，“发现问题要立刻想办法解决，…。” / 11年来，杨明走过了上千
    公里家访路，30多个村落，「…我住过的地方…。」 / 魏良略作沉思，语气舒缓：“说实话，…”): the words are
    that person's. The person opens the nearest clause before the words that names anyone (他/她 too:
    whom it means), and is the only one it names; at most one clause naming nobody stands between
    (after a colon it is that clause, and it speaks of the speaking: data/speaking_manner.txt),
    holding no speech verb and no other quotation; the words are uttered (a pause or a sentence's
    end inside them, or the first person); no reporter and nobody unnamed in the sentence."""
    m = _CLOSING_WORDS.search(s)
    if m is None:
        return _narrated_then_sentence(state, s, masked)
    if not (_UTTERED_INSIDE.search(m.group(1)) or _FIRST_PERSON.search(m.group(1))):
        return None
    mark = m.start()
    colon = s[mark] in "：:"
    sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, mark)), default=0)
    sentence = masked[sent_start:mark]
    if _REPORTER.search(sentence.replace("\u0000", "")):
        return None
    cuts = [sent_start, *(b.end() for b in BOUNDARY.finditer(masked, sent_start, mark)), mark + 1]
    nameless = 0
    for start, end in reversed(list(zip(cuts, cuts[1:]))):
        clause = masked[start : end - 1]
        bare = clause.replace("\u0000", "").strip()
        if not bare:
            continue
        people = {sp.name: sp for _, sp in _mentions(state.memo, state.known, bare)}
        tagged = _tagged_names(state.known, bare)
        for sp, _ in tagged:
            people.setdefault(sp.name, sp)
        pronoun = re.search("(?<!其)[他她](?![们人])", bare) is not None
        if not people and not pronoun:
            speaks = any(not _nominal(bare, v.start(), v.group()) for v in _VERB_RE.finditer(bare))
            at_colon = colon and end - 1 == mark
            if "\u0000" in clause or speaks and not at_colon or unnamed_person(bare):
                return None  # another quotation, someone's speech, someone unnamed between
            if at_colon and not (speaks or _speaking_manner().search(bare)):
                return None  # 上面写着： — whose words a sign gives is nobody's
            nameless += 1
            if nameless > 1:
                return None
            continue
        if "\u0000" in clause or colon and nameless == 0:
            return None
        if bare.lstrip("，, ")[:1] in ("他", "她"):
            earlier = {sp.name for _, sp in _mentions(state.memo, state.known, masked[sent_start:start].replace("\u0000", " "))}
            if people or len(earlier) != 1:
                return None  # 他 for someone named sentences before, or one of two: whom it means is unsure
            saved = state.via
            lead = _leading_person(state, bare, masked[:start])
            if lead is None or {lead.name} != earlier:
                state.via = saved
                return None
            return lead
        if len(people) != 1 or any(is_oblique for _, is_oblique in tagged):
            return None
        sp = next(iter(people.values()))
        at = bare.find(sp.name)
        after = bare[at + len(sp.name) :]
        # the person opens the clause (村级河长|王虹都会…, not 大家都认识|王虹), no possessor or relative
        # (王虹的女儿), nobody unnamed after them (学生家长窦静 is the person, …有村民 another)
        if at < 0 or not _names_the_subject(bare[:at]) or after[:1] == "的" or _KIN.match(after) or unnamed_person(after):
            return None
        return Speaker(sp.name, sp.title or state.known.get(sp.name))
    return None


# a quotation standing as the paragraph's closing sentence, after the narration's own (…。“…。”)
_CLOSING_SENTENCE = re.compile(r"[。！？!?]\s*(“[^“”]{8,}”|「[^「」]{8,}」)[。！？!?]?\s*$")
_THIRD_PERSON = re.compile("[他她](?![们])")


def _narrated_then_sentence(state: WalkState, s: str, masked: str) -> Speaker | None:
    """A paragraph narrating one person, then their words as its closing sentence (周某一边招呼客人入座，
    一边订购第二天的食材。“平常…，国庆假期更是忙不过来。”): the words are that person's. The narration
    names that one person (jieba's person tags too) and nobody else, as a clause's subject at least once and
    never as an object or companion; it holds no speech verb, no reporter, nobody unnamed and no other
    uttered quotation; the words are uttered and speak of no 他/她 (words about the person are another's);
    words in no first person follow a sentence naming the person or 他/她 (not …华丰集团还设立了研究院。“…”)."""
    m = _CLOSING_SENTENCE.search(s)
    if m is None:
        return None
    words = m.group(1)
    if not (_UTTERED_INSIDE.search(words) or _FIRST_PERSON.search(words)) or _THIRD_PERSON.search(words):
        return None
    if any(_UTTERED_INSIDE.search(q.group()) or _FIRST_PERSON.search(q.group()) for q in _MASK.finditer(s[: m.start()])):
        return None  # other words quoted before: whose the closing ones are is unsure
    before = masked[: m.start()].replace("\u0000", " ")
    if _REPORTER.search(before) or unnamed_person(before) \
            or any(not _nominal(before, v.start(), v.group()) for v in _VERB_RE.finditer(before)):
        return None
    people: dict[str, Speaker] = {}
    subject = False
    for start, end in zip([0, *(b.end() for b in BOUNDARY.finditer(before))], [*(b.start() for b in BOUNDARY.finditer(before)), len(before)]):
        clause = before[start:end].strip()
        if not clause:
            continue
        found = [*_mentions(state.memo, state.known, clause),
                 *((clause.find(sp.name), sp) for sp, _ in _tagged_names(state.known, clause))]
        for pos, sp in found:
            people.setdefault(sp.name, sp)
            if pos < 0 or oblique(clause, pos, sp.name):
                return None  # an object or a companion: the words may be another's
            after, head = clause[pos + len(sp.name) :], clause[:pos]
            if after[:1] == "的" or _KIN.match(after):
                continue  # 陈某的文具店: a possessor, not the subject
            # the subject: nothing or a description before the name, never a verb or preposition (记者见到|王某)
            subject = subject or not head.strip() or pos_tags(head)[-1][1][:1] not in ("v", "p")
        if len(people) > 1:
            return None
    if len(people) != 1 or not subject:
        return None
    sp = next(iter(people.values()))
    last = _SENTENCE_END.split(before.rstrip())[-1] if before.rstrip()[-1:] not in "。！？!?；;" else \
        _SENTENCE_END.split(before.rstrip()[:-1])[-1]
    if not _FIRST_PERSON.search(words) and sp.name not in last and not _THIRD_PERSON.search(last):
        return None  # words in no first person after a sentence about something else (…集团还设立了研究院。“…”)
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(sp.name), before)]
    pos = 0
    for word, flag in pos_tags(before):
        if flag == "nr" and not any(a <= pos < b for a, b in spans):
            return None  # a word jieba reads as a name we could not read (周|明远): maybe another person
        pos += len(word)
    return Speaker(sp.name, sp.title or state.known.get(sp.name))


# a byline or an outlet in brackets opening a paragraph (〔记者施晓光/台北报导〕, 【加拿大都市网】): no subject
_BRACKETED_BYLINE = re.compile(r"^[〔【［\[][^〔〕【】［］\[\]]{1,30}[〕】］\]]")


def _leading_person(state: WalkState, text: str, before: str | None = None) -> Speaker | None:
    text = TIME_LEAD.sub("", LEAD.sub("", _BRACKETED_BYLINE.sub("", text.replace("\u0000", "").strip())))
    if (bare := text.lstrip("，,、 ")) != text and bare[:1] in ("他", "她"):
        text = bare  # 对此，她首先否认了…，并认为: the connective's comma before the pronoun
    if m := _TIME_CLAUSE.match(text):
        # 在点评比赛的时候，纪导声音异常低沉: a leading adverbial clause, then the person (部长王建军
        # 离开后，张丽华…: the person after it, not the one named in it)
        after = _clause_opener(state.memo, state.known, state.text, state.original, state.names, BOUNDARY.split(text[m.end() :])[0])
        if after is not None or not (_mentions(state.memo, state.known, m.group()) or _tagged_names(state.known, m.group())):
            return after
    if text[:1] in ("他", "她") and text[1:2] == "们":
        return None  # 他们只有四个字：“…”: a group says the words, no one person
    if text[:1] in ("他", "她") and before is not None:
        state.via = "pronoun"
        return _person_before(state, before)
    if text[:1] in ("他", "她") and state.last_person is not None:
        return state.last  # 她停顿了一下,又补充道: the person of the paragraph so far
    ms = _mentions(state.memo, state.known, text)
    for i, (pos, sp) in enumerate(ms):
        head = text[:pos]
        if not BOUNDARY.search(head) and not _VERB_RE.search(head) and len(head) <= 40:
            after = text[pos + len(sp.name) :]
            if _KIN.match(after):
                continue  # 徐春兰的女儿说 / 习近平夫人彭丽媛: the relative leads (named next, or nobody)
            bare = _strip_title_tail(head, sp)
            if _ASKS.search(bare) or _TO_BEFORE.search(bare) and _ASKED_AFTER.match(after):
                return None  # 有记者追问王毅：/ 记者向准备离场的王毅大声提问：: the one asked
            if after.startswith("、") or i + 1 < len(ms) and re.fullmatch(
                r"[、和与及][^，,。]{0,12}", text[pos + len(sp.name) : ms[i + 1][0]]
            ):
                return None  # 导演舒淇、监制叶如芬昨率领…: two people lead the sentence
            return sp
        break
    if not ms:  # no title, no page-known name: a name jieba tags after a short head (乘客葛江涛)
        clause = BOUNDARY.split(text)[0]
        named = _tagged_names(state.known, clause)
        if len(named) == 1 and not named[0][1]:  # one person, as the subject
            pos = clause.find(named[0][0].name)
            if cut_short(clause[pos + len(named[0][0].name) :], ends=True):
                return None  # 日本教练佐佐木|则夫：“…”: the name goes on; jieba cut it short
            rest = clause[pos + len(named[0][0].name) :]
            if rest.startswith("的") and not _POSSESSED_WORDS.match(rest) or _KIN.match(rest):
                return None  # 作为李元龙的导师: the possessor does not lead
            if 0 <= pos <= 12 and not _VERB_RE.search(clause[:pos]):
                return named[0][0]
    return None


def _possessor_opening(state: WalkState, sentence: str) -> Speaker | None:
    """The one person a sentence opens with as the possessor of its subject, a thing or a group and
    no person (英国游泳运动员某某的团队在…没有获得奖牌，): whom a 他/她 right after it means. Not a
    relative or a role of theirs (某某的妻子, 某某的教练: that one is a person, unnamed here), nor
    when the sentence names anyone else."""
    ms = _mentions(state.memo, state.known, sentence)
    if not ms or len({sp.name for _, sp in ms}) != 1:
        return None
    pos, sp = ms[0]
    clause_start = max((b.end() for b in BOUNDARY.finditer(sentence, 0, pos)), default=0)
    head = LEAD.sub("", TIME_LEAD.sub("", sentence[clause_start:pos].strip()))
    if head and head != sp.title:
        return None  # (关于药检问题，某某的团队…: the person opens their clause)
    after = sentence[pos + len(sp.name) :]
    m = re.match(f"的([{CJK}]{{1,4}}?)(?=[在于从对将已曾也都还则却又因为以和与，,]|$)", after)
    if m is None or _KIN.match(after) or title_end().search(m.group(1)) or unnamed_person(m.group(1)):
        return None
    return sp

def _verb_object(text: str, pos: int) -> bool:
    """Is the word at ``pos`` a verb's object: jieba's words right before it, back to the nearest verb
    of its clause, are only nouns, places, numbers and aspect particles (参加/v|过|上坡|马拉松), no
    title and no 的 (出席会议的|王某, 美国总统|特朗普 and 因为激动/a|李章洙 are no objects)?"""
    clause = BOUNDARY.split(text[:pos])[-1].replace("\u0000", "")
    if not clause or clause.endswith("的") or title_end().search(clause):
        return False
    for _, flag in reversed(pos_tags(clause)):
        if flag.startswith("v"):
            return True
        if flag not in _OBJECT_LEAD_FLAGS:
            return False
    return False


_OBJECT_LEAD_FLAGS = frozenset({"n", "ns", "nz", "nt", "j", "m", "q", "ug", "ul", "uz"})  # between a verb and its object


def _person_after_quote(state: WalkState, after: str) -> Speaker | None:
    """The person a quotation is directly followed by (“…”泉山镇新西村党支部书记丁丰万正在…): the one
    opening the clause after it, with no more than a title or a time before them — not a person a
    longer clause describes or names as a predicate (「…」夺得女子全马冠军的则是来自巴林的某某)."""
    clause = BOUNDARY.split(after)[0]
    sp = _leading_person(state, clause)
    if sp is not None and sp.name in clause and _object_before(clause, sp):
        return None
    return sp


@lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    """data/asking_objects.txt: verbs of asking as jieba cuts them (问, 追问)."""
    return frozenset(data_words("asking_objects.txt"))


# ``_object_of``: a subject that opens the clause but has no name we know
_SOMEONE = (-1, Speaker("?"))


def _object_of(state: WalkState, text: str, at: tuple[int, Speaker]) -> tuple[int, Speaker] | None:
    """Is the person named at ``at`` (the last subject ``_subject_at`` reads) the object of a verb in
    a clause someone else opens (布林肯简单欢迎|王毅来访, 泰仔提到|何某为…)? Then that opener, where
    and who, when the page names them as a person; ``_SOMEONE`` when 他/她 or a word jieba reads as a
    name we do not know opens it; None where the clause opens with the verb itself, a thing or a
    reporter (记者采访到了甄某，她表示: the one interviewed), or the verb is one of asking (the one asked answers)."""
    pos, sp = at
    if not _verb_object(text, pos):
        return None
    start = max((b.end() for b in BOUNDARY.finditer(text, 0, pos)), default=0)
    clause = text[start:pos]
    tags, verb, offset = pos_tags(clause.replace("\u0000", " ")), None, len(clause)
    for word, flag in reversed(tags):
        offset -= len(word)
        if flag.startswith("v"):
            verb = offset
            break
    if verb is None or word in _asking_verbs():
        return None  # 张某问钟某…吃了什么？她说: the one asked answers
    head = clause[:verb]
    if _REPORTER.search(head):
        return None
    openers = [(start + p, s) for p, s in _mentions(state.memo, state.known, head)
               if not oblique(head, p, s.name) and _canonical(state.known, s).name != _canonical(state.known, sp).name]
    if openers:
        return openers[0]
    core = TIME_LEAD.sub("", LEAD.sub("", re.sub(r"[\s\u0000]+", "", head)))
    # someone: 他/她, or a short word jieba reads as a name (泰仔/nz) — not a thing (这个问题可难不到|李某)
    person = core[:1] in ("他", "她") or 2 <= len(core) <= 4 and all(f in ("nr", "nz", "nrt", "nrfg") for _, f in pos_tags(core))
    return _SOMEONE if person else None


def _person_before(state: WalkState, masked_before: str) -> Speaker | None:
    """Whom 他/她 means: the last subject named before it in the paragraph, else the salient
    person of the paragraphs before (their speaker, or the person a narrative one was about)."""
    before = masked_before.replace("\u0000", " ")
    if _mentions(state.memo, state.known, before):
        last_sentence = _SENTENCE_END.split(before.rstrip("。！？!?；; "))[-1]
        ms = _mentions(state.memo, state.known, last_sentence)
        # 张三和李四出席了会议。他表示: either of them; 立委张三39%、部长李四26%…的看法，他认为:
        # a list of people (each with a figure of their own) — any of them
        rivals, paired = state.rivals, -1
        for (p1, a), (p2, b) in zip(ms, ms[1:]):
            between = last_sentence[p1 + len(a.name) : p2]
            if oblique(last_sentence, p1, a.name):
                continue  # 李家超联同局长卢宠茂、局长孙玉菡…见记者。他表示: companions listed, not rivals
            if a.name != b.name and re.fullmatch(f"[^{CJK}，,。；;]{{0,6}}(?:和|与|及|、|以及)[^，,。]{{0,12}}", between or "-"):
                state.rivals = state.rivals or not _VERB_RE.search(between)
                paired = len(before.rstrip("。！？!?；; ")) - len(last_sentence) + p2 + len(b.name)
        at = _subject_at(state.memo, state.known, before)
        if at is None and (owner := _possessor_opening(state, last_sentence)) is not None:
            return owner  # 英国游泳运动员某某的团队…没有获得奖牌，他在赛后表示: the team's, his
        if at is None:
            salient = _salient(state)
            if salient is not None and any(_canonical(state.known, sp).name != _canonical(state.known, salient).name for _, sp in ms):
                return None  # 英国运动员X的团队…，他在赛后表示 (汪某 salient before): the sentence names another
            return None if orphaned(state, salient) or _other_speaker(state.known, before, salient) else salient
        if at is not None and (opener := _object_of(state, before, at)) is not None:
            if opener is _SOMEONE:
                return None  # 泰仔提到何某为游水牺牲很大，他说: the one opening the clause, whom we cannot name
            if paired <= max((b.end() for b in BOUNDARY.finditer(before, 0, opener[0])), default=0):
                state.rivals = rivals  # 王毅和布林肯会谈前见记者，布林肯简单欢迎王毅来访，他说: the pair came before
            at = opener  # 布林肯简单欢迎王毅来访，他说: the subject, not the one welcomed
        after = before[at[0] + len(at[1].name) :]
        after = after[_own_title_after(state.known, at[1], after) :]  # 李建国|副局长|介绍了…: the subject's own title
        return None if _other_speaker(state.known, after, at[1]) else at[1]
    last_sentence = _SENTENCE_END.split(masked_before.rstrip("。！？!?；; "))[-1]
    tagged, names, pos = pos_tags(last_sentence.replace("\u0000", "，")), [], 0
    for tag_word, flag in tagged if "nr" in SIGNALS else ():  # 美国总统|特朗普/nr: a name jieba tags, right after a title or with a surname
        after_title = bool(title_end().search(last_sentence[:pos]))
        word = known_at(last_sentence, pos, tag_word, state.known) if flag == "nr" else tag_word
        if flag == "nr" and plausible_name(word, state.known, after_title=after_title):
            if word in page_characters(state.text) or in_credit(last_sentence, pos, word):
                pass  # 扮演主角|闻善 … 找到闻善(胡歌饰): a role and an actor's credit, not whom 他 means
            elif _verb_object(last_sentence, pos):
                pass  # 之前参加过上坡|马拉松/nr: a verb's object, not the subject 她 goes on with
            elif not oblique(last_sentence, pos, word):
                names.append(word)
        pos += len(tag_word)
    if names:
        return Speaker(names[-1], state.known.get(names[-1]))
    if unnamed_person(masked_before):
        return None  # 患者的女儿刘女士是供肝者。她告诉记者: she has no name here
    pending = state.untagged
    salient = _salient(state)
    if orphaned(state, salient):
        return None  # “我去年……”(nobody's, as far as we know)。…他说: he may be that speaker
    if _other_speaker(state.known, before, salient):
        return None
    rival = None
    if pending is not None and _SENTENCE_END.search(pending) and not caption_or_heading(pending):
        # the paragraph before had no subject we could name: a name jieba alone tags closing it
        # (not a heading: about nobody in particular)
        last = _SENTENCE_END.split(_MASK.sub("", pending).rstrip("。！？!?；; "))[-1]
        rival = next((sp for sp, is_oblique in _tagged_names(state.known, last) if not is_oblique), None)
    if salient is not None and rival is not None and _canonical(state.known, rival).name != _canonical(state.known, salient).name \
            and simplify_aligned(rival.name) != simplify_aligned(salient.name) \
            and state.spoke.get(salient.name, -1) < state.index - 1:
        # 高希均说…。 / 在台湾出生的李开复在演讲中谈到…。 / 他认为…: the paragraph before, which gave
        # nobody words, ended on another person — either may be meant
        state.rivals = True
    if salient is not None and not masked_before.strip("\u0000 ") and state.prev_text:
        # 市长张三与副市长李四出席开幕式。 then 他指出: the paragraph before closed on two people side by side
        last_before = _SENTENCE_END.split(_MASK.sub("", state.prev_text).rstrip("。！？!?；; "))[-1]
        pair = _coordinated(state.memo, state.known, last_before)
        if salient.name in pair and len(pair) >= 2:
            state.rivals = True
    if salient is not None and (other := _unread_subject(state.known, last_sentence.replace("\u0000", "，"))) is not None \
            and other[0] != salient.name[:1]:
        # 郭文海一边听取发言，…。他表示: the sentence before the pronoun opens with a person we did
        # not know — the pronoun may mean them rather than the salient person
        state.rivals = True
    return salient

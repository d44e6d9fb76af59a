"""Who says which words of a paragraph: the walk's speech events and their subjects.

``_speech_events`` finds each speech verb, quotation and colon of a paragraph with the person
saying it; ``_words_said`` counts each person's words (their quotations counted), ``_dominant``
and ``_outspeaks`` tell whether one person says twice everyone else's words, ``_contested`` where
comparable shares are; ``_verb_subjects``, ``_speech_subjects`` and ``_loose_speakers`` are the
subjects the generous proposals offer. Functions of the walk's state (``walkstate.WalkState``).
"""

from __future__ import annotations

import re

from ..models import Speaker
from .carry import unnamed_voice
from .clauses import (
    _ASKED,
    _MASK,
    _NOT_NAME_START,
    _OUTSPOKEN,
    _TRANSLITERATED,
    _VERB_RE,
    _VIEW_ANY,
    _cited_in_words,
    _companion,
    _cores,
    _has_name_sep,
    _no_words_follow,
    _nominal,
    _reference_patterns,
    _speech_clauses,
    _told_him,
    _trimmed,
    _unnamed_speaker,
)
from .experiencer import moved_after_quote
from .lexicon import (
    BOUNDARY,
    LEAD,
    NAME_SEP,
    TIME_LEAD,
    by_surname_and_title,
    clause_word_first,
    is_nonperson,
    oblique,
    person_at_end,
    pos_tags,
    simplify_aligned,
    surname_of,
    title_end,
)
from .quotes import (
    _opened_by_another,
)
from .references import (
    _before_pronoun,
    _canonical,
    _companion_of,
    _mentions,
    _people_of_surname,
    _tagged_names,
)
from .subjects import (
    _leading_person,
    _no_person,
    _person_after_quote,
    _person_before,
    _subject,
)
from .walkstate import WalkState
from .words import _token_starts


def _verb_subjects(state: WalkState, s: str) -> list[tuple[Speaker, float]]:
    """Each person the rules read as the subject of a speech verb in the paragraph, with the
    share of the paragraph's characters from their verb to the next one (words reported):
    where two people speak (A表示…，B称…), for the decision model to weigh."""
    found = [(end, sp) for _, end, sp in _speech_subjects(state, s)]
    out: dict[str, tuple[Speaker, float]] = {}
    for i, (end, sp) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(s)
        share = max(0, stop - end) / max(len(s), 1)
        old = out.get(sp.name)
        out[sp.name] = (Speaker(sp.name, sp.title or state.known.get(sp.name)), share + (old[1] if old else 0.0))
    return list(out.values())


def _speech_subjects(state: WalkState, s: str) -> list[tuple[int, int, Speaker]]:
    """Each person the rules read as the subject of a speech verb in the paragraph (not
    through 他/她), in order: where the verb's clause starts, where the verb ends, who."""
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    found: list[tuple[int, int, Speaker]] = []
    saved = (state.via, state.rivals, state.untagged, state.salient)
    try:
        for clause_start, vm in _speech_clauses(masked):
            v = vm.start()
            state.via = None
            sp = _subject(state, masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
            if sp is not None and state.via is None:
                found.append((clause_start, vm.end(), _canonical(state.known, _trimmed(sp))))
    finally:
        state.via, state.rivals, state.untagged, state.salient = saved
    return found


def _speech_events(state: WalkState, s: str) -> list[tuple[int, int, int, Speaker | None, bool]]:
    """Who says which words of the paragraph, in order: each speech event as (where its clause
    starts, where its words start, where they end — -1: up to the next event's clause —, who,
    whether through 他/她). The events are the subjects of speech verbs, the person of
    在X看来, the person opening a clause that a colon hands to a quotation (导演许鞍华则为观众解读
    了片名的寓意：“…”) and the person right after a quotation (“…”社区民警黄文鑫来到…). A
    person-like subject the rules cannot name (赵大爷说, a name jieba only half tags) is
    ``None``: someone else, unnamed."""
    key = (s, len(state.known), "events")
    if key in state.memo:
        return state.memo[key]
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    events: list[tuple[int, int, int, Speaker | None, bool]] = []
    saved = (state.via, state.rivals, state.untagged, state.salient)
    try:
        for clause_start, vm in _speech_clauses(masked):
            if masked[vm.end() : vm.end() + 1] == "的":
                continue  # 习近平总书记提出的要求: what was said before, no words here
            state.via = None
            raw = masked[clause_start : vm.start()].replace("\u0000", "")
            if _told_him(raw):
                continue  # …表示，普亭有向他提及…: the words go on as the speaker's report
            sp = _subject(state, raw, masked, clause_start, s)
            if sp is not None and _no_person(state, simplify_aligned(_trimmed(sp).name)):
                sp = None  # 《南洋商报》百年报庆晚宴巴生站致词时说: a place, no one else speaking
            if sp is not None and _cited_in_words(masked, clause_start) and _trimmed(sp).name not in s[:clause_start]:
                continue  # 他又称，国家主席习近平在…提到，「…」: cited inside the speaker's words (not
                # 林郑指…。梁耀忠反指，林郑曾称…: a person who spoke first in the paragraph keeps those words)
            # 「…」导演唐福睿透露: the clause claims the words after the quotation it opens with
            claim = clause_start + len(re.match(r"[\u0000\s]*", masked[clause_start : vm.start()]).group())
            if sp is not None:
                events.append((claim, vm.end(), -1, _canonical(state.known, _trimmed(sp)), state.via is not None))
            elif _unnamed_speaker(raw):
                events.append((claim, vm.end(), -1, None, False))
        for wm in _VIEW_ANY.finditer(masked):  # 所以在他的妻子艾玛·托马斯看来，…: anywhere in a clause
            who = wm.group(1).replace("\u0000", "")
            state.via = None
            sp = _person_before(state, masked[: wm.start()]) if who in ("他", "她", "其") \
                else person_at_end(who.split("的")[-1], state.known)  # 他的妻子艾玛·托马斯: the wife
            if sp is not None:
                events.append((wm.start(), wm.end(), -1, _canonical(state.known, _trimmed(sp)), who in ("他", "她", "其")))
        claimed = {e[0] for e in events}
        for cm in re.finditer("[：:](?=\u0000)", masked):
            # 许鞍华则为观众解读了片名《明月几时有》的寓意：“…”: a book title does not end the clause
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, cm.start()) if b.group() not in "《》"), default=0)
            if clause_start in claimed:
                continue
            state.via = None
            sp = _leading_person(state, masked[clause_start : cm.start()], masked[:clause_start])
            claim = clause_start + len(re.match(r"[\u0000\s]*", masked[clause_start : cm.start()]).group())
            if sp is not None:
                events.append((claim, cm.end(), -1, _canonical(state.known, _trimmed(sp)), state.via is not None))
        for am in _ASKED.finditer(masked):
            # 甲询问，…这三件事情有做到吗？乙回应，…: the asker's question is words of theirs too
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, am.start())), default=0)
            sentence = re.match(r"[^。！!；;]*", masked[am.end() :]).group()
            # (a question the page cuts off: the sentence runs on to the paragraph's end, mid-clause)
            cut = am.end() + len(sentence) == len(masked.rstrip()) and masked.rstrip()[-1:] in ("，", ",", "、")
            if clause_start in claimed or not (re.search("[？?]", sentence) or cut):
                continue
            state.via = None
            sp = _subject(state, masked[clause_start : am.start()].replace("\u0000", ""), masked, clause_start, s)
            if sp is not None and state.via is None:
                events.append((clause_start, am.end(), -1, _canonical(state.known, _trimmed(sp)), False))
        for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
            if not re.search("[，。！？,!?]", qm.group()) or masked[: qm.start()].rstrip()[-1:] in ("：", ":", "，", ","):
                continue  # 霍建华则表示…，“…” 导演许鞍华…: the quotation goes on the clause before it
            after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")
            if after[:1] in ("他", "她"):
                continue  # “…”她说: the verb's event, its pronoun resolved there
            state.via = None
            moved, sp = moved_after_quote(state.memo, state.known, masked[qm.end() : qm.end() + 80].replace("\u0000", " "))
            if not moved:  # “…”——X的…，令Y印象深刻: Y's words (or someone's we cannot name), not X's
                sp = _person_after_quote(state, after)
            if sp is not None and state.via is None:
                events.append((qm.start(), qm.start(), qm.end(), _canonical(state.known, _trimmed(sp)), False))
    finally:
        state.via, state.rivals, state.untagged, state.salient = saved
    events.sort(key=lambda e: (e[0], e[1]))
    for i, (start, words, end, _sp, via) in enumerate(events):
        # 佩斯科夫周四说，…。他说，…: a sentence opening with 他/她 after the one who just spoke,
        # nobody else named between, goes on with that speaker's words
        before = [e for e in events[:i] if e[3] is not None and not e[4]]
        if not via or not before or masked[:start].rstrip()[-1:] not in ("。", "！", "？", "!", "?"):
            continue
        prev = before[-1][3]
        between = _MASK.sub("", s[before[-1][0] : start])
        if all(m.name in prev.name or prev.name in m.name for _, m in _mentions(state.memo, state.known, between)):
            events[i] = (start, words, end, prev, via)
    state.memo[key] = events
    return events


def unnamed_speaks(state: WalkState, s: str) -> bool:
    """Does someone the page leaves unnamed speak in the paragraph — a subject that counts people
    (一位市民说, 有网友表示, 一名工作人员告诉记者: ``carry.unnamed_voice``) or a person-like subject
    the rules cannot name (居民赵大爷说, 市民韩先生说: an event of ``_speech_events`` with nobody)?"""
    return unnamed_voice(s) or any(sp is None for _, _, _, sp, _ in _speech_events(state, s))


def _words_said(state: WalkState, s: str, *, own_sentence: bool = False) -> dict[str | None, int]:
    """Characters of the paragraph's reported words per speaker (``None``: unnamed ones): a
    verb's or a colon's words run to the next event's clause, or are the quotation right
    after it; a quotation before its speaker is just the quotation. With ``own_sentence``, a
    verb's words also end at the sentence's end (…表示，将于明年完成立法。被问是否担心…，乙称…: the
    question is not the first speaker's), a quotation right before a bare …称。 is that speaker's,
    and an event in an occasion clause (在甲宣布…，) counts nothing."""
    events = _speech_events(state, s)
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    out: dict[str | None, int] = {}
    for i, (claim, start, end, sp, _) in enumerate(events):
        if end < 0:
            if own_sentence and _OCCASION.match(masked[claim:start]):
                continue
            end = next((e[0] for e in events[i + 1 :] if e[0] >= start), len(s))
            if quoted := re.match(r"[：:，,\s]*\u0000+", masked[start:end]):
                end = start + quoted.end()  # 表示：“…”, then narrative: the words are the quotation
            elif own_sentence and (stop := re.search("[。！？!?]", masked[start:end])):
                end = start + stop.end()
                before = re.search("\u0000+[。！？!?，,]?([^\u0000。！？!?]{0,8})$", masked[:claim])
                if not masked[start:end].strip("，,。！？!? ") and before and not TIME_LEAD.sub("", LEAD.sub("", before.group(1).strip("，, "))):
                    start, end = before.start(), before.start(1)  # “…”昨天，甲接受采访时称。: the quotation is theirs
        name = sp.name if sp is not None else None
        out[name] = out.get(name, 0) + max(0, end - start)
    return out


# "A line with two speakers: the one who says most": a person's words, each speaker's counted within
# their own sentence, at least this many times everyone else's together (on the tuning pool, shares of
# 1.41-1.83 were the larger speaker's lines, 1.02-1.19 even ones, labelled either way: nobody)
_MOST_SHARE = 1.3
# a clause opening with an occasion (在首相纳吉宣布内阁改组，马袖强坦言): words reacted to, not said here
_OCCASION = re.compile("[\u0000\\s]*(?:在|当|随着)")


def _says_most(state: WalkState, s: str, name: str) -> bool:
    """Does ``name`` say the most of a paragraph two named people speak in (nobody unnamed) — their
    words within their own sentences at least ``_MOST_SHARE`` times the other's (LABELLING: the one
    who says most)?"""
    if re.search("[？?]", _MASK.sub("", s)):
        return False  # 甲询问，…有做到吗？乙回应…: a question put and its answer, no one saying most
    words = _words_said(state, s, own_sentence=True)
    if None in words or len(words) != 2 or name not in words:
        return False  # two named people, nobody unnamed: a paragraph of many voices stays contested
    mine = words.pop(name)
    rest = sum(words.values())
    return rest > 0 and mine - rest >= _OUTSPOKEN and mine >= _MOST_SHARE * rest


def _dominant(state: WalkState, s: str, found: Speaker) -> Speaker | None:
    """Another person named in the paragraph (not through 他/她) who says at least twice the
    words of everyone else in it together, ``found`` included (霍建华则表示…过瘾，“…” 导演
    许鞍华则为观众解读了片名的寓意：“…(three times as long)”): the paragraph's speaker —
    unless their words are reported inside ``found``'s sentence (佩斯科夫表示，特朗普称…)."""
    words = _words_said(state, s)
    total = sum(words.values())
    # (and within each speaker's own sentences too: narration after the last speaker's sentence is not
    # their words — 甲表示，…。乙则感慨…。他们迅速…最终…: 甲's long sentence is no smaller for it)
    sentences = _words_said(state, s, own_sentence=True)
    events = _speech_events(state, s)
    own = next((e for e in events if e[3] is not None and (e[3].name in found.name or found.name in e[3].name)), None)
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    for start, _, _, sp, via in events:
        if sp is None or via or sp.name in found.name or found.name in sp.name or sp.name not in s:
            continue
        if own is not None and own[1] <= start and not re.search(r"[。！？!?；;]|\u0000[^\u0000]", masked[own[1] : start + 1]):
            continue  # within the sentence found's verb opens, before any quotation of theirs closes
        mine = words.get(sp.name, 0)
        said = sentences.get(sp.name, 0)
        if mine >= _OUTSPOKEN and (mine >= 2 * (total - mine) and said >= 2 * (sum(sentences.values()) - said)
                                   or _says_most(state, s, sp.name)):
            return sp
    return None


def _outspeaks(state: WalkState, s: str, found: Speaker, how: str) -> bool:
    """In a contested paragraph, does ``found`` say nearly all its reported words — named
    (or referred to by surname and title) as the subject of a speech verb, not only as a
    companion, the words after their verbs (up to the next speaker's clause) at least twice
    all the other speakers' together (盧美秀表示，公会已整理…約1.8萬人，…。邱泰源也說…)?
    Through 他/她 only by that measure, and only where everyone else the paragraph names says words
    of theirs that are counted (…出席活动。他表示，…（long）…，盼…): a person named with no words
    counted (他说…。冯友兰曾经写过，…) may be whom the pronoun means or a speaker the verbs miss."""
    if how not in ("speech-verb", "title-reference", "pronoun"):
        return False
    bare = _MASK.sub("", s)
    if found.name in bare and all(_companion(bare, m.start()) for m in re.finditer(re.escape(found.name), bare)):
        return False
    words = _words_said(state, s)  # quotations of others and unnamed speakers' words count too
    if (opening := _opened_by_another(state.memo, state.known, s, found)):
        words[None] = words.get(None, 0) + opening  # the opening words may be the other person's
    mine = words.pop(found.name, 0)
    if how == "pronoun":
        named = {_canonical(state.known, sp).name for sp in (*(sp for _, sp in _mentions(state.memo, state.known, bare)),
                                                             *(sp for sp, _ in _tagged_names(state.known, bare)))} - {found.name}
        return all(words.get(n, 0) > 0 for n in named) and mine >= _OUTSPOKEN and mine >= 2 * sum(words.values())
    return mine >= _OUTSPOKEN and mine >= 2 * sum(words.values()) or not opening and _says_most(state, s, found.name)


def _loose_speakers(state: WalkState, s: str) -> list[Speaker]:
    """Subjects of speech verbs read loosely, for the decision model to weigh: a known name,
    the last part of a transliterated name the page writes in full (特朗普 → 唐纳德•特朗普),
    a surname and one or two characters (邱大宗说), or a name jieba tags — the words right
    before the verb once adverbials are stripped."""
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    out: dict[str, Speaker] = {}
    for clause_start, vm in _speech_clauses(masked):
        raw = re.sub(r"\s+", "", masked[clause_start:vm.start()].replace("\u0000", ""))
        for core in _cores(raw):
            sp = _loose_name(state, TIME_LEAD.sub("", LEAD.sub("", core)))
            if sp is not None:
                out.setdefault(sp.name, sp)
                break
    return list(out.values())


def _loose_name(state: WalkState, core: str) -> Speaker | None:
    if len(core) < 2 or core[0] in "他她我你这那其":
        return None
    ref = _reference_patterns()[0].search(core)
    surname = next((core[ref.start() - k : ref.start()] for k in (2, 1) if ref and ref.start() >= k
                    and surname_of(core[ref.start() - k : ref.start()]) == core[ref.start() - k : ref.start()]), None)
    if ref and surname:
        # 蒋书记指出, 就连洪总都认为: the person of that surname the page named, a title's holder
        # first (by_surname_and_title), else the one person of that surname — never 蒋书记 as a name
        found = by_surname_and_title(surname, ref.group(), state.known)
        if found is None:
            people = _people_of_surname(state.known, state.text, state.original, state.names, surname)
            found = Speaker(people[0], state.known.get(people[0])) if len(people) == 1 else None
        return found
    for name in sorted(state.known, key=len, reverse=True):
        if len(name) >= 2 and core.endswith(name):
            return Speaker(name, state.known[name])
    if state.full_names is None:  # once a page: the names, and the last part of each
        state.full_names = tuple((m.group().lstrip(_NOT_NAME_START), re.split(f"[{NAME_SEP}]", m.group())[-1])
                                 for m in (_TRANSLITERATED.finditer(state.text) if _has_name_sep(state.text) else ()))
    full = {name for name, last in state.full_names if len(last) >= 2 and core.endswith(last)}
    if len(full) == 1:
        name = full.pop()
        return Speaker(name, state.known.get(name))
    starts = _token_starts(core)
    for n in (3, 2):
        name = core[-n:]
        # (…公司的某某经理(说): 经理 is a title word, no name — the post closes the subject, person_at_end's reading;
        # 中国|石油, 习近|平同志, 台风|康芮: a name starts where jieba starts a word, never inside one)
        if len(core) >= n and surname_of(name) == name[0] and not is_nonperson(name) and not clause_word_first(name) \
                and not title_end().fullmatch(name) and len(core) - n in starts \
                and (len(core) == n or title_end().search(core[:-n]) or state.text.count(name) >= 2):
            return Speaker(name, state.known.get(name))
    named = [w for w, flag in pos_tags(core) if flag == "nr" and len(w) >= 2]
    if named and core.endswith(named[-1]):
        return Speaker(named[-1], state.known.get(named[-1]))
    return None


def _cited_at(text: str, pos: int) -> bool:
    """Is the person named at ``pos`` in a clause a speaker's words open with (他又称，国家主席X在…提到)?"""
    return _cited_in_words(text, max((b.end() for b in BOUNDARY.finditer(text, 0, pos)), default=0))


def _contested(state: WalkState, s: str, found: Speaker, how: str) -> bool:
    """Do the paragraph's signals disagree about who speaks? Only where a verb, a quotation or
    a reference decided it — a transcript turn, a continuation or a monologue is the
    speaker's own words, and the people in them are what the speaker talks about:

    * the speaker is named only as someone's companion (特朗普与英国首相特雷莎•梅通电话时谈及…);
    * another person is the subject of a speech verb in the paragraph (…向大家表示问候。
      贾庆林说：…);
    * the speaker is not named in the paragraph (他表示, 詹书记说) and it names, or jieba
      tags, another person as a subject (对此，黄扬明在脸书写下…，他接着表示)."""
    if how in ("transcript", "continuation", "monologue"):
        return False
    bare = _MASK.sub("", s)
    if found.name in bare and all(_companion_of(state.known, bare, m.start(), found) for m in re.finditer(re.escape(found.name), bare)):
        return True
    if _opened_by_another(state.memo, state.known, s, found):
        return True
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    saved = (state.via, state.rivals, state.untagged, state.salient)
    try:
        for vm in _VERB_RE.finditer(masked):
            v = vm.start()
            if _nominal(masked, v, vm.group()):
                continue
            if _no_words_follow(masked, vm.end()) or masked[vm.end() : vm.end() + 1] == "的":
                continue  # …并发言。 / 习近平总书记提出的要求: no words of another person
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
            if _told_him(masked[clause_start:v]):
                continue  # …表示，普亭有向他提及…: words told to the speaker, who reports them
            if _cited_in_words(masked, clause_start):
                continue  # 他又称，国家主席习近平在…报告中提到，「…」: cited inside the speaker's words
            state.via = None
            sp = _subject(state, masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
            if sp is not None and state.via is None and _canonical(state.known, _trimmed(sp)).name != found.name \
                    and not _no_person(state, simplify_aligned(_trimmed(sp).name)):  # 巴生站致词时说: a place
                return True
    finally:
        state.via, state.rivals, state.untagged, state.salient = saved
    # another person owns quoted words here (…解读了片名的寓意：“…”, “…”民警黄文鑫来到…), or
    # someone we cannot name says at least as much as the speaker (像是…的谢琼煖就说，…)
    if any(sp is not None and not via and sp.name != found.name for _, _, _, sp, via in _speech_events(state, s)):
        return True
    words = _words_said(state, s)
    if words.get(None, 0) >= max(words.get(found.name, 0), _OUTSPOKEN):
        return True
    # 有记者就乙发问，他却回应：“…”。甲则认为…: a 他/她 meaning someone else says as much as the speaker
    if any(k is not None and k != found.name and k not in found.name and found.name not in k
           and v >= max(words.get(found.name, 0), _OUTSPOKEN) for k, v in words.items()):
        return True
    if how in ("pronoun", "title-reference") and found.name not in bare:
        others = [sp for pos, sp in _mentions(state.memo, state.known, bare) if not oblique(bare, pos, sp.name)
                  and not bare.startswith("的", pos + len(sp.name)) and not _cited_at(bare, pos)]
        # a possessor only (冯友兰的《中国哲学简史》) is nobody who speaks
        others += [sp for sp, is_oblique in _tagged_names(state.known, bare) if not is_oblique
                   and not all(bare.startswith("的", m.end()) or _cited_at(bare, m.start()) for m in re.finditer(re.escape(sp.name), bare))]
        surname = surname_of(found.name)
        if how == "pronoun":
            others = _before_pronoun(bare, others)
        # 郭董, 詹书记: jieba may tag the reference itself as a person
        return any(sp.name != found.name and not (surname and sp.name.startswith(surname))
                   and _canonical(state.known, sp).name != found.name for sp in others)  # (诺兰 of 克里斯托弗·诺兰: the same)
    return False

"""Whose words run on into the next paragraph: the walk's continuation readings.

``continuation`` names who a paragraph that names no speaker of its own continues (an open quotation,
a transcript answer until the next turn, a narrator's or a signed heading's first-person words, a
host's announcements, the next point or item of an enumeration, words a speech verb opened going
on) and ``note_enumeration`` remembers, after each decision, the points and items its speaker
announced. Functions of the walk's state (``walkstate.WalkState``), which they read and update.
"""

from __future__ import annotations

import re

from ..models import Speaker
from .argument import argument_goes_on, quotation_runs_on, sentence_goes_on
from .clauses import (
    _BULLETS,
    _FIRST_PERSON,
    _LISTING,
    _MASK,
    _NARRATOR,
    _REPORTER,
    _REPORTER_OPENS,
    _SPOKEN,
    _announced_count,
    _answerer_title,
    _closes_quote,
    _common_run,
    _is_question,
    _listed_items,
    _opens_reply,
    _points,
    _resumptions,
    _unvoiced,
    _whole_quote,
)
from .lexicon import (
    BOUNDARY,
    TIME_LEAD,
    caption_or_heading,
    data_words,
    person_at_end,
    pos_tags,
)
from .references import (
    _mentions,
    _names,
    _narrates,
    _tagged_names,
)
from .turns import (
    _someones_turn,
)
from .walkstate import WalkState


def _asks_the_answerer(s: str) -> bool:
    """Is the paragraph a question put to 您 — the polite you an interviewer writes, not quoted, ending
    with its question mark (作为医学世家，您读得最多的书是…吗？): the asker's, never the answerer's
    words going on."""
    bare = _MASK.sub("", s).strip()
    return bool(re.search(r"[？?]$", bare)) and "您" in bare and not re.search("[“”「」]", s)


def continuation(state: WalkState, s: str) -> tuple[Speaker | None, str]:
    """Modes: "turn" continues a transcript answer, "quote" an open quotation, "cont" the rest,
    "monologue" a first-person paragraph of the page's narrator. Captions and headings carry
    nobody's words."""
    nm = _NARRATOR.match(s.strip())
    if nm and state.narrator is not None and person_at_end(nm.group(1), state.known) == state.narrator:
        return state.narrator, "monologue"  # 居民陈代蓉——: the narrator's own line
    if _is_question(s) or caption_or_heading(s) or re.fullmatch(r"\s*[（(].*[)）]\s*", s):
        return None, ""  # (原标题：…), (记者 张三): an editor's note carries nobody's words
    if _asks_the_answerer(s):
        return None, ""  # 王某：… then 您有什么样的阅读习惯？ (unlabelled): the interviewer asks, the answer goes no further
    if _LISTING.search(s):
        return None, ""  # 2025-04-22 某某资讯… / …扣人...: a dated or cut entry of a list of other stories
    if state.byline_now is not None and (_whole_quote(s) or _FIRST_PERSON.search(_MASK.sub("", s))) \
            and not _REPORTER.search(_MASK.sub("", s)):
        return state.byline_now, "signed"  # ——清华大学校长 李明 / “追求卓越是…”
    if state.narrator is not None and state.last_mode in ("", "monologue"):
        bare = _MASK.sub("", s)
        others = {sp.name for _, sp in _mentions(state.memo, state.known, bare)} - {state.narrator.name}
        if not others and (_FIRST_PERSON.search(bare) or _whole_quote(s)) and not _REPORTER.search(bare):
            return state.narrator, "monologue"
    if state.answering and state.interviewee is not None and _whole_quote(s):
        return state.interviewee, "cont"  # 您觉得…？ then “……”: the interviewee answers
    if state.opener is not None:
        if state.interviewing or state.index - 1 != state.opened or not announcement(state, s):
            state.opener = None  # the announcements end at the first question, or with narration
        else:
            state.opened += 1
            return state.opener, "cont"  # 一、第十五届…博览会将于…举行。 under …发言人X主持例行记者会
    cand, chain = state.last, state.last_mode in ("colon", "turn")
    if state.under_label and cand is not None and state.last_mode == "colon" \
            and not _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s):
        return cand, "turn"  # 某办新闻发言人 胡某： alone on its line: the paragraph under it is the words it labels
    if cand is not None and state.last_mode == "cont" and state.floor is not None and state.floor.name == cand.name:
        chain = True  # 一是… / 二是… went on with a turn's words: the turn holds the floor still
    if cand is None and state.last_mode == "" and state.intro is not None:
        bare = _MASK.sub("", s)
        # (not when someone else spoke just before: their words may resume after the aside)
        spoken = _FIRST_PERSON.search(bare) or _whole_quote(s) and _FIRST_PERSON.search(s) and not state.intro_rival
        if spoken and not _REPORTER.search(bare) and not state.narrating:
            # a person introduced, then their words (press conferences), or a first-person
            # quotation (…领教了吴教授的反问。 then “这个你去看我的那一篇文章…”)
            # a whole quotation is closed: it opens no transcript answer that runs on through the
            # narration after it (“他从旁边经过时…” then 凭借多年的侦查经验，他敏锐发现…)
            cand, chain = state.intro, not _whole_quote(s)
        elif state.resume is None:
            return None, ""
    if cand is None and state.resume is not None and _whole_quote(s) and _FIRST_PERSON.search(s) \
            and not _opens_reply(s) and not state.narrating:
        return state.resume, "quote"  # “…”(the speaker) / 但是很遗憾，…(an aside) / “比赛连续输球后，我…
    if cand is None:
        return None, ""
    if state.open_quote and s.startswith(("“", "「")):
        return cand, "quote"
    if state.open_quote and _closes_quote(s):
        return cand, "quote"  # …“比赛连续输球后，… / 大家其实都很好，…运动员。”: the quotation ends here
    if quotation_runs_on(state, s, cand):
        return cand, "quote"  # …说：「中国不会…联系。 then 如今中国挑战在于…: the open quotation goes on
    if state.opens and not _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s) and not any(sp.name != cand.name for _, sp in _mentions(state.memo, state.known, s[:12])):
        return cand, "cont"  # 洪磊首先发布消息： then the announcement
    if state.point and _points(s[:6])[:1] == [state.point + 1] and not _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s):
        return cand, "cont"  # 第一疑点为… then 第二疑点，…: the speaker's next point
    if enumerated(state, s, cand):
        return cand, "cont"  # …用“稳、新、优、好”四个字来概括 then 第一个字是“稳”… / 经济增长平稳，…
    if speech_goes_on(state, s, cand):
        return cand, "cont"  # 习近平表示，中国人民抗日战争是… then 中国人民抗日战争是…，…
    if argument_goes_on(state, s, cand):
        return cand, "cont"  # 尚穆根举例说，… then 但是，新加坡的专家团…认为，…: the argument goes on
    if sentence_goes_on(state, s, cand):
        return cand, "cont"  # …她还表示： / …世界第一，…无人能够撼动； then 未来格力将是…: the sentence goes on
    transcript = state.turns >= 2 or state.bare_turn or state.led_turn or state.speech_turn or state.answer_turn or state.last_mode != "colon"
    if chain and transcript and state.last_mode == "colon" and state.bite and not state.bare_turn and not state.speech_turn \
            and not _FIRST_PERSON.search(s) and not re.search("[“「]", s) and _points(s[:6])[:1] != [1]:
        return None, ""  # 法庭庭长 赵明超：…(a sound bite) / 送完了被告，…(the reporter narrates again)
    if chain and transcript and not _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s) and not state.quoted_turn and not _narrates(state.memo, state.known, s, cand) \
            and not _REPORTER_OPENS.match(_MASK.sub("", s)) and not _role_fellow_named(state, s, cand):
        if state.list_ended:
            return None, ""  # ☆ items of someone's words end where the bullets end
        return cand, "turn"  # a transcript answer goes on until the next "X：" turn
    if _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s):
        return None, ""  # someone else's turn (王五：…), even one we do not take
    # names inside a whole-quotation paragraph are what the speaker talks about
    seen = _MASK.sub("", s) if _whole_quote(s) else s
    if any(sp.name != cand.name for _, sp in _mentions(state.memo, state.known, seen)):
        return None, ""
    bare = _MASK.sub("", s)
    if _whole_quote(s) and _opens_reply(s):
        return None, ""  # “对呀，…”: a reply answers whoever spoke before it, it does not go on with their words
    if not _whole_quote(s) and _names(state.memo, state.known, s, cand):
        return None, ""  # …在群里讨论邵某的案件，讨论我们国家的未来: the person in the third person, a narrator's 我们
    if (_FIRST_PERSON.search(_unvoiced(bare)) and not _REPORTER.search(bare) and not state.narrating) or _whole_quote(s) and not _cut_open_quote(s):
        return cand, "cont"
    return None, ""


def _cut_open_quote(s: str) -> bool:
    """Does the paragraph open a quotation that is never closed and stop inside a sentence (“…村民陆续,
    the page cut there)? Whose words they are would follow the quotation: they are no one's carried here."""
    text = s.rstrip()
    return text[:1] in "“「" and "”" not in text and "」" not in text and text[-1:] not in "。！？!?…；;：:"


def _role_fellow_named(state: WalkState, s: str, cand: Speaker) -> bool:
    """Does the paragraph name another host (a role of data/turn_roles.txt right before the name) while
    a host's turn would run on into it (主持人(黄某)：… then …的主持人丁某，我的任务是…)? A programme's
    second host, whose turn this may be with its label lost: the first host's words do not run on."""
    title = cand.title or state.known.get(cand.name) or ""
    roles = tuple(r for r in data_words("turn_roles.txt") if title.endswith(r))
    if not roles:
        return False
    bare = _MASK.sub("", s)
    return any(sp.name != cand.name and bare[:pos].endswith(roles)
               for pos, sp in _mentions(state.memo, state.known, bare))


def announcement(state: WalkState, s: str) -> bool:
    """Can the paragraph be a host's announcement — not about the press conference or its
    reporters (…举行例行记者会，发言人X…回答记者提问), naming no host and no one speaking?"""
    bare = _MASK.sub("", s)
    if _REPORTER.search(bare) or re.search("记者会|发布会|见面会|吹风会|招待会", bare) or caption_or_heading(s):
        return False
    return state.opener is not None and not _names(state.memo, state.known, s, state.opener) and not any(
        _answerer_title(sp.title or "") for _, sp in _mentions(state.memo, state.known, bare))


def enumerated(state: WalkState, s: str, cand: Speaker) -> bool:
    """Does the paragraph go on with an enumerated statement of ``cand``'s: the first point
    (第一…, 一是…) after their paragraph announced how many points they make (四个字来概括,
    讲三点), or, opening its first clause, one of the items their words listed (增长平稳、
    就业扩大、物价稳定 then 经济增长平稳，… / 就业稳步扩大，…), each later than the last one taken
    up? Never a paragraph naming anyone else, a reporter or another turn."""
    state.item_next = -1
    bare = _MASK.sub("", s)
    if _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
            or any(sp.name != cand.name for _, sp in _mentions(state.memo, state.known, bare)):
        return False
    if state.announced_points and _points(s[:6])[:1] == [1]:
        return True
    opening = BOUNDARY.split(bare.strip())[0]
    if not state.items or not 4 <= len(opening) <= 14:
        return False
    for k in range(state.item_at + 1, len(state.items)):
        if _common_run(opening, state.items[k]) >= 4:
            state.item_next = k
            return True
    return False


def speech_goes_on(state: WalkState, s: str, cand: Speaker) -> bool:
    """After a paragraph that opened with its speaker's verb and reported their words to its
    end (习近平表示，…), does this one, naming nobody, go on with those words: it opens with
    the words the reported ones opened with (中国人民抗日战争是… again), every sentence of it
    exclaims as the speaker's words ended exclaiming (…不让历史悲剧重演！ then …势不可挡！…必将胜利！
    — narration does not exclaim), or it opens with a
    connective and at once a verb with no subject of its own (与此同时，推进…)? Never a
    paragraph naming anyone, a reporter, quoted words or a bullet, nor after a pronoun."""
    said = state.said_opening
    bare = _MASK.sub("", s).strip()
    if not said or not bare or _someones_turn(state.known, state.text, state.turns, state.labels, state.asks, state.intro, state.announced, s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
            or state.narrating or bare[0] in _BULLETS or _mentions(state.memo, state.known, bare) \
            or any(state.text.count(sp.name) >= 2 for sp, _ in _tagged_names(state.known, bare)) \
            or TIME_LEAD.match(bare) or re.search(r"\d{1,2}[月日]", bare):
        return False
    if len(said) >= 4 and bare.startswith(said[:4]):
        return True
    sentences = [x for x in re.split(r"(?<=[。！？!?])", bare) if x.strip()]
    if state.said_exclaims and sentences and all(x.rstrip().endswith(("！", "!")) for x in sentences):
        return True
    connectives, narrating = _resumptions()
    lead = re.match(f"(?:{'|'.join(connectives)})[，,]?", bare)
    if lead is None:
        return False
    tags = pos_tags(bare[lead.end() : lead.end() + 12])
    return bool(tags) and tags[0][1] == "v" and tags[0][0] not in narrating


def note_enumeration(state: WalkState, s: str, found: Speaker | None, mode: str) -> None:
    """After a paragraph is decided: the points its speaker announced and the items they listed
    (kept while their paragraphs take the items up one by one)."""
    bare = _MASK.sub("", s)
    state.announced_points = found is not None and _announced_count(bare)
    if found is not None and mode == "cont" and state.item_next >= 0:
        state.item_at, state.item_next = state.item_next, -1
        return
    state.items = _listed_items(bare) if found is not None else ()
    state.item_at = state.item_next = -1


def orphaned(state: WalkState, salient: Speaker | None) -> bool:
    """Words went to nobody since the last speaker, and they were not in paragraphs that named
    only ``salient`` as their subject (then a 他/她 still means that person)."""
    return state.orphan and not (salient is not None and state.orphan_of is not None and salient.name == state.orphan_of.name)


def cited_in_turn(state: WalkState, s: str, found: Speaker) -> bool:
    """Is ``found``, the subject of a speech verb inside a transcript answer, someone the
    answerer cites (工业和信息化部部长 金壮龙： then …的战略任务，习近平总书记强调…。我们主要的任务是…)?
    The answer runs on from the turn before, the paragraph speaks in the first person, the
    cited person never spoke on the page and is named after the paragraph's opening clause:
    the words are the answerer's, the citation part of them."""
    last = state.last
    if last is None or state.last_mode not in ("colon", "turn") or state.via is not None:
        return False
    if found.name in last.name or last.name in found.name or found.name in state.spoke:
        return False
    bare = _MASK.sub("", s)
    if not _FIRST_PERSON.search(bare) or _is_question(s) or _REPORTER.search(bare):
        return False
    at = bare.find(found.name)
    return at > 0 and bool(BOUNDARY.search(bare, 0, at))

"""A speaker's argument going on in paragraphs that name nobody: the walk's reading of paraphrase
and of quotations left open (``runon.continuation`` asks it after its own readings fail).

News prose reports a speaker's argument over several paragraphs and names the speaker only in
the first (尚穆根举例说，… then 但是，新加坡的专家团分析…认为，… / 同时，… / 于是，…). Narration
after a speaker's paragraph is far more common (on the tuning pool about ten narrating paragraphs
for each one that carries the words on), so only two forms are read, each where the reporter's
own prose does not write that way:

* ``argument_goes_on``: after a paragraph that opened with the speaker's verb and reported their
  words to its end, a paragraph that opens with a connective of reasoning
  (data/argument_connectives.txt: 但是, 同时, 于是, 因此 …) — a contrast, a consequence or an
  addition to what was just said, with no subject of its own — and names nobody;
* ``quotation_runs_on``: the paragraph before left the speaker's quotation open at a sentence's
  end (陈振声说：「中国不会…，它认识到需要和世界联系。) and this one writes no quotation mark at all:
  the quotation goes on (a page that drops the opening mark of each paragraph it runs on into).

Each reading carries on into the next paragraph only while that one is of the same form, and
neither ever reads a paragraph that names anyone, writes a reporter, opens with a scene of time
or a date, quotes words or asks; ``carry.carried_doubt`` and the voiced doubt still weigh what
comes through (``speakers.Attributor._doubt``).
"""

from __future__ import annotations

import re
from importlib import resources

from ..models import Speaker
from .carry import scene_opening
from .clauses import _BULLETS, _MASK, _REPORTER, _SPOKEN, _VERB_RE, _nominal
from .lexicon import BOUNDARY, TIME_LEAD
from .references import _mentions, _tagged_names
from .walkstate import WalkState


def _lines(name: str) -> list[list[str]]:
    """The word lines of ``retrieval/data/NAME`` (``#`` lines left out)."""
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_WORDS, _NARRATED = _lines("argument_connectives.txt")
_CONNECTIVES = "|".join(map(re.escape, sorted(_WORDS, key=len, reverse=True)))
# narrated time in the clause after the connective (但是，随后…): the reporter's story goes on
_STORY_TIME = re.compile("|".join(map(re.escape, _NARRATED)))
# a connective of reasoning opening the paragraph, then a comma or the clause at once (但作为…)
_OPENS_REASONING = re.compile(f"^(?:{_CONNECTIVES})(?:[，,]\\s*|(?=[^，,。！？!?；;]))")
# a date or a clock time (2025年, 8月31日, 19日, 下午3时) — not a span (过去10年到15年)
_DATED = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?<![\d到至-])\d{1,2}\s*日|[上下]午\s*\d|\d\s*[时点]\s*\d*\s*分?")
_QUOTE_MARKS = re.compile("[“”「」『』\"]")
# the quotation a paragraph leaves open, to its end (…说：「中国不会…，它认识到需要和世界联系。)
_OPEN_TAIL = re.compile(r"[“「]([^“”「」]*)$")


def _names_nobody(state: WalkState, s: str, bare: str) -> bool:
    """Does the paragraph name no person (no mention, no name jieba tags that the page writes
    twice or more) and no reporter, open with no scene of time or date, and neither ask nor
    open with a bullet?"""
    if not bare or bare[0] in _BULLETS or _REPORTER.search(bare) or re.search("[？?]", s):
        return False
    if _mentions(state.memo, state.known, bare) or any(state.text.count(sp.name) >= 2 for sp, _ in _tagged_names(state.known, bare)):
        return False
    return not (scene_opening(bare) or (m := TIME_LEAD.match(bare)) is not None and m.end() > 0 or _DATED.search(bare))


def _carried(state: WalkState, cand: Speaker, open_quote: bool) -> bool:
    """Was the paragraph before this one carried on as ``cand``'s argument by this module (as the
    words of an open quotation when ``open_quote``)?"""
    return state.argued_at == state.index - 1 and state.argued_open == open_quote and state.last is not None \
        and state.last.name == cand.name


def argument_goes_on(state: WalkState, s: str, cand: Speaker) -> bool:
    """After ``cand``'s paragraph that opened with their verb and reported their words to its end
    (or one this reading carried on), does this paragraph go on with the argument: it opens with a
    connective of reasoning (但是，… / 同时，… / 于是，…), names nobody, quotes nothing and sets no
    scene (not 但是，在…之后，)? Records the carry for the next paragraph."""
    if not (state.said_opening or _carried(state, cand, False) or _said_to_end(state, cand)):
        return False
    bare = _MASK.sub("", s).strip()
    lead = _OPENS_REASONING.match(bare)
    if lead is None or _SPOKEN.search(s) or not _names_nobody(state, s, bare):
        return False
    rest = bare[lead.end() :]
    if scene_opening(rest) or _STORY_TIME.search(BOUNDARY.split(rest)[0]):
        return False  # 但是，在这个…的夏天，/ 不过，当晚…: narration of a scene or of time after the connective
    state.argued_at, state.argued_open = state.index, False
    return True


def _said_to_end(state: WalkState, cand: Speaker) -> bool:
    """Did the paragraph before, ``cand``'s by their speech verb, report their words from its first
    sentence to its end: the verb in the first sentence, in the clause naming them (据…报道，何厚铧
    昨日…时表示，…), words after it, no quotation and no other person after it?"""
    prev = state.prev_text
    if state.last_mode != "verb":
        return False
    first = re.split(r"[。！？!?]", prev, maxsplit=1)[0]
    at = first.find(cand.name)
    if at < 0:
        return False
    clause_end = re.search(r"[，,；;：:]", first[at:])
    vm = _VERB_RE.search(first, at, at + (clause_end.start() if clause_end else len(first) - at) + 1)
    if vm is None or _nominal(first, vm.start(), vm.group()) or not re.match(r"\s*[，,：:]\s*[^“「\s]", prev[vm.end() :]):
        return False
    rest = prev[vm.end() :]
    return not _QUOTE_MARKS.search(rest) and all(sp.name == cand.name for _, sp in _mentions(state.memo, state.known, rest))


def quotation_runs_on(state: WalkState, s: str, cand: Speaker) -> bool:
    """Did the paragraph before leave ``cand``'s quotation open at a sentence's end (or was it
    carried on by this reading), while this one writes no quotation mark at all and names
    nobody: the quotation goes on here? Records the carry for the next paragraph."""
    if not (_carried(state, cand, True) or state.open_quote and _left_open(state.prev_text)):
        return False
    bare = s.strip()
    if _QUOTE_MARKS.search(bare) or not _names_nobody(state, s, bare):
        return False
    state.argued_at, state.argued_open = state.index, True
    return True


def _left_open(prev: str) -> bool:
    """Does ``prev`` end inside a quotation it opened, the quotation's words at least a clause long
    and ending a sentence (…：「中国不会『闭关锁国』，它认识到需要和世界联系。)?"""
    m = _OPEN_TAIL.search(prev.rstrip())
    return m is not None and len(m.group(1)) >= 8 and m.group(1).rstrip().endswith(("。", "！", "!", "…"))


def sentence_goes_on(state: WalkState, s: str, cand: Speaker) -> bool:
    """Did ``cand``'s paragraph before end without ending its sentence (…两年时间这个无人能够撼动；)
    while this one names nobody and quotes nothing: the same sentence, the same speaker's words,
    goes on here (a statement whose clauses the page sets one to a paragraph)?"""
    if state.last is None or state.last.name != cand.name or not state.prev_text.rstrip().endswith(("；", ";", "，", ",", "、")):
        return False
    bare = s.strip()
    return not _QUOTE_MARKS.search(bare) and _names_nobody(state, s, bare)


"""Conversation context: follow-up questions answered from what was asked and shown before.

Pure Python, shared by the shell and the bot (which never share a context: each keeps its
own ``Contexts`` and picks the keys — the bot one per private chat or group thread).

- ``Contexts``: per-key ``State`` (the sticky filters set with /filter, the last ``Turn``:
  question, its filters, the hits shown, every passage shown for it, who 他/她 means), each
  expiring ``minutes`` after its last use (the clock is a callable: tests never sleep), at
  most ``max_keys`` keys kept (the least recently used go first).
- ``follow_up(text)``: which follow-up a message is (phrases in data/followups.txt), if any.
- ``resolve(...)``: a message and a state → what to run: a ``Search``, an ``ShowArticle``,
  a ``ShowSource`` or a ``Hint`` (a follow-up with no context to follow).
- ``Conversation``: the two together — ``reply(retriever, key, text)`` → ``Reply``.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Document, Hit, Passage
from ..search.filters import Filters
from ..text import normalize
from .citation import cite, source_details
from .sections import data_sections

if TYPE_CHECKING:  # the retriever is passed in, never imported at run time (no import circle)
    from ..retriever import Retriever

DEFAULT_MINUTES = 30
DEFAULT_MAX_KEYS = 10_000
KINDS = ("same_speaker", "more", "other_speakers", "article", "source")
_NOISE = re.compile(r"[\W_]+", re.UNICODE)

HINTS = {
    "same_speaker": "先问某人说了什么（例如「某某说了什么」），再问「他还说了什么」。",
    "more": "先问一个问题，再说「还有呢」看更多段落。",
    "other_speakers": "先问一个问题，再问「其他人呢」看别人怎么说。",
    "article": "先问一个问题，再说「原文」看第一条答案所在的文章。",
    "source": "先问一个问题，再说「出处」看第一条答案的完整来源。",
}
NO_HITS_HINT = "上一个问题没有找到答案，换个问法试试。"
NO_SPEAKER_HINT = "上一个回答里没有署名的发言人，可以直接问「某某说了什么」。"
NOTES = {
    "more": "没有更多相关段落了。",
    "same_speaker": "{name} 没有其他段落了。",
    "other_speakers": "没有找到其他发言人谈这个问题。",
}


# -- follow-up phrases ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """(canonical phrase → kind, lead-in words, tail particles) from data/followups.txt."""
    sections = {k: [normalize(line) for line in lines] for k, lines in data_sections("followups.txt").items()}
    leads = tuple(sorted(sections.get("lead", []), key=len, reverse=True))
    tails = tuple(sorted(sections.get("tail", []), key=len, reverse=True))
    table: dict[str, str] = {}
    for kind in KINDS:
        for phrase in sections.get(kind, []):
            table.setdefault(_canonical(phrase, leads, tails), kind)
    return table, leads, tails


def _canonical(text: str, leads: Sequence[str], tails: Sequence[str]) -> str:
    t = _NOISE.sub("", normalize(text))
    changed = True
    while changed and t:
        changed = False
        for w in leads:
            if t.startswith(w) and len(t) > len(w):
                t, changed = t[len(w):], True
                break
        for w in tails:
            if t.endswith(w) and len(t) > len(w):
                t, changed = t[: -len(w)], True
                break
    return t


def follow_up(text: str) -> str | None:
    """The follow-up kind ``text`` is (one of KINDS), or None for anything else."""
    if not text or len(text) > 40:
        return None
    table, leads, tails = _phrases()
    return table.get(_canonical(text, leads, tails))


# -- state --------------------------------------------------------------------------------------
def passage_key(p: Passage) -> tuple[str, int]:
    return (p.source.path, p.paragraph)


@dataclass(frozen=True, slots=True)
class Turn:
    """The last answer of a conversation: what follow-ups refer to."""

    question: str  # as searched (plain-word filters taken out)
    filters: Filters  # the filters it ran with
    hits: tuple[Hit, ...]  # the hits shown last, in order (hit 1 is what 原文 / 出处 mean)
    shown: frozenset[tuple[str, int]] = frozenset()  # every passage shown for this question
    speaker: str | None = None  # who 他 / 她 means
    stated: Filters | None = None  # the filters the user set (None: ``filters``); 他还说了什么 adds a speaker they did not

    @property
    def user_filters(self) -> Filters:
        return self.filters if self.stated is None else self.stated

    @property
    def offset(self) -> int:
        """How many passages have been shown for this question so far."""
        return len(self.shown)

    @property
    def speakers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.passage.speaker.name for h in self.hits if h.passage.speaker))

    @property
    def documents(self) -> tuple[Document, ...]:
        return tuple(dict.fromkeys(h.passage.source for h in self.hits))


@dataclass(frozen=True, slots=True)
class State:
    """One conversation: its sticky filters (/filter) and its last turn."""

    filters: Filters = field(default_factory=Filters)
    turn: Turn | None = None


class Contexts:
    """Per-key conversation states with expiry and a bound on the number of keys (thread-safe)."""

    def __init__(self, minutes: float = DEFAULT_MINUTES, max_keys: int = DEFAULT_MAX_KEYS,
                 clock: Callable[[], float] = time.monotonic):
        if minutes <= 0 or max_keys < 1:
            raise ValueError("minutes must be positive and max_keys at least 1")
        self.ttl = minutes * 60.0
        self.max_keys = max_keys
        self._clock = clock
        self._lock = threading.Lock()
        self._states: OrderedDict[Hashable, tuple[float, State]] = OrderedDict()

    def get(self, key: Hashable) -> State | None:
        """The key's state, or None when there is none or it expired (then it is dropped)."""
        now = self._clock()
        with self._lock:
            item = self._states.get(key)
            if item is None:
                return None
            if now - item[0] > self.ttl:
                del self._states[key]
                return None
            return item[1]

    def put(self, key: Hashable, state: State) -> None:
        """Store the key's state (its expiry starts again); the least recently used keys beyond
        ``max_keys`` are dropped, and so is every expired one at the front."""
        now = self._clock()
        with self._lock:
            self._states[key] = (now, state)
            self._states.move_to_end(key)
            while len(self._states) > self.max_keys:
                self._states.popitem(last=False)
            while self._states:
                k, (at, _) = next(iter(self._states.items()))
                if now - at <= self.ttl:
                    break
                del self._states[k]

    def drop(self, key: Hashable) -> None:
        with self._lock:
            self._states.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._states)


# -- what to run -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Search:
    """A search to run: the question (new or followed up) with its filters.

    ``skip`` passages were shown already; ``exclude_speakers`` are left out (其他人呢).
    ``kind`` is "question" for a new question, else the follow-up kind.
    """

    kind: str
    question: str
    filters: Filters
    top_k: int
    skip: frozenset[tuple[str, int]] = frozenset()
    exclude_speakers: tuple[str, ...] = ()
    speaker: str | None = None  # who 他/她 means after this search (None: from its hits)
    stated: Filters | None = None  # the filters to tell the user about (None: ``filters``)

    @property
    def user_filters(self) -> Filters:
        return self.filters if self.stated is None else self.stated

    def run(self, retriever: Retriever) -> list[Hit]:
        want = self.top_k + len(self.skip) + (4 * self.top_k if self.exclude_speakers else 0)
        f = self.filters
        hits = retriever.search(self.question, top_k=want, speaker=f.speaker, outlet=f.outlet, since=f.since, until=f.until)
        out = [h for h in hits if passage_key(h.passage) not in self.skip
               and not (self.exclude_speakers and (h.passage.speaker is None or h.passage.speaker.name in self.exclude_speakers))]
        return out[: self.top_k]


@dataclass(frozen=True, slots=True)
class Article:
    """A document's passages and which of them the reply is about."""

    document: Document
    passages: tuple[Passage, ...]
    focus: int  # index into passages

    def around(self, before: int = 2, after: int = 2) -> tuple[Passage, ...]:
        return self.passages[max(0, self.focus - before): self.focus + after + 1]


@dataclass(frozen=True, slots=True)
class ShowArticle:
    passage: Passage

    def run(self, retriever: Retriever) -> Article:
        return article(retriever.corpus.document_passages(self.passage.source.path), self.passage)  # not a scan of all


@dataclass(frozen=True, slots=True)
class ShowSource:
    passage: Passage

    def run(self) -> str:
        return source_details(self.passage)


@dataclass(frozen=True, slots=True)
class Hint:
    text: str


Plan = Search | ShowArticle | ShowSource | Hint


def article(passages: Sequence[Passage], passage: Passage) -> Article:
    """The article ``passage`` belongs to (its passages in order), focused on ``passage``."""
    same = tuple(p for p in passages if p.source.path == passage.source.path) or (passage,)
    focus = next((i for i, p in enumerate(same) if p.paragraph == passage.paragraph), 0)
    return Article(passage.source, same, focus)


def _without_names(question: str, names: Sequence[str]) -> str:
    for n in sorted(names, key=len, reverse=True):
        question = question.replace(n, " ")
    return " ".join(question.split())


def resolve(text: str, state: State | None, top_k: int, question_filters: Callable[[str], tuple[str, Filters]] | None = None) -> Plan:
    """What to run for message ``text`` given the conversation's state.

    A new question becomes a ``Search`` (plain-word filters taken out by ``question_filters``,
    merged over the sticky ones); a follow-up is resolved against the last turn, or becomes a
    one-line ``Hint`` when there is none.
    """
    state = state or State()
    kind = follow_up(text)
    if kind is None:
        rest, found = question_filters(text) if question_filters else (text, Filters())
        return Search("question", rest, state.filters.merged(found), top_k)
    turn = state.turn
    if turn is None:
        return Hint(HINTS[kind])
    if kind == "more":
        return Search("more", turn.question, turn.filters, top_k, skip=turn.shown, speaker=turn.speaker,
                      stated=turn.user_filters)
    if kind == "same_speaker":
        if turn.speaker is None:
            return Hint(NO_SPEAKER_HINT if turn.hits else NO_HITS_HINT)
        f = turn.filters.merged(Filters(speaker=turn.speaker))
        return Search("same_speaker", turn.speaker, f, top_k, skip=turn.shown, speaker=turn.speaker,
                      stated=turn.user_filters)
    if kind == "other_speakers":
        gone = tuple(dict.fromkeys(([turn.speaker] if turn.speaker else []) + list(turn.speakers)))
        q = _without_names(turn.question, gone) or turn.question
        return Search("other_speakers", q, turn.filters.without_speaker(), top_k, skip=turn.shown,
                      exclude_speakers=gone, stated=turn.user_filters.without_speaker())
    if not turn.hits:
        return Hint(NO_HITS_HINT)
    first = turn.hits[0].passage
    return ShowArticle(first) if kind == "article" else ShowSource(first)


# -- replies -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Reply:
    """What to show. ``kind``: "hits" (a search; ``follow_up`` says which, None for a new
    question), "article", "source" or "hint". ``note`` explains an empty follow-up."""

    kind: str
    question: str = ""
    hits: tuple[Hit, ...] = ()
    filters: Filters = field(default_factory=Filters)
    follow_up: str | None = None
    article: Article | None = None
    source: str = ""
    citation: str = ""
    hint: str = ""
    note: str = ""


def _who(retriever: Retriever, plan: Search, hits: Sequence[Hit]) -> str | None:
    if plan.speaker:
        return plan.speaker
    if plan.filters.speaker:
        names = retriever.filter_index.speaker_names(plan.filters.speaker)
        if len(names) == 1:
            return names[0]
    named = retriever.find_speaker(plan.question)
    if named:
        return named
    return next((h.passage.speaker.name for h in hits if h.passage.speaker), None)


class Conversation:
    """Contexts and replies together: what the shell and the bot call for every message."""

    def __init__(self, top_k: int = 3, contexts: Contexts | None = None):
        self.top_k = top_k
        self.contexts = contexts if contexts is not None else Contexts()

    def state(self, key: Hashable) -> State:
        return self.contexts.get(key) or State()

    def set_filters(self, key: Hashable, filters: Filters) -> Filters:
        """Make ``filters`` the key's sticky filters (over the ones set before); returns them."""
        state = self.state(key)
        merged = state.filters.merged(filters)
        self.contexts.put(key, replace(state, filters=merged))
        return merged

    def clear_filters(self, key: Hashable) -> None:
        state = self.state(key)
        self.contexts.put(key, replace(state, filters=Filters()))

    def reply(self, retriever: Retriever, key: Hashable, text: str) -> Reply:
        """Answer ``text`` in the conversation ``key``; raises QuestionError / FilterError as search does."""
        state = self.state(key)
        plan = resolve(text, state, self.top_k, retriever.filter_index.parse_question)
        turn = state.turn
        shown_filters = turn.user_filters if turn else state.filters
        if isinstance(plan, Hint):
            if state != State():  # refresh a live context; an empty one is not stored
                self.contexts.put(key, state)
            return Reply("hint", hint=plan.text, filters=shown_filters)
        if isinstance(plan, ShowArticle):
            self.contexts.put(key, state)
            return Reply("article", question=turn.question if turn else "", filters=shown_filters,
                         article=plan.run(retriever), follow_up="article")
        if isinstance(plan, ShowSource):
            self.contexts.put(key, state)
            return Reply("source", question=turn.question if turn else "", filters=shown_filters,
                         source=plan.run(), citation=cite(plan.passage, turn.hits[0].best_sentence if turn else ""),
                         follow_up="source")
        hits = tuple(plan.run(retriever))
        shown = (plan.skip if plan.kind != "question" else frozenset()) | {passage_key(h.passage) for h in hits}
        new_turn = Turn(plan.question, plan.filters, hits, frozenset(shown), _who(retriever, plan, hits), plan.stated)
        if not hits and turn is not None and plan.kind != "question":
            new_turn = replace(turn, shown=frozenset(shown))  # an empty follow-up keeps what 他 / 原文 meant
        self.contexts.put(key, replace(state, turn=new_turn))
        note = ""
        if not hits and plan.kind in NOTES:
            note = NOTES[plan.kind].format(name=plan.speaker or "")
        return Reply("hits", question=plan.question, hits=hits, filters=plan.user_filters,
                     follow_up=None if plan.kind == "question" else plan.kind, note=note)

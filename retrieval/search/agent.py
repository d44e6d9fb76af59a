"""Who did the thing a person question asks about: 那场活动的主持人是谁, 会议是谁主持的.

A question asking which person did something names the action next to its who cue: a role
noun made of the verb and 人 or 者 (agents.txt's agent_nouns) by 是谁 (主持人是谁, 谁是主持人 →
主持), or the verb right after 谁 / 是谁 (是谁主持的, 由谁主持? → 主持; 哪位 is followed by a
noun, not a verb). The passage answering it names a person right before that verb (…新闻发言人
袭艳春主持, 钟治峰亲自主持会议); a passage in which the verb stands with nobody named before it, or
holds it not at all, tells of the event but not who did it.

Pure functions over normalised text; the words live in ``retrieval/data/agents.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .intent import title_words

ACTION_CHARS = (2, 3)  # an action asked is a word of two or three characters (主持, 带队, 发言)
NAME_CHARS = (2, 3)  # a Chinese name before it: a surname and one or two characters
_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    text = resources.files("retrieval").joinpath("data/agents.txt").read_text("utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.startswith("#") or ":" not in line:
            continue
        key, _, words = line.partition(":")
        out[key.strip()] = tuple(sorted(words.split(), key=len, reverse=True))
    return out


@lru_cache(maxsize=256)
def asked_action(question: str) -> str:
    """The verb of the action a person question (normalised) asks who did: 主持 for
    那场活动的主持人是谁 and for 会议是谁主持的; "" when the who cue stands by no such verb."""
    words = _words()
    copulas = words.get("copulas", ())
    for cue in words.get("action_cues", ()):
        at = question.find(cue)
        if at < 0:
            continue
        before, after = question[:at], question[at + len(cue) :]
        if not cue.startswith(copulas) and before.endswith(copulas):
            before = before[:-1]
        if cue.startswith(copulas) or before != question[:at]:  # 主持人是谁, 发起者为谁
            for noun in words.get("agent_nouns", ()):
                if before.endswith(noun):
                    return noun[:-1]
        if after.startswith(copulas):  # 谁是主持人: the noun after the copula, or no action
            return next((noun[:-1] for noun in words.get("agent_nouns", ()) if after[1:].startswith(noun)), "")
        ends = [k for k in (after.find(end) for end in words.get("action_ends", ())) if k >= 0]
        k = min(ends, default=-1)  # (the first that closes it: 谁赢了? is no action of two characters)
        return after[:k] if k in ACTION_CHARS and _HAN.fullmatch(after[:k]) else ""
    return ""


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    text = resources.files("retrieval").joinpath("data/surnames.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def names_agent(text: str, action: str, question: str) -> bool:
    """Does ``text`` (normalised) name a person right before ``action`` (袭艳春主持, 钟治峰亲自主持):
    a surname and one or two characters, not a name the question holds?"""
    if not action:
        return False
    marks = ("", *_words().get("agent_marks", ()))
    surnames = _surnames()
    at = text.find(action)
    while at >= 0:
        for mark in marks:
            if mark and not text[:at].endswith(mark):
                continue
            end = at - len(mark)
            for n in NAME_CHARS:
                name = text[end - n : end]
                if len(name) == n and name[0] in surnames and _HAN.fullmatch(name) and name not in question and (
                        not _preposition_at(text, end - n)):
                    return True
        at = text.find(action, at + len(action))
    return False


def _preposition_at(text: str, at: int) -> bool:
    """Does the surname at ``at`` in ``text`` read as a preposition (agents.txt's ``prepositions``:
    连云港市公安局向社会通报): after a Chinese character that ends no title (title words of
    ``intent.title_words``: 发言人向明 keeps its name)?"""
    if text[at] not in _words().get("prepositions", ()) or at == 0 or not _HAN.fullmatch(text[at - 1]):
        return False
    return not any(text.endswith(t, 0, at) for t in title_words())


_SENTENCE_END = re.compile(r"[。！？!?；;:：“「『]")  # (after a colon or an opening quote: words said)


def acted_by(text: str, action: str, name: str) -> bool:
    """Does ``name`` (a passage's speaker, normalised) stand before ``action`` in a sentence of
    ``text`` (normalised) holding it (宋雅波围绕…等方面，通报了…): the sentence's subject did it? Not
    across a colon or an opening quote (李文涛：昨天，张部长…主持…: the words said name who did it)."""
    if not action or not name or action not in text:
        return False
    at = text.find(action)
    while at >= 0:
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
        if name in text[start:at]:
            return True
        at = text.find(action, at + len(action))
    return False

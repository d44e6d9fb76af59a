"""Conversation context: follow-up phrases, expiry and bounds of the store, follow-ups resolved
against the last answer, isolation between keys, and the shell keeping one conversation."""

from __future__ import annotations

import io

import pytest
from conftest import DATA

from retrieval import Retriever
from retrieval.chat.conversation import (
    HINTS,
    Contexts,
    Conversation,
    Hint,
    Search,
    State,
    follow_up,
    passage_key,
    resolve,
)
from retrieval.cli.shell import run_shell
from retrieval.search.filters import Filters


class Clock:
    """A clock tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def heldout():
    return Retriever.build(DATA / "heldout")  # 吴向东 has six passages


@pytest.mark.parametrize("text, kind", [
    ("他还说了什么", "same_speaker"), ("他還說了什麼", "same_speaker"), ("她还说了什么？", "same_speaker"), ("那他还说了啥", "same_speaker"),
    ("还有呢", "more"), ("更多", "more"), ("还有吗？", "more"),
    ("其他人呢", "other_speakers"), ("别人怎么说？", "other_speakers"),
    ("原文", "article"), ("全文", "article"),
    ("出处", "source"), ("来源呢", "source"),
    ("朱凯说了什么", None), ("天开西青园引进了多少项目？", None), ("", None), ("还有多少项目没有开工", None),
])
def test_follow_up_phrases(text, kind):
    assert follow_up(text) == kind


def test_a_state_expires_after_its_minutes():
    clock = Clock()
    store = Contexts(minutes=30, clock=clock)
    store.put("a", State(Filters("朱凯")))
    clock.now += 30 * 60
    assert store.get("a") == State(Filters("朱凯"))
    clock.now += 1
    assert store.get("a") is None and len(store) == 0


def test_the_store_keeps_the_most_recently_used_keys():
    store = Contexts(minutes=30, max_keys=2, clock=Clock())
    store.put("a", State())
    store.put("b", State())
    store.get("a")  # reading does not refresh: only a reply (put) does
    store.put("a", State(Filters("x")))
    store.put("c", State())
    assert store.get("b") is None and store.get("a") is not None and store.get("c") is not None
    assert len(store) == 2


def test_a_follow_up_without_context_is_a_one_line_hint():
    assert all("\n" not in hint for hint in HINTS.values())
    plan = resolve("他还说了什么", None, 3)
    assert plan == Hint(HINTS["same_speaker"])
    assert isinstance(resolve("朱凯说了什么", None, 3), Search)


def test_same_speaker_then_more_never_repeat_a_passage(heldout):
    talk = Conversation(top_k=2, contexts=Contexts(clock=Clock()))
    first = talk.reply(heldout, 1, "吴向东说了什么")
    assert first.kind == "hits" and first.follow_up is None
    assert {h.passage.speaker.name for h in first.hits} == {"吴向东"}
    seen = [passage_key(h.passage) for h in first.hits]
    second = talk.reply(heldout, 1, "他还说了什么？")
    assert second.follow_up == "same_speaker" and second.hits
    assert {h.passage.speaker.name for h in second.hits} == {"吴向东"}
    seen += [passage_key(h.passage) for h in second.hits]
    third = talk.reply(heldout, 1, "还有呢")
    seen += [passage_key(h.passage) for h in third.hits]
    fourth = talk.reply(heldout, 1, "还有呢")  # the headline 专访|吴向东：… is his words too
    seen += [passage_key(h.passage) for h in fourth.hits]
    assert len(seen) == len(set(seen)) == 7  # all seven, none twice
    done = talk.reply(heldout, 1, "还有呢")
    assert done.hits == () and done.note
    assert talk.reply(heldout, 1, "原文").article.focus >= 0  # an empty page keeps what 原文 means


def test_other_speakers_leave_out_the_ones_shown(heldout):
    talk = Conversation(top_k=3)
    first = talk.reply(heldout, "k", "港府推出什么人才计划")
    shown = {h.passage.speaker.name for h in first.hits if h.passage.speaker}
    other = talk.reply(heldout, "k", "其他人呢")
    assert other.follow_up == "other_speakers"
    assert all(h.passage.speaker and h.passage.speaker.name not in shown for h in other.hits)


def test_article_and_source_are_about_hit_1(seed_retriever):
    talk = Conversation(top_k=3)
    hit = talk.reply(seed_retriever, "k", "天开西青园引进了多少项目？").hits[0]
    art = talk.reply(seed_retriever, "k", "原文").article
    assert art.passages[art.focus] == hit.passage and len(art.passages) == 18
    assert hit.passage in art.around(1, 1)
    src = talk.reply(seed_retriever, "k", "出处")
    assert src.kind == "source" and "媒体：滨海发布" in src.source and src.citation.startswith("朱财斌")


def test_conversations_are_isolated_and_expire(seed_retriever):
    clock = Clock()
    talk = Conversation(top_k=3, contexts=Contexts(minutes=30, clock=clock))
    assert talk.reply(seed_retriever, "chat-1", "朱凯说了什么").hits
    assert talk.reply(seed_retriever, "chat-2", "出处").kind == "hint"  # chat-1's context is not chat-2's
    assert talk.reply(seed_retriever, "chat-1", "出处").kind == "source"
    clock.now += 31 * 60
    assert talk.reply(seed_retriever, "chat-1", "出处").kind == "hint"


def test_sticky_filters_apply_to_new_questions_until_cleared(heldout):
    talk = Conversation(top_k=3)
    talk.set_filters("k", Filters.parse(outlet="大公报"))
    reply = talk.reply(heldout, "k", "人才")
    assert reply.filters.outlet == "大公报" and reply.filters.describe().startswith("筛选：媒体 大公报")
    assert reply.hits and all(h.passage.source.outlet == "大公報" for h in reply.hits)
    talk.clear_filters("k")
    assert not talk.reply(heldout, "k", "人才").filters.active


def test_the_shell_answers_follow_ups_filters_and_citations(seed_retriever):
    lines = ["朱凯说了什么", "出处", ":filter 滨海发布 2024年2月", "天开西青园引进了多少项目？", ":cite 1",
             "原文", ":filter clear", ":filter 不是筛选条件的词", "他还说了什么"]
    out = io.StringIO()
    assert run_shell(seed_retriever, 3, io.StringIO("\n".join(lines) + "\n"), out) == 0
    text = out.getvalue()
    assert "媒体：滨海发布" in text  # 出处 after the first question
    assert "筛选：媒体 滨海发布 · 2024-02-01 至 2024-02-29（:filter clear 清除）" in text
    assert "朱财斌（西青区委书记）：“天开西青园开园以来" in text
    assert "▶ ¶13" in text and "筛选已清除。" in text and "yanlu: 不认识的筛选条件" in text
    assert "朱财斌 没有其他段落了。" in text  # 他 is the speaker of the last answer


def test_context_minutes_setting():
    from retrieval.errors import SettingsError
    from retrieval.settings import Settings

    assert Settings.from_env({}).context_minutes == 30
    assert Settings.from_env({"QA_CONTEXT_MINUTES": "5"}).context_minutes == 5
    with pytest.raises(SettingsError):
        Settings.from_env({"QA_CONTEXT_MINUTES": "0"})


def test_a_hint_stores_no_context(seed_retriever):
    store = Contexts(clock=Clock())
    talk = Conversation(top_k=3, contexts=store)
    assert talk.reply(seed_retriever, "stranger", "还有呢").kind == "hint"
    assert len(store) == 0

"""「引用」 and 「谁说的」 typed after an answer ask about hit 1 (its citation, its speaker), not a search.

The source follow-up (出处) already answers with hit 1's full source and its copy-ready citation;
typed 引用 / 引文 / 怎么引用 is that follow-up (data/followups.txt [source]). Before, it was searched
as a question and answered with whatever passage held the word 引用. 谁说的 / 这是谁说的 is the
same follow-up: the source names the speaker (发言人：…), or says nobody is quoted (报道).
"""

from __future__ import annotations

import pytest

from retrieval.chat import Conversation
from retrieval.chat.conversation import follow_up


@pytest.mark.parametrize("text", ["引用", "引文", "怎么引用？", "请引用一下", "给个引用吧"])
def test_typed_citation_requests_are_the_source_follow_up(text):
    assert follow_up(text) == "source"


def test_a_question_about_citing_is_still_a_question():
    assert follow_up("他在文章里引用了哪本书") is None


def test_after_an_answer_cite_replies_with_the_first_hits_citation(seed_retriever):
    talk = Conversation(3)
    first = talk.reply(seed_retriever, "k", "天开西青园引进了多少项目？")
    assert first.kind == "hits" and first.hits
    reply = talk.reply(seed_retriever, "k", "引用")
    assert reply.kind == "source"
    assert reply.citation.startswith("朱财斌（西青区委书记）：“")


@pytest.mark.parametrize("text", ["谁说的", "这是谁说的？", "这话是谁说的呢", "那是谁说的"])
def test_who_said_it_is_the_source_follow_up(text):
    assert follow_up(text) == "source"


def test_who_said_a_quote_is_still_a_question_when_it_names_the_words():
    assert follow_up("“联想不是中国公司”是谁说的") is None


def test_the_source_of_a_passage_nobody_is_quoted_in_says_so(seed_retriever):
    from retrieval.chat.citation import NO_SPEAKER, source_details

    quoted = next(p for p in seed_retriever.passages if p.speaker is not None)
    reported = next(p for p in seed_retriever.passages if p.speaker is None)
    assert f"发言人：{quoted.speaker.label()}" in source_details(quoted).splitlines()
    assert NO_SPEAKER in source_details(reported).splitlines()
    assert NO_SPEAKER not in source_details(quoted)

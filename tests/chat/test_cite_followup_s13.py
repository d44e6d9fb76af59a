"""「引用」 typed after an answer asks for the citation the 「引用」 button gives, not a search for 引用.

The source follow-up (出处) already answers with hit 1's full source and its copy-ready citation;
typed 引用 / 引文 / 怎么引用 is that follow-up (data/followups.txt [source]). Before, it was searched
as a question and answered with whatever passage held the word 引用.
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

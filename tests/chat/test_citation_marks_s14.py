"""A citation's quotation marks always pair: the words inside “…” open and close every inner ‘…’.

Only a quotation around the whole of the quoted words is taken off; a term in quotation marks at
the start or the end of them (「閥門」 closing a headline, “双碳” opening a sentence) keeps both of
its marks, turned into ‘…’.
"""

from __future__ import annotations

from retrieval.chat.citation import cite, quote
from retrieval.models import Document, Passage, Speaker


def paired(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c == "‘") - (c == "’")
        if depth < 0:
            return False
    return depth == 0


def test_a_term_closing_a_headline_keeps_its_closing_mark():
    body = quote("新桥风波 张三：城市要发展 也要设「闸门」", name="张三")
    assert body == "城市要发展 也要设‘闸门’"


def test_a_term_opening_a_sentence_keeps_its_opening_mark():
    body = quote("“双碳”目标的实现需要全社会共同努力，李四表示。", name="李四")
    assert body.startswith("‘双碳’目标") and paired(body)


def test_a_quotation_around_the_whole_sentence_is_still_taken_off():
    assert quote("“今年要开工十个项目。”", name="张三") == "今年要开工十个项目。"
    assert quote("「明年再建两座码头」", name="张三") == "明年再建两座码头"


def test_the_citation_line_pairs_its_marks():
    doc = Document(title="新桥风波", outlet="某报", published="2024-03-05", url=None, path="a.txt")
    line = cite(Passage("新桥风波 张三：城市要发展 也要设「闸门」", 1, doc, Speaker("张三", "市长")))
    words = line[line.index("“") + 1 : line.index("”")]
    assert paired(words) and words.endswith("‘闸门’")

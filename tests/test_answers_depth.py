"""Ranking repairs found on fresh real questions (docs/answers.md, "Session 5, round 3").
Invented pages only.

* A year written in Chinese numerals with the circle sign ○ (U+25CB, 二○一三年, as Hong Kong
  transcripts write it) is a date, like 二〇一三年 with 〇 (U+3007): a when-question prefers the
  passage that holds it.
* The reranking by the question's characters reads the best RERANK_DEPTH candidates: a passage
  holding the whole question as written, pushed to fifth place by its article's other passages
  (each credited with the rare words the article holds elsewhere), is read and comes first.
* 在哪些方面, 在哪三个领域, 问题出在哪里 ask what, not where (data/intent.txt's not_where_after and
  not_where_before): no place is preferred, and "X说…在哪方面…" asks what X said.
"""

from __future__ import annotations

from invented_pages import build_pages

import retrieval.retriever as retriever_module
from retrieval.search import answering
from retrieval.search.intent import parse


def test_a_year_written_with_the_circle_sign_is_a_date():
    when = parse("那对夫妇是哪年被带走的?")
    for sentence in ("他们在二○一三年被带走。", "他们在二〇一三年被带走。"):
        spans = answering.typed_spans(sentence, when)
        assert [sentence[a:b] for a, b in spans] == ["二" + sentence[4:7] + "年"]
    assert answering.typed_spans("他们后来被带走。", when) == []


def test_a_when_question_prefers_the_turn_holding_the_circle_sign_year(tmp_path):
    # the chair's short turn names the member twice and holds no date; BM25 prefers it
    r = build_pages(tmp_path, {"a.txt": ("立法会答问", "示例网 2016-01-20", [
        "主席：何志坚议员。何志坚议员，请发言。",
        "何志坚议员：主席，我想特首都知道有一个报道，二○一三年有一对夫妇在本港被人带走，至今下落不明，"
        "这件事市民非常关心，希望政府交代。"])})
    hits = r.search("何志坚提到哪年有一对夫妇在本港被带走?", top_k=3)
    assert hits and "二○一三年" in hits[0].passage.text


def _park(tmp_path):
    # one article: the sixth line holds 青柳湾智能装备产业园 as written (a long line); five
    # short lines hold 智能, 装备 and 产业 and are credited with 青柳湾 held elsewhere in the article
    lines = [
        "本区智能装备产业发展迅速，智能装备企业增加。",
        "智能装备产业是本区的主导产业，智能装备制造持续升级。",
        "区里推动智能装备产业集聚，智能装备项目陆续投产。",
        "智能装备产业链不断延伸，产业规模扩大，智能装备出口增长。",
        "智能装备产业项目落地，智能装备产业投资增加。",
        "区委书记表示，本区将以青柳湾智能装备产业园为载体，招引一批龙头企业，"
        "完善配套服务，优化营商环境，推动园区与高校合作，培养技术人才，"
        "力争三年内园区产值翻番，让更多群众在家门口就业。",
    ]
    return build_pages(tmp_path, {"a.txt": ("本区产业发展", "示例网 2024-02-05", lines)})


def test_the_fifth_candidate_holding_the_question_as_written_is_reread(tmp_path, monkeypatch):
    r = _park(tmp_path)
    question = "青柳湾智能装备产业园"
    hits = r.search(question, top_k=5)
    assert hits and "青柳湾智能装备产业园" in hits[0].passage.text
    monkeypatch.setattr(retriever_module, "RERANK_DEPTH", 4)
    (tmp_path / "b").mkdir()
    fresh = _park(tmp_path / "b")
    hits = fresh.search(question, top_k=5)
    assert hits and "青柳湾智能装备产业园" not in hits[0].passage.text  # four read: it stays fifth (BM25 and credit)


def test_where_cues_that_ask_what_not_where():
    # 在哪些方面 / 在哪三个领域 / 问题出在哪里 ask what, not for a place; 在哪些城市 and 在哪里发布 do
    for question in ("商会将在哪些方面发挥作用?", "市长希望中央在哪三个领域给予支持?",
                     "教练认为问题主要出在哪里?", "公司在哪方面做得更好?"):
        assert parse(question).asks != "where", question
    for question in ("他在哪些城市开了店?", "手机是在哪里发布的?", "主会场在哪?", "峰会在哪个城市召开?"):
        assert parse(question).asks == "where", question
    # a speech word before such a cue asks what was said (the cue no longer reads as a place asked)
    said = parse("王立明说公司希望在哪方面做得更好?")
    assert said.kind == "said" and said.subject == "王立明"

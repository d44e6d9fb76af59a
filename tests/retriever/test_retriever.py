"""Search on the seed: the right paragraph, honest no-answers, tiny and degenerate corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Corpus, CorpusError, QuestionError, Retriever
from retrieval.pages.ingest import load_corpus

TESTS = Path(__file__).resolve().parents[1]
SEEDS = TESTS.parent / "seeds"
DATA = TESTS / "data"

QA = [json.loads(line) for line in (DATA / "qa-seed.jsonl").read_text("utf-8").splitlines() if line.strip()]
ANSWERABLE = [it for it in QA if it["answer"]]
NO_ANSWER = [it["q"] for it in QA if not it["answer"]]


def test_question_set_is_large_enough():
    assert len(ANSWERABLE) >= 25 and len(NO_ANSWER) >= 3


def test_the_first_question(seed_retriever):
    hits = seed_retriever.search("天开西青园引进了多少项目？", top_k=3)
    top = hits[0].passage
    assert "300余个" in top.text
    assert (top.speaker.name, top.speaker.title) == ("朱财斌", "西青区委书记")
    assert top.source.outlet == "滨海发布" and top.source.published.startswith("2024-02-07")
    assert hits[0].score > 0 and "引进" in hits[0].matched_terms


def test_dev_questions_find_their_passage(seed_retriever):
    ranks = []
    for it in ANSWERABLE:
        hits = seed_retriever.search(it["q"], top_k=3)
        ranks.append(next((i for i, h in enumerate(hits, 1) if it["answer"] in h.passage.text), None))
    recall1 = sum(r == 1 for r in ranks) / len(ranks)
    recall3 = sum(r is not None for r in ranks) / len(ranks)
    missed = [it["q"] for it, r in zip(ANSWERABLE, ranks) if r is None]
    assert recall3 >= 0.9, missed
    assert recall1 >= 0.85, missed


@pytest.mark.parametrize("question", NO_ANSWER)
def test_no_answer_means_no_results(seed_retriever, question):
    assert seed_retriever.search(question) == []


@pytest.mark.parametrize("question", ["🎉🎉🎉", "？？？", "的了是", "x" * 10_000, "天开西青园" * 2000])
def test_odd_questions_are_answered_without_error(seed_retriever, question):
    hits = seed_retriever.search(question)
    assert isinstance(hits, list)


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question_is_a_domain_error(seed_retriever, question):
    with pytest.raises(QuestionError):
        seed_retriever.search(question)


def test_hits_are_sorted_and_bounded(seed_retriever):
    hits = seed_retriever.search("京津冀协同发展", top_k=5)
    assert 1 <= len(hits) <= 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.passage.paragraph >= 1 for h in hits)


def test_bm25_scores_hook(seed_retriever):
    scores = seed_retriever.bm25_scores("天开西青园引进了多少项目")
    assert len(scores) == len(seed_retriever.passages)
    best = max(range(len(scores)), key=lambda i: scores[i])
    assert "300余个" in seed_retriever.passages[best].text


def _tiny_corpus(tmp_path, paragraphs):
    page = tmp_path / "tiny.md"
    page.write_text("---\ntitle: 小语料\noutlet: 测试报\npublished: 2024-01-02\n---\n\n" + "\n\n".join(paragraphs), "utf-8")
    return Retriever(Corpus.build(load_corpus(page)))


def test_one_passage_corpus_still_answers(tmp_path):
    r = _tiny_corpus(tmp_path, ["西青区委书记朱财斌说，天开西青园已引进项目300余个，百余个项目投入运行。"])
    hits = r.search("天开西青园引进了多少项目")
    assert len(hits) == 1 and hits[0].passage.speaker.name == "朱财斌"
    assert r.search("红烧肉怎么做") == []


def test_two_passage_corpus_ranks_the_right_one(tmp_path):
    r = _tiny_corpus(tmp_path, [
        "天开西青园已引进项目300余个，百余个项目投入运行。",
        "麒麟软件将加快打造世界级操作系统中国品牌，促进科技成果市场化应用。",
    ])
    assert "操作系统" in r.search("操作系统品牌")[0].passage.text
    assert "300余个" in r.search("天开西青园引进项目")[0].passage.text


def test_missing_or_empty_corpus_is_a_domain_error(tmp_path):
    with pytest.raises(CorpusError, match="not found"):
        Retriever.from_path(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError):
        Retriever.from_path(tmp_path / "empty")


def test_from_path_accepts_a_file_or_a_directory():
    file = next(SEEDS.glob("*.txt"))
    assert len(Retriever.from_path(file).passages) == len(Retriever.from_path(SEEDS).passages) == 18

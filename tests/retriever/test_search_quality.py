"""Speaker-aware questions, who-questions, traditional Chinese and the best sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seed(seed_retriever):
    return seed_retriever


@pytest.fixture
def corpus(qa_corpus_retriever):
    return qa_corpus_retriever


@pytest.mark.parametrize(
    ("question", "name"),
    [("朱凯说了什么", "朱凯"), ("马珊珊怎么看人才", "马珊珊"), ("全龙谈了哪些内容?", "全龙"), ("江浩然", "江浩然")],
)
def test_question_naming_a_speaker_ranks_their_passages_first(seed, question, name):
    hits = seed.search(question, top_k=3)
    assert hits and hits[0].passage.speaker.name == name


def test_speaker_with_several_passages_comes_first(corpus):
    hits = corpus.search("雷军说了什么", top_k=3)
    assert [h.passage.speaker.name for h in hits] == ["雷军"] * 3
    hits = corpus.search("古特雷斯对紧张局势有什么表态?", top_k=2)
    assert all(h.passage.speaker.name == "古特雷斯" for h in hits)


def test_absent_person_does_not_crash(seed):
    assert seed.search("陈炎顺") == []
    assert seed.search("陈炎顺说了什么", top_k=3) == []


def test_speaker_filter(seed, corpus):
    hits = seed.search("新质生产力", top_k=5, speaker="罗进飞")
    assert hits and all(h.passage.speaker.name == "罗进飞" for h in hits)
    assert seed.search("新质生产力", speaker="陈炎顺") == []
    hits = corpus.search("比赛", top_k=10, speaker="刘智宇")
    assert len(hits) >= 3 and {h.passage.speaker.name for h in hits} == {"刘智宇"}


def test_speaker_filter_in_cli(capsys):
    assert main(["ask", "新质生产力", "--speaker", "朱凯", "--json", "--corpus", str(SEEDS)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["results"] and {r["speaker"]["name"] for r in out["results"]} == {"朱凯"}


@pytest.mark.parametrize(
    ("question", "name"),
    [("谁提到了操作系统", "全龙"), ("哪位企业家谈到了海洋装备", "彭文成"), ("谁说西青园已引进项目300余个", "朱财斌")],
)
def test_who_questions(seed, question, name):
    hits = seed.search(question)
    assert hits and hits[0].passage.speaker.name == name


def test_traditional_question_matches_simplified(seed):
    trad = seed.search("麒麟軟件副總裁說了什麼", top_k=3)
    simp = seed.search("麒麟软件副总裁说了什么", top_k=3)
    assert trad and [h.passage.text for h in trad] == [h.passage.text for h in simp]
    assert trad[0].passage.speaker.name == "全龙"
    assert [h.best_sentence for h in trad] == [h.best_sentence for h in simp]


def test_traditional_passages_shown_as_written(corpus):
    hits = corpus.search("大连海事大学校长说了什么")
    assert hits and "大連海事大學" in hits[0].passage.text
    assert hits[0].passage.speaker.name == "王祖溫"


def test_best_sentence(seed):
    hit = seed.search("天开西青园引进了多少项目？")[0]
    assert hit.passage.speaker.name == "朱财斌"
    assert "已引进项目300余个" in hit.best_sentence
    assert hit.best_sentence in hit.passage.text and len(hit.best_sentence) < len(hit.passage.text)
    hit = seed.search("麒麟软件2024年将持续加强什么")[0]
    assert "2024年" in hit.best_sentence


def test_best_sentence_in_cli_json(capsys):
    assert main(["ask", "天开西青园引进了多少项目", "--json", "--corpus", str(SEEDS)]) == 0
    out = json.loads(capsys.readouterr().out)
    first = out["results"][0]
    assert "已引进项目300余个" in first["best_sentence"] and first["best_sentence"] in first["text"]


@pytest.mark.parametrize("question", ["红烧肉怎么做", "What is the capital of France?", "今天天气怎么样", "比特币今天的价格是多少"])
def test_no_answer(seed, corpus, question):
    assert seed.search(question) == []
    assert corpus.search(question) == []


def test_paraphrase_with_few_shared_words(corpus):
    hits = corpus.search("粉丝送给小米的最珍贵礼物是什么?", top_k=3)
    assert hits and "最珍贵的米粉礼物" in hits[0].passage.text
    hits = corpus.search("王章村每人平均有多少耕地?", top_k=3)
    assert hits and "人均耕地2亩" in hits[0].passage.text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("市科技局会怎样落实总书记的嘱托?", "朱玉兵"),  # 市科技局 is a word of its own, not part of a title token
        ("质检服务商会将在哪些方面发挥作用?", "朱凯"),  # 服务商 / 发挥作用 back off to indexed words
        ("津南区在京津冀协同发展中是什么定位?", "王宝雨"),  # the passage holding most of the question wins
    ],
)
def test_segmentation_differences_do_not_lose_the_answer(corpus, question, name):
    hits = corpus.search(question, top_k=3)
    assert hits and hits[0].passage.speaker.name == name


def test_time_words_do_not_answer(corpus):
    assert corpus.search("今天天气怎么样") == []
    assert "今天" not in corpus.tokenize("今天天气怎么样")


def test_who_question_in_cli_shows_the_speaker_first(capsys):
    assert main(["ask", "谁提到了操作系统", "--corpus", str(SEEDS)]) == 0
    first = capsys.readouterr().out.strip().splitlines()[0]
    assert "全龙" in first and "麒麟软件有限公司副总裁" in first

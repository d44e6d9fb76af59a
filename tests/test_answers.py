"""Answers: question intent, ranking by what is asked, one score, the answering sentence and its
answer span, missing terms, questions not in Chinese, and the eval over the real-pages format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval import Retriever
from retrieval.cli import main
from retrieval.evaluation import load_jsonl, qa_metrics, select_files
from retrieval.search.answering import (
    answer_span,
    best_sentence,
    distinctive_words,
    question_language,
)
from retrieval.search.intent import parse

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def seed(seed_retriever):
    return seed_retriever


@pytest.fixture
def corpus(qa_corpus_retriever):
    return qa_corpus_retriever


# -- intent ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "kind", "subject", "content"), [
    ("谁说西青园已引进项目300余个", "who", "", "西青园已引进项目300余个"),
    ("是谁表示自己非常关注县一级的工作?", "who", "", "自己非常关注县一级的工作"),
    ("哪位记者感受到了“中国越来越开放”的信号?", "who", "", "中国越来越开放"),
    ("朱凯说了什么", "said", "朱凯", ""),
    ("马珊珊怎么看人才", "said", "马珊珊", ""),
    ("那位市科协副主席认为应该怎么做", "said", "那位市科协副主席", ""),
    ("质检服务商会会长对明年有什么打算", "said", "质检服务商会会长对明年有什么", ""),
    ("广东队主教练为什么限制易建联的出场时间", "said", "广东队主教练", ""),
    ("习近平什么时候视察天津", "fact", "", ""),
    ("王毅会见东盟使节说明了什么?", "fact", "", ""),  # 说明 is not 说
])
def test_intent_kinds(question, kind, subject, content):
    intent = parse(question)
    assert intent.kind == kind
    assert intent.subject.replace(" ", "") == subject
    assert intent.content.replace(" ", "") == content


@pytest.mark.parametrize(("question", "asks", "measure_has"), [
    ("习近平什么时候视察天津", "when", None),
    ("买买提江·吾买尔哪一年当上村党支部书记", "when", None),
    ("到场的学员有多少人?", "how_many", "名"),
    ("报道在网上被看了多少次?", "how_many", "次"),
    ("她当书记有多少年了?", "how_many", "年"),
    ("项目落在桐乡的哪个镇?", "which", None),
    ("衡东的人员到哪几个乡镇检查?", "which", None),
    ("鸿海在什么前提下会兑现承诺?", "condition", None),
    ("为什么限制出场时间", "why", None),
    ("会议由哪位领导主持?", "person", None),
])
def test_fact_intents(question, asks, measure_has):
    intent = parse(question)
    assert intent.asks == asks
    if measure_has:
        assert measure_has in intent.measure
    assert all(cue not in intent.searchable() for cue in ("什么时候", "多少", "哪个", "哪一年"))


def test_a_name_in_a_fact_question_is_a_content_word_not_a_filter(seed):
    hits = seed.search("习近平什么时候视察天津", top_k=3)
    assert hits and "2月1日至2日" in hits[0].passage.text  # the dated narrative, not his quotes
    span = hits[0].answer_span
    assert span and hits[0].best_sentence[span[0]:span[1]] == "2月1日至2日"


@pytest.mark.parametrize(("question", "name"), [
    ("质检服务商会会长说了什么", "朱凯"),
    ("那位市科协副主席说了什么", "罗进飞"),
    ("朱会长怎么看", "朱凯"),
    ("朱局长说了什么", "朱玉兵"),
])
def test_what_did_x_say_by_title_role_or_part_of_a_name(seed, question, name):
    hits = seed.search(question, top_k=3)
    assert hits and hits[0].passage.speaker.name == name


def test_what_did_x_say_by_a_role_named_in_other_words(tmp_path):
    page = tmp_path / "coach.txt"
    page.write_text(
        "广东男篮主帅谈易建联\n新华网 2021-10-28\n"
        "广东东莞大益男篮以106-90战胜深圳马可波罗男篮，取得6连胜。\n"
        "赛后广东主帅杜锋说：“阿联整体不错，每场给他不超过20分钟，让他适应联赛的强度。”\n"
        "内线球员任骏飞说：“每个人要保持专注度，不能换人之后，场上的能量就下来了。”\n", "utf-8")
    r = Retriever.build(tmp_path)
    assert r.resolve_subject("广东队主教练") == ("杜锋",)  # 主教练 ↔ 主帅 (data/intent.txt roles)
    hits = r.search("广东队主教练为什么限制易建联的出场时间", top_k=2)
    assert hits and hits[0].passage.speaker.name == "杜锋"
    span = hits[0].answer_span
    assert span and hits[0].best_sentence[span[0]:span[1]].startswith("让他适应联赛的强度")


def test_hits_are_sorted_by_the_score_shown(seed, corpus):
    for r, question in [(seed, "习近平什么时候视察天津"), (seed, "朱凯说了什么"), (seed, "新质生产力"),
                        (seed, "谁提到了操作系统"), (corpus, "毛宁怎么看中坦关系"), (corpus, "雷军说了什么")]:
        scores = [h.score for h in r.search(question, top_k=5)]
        assert scores and scores == sorted(scores, reverse=True), question


def test_what_did_x_say_puts_their_passages_first(corpus):
    hits = corpus.search("毛宁怎么看中坦关系", top_k=3)
    assert hits and hits[0].passage.speaker.name == "毛宁"


# -- the answering sentence and its span ----------------------------------------------------------

def test_best_sentence_by_intent():
    text = "天开西青园发展很快。开园以来，已引进项目300余个。2024年将有更多项目开工。"
    weights = {"引进": 1.0, "项目": 1.0, "天开西青园": 0.5}
    sentence, span = best_sentence(text, weights, parse("天开西青园引进了多少项目"))
    assert sentence == "开园以来，已引进项目300余个。" and sentence[span[0]:span[1]] == "300余个"
    weights = {"开工": 1.0, "项目": 1.0, "天开西青园": 0.5}
    sentence, span = best_sentence(text, weights, parse("天开西青园的项目什么时候开工"))
    assert sentence == "2024年将有更多项目开工。" and sentence[span[0]:span[1]] == "2024年"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("有多少名记者得到了提问的机会?", "17位记者在发布会上获得提问机会。", "17位"),
    ("被看了多少次?", "网络总浏览量超过1000万次。", "1000万次"),
    ("比分是多少?", "最终以106-90战胜对手。", "106-90"),
    ("项目落在哪个镇?", "公司与洲泉镇签约。", "洲泉镇"),
    ("他说了什么", "他说：“我们一定会做好。”", "我们一定会做好。"),
    ("在什么前提下兑现承诺?", "只要有正式的协议，我们都会履行承诺。", "只要有正式的协议"),
])
def test_answer_span(question, sentence, answer):
    span = answer_span(sentence, parse(question), [])
    assert span is not None and sentence[span[0]:span[1]] == answer


def test_no_span_when_nothing_of_the_kind_is_there():
    assert answer_span("天开西青园发展很快。", parse("什么时候开工"), []) is None


# -- missing terms --------------------------------------------------------------------------------

def test_distinctive_words_are_names_places_organisations_years_numbers():
    words = distinctive_words("刘子歌在伦敦奥运会上获得了第几名")
    assert "伦敦" in words and "刘子歌" in words
    assert "2019" in "".join(distinctive_words("联想集团2019财年的全球营收是多少"))
    assert distinctive_words("红烧肉怎么做") == ()


def test_a_word_the_corpus_never_mentions_means_no_answer_naming_it(seed):
    assert seed.search("天津在伦敦有多少项目") == []
    assert seed.absent_words("天津在伦敦有多少项目") == ("伦敦",)
    assert seed.absent_words("天开西青园引进了多少项目") == ()


def test_a_word_found_elsewhere_but_not_in_a_hit_is_named_on_it(seed):
    hits = seed.search("朱凯对西青区有什么看法", top_k=3)
    assert hits and hits[0].passage.speaker.name == "朱凯"
    assert "西青区" in hits[0].missing_terms
    assert not seed.search("天开西青园引进了多少项目")[0].missing_terms


@pytest.mark.parametrize("question", ["红烧肉怎么做", "今天天气怎么样"])
def test_off_topic_questions_still_get_no_answer(seed, question):
    assert seed.search(question) == []


def test_missing_terms_in_the_cli(capsys):
    assert main(["ask", "朱凯对西青区有什么看法", "--json", "--corpus", str(SEEDS)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "西青区" in out["results"][0]["missing_terms"] and "answer_span" in out["results"][0]
    assert main(["ask", "朱凯对西青区有什么看法", "--corpus", str(SEEDS)]) == 0
    text = capsys.readouterr().out
    assert "未提到：西青区" in text and "score" not in text
    assert main(["ask", "天津在伦敦有多少项目", "--corpus", str(SEEDS)]) == 0
    assert "语料中没有提到「伦敦」" in capsys.readouterr().out


def test_the_readable_cli_leads_with_the_answer_and_shows_no_scores(capsys):
    assert main(["ask", "天开西青园引进了多少项目？", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    first, sentence = out.splitlines()[:2]
    assert first.startswith("[1] 「朱财斌 · 西青区委书记」")
    assert "已引进项目**300余个**" in sentence and "score" not in out
    assert out.count("滨海发布 · 2024-02-07") == 1  # one article: its source once


# -- questions not in Chinese ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "language"), [
    ("What did Zhu Kai say?", "en"), ("Что сказал Чжу?", "ru"), ("朱さんは何と言いましたか", "ja"),
    ("주카이는 뭐라고 했나요", "ko"), ("朱凯说了什么", None), ("CBA第6轮比分是多少", None),
])
def test_question_language(question, language):
    assert question_language(question) == language


def test_a_question_not_in_chinese_is_told_in_its_language_in_the_cli(capsys):
    assert main(["ask", "What did Zhu Kai say?", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "The corpus is Chinese" in out and "说了什么？" in out
    assert "没有找到答案" not in out


# -- eval over the real-pages format --------------------------------------------------------------

def _real_format(tmp_path: Path) -> Path:
    items = [
        {"q": "天开西青园引进了多少项目?", "gold": ["已引进项目300余个"], "speaker": "朱财斌", "file": "p01.txt", "kind": "fact"},
        {"q": "习近平什么时候视察天津?", "gold": ["2月1日至2日"], "speaker": None, "file": "p03.txt", "kind": "fact"},
        {"q": "天津在伦敦有多少项目?", "gold": [], "speaker": None, "file": "p03.txt", "kind": "none"},
        {"q": "红烧肉怎么做", "gold": [], "speaker": None, "file": "p02.txt", "kind": "none"},
    ]
    qa = tmp_path / "qa.jsonl"
    qa.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), "utf-8")
    return qa


def test_eval_reads_the_real_pages_format(tmp_path):
    qa = _real_format(tmp_path)
    m = qa_metrics(load_jsonl(qa), str(SEEDS), qa.parent)
    assert m["recall@1"] == 1.0 and m["recall@3"] == 1.0 and m["mrr@10"] == 1.0
    assert m["speaker_accuracy@1"] == 1.0  # 朱财斌, and nobody for the narrative
    assert m["unanswerable_handled"] == [2, 2]


def test_eval_files_filter(tmp_path, capsys):
    items = load_jsonl(_real_format(tmp_path))
    assert [it["file"] for it in select_files(items, "odd")] == ["p01.txt", "p03.txt", "p03.txt"]
    assert [it["file"] for it in select_files(items, "even")] == ["p02.txt"]
    assert [it["file"] for it in select_files(items, "p01.txt,p02")] == ["p01.txt", "p02.txt"]
    assert main(["eval", "--qa", str(tmp_path / "qa.jsonl"), "--corpus", str(SEEDS), "--files", "odd"]) == 0
    out = capsys.readouterr().out
    for key in ("recall@1", "recall@3", "mrr@10", "speaker_accuracy@1"):
        assert key in out
    assert "unanswerable_handled   1/1" in out


def test_what_did_x_say_leads_with_the_quote_not_the_sentence_naming_x():
    from retrieval.search import answering
    from retrieval.search import intent as intents

    text = "“这套样机的能量密度达到每公斤400瓦时，今年下半年进入中试。”实验室主任王立新说。"
    asked = intents.parse("王立新说了什么")
    sentence, _ = answering.best_sentence(text, {"王立新": 3.0}, asked)
    assert sentence.startswith("“这套样机")

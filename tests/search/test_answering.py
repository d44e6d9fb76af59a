"""Answers: question intent, ranking by what is asked, one score, the answering sentence and its
answer span, missing terms, questions not in Chinese, and the eval over the real-pages format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from invented_pages import build_pages

from retrieval import Retriever
from retrieval.cli import main
from retrieval.evaluation import load_jsonl, qa_metrics, select_files
from retrieval.search.answering import (
    answer_span,
    best_sentence,
    distinctive_words,
    has_words,
    question_language,
)
from retrieval.search.intent import parse

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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
    ("质检服务商会会长对明年有什么打算", "said", "质检服务商会会长", ""),  # X对…: the person is X
    ("林剑对特朗普推迟访华一事怎么说?", "said", "林剑", ""),
    ("网传小米有几千名法务，雷军怎么回应?", "said", "雷军", ""),  # the clause before the cue names X
    ("在致辞中，桐乡市委书记盛勇军如何看待招商引资?", "said", "桐乡市委书记盛勇军", ""),  # 在致辞: not X
    ("中共中央对外联络部部长说了什么", "said", "中共中央对外联络部部长", ""),  # 对外 begins a name
    ("李肇星那场发布会原计划开多久?", "fact", "", ""),  # a speech word, then a how-many cue: a fact
    ("两人通电话谈了多长时间?", "fact", "", ""),
    ("李小文说他营养不良从什么时候开始的?", "fact", "", ""),
    ("广东队主教练为什么限制易建联的出场时间", "said", "广东队主教练", ""),
    ("习近平什么时候视察天津", "fact", "", ""),
    ("王毅会见东盟使节说明了什么?", "fact", "", ""),  # 说明 is not 说
    ("张三被问到票价会不会下调时怎么回答?", "said", "张三", ""),  # X被问到…时: the person is X
    ("财政部长被记者问到房价时,他怎么评价这项政策?", "said", "财政部长", ""),
    ("主持记者会的那位立委,被问到出席情形时说了什么?", "said", "主持记者会的那位立委", ""),  # a passive clause names nobody
    ("那名被告人说了什么", "said", "那名被告人", ""),  # 被告 is a word, not the passive
    ("那位教练怎么形容对手?", "said", "那位教练", ""),
    ("政务司司长张建宗说,破坏灯柱的是哪些人?", "said", "政务司司长张建宗", ""),  # X说…是谁: in X's words
    ("据说是谁主持的?", "fact", "", ""),
    ("那位“村警”在车上发现可疑乘客后向哪位所长汇报?", "fact", "", ""),  # a quoted term is no quote of speech
    ("溧阳市委书记到工地督查时,对项目建设提出了什么要求?", "said", "溧阳市委书记到工地督查时", ""),  # 对…: what about
    ("徐正源觉得这场失利对球队起了什么作用?", "said", "徐正源", ""),
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
    ("那次通电话谈了多长时间?", "how_many", "小时"),  # the cue says what is counted (data/intent.txt units)
    ("她接受采访时多大年纪?", "how_many", "岁"),
    ("委员们一共递交了几份提案?", "how_many", "件"),  # 份 ↔ 件
    ("那位法官去年亲手审理了几宗案子?", "how_many", "宗"),  # data/intent.txt measures, not a list in code
    ("那名投手这场比赛投了多少球?", "how_many", "球"),
    ("有几位局长同行?", "how_many", "位"),  # 几位: the cue's own measure, not 局 of the word after it
    ("项目落在桐乡的哪个镇?", "which", None),
    ("总统这次访华安排在哪几天?", "when", None),  # 哪几天 asks for dates, not a which-noun
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
    ("通电话谈了多长时间?", "两位市长的通话持续了一个多小时。", "一个多小时"),
    ("座谈会开了多久?", "座谈会有30多位村民参加，历时90多分钟。", "90多分钟"),
    ("她当时多大年纪?", "发言人林晓(52岁)在发布会后接受采访。", "52岁"),
    ("这个习惯从什么时候开始的?", "他说这个习惯是从上个世纪七十年代中期养成的。", "上个世纪七十年代中期"),
    ("一共递交了几份议案?", "代表们这次共提交议案75件。", "75件"),
    ("他是该局第几任局长?", "作为该局第12任局长，他上任后先跑了基层。", "第12任"),  # an ordinal, not a count
    ("她获得了第几名?", "她在决赛中以3分之差获得第一名。", "第一名"),
    ("那场对谈进行了多久?", "两位嘉宾在广播节目里对谈近一小时。", "一小时"),  # 近一…: an amount
    ("那条公路要投多少钱?", "全镇40名干部表态，但这条公路需要投资250万元。", "250万元"),  # money, not people
    ("收购花了多少钱?", "該集團去年斥資近三十億美元收購一家車廠。", "三十億美元"),
    ("那场对谈进行了多久?", "兩位嘉賓在廣播節目裡對談近一小時。", "一小時"),  # read on the simplified form
    ("他们哪天见面?", "兩人約定於5月3號在車站見面。", "5月3號"),  # traditional numerals
])
def test_answer_span(question, sentence, answer):
    span = answer_span(sentence, parse(question), [])
    assert span is not None and sentence[span[0]:span[1]] == answer


def test_no_span_when_nothing_of_the_kind_is_there():
    assert answer_span("天开西青园发展很快。", parse("什么时候开工"), []) is None
    assert answer_span("市长今日(三月二十日)上午会见传媒。", parse("出访欧洲一共几天?"), []) is None  # a date
    assert answer_span("他派出一名记者参加。", parse("派了多少名记者?"), []) is None  # 一名: an article


def test_a_date_relative_to_the_writer_does_not_answer_which_day():
    from retrieval.search.answering import has_typed_answer
    intent = parse("两位市长定在哪一天通电话?")
    assert has_typed_answer("甲市市长明天将与乙市市长通电话。", intent, ["通电话"]) == 1
    assert has_typed_answer("办公室宣布，两位市长将于4月3日通电话。", intent, ["通电话"]) == 2


# -- missing terms --------------------------------------------------------------------------------

def test_distinctive_words_are_names_places_organisations_years_numbers():
    words = distinctive_words("刘子歌在伦敦奥运会上获得了第几名")
    assert "伦敦" in words and "刘子歌" in words
    assert "2019" in "".join(distinctive_words("联想集团2019财年的全球营收是多少"))
    assert distinctive_words("红烧肉怎么做") == ()


@pytest.mark.parametrize(("question", "words"), [
    ("林剑对特朗普可能延后访华一事怎么说?", ("林剑", "特朗普")),  # 延后: jieba's "name" with no surname
    ("姜瑜接受那家韩国报纸采访时多大年纪?", ("姜瑜", "韩国")),  # 那家: a pronoun, not the surname 那
    ("特朗普和普京那次通电话谈了多久?", ("特朗普", "普京")),  # 和普京: the conjunction left off
    ("王国庆第一场发布会上有几位记者提问", ("王国庆",)),  # 王国|庆: a bound morpheme ends the name
    ("赵兰芳当了多少年社区主任", ("赵兰芳",)),  # 多少|年: a unit after a numeral, not the surname 年
    ("万钢在会上说了什么", ("万钢",)),  # the surname 万, though jieba calls 万 a numeral
])
def test_distinctive_words_leave_out_what_only_looks_like_a_name(question, words):
    assert distinctive_words(question) == words


def test_a_word_the_corpus_never_mentions_means_no_answer_naming_it(seed):
    assert seed.search("天津在伦敦有多少项目") == []
    assert seed.absent_words("天津在伦敦有多少项目") == ("伦敦",)
    assert seed.absent_words("天开西青园引进了多少项目") == ()


def test_a_name_jieba_does_not_know_is_absent_only_when_no_passage_holds_it(seed):
    # neither name is a word of jieba's dictionary: the corpus's own texts decide
    assert seed.absent_words("毛宁怎么看天开西青园") == ("毛宁",)
    assert seed.search("毛宁怎么看天开西青园") == []
    assert seed.absent_words("朱财斌怎么看天开西青园") == ()
    assert seed.search("朱财斌怎么看天开西青园")


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
    ("ماذا قال تشو كاي؟", "ar"), ("Τι είπε ο Ζου;", "other"), ("Qu'a dit Zhu Kai ?", "en"),
    ("😀🎉", None), ("!!!???……", None), ("2024", None),
])
def test_question_language(question, language):
    assert question_language(question) == language


@pytest.mark.parametrize(("question", "words"), [
    ("😀🎉", False), ("!!!???……", False), ("🇨🇳 ✨ ——", False), ("", False),
    ("朱凯说了什么", True), ("2024", True), ("Zhu?", True), ("😀天", True),
])
def test_has_words(question, words):
    assert has_words(question) is words


def test_a_question_in_arabic_is_told_in_arabic_in_the_cli(capsys):
    assert main(["ask", "ماذا قال تشو كاي؟", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "أخبار صينية" in out and "说了什么？" in out and "没有找到答案" not in out


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


# -- ranking: the kind of answer, the question's names (invented pages) ----------------------------

_build = build_pages


def test_a_count_of_something_else_is_not_the_count_asked():
    from retrieval.search.answering import has_typed_answer
    intent = parse("代表们接受了多少人次的记者采访?")
    assert intent.measure == frozenset({"人次"})
    assert has_typed_answer("大会期间，代表们接受记者采访150人次。", intent, ["代表", "记者", "采访"]) == 2
    assert has_typed_answer("28位代表接受了记者采访。", intent, ["代表", "记者", "采访"]) == 1  # 28位 counts people


def test_a_count_in_the_measure_asked_is_the_answer_not_another_number():
    from retrieval.search.answering import has_typed_answer
    intent = parse("那位法官去年亲手审理了几宗案子?")
    assert intent.measure >= {"宗", "起"} and "局" not in parse("有几位局长同行?").measure
    assert has_typed_answer("去年,我共审理案件六宗,都是刑事案件。", intent, ["审理", "案件"]) == 2
    assert has_typed_answer("我从事法院工作近30年,审理过不少案件。", intent, ["审理", "案件"]) == 1


def _two_delegations(tmp_path):
    return _build(tmp_path, {
        "a.txt": ("湖南代表抵京", "示例网 2019-03-02", [
            "随着MU5101航班降落，来自湖南的人大代表们抵达北京，向大会报到，带来了一年来走访调研的心得和议案。",
            "代表们表示，要围绕乡村振兴、产业升级等议题认真履职，把群众的期盼带到会上。"]),
        "b.txt": ("在黔代表履职", "示例报 2014-03-12", [
            "贵州日报讯 全国人大会议即将闭幕，在黔人大代表认真履行职责，积极建言献策。",
            "会议期间，代表们共提交议案75件，内容涉及教育、医疗、交通和生态保护等方面。"]),
    })


def test_a_passage_whose_article_never_names_the_place_asked_about_comes_later(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    question = "贵州的人大代表们在全国大会上一共递交了几份议案?"
    r = _two_delegations(tmp_path)
    monkeypatch.setattr(retriever, "TYPED_COVERAGE", 1.0)  # this test is about the article alone
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.source.title == "在黔代表履职"  # its article says 贵州
    monkeypatch.setattr(retriever, "ARTICLE_LACKS", 1.0)  # without it, the page about 湖南 wins
    assert r.search(question, top_k=3)[0].passage.source.title == "湖南代表抵京"


def test_an_answer_in_an_interview_is_about_what_the_turn_before_it_asked(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("周明远接受专访", "示例网 2021-05-06", [
        "5月6日，驻外大使周明远接受电视台专访，就经贸合作、人文交流等回答了主持人安德森的提问。",
        "周明远说，两国总理今年的会晤将是一次内容丰富的访问，两国贸易合作前景广阔。",
        "安德森：上周，有议员把两国的贸易摩擦称为“一场战争”。您怎么看？",
        "周大使：我不是议会的发言人，但分歧应该通过对话解决，不应该用对抗的语言。",
        "安德森：贵国宣布暂停部分农产品进口，这是报复吗？",
        "周大使：这是检疫方面的正常安排，我们希望双方都能按规则办事。"])})
    question = "周明远如何回应议员把贸易摩擦称作“一场战争”?"
    hits = r.search(question, top_k=3)
    assert hits and "通过对话解决" in hits[0].passage.text  # its words are in the question asked before it
    monkeypatch.setattr(retriever, "ASKED_CREDIT", 0.0)
    assert "通过对话解决" not in r.search(question, top_k=3)[0].passage.text


def test_a_labelled_turn_that_asks_does_not_answer(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("例行记者会", "示例部 2022-08-19", [
        "8月19日，发言人李文涛主持例行记者会，回答了中外记者的提问。",
        "示例报记者：我们注意到，东盟经贸合作论坛成果落实协调人视频会议昨天成功举行。你可否介绍会议情况？",
        "李文涛：昨天，张部长在北京主持东盟经贸合作论坛协调人会议。"])})
    question = "东盟经贸合作论坛成果落实协调人视频会议由谁主持?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever, "WHO_SPEAKER", 1.0)  # (the answer is credited: that too lifts it)
    assert r.search(question, top_k=3)[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever, "ASKING_TURN", 1.0)
    # (the turn answering the asking one gets a share of its score too: that alone lifts it, qa11)
    assert r.search(question, top_k=3)[0].passage.text.startswith("李文涛")
    monkeypatch.setattr(retriever.Retriever, "_answer_turns", lambda self, kept, covs, query, allowed=None: (kept, covs))
    assert r.search(question, top_k=3)[0].passage.text.startswith("示例报记者")
    # a speaker's own rhetorical question is no interviewer's turn
    assert not retriever._asking_turn("对此李文涛反问这位记者，你把我说的话都写进报道了吗？")
    assert retriever._asking_turn("主持人：那最终的目标呢？")


def test_what_did_x_say_finds_x_on_pages_in_either_script(tmp_path):
    r = _build(tmp_path, {
        "a.txt": ("新品发布会", "示例网 2024-03-01", [
            "示例集团董事长陈国华表示，公司的手机今年在海外市场的销量增长很快，用户口碑也越来越好。",
            "发布会上，公司还展示了多款智能家居新品，现场观众反响热烈，预订人数超过预期。"]),
        "b.txt": ("陳國華談汽車", "示例報 2024-04-18", [
            "示例集團董事長陳國華表示，公司汽車的交付速度今年會明顯加快，讓車主早日提車。",
            "直播中，陳國華還回應了網友關心的多個問題，觀看人數很快超過十萬。"]),
    })
    assert {p.speaker.name for p in r.passages if p.speaker} == {"陈国华", "陳國華"}
    for question in ("陈国华怎么看汽车交付?", "陳國華怎麼看汽車交付?", "陈国华怎么看手机销量?"):
        hits = r.search(question, top_k=3)
        want = "销量" if "手机" in question else "交付"
        assert hits and want in hits[0].passage.text, question
        assert {h.passage.speaker.name for h in hits[:2]} == {"陈国华", "陳國華"}, question  # both are X's passages


def test_what_did_x_say_reads_a_quote_nobody_was_credited_with_that_names_x(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("王立群评发布会", "示例网 2023-04-18", [
        "赵启明今天上午来到会场，先宣读了一份声明，随后介绍了新书的写作经过，并表示还会继续写下去。",
        "对此，王立群在博客里写下对发布会的感想，「今天的发布会，坦白说，让人很失望。」",
        "另外，王立群认为，现场记者的提问都是事先写好交上去的，由主持人统一代读。"])})
    assert [p.speaker.name if p.speaker else None for p in r.passages][1:3] == [None, "王立群"]
    question = "王立群对赵启明的发布会有什么看法?"
    hits = r.search(question, top_k=3)
    assert hits and "很失望" in hits[0].passage.text
    assert [h.passage.speaker.name for h in r.search("王立群说了什么", top_k=3)[:1]] == ["王立群"]  # a tie: X's own first
    monkeypatch.setattr(retriever, "NAMED_QUOTE", 0.0)
    assert "很失望" not in r.search(question, top_k=3)[0].passage.text


def test_the_kind_of_answer_asked_makes_up_for_words_said_otherwise(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _build(tmp_path, {"a.txt": ("两国外长将通电话", "示例网 2022-01-31", [
        "甲国外交部发言人宣布，甲国外长王海将与乙国外长李川通电话，讨论双边合作。",
        "由于边境局势紧张，王海和李川最近一次于3月5日在瑞士苏黎世举行了会面。"])})
    question = "两国外长此前最近一次面对面会谈在哪座城市?"  # 两|国外|长: jieba's cut of the question
    hits = r.search(question, top_k=3)
    assert hits and "苏黎世" in hits[0].passage.text
    monkeypatch.setattr(retriever, "TYPED_COVERAGE", 1.0)
    assert r.search(question, top_k=3) == []  # the words alone hold too little of the question


def test_a_count_beside_the_word_asked_about_outranks_a_figure_beside_it():
    from retrieval.search.answering import has_typed_answer
    intent = parse("那家公司去年的业务量达到了多少?")
    terms = ["公司", "业务量", "达到"]
    bound = "去年公司业务量创纪录,实现业务量105.5亿票。"
    beside = "去年公司收入和业务量创纪录,营业收入2072亿元。"
    assert has_typed_answer(bound, intent, terms, bound=True) == 3
    assert has_typed_answer(beside, intent, terms, bound=True) == 2
    assert has_typed_answer(bound, intent, terms) == 2  # (without ``bound``: 0, 1 or 2 as before)
    year = "公司对2022全年业绩持乐观态度。"  # a bare number (a year) counts nothing by itself
    assert has_typed_answer(year, parse("公司全年业绩有多少?"), ["公司", "全年", "业绩"], bound=True) == 2


def test_the_bound_count_ranks_first(tmp_path):
    page = tmp_path / "parcels.txt"
    page.write_text(
        "快递公司发布年报\n新华网 2022-03-30\n\n"
        "快递公司3月30日接受调研时表示,2021年快递公司收入和业务量创纪录,营业收入2072亿元,利润约3.7亿元。\n\n"
        "2021年收入和业务量创纪录,实现业务量105.5亿票,同比增长29.7%。\n", "utf-8")
    # (the lead holds 快递公司 twice and wins on BM25; the count beside 业务量 outranks it)
    hits = Retriever.build(tmp_path).search("快递公司2021年的业务量达到了多少?", top_k=2)
    assert hits and "105.5亿票" in hits[0].passage.text


def test_a_line_ending_with_a_colon_introduces_the_answer_it_does_not_hold(tmp_path):
    page = tmp_path / "coach.txt"
    page.write_text(
        "女排主帅谈伤病\n新华网 2019-09-14\n\n"
        "球队核心朱婷的伤病无疑是影响球队成绩的重要原因,对于朱婷的伤病,主教练郎平表示:\n\n"
        "“朱婷的伤是一个定时炸弹,比赛下来我问她怎么样,她说打到后来就麻了。”\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    hits = retriever.search("郎平把朱婷的伤病比作什么?", top_k=2)
    assert hits and "定时炸弹" in hits[0].passage.text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_a_which_person_question_prefers_the_role_asked_standing_with_a_name():
    from retrieval.search.answering import asked_role, has_typed_answer
    question = "那位村警在大巴上发现可疑乘客后向哪位所长汇报?"
    assert asked_role(question) == "所长"
    assert asked_role("是谁主持了会议?") == ""
    intent = parse(question)
    terms = ["村警", "大巴", "发现", "可疑", "乘客", "所长", "汇报"]
    named = "村警在大巴上发现可疑乘客。他迅速向胡集派出所所长张磊进行了汇报。"
    unnamed = "村警在大巴上发现可疑乘客,便与其交谈。他打算下车后向所长汇报。"
    assert has_typed_answer(named, intent, terms, bound=True) == 3
    assert has_typed_answer(unnamed, intent, terms, bound=True) < 3
    assert has_typed_answer("邱委员文彦:主席、各位同仁。", parse("质询时谈缺水的是哪位委员?"), ["缺水"], bound=True) == 3


def test_the_place_of_a_dateline_does_not_answer_where():
    from retrieval.search.answering import typed_spans
    intent = parse("其余记者会都安排在什么地方?")
    dateline = "新华社北京3月4日电 题:两会新闻中心19场记者会抢鲜看"
    assert typed_spans(dateline, intent) == []
    held = "其余都在北京梅地亚中心举行。"
    assert "北京" in [held[a:b] for a, b in typed_spans(held, intent)]


def test_a_count_asked_that_no_hit_holds_is_named_missing(tmp_path):
    from retrieval.search.answering import asked_count, holds_count
    assert asked_count(parse("台北元旦连假有多少家旅馆转作了防疫旅馆?")) == "多少家"
    assert asked_count(parse("台湾今年出口会增长几个百分点?")) == "几个百分点"
    assert asked_count(parse("公司业务量达到了多少?")) == asked_count(parse("新闻中心开了第几场?")) == ""  # (no measure; an ordinal)
    days = parse("那届会议会期几天?")
    assert holds_count("全国政协会议会期7日。", days)  # 7日 counts days, though it reads as a date
    assert holds_count("开播仅1分钟观看人数超过10万。", parse("开播1分钟有多少人观看?"))
    page = tmp_path / "hotels.txt"
    page.write_text(
        "市长视察采检站\n中央社 2021-01-02\n\n"
        "台北元旦连假订房率只有5成,市长今上午视察采检站,表示部分旅馆已转作防疫旅馆。\n\n"
        "市长说,防疫旅馆的房间仍然充足,民众不必担心。\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    hits = retriever.search("元旦连假有多少家旅馆转作了防疫旅馆?", top_k=3)
    assert hits and all("多少家" in h.missing_terms for h in hits)
    page.write_text(page.read_text("utf-8") + "\n已有12家旅馆转作防疫旅馆。\n", "utf-8")
    hits = Retriever.build(tmp_path).search("元旦连假有多少家旅馆转作了防疫旅馆?", top_k=3)
    assert hits and not any("多少家" in h.missing_terms for h in hits)


def test_what_x_said_in_other_words_is_ordered_by_the_characters_shared(tmp_path):
    page = tmp_path / "spokeswoman.txt"
    page.write_text(
        "发言人接受采访\n示例网 2007-12-20\n\n"
        "外交部发言人姜瑜表示,她不喜欢个人性质的活动,也不接受个人采访。\n\n"
        "姜瑜表示,作为发言人,今年被问到最多的问题就是半岛局势。\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    question = "姜瑜说她这一年被提问次数最多的话题是什么?"  # 提问 / 话题: the page says 问到 / 问题
    hits = retriever.search(question, top_k=2)
    assert hits and "半岛局势" in hits[0].passage.text
    assert hits[0].score > hits[1].score  # the score shown is the score ranked by


def test_a_count_in_chinese_numerals_counts_and_the_questions_own_count_is_not_the_answer():
    from retrieval.search.answering import _counts, has_typed_answer
    assert [s for s in ("将给予人民币十万元的奖励。",) for a, b in _counts(s, frozenset()) if s[a:b] == "十万元"]
    assert _counts("一名民警四处奔走,十分辛苦。", frozenset()) == []  # 一名, 四处, 十分: no count
    intent = parse("三名逃犯案中,协助抓获的群众可以拿到多少奖励?")
    terms = ["三名", "3", "逃犯", "人员", "协助", "抓获", "群众", "拿到", "奖励"]
    assert has_typed_answer("看守所3名在押人员逃跑。", intent, terms, bound=True) == 2  # the question's own 三名
    assert has_typed_answer("协助抓获的群众将获人民币十万元的奖励。", intent, terms, bound=True) == 3


def test_a_length_area_or_share_asked_is_counted_in_its_unit():
    from retrieval.search.answering import asked_count, holds_count
    km = parse("那条地铁线全长多少公里?")
    assert asked_count(km) == "多少公里"
    assert holds_count("这条线全长23.5公里,共设18座车站。", km)
    assert not holds_count("2号线一期工程已开通,日均客流20万人次。", km)  # a count of something else
    assert holds_count("合作社每天收割260亩到300亩。", parse("他们一天能收割多少亩稻子?"))
    share = parse("议员的出席率达到百分之几?")
    assert asked_count(share) == "百分之几"
    assert holds_count("议员出席率达到97%。", share) and holds_count("出席率达百分之九十七。", share)
    assert not holds_count("政府提出37项法案,已通过32项。", share)


def test_a_quarter_of_the_year_is_a_distinctive_word(tmp_path):
    assert "二季度" in distinctive_words("二季度国内生产总值增长了多少?")
    assert not any("季度" in w for w in distinctive_words("下一季度的营收指引是多少?"))
    (tmp_path / "quarter.txt").write_text(
        "统计局发布数据\n示例网 2018-04-17\n\n"
        "统计局发言人表示,一季度国内生产总值同比增长6.8%,经济运行平稳。\n\n"
        "发言人说,今年第三季度的数据将在10月发布。\n", "utf-8")
    retriever = Retriever.build(tmp_path)
    hits = retriever.search("二季度国内生产总值增长了多少?", top_k=3)
    assert not hits or all("二季度" in h.missing_terms for h in hits)
    hits = retriever.search("一季度国内生产总值增长了多少?", top_k=3)
    assert hits and not hits[0].missing_terms


def test_a_plain_word_a_generic_place_or_a_team_under_another_name_is_no_absent_word(tmp_path):
    (tmp_path / "derby.txt").write_text(
        "北控备战德比\n示例网 2024-11-02\n\n"
        "北控主教练张庆鹏表示,今晚不会让沈梓捷冒险复出,我们会以学习的态度面对北京队。\n\n"
        "总统助理乌沙科夫说,两国元首在晚宴上进行了长时间交谈。\n\n"
        "南韩队主帅赛后说,失利的责任在自己。\n", "utf-8")
    r = Retriever.build(tmp_path)
    assert r.absent_words("两国元首在晚宴上长谈了什么?") == ()  # 长谈: jieba's nz, a plain word
    assert r.absent_words("这场京城德比谁不会上场?") == ()  # 京城: a generic place
    assert r.absent_words("韩国队主帅赛后说了什么?") == ()  # 韩国 and 南韩 name one country
    assert r.absent_words("两国元首在伦敦的晚宴上谈了什么?") == ("伦敦",)
    hits = r.search("是谁表示这场京城德比不会冒险让沈梓捷上场?", top_k=3)
    assert hits and hits[0].passage.speaker and hits[0].passage.speaker.name == "张庆鹏"


def test_a_word_of_the_questions_cut_across_the_corpus_words_is_no_absent_word(tmp_path):
    # jieba cuts 中山区位优势 as 中|山区|位|优势; the page holds 中山 and 区位, never 山区
    (tmp_path / "bridge.txt").write_text(
        "大桥通车\n示例网 2024-05-02\n\n"
        "市委书记王明指出,跨海通道一桥飞架,让中山的区位优势更加凸显。\n\n"
        "记者在现场看到,车辆川流不息。\n", "utf-8")
    r = Retriever.build(tmp_path)
    assert r.absent_words("哪条通道让中山区位优势凸显?") == ()
    hits = r.search("哪条通道让中山区位优势凸显?", top_k=3)
    assert hits and "区位优势" in hits[0].passage.text
    assert r.absent_words("伦敦的通道让区位优势凸显了吗?") == ("伦敦",)  # a place the page never names


def test_a_plain_word_jieba_tags_as_a_name_is_no_absent_word(tmp_path):
    # jieba's dictionary tags 夸赞 (praise) a foreign name and 今年夏天 a person's name
    (tmp_path / "lab.txt").write_text(
        "实验室来了客人\n示例网 2024-07-02\n\n"
        "诺贝尔奖得主根策尔表示,他接触过的中国学生非常勤奋。\n\n"
        "发言人王明说,记者会照常举行,这一点大家都知道。\n", "utf-8")
    r = Retriever.build(tmp_path)
    assert r.absent_words("哪位诺奖得主夸赞中国学生勤奋?") == ()
    assert r.absent_words("记者会今年夏天为何照常举行?") == ()
    hits = r.search("哪位诺奖得主夸赞中国学生勤奋?", top_k=3)
    assert hits and "根策尔" in hits[0].passage.text
    assert r.absent_words("拜登怎么看中国学生?") == ("拜登",)  # a foreign name stays one

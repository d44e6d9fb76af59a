"""Question intent: the kinds of question, the fact asked, and ranking by what is asked (what did X
say, by name, title or role)."""

from __future__ import annotations

import pytest

from retrieval import Retriever
from retrieval.search.intent import parse


@pytest.fixture
def seed(seed_retriever):
    return seed_retriever


@pytest.fixture
def corpus(qa_corpus_retriever):
    return qa_corpus_retriever


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

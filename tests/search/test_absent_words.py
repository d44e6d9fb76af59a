"""Missing terms: the distinctive words of a question, and the ones no hit (or no passage) holds."""

from __future__ import annotations

import pytest

from retrieval import Retriever
from retrieval.search.answering import (
    distinctive_words,
)
from retrieval.search.intent import parse


@pytest.fixture
def seed(seed_retriever):
    return seed_retriever


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

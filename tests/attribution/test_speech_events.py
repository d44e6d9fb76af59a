"""Speech events: a speech verb with words after it, a colon or a quotation, corner brackets and
interview turns; what is said of words that is no words (how much, a topic, an editor's note).

The sentences below are written for these tests: they test mechanisms, not quality (issue 10,
items 2 and 3: attribution as a model of the whole document)."""

from __future__ import annotations

from attribution_helpers import how_of, speakers_of


def test_a_verb_with_no_words_after_it_is_no_speech_event():
    paras = ["公司总裁李明代表公司签约并发言。", "研修班学员张一、王二、刘三等先后发言。"]
    assert speakers_of(paras) == [None, None]


def test_a_group_is_nobody():
    assert speakers_of(["县委书记张一、县长王二等先后表示,要抓好春耕。"]) == [None]


def test_colon_before_a_quotation_is_a_speech_event():
    paras = ["已过耄耋之年的教授吴长青仍常去校园做讲座。", "他常常这样给学生们分享感悟:“人可以不伟大,但不能没有责任心。”"]
    assert speakers_of(paras) == [None, "吴长青"]
    assert how_of(paras)[1] == "pronoun"


def test_a_quotation_then_the_one_person_the_paragraph_is_about():
    paras = ["“希望大家都有好的居住环境,共享建设成果。”还有两年,方晓红就将退休,她最放不下的是院落改造。"]
    assert speakers_of(paras) == ["方晓红"]
    assert how_of(paras) == ["quote"]
    # two people after the quotation: whose words they are is not told
    two = ["“希望大家都有好的居住环境。”方晓红和李建国一起走访了院落。"]
    assert speakers_of(two) == [None]


def test_corner_brackets_quote_like_double_quotes():
    paras = ["「這場比賽大家打得很努力,值得肯定。」廣東隊主帥杜鋒賽後說。", "「年輕球員還要多磨練。」"]
    assert speakers_of(paras) == ["杜鋒", "杜鋒"]


def test_a_sentence_about_a_person_then_a_quotation_alone():
    paras = ["乘客葛江涛下车后甚是兴奋。“真是太快了,以前要三个小时。”"]
    assert speakers_of(paras) == ["葛江涛"]
    assert how_of(paras) == ["quote"]


def test_a_traditional_transcript_keeps_the_page_s_characters():
    paras = ["記者:奪冠後有什麼感受?", "劉子歌:非常激動,這是我第一次參加奧運會。", "我要感謝教練和隊友。", "記者:下一個目標?", "劉子歌:繼續努力。"]
    assert speakers_of(paras) == [None, "劉子歌", "劉子歌", None, "劉子歌"]


def test_interview_turns():
    paras = [
        "本报记者专访省林业厅厅长周国平。",
        "记者赵磊:今年造林任务完成得怎么样?",
        "周厅长:全年完成造林120万亩。",
        "王五:我觉得很好。",  # someone else's turn ends the chain; among turns, the label names him
    ]
    assert speakers_of(paras) == [None, None, "周国平", "王五"]


def test_in_someones_words_is_that_persons_speech():
    assert speakers_of(["用镇党委书记吴海平的话说,这里就缺一个带头人。"]) == ["吴海平"]


def test_how_much_was_said_is_no_words():
    assert speakers_of(["外媒:美俄外长面对面交谈 布林肯说了三件事儿"]) == [None]
    assert speakers_of(["中场张稀哲只说了三个字:“结束了!”"]) == ["张稀哲"]


def test_an_editors_note_carries_nobodys_words():
    paras = ["美国国务卿布林肯表示,我们准备继续支持乌克兰。", "特别提醒:如果我们使用了您的图片,请作者与本站联系。"]
    assert speakers_of(paras) == ["布林肯", None]


def test_topics_spoken_about_are_no_words():
    assert speakers_of(["演讲结束后,董事长雷军在接受媒体采访时回应了外界关注的多个话题,包括手机改名。"]) == [None]
    assert speakers_of(["大使崔天凯还就中美经贸关系等回答了记者提问。"]) == [None]


def test_a_book_title_holds_no_speech_verb():
    paras = ["我手里有一本新买的《向世界说明中国》,是他多年来的演讲。", "“这本书很受欢迎,”他得意地说。"]
    assert speakers_of(paras) == [None, None]

"""Session 14 (alias14): how a page refers back to a person it named, and where a name ends."""

from __future__ import annotations

from retrieval.attribution.lexicon import mentions
from retrieval.attribution.speakers import Attributor, attribute_paragraphs


def test_known_name_is_read_whole_where_jieba_tags_its_start():
    s = "主席黄方安生发表任内最后一份报告。"
    assert mentions(s, {})[0][1].name == "黄方"  # jieba alone: the start of the name
    assert mentions(s, {"黄方安生": "主席"})[0][1].name == "黄方安生"
    # a known name that does not go on here leaves jieba's reading alone
    assert mentions(s, {"黄方安达": "主席"})[0][1].name == "黄方"


def test_cut_name_is_not_made_known_beside_the_full_name():
    # (the headline writes the short form alone, so the cut is not only ever followed by the rest)
    paras = ["黄方：房屋供应要增加", "主席黄方安生出席论坛时表示，要增加房屋供应。", "主席黄方安生发表任内最后一份报告。"]
    att = Attributor()
    att.register(paras, article=1)
    assert "黄方" not in att.known and att.known["黄方安生"] == "主席"


def test_headline_short_form_is_the_full_name():
    context = ["黄方：房屋供应要增加"]
    paras = ["主席黄方安生出席论坛时表示，要增加房屋供应。", "主席黄方安生发表任内最后一份报告。"]
    att = Attributor()
    att.register([*context, *paras], article=1)
    att.head(context)
    assert att.attribute(context[0]).name == "黄方安生"
    assert attribute_paragraphs(paras, context)[0].speaker.name == "黄方安生"


def test_post_closing_the_subject_after_a_name():
    from retrieval.attribution.titles import person_at_end

    sp = person_at_end("宏达建材有限公司的赵广福经理", {})
    assert (sp.name, sp.title) == ("赵广福", "经理")
    assert person_at_end("钱启明总经理", {}).name == "钱启明"
    assert person_at_end("该公司总经理", {}) is None  # 公司总|经理: no name ends in the title's rank
    assert person_at_end("该公司副总经理", {}) is None


def test_post_after_name_names_the_speaker():
    paras = ["招聘会上来了不少企业。",
             "“这样的招聘会很适合我们，我们也开展针对性的招聘。”宏达家政服务有限公司的陈明经理介绍。"]
    out = attribute_paragraphs(paras)[1]
    # the rules read the verb's subject: the name before the post (not a quotation's loose reading)
    assert out.speaker is not None and out.speaker.name == "陈明" and out.how == "speech-verb"


def test_loose_subject_is_never_a_title_word():
    from retrieval.attribution.speech import _loose_name
    from retrieval.attribution.walkstate import WalkState

    state = WalkState(text="公司的经理说好。经理又说好。")
    assert _loose_name(state, "公司的经理") is None


def test_surname_and_title_for_the_name_written_before_that_title():
    p = "在副局长王海的主持下，会议首先由周立新局长致辞，周局长指出，要紧密结合项目建设，促进企业发展。"
    out = attribute_paragraphs(["推介会在京举行。", p])[1]
    assert out.speaker is not None and (out.speaker.name, out.speaker.title) == ("周立新", "局长")


def test_surname_and_title_with_two_such_names_is_nobody():
    p = "会议由周立新局长和周卫国局长主持，周局长指出，要紧密结合项目建设，促进企业发展。"
    assert attribute_paragraphs(["推介会在京举行。", p])[1].speaker is None


def test_loose_subject_starts_where_a_word_starts():
    from retrieval.attribution.speech import _loose_name
    from retrieval.attribution.walkstate import WalkState

    state = WalkState(text="中国石油表示，将增产。中国石油称，价格稳定。")
    assert _loose_name(state, "中国石油") is None or _loose_name(state, "中国石油").name != "国石油"
    state = WalkState(text="市民王建华说，很方便。王建华又说，很满意。")
    assert _loose_name(state, "市民王建华").name == "王建华"  # a name that starts a word stays

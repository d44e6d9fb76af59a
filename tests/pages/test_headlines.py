"""The headline (retrieval/pages/textpage.py): site chrome, bylines, subtitles and labels around it,
which line is the article's headline and which is not. Mechanisms on invented pages (no real text
here); each assertion fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.pages.textpage import (
    line_kind,
    not_headline,
    parse,
)


def _page(tmp_path: Path, lines: list[str], name: str = "a.txt"):
    return parse_lines(tmp_path, lines, name)


ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]


def test_chrome_around_the_headline_on_its_line_is_dropped():
    page = parse("\n".join(["扫描二维码访问某某网移动版 市长谈教育投入和学校建设 扫描二维码访问某某社微信",
                            "http://www.example.com   2017-03-03 00:17:54", *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


TRANSCRIPT = [
    "以下是市长王明远今日上午出席教育工作会议后会见传媒的答问内容：",
    "记者：学校建设的资金从哪里来？今年的学位缺口有多大？",
    "市长：资金由市财政统筹安排，今年新建学校十二所，新增学位一万五千个，缺口可以补上。",
    "记者：乡村学校的校舍改造什么时候完成？教师待遇会不会提高？",
    "市长：校舍改造年底前全部完成，教师待遇也会逐步提高，这是我们对家长的承诺。",
]


def test_a_bar_of_chrome_over_the_headline_of_a_transcript():
    # the lead is the transcript's turns; the headline shares some of their words, not half
    page = parse("\n".join(["简体版 寄给朋友 某某新闻网", "市长谈学校建设答问全文(附短片)", "", *TRANSCRIPT[1:]]))
    assert page.title == "市长谈学校建设答问全文(附短片)"


def test_a_subtitle_opening_with_a_dash_goes_on_the_headline():
    page = parse("\n".join(["首页>要闻", "学校建设提速", "——来自全市教育工作会议的报告",
                            "2014年03月13日 19:12 | 来源:某某社", *ARTICLE]))
    assert page.title == "学校建设提速——来自全市教育工作会议的报告"


def test_an_interviews_subtitle_goes_on_a_headline_the_lead_does_not_repeat():
    page = parse("\n".join(["好的事让它自然发生，还是多谈人和感情吧", "专访市长王明远", *ARTICLE]))
    assert page.title == "好的事让它自然发生，还是多谈人和感情吧 专访市长王明远"


def test_a_label_over_a_paragraph_is_no_headline():
    page = parse("\n".join(["某某电视台新闻中心记者:", "非常荣幸见到市长。今年全市教育投入很大，我们也见证了很多变化，想请您谈谈学校建设。",
                            "王明远:", "今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学，这是我们的承诺。",
                            *ARTICLE]))
    assert page.title is None


def test_a_headline_with_a_quotation_over_a_dateline():
    page = parse("\n".join(["(两会)首场发布会传递信心 外媒指“中国定目标挑战自己”",
                            "某某社北京3月3日电 (记者 王小明)3日的北京气温回暖，下午两点半，发布厅已人头攒动。", *ARTICLE]))
    assert page.title == "(两会)首场发布会传递信心 外媒指“中国定目标挑战自己”"
    assert page.body[0][0].text.startswith("某某社北京3月3日电")  # the headline is no passage


def test_a_headline_wrapped_as_the_original_title_is_read_without_the_wrapper():
    page = parse("\n".join(["(原标题:市长谈教育投入和乡村学校)", "某某报 2024-05-06", *ARTICLE]))
    assert page.title == "市长谈教育投入和乡村学校"
    page = parse("\n".join(["原标题：市长谈教育投入和乡村学校", "某某报 2024-05-06", *ARTICLE]))
    assert page.title == "市长谈教育投入和乡村学校"


def test_chrome_lines_by_class():
    from retrieval.pages.textpage import chrome_line

    assert chrome_line("设为主页收藏本页")  # bookmark links
    assert chrome_line("订户专享 赠阅文章")  # a paywall badge
    assert chrome_line("中国内地版本")  # an edition switch
    assert chrome_line("某某网 正文")  # a site's name and a bare page word
    assert chrome_line("中国某某协会主管") and chrome_line("某某日报社主办")  # the supervising body
    assert chrome_line("第A03版:要闻") and chrome_line("第3版 要闻")  # a newspaper's page label
    assert chrome_line("某某银行白金信用卡", "市长在会上说今年全市将新建学校")  # an ad beside another story
    # headlines that share a word with a class stay headlines
    assert not chrome_line("车间主管的一天")  # no organisation before 主管
    assert not chrome_line("正文之外的故事")
    assert not chrome_line("市长谈学校建设 某某网")  # a site's name beside a headline is split_site_suffix's
    assert not chrome_line("信用卡还款新规下月施行", "信用卡还款新规下月起施行，持卡人可以…")  # the article is about it


def test_a_bookmark_bar_over_the_headline_is_not_it():
    page = parse("\n".join(["设为主页收藏本页", "市长谈教育投入和学校建设", "2017-03-03 来源:某某网", *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


def test_a_site_name_and_a_page_word_over_the_headline_are_not_it():
    page = parse("\n".join(["某某网 正文", "市长谈教育投入和学校建设", "2017-03-03 23:53:55 来源: 某某网", *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


def test_the_supervising_body_over_the_headline_is_not_it():
    page = parse("\n".join(["用户登录", "某某市作家协会主管", "市长谈教育投入和学校建设", "来源:某某报 2025年01月27日08:43",
                            *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


def test_a_paywall_badge_under_the_headline_is_not_it():
    page = parse("\n".join(["市长谈教育投入和学校建设", "订户", "赠阅文章", "订户专享 赠阅文章", *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


def test_an_ad_over_the_date_gives_way_to_the_headline_opening_the_article():
    # a paper's page: the ad, the date and page label, then the headline (a question) opening the article
    page = parse("\n".join(["某某银行白金信用卡", "2020年03月25日", "第A03版:要闻", "市长下次记者会宣布全市学位够用?", *ARTICLE]))
    assert page.title == "市长下次记者会宣布全市学位够用?"


def test_an_edition_switch_with_no_headline_is_no_headline():
    page = parse("\n".join(["中国内地版本", "2025年4月28日", *ARTICLE]))
    assert page.title is None  # sources.json, or the lead, names the page


def test_a_source_line_set_off_by_a_bar_is_no_headline():
    page = parse("\n".join(["来源|某某新语(ID:mouxinyu)", *ARTICLE]))
    assert page.title is None  # sources.json, or the lead, names the page


def test_the_headline_repeated_and_a_title_label_are_the_headline():
    body = [
        "3月4日,某市长王建华到港口建设工地调研,了解港口建设进展和存在的困难。",
        "王建华指出,港口建设是全市重点项目,要加快进度,确保年底前投入使用。",
    ]
    page = parse("\n".join(["某某网", "标题:", "王建华:港口年底前投入使用", "作者:", "2015-9-19 23:16",
                            "标题:", "王建华:港口年底前投入使用", *body]))
    assert page.title == "王建华:港口年底前投入使用"
    assert {b.index for b in page.head} == {2, 6}  # both copies of the headline
    page = parse("\n".join(["2023年12月07日", "港口年底前投入使用", "张世政 驻北京记者", *body]))
    assert [b.text for b in page.head] == ["港口年底前投入使用"]  # the byline is no subtitle


def test_headline_marks_and_captions_that_report_words():
    body = [
        "新华社北京3月1日电 一名多年报道政协大会的老记者,成为新一届政协新闻发言人。",
        "“对于这份工作,尽管不陌生,但还是诚惶诚恐。”新任政协新闻发言人王国庆说。",
    ]
    page = parse("\n".join(["政协新闻发言人:尽量回答更多公众关心的问题(图)", "(2016-3-1 15:55:59) 来源:新华网",
                            "原标题:新任政协新闻发言人王国庆:尽量回答更多公众关心的问题", *body]))
    assert page.title == "政协新闻发言人:尽量回答更多公众关心的问题(图)"  # (图) marks a headline, no caption
    assert [b.index for b in page.head] == [0, 2]  # 原标题：… belongs to the headline block
    # a caption of one sentence reporting what a named person said is kept, one of a pose is not
    lines = ["电影《女孩》将在31日上映,导演舒淇和监制叶如芬昨出席记者会,宣传这部电影。",
             "舒淇称泪点很低,回想起叶如芬的鼓励忍不住哭了。(记者王文麟摄)",
             "舒淇在记者会现场。(记者王文麟摄)",
             "舒淇昨谈到拍摄过程忍不住落泪,自嘲泪点很低,但想起监制叶如芬初剪时给她的鼓励。"]
    texts = [b.text for b, k in parse("\n".join(["舒淇为《女孩》落泪", *lines])).body if k == "p"]
    assert lines[1] in texts and lines[2] not in texts


def test_a_browser_title_bar_and_a_menu_row_are_no_headline():
    page = parse("\n".join(["? 中华人民共和国某某部 - HTTP--WWW_EXAMPLE_GOV_CN",
                            "部门户网站首页 | 直播首页 | 文字实录 | 图片直播 | 直播摘要",
                            "袭小春：女士们、先生们，上午好，欢迎大家出席今天的中外记者见面会。",
                            "朱大祥：各位媒体朋友，我叫朱大祥，是研究所的研究员，今天很高兴和大家交流。", *ARTICLE]))
    assert line_kind("部门户网站首页 | 直播首页 | 文字实录 | 图片直播 | 直播摘要") == "nav"
    assert page.title is None


def test_a_box_heading_and_a_cast_list_are_no_headline():
    page = parse("\n".join(["赵大正简历", "1940年1月生，北京市人。1963年毕业于某大学物理系，曾在核工业部门工作多年。", *ARTICLE]))
    assert page.title is None
    page = parse("\n".join(["嘉宾:李耀生(上海某集团有限公司董事长)", "戴自毅(上海某集团有限公司的董事长)", "主持:朱煦",
                            "主持人朱煦：听众朋友您好，欢迎您继续收听今天的节目，我是朱煦。",
                            "李：你好。今天很高兴来到节目，和大家聊一聊纺织行业的情况。", *ARTICLE]))
    assert page.title is None
    assert not_headline("嘉宾:李耀生(上海某集团有限公司董事长)") and not_headline("戴自毅(上海某集团有限公司的董事长)")
    assert not not_headline("柳大长:球员顶住了压力")  # a speaker's words as a headline still are one
# -- session 10: a kicker closed as a clause of its own, a headline that asks -----------------------


def test_a_label_after_a_kicker_closed_by_a_comma_or_a_question_mark_names_the_speaker():
    from retrieval.models import Document, Passage, Speaker
    from retrieval.pages.headline import headline_speaker

    doc = Document("t", None, None, None, "t.txt")
    said = [Passage("…", 1, doc, Speaker("蔡明远", "主教练")), Passage("…", 2, doc, Speaker("李小青", "队长"))]
    assert headline_speaker("某队夺冠，蔡明远：我非常相信我选的球员", said).name == "蔡明远"
    assert headline_speaker("某队夺冠,蔡明远谈原因:大家都知道", said).name == "蔡明远"
    assert headline_speaker("取消议案维护公平？蔡明远：尊重内会评估", said).name == "蔡明远"
    assert headline_speaker("某队夺冠，王大海：我非常相信我选的球员", said) is None  # no speaker of the article


def test_a_heading_with_a_question_as_its_kicker_is_a_passage_of_the_speaker(tmp_path):
    lines = [
        "立法会年结记者会",
        "2025-10-22",
        "立法会主席蔡明远今日举行年结记者会，回应社会上对取消告别议案的各种意见和批评。",
        "取消议案维护公平？蔡明远：尊重内会评估",
        "蔡明远表示，内务委员会经审慎考虑后作出决定，他尊重内会的评估，相信议员都会理解。",
    ]
    page = _page(tmp_path, lines)
    heads = [p for p in page.passages if p.text == lines[3]]
    assert heads and heads[0].speaker is not None and heads[0].speaker.name == "蔡明远"


def test_a_headline_passage_may_ask_but_a_quoted_question_is_no_headline(tmp_path):
    lines = [
        "方明远：五百元赔偿 是让我请客用的？",
        "2025-10-22",
        "法院昨日作出一审判决，被告需承担连带责任，赔偿方明远五百元，此案民事部分尘埃落定。",
        "方明远对赔偿表示不满，他表示这笔钱实际上只是因配合调查产生的误工费，并不合理。",
    ]
    page = _page(tmp_path, lines)
    heads = [p for p in page.passages if p.text == lines[0]]
    assert not heads or heads[0].speaker is not None and heads[0].speaker.name == "方明远"
    from retrieval.models import Document, Passage, Speaker
    from retrieval.pages.ingest import _as_headline

    doc = Document("t", None, None, None, "t.txt")
    said = [Passage("…", 1, doc, Speaker("方明远", "外长"))]
    asked = Passage("——会后有记者追问方明远:“中国将有何应对?”", 2, doc, None)
    assert _as_headline(asked, said).speaker is None  # a question in quotation marks: a sentence, no headline
    kicker = Passage("维护公平？方明远：尊重评估", 2, doc, None)
    assert _as_headline(kicker, said).speaker.name == "方明远"

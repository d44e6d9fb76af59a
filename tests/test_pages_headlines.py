"""Headlines, bylines, outlets and the article's last line (session 5, second round): mechanisms on
invented pages (no real text here). Each assertion fails without the rule it names."""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.evaluation import attribution_metrics
from retrieval.pages.textpage import blocks, line_kind, outlet_byline, parse

ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]
TRANSCRIPT = [
    "以下是市长王明远今日上午出席教育工作会议后会见传媒的答问内容：",
    "记者：学校建设的资金从哪里来？今年的学位缺口有多大？",
    "市长：资金由市财政统筹安排，今年新建学校十二所，新增学位一万五千个，缺口可以补上。",
    "记者：乡村学校的校舍改造什么时候完成？教师待遇会不会提高？",
    "市长：校舍改造年底前全部完成，教师待遇也会逐步提高，这是我们对家长的承诺。",
]


def _page(tmp_path: Path, lines: list[str], name: str = "a.txt"):
    return parse_lines(tmp_path, lines, name)


# -- bylines ------------------------------------------------------------------------------------


def test_bylines_without_a_slash_or_a_reporter_are_metadata():
    assert line_kind("记者王大明城南报导") == "meta"  # name and place run together
    assert line_kind("政治中心/城北报导") == "meta"  # a desk, not a reporter
    assert line_kind("某某新闻记者 |") == "meta"  # an outlet's reporter alone on a line
    assert line_kind("致敬一线记者") != "meta"  # no outlet: a heading like any other


def test_a_byline_under_the_photo_is_not_the_headline():
    page = parse("\n".join(["某队/那一球打乱教练安排 赛后直言:人算不如天算", "▲某队教练。(图/记者李小康摄)",
                            "记者王大明城南报导", *ARTICLE]))
    assert page.title == "某队/那一球打乱教练安排 赛后直言:人算不如天算"


def test_an_outlets_byline_names_the_outlet_and_is_no_headline():
    assert outlet_byline("某某新闻记者 |") == "某某新闻" and outlet_byline("本报记者") == ""
    assert outlet_byline("致敬一线记者") is None
    page = parse("\n".join(["某某新闻记者 |", *ARTICLE]))
    assert page.title is None and page.outlet == "某某新闻"


# -- headlines ----------------------------------------------------------------------------------


def test_chrome_around_the_headline_on_its_line_is_dropped():
    page = parse("\n".join(["扫描二维码访问某某网移动版 市长谈教育投入和学校建设 扫描二维码访问某某社微信",
                            "http://www.example.com   2017-03-03 00:17:54", *ARTICLE]))
    assert page.title == "市长谈教育投入和学校建设"


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


# -- the article's last line ----------------------------------------------------------------------


def test_the_pages_last_line_cut_inside_its_sentence_is_the_articles(tmp_path):
    cut = "海内外关心教育投入，王明远说，要让每个孩子"
    lines = ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *ARTICLE,
             "3月3日，全市教育工作会议在市政府举行。市长王明远介绍有关情况并回答记者提问。 某某社记者 李小飞 摄", cut]
    page = _page(tmp_path, lines)
    assert cut in [p.text for p in page.passages]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", "utf-8")
    gold = [{"file": "a.txt", "idx": len(lines) - 1, "speaker": "王明远"}]
    assert attribution_metrics(gold, tmp_path, None)["lost_lines"] == 0


def test_a_caption_ending_in_its_credit_does_not_run_into_the_next_line():
    wrapped = ["市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄",
               "儿童都能就近入学，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部",
               "完成，教师待遇也会逐步提高，会议还研究了城市供水管网改造工作，要求各区在",
               "汛期到来之前完成主干管网的检修和更换任务。"]
    caption = "3月3日，全市教育工作会议在市政府举行。市长王明远介绍有关情况并回答记者提问。 某某社记者 李小飞 摄"
    page = parse("\n".join(["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *wrapped, caption, ARTICLE[2]]))
    assert ARTICLE[2] in [b.text for b, _ in page.body]


def test_an_interviewers_turn_named_by_the_outlet_is_no_blurb():
    page = parse("\n".join(["市长谈教育投入", "来源:某某新闻 2024-05-06 10:00", *ARTICLE, "某某新闻：您对明年的经济形势怎么看？",
                            "王明远：我们保持谨慎乐观态度，信心正在恢复。", "某某新闻：贵企业当前面"]))
    assert page.body[-1][0].text == "某某新闻：贵企业当前面"


# -- outlets --------------------------------------------------------------------------------------


def test_outlet_by_the_date_line_without_its_address_a_persons_name_or_a_bar():
    head = "市长谈教育投入"
    page = parse("\n".join([head, "某某传媒 www.example.com   发布时间:2021-08-09 18:18:28   作者:淇", *ARTICLE]))
    assert page.outlet == "某某传媒"
    page = parse("\n".join([head, "王静 2023-03-05 18:38:46", *ARTICLE]))
    assert page.outlet is None and page.published == "2023-03-05T18:38:46"  # 王静 is a person
    page = parse("\n".join([head, "2024-06-26 | 某报", *ARTICLE]))
    assert page.outlet == "某报"


def test_a_pinyin_reading_with_a_space_inside_its_brackets_is_dropped():
    assert [b.text for b in blocks("座谈会(huì )上，市长发(fā)言")] == ["座谈会上，市长发言"]


def test_a_label_over_a_turn_does_not_swallow_the_turns_speaker(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *ARTICLE, "以下为座谈实录:",
                            "王明远:大家好，我是王明远。今年全市将新建学校十二所，新增学位一万五千个。",
                            "李小红:谢谢市长，我想问问乡村学校的校舍改造什么时候能够全部完成？"])
    texts = [p.text for p in page.passages]
    assert texts[len(ARTICLE)].startswith("王明远:")  # the announcement is no speaker's label
    assert page.passages[len(ARTICLE)].speaker is not None and page.passages[len(ARTICLE)].speaker.name == "王明远"


def test_words_leading_into_the_date_are_no_outlet_and_a_source_ends_at_a_semicolon():
    head = "市长谈教育投入"
    page = parse("\n".join(["您好！今天是2025年6月12日 星期四", head, "某某报 2025-06-10", *ARTICLE]))
    assert page.outlet != "您好！今天是"
    page = parse("\n".join([head, "某某报", "發布於 2024年06月15日05:04 • 张三", *ARTICLE]))
    assert page.outlet != "發布於"
    page = parse("\n".join([head, "2019-11-27", "来源:某某科学报;记者:张三、李四", *ARTICLE]))
    assert page.outlet == "某某科学报"


def test_a_headline_wrapped_as_the_original_title_is_read_without_the_wrapper():
    page = parse("\n".join(["(原标题:市长谈教育投入和乡村学校)", "某某报 2024-05-06", *ARTICLE]))
    assert page.title == "市长谈教育投入和乡村学校"
    page = parse("\n".join(["原标题：市长谈教育投入和乡村学校", "某某报 2024-05-06", *ARTICLE]))
    assert page.title == "市长谈教育投入和乡村学校"


# -- site chrome by class (session 7): never a headline, the next candidate is ----------------


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

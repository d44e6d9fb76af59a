"""Page layouts of press conferences and transcripts, session 11 (issue 10): a two-line label (title /
name) over a greeting that ends in a colon (各位媒体朋友：) is still the label of the words under it; a
spaced host label (主持人 曲某某：) as the article's first line opens it and is the host's turn; a label
naming the host of a press event is the host's own words (not an interview's host, whose turns go on
as 朱：…); a surname label (柯：…) of a transcript whose article never writes the full name is the one
person of that surname its headline names. Mechanisms on invented pages (no real text here); each
assertion fails without the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

CONFERENCE = [
    "某某部举行夏季安全生产新闻发布会",
    "2024-07-04 15:00",
    "某某部于7月4日下午在新闻发布厅召开新闻发布会，介绍夏季安全生产有关情况，并回答记者提问。",
]


def _by_line(page):
    return {first: (last, p) for p, first, last in zip(page.passages, page.lines, page.ends)}


def test_a_two_line_label_over_a_greeting_with_a_colon_is_the_label(tmp_path):
    """新闻发言人 / 王建国 / 各位媒体朋友： / 大家下午好…: the name opens the words, the greeting among them,
    and the paragraphs after it go on as the spokesman's until the next turn."""
    lines = [*CONFERENCE, "主持人", "某某部新闻发言人、宣传司副司长", "王建国", "各位媒体朋友：",
             "大家下午好！欢迎参加某某部举办的新闻发布会。",
             "近期，全国安全生产形势总体平稳，但汛期将至，防范工作不能有丝毫松懈，各地要压实责任。",
             "某某报记者：",
             "请问今年夏季安全生产有哪些新的要求？"]
    page = parse_lines(tmp_path, lines)
    turns = _by_line(page)
    last, p = turns[5]
    assert last == 6 and p.text.startswith("某某部新闻发言人、宣传司副司长王建国：各位媒体朋友")
    assert p.speaker is not None and p.speaker.name == "王建国"
    for line in (7, 8):
        assert turns[line][1].speaker is not None and turns[line][1].speaker.name == "王建国"
    assert all(p.speaker is None or p.speaker.name != "王建国" for p in page.passages if "请问" in p.text)


def test_a_colon_line_under_a_name_alone_without_a_title_line_is_no_label(tmp_path):
    """(the greeting rule needs the title line over the name: a sentence over a name is none)"""
    lines = [*CONFERENCE, "今年，已是某某研究所研究员的王建国带领团队在权威期刊发表了三篇论文。", "王建国",
             "主要成果如下：", "一是攻克了新材料的关键工艺，二是完成了中试，三是实现了量产。"]
    page = parse_lines(tmp_path, lines)
    assert not any(p.text.startswith("王建国：") for p in page.passages)


HOST_OPENING = ["主持人 李晓梅:",
                "大家上午好，第二场“部长通道”采访活动现在开始。今天邀请了三位部长接受大家的采访。",
                "下面，我们有请第一位部长，某某部王建国部长。请大家提问。",
                "某某报记者：今年工作报告提出要加快推进新型工业化，请问有哪些具体举措？",
                "某某部部长 王建国:",
                "谢谢你的提问。新型工业化是一项长期任务，我们将从三个方面推进，第一是强化创新。"]


def test_a_spaced_host_label_opening_the_page_is_the_hosts_turn(tmp_path):
    """主持人 李晓梅： as the page's first line, over the host's opening words: a passage of the article
    (not the headline) that says nothing itself, the host's turn, which goes on over the host's next paragraph."""
    page = parse_lines(tmp_path, HOST_OPENING)
    assert 0 not in page.head
    turns = _by_line(page)
    assert 0 in turns and turns[0][1].speaker is None
    for line in (1, 2):
        sp = turns[line][1].speaker
        assert sp is not None and sp.name == "李晓梅" and sp.title == "主持人"
    assert turns[3][1].speaker is None
    assert turns[5][1].speaker is not None and turns[5][1].speaker.name == "王建国"


def test_a_label_naming_the_host_of_a_forum_is_the_hosts_words(tmp_path):
    lines = ["某某投资论坛实录", "2024-05-10 10:00", "以下是对话实录：",
             "主持人李晓梅：各位下午好，首先非常感谢主办方，我是某某投资的李晓梅，今天很荣幸主持这场对话。",
             "王建国：大家好，我是某某资本的王建国，很高兴参加今天的论坛。"]
    page = parse_lines(tmp_path, lines)
    sp = next(p.speaker for p in page.passages if p.text.startswith("主持人李晓梅"))
    assert sp is not None and sp.name == "李晓梅"


def test_an_interviews_host_asks(tmp_path):
    """主持人李晓梅：… where the host's turns go on as 李：… (an interview): the host asks, no speaker."""
    lines = ["对话某某集团董事长王建国", "2024-05-10 10:00",
             "主持人李晓梅：听众朋友您好，欢迎收听今天的节目，今天我们请到了某某集团董事长王建国。",
             "王：你好。",
             "李：今年企业经营有哪些变化？",
             "王：今年订单增加了很多，我们也在加快转型，开拓新的市场。"]
    page = parse_lines(tmp_path, lines)
    sp = next(p.speaker for p in page.passages if p.text.startswith("主持人李晓梅"))
    assert sp is None


def _press_scrum(headline: str) -> list[str]:
    return [headline, "2020-01-25 01:55",
            "记者：这个拆桥的进度你看怎么样？可以完成吗？",
            "柯：应该可以啦，这个不过是这样啊，我们一年当中也只有这个时候可以拆桥，其他时间交通流量太大。",
            "记者：接下来两天有可能会下雨，这会影响到工程吗？",
            "柯：下雨是会稍微不方便，但它有一个好处，反而粉尘量会比较少，你不下雨还要一直喷水。"]


def test_a_surname_label_is_the_person_of_that_surname_the_headline_names(tmp_path):
    page = parse_lines(tmp_path, _press_scrum("200124柯文哲联访逐字稿"))
    answers = [p for p in page.passages if p.text.startswith("柯：")]
    assert len(answers) == 2 and all(p.speaker is not None and p.speaker.name == "柯文哲" for p in answers)


def test_a_surname_label_with_no_such_name_in_the_headline_stays_unnamed(tmp_path):
    page = parse_lines(tmp_path, _press_scrum("拆桥工程联访逐字稿"))
    assert all(p.speaker is None for p in page.passages if p.text.startswith("柯："))


def test_a_list_announced_by_a_colon_one_item_a_line_is_one_passage_of_its_speaker(tmp_path):
    """…我们请来了： / 某某司副司长某某先生； / … / 某某研究员某某先生，请他们回答记者的提问。: the items are
    no headings; the sentence and its items are one passage, the spokesman's, whose turn goes on."""
    lines = [*CONFERENCE, "某某部新闻发言人、宣传司副司长", "王建国", "各位媒体朋友，大家下午好！欢迎参加今天的新闻发布会。",
             "今天发布会的主题是夏季安全生产。我们请来了：",
             "某某部安全生产司副司长刘立新先生；",
             "某某部应急管理司副司长陈明华先生；",
             "某某研究院研究员周德明先生，请他们共同回答记者的提问。",
             "下面，请各位记者朋友提问，提问前请先通报所在的新闻机构。"]
    page = parse_lines(tmp_path, lines)
    turns = _by_line(page)
    last, p = turns[6]
    assert last == 9 and "刘立新先生；某某部应急管理司" in p.text
    assert p.speaker is not None and p.speaker.name == "王建国"
    assert turns[10][1].speaker is not None and turns[10][1].speaker.name == "王建国"


def test_lines_ending_in_semicolons_with_no_colon_over_them_are_no_list(tmp_path):
    lines = [*CONFERENCE, "今天发布会的主题是夏季安全生产。",
             "某某部安全生产司副司长刘立新先生；",
             "某某部应急管理司副司长陈明华先生；",
             "某某研究院研究员周德明先生，请他们共同回答记者的提问。"]
    page = parse_lines(tmp_path, lines)
    assert not any("刘立新先生；某某部" in p.text for p in page.passages)


def _glossed_interview(answerer: str = "王建国") -> list[str]:
    return ["对话一位新任区人大代表", "2024-05-10 10:00",
            "记者（以下简称“记”）：外界给了您很多称号，您怎么看？",
            f"{answerer}（以下简称“王”）：其实作为一个新人，有这样一个称号是一件好事，也是一种鞭策。",
            "记：先说一下您求学阶段的故事，这段路有一些曲折吗？",
            "王：是的。自己读完中学之后就是读电脑科技，后来才转去读法律。"]


def test_a_label_glossed_with_a_short_label_names_the_later_turns(tmp_path):
    """王建国（以下简称“王”）：… then 王：…: both the person's turns (a name the page gives nowhere else);
    记者（以下简称“记”）：… asks."""
    page = parse_lines(tmp_path, _glossed_interview())
    by_start = {p.text[:2]: p.speaker for p in page.passages}
    assert by_start["王建"] is not None and by_start["王建"].name == "王建国"
    assert by_start["王："] is not None and by_start["王："].name == "王建国"
    assert by_start["记者"] is None


def test_a_glossed_label_that_is_no_name_names_nobody(tmp_path):
    page = parse_lines(tmp_path, _glossed_interview("受访者"))
    assert all(p.speaker is None for p in page.passages if p.text.startswith(("受访者", "王：")))

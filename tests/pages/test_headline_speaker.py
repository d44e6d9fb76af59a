"""The headline's speaker (retrieval/pages/headline.py, textpage.py): headlines and sub-headings
giving a person's words, labels by a short form of a speaker's name (曾：…, 叶太：…, 林郑：…), a
heading 名字称… with no colon. Invented text only; each assertion fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.evaluation import attribution_metrics
from retrieval.models import Document, Passage, Speaker
from retrieval.pages.headline import headline_speaker, in_article_form

DOC = Document("t", None, None, None, "t.txt")


ZENG = Speaker("曾国明", "局长")


YE = Speaker("叶刘淑英", "主席")


def _said(*speakers: Speaker) -> list[Passage]:
    return [Passage("…", n, DOC, sp) for n, sp in enumerate(speakers, 1)]


def test_a_surname_label_names_the_articles_one_speaker_of_that_surname():
    said = _said(ZENG, YE)
    assert headline_speaker("曾：需时研究 未有具体时间表", said) == ZENG
    assert headline_speaker("叶太：或要向特首解释", said) == YE  # surname + 太
    assert headline_speaker("叶刘：或要向特首解释", said) == YE  # a longer name's first two characters
    assert headline_speaker("王：需时研究", said) is None  # no speaker of that surname
    assert headline_speaker("曾国：需时研究", said) is None  # two characters of a three-character name: no short form
    assert headline_speaker("文：本报记者", said) is None  # a credit label, never a surname


def test_two_people_of_the_surname_make_the_label_nobodys():
    said = _said(ZENG, Speaker("曾志强", "议员"))
    assert headline_speaker("曾：需时研究", said) is None
    said = _said(ZENG) + [Passage("议员曾志强也出席了会议。", 2, DOC, None)]
    assert headline_speaker("曾：需时研究", said) is None  # a titled mention of another 曾 who does not speak


CHEN = Speaker("陈可安", None)


def test_a_heading_opening_with_a_full_name_and_a_speech_verb():
    said = _said(CHEN, ZENG)
    assert headline_speaker("陈可安称两地导演是一家人", said) == CHEN
    assert headline_speaker("陈可安指挥乐团演出", said) is None  # 指挥 is no speech
    assert headline_speaker("李四称两地导演是一家人", said) is None  # not one of the article's speakers


def test_a_speaker_found_in_simplified_reading_takes_the_articles_form():
    trad = Speaker("曾國明", "局長")
    got = in_article_form(_said(trad, Speaker("曾国明", None), CHEN))
    assert [p.speaker for p in got] == [trad, trad, CHEN]
    alone = _said(Speaker("曾国明", None))
    assert in_article_form(alone) == alone


def test_a_short_label_heading_over_a_speakers_paragraph_is_a_passage_of_theirs(tmp_path):
    lines = [
        "立法会否决草案",
        "2025-09-11",
        "立法会昨日表决草案，草案未获通过，政府表示尊重投票结果，会研究下一步工作安排。",
        "曾：需时研究 未有具体时间表",
        "局长曾国明会后表示，政府尊重立法会的决定，相信需时间进一步研究，目前未有具体时间表。",
    ]
    page = parse_lines(tmp_path, lines)
    heads = [p for p in page.passages if p.text == "曾：需时研究 未有具体时间表"]
    assert heads and heads[0].speaker is not None and heads[0].speaker.name == "曾国明"
    other = [*lines[:4], "议员王志强会后表示，政府尊重立法会的决定，相信需时间进一步研究，目前未有具体时间表。"]
    page = parse_lines(tmp_path, other)
    assert all(p.speaker is None or p.speaker.name != "曾国明" for p in page.passages)
    assert all(p.text != lines[3] or p.speaker is None for p in page.passages)


def test_a_label_that_is_no_surname_names_nobody():
    said = _said(Speaker("中村一郎", "教授"))
    assert headline_speaker("中：双方将加强合作", said) is None  # 中 opens the name but is no surname


def test_a_heading_verb_that_takes_a_topic_gives_no_words():
    said = _said(CHEN)
    assert headline_speaker("陈可安透露温馨家事", said) is None


ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]


def test_teasers_do_not_change_the_headlines_speaker(tmp_path):
    """The eval reads the headline's speaker from the article alone, not from the teasers under it."""
    lines = ["SBL》某队少双主力照赢对手 邱导:我们太娇", *ARTICLE, "更多某某新闻网报导",
             "某歌手跨年夜宣布结婚 甜喊:我是张太太"]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", "utf-8")
    gold = [{"file": "a.txt", "idx": 0, "speaker": None}]
    with_teasers = attribution_metrics(gold, tmp_path, None)
    (tmp_path / "a.txt").write_text("\n".join(lines[:-2]) + "\n", "utf-8")
    without = attribution_metrics(gold, tmp_path, None)
    assert with_teasers["false_positives"] == without["false_positives"]


NARRATIVE_AIR = "监测数据显示，去年全市空气优良天数比例同比提高三个百分点，细颗粒物浓度同比下降百分之九。"


def _page(tmp_path: Path, lines: list[str]):
    return parse_lines(tmp_path, lines)


HEAD_SAID = "某某部部长王建国日前撰文表示，打好攻坚战时间紧、任务重，地方应增强服务意识和本领。"


def test_a_headline_giving_a_speakers_words_is_also_a_passage_with_that_speaker(tmp_path):
    """名字：words, title 名字：words and 名字谈某事：words as the headline, of a person the article has
    speak: the headline stays the title and is a passage with that speaker, after the article's own
    (whose numbers do not move); its line is the headline's."""
    for title in ("王建国：地方应增强服务意识", "某某部部长王建国：地方应增强服务意识", "王建国谈攻坚战：地方应增强服务意识"):
        page = _page(tmp_path, [title, "2019年01月09日 09:30", HEAD_SAID, NARRATIVE_AIR])
        assert page.document.title == title
        assert [p.text for p in page.passages] == [HEAD_SAID, NARRATIVE_AIR, title]
        head = page.passages[-1]
        assert head.speaker.name == "王建国" and head.attribution == "headline" and head.paragraph == 3
        assert page.lines[-1] == 0


def test_a_headline_names_only_a_speaker_of_the_article(tmp_path):
    """A label naming someone the article gives no words of, or no label at all, makes no headline passage."""
    for title in ("李四：地方应增强服务意识", "地方应增强服务意识和本领"):
        page = _page(tmp_path, [title, "2019年01月09日 09:30", HEAD_SAID, NARRATIVE_AIR])
        assert [p.text for p in page.passages] == [HEAD_SAID, NARRATIVE_AIR]


def test_headline_speaker_forms(tmp_path):
    """A title standing for its holder (北大校长 for 全国人大代表、北京大学校长), a kicker set apart before
    the label, a name opening the headline with a quotation after it; two speakers named: no quotation's owner."""
    from retrieval.models import Document, Passage, Speaker
    from retrieval.pages.headline import headline_speaker

    doc = Document("t", None, None, None, "t.txt")
    zhou = Speaker("周明", "全国人大代表、北京大学校长")
    lu = Speaker("陆大福", "交通部长")
    said = [Passage("…", 1, doc, zhou), Passage("…", 2, doc, lu), Passage("…", 3, doc, None)]
    assert headline_speaker("北大校长：欢迎推荐怪才 不赞同取消高考", said) == zhou
    assert headline_speaker("《某报》晚宴巴生站 | 陆大福：说真话难能可贵", said) == lu
    assert headline_speaker("陆大福保证团结政府 “决策以宗教和谐为基础”", said) == lu
    assert headline_speaker("陆大福会见周明 “合作共赢”", said) is None
    assert headline_speaker("市长：欢迎推荐怪才", said) is None  # no speaker of the article holds that title
    assert headline_speaker("校长：欢迎推荐怪才", said) == zhou  # a bare role: the one holder the article names
    said.append(Passage("另一位大学校长李力也表示，怪才可遇不可求。", 4, doc, None))
    assert headline_speaker("校长：欢迎推荐怪才", said) is None  # two holders named: it may be either
    assert headline_speaker("视频：体操男子个人全能摘金", said) is None


TURN_Q = "某刊：参加过的比赛中，你印象最深刻的是哪一场？"


TURN_A = "王建国：对我来说是那年的决赛。那是我参加的第一场大赛，而且办得很成功，至今难忘。"


def test_a_subheadline_between_headline_and_article_giving_a_speakers_words_opens_the_article(tmp_path):
    """名字：words between the headline block and an interview where that person answers: the
    article's first passage with that speaker, no longer only the preface."""
    sub = "王建国：陈教练是个好教练"
    page = _page(tmp_path, ["奥运明星脱口秀（组图）", "2008年05月30日 11:42", sub, TURN_Q, TURN_A])
    assert page.passages[0].text == sub and page.passages[0].speaker.name == "王建国"
    page = _page(tmp_path, ["奥运明星脱口秀（组图）", "2008年05月30日 11:42", "李四：陈教练是个好教练", TURN_Q, TURN_A])
    first = page.passages[0]  # 李四 says nothing in the article: never given to 王建国
    assert first.text != "李四：陈教练是个好教练" or first.speaker is None or first.speaker.name != "王建国"


def test_a_line_of_the_article_read_as_nobodys_that_is_a_headline_gets_its_speaker(tmp_path):
    """《某报》晚宴 | 名字：words opening the article (one line, no sentence end), and a subhead quoting
    words the article gives one person whole, take that speaker; a label naming nobody who speaks does not."""
    from retrieval.models import Document, Passage, Speaker
    from retrieval.pages.headline import headline_speaker, quoted_speaker

    doc = Document("t", None, None, None, "t.txt")
    wang = Speaker("王建国", "部长")
    said = [Passage("王建国：去那里的时候有一种比较急迫的心情，我们当晚就出发了。", 1, doc, wang)]
    assert quoted_speaker("奔赴：「去那里的时候有一种比较急迫的心情」", said) == wang
    assert quoted_speaker("奔赴：「回来以后有一种比较轻松的心情」", said) is None
    assert headline_speaker("王建国来华宣传新片：这是全世界人民的故事", said) == wang  # what he did, then his words
    assert headline_speaker("王建国会见李四以后接受采访：这是全世界人民的故事", said) is None  # too long a deed
    page = _page(tmp_path, ["某报百年报庆晚宴", "2023年10月28日 20:14", "《某报》百年报庆晚宴巴生站 | 王建国：说真话难能可贵 欢迎媒体监督",
                            "（巴生28日讯）地方政府发展部长王建国说，他欢迎媒体继续监督政府，做得好就称赞，做不好就一起检讨。"])
    assert [p.speaker.name if p.speaker else None for p in page.passages] == ["王建国", "王建国"]

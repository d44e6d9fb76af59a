"""Article extraction, session 8: never lose the article — a section cut by the page's end under its
heading, headings giving a person's words, the headline's speaker. Mechanisms on invented pages (no
real text here); each assertion fails without the rule it names."""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.pages.textpage import _speaking_heading

LEAD = "本周，多个省份迎来新任负责人，这些负责人履新后已纷纷走上工作岗位，其中多人已首次外出调研。"
SAID = "在某某大学，王建国说，高校是科技创新和人才培养的结合点，要加快一流大学和一流学科建设。"
MORE = "王建国在调研中指出，要深化产教融合、校企合作，让更多科技成果转化为现实生产力，服务地方发展。"
NARRATIVE = "监测数据显示，去年全市空气优良天数比例同比提高三个百分点，细颗粒物浓度同比下降百分之九。"


def _page(tmp_path: Path, lines: list[str]):
    return parse_lines(tmp_path, lines)


def test_a_section_cut_by_the_pages_end_under_its_heading_is_the_articles(tmp_path):
    """The page cut inside the first paragraph of a new section (a heading, then 在某地，某某指出，要把…):
    that paragraph is the article's, its speaker found; without the heading it was already."""
    cut = "在某某农业集团有限公司，市委书记李大海指出，要把培育壮大市"
    page = _page(tmp_path, ["多位负责人履新后的首次调研", "2022年12月01日 10:00", LEAD, SAID, MORE, "把论文写在农村大地上", cut])
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "李大海"


def test_a_cut_quotation_under_a_subhead_and_its_signature_is_the_articles(tmp_path):
    """A subhead of two phrases and a signature (——某大学校长 某某) over a quotation the page's end
    cuts: the quotation is a passage, read as the signer's words."""
    cut = "“读万卷书，行万里路，大学是万里"
    signed = "“希望大家向先辈学习，不仅要牢记选择的价值追求，还要在变革迭起的时代坚守报效祖国的初心。”"
    lines = ["多所高校校长开学典礼致辞", "2023年09月01日 10:00", LEAD, "——甲大学校长 周明德", signed,
             "适应转变，不断超越", "——乙大学校长 陈立新", cut]
    page = _page(tmp_path, lines)
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "陈立新"


def test_a_heading_with_a_title_or_a_kicker_before_the_speakers_label_is_a_passage(tmp_path):
    """部长某某：words and 某某批某 某某：words as headings inside the article, where the article has that
    person speak, are passages with that speaker; the narrative paragraph under them is nobody's."""
    heading = "某某部部长王建国：地方应增强服务意识和本领"
    page = _page(tmp_path, ["部长撰文谈服务意识", "2019年01月09日 09:30", LEAD, SAID, heading, NARRATIVE, MORE])
    got = {p.text: p.speaker.name if p.speaker else None for p in page.passages}
    assert got[heading] == "王建国" and got[NARRATIVE] is None
    assert _speaking_heading("甲某批乙 王建国：很有幽默感", [SAID])
    assert not _speaking_heading("甲某批乙 王建国：很有幽默感", [NARRATIVE])  # nobody of that name speaks
    assert not _speaking_heading("关键词：服务意识", [SAID])  # a label of the text, no person
    assert not _speaking_heading("王建国：地方应增强服务意识。其次是本领。", [SAID])  # sentences: a turn's business


HEAD_SAID = "某某部部长王建国日前撰文表示，打好攻坚战时间紧、任务重，地方应增强服务意识和本领。"


def _speakers(page) -> dict[str, str | None]:
    return {p.text: p.speaker.name if p.speaker else None for p in page.passages}


def test_a_headline_giving_a_speakers_words_is_also_a_passage_with_that_speaker(tmp_path):
    """名字：words, title 名字：words and 名字谈某事：words as the headline, of a person the article has
    speak: the headline stays the title and is a passage with that speaker, after the article's own
    (whose numbers do not move); its line is the headline's."""
    for title in ("王建国：地方应增强服务意识", "某某部部长王建国：地方应增强服务意识", "王建国谈攻坚战：地方应增强服务意识"):
        page = _page(tmp_path, [title, "2019年01月09日 09:30", HEAD_SAID, NARRATIVE])
        assert page.document.title == title
        assert [p.text for p in page.passages] == [HEAD_SAID, NARRATIVE, title]
        head = page.passages[-1]
        assert head.speaker.name == "王建国" and head.attribution == "headline" and head.paragraph == 3
        assert page.lines[-1] == 0


def test_a_headline_names_only_a_speaker_of_the_article(tmp_path):
    """A label naming someone the article gives no words of, or no label at all, makes no headline passage."""
    for title in ("李四：地方应增强服务意识", "地方应增强服务意识和本领"):
        page = _page(tmp_path, [title, "2019年01月09日 09:30", HEAD_SAID, NARRATIVE])
        assert [p.text for p in page.passages] == [HEAD_SAID, NARRATIVE]


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


def test_a_caption_saying_who_said_the_words_after_it_is_a_statement():
    """A photo caption whose later clause names who said the words after it (…，院长某某今在院会答询说，
    …。（记者某某摄）) reports speech: a statement, a passage; a caption of who stands where is not."""
    from retrieval.pages.textpage import line_kind

    said = "对于内阁是否总辞，行政院长王建国今在院会答询说，内阁的重要人事会做主要人事的调整。（记者李四摄）"
    assert line_kind(said) == "statement"
    assert line_kind("行政院长王建国今天在院会报告施政方针，并接受委员质询。（记者李四摄）") == "caption"

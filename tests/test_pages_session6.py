"""Article extraction, session 6: no line carrying someone's words is lost. Mechanisms on invented
pages (no real text here); each assertion fails without the rule it names."""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.pages.textpage import line_kind, signature, soundbite_label

LEAD = "市卫生局二十八日晚间公布，本市第八例确诊病例是第五例患者的丈夫，随后区卫生局也召开记者会说明了两人的发病经过。"
QUOTE = "卫生局长王明远：“我们也针对他去过的市场和那个小区域做了消毒，还有他去过的两家商店。”"
NARRATIVE = "但市疾控中心对区卫生局在记者会上公布的内容很有意见，认为地方不该透露太多细节，就怕引起恐慌。"
CLOSING = "教授李明华：“不公布当然有它的理由，可能是怕引起恐慌，其实我们更应该相信市民的判断。”"


def _page(tmp_path: Path, lines: list[str]):
    return parse_lines(tmp_path, lines)


def test_photo_credits_between_paragraphs_do_not_cut_the_article(tmp_path):
    """图/某台 lines (two under each photo) are captions the article runs across, not bylines ending it."""
    lines = ["某市第八例确诊病例公布", "2020年01月29日 13:16", "图/某某台", "图/某某台", LEAD,
             "图/某某台", "图/某某台", QUOTE, NARRATIVE, "图/某某台", "图/某某台", CLOSING]
    page = _page(tmp_path, lines)
    assert [p.text for p in page.passages] == [LEAD, QUOTE, NARRATIVE, CLOSING]
    assert line_kind("图/某某台") == "caption" and line_kind("摄影／张三") == "caption"
    assert line_kind("图：某某社") == "caption" and line_kind("视频/某某台") == "caption"
    assert line_kind("图/文 张三") == "meta"  # the writer's and photographer's byline stays metadata
    assert line_kind("文/张三") == "meta"


def test_a_line_cut_inside_its_sentence_is_a_passage_not_dropped(tmp_path):
    """A line ending in a comma over a line that opens a quotation (so not joined to it), and the
    clauses of a list ending in semicolons, are prose: passages of their own."""
    cut = "王小明这场比赛共投了七十八球，先发四局被打出五支安打，失掉两分，"
    quote = "“我去年连当败战处理投手的资格都没有，今年却可以投球队的第一场比赛，已经可以接受了。”"
    items = ["上管天，恶劣天气防汛防滑、发生疫情科学防控；", "下管地，撂荒耕地上搞立体农业、集体经济挣钱修路；"]
    lines = ["某队首战再见失利", "2013年03月24日 21:00", LEAD, cut, quote, NARRATIVE, *items,
             "中间管空气，秸秆禁燃、治污减霾，这些事样样关乎老百姓的切身利益。", CLOSING]
    texts = [p.text for p in _page(tmp_path, lines).passages]
    assert cut in texts and quote in texts  # one passage each: their lines may have different speakers
    assert all(item in texts for item in items)
    # a heading-like line with clauses but no clause mark closing it stays out (a related headline)
    assert line_kind("某某下课身兼五职精力分散，被倒数第二绝杀不冤，接班人浮出水面") == "other"


def test_a_sound_bite_tag_names_the_speaker_of_the_paragraph_under_it(tmp_path):
    """【同期】title name alone on a line (data/soundbites.txt) is a passage of its own (no words, no
    speaker), and the paragraph under it is read as that person's turn; a narration tag (【解说】)
    names nobody."""
    tag = "【同期】某市公安局刑侦支队副支队长 孙大海"
    words = "王大民，该人身高一米七九左右，自然短发，逃跑时上穿深蓝色上衣，下穿深色长裤，脚穿皮鞋。"
    lines = ["某市警方缉捕三名逃犯", "2014年09月03日 13:40", "【解说】" + LEAD, tag, words, "【解说】" + NARRATIVE]
    page = _page(tmp_path, lines)
    texts = [p.text for p in page.passages]
    assert tag in texts and words in texts
    said = page.passages[texts.index(words)]
    assert said.speaker is not None and said.speaker.name == "孙大海"
    assert page.passages[texts.index(tag)].speaker is None
    assert soundbite_label("【同期】某市公安局刑侦支队副支队长 孙大海")
    assert soundbite_label("同期声：北京市民 张女士") and soundbite_label("（同期）市民 王先生")
    assert not soundbite_label("【解说】某市公安局刑侦支队副支队长 孙大海")
    assert not soundbite_label("【同期】据介绍，二日凌晨四时许发生一起案件")


def test_a_transcript_turn_cut_before_its_sentence_ends_is_no_site_blurb(tmp_path):
    """某台记者：… cut by the page's end reads as a plain paragraph that opens with the outlet's name;
    where 某台记者 is a speaker of the page's transcript, it is that speaker's turn and stays."""
    lines = ["村支书谈乡村振兴", "2024年08月14日 10:00 来源:某某台",
             "某某台记者：马书记，您好！能否分享一下，是什么力量驱使您走上了这条充满挑战的道路？",
             "马小霞：说到力量，其实更多的是责任与使命。记得那是二〇一一年的春天，村民们将信任托付给了我。",
             "某某台记者：村里这些年发生了翻天覆地的变化，能否具体谈谈，这些变化主要体现在哪些方面？",
             "马小霞：变化确实显著。首先，我们改善了村民的生活环境，建设了公园和文明实践站。",
             "某某台记者：我注意到，马书记经常通过村里的大喇叭与老村民沟通，这种方式"]
    page = _page(tmp_path, lines)
    assert page.passages[-1].text == lines[-1]


def test_a_signature_under_a_paragraph_names_its_speaker_and_is_no_passage(tmp_path):
    """——名字 alone on the line under a paragraph of first-person words is whose they are: the
    paragraph gets that speaker, the signature line stays out of the passages; ——摘自… is no person."""
    words = "我可以自信地告诉任何人，我们的判决是公正的。当然，我在一定程度上也理解公众的误解。"
    lines = ["某案审判长称未受到压力", "2004年01月15日 09:57", words, "——孙大海", NARRATIVE, LEAD, "——摘自《某某晚报》"]
    page = _page(tmp_path, lines)
    texts = [p.text for p in page.passages]
    assert texts[0] == words and "——孙大海" not in texts
    assert page.passages[0].speaker is not None and page.passages[0].speaker.name == "孙大海"
    assert (page.lines[0], page.ends[0]) == (2, 2)
    assert signature("——审判长 孙大海") and not signature("——摘自《某某晚报》") and not signature("——来自某某的报告")


def test_the_pages_last_line_cut_after_whole_sentences_is_the_articles(tmp_path):
    """The page's last line under the article, cut inside a sentence after sentences it ends
    (…开始了。…把握他), is the article's last paragraph, as one cut before any sentence ends is."""
    cut = "记者会开始了。外长语速比较快，用词精炼简洁，现场如何准确把握他"
    page = _page(tmp_path, ["外长记者会背后的故事", "2010年03月07日 10:00", LEAD, NARRATIVE, CLOSING, cut])
    assert page.passages[-1].text == cut


def test_a_cut_last_paragraph_over_the_sites_buttons_is_the_articles(tmp_path):
    """The article's last line cut by the download, with only buttons and menus under it (no clause
    of any text), is the article's; a cut line over more text is not taken on that ground."""
    cut = "虽然主队输了球，但客队的主教练福拉"
    chrome = ["页面功能 【大 中 小字】【打印】【关闭】", "更多", "版式检索"]
    page = _page(tmp_path, ["某队主场失利", "2009年05月07日 10:00", LEAD, NARRATIVE, CLOSING, cut, *chrome])
    assert page.passages[-1].text == cut
    page = _page(tmp_path, ["某队主场失利", "2009年05月07日 10:00", LEAD, NARRATIVE, CLOSING, cut, *chrome,
                            "网友评论：这场比赛太精彩了，下次还来看。"])
    assert page.passages[-1].text != cut

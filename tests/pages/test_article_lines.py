"""Which lines are the article's (retrieval/pages/textpage.py): no line carrying someone's words is
lost — photo credits, cut last lines, sections under headings, sound bites and signatures — and site
furniture, teasers and metadata rows are no passages. Mechanisms on invented pages (no real text
here); each assertion fails without the rule it names.
"""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.evaluation import attribution_metrics
from retrieval.pages.textpage import (
    _speaking_heading,
    blocks,
    line_kind,
    parse,
    signature,
    soundbite_label,
)

LEAD = "市卫生局二十八日晚间公布，本市第八例确诊病例是第五例患者的丈夫，随后区卫生局也召开记者会说明了两人的发病经过。"


QUOTE = "卫生局长王明远：“我们也针对他去过的市场和那个小区域做了消毒，还有他去过的两家商店。”"


NARRATIVE = "但市疾控中心对区卫生局在记者会上公布的内容很有意见，认为地方不该透露太多细节，就怕引起恐慌。"


CLOSING = "教授李明华：“不公布当然有它的理由，可能是怕引起恐慌，其实我们更应该相信市民的判断。”"


def _page(tmp_path: Path, lines: list[str], name: str = "a.txt"):
    return parse_lines(tmp_path, lines, name)


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


LEAD_NEW_LEADERS = "本周，多个省份迎来新任负责人，这些负责人履新后已纷纷走上工作岗位，其中多人已首次外出调研。"


SAID = "在某某大学，王建国说，高校是科技创新和人才培养的结合点，要加快一流大学和一流学科建设。"


MORE = "王建国在调研中指出，要深化产教融合、校企合作，让更多科技成果转化为现实生产力，服务地方发展。"


def test_a_section_cut_by_the_pages_end_under_its_heading_is_the_articles(tmp_path):
    """The page cut inside the first paragraph of a new section (a heading, then 在某地，某某指出，要把…):
    that paragraph is the article's, its speaker found; without the heading it was already."""
    cut = "在某某农业集团有限公司，市委书记李大海指出，要把培育壮大市"
    page = _page(tmp_path, ["多位负责人履新后的首次调研", "2022年12月01日 10:00", LEAD_NEW_LEADERS, SAID, MORE, "把论文写在农村大地上", cut])
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "李大海"


def test_a_cut_quotation_under_a_subhead_and_its_signature_is_the_articles(tmp_path):
    """A subhead of two phrases and a signature (——某大学校长 某某) over a quotation the page's end
    cuts: the quotation is a passage, read as the signer's words."""
    cut = "“读万卷书，行万里路，大学是万里"
    signed = "“希望大家向先辈学习，不仅要牢记选择的价值追求，还要在变革迭起的时代坚守报效祖国的初心。”"
    lines = ["多所高校校长开学典礼致辞", "2023年09月01日 10:00", LEAD_NEW_LEADERS, "——甲大学校长 周明德", signed,
             "适应转变，不断超越", "——乙大学校长 陈立新", cut]
    page = _page(tmp_path, lines)
    assert page.passages[-1].text == cut
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "陈立新"


NARRATIVE_AIR = "监测数据显示，去年全市空气优良天数比例同比提高三个百分点，细颗粒物浓度同比下降百分之九。"


def test_a_heading_with_a_title_or_a_kicker_before_the_speakers_label_is_a_passage(tmp_path):
    """部长某某：words and 某某批某 某某：words as headings inside the article, where the article has that
    person speak, are passages with that speaker; the narrative paragraph under them is nobody's."""
    heading = "某某部部长王建国：地方应增强服务意识和本领"
    page = _page(tmp_path, ["部长撰文谈服务意识", "2019年01月09日 09:30", LEAD_NEW_LEADERS, SAID, heading, NARRATIVE_AIR, MORE])
    got = {p.text: p.speaker.name if p.speaker else None for p in page.passages}
    assert got[heading] == "王建国" and got[NARRATIVE_AIR] is None
    assert _speaking_heading("甲某批乙 王建国：很有幽默感", [SAID])
    assert not _speaking_heading("甲某批乙 王建国：很有幽默感", [NARRATIVE_AIR])  # nobody of that name speaks
    assert not _speaking_heading("关键词：服务意识", [SAID])  # a label of the text, no person
    assert not _speaking_heading("王建国：地方应增强服务意识。其次是本领。", [SAID])  # sentences: a turn's business


def test_a_caption_saying_who_said_the_words_after_it_is_a_statement():
    """A photo caption whose later clause names who said the words after it (…，院长某某今在院会答询说，
    …。（记者某某摄）) reports speech: a statement, a passage; a caption of who stands where is not."""
    from retrieval.pages.textpage import line_kind

    said = "对于内阁是否总辞，行政院长王建国今在院会答询说，内阁的重要人事会做主要人事的调整。（记者李四摄）"
    assert line_kind(said) == "statement"
    assert line_kind("行政院长王建国今天在院会报告施政方针，并接受委员质询。（记者李四摄）") == "caption"


def test_pinyin_readings_left_in_a_page_are_dropped():
    page = parse("\n".join(["外交部发言人主持例行记者会", "2012年11月16日,外交部发(fā)言人王建国主持例行记者会,并回答记者提问。",
                            "王建国首先发(fā)布消息:", "应东盟轮值主席国邀请,国务院总理将出席东亚领导人系列会议(AI)。"]))
    texts = [b.text for b, k in page.body if k == "p"]
    assert texts[0] == "2012年11月16日,外交部发言人王建国主持例行记者会,并回答记者提问。"
    assert texts[-1].endswith("(AI)。")  # letters without a tone mark are no reading


ARTICLE = [
    "市长王明远在会上说，今年全市将新建学校十二所，新增学位一万五千个，确保适龄儿童都能就近入学。",
    "王明远表示，教育投入要向农村倾斜，乡村学校的校舍改造将在年底前全部完成，教师待遇也会逐步提高。",
    "会议还研究了城市供水管网改造工作，要求各区在汛期到来之前完成主干管网的检修和更换任务。",
]


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


def test_a_pinyin_reading_with_a_space_inside_its_brackets_is_dropped():
    assert [b.text for b in blocks("座谈会(huì )上，市长发(fā)言")] == ["座谈会上，市长发言"]


def test_a_label_over_a_turn_does_not_swallow_the_turns_speaker(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *ARTICLE, "以下为座谈实录:",
                            "王明远:大家好，我是王明远。今年全市将新建学校十二所，新增学位一万五千个。",
                            "李小红:谢谢市长，我想问问乡村学校的校舍改造什么时候能够全部完成？"])
    texts = [p.text for p in page.passages]
    assert texts[len(ARTICLE)].startswith("王明远:")  # the announcement is no speaker's label
    assert page.passages[len(ARTICLE)].speaker is not None and page.passages[len(ARTICLE)].speaker.name == "王明远"


def test_the_lead_above_a_photo_share_buttons_and_subheads_is_kept(tmp_path):
    lead = "今年是建城三十周年，城市再次成为关注的热点。昨日下午，市长王明远在规划馆接受了电视台主持人吴小丽的采访。"
    page = _page(tmp_path, ["建城三十年报道--吴小丽采访市长", lead,
                            "昨日，规划馆，市长王明远接受吴小丽专访 记者 钟志 摄", "Share |", "Share", "TOP",
                            "市长畅想", "城市过十年还是这座城市", "王明远:不会挑战其他城市，多数市民会过上富裕的生活",
                            "“有人说，城市未来十年可以与一线城市媲美？”王明远市长对吴小丽的这个问题给予了否定。"
                            "他表示，十年后的城市还是这座城市，不会挑战其他任何城市。", *ARTICLE])
    texts = [p.text for p in page.passages]
    assert lead in texts
    assert page.document.title == "建城三十年报道--吴小丽采访市长"
    # a subhead giving a speaker's words (名字：…，…) is a passage too, not a heading
    assert "王明远:不会挑战其他城市，多数市民会过上富裕的生活" in texts


def test_related_story_teasers_that_report_words_are_passages_of_their_own(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", *ARTICLE, "相关推荐",
                            "从积累中走来 装备制造展现硬实力",
                            "专访丨“中国制造”进步很快——访某会展公司董事会主席约亨·科克",
                            "某会展公司董事会主席约亨·科克日前在接受记者专访时说，近年来“中国制造”发展很快，品质越来越高。",
                            "某重工德国工厂二期奠基 2024-03-31"])
    texts = [p.text for p in page.passages]
    assert page.teasers == 2 and texts[-2].startswith("专访丨") and texts[-1].startswith("某会展公司")
    assert all(p.section == "相关推荐" for p in page.passages[-2:])
    assert "从积累中走来 装备制造展现硬实力" not in texts  # no one's words: not kept
    assert not any("奠基" in t for t in texts)  # a dated entry of the list
    assert page.passages[-1].speaker is not None and page.passages[-1].speaker.name == "约亨·科克"
    # the article before the list is the article, with its own speaker
    assert page.passages[0].speaker is not None and page.passages[0].speaker.name == "王明远"


def test_a_more_stories_heading_ends_the_article(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", *ARTICLE, "更多某某新闻网报导",
                            "某歌手跨年夜宣布结婚 甜喊:我是张太太", "某演员逛菜市场 素颜照白到发光"])
    texts = [p.text for p in page.passages]
    assert texts[: len(ARTICLE)] == ARTICLE and page.teasers == 1
    assert texts[-1] == "某歌手跨年夜宣布结婚 甜喊:我是张太太"
    assert page.passages[-1].section == "更多某某新闻网报导"


def test_furniture_lines_are_no_passages_and_an_attachment_is_a_caption(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入", "来源:某某网 2024-05-06 10:00", ARTICLE[0],
                            "(, 下载次数: 0)", "上传", "点击文件名下载附件", *ARTICLE[1:],
                            "特别提醒:如果我们使用了您的图片，请作者与本站联系索取稿酬。", "某某广播有限公司版权所有，不得转载。"])
    texts = [p.text for p in page.passages]
    assert texts == ARTICLE  # the attachment inside the article does not cut it
    assert line_kind("版权宣告:本文源自网络，由某某整理释出，共236字。") == "end"
    assert line_kind("林小翔。(记者李小洲摄).jpeg (75.33 KB, 下载次数: 0)") == "caption"


def test_a_row_of_metadata_fields_is_no_passage(tmp_path):
    page = _page(tmp_path, ["市长谈教育投入",
                            "体裁分类:领导活动及政府会议     主题分类:综合政务           发布时间: 2021-07-15      发布机构:政府办公室      浏览次数:52",
                            "关键词: 王明远 教育投入 学校建设 乡村学校 供水管网 汛期 检修 学位", *ARTICLE])
    assert [p.text for p in page.passages] == ARTICLE
    assert page.document.published == "2021-07-15"

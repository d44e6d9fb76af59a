"""Lines joined into sentences (retrieval/pages/textpage.py): a page written one phrase per line, or
hard-wrapped inside its sentences, is read as sentences, each one passage holding its lines; a page
of whole lines is not. Mechanisms on invented pages (no real text here); each assertion fails
without the rule it names.
"""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import join_phrases, parse

TITLE = "春耕时节访某某村，村支书谈今年的收成"


PHRASES = [
    "记者来到某某村的时候",
    "村支书王建国正在田里忙着",
    "他的脸上满是笑容",
    "王建国说今年的雨水很足",
    "庄稼长得比去年还好",
    "“大家的日子会越来越红火”",
    "傍晚时分",
    "村民们陆续回到家中",
    "村里又亮起了灯",
]


def _sentences(page):
    return [(first, last, p) for p, first, last in zip(page.passages, page.lines, page.ends)]


def test_a_page_written_one_phrase_per_line_is_read_as_sentences(tmp_path):
    """Each sentence is one passage on its first line that holds its lines (eval judges each line by
    it); a line with a speech verb opens the sentence of its words, up to the closing quotation."""
    page = parse_lines(tmp_path, [TITLE, "2024-04-01 10:00", *PHRASES])
    spans = {(first, last): p.text for first, last, p in _sentences(page)}
    assert spans[(5, 7)] == "王建国说今年的雨水很足，庄稼长得比去年还好，“大家的日子会越来越红火”"
    assert page.document.title == TITLE
    held = {i for first, last, _ in _sentences(page) for i in range(first, last + 1)}
    assert set(range(2, 11)) <= held  # no line of the article lost
    said = next(p for first, last, p in _sentences(page) if first == 5)
    assert said.speaker is not None and said.speaker.name == "王建国"


def test_phrase_lines_in_traditional_script_keep_their_writing(tmp_path):
    """The page is read on its simplified twin; the passage shows the lines as written, joined the same way."""
    lines = ["記者來到某某村的時候", "村支書王建國正在田裡忙著", "他的臉上滿是笑容", "王建國說今年的雨水很足",
             "莊稼長得比去年還好", "「大家的日子會越來越紅火」", "傍晚時分", "村民們陸續回到家中"]
    page = parse_lines(tmp_path, ["春耕時節訪某某村，村支書談今年的收成", "2024-04-01 10:00", *lines])
    texts = [p.text for p in page.passages]
    assert "王建國說今年的雨水很足，莊稼長得比去年還好，「大家的日子會越來越紅火」" in texts


def test_a_list_of_names_or_menu_items_is_no_prose(tmp_path):
    """Short lines without words of grammar (names, menu items) are not joined into sentences."""
    names = ["王建国", "李明华", "陈立新", "张伟", "周明德", "刘洋"]
    body = ["某某市召开表彰大会，表彰一批在脱贫攻坚中作出突出贡献的先进个人，市委书记出席会议并讲话。",
            "受表彰的先进个人名单如下。"]
    page = parse_lines(tmp_path, ["某某市表彰先进个人", "2024-04-01 10:00", *body, *names])
    assert not any("，".join(names[:2]) in p.text for p in page.passages)


def test_join_phrases():
    assert join_phrases(["傍晚时分", "村民们陆续回到家中"]) == "傍晚时分，村民们陆续回到家中。"
    assert join_phrases(["他说", "“好。”"]) == "他说，“好。”"
    assert join_phrases(["一、", "二"]) == "一、二。"


CONFERENCE = [
    "某某部举行夏季安全生产新闻发布会",
    "2024-07-04 15:00",
    "某某部于7月4日下午在新闻发布厅召开新闻发布会，介绍夏季安全生产有关情况，并回答记者提问。",
]


def test_a_two_line_label_title_then_name_opens_the_persons_words(tmp_path):
    """国家某委新闻发言人 / 王某某 / words: the name line is the label of the words under it, read with
    the title above it; the name line and the words are one passage (the title line is no passage)."""
    lines = [*CONFERENCE, "某某部新闻发言人、宣传司副司长", "王建国",
             "各位媒体朋友，大家下午好！欢迎参加今天的新闻发布会，我们将介绍夏季安全生产的有关情况。",
             "某某大学附属医院主任医师", "陈立新", "感谢您的提问，这个问题想必也是在座"]
    page = parse_lines(tmp_path, lines)
    by_line = {first: (last, p) for p, first, last in zip(page.passages, page.lines, page.ends)}
    last, p = by_line[4]
    assert last == 5 and p.text.startswith("某某部新闻发言人、宣传司副司长王建国：各位媒体朋友")
    assert p.speaker is not None and p.speaker.name == "王建国" and "发言人" in (p.speaker.title or "")
    last, p = by_line[7]  # the page's last line, cut inside its sentence, is still the person's words
    assert last == 8 and p.speaker is not None and p.speaker.name == "陈立新"
    assert 3 not in by_line and 6 not in by_line


def test_a_two_line_label_in_traditional_script_keeps_its_writing(tmp_path):
    lines = [*CONFERENCE, "某某部新聞發言人、宣傳司副司長", "王建國",
             "各位媒體朋友，大家下午好！歡迎參加今天的新聞發布會，我們將介紹夏季安全生產的有關情況。"]
    page = parse_lines(tmp_path, lines)
    assert any(p.text.startswith("某某部新聞發言人、宣傳司副司長王建國：各位媒體朋友") for p in page.passages)


def test_a_paragraph_under_a_name_alone_is_no_label_without_a_title_line_over_it(tmp_path):
    """A sentence over a name alone (…的李元龙带领团队… / 李元龙 / “…”): the sentence is no title line."""
    lines = [*CONFERENCE, "今年，已是某某研究所研究员的王建国带领团队在权威期刊发表了三篇论文。", "王建国",
             "“我们不能只解决本学科关心的问题，更要解决社会大众都关心的问题。”"]
    page = parse_lines(tmp_path, lines)
    assert not any(p.text.startswith("王建国：") or "王建国王建国" in p.text for p in page.passages)


ARTICLE = [
    "某某队主场大胜对手，主帅王建国赛后谈感受",
    "2026-01-21 22:00",
    "北京时间1月21日，联赛常规赛继续进行，某某队主场以119比98大胜对手，取得三连胜。",
    "谈到比赛，王建国说：“我代表球队感谢所有的工作人员，今天球员们打得很努力。”",
]


def test_a_list_of_dated_headlines_under_the_article_gives_the_labelled_persons_words(tmp_path):
    """标题 / 2026-01-24 entries under the article, no heading over them: an entry whose headline's label
    is a person's name (李明华：…, …，陈立新：…) is a passage of that person, last, as a teaser; an entry
    labelled by an outlet or an office (英媒：…, 外交部：…) is none; the page's last line, cut before its
    date, is an entry too."""
    entries = ["李明华：今晚主力可以登场，德比要让球迷看过瘾", "2026-01-24",
               "英媒：某俱乐部已经对该球员重燃兴趣", "2026-01-24",
               "外交部：中方一贯反对任何形式的官方往来", "2026-01-24",
               "某某队三连败，主力复出后场均得分上涨", "2026-01-24",
               "某某复出广州队战胜南京队，陈立新：他对我们非常有帮助"]
    page = parse_lines(tmp_path, [*ARTICLE, *entries])
    listed = page.passages[len(page.passages) - page.teasers :]
    assert [(p.text[:4], p.speaker.name) for p in listed] == [("李明华：", "李明华"), ("某某复出", "陈立新")]
    assert [page.lines[len(page.passages) - page.teasers + k] for k in range(2)] == [4, 12]


def test_two_dated_entries_are_no_list(tmp_path):
    entries = ["李明华：今晚主力可以登场，德比要让球迷看过瘾", "2026-01-24",
               "某某队三连败，主力复出后场均得分上涨", "2026-01-24"]
    page = parse_lines(tmp_path, [*ARTICLE, *entries])
    assert page.teasers == 0 and not any(p.text.startswith("李明华") for p in page.passages)


def test_a_dated_entry_in_traditional_script_names_the_person_as_written(tmp_path):
    entries = ["李明華：今晚主力可以登場，德比要讓球迷看過癮", "2026-01-24",
               "某某隊三連敗，主力復出後場均得分上漲", "2026-01-24",
               "張志明：積極加強兩地文旅聯動", "2026-01-24"]
    page = parse_lines(tmp_path, [*ARTICLE, *entries])
    names = [p.speaker.name for p in page.passages[len(page.passages) - page.teasers :]]
    assert names == ["李明華", "張志明"]


def test_the_headline_repeated_with_the_sites_trail_is_the_headline_block(tmp_path):
    """标题 / 标题 - 国内 - 即时国内《某报》2024-02-10 over the article: the second line is the headline's
    too (a browser's title bar), not lost and not a passage."""
    title = "王建国：建交50周年 两国关系砥砺前行"
    lines = [title, title + " - 国内 - 即时国内《某某日报》2024-02-10", *ARTICLE[2:]]
    page = parse_lines(tmp_path, lines)
    assert page.document.title == title and page.head == (0, 1)
    assert 1 not in page.lines


def test_a_spoken_heading_under_the_articles_last_paragraph_is_a_passage(tmp_path):
    """王建国：… under the article's last paragraph (the next section's headline, its text cut away, then
    a question the download cut): a passage of the person the article has speak, never dropped."""
    heading = "王建国：主力下周复出 球队目标进入季后赛"
    lines = [*ARTICLE, "王建国又指，球队会继续努力，争取在接下来的比赛中取得更好的成绩。", heading, "有记者问及球队的目标？觉得是"]
    page = parse_lines(tmp_path, lines)
    p = next(p for p in page.passages if p.text == heading)
    assert p.speaker is not None and p.speaker.name == "王建国"


def test_a_quotation_over_a_dash_line_telling_whose_it_is_is_one_passage(tmp_path):
    """“…” alone on a line / ——某队选手某某说，… under it: one passage with both lines, so the quotation is
    the teller's, not a run-on of the quotation above (and the first one opens the article)."""
    lines = ["奥运会·妙语连珠", "2024-08-11 19:05", "新华社巴黎8月11日电（记者王春燕）",
             "“回去先冲一下全国冠军。”", "——夺得举重金牌的中国选手王建国说，接下来的小目标是全国冠军，因为他还没拿到过。",
             "“敲门的次数越多，好事就越有可能到来。”", "——第三次参加奥运会的中国高尔夫球选手陈立新获得铜牌后表示，要不断地努力尝试。"]
    page = parse_lines(tmp_path, lines)
    spans = {(first, last): p for p, first, last in zip(page.passages, page.lines, page.ends)}
    assert spans[(3, 4)].text.startswith("“回去先冲一下全国冠军。”——夺得")
    assert spans[(3, 4)].speaker.name == "王建国" and spans[(5, 6)].speaker.name == "陈立新"


def test_a_quotation_over_a_signature_keeps_the_signature_apart(tmp_path):
    """——高某某 alone (a signature) stays evidence, no passage: only a dash line telling more is joined."""
    lines = [*ARTICLE, "“我可以自信地告诉任何人，我们的球队是最好的。”", "——王建国"]
    page = parse_lines(tmp_path, lines)
    assert not any(p.text.endswith("——王建国") for p in page.passages)


def test_a_quotation_alone_opening_the_article_is_its_first_paragraph(tmp_path):
    """“…” alone on the page's first line over the paragraph that tells whose words they are: kept (a
    short line never opens an article otherwise)."""
    quote = "“数字是最有说服力的。”"
    lines = [quote, "这是某某委员会副主任王建国在首场记者招待会开场中的一句话。而数据，在此次记者招待会上随处可见。",
             "17日上午10时，新闻中心举行首场记者招待会，王建国介绍了过去十年经济社会发展的情况。"]
    page = parse_lines(tmp_path, lines)
    assert page.passages[0].text == quote and page.lines[0] == 0


def test_phrases_left_open_below_the_article_do_not_outweigh_it(tmp_path):
    """Phrase lines that never close a sentence weigh a quarter: a long run of them after the article's
    end marker (a list written like prose) does not become the article."""
    article = ["某某市召开春耕生产工作会议", "2024-04-01 10:00",
               "某某市昨日召开春耕生产工作会议，部署今年的春耕备耕工作，要求各地抓好粮食生产。",
               "会议指出，要加强农田水利建设，做好种子化肥等农资的供应，确保不误农时。"]
    tail = ["相关阅读", *[f"第{n}个村的村民们在田里忙着插秧的情景" for n in "一二三四五六七八九十"],
            "村里的年轻人也都回来帮忙了", "大家的脸上满是丰收的希望"]
    page = parse_lines(tmp_path, [*article, *tail])
    assert page.passages[0].text == article[2]
    assert not any("插秧" in p.text for p in page.passages)


def test_lines_broken_inside_a_sentence_are_one_paragraph():
    # a hard-wrapped page: many lines break inside their sentences
    wrapped = [
        "王建华披挂上阵首战,球队在最后半局被对手敲出再见安打输球,主帅赛后表",
        "示,「已经派出最好的终结者,虽然没能拿到首胜,但不会遗憾。」",
        "球队全场敲出9支安打,比对手还多两支,却未能赢球,王建华认为安打虽然不",
        "少,但是大多出现在一出局后,不够连贯,得点圈也要再加强。",
        "对于先发投手的表现,他则给了肯定的评价,「不过他5局的时候又开始不稳,",
        "球数也用得不少,所以才将他换下场。」",
    ]
    page = parse("\n".join(["王建华首战 球队再见输球", *wrapped]))
    assert [b.text for b, k in page.body if k == "p"] == [
        wrapped[0] + wrapped[1], wrapped[2] + wrapped[3], wrapped[4] + wrapped[5]]
    assert page.ends == {1: 2, 3: 4, 5: 6}
    # elsewhere a line ending in a speech verb leads into the next
    lead = "就抓好各项任务落实,王建华强调"
    words = "要在大局下思考、全局中谋划、布局中推进,把握抓落实的主动权,确保各项任务按时完成。"
    narrative = ["3月4日,某市长王建华主持召开市政府全体会议,研究部署今年工作。", "市领导李明、赵强出席会议,各部门负责人参加会议。"]
    page = parse("\n".join(["市政府全体会议召开", *narrative, lead, words]))
    assert [b.text for b, k in page.body if k == "p"] == [*narrative, lead + words]
    # one line ending in a comma on an unwrapped page stays a line of its own
    page = parse("\n".join(["市政府全体会议召开", *narrative, "王建华提前一天来到港口,登门拜访了两名院士,", "并且前往有关部门咨询。王建华说:“年底前投入使用。”"]))
    assert not any(b.text.startswith("王建华提前") and "并且" in b.text for b, k in page.body)


def test_one_quotation_a_line_with_its_dashes_is_not_a_wrapped_page():
    lines = [
        "“晚上的客流是白天的两倍,营业额也翻了一番。”——湖滨步行街奶茶店店主 俞晓峰",
        "“夜市的烟火气让人觉得这座城市很有活力,我们每个周末都会来逛逛。”——游客 何佳怡",
        "“我们会在保障安全的前提下,延长重点商圈的营业时间。”——上城区商务局局长 沈建华",
        "据上城区商务局统计,今年上半年,湖滨商圈夜间消费额同比增长27%。",
    ]
    page = parse("\n".join(["他们眼中的夜经济", "夏夜的杭州,湖滨步行街人头攒动,城市的夜经济越来越热闹。我们采访了几位经营者。", *lines]))
    assert [b.text for b, k in page.body if k == "p"][1:] == lines

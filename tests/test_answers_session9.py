"""Session 9: the noun after a question cue names the kind of answer, not a thing the answer holds;
a quote credited to the person a fact question names holds that person. Invented pages and
questions only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.answering import distinctive_words, past_cues
from retrieval.search.intent import parse


def test_the_noun_after_a_cue_is_no_distinctive_word():
    q = "周海明希望政协委员为建设哪个湾区的临港产业城市出力?"
    assert "湾区" in distinctive_words(q)  # (jieba's dictionary tags it a place)
    assert past_cues(distinctive_words(q), parse(q)) == ("周海明", "临港")
    q = "林志强称他提出的政纲涵盖几个范畴?"
    assert past_cues(distinctive_words(q), parse(q)) == ("林志强",)
    # a name elsewhere in the question stays: the page must speak of it
    q = "刘子歌在伦敦奥运会上获得了第几名?"
    assert "伦敦" in past_cues(distinctive_words(q), parse(q))


BAY = {"a.txt": ("市长会见政协委员", "示例报 2024-03-02", [
    "市长周海明今天与政协委员座谈，听取委员们对城市发展的意见和建议。",
    "周海明希望，政协委员积极参政议政，为建设东海大港临港产业城市作出新的更大贡献。"])}


def test_a_page_naming_the_answer_its_own_way_answers_which_x(tmp_path):
    r = build_pages(tmp_path, BAY)
    hits = r.search("周海明希望政协委员为建设哪个湾区的临港产业城市出力?", top_k=3)
    assert hits and "东海大港" in hits[0].passage.text and not hits[0].missing_terms
    # a place the corpus never names, away from the cue, still means no answer
    assert r.search("周海明希望伦敦的政协委员为建设哪个湾区出力?", top_k=3) == []


PALM = {"a.txt": ("棕油理事会将成立", "示例报 2024-03-01", [
    "种植部长林志强今天在吉隆坡会见记者，谈到成立棕油出产国理事会的进展。",
    "林志强说，两国将在本月底完成最后阶段的协商，理事会章程已经拟好。",
    "“本国与邻国的棕油出产占了八成以上，而本国占据当中的33%，邻国则是52%。”"])}


def test_a_quote_credited_to_the_person_asked_about_holds_their_name(tmp_path):
    r = build_pages(tmp_path, PALM)
    quote = next(i for i, p in enumerate(r.passages) if p.text.startswith("“本国"))
    lead = next(i for i, p in enumerate(r.passages) if p.text.startswith("种植部长"))
    assert r.passages[quote].speaker is not None and r.passages[quote].speaker.name == "林志强"
    weights = {"林志强": 2.0, "棕油": 1.0, "比例": 3.0}
    seen = {quote: r.index.presence(list(weights), [quote])[:, 0], lead: r.index.presence(list(weights), [lead])[:, 0]}
    got = r._spoken_credit([quote, lead], weights, seen, frozenset({"林志强"}))
    assert got.tolist() == [2.0, 0.0]  # the quote lacks the name in its text; the lead holds it already
    assert r._spoken_credit([quote], weights, seen, frozenset({"王勇"})).tolist() == [0.0]
    hits = r.search("林志强说本国在全球棕油产出中占多大比例?", top_k=3)
    assert hits and "33%" in hits[0].passage.text


def test_in_x_s_view_asks_what_x_thinks():
    it = parse("在朱建民看来，令老百姓满意的教育核心是什么?")
    assert it.kind == "said" and it.subject == "朱建民"
    assert parse("依王教授之见，房价明年会涨吗?").subject == "王教授"
    # 在…看来 far from the start, or a clause in between, is no view frame
    assert parse("在这次会议上，大家看来都很满意的方案是什么?").kind == "fact"


SCHOOL = {"a.txt": ("校长谈教育", "示例报 2024-03-04", [
    "主持人：办人民满意的教育，老百姓满意的教育是什么样的？这个满意没有定义，老百姓极其重视孩子的教育。",
    "三十五中校长朱建民说，核心就是公平，让每个孩子得到适合他的培养。"])}


def test_a_view_frame_puts_that_persons_passages_first(tmp_path):
    r = build_pages(tmp_path, SCHOOL)
    hits = r.search("在朱建民看来，令老百姓满意的教育核心是什么?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "朱建民"
    # read as a fact question, the host's turn holding more of its words comes first
    assert r.search("令老百姓满意的教育核心是什么?", top_k=3)[0].passage.text.startswith("主持人")


def test_a_name_jieba_cuts_into_single_characters_or_short_is_read_whole():
    # 巩|立|姣: jieba tags the surname alone a name, the given name a verb and an adjective
    assert "巩立姣" in distinctive_words("巩立姣在2024年巴黎奥运会女子铅球比赛中获得第几名?")
    # 张家|胜|在: a one-character verb between a two-character name and 在 ends the name
    assert "张家胜" in distinctive_words("宜昌市长张家胜在新年茶话会上提出的目标是多少?")
    # …not a word of the dictionary after it (胜诉), nor a word that follows a name (说)
    assert distinctive_words("张伟胜诉后说了什么?") == ("张伟",)
    assert distinctive_words("王涛说今年目标是多少?") == ("王涛",)


RECEPTION = {"a.txt": ("市长出席酒会", "示例报 2024-03-05", [
    "市长陈明远出席新任领事到任酒会。",
    "【特讯】市长陈明远昨日出席新任领事到任酒会。他致辞时表示，市政府将继续加强沟通对接，共同将本市打造成对外开放的桥头堡和文明交流的窗口。",
    "陈明远说：“我们欢迎领事履新，一直以来，双方合作顺利。”",
    "陈明远表示，本市经济去年增长百分之五。"])}


def test_speech_reported_without_quote_marks_counts_as_the_named_persons():
    from retrieval.search.answering import reports_speech
    assert reports_speech("他致辞时表示，市政府将继续加强沟通对接。")
    assert not reports_speech("市长陈明远出席新任领事到任酒会。")


def test_what_x_said_finds_a_passage_naming_x_that_reports_their_speech(tmp_path):
    r = build_pages(tmp_path, RECEPTION)
    hits = r.search("陈明远在酒会上希望本市在对外开放中扮演什么角色?", top_k=3)
    assert hits and "桥头堡" in hits[0].passage.text


def test_an_amount_of_money_asked_is_counted_in_money():
    it = parse("那部电影在本地上映首周票房是多少?")
    assert it.asks == "how_many" and {"元", "亿"} <= it.measure
    assert "元" in parse("这家工厂一年收入多少?").measure
    # a change is no amount: it may be a share
    assert not parse("疫情会让营业收入减少多少?").measure


FILM = {"a.txt": ("新片首映", "示例报 2024-03-06", [
    "导演李文华的新片昨晚在本地首映，两名主演出席，全场掌声不断。",
    "李文华说，是否再拍第二部就看观众反应，他感谢两名演员的付出。"])}


def test_no_hit_holding_the_amount_asked_names_it_missing(tmp_path):
    r = build_pages(tmp_path, FILM)
    hits = r.search("李文华的新片在本地上映首周票房是多少?", top_k=3)
    assert hits and all("票房多少" in h.missing_terms for h in hits)  # (两名 is no amount of money)


def test_a_place_in_a_ranking_asked():
    from retrieval.search.answering import asked_rank, holds_rank
    assert asked_rank(parse("这支球队上赛季最终排名第几?")) == "排名第几"
    assert asked_rank(parse("李华是第几任校长?")) == ""  # a unit after 第几: a measured ordinal
    assert holds_rank("在全省排名第七") and holds_rank("人均收入列全省第7位")
    assert not holds_rank("在联赛第21轮比赛中")


LEAGUE = {"a.txt": ("主帅赛后发言", "示例报 2024-03-08", [
    "在联赛第21轮中，本市队主场2比1战胜对手，主教练王海涛在赛后发布会上发言。",
    "王海涛说，球队从第70分钟开始表现有些脱节，但他对球员的拼搏很满意。"])}


def test_no_hit_holding_a_place_in_a_ranking_names_it_missing(tmp_path):
    r = build_pages(tmp_path, LEAGUE)
    hits = r.search("王海涛执教本市队的首个赛季联赛最终排名第几?", top_k=3)
    assert hits and all("排名第几" in h.missing_terms for h in hits)


FINALS = {"a.txt": ("新科冠军主帅谈夺冠", "示例报 2024-03-09", [
    "主教练李振华带着球员来到新闻发布会，谈到本赛季夺冠的经历。",
    "尽管如此，球队在半决赛中一度大比分落后于东岭队，险些被对手淘汰，上演惊天逆转。",
    "“对阵东岭的时候有点松懈，走到了悬崖边上。作为我来说确实是经验不足，没有给球队足够的鼓励。”李振华说。"])}


def test_a_person_then_a_reflexive_asks_what_they_say_of_themselves(tmp_path):
    r = build_pages(tmp_path, FINALS)
    hits = r.search("李振华把球队险些被东岭淘汰归咎于自己哪方面的不足?", top_k=3)
    assert hits and "经验不足" in hits[0].passage.text
    # no reflexive: a fact question, the narrative holding its words first
    assert "险些" in r.search("球队险些被东岭淘汰是在哪一轮?", top_k=3)[0].passage.text


HOTLINE = {"a.txt": ("热线答复引质疑", "示例报 2024-03-10", [
    "记者来到全椒县生态环境分局了解情况，热线平台给群众的回复中提到了具体承办人。",
    "全椒县生态环境分局办公室主任杨仁义说：“可能是政府那边统一回复的，这我还不太清楚。”"])}


def test_a_role_said_with_another_name_of_its_words_names_the_person(tmp_path):
    r = build_pages(tmp_path, HOTLINE)
    # 环保 / 生态环境 (data/synonyms.txt): the role's words said otherwise still describe 杨仁义
    assert r.resolve_subject("全椒县环保部门那位主任") == ("杨仁义",)

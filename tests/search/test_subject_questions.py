"""Who a question asks about (``Retriever.resolve_subject``, intent.parse, search/names.py): the one
speaker the whole question names, a role followed by when or what (鸿海董事长开玩笑时 → 鸿海董事长),
a role or a surname and title the page writes otherwise. Invented pages only.
"""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.intent import parse
from retrieval.search.names import NameIndex


def _meeting(tmp_path):
    return build_pages(tmp_path, {"a.txt": ("城建工作会议", "示例网 2023-05-06", [
        "市委书记李明强调，要加快旧楼改造，让居民住得更舒心。",
        "市长王强表示，今年要新建公园十座。",
        "记者了解到，本市老旧小区数量较多，老旧小区的改造任务十分繁重。"])})


def test_a_said_question_whose_last_clause_names_nobody_asks_about_the_speaker_it_names(tmp_path, monkeypatch):
    question = "李明在这次会上,老旧小区打算怎么办?"
    intent = parse(question)
    assert intent.kind == "said" and intent.subject.replace(" ", "") == "老旧小区"  # names nobody
    r = _meeting(tmp_path)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "李明"
    # without the fallback the question is read as a fact one: the narrative line wins
    monkeypatch.setattr(NameIndex, "find_all", lambda self, text: [])
    hits = r.search(question, top_k=3)
    assert not hits or hits[0].passage.speaker is None


def test_a_role_followed_by_when_or_what_resolves_by_the_role(tmp_path):
    r = _meeting(tmp_path)
    assert r.resolve_subject("市委书记开会时") == ("李明",)
    assert r.resolve_subject("市长视察工地后") == ("王强",)
    assert r.resolve_subject("市委书记") == ("李明",)


def test_two_people_of_one_name_are_told_apart_by_the_title_the_question_gives(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, {
        "a.txt": ("全市经济工作会议", "示例网 2023-09-01", [
            "市长王勇强调,三季度是完成全年任务的关键期,要抓紧抓实。"]),
        "b.txt": ("法院院长谈审判", "示例报 2023-03-01", [
            "法院院长王勇说,这段时间以来,法院审判工作有新意义,这段时间案件多。"]),
    })
    hits = r.search("市长王勇说这段时间对于全年任务有什么意义?", top_k=2)
    assert hits and "关键期" in hits[0].passage.text  # the mayor's words, not the judge's
    monkeypatch.setattr(retriever, "OTHER_TITLE", 1.0)
    hits = r.search("市长王勇说这段时间对于全年任务有什么意义?", top_k=2)
    assert hits and "关键期" not in hits[0].passage.text


def test_who_x_says_did_something_is_answered_in_x_s_words(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("跨部门记者会答问", "示例网 2019-08-26", [
        "今日政府举行跨部门记者会,以下是答问内容。",
        "记者:司长,智能灯柱连日遭到破坏,智能灯柱被破坏是否说明市民不信任政府?",
        "张明:灯柱方面,破坏灯柱的是一小部分激进的示威者,不代表全体市民。"])})
    question = "司长张明说,破坏智能灯柱的是哪些人?"
    intent = parse(question)
    assert (intent.kind, intent.asks) == ("said", "person")
    hits = r.search(question, top_k=2)
    assert hits and "示威者" in hits[0].passage.text


def test_the_words_after_the_name_in_a_subject_still_rank_the_person_s_passages(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("工作部署", "示例网 2023-09-01", [
        "李明强调,九月要完成招商引资任务。",
        "李明表示,要做好招商引资工作,优化营商环境,招商引资是重点。"])})
    question = "李明给九月定的任务里,对招商引资有什么打算?"
    assert parse(question).subject.replace(" ", "") == "李明给九月定的任务里"
    hits = r.search(question, top_k=2)
    assert hits and "九月" in hits[0].passage.text  # 九月 and 任务 are what about, not who


def test_a_place_in_a_role_must_describe_the_person_when_the_role_is_cut_at_its_title(tmp_path):
    r = _meeting(tmp_path)  # 市委书记李明: no place in his role
    assert r.resolve_subject("溧阳市委书记开会时") == ()


def test_what_x_said_about_another_occasion_counts_less(tmp_path, monkeypatch):
    # the said ranking applies ARTICLE_LACKS as the fact ranking does (its value set here so that
    # the invented lines' scores need no fine balance)
    import retrieval.retriever as retriever
    r = build_pages(tmp_path, {
        "a.txt": ("主队不敌上海", "示例网 2023-03-01", [
            "主队昨晚不敌上海,赛后记者采访了主帅。",
            "杜明说:“主要还是开局的问题。”"]),
        "b.txt": ("主队战胜深圳队", "示例报 2023-02-01", [
            "杜明表示:“主场作战的主要问题在防守上。”"]),
    })
    question = "杜明认为主场输给上海,问题主要出在哪里?"
    monkeypatch.setattr(retriever, "ARTICLE_LACKS", 0.3)
    hits = r.search(question, top_k=2)
    assert hits and "开局" in hits[0].passage.text and "上海" in hits[1].missing_terms
    monkeypatch.setattr(retriever, "ARTICLE_LACKS", 1.0)
    hits = r.search(question, top_k=2)
    assert hits and "开局" not in hits[0].passage.text


def test_a_surname_after_a_described_role_names_the_person(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("立委记者会", "示例网 2024-07-02", [
        "民进党立委鍾文濱反批，在野党扩权是胡闹，国会不能滥权。",
        "国民党立委徐芯华表示，法案是为了监督行政部门。"])})
    assert r.resolve_subject("民进党的钟立委") == ("鍾文濱",)
    assert r.resolve_subject("钟立委") == ("鍾文濱",)


def test_the_head_of_a_company_named_otherwise(tmp_path):
    # 掌门人 / 掌舵人 name the chairman or chief executive (intent.txt roles:)
    r = build_pages(tmp_path, {"a.txt": ("民营企业座谈会", "示例网 2024-04-01", [
        "会后，示例集团董事局主席兼CEO王海涛接受了记者采访。",
        "王海涛表示，民营企业要建立好现代企业制度，回报社会。"])})
    assert r.resolve_subject("示例集团掌门人") == ("王海涛",)


def test_a_role_opening_with_a_place_its_holder_title_leaves_out(tmp_path):
    r = build_pages(tmp_path, {
        "a.txt": ("山东举行一季度经济运行新闻发布会", "示例网 2024-04-20", [
            "4月20日，山东省政府新闻办举行发布会，介绍全省一季度经济运行情况。",
            "省政府副秘书长、新闻发言人王海涛表示，一季度增速放缓是转型中的阵痛。"]),
        "b.txt": ("女足决赛美国夺冠", "示例网 2024-07-06", [
            "美国教练李明表示：“我们一开赛便向日本队施压，一切都来得完美。”",
            "日本队在决赛中0比3告负。"])})
    assert r.resolve_subject("山东省政府发言人") == ("王海涛",)  # his page names 山东, his title does not
    assert "李明" not in r.resolve_subject("日本队教练")  # a title naming another place


HOTLINE = {"a.txt": ("热线答复引质疑", "示例报 2024-03-10", [
    "记者来到全椒县生态环境分局了解情况，热线平台给群众的回复中提到了具体承办人。",
    "全椒县生态环境分局办公室主任杨仁义说：“可能是政府那边统一回复的，这我还不太清楚。”"])}


def test_a_role_said_with_another_name_of_its_words_names_the_person(tmp_path):
    r = build_pages(tmp_path, HOTLINE)
    # 环保 / 生态环境 (data/synonyms.txt): the role's words said otherwise still describe 杨仁义
    assert r.resolve_subject("全椒县环保部门那位主任") == ("杨仁义",)

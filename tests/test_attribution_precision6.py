"""Precision (session 6): wrong names on real pages nobody tuned on — who answers a press
conference, a name's boundary, a pronoun among several people, a title's boundary.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.pages.ingest import parse_page

PRESS = [
    "中日韩外长会议将于下月在东京举行，李明外长将率团出席。",
    "问：有报道称，某国将宣布新的关税措施。中方对此有何评论？",
    "答：我们注意到了有关报道。中方一贯主张通过对话协商解决分歧。",
]


def _who(paragraphs, **kw) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, **kw)]


def test_the_press_conference_host_named_above_the_article_answers():
    # named once above the article (a photo caption or heading), once in it: the head decides
    got = attribute_paragraphs(PRESS, context=["外交部发言人幽默回应"], preface=["12月6日外交部发言人王涛主持例行记者会"])
    assert got[2].speaker is not None and got[2].speaker.name == "王涛"
    assert got[2].speaker.title == "外交部发言人"  # the title as the preface writes it
    # without the preface, the only person named before the first question is not taken as its host
    # by the head: the answer goes to the person the article named (the old reading), never to 王涛
    assert "王涛" not in _who(PRESS, context=["外交部发言人幽默回应"])


def test_a_page_keeps_the_heading_between_headline_and_article_as_preface(tmp_path: Path):
    page = tmp_path / "p.txt"
    page.write_text(
        "\n".join(["外交部发言人幽默回应", "2017年12月07日 15:46:00 来源:外交部网站",
                   "2017年12月6日外交部发言人王涛主持例行记者会", *PRESS]),
        encoding="utf-8",
    )
    parsed = parse_page(page, page.read_text(encoding="utf-8"))
    answer = next(p for p in parsed.passages if p.text.startswith("答"))
    assert answer.speaker is not None and answer.speaker.name == "王涛"
    assert all("主持例行记者会" not in p.text for p in parsed.passages)  # still no passage


def test_a_surname_jieba_cuts_off_is_joined_to_the_given_name():
    from retrieval.attribution.lexicon import _nr_tail, joined_surnames

    assert joined_surnames([("胡", "nr"), ("金秋", "nr"), ("对于", "p")]) == [("胡金秋", "nr"), ("对于", "p")]
    assert joined_surnames([("说", "v"), ("金秋", "nr")]) == [("说", "v"), ("金秋", "nr")]
    assert _nr_tail("进行了点评。胡金秋") == "胡金秋"


def test_a_pronoun_after_a_list_of_people_means_none_of_them_for_sure():
    listed = ("市长王建国今天视察工地，被问到最新民调中立委陈志明39%、部长林美玲26%、副市长黄淑芬17%的看法，"
              "他认为选举还有一年，每天把该做的事情做好。")
    assert _who([listed]) == [None]  # not 黄淑芬, the last of the list
    single = "市长王建国今天视察工地，他认为选举还有一年，每天把该做的事情做好。"
    assert _who([single]) == ["王建国"]


def test_a_title_ends_at_a_byline_bracket_a_bullet_a_date_and_a_conjunction():
    from retrieval.attribution.lexicon import clean_title

    assert clean_title("记者王小明/台北报导〕台北市长") == "台北市长"
    assert clean_title("知名企业老板联谊会一览 ●光明科技董事长") == "光明科技董事长"
    assert clean_title("date 2025-09-01 立委") == "立委"
    assert clean_title("不过疾管署副署长") == "疾管署副署长"
    assert clean_title("台湾人公共事务会(FAPA)洛杉矶分会长") == "台湾人公共事务会(FAPA)洛杉矶分会长"  # a bracket inside stays


def test_a_traditional_title_after_a_bullet_keeps_the_pages_characters():
    got = attribute_paragraphs(["聯誼會一覽 ●光明科技董事長顏大新表示，今年景氣不錯，員工都會加薪。"])
    assert got[0].speaker is not None and got[0].speaker.title == "光明科技董事長"


def test_a_name_jieba_cuts_short_before_a_colon_is_no_name():
    from retrieval.attribution.lexicon import cut_short

    assert cut_short("则夫：") and cut_short("则夫", ends=True)
    assert not cut_short("则夫", ends=False)  # the text was cut here, not the sentence
    assert not cut_short("议员：")  # an honorific ends the name
    assert not cut_short("今天说：")  # more than two characters: words, not the name
    # a Japanese coach's name (surname of three characters): never 佐佐木 for 佐佐木则夫
    got = _who(["日本教练佐佐木则夫：“我们的球员每一场比赛都全力以赴，整体来说她们表现出色。”"])
    assert got == [None] or got == ["佐佐木则夫"]


def test_a_listed_title_keeps_an_acronym_in_brackets():
    from retrieval.attribution.lexicon import clean_title

    assert clean_title("公共事务会(FAPA)发言人、洛杉矶分会长") == "公共事务会(FAPA)发言人、洛杉矶分会长"
    assert clean_title("公共事务会(美西)发言人、洛杉矶分会长") == "洛杉矶分会长"  # words in brackets still part


def test_a_traditional_byline_with_a_date_is_no_headline(tmp_path: Path):
    from retrieval.pages.textpage import line_kind

    assert line_kind("20220214王小明/台中報導") == "meta"
    assert line_kind("〔記者王小明/台北報導〕") == "meta"
    page = tmp_path / "b.txt"
    page.write_text(
        "20220214王小明/台中報導\n四大聯誼會會長 對景氣按讚\n"
        "中部上市櫃公司菁英聯誼會13日舉行會長交接典禮，新任會長由光明科技董事長顏大新接任。\n"
        "顏大新表示，今年景氣不錯，員工都會加薪，也希望政府穩定物價。\n",
        encoding="utf-8",
    )
    assert parse_page(page, page.read_text(encoding="utf-8")).document.title == "四大聯誼會會長 對景氣按讚"


def test_a_paragraph_opened_by_anothers_quotation_is_contested():
    two = ("“整场比赛大家一直拼到最后，有机会出现，但没有把握住。”客队的赛后发布会，主帅李国华对比赛进行了点评。"
           "王建明对于比赛只总结了八个字：“继续加油，好好总结。”")
    assert _who([two]) == [None]  # the opening words may be 李国华's: not 王建明 for sure
    one = "“整场比赛大家一直拼到最后，有机会出现，但没有把握住。”主帅王建明在赛后发布会上说，大家都很努力。"
    assert _who([one]) == ["王建明"]


def test_a_name_seen_only_inside_a_longer_known_name_is_a_weak_name():
    paras = ["主教练勒罗伊说，这场比赛我们有很多地方需要总结。", "有记者问勒罗伊，大比分输球的原因在哪里。",
             "罗伊说，对手是一支很强的队伍，比赛中他们占据了优势。"]
    got = _who(paras)
    assert got[0] == "勒罗伊" and got[2] != "罗伊"  # 罗伊 stands alone once: not sure enough


def test_a_bare_label_line_of_a_transcript_opens_that_speakers_turn(tmp_path: Path):
    page = tmp_path / "t.txt"
    lines = [
        "立法院第八屆第七會期第五次會議紀錄", "2015年3月24日",
        "主席：現在繼續開會，進行質詢。",
        "王委員大明：主席、各位同仁。院長早，今年的旱象很嚴重，請問政府有什麼準備？",
        "• 主席",
        "請行政院李院長答復。",
        "李院長小華：主席、各位委員。昨天的降雨對於解除旱象的幫助有限，我們會繼續努力。",
    ]
    page.write_text("\n".join(lines), encoding="utf-8")
    passages = parse_page(page, page.read_text(encoding="utf-8")).passages
    chair = next(p for p in passages if "答復" in p.text)
    assert chair.text == "主席：請行政院李院長答復。"
    assert chair.speaker is None  # not 王大明's turn running on

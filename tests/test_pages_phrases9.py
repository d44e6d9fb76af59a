"""Article extraction, session 9: a page written one phrase per line (a sentence cut over short lines
with no mark at their ends) is read as sentences, each one passage holding its lines. Mechanisms on
invented pages (no real text here); each assertion fails without the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import join_phrases

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

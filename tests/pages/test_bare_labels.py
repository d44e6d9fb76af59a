"""Article extraction, session 9: a transcript whose speaker labels stand alone on their lines with no
colon (陶芳标 / 主持人 / 主任医师 许迅, the words on the next line, timestamps between turns) is read as
"名字：" labels are: each label and its words are one passage, that person's turn; 主持人's turns are
the host's, named when the page names one host. Never for one such line alone (a byline, an author
line) nor for a line holding anything else. Mechanisms on invented pages (no real text here); each
assertion fails without the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import bare_turn_label

TITLE = "某某卫生在线访谈：秋季如何预防流感"
HOST_NAMED = "各位网友大家好，欢迎收看在线访谈。我是今天的主持人李晓梅。今天我们请到了市疾控中心的张立新主任医师。"
HOST_UNNAMED = "各位网友大家好，欢迎收看在线访谈。今天我们请到了市疾控中心的张立新主任医师。"


def _transcript(opening: str, label: str = "张立新", host: str = "主持人") -> list[str]:
    return [TITLE, "2024-10-08 15:00",
            "15:00", host, opening,
            "15:01", label, "各位网友，大家好。很高兴和大家交流。",
            "15:02", host, "张主任，秋季流感有哪些特点？",
            "15:03", label, "秋季气温变化大，流感病毒活跃，老人和孩子要特别注意，建议及时接种疫苗。"]


def _turns(page):
    return {first: (last, p) for p, first, last in zip(page.passages, page.lines, page.ends)}


def test_bare_labels_open_their_turns(tmp_path):
    """Each label line and the line under it are one passage, the label's person's turn; the host's
    turns are the host the page names (我是今天的主持人李晓梅)."""
    turns = _turns(parse_lines(tmp_path, _transcript(HOST_NAMED)))
    assert {first: last for first, (last, _) in turns.items()} == {3: 4, 6: 7, 9: 10, 12: 13}
    assert turns[6][1].text == "张立新：各位网友，大家好。很高兴和大家交流。"
    assert [turns[i][1].speaker.name for i in (3, 6, 9, 12)] == ["李晓梅", "张立新", "李晓梅", "张立新"]
    assert turns[9][1].speaker.title == "主持人"


def test_an_unnamed_host_is_nobody(tmp_path):
    """A page that never names its host: the host's turns have no speaker (never the guest's)."""
    turns = _turns(parse_lines(tmp_path, _transcript(HOST_UNNAMED)))
    assert turns[3][1].speaker is None and turns[9][1].speaker is None
    assert turns[12][1].speaker is not None and turns[12][1].speaker.name == "张立新"


def test_title_and_name_labels(tmp_path):
    """主任医师 张立新 alone on its line is a label too (a title, a space, the name)."""
    turns = _turns(parse_lines(tmp_path, _transcript(HOST_NAMED, label="主任医师 张立新")))
    assert turns[6][0] == 7 and turns[12][1].speaker.name == "张立新"


def test_labels_in_traditional_script_keep_their_writing(tmp_path):
    lines = [s.replace("张立新", "張立新") for s in _transcript(HOST_NAMED)]
    turns = _turns(parse_lines(tmp_path, lines))
    assert turns[6][1].text == "張立新：各位网友，大家好。很高兴和大家交流。"


def test_one_name_line_is_no_label(tmp_path):
    """A name alone over prose once on the page (an author line) stays what it was: no turn."""
    lines = [TITLE, "2024-10-08 15:00", "王建国",
             "秋季气温变化大，流感病毒活跃，市疾控中心提醒老人和孩子要特别注意。",
             "专家建议市民及时接种疫苗，出门佩戴口罩，勤洗手，保持室内通风。"]
    page = parse_lines(tmp_path, lines)
    assert all(not p.text.startswith("王建国") for p in page.passages)
    assert all(p.speaker is None or p.speaker.name != "王建国" for p in page.passages)


def test_a_line_with_other_words_is_no_label(tmp_path):
    """张立新谈流感 over a paragraph, twice: a heading naming someone, never a label."""
    lines = [TITLE, "2024-10-08 15:00", "张立新谈流感", "秋季气温变化大，流感病毒活跃，市疾控中心提醒老人和孩子要特别注意。",
             "张立新谈疫苗", "专家建议市民及时接种疫苗，出门佩戴口罩，勤洗手，保持室内通风。"]
    page = parse_lines(tmp_path, lines)
    assert all("：" not in p.text for p in page.passages)


def test_bare_turn_label():
    assert bare_turn_label("主持人") and bare_turn_label("张立新") and bare_turn_label("主任医师 张立新")
    assert not bare_turn_label("15:01") and not bare_turn_label("张立新谈流感看看") and not bare_turn_label("记者 王")
    assert not bare_turn_label("各位网友，大家好。")

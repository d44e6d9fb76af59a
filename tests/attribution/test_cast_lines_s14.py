"""Session 14 (turns14): a transcript's cast line (主持人：某某 嘉宾：某某 某某) names the people whose turns
follow, with their roles: a name that is a common word (许可), a journalist who is a guest.

The texts are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from pathlib import Path

from attribution_helpers import speakers_of

from retrieval.attribution.turns import cast
from retrieval.pages.ingest import parse_page


def test_a_cast_line_lists_names_with_the_titles_it_writes_else_the_role():
    assert cast("主持人:许可 嘉宾:翟 伟 张海军 本期编导:郭传辉") == {"许可": "主持人", "翟伟": "嘉宾", "张海军": "嘉宾"}
    assert cast("主持:宋庄") == {"宋庄": "主持"}
    assert cast("嘉  宾: 毛大安   某某办副主任、某委规划司司长") == {"毛大安": "某某办副主任、某委规划司司长"}
    assert cast("访谈嘉宾:区文化和旅游局副局长李小萍") == {"李小萍": "区文化和旅游局副局长"}
    assert cast("嘉宾:李耀明(某集团有限公司董事长)") == {"李耀明": "某集团有限公司董事长"}
    assert cast("主持人：李小梅（某电视台）") == {"李小梅": "主持人"}  # an outlet in brackets is no title
    assert cast("嘉宾：张小明、李大强") == {"张小明": "嘉宾", "李大强": "嘉宾"}
    assert cast("嘉宾：某社科院研究员 张小明；某大学教授 李大强") == {"张小明": "某社科院研究员", "李大强": "某大学教授"}


def test_a_turn_or_a_greeting_after_a_role_is_no_cast_line():
    assert cast("主持人:那科研成果呢?") == {}
    assert cast("主持人：大家好，我是王小丫。") == {}
    assert cast("嘉宾：谢谢") == {}
    assert cast("主持人：好的") == {}
    assert cast("今天的主持人:王小丫") == {}  # not opening its line
    assert cast("嘉宾：各界代表") == {}  # a group, no name


def test_a_cast_line_read_as_a_paragraph_is_no_ones_words():
    paras = ["主持人：张小燕  嘉宾：某医院院长 刘大伟",
             "主持人：欢迎刘院长做客我们的节目。今年医院有什么变化？",
             "刘大伟：谢谢主持人。今年我们新建了门诊大楼。"]
    assert speakers_of(paras)[0] is None
    assert speakers_of(paras)[2] == "刘大伟"


def _page(tmp_path: Path, lines: list[str]) -> list[tuple[str, str | None]]:
    page = tmp_path / "t.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    return [(p.text[:6], p.speaker.name if p.speaker else None) for p in parse_page(page, page.read_text(encoding="utf-8")).passages]


def test_the_cast_names_a_host_whose_name_is_a_word_and_a_journalist_guest_who_answers(tmp_path: Path):
    got = _page(tmp_path, [
        "访谈:新华社记者翟小伟、电视台记者张海波谈讨薪",
        "主持人:许可 嘉宾:翟小伟 张海波 本期编导:郭大辉",
        "短片:去年的这个时候,一位民工爬上塔吊,为了讨回自己的工钱。新华社记者翟小伟和电视台记者张海波走进了民工。",
        "许 可:欢迎两位来参加我们的节目。在你们采访的这些民工当中有没有人这样做的?",
        "张海波:前几天就有过这样的事例,三个民工爬上了塔吊。",
        "许 可:我知道翟小伟也是连续一两年关注这个问题。",
        "翟小伟:对。",
        "许 可:你认为民工应该怎样讨要自己的工钱?",
        "翟小伟:从我接触的事例来讲,他们希望能够通过反复的劝说拿到工钱。",
    ])
    assert [n for t, n in got if t[:1] in "许翟张"] == ["许可", "张海波", "许可", "翟小伟", "许可", "翟小伟"]


def test_without_a_cast_line_the_word_is_no_name_and_the_journalist_asks(tmp_path: Path):
    got = _page(tmp_path, [
        "访谈:新华社记者翟小伟谈讨薪",
        "短片:去年的这个时候,一位民工爬上塔吊。新华社记者翟小伟走进了民工。",
        "许 可:欢迎来参加我们的节目。在你采访的这些民工当中有没有人这样做的?",
        "翟小伟:你们会怎样帮助他们?",
        "许 可:我知道这个问题。",
        "翟小伟:还有别的办法吗?",
    ])
    assert [n for t, n in got if t[:1] in "许翟"] == [None, None, None, None]


def test_an_unnamed_host_of_the_cast_line_stays_nobody():
    paras = ["主持人:各位网友大家好,今天我们请来了区文化局副局长李小萍。",
             "李小萍:主持人好!各位网友,大家好!",
             "主持人:今年有什么新的打算?",
             "李小萍:我们会继续推进文旅融合。"]
    assert speakers_of(paras, context=["文旅融合访谈", "访谈嘉宾:区文化局副局长李小萍"]) == [None, "李小萍", None, "李小萍"]

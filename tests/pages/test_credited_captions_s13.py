"""A photo caption ending with whose photo it is after its sentence (…执行手术。图／取自某院网站,
…受访。图取自某社) is a caption (retrieval/pages/textpage.py CAPTION): never read as a line broken
inside its sentence and run into the paragraph under it. Invented pages only."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import line_kind

CAPTION = "某医院日前被爆出三名外科医师，放任器材厂商进入手术室执行手术。图／取自某医院网站"
PARAGRAPH = ("某医院日前被爆出三名外科医师，放任器材厂商进入手术室执行手术，卫生部门要求院方提出调查报告，"
             "本周报告内容出炉，院方称医师未依规定申请，但厂商没有动刀。不过，某网刊登最新画面，揭露器材厂商持手")


def test_a_caption_ending_in_its_credit_is_a_caption():
    assert line_kind(CAPTION) == "caption"
    assert line_kind("王某4日在会场「委员通道」受访。图取自某社") == "caption"
    assert line_kind("他走进图书馆。图书馆明天开门") != "caption"  # a sentence opening with 图…, no credit


def test_the_caption_is_not_run_into_the_paragraph_under_it(tmp_path):
    said = "部长王某说，卫生部门绝对不允许非医事人员执行医疗行为，院方必须在一周内说明事情的经过和处理结果。"
    page = parse_lines(tmp_path, ["某医院报告出炉", "2024年05月03日 10:00", "某报／ 记者某某／台北报导",
                                  CAPTION, CAPTION, PARAGRAPH, said, said.replace("一周", "两周")])
    texts = [p.text for p in page.passages]
    assert PARAGRAPH in texts and not any(CAPTION in t for t in texts)

"""Article extraction, session 12: a speaker's label written whole on its own line — a title, the name
it ends with and a colon, no blank between them (某某街道某社区党委书记林某某：) — over the paragraph of
their words. The label line is that passage's speaker line (held by it, never the headline nor a line
of no passage); the words run on until the next label and stop at a heading or a caption. Never a
journalist's or host's label, a speech verb's lead-in or a list's heading. Invented text only."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import titled_label

LABEL = "城东街道青松社区党委书记林晓燕："
WORDS = "青松社区居住人口有3万多人，老龄人口已达8000多名，我们开办老年人食堂，就是要让老人吃得放心。"
MORE = "下一步我们还要把送餐服务延伸到行动不便的老人家里，让他们在家门口就能吃上热饭。"
OTHER = "城东街道办事处主任赵志刚："
OTHER_WORDS = "街道将统筹资金，支持每个社区建设一个老年食堂，今年年底前全部建成。"
SCENE = "中午十一点，食堂里已经坐满了前来就餐的老人，饭菜香气扑鼻，大家有说有笑。"


def _passages(page):
    return {first: (last, p) for p, first, last in zip(page.passages, page.lines, page.ends)}


def _held(page) -> set[int]:
    return {i for first, last in zip(page.lines, page.ends) for i in range(first, last + 1)}


def test_a_title_and_name_before_a_colon_is_a_label():
    assert titled_label(LABEL) and titled_label("世界卫生组织总干事谭德明:")


def test_lead_ins_journalists_hosts_and_list_headings_are_no_titled_labels():
    assert not titled_label("中国工程院院士钟某某指出：")  # a speech verb's lead-in
    assert not titled_label("市委书记李某在会上表示：")
    assert not titled_label("本报记者王大明：")  # a journalist's question label
    assert not titled_label("主持人李晓梅：")
    assert not titled_label("出席嘉宾：")  # a list's heading names nobody
    assert not titled_label("城东街道青松社区党委书记 林晓燕：")  # a blank: the spaced label's own reading
    assert not titled_label(LABEL + "我们开办食堂。")  # words after the colon: a turn, not a label alone


def test_the_label_and_its_words_are_one_passage_of_its_person(tmp_path):
    page = parse_lines(tmp_path, ["社区食堂温暖老人心", "2024-03-02 来源:某某电视台", LABEL, WORDS, MORE])
    passages = _passages(page)
    assert passages[2][0] == 3 and passages[2][1].text == LABEL + WORDS
    assert passages[2][1].speaker.name == "林晓燕" and passages[2][1].speaker.title == "城东街道青松社区党委书记"
    assert passages[4][1].speaker is not None and passages[4][1].speaker.name == "林晓燕"  # the words go on


def test_a_label_in_traditional_script_keeps_its_writing(tmp_path):
    lines = [s.replace("书记", "書記").replace("林晓燕", "林曉燕") for s in ("社区食堂温暖老人心", "2024-03-02 来源:某某电视台", LABEL, WORDS)]
    passages = _passages(parse_lines(tmp_path, lines))
    assert passages[2][1].text.startswith("城东街道青松社区党委書記林曉燕：") and passages[2][1].speaker.name == "林曉燕"


def test_a_label_opening_the_page_is_no_headline(tmp_path):
    """Under the date line, with no headline above it: the label is held by its passage, never
    taken for the page's headline (which would leave the line in no passage)."""
    page = parse_lines(tmp_path, ["2024-03-02 来源:某某电视台", LABEL, WORDS, "编辑:张三"])
    assert 1 in _held(page)
    assert page.passages[0].speaker is not None and page.passages[0].speaker.name == "林晓燕"


def test_the_words_stop_at_a_heading_a_caption_and_the_next_label(tmp_path):
    for stop in ("食堂里的新变化", "图为老人们在食堂就餐。（记者 李明 摄）"):
        page = parse_lines(tmp_path, ["社区食堂温暖老人心", "2024-03-02 来源:某某电视台", LABEL, WORDS, stop, SCENE])
        passages = _passages(page)
        assert passages[2][1].speaker.name == "林晓燕"
        assert passages[5][1].speaker is None  # the narrative after the heading or the caption
    page = parse_lines(tmp_path, ["社区食堂温暖老人心", "2024-03-02 来源:某某电视台", LABEL, WORDS, OTHER, OTHER_WORDS])
    passages = _passages(page)
    assert passages[4][0] == 5 and passages[4][1].speaker.name == "赵志刚"


def test_a_lead_in_line_stays_a_line_of_its_own(tmp_path):
    """市委书记李某在会上表示： is no label: it is not merged with the paragraph under it."""
    lead = "城东街道青松社区党委书记林晓燕在会上表示："
    page = parse_lines(tmp_path, ["社区食堂温暖老人心", "2024-03-02 来源:某某电视台", "记者日前走访了城东街道的几个社区，看到老年食堂越办越红火。", lead, WORDS])
    assert all(not p.text.startswith(lead + WORDS) for p in page.passages)

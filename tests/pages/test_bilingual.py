"""Bilingual transcripts, session 9: on a page whose prose is Chinese, the run of Latin-script lines
right after a Chinese paragraph is its translation, held by that paragraph's passage (and its speaker);
never on an English page, never for a lone Latin word, a URL or a credit. Mechanisms on invented pages
(no real text here); each assertion fails without the rule it names."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.bilingual import table_cells, translations

TITLE = "某某部举行新闻发布会 发言人李明答记者问"
DATE = "2024-05-06 15:00"
TRANSCRIPT = [
    TITLE,
    DATE,
    "李明：各位记者朋友，大家下午好，欢迎参加今天的新闻发布会。",
    "Li Ming: Good afternoon, friends from the press, and welcome to today's",
    "press conference.",
    "今年一季度，我们的对外贸易保持平稳增长，进出口总额同比增长百分之五。",
    "In the first quarter, our foreign trade grew steadily, with total imports and exports up five percent.",
    "某某日报记者：请问下一步有哪些具体举措？",
    "Mou Daily: What concrete measures will be taken next?",
    "李明：我们将继续扩大开放，稳住外贸基本盘，谢谢。",
    "Li Ming:",
    "We will keep opening up and keep foreign trade stable. Thank you.",
]


def _held(page) -> dict[int, object]:
    return {i: p for p, first, last in zip(page.passages, page.lines, page.ends) for i in range(first, last + 1)}


def test_a_translation_is_held_by_the_paragraph_it_translates(tmp_path):
    """Each English run (wrapped over two lines, or opened by its own label line) is appended to the
    Chinese paragraph above it: its lines are held, with that paragraph's speaker."""
    page = parse_lines(tmp_path, TRANSCRIPT)
    held = _held(page)
    assert set(range(2, 12)) <= set(held)  # no line of the transcript lost
    first = held[3]
    assert first is held[2] and first is held[4]
    assert first.text.endswith("welcome to today's press conference.")  # wrapped lines rejoined by a space
    assert first.speaker is not None and first.speaker.name == "李明"
    assert held[6] is held[5] and held[6].speaker is not None and held[6].speaker.name == "李明"
    assert held[8] is held[7] and held[8].speaker is None  # the reporter's question: nobody named
    last = held[11]
    assert last is held[9] and last is held[10] and last.speaker.name == "李明"
    assert last.text.startswith("李明：我们将继续扩大开放")  # the Chinese words first, the translation after


def test_a_translation_does_not_break_the_article(tmp_path):
    """Six English lines between two Chinese paragraphs (more than the headings an article runs across)
    still leave the paragraphs one article."""
    english = ["The minister said", "that the plan will", "be carried out", "step by step in", "all of the regions", "of the country."]
    lines = [TITLE, DATE, TRANSCRIPT[2], *english, TRANSCRIPT[5], TRANSCRIPT[9]]
    page = parse_lines(tmp_path, lines)
    assert {2, 9, 10} <= set(page.lines)
    assert all(_held(page)[i] is _held(page)[2] for i in range(3, 9))


def test_no_translation_for_lone_words_urls_or_credits():
    """A site's name, a URL or a photo credit under a Chinese paragraph is no translation."""
    texts = ["李明说，今年的工作重点是稳外贸。", "Xinhua", "王红说，我们会继续努力，谢谢大家。",
             "See the full text at https://www.example.com/news/2024/05/06/article.html.", "张强表示，明年还要再接再厉。",
             "Photo by Wang Hong, edited by Zhang Qiang.", "结束。"]
    assert translations(texts, [True, False, True, False, True, False, True]) == {}
    assert translations(["李明说，今年的工作重点是稳外贸。", "Home | News | About us | Contact us", *texts[2:]],
                        [True, False, True, False, True, False, True]) == {}  # a menu row


def test_never_on_an_english_page():
    """A page with fewer than two Chinese paragraphs reads no translations, whatever its Latin lines."""
    texts = ["张强表示，明年还要再接再厉。", "The minister said the plan will be carried out step by step.",
             "Officials said the same thing again later that day."]
    assert translations(texts, [True, False, False]) == {}
    assert translations(["李明说，今年的工作重点是稳外贸。", *texts],
                        [True, True, False, False]) == {1: 3}


def test_a_table_dumps_cell_pipes_are_dropped():
    """A page whose lines are a table's cells (…会议。 |, a lone |) is read without the pipes; a page with
    a pipe here and there keeps them."""
    cells = ["标题 |", "2024年5月6日 |", "|", "李明：大家好。 |", "Li Ming: Hello. |", "谢谢。 |"]
    assert table_cells(cells) == ["标题", "2024年5月6日", "", "李明：大家好。", "Li Ming: Hello.", "谢谢。"]
    mixed = ["来源：某某网 |", *["李明说，今年的工作重点是稳外贸。"] * 5]
    assert table_cells(mixed) == mixed

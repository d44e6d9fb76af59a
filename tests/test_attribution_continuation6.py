"""Continuation stops (issue 10, 2d): no one's words run on across a heading of the article."""

from retrieval.attribution.speakers import attribute_paragraphs

PARAS = [
    "村支书王大明带领村民种上了果树。",
    "“明年起，全村的果树将全部挂果，一定会成为大家的致富果！”王大明说。",
    "“我们还要建新村，让每家都住上新房子。”",
]


def names(paragraphs, **kw):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, **kw)]


def test_whole_quote_continues_without_a_heading():
    assert names(PARAS) == [None, "王大明", "王大明"]


def test_a_heading_ends_the_continuation():
    assert names(PARAS, breaks={2}) == [None, "王大明", None]


def test_a_heading_does_not_stop_a_named_speaker():
    paras = [*PARAS[:2], "“我们还要建新村。”王大明说。"]
    assert names(paras, breaks={2}) == [None, "王大明", "王大明"]


def test_a_heading_line_of_a_text_page_ends_the_continuation(tmp_path):
    from retrieval.pages.ingest import parse_page

    text = "村里的致富路\n\n" + "\n".join(PARAS[:2]) + "\n华西归来心胸阔 押宝果树建新村\n" + PARAS[2] + "\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    page = parse_page(path, text)
    got = {p.text[:6]: (p.speaker.name if p.speaker else None) for p in page.passages}
    assert got[PARAS[1][:6]] == "王大明"
    assert got[PARAS[2][:6]] is None
    assert page.passages[-1].section == "华西归来心胸阔 押宝果树建新村"

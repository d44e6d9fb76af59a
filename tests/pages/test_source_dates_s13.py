"""Session 13 (qa13b): a sources.json entry that writes its outlet and date in one field
("outlet_and_date": "某某报 2017-01-19") dates a page that shows no date of its own, so a question
naming the year finds it. Invented pages only."""

from __future__ import annotations

import json

from retrieval import Retriever
from retrieval.pages.ingest import parse_page, read_file

BODY = "主席：现在开始答问环节。\n议员：我想请问，政府会不会考虑输入外劳，解决人手短缺的问题？\n"


def _write(tmp_path, entries: dict[str, str]) -> None:
    for name in entries:
        (tmp_path / name).write_text("答问会答问全文\n" + BODY, "utf-8")
    (tmp_path / "sources.json").write_text(json.dumps(
        {name: {"url": f"https://example.com/{name}", "outlet_and_date": note} for name, note in entries.items()},
        ensure_ascii=False), "utf-8")


def _published(path):
    return parse_page(path, read_file(path)).document.published


def test_the_whole_date_of_outlet_and_date_dates_the_page(tmp_path):
    _write(tmp_path, {"a.txt": "某某公报 2017-01-19 (date from url)", "b.txt": "某某网 2013-04",
                      "c.txt": "某某网 (date not shown)"})
    assert _published(tmp_path / "a.txt") == "2017-01-19"
    assert _published(tmp_path / "b.txt") is None  # a month alone dates no page
    assert _published(tmp_path / "c.txt") is None
    doc = parse_page(tmp_path / "a.txt", read_file(tmp_path / "a.txt")).document
    assert doc.outlet == "某某公报"


def test_the_page_s_own_date_comes_first(tmp_path):
    (tmp_path / "a.txt").write_text("答问会答问全文\n2018-03-02 10:00 来源:某某日报\n" + BODY, "utf-8")
    (tmp_path / "sources.json").write_text(json.dumps(
        {"a.txt": {"url": "https://example.com/a", "outlet_and_date": "某某公报 2017-01-19"}}, ensure_ascii=False), "utf-8")
    assert _published(tmp_path / "a.txt") == "2018-03-02T10:00:00"


def test_a_year_only_the_date_names_is_no_absent_word(tmp_path):
    _write(tmp_path, {"a.txt": "某某公报 2017-01-19"})
    r = Retriever.build(tmp_path)
    assert r.absent_words("2017年的答问会上谁要求输入外劳?") == ()
    assert r.absent_words("2016年的答问会上谁要求输入外劳?") == ("2016年",)

"""Corpus formats: page dumps, HTML, front matter, encodings, skipped files, duplicates."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from retrieval import CorpusError, Retriever
from retrieval.pages.ingest import SkipFile, decode, load_corpus, parse_page, read_file

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = DATA / "dev-pages"
FORMATS = DATA / "formats"

ARTICLE = (
    "市科技局局长张伟明表示,今年全市将新建科技企业孵化器20家,新增高新技术企业500家以上。\n"
    "“我们要让更多的创新成果在本地转化。”张伟明说,全市技术合同成交额去年已突破千亿元。\n"
)


def _texts(parsed) -> list[str]:
    return [p.text for p in parsed.passages]


@pytest.mark.parametrize("name", sorted(p.name for p in DEV.glob("*.txt")))
def test_every_dev_page_ingests(name):
    parsed = parse_page(DEV / name, read_file(DEV / name))
    assert parsed.passages, name
    for p in parsed.passages:
        assert "\ufffd" not in p.text
        assert p.paragraph >= 1


def test_dev_page_metadata():
    p = parse_page(DEV / "dev-10.txt", read_file(DEV / "dev-10.txt"))
    assert p.document.title == "常州:破解乡村振兴三大难题在一线"
    assert p.document.published == "2018-12-11T11:31:45"
    assert p.document.outlet == "常州日报"
    # a cut download ends in U+FFFD: the character is dropped, the text kept
    last = _texts(p)[-1]
    assert last.startswith("“我已切身体会到") and "\ufffd" not in last


def test_traditional_page_is_shown_as_written():
    p = parse_page(DEV / "dev-02.txt", read_file(DEV / "dev-02.txt"))
    assert any("畢業生" in t for t in _texts(p))
    assert p.passages[1].speaker.name == "王祖溫"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_encodings_are_detected(tmp_path, encoding):
    page = "示例新闻标题\n2024-01-02 10:00 来源:示例日报\n" + ARTICLE
    f = tmp_path / f"page-{encoding}.txt"
    f.write_bytes(page.encode(encoding))
    text = read_file(f)
    assert "张伟明" in text and not text.startswith("\ufeff")
    parsed = parse_page(f, text)
    assert parsed.document.outlet == "示例日报"
    assert [p.speaker.name for p in parsed.passages] == ["张伟明", "张伟明"]


def test_replacement_character_and_cut_utf8_are_dropped():
    assert decode("今天天气\ufffd很好".encode()) == "今天天气很好"
    cut = "新闻正文结束".encode()[:-1]  # a download cut inside the last character
    assert decode(cut) == "新闻正文结"


def test_empty_and_binary_are_refused():
    with pytest.raises(SkipFile):
        decode(b"   \n")
    with pytest.raises(SkipFile):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


def test_front_matter_wins(tmp_path):
    f = tmp_path / "note.md"
    f.write_text(
        "---\ntitle: 前置标题\nurl: https://example.com/a\noutlet: 示例网\n"
        "published: 2024-03-01 08:30\nauthor: 李文\n---\n# 正文里的标题\n\n" + ARTICLE.replace("\n", "\n\n"),
        "utf-8",
    )
    d = parse_page(f, read_file(f))
    assert (d.document.title, d.document.url, d.document.outlet) == ("前置标题", "https://example.com/a", "示例网")
    assert d.document.published == "2024-03-01T08:30:00"
    assert d.document.author == "李文"
    assert len(d.passages) == 2 and d.passages[0].speaker.title == "市科技局局长"


def test_txt_with_front_matter(tmp_path):
    f = tmp_path / "dump.txt"
    f.write_text("---\ntitle: 文本前置\noutlet: 甲报\npublished: 2023-05-06\n---\n" + ARTICLE, "utf-8")
    d = parse_page(f, read_file(f))
    assert (d.document.title, d.document.outlet, d.document.published) == ("文本前置", "甲报", "2023-05-06")
    assert len(d.passages) == 2


def test_html_page():
    d = parse_page(FORMATS / "article.html", read_file(FORMATS / "article.html"))
    doc = d.document
    assert doc.title == "我市发布人工智能产业发展三年行动计划"
    assert doc.outlet == "江海日报"
    assert doc.published.startswith("2024-04-18")
    assert doc.url == "https://news.example.com/2024/04/18/ai-plan.html"
    texts = _texts(d)
    assert any("王立新" in t for t in texts)
    assert not any("版权所有" in t or "相关阅读" in t or "首页" in t for t in texts)
    assert not any(t.startswith("图为") for t in texts)
    speakers = {p.speaker.name for p in d.passages if p.speaker}
    assert speakers == {"王立新", "赵晓燕"}


def test_corpus_skips_with_one_warning_each(tmp_path, caplog):
    shutil.copy(DEV / "dev-13.txt", tmp_path / "a.txt")
    shutil.copy(DEV / "dev-13.txt", tmp_path / "a-copy.txt")  # same body
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x00\x01\x02" * 400)
    (tmp_path / "data.csv").write_text("a,b\n1,2\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_bytes((FORMATS / "article.html").read_bytes())
    with caplog.at_level(logging.WARNING, logger="retrieval.pages.ingest"):
        pages = load_corpus(tmp_path)
    assert sorted(Path(p.document.path).name for p in pages) == ["a-copy.txt", "b.html"] or sorted(
        Path(p.document.path).name for p in pages
    ) == ["a.txt", "b.html"]
    warned = [r.getMessage() for r in caplog.records]
    for name in ("empty.txt", "image.txt", "data.csv"):
        assert sum(name in w for w in warned) == 1, warned
    assert sum("same article" in w for w in warned) == 1


def test_corpus_of_only_unreadable_files_is_an_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError):
        Retriever.build(tmp_path)


def test_html_fixtures_body_and_speakers():
    """Known bodies wrapped in site chrome (<p>, <div> and <br> layouts): exactly the body comes out."""
    import json

    html_dir = FORMATS / "html"
    gold = json.loads((html_dir / "gold.json").read_text("utf-8"))
    for name, paras in gold.items():
        d = parse_page(html_dir / name, read_file(html_dir / name))
        assert [t.replace(" ", "") for t in _texts(d)] == [p.replace(" ", "") for p in paras], name
        assert d.document.url == f"https://news.example.com/{name}"
    seed = parse_page(html_dir / "seed.html", read_file(html_dir / "seed.html"))
    assert seed.document.published == "2024-02-07T13:52:00" and seed.document.outlet == "滨海发布"
    assert sum(p.speaker is not None for p in seed.passages) == 15
    pc = parse_page(html_dir / "press-conference.html", read_file(html_dir / "press-conference.html"))
    assert [p.speaker.name if p.speaker else None for p in pc.passages][6:9] == [None, "辛国斌", "辛国斌"]


def test_served_corpus_warns_once_per_skipped_file(tmp_path, caplog):
    """The product path (Retriever.from_path, with its cache): same policy, cold and warm."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(DEV / "dev-13.txt", corpus / "a.txt")
    shutil.copy(DEV / "dev-13.txt", corpus / "b.txt")
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "blob.html").write_bytes(b"\x00\xff" * 500)
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    for _ in range(2):  # built, then loaded from the cache
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            r = Retriever.from_path(corpus, cache_dir=tmp_path / "cache")
        warned = [rec.getMessage() for rec in caplog.records]
        for name in ("b.txt", "empty.md", "blob.html", "notes.docx"):
            assert sum(name in w for w in warned) == 1, warned
        assert {p.source.path for p in r.passages} == {str(corpus / "a.txt")}


def test_traditional_dump_metadata_as_written():
    d = parse_page(DATA / "heldout" / "h06-traditional.txt", read_file(DATA / "heldout" / "h06-traditional.txt"))
    assert d.document.outlet == "大公報"  # 來源: is read like 来源:
    assert d.document.editor == "陳家明"  # 責任編輯 closes the article
    assert d.document.title == "港府推出新一輪人才引進計劃"
    assert d.passages[0].text.startswith("【大公報訊】")


def test_bylines_are_names_not_sentences():
    h04 = parse_page(DATA / "heldout" / "h04-village-quotes.txt", read_file(DATA / "heldout" / "h04-village-quotes.txt"))
    h05 = parse_page(DATA / "heldout" / "h05-interview.txt", read_file(DATA / "heldout" / "h05-interview.txt"))
    assert h04.document.author is None and h05.document.author is None  # 告诉记者:“… / 记者:…?
    assert h04.document.editor == "黄丽"
    dev06 = parse_page(DEV / "dev-06.txt", read_file(DEV / "dev-06.txt"))
    assert (dev06.document.author, dev06.document.editor) == ("刘煜", "杨冬妮")
    seed = parse_page(DEV / "seed.txt", read_file(DEV / "seed.txt"))
    assert seed.document.editor is None  # 编辑:[db:作者] is a template placeholder


def test_traditional_html_page():
    """來源 and 圖為 are read like 来源 and 图为; the date is the one under the headline,
    not the portal's "today" in the navigation; text stays as written."""
    d = parse_page(FORMATS / "traditional.html", read_file(FORMATS / "traditional.html"))
    assert (d.document.title, d.document.outlet, d.document.published) == ("港府推出新計劃", "大公報", "2024-03-02")
    assert [p.text[:5] for p in d.passages] == ["勞工及福利", "他指出,獲"]
    assert [p.speaker.name for p in d.passages] == ["孫玉菡", "孫玉菡"]

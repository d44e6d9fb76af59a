"""Invented pages for tests: a corpus folder written from (title, source line, body) triples, with an
unrelated weather page beside them so that idf has other words to weigh against; one page parsed
from its lines."""

from __future__ import annotations

from retrieval import Retriever
from retrieval.pages.ingest import parse_page

WEATHER = ("天气预报", "气象台 2020-01-01", [
    "明天多云转晴，气温回升，南风三到四级，夜间最低气温八度左右，请注意防范。",
    "后天有小雨，山区有中雨，道路湿滑，注意出行安全，驾驶员朋友请减速慢行。",
    "周末受冷空气影响，气温明显下降，请添衣保暖，老人和儿童尽量减少外出活动。"])


def build_pages(tmp_path, pages) -> Retriever:
    """A ``Retriever`` over ``pages`` (file name → (title, source line, body lines)) and the weather page."""
    for name, (title, line, body) in {**pages, "zz.txt": WEATHER}.items():
        (tmp_path / name).write_text("\n".join([title, line, *body]) + "\n", "utf-8")
    return Retriever.build(tmp_path)


def parse_lines(tmp_path, lines: list[str], name: str = "a.txt"):
    """The ``Page`` a file of ``lines`` (one paragraph each) is read as."""
    path = tmp_path / name
    text = "\n".join(lines) + "\n"
    path.write_text(text, "utf-8")
    return parse_page(path, text)

"""Export of every passage matching the filters (CSV with BOM, Markdown, JSONL); the CLI's export,
ask --cite and the filter options, run in-process."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import DATA, SEEDS

from retrieval.chat.export import HEADERS, export
from retrieval.cli import main
from retrieval.errors import ExportError
from retrieval.search.filters import Filters


def test_csv_has_a_bom_the_headers_and_one_row_per_passage(seed_retriever):
    e = export(seed_retriever.filter_index, Filters.parse("朱"), "csv")
    assert e.text.startswith("\ufeff") and e.count == 3
    rows = list(csv.reader(io.StringIO(e.text.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == HEADERS and len(rows) == 4
    assert {r[0] for r in rows[1:]} == {"朱凯", "朱玉兵", "朱财斌"}
    assert all(r[3] == "滨海发布" and r[4] == "2024-02-07" and r[7].isdigit() for r in rows[1:])


def test_jsonl_one_object_per_passage(seed_retriever):
    e = export(seed_retriever.filter_index, Filters.parse("质检服务商会会长"), "jsonl")
    objs = [json.loads(line) for line in e.text.splitlines()]
    assert len(objs) == 1 and objs[0]["speaker"] == "朱凯" and objs[0]["paragraph"] == 18
    assert set(objs[0]) == {"speaker", "title", "quote", "outlet", "date", "article", "url", "paragraph"}


def test_markdown_is_a_numbered_list(seed_retriever):
    e = export(seed_retriever.filter_index, Filters.parse("朱"), "md")
    assert e.text.startswith("# 言录导出：发言人 朱")
    assert "1. **" in e.text and "3. **" in e.text and "|" not in e.text.replace("\\|", "")
    assert e.filename.endswith(".md") and "/" not in e.filename


def test_export_needs_a_filter_and_a_match(seed_retriever):
    with pytest.raises(ExportError):
        export(seed_retriever.filter_index, Filters(), "csv")
    with pytest.raises(ExportError):
        export(seed_retriever.filter_index, Filters.parse(outlet="新华社"), "csv")


def test_cli_export_to_stdout_and_to_a_file(capsys, tmp_path):
    assert main(["export", "--speaker", "朱", "--format", "jsonl", "--corpus", str(SEEDS)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    out = tmp_path / "zhu.csv"
    assert main(["export", "--speaker", "朱凯", "--outlet", "滨海发布", "--output", str(out), "--corpus", str(SEEDS)]) == 0
    assert out.read_bytes().startswith("\ufeff".encode()) and "朱凯" in out.read_text("utf-8-sig")
    assert "1 passages" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--speaker", "不存在的人"], [], ["--since", "2030"], ["--since", "下周"]])
def test_cli_export_nothing_matched_is_one_line_exit_2(capsys, argv):
    assert main(["export", *argv, "--corpus", str(SEEDS)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("yanlu: ") and len(err.strip().splitlines()) == 1


def test_cli_ask_cite_prints_one_citation_per_hit(capsys):
    assert main(["ask", "天开西青园引进了多少项目？", "--cite", "--top-k", "2", "--corpus", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 1 <= len(lines) <= 2 and lines[0].startswith("朱财斌（西青区委书记）：“")
    assert main(["ask", "天开西青园引进了多少项目？", "--cite", "--json", "--corpus", str(SEEDS)]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["citation"].startswith("朱财斌")


def test_cli_ask_filter_options_and_plain_words(capsys):
    heldout = str(DATA / "heldout")
    assert main(["ask", "人才", "--outlet", "大公报", "--json", "--corpus", heldout]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"]["outlet"] == "大公报"
    assert data["results"] and all(r["source"]["outlet"] == "大公報" for r in data["results"])
    assert main(["ask", "滨海发布 2024年2月 朱凯说了什么", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("筛选：媒体 滨海发布 · 2024-02-01 至 2024-02-29\n") and "朱凯" in out
    assert main(["ask", "朱凯说了什么", "--until", "2023", "--json", "--corpus", str(SEEDS)]) == 0
    assert json.loads(capsys.readouterr().out)["results"] == []
    assert main(["ask", "说了什么", "--speaker", "朱", "--json", "--corpus", str(SEEDS)]) == 0
    names = {r["speaker"]["name"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert names and names <= {"朱凯", "朱玉兵", "朱财斌"}

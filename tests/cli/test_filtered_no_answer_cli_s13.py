"""A search that finds nothing within filters says so, not that the corpus has no answer.

``ask "朱财斌说了什么 2023年5月"`` on the seed (dated 2024-02-07) finds nothing because of the date;
it used to answer 语料中没有与这个问题相关的段落, which is untrue of the corpus. Within filters the
no-answer line says 筛选范围内没有… and suggests clearing them; a word no page mentions is still
named, since that holds for the whole corpus.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from retrieval.cli import main
from retrieval.cli.formatting import NO_ANSWER, NO_ANSWER_FILTERED, format_answer

SEEDS = str(Path(__file__).resolve().parents[2] / "seeds")


def test_format_answer_says_within_the_filters_when_filtered():
    assert NO_ANSWER_FILTERED in format_answer("朱财斌说了什么", [], filtered=True)
    assert NO_ANSWER in format_answer("朱财斌说了什么", [])
    assert NO_ANSWER_FILTERED not in format_answer("伦敦说了什么", [], absent=["伦敦"], filtered=True)
    assert NO_ANSWER_FILTERED not in format_answer("😀", [], filtered=True)  # no words: said as such


def _main(argv, monkeypatch, capsys, tmp_path, stdin=""):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().out


def test_ask_with_a_date_outside_the_corpus(monkeypatch, capsys, tmp_path):
    code, out = _main(["ask", "--corpus", SEEDS, "朱财斌说了什么 2023年5月"], monkeypatch, capsys, tmp_path)
    assert code == 0 and NO_ANSWER_FILTERED in out and NO_ANSWER not in out
    code, out = _main(["ask", "--corpus", SEEDS, "--cite", "朱财斌说了什么 2023年5月"], monkeypatch, capsys, tmp_path)
    assert code == 0 and NO_ANSWER_FILTERED in out
    code, out = _main(["ask", "--corpus", SEEDS, "朱财斌说了什么"], monkeypatch, capsys, tmp_path)
    assert NO_ANSWER_FILTERED not in out and "朱财斌" in out


def test_shell_within_a_filter_and_after_clearing_it(monkeypatch, capsys, tmp_path):
    lines = ":filter 2023年5月\n朱财斌说了什么\n:filter clear\n朱财斌说了什么\n:q\n"
    code, out = _main(["shell", "--corpus", SEEDS], monkeypatch, capsys, tmp_path, stdin=lines)
    assert code == 0
    filtered, cleared = out.split("筛选已清除", 1)
    assert NO_ANSWER_FILTERED in filtered
    assert NO_ANSWER_FILTERED not in cleared and "朱财斌" in cleared

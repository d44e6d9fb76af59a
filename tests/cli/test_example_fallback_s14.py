"""The question a no-answer reply suggests is one this corpus answers.

On a corpus quoting nobody, the shell and ``ask`` suggested the seed corpus's question
(天开西青园引进了多少项目？) whatever the corpus: a user who tried it got no answer again. They now
suggest a question about the corpus's own headlines (as the bot does), and nothing when none
is found.
"""

from __future__ import annotations

import io

from invented_pages import build_pages

from retrieval.cli import main
from retrieval.cli.formatting import example_question
from retrieval.cli.shell import run_shell

BODY = ["海河公园改造工程今天完工，新建步道三公里，绿地面积增加一倍。",
        "海河公园改造工程历时一年，共种植乔木两千株，沿岸新增座椅三百个。",
        "改造后的海河公园每天早六点到晚十点开放。"]


def corpus(tmp_path):
    return build_pages(tmp_path, {"park.txt": ("海河公园改造工程完工", "某市日报 2024-05-01", BODY)})


def test_a_corpus_quoting_nobody_gets_an_example_it_answers(tmp_path):
    r = corpus(tmp_path)
    assert not r.speakers()
    example = example_question(r)
    assert "天开西青园" not in example
    assert example and r.search(example, top_k=1)


def test_the_shell_and_ask_suggest_it(tmp_path, capsys):
    r = corpus(tmp_path)
    out = io.StringIO()
    run_shell(r, top_k=3, stdin=io.StringIO("红烧肉怎么做\n"), stdout=out)
    assert "天开西青园" not in out.getvalue()
    assert main(["ask", "红烧肉怎么做", "--corpus", str(tmp_path)]) == 0
    assert "天开西青园" not in capsys.readouterr().out

"""Answers in the CLI: missing terms, the readable answer first, questions not in Chinese told in
their language."""

from __future__ import annotations

import json
from pathlib import Path

from retrieval.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_missing_terms_in_the_cli(capsys):
    assert main(["ask", "朱凯对西青区有什么看法", "--json", "--corpus", str(SEEDS)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "西青区" in out["results"][0]["missing_terms"] and "answer_span" in out["results"][0]
    assert main(["ask", "朱凯对西青区有什么看法", "--corpus", str(SEEDS)]) == 0
    text = capsys.readouterr().out
    assert "未提到：西青区" in text and "score" not in text
    assert main(["ask", "天津在伦敦有多少项目", "--corpus", str(SEEDS)]) == 0
    assert "语料中没有提到「伦敦」" in capsys.readouterr().out


def test_the_readable_cli_leads_with_the_answer_and_shows_no_scores(capsys):
    assert main(["ask", "天开西青园引进了多少项目？", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    first, sentence = out.splitlines()[:2]
    assert first.startswith("[1] 「朱财斌 · 西青区委书记」")
    assert "已引进项目**300余个**" in sentence and "score" not in out
    assert out.count("滨海发布 · 2024-02-07") == 1  # one article: its source once


def test_a_question_in_arabic_is_told_in_arabic_in_the_cli(capsys):
    assert main(["ask", "ماذا قال تشو كاي؟", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "أخبار صينية" in out and "说了什么？" in out and "没有找到答案" not in out


def test_a_question_not_in_chinese_is_told_in_its_language_in_the_cli(capsys):
    assert main(["ask", "What did Zhu Kai say?", "--corpus", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "The corpus is Chinese" in out and "说了什么？" in out
    assert "没有找到答案" not in out

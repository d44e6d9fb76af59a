"""The command line, run as a user runs it: a subprocess, its stdout, stderr and exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT, **settings: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_"))}
    env["QA_CACHE_DIR"] = os.environ["QA_CACHE_DIR"]
    env.update(settings)
    return subprocess.run(
        [sys.executable, "-m", *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_ask_readable():
    out = run("retrieval", "ask", "天开西青园引进了多少项目？")
    assert out.returncode == 0, out.stderr
    assert "300余个" in out.stdout
    assert "「朱财斌 · 西青区委书记」" in out.stdout
    assert "滨海发布 · 2024-02-07 · 《牢记嘱托" in out.stdout and "¶" in out.stdout
    assert "Traceback" not in out.stderr


def test_ask_json_shape():
    out = run("retrieval", "ask", "天开西青园引进了多少项目？", "--json", "--top-k", "2")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)  # exactly one object
    assert data["query"] == "天开西青园引进了多少项目？"
    assert 1 <= len(data["results"]) <= 2
    first = data["results"][0]
    assert first["rank"] == 1 and isinstance(first["score"], float)
    assert isinstance(first["paragraph"], int) and "300余个" in first["text"]
    assert first["speaker"] == {"name": "朱财斌", "title": "西青区委书记"}
    assert set(first["source"]) >= {"title", "outlet", "published", "url", "path"}
    assert first["source"]["outlet"] == "滨海发布"
    assert "300余个" in first["best_sentence"]


def test_ask_no_answer_json_is_empty_list():
    out = run("retrieval", "ask", "红烧肉怎么做", "--json")
    assert out.returncode == 0
    assert json.loads(out.stdout)["results"] == []


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exit_2_one_line(question):
    out = run("retrieval", "ask", question)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "empty" in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_corpus_exit_2_one_line(tmp_path):
    out = run("retrieval", "ask", "问题", "--corpus", str(tmp_path / "missing"))
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "missing" in out.stderr


@pytest.mark.parametrize("question", ["😀🎉🚀", "天" * 10_000, "What is the capital of France?"])
def test_odd_questions_answer_or_say_no_answer(question):
    out = run("retrieval", "ask", question)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and out.stdout.strip()


def test_long_question_is_answered_and_says_it_was_cut():
    out = run("retrieval", "ask", "天开西青园引进了多少项目" + "。" * 10_000, "--json")
    data = json.loads(out.stdout)
    assert data["truncated"] is True and "300余个" in data["results"][0]["text"]


def test_chunks_json_lists_every_passage():
    out = run("retrieval", "chunks", "--json")
    assert out.returncode == 0
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 18
    assert sum(r["speaker"] is not None for r in rows) == 15
    assert all(r["source"]["outlet"] == "滨海发布" for r in rows)


def test_shell_reads_questions_from_a_pipe():
    out = run("retrieval", "shell", stdin="天开西青园引进了多少项目\n\n红烧肉怎么做\n")
    assert out.returncode == 0, out.stderr
    assert "300余个" in out.stdout and "朱财斌 · 西青区委书记" in out.stdout
    assert "没有找到答案" in out.stdout


def test_make_run_without_token_opens_the_shell(tmp_path):
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")  # a clean folder: no .env with a token
    out = run("bot.launch", stdin="天开西青园引进了多少项目\n", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "朱财斌 · 西青区委书记" in out.stdout and "滨海发布 · 2024-02-07" in out.stdout


@pytest.mark.parametrize(("args", "env"), [(["--top-k", "0"], {}), ([], {"QA_TOP_K": "abc"})])
def test_bad_top_k_is_one_line_exit_2(args, env):
    out = run("retrieval", "ask", "朱凯说了什么", *args, **env)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr

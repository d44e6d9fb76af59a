"""The command line: in-process through ``retrieval.cli.main(argv)`` with its stdout, stderr and
exit code; two smoke tests run it as a user does, in a subprocess (``python -m retrieval`` and
``python -m bot.launch`` without a token)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT, **settings: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_"))}
    env["QA_CACHE_DIR"] = os.environ["QA_CACHE_DIR"]
    env.update(settings)
    return subprocess.run(
        [sys.executable, "-m", *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    """One cache folder for this module's in-process runs: the seeds are parsed once, not per test."""
    return tmp_path_factory.mktemp("cli-cache")


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path, shared_cache):
    """``cli(*argv, stdin=None, **settings)`` → (exit code, stdout, stderr) of ``main(argv)``, run in an
    empty folder (no .env) with ``--corpus seeds`` unless the arguments name one."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QA_CACHE_DIR", str(shared_cache))

    def call(*argv: str, stdin: str = "", **settings: str) -> tuple[int, str, str]:
        for key, value in settings.items():
            monkeypatch.setenv(key, value)
        argv = list(argv)
        if argv[0] in ("ask", "shell", "chunks") and "--corpus" not in argv and "QA_CORPUS" not in settings:
            argv += ["--corpus", SEEDS]
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_ask_readable(seed_cache):
    """Smoke test: ``python -m retrieval ask`` in a subprocess, over the default corpus (its index
    cached by an earlier run, as a user's second question finds it)."""
    out = run("retrieval", "ask", "天开西青园引进了多少项目？", QA_CACHE_DIR=str(seed_cache))
    assert out.returncode == 0, out.stderr
    assert "300余个" in out.stdout
    assert "「朱财斌 · 西青区委书记」" in out.stdout
    assert "滨海发布 · 2024-02-07 · 《牢记嘱托" in out.stdout and "¶" in out.stdout
    assert "Traceback" not in out.stderr


def test_ask_readable_in_process(cli):
    code, out, err = cli("ask", "天开西青园引进了多少项目？")
    assert code == 0, err
    assert "300余个" in out and "「朱财斌 · 西青区委书记」" in out
    assert "滨海发布 · 2024-02-07 · 《牢记嘱托" in out and "¶" in out


def test_ask_json_shape(cli):
    code, out, err = cli("ask", "天开西青园引进了多少项目？", "--json", "--top-k", "2")
    assert code == 0, err
    data = json.loads(out)  # exactly one object
    assert data["query"] == "天开西青园引进了多少项目？"
    assert 1 <= len(data["results"]) <= 2
    first = data["results"][0]
    assert first["rank"] == 1 and isinstance(first["score"], float)
    assert isinstance(first["paragraph"], int) and "300余个" in first["text"]
    assert first["speaker"] == {"name": "朱财斌", "title": "西青区委书记"}
    assert set(first["source"]) >= {"title", "outlet", "published", "url", "path"}
    assert first["source"]["outlet"] == "滨海发布"
    assert "300余个" in first["best_sentence"]


def test_ask_no_answer_json_is_empty_list(cli):
    code, out, _ = cli("ask", "红烧肉怎么做", "--json")
    assert code == 0
    assert json.loads(out)["results"] == []


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_exit_2_one_line(cli, question):
    code, _, err = cli("ask", question)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "empty" in err


def test_missing_corpus_exit_2_one_line(cli, tmp_path):
    code, _, err = cli("ask", "问题", "--corpus", str(tmp_path / "missing"))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "missing" in err


@pytest.mark.parametrize("question", ["😀🎉🚀", "天" * 10_000, "What is the capital of France?"])
def test_odd_questions_answer_or_say_no_answer(cli, question):
    code, out, err = cli("ask", question)
    assert code == 0, err
    assert out.strip()


@pytest.mark.parametrize("question", ["😀🎉🚀", "!!!???……", "🇨🇳"])
def test_a_question_of_symbols_is_told_it_holds_no_words(cli, question):
    code, out, _ = cli("ask", question)
    assert code == 0
    assert "没有可以检索的字词" in out and "语料中没有与这个问题相关" not in out


def test_long_question_is_answered_and_says_it_was_cut(cli):
    _, out, _ = cli("ask", "天开西青园引进了多少项目" + "。" * 10_000, "--json")
    data = json.loads(out)
    assert data["truncated"] is True and "300余个" in data["results"][0]["text"]


def test_chunks_json_lists_every_passage(cli):
    code, out, _ = cli("chunks", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 18
    assert sum(r["speaker"] is not None for r in rows) == 15
    assert all(r["source"]["outlet"] == "滨海发布" for r in rows)


def test_shell_reads_questions_from_a_pipe(cli):
    code, out, err = cli("shell", stdin="天开西青园引进了多少项目\n\n红烧肉怎么做\n")
    assert code == 0, err
    assert "300余个" in out and "朱财斌 · 西青区委书记" in out
    assert "没有找到答案" in out


def test_make_run_without_token_opens_the_shell(tmp_path, seed_cache):
    """Smoke test: ``python -m bot.launch`` without a token opens the shell, in a subprocess."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")  # a clean folder: no .env with a token
    out = run("bot.launch", stdin="天开西青园引进了多少项目\n", cwd=tmp_path, QA_CACHE_DIR=str(seed_cache))
    assert out.returncode == 0, out.stderr
    assert "朱财斌 · 西青区委书记" in out.stdout and "滨海发布 · 2024-02-07" in out.stdout


@pytest.mark.parametrize(("args", "env"), [(["--top-k", "0"], {}), ([], {"QA_TOP_K": "abc"})])
def test_bad_top_k_is_one_line_exit_2(cli, args, env):
    code, _, err = cli("ask", "朱凯说了什么", *args, **env)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "top" in err.lower()


def test_top_k_from_the_environment(cli):
    _, out, _ = cli("ask", "朱凯说了什么", "--json", QA_TOP_K="1")
    assert len(json.loads(out)["results"]) == 1


def test_corpus_from_the_environment(cli, tmp_path):
    code, _, err = cli("chunks", QA_CORPUS=str(tmp_path / "nowhere"))
    assert code == 2 and "nowhere" in err

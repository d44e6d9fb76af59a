"""Files the user names on the command line that cannot be used: each gives one line on stderr and
exit code 2, never a traceback, and never figures computed over nothing.

``export --output`` into a folder that does not exist; ``eval`` on a JSONL file with a broken line,
on the other kind of file (a gold file given as a question set, a question set as a gold file), on
an empty question set, and with ``--files`` naming no question's page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_export_into_a_missing_folder_is_one_line(capsys, tmp_path):
    target = tmp_path / "no-such-folder" / "out.csv"
    code, out, err = run(capsys, "export", "--speaker", "朱凯", "--corpus", SEEDS, "--output", str(target))
    assert code == 2
    assert str(target) in one_line(err)
    assert not target.exists() and out == ""


def test_export_onto_a_folder_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "export", "--speaker", "朱凯", "--corpus", SEEDS, "--output", str(tmp_path))
    assert code == 2
    assert str(tmp_path) in one_line(err)


def write(path: Path, *rows: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows), "utf-8")
    return path


@pytest.mark.parametrize("flag", ["--qa", "--attribution"])
def test_a_broken_jsonl_line_is_named(capsys, tmp_path, flag):
    bad = write(tmp_path / "set.jsonl", {"q": "朱凯说了什么", "answer": None}, '{"q": "半行')
    code, _, err = run(capsys, "eval", flag, str(bad), "--corpus" if flag == "--qa" else "--pages",
                       SEEDS if flag == "--qa" else str(tmp_path))
    assert code == 2
    line = one_line(err)
    assert "set.jsonl" in line and "2" in line  # which file, which line


def test_a_gold_file_given_as_questions_is_told(capsys, tmp_path):
    gold = write(tmp_path / "gold.jsonl", {"file": "seed.txt", "idx": 3, "speaker": "朱凯"})
    code, _, err = run(capsys, "eval", "--qa", str(gold), "--corpus", SEEDS)
    assert code == 2
    assert '"q"' in one_line(err)


def test_a_question_set_given_as_gold_is_told(capsys, tmp_path):
    qa = write(tmp_path / "qa.jsonl", {"q": "朱凯说了什么", "gold": ["商会"], "speaker": "朱凯", "file": "seed.txt"})
    code, _, err = run(capsys, "eval", "--attribution", str(qa), "--pages", str(tmp_path))
    assert code == 2
    assert '"idx"' in one_line(err)


def test_an_empty_question_set_gives_no_figures(capsys, tmp_path):
    empty = write(tmp_path / "qa.jsonl")
    code, out, err = run(capsys, "eval", "--qa", str(empty), "--corpus", SEEDS)
    assert code == 2 and out == ""
    assert "qa.jsonl" in one_line(err)


def test_files_naming_no_question_page_gives_no_figures(capsys, tmp_path):
    qa = write(tmp_path / "qa.jsonl", {"q": "朱凯说了什么", "gold": ["商会"], "speaker": "朱凯", "file": "p01.txt"})
    code, out, err = run(capsys, "eval", "--qa", str(qa), "--corpus", SEEDS, "--files", "p99.txt")
    assert code == 2 and out == ""
    assert "p99.txt" in one_line(err)

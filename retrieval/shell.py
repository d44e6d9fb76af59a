"""The local question shell: a prompt and history on a terminal, line by line from a pipe."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .cli_format import ANSI_BOLD, PLAIN_BOLD, example_question, format_answer
from .retriever import Retriever, clip_question
from .tokenize import default_cache_dir

BANNER = "言录 Yanlu — {n} passages from {d} pages. Ask a question; :q quits, :speakers lists speakers."
def _history() -> Path:
    return default_cache_dir() / "shell_history"


def run_shell(r: Retriever, top_k: int, stdin: TextIO, stdout: TextIO) -> int:
    interactive = stdin.isatty() and stdout.isatty()
    bold = ANSI_BOLD if stdout.isatty() else PLAIN_BOLD
    example = example_question(r.speakers())
    if interactive:
        _enable_history()
        print(BANNER.format(n=len(r.passages), d=len(r.documents)), file=stdout)
    while True:
        try:
            line = input("言录> ") if interactive else stdin.readline()
        except EOFError:
            break
        except KeyboardInterrupt:
            print(file=stdout)
            continue
        if not interactive and line == "":
            break
        q, truncated = clip_question(line)
        if not q:
            continue
        if q in (":q", ":quit", ":exit"):
            break
        if q == ":speakers":
            for sp, n in r.speakers():
                print(f"{sp.label()}  ({n})", file=stdout)
            continue
        hits = r.search(q, top_k=top_k)
        absent = r.absent_words(q) if not hits else ()
        print(format_answer(q, hits, truncated, absent, example, bold), file=stdout)
        print(file=stdout, flush=True)
    if interactive:
        _save_history()
    return 0


def _enable_history() -> None:
    try:
        import readline

        history = _history()
        history.parent.mkdir(parents=True, exist_ok=True)
        if history.exists():
            readline.read_history_file(history)
        readline.set_history_length(1000)
    except (ImportError, OSError):
        pass


def _save_history() -> None:
    try:
        import readline

        readline.write_history_file(_history())
    except (ImportError, OSError):
        pass

"""The local question shell: a prompt and history on a terminal, line by line from a pipe."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..retriever import Retriever, clip_question
from .formatting import ANSI_BOLD, PLAIN_BOLD, example_question, format_answer

BANNER = "言录 Yanlu — {n} passages from {d} pages. Ask a question; :q quits, :speakers lists speakers."


def run_shell(r: Retriever, top_k: int, stdin: TextIO, stdout: TextIO, history: Path | None = None) -> int:
    """Answer each line of ``stdin``; on a terminal, with a prompt and ``history`` (a file) kept."""
    interactive = stdin.isatty() and stdout.isatty()
    bold = ANSI_BOLD if stdout.isatty() else PLAIN_BOLD
    example = example_question(r.speakers())
    if interactive and history is not None:
        _enable_history(history)
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
    if interactive and history is not None:
        _save_history(history)
    return 0


def _enable_history(history: Path) -> None:
    try:
        import readline

        history.parent.mkdir(parents=True, exist_ok=True)
        if history.exists():
            readline.read_history_file(history)
        readline.set_history_length(1000)
    except (ImportError, OSError):
        pass


def _save_history(history: Path) -> None:
    try:
        import readline

        readline.write_history_file(history)
    except (ImportError, OSError):
        pass

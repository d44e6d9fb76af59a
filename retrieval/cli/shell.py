"""The local question shell: a prompt and history on a terminal, line by line from a pipe.

The shell is one conversation, kept as long as it runs: follow-ups (他还说了什么, 还有呢,
其他人呢, 原文, 出处), ``:filter`` and ``:cite`` work on its last answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ..chat.citation import cite_hit
from ..chat.conversation import Contexts, Conversation
from ..errors import FilterError, YanluError
from ..retriever import Retriever, clip_question
from .formatting import (
    ANSI_BOLD,
    PLAIN_BOLD,
    example_question,
    filter_count,
    filter_example,
    format_reply,
)

BANNER = ("言录 Yanlu — {n} passages from {d} pages. Ask a question, then 他还说了什么 / 还有呢 / 其他人呢 / 原文 / 出处;"
          " :filter {f} narrows answers, :filter clear clears, :cite N cites hit N, :speakers lists speakers, :q quits.")
FILTER_WORDS = "姓名 媒体 2024年2月"  # the usage of :filter on a corpus with no speaker to name
KEY = "shell"  # the shell is one conversation, kept as long as it runs
CLEAR_HINT = ":filter clear 清除"


def run_shell(r: Retriever, top_k: int, stdin: TextIO, stdout: TextIO, history: Path | None = None,
              conversation: Conversation | None = None) -> int:
    """Answer each line of ``stdin``; on a terminal, with a prompt and ``history`` (a file) kept."""
    interactive = stdin.isatty() and stdout.isatty()
    # The shell keeps its context for as long as it runs: no expiry worth speaking of.
    talk = conversation or Conversation(top_k, Contexts(minutes=10**9, max_keys=1))
    bold = ANSI_BOLD if stdout.isatty() else PLAIN_BOLD
    example = example_question(r)
    narrow = filter_example(r) or FILTER_WORDS  # :filter's usage names this corpus's speaker, outlet, month
    if interactive:
        if history is not None:
            _enable_history(history)
        print(BANNER.format(n=len(r.passages), d=len(r.documents), f=narrow), file=stdout)
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
        try:
            out = _command(r, talk, q, narrow) if q.startswith(":") else format_reply(
                talk.reply(r, KEY, q), CLEAR_HINT, r.absent_words, example, bold)
        except YanluError as exc:
            out = f"yanlu: {exc}"
        if truncated:
            out = "(问题过长，只按前 500 个字符检索 / question truncated to 500 characters)\n" + out
        print(out, file=stdout)
        print(file=stdout, flush=True)
    if interactive and history is not None:
        _save_history(history)
    return 0


def _command(r: Retriever, talk: Conversation, line: str, narrow: str = FILTER_WORDS) -> str:
    """:filter [words | clear] and :cite [N]; anything else gets the list of commands."""
    cmd, _, rest = line.partition(" ")
    rest = rest.strip()
    if cmd == ":filter":
        if rest in ("clear", "清除", "off"):
            talk.clear_filters(KEY)
            return "筛选已清除。"
        if rest:
            try:
                f = talk.set_filters(KEY, r.filter_index.parse_words(rest))
            except FilterError as exc:  # what to do next: the words that work here, the speakers
                return f"yanlu: {exc}\n用法：:filter {narrow}；:speakers 列出发言人。"
            kept = len(r.filter_index.resolve(f).ids())
            return f"{f.describe(CLEAR_HINT)}\n{filter_count(kept, CLEAR_HINT)}" if f.active else f.describe(CLEAR_HINT)
        f = talk.state(KEY).filters
        return f.describe(CLEAR_HINT) if f.active else f"没有筛选条件。用法：:filter {narrow}"
    if cmd == ":cite":
        turn = talk.state(KEY).turn
        hits = turn.hits if turn else ()
        if not hits:
            return "先问一个问题，再用 :cite 1 引用第一条答案。"
        if rest and not rest.isdigit():
            return "用法：:cite 或 :cite 2"
        n = int(rest or 0)
        if not 0 <= n <= len(hits):
            return "只有 1 条答案：:cite 1" if len(hits) == 1 else f"只有 {len(hits)} 条答案：:cite 1 … :cite {len(hits)}"
        return "\n".join(cite_hit(h) for h in (hits if n == 0 else [hits[n - 1]]))
    return "命令：:filter …, :filter clear, :cite [N], :speakers, :q"


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

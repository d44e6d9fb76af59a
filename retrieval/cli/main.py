"""``python -m retrieval ask|export|shell|chunks|eval`` — the command line over the library.

Every YanluError becomes one line on stderr and exit code 2; nothing else is caught here,
so a bug still shows its traceback to the developer who runs it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..chat.citation import cite_hit
from ..errors import ExportError, QuestionError, YanluError
from ..retriever import Retriever, clip_question
from ..search.answering import question_language
from ..search.filters import Filters
from ..settings import Settings, environment, top_k
from .formatting import (
    ANSI_BOLD,
    NO_ANSWER,
    NO_ANSWER_FILTERED,
    PLAIN_BOLD,
    example_question,
    format_answer,
    hit_json,
    passage_json,
)


def _check_question(question: str) -> tuple[str, bool]:
    q, truncated = clip_question(question)
    if not q:
        raise QuestionError("the question is empty: ask something, e.g. 天开西青园引进了多少项目？")
    return q, truncated


def _filters(r: Retriever, args: argparse.Namespace, question: str | None = None) -> tuple[str | None, Filters]:
    """The question without its plain-word filters, and those merged with the options (options win)."""
    options = r.filter_index.parse(args.speaker, args.outlet, args.since, args.until)
    if question is None:
        return None, options
    rest, found = r.filter_index.parse_question(question)
    return rest, found.merged(options)


def cmd_ask(args: argparse.Namespace) -> int:
    q, truncated = _check_question(args.question)
    r = Retriever.from_path(args.corpus, settings=args.settings)
    # -- filters and citations (retrieval/filters.py, retrieval/citation.py) ----------------
    searched, f = _filters(r, args, q)
    hits = r.search(searched, top_k=args.top_k, speaker=f.speaker, outlet=f.outlet, since=f.since, until=f.until)
    if args.json:
        results = [hit_json(i, h) | ({"citation": cite_hit(h)} if args.cite else {}) for i, h in enumerate(hits, 1)]
        out = {"query": q, "truncated": truncated, "results": results} | ({"filters": f.as_dict()} if f.active else {})
        print(json.dumps(out, ensure_ascii=False))
    elif args.cite:
        if f.active:
            print(f.describe(None))
        print("\n".join(cite_hit(h) for h in hits) if hits else NO_ANSWER_FILTERED if f.active else NO_ANSWER)
    else:
        if f.active:
            print(f.describe(None))
        absent = r.absent_words(searched) if not hits else ()
        bold = ANSI_BOLD if sys.stdout.isatty() else PLAIN_BOLD
        example = example_question(r) if not hits or question_language(q) is not None else ""  # only shown then
        print(format_answer(q, hits, truncated, absent, example, bold, f.active))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..chat.export import export

    r = Retriever.from_path(args.corpus, settings=args.settings)
    _, f = _filters(r, args)
    result = export(r.filter_index, f, args.format)
    if args.output:
        try:
            with open(args.output, "wb") as fh:
                fh.write(result.data())
        except OSError as exc:  # a folder that does not exist, a folder named as the file, no permission
            raise ExportError(f"cannot write {args.output}: {exc.strerror}") from None
        print(f"exported {result.count} passages to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    return 0


def cmd_shell(args: argparse.Namespace) -> int:
    from .shell import run_shell

    r = Retriever.from_path(args.corpus, settings=args.settings)
    history = args.settings.cache_dir / "shell_history"
    return run_shell(r, top_k=args.top_k, stdin=sys.stdin, stdout=sys.stdout, history=history)


def cmd_chunks(args: argparse.Namespace) -> int:
    r = Retriever.from_path(args.corpus, settings=args.settings)
    for p in r.passages:
        if args.json:
            print(json.dumps(passage_json(p), ensure_ascii=False))
        else:
            who = p.speaker.label() if p.speaker else "—"
            print(f"{p.source.path} ¶{p.paragraph} [{who}] {p.text}")
    return 0


# -- build (issue 13): parallel ingestion into the cache ---------------------------------------------
def cmd_build(args: argparse.Namespace) -> int:
    from .build import run_build

    return run_build(args)


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import run_eval

    return run_eval(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m retrieval", description="Yanlu (言录): attributed answers from Chinese news pages.")
    parser.add_argument("--version", action="version", version=f"yanlu {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what ingestion skips and why")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus(p: argparse.ArgumentParser) -> None:
        p.add_argument("--corpus", default=None, help="a page file or a directory of pages (default: $QA_CORPUS or seeds)")

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--speaker", help="only passages of this speaker: full name, part of a name, or title")
        p.add_argument("--outlet", help="only passages published by this outlet (part of its name)")
        p.add_argument("--since", metavar="DATE", help="published on or after: 2024-02-01, 2024-02, 2024年2月, 去年 …")
        p.add_argument("--until", metavar="DATE", help="published on or before (2024-02 means up to 2024-02-29)")

    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--top-k", default=None, help="passages to show (default: $QA_TOP_K or 3)")
    filters(ask)
    ask.add_argument("--cite", action="store_true", help="one copy-ready citation line per hit")
    ask.add_argument("--json", action="store_true", help="one JSON object on stdout")
    corpus(ask)
    ask.set_defaults(func=cmd_ask)

    export = sub.add_parser("export", help="every passage matching the filters as CSV, Markdown or JSONL")
    filters(export)
    export.add_argument("--format", choices=("csv", "md", "jsonl"), default="csv", help="(default: %(default)s)")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE (default: stdout)")
    corpus(export)
    export.set_defaults(func=cmd_export)

    shell = sub.add_parser("shell", help="the interactive question shell")
    shell.add_argument("--top-k", default=None, help="passages per answer (default: $QA_TOP_K or 3)")
    corpus(shell)
    shell.set_defaults(func=cmd_shell)

    chunks = sub.add_parser("chunks", help="every passage with its speaker and source")
    chunks.add_argument("--json", action="store_true", help="one JSON object per line")
    corpus(chunks)
    chunks.set_defaults(func=cmd_chunks)

    bd = sub.add_parser("build", help="ingest and index the corpus into the cache (in parallel), as `ask` will load it")
    bd.add_argument("--workers", type=int, default=1, help="local worker processes (0: one per core; default 1)")
    bd.add_argument("--scheduler", metavar="ADDRESS", help="run the per-file work on a Dask cluster, e.g. tcp://HOST:8786")
    corpus(bd)
    bd.set_defaults(func=cmd_build)
    # -- end of build

    ev = sub.add_parser("eval", help="retrieval and attribution quality figures")
    ev.add_argument("--qa", help="a JSONL question set (default: tests/data/qa-dev.jsonl)")
    ev.add_argument("--attribution", metavar="GOLD", help="score speakers against a gold JSONL file")
    ev.add_argument("--pages", help="directory of the pages the gold file names (default: beside it)")
    ev.add_argument("--files", help="only these pages: comma-separated names or globs (e.g. 'p?[13579].txt,dev-*'); "
                    "with --qa also odd / even (the questions whose page is numbered so)")
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--corpus", default=None, help="corpus for --qa (default: the question set's own)")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        args.settings = settings = Settings.from_env(environment())  # .env and the environment, read once
        if getattr(args, "corpus", None) is None and args.command != "eval":
            args.corpus = settings.corpus
        if args.command in ("ask", "shell"):
            args.top_k = settings.top_k if args.top_k is None else top_k(args.top_k, "--top-k")
        return args.func(args)
    except YanluError as exc:
        print(f"yanlu: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0

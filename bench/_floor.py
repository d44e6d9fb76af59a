"""What ``bench.ranking_floor`` and ``bench.analysis_floor`` share: their command line, the scale
work folder's engines, the hits compared across variants, and one timed search in the bench's
interleaved order (tantivy's top 10, the index's top 10 of the question, then the search)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def engines(doc: str, argv: list[str] | None):
    """The command line (WORKDIR, ``--rounds``) and ``search_ab.engines`` of its WORKDIR:
    (args, retriever, questions, their tokens, tantivy's searcher, its queries)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    from .search_ab import engines as scale_engines

    return (args, *scale_engines(args.work))


def hit_rows(hits) -> list:
    """What a variant must leave as it is of each hit."""
    return [(h.passage.text, h.score, h.matched_terms, h.best_sentence, h.answer_span, h.missing_terms) for h in hits]


def timed(searcher, query, top_k, tokens, search, arg) -> tuple[float, float]:
    """tantivy's top 10 of ``query``, the index's ``top_k`` of ``tokens`` (not timed), then
    ``search(arg)``: the seconds of the first and of the last."""
    pc = time.perf_counter
    t = pc()
    searcher.search(query, 10)
    tantivy = pc() - t
    top_k(tokens, 10)
    t = pc()
    search(arg)
    return tantivy, pc() - t


def print_load() -> None:
    """The machine's load average, printed under a timing table (where the OS tells it)."""
    try:
        import os

        print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    except OSError:
        pass

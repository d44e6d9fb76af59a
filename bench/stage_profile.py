"""Where ``search()``'s time goes, stage by stage, in the bench's interleaved order (issue 13's
``search()`` ≤ 2.5× tantivy's top 10).

    .venv/bin/python -m bench.stage_profile bench/out/scale-100000 [--rounds 5] [--code DIR]

WORKDIR as for ``bench.search_ab``. For each question, in an order drawn afresh each round
(seeded): tantivy's top 10, the index's top 10 of its tokens, then ``search()`` — each stage of it
timed by a wrapper (``time.perf_counter`` around the call: inclusive, so a stage that calls another
holds its time too; about 0.1 µs a wrapped call). Each question keeps the stage times of its fastest
search over the rounds; the table gives each stage's mean and median over the questions and its
share of the mean search. Unlike ``bench.ranking_floor`` (what a search would cost if a stage
were free, its cache misses on what follows included) this is the stages' own time. ``--code
DIR``: the checkout whose ``retrieval/`` is profiled (``git archive REV | tar -x -C DIR``: a
before/after, in two runs — compare the shares and the ratio to tantivy, not absolute times).
"""

from __future__ import annotations

import argparse
import collections
import random
import statistics
import sys
import time
from pathlib import Path

from ._floor import print_load

ROOT = Path(__file__).resolve().parent.parent
RETRIEVER_STAGES = ("_fact_ranking", "_said_ranking", "_pool_weights", "_rerank", "_hits", "tokenize", "absent_words",
                    "resolve_subject", "_spoken_by", "_year_absent", "_count_absent", "_weights", "_expansions",
                    "_article_lacks", "_lead_factors", "_back_off", "_alias_credit", "_scores_at", "_type_factor",
                    "_reflexive_subject")
MODULE_STAGES = ("distinctive_words", "parse_intent", "normalize")  # as retriever.py imports them


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--code", type=Path, help="the checkout whose retrieval/ runs (default: this one)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    import retrieval.retriever as retriever_mod
    from retrieval.search import answering, overlap

    from .search_ab import engines

    r, qs, toks, searcher, tq = engines(args.work)
    acc: dict[str, float] = collections.defaultdict(float)
    pc = time.perf_counter

    def wrap(owner, name: str, label: str) -> None:
        f = getattr(owner, name, None)
        if f is None:  # (a stage the profiled code does not have)
            return

        def timed(*a, **k):
            t = pc()
            try:
                return f(*a, **k)
            finally:
                acc[label] += pc() - t

        setattr(owner, name, timed)

    raw_top_k = r.index.top_k
    wrap(r.index, "top_k", "BM25 top 10 (index.top_k)")
    for name in RETRIEVER_STAGES:
        wrap(retriever_mod.Retriever, name, name)
    for name in MODULE_STAGES:
        wrap(retriever_mod, name, name)
    wrap(answering, "best_sentence", "best_sentence")
    wrap(overlap, "bigrams", "bigrams")
    for q in qs:  # warm
        r.search(q)
    stages: dict[str, list[float]] = collections.defaultdict(lambda: [0.0] * len(qs))
    best = [float("inf")] * len(qs)
    tantivy = [float("inf")] * len(qs)
    for rnd in range(args.rounds):
        order = list(range(len(qs)))
        random.Random(rnd).shuffle(order)
        for i in order:
            t = pc()
            searcher.search(tq[i], 10)
            tantivy[i] = min(tantivy[i], pc() - t)
            raw_top_k(toks[i], 10)
            acc.clear()
            t = pc()
            r.search(qs[i])
            took = pc() - t
            if took < best[i]:
                best[i] = took
                for k in set(stages) | set(acc):
                    stages[k][i] = acc.get(k, 0.0)
    mean = statistics.mean(best)
    t_med = statistics.median(tantivy)
    print(f"{r.index.size:,} passages, {len(qs)} questions × {args.rounds} rounds (each question's fastest search)")
    print(f"search() median {statistics.median(best) * 1e6:.0f} µs, mean {mean * 1e6:.0f} µs; tantivy's top 10 median"
          f" {t_med * 1e6:.0f} µs; ratio of the medians {statistics.median(best) / t_med:.2f}×")
    print(f"{'stage (inclusive)':28s} {'mean µs':>8s} {'median µs':>10s} {'share of the mean':>18s}")
    for k, v in sorted(stages.items(), key=lambda kv: -statistics.mean(kv[1])):
        print(f"{k:28s} {statistics.mean(v) * 1e6:8.1f} {statistics.median(v) * 1e6:10.1f} {statistics.mean(v) / mean:17.1%}")
    print_load()


if __name__ == "__main__":
    main()

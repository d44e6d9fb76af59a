"""What ``search()`` would cost against tantivy's top 10 if one stage of the query path cost
nothing: the share of each stage in the bench's interleaved order (issue 13's ``search()`` ≤ 2.5×).

    .venv/bin/python -m bench.ranking_floor bench/out/scale-100000 [--rounds 5]

``bench.analysis_floor`` does this for the question's analysis alone; this one covers the ranking
too. WORKDIR as for ``bench.search_ab``. Each variant answers one group of stages from a memo
filled by a first pass (per question and per call within the search: a dict look-up, and the
ranking's ``seen`` map filled as the real call fills it), so the variant costs that group's own
time *and* the cache misses it causes in what follows. NOT a figure of the code: a bound on what
making a group faster can give. The groups: the BM25 top 10 inside ``search()`` (``top_k``), the
pool's presence and article look-ups (``_pool_weights``), the bigram rerank, the hits (best
sentence, answer span, missing words), the question's cut, its analysis (distinctive words,
intent, ``normalize``), and every group but the top 10 at once. For each question in an order
drawn afresh each round (seeded): tantivy's top 10, the index's top 10 of its tokens, then the
search, as in the bench. Each figure: the median over the questions of each question's fastest
time over the rounds, divided by tantivy's; the hits are checked to be the same in every variant.
"""

from __future__ import annotations

import random
import statistics

from ._floor import engines, hit_rows, print_load, timed


def main(argv: list[str] | None = None) -> None:
    args, r, qs, toks, searcher, tq = engines(__doc__, argv)
    import retrieval.retriever as retriever_mod
    from retrieval.search import overlap

    raw_top_k = r.index.top_k
    R = retriever_mod.Retriever
    groups = {
        "the top 10 inside search()": [(r.index, "top_k")],
        "the pool's look-ups": [(R, "_pool_weights")],
        "the bigram rerank": [(R, "_rerank"), (overlap, "bigrams")],
        "the hits": [(R, "_hits")],
        "the question's cut": [(r, "tokenize")],
        "distinctive words, intent, normalize": [(retriever_mod, "distinctive_words"), (retriever_mod, "parse_intent"),
                                                 (retriever_mod, "normalize")],
    }
    everything_else = [g for g in groups if g != "the top 10 inside search()"]
    current: list = [None]
    active: set[str] = set()
    calls: dict[tuple[str, str], int] = {}

    def patch(owner, name: str, group: str) -> None:
        f = getattr(owner, name)
        memo: dict = {}

        def g(*a, **k):
            if group not in active:
                return f(*a, **k)
            n = calls.get((group, name), 0)
            calls[(group, name)] = n + 1
            key = (current[0], n)
            seen = (a[3] if len(a) > 3 else k.get("seen")) if name == "_pool_weights" else None
            if key in memo:
                value, added = memo[key]
                if seen is not None:
                    seen.update(added)
                return value
            before = set(seen) if seen is not None else set()
            value = f(*a, **k)
            memo[key] = (value, {i: v for i, v in seen.items() if i not in before} if seen is not None else {})
            return value

        setattr(owner, name, g)

    for group, stages in groups.items():
        for owner, name in stages:
            patch(owner, name, group)
    variants = {"search() as it is": [], **{g: [g] for g in groups}, "all of them but the top 10": everything_else}

    def run(i: int) -> list:
        current[0] = i
        calls.clear()
        return r.search(qs[i])

    want = []
    for name, on in variants.items():  # fill the memos; the hits must not move
        active.clear()
        active.update(on)
        got = [hit_rows(run(i)) for i in range(len(qs))]
        if not want:
            want = got
        elif got != want:
            raise SystemExit(f"the hits differ with {name} memoised")
    best = {name: [float("inf")] * len(qs) for name in variants}
    tantivy = [float("inf")] * len(qs)
    for rnd in range(args.rounds):
        names = list(variants)
        random.Random(rnd).shuffle(names)
        for name in names:
            active.clear()
            active.update(variants[name])
            order = list(range(len(qs)))
            random.Random(1000 * rnd + len(name)).shuffle(order)
            for i in order:
                t_tantivy, t_search = timed(searcher, tq[i], raw_top_k, toks[i], run, i)
                tantivy[i] = min(tantivy[i], t_tantivy)
                best[name][i] = min(best[name][i], t_search)
    active.clear()
    t_med = statistics.median(tantivy)
    print(f"{r.index.size:,} passages, {len(qs)} questions × {args.rounds} rounds; tantivy's top 10 {t_med * 1e3:.3f} ms")
    base = statistics.median(best["search() as it is"])
    for name, times in best.items():
        m = statistics.median(times)
        print(f"{name:40s} {m * 1e3:.3f} ms  {m / t_med:.2f}× tantivy's  ({(m - base) / base:+.0%})")
    print_load()


if __name__ == "__main__":
    main()

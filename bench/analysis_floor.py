"""What ``search()`` would cost against tantivy's top 10 if parts of the question's analysis cost
nothing: an upper bound on what making them faster can give (issue 13's ``search()`` ≤ 2.5×).

    .venv/bin/python -m bench.analysis_floor bench/out/scale-100000 [--rounds 5]

WORKDIR as for ``bench.search_ab``. In one process, for each question in an order drawn afresh
each time (seeded): tantivy's top 10, then ``search()`` as it is and ``search()`` with one group
of the question's analysis steps answered from a memo of their results: each variant in a pass
of its own over the questions (in a fresh order of the variants each round), each search after
tantivy's top 10 and the index's top 10 of the question, so that the search before it was
another question's, as in the bench. The groups: the distinctive words (jieba's POS
route and tags of the question), the question's cut (the tokenizer), and the intent with the
question's normalisation and bigrams; then all of them at once. The memo is filled by a first
pass, so the memoised calls cost a dict look-up: this is NOT a figure of the code (it measures
the memo), only how much of ``search()`` each step accounts for in the bench's interleaved order
— more than the step's own time, which also leaves the caches colder for what follows. The
results are checked to be the same with and without the memo. Each figure is the median over
the questions of each question's fastest time over the rounds, divided by tantivy's.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from ._floor import engines, hit_rows, timed

GROUPS = {
    "distinctive words": ("distinctive_words",),
    "the question's cut": ("tokenize",),
    "intent, normalize, bigrams": ("parse_intent", "normalize", "bigrams"),
}


def main(argv: list[str] | None = None) -> None:
    args, r, qs, toks, searcher, tq = engines(__doc__, argv)
    import retrieval.retriever as retriever_mod
    from retrieval.search import overlap

    owners = {"distinctive_words": retriever_mod, "parse_intent": retriever_mod, "normalize": retriever_mod, "bigrams": overlap}
    real = {name: getattr(owner, name) for name, owner in owners.items()}
    real_tokenize = r.tokenize

    def memo(f):
        seen: dict = {}

        def g(*a):
            try:
                return seen[a]
            except KeyError:
                v = seen[a] = f(*a)
                return v

        return g

    memos = {name: memo(f) for name, f in real.items()}
    memos["tokenize"] = memo(real_tokenize)

    def use(names: tuple[str, ...]) -> None:
        for name, owner in owners.items():
            setattr(owner, name, memos[name] if name in names else real[name])
        r.tokenize = memos["tokenize"] if "tokenize" in names else real_tokenize  # type: ignore[method-assign]

    def hits(q):
        return hit_rows(r.search(q))

    variants = {"search()": ()} | {f"search(), {k} memoised": v for k, v in GROUPS.items()}
    variants["search(), all of them memoised"] = tuple(n for v in GROUPS.values() for n in v)
    use(())
    plain = [hits(q) for q in qs]
    for names in variants.values():  # fill the memos; the same results
        use(names)
        if [hits(q) for q in qs] != plain:
            raise SystemExit("a memoised step changed the results")
    use(())
    lat: dict[str, list[float]] = {k: [] for k in ["tantivy top 10", *variants]}
    shuffle = random.Random(17)
    try:
        for _ in range(args.rounds):
            order = list(variants)
            shuffle.shuffle(order)
            for k in order:  # one pass over the questions per variant: the one before is not the same question
                use(variants[k])
                for i in range(len(qs)):
                    t_tantivy, t_search = timed(searcher, tq[i], r.index.top_k, toks[i], r.search, qs[i])
                    lat["tantivy top 10"].append(t_tantivy)
                    lat[k].append(t_search)
    finally:
        use(())
    fastest = {k: np.asarray(v).reshape(-1, len(qs)).min(axis=0) for k, v in lat.items()}
    t = float(np.median(fastest["tantivy top 10"]))
    print(f"{len(r.passages):,} passages, {len(qs)} questions × {args.rounds}, one process; each question's fastest, median")
    for k, v in fastest.items():
        m = float(np.median(v))
        print(f"{k:48s} {m * 1000:.3f} ms = {m / t:.2f}× tantivy's")
    print("load average:", " ".join(Path("/proc/loadavg").read_text().split()[:3]))


if __name__ == "__main__":
    main()

"""search() against tantivy's top 10 in ONE process, interleaved per question (issue 13's
``search()`` ≤ 2.5× tantivy), optionally against another version of the code in the same process.

    .venv/bin/python -m bench.search_ab bench/out/scale-100000 [--base DIR] [--rounds 5]

WORKDIR is the scale suite's serving folder (``python -m bench --suites scale`` leaves its
``config.json`` — corpus, cache, the 200 questions — and tantivy's index of the same tokens in
``tantivy/``). For each question, in an order drawn afresh each time (seeded): tantivy's top 10 (a Should
term query per jieba token), ``BM25Index.top_k(tokens, 10)``, ``Retriever.search(question)``,
and, with ``--base DIR`` (a checkout of other code, e.g. ``git archive REV | tar -x -C DIR``),
that code's ``search()`` over the same loaded corpus (with that code's own Tokenizer on the same
dictionary, so its cut of the question is timed too, and the same postings in that code's own
index format, built in memory with its ``BM25Index.from_postings``); its hits are compared with ours. The
machine's load moves all of them alike, so the ratios hold where absolute times do not. Under a
heavy load (other processes on the same cores) each round's p50 ratio still moves by ±0.15×: the
last lines take each question's fastest time over the rounds (a spike is never the fastest) and
compare those, tantivy against each, and our ``search()`` against ``--base``'s question by question.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def _hits(hits) -> list:
    return [(h.passage.text, h.score, h.matched_terms, h.best_sentence, h.answer_span, h.missing_terms) for h in hits]


def engines(work: Path):
    """The scale work folder's retriever (from its cache), questions, their tokens, and tantivy's
    searcher with one Should term query per question over the same tokens."""
    import tantivy

    from retrieval import Retriever

    cfg = json.loads((work / "config.json").read_text())
    r = Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"])
    try:  # (the compiled query path, when this code has one and numba is installed: timed once it is there)
        from retrieval.search import kernels
    except ImportError:  # (stage_profile --code DIR of an earlier version)
        print("query path: numpy (this code has no kernels)")
    else:
        kernels.ready(600)
        print("query path:", kernels.status())
    qs = cfg["questions"]
    toks = [r.tokenize(q) for q in qs]
    index = tantivy.Index.open(str(work / "tantivy"))
    searcher = index.searcher()
    tq = [tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(index.schema, "body", t)) for t in q])
          for q in toks]
    return r, qs, toks, searcher, tq


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--base", type=Path, help="another checkout whose retrieval/ is timed beside this one")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    r, qs, toks, searcher, tq = engines(args.work)
    if not r.from_cache:
        raise SystemExit("the scale corpus must come from the cache (run the scale suite first)")
    fns = {"tantivy top 10": lambda i: searcher.search(tq[i], 10), "index top_k": lambda i: r.index.top_k(toks[i], 10),
           "search()": lambda i: r.search(qs[i])}
    differ = None
    if args.base is not None:
        tmp = Path(tempfile.mkdtemp())
        shutil.copytree(args.base / "retrieval", tmp / "retrieval_base")  # its imports are relative
        sys.path.insert(0, str(tmp))
        import dataclasses

        import retrieval_base.retriever as base
        import retrieval_base.search.bm25 as base_bm25
        import retrieval_base.search.tokenizer as base_tokenizer

        # the other code's own Tokenizer (its cut of the question timed too) on the same dictionary
        tok = r.corpus.tokenizer
        own = base_tokenizer.Tokenizer(user_freqs=tok.user_freqs, dictionary=tok.dictionary)
        # and the same index in that code's own format (built from the same postings, in memory)
        ix = r.index
        base_index = base_bm25.BM25Index.from_postings(
            ix.vocabulary(), np.repeat(np.arange(len(ix.vocab), dtype=np.int64), ix.doc_freqs()), ix.all_docs(), ix.all_tfs(), np.asarray(ix.doc_len))
        b = base.Retriever(dataclasses.replace(r.corpus, tokenizer=own, index=base_index))
        try:  # that code's compiled path too, when it has one: both sides timed on the same path
            import retrieval_base.search.kernels as base_kernels
        except ImportError:
            pass
        else:
            b.search(qs[0])  # (its first question starts the compile)
            base_kernels.ready(600)
            print("--base query path:", base_kernels.status())
        fns["search() of --base"] = lambda i: b.search(qs[i])
        differ = sum(_hits(b.search(q)) != _hits(r.search(q)) for q in qs)
    for i in range(len(qs)):  # warm
        for f in fns.values():
            f(i)
    names = list(fns)
    lat: dict[str, list[float]] = {k: [] for k in names}
    shuffle = random.Random(13)
    for _ in range(args.rounds):
        for i in range(len(qs)):
            order = names[:]
            shuffle.shuffle(order)  # a fresh order each time: no call always runs right after another
            for k in order:
                a = time.perf_counter()
                fns[k](i)
                lat[k].append(time.perf_counter() - a)
    ms = {k: np.asarray(v) * 1000 for k, v in lat.items()}
    t50 = float(np.percentile(ms["tantivy top 10"], 50))
    print(f"{len(r.passages):,} passages, {len(qs)} questions × {args.rounds}, one process")
    for k, v in ms.items():
        p50, p95 = float(np.percentile(v, 50)), float(np.percentile(v, 95))
        print(f"{k:20s} p50 {p50:.3f} ms  p95 {p95:.3f} ms  p50 ÷ tantivy's {p50 / t50:.2f}×")
    if args.rounds > 1:  # each round's p50 ratio to tantivy's in that round, and their median
        per = len(qs)
        for k in names[1:]:
            ratios = [float(np.percentile(ms[k][j * per : (j + 1) * per], 50) / np.percentile(ms["tantivy top 10"][j * per : (j + 1) * per], 50))
                      for j in range(args.rounds)]
            print(f"{k:20s} p50 ÷ tantivy's by round: {' '.join(f'{x:.2f}' for x in ratios)}; median {float(np.median(ratios)):.2f}×")
    fastest = {k: np.asarray(v).reshape(args.rounds, len(qs)).min(axis=0) for k, v in lat.items()}
    t_min = float(np.median(fastest["tantivy top 10"]))
    for k in names[1:]:
        print(f"{k:20s} each question's fastest of {args.rounds}: median {np.median(fastest[k]) * 1000:.3f} ms"
              f" = {np.median(fastest[k]) / t_min:.2f}× tantivy's")
    if "search() of --base" in fastest:
        rel = fastest["search()"] / fastest["search() of --base"]
        print(f"search() ÷ --base's, each question's fastest: median {np.median(rel):.3f}, mean {rel.mean():.3f}")
    if differ is not None:
        print(f"questions whose hits differ from --base: {differ} of {len(qs)}")
    print("load average:", " ".join(Path("/proc/loadavg").read_text().split()[:3]))


if __name__ == "__main__":
    main()

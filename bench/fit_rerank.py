"""Fit a constant of ``retrieval/data/rerank.txt`` (the bigram rerank's ``weight``, the ``lead``
factor) or the retriever's ``ANCHORED_COVERAGE`` (``--param anchored``: how little of a question
an anchored passage may hold and still answer) by leaving one question set out.

    .venv/bin/python -m bench.fit_rerank --set real=QA.jsonl@CORPUS --set dev=tests/data/qa-dev.jsonl ...
    .venv/bin/python -m bench.fit_rerank --set odd=../shared/real-pages/qa.jsonl@../shared/real-pages@odd ...
    .venv/bin/python -m bench.fit_rerank --param lead --grid 1,0.95,0.9,0.85,0.8,0.7 --set ...

Each ``--set NAME=QA[@CORPUS[@FILES]]`` is a question set as ``python -m retrieval eval --qa QA
--corpus CORPUS --files FILES`` reads it (no CORPUS: each question's own ``corpus``). Every set is
scored with the real search at each value of ``--grid`` (``--param`` patched into
``retrieval.search.overlap.data`` or ``retrieval.retriever``; nothing else changes): Recall@1,
Recall@3, speaker@1 and no-answer questions handled per set.
Then, for each set left out, the value the OTHER sets prefer (the one nearest the neutral value —
weight 0, lead 1, anchored 1: no change — within ``--slack`` answers at rank 1 of the best, losing
nothing within rank 3 and no handled no-answer question against the neutral value) and what it
gives on the set left out, against the neutral value. The weight printed last is the one all
the sets together prefer by the same rule, so a weight that only one set likes does not win. Check sets (pages nobody may tune on) never go
in here: score them once, afterwards, with ``python -m retrieval eval``.

The question sets are third-party text kept outside the repository; this script only reads them.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

GRIDS = {"weight": (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0), "lead": (1.0, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6),
         "anchored": (1.0, 0.3, 0.25, 0.2, 0.15, 0.1, 0.05, 0.0)}
NEUTRAL = {"weight": 0.0, "lead": 1.0, "anchored": 1.0}  # the value that changes nothing
RETRIEVER_PARAMS = {"anchored": "ANCHORED_COVERAGE"}  # constants of retrieval/retriever.py


def _parse_set(text: str) -> tuple[str, Path, str | None, str | None]:
    name, _, rest = text.partition("=")
    if not name or not rest:
        raise SystemExit(f"--set {text!r}: expected NAME=QA[@CORPUS[@FILES]]")
    parts = rest.split("@")
    qa = Path(parts[0])
    corpus = parts[1] if len(parts) > 1 and parts[1] else None
    files = parts[2] if len(parts) > 2 and parts[2] else None
    return name, qa, corpus, files


def score(sets, weights, param: str = "weight") -> dict[tuple[str, float], tuple[int, ...]]:
    """(set, weight) → (answerable questions, right at 1, within 3, speaker right, speaker asked,
    no-answer questions handled, no-answer questions)."""
    from retrieval import retriever
    from retrieval.evaluation import load_jsonl, qa_metrics, select_files
    from retrieval.search import overlap

    original = overlap.data
    real = original()
    constant = RETRIEVER_PARAMS.get(param)
    kept = getattr(retriever, constant) if constant else None
    out = {}
    try:
        for w in weights:
            if constant:
                setattr(retriever, constant, w)
            else:
                overlap.data = lambda w=w: dataclasses.replace(real, **{param: w})  # type: ignore[assignment]
            for name, qa, corpus, files in sets:
                items = select_files(load_jsonl(qa), files)
                m = qa_metrics(items, corpus, qa.parent)
                n = sum(1 for it in items if not _no_answer(it))
                spk_n = sum(1 for it in items if not _no_answer(it) and ("gold" in it or it.get("speaker") is not None))
                out[(name, w)] = (n, round(m["recall@1"] * n), round(m["recall@3"] * n),
                                  round(m["speaker_accuracy@1"] * spk_n), spk_n, *m["unanswerable_handled"])
    finally:
        overlap.data = original  # type: ignore[assignment]
        if constant:
            setattr(retriever, constant, kept)
    return out


def _no_answer(it: dict) -> bool:
    from retrieval.evaluation import _answers

    return _answers(it) is None


def best_weight(table, names, weights, slack: int = 0, neutral: float = 0.0) -> float:
    """The value nearest ``neutral`` whose answers right at rank 1 over ``names`` are within
    ``slack`` of the most any value gets, and whose answers within rank 3 and handled no-answer
    questions are not fewer than the neutral value's (a gentler change that does about as well
    is preferred: fewer questions decide it)."""
    right = {w: sum(table[(s, w)][1] for s in names) for w in weights}
    within3 = {w: sum(table[(s, w)][2] for s in names) for w in weights}
    handled = {w: sum(table[(s, w)][5] for s in names) for w in weights}
    top = max(right.values())
    fit = [w for w in sorted(weights, key=lambda w: abs(w - neutral))
           if right[w] >= top - slack and within3[w] >= within3[neutral] and handled[w] >= handled[neutral]]
    return fit[0] if fit else neutral


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", dest="sets", action="append", required=True, help="NAME=QA[@CORPUS[@FILES]]")
    ap.add_argument("--param", choices=sorted(GRIDS), default="weight", help="the constant fitted")
    ap.add_argument("--grid", help="values tried (comma-separated; default: the param's own grid)")
    ap.add_argument("--slack", type=int, default=1,
                    help="answers at rank 1 a smaller weight may give up against the best (default 1)")
    args = ap.parse_args(argv)
    sets = [_parse_set(s) for s in args.sets]
    neutral = NEUTRAL[args.param]
    weights = [float(w) for w in args.grid.split(",")] if args.grid else list(GRIDS[args.param])
    if neutral not in weights:
        weights.insert(0, neutral)
    table = score(sets, weights, args.param)
    names = [s[0] for s in sets]
    print(f"R@1 (right at 1 / answerable) per set and {args.param}; then all sets' R@3 and no-answer handled")
    print(f"{args.param:>8}  " + "  ".join(f"{n:>10}" for n in names) + "       all    R@3   handled")
    for w in weights:
        row = [table[(n, w)] for n in names]
        print(f"{w:8.2f}  " + "  ".join(f"{r[1]:>4}/{r[0]:<5}" for r in row)
              + f"  {sum(r[1] for r in row):>4}/{sum(r[0] for r in row)}  {sum(r[2] for r in row):>5}"
              + f"  {sum(r[5] for r in row):>4}/{sum(r[6] for r in row)}")
    print(f"\nleave one set out: the {args.param} the others prefer, and the set left out at it (R@1, R@3) against {neutral}")
    gained = 0
    for n in names:
        others = [m for m in names if m != n]
        w = best_weight(table, others, weights, args.slack, neutral) if others else neutral
        at, zero = table[(n, w)], table[(n, neutral)]
        gained += at[1] - zero[1]
        print(f"  {n:>10}: {args.param} {w:.2f}  R@1 {zero[1]}/{zero[0]} -> {at[1]}/{at[0]}  R@3 {zero[2]} -> {at[2]}"
              f"  handled {zero[5]}/{zero[6]} -> {at[5]}/{at[6]}")
    print(f"  held-out answers at rank 1 gained in all: {gained:+d}")
    print(f"\n{args.param} (all sets, slack {args.slack}): {best_weight(table, names, weights, args.slack, neutral):.2f}")


if __name__ == "__main__":
    main()

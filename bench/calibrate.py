"""Calibrate the rules' confidence model (``retrieval/data/confidence.txt``) from labelled pages.

Every labelled line whose passage got a proposal of the rules (``speakers.Attributor.propose``,
proposer ``rules`` or ``seeded``) falls in a bucket: its way (``Attribution.how``) and the doubts
that fired (``doubt:…`` features). A bucket's precision is how often its speaker is the labelled
one (right), counting a labelled someone-else (wrong) and a line labelled nobody (extra) as errors
— whether the rules' threshold let the proposal through or vetoed it.

    python -m bench.calibrate --tunable /work               # table, fitted values, leave-one-batch-out
    python -m bench.calibrate --tunable /work --write       # ... and write retrieval/data/confidence.txt
    python -m bench.calibrate --batch NAME=GOLD:PAGES[:FILES] ...   # other batches

The model is additive, as ``speakers._doubt`` applies it: confidence = base[way] − Σ doubt[d].
Each bucket's precision is smoothed toward its way's (``--prior`` pseudo-lines), then base and
doubt values are fitted by weighted least squares (weight: the bucket's lines; doubts ≥ 0), so a
passage's confidence tracks its bucket's precision.

The threshold comes from a cost: a wrong or extra speaker costs ``--cost`` (2) missed ones, so
a proposal is worth accepting when its precision p satisfies p > cost·(1 − p), p > 2/3 for cost 2.
The script picks the threshold minimising that cost on the lines (accepted errors × cost +
rejected right ones) among the fitted confidences, and repeats fit and threshold leaving each
batch out, scoring the held-out batch: how stable the threshold is when no single batch decides.
The reading of a page follows the rules' threshold (who spoke last): the table is of the current
reading, and a new model file must be measured with ``eval`` again.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.attribution_fit import Row, collect
from retrieval.attribution import decision, speakers


@dataclass(frozen=True)
class Line:
    """One labelled line the rules proposed a speaker for: batch, way, doubts, outcome."""

    batch: str
    where: str
    way: str
    doubts: tuple[str, ...]
    outcome: str  # right, wrong or extra
    rule: float  # the confidence the current model file gives it
    reported: float = 0.0  # the passage's confidence were the rules' proposal accepted: the decision model's probability


def rules_proposal(row: Row) -> decision.Proposal | None:
    """The rules' own proposal among the row's (at most one per paragraph), or None."""
    for p in row.proposals:
        feats = dict(p.features)
        if feats.get("by:rules") or feats.get("by:seeded"):
            return p
    return None


def lines_of(rows: list[Row]) -> list[Line]:
    out = []
    for r in rows:
        p = rules_proposal(r)
        if p is None:
            continue
        feats = dict(p.features)
        doubts = tuple(sorted(k.split(":", 1)[1] for k in feats if k.startswith("doubt:")))
        outcome = "right" if p.speaker.name in r.names else ("wrong" if r.names else "extra")
        out.append(Line(r.batch, f"{r.file}:{r.idx}", p.how, doubts, outcome, feats.get("rule", 0.0),
                        decision.probability(p.features)))
    return out


def _precision(lines: list[Line]) -> float:
    return sum(ln.outcome == "right" for ln in lines) / len(lines) if lines else 0.0


def fit(lines: list[Line], prior: float = 5.0) -> tuple[dict[str, float], dict[str, float]]:
    """Base per way and doubt values, fitted to the smoothed precision of each way × doubts bucket."""
    overall = _precision(lines)
    by_way: dict[str, list[Line]] = defaultdict(list)
    buckets: dict[tuple[str, tuple[str, ...]], list[Line]] = defaultdict(list)
    for ln in lines:
        by_way[ln.way].append(ln)
        buckets[(ln.way, ln.doubts)].append(ln)
    # a way's precision shrinks toward the overall one, a bucket's toward its way's
    way_p = {w: (sum(x.outcome == "right" for x in ls) + prior * overall) / (len(ls) + prior) for w, ls in by_way.items()}
    ways = sorted(by_way)
    doubts = sorted({d for ln in lines for d in ln.doubts})
    cols = [f"base:{w}" for w in ways] + [f"doubt:{d}" for d in doubts]
    keys = list(buckets)
    x = np.zeros((len(keys), len(cols)))
    y = np.zeros(len(keys))
    wt = np.zeros(len(keys))
    for i, (w, ds) in enumerate(keys):
        ls = buckets[(w, ds)]
        x[i, cols.index(f"base:{w}")] = 1.0
        for d in ds:
            x[i, cols.index(f"doubt:{d}")] = -1.0
        y[i] = (sum(v.outcome == "right" for v in ls) + prior * way_p[w]) / (len(ls) + prior)
        wt[i] = len(ls)
    free = np.ones(len(cols), bool)
    coef = np.zeros(len(cols))
    for _ in range(len(cols) + 1):  # least squares; a doubt fitted below 0 is fixed at 0 and the rest refitted
        sw = np.sqrt(wt)[:, None]
        sol, *_ = np.linalg.lstsq(x[:, free] * sw, y * sw[:, 0], rcond=None)
        coef[:] = 0.0
        coef[free] = sol
        neg = [j for j, c in enumerate(cols) if free[j] and c.startswith("doubt:") and coef[j] < 0]
        if not neg:
            break
        free[neg] = False
        coef[neg] = 0.0
    base = {w: round(float(min(1.0, coef[cols.index(f"base:{w}")])), 2) for w in ways}
    base[UNSEEN] = round(overall, 2)  # a way no line showed: as sure as the lines overall
    doubt = {d: round(float(coef[cols.index(f"doubt:{d}")]), 2) for d in doubts}
    return base, doubt


UNSEEN = "*"


def confidence(ln: Line, base: dict[str, float], doubt: dict[str, float]) -> float:
    return round(base.get(ln.way, base.get(UNSEEN, 0.0)) - sum(doubt.get(d, 0.0) for d in ln.doubts), 2)


def cost(lines: list[Line], base: dict[str, float], doubt: dict[str, float], t: float, per_error: float) -> float:
    """Accepted errors × ``per_error`` + rejected right lines."""
    c = 0.0
    for ln in lines:
        if confidence(ln, base, doubt) >= t:
            c += per_error * (ln.outcome != "right")
        else:
            c += ln.outcome == "right"
    return c


def interval(lines: list[Line], base: dict[str, float], doubt: dict[str, float], per_error: float) -> tuple[float, float]:
    """The confidences between which a threshold has the least cost on ``lines``: the highest
    rejected and the lowest accepted one (ties: the higher — a wrong speaker is worse than none)."""
    values = sorted({confidence(ln, base, doubt) for ln in lines})
    gaps = list(zip([values[0] - 0.02, *values], [*values, values[-1] + 0.02]))
    return min(gaps, key=lambda g: (cost(lines, base, doubt, (g[0] + g[1]) / 2, per_error), -g[0]))


def threshold(lines: list[Line], base: dict[str, float], doubt: dict[str, float], per_error: float) -> float:
    """The threshold with the least cost on ``lines``: halfway between the highest rejected and
    the lowest accepted confidence."""
    lo, hi = interval(lines, base, doubt, per_error)
    return round((lo + hi) / 2, 3)


def tally(lines: list[Line], base: dict[str, float], doubt: dict[str, float], t: float) -> tuple[int, int, int]:
    """Accepted right, accepted wrong or extra, rejected right."""
    acc = [ln for ln in lines if confidence(ln, base, doubt) >= t]
    return (sum(ln.outcome == "right" for ln in acc), sum(ln.outcome != "right" for ln in acc),
            sum(ln.outcome == "right" for ln in lines if confidence(ln, base, doubt) < t))


def table(lines: list[Line], base: dict[str, float], doubt: dict[str, float]) -> list[str]:
    buckets: dict[tuple[str, tuple[str, ...]], list[Line]] = defaultdict(list)
    for ln in lines:
        buckets[(ln.way, ln.doubts)].append(ln)
    out = [f"{'way':17} {'doubts':32} {'lines':>5} {'right':>5} {'wrong':>5} {'extra':>5} {'prec':>5} {'file':>5} {'fit':>5} {'shown':>5}"]
    for (w, ds), ls in sorted(buckets.items(), key=lambda kv: (kv[0][0], -len(kv[1]))):
        n = len(ls)
        r, wr, ex = (sum(x.outcome == o for x in ls) for o in ("right", "wrong", "extra"))
        old = CURRENT_BASE.get(w, 0.0) - sum(CURRENT_DOUBTS.get(d, 0.0) for d in ds)
        out.append(f"{w:17} {'+'.join(ds) or '-':32} {n:5} {r:5} {wr:5} {ex:5} {r / n:5.2f} {old:5.2f} {confidence(ls[0], base, doubt):5.2f} "
                   f"{sum(x.reported for x in ls) / n:5.2f}")
    return out


CURRENT_BASE, CURRENT_DOUBTS, CURRENT_THRESHOLD = decision.CONFIDENCE, decision.DOUBTS, decision.THRESHOLD


def tunable(root: Path) -> list[str]:
    """The batches session 9 may tune on, under ``root`` (shared/, extra-pages*/): batches 25–28
    were blind until session 8's end; 29 and later are blind to session 9 and never read here."""
    specs = [f"dev={root}/shared/dev-pages/attribution-gold.jsonl:{root}/shared/dev-pages",
             f"real={root}/shared/real-pages/gold.jsonl:{root}/shared/real-pages",
             f"x={root}/extra-pages/gold.jsonl:{root}/extra-pages"]
    for n in (2, 3, 4, 5, *range(7, 29)):
        d = f"{root}/extra-pages{n}"
        specs.append(f"b{n}={d}/gold.jsonl:{d}" + (":odd" if n == 5 else ""))
    return specs


def write(base: dict[str, float], doubt: dict[str, float], t: float, per_error: float, path: Path, note: str) -> None:
    """Rewrite the values of ``path`` (comments kept, values replaced, new keys appended)."""
    old = path.read_text("utf-8").splitlines()
    out, done = [], set()
    for line in old:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "base" and parts[1] in base:
            out.append(f"base {parts[1]} {base[parts[1]]:.2f}")
            done.add(("base", parts[1]))
        elif len(parts) == 3 and parts[0] == "doubt" and parts[1] in doubt:
            out.append(f"doubt {parts[1]} {doubt[parts[1]]:.2f}")
            done.add(("doubt", parts[1]))
        elif len(parts) == 2 and parts[0] == "threshold":
            out.append(f"# Written by `python -m bench.calibrate --tunable ROOT --write` — {note}; a wrong or extra")
            out.append(f"# speaker costs {per_error:g} missed ones: accept where precision p > {per_error:g}(1 − p)")
            out.append(f"threshold {t:.3f}")
        elif not line.startswith("# Written by `python -m bench.calibrate") and not line.startswith("# speaker costs "):
            out.append(line)
    out[-1:-1] = [f"base {w} {v:.2f}" for w, v in sorted(base.items()) if ("base", w) not in done and w != UNSEEN]
    out[-1:-1] = [f"doubt {d} {v:.2f}" for d, v in sorted(doubt.items()) if ("doubt", d) not in done]
    path.write_text("\n".join(out) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tunable", help="folder holding shared/ and extra-pages*/: session 9's tunable batches")
    ap.add_argument("--batch", action="append", default=[], help="NAME=GOLD:PAGES[:FILES]")
    ap.add_argument("--cost", type=float, default=2.0, help="what a wrong or extra speaker costs, in missed ones")
    ap.add_argument("--prior", type=float, default=5.0, help="pseudo-lines a bucket's precision shrinks toward its way's")
    ap.add_argument("--write", action="store_true", help="write retrieval/data/confidence.txt")
    args = ap.parse_args(argv)
    specs = (tunable(Path(args.tunable)) if args.tunable else []) + args.batch
    by_batch: dict[str, list[Line]] = {}
    for spec in specs:
        name, _, rest = spec.partition("=")
        gold, pages, *files = rest.split(":")
        by_batch[name] = lines_of(collect(name, Path(gold), Path(pages), files[0] if files else None))
    lines = [ln for ls in by_batch.values() for ln in ls]
    base, doubt = fit(lines, args.prior)
    t = threshold(lines, base, doubt, args.cost)
    lo, hi = interval(lines, base, doubt, args.cost)
    print(f"{len(lines)} labelled lines with a proposal of the rules, {len(by_batch)} batches; "
          f"cost of a wrong or extra speaker {args.cost:g} missed; prior {args.prior:g}")
    print("\n".join(table(lines, base, doubt)))
    print(f"least cost between {lo:.2f} (highest rejected) and {hi:.2f} (lowest accepted): threshold {t:.3f}; "
          f"a calibrated confidence p is worth a speaker where p > {args.cost:g}(1 − p), p > {args.cost / (1 + args.cost):.3f}")
    print("base " + " ".join(f"{w}={v:.2f}" for w, v in sorted(base.items()) if w != UNSEEN))
    print("doubt " + " ".join(f"{d}={v:.2f}" for d, v in sorted(doubt.items())))
    for name, (b, d, th) in (("file", (CURRENT_BASE, CURRENT_DOUBTS, CURRENT_THRESHOLD)), ("fit", (base, doubt, t))):
        r, e, m = tally(lines, b, d, th)
        print(f"{name:5} threshold {th:.3f}: accepted right {r}, wrong or extra {e} (P {r / max(1, r + e):.3f}), "
              f"rejected right {m}, cost {cost(lines, b, d, th, args.cost):.0f}")
    print(f"{'held out':10} {'lines':>5} {'threshold':>9} {'(interval)':11} {'right':>5} {'errors':>6} {'rej.right':>9}   {'file: right':>11} {'errors':>6} {'rej.right':>9}")
    ts, tot, tot_file = [], [0, 0, 0], [0, 0, 0]
    for held, hl in by_batch.items():
        rest = [ln for n, ls in by_batch.items() if n != held for ln in ls]
        b, d = fit(rest, args.prior)
        th = threshold(rest, b, d, args.cost)
        ts.append(th)
        got, now = tally(hl, b, d, th), tally(hl, CURRENT_BASE, CURRENT_DOUBTS, CURRENT_THRESHOLD)
        tot = [a + g for a, g in zip(tot, got)]
        tot_file = [a + g for a, g in zip(tot_file, now)]
        lo, hi = interval(rest, b, d, args.cost)
        print(f"{held:10} {len(hl):5} {th:9.3f} ({lo:.2f}–{hi:.2f}) {got[0]:5} {got[1]:6} {got[2]:9}   {now[0]:11} {now[1]:6} {now[2]:9}")
    print(f"leave-one-batch-out threshold: min {min(ts):.3f} median {sorted(ts)[len(ts) // 2]:.3f} max {max(ts):.3f}")
    for name, (r, e, m) in (("lobo", tot), ("file", tot_file)):
        print(f"pooled held-out {name}: right {r} errors {e} (P {r / max(1, r + e):.3f}) rejected right {m} "
              f"cost {args.cost * e + m:.0f}")
    if args.write:
        path = Path(speakers.__file__).resolve().parent.parent / "data" / "confidence.txt"
        write(base, doubt, t, args.cost, path, f"{len(lines)} lines of {len(by_batch)} batches, prior {args.prior:g}")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

"""Fit the decision model of speaker attribution and measure it leave-one-batch-out.

The rules of ``retrieval/attribution/speakers.py`` and its generous proposers *propose*
speakers for each paragraph (with how they were found and generic features); the rules' own
proposals pass on their own threshold, and one logistic model *decides* which generous proposal
to accept (``decision.choose``). Its weights and threshold live in
``retrieval/data/attribution_model.txt``; this script writes that file.

    python -m bench.attribution_fit                      # fit on dev-pages + real-pages, print LOBO
    python -m bench.attribution_fit --write              # ... and write the model file
    python -m bench.attribution_fit --batch x=EXTRA/gold.jsonl:EXTRA --batch v-odd=V/gold.jsonl:V:odd \
        --check u=U/gold.jsonl:U --write                 # more batches; check sets scored, never fitted

Batches are NAME=GOLD:PAGES[:FILES] (FILES as ``eval --files``: odd, even, names, globs). By
default dev and real (odd and even as two batches) from ``--shared`` (the folder holding
dev-pages/ and real-pages/). The figures are those of ``python -m retrieval eval
--attribution`` (a line's speaker is its passage's, the headline block the title's).

Fitting is in two stages because a page is read twice (``speakers.propose_paragraphs``: names
the first reading's model decisions found are followed in the second): rows read with the
rules alone (no generous proposal accepted, so one reading) give a first model; the rows read
again with that model deciding the first reading give the second, final one. Leave-one-batch-
out does both stages without the held-out batch, then reads and scores that batch with the
fold's model: no model that saw the held-out batch is involved. Columns: ``file`` is the model
file as it is, ``rules`` the rules alone, ``lobo`` the held-out figures.

The threshold is the lowest probability at which the model's additions reach ``--target``
precision both on the fitting rows and out of fold (each fitting batch decided by a model fitted
on the others; ``--in-sample`` drops the second condition). ``--errors`` prints the held-out
lines a fold's model names wrongly (tunable batches only).

``--decide-all`` measures a variant instead (nothing is written, the product is unchanged): one
logistic model decides among *all* of a paragraph's proposals, the rules' included, with the
rule confidence as features (``rule``, ``rule-sure``); the unseen-page veto stays. Each batch is
read once with the rules alone and once as the product reads it; per held-out batch the variant
and the current mechanism (rules' sure proposals + the generous model, one stage, on the same
rules-alone rows) are fitted on the other batches, each at the lowest threshold reaching
``--target`` precision on the fitting rows only; ``all@rules`` is the variant at the threshold
matching the rules' own precision on the fitting rows.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import retrieval.pages.ingest as ingest
from retrieval.attribution import decision, speakers
from retrieval.evaluation import load_jsonl, plain_key, select_files, title_line
from retrieval.pages.ingest import read_file


@dataclass(frozen=True)
class Row:
    """One labelled line: the batch, the gold names (empty: nobody) and the proposals."""

    batch: str
    file: str
    idx: int
    names: tuple[str, ...]
    proposals: tuple[decision.Proposal, ...]
    span: tuple[int, int] | None = None  # first and last line of the passage holding the line (None: lost)


def _page_rows(batch: str, name: str, path: Path, labels: dict[int, dict], model=None) -> list[Row]:
    text = read_file(path)
    recorded: list[list[tuple[decision.Proposal, ...]]] = []

    def recording(paragraphs, context=(), preface=(), breaks=(), headings=None):
        props = speakers.propose_paragraphs(paragraphs, context, model, preface=preface, breaks=breaks, headings=headings)
        out = [decision.choose(ps, *(model or ())) for ps in props]
        props = [list(ps) for ps in props]
        for i, extra in speakers.quoted_before(paragraphs, out):
            props[i].append(extra)
        recorded.append([tuple(ps) for ps in props])
        return [decision.choose(ps, *(model or ())) for ps in props]

    real = ingest.attribute_paragraphs
    ingest.attribute_paragraphs = recording
    try:
        parsed = ingest.parse_page(path, text)
    finally:
        ingest.attribute_paragraphs = real
    # the body, then the related-story teasers (read on their own): one passage list
    props = [ps for call in recorded for ps in call]
    # a headline read as a passage of the article's speaker (ingest: after the article's passages,
    # before the teasers) is decided by no proposal of its own
    flat = iter(props)
    props = [() if p.attribution == "headline" else next(flat, ()) for p in parsed.passages]
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    at: dict[int, tuple[decision.Proposal, ...]] = {}
    held: set[int] = set()
    spans: dict[int, tuple[int, int]] = {}
    for j, (first, last) in enumerate(zip(parsed.lines, parsed.ends or parsed.lines)):
        for i in range(first, last + 1):
            at[i] = props[j]
            held.add(i)
            spans[i] = (first, last)
    words = [plain_key(p.text) for p in parsed.passages]
    for i, line in enumerate(lines):
        if i not in held and len(key := plain_key(line)) >= 8:
            j = next((j for j, w in enumerate(words) if w and w in key and len(w) * 2 >= len(key)), None)
            if j is not None:
                at[i] = props[j]
                held.add(i)
                spans[i] = (parsed.lines[j], (parsed.ends or parsed.lines)[j])
    head = list(parsed.head)
    if not head and (t := title_line(lines, parsed.document.title)) is not None and t not in held:
        head = [t]
    if head:
        att = speakers.Attributor()
        att.register([parsed.document.title, *(p.text for p in parsed.passages)])
        for i in head:
            if i not in held:
                at[i] = att.propose(lines[i])
                held.add(i)
                spans[i] = (i, i)
    rows = []
    for idx, g in sorted(labels.items()):
        names = tuple([g["speaker"], *g.get("alt", [])] if g["speaker"] else [])
        rows.append(Row(batch, name, idx, names, at.get(idx, ()), spans.get(idx)))
    return rows


def collect(batch: str, gold: Path, pages: Path, files: str | None, model=None) -> list[Row]:
    """The batch's labelled lines (gold names) with the proposals the passage holding each got;
    ``model`` (weights, threshold) decides the first reading (``speakers.propose_paragraphs``)
    in place of the model file."""
    by_file: dict[str, dict[int, dict]] = {}
    for g in select_files(load_jsonl(gold), files):
        by_file.setdefault(g["file"], {})[int(g["idx"])] = g
    rows: list[Row] = []
    for name, labels in sorted(by_file.items()):
        if name == "seed":
            path = pages / "seed.txt" if (pages / "seed.txt").is_file() else next(iter(sorted(Path("seeds").glob("*.txt"))))
        else:
            path = pages / name
        rows += _page_rows(batch, name, path, labels, model)
    return rows


def _vocabulary(rows: list[Row]) -> list[str]:
    return sorted({k for r in rows for p in r.proposals for k, _ in p.features})


def _matrix(rows: list[Row], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    col = {k: i for i, k in enumerate(vocab)}
    xs, ys = [], []
    for r in rows:
        for p in r.proposals:
            x = np.zeros(len(vocab))
            for k, v in p.features:
                if k in col:
                    x[col[k]] = v
            xs.append(x)
            ys.append(float(p.speaker.name in r.names))
    return np.array(xs).reshape(-1, len(vocab)), np.array(ys)


def fit(rows: list[Row], l2: float = 1.0, iterations: int = 60) -> dict[str, float]:
    """Logistic regression (Newton's method, L2 on every weight but the bias) over proposals."""
    vocab = _vocabulary(rows)
    x, y = _matrix(rows, vocab)
    w = np.zeros(len(vocab))
    reg = np.full(len(vocab), l2)
    if "bias" in vocab:
        reg[vocab.index("bias")] = 1e-6
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {k: float(v) for k, v in zip(vocab, w) if abs(v) > 1e-9}


def score(rows: list[Row], weights: dict[str, float], threshold: float, chooser=decision.choose) -> dict[str, float]:
    tp = fp = fn = 0
    for r in rows:
        got = chooser(r.proposals, weights, threshold).speaker
        if got is not None and got.name in r.names:
            tp += 1
        else:
            fp += got is not None
            fn += bool(r.names)
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def choose_threshold(rows: list[Row], weights: dict[str, float], target: float) -> float:
    """The lowest threshold at which the speakers the model adds (lines the rules' own proposals
    leave without one) are right at least ``target`` of the time on ``rows``: recall as high as
    precision allows. The rules' sure proposals are accepted at any threshold."""
    return _lowest([_decided(r, weights) for r in _open(rows)], target)


def out_of_fold_threshold(by_batch: dict[str, list[Row]], target: float, l2: float) -> float:
    """The same, measured out of fold: each batch's open lines decided by a model fitted on the
    other batches. A model fitted on few pages is surer of its own rows than of new ones; this
    threshold is what its probabilities are worth on pages it did not see."""
    decided = []
    for b, rows in by_batch.items():
        w = fit([r for n, rs in by_batch.items() if n != b for r in rs], l2)
        decided += [_decided(r, w) for r in _open(rows)]
    return _lowest(decided, target)


def _open(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r.proposals and not any(p.rule >= decision.THRESHOLD for p in r.proposals)]


def _decided(r: Row, weights: dict[str, float]) -> tuple[float, bool]:
    """The probability of the row's best generous proposal and whether it names the labelled speaker."""
    best, prob = decision.best_proposal([p for p in r.proposals if p.rule == 0.0], weights)
    return prob, best is not None and best.speaker.name in r.names


def _lowest(decided: list[tuple[float, bool]], target: float) -> float:
    """The lowest of the probabilities (and 0.5) at which the proposals at or above it name the
    labelled speaker at least ``target`` of the time (0.999 when no threshold does)."""
    for t in sorted({round(p, 4) for p, _ in decided} | {0.5}):
        hits = [ok for p, ok in decided if round(p, 4) >= t]
        if not hits or sum(hits) / len(hits) >= target:
            return t
    return 0.999


def with_rule(rows: list[Row]) -> list[Row]:
    """The rows with each proposal's rule confidence among its features (``--decide-all``)."""
    def feats(p: decision.Proposal) -> tuple[tuple[str, float], ...]:
        return (*p.features, ("rule", p.rule), ("rule-sure", float(p.rule >= decision.THRESHOLD)))
    return [Row(r.batch, r.file, r.idx, r.names,
                tuple(decision.Proposal(p.speaker, p.how, p.rule, feats(p)) for p in r.proposals), r.span)
            for r in rows]


def choose_all(proposals, weights: dict[str, float], threshold: float) -> decision.Attribution:
    """The most probable of all proposals (rules' and generous) if it reaches ``threshold`` and
    the unseen-page model does not veto it (``--decide-all``)."""
    best, prob = decision.best_proposal(proposals, weights)
    if best is None or prob < threshold or decision.unseen_probability(best) < decision.UNSEEN_ACCEPT:
        return decision.NO_SPEAKER
    return decision.Attribution(best.speaker, best.how, round(prob, 2))


def threshold_all(rows: list[Row], weights: dict[str, float], target: float) -> float:
    """The lowest threshold at which everything ``choose_all`` names on ``rows`` is right at
    least ``target`` of the time."""
    decided = []
    for r in rows:
        best, prob = decision.best_proposal(r.proposals, weights)
        if best is not None and decision.unseen_probability(best) >= decision.UNSEEN_ACCEPT:
            decided.append((prob, best.speaker.name in r.names))
    return _lowest(decided, target)


def decide_all(names: list[str], base: dict[str, list[Row]], product: dict[str, list[Row]],
               target: float, l2: float) -> None:
    """Leave-one-batch-out: the rules, the model file, the current mechanism refitted and the
    decide-all variant (at ``target`` and at the rules' fitting precision), pooled."""
    rules_only = ({}, 1.01)
    every = {n: with_rule(rows) for n, rows in base.items()}
    cols = ("rules", "file", "current", "all", "all@rules")
    totals = {k: [0, 0, 0] for k in cols}
    print(f"{'held out':10} {'rows':>5}  " + "  ".join(f"{'P ' + k:>11} {'R ' + k:>11}" for k in cols) + "  t cur  t all t all@r")
    for held in names:
        fit_on = [n for n in names if n != held]
        train = [r for n in fit_on for r in base[n]]
        w = fit(train, l2)
        t = choose_threshold(train, w, target)
        train_all = [r for n in fit_on for r in every[n]]
        wa = fit(train_all, l2)
        ta = threshold_all(train_all, wa, target)
        rp = score(train, *rules_only)["precision"]
        tr = threshold_all(train_all, wa, rp)
        got = {"rules": score(base[held], *rules_only), "file": score(product[held], decision.WEIGHTS, decision.ACCEPT),
               "current": score(base[held], w, t), "all": score(every[held], wa, ta, choose_all),
               "all@rules": score(every[held], wa, tr, choose_all)}
        for k, s in got.items():
            totals[k] = [a + s[b] for a, b in zip(totals[k], ("tp", "fp", "fn"))]
        print(f"{held:10} {len(base[held]):5}  " + "  ".join(f"{got[k]['precision']:11.3f} {got[k]['recall']:11.3f}" for k in cols)
              + f"  {t:.3f}  {ta:.3f}  {tr:.3f}", flush=True)
    for k, (tp, fp, fn) in totals.items():
        print(f"pooled {k:10} P {tp / (tp + fp) if tp + fp else 1:.3f} R {tp / (tp + fn) if tp + fn else 1:.3f}  (tp {tp} fp {fp} fn {fn})")


def write(weights: dict[str, float], threshold: float, path: Path, note: str) -> None:
    lines = ["# The decision model of speaker attribution (retrieval/attribution/decision.py; docs/attribution.md).",
             "# weight FEATURE VALUE: a logistic model over a proposal's features (probability = 1/(1+e^-Σ w·x));",
             "# threshold VALUE: the probability a proposal needs to name its speaker (a wrong speaker is worse than none).",
             f"# Written by `python -m bench.attribution_fit --write` — {note}"]
    lines += [f"weight {k} {v:.4f}" for k, v in sorted(weights.items())]
    lines.append(f"threshold {threshold:.4f}")
    path.write_text("\n".join(lines) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared", help="folder holding dev-pages/ and real-pages/")
    ap.add_argument("--batch", action="append", default=[], help="NAME=GOLD:PAGES[:FILES], added to dev and real")
    ap.add_argument("--check", action="append", default=[], help="NAME=GOLD:PAGES[:FILES]: scored in aggregate, never fitted on")
    ap.add_argument("--target", type=float, default=0.98, help="precision the threshold is chosen for on the fitting batches")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--in-sample", action="store_true",
                    help="choose the threshold on the fitting rows alone (session 5's first fit), not also out of fold")
    ap.add_argument("--write", action="store_true", help="write retrieval/data/attribution_model.txt")
    ap.add_argument("--decide-all", action="store_true",
                    help="measure leave-one-batch-out a model deciding among all proposals, the rules' included (writes nothing)")
    ap.add_argument("--errors", action="store_true", help="print the held-out lines the fold's model names wrongly (tunable batches only)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    specs = [f"dev={shared}/dev-pages/attribution-gold.jsonl:{shared}/dev-pages",
             f"real-odd={shared}/real-pages/gold.jsonl:{shared}/real-pages:odd",
             f"real-even={shared}/real-pages/gold.jsonl:{shared}/real-pages:even", *args.batch]

    def load(spec: str, model=None) -> list[Row]:
        name, _, rest = spec.partition("=")
        gold, pages, *files = rest.split(":")
        return collect(name, Path(gold), Path(pages), files[0] if files else None, model)

    byname = {s.partition("=")[0]: s for s in specs}
    names = list(byname)
    rules_only = ({}, 1.01)  # accepts no generous proposal: one reading, no seeds
    base = {n: load(s, rules_only) for n, s in byname.items()}
    if args.decide_all:
        decide_all(names, base, {n: load(s) for n, s in byname.items()}, args.target, args.l2)
        return

    def two_stage(fit_on: list[str]) -> tuple[dict[str, float], float]:
        """Fit on rows read with the rules alone, then read them again with that model deciding
        the first reading (its seeds) and fit again: no model that saw other rows is involved."""
        train = [r for n in fit_on for r in base[n]]
        w = fit(train, args.l2)
        t = choose_threshold(train, w, args.target)
        read = {n: load(byname[n], (w, t)) for n in fit_on}
        train = [r for n in fit_on for r in read[n]]
        w = fit(train, args.l2)
        t = choose_threshold(train, w, args.target)
        if not args.in_sample:
            t = max(t, out_of_fold_threshold(read, args.target, args.l2))
        return w, t

    print(f"{'held out':10} {'rows':>5}  {'P file':>6} {'R file':>6}  {'P rules':>7} {'R rules':>7}  {'P lobo':>6} {'R lobo':>6}  threshold")
    totals = {"file": [0, 0, 0], "rules": [0, 0, 0], "lobo": [0, 0, 0]}
    for held in names:
        w, t = two_stage([n for n in names if n != held])
        now = score(load(byname[held]), decision.WEIGHTS, decision.ACCEPT)
        rules = score(base[held], *rules_only)
        held_rows = load(byname[held], (w, t))
        lobo = score(held_rows, w, t)
        for r in held_rows if args.errors else ():
            got = decision.choose(r.proposals, w, t)
            if got.speaker is not None and got.speaker.name not in r.names:
                print(f"  wrong {held} {r.file}:{r.idx} gold {r.names[:1]} got {got.speaker.name} ({got.how}, {got.confidence})")
        for k, s in (("file", now), ("rules", rules), ("lobo", lobo)):
            totals[k] = [a + s[b] for a, b in zip(totals[k], ("tp", "fp", "fn"))]
        print(f"{held:10} {len(base[held]):5}  {now['precision']:6.3f} {now['recall']:6.3f}  {rules['precision']:7.3f} "
              f"{rules['recall']:7.3f}  {lobo['precision']:6.3f} {lobo['recall']:6.3f}  {t:.3f}")
    for k, (tp, fp, fn) in totals.items():
        print(f"pooled {k}: P {tp / (tp + fp) if tp + fp else 1:.3f} R {tp / (tp + fn) if tp + fn else 1:.3f}")
    w, t = two_stage(names)
    print(f"fitted on {', '.join(names)}: threshold {t:.3f}")
    for n in names:
        s = score(load(byname[n], (w, t)), w, t)
        print(f"  {n:10} P {s['precision']:.3f} R {s['recall']:.3f}")
    for spec in args.check:
        n = spec.partition("=")[0]
        s, now = score(load(spec, (w, t)), w, t), score(load(spec, rules_only), *rules_only)
        print(f"check {n}: rules alone P {now['precision']:.3f} R {now['recall']:.3f} → fitted P {s['precision']:.3f} R {s['recall']:.3f}")
    if args.write:
        path = Path(speakers.__file__).resolve().parent.parent / "data" / "attribution_model.txt"
        extra = [n for n in names if n not in ("dev", "real-odd", "real-even")]
        where = f" ({', '.join(extra)}: page batches outside the repository, see docs/attribution.md)" if extra else ""
        write(w, t, path, f"fitted on {', '.join(names)}{where}; l2 {args.l2}, threshold for precision {args.target}")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

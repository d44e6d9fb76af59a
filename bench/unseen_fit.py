"""Fit the unseen-page model (``retrieval/data/unseen_model.txt``) on the lines earlier code named
on pages it had never seen.

The rules' confidence (``data/confidence.txt``) and the decision model (``data/attribution_model.txt``)
are fitted on labelled lines the rules were tuned to: there they are right 99 times in 100, and on
each session's fresh batches 87 times in 100. This script goes back to the code each fresh batch was
first scored with (``FRESH``: a commit and the batches fresh to it, as docs/quality.md records
them), reads those batches with that code (``git archive`` into ``--work``, run there), and keeps
every labelled line it gave a speaker: right, wrong (the gold names someone else) or extra (the gold
names nobody). Each line's signs are ``decision.unseen_signs`` of what every version of the reader
tells — the way, whether the paragraph names the speaker, how often the page does, a title, the
name's shape — so the model fitted here weighs the current code's proposals by the same signs.

    python -m bench.unseen_fit --root /work                # table, fit, leave-one-batch-out
    python -m bench.unseen_fit --root /work --write        # ... and write retrieval/data/unseen_model.txt
    python -m bench.unseen_fit --root /work --write --accept 0   # ... with the veto off (the shipped file)
    python -m bench.unseen_fit --root /work/fresh --pattern 'b{n}'   # batches 45–68 (sessions 12–13's fresh code)

The model is logistic (L2 ``--l2`` on every weight but the bias). Its threshold is the one with
the least cost on the lines, a wrong or extra speaker costing ``--cost`` (2) missed ones, and the
fit and threshold are repeated leaving each batch out, scoring the held-out batch.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.attribution import decision
from retrieval.attribution.lexicon import is_transliterated
from retrieval.attribution.mentions import mentions
from retrieval.attribution.simplified import simplify_aligned
from retrieval.attribution.speakers import Attributor
from retrieval.pages.ingest import parse_page, read_file

_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"|（[^（）]*）|\([^()]*\)")  # words quoted or in brackets

# The code each batch was fresh to when it was first scored (docs/quality.md, sessions 6–8): the
# session's code of the blind scoring (docs/quality.md, sessions 6–10).
FRESH: dict[str, tuple[int, ...]] = {
    "527ebce": (13, 14, 15, 16),  # session 6, rounds 1–2
    "8cf68be": (17, 18),  # session 6, round 3
    "e81eaa8": (19, 20),  # session 6, final
    "040be56": (21, 22, 23, 24),  # session 7, final
    "ff77661": (25, 26, 27, 28),  # session 8
    "c3ae6ec": (29, 30, 31, 32),  # session 9
    "71ea826": (33, 34, 35, 36),  # session 10
    "04675fb": (45, 47, 49, 51, 53, 54, 59, 60),  # session 12's start: its tuning pool, new to it
    "6948b0e": (46, 48, 50, 52, 55, 56, 57, 58),  # session 12's end: its blind batches
    "40d5982": (61, 62, 63, 64, 65, 66, 67, 68),  # session 13's end: its blind batches
}
# batches 13–36 were lost with session 11's machine: a batch whose folder is missing is left out

# Run in an archived tree of old code (cwd and PYTHONPATH there): per labelled line of a batch,
# the speaker the passage holding it got, its way and the passage's text, as JSON lines.
# Lines the headline block holds are read by Attributor.attribute (way "headline").
DUMP = r'''
import json, re, sys
from pathlib import Path
from retrieval import evaluation as ev
from retrieval.attribution.speakers import Attributor
from retrieval.pages.ingest import parse_page, read_file
TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(f"(?<=[\u4e00-\u9fff])[(（]\\s?(?=[a-zü]*[{TONES}])[a-zü{TONES}]{{1,7}}\\s?[)）]")
gold, pages = sys.argv[1:3]
by = {}
for r in ev.load_jsonl(Path(gold)):
    by.setdefault(r["file"], {})[int(r["idx"])] = r
for name, labels in sorted(by.items()):
    path = Path(pages) / name
    text = read_file(path)
    parsed = parse_page(path, text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    pred = {}
    ends = parsed.ends or parsed.lines
    for p, first, last in zip(parsed.passages, parsed.lines, ends):
        for i in range(first, last + 1):
            pred[i] = (p.speaker, p.attribution, p.text)
    words = [ev.plain_key(p.text) for p in parsed.passages]
    for i, line in enumerate(lines):
        if i not in pred and len(key := ev.plain_key(line)) >= 8:
            j = next((j for j, w in enumerate(words) if w and w in key and len(w) * 2 >= len(key)), None)
            if j is not None:
                q = parsed.passages[j]
                pred[i] = (q.speaker, q.attribution, q.text)
    head = list(parsed.head)
    if not head and (t := ev.title_line(lines, parsed.document.title)) is not None and t not in pred:
        head = [t]
    if head:
        att = Attributor()
        att.register([parsed.document.title, *(p.text for p in parsed.passages[: len(parsed.passages) - parsed.teasers])])
        for i in head:
            if i not in pred:
                pred[i] = (att.attribute(lines[i]), "headline", lines[i])
    for idx, r in sorted(labels.items()):
        sp, how, passage = pred.get(idx, (None, None, ""))
        if sp is None:
            continue
        names = [PINYIN.sub("", n) for n in (r["speaker"], *r.get("alt", []))] if r["speaker"] else []
        print(json.dumps({"file": name, "idx": idx, "gold": names, "got": sp.name, "title": sp.title,
                          "how": how, "text": passage, "page": text.count(sp.name)}, ensure_ascii=False))
'''


@dataclass(frozen=True)
class Line:
    """One labelled line fresh code gave a speaker: its batch, its signs and whether it was right."""

    batch: str
    where: str
    signs: tuple[str, ...]
    outcome: str  # right, wrong or extra


def features_of(got: str, title: str | None, passage: str, page_count: int,
                others: int = 0) -> tuple[tuple[str, float], ...]:
    """The features of a proposal ``decision.unseen_signs`` reads, as the reader would give them."""
    return (("person-here", float(decision.person_named(got, passage))), ("page-mentions", min(page_count, 10) / 10),
            ("titled", float(bool(title))), ("transliterated", float(is_transliterated(got))),
            ("others-here", min(others, 3) / 3))


def others_named(known: dict[str, str | None], passage: str, got: str) -> int:
    """How many people other than ``got`` the paragraph names outside its quotations, as today's
    reader finds them with the page's known names (the ``others-here`` feature of a proposal)."""
    bare = _QUOTED.sub("", simplify_aligned(passage))
    return len({sp.name for _, sp in mentions(bare, known)} - {simplify_aligned(got)})


def page_known(path: Path) -> dict[str, str | None]:
    """The names (and titles) today's reader makes known on a page."""
    parsed = parse_page(path, read_file(path))
    att = Attributor()
    att.register([parsed.document.title, *(p.text for p in parsed.passages)])
    return dict(att.known)


def line_of(batch: str, row: dict, known: dict[str, str | None] | None = None) -> Line | None:
    """A dumped line as a ``Line`` (None for the headline block's lines: ingest names their speaker, not ``choose``)."""
    if row["how"] in (None, "headline"):
        return None
    outcome = "right" if row["got"] in row["gold"] else ("wrong" if row["gold"] else "extra")
    others = others_named(known, row["text"], row["got"]) if known is not None else 0
    feats = features_of(row["got"], row["title"], row["text"], row["page"], others)
    return Line(batch, f"{row['file']}:{row['idx']}", decision.unseen_signs(row["got"], row["how"], feats), outcome)


def fresh_lines(root: Path, work: Path, repo: Path, pattern: str = "extra-pages{n}") -> list[Line]:
    """Every labelled line the code of ``FRESH`` gave a speaker on the batches fresh to it (a batch's
    folder: ``pattern`` under ``root``; batches without a folder are left out)."""
    out = []
    for commit, all_batches in FRESH.items():
        batches = [n for n in all_batches if (root / pattern.format(n=n) / "gold.jsonl").is_file()]
        if not batches:
            continue
        tree = work / commit
        if not (tree / "retrieval").is_dir():
            tree.mkdir(parents=True, exist_ok=True)
            archive = subprocess.run(["git", "-C", str(repo), "archive", commit, "retrieval"], check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        for n in batches:
            d = root / pattern.format(n=n)
            cached = work / f"{commit}-b{n}.jsonl"
            if not cached.is_file():
                got = subprocess.run([sys.executable, "-c", DUMP, str(d / "gold.jsonl"), str(d)], cwd=tree, check=True,
                                     capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree)})
                cached.write_text(got.stdout, "utf-8")
            known: dict[str, dict[str, str | None]] = {}
            for text in cached.read_text("utf-8").splitlines():
                row = json.loads(text)
                if row["file"] not in known:
                    known[row["file"]] = page_known(d / row["file"])
                if (ln := line_of(f"b{n}", row, known[row["file"]])) is not None:
                    out.append(ln)
    return out


def fit(lines: list[Line], l2: float = 1.0, iterations: int = 50) -> dict[str, float]:
    """Logistic regression (Newton's method) of right over the lines' signs and a bias."""
    vocab = sorted({s for ln in lines for s in ln.signs}) + ["bias"]
    col = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(lines), len(vocab)))
    for i, ln in enumerate(lines):
        x[i, col["bias"]] = 1.0
        for s in ln.signs:
            x[i, col[s]] = 1.0
    y = np.array([float(ln.outcome == "right") for ln in lines])
    w = np.zeros(len(vocab))
    reg = np.full(len(vocab), l2)
    reg[col["bias"]] = 1e-6
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -40, 40)))
        step = np.linalg.solve((x * (p * (1 - p))[:, None]).T @ x + np.diag(reg), x.T @ (p - y) + reg * w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return {k: round(float(v), 4) for k, v in zip(vocab, w)}


def prob(ln: Line, w: dict[str, float]) -> float:
    return decision.probability((("bias", 1.0), *((s, 1.0) for s in ln.signs)), w)


def threshold(lines: list[Line], w: dict[str, float], per_error: float) -> float:
    """The threshold with the least cost (accepted errors × ``per_error`` + rejected right lines),
    halfway between the highest rejected and the lowest accepted probability (ties: the higher)."""
    values = sorted({round(prob(ln, w), 4) for ln in lines})
    cuts = [values[0] - 0.01, *((a + b) / 2 for a, b in zip(values, values[1:]))]

    def cost(t: float) -> float:
        return sum(per_error * (ln.outcome != "right") if prob(ln, w) >= t else (ln.outcome == "right") for ln in lines)

    return round(min(cuts, key=lambda t: (cost(t), -t)), 4)


def tally(lines: list[Line], w: dict[str, float], t: float) -> tuple[int, int, int, int]:
    """Kept right, kept wrong or extra, cut right, cut wrong or extra."""
    kept = [prob(ln, w) >= t for ln in lines]
    ok = [ln.outcome == "right" for ln in lines]
    return (sum(k and o for k, o in zip(kept, ok)), sum(k and not o for k, o in zip(kept, ok)),
            sum(o and not k for k, o in zip(kept, ok)), sum(not o and not k for k, o in zip(kept, ok)))


def table(lines: list[Line]) -> list[str]:
    """Right and wrong-or-extra lines by each sign."""
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for ln in lines:
        for s in ("*", *ln.signs):
            by[s][ln.outcome != "right"] += 1
    rows = [f"{'sign':22} {'right':>5} {'errors':>6} {'prec':>5}"]
    for s, (r, e) in sorted(by.items(), key=lambda kv: -sum(kv[1])):
        rows.append(f"{s:22} {r:5} {e:6} {r / (r + e):5.2f}")
    return rows


def write(w: dict[str, float], t: float, path: Path, note: str) -> None:
    old = path.read_text("utf-8").splitlines()
    head = [line for line in old if line.startswith("#") and "Written by" not in line]
    body = [f"weight {k} {v:.4f}" for k, v in sorted(w.items())]
    path.write_text("\n".join([*head, f"# Written by `python -m bench.unseen_fit --root ROOT --write` — {note}", *body,
                               f"threshold {t:.4f}"]) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", required=True, help="folder holding the batches (extra-pages13 …)")
    ap.add_argument("--pattern", default="extra-pages{n}", help="a batch's folder under --root (b{n} for /work/fresh)")
    ap.add_argument("--work", default="bench/out/unseen", help="where the old code is archived and its readings kept")
    ap.add_argument("--cost", type=float, default=2.0, help="what a wrong or extra speaker costs, in missed ones")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help="write retrieval/data/unseen_model.txt")
    ap.add_argument("--accept", type=float, help="the threshold to write (default: the fitted one, which the file's comment records either way)")
    args = ap.parse_args(argv)
    repo = Path(__file__).resolve().parent.parent
    lines = fresh_lines(Path(args.root), Path(args.work).resolve(), repo, args.pattern)
    held = sorted({int(ln.batch[1:]) for ln in lines})
    print(f"{len(lines)} labelled lines fresh code gave a speaker ({', '.join(f'{c}: {sorted(set(b) & set(held))}' for c, b in FRESH.items() if set(b) & set(held))})")
    print("\n".join(table(lines)))
    w = fit(lines, args.l2)
    t = threshold(lines, w, args.cost)
    print("weights " + " ".join(f"{k}={v:.2f}" for k, v in sorted(w.items())))
    r, e, cr, ce = tally(lines, w, t)
    print(f"threshold {t:.3f} (a wrong or extra speaker costs {args.cost:g} missed): kept right {r}, errors {e} "
          f"(P {r / max(1, r + e):.3f}); cut right {cr}, errors {ce}; before: P {(r + cr) / len(lines):.3f}")
    tot = [0, 0, 0, 0]
    print(f"{'held out':8} {'lines':>5} {'threshold':>9} {'kept right':>10} {'errors':>6} {'cut right':>9} {'errors':>6}")
    for held in sorted({ln.batch for ln in lines}, key=lambda b: int(b[1:])):
        rest = [ln for ln in lines if ln.batch != held]
        hl = [ln for ln in lines if ln.batch == held]
        wb = fit(rest, args.l2)
        tb = threshold(rest, wb, args.cost)
        got = tally(hl, wb, tb)
        tot = [a + b for a, b in zip(tot, got)]
        print(f"{held:8} {len(hl):5} {tb:9.3f} {got[0]:10} {got[1]:6} {got[2]:9} {got[3]:6}")
    print(f"pooled held-out: kept right {tot[0]} errors {tot[1]} (P {tot[0] / max(1, tot[0] + tot[1]):.3f}), "
          f"cut right {tot[2]} errors {tot[3]}; before P {(tot[0] + tot[2]) / max(1, sum(tot)):.3f}")
    if args.write:
        path = repo / "retrieval" / "data" / "unseen_model.txt"
        write(w, t if args.accept is None else args.accept, path,
              f"{len(lines)} lines of {len({ln.batch for ln in lines})} fresh batches, l2 {args.l2:g}; the threshold of "
              f"least cost {t:.4f} (a wrong or extra speaker costs {args.cost:g} missed)")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

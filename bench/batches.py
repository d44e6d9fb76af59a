"""Pooled figures over labelled page batches, aggregates only.

``python -m bench.batches DIR [DIR …] [--json]``: each DIR holds pages, ``gold.jsonl`` (one row per
labelled line, as ``retrieval eval --attribution`` reads it) and, if present, ``qa.jsonl`` (real-pages
format, the folder's pages as the corpus). Prints one row per batch and the pooled row: speaker
precision and recall (counts added over batches, not averaged), lost lines, and the questions' R@1,
R@3, speaker@1 and unanswerable handled. No error, page name or line is printed, so the command can
score a blind batch without showing anyone its content (docs/quality.md, "Tuned and blind sets").
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from retrieval.evaluation import attribution_metrics, load_jsonl, qa_metrics


@dataclass(frozen=True)
class Figures:
    """One batch's (or the pool's) counts; rates are derived."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lost: int = 0
    answerable: int = 0
    right_at_1: int = 0
    right_at_3: int = 0
    speaker_right: int = 0
    unanswerable: int = 0
    handled: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def rate(self, count: int) -> float:
        return count / self.answerable if self.answerable else 0.0

    def row(self) -> str:
        line = (f"{self.name}: P {self.precision:.3f} R {self.recall:.3f} (tp {self.tp} fp {self.fp} fn {self.fn} "
                f"lost {self.lost}, {self.tp + self.fn} speaker lines)")
        if self.answerable or self.unanswerable:
            line += (f" | Q {self.answerable} R@1 {self.rate(self.right_at_1):.3f} R@3 {self.rate(self.right_at_3):.3f} "
                     f"sp@1 {self.rate(self.speaker_right):.3f} unanswerable {self.handled}/{self.unanswerable}")
        return line


def batch_figures(folder: Path) -> Figures:
    """Score one folder: its gold.jsonl over its pages, its qa.jsonl (if any) over its pages as one corpus."""
    a = attribution_metrics(load_jsonl(folder / "gold.jsonl"), folder, None)
    counts = {"tp": a["true_positives"], "fp": a["false_positives"], "fn": a["false_negatives"], "lost": a["lost_lines"]}
    qa_file = folder / "qa.jsonl"
    if qa_file.is_file():
        q = qa_metrics(load_jsonl(qa_file), str(folder), folder)
        handled, unanswerable = q["unanswerable_handled"]
        n = q["questions"] - unanswerable
        counts |= {"answerable": n, "right_at_1": round(q["recall@1"] * n), "right_at_3": round(q["recall@3"] * n),
                   "speaker_right": round(q["speaker_accuracy@1"] * n), "unanswerable": unanswerable, "handled": handled}
    return Figures(folder.name, **counts)


def pooled(rows: list[Figures]) -> Figures:
    """The pool: every count added over the batches."""
    keys = [k for k in asdict(rows[0]) if k != "name"] if rows else []
    return Figures("POOLED", **{k: sum(getattr(r, k) for r in rows) for k in keys})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.batches", description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="one JSON object: each batch's and the pool's counts")
    args = ap.parse_args(argv)
    missing = [str(f) for f in args.folders if not (f / "gold.jsonl").is_file()]
    if missing:
        print(f"no gold.jsonl in: {', '.join(missing)}", file=sys.stderr)
        return 2
    rows = [batch_figures(f) for f in args.folders]
    pool = pooled(rows)
    if args.json:
        print(json.dumps({"batches": [asdict(r) for r in rows], "pooled": asdict(pool)}, ensure_ascii=False))
    else:
        print("\n".join(r.row() for r in [*rows, pool]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

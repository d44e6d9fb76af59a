"""``python -m retrieval eval``: the figures of ``retrieval.evaluation``, printed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..evaluation import DEFAULT_QA, attribution_metrics, load_jsonl, qa_metrics, select_files


def run_eval(args: argparse.Namespace) -> int:
    """Compute the figures ``args`` ask for (retrieval.evaluation) and print them, as text or JSON."""
    if args.attribution:
        gold_path = Path(args.attribution)
        pages = Path(args.pages) if args.pages else gold_path.parent
        seed = pages / "seed.txt" if (pages / "seed.txt").is_file() else None
        if seed is None and Path("seeds").is_dir():
            seed = next(iter(sorted(Path("seeds").glob("*.txt"))), None)
        result = attribution_metrics(load_jsonl(gold_path), pages, seed)
        keys = ("precision", "recall", "f1", "title_agreement")
    else:
        qa = Path(args.qa) if args.qa else DEFAULT_QA
        result = qa_metrics(select_files(load_jsonl(qa), getattr(args, "files", None)), args.corpus, qa.parent, args.settings)
        keys = ("recall@1", "recall@3", "mrr@10", "speaker_accuracy@1", "no_answer_accuracy")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    for k in keys:
        print(f"{k:<22} {result[k]:.3f}")
    if "unanswerable_handled" in result:
        ok, n = result["unanswerable_handled"]
        print(f"{'unanswerable_handled':<22} {ok}/{n}")
    for kind, v in result.get("by_kind", {}).items():
        print(f"  {kind:<20} {v['right_at_1']:>3}/{v['questions']:<3} right (answer at rank 1, or [] when none)")
    for e in result.get("errors", []) + result.get("misses", []):
        print("  miss:", json.dumps(e, ensure_ascii=False))
    return 0

"""``python -m retrieval eval``: the figures of ``retrieval.evaluation``, printed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import CorpusError
from ..evaluation import (
    DEFAULT_QA,
    attribution_metrics,
    load_jsonl,
    qa_metrics,
    require_keys,
    select_files,
)


def run_eval(args: argparse.Namespace) -> int:
    """Compute the figures ``args`` ask for (retrieval.evaluation) and print them, as text or JSON."""
    if args.attribution:
        gold_path = Path(args.attribution)
        pages = Path(args.pages) if args.pages else gold_path.parent
        seed = pages / "seed.txt" if (pages / "seed.txt").is_file() else None
        if seed is None and Path("seeds").is_dir():
            seed = next(iter(sorted(Path("seeds").glob("*.txt"))), None)
        gold = require_keys(load_jsonl(gold_path), ("file", "idx"), gold_path, "speaker gold")
        result = attribution_metrics(gold, pages, seed, args.files)
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            print_attribution(result)
        return 0
    else:
        qa = Path(args.qa) if args.qa else DEFAULT_QA
        files = getattr(args, "files", None)
        items = select_files(require_keys(load_jsonl(qa), ("q",), qa, "question"), files)
        if not items:  # figures over no question would read as 0.000 for everything
            raise CorpusError(f"--files {files!r} names no page of {qa}" if files else f"{qa} holds no question")
        result = qa_metrics(items, args.corpus, qa.parent, args.settings)
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


def print_attribution(result: dict) -> None:
    """The attribution figures, then one row per page, then the lost and the confused lines."""
    for k in ("precision", "recall", "f1", "title_agreement", "titles_consistent"):
        print(f"{k:<22} {result[k]:.3f}")
    print(f"{'lost_lines':<22} {result['lost_lines']}")
    print(f"{'labelled_speakers':<22} {result['labelled_speakers']}  "
          f"(titles checked against sources.json: {result['titles_checked']}, "
          f"{result['titles_from_sources']} of them taken from it for want of a headline)")
    print(f"\n{'page':<14} {'P':>6} {'R':>6} {'lost':>5}  title")
    for p in result["pages"]:
        mark = {True: "ok ", False: "NO "}.get(p.get("title_consistent"), "   ")
        print(f"{p['file']:<14} {p['precision']:>6.3f} {p['recall']:>6.3f} {len(p['lost']):>5}  {mark}{p['title'][:40]}")
        if p.get("title_consistent") is False:
            print(f"{'':<36}expected: {p['expected_title'][:40]}")
    for e in result["lost"]:
        print("  lost:", json.dumps(e, ensure_ascii=False))
    for p in result["pages"]:
        for e in p["confused"]:
            print("  confused:", json.dumps(e, ensure_ascii=False))
    for e in result["errors"]:
        if "gold_title" in e:
            print("  title:", json.dumps(e, ensure_ascii=False))

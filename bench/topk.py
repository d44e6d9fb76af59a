"""Index top-k against tantivy's top-10 (and, optionally, an earlier revision's top-k), interleaved in one process.

    .venv/bin/python -m bench.topk [--size 100000] [--against REV [--against-entry DIR]] [--entry DIR] [--rounds 3]

Reads what ``python -m bench --suites scale --scale-size SIZE`` leaves under bench/out/scale-SIZE/:
the cache entry's index, loaded as the cache loads a large one (``BM25Index.load(mmap=True,
deep=False)``), the questions' tokens (tokens.json) and tantivy's index of the same tokens
(built here if missing: whitespace tokenizer, one Should term query per token). Every question
runs through each engine in turn (each one first in turn: the engines after it find the
question's postings in the CPU cache), ``--rounds`` times; the table gives p50/p95 and each
p50 over tantivy's. ``--against REV`` also times ``BM25Index.top_k`` as the file retrieval/search/bm25.py
was at git revision REV (loaded from ``git show``, on the same mapped arrays) and checks that
both give the same passages and the same score bits for every question; ``--against-entry DIR``
maps REV's index from DIR instead (an index in REV's format, e.g. ``BM25Index.save`` of REV's build
of the same tokens, when the format changed in between). ``--entry DIR``: time the index in DIR.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def _tantivy(work: Path, passages: list[list[str]] | None):
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    schema = sb.build()
    folder = work / "tantivy"
    if not (folder / "meta.json").exists():
        if passages is None:
            raise SystemExit(f"no tantivy index in {folder}: run python -m bench --suites scale first")
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        index = tantivy.Index(schema, path=str(folder))
        writer = index.writer(heap_size=200_000_000, num_threads=1)
        for toks in passages:
            writer.add_document(tantivy.Document(body=" ".join(toks)))
        writer.commit()
        writer.wait_merging_threads()
    index = tantivy.Index(schema, path=str(folder))
    index.reload()
    return tantivy, schema, index.searcher()


def _module_at(rev: str):
    """retrieval/search/bm25.py as it was at ``rev``, imported under another name (its package,
    retrieval/search at ``rev``, as ``search_then``: bm25.py imports its vocabulary from it)."""
    tmp = Path(tempfile.mkdtemp())
    tar = subprocess.run(["git", "archive", rev, "retrieval/search"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as fh:
        fh.extractall(tmp, filter="data")
    pkg = tmp / "retrieval" / "search"
    spec = importlib.util.spec_from_file_location("search_then", pkg / "__init__.py", submodule_search_locations=[str(pkg)])
    sys.modules["search_then"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sys.modules["search_then"])
    return importlib.import_module("search_then.bm25")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--against", metavar="REV", help="also time bm25.py as it was at this git revision")
    ap.add_argument("--against-entry", metavar="DIR", help="the folder REV's index is mapped from (default: the same as ours)")
    ap.add_argument("--entry", metavar="DIR", help="the index folder to time (default: the newest cache entry)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args()
    from retrieval.search.bm25 import BM25Index

    work = OUT / f"scale-{args.size}"
    entry = Path(args.entry) if args.entry else max((m.parent for m in (work / "cache").glob("corpus/*/meta.json")), key=lambda d: d.stat().st_mtime)
    data = json.loads((work / "tokens.json").read_text())
    questions = data["questions"]
    tantivy, schema, searcher = _tantivy(work, data["passages"])
    del data
    engines = {}
    tq = [tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in q]) for q in questions]
    engines["tantivy"] = lambda i: searcher.search(tq[i], args.k)
    now = BM25Index.load(entry, mmap=True, deep=False)
    engines["top_k"] = lambda i: now.top_k(questions[i], args.k)
    if args.against:
        then = _module_at(args.against).BM25Index.load(args.against_entry or entry, mmap=True, deep=False)
        engines[f"top_k at {args.against}"] = lambda i: then.top_k(questions[i], args.k)
        for q in questions:
            a, b = now.top_k(q, args.k), then.top_k(q, args.k)
            if a[0].tolist() != b[0].tolist() or not np.array_equal(a[1], b[1]) or not np.array_equal(now.scores(q), then.scores(q)):
                raise SystemExit(f"the two revisions disagree on {q}")
    for f in engines.values():  # warm: the questions' postings paged in
        for i in range(len(questions)):
            f(i)
    times: dict[str, list[float]] = {name: [] for name in engines}
    names = list(engines)
    for r in range(args.rounds):
        for i in range(len(questions)):
            # each engine goes first in turn: the one after another finds the question's postings in the CPU cache
            for j in range(len(names)):
                name = names[(i + r + j) % len(names)]
                f = engines[name]
                t0 = time.perf_counter()
                f(i)
                times[name].append(time.perf_counter() - t0)
    tant = float(np.percentile(times["tantivy"], 50))
    print(f"{len(questions)} questions × {args.rounds}, top {args.k}, {now.size:,} passages (index mapped from {entry.name[:12]}…)")
    print("| engine | p50 ms | p95 ms | p50 ÷ tantivy's |")
    print("|---|---|---|---|")
    for name, ts in times.items():
        p50, p95 = (float(np.percentile(ts, q)) for q in (50, 95))
        print(f"| {name} | {p50 * 1000:.3f} | {p95 * 1000:.3f} | {p50 / tant:.2f}× |")
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"load average {load}", file=sys.stderr)


if __name__ == "__main__":
    main()

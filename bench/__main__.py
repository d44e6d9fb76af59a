"""``make bench`` — retrieval speed and memory against rank_bm25, one table per corpus size.

    .venv/bin/python -m bench                       # rank_bm25 tables at 1k and 10k, issue 13's targets at 100k
    .venv/bin/python -m bench --sizes 1000,10000,100000   # the rank_bm25 table at 100k too (a 100k build, ~10 min)
    .venv/bin/python -m bench --suites scale --scale-size 20000 --build-size 2000   # a quick look at the targets
    .venv/bin/python -m bench --bot                 # only the bot benchmark (bench/bot.py, about 20 s)

The scale suite (bench/scale.py) prints every target of issue 13 beside its measured value:
tantivy and rank_bm25 on the same tokens, start-up, RSS, add-one-article latency, build with 1
and 2 workers against jieba's cut, and the bot's updates/s; its 100k cache is built once (with
2 workers) and kept under bench/out/.

The corpus is synthetic and reproducible (bench/corpus.py, fixed seed), written as page
files under bench/out/ (git-ignored) so that ingestion runs too. Every figure comes from a
fresh subprocess (bench/worker.py), rank_bm25's from the same run on the same tokens.
Nothing here asserts a time: the tables are for people, tests/ never time anything.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

from . import corpus as synth
from . import proc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TARGETS = {"speedup": 250.0, "memory_ratio": 3.0, "cold_start_s": 1.5}


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024**2
    except OSError:
        mem = 0.0
    import numpy

    return (
        f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GB RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, numpy {numpy.__version__}"
    )


CODE = OUT / "code"  # the code under test, copied once per run


def snapshot_code() -> None:
    """Copy retrieval/ and bench/ aside, so that edits made while the bench runs change nothing
    (the cache is keyed by the code: an edit would otherwise force a rebuild mid-run)."""
    shutil.rmtree(CODE, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "out")
    shutil.copytree(ROOT / "retrieval", CODE / "retrieval", ignore=ignore)
    shutil.copytree(ROOT / "bench", CODE / "bench", ignore=ignore)
    # and compiled, as an installed package is: with PYTHONDONTWRITEBYTECODE set (as on this
    # machine) every process the bench starts would otherwise compile the package's source again
    # (0.11 s of CPU per start: serial in every build, part of every start-up row). The .pyc
    # files are read whatever that variable says; py_compile writes them regardless of it.
    import compileall

    for folder in ("retrieval", "bench"):
        compileall.compile_dir(CODE / folder, quiet=1, workers=1)


def run_worker(mode: str, work: Path, timed: bool = False) -> dict:
    """Run one worker; with ``timed``, also the wall time until its 'ready' and 'answered' lines."""
    result = proc.run("bench.worker", mode, work, CODE if CODE.is_dir() else ROOT)  # the snapshot wins
    if not timed:
        del result["marks"]
    return result


def fmt_s(s: float) -> str:
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def fmt_ms(p: dict) -> str:
    return f"{p['p50_ms']:.3g} / {p['p95_ms']:.3g} ms"


def fmt_mb(b: float) -> str:
    return f"{b / 1024**2:.0f} MB"


def ratio(theirs: float, ours: float) -> str:
    return f"{theirs / ours:,.1f}×" if ours > 0 else "—"


def bench_size(n: int, n_questions: int, keep: bool) -> dict:
    work = OUT / f"run-{n}"
    corpus_dir = OUT / f"corpus-{n}"
    print(f"\n== {n:,} passages: writing the corpus to {corpus_dir} …", file=sys.stderr, flush=True)
    synth.write_corpus(corpus_dir, n)
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    cache = work / "cache"
    questions = synth.questions(corpus_dir, n_questions)
    (work / "config.json").write_text(
        json.dumps({"corpus": str(corpus_dir), "cache": str(cache), "questions": questions}, ensure_ascii=False)
    )
    print("   ingestion + index build (empty cache) …", file=sys.stderr, flush=True)
    built = run_worker("build", work)
    print("   index from tokens: ours, then rank_bm25 …", file=sys.stderr, flush=True)
    ours = run_worker("ours-index", work)
    rank = run_worker("rank-index", work)
    print("   cold starts …", file=sys.stderr, flush=True)
    serves = [run_worker("serve", work, timed=True) for _ in range(3)]
    rank_serve = run_worker("rank-serve", work, timed=True)
    ready = statistics.median(s["marks"]["ready"] for s in serves)
    answered = statistics.median(s["marks"]["answered"] for s in serves)
    serve = serves[len(serves) // 2]
    n_q = len(rank["tops"])
    same_ids = sum(a[0] == b[0] for a, b in zip(ours["tops"][:n_q], rank["tops"]))
    same_scores = sum(a[1] == b[1] for a, b in zip(ours["tops"][:n_q], rank["tops"]))
    result = {
        "passages": built["passages"],
        "pages": built["pages"],
        "questions": n_questions,
        "build": built,
        "ours": {k: v for k, v in ours.items() if k != "tops"},
        "rank": {k: v for k, v in rank.items() if k != "tops"},
        "serve": serve,
        "ready_s": ready,
        "answered_s": answered,
        "rank_ready_s": rank_serve["marks"]["ready"],
        "rank_serve_peak_rss": rank_serve["peak_rss"],
        "same_top10_ids": same_ids,
        "same_top10_scores": same_scores,
    }
    if not keep:
        shutil.rmtree(work / "cache", ignore_errors=True)
        for name in ("tokens.json", "rank_bm25.pickle"):
            (work / name).unlink(missing_ok=True)
    return result


def table(res: dict) -> str:
    b, o, k, s = res["build"], res["ours"], res["rank"], res["serve"]
    rank_build_total = b["seconds"] - o["build_s"] + k["build_s"]
    rows = [
        ("ingestion + tokenization + index build, empty cache¹", fmt_s(b["seconds"]), fmt_s(rank_build_total), ratio(rank_build_total, b["seconds"])),
        ("index build from tokens", fmt_s(o["build_s"]), fmt_s(k["build_s"]), ratio(k["build_s"], o["build_s"])),
        ("cold start with cached index: ready²", fmt_s(res["ready_s"]), fmt_s(res["rank_ready_s"]), ratio(res["rank_ready_s"], res["ready_s"])),
        ("cold start: first question answered", fmt_s(res["answered_s"]), "—", ""),
        ("query p50 / p95, tokens given (score + top 10)³", fmt_ms(o), fmt_ms(k), ratio(k["p50_ms"], o["p50_ms"])),
        ("query p50 / p95 with jieba on the question", fmt_ms(s["with_jieba"]), fmt_ms(k["with_jieba"]), ratio(k["with_jieba"]["p50_ms"], s["with_jieba"]["p50_ms"])),
        ("full `search()` p50 / p95 (jieba, ranking, best sentence)", fmt_ms(s["search"]), "—", ""),
        ("index memory (Python heap retained by the index)⁴", fmt_mb(o["index_bytes"]), fmt_mb(k["index_bytes"]), ratio(k["index_bytes"], o["index_bytes"])),
        ("RSS growth from building the index (tokens freed)", fmt_mb(o["index_rss"]), fmt_mb(k["index_rss"]), ratio(k["index_rss"], o["index_rss"])),
        ("peak RSS, index build from tokens", fmt_mb(o["peak_rss"]), fmt_mb(k["peak_rss"]), ratio(k["peak_rss"], o["peak_rss"])),
        ("peak RSS, ingestion + build (ours) / serving process", fmt_mb(b["build_peak_rss"]) + " / " + fmt_mb(s["peak_rss"]), fmt_mb(res["rank_serve_peak_rss"]) + " (unpickled)", ""),
    ]
    head = f"**{res['passages']:,} passages** ({res['pages']:,} pages, {res['questions']} questions)"
    lines = [head, "", "| | Yanlu | rank_bm25 | rank_bm25 ÷ Yanlu |", "|---|---:|---:|---:|"]
    lines += [f"| {a} | {b_} | {c} | {d} |" for a, b_, c, d in rows]
    diff = s.get("max_abs_diff_vs_rank")
    lines.append("")
    lines.append(
        f"Scores vs rank_bm25 (20 questions, every passage): max |Δ| = {diff:g}; "
        f"top-10 scores identical for {res['same_top10_scores']}/{res['questions']} questions, "
        f"top-10 passage ids for {res['same_top10_ids']}/{res['questions']} "
        "(rank_bm25's argsort orders equal scores arbitrarily; ours puts the earlier passage first)."
    )
    return "\n".join(lines)


def verdict(res: dict) -> str:
    o, k = res["ours"], res["rank"]
    speed = k["p50_ms"] / o["p50_ms"]
    mem = k["index_bytes"] / o["index_bytes"]
    ok = lambda c: "met" if c else "MISSED"  # noqa: E731
    return (
        f"Targets at {res['passages']:,} passages: scoring {speed:,.0f}× faster (≥ {TARGETS['speedup']:.0f}×: {ok(speed >= TARGETS['speedup'])}); "
        f"index memory 1/{mem:.1f} of rank_bm25's (≤ 1/{TARGETS['memory_ratio']:.0f}: {ok(mem >= TARGETS['memory_ratio'])}); "
        f"cold start (≤ {TARGETS['cold_start_s']} s) {res['ready_s']:.2f} s to ready: {ok(res['ready_s'] <= TARGETS['cold_start_s'])}, "
        f"{res['answered_s']:.2f} s to the first answer: {ok(res['answered_s'] <= TARGETS['cold_start_s'])}."
    )


FOOTNOTES = """\
¹ rank_bm25 has no ingestion: its column is our ingestion and tokenization time with its index build in place of ours.
² a new Python process until `Retriever.from_path` returns (jieba then loads in the background); rank_bm25: unpickling its index, the usual way to persist it.
³ rank_bm25: `get_scores` + `argsort` for the top 10; ours: `BM25Index.top_k` (postings of the query terms only, argpartition over non-zero scores).
⁴ tracemalloc in a fresh process: what stays allocated after loading the tokens (one string object per occurrence, as jieba returns them), building the index and freeing the tokens, so rank_bm25's per-passage dictionaries keep their key strings; our vocabulary is one UTF-8 blob with its hash buckets (`search/vocabulary.py`), no string per term. The RSS row below is the same process seen by the OS (freed memory is not always returned)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="passage counts of the rank_bm25 tables, comma-separated (default: %(default)s)")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--suites", default="retrieval,scale", help="retrieval, scale (issue 13's targets, bot included), bot (default: %(default)s)")
    parser.add_argument("--scale-size", type=int, default=100_000, help="passages of the scale suite's serving figures (default: %(default)s)")
    parser.add_argument("--build-size", type=int, default=10_000, help="passages of the scale suite's build figures (default: %(default)s)")
    parser.add_argument("--bot-at-scale", action="store_true", help="the scale suite also runs the bot at --scale-size")
    parser.add_argument("--large-copies", type=int, default=0, help="also start-up at this many × --scale-size passages (10: 1M; several GB of disk)")
    parser.add_argument("--bot", action="store_true", help="only the bot benchmark (= --suites bot)")
    parser.add_argument("--bot-passages", type=int, default=1000, help="passages of the bot benchmark's corpus (default: %(default)s)")
    parser.add_argument("--bot-users", type=int, default=50)
    parser.add_argument("--bot-questions", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep caches, tokens and pickles under bench/out/")
    args = parser.parse_args(argv)
    suites = {"bot"} if args.bot else {s.strip() for s in args.suites.split(",") if s.strip()}
    OUT.mkdir(parents=True, exist_ok=True)
    snapshot_code()
    report = [f"Machine: {machine()}", f"Command: `make bench` (= `.venv/bin/python -m bench --sizes {args.sizes} --suites {args.suites} --scale-size {args.scale_size} --build-size {args.build_size}"
              f"{' --bot-at-scale' if args.bot_at_scale else ''}{f' --large-copies {args.large_copies}' if args.large_copies else ''}`)", ""]
    print("\n".join(report), flush=True)
    results = []
    if "retrieval" in suites:
        for n in (int(x.replace("_", "")) for x in args.sizes.split(",") if x.strip()):
            res = bench_size(n, args.questions, args.keep)
            results.append(res)
            text = table(res) + "\n\n" + (verdict(res) + "\n" if n >= 100_000 else "")
            report.append(text)
            print("\n" + text, flush=True)
        report.append(FOOTNOTES)
        print(FOOTNOTES, flush=True)
    if "scale" in suites:
        from . import scale

        args.scale_bot = "bot" not in suites  # the bot's figure, once
        text = scale.run(args)
        report.append(text)
        print("\n" + text, flush=True)
    if "bot" in suites:
        from . import bot

        text = bot.run(args)
        if text:
            report.append(text)
            print("\n" + text, flush=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (OUT / f"results-{stamp}.json").write_text(json.dumps(results, indent=1))
    (OUT / f"results-{stamp}.md").write_text("\n".join(report) + "\n")
    print(f"\n(written to {OUT / f'results-{stamp}.md'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One measurement in a fresh process, so that timings and memory are not polluted.

    python -m bench.worker MODE WORKDIR

Every mode prints progress lines and ends with one JSON line (the result). Modes:

build       empty cache → Retriever.from_path (ingestion, attribution, tokenization, index,
            cache write); then dumps passage and question tokens to WORKDIR/tokens.json
ours-index  BM25Index.build from tokens.json: time, retained memory; query latency on tokens
rank-index  the same for rank_bm25.BM25Okapi (get_scores + sort), plus a pickle of it
serve       a cold start on the warm cache: prints "ready" and "answered" for the parent to
            time, then question latency with jieba (tokenize + score + top 10, and search())
rank-serve  a cold start of rank_bm25 from its pickle (what its users do to persist it)
"""

from __future__ import annotations

import ctypes
import gc
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def peak_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def trim() -> None:
    """Collect garbage and hand freed heap back to the OS, so RSS shows what is retained."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass


def percentiles(samples: list[float]) -> dict[str, float]:
    a = np.asarray(samples) * 1000.0
    return {"p50_ms": float(np.percentile(a, 50)), "p95_ms": float(np.percentile(a, 95))}


def emit(obj: dict) -> None:
    obj["peak_rss"] = peak_rss_bytes()
    print(json.dumps(obj), flush=True)


def build(work: Path) -> None:
    from retrieval import Retriever
    from retrieval.cache import build as persist

    cfg = json.loads((work / "config.json").read_text())
    cache = Path(cfg["cache"])
    t0 = time.perf_counter()
    r = Retriever.from_path(cfg["corpus"], cache_dir=cache)
    seconds = time.perf_counter() - t0
    peak = peak_rss_bytes()
    # the same tokens again, from the per-file caches just written
    files, _ = persist.scan(Path(cfg["corpus"]))
    pairs, _ = persist.parse_pages(cache, files)
    tokens = persist.tokenize_pages(cache, pairs, r.corpus.tokenizer)
    assert len(tokens) == len(r.passages)
    questions = [r.tokenize(q) for q in cfg["questions"]]
    (work / "tokens.json").write_text(json.dumps({"passages": tokens, "questions": questions}, ensure_ascii=False))
    emit({"seconds": seconds, "passages": len(r.passages), "pages": len(r.documents), "build_peak_rss": peak})


def _index(work: Path, kind: str) -> None:
    import pickle

    from rank_bm25 import BM25Okapi

    from retrieval.search.bm25 import BM25Index

    trim()
    base = rss_bytes()
    data = json.loads((work / "tokens.json").read_text())
    corpus, questions = data["passages"], data["questions"]
    del data
    build_s = float("inf")
    for _ in range(2):  # the better of two builds: the machine may be busy
        index = None
        trim()
        t0 = time.perf_counter()
        index = BM25Index.build(corpus) if kind == "ours" else BM25Okapi(corpus)
        build_s = min(build_s, time.perf_counter() - t0)
    del corpus
    trim()
    rss_growth = rss_bytes() - base
    lat, tops = [], []
    repeats = 3 if kind == "ours" else 1
    for _ in range(repeats):
        tops = []
        for q in questions:
            t = time.perf_counter()
            if kind == "ours":
                ids, vals = index.top_k(q, 10)
            else:
                scores = index.get_scores(q)
                ids = np.argsort(scores)[::-1][:10]
                vals = scores[ids]
            lat.append(time.perf_counter() - t)
            tops.append([[int(i) for i in ids], [float(v) for v in vals if v != 0]])
    result = {"build_s": build_s, "index_rss": rss_growth, "tops": tops, **percentiles(lat)}
    if kind == "ours":
        result["exact_bytes"] = int(sum(a.nbytes for a in index.arrays().values()))
    else:
        from retrieval.search.tokenizer import Tokenizer

        cfg = json.loads((work / "config.json").read_text())
        (meta,) = Path(cfg["cache"]).glob("corpus/*/meta.json")
        tokenizer = Tokenizer(cache_dir=Path(cfg["cache"]), user_freqs=json.loads(meta.read_text())["user_freqs"])
        tokenizer("预热")
        lat = []
        for q in cfg["questions"]:
            t = time.perf_counter()
            scores = index.get_scores(tokenizer(q))
            np.argsort(scores)[::-1][:10]
            lat.append(time.perf_counter() - t)
        result["with_jieba"] = percentiles(lat)
        with open(work / "rank_bm25.pickle", "wb") as fh:  # the bench's own file, read back below
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        # scores of every question, to check ours against in the parent
        np.save(work / "rank_scores.npy", np.stack([index.get_scores(q) for q in questions[:20]]))
    # exact retained memory: trace a second build, from loading the tokens to freeing them
    del index
    trim()
    import tracemalloc

    tracemalloc.start()
    corpus = json.loads((work / "tokens.json").read_text())["passages"]
    index = BM25Index.build(corpus) if kind == "ours" else BM25Okapi(corpus)
    del corpus
    gc.collect()
    result["index_bytes"] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del index
    emit(result)


def serve(work: Path) -> None:
    print("start", flush=True)
    from retrieval import Retriever

    cfg = json.loads((work / "config.json").read_text())
    r = Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"])
    print("ready", flush=True)
    r.search(cfg["questions"][0])
    print("answered", flush=True)
    with_jieba, search = [], []
    for _ in range(3):
        for q in cfg["questions"]:
            t = time.perf_counter()
            tokens = r.tokenize(q)
            r.index.top_k(tokens, 10)
            with_jieba.append(time.perf_counter() - t)
            t = time.perf_counter()
            r.search(q)
            search.append(time.perf_counter() - t)
    tok = []
    for q in cfg["questions"]:
        t = time.perf_counter()
        r.tokenize(q)
        tok.append(time.perf_counter() - t)
    ours = np.stack([r.bm25_scores(q) for q in cfg["questions"][:20]])
    rank_path = work / "rank_scores.npy"
    same = None
    if rank_path.exists():
        same = float(np.max(np.abs(ours - np.load(rank_path, allow_pickle=False))))
    import retrieval

    emit({
        "code": retrieval.__file__,
        "from_cache": getattr(r, "from_cache", None),
        "with_jieba": percentiles(with_jieba),
        "search": percentiles(search),
        "tokenize": percentiles(tok),
        "max_abs_diff_vs_rank": same,
    })


def rank_serve(work: Path) -> None:
    print("start", flush=True)
    import pickle

    import rank_bm25  # noqa: F401

    with open(work / "rank_bm25.pickle", "rb") as fh:  # written by rank-index in this run
        index = pickle.load(fh)
    print("ready", flush=True)
    emit({"passages": index.corpus_size})


def main() -> None:
    mode, work = sys.argv[1], Path(sys.argv[2])
    if mode == "build":
        build(work)
    elif mode in ("ours-index", "rank-index"):
        _index(work, mode.split("-")[0])
    elif mode == "serve":
        serve(work)
    elif mode == "rank-serve":
        rank_serve(work)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()

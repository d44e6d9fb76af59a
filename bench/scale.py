"""Issue 13's targets, measured in one run: ``python -m bench --suites scale`` (part of ``make bench``).

    .venv/bin/python -m bench --suites scale --scale-size 100000 --build-size 10000

Each figure comes from a fresh subprocess (``python -m bench.scale MODE WORKDIR``), on the
synthetic corpus of bench/corpus.py:

* at ``--scale-size`` passages (default 100k; its cache is built once, with 2 workers, and
  kept under bench/out/ for the next run): cached start-up (a new process until
  ``Retriever.from_path`` returns), the index's RSS, ``search()`` and ``BM25Index.top_k``
  against tantivy's top 10 on the same tokens (pre-tokenized: the jieba tokens joined by
  spaces, tantivy's whitespace tokenizer, one Should term query per token), scores against
  rank_bm25 (20 questions, every passage), one added article (``Retriever.add_files`` until
  its answer comes back);
* at ``--build-size`` passages (default 10k): the build (empty cache, ``python -m retrieval
  build``) with 1 and with 2 worker processes, twice each, interleaved (the best of each is
  the row; every run's wall clock, CPU time of all its processes and load average are printed
  beside it: on this machine's scheduler a second worker only helps when no other session is
  busy), and the time ``jieba.lcut`` alone takes to cut the same paragraphs;
* the bot's answered updates/s (bench/bot.py) at 1k passages (and at ``--scale-size`` with
  ``--bot-at-scale``).

Nothing here asserts a time; the table prints each target beside its measured value.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from . import proc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

TARGETS = {
    "topk_vs_tantivy": 1.0,  # index top-k ≤ 1.0× tantivy's top-10
    "search_vs_tantivy": 2.5,  # search() ≤ 2.5× tantivy's top-10
    "index_rss_mb": 64,  # serving RSS growth for the index at 100k
    "start_s_100k": 0.8,
    "start_s_1m": 1.0,
    "build_vs_jieba": 3.0,  # single-process build ≤ 3× jieba's cut of the same text
    "two_workers": 1.7,  # ≥ 1.7× faster with 2 workers
    "add_one_s": 2.0,
    "bot_1k": 200,
    "bot_100k": 150,
}


# -- the measurements, each in its own process ------------------------------------------------------


def _rss() -> int:
    import resource

    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


def _pct(samples: list[float]) -> dict:
    a = np.asarray(samples) * 1000.0
    return {"p50_ms": float(np.percentile(a, 50)), "p95_ms": float(np.percentile(a, 95))}


def _emit(obj: dict) -> None:
    import resource

    obj["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps(obj), flush=True)


def mode_serve(work: Path) -> None:
    """Cold start (the parent times 'start' → 'ready'), index RSS, search(), top_k, add one article."""
    print("start", flush=True)
    cfg = json.loads((work / "config.json").read_text())
    from retrieval import Retriever

    rss0 = _rss()
    t0 = time.perf_counter()
    r = Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"])
    started = time.perf_counter() - t0
    print("ready", flush=True)
    rss_loaded = _rss()
    assert r.from_cache, "the scale corpus must come from the cache"
    qs = cfg["questions"]
    r.search(qs[0])
    toks = [r.tokenize(q) for q in qs]
    # a new process's first questions: every word looked up and every posting read for the first time
    topk, search = [], []
    for _ in range(3):
        for q, t in zip(qs, toks):
            a = time.perf_counter()
            r.index.top_k(t, 10)
            b = time.perf_counter()
            r.search(q)
            topk.append(b - a)
            search.append(time.perf_counter() - b)
    rss_served = _rss()
    # then tantivy's top 10 on the same tokens in this process too (its index from the engines step,
    # each query run once untimed, as ours were above), timed beside top_k and search(): the rows
    # divide by it, not by a figure of another process taken at another moment of the machine's
    # load. Per question the three calls run in an order drawn afresh (seeded), so that none always
    # runs right after another's memory traffic.
    lat: dict[str, list[float]] = {}
    from retrieval.search import kernels

    kernels.ready(600)  # (with numba installed, the `fast` extra: the compiled query path, timed once it is there)
    if (work / "tantivy").is_dir():
        import tantivy

        index = tantivy.Index.open(str(work / "tantivy"))
        searcher = index.searcher()
        term = tantivy.Query.term_query
        tq = [tantivy.Query.boolean_query([(tantivy.Occur.Should, term(index.schema, "body", w)) for w in t]) for t in toks]
        for query in tq:
            searcher.search(query, 10)
        calls = {"tantivy": lambda k: searcher.search(tq[k], 10), "topk": lambda k: r.index.top_k(toks[k], 10),
                 "search": lambda k: r.search(qs[k])}
        lat = {name: [] for name in calls}
        order, shuffle = list(calls), random.Random(13)
        for _ in range(3):
            for k in range(len(qs)):
                shuffle.shuffle(order)
                for name in order:
                    a = time.perf_counter()
                    calls[name](k)
                    lat[name].append(time.perf_counter() - a)
    idx = r.index
    index_arrays = sum(int(a.nbytes) for a in idx.arrays().values())
    # one article added, until its answer comes back: the first (jieba's POS tagger, which
    # attribution uses, loads its dictionary then), and a second one
    adds = []
    for name, question in (("new-article.md", cfg["new_question"]), ("new-article-2.md", cfg["new_question_2"])):
        new = work / name
        a = time.perf_counter()
        r2 = r.add_files([new])
        hits = r2.search(question)
        adds.append((time.perf_counter() - a, bool(hits) and hits[0].passage.source.path == str(new)))
        r = r2
    (add_s, found), (add2_s, found2) = adds
    a = time.perf_counter()
    r3 = Retriever(r2.corpus.merged())
    merge_s = time.perf_counter() - a
    same = bool(np.array_equal(r3.bm25_scores(cfg["new_question"]), r2.bm25_scores(cfg["new_question"])))
    _emit({
        "start_in_process_s": started, "rss_before": rss0, "rss_loaded": rss_loaded, "rss_served": rss_served,
        "index_array_bytes": index_arrays, "topk": _pct(topk), "search": _pct(search),
        "beside_tantivy": {name: _pct(v) for name, v in lat.items()} or None,
        "query_path": kernels.status(), "add_one_s": add_s, "add_found": found, "add_second_s": add2_s, "add_second_found": found2, "merge_s": merge_s, "merged_same_scores": same,
        "passages": len(r.passages),
    })


def mode_index_rss(work: Path) -> None:
    """The index alone: RSS before and after ``BM25Index.load(mmap=True)`` and 600 questions' top 10."""
    cfg = json.loads((work / "config.json").read_text())
    from retrieval.search import kernels
    from retrieval.search.bm25 import BM25Index

    kernels.switch(False)  # the index's own pages (numba's libraries, when installed, are a fixed cost apart)
    entry = max((m.parent for m in Path(cfg["cache"]).glob("corpus/*/meta.json")), key=lambda d: d.stat().st_mtime)
    tokens = json.loads((work / "tokens.json").read_text())["questions"]
    rss0 = _rss()
    t0 = time.perf_counter()
    index = BM25Index.load(entry, mmap=True, deep=False)  # as the cache loads a large entry
    load_s = time.perf_counter() - t0
    rss_loaded = _rss()
    for _ in range(3):
        for q in tokens:
            index.top_k(q, 10)
    _emit({"load_s": load_s, "loaded_growth": rss_loaded - rss0, "served_growth": _rss() - rss0})


def mode_make_large(work: Path) -> None:
    """A cache entry of ``copies`` × the scale corpus (pages under other paths, the index the
    segments merged: what a build of those pages would write), and its manifest, for start-up."""
    import dataclasses

    cfg = json.loads((work / "config.json").read_text())
    from retrieval import Retriever
    from retrieval.cache import manifest
    from retrieval.cache.files import SourceFile
    from retrieval.cache.index import save_corpus
    from retrieval.corpus import Corpus, TextColumn
    from retrieval.search.bm25 import SegmentedIndex

    copies, root, cache = cfg["copies"], Path(cfg["large_corpus"]), Path(cfg["large_cache"])
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    base = Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"]).corpus
    pages, files = [], []
    for c in range(copies):
        for page in base.pages:
            rel = f"copy-{c:02d}/{Path(page.document.path).name}"
            doc = dataclasses.replace(page.document, path=str(root / rel))
            passages = tuple(dataclasses.replace(p, source=doc) for p in page.passages)
            pages.append(dataclasses.replace(page, document=doc, passages=passages))
            files.append(SourceFile(root / rel, rel, "-", None))
    index = SegmentedIndex([base.index] * copies).merged()
    norm = base.normalized
    blob = np.concatenate([norm.blob] * copies)
    offsets = np.concatenate([norm.offsets[:1], *(norm.offsets[1:] + i * norm.offsets[-1] for i in range(copies))])
    corpus = Corpus(pages=tuple(pages), tokenizer=base.tokenizer, index=index, speaker_names=base.speaker_names,
                    normalized=TextColumn(blob, offsets))
    key = f"synthetic-{copies}x-{len(corpus.passages)}"
    save_corpus(cache, key, files, corpus)
    manifest.write_manifest(cache, root, 20 * 1024 * 1024, key, [])
    data = json.loads(manifest.manifest_path(cache, root, 20 * 1024 * 1024).read_text())
    data["written_ns"] += 10_000_000_000  # the (empty) folder is older than the manifest
    manifest.manifest_path(cache, root, 20 * 1024 * 1024).write_text(json.dumps(data))
    _emit({"passages": len(corpus.passages), "index_bytes": sum(int(a.nbytes) for a in index.arrays().values())})


def mode_start_large(work: Path) -> None:
    """A cold start on the large entry (the parent times 'start' → 'ready')."""
    print("start", flush=True)
    cfg = json.loads((work / "config.json").read_text())
    from retrieval import Retriever
    from retrieval.cache import load_or_build
    from retrieval.settings import Settings

    t0 = time.perf_counter()
    # check=False: the entry's files do not exist (the pages are copies), so the background
    # check of every file, which a real start runs after `ready`, would drop the manifest
    r = Retriever(load_or_build(Path(cfg["large_corpus"]), Settings(cache_dir=Path(cfg["large_cache"])), check=False))
    started = time.perf_counter() - t0
    print("ready", flush=True)
    assert r.from_cache
    a = time.perf_counter()
    hits = r.search(cfg["questions"][1])
    first = time.perf_counter() - a
    lat = []
    for q in cfg["questions"]:
        a = time.perf_counter()
        r.search(q)
        lat.append(time.perf_counter() - a)
    _emit({"start_in_process_s": started, "passages": len(r.passages), "first_search_s": first, "hits": len(hits),
           "search": _pct(lat), "rss": _rss()})


def mode_tokens(work: Path) -> None:
    """The passages' and questions' tokens, from the per-file caches, to tokens.json (for the engines)."""
    cfg = json.loads((work / "config.json").read_text())
    from retrieval import Retriever
    from retrieval.cache import build as persist

    cache = Path(cfg["cache"])
    r = Retriever.from_path(cfg["corpus"], cache_dir=cache)
    files, _ = persist.scan(Path(cfg["corpus"]), cache)
    pairs, _ = persist.parse_pages(cache, files)
    tokens = persist.tokenize_pages(cache, pairs, r.corpus.tokenizer)
    assert len(tokens) == len(r.passages)
    questions = [r.tokenize(q) for q in cfg["questions"]]
    (work / "tokens.json").write_text(json.dumps({"passages": tokens, "questions": questions}, ensure_ascii=False))
    _emit({"passages": len(tokens)})


def mode_engines(work: Path) -> None:
    """Ours, tantivy (and rank_bm25 for exactness) on the same tokens: top-10 latency, scores."""
    data = json.loads((work / "tokens.json").read_text())
    corpus, questions = data["passages"], data["questions"]
    from retrieval.search.bm25 import BM25Index

    ours = BM25Index.build(corpus)
    import tantivy

    sb = tantivy.SchemaBuilder()
    sb.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="freq")
    schema = sb.build()
    folder = work / "tantivy"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    index = tantivy.Index(schema, path=str(folder))
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    t0 = time.perf_counter()
    for toks in corpus:
        writer.add_document(tantivy.Document(body=" ".join(toks)))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    tantivy_build = time.perf_counter() - t0
    searcher = index.searcher()
    tq = [tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in q]) for q in questions]
    lat_t, lat_o = [], []
    for _ in range(3):
        for q, query in zip(questions, tq):
            a = time.perf_counter()
            searcher.search(query, 10)
            b = time.perf_counter()
            ours.top_k(q, 10)
            lat_o.append(time.perf_counter() - b)
            lat_t.append(b - a)
    overlap = []
    for q, query in zip(questions, tq):
        theirs = {addr.doc for _, addr in searcher.search(query, 10).hits}
        mine = set(ours.top_k(q, 10)[0].tolist())
        if mine:
            overlap.append(len(theirs & mine) / len(mine))
    exact = None
    if os.environ.get("BENCH_RANK_BM25", "1") != "0":
        from rank_bm25 import BM25Okapi

        ref = BM25Okapi(corpus)
        exact = max(float(np.max(np.abs(ref.get_scores(q) - ours.scores(q)))) for q in questions[:20])
        exact_bits = all(np.array_equal(ref.get_scores(q), ours.scores(q)) for q in questions[:20])
    _emit({
        "tantivy": _pct(lat_t), "ours_topk": _pct(lat_o), "tantivy_build_s": tantivy_build,
        "top10_overlap": statistics.fmean(overlap) if overlap else None,
        "max_abs_diff_vs_rank_bm25": exact, "bit_identical": exact_bits if exact is not None else None,
        "segments": len(index.searcher().segment_readers()) if hasattr(searcher, "segment_readers") else None,
    })


def mode_jieba(work: Path) -> None:
    """The time jieba alone takes to cut every paragraph of the corpus (dictionary loaded first)."""
    cfg = json.loads((work / "config.json").read_text())
    from retrieval import Retriever

    texts = [p.text for p in Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"]).passages]
    import jieba

    jieba.initialize()
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    _emit({"cut_s": time.perf_counter() - t0, "passages": len(texts), "chars": sum(map(len, texts))})


# -- the parent ---------------------------------------------------------------------------------------


def _code() -> Path:
    """The snapshot of the code ``python -m bench`` took at its start (edits during a run change nothing)."""
    return OUT / "code" if (OUT / "code" / "retrieval").is_dir() else ROOT


def _worker(mode: str, work: Path) -> dict:
    return proc.run("bench.scale", mode, work, _code())


def _build(corpus: Path, cache: Path, workers: int, jieba_cache: Path | None, fresh: bool = True) -> float:
    """``python -m retrieval build`` into ``cache``: from empty (``fresh``), or bringing a kept
    cache up to date with the code under test (nothing to do when it is)."""
    return _build_run(corpus, cache, workers, jieba_cache, fresh)["wall_s"]


def _build_run(corpus: Path, cache: Path, workers: int, jieba_cache: Path | None, fresh: bool = True) -> dict:
    """``_build``'s run: its wall clock, the CPU time of the build and every process it started
    (their user + system time, reaped here), and the load average before it."""
    import resource

    if fresh:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
    _seed_cache(cache, jieba_cache)
    env = {**os.environ, "PYTHONPATH": str(_code()), "QA_CACHE_DIR": str(cache)}
    _reap_descendants()
    before, load = resource.getrusage(resource.RUSAGE_CHILDREN), _load()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "retrieval", "build", "--corpus", str(corpus), "--workers", str(workers)], cwd=_code(), env=env, check=True)
    wall = time.perf_counter() - t0
    _reap_descendants()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"workers": workers, "wall_s": wall, "cpu_s": cpu, "load": load}


DICTIONARY_CACHES = ("jieba.cache", "jieba-base.bin")


def _seed_cache(cache: Path, jieba_cache: Path | None) -> None:
    """Copy into ``cache`` the dictionary caches made once per cache folder, whatever the corpus,
    which a build's time does not include: jieba's own (``jieba.cache``) and our faster-loading
    copy of it (``jieba-base.bin``, see retrieval/search/tokenizer.py), those of them that exist
    beside ``jieba_cache``."""
    if jieba_cache is None:
        return
    for name in DICTIONARY_CACHES:
        src = jieba_cache.parent / name
        if src.exists() and not (cache / name).exists():
            shutil.copy(src, cache / name)


def _reap_descendants() -> None:
    """On Linux, become the reaper of this process's orphaned descendants (e.g. a ``forkserver``
    that outlives its build) and reap them, so that their CPU time counts in RUSAGE_CHILDREN."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return
    deadline = time.monotonic() + 5.0
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # none left
        if pid == 0:  # one still running (a forkserver shutting down): wait a little, not forever
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def measure_build(build_size: int, rounds: int = 2) -> dict:
    """The build rows: ``python -m retrieval build`` of the ``build_size`` corpus from an empty
    cache with 1, then 2 workers, ``rounds`` times (interleaved), and jieba's cut of the same text."""
    from . import corpus as synth

    res: dict = {}
    bdir = synth.write_corpus(OUT / f"corpus-{build_size}", build_size)
    work = OUT / f"scale-build-{build_size}"
    work.mkdir(parents=True, exist_ok=True)
    jcache = OUT / "jieba.cache"
    if not jcache.exists() or not (OUT / "jieba-base.bin").exists():  # (the second made from the first)
        from retrieval.search.tokenizer import Tokenizer

        Tokenizer(cache_dir=OUT)("预热")
    print(f"   scale: building {build_size:,} passages with 1, then 2 workers, {rounds} times …", file=sys.stderr, flush=True)
    runs = [_build_run(bdir, work / f"cache-{w}", w, jcache) for _ in range(rounds) for w in (1, 2)]  # interleaved
    res["build_runs"] = runs
    res["build_1"] = min(r["wall_s"] for r in runs if r["workers"] == 1)  # the least disturbed run of each
    res["build_2"] = min(r["wall_s"] for r in runs if r["workers"] == 2)
    (work / "config.json").write_text(json.dumps({"corpus": str(bdir), "cache": str(work / "cache-1")}))
    res["jieba"] = _worker("jieba", work)
    return res


def measure(scale_size: int, build_size: int, n_questions: int = 200, bot: bool = True, bot_at_scale: bool = False) -> dict:
    from . import corpus as synth

    res: dict = {"scale_size": scale_size, "build_size": build_size, "load": {"start": _load()}}
    res.update(measure_build(build_size))
    res["load"]["build"] = _load()
    jcache = OUT / "jieba.cache"
    # -- serving at scale_size
    sdir = synth.write_corpus(OUT / f"corpus-{scale_size}", scale_size)
    swork = OUT / f"scale-{scale_size}"
    swork.mkdir(parents=True, exist_ok=True)
    cache = swork / "cache"
    if not (cache / "corpus").is_dir():
        print(f"   scale: building the {scale_size:,}-passage cache (2 workers; kept for later runs) …", file=sys.stderr, flush=True)
        res["scale_build_2_s"] = _build(sdir, cache, 2, jcache)
    else:  # a kept cache of older code is brought up to date first, so the serve step starts from it
        _build(sdir, cache, 2, jcache, fresh=False)
    questions = synth.questions(sdir, n_questions)
    new_questions = []
    for file, seed in (("new-article.md", 4242), ("new-article-2.md", 4343)):
        _, text = synth.generate_pages(20, seed=seed)[0]
        (swork / file).write_text(text, "utf-8")
        body = text.split("---\n\n", 1)[1].split("\n\n")
        new_questions.append(max(body, key=len)[:24])
    (swork / "config.json").write_text(json.dumps(
        {"corpus": str(sdir), "cache": str(cache), "questions": questions, "new_question": new_questions[0],
         "new_question_2": new_questions[1]}, ensure_ascii=False))
    # tantivy's index first: the serve step times tantivy's top 10 beside ours, in its own process
    print("   scale: tantivy and rank_bm25 on the same tokens …", file=sys.stderr, flush=True)
    if not (swork / "tokens.json").exists():
        _worker("tokens", swork)
    res["engines"] = _worker("engines", swork)
    res["index_rss"] = _worker("index-rss", swork)
    res["load"]["engines"] = _load()
    # the first start after a build scans the files and writes the manifest; the next ones do not
    print(f"   scale: cold starts, search, add one article at {scale_size:,} …", file=sys.stderr, flush=True)
    _worker("serve", swork)
    time.sleep(2.1)  # the manifest is trusted for folders changed more than 2 s before it was written
    _worker("serve", swork)
    serves = [_worker("serve", swork) for _ in range(3)]
    res["start_s"] = statistics.median(s["marks"]["ready"] for s in serves)
    res["serve"] = serves[1]
    res["load"]["serve"] = _load()
    if bot:
        from . import bot as bot_bench

        print("   scale: bot updates/s at 1k passages …", file=sys.stderr, flush=True)
        res["bot_1k"] = bot_bench.measure(1000, 1000, 50)
        if bot_at_scale:
            res["bot_scale"] = bot_bench.measure(scale_size, 1000, 50, cache=cache)
        res["load"]["bot"] = _load()
    return res


def measure_large(scale_size: int, copies: int) -> dict:
    """Start-up and search() at ``copies`` × ``scale_size`` passages (the scale corpus repeated)."""
    swork = OUT / f"scale-{scale_size}"
    cfg = json.loads((swork / "config.json").read_text())
    n = scale_size * copies
    cfg.update({"copies": copies, "large_corpus": str(OUT / f"corpus-{n}-synthetic"), "large_cache": str(OUT / f"scale-{n}-cache")})
    (swork / "config.json").write_text(json.dumps(cfg, ensure_ascii=False))
    print(f"   scale: a {n:,}-passage entry ({copies} × {scale_size:,}) for start-up …", file=sys.stderr, flush=True)
    made = _worker("make-large", swork)
    time.sleep(1)
    starts = [_worker("start-large", swork) for _ in range(3)]
    mid = sorted(starts, key=lambda r: r["marks"]["ready"])[1]
    return {"passages": made["passages"], "index_bytes": made["index_bytes"], "start_s": mid["marks"]["ready"],
            "start_in_process_s": mid["start_in_process_s"], "search": mid["search"], "first_search_s": mid["first_search_s"],
            "rss": mid["rss"], "load": _load()}


def markdown(res: dict) -> str:
    s, e, j = res["serve"], res["engines"], res["jieba"]
    tant = e["tantivy"]["p50_ms"]
    n = res["scale_size"]
    # tantivy, top_k and search() timed side by side in the serving process (older results: the
    # serve step's own passes against the engines step's tantivy)
    bt = s.get("beside_tantivy") or {"tantivy": e["tantivy"], "topk": s["topk"], "search": s["search"]}
    bt_t = bt["tantivy"]["p50_ms"]

    def row(what, target, value, ok):
        return f"| {what} | {target} | {value} | {'met' if ok else 'MISSED'} |"

    idx_mb = res["index_rss"]["served_growth"] / 1024**2
    proc_mb = (s["rss_served"] - s["rss_before"]) / 1024**2
    rows = [
        # both rows divide by tantivy's p50 in the serve process itself (interleaved, after a first
        # pass); the serve step's first three passes, before tantivy, are given beside them
        row(f"index top-10 p50 ÷ tantivy's top-10 p50 ({n:,} passages)", f"≤ {TARGETS['topk_vs_tantivy']}×",
            f"{bt['topk']['p50_ms']:.3f} ms ÷ {bt_t:.3f} ms = {bt['topk']['p50_ms'] / bt_t:.2f}× in the serving process, interleaved "
            f"(p95 {bt['topk']['p95_ms']:.3f} / {bt['tantivy']['p95_ms']:.3f} ms); its first 3 passes {s['topk']['p50_ms']:.3f} ms; "
            f"in the engines step (a fresh index of the same tokens, interleaved): {e['ours_topk']['p50_ms'] / tant:.2f}×",
            bt["topk"]["p50_ms"] <= TARGETS["topk_vs_tantivy"] * bt_t),
        row("`search()` p50 ÷ tantivy's top-10 p50", f"≤ {TARGETS['search_vs_tantivy']}×",
            f"{bt['search']['p50_ms']:.3f} ms ÷ {bt_t:.3f} ms = {bt['search']['p50_ms'] / bt_t:.2f}× in the serving process, interleaved "
            f"(p95 {bt['search']['p95_ms']:.2f} ms); its first 3 passes {s['search']['p50_ms']:.3f} ms (p95 {s['search']['p95_ms']:.2f} ms)",
            bt["search"]["p50_ms"] <= TARGETS["search_vs_tantivy"] * bt_t),
        row("scores vs rank_bm25 (20 questions × every passage)", "exact",
            "bit-identical" if e["bit_identical"] else f"max |Δ| {e['max_abs_diff_vs_rank_bm25']}", bool(e["bit_identical"])),
        row("RSS growth for the index: `BM25Index.load(mmap=True, deep=False)` + 600 questions' top 10", f"≤ {TARGETS['index_rss_mb']} MB",
            f"{idx_mb:.0f} MB of {s['index_array_bytes'] / 1024**2:.0f} MB mapped (whole serving process: +{proc_mb:.0f} MB for the corpus, jieba and 600 questions; {s['rss_served'] / 1024**2:.0f} MB)",
            idx_mb <= TARGETS["index_rss_mb"]),
        row("cached start, new process until `from_path` returns (median of 3)", f"≤ {TARGETS['start_s_100k']} s at 100k",
            f"{res['start_s']:.2f} s (in-process {s['start_in_process_s']:.2f} s)", res["start_s"] <= TARGETS["start_s_100k"]),
        row(f"single-process build ÷ jieba's cut of the same text ({res['build_size']:,} passages)", f"≤ {TARGETS['build_vs_jieba']}×",
            f"{res['build_1']:.1f} s ÷ {j['cut_s']:.1f} s = {res['build_1'] / j['cut_s']:.1f}×", res["build_1"] <= TARGETS["build_vs_jieba"] * j["cut_s"]),
        row("build with 2 workers vs 1 (best of 2 each, interleaved)", f"≥ {TARGETS['two_workers']}× faster",
            f"{res['build_1']:.1f} s / {res['build_2']:.1f} s = {res['build_1'] / res['build_2']:.2f}×{_build_runs(res)}",
            res["build_1"] / res["build_2"] >= TARGETS["two_workers"]),
        row(f"one article added, until it answers ({n:,} passages)", f"≤ {TARGETS['add_one_s']} s",
            f"first {s['add_one_s'] * 1000:.0f} ms (jieba's POS dictionary loads), second {s['add_second_s'] * 1000:.0f} ms "
            f"({'both answered from the new article' if s['add_found'] and s['add_second_found'] else 'NOT found'}; "
            f"merging the segments {s['merge_s'] * 1000:.0f} ms, same scores: {s['merged_same_scores']})",
            s["add_one_s"] <= TARGETS["add_one_s"] and s["add_found"] and s["add_second_found"]),
    ]
    if "bot_1k" in res:
        b = res["bot_1k"]
        rows.append(row("bot answered updates/s, 1k passages", f"≥ {TARGETS['bot_1k']}/s", f"{b['answered_per_s']:.0f}/s", b["answered_per_s"] >= TARGETS["bot_1k"]))
    if "bot_scale" in res:
        b = res["bot_scale"]
        rows.append(row(f"bot answered updates/s, {n:,} passages", f"≥ {TARGETS['bot_100k']}/s", f"{b['answered_per_s']:.0f}/s", b["answered_per_s"] >= TARGETS["bot_100k"]))
    if "large" in res:
        g = res["large"]
        rows.append(row(f"cached start at {g['passages']:,} passages (the scale corpus repeated)", f"≤ {TARGETS['start_s_1m']} s at 1M",
                        f"{g['start_s']:.2f} s (in-process {g['start_in_process_s']:.2f} s; `search()` p50 / p95 {g['search']['p50_ms']:.2f} / {g['search']['p95_ms']:.2f} ms; RSS {g['rss'] / 1024**2:.0f} MB)",
                        g["start_s"] <= TARGETS["start_s_1m"]))
        res["load"]["large"] = g["load"]
    load = ", ".join(f"{k} {v}" for k, v in res["load"].items())
    flags = (" --bot-at-scale" if "bot_scale" in res else "") + (f" --large-copies {res['large']['passages'] // n}" if "large" in res else "")
    return "\n".join([
        f"**Issue 13 targets** (`.venv/bin/python -m bench --suites scale --scale-size {n} --build-size {res['build_size']}{flags}`)",
        "",
        "| | target | measured | |",
        "|---|---|---|---|",
        *rows,
        "",
        f"tantivy {e['tantivy']['p50_ms']:.3f} / {e['tantivy']['p95_ms']:.3f} ms p50 / p95 (its index built in {e['tantivy_build_s']:.1f} s); "
        f"our `top_k` in the same process {e['ours_topk']['p50_ms']:.3f} / {e['ours_topk']['p95_ms']:.3f} ms; "
        f"top-10 overlap with tantivy {e['top10_overlap']:.0%} (tantivy's idf is ln(1 + (N − n + .5)/(n + .5)), without rank_bm25's floor). "
        f"jieba.lcut of {j['passages']:,} paragraphs ({j['chars']:,} characters): {j['cut_s']:.1f} s. "
        f"Load average (1, 5, 15 min) at each step: {load} — 2 cores shared with other work.",
    ])


def _build_runs(res: dict) -> str:
    """Each build run: workers, wall, CPU of all its processes, the load average before it."""
    runs = res.get("build_runs")
    if not runs:
        return ""
    return " (" + "; ".join(f"{r['workers']}w {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, load {r['load'].split()[0]}" for r in runs) + ")"


def run(args) -> str:
    res = measure(getattr(args, "scale_size", 100_000), getattr(args, "build_size", 10_000), getattr(args, "questions", 200),
                  bot=getattr(args, "scale_bot", True), bot_at_scale=getattr(args, "bot_at_scale", False))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
    if getattr(args, "large_copies", 0):
        try:
            res["large"] = measure_large(res["scale_size"], args.large_copies)
        except (SystemExit, OSError, ValueError) as exc:
            print(f"   scale: the large start-up failed: {exc}", file=sys.stderr, flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"scale-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
    return markdown(res)


def build_rows(res: dict) -> str:
    """``measure_build``'s two rows of the targets' table."""
    j = res["jieba"]
    return "\n".join([
        f"| single-process build ÷ jieba's cut of the same text ({res['build_size']:,} passages) | ≤ {TARGETS['build_vs_jieba']}× | "
        f"{res['build_1']:.1f} s ÷ {j['cut_s']:.1f} s = {res['build_1'] / j['cut_s']:.1f}× |",
        f"| build with 2 workers vs 1 (best of {len(res['build_runs']) // 2} each, interleaved) | ≥ {TARGETS['two_workers']}× faster | "
        f"{res['build_1']:.1f} s / {res['build_2']:.1f} s = {res['build_1'] / res['build_2']:.2f}×{_build_runs(res)} |",
    ])


def main() -> None:
    if sys.argv[1] == "build":  # python -m bench.scale build [BUILD_SIZE [ROUNDS]]: only the build rows
        from .__main__ import snapshot_code

        snapshot_code()  # (the code under test, compiled, as `python -m bench` runs it)
        size = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
        res = {"build_size": size, **measure_build(size, int(sys.argv[3]) if len(sys.argv) > 3 else 2)}
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / f"scale-build-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
        print(build_rows(res))
        return
    if sys.argv[1] == "large":  # python -m bench.scale large COPIES [SCALE_SIZE]: only the large start-up
        size = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
        print(json.dumps(measure_large(size, int(sys.argv[2]))))
        return
    mode, work = sys.argv[1], Path(sys.argv[2])
    modes = {"serve": mode_serve, "tokens": mode_tokens, "engines": mode_engines, "jieba": mode_jieba, "index-rss": mode_index_rss,
             "make-large": mode_make_large, "start-large": mode_start_large}
    modes[mode](work)


if __name__ == "__main__":
    main()

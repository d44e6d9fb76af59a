"""The on-disk cache: parsed pages, tokens, the derived jieba dictionary and the built index.

Layout of the cache folder (``$QA_CACHE_DIR``, default ``.cache/yanlu``; git-ignored)::

    jieba.cache                       jieba's own dictionary cache (not /tmp)
    jieba-base.bin                    the same dictionary, faster to load (search/tokenizer.py)
    pages/ab/<file key>.json          one parsed page (document, passages, speakers)
    tokens/ab/<file key>-<dict>.json  that page's passage tokens under one user dictionary
    corpus/<corpus key>/              a whole corpus, ready to serve:
        meta.json                     format, layout, key, checksums, user dictionary, warnings
        index-*.npy  normalized-*.npy  aligned.npy  sentences-*.npy  jieba-words.txt  jieba-freqs.npy
        text-*.npy  passage-*.npy  page-ptr.npy  doc-bounds.npy  speaker-*.npy
        documents-*.npy  speakers-*.npy  sections-*.npy  pages-*.npy   the passages' columns

A file key hashes the file's name and bytes with the code fingerprint (FORMAT_VERSION,
jieba's version and the source of every module that shapes pages or tokens: ingestion,
attribution, tokenization, the stopword and name lists), so a changed parser never serves
stale parses; bump FORMAT_VERSION when what the per-file caches hold changes, and
index.ENTRY_LAYOUT when a corpus entry's files change (entries of another layout are rebuilt
from the per-file caches, nothing parsed again). The corpus key hashes the fingerprint and every file's relative
path and key: an unchanged corpus loads ``corpus/<key>`` (no parsing, no jieba until the
first question); a changed, added or removed file re-parses that file only, re-tokenizes
what its dictionary requires, and rebuilds the index. Nothing is unpickled: JSON and
``.npy`` arrays of plain numbers (object arrays refused), checked against SHA-256 sums and validated field by
field. A cache entry that fails any check is reported with a warning, ignored and rebuilt.

The modules: files.py (the folder, fingerprint, scanning and file keys, small JSON
files), pages.py (pages as JSON), index.py (the whole-corpus entry: index arrays,
pages, jieba's dictionary; saved and validated). This one builds a Corpus with the per-file caches
and holds ``load_or_build(path, settings) -> Corpus``, which ``Retriever.from_path`` calls.
"""

from __future__ import annotations

import hashlib
import operator
import threading
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import accumulate
from pathlib import Path

from ..corpus import Corpus, user_words
from ..errors import CorpusError
from ..search.tokenizer import Tokenizer
from ..settings import Settings
from ..text import normalize
from . import manifest
from . import workers as pools
from .files import (
    CacheError,
    SourceFile,
    cache_root,
    corpus_key,
    dumps,
    log,
    read_json,
    scan,
    try_write,
)
from .index import entry_dir, load_corpus_entry, save_corpus
from .pages import decode_page, encode_page
from .workers import pool

# -- building, with the per-file caches ----------------------------------------------------------------


def parse_pages(root: Path, files: Sequence[SourceFile], runner: pools.Serial | None = None) -> tuple[list, list[str]]:
    """Parsed pages (from the per-file cache when possible) and the warnings of ingestion.

    Same policy as ``pages.load_corpus`` (``pages.Admission``): undecodable and unparsable files,
    pages without article text and repeated articles are skipped with one line each. Files not
    in the page cache are parsed by ``runner`` (``workers.pool``: this process, local processes
    or a Dask cluster), the rest of the policy runs here, in file order, whoever parsed them.
    """
    from ..pages import ingest
    from ..search.tokenizer import use_cache_dir

    runner = runner or pools.Serial()
    parsed_of: list = [None] * len(files)
    todo: list[int] = []
    for i, f in enumerate(files):
        cached = root / "pages" / f.key[:2] / f"{f.key}.json"
        data = read_json(cached, "page")
        if data is not None:
            try:
                parsed_of[i] = ("page", decode_page(data, str(f.path)))
                f.data = None
                continue
            except CacheError as exc:
                log.warning("ignored the cached page %s: %s; rebuilding it", cached, exc)
        todo.append(i)
    if todo:
        items = []
        for i in todo:
            f = files[i]
            data = f.data
            if data is None and runner.remote:  # a cluster's workers may not see this folder
                try:
                    data = f.path.read_bytes()
                except OSError:
                    data = None  # the worker reports it, as any unreadable file
            items.append((i, str(f.path), data))
        tasks = pools.chunks(items, runner.workers, weight=lambda it: len(it[2]) if it[2] is not None else 4096, most=1 << 20)
        cache_dir = None if runner.remote else str(root)

        def page_file(i: int) -> Path:
            return root / "pages" / files[i].key[:2] / f"{files[i].key}.json"

        # local workers (and this process) write each parsed page's cache file; a cluster's cannot
        args = [([(p, d, None if runner.remote else str(page_file(i))) for i, p, d in t], cache_dir) for t in tasks]
        bar = pools.progress(len(items), "reading pages", "page")
        try:
            results = runner.map(pools.parse_files, args, lambda k: bar.update(len(tasks[k])))
            use_cache_dir(root)  # jieba's dictionary, here too (already loaded before forked workers)
            for task, result in zip(tasks, results):
                for (i, _, _), res in zip(task, result):
                    parsed_of[i] = res
                    if res[0] == "page" and runner.remote:
                        try_write(page_file(i), dumps(encode_page(res[1])))
                    files[i].data = None
        finally:
            bar.close()
    else:
        use_cache_dir(root)
    pages, warnings, admission = [], [], ingest.Admission()
    for f, (kind, value) in zip(files, parsed_of):
        if kind == "skip":
            if "could not be parsed" in value:
                log.debug("%s", value)
            warnings.append(value)
            continue
        if (reason := admission.page(value)) is not None:
            warnings.append(f"skipped {f.path}: {reason}")
            continue
        pages.append((f, value))
    return pages, warnings


def tokenize_pages(root: Path, pages: Sequence, tokenizer, runner: pools.Serial | None = None) -> list[list[str]]:
    """Every passage's tokens, page by page, from the token cache when the dictionary matches.

    Pages not in the token cache are cut by ``runner``'s workers, each with a Tokenizer
    rebuilt from ``tokenizer.user_freqs`` (the same dictionary, hence the same tokens).
    """
    return list(_tokenize(root, pages, tokenizer, runner)[0])


class _Arriving(Sequence):
    """Every passage's tokens, or normalised texts, in order: a page's as soon as the chunk that
    holds it is back from the workers (``fill(j)``), so that ``BM25Index.build`` counts the first
    passages' words while the workers still cut the last ones."""

    def __init__(self, per_page: list, sizes: Sequence[int], fill: Callable[[int], None]):
        self._per_page = per_page
        self._ptr = [0, *accumulate(sizes)]
        self._fill = fill

    def __len__(self) -> int:
        return self._ptr[-1]

    def __iter__(self) -> Iterator:
        for j in range(len(self._per_page)):
            if self._per_page[j] is None:
                self._fill(j)
            yield from self._per_page[j]

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = operator.index(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        j = bisect_right(self._ptr, i) - 1
        if self._per_page[j] is None:
            self._fill(j)
        return self._per_page[j][i - self._ptr[j]]


def _tokenize(root: Path, pages: Sequence, tokenizer, runner: pools.Serial | None = None) -> tuple[Sequence[list[str]], Sequence[str] | None]:
    """``tokenize_pages``, and every passage's normalised text when workers cut the pages (they
    compute it beside the tokens; None when this process cut them: ``Corpus`` normalises then).
    With workers, both are ``_Arriving`` sequences: reading them waits for the workers' results."""
    freqs = tokenizer.user_freqs
    dict_key = hashlib.sha256(dumps(freqs)).hexdigest()[:16]
    out: list = [None] * len(pages)
    norm: list = [None] * len(pages)
    todo: list[int] = []

    def token_file(j: int) -> Path:
        f = pages[j][0]
        return root / "tokens" / f.key[:2] / f"{f.key[:40]}-{dict_key}.json"

    for j, (_, parsed) in enumerate(pages):
        cached = token_file(j)
        tokens = read_json(cached, "tokens")
        if (
            isinstance(tokens, list)
            and len(tokens) == len(parsed.passages)
            and all(isinstance(t, list) and all(isinstance(w, str) for w in t) for t in tokens)
        ):
            out[j] = tokens
            continue
        if tokens is not None:
            log.warning("ignored the cached tokens %s: malformed; rebuilding them", cached)
        todo.append(j)
    runner = runner or pools.Serial()
    if not todo or not (runner.workers > 1 or runner.remote):
        if todo:  # this process: the tokenizer already loaded
            bar = pools.progress(sum(len(pages[j][1].passages) for j in todo), "indexing passages", "passage")
            try:
                for j in todo:
                    out[j] = [tokenizer(p.text) for p in pages[j][1].passages]
                    bar.update(len(out[j]))
            finally:
                bar.close()
            for j in todo:  # after the cutting, not between pages (see workers.parse_files)
                try_write(token_file(j), dumps(out[j]))
        return [t for tokens in out for t in tokens], None
    # the workers, in page order (results are used as they arrive); local ones write each page's
    # token cache, a cluster's cannot
    cache_dir = None if runner.remote else str(root)
    tasks = pools.chunks(todo, runner.workers, weight=lambda j: len(pages[j][1].passages), most=5000, heaviest_first=False)
    args = [
        (dict_key, freqs, [[p.text for p in pages[j][1].passages] for j in t], cache_dir, None if runner.remote else [str(token_file(j)) for j in t])
        for t in tasks
    ]
    sizes = [sum(len(pages[j][1].passages) for j in t) for t in tasks]
    bar = pools.progress(sum(sizes), "indexing passages", "passage")
    arriving = zip(tasks, runner.map(pools.tokenize_texts, args, lambda k: bar.update(sizes[k])))
    left = [len(tasks)]

    def tokens_of(j: int) -> None:
        while out[j] is None:
            try:
                task, result = next(arriving)
            except StopIteration:  # never: every page is in a task
                raise RuntimeError(f"no tokens came back for page {j}") from None
            except BaseException:
                bar.close()
                raise
            lists, texts, at = result.passages(), result.normalized, 0
            for k in task:
                n = len(pages[k][1].passages)
                out[k], norm[k] = lists[at : at + n], texts[at : at + n]
                at += n
                if runner.remote:
                    try_write(token_file(k), dumps(out[k]))
            left[0] -= 1
            if not left[0]:
                bar.close()

    def normalized_of(j: int) -> None:
        tokens_of(j)
        if norm[j] is None:  # tokens from the cache: normalised here
            norm[j] = [normalize(p.text) for p in pages[j][1].passages]

    counts = [len(parsed.passages) for _, parsed in pages]
    return _Arriving(out, counts, tokens_of), _Arriving(norm, counts, normalized_of)


def build(root: Path, cache: Path, files: Sequence[SourceFile], runner: pools.Serial | None = None) -> Corpus:
    """Parse (cached per file), derive the dictionary, tokenize (cached per file), index."""
    started = time.perf_counter()
    if runner is not None and (runner.workers > 1 or runner.remote):
        runner.prepare(str(cache))  # local workers start (forked after this process loaded what they need)
    pairs, warnings = parse_pages(cache, files, runner)
    for w in warnings:
        log.warning("%s", w)
    if not pairs:
        raise CorpusError(f"no readable news page in {root}")
    pages = [p for _, p in pairs]
    tokenizer = Tokenizer(user_words(p for page in pages for p in page.passages), cache_dir=cache)
    tokens, normalized = _tokenize(cache, pairs, tokenizer, runner)
    corpus = Corpus.build(pages, tokenizer=tokenizer, tokens=tokens, warnings=warnings, normalized=normalized)
    return replace(corpus, build_seconds=time.perf_counter() - started)


def load_or_build(path: Path, settings: Settings, *, workers: int = 1, scheduler=None, check: bool | None = None) -> Corpus:
    """The corpus at ``path``: from the cache (``settings.cache_dir``) when unchanged, else built and cached.

    Files over ``settings.max_file_bytes`` are skipped. Raises CorpusError when nothing can be served.
    A build parses and cuts new files in ``workers`` local processes (0: one per core), or on
    the Dask cluster whose scheduler is ``scheduler`` (an address such as ``tcp://host:8786``,
    or a ``distributed.Client``); the result is the same as with one process.

    Start-up does not scan the files when the corpus manifest still matches every folder
    (``manifest``: one stat per folder): ``check=None`` then checks every file in a background
    thread (a change found drops the manifest and logs a warning: the next start rebuilds),
    ``check=False`` does not, ``check=True`` scans every file before loading, as a build does.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    cache = cache_root(settings.cache_dir)
    limit = settings.max_file_bytes
    if not check and (known := manifest.trusted_key(cache, path, limit)) is not None:
        key, skipped = known
        try:
            corpus = load_corpus_entry(cache, key, manifest.PathsOf(path))
        except CacheError as exc:
            log.warning("ignored the cached index in %s: %s; rebuilding it", entry_dir(cache, key), exc)
            corpus = None
        if corpus is not None:
            for line in skipped:
                log.warning("%s", line)
            corpus.tokenizer.warm_up()
            if check is None:
                threading.Thread(target=check_corpus, args=(path, settings, key), name="corpus-check", daemon=True).start()
            return corpus
    files, skipped = scan(path, cache, limit)
    for line in skipped:
        log.warning("%s", line)
    key = corpus_key(files, skipped, limit)
    try:
        corpus = load_corpus_entry(cache, key, files)
    except CacheError as exc:
        log.warning("ignored the cached index in %s: %s; rebuilding it", entry_dir(cache, key), exc)
        corpus = None
    if corpus is not None:
        manifest.write_manifest(cache, path, limit, key, skipped)
        corpus.tokenizer.warm_up()  # jieba loads in the background: the corpus serves at once
        return corpus
    started = time.perf_counter()
    with pool(workers, scheduler) as runner:
        corpus = build(path, cache, files, runner)
    try:
        save_corpus(cache, key, files, corpus)
        manifest.write_manifest(cache, path, limit, key, skipped)
    except OSError as exc:
        log.warning("could not write the index cache in %s (%s); it will be rebuilt next time", cache, exc)
    return replace(corpus, build_seconds=time.perf_counter() - started)


def check_corpus(path: Path, settings: Settings, key: str) -> bool:
    """Scan every file of ``path``: True when it is still the corpus of the entry ``key``; if not,
    the manifest is dropped (the next start scans and rebuilds what changed) and a warning logged."""
    cache = cache_root(settings.cache_dir)
    try:
        files, skipped = scan(path, cache, settings.max_file_bytes)
        if corpus_key(files, skipped, settings.max_file_bytes) == key:
            return True
    except Exception as exc:  # a background check never takes the server down
        log.warning("could not check the corpus %s (%s)", path, exc)
    manifest.forget(cache, path, settings.max_file_bytes)
    log.warning("the corpus %s changed since its index was built: restart (or run `python -m retrieval build`) to serve the change", path)
    return False

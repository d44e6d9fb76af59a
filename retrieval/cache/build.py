"""The on-disk cache: parsed pages, tokens, the derived jieba dictionary and the built index.

Layout of the cache folder (``$QA_CACHE_DIR``, default ``.cache/yanlu``; git-ignored)::

    jieba.cache                       jieba's own dictionary cache (not /tmp)
    pages/ab/<file key>.json          one parsed page (document, passages, speakers)
    tokens/ab/<file key>-<dict>.json  that page's passage tokens under one user dictionary
    corpus/<corpus key>/              a whole corpus, ready to serve:
        meta.json                     format, key, checksums, user dictionary, warnings
        pages.json  vocab.json  index-*.npy  jieba-words.txt  jieba-freqs.npy

A file key hashes the file's name and bytes with the code fingerprint (FORMAT_VERSION,
jieba's version and the source of every module that shapes pages or tokens: ingestion,
attribution, tokenization, the stopword and name lists), so a changed parser never serves
stale parses; bump FORMAT_VERSION when what the cache modules or index.py write changes. The corpus key hashes the fingerprint and every file's relative
path and key: an unchanged corpus loads ``corpus/<key>`` (no parsing, no jieba until the
first question); a changed, added or removed file re-parses that file only, re-tokenizes
what its dictionary requires, and rebuilds the index. Nothing is unpickled: JSON and
``.npy`` arrays of plain numbers (object arrays refused), checked against SHA-256 sums and validated field by
field. A cache entry that fails any check is reported with a warning, ignored and rebuilt.

The modules: cachefiles.py (the folder, fingerprint, scanning and file keys, small JSON
files), cachepages.py (pages as JSON), cacheindex.py (the whole-corpus entry: index arrays,
pages, jieba's dictionary; saved and validated). This one builds with the per-file caches
and holds ``load_or_build``, which ``Retriever.from_path`` calls.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..search.bm25 import BM25Index
from .files import (  # noqa: F401  (re-exported: the cache's public names live here too)
    FORMAT_VERSION,
    CacheError,
    SourceFile,
    _dumps,
    _read_json,
    _try_write,
    cache_root,
    code_fingerprint,
    corpus_key,
    log,
    scan,
)
from .index import (  # noqa: F401
    KEEP_CORPORA,
    _entry_dir,
    index_arrays,
    index_from_arrays,
    load_corpus_entry,
    save_corpus,
)
from .pages import decode_corpus, decode_page, encode_corpus, encode_page  # noqa: F401

# -- building, with the per-file caches ----------------------------------------------------------------


def _progress(iterable: Iterable, total: int, desc: str, unit: str):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=not sys.stderr.isatty(), leave=False, dynamic_ncols=True, smoothing=0.1)


def parse_pages(root: Path, files: Sequence[SourceFile]) -> tuple[list, list[str]]:
    """Parsed pages (from the per-file cache when possible) and the warnings of ingestion.

    Same policy as ``ingest.load_corpus``: undecodable and unparsable files, pages without
    article text and repeated articles are skipped with one line each.
    """
    from ..pages.ingest import SkipFile, decode, parse_page, refusal
    from ..search.tokenizer import use_cache_dir

    use_cache_dir(root)
    pages, warnings, bodies = [], [], set()
    bar = _progress(files, len(files), "reading pages", "page")
    started, n_passages = time.perf_counter(), 0
    for f in bar:
        if n_passages and not bar.disable:
            rate = n_passages / max(time.perf_counter() - started, 1e-9)
            bar.set_postfix_str(f"{n_passages:,} passages, {rate:,.0f} passages/s", refresh=False)
        cached = root / "pages" / f.key[:2] / f"{f.key}.json"
        parsed = None
        data = _read_json(cached, "page")
        if data is not None:
            try:
                parsed = decode_page(data, str(f.path))
            except CacheError as exc:
                log.warning("ignored the cached page %s: %s; rebuilding it", cached, exc)
        if parsed is None:
            try:
                data = f.data if f.data is not None else f.path.read_bytes()
                parsed = parse_page(f.path, decode(data))
            except SkipFile as exc:
                warnings.append(f"skipped {f.path}: {exc}")
                continue
            except OSError as exc:
                warnings.append(f"skipped {f.path}: cannot be read ({exc.strerror or exc.__class__.__name__})")
                continue
            except Exception as exc:  # one malformed page never takes the corpus down
                log.debug("parse error in %s", f.path, exc_info=True)
                warnings.append(f"skipped {f.path}: could not be parsed ({exc})")
                continue
            _try_write(cached, _dumps(encode_page(parsed)))
        f.data = None
        if (reason := refusal(parsed, bodies)) is not None:
            warnings.append(f"skipped {f.path}: {reason}")
            continue
        pages.append((f, parsed))
        n_passages += len(parsed.passages)
    return pages, warnings


def tokenize_pages(root: Path, pages: Sequence, tokenizer) -> list[list[str]]:
    """Every passage's tokens, page by page, from the token cache when the dictionary matches."""
    dict_key = hashlib.sha256(_dumps(tokenizer.user_freqs)).hexdigest()[:16]
    out: list[list[str]] = []
    total = sum(len(p.passages) for _, p in pages)
    bar = _progress(None, total, "indexing passages", "passage")
    try:
        for f, parsed in pages:
            cached = root / "tokens" / f.key[:2] / f"{f.key[:40]}-{dict_key}.json"
            tokens = _read_json(cached, "tokens")
            if not (
                isinstance(tokens, list)
                and len(tokens) == len(parsed.passages)
                and all(isinstance(t, list) and all(isinstance(w, str) for w in t) for t in tokens)
            ):
                if tokens is not None:
                    log.warning("ignored the cached tokens %s: malformed; rebuilding them", cached)
                tokens = [tokenizer(p.text) for p in parsed.passages]
                _try_write(cached, _dumps(tokens))
            out.extend(tokens)
            bar.update(len(parsed.passages))
    finally:
        bar.close()
    return out


def build(cls, root: Path, cache: Path, files: Sequence[SourceFile]) -> tuple[object, list[str]]:
    """Parse (cached per file), derive the dictionary, tokenize (cached per file), index."""
    from ..errors import CorpusError
    from ..search.tokenizer import Tokenizer

    pairs, warnings = parse_pages(cache, files)
    for w in warnings:
        log.warning("%s", w)
    if not pairs:
        raise CorpusError(f"no readable news page in {root}")
    from ..retriever import corpus_user_words

    pages = [p for _, p in pairs]
    tokenizer = Tokenizer(corpus_user_words(p for page in pages for p in page.passages), cache_dir=cache)
    tokens = tokenize_pages(cache, pairs, tokenizer)
    index = BM25Index.build(tokens)
    return cls(pages, tokenizer, index=index), warnings


def load_or_build(cls, path: Path, cache_dir: str | os.PathLike | None = None):
    """The retriever for ``path``: from the cache when the corpus is unchanged, else built and cached."""
    from ..errors import CorpusError

    path = Path(path)
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    cache = cache_root(cache_dir)
    files, skipped = scan(path, cache)
    for line in skipped:
        log.warning("%s", line)
    key = corpus_key(files, skipped)
    try:
        r = load_corpus_entry(cls, cache, key, files)
    except CacheError as exc:
        log.warning("ignored the cached index in %s: %s; rebuilding it", _entry_dir(cache, key), exc)
        r = None
    if r is not None:
        r.from_cache = True
        r._tokenizer.warm_up()
        return r
    started = time.perf_counter()
    r, warnings = build(cls, path, cache, files)
    try:
        save_corpus(cache, key, files, r, warnings)
    except OSError as exc:
        log.warning("could not write the index cache in %s (%s); it will be rebuilt next time", cache, exc)
    r.build_seconds = time.perf_counter() - started
    r.from_cache = False
    return r

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

The modules: files.py (the folder, fingerprint, scanning and file keys, small JSON
files), pages.py (pages as JSON), index.py (the whole-corpus entry: index arrays,
pages, jieba's dictionary; saved and validated). This one builds a Corpus with the per-file caches
and holds ``load_or_build(path, settings) -> Corpus``, which ``Retriever.from_path`` calls.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..corpus import Corpus, user_words
from ..errors import CorpusError
from ..search.tokenizer import Tokenizer
from ..settings import Settings
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

# -- building, with the per-file caches ----------------------------------------------------------------


def _progress(iterable: Iterable, total: int, desc: str, unit: str):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=not sys.stderr.isatty(), leave=False, dynamic_ncols=True, smoothing=0.1)


def parse_pages(root: Path, files: Sequence[SourceFile]) -> tuple[list, list[str]]:
    """Parsed pages (from the per-file cache when possible) and the warnings of ingestion.

    Same policy as ``pages.load_corpus`` (``pages.Admission``): undecodable and unparsable files,
    pages without article text and repeated articles are skipped with one line each.
    """
    from ..pages import ingest
    from ..search.tokenizer import use_cache_dir

    use_cache_dir(root)
    pages, warnings, admission = [], [], ingest.Admission()
    bar = _progress(files, len(files), "reading pages", "page")
    started, n_passages = time.perf_counter(), 0
    for f in bar:
        if n_passages and not bar.disable:
            rate = n_passages / max(time.perf_counter() - started, 1e-9)
            bar.set_postfix_str(f"{n_passages:,} passages, {rate:,.0f} passages/s", refresh=False)
        cached = root / "pages" / f.key[:2] / f"{f.key}.json"
        parsed = None
        data = read_json(cached, "page")
        if data is not None:
            try:
                parsed = decode_page(data, str(f.path))
            except CacheError as exc:
                log.warning("ignored the cached page %s: %s; rebuilding it", cached, exc)
        if parsed is None:
            try:
                data = f.data if f.data is not None else f.path.read_bytes()
                parsed = ingest.parse_page(f.path, ingest.decode(data))
            except ingest.SkipFile as exc:
                warnings.append(f"skipped {f.path}: {exc}")
                continue
            except OSError as exc:
                warnings.append(f"skipped {f.path}: cannot be read ({exc.strerror or exc.__class__.__name__})")
                continue
            except Exception as exc:  # one malformed page never takes the corpus down
                log.debug("parse error in %s", f.path, exc_info=True)
                warnings.append(f"skipped {f.path}: could not be parsed ({exc})")
                continue
            try_write(cached, dumps(encode_page(parsed)))
        f.data = None
        if (reason := admission.page(parsed)) is not None:
            warnings.append(f"skipped {f.path}: {reason}")
            continue
        pages.append((f, parsed))
        n_passages += len(parsed.passages)
    return pages, warnings


def tokenize_pages(root: Path, pages: Sequence, tokenizer) -> list[list[str]]:
    """Every passage's tokens, page by page, from the token cache when the dictionary matches."""
    dict_key = hashlib.sha256(dumps(tokenizer.user_freqs)).hexdigest()[:16]
    out: list[list[str]] = []
    total = sum(len(p.passages) for _, p in pages)
    bar = _progress(None, total, "indexing passages", "passage")
    try:
        for f, parsed in pages:
            cached = root / "tokens" / f.key[:2] / f"{f.key[:40]}-{dict_key}.json"
            tokens = read_json(cached, "tokens")
            if not (
                isinstance(tokens, list)
                and len(tokens) == len(parsed.passages)
                and all(isinstance(t, list) and all(isinstance(w, str) for w in t) for t in tokens)
            ):
                if tokens is not None:
                    log.warning("ignored the cached tokens %s: malformed; rebuilding them", cached)
                tokens = [tokenizer(p.text) for p in parsed.passages]
                try_write(cached, dumps(tokens))
            out.extend(tokens)
            bar.update(len(parsed.passages))
    finally:
        bar.close()
    return out


def build(root: Path, cache: Path, files: Sequence[SourceFile]) -> Corpus:
    """Parse (cached per file), derive the dictionary, tokenize (cached per file), index."""
    started = time.perf_counter()
    pairs, warnings = parse_pages(cache, files)
    for w in warnings:
        log.warning("%s", w)
    if not pairs:
        raise CorpusError(f"no readable news page in {root}")
    pages = [p for _, p in pairs]
    tokenizer = Tokenizer(user_words(p for page in pages for p in page.passages), cache_dir=cache)
    tokens = tokenize_pages(cache, pairs, tokenizer)
    corpus = Corpus.build(pages, tokenizer=tokenizer, tokens=tokens, warnings=warnings)
    return replace(corpus, build_seconds=time.perf_counter() - started)


def load_or_build(path: Path, settings: Settings) -> Corpus:
    """The corpus at ``path``: from the cache (``settings.cache_dir``) when unchanged, else built and cached.

    Files over ``settings.max_file_bytes`` are skipped. Raises CorpusError when nothing can be served.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"corpus not found: {path}")
    cache = cache_root(settings.cache_dir)
    files, skipped = scan(path, cache, settings.max_file_bytes)
    for line in skipped:
        log.warning("%s", line)
    key = corpus_key(files, skipped, settings.max_file_bytes)
    try:
        corpus = load_corpus_entry(cache, key, files)
    except CacheError as exc:
        log.warning("ignored the cached index in %s: %s; rebuilding it", entry_dir(cache, key), exc)
        corpus = None
    if corpus is not None:
        corpus.tokenizer.warm_up()  # jieba loads in the background: the corpus serves at once
        return corpus
    started = time.perf_counter()
    corpus = build(path, cache, files)
    try:
        save_corpus(cache, key, files, corpus)
    except OSError as exc:
        log.warning("could not write the index cache in %s (%s); it will be rebuilt next time", cache, exc)
    return replace(corpus, build_seconds=time.perf_counter() - started)

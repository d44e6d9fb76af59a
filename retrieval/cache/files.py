"""Cache files: the cache folder, the code fingerprint, corpus scanning with file keys, small JSON files.

A file key hashes the file's name and bytes (and its sources.json entry) with the code fingerprint (FORMAT_VERSION,
jieba's version and the source of every module that shapes pages or tokens: ingestion,
attribution, tokenization, the stopword and name lists), so a changed parser never serves
stale parses; bump FORMAT_VERSION when what the per-file caches hold changes (what index.py
writes for a whole corpus has its own mark, index.ENTRY_LAYOUT).
The corpus key hashes the fingerprint and every file's relative path and key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..pages.ingest import MAX_FILE_BYTES, Admission, iter_files, source_entry
from ..settings import DEFAULT_CACHE_DIR

log = logging.getLogger("retrieval.cache")

FORMAT_VERSION = 4  # 4: Page.teasers
# Modules that do not shape pages or tokens; the format of what the cache modules write is
# FORMAT_VERSION's job, that of a corpus entry index.ENTRY_LAYOUT's (and every entry is
# validated on load regardless).
# The question side (search/intent.py, answering.py, aliases.py, overlap.py and their word lists) reads
# the cache and shapes none of it.
# corpus.py derives the user dictionary: it keys whole-corpus entries (corpus_key), not
# pages, and tokens are keyed by the dictionary itself.
_NOT_FINGERPRINTED = {
    "cache", "cli", "chat", "search/bm25.py", "search/vocabulary.py", "search/highlight.py", "search/filters.py", "evaluation.py",
    "__main__.py", "retriever.py", "corpus.py", "settings.py", "tokenize.py", "search/names.py", "data/followups.txt",
    "search/intent.py", "search/answering.py", "search/aliases.py", "data/intent.txt", "data/synonyms.txt",
    "search/overlap.py", "search/kernels.py", "data/rerank.txt", "search/agent.py", "data/agents.txt", "data/place_markers.txt",
}  # fmt: skip  (folders, or paths relative to the package)


class CacheError(Exception):
    """A cache entry that must not be used (missing, foreign, corrupt or stale)."""


def cache_root(cache_dir: str | os.PathLike | None = None) -> Path:
    """The cache folder: ``cache_dir``, else ``.cache/yanlu`` (``Settings.cache_dir`` reads QA_CACHE_DIR)."""
    return Path(cache_dir) if cache_dir is not None else DEFAULT_CACHE_DIR


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """FORMAT_VERSION, jieba's version and the source of the modules that shape the cache."""
    import jieba

    h = hashlib.sha256(f"yanlu-cache {FORMAT_VERSION} jieba {jieba.__version__}\n".encode())
    pkg = Path(__file__).resolve().parent.parent
    files = [p for p in sorted(pkg.rglob("*.py")) if not _NOT_FINGERPRINTED & {p.relative_to(pkg).parts[0], p.relative_to(pkg).as_posix()}]
    files += sorted(p for p in (pkg / "data").glob("*.txt") if p.relative_to(pkg).as_posix() not in _NOT_FINGERPRINTED)
    for path in files:
        h.update(path.relative_to(pkg).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"(missing)")
    return h.hexdigest()


# -- scanning the corpus ---------------------------------------------------------------


@dataclass(slots=True)
class SourceFile:
    path: Path
    rel: str  # path relative to the corpus root, POSIX form
    key: str  # sha256 of the code fingerprint, the file name and its bytes
    data: bytes | None  # None once parsed or when skipped


def scan(root: Path, cache: Path | None = None, max_file_bytes: int = MAX_FILE_BYTES) -> tuple[list[SourceFile], list[str]]:
    """The corpus files in ingestion order with their keys, and one line per skipped file.

    The file policy is ``pages.Admission``'s, as in ``pages.load_corpus`` (extensions, size limit), and unreadable files.
    With ``cache``, a file whose size, mtime and inode match ``files.json`` (and whose
    mtime is older than that record by 2 s, as git does against racy edits) keeps its
    recorded key instead of being read and hashed again.
    """
    admission = Admission(max_file_bytes)
    fp = code_fingerprint()
    fpb = fp.encode()
    known, trusted_before = _load_stat_cache(cache, fp)
    fresh: dict[str, list] = {}
    files, skipped = [], []
    single = root.is_file()
    prefix = str(root) + os.sep
    for path in iter_files(root):
        if (reason := admission.file(path, 0)) is not None:  # the file type, before any stat
            skipped.append(f"skipped {path}: {reason}")
            continue
        p = str(path)
        try:
            st = os.stat(p)
            if (reason := admission.file(path, st.st_size)) is not None:
                skipped.append(f"skipped {path}: {reason}")
                continue
            stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
            rec = known.get(p)
            if rec is not None and rec[:3] == stamp and st.st_mtime_ns < trusted_before:
                key, data = rec[3], None
            else:
                data = path.read_bytes()
                key = hashlib.sha256(fpb + b"\0" + path.name.encode() + b"\0" + data).hexdigest()
        except OSError as exc:
            skipped.append(f"skipped {path}: cannot be read ({exc.strerror or exc.__class__.__name__})")
            continue
        fresh[p] = [*stamp, key]
        if (entry := source_entry(path)) is not None:  # a changed sources.json entry re-parses the page
            key = hashlib.sha256(f"{key}\0{entry.key()}".encode()).hexdigest()
        if single:
            rel = path.name
        elif p.startswith(prefix):
            rel = p[len(prefix) :].replace(os.sep, "/")
        else:
            rel = path.relative_to(root).as_posix()
        files.append(SourceFile(path, rel, key, data))
    if cache is not None and any(known.get(k) != v for k, v in fresh.items()):
        _save_stat_cache(cache, fp, {**known, **fresh})
    return files, skipped


def _load_stat_cache(cache: Path | None, fp: str) -> tuple[dict, int]:
    if cache is None:
        return {}, 0
    data = read_json(cache / "files.json", "file list")
    try:
        if data["fingerprint"] == fp and isinstance(data["files"], dict) and isinstance(data["written_ns"], int):
            files = {
                k: v
                for k, v in data["files"].items()
                if isinstance(v, list) and len(v) == 4 and all(isinstance(x, int) for x in v[:3]) and isinstance(v[3], str)
            }
            return files, data["written_ns"] - 2_000_000_000
    except (TypeError, KeyError):
        pass
    return {}, 0


def _save_stat_cache(cache: Path, fp: str, files: dict) -> None:
    if len(files) > 200_000:  # keep the record bounded: the corpus of this run comes first
        files = dict(list(files.items())[-200_000:])
    try_write(cache / "files.json", dumps({"fingerprint": fp, "written_ns": time.time_ns(), "files": files}))


def corpus_key(files: Sequence[SourceFile], skipped: Sequence[str], max_file_bytes: int = MAX_FILE_BYTES) -> str:
    h = hashlib.sha256(f"{code_fingerprint()} {max_file_bytes}\n".encode())
    h.update((Path(__file__).resolve().parent.parent / "corpus.py").read_bytes())
    for f in files:
        h.update(f"{f.rel}\0{f.key}\n".encode())
    h.update(str(len(skipped)).encode())
    return h.hexdigest()


# -- small files, written atomically ----------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dumps(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def read_json(path: Path, what: str):
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignored the cached %s %s: unreadable (%s); rebuilding it", what, path, exc)
        return None


def try_write(path: Path, data: bytes) -> None:
    try:
        _write_atomic(path, data)
    except OSError as exc:
        log.warning("could not write the cache file %s (%s)", path, exc)

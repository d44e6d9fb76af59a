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
stale parses; bump FORMAT_VERSION when what persist.py or index.py writes changes. The corpus key hashes the fingerprint and every file's relative
path and key: an unchanged corpus loads ``corpus/<key>`` (no parsing, no jieba until the
first question); a changed, added or removed file re-parses that file only, re-tokenizes
what its dictionary requires, and rebuilds the index. Nothing is unpickled: JSON and
``.npy`` arrays of plain numbers (object arrays refused), checked against SHA-256 sums and validated field by
field. A cache entry that fails any check is reported with a warning, ignored and rebuilt.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import io
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .index import BM25Index, Postings
from .models import Document, Passage, Speaker

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
KEEP_CORPORA = 4  # corpus entries kept in the cache folder, most recently used first
# Modules that do not shape pages or tokens; the format of what persist.py and index.py
# write is FORMAT_VERSION's job (and every entry is validated on load regardless).
# retriever.py derives the user dictionary: it keys whole-corpus entries (corpus_key), not
# pages, and tokens are keyed by the dictionary itself.
_NOT_FINGERPRINTED = {
    "persist.py", "index.py", "cli.py", "cli_format.py", "shell.py", "evaluate.py", "__main__.py",
    "retriever.py",
}  # fmt: skip
_SCALARS = (str, int, float, bool, type(None))


class CacheError(Exception):
    """A cache entry that must not be used (missing, foreign, corrupt or stale)."""


def cache_root(cache_dir: str | os.PathLike | None = None) -> Path:
    """The cache folder: ``cache_dir``, else $QA_CACHE_DIR, else ``.cache/yanlu``."""
    from .tokenize import default_cache_dir

    return Path(cache_dir) if cache_dir is not None else default_cache_dir()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """FORMAT_VERSION, jieba's version and the source of the modules that shape the cache."""
    import jieba

    h = hashlib.sha256(f"yanlu-cache {FORMAT_VERSION} jieba {jieba.__version__}\n".encode())
    pkg = Path(__file__).resolve().parent
    files = [p for p in sorted(pkg.glob("*.py")) if p.name not in _NOT_FINGERPRINTED]
    files += sorted((pkg / "data").glob("*.txt"))
    for path in files:
        h.update(path.name.encode() + b"\0")
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


def scan(root: Path, cache: Path | None = None) -> tuple[list[SourceFile], list[str]]:
    """The corpus files in ingestion order with their keys, and one line per skipped file.

    Mirrors ``ingest.load_corpus``'s file policy (extensions, size limit, unreadable files).
    With ``cache``, a file whose size, mtime and inode match ``files.json`` (and whose
    mtime is older than that record by 2 s, as git does against racy edits) keeps its
    recorded key instead of being read and hashed again.
    """
    from .ingest import HTML_EXTS, MAX_FILE_BYTES, TEXT_EXTS, iter_files

    fp = code_fingerprint()
    fpb = fp.encode()
    known, trusted_before = _load_stat_cache(cache, fp)
    fresh: dict[str, list] = {}
    files, skipped = [], []
    single = root.is_file()
    prefix = str(root) + os.sep
    for path in iter_files(root):
        ext = path.suffix.lower()
        if ext not in TEXT_EXTS | HTML_EXTS:
            skipped.append(f"skipped {path}: unknown file type {ext or '(none)'!r}")
            continue
        p = str(path)
        try:
            st = os.stat(p)
            if st.st_size > MAX_FILE_BYTES:
                skipped.append(f"skipped {path}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB (QA_MAX_FILE_MB)")
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
    data = _read_json(cache / "files.json", "file list")
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
    _try_write(cache / "files.json", _dumps({"fingerprint": fp, "written_ns": time.time_ns(), "files": files}))


def corpus_key(files: Sequence[SourceFile], skipped: Sequence[str]) -> str:
    from .ingest import MAX_FILE_BYTES

    h = hashlib.sha256(f"{code_fingerprint()} {MAX_FILE_BYTES}\n".encode())
    h.update((Path(__file__).resolve().parent / "retriever.py").read_bytes())
    for f in files:
        h.update(f"{f.rel}\0{f.key}\n".encode())
    h.update(str(len(skipped)).encode())
    return h.hexdigest()


# -- JSON encoding of pages --------------------------------------------------------------


def _names(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _scalar(v):
    if not isinstance(v, _SCALARS):
        raise CacheError(f"unexpected value of type {type(v).__name__}")
    return v


def encode_page(parsed) -> list:
    """One Parsed page as JSON-ready lists (the document's path is not stored)."""
    doc = [getattr(parsed.document, n) for n in _names(Document) if n != "path"]
    passages = []
    for p in parsed.passages:
        row = [getattr(p, n) for n in _names(Passage) if n not in ("source", "speaker")]
        sp = p.speaker
        row.append(None if sp is None else [getattr(sp, n) for n in _names(Speaker)])
        passages.append(row)
    extra = {}
    for n in _names(type(parsed)):
        if n not in ("document", "passages"):
            v = getattr(parsed, n)
            extra[n] = list(v) if isinstance(v, tuple) else v
    return [doc, passages, extra]


def decode_page(data, path: str, speakers: dict | None = None):
    """The inverse of ``encode_page``, validated; raises CacheError on anything unexpected."""
    from .ingest import Parsed

    speakers = {} if speakers is None else speakers
    try:
        doc_row, rows, extra = data
        doc_names = [n for n in _names(Document) if n != "path"]
        if len(doc_row) != len(doc_names):
            raise CacheError("document fields differ")
        doc = Document(**{n: _scalar(v) for n, v in zip(doc_names, doc_row)}, path=path)
        if not isinstance(doc.title, str):
            raise CacheError("document title is not text")
        p_names = [n for n in _names(Passage) if n not in ("source", "speaker")]
        s_names = _names(Speaker)
        passages = []
        for row in rows:
            if len(row) != len(p_names) + 1:
                raise CacheError("passage fields differ")
            fields = {n: _scalar(v) for n, v in zip(p_names, row)}
            if not isinstance(fields.get("text"), str) or not isinstance(fields.get("paragraph"), int):
                raise CacheError("passage text or paragraph of the wrong type")
            sp = row[-1]
            if sp is not None:
                sp = tuple(_scalar(v) for v in sp)
                if len(sp) != len(s_names) or not isinstance(sp[0], str):
                    raise CacheError("speaker fields differ")
                sp = speakers.setdefault(sp, Speaker(*sp))
            passages.append(Passage(**fields, source=doc, speaker=sp))
        names = [n for n in _names(Parsed) if n not in ("document", "passages")]
        if sorted(extra) != sorted(names):
            raise CacheError("page fields differ")
        kw = {}
        for n in names:
            v = extra[n]
            kw[n] = tuple(_scalar(x) for x in v) if isinstance(v, list) else _scalar(v)
        return Parsed(document=doc, passages=tuple(passages), **kw)
    except CacheError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise CacheError(f"malformed page ({exc})") from None


def encode_corpus(pages: Sequence, rels: Sequence[str]) -> dict:
    """Every page of a corpus, column by column (loads several times faster than page rows)."""
    from .ingest import Parsed

    doc_names = [n for n in _names(Document) if n != "path"]
    p_names = [n for n in _names(Passage) if n not in ("source", "speaker")]
    extra_names = [n for n in _names(Parsed) if n not in ("document", "passages")]
    speakers: dict = {}
    spk: list[int] = []
    cols: dict[str, list] = {n: [] for n in p_names}
    for page in pages:
        for p in page.passages:
            for n in p_names:
                cols[n].append(getattr(p, n))
            sp = p.speaker
            spk.append(-1 if sp is None else speakers.setdefault(sp, len(speakers)))
    return {
        "fields": {"document": doc_names, "passage": p_names, "speaker": _names(Speaker), "page": extra_names},
        "rels": list(rels),
        "documents": [[getattr(page.document, n) for n in doc_names] for page in pages],
        "extras": [[(list(v) if isinstance(v := getattr(page, n), tuple) else v) for n in extra_names] for page in pages],
        "counts": [len(page.passages) for page in pages],
        "speakers": [[getattr(sp, n) for n in _names(Speaker)] for sp in speakers],
        "passages": cols,
        "speaker": spk,
    }


def _column(values, types: tuple, n: int, what: str) -> list:
    if not isinstance(values, list) or len(values) != n or not set(map(type, values)) <= set(types):
        raise CacheError(f"{what} column is malformed")
    return values


def decode_corpus(data, path_of: dict[str, str]) -> list:
    """The inverse of ``encode_corpus``, validated column by column; raises CacheError."""
    from .ingest import Parsed

    try:
        fields = data["fields"]
        doc_names = [n for n in _names(Document) if n != "path"]
        p_names = [n for n in _names(Passage) if n not in ("source", "speaker")]
        extra_names = [n for n in _names(Parsed) if n not in ("document", "passages")]
        if (fields["document"], fields["passage"], fields["speaker"], fields["page"]) != (doc_names, p_names, _names(Speaker), extra_names):
            raise CacheError("written for other data classes")
        rels, counts = data["rels"], data["counts"]
        n_pages = len(rels)
        _column(counts, (int,), n_pages, "count")
        n = sum(counts)
        if min(counts, default=1) < 0:
            raise CacheError("negative passage count")
        rows = _column(data["speakers"], (list,), len(data["speakers"]), "speaker")
        if set(map(len, rows)) - {len(fields["speaker"])}:
            raise CacheError("speaker row is malformed")
        for i, c in enumerate(zip(*rows)):
            _column(list(c), (str,) if i == 0 else _SCALARS, len(rows), "speaker")
        speakers = list(map(Speaker, *zip(*rows))) if rows else []
        spk = _column(data["speaker"], (int,), n, "speaker")
        if spk and (min(spk) < -1 or max(spk) >= len(speakers)):
            raise CacheError("speaker index out of range")
        cols = data["passages"]
        columns = []
        for name in _names(Passage):
            if name == "text":
                columns.append(_column(cols[name], (str,), n, name))
            elif name == "paragraph":
                columns.append(_column(cols[name], (int,), n, name))
            elif name == "source":
                columns.append(None)  # filled below
            elif name == "speaker":
                table = [*speakers, None]  # index -1 → None
                columns.append([table[i] for i in spk])
            else:
                columns.append(_column(cols[name], _SCALARS, n, name))
        rows = _column(data["documents"], (list,), n_pages, "document")
        if set(map(len, rows)) - {len(doc_names)}:
            raise CacheError("document row is malformed")
        doc_cols = [_column(list(c), _SCALARS, n_pages, "document") for c in zip(*rows)] if rows else []
        if doc_cols and not set(map(type, doc_cols[doc_names.index("title")])) <= {str}:
            raise CacheError("document title is not text")
        paths = [path_of[rel] for rel in _column(rels, (str,), n_pages, "path")]
        path_at = _names(Document).index("path")
        docs, sources = [], []
        for i, count in enumerate(counts):
            values = [c[i] for c in doc_cols]
            values.insert(path_at, paths[i])
            doc = Document(*values)
            docs.append(doc)
            sources.extend([doc] * count)
        columns[_names(Passage).index("source")] = sources
        passages = list(map(Passage, *columns))
        pages, start = [], 0
        for doc, count, extra in zip(docs, counts, _column(data["extras"], (list,), n_pages, "page")):
            if len(extra) != len(extra_names):
                raise CacheError("page row is malformed")
            kw = {}
            for k, v in zip(extra_names, extra):
                if isinstance(v, list):
                    if not set(map(type, v)) <= set(_SCALARS):
                        raise CacheError("page field is malformed")
                    kw[k] = tuple(v)
                else:
                    kw[k] = _scalar(v)
            pages.append(Parsed(document=doc, passages=tuple(passages[start : start + count]), **kw))
            start += count
        return pages
    except CacheError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        raise CacheError(f"malformed pages ({exc.__class__.__name__}: {exc})") from None


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


def _dumps(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _read_json(path: Path, what: str):
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignored the cached %s %s: unreadable (%s); rebuilding it", what, path, exc)
        return None


# -- the index as arrays --------------------------------------------------------------------------


def index_arrays(index: BM25Index) -> dict[str, np.ndarray]:
    p = index.postings
    return {
        "ptr": p.ptr,
        "docs": p.docs,
        "tfs": p.tfs,
        "contrib": p.contrib,
        "idf": index.idf,
        "doc_len": index.doc_len,
        "scalars": np.array([index.avgdl, index.average_idf], dtype=np.float64),
    }


_DTYPES = {
    "ptr": np.int64, "docs": np.int32, "tfs": np.uint16, "contrib": np.float64,
    "idf": np.float64, "doc_len": np.int64, "scalars": np.float64,
}  # fmt: skip


def _npy(blob: bytes) -> np.ndarray:
    """A 1-D array of plain numbers from ``.npy`` bytes, without copying; never unpickles."""
    f = io.BytesIO(blob)
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
    else:
        raise CacheError(f"unsupported .npy version {version}")
    if dtype.hasobject or fortran or len(shape) != 1:
        raise CacheError("not a plain 1-D array")
    if f.tell() + shape[0] * dtype.itemsize != len(blob):
        raise CacheError("array size does not match its file")
    return np.frombuffer(blob, dtype=dtype, count=shape[0], offset=f.tell())


def index_from_arrays(arrays, vocab_list, n_passages: int) -> BM25Index:
    """Rebuild and validate the index; raises CacheError unless every invariant holds."""
    a = {}
    for name, dtype in _DTYPES.items():
        if name not in arrays:
            raise CacheError(f"index array {name} is missing")
        arr = arrays[name]
        if arr.dtype != dtype or arr.ndim != 1:
            raise CacheError(f"index array {name} has the wrong type")
        a[name] = arr
    if not isinstance(vocab_list, list) or not set(map(type, vocab_list)) <= {str}:
        raise CacheError("vocabulary is not a list of words")
    vocab = dict(zip(vocab_list, range(len(vocab_list))))
    n_terms, n_post = len(vocab_list), len(a["docs"])
    ptr = a["ptr"]
    if len(vocab) != n_terms or len(ptr) != n_terms + 1 or len(a["idf"]) != n_terms:
        raise CacheError("vocabulary and index disagree")
    if len(a["tfs"]) != n_post or len(a["contrib"]) != n_post or len(a["scalars"]) != 2:
        raise CacheError("postings arrays disagree")
    if len(a["doc_len"]) != n_passages:
        raise CacheError("index and passages disagree")
    if ptr[0] != 0 or ptr[-1] != n_post or (n_terms and np.any(np.diff(ptr) < 0)):
        raise CacheError("postings offsets are inconsistent")
    if n_post and (a["docs"].min() < 0 or a["docs"].max() >= n_passages):
        raise CacheError("postings point outside the corpus")
    if not (np.all(np.isfinite(a["contrib"])) and np.all(np.isfinite(a["idf"])) and np.all(np.isfinite(a["scalars"]))):
        raise CacheError("non-finite weights")
    postings = Postings(ptr=ptr, docs=a["docs"], tfs=a["tfs"], contrib=a["contrib"])
    avgdl, average_idf = (float(x) for x in a["scalars"])
    return BM25Index(vocab, a["idf"], a["doc_len"], postings, avgdl, average_idf)


# -- the whole-corpus entry ------------------------------------------------------------------------


def _entry_dir(root: Path, key: str) -> Path:
    return root / "corpus" / key[:40]


def save_corpus(root: Path, key: str, files: Sequence[SourceFile], r, warnings: Sequence[str]) -> None:
    """Write the corpus entry (to a temporary folder, then renamed into place)."""
    rel_of = {str(f.path): f.rel for f in files}
    pages = encode_corpus(r.pages, [rel_of[page.document.path] for page in r.pages])
    vocab = [None] * len(r.index.vocab)
    for w, i in r.index.vocab.items():
        vocab[i] = w
    blobs = {"pages.json": _dumps(pages), "vocab.json": _dumps(vocab)}
    for name, arr in index_arrays(r.index).items():
        buf = io.BytesIO()
        np.save(buf, np.ascontiguousarray(arr), allow_pickle=False)
        blobs[f"index-{name}.npy"] = buf.getvalue()
    freq, total = r._tokenizer.dictionary()
    if not any("\n" in w for w in freq):  # jieba's complete dictionary: words, then frequencies
        fbuf = io.BytesIO()
        np.save(fbuf, np.fromiter(freq.values(), dtype=np.int64, count=len(freq)), allow_pickle=False)
        blobs["jieba-words.txt"] = "\n".join(freq).encode("utf-8")
        blobs["jieba-freqs.npy"] = fbuf.getvalue()
    meta = {
        "format": FORMAT_VERSION,
        "key": key,
        "passages": len(r.passages),
        "sha256": {name: hashlib.sha256(b).hexdigest() for name, b in blobs.items()},
        "user_freqs": [list(wf) for wf in r._tokenizer.user_freqs],
        "jieba_total": total if "jieba-words.txt" in blobs else None,
        "warnings": list(warnings),
        "normalized_names": {name: key for key, name in r._speaker_keys},
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    final = _entry_dir(root, key)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=final.parent, prefix=".tmp-"))
    try:
        for name, b in blobs.items():
            (tmp / name).write_bytes(b)
        (tmp / "meta.json").write_bytes(_dumps(meta))  # written last: marks the entry complete
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(final.parent, keep=final)


def _prune(corpus_dir: Path, keep: Path) -> None:
    entries = sorted((p for p in corpus_dir.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [e for e in entries if e != keep][KEEP_CORPORA - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def load_corpus_entry(cls, root: Path, key: str, files: Sequence[SourceFile]):
    """The retriever from ``corpus/<key>``, or None when there is none; CacheError if unusable."""

    entry = _entry_dir(root, key)
    enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none of them garbage
    try:
        return _load_corpus_entry(cls, root, key, files, entry)
    finally:
        if enabled:
            gc.enable()


def _load_corpus_entry(cls, root: Path, key: str, files: Sequence[SourceFile], entry: Path):
    from .tokenize import Tokenizer

    try:
        meta_bytes = (entry / "meta.json").read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CacheError(f"unreadable ({exc})") from None
    try:
        meta = json.loads(meta_bytes)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT_VERSION or meta.get("key") != key:
            raise CacheError("written by another version or for another corpus")
        sums = meta["sha256"]
        blobs = {}
        for name in ("pages.json", "vocab.json", *(f"index-{a}.npy" for a in _DTYPES)):
            b = (entry / name).read_bytes()
            if hashlib.sha256(b).hexdigest() != sums[name]:
                raise CacheError(f"{name} does not match its checksum")
            blobs[name] = b
        path_of = {f.rel: str(f.path) for f in files}
        pages = decode_corpus(json.loads(blobs["pages.json"]), path_of)
        n_passages = sum(len(p.passages) for p in pages)
        if n_passages != meta["passages"] or not pages:
            raise CacheError("passage count differs")
        arrays = {a: _npy(blobs[f"index-{a}.npy"]) for a in _DTYPES}
        index = index_from_arrays(arrays, json.loads(blobs["vocab.json"]), n_passages)
        freqs = meta["user_freqs"]
        if not all(isinstance(w, str) and isinstance(f, int) for w, f in freqs):
            raise CacheError("user dictionary is malformed")
        warnings = [str(w) for w in meta["warnings"]]
        names = meta.get("normalized_names") or {}
        if not isinstance(names, dict) or not set(map(type, names.values())) <= {str}:
            raise CacheError("speaker names are malformed")
        total = meta.get("jieba_total")
        loader = _dictionary_loader(entry, sums, total) if isinstance(total, int) else None
    except CacheError:
        raise
    except (OSError, ValueError, TypeError, KeyError, AttributeError, EOFError) as exc:
        raise CacheError(f"corrupt ({exc.__class__.__name__}: {exc})") from None
    for w in warnings:
        log.warning("%s", w)
    tokenizer = Tokenizer(cache_dir=root, user_freqs=freqs, dictionary=loader)
    r = cls(pages, tokenizer, index=index, normalized_names=names)
    os.utime(entry)  # most recently used
    return r


def _dictionary_loader(entry: Path, sums: dict, total: int):
    """Reads jieba's saved dictionary when the tokenizer first needs it (validated, or CacheError)."""

    def load() -> tuple[dict[str, int], int]:
        blobs = {}
        for name in ("jieba-words.txt", "jieba-freqs.npy"):
            b = (entry / name).read_bytes()
            if hashlib.sha256(b).hexdigest() != sums.get(name):
                raise CacheError(f"{name} does not match its checksum")
            blobs[name] = b
        freqs = np.load(io.BytesIO(blobs["jieba-freqs.npy"]), allow_pickle=False)
        words = blobs["jieba-words.txt"].decode("utf-8").split("\n")
        if freqs.dtype != np.int64 or freqs.ndim != 1 or len(freqs) != len(words) or (len(freqs) and freqs.min() < 0):
            raise CacheError("jieba dictionary arrays disagree")
        freq = dict(zip(words, freqs.tolist()))
        if len(freq) != len(words):
            raise CacheError("jieba dictionary repeats a word")
        return freq, total

    return load


# -- building, with the per-file caches ----------------------------------------------------------------


def _progress(iterable: Iterable, total: int, desc: str, unit: str):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, disable=not sys.stderr.isatty(), leave=False, dynamic_ncols=True, smoothing=0.1)


def parse_pages(root: Path, files: Sequence[SourceFile]) -> tuple[list, list[str]]:
    """Parsed pages (from the per-file cache when possible) and the warnings of ingestion.

    Same policy as ``ingest.load_corpus``: undecodable and unparsable files, pages without
    article text and repeated articles are skipped with one line each.
    """
    from .ingest import SkipFile, decode, parse_page
    from .tokenize import use_cache_dir

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
        if not parsed.passages:
            warnings.append(f"skipped {f.path}: no article text found")
            continue
        digest = hashlib.sha1("\n".join(p.text for p in parsed.passages).encode()).hexdigest()
        if digest in bodies:
            warnings.append(f"skipped {f.path}: same article as a file already read")
            continue
        bodies.add(digest)
        pages.append((f, parsed))
        n_passages += len(parsed.passages)
    return pages, warnings


def _try_write(path: Path, data: bytes) -> None:
    try:
        _write_atomic(path, data)
    except OSError as exc:
        log.warning("could not write the cache file %s (%s)", path, exc)


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
    from .errors import CorpusError
    from .tokenize import Tokenizer

    pairs, warnings = parse_pages(cache, files)
    for w in warnings:
        log.warning("%s", w)
    if not pairs:
        raise CorpusError(f"no readable news page in {root}")
    pages = [p for _, p in pairs]
    holder = cls.__new__(cls)  # Retriever.user_words() only reads .passages
    holder.passages = [p for page in pages for p in page.passages]
    tokenizer = Tokenizer(cls.user_words(holder), cache_dir=cache)
    tokens = tokenize_pages(cache, pairs, tokenizer)
    index = BM25Index.build(tokens)
    return cls(pages, tokenizer, index=index), warnings


def load_or_build(cls, path: Path, cache_dir: str | os.PathLike | None = None):
    """The retriever for ``path``: from the cache when the corpus is unchanged, else built and cached."""
    from .errors import CorpusError

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

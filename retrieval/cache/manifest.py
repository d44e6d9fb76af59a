"""The corpus manifest: which cache entry a corpus folder had when its folders last looked like this.

A start that finds every folder of the corpus with the modification time the manifest recorded
loads the recorded entry at once: no walk over the files, no stat of each, no hash — start-up
costs one ``stat`` per folder (and one for each folder's sources.json, which people edit by
hand), not per file. Adding, removing or renaming a file changes its folder's time, so those are
always seen; an article rewritten in place under the same name is
not (its folder's time stays), which is what the full check is for: ``load_or_build`` runs it
in a background thread after such a start (``check=None``), and drops the manifest if anything
changed (the next start scans and rebuilds what changed; a warning says so), or at once with
``check=True`` (``python -m retrieval build`` always checks).

As git does against racy edits, a manifest is trusted only for folders last changed more than
2 s before it was written. Manifests live in ``<cache>/manifests/<hash>.json``, one per corpus
path, file size limit and code fingerprint.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

from ..pages.ingest import SOURCES_FILE
from .files import code_fingerprint, dumps, read_json, try_write

RACY_NS = 2_000_000_000


def manifest_path(cache: Path, root: Path, max_file_bytes: int) -> Path:
    ident = f"{os.path.abspath(root)}\0{max_file_bytes}\0{code_fingerprint()}"
    return cache / "manifests" / f"{hashlib.sha256(ident.encode()).hexdigest()[:32]}.json"


def _stamps(root: Path) -> list[list] | None:
    """[relative folder, mtime_ns] of the root and every folder a corpus scan walks (no hidden ones),
    and [relative path, mtime_ns, size] of each folder's sources.json (rewritten in place, it
    leaves its folder's time alone); for a one-file corpus, the file's [name, mtime_ns, size]."""
    try:
        if root.is_file():
            st = os.stat(root)
            return [[root.name, st.st_mtime_ns, st.st_size]]
        out, seen = [], set()
        for dirpath, dirnames, _ in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen:
                dirnames[:] = []
                continue
            seen.add(real)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            out.append([os.path.relpath(dirpath, root), os.stat(dirpath).st_mtime_ns])
            try:
                st = os.stat(os.path.join(dirpath, SOURCES_FILE))
            except FileNotFoundError:
                continue
            out.append([os.path.relpath(os.path.join(dirpath, SOURCES_FILE), root), st.st_mtime_ns, st.st_size])
        return out
    except OSError:
        return None


def write_manifest(cache: Path, root: Path, max_file_bytes: int, key: str, skipped: Sequence[str]) -> None:
    """Record that ``root``, as its folders are now, is the cache entry ``key``."""
    written = time.time_ns()
    stamps = _stamps(root)
    if stamps is None:
        return
    data = {"key": key, "root": os.path.abspath(root), "stamps": stamps, "skipped": list(skipped), "written_ns": written}
    try_write(manifest_path(cache, root, max_file_bytes), dumps(data))


def trusted_key(cache: Path, root: Path, max_file_bytes: int) -> tuple[str, list[str]] | None:
    """(entry key, skipped-file lines) when every folder is as the manifest recorded, else None."""
    data = read_json(manifest_path(cache, root, max_file_bytes), "manifest")
    try:
        key, stamps, skipped, written = data["key"], data["stamps"], data["skipped"], data["written_ns"]
        if not (isinstance(key, str) and isinstance(written, int) and isinstance(stamps, list)):
            return None
        if not isinstance(skipped, list) or not all(isinstance(s, str) for s in skipped):
            return None
        if root.is_file():
            st = os.stat(root)
            if stamps != [[root.name, st.st_mtime_ns, st.st_size]] or st.st_mtime_ns >= written - RACY_NS:
                return None
            return key, skipped
        for rel, mtime, *size in stamps:
            st = os.stat(os.path.join(root, rel))
            if st.st_mtime_ns != mtime or size not in ([], [st.st_size]) or st.st_mtime_ns >= written - RACY_NS:
                return None
        return key, skipped
    except (TypeError, KeyError, ValueError, OSError):
        return None


def forget(cache: Path, root: Path, max_file_bytes: int) -> None:
    try:
        manifest_path(cache, root, max_file_bytes).unlink(missing_ok=True)
    except OSError:
        pass


class PathsOf(dict):
    """rel → the path a scan would give the file (``root/rel``; the root itself for a one-file corpus)."""

    def __init__(self, root: Path):
        super().__init__()
        self._single = str(root) if root.is_file() else None
        self._prefix = str(root) + os.sep  # as a scan joins them: str(Path(dirpath) / name)

    def __missing__(self, rel: str) -> str:
        return self._single or self._prefix + rel.replace("/", os.sep)

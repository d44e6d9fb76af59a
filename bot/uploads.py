"""Adding an article from the chat (QA_ADMIN_IDS only), as plain logic without Telegram.

The order is what keeps the corpus and the index as they were whenever a file is refused:

1. ``declared_refusal``: what Telegram declares (file name, mime type, ``file_size``) is checked
   BEFORE anything is downloaded: the type (.txt, .md, .html) and QA_MAX_FILE_MB.
2. ``prepare`` (in a worker thread): the bytes are decoded and parsed in memory, as the corpus
   build would read them; refused when binary or undecodable, without article text, or the same
   article (by content hash, the build's own rule) as one already served.
3. ``add_article``: under the reload lock, the bytes go to a hidden temp file in
   ``<corpus folder>/inbox/`` (the build skips hidden files) that is renamed to its safe name
   (``safe_name``: never the sender's name as a path) only now; then the /reload path
   (``admin.rebuild``) re-indexes off the event loop and swaps atomically. If the build fails or
   does not serve the new file, the file is removed again and the old index keeps answering.

The file stays in the corpus folder, so it is served again after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from retrieval import Document, Passage, Retriever, Speaker
from retrieval.pages import Admission, Page, SkipFile, decode, parse_page

from .admin import Reloaded, rebuild
from .state import BotState

INBOX = "inbox"
EXTENSIONS = (".txt", ".md", ".html")  # what an admin may send (with their spellings below)
_SPELLINGS = {".txt": ".txt", ".text": ".txt", ".md": ".md", ".markdown": ".md", ".html": ".html", ".htm": ".html"}
_MIME = {"text/plain": ".txt", "text/markdown": ".md", "text/x-markdown": ".md", "text/html": ".html"}
MAX_STEM = 40  # characters of the sender's name kept in the stored name
_UNSAFE = re.compile(r"[^\w\-]+")


@dataclass(frozen=True, slots=True)
class Refused:
    """Why a file was not added: ``reason`` is one of REASONS; ``detail`` fills in the reply."""

    reason: str
    detail: str = ""


REASONS = ("folder", "type", "size", "busy", "download", "binary", "empty", "duplicate", "index")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A parsed upload ready to be stored: its bytes, the name it gets and what it holds."""

    data: bytes
    name: str
    document: Document
    passages: tuple[Passage, ...]


@dataclass(frozen=True, slots=True)
class Added:
    """An article now served: where it is stored and what it holds."""

    path: Path
    document: Document
    passages: int
    speakers: tuple[Speaker, ...]
    documents: int  # documents in the corpus now
    seconds: float


def inbox_of(corpus: str | os.PathLike) -> Path | None:
    """``<corpus folder>/inbox``; None when the corpus is a single file (uploads need a folder)."""
    root = Path(corpus)
    return None if root.is_file() else root / INBOX


def extension(file_name: str | None, mime_type: str | None) -> str | None:
    """The stored extension (.txt, .md, .html) of a file name (or, without one, its mime type)."""
    if file_name:
        suffix = Path(_visible(file_name).replace("\\", "/").rpartition("/")[2]).suffix.lower()
        return _SPELLINGS.get(suffix)
    return _MIME.get((mime_type or "").split(";")[0].strip().lower())


def declared_refusal(corpus: str | os.PathLike, file_name: str | None, mime_type: str | None,
                     size: int | None, max_bytes: int) -> Refused | None:
    """Why the file cannot be added, judged before download from what Telegram declares; else None."""
    if inbox_of(corpus) is None:
        return Refused("folder", str(corpus))
    if extension(file_name, mime_type) is None:
        return Refused("type", _visible(file_name or mime_type or "")[:60])
    if size is not None and size > max_bytes:
        return Refused("size", f"{size / 1024 / 1024:.1f}")
    return None


def safe_name(file_name: str | None, ext: str, data: bytes) -> str:
    """The stored name: the last part of the sender's name stripped to letters, digits, - and _
    (at most MAX_STEM characters; "article" when nothing is left), then a content hash:
    '../../x.txt' → 'x-<hash>.txt'. Never a path, never hidden, never the sender's bytes as given."""
    base = _visible(file_name or "").replace("\\", "/").rpartition("/")[2]
    stem = base[: -len(Path(base).suffix)] if Path(base).suffix else base
    stem = _UNSAFE.sub("-", unicodedata.normalize("NFKC", stem)).strip("-_")[:MAX_STEM].strip("-_") or "article"
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{ext}"


def _visible(text: str) -> str:
    """``text`` without NUL, control and format characters."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


def served_bodies(retriever: Retriever) -> set[str]:
    """The content digests of the articles served (the corpus build's duplicate rule)."""
    return retriever.corpus.admission().bodies  # from the stored texts: no passage made


def prepare(data: bytes, file_name: str | None, mime_type: str | None, inbox: Path,
            retriever: Retriever) -> Prepared | Refused:
    """Parse the downloaded bytes as the corpus build would; refuse what it would not serve."""
    ext = extension(file_name, mime_type) or ".txt"
    name = safe_name(file_name, ext, data)
    try:
        text = decode(data)
    except SkipFile as exc:
        return Refused("empty" if "empty" in str(exc) else "binary", str(exc))
    try:
        parsed = parse_page(Path(name), text, str(inbox / name))
    except Exception as exc:  # a malformed page is refused, never a crash
        return Refused("empty", type(exc).__name__)
    if not parsed.passages:
        return Refused("empty")
    if Admission(bodies=served_bodies(retriever)).page(parsed) is not None:
        return Refused("duplicate", _same_title(retriever, parsed))
    return Prepared(data, name, parsed.document, parsed.passages)


def _same_title(retriever: Retriever, parsed: Page) -> str:
    """The title of the served article with the same text as ``parsed``."""
    text = [p.text for p in parsed.passages]
    by_doc: dict[str, list[str]] = defaultdict(list)
    for p in retriever.passages:
        by_doc[p.source.path].append(p.text)
    path = next((path for path, texts in by_doc.items() if texts == text), None)
    return next((d.title for d in retriever.documents if d.path == path), "")


def store(inbox: Path, prepared: Prepared) -> Path:
    """Write the bytes to a hidden temp file in ``inbox``, then rename it to its safe name."""
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / prepared.name
    fd, temp = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=inbox)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(prepared.data)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return target


def added(result: Reloaded, target: Path) -> Added | None:
    """What the rebuilt index serves of ``target``, or None when it does not serve it."""
    r = result.retriever
    if r is None:
        return None
    doc = next((d for d in r.documents if Path(d.path).name == target.name), None)
    if doc is None:
        return None
    passages = r.corpus.document_passages(doc.path)
    speakers = tuple(dict.fromkeys(p.speaker for p in passages if p.speaker is not None))
    return Added(target, doc, len(passages), speakers, len(r.documents), result.seconds)


async def add_article(state: BotState, data: bytes, file_name: str | None, mime_type: str | None) -> Added | Refused:
    """Parse, store and index one uploaded file (one at a time with /reload); never half-added."""
    search = state.settings.search
    inbox = inbox_of(search.corpus)
    if inbox is None:
        return Refused("folder", str(search.corpus))
    if len(data) > search.max_file_bytes:
        return Refused("size", f"{len(data) / 1024 / 1024:.1f}")
    if state.reload_lock.locked():
        return Refused("busy")
    async with state.reload_lock:
        prepared = await asyncio.to_thread(prepare, data, file_name, mime_type, inbox, state.retriever)
        if isinstance(prepared, Refused):
            return prepared
        target = await asyncio.to_thread(store, inbox, prepared)
        result = await rebuild(state, (target,))
        done = added(result, target)
        if done is None:
            with contextlib.suppress(OSError):
                target.unlink()
            why = result.error or next((line for line in result.skipped if target.name in line), "")
            return Refused("index", why)
        return done

"""The JSON encoding of parsed pages: one page per file (``pages/``).

Every decoder validates what it reads (types, lengths, the data-class fields it was written
for) and raises CacheError on anything unexpected: nothing from the cache is trusted.
"""

from __future__ import annotations

import dataclasses

from ..models import Document, Passage, Speaker
from .files import CacheError

_SCALARS = (str, int, float, bool, type(None))


def _names(cls) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _scalar(v):
    if not isinstance(v, _SCALARS):
        raise CacheError(f"unexpected value of type {type(v).__name__}")
    return v


def encode_page(parsed) -> list:
    """One Page page as JSON-ready lists (the document's path is not stored)."""
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
    from ..pages.ingest import Page

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
            if not isinstance(fields.get("attribution"), (str, type(None))) or type(fields.get("confidence")) not in (int, float):
                raise CacheError("passage attribution or confidence of the wrong type")
            sp = row[-1]
            if sp is not None:
                sp = tuple(_scalar(v) for v in sp)
                if len(sp) != len(s_names) or not isinstance(sp[0], str):
                    raise CacheError("speaker fields differ")
                sp = speakers.setdefault(sp, Speaker(*sp))
            passages.append(Passage(**fields, source=doc, speaker=sp))
        names = [n for n in _names(Page) if n not in ("document", "passages")]
        if sorted(extra) != sorted(names):
            raise CacheError("page fields differ")
        kw = {}
        for n in names:
            v = extra[n]
            kw[n] = tuple(_scalar(x) for x in v) if isinstance(v, list) else _scalar(v)
        return Page(document=doc, passages=tuple(passages), **kw)
    except CacheError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise CacheError(f"malformed page ({exc})") from None

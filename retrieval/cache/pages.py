"""The JSON encoding of parsed pages: one page per file (``pages/``), and a whole corpus column by column.

Every decoder validates what it reads (types, lengths, the data-class fields it was written
for) and raises CacheError on anything unexpected: nothing from the cache is trusted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

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


def encode_corpus(pages: Sequence, rels: Sequence[str]) -> dict:
    """Every page of a corpus, column by column (loads several times faster than page rows)."""
    from ..pages.ingest import Page

    doc_names = [n for n in _names(Document) if n != "path"]
    p_names = [n for n in _names(Passage) if n not in ("source", "speaker")]
    extra_names = [n for n in _names(Page) if n not in ("document", "passages")]
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
    from ..pages.ingest import Page

    try:
        fields = data["fields"]
        doc_names = [n for n in _names(Document) if n != "path"]
        p_names = [n for n in _names(Passage) if n not in ("source", "speaker")]
        extra_names = [n for n in _names(Page) if n not in ("document", "passages")]
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
            elif name == "attribution":
                columns.append(_column(cols[name], (str, type(None)), n, name))
            elif name == "confidence":
                columns.append(_column(cols[name], (float, int), n, name))
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
            pages.append(Page(document=doc, passages=tuple(passages[start : start + count]), **kw))
            start += count
        return pages
    except CacheError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
        raise CacheError(f"malformed pages ({exc.__class__.__name__}: {exc})") from None

"""Export: every passage matching the filters as CSV, Markdown or JSON Lines.

One row per passage: speaker, title, quote (the whole paragraph), outlet, date, article
title, URL, paragraph number. CSV starts with a UTF-8 byte-order mark so that Excel opens
the Chinese text correctly; Markdown is a numbered list (a table is unreadable on a phone);
JSONL is one object per line with English keys.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ExportError
from ..models import Passage
from ..search.filters import FilterIndex, Filters, passages_matching

FORMATS = ("csv", "md", "jsonl")
BOM = "\ufeff"
FIELDS = ("speaker", "title", "quote", "outlet", "date", "article", "url", "paragraph")
HEADERS = ("发言人", "职务", "引语", "媒体", "日期", "文章标题", "链接", "段落")
MEDIA_TYPES = {"csv": "text/csv", "md": "text/markdown", "jsonl": "application/x-ndjson"}


@dataclass(frozen=True, slots=True)
class Export:
    """An export ready to write or send: its text, format, a file name and how many passages it holds."""

    text: str
    format: str
    filename: str
    count: int

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]

    def data(self) -> bytes:
        return self.text.encode("utf-8")


def row(p: Passage) -> dict:
    """The export fields of one passage."""
    return {
        "speaker": p.speaker.name if p.speaker else "",
        "title": (p.speaker.title or "") if p.speaker else "",
        "quote": p.text,
        "outlet": p.source.outlet or "",
        "date": p.source.date or "",
        "article": p.source.title,
        "url": p.source.url or "",
        "paragraph": p.paragraph,
    }


def select(index: FilterIndex, filters: Filters) -> list[Passage]:
    """The passages to export. Raises ExportError when no filter is active (a speaker or another
    filter is required: the whole corpus is not an export) or when nothing matches."""
    if not filters.active:
        raise ExportError("导出需要筛选条件：至少给出发言人、媒体或日期，例如 export --speaker 朱凯（a speaker or another filter is required）")
    passages = passages_matching(index, filters)
    if not passages:
        raise ExportError(f"没有符合条件的段落（nothing matched）：{filters.describe(None).removeprefix('筛选：')}")
    return passages


def _cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting like a formula (=, +, @) gets a leading '."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r") else value


def to_csv(passages: Sequence[Passage]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS)
    for p in passages:
        r = row(p)
        w.writerow([_cell(r[f]) for f in FIELDS])
    return BOM + buf.getvalue()


def to_jsonl(passages: Sequence[Passage]) -> str:
    return "".join(json.dumps(row(p), ensure_ascii=False) + "\n" for p in passages)


def _md(text: str) -> str:
    """Text safe inside a Markdown list item: markup characters escaped, one line."""
    out = " ".join(str(text).split())
    for c in "\\`*_[]<>#|":
        out = out.replace(c, "\\" + c)
    return out


def to_markdown(passages: Sequence[Passage], filters: Filters | None = None) -> str:
    head = filters.describe(None).removeprefix("筛选：") if filters and filters.active else "全部"
    lines = [f"# 言录导出：{_md(head)}", "", f"共 {len(passages)} 段。", ""]
    for n, p in enumerate(passages, 1):
        r = row(p)
        who = f"**{_md(r['speaker'])}**" + (f"（{_md(r['title'])}）" if r["title"] else "") if r["speaker"] else "（未署名）"
        lines.append(f"{n}. {who}：{_md(r['quote'])}")
        src = "，".join(_md(x) for x in (r["outlet"], r["date"]) if x)
        src = f"{src}，《{_md(r['article'])}》第 {r['paragraph']} 段" if src else f"《{_md(r['article'])}》第 {r['paragraph']} 段"
        if r["url"]:
            src += f" <{r['url']}>"
        lines.append(f"   —— {src}")
        lines.append("")
    return "\n".join(lines)


def render(passages: Sequence[Passage], fmt: str, filters: Filters | None = None) -> str:
    if fmt == "csv":
        return to_csv(passages)
    if fmt == "jsonl":
        return to_jsonl(passages)
    if fmt == "md":
        return to_markdown(passages, filters)
    raise ExportError(f"未知的导出格式 {fmt!r}：可用 {' / '.join(FORMATS)}")


def export(index: FilterIndex, filters: Filters, fmt: str) -> Export:
    """Every passage ``filters`` let through, rendered as ``fmt`` (csv | md | jsonl)."""
    if fmt not in FORMATS:
        raise ExportError(f"未知的导出格式 {fmt!r}：可用 {' / '.join(FORMATS)}")
    passages = select(index, filters)
    stem = "-".join(x for x in (filters.speaker, filters.outlet, filters.since and str(filters.since),
                                filters.until and str(filters.until)) if x)
    safe = "".join(c for c in stem if c.isalnum() or c in "-_") or "export"
    return Export(render(passages, fmt, filters), fmt, f"yanlu-{safe[:60]}.{fmt}", len(passages))

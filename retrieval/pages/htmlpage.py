"""HTML pages: the main text by trafilatura, metadata from the page's own tags.

trafilatura finds the article body of news pages well and returns paragraphs one per
line; titles, dates, site names and canonical URLs come from its metadata extraction
(og:title, article:published_time, og:site_name, <link rel=canonical>), with 来源 in
the text as a fallback for the outlet.
"""

from __future__ import annotations

import logging
import re

from ..attribution.lexicon import simplify_aligned
from .textpage import (
    CAPTION,
    DATE,
    SOURCE,
    Block,
    PageParse,
    dateline_outlet,
    is_heading,
    is_prose,
    iso_date,
    line_kind,
    split_site_suffix,
)

_PUBLISHED = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|pubdate|publishdate"
    r"|datePublished)[\"'][^>]*content=[\"']([^\"']+)",
    re.I,
)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def parse(html: str) -> PageParse:
    import trafilatura

    page = PageParse()
    meta = trafilatura.extract_metadata(html)
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    ) or ""
    if meta is not None:
        page.title, site = split_site_suffix(meta.title) if meta.title else (None, None)  # 标题_新浪新闻
        page.outlet = meta.sitename or site
        page.url = meta.url or None
        page.author = meta.author or None
        if meta.date and (m := DATE.search(meta.date)):
            page.published = iso_date(m)
    # What the page states beats trafilatura's guess: its published-time tag, else the date
    # line under the headline (a portal's "today" in the navigation stands before it).
    if (m := _PUBLISHED.search(html)) and (d := DATE.search(m.group(1).replace("T", " "))):
        page.published = iso_date(d)
    elif (d := _date_under_title(html, page.title)) is not None:
        page.published = d
    simple = simplify_aligned(text)  # 來源, 圖為 read like 来源, 图为; lines kept as written
    if page.outlet is None and (m := SOURCE.search(simple[:400])):
        page.outlet = text[m.start("v") : m.end("v")]
    label: Block | None = None  # a speaker's name alone on a line (陈强：) opens the next paragraph
    for i, (line, twin) in enumerate(zip(text.splitlines(), simple.splitlines())):
        line, twin = line.strip(), twin.strip()
        if not line or (page.title and line == page.title):
            continue
        block = Block(i, line.lstrip("-• ").strip())
        twin = twin.lstrip("-• ").strip()
        kind = line_kind(twin)
        if CAPTION.search(twin) and kind != "statement":
            continue
        if kind == "label":
            label = block
            continue
        if is_prose(block.text) or kind in ("turn", "short", "statement"):
            if label is not None and label.index == i - 1:
                page.roles[label.index], page.ends[label.index] = "turn", i
                block = Block(label.index, label.text + block.text)
            elif kind != "p" and not is_prose(block.text):
                page.roles[i] = kind
            page.body.append((block, "p"))
        elif is_heading(block.text):
            page.body.append((block, "h"))
        label = None
    for b, k in page.body[:2]:  # 新华社联合国1月6日电: read on the simplified text, kept as written
        if page.outlet is None and k == "p" and (o := dateline_outlet(plain := simplify_aligned(b.text))):
            page.outlet = b.text[plain.find(o) : plain.find(o) + len(o)]
    return page


def _date_under_title(html: str, title: str | None) -> str | None:
    """The first date within a few lines after the headline in the page's visible text."""
    if not title:
        return None
    body = html[html.lower().find("<body") :] if "<body" in html.lower() else html
    visible = re.sub(r"\s+", " ", re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", body, flags=re.S | re.I))
    at = visible.find(title)
    if at < 0:
        return None
    m = DATE.search(visible, at + len(title), at + len(title) + 200)
    return iso_date(m) if m else None

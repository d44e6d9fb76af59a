"""HTML pages: the main text by trafilatura, metadata from the page's own tags.

trafilatura finds the article body of news pages well and returns paragraphs one per
line; titles, dates, site names and canonical URLs come from its metadata extraction
(og:title, article:published_time, og:site_name, <link rel=canonical>), with 来源 in
the text as a fallback for the outlet.
"""

from __future__ import annotations

import logging
import re

from .textpage import CAPTION, DATE, SOURCE, Block, PageParse, is_heading, is_prose, iso_date

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
        page.title = meta.title or None
        page.outlet = meta.sitename or None
        page.url = meta.url or None
        if meta.date and (m := DATE.search(meta.date)):
            page.published = iso_date(m)
    # trafilatura keeps the day only; the page's own tag often has the time as well.
    if (m := _PUBLISHED.search(html)) and (d := DATE.search(m.group(1).replace("T", " "))):
        if page.published is None or iso_date(d).startswith(page.published):
            page.published = iso_date(d)
        page.author = meta.author or None
    if page.outlet is None and (m := SOURCE.search(text[:400] + html[:0])):
        page.outlet = m.group("v")
    for i, line in enumerate(ln.strip() for ln in text.splitlines()):
        if not line or (page.title and line == page.title):
            continue
        block = Block(i, line.lstrip("-• ").strip())
        if CAPTION.search(block.text):
            continue
        if is_prose(block.text):
            page.body.append((block, "p"))
        elif is_heading(block.text):
            page.body.append((block, "h"))
    return page

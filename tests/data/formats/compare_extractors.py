"""Body extraction on the HTML fixtures: trafilatura (as htmlpage uses it) vs readability-lxml.

    .venv/bin/python tests/data/formats/compare_extractors.py

Each fixture in html/ wraps a known article body (html/gold.json, one entry per paragraph)
in site chrome: navigation, a hot-list sidebar, related links, comments, a photo caption,
an editor line and a footer, with the body as <p>, as <div> blocks or as <br>-separated
text. A paragraph counts as found when an extracted paragraph equals it after whitespace
is removed; precision is the share of extracted paragraphs that are body paragraphs.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "html"
sys.path.insert(0, str(HERE.parents[3]))


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def yanlu(html: str) -> list[str]:
    from retrieval.pages import htmlpage

    return [b.text for b, kind in htmlpage.parse(html).body if kind == "p"]


def trafilatura_raw(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def readability(html: str) -> list[str]:
    import lxml.html
    from readability import Document

    tree = lxml.html.fromstring(Document(html).summary(html_partial=True))
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    out = []
    for el in tree.iter("p", "div", "li", "td"):
        if any(child.tag in ("p", "div", "li", "td") for child in el):
            continue
        out.extend(t.strip() for t in el.text_content().split("\n") if t.strip())
    return out


def readability_filtered(html: str) -> list[str]:
    """readability-lxml's text through the same paragraph filters htmlpage applies."""
    from retrieval.pages.textpage import CAPTION, is_prose

    return [t for t in readability(html) if is_prose(t) and not CAPTION.search(t)]


def score(extract) -> tuple[float, float, float]:
    gold = json.loads((HERE / "gold.json").read_text("utf-8"))
    tp = n_pred = n_gold = 0
    started = time.perf_counter()
    for name, paras in gold.items():
        pred = [_norm(p) for p in extract((HERE / name).read_text("utf-8"))]
        want = {_norm(p) for p in paras}
        tp += sum(p in want for p in pred)
        n_pred += len(pred)
        n_gold += len(want)
    return tp / n_pred if n_pred else 0.0, tp / n_gold, (time.perf_counter() - started) / len(gold)


if __name__ == "__main__":
    print(f"{'extractor':<28}{'precision':>10}{'recall':>8}{'ms/page':>9}")
    for label, fn in (("yanlu htmlpage (trafilatura)", yanlu), ("trafilatura alone", trafilatura_raw), ("readability-lxml", readability),
                      ("readability + same filters", readability_filtered)):
        p, r, t = score(fn)
        print(f"{label:<28}{p:>10.3f}{r:>8.3f}{t * 1000:>9.1f}")

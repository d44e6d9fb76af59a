"""Quality figures (``python -m retrieval eval`` prints them): retrieval quality on a question set, attribution on a gold file.

A question set is JSONL, one object a line (lines starting with # are comments):
    {"q": "天开西青园引进了多少项目？", "answer": "已引进项目300余个", "speaker": "朱财斌", "corpus": "qa-corpus"}
``answer`` is a substring of the passage that answers, compared after normalisation (so a
simplified answer finds a traditional passage), or null for a question with no answer;
``speaker`` (optional) the expected speaker of the top hit; ``corpus`` (optional) the
corpus folder, relative to the QA file (else as given; default seeds/). ``--corpus`` overrides
it for every item. The real-pages format is read too:
    {"q": "…", "gold": ["exact substring of the answering line", …], "speaker": "张三" | null,
     "file": "p01.txt", "kind": "fact" | "said" | "who" | "trad" | "none"}
(any gold substring counts; ``[]`` or kind none is a no-answer question; ``--files`` keeps the
questions of some pages: names, or odd / even). A no-answer question is handled when the search
returns nothing or every hit names the question words it lacks (``Hit.missing_terms``). Figures: Recall@1 and Recall@3 (the answer in the first 1 or 3 hits),
MRR@10, speaker accuracy of the top hit, and the share of no-answer questions answered [].

A gold attribution file is JSONL as in ../shared/dev-pages/attribution-gold.jsonl:
    {"file": "dev-01.txt", "idx": 4, "speaker": "毛宁", "title": "外交部发言人", "alt": [...]}
where ``idx`` counts the page's non-empty lines from 0 and file "seed" names the seed page.
"""

from __future__ import annotations

import fnmatch
import json
import re
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from .attribution.speakers import Attributor
from .errors import CorpusError
from .pages.ingest import SkipFile, parse_page, read_file, source_entry
from .pages.textpage import PINYIN
from .retriever import Retriever
from .settings import Settings
from .text import normalize

DEFAULT_QA = Path("tests/data/qa-dev.jsonl")


def load_jsonl(path: Path) -> list[dict]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise CorpusError(f"{path}, line {number}: not a JSON object") from None
        if not isinstance(row, dict):
            raise CorpusError(f"{path}, line {number}: not a JSON object")
        rows.append(row)
    return rows


def require_keys(rows: list[dict], keys: tuple[str, ...], path: Path, kind: str) -> list[dict]:
    """``rows`` when each holds ``keys``; else CorpusError naming the first row that lacks one
    (a gold file given as a question set, or the other way round)."""
    for number, row in enumerate(rows, 1):
        missing = [k for k in keys if k not in row]
        if missing:
            raise CorpusError(f"{path}: row {number} has no {', '.join(json.dumps(k) for k in missing)}: "
                              f"not a {kind} file")
    return rows


def _answers(it: dict) -> list[str] | None:
    """The accepted answer substrings of an item (normalised), or None for a no-answer question.

    Two formats: qa-dev's ``"answer": str | null``, and real-pages' ``"gold": [str, ...]``
    (exact substrings of the answering line; ``[]`` or ``"kind": "none"`` for no answer)."""
    if "gold" in it:
        gold = [g for g in it["gold"] if g]
        # a reading in pinyin copied from a page's ruby (領(lǐng)獎(jiǎng)臺) is no part of the words: the page
        # reader drops it from the passages (textpage.PINYIN), so the gold string is read without it
        return [normalize(PINYIN.sub("", g)) for g in gold] if gold and it.get("kind") != "none" else None
    return [normalize(it["answer"])] if it.get("answer") else None


def select_files(items: list[dict], files: str | None) -> list[dict]:
    """The items whose ``file`` is named by ``files``: comma-separated names or globs (p01.txt,
    p01, 'p?[13579].txt'), or ``odd`` / ``even`` for the pages numbered so; None keeps every item."""
    if not files:
        return items
    wanted = [f.strip() for f in files.split(",") if f.strip()]
    parity = {"odd": 1, "even": 0}

    def keep(name: str) -> bool:
        stem = Path(name).stem
        digits = "".join(c for c in stem if c.isdigit())
        if digits and any(w in parity and int(digits) % 2 == parity[w] for w in wanted):
            return True
        return any(fnmatch.fnmatchcase(name, w) or fnmatch.fnmatchcase(stem, w) for w in wanted)

    return [it for it in items if it.get("file") and keep(it["file"])]


def qa_metrics(items: list[dict], corpus_override: str | None, base: Path, settings: Settings | None = None) -> dict:
    retrievers: dict[str, Retriever] = {}
    r1 = r3 = mrr = answered = spk_ok = spk_n = na_ok = na_n = 0
    by_kind: dict[str, list[int]] = {}  # kind → [questions, right at rank 1 (or handled when no answer)]
    misses = []
    for it in items:
        corpus = corpus_override or _corpus_path(it.get("corpus", "seeds"), base)
        r = retrievers.get(corpus) or retrievers.setdefault(corpus, Retriever.from_path(corpus, settings=settings))
        hits = r.search(it["q"], top_k=10)
        kind = by_kind.setdefault(it.get("kind", "all"), [0, 0])
        kind[0] += 1
        answers = _answers(it)
        if answers is None:
            # handled: no hits, or every hit says what of the question it lacks
            handled = not hits or all(h.missing_terms for h in hits)
            kind[1] += handled
            na_n += 1
            na_ok += handled
            if not handled:
                misses.append({"q": it["q"], "expected": None, "got": hits[0].passage.text[:40]})
            continue
        answered += 1
        rank = next((i for i, h in enumerate(hits, 1) if any(a in normalize(h.passage.text) for a in answers)), None)
        r1 += rank == 1
        kind[1] += rank == 1
        r3 += rank is not None and rank <= 3
        mrr += 1 / rank if rank else 0
        top = hits[0].passage.speaker if hits else None
        if "gold" in it:  # every answerable question: the top hit's speaker, or none when none is gold
            spk_n += 1
            # (a name copied with the page's pinyin ruby, 郭衛(wèi)民, is read without it, as the
            # attribution gold's names are)
            want = normalize(PINYIN.sub("", it["speaker"])) if it.get("speaker") else None
            got = normalize(top.name) if top is not None else None
            spk_ok += bool(hits) and got == want
        elif it.get("speaker") is not None:
            spk_n += 1
            spk_ok += top is not None and top.name == it["speaker"]
        if rank != 1:
            misses.append({"q": it["q"], "expected": it.get("answer") or it.get("gold"), "rank": rank})
    return {
        "questions": len(items),
        "recall@1": r1 / answered if answered else 0.0,
        "recall@3": r3 / answered if answered else 0.0,
        "mrr@10": mrr / answered if answered else 0.0,
        "speaker_accuracy@1": spk_ok / spk_n if spk_n else 0.0,
        "no_answer_accuracy": na_ok / na_n if na_n else 0.0,
        "unanswerable_handled": [na_ok, na_n],
        "by_kind": {k: {"questions": n, "right_at_1": ok} for k, (n, ok) in sorted(by_kind.items())},
        "misses": misses,
    }


def _corpus_path(name: str, base: Path) -> str:
    """An item's corpus: a folder beside the QA file, else the path as given (seeds/ by default)."""
    beside = base / name
    return str(beside if beside.exists() else Path(name))


def attribution_metrics(gold: list[dict], pages_dir: Path, seed: Path | None, files: str | None = None) -> dict:
    """Speaker precision and recall against gold lines, page by page, with the lost lines.

    A gold line is judged by the passage that holds it (its first line, a name label read
    with the paragraph after it, or the same words kept once), or — for the headline block —
    by the title's own attribution. A labelled line that is in no passage and not in the
    headline block is *lost*: nobody can ever find it. ``files`` keeps only the gold files
    that match one of its comma-separated names or globs (p01.txt,dev-*.txt).
    """
    by_file: dict[str, dict[int, dict]] = defaultdict(dict)
    for g in gold:
        if _selected(g["file"], files):
            by_file[g["file"]][int(g["idx"])] = g
    if not by_file:
        raise CorpusError(f"--files {files!r} names no page of the gold file" if files else "the gold file has no rows")
    tp = fp = fn = title_ok = 0
    errors, lost, pages, titles = [], [], [], []
    for name, labels in sorted(by_file.items()):
        path = seed if name == "seed" and seed is not None else pages_dir / name
        try:
            text = read_file(path)
        except SkipFile as exc:
            raise CorpusError(f"the gold file names {name}, which cannot be read: {exc} ({path})") from None
        parsed = parse_page(path, text)
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        pred, held = _predictions(parsed, lines)
        page = {"file": name, "tp": 0, "fp": 0, "fn": 0, "lost": [], "confused": []}
        for idx, g in sorted(labels.items()):
            p = pred.get(idx)
            # (a name or title copied with the page's pinyin ruby, 習(xí)近平, is read without it)
            names = [PINYIN.sub("", n) for n in (g["speaker"], *g.get("alt", []))] if g["speaker"] else []
            if names and idx not in held:
                page["lost"].append({"file": name, "idx": idx, "speaker": g["speaker"], "line": lines[idx][:40]})
            if p is None and not names:
                continue
            if p is not None and p.name in names:
                page["tp"] += 1
                agrees = (p.title or None) == (PINYIN.sub("", g["title"]) if g.get("title") else None) or p.name != names[0]
                title_ok += agrees
                if not agrees:
                    errors.append({"file": name, "idx": idx, "gold_title": g.get("title"), "got_title": p.title})
            else:
                page["fp"] += p is not None
                page["fn"] += bool(names)
                miss = {"file": name, "idx": idx, "gold": g["speaker"], "got": p.name if p else None}
                errors.append(miss)
                page["confused"].append({**miss, "line": lines[idx][:40]})
        tp, fp, fn = tp + page["tp"], fp + page["fp"], fn + page["fn"]
        page["precision"] = page["tp"] / (page["tp"] + page["fp"]) if page["tp"] + page["fp"] else 1.0
        page["recall"] = page["tp"] / (page["tp"] + page["fn"]) if page["tp"] + page["fn"] else 1.0
        page["title"] = parsed.document.title
        if name != "seed" and (entry := source_entry(path)) is not None and entry.title:
            page["expected_title"] = entry.title
            page["title_consistent"] = titles_agree(parsed.document.title, entry.title)
            page["title_from_sources"] = parsed.document.title == entry.title and not parsed.head
            titles.append(page["title_consistent"])
        lost += page["lost"]
        pages.append(page)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"labelled_speakers": tp + fn, "true_positives": tp, "false_positives": fp, "false_negatives": fn,
            "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "title_agreement": title_ok / tp if tp else 0.0,
            "lost_lines": len(lost), "titles_consistent": sum(titles) / len(titles) if titles else 1.0,
            "titles_checked": len(titles),
            "titles_from_sources": sum(1 for p in pages if p.get("title_from_sources")),
            "errors": errors, "lost": lost, "pages": pages}


def _selected(name: str, files: str | None) -> bool:
    """One gold file kept by ``--files`` (the rule of ``select_files``: names, globs, odd, even)."""
    return bool(select_files([{"file": name}], files))


def _predictions(parsed, lines: list[str]) -> tuple[dict, set[int]]:
    """The speaker each line of the page gets, and the lines some passage holds."""
    pred: dict[int, object] = {}
    held: set[int] = set()
    ends = parsed.ends or parsed.lines
    for p, first, last in zip(parsed.passages, parsed.lines, ends):
        for i in range(first, last + 1):
            pred[i], _ = p.speaker, held.add(i)
    words = [plain_key(p.text) for p in parsed.passages]
    for i, line in enumerate(lines):  # a line kept once (a caption repeated under the article)
        if i not in held and len(key := plain_key(line)) >= 8:
            j = next((j for j, w in enumerate(words) if w and w in key and len(w) * 2 >= len(key)), None)
            if j is not None:
                pred[i], _ = parsed.passages[j].speaker, held.add(i)
    head = list(parsed.head)
    if not head and (t := title_line(lines, parsed.document.title)) is not None and t not in held:
        head = [t]
    if head:
        att = Attributor()
        article = parsed.passages[: len(parsed.passages) - parsed.teasers]  # not the teasers of other stories
        att.register([parsed.document.title, *(p.text for p in article)])
        for i in head:
            if i not in held:
                pred[i] = att.attribute(lines[i])
                held.add(i)
    return pred, held


def held_lines(parsed, lines: list[str]) -> set[int]:
    """The lines of a page (non-empty, from 0) that some passage or the headline block holds; the
    rest are lost to every question (bench/article_audit.py lists them)."""
    return _predictions(parsed, lines)[1]


def plain_key(text: str) -> str:
    """A line reduced to what two copies of it share: its normal form's letters, digits and CJK characters."""
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", normalize(PINYIN.sub("", text)))


def titles_agree(got: str, expected: str) -> bool:
    """The same headline, give or take punctuation, spacing and script (≥ 0.8 similar)."""
    a, b = plain_key(got), plain_key(expected)
    return bool(a) and bool(b) and (a == b or SequenceMatcher(None, a, b).ratio() >= 0.8)


def title_line(lines: list[str], title: str) -> int | None:
    """The first of a page's first 40 lines that holds ``title`` (None when none does)."""
    for i, ln in enumerate(lines[:40]):
        if title and title in ln:
            return i
    return None

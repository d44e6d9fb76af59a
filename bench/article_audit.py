"""Which lines of a page the reader keeps: every gold line is in some passage, in the headline
block, or dropped — and a dropped line is grouped by the reason the reader dropped it.

    python -m bench.article_audit --pages D --gold D/gold.jsonl [--files odd] [--show REASON]
    python -m bench.article_audit --batch NAME=GOLD:PAGES[:FILES] …        # several batches, one table

A line is *kept* when the evaluation holds it (``evaluation.held_lines``: a passage's lines, the same
words kept once, the headline block). A dropped line's reason is the kind the page reader gives it
(``textpage.line_kind`` on the simplified line) and where it stands against the article the reader
found (above its first passage, inside it, below its last):

* ``duplicate`` — its words are in a kept line (a caption repeated, a teaser of the headline);
* ``caption``, ``chrome`` (end markers, furniture, related-story headings), ``byline/metadata``,
  ``list`` (a headline with its date), ``nav`` (menus, lines of four characters or fewer),
  ``heading``, ``other`` (no kind), ``label`` (名字： alone);
* ``prose`` — a line of a content kind (paragraph, turn, short sentence, statement) left outside
  the article's run, or skipped inside it.

Each dropped line is also judged *prose-like* or not: a sentence a reader would want (sentence
punctuation and a verb of speech, a quotation or a number, twelve characters or more). Only
tunable batches belong here: the script prints lines (``--show``).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from retrieval.attribution.lexicon import VERBS, simplify_aligned
from retrieval.evaluation import held_lines, load_jsonl, plain_key, select_files
from retrieval.pages import textpage
from retrieval.pages.ingest import parse_page, read_file

KIND_REASON = {"caption": "caption", "end": "chrome", "meta": "byline/metadata", "list": "list",
               "nav": "nav", "h": "heading", "other": "other", "label": "label",
               "p": "prose", "turn": "prose", "short": "prose", "statement": "prose"}


def prose_like(line: str) -> bool:
    """A sentence a reader would want: sentence punctuation, twelve characters or more, and a speech
    verb, a quotation or a number in it."""
    return (textpage.cjk_len(line) >= 12 and re.search(r"[。！？!?，,；;]", line) is not None
            and re.search(f"[“”「」]|\\d|(?:{VERBS})", simplify_aligned(line)) is not None)


def audit_page(path: Path, idxs: list[int]) -> list[dict]:
    """One row per gold line of the page: kept or the reason it was dropped."""
    text = read_file(path)
    parsed = parse_page(path, text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    held = held_lines(parsed, lines)
    article = len(parsed.passages) - parsed.teasers
    # (the article's span: its passages, not the photo captions kept after them)
    spans = [(a, b) for p, a, b in zip(parsed.passages[:article], parsed.lines[:article], (parsed.ends or parsed.lines)[:article])
             if textpage.line_kind(simplify_aligned(p.text)) != "caption"]
    first = min((a for a, _ in spans), default=None)
    last = max((b for _, b in spans), default=None)
    kept_keys = [plain_key(lines[i]) for i in held if i < len(lines)]
    simple = [b.text for b in textpage.blocks(simplify_aligned(text))]
    rows = []
    for idx in idxs:
        if idx >= len(lines):
            continue
        line = lines[idx]
        if idx in held:
            rows.append({"idx": idx, "line": line, "reason": "kept"})
            continue
        key = plain_key(line)
        kind = textpage.line_kind(simple[idx]) if idx < len(simple) else "other"
        words = plain_key(getattr(textpage, "caption_words", str)(line))  # (a caption's words the article repeats, its credit aside)
        if len(key) >= 4 and any(key in k or len(words) >= 8 and words in k for k in kept_keys if k):
            reason = "duplicate"
        else:
            reason = KIND_REASON.get(kind, kind)
        where = "none" if first is None else "above" if idx < first else "below" if idx > last else "inside"
        rows.append({"idx": idx, "line": line, "reason": reason, "where": where, "prose": prose_like(line)})
    return rows


def audit(gold: Path, pages: Path, files: str | None) -> list[dict]:
    by_file: dict[str, list[int]] = {}
    for g in select_files(load_jsonl(gold), files) if files else load_jsonl(gold):
        if g["file"] != "seed":
            by_file.setdefault(g["file"], []).append(int(g["idx"]))
    out = []
    for name, idxs in sorted(by_file.items()):
        for row in audit_page(pages / name, sorted(set(idxs))):
            out.append({"file": name, **row, "speaker": None})
    speakers = {(g["file"], int(g["idx"])): g.get("speaker") for g in load_jsonl(gold)}
    for row in out:
        row["speaker"] = speakers.get((row["file"], row["idx"]))
    return out


def _batch(spec: str) -> tuple[str, Path, Path, str | None]:
    name, _, rest = spec.partition("=")
    parts = rest.split(":")
    return name, Path(parts[0]), Path(parts[1]), parts[2] if len(parts) > 2 else None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--files")
    ap.add_argument("--batch", action="append", default=[], help="NAME=GOLD:PAGES[:FILES]")
    ap.add_argument("--show", action="append", default=[], help="print the dropped lines of this reason (or 'prose-like', 'all')")
    args = ap.parse_args(argv)
    batches = [_batch(b) for b in args.batch]
    if args.pages is not None:
        batches.append((args.pages.name, args.gold or args.pages / "gold.jsonl", args.pages, args.files))
    total: Counter = Counter()
    prose: Counter = Counter()
    spoken: Counter = Counter()
    shown = []
    for name, gold, pages, files in batches:
        rows = audit(gold, pages, files)
        c = Counter(r["reason"] for r in rows)
        total += c
        for r in rows:
            if r["reason"] != "kept":
                prose[r["reason"]] += r["prose"]
                spoken[r["reason"]] += bool(r["speaker"])
                if "all" in args.show or r["reason"] in args.show or "prose-like" in args.show and r["prose"]:
                    shown.append((name, r))
        dropped = sum(v for k, v in c.items() if k != "kept")
        print(f"{name}: lines {sum(c.values())} kept {c['kept']} dropped {dropped} "
              f"(prose-like {sum(r['prose'] for r in rows if r['reason'] != 'kept')}, labelled {sum(bool(r['speaker']) for r in rows if r['reason'] != 'kept')})")
    dropped = sum(v for k, v in total.items() if k != "kept")
    print(f"TOTAL lines {sum(total.values())} kept {total['kept']} dropped {dropped} "
          f"prose-like {sum(prose.values())} labelled {sum(spoken.values())}")
    for reason, n in total.most_common():
        if reason != "kept":
            print(f"  {reason:16} {n:5}  prose-like {prose[reason]:4}  labelled {spoken[reason]:3}")
    for name, r in shown:
        mark = "*" if r["prose"] else " "
        who = f" [{r['speaker']}]" if r["speaker"] else ""
        print(f"{mark} {name}/{r['file']}:{r['idx']} {r['reason']}/{r['where']}{who} {r['line'][:70]}")


if __name__ == "__main__":
    main()

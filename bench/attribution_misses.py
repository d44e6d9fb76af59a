"""Why attribution misses: every labelled speaker line the system misses, and every wrong one,
classified by how the page refers to the speaker there.

    python -m bench.attribution_misses --shared SHARED --batch x=X/gold.jsonl:X …   # the table
    python -m bench.attribution_misses … --detail x                                  # the lines of batch x

Batches as in ``bench.attribution_fit`` (dev, real-odd and real-even from ``--shared``, more with
``--batch NAME=GOLD:PAGES[:FILES]``). Only tunable batches belong here: the script prints lines.

Classes, the first that applies (the line as the page writes it, simplified):

* ``lost/merged`` — the line is in no passage, or its passage also holds a line another person says;
* ``label`` — the line opens with a colon label (``X：``) that names the speaker, or any label
  when the line does not name them (a transcript turn's form);
* ``named: mention`` — the speaker's name is in the line and ``lexicon.mentions`` finds it: the
  mention is there, the event or the decision fails;
* ``named: boundary`` — the name is in the line but the mention found there has other bounds
  (解释甚至, 和王);
* ``named: no mention`` — the name is in the line and no mention covers it;
* ``short ref`` — not named, but referred to by surname + a title word or short title (邱导,
  李委员), the last part of a transliterated name (特朗普), or the title alone (这位美国总统, 特首);
* ``pronoun`` — not named, a 他/她 outside quotations;
* ``continuation`` — not named, the previous labelled line with a speaker has the same one;
* ``other``.

Columns ``proposed`` count the lines of each class whose proposals hold the labelled speaker.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from bench.attribution_fit import Row, collect
from retrieval.attribution import decision, lexicon, speakers
from retrieval.attribution.lexicon import NAME_SEP, mentions, simplify_aligned, surname_of
from retrieval.evaluation import load_jsonl, select_files
from retrieval.pages.ingest import parse_page, read_file

CLASSES = ("lost/merged", "label", "named: mention", "named: boundary", "named: no mention",
           "short ref", "pronoun", "continuation", "other")
_MASK = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
_LABEL = re.compile(r"^[\[【]?([^：:，,。\s“”「」]{1,24}?)[\]】]?\s*(?:[（(][^）)]{0,20}[）)])?\s*[：:]")


def _title_words() -> list[str]:
    words = set(lexicon.data_words("titles.txt")) | set(lexicon.data_words("short_titles.txt")) | set(lexicon.data_words("honorifics.txt"))
    words |= set(lexicon._role_aliases())
    return sorted(words, key=len, reverse=True)


def classify(row: Row, line: str, gold_of: dict[int, tuple[str, ...]], known: dict[str, str | None],
             title: str | None) -> str:
    """The class of one missed or wrong line (``row.names`` non-empty: the labelled speaker)."""
    if row.span is None:
        return "lost/merged"
    first, last = row.span
    mine = set(row.names)
    if any(gold_of.get(i) and not set(gold_of[i]) & mine for i in range(first, last + 1)):
        return "lost/merged"
    s = simplify_aligned(line)
    names = [simplify_aligned(n) for n in row.names]
    bare = _MASK.sub("", s)
    label = _LABEL.match(s)
    spots = [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), s)]
    if spots:
        if label and any(a < label.end() for a, _ in spots):
            return "label"
        found = mentions(s, known)
        if any(sp.name in names for _, sp in found):
            return "named: mention"
        if any(p < b and a < p + len(sp.name) for p, sp in found for a, b in spots):
            return "named: boundary"
        return "named: no mention"
    if label:
        return "label"
    for n in names:
        parts = [p for p in re.split(f"[{NAME_SEP}]", n) if len(p) >= 2]
        if len(parts) >= 2 and any(p in s for p in parts):
            return "short ref"
        sur = surname_of(n)
        if sur and len(n) > len(sur) and any(s.find(sur + w) >= 0 for w in _title_words()):
            return "short ref"
    full = title or next((known.get(n) for n in names if known.get(n)), None)
    if full and (m := lexicon.title_end().search(full)) and m.group() in bare:
        return "short ref"
    if re.search("[他她](?![们])", bare):
        return "pronoun"
    before = [i for i in gold_of if i < (row.idx if row.span is None else first) and gold_of[i]]
    if before and set(gold_of[max(before)]) & mine:
        return "continuation"
    return "other"


def analyse(spec: str) -> tuple[Counter, Counter, Counter, Counter, list[tuple]]:
    """Counts per class of the missed (no speaker) and wrong (another speaker) lines, how many of
    each have the labelled speaker among their proposals, and the lines themselves."""
    name, _, rest = spec.partition("=")
    gold, pages, *files = rest.split(":")
    rows = collect(name, Path(gold), Path(pages), files[0] if files else None)
    labels = defaultdict(dict)
    for g in select_files(load_jsonl(Path(gold)), files[0] if files else None):
        labels[g["file"]][int(g["idx"])] = g
    by_file = defaultdict(list)
    for r in rows:
        by_file[r.file].append(r)
    missed, wrong, missed_p, wrong_p, lines_out = Counter(), Counter(), Counter(), Counter(), []
    for fname, frows in sorted(by_file.items()):
        path = Path(pages) / fname
        if fname == "seed":
            path = Path(pages) / "seed.txt" if (Path(pages) / "seed.txt").is_file() else sorted(Path("seeds").glob("*.txt"))[0]
        text = read_file(path)
        parsed = parse_page(path, text)
        att = speakers.Attributor()
        att.register([parsed.document.title, *(p.text for p in parsed.passages)])
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        gold_of = {i: tuple([g["speaker"], *g.get("alt", [])]) if g["speaker"] else () for i, g in labels[fname].items()}
        for r in frows:
            got = decision.choose(r.proposals).speaker
            if got is not None and got.name in r.names or got is None and not r.names:
                continue
            proposed = any(p.speaker.name in r.names for p in r.proposals)
            title = labels[fname][r.idx].get("title")
            cls = classify(r, lines[r.idx], gold_of, att.known, title) if r.names else "gold: nobody"
            if got is None:
                missed[cls] += 1
                missed_p[cls] += proposed
            else:
                wrong[cls] += 1
                wrong_p[cls] += proposed
            lines_out.append((fname, r.idx, "miss" if got is None else "wrong", cls, r.names[:1],
                              got.name if got else None, proposed, lines[r.idx][:60]))
    return missed, wrong, missed_p, wrong_p, lines_out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared", help="folder holding dev-pages/ and real-pages/")
    ap.add_argument("--batch", action="append", default=[], help="NAME=GOLD:PAGES[:FILES], tunable batches only")
    ap.add_argument("--detail", action="append", default=[], help="print the classified lines of this batch")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    specs = [f"dev={shared}/dev-pages/attribution-gold.jsonl:{shared}/dev-pages",
             f"real-odd={shared}/real-pages/gold.jsonl:{shared}/real-pages:odd",
             f"real-even={shared}/real-pages/gold.jsonl:{shared}/real-pages:even", *args.batch]
    results = {s.partition("=")[0]: analyse(s) for s in specs}
    names = list(results)
    for kind, k, kp in (("missed (no speaker)", 0, 2), ("wrong (another speaker, or one where nobody is labelled)", 1, 3)):
        classes = [c for c in (*CLASSES, "gold: nobody") if any(results[n][k][c] for n in names)]
        print(f"\n{kind}: count (with the labelled speaker proposed)")
        print(f"{'class':20}" + "".join(f"{n:>11}" for n in names) + f"{'all':>11}")
        for c in classes:
            cells = [f"{results[n][k][c]} ({results[n][kp][c]})" for n in names]
            tot = f"{sum(results[n][k][c] for n in names)} ({sum(results[n][kp][c] for n in names)})"
            print(f"{c:20}" + "".join(f"{x:>11}" for x in cells) + f"{tot:>11}")
        cells = [str(sum(results[n][k].values())) for n in names]
        print(f"{'total':20}" + "".join(f"{x:>11}" for x in cells) + f"{sum(sum(results[n][k].values()) for n in names):>11}")
    for n in args.detail:
        print(f"\n{n}:")
        for row in results[n][4]:
            print("  ", *row)


if __name__ == "__main__":
    main()

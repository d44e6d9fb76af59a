"""Every ``search()`` result over a fixed set of corpora and questions, written out byte for byte,
so that two versions of the query path can be compared (they must give the same hits).

    .venv/bin/python -m bench.search_dump OUT [--code DIR] [--large WORKDIR]
    cmp OUT_BEFORE OUT_AFTER

``--code DIR``: the checkout whose ``retrieval/`` is used (e.g. ``git archive REV | tar -x -C DIR``);
default this one. Corpora: tests/data/qa-corpus (qa-dev and seed questions), tests/data/real-odd
(the odd real pages and their questions from /work/shared/real-pages/qa.jsonl when present),
/work/shared/dev-pages when present, and with ``--large`` the scale suite's cached corpus (its
questions). Each gets questions made from its own passages (pieces of them in question frames,
its speakers' names, traditional characters), with and without filters and several top_k.
Each line of OUT: corpus, call, then every hit's passage, score (repr), matched terms, best
sentence, answer span and missing terms.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAMES = ("{p}", "{p}是什么？", "关于{p}，报道怎么说？", "谁说{p}？", "是谁表示{p}的？", "{p}是哪一年？",
          "{p}什么时候？", "{p}有多少人？", "有多少个{p}？", "{p}在哪里？", "哪个城市{p}？", "{p}为什么？",
          "在什么条件下{p}？", "哪位{p}？", "{p}在哪个镇？")


def _questions(r, n: int, seed: int) -> list[tuple[str, dict]]:
    rng = random.Random(seed)
    passages = r.passages
    out: list[tuple[str, dict]] = []
    speakers = [sp for sp, _ in r.speakers()]
    for k in range(n):
        p = passages[rng.randrange(len(passages))]
        text = p.text
        a = rng.randrange(max(1, len(text) - 12))
        piece = text[a : a + rng.randint(2, 12)]
        q = rng.choice(FRAMES).format(p=piece)
        if speakers and k % 5 == 0:
            sp = rng.choice(speakers)
            q = rng.choice([f"{sp.name}说了什么？", f"{sp.name}怎么看{piece}？", f"{sp.name[0]}{sp.title or '先生'}认为{piece}？",
                            f"{sp.title or sp.name}对{piece}有什么打算？", f"谁说了{piece}", sp.name, f"那位{sp.title or '院士'}怎么说"])
        if k % 7 == 0:
            from opencc import OpenCC

            q = OpenCC("s2t").convert(q)
        kw: dict = {}
        if k % 4 == 1:
            kw["top_k"] = rng.choice([1, 5, 10])
        if k % 11 == 3 and speakers:
            kw["speaker"] = rng.choice([rng.choice(speakers).name, rng.choice(speakers).name[:1] + "先生", "院士"])
        if k % 13 == 5:
            kw["outlet"] = p.source.outlet or "新华社"
        if k % 17 == 7:
            kw["since"] = rng.choice(["2024-01-01", "2023", "2025-06"])
        out.append((q, kw))
    return out


def _row(name: str, q: str, kw: dict, hits) -> str:
    parts = [name, q, json.dumps(kw, ensure_ascii=False, sort_keys=True)]
    for h in hits:
        p = h.passage
        parts.append(repr((p.text, p.paragraph, p.source.path, p.speaker, p.section, p.attribution, repr(h.score),
                           h.matched_terms, h.best_sentence, h.answer_span, h.missing_terms)))
    return "\t".join(parts)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--code", type=Path, help="the checkout whose retrieval/ runs (default: this one)")
    ap.add_argument("--large", type=Path, help="the scale suite's serving folder (its config.json)")
    ap.add_argument("--generated", type=int, default=600, help="questions made per corpus")
    args = ap.parse_args(argv)
    sys.path.insert(0, str((args.code or ROOT).resolve()))
    from retrieval import Retriever

    try:  # the compiled query path, when this code has one and numba is installed: dumped once it is there
        from retrieval.search import kernels
    except ImportError:
        pass
    else:
        kernels.ready(600)
        print("query path:", kernels.status(), file=sys.stderr)

    data = ROOT / "tests" / "data"
    sets: list[tuple[str, object, list[tuple[str, dict]]]] = []
    qa = [json.loads(line) for f in ("qa-dev.jsonl", "qa-seed.jsonl") for line in (data / f).read_text("utf-8").splitlines()
          if line.startswith("{")]
    sets.append(("qa-corpus", lambda: Retriever.build(data / "qa-corpus"), [(d["q"], {}) for d in qa]))
    real = Path("/work/shared/real-pages/qa.jsonl")
    odd = []
    if real.exists():  # only the odd pages' questions (the even half is blind)
        for line in real.read_text("utf-8").splitlines():
            d = json.loads(line) if line.startswith("{") else None
            if d and d.get("file", "")[1:3].isdigit() and int(d["file"][1:3]) % 2 == 1:
                odd.append((d["q"], {}))
    sets.append(("real-odd", lambda: Retriever.build(data / "real-odd"), odd))
    if Path("/work/shared/dev-pages").exists():
        sets.append(("dev-pages", lambda: Retriever.build("/work/shared/dev-pages"), []))
    if args.large is not None:
        cfg = json.loads((args.large / "config.json").read_text())
        sets.append(("large", lambda: Retriever.from_path(cfg["corpus"], cache_dir=cfg["cache"]), [(q, {}) for q in cfg["questions"]]))
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for k, (name, make, given) in enumerate(sets):
            r = make()
            for q, kw in given + _questions(r, args.generated, seed=k):
                try:
                    row = _row(name, q, kw, r.search(q, **kw))
                except Exception as exc:  # an error is a result too
                    row = "\t".join([name, q, json.dumps(kw, ensure_ascii=False, sort_keys=True), "ERROR " + repr(exc)])
                out.write(row + "\n")
                n += 1
    print(f"{n} searches written to {args.out}")


if __name__ == "__main__":
    main()

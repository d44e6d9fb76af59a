"""Facts about the served corpus that the bot shows: example questions, documents, outlets.

Computed once per Retriever (at start-up and on /reload) and kept beside it in the BotState.
``open_corpus`` is the bot's one call into the search side's front door.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from retrieval import Document, Retriever
from retrieval.cli.formatting import filter_example
from retrieval.settings import Settings as SearchSettings


@dataclass(frozen=True, slots=True)
class CorpusFacts:
    """What /start, /about, /sources and the no-answer reply say about the corpus."""

    documents: tuple[tuple[Document, int], ...]
    outlets: tuple[str, ...]
    speakers: int
    passages: int
    examples: tuple[str, ...]
    filter_words: str = ""  # /filter words that narrow this corpus (its top speaker, outlet, month)


def open_corpus(search: SearchSettings) -> Retriever:
    """The Retriever over ``search.corpus`` (from the index cache in ``search.cache_dir`` when unchanged)."""
    return Retriever.from_path(search.corpus, settings=search)


def facts(r: Retriever) -> CorpusFacts:
    counts = dict(zip((d.path for d in r.documents), r.corpus.passage_counts()))  # stored offsets: no passage made
    docs = tuple(sorted(((d, counts.get(d.path, 0)) for d in r.documents), key=lambda t: (t[0].published or "", t[0].title), reverse=True))
    outlets = tuple(o for o, _ in Counter(d.outlet for d in r.documents if d.outlet).most_common())
    return CorpusFacts(docs, outlets, len(r.speakers()), len(r.passages), tuple(example_questions(r)),
                       filter_example(r))


def example_questions(r: Retriever, n: int = 3) -> list[str]:
    """Up to ``n`` questions the corpus answers: about its headlines' topics (如何发展…？,
    关于…，报道说了什么？: a question, never a bare noun phrase) and its speakers."""
    speakers = [sp for sp, _ in r.speakers() if sp.title]
    by_title = sorted(speakers[1:], key=lambda sp: len(sp.title or ""))
    candidates = _interleave(
        [f"如何{t}？" if t.startswith("发展") else f"关于{t}，报道说了什么？" for t in _topics(r)],
        [f"{sp.name}说了什么？" for sp in speakers[:1]] + [f"{sp.title}说了什么？" for sp in by_title],
    )
    out: list[str] = []
    for q in candidates:
        if len(out) >= n:
            break
        if any(_topic(q) in _topic(e) or _topic(e) in _topic(q) for e in out):
            continue  # 林木种质资源保护 and 种质资源保护: one example of a topic
        try:
            if q not in out and r.search(q, top_k=1):
                out.append(q)
        except Exception:  # an example is a nicety: never let it stop the bot
            continue
    return out


def _topic(question: str) -> str:
    """What an example question is about: its topic, or its speaker's name or title."""
    return question.removeprefix("关于").removeprefix("如何").split("，")[0].removesuffix("说了什么？").rstrip("？")


def _topics(r: Retriever, sample: int = 2000) -> list[str]:
    """Phrases of the headlines (runs of 2-4 words, 4-10 characters) that most passages mention."""
    phrases = set()
    for d in r.documents[:200]:
        words = r.tokenize(d.title)
        words = [w for k, w in enumerate(words) if not (k + 1 < len(words) and words[k + 1].startswith(w))]
        for i in range(len(words)):
            for j in range(i + 2, min(i + 4, len(words)) + 1):
                phrase = "".join(words[i:j])
                if 4 <= len(phrase) <= 10:
                    phrases.add(phrase)
    texts = [p.text for p in r.passages[:sample]]
    counts = Counter({ph: sum(ph in t for t in texts) for ph in phrases})
    return [ph for ph, c in sorted(counts.items(), key=lambda kv: (-kv[1] * len(kv[0]), kv[0])) if c >= 2][:5]


def _interleave(a: list[str], b: list[str]) -> list[str]:
    out = []
    for k in range(max(len(a), len(b))):
        out.extend(x[k] for x in (b, a) if k < len(x))
    return out

"""Facts about the served corpus that the bot shows: example questions, documents, outlets.

Computed once per Retriever (at start-up and on /reload) and kept beside it in the BotState.
``open_corpus`` is the bot's one call into the search side's front door.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from retrieval import Document, Retriever
from retrieval.cli.formatting import example_questions, filter_example
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

"""The public entry point: ``Retriever.from_path("seeds").search("问题")``."""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np

from .cache import load_or_build
from .corpus import Corpus
from .errors import QuestionError
from .models import Hit, Passage, Speaker
from .pages.ingest import load_corpus
from .search.filters import FilterIndex
from .search.highlight import best_sentence
from .settings import Settings
from .text import normalize

MAX_QUESTION_CHARS = 500  # longer questions are answered on their first 500 characters
MIN_COVERAGE = 0.36  # share of the question's idf mass the best passage must match
KEEP_RATIO = 0.25  # further hits must score at least this share of the best one
POOL = 10  # BM25 candidates the coverage check looks at
_WHO = re.compile(r"谁|哪位|哪个人|哪些人|什么人|何人|哪一位")
# A question about a person's words or views (朱凯说了什么, 马珊珊怎么看人才): their passages first.
_ASKS_VIEW = re.compile(r"说|讲|谈|表示|认为|看法|怎么看|如何看|观点|态度|表态|评价|提到|指出|强调|呼吁|介绍|回应|发言|建议|希望|要求")
OWN_BOOST = 1.5  # other questions naming a speaker: their passages' scores count this much more


def clip_question(question: str) -> tuple[str, bool]:
    """The question as searched (stripped, at most MAX_QUESTION_CHARS) and whether it was cut."""
    q = (question or "").strip()
    if len(q) > MAX_QUESTION_CHARS:
        return q[:MAX_QUESTION_CHARS], True
    return q, False


class Retriever:
    """Exact BM25Okapi search over a Corpus, and the ranking that decides what answers."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.pages = corpus.pages
        self.passages = corpus.passages
        self.documents = corpus.documents
        self.index = corpus.index
        self.build_seconds = corpus.build_seconds
        self.from_cache = corpus.from_cache
        self._tokenizer = corpus.tokenizer
        by_speaker: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            if p.speaker is not None:
                by_speaker.setdefault(p.speaker.name, []).append(i)
        self._by_speaker = by_speaker
        known = corpus.speaker_names
        self._speaker_keys = sorted(
            ((known.get(name) or normalize(name), name) for name in by_speaker), key=lambda kv: len(kv[0]), reverse=True
        )

    # -- construction ---------------------------------------------------------------
    @classmethod
    def from_path(
        cls,
        path: str | os.PathLike = "seeds",
        cache_dir: str | os.PathLike | None = None,
        *,
        settings: Settings | None = None,
    ) -> Retriever:
        """Read a file or a directory of pages through the cache; raises CorpusError if there is nothing to serve.

        ``settings`` give the cache folder and the file size limit (default: QA_CACHE_DIR and
        QA_MAX_FILE_MB from the environment, read now); ``cache_dir``, when given, wins.
        """
        if settings is None:
            settings = Settings.from_env({k: v for k, v in os.environ.items() if k in ("QA_CACHE_DIR", "QA_MAX_FILE_MB")})
        if cache_dir is not None:
            settings = replace(settings, cache_dir=Path(cache_dir))
        return cls(load_or_build(Path(path), settings))

    @classmethod
    def build(cls, path: str | os.PathLike) -> Retriever:
        """Read and index ``path`` without any cache."""
        return cls(Corpus.build(load_corpus(path)))

    def add_files(self, paths: Sequence[str | os.PathLike], max_file_bytes: int | None = None) -> Retriever:
        """A new Retriever that also answers from ``paths`` (new or changed page files), without a
        rebuild: see ``Corpus.with_files`` (``max_file_bytes``: ``Settings.max_file_bytes``, default
        20 MB). This one is left as it was."""
        if max_file_bytes is None:
            return type(self)(self.corpus.with_files(paths))
        return type(self)(self.corpus.with_files(paths, max_file_bytes=max_file_bytes))

    # -- public hooks -----------------------------------------------------------------
    def tokenize(self, text: str) -> list[str]:
        """The exact tokens used for passages and questions."""
        return self._tokenizer(text)

    def bm25_scores(self, question: str) -> np.ndarray:
        """Raw BM25Okapi scores, one per passage in ``self.passages`` order."""
        return self.index.scores(self.tokenize(question))

    def speakers(self) -> list[tuple[Speaker, int]]:
        """Every speaker with the number of passages attributed to them, most first."""
        counts = Counter(p.speaker for p in self.passages if p.speaker is not None)
        merged: dict[str, tuple[Speaker, int]] = {}
        for sp, n in counts.items():
            best, total = merged.get(sp.name, (sp, 0))
            if sp.title and (best.title is None or len(sp.title) > len(best.title)):
                best = sp
            merged[sp.name] = (best, total + n)
        return sorted(merged.values(), key=lambda t: (-t[1], t[0].name))

    def speaker_passages(self, name: str) -> list[Passage]:
        key = self.find_speaker(name) or name
        return [self.passages[i] for i in self._by_speaker.get(key, [])]

    def find_speaker(self, text: str) -> str | None:
        """The corpus speaker named in ``text`` (longest name first), if any."""
        norm = normalize(text)
        for key, name in self._speaker_keys:
            if key and key in norm:
                return name
        return None

    # -- filters (retrieval/filters.py) ---------------------------------------------------
    @cached_property
    def filter_index(self) -> FilterIndex:
        """The corpus's speakers, outlets and dates as filters see them (built on first use)."""
        return FilterIndex(self.passages)

    # -- search -------------------------------------------------------------------------
    def search(
        self,
        question: str,
        top_k: int = 3,
        speaker: str | None = None,
        *,
        outlet: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> list[Hit]:
        """The passages that answer ``question``, best first; [] when nothing is relevant.

        ``speaker`` (full name, part of a name or title), ``outlet`` and ``since``/``until`` (date
        expressions, see ``retrieval.filters``) leave out the passages failing them before top-k;
        a speaker filter returns that person's passages, those matching the question first.
        """
        q, _ = clip_question(question)
        if not q:
            raise QuestionError("the question is empty")
        top_k = max(1, int(top_k))
        tokens = self._back_off(self.tokenize(q))
        # -- filters: resolved once; ``allowed`` is None when none is given ----------------
        allowed, names = None, ()
        if speaker or outlet or since or until:
            selection = self.filter_index.resolve(self.filter_index.parse(speaker, outlet, since, until))
            if selection.empty:
                return []
            allowed, names = selection.mask, selection.speakers
        named = names if speaker else tuple(n for n in [self.find_speaker(q)] if n)
        # -- end of filters ----------------------------------------------------------------
        if not tokens and not named:
            return []
        scores = self._scores(tokens, allowed)
        if named:
            ids = self._speaker_ranking(named, tokens, scores, top_k, only=speaker is not None, question=q, allowed=allowed)
        else:
            ids = self._ranking(tokens, scores, top_k)
        return [self._hit(i, tokens, scores[i]) for i in ids]

    def _back_off(self, tokens: list[str]) -> list[str]:
        """A question word the passages never hold, replaced by the indexed words inside it.

        jieba segments a phrase differently in a question and in a passage (服务商 vs 服务|商会,
        发挥作用 vs 发挥|作用); the longest indexed pieces of two characters or more stand in
        for it, left to right. What no piece covers stays as a word of its own (今天天气 →
        今天 | 天气) and still counts against coverage, so an off-topic question keeps
        finding nothing.
        """
        out: list[str] = []
        for t in tokens:
            if len(t) < 3 or self.index.term_idf(t) is not None:
                out.append(t)
                continue
            pieces, rest, i = [], "", 0
            while i < len(t):
                k = next((k for k in range(len(t) - i, 1, -1) if self.index.term_idf(t[i : i + k]) is not None), 0)
                if k:
                    pieces.extend([rest] if len(rest) >= 2 else [])
                    pieces.append(t[i : i + k])
                    rest, i = "", i + k
                else:
                    rest, i = rest + t[i], i + 1
            pieces.extend([rest] if len(rest) >= 2 else [])
            out.extend(pieces if any(self.index.term_idf(w) is not None for w in pieces) else [t])
        return out

    def _scores(self, tokens: list[str], allowed: np.ndarray | None = None) -> np.ndarray:
        if self.index.size <= 2:
            scores = self.index.unit_idf_scores(tokens)  # BM25 gives 0 everywhere when N <= 2
        else:
            scores = self.index.scores(tokens)
        return scores if allowed is None else np.where(allowed, scores, 0.0)  # filtered out: never ranked

    def _weights(self, tokens: list[str]) -> dict[str, float]:
        n = max(self.index.size, 1)
        if n <= 2:  # every idf is zero or negative: weigh all terms alike
            return dict.fromkeys(tokens, 1.0)
        rare = math.log(n - 1 + 0.5) - math.log(1.5)
        out = {}
        for t in dict.fromkeys(tokens):
            idf = self.index.term_idf(t)
            out[t] = max(idf if idf is not None else rare, 0.05 * max(rare, 1e-9), 1e-9)
        return out

    def _coverage(self, weights: dict[str, float], doc: int) -> float:
        total = sum(weights.values())
        got = sum(v for t, v in weights.items() if self.index.contains(t, doc))
        return got / total if total else 0.0

    def _ranking(self, tokens: list[str], scores: np.ndarray, top_k: int) -> list[int]:
        """BM25 order among the passages that hold enough of the question.

        The best BM25 candidates (a pool of at least POOL) are kept when they score at least
        KEEP_RATIO of the best; those holding MIN_COVERAGE of the question's weight come first,
        those holding less follow only behind an answer (never alone: then there is none).
        """
        ids, vals = self.index.top_k_of(scores, tokens, max(top_k, POOL))
        if not len(ids) or vals[0] <= 0:
            return []
        pool = [int(i) for i, v in zip(ids, vals) if v > 0 and v >= KEEP_RATIO * vals[0]]
        weights = self._weights(tokens)
        cov = {i: self._coverage(weights, i) for i in pool}
        strong = [i for i in pool if cov[i] >= MIN_COVERAGE]
        if not strong:
            return []
        weak = [i for i in pool if MIN_COVERAGE * 0.6 <= cov[i] < MIN_COVERAGE]
        return (strong + weak)[:top_k]

    def _speaker_ranking(
        self, names: Sequence[str], tokens: list[str], scores: np.ndarray, top_k: int, only: bool, question: str = "",
        allowed: np.ndarray | None = None,
    ) -> list[int]:
        """Those people's passages first when the question asks what they said (or only names
        them); otherwise their passages are boosted in the ordinary ranking."""
        own = sorted(i for name in names for i in self._by_speaker.get(name, []) if allowed is None or allowed[i])
        name_tokens = {t for name in names for t in self.tokenize(name)}
        rest = [t for t in tokens if t not in name_tokens and not _WHO.search(t)]
        if not only and rest and not _ASKS_VIEW.search(normalize(question)):
            boosted = scores.copy()
            boosted[own] *= OWN_BOOST
            ranked = self._ranking(tokens, boosted, top_k)
            if ranked:
                return ranked
        rest_scores = self._scores(rest, allowed) if rest else None
        if rest_scores is not None:
            own = sorted(own, key=lambda i: (-rest_scores[i], i))
        ranked = list(own[:top_k])
        if not only and len(ranked) < top_k and rest_scores is not None:
            for i in self._ranking(rest, rest_scores, top_k * 2):
                if i not in ranked and len(ranked) < top_k:
                    ranked.append(i)
        return ranked

    def _hit(self, i: int, tokens: list[str], score: float) -> Hit:
        p = self.passages[i]
        matched = tuple(t for t in dict.fromkeys(tokens) if self.index.contains(t, i))
        return Hit(p, float(score), matched, self.best_sentence(p.text, matched))

    def best_sentence(self, text: str, terms: Sequence[str]) -> str:
        """The sentence of ``text`` holding the most question weight (see ``search.highlight``)."""
        return best_sentence(text, self._weights(list(terms)))

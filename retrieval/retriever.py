"""The public entry point: ``Retriever.from_path("seeds").search("问题")``."""

from __future__ import annotations

import math
import operator
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
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
from .pages.textpage import related_marker
from .search import agent, aliases, answering, kernels, overlap
from .search.answering import distinctive_words
from .search.filters import FilterIndex
from .search.highlight import best_sentence
from .search.intent import Intent, cues, role_heads, role_words, title_words
from .search.intent import parse as parse_intent
from .search.names import NameIndex
from .settings import Settings
from .text import normalize

MAX_QUESTION_CHARS = 500  # longer questions are answered on their first 500 characters
MIN_COVERAGE = 0.36  # share of the question's idf mass the best passage must match
KEEP_RATIO = 0.25  # further hits must score at least this share of the best one
POOL = 10  # BM25 candidates the coverage check looks at
_WHO = re.compile(r"谁|哪位|哪个人|哪些人|什么人|何人|哪一位")
TYPED_COVERAGE = 0.3  # …or this share, for a passage holding the date, count or place asked beside a question word
WEAK = 0.5  # a passage holding less than MIN_COVERAGE of the question: its score counts this much
# …unless it holds this share, its article names the question's names and it holds a question word
# beside them (``Retriever._anchored``): a paraphrase of a question about what the corpus speaks of
ANCHORED_COVERAGE = 0.1
# How a passage holding the kind of answer asked for counts (index: 2 = in a sentence with a
# question word, 1 = elsewhere in it, 0 = nowhere): strictly for when/how many, softly otherwise.
# 3: a how-many question's count standing right beside a question word (业务量105.5亿票; see
# ``answering.has_typed_answer``'s ``bound``): the count of what was asked, not a figure beside it.
TYPE_FACTOR = (0.3, 1.0, 1.6, 2.2)
# …but for which X / where, a passage naming no X (no place) counts UNNAMED_FACTOR, not 0.3: the
# answer often names it otherwise (哪个阶段 → 开局之年, 什么地方 → 海燕别墅); 0.6–0.85 give the same
UNNAMED_FACTOR = 0.7
# "which person" (哪位教练…): a candidate holding TYPED_COVERAGE of the question answers, as for a
# date or a count, when it names a person beside a question word and is credited to someone the
# question does not name (its person factor at least PERSON_TYPED: TYPE_FACTOR_SOFT[2] × WHO_SPEAKER)
PERSON_TYPED = 1.8
# a fact question naming who gave the answer (X说…多少, 据X介绍…): X's passages count this much more
SPOKEN_BY = 1.5  # (1.3 and 2.0 give the same figures)
REFLEXIVE_OPENING = 6  # …a person named this far into a question, 自己 after them: what they say of themselves
SPOKEN_CLAUSE = 16  # …when the words naming X (the clause before the speech cue) are at most this long
WHOLE_QUESTION = 0.9  # …nor for a passage holding this share of the question's weight (it answers it)
TYPE_FACTOR_SOFT = (1.0, 1.1, 1.4, 1.5)  # 3: a which-person question's role named with a name (所长张磊)
ARTICLE_CREDIT = 0.5  # a question word held elsewhere in the passage's article counts this much
RARE_SHARE = 0.45  # …when its weight is at least this share of the question's rarest word
ARTICLE_SPAN = 400  # passages of an article looked at for the words it holds elsewhere
WHO_SPEAKER = 1.3  # a "who said" question: a passage with a speaker counts this much more
WHO_ROLE = 1.5  # …and this much more when the role it asks (哪位特首说…) is in that speaker's title
# A fact question's distinctive word (name, place, year…) that a passage's whole article never
# mentions: the passage is about something else (重庆的政协委员… vs a page about 广东's); per word.
ARTICLE_LACKS = 0.6
# …and a "what did X say" question's distinctive word (not X's name) that one of X's passages does
# not hold while its article does: X speaking of something else than asked; per word.
PASSAGE_LACKS = 0.8
# In an interview, a labelled turn that asks (记者：…？) is the interviewer's words, not an answer
# (ASKING_TURN, any question but "who said"); for "what did X say", X's answer right after it is
# about what it asked (the asked words count ASKED_CREDIT as much in the answer).
ASKING_TURN = 0.6
ASKED_CREDIT = 0.5
# A passage ending with a colon introduces words that stand in the next one (对于她的伤病,郎平表示:):
# it names the speaker and the topic, not what was said; any question counts it this much.
INTRO_LINE = 0.5
# A passage that is its page's headline written again sums the story up; the passage telling it in
# full answers (雷军:小米汽车将重新定义… over 雷军表示，“…小米汽车将全面重新定义…”): it counts this
# much, whatever is asked (0.4-0.7 give the same figures on the tuning pool).
HEADLINE = 0.6
# "What did X say" (how X sees, judges or answers something): X's passage in X's own words — X's
# turn, the first person, a quotation making up OWN_SHARE of it or more — counts OWN_WORDS more
# than one recounting them (钱克孝认为，乡村振兴要… vs “最难的还是…”钱克孝说), a passage quoting
# less in proportion; not when the question asks what X made known (intent.txt's ``informing``:
# 怎么介绍访华安排 is answered by the arrangements, told in any voice). (1.5-2.0 and 0.4-0.6 give
# the same figures on the tuning pool.)
OWN_WORDS = 1.6
OWN_SHARE = 0.5
_ASKS = ("?", "？")
_DATELINE = re.compile(r"^\W{0,2}[^，,。：:“”「」]{2,24}?\d{1,2}日(?:电(?![话视影脑池力器子网报讯])|讯)")
_INTRO_ENDS = (":", "：")
_SENTENCE_ENDS = "。！？!?"
_TURN_LABEL = re.compile(r"^\s*[^，,。：:？?“”「」]{1,15}[：:]")  # 记者：, 问：, 德國之聲:, 斯旺：


_UNSET = 2  # a per-passage flag not read yet (``Retriever._flag``)
_NON_WORD = re.compile(r"[^\w]")  # (``_spoken_by``'s clause split)
_CLAUSE_END = re.compile(r"[,，;；。]")  # (``_reflexive_subject``)


def _intro_line(text: str) -> bool:
    """Does ``text`` end with a colon (an introduction to the next passage)?"""
    return text.rstrip().endswith(_INTRO_ENDS)


def _quotes_someone(text: str) -> bool:
    """Does ``text`` quote someone (「…」, “…”)?"""
    return any(m in text for m in _QUOTE_MARKS)


_QUOTED = re.compile(r"[“「『]([^”」』]*)[”」』]")


def _own_voice(text: str) -> float:
    """How much of ``text`` is someone's own words: the share of its characters inside quotation
    marks (「…」, “…”), or 1.0 when it quotes nothing and speaks in the first person (我)."""
    quoted = sum(len(m) for m in _QUOTED.findall(text))
    if not quoted:
        return 1.0 if "我" in text else 0.0
    return quoted / len(text)


def _opens_with_dateline(text: str) -> bool:
    """Does ``text`` open with a dateline (新华社联合国1月6日电)?"""
    return _DATELINE.match(text) is not None


def _asking_turn(text: str) -> bool:
    """An interviewer's turn: a labelled turn (记者：…, 问：…) that ends with a question, or a
    passage ending with a question quoted after a word of asking (记者大声问：“…您怎么看？”)."""
    end = text.rstrip()
    if end.endswith(_ASKS):
        return _TURN_LABEL.match(text) is not None
    return end.endswith(_CLOSING) and _ASKED_QUOTE.search(end) is not None


_CLOSING = ("”", "」", "』", '"')
_ASKED_QUOTE = re.compile(r"问[:：]?\s*[“「『\"][^“”「」『』\"]*[?？]\s*[”」』\"]$")
# "What did X say" when attribution named nobody: a passage with no speaker that names X and
# quotes someone (「…」, “…”) is likely X's words (对此，黄扬明在脸书写下…「我很失望」); it joins X's
# passages at this weight. At most NAMED_LIMIT such passages are looked at.
NAMED_QUOTE = 0.4
# A question word's other names (data/synonyms.txt: 见面 / 会面, 澳洲 / 澳大利亚) join the search
# at this share of its weight: in BM25, in the passage's share of the question, beside the date or
# count asked, in the answering sentence.
ALIAS_WEIGHT = 0.8
ALIAS_FLOOR = 0.18  # …towards coverage only for a passage holding this share of the question itself
NAMED_LIMIT = 200
# "What did 市长王勇 say" where two speakers share the name: the passages of the one whose title
# lacks the question's title word (while the other's holds it) count this much.
OTHER_TITLE = 0.2
ACTION_AGENT = 2.9  # a person question asked by its action (由谁主持): a passage naming a person right before it
# The best few candidates of a ranking are reranked by the question's characters they hold
# (data/rerank.txt: the weight; retrieval/search/overlap.py); at most this many are read.
EVERYDAY_WORDS = 3  # a question of this many words at most, naming nothing: one word held is chance
TOPICAL_PASSAGES = 4  # …unless that many passages of the corpus hold the word (what the corpus speaks of)
RERANK_DEPTH = 5  # (4 left a passage holding the whole question fifth, below its article's credited lines)
_LEAD_ANSWERS = ("when", "how_many", "where", "which", "person")  # kinds of answer a lead often holds
_QUOTE_MARKS = ("「", "“", "『")


def clip_question(question: str) -> tuple[str, bool]:
    """The question as searched (stripped, at most MAX_QUESTION_CHARS) and whether it was cut."""
    q = (question or "").strip()
    if len(q) > MAX_QUESTION_CHARS:
        return q[:MAX_QUESTION_CHARS], True
    return q, False


_YEAR_WORD = re.compile(r"(?:19|20)\d\d年")
_ADMIN = "市县省区镇乡村"  # a place named with or without its level (青州市, 青州)
def _holds(text: str, word: str) -> bool:
    """``word in text``, a place also without its level (青州市 in 青州日报); a number only as a
    whole number (20 is not in 2023, nor 19 in 19.5); a year (2023年) also as its whole number
    (2023 年新能源…, 2025创业邦…: pages set a space or a name after it)."""
    if _YEAR_WORD.fullmatch(word):
        return _whole_number(text, word) or _whole_number(text, word[:-1])
    if word[:1].isdigit() or word[-1:].isdigit():
        return _whole_number(text, word)
    return word in text or (len(word) >= 3 and word[-1] in _ADMIN and word[:-1] in text)


def _place_key(place: str) -> str:
    """A place as an article may write it: without its level (山东省 → 山东, 青州市 → 青州), as ``_holds`` reads it."""
    return place[:-1] if len(place) > 2 and place[-1] in _ADMIN else place


def _whole_number(text: str, word: str) -> bool:
    """Does ``text`` hold ``word`` with no digit (or decimal point and digit) glued to its number ends?"""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > 0 else ""
        after = text[end : end + 2]
        if not (word[0].isdigit() and (before.isdigit() or (before == "." and text[at - 2 : at - 1].isdigit()))) and not (
                word[-1].isdigit() and (after[:1].isdigit() or (after[:1] == "." and after[1:2].isdigit()))):
            return True
        at = text.find(word, at + 1)
    return False


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _source_text(document) -> str:
    """A page's headline, outlet and day of publication as words (2017-04-08 → 2017年4月8日), normalised."""
    parts = [document.title or "", document.outlet or ""]
    m = _ISO_DAY.match(document.date or "")
    if m:
        parts.append(f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日")
    return normalize(" ".join(parts))


def _named_person(subject: str, word: str) -> bool:
    """Is ``word`` the person ``subject`` names: its first words, or right after a title or role
    (新疆队主帅|刘炜, 人大代表|王静) — not a fragment of a longer phrase (民警拦|查时)?"""
    at = subject.find(word) if word else -1
    if at < 0:
        return False
    return at == 0 or any(subject.endswith(t, 0, at) for t in title_words())


def _known_word(word: str) -> bool:
    """Is ``word`` in jieba's own dictionary (a word it would keep whole in any passage)?"""
    import jieba

    return bool(jieba.get_FREQ(word))


_NUMERAL_HEADS = frozenset("零〇一二两三四五六七八九十百千万0123456789")


def _also_missing(hits: list[Hit], word: str) -> list[Hit]:
    """Every hit also says it does not mention ``word`` (once)."""
    return [replace(h, missing_terms=h.missing_terms + (word,)) if word not in h.missing_terms else h for h in hits]


def _mates_of(word: str) -> list[str]:
    """The words naming what ``word`` names (``aliases.mates``), also through its head: 韩国队 →
    南韩队 when 韩国 and 南韩 name one country (a dict look-up per head)."""
    norm = normalize(word)
    out = list(aliases.mates(norm, normalized=True))
    if norm[:1] in _NUMERAL_HEADS:
        return out  # (a numeral's mates are its digits: 二季度 is no 2季)
    for k in range(2, len(norm)):
        out += [m + norm[k:] for m in aliases.mates(norm[:k], normalized=True)]
    return out


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
        by_speaker = corpus.by_speaker  # name → its passages' ids, stored columns (nothing scanned)
        self._by_speaker = by_speaker
        known = corpus.speaker_names
        self._speaker_keys = sorted(
            ((known.get(name) or normalize(name), name) for name in by_speaker), key=lambda kv: len(kv[0]), reverse=True
        )
        # the same names by lookup (longest first, then in _speaker_keys order: find_speaker's order)
        self._names = NameIndex((name, key) for key, name in self._speaker_keys)
        self._doc_bounds = corpus.doc_bounds  # passage → (first, end) of its article
        bounds = np.ascontiguousarray(self._doc_bounds, dtype=np.int64)  # made once: the kernels' and the loops'
        self._bounds_array = kernels.readonly(bounds)
        # the same, flat, read as Python ints (passage i's first at 2i, its end at 2i + 1): the
        # ranking's loops over ten passages read it without a numpy call or scalar
        self._bounds = memoryview(bounds.reshape(-1)).cast("B").cast("q")
        # the passages' texts and whether each has a speaker, read from the store's columns, so
        # that ranking makes no Passage (only the hits returned are made)
        self._texts = corpus.passages.text
        # passage → is its normal form aligned with its text (read at build time), as Python ints
        self._aligned = memoryview(np.ascontiguousarray(corpus.aligned_mask).view(np.uint8))
        self._sentences = corpus.sentences  # passage → its sentences' bounds (read at build time)
        self._speaker_column = corpus.passages.columns["speaker"]  # -1: no speaker
        self._attribution_column = corpus.passages.columns["attribution"]  # -1: none
        # kept per key as questions ask (each small: words, articles, role classes, title words)
        self._alias_cache: dict[str, tuple[str, ...]] = {}
        self._source_cache: dict = {}
        self._voice_cache: dict[int, float] = {}  # passage → its share of someone's own words
        self._class_cache: dict = {}
        self._holders_cache: dict[str, tuple[tuple[int, str, str], ...]] = {}
        self._last_expansions: tuple | None = None  # the ranking and its hits ask alike

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

        ``settings`` give the cache folder, the file size limit and whether the query path's compiled
        kernels run (default: QA_CACHE_DIR, QA_MAX_FILE_MB and QA_JIT from the environment, read now);
        ``cache_dir``, when given, wins.
        """
        if settings is None:
            settings = Settings.from_env({k: v for k, v in os.environ.items() if k in ("QA_CACHE_DIR", "QA_MAX_FILE_MB", "QA_JIT")})
        if cache_dir is not None:
            settings = replace(settings, cache_dir=Path(cache_dir))
        kernels.switch(settings.jit)
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
        counts = self.corpus.speaker_counts()  # from the stored speaker column: no passage made
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
        return self._names.find(normalize(text))

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
        # -- filters: resolved once; ``allowed`` is None when none is given ----------------
        allowed, names = None, ()
        if speaker or outlet or since or until:
            selection = self.filter_index.resolve(self.filter_index.parse(speaker, outlet, since, until))
            if selection.empty:
                return []
            allowed, names = selection.mask, selection.speakers
        # -- end of filters ----------------------------------------------------------------
        if not speaker:
            return self._answer(q, top_k, allowed)  # ranked by what the question asks (issue 11, below)
        if not names:
            return []
        nq = normalize(q)  # (once for the intent and the distinctive words)
        intent = parse_intent(q, nq)
        tokens = self._back_off(self.tokenize(q))
        said = Intent("said", intent.asks, intent.measure, intent.which, speaker, question=intent.question)
        ranked = self._said_ranking(tuple(names), said, tokens, top_k, only=True, allowed=allowed)
        words = distinctive_words(q, nq)
        return self._hits(ranked, tokens, intent, words)

    def _back_off(self, tokens: list[str]) -> list[str]:
        """A question word the passages never hold, replaced by the indexed words inside it.

        jieba segments a phrase differently in a question and in a passage (服务商 vs 服务|商会,
        发挥作用 vs 发挥|作用); the longest indexed pieces of two characters or more stand in
        for it, left to right. What no piece covers stays as a word of its own (今天天气 →
        今天 | 天气) and still counts against coverage, so an off-topic question keeps
        finding nothing. A number stays whole: the passages lack it, whatever numbers hide in it.
        """
        out: list[str] = []
        for t in tokens:
            if len(t) < 3 or self.index.term_idf(t) is not None or _NUMBER.fullmatch(t):
                out.append(t)  # (a number is one: 2024 is not 20 | 24, which 20日 would match)
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

    def _expansions(self, tokens: Sequence[str], text: str = "") -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """For each question word with other names (data/synonyms.txt) that the index holds: (the
        question's tokens it stands for — itself and the tokens inside it —, the other name's
        tokens, the longest ones only). The words are the question's tokens and, in ``text``
        (the normalised question), the words of a group jieba cut into pieces (亚太|经合|组织).
        [] for most questions: a dict look-up per token and one regex search."""
        key = (tuple(tokens), text)
        last = self._last_expansions
        if last is not None and last[0] == key:
            return last[1]
        words = list(dict.fromkeys(aliases.in_groups(tokens) + aliases.named_in(text)))
        if not words:
            self._last_expansions = (key, [])
            return []
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        present = set(tokens)
        for t in words:
            for mate in aliases.mates(t, normalized=True):
                keys = self._alias_keys(mate)
                if keys and not set(keys) <= present:
                    out.append((tuple(u for u in dict.fromkeys(tokens) if u in t), keys))
        self._last_expansions = (key, out)  # (one tuple, replaced whole: safe across threads)
        return out

    def _alias_keys(self, word: str) -> tuple[str, ...]:
        """The tokens standing for ``word`` in the index (its longest tokens, single characters
        only when nothing longer), () when the index lacks one of them; kept per word."""
        cache = self._alias_cache
        got = cache.get(word)
        if got is None:
            toks = list(dict.fromkeys(self.tokenize(word)))
            longest = [t for t in toks if not any(t != u and t in u for u in toks)]
            keys = [t for t in longest if len(t) >= 2] or longest
            got = cache[word] = tuple(keys) if keys and all(self.index.term_idf(k) is not None for k in keys) else ()
        return got

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

    def _gate_weights(self, weights: dict[str, float], text: str) -> dict[str, float]:
        """``weights`` with 0.0 for each term that is a straddler of the question ``text``
        (``Tokenizer.straddlers``: a piece of the search cut found only across two of the
        question's own words, 今天天气 → 天天): it says how jieba cuts the question, not what the
        question asks, so a passage holding it holds none of the question's weight by it (the
        question's own weight still counts it). ``weights`` itself when there is none (most questions)."""
        find = getattr(self._tokenizer, "straddlers", None)
        across = find(text, weights) if find is not None else ()
        if not any(t in across for t in weights):
            return weights
        return {t: 0.0 if t in across else w for t, w in weights.items()}

    def _scores_at(self, tokens: list[str], ids: Sequence[int]) -> np.ndarray:
        """``_scores(tokens)[ids]`` without a score per passage: each token's contribution to the
        passages ``ids`` (0.0 where absent) added in query order from 0.0, as ``index.scores``
        adds them (same bits). A segmented or tiny index scores every passage."""
        pool = np.asarray(ids, dtype=np.int64)
        postings = getattr(self.index, "postings", None)
        if postings is None or self.index.size <= 2 or not len(pool):
            return self._scores(tokens)[pool] if len(pool) else np.zeros(0)
        # (each token's contributions found by probing its postings, none decoded but the pool's;
        # added as Python floats: the same doubles, in the same order, as numpy's)
        pool_list = pool.tolist()
        probes = self.index.probes_of(pool_list)
        out = [0.0] * len(pool_list)
        seen: dict[str, list[float] | None] = {}
        for tok in tokens:
            if tok not in seen:
                seen[tok] = self.index.contributions_at(tok, probes, pool_list)
            add = seen[tok]
            if add is not None:
                out = [o + x for o, x in zip(out, add)]
        return np.array(out, dtype=np.float64)

    def _hits(self, ranked: Sequence[tuple[int, float]], tokens: list[str], intent: Intent | None = None,
              words: Sequence[str] = (), seen: Mapping[int, np.ndarray] | None = None,
              weights: dict[str, float] | None = None, read: Mapping[int, str] | None = None) -> list[Hit]:
        """The hits returned, and only they: the terms each holds (one ``presence`` look-up for
        those ``seen`` does not already give), its best sentence and answer span, the question's
        words it lacks (against its normalised text of ``Corpus.normalized``; ``read``: passage →
        that text, for those the ranking already read)."""
        if not ranked:
            return []
        if weights is None:
            weights = self._weights(tokens)
        terms = list(weights)
        seen = seen or {}
        todo = [i for i, _ in ranked if i not in seen]
        if todo:
            seen = {**seen, **dict(zip(todo, self.index.presence(terms, todo).T))}
        normalized = self.corpus.normalized
        # (a session is held written either way: 第十九届 holds 19届)
        words = [(w, nw, aliases.mates(nw, normalized=True) + answering.session_forms(nw)[1:])
                 for w in words for nw in (normalize(w),)]
        # other names of the question's words weigh in the answering sentence as in the ranking
        others: dict[str, float] = {}
        for covered, keys in (self._expansions(tokens, intent.question) if intent is not None else ()):
            top = max((weights[u] for u in covered if u in weights), default=0.0)
            for k in keys:
                if k not in weights:
                    others[k] = max(others.get(k, 0.0), ALIAS_WEIGHT * min(top, self.index.term_idf(k) or 0.0))
        # the person a fact question is about, named in someone else's passage only in a list
        # (…前辈如马龙和樊振东…, credited to 王楚钦): the passage is not about them
        person = answering.asked_person(intent.question, [w for w, _, _ in words]) if (
            intent is not None and intent.kind == "fact" and words) else ""
        out = []
        for i, score in ranked:
            p = self.passages[i]
            matched = tuple(t for t, held in zip(terms, seen[i].tolist()) if held)
            norm = read[i] if read is not None and i in read else normalized[i]
            held_weights = {t: weights[t] for t in matched}
            held_weights.update((k, v) for k, v in others.items() if k in norm)
            # (norm is the passage's normal form: whether it is aligned was read at build time)
            sentence, span = answering.best_sentence(p.text, held_weights, intent, norm if self._aligned[i] else None,
                                                     self._sentences[i])
            if answering.answers_person(intent):  # who: the answer is a whole person mention, or no bold
                span = self._person_span(sentence, p, intent, list(held_weights))  # type: ignore[arg-type]
            missing = ()
            # (held starts with norm; a number counts only whole: 20 is not in 2023)
            lacking = [(w, nw, ms) for w, nw, ms in words if nw not in norm or not _holds(norm, nw)]
            if lacking:
                # normalize() of the four joined by spaces is the four normalised and joined (a space
                # composes with nothing, ends no word, and opencc converts between separators)
                # (a teaser under a related-stories heading is another story: the page's headline
                # and source line say nothing of it)
                # (…and the heading it stands under names what it speaks of: 举重冠军吕小军 over his words)
                source = "" if p.section and related_marker(normalize(p.section)) else self._source_line(p.source)
                heading = normalize(p.section) if source and p.section else ""
                held = " ".join([norm, source, heading, normalize(p.speaker.name) if p.speaker else "",
                                 normalize(p.speaker.title or "") if p.speaker else ""])
                missing = tuple(w for w, nw, ms in lacking if not _holds(held, nw) and not any(m in held for m in ms))
            if person and p.speaker is not None and person not in normalize(p.speaker.name) and (
                    answering.in_passing(norm, person)):
                missing += tuple(w for w, nw, _ in words if nw == person and w not in missing)
            out.append(Hit(p, float(score), matched, sentence, span, missing))
        return out

    def _person_span(self, sentence: str, p: Passage, intent: Intent, terms: Sequence[str]) -> tuple[int, int] | None:
        """Where ``sentence`` names the person a who-question asks for: for a question asking who
        did something (主持人是谁, 谁主持了…: ``agent.asked_action``), the subject of that verb in
        the sentence — the corpus speaker named right before it (副主任何公德主持), else the first
        one of the verb's clause — not a leader the sentence cites nor a spokesman reporting it; else the
        passage's own speaker (for "who said", only them: another name in their sentence is
        someone they talk about), else a corpus speaker the question does not name, nearest a
        question term (``terms``) — with the title written right before the name
        (``answering.person_mention``), never one named after the verb asked. None when the
        sentence names nobody the corpus knows as a speaker: no bold rather than a wrong one."""
        question = intent.question
        norm = normalize(sentence)
        aligned = len(norm) == len(sentence)  # (positions of the normal form are the sentence's)
        action = agent.asked_action(question) if aligned else ""
        at = norm.find(action) if action else -1
        while at >= 0:
            clause = max(norm.rfind(c, 0, at) for c in "，,。；;：:！？!?（(") + 1
            known = [(a, b) for a, b, _ in self._names.spans(norm)
                     if clause <= a and b <= at and norm[a:b] not in question]
            subject = [(a, b) for a, b in known if b == at] or known
            if subject:
                return answering.person_mention(sentence, *subject[0])
            at = norm.find(action, at + len(action))
        # (a person named after the verb asked is no subject of it: 主持会议并传达习近平…的讲话)
        limit = norm.find(action) if action and action in norm else len(sentence)
        speaker = p.speaker
        if speaker is not None and 0 <= sentence.find(speaker.name) < limit and normalize(speaker.name) not in question:
            at = sentence.find(speaker.name)
            return answering.person_mention(sentence, at, at + len(speaker.name), speaker.title)
        if intent.kind == "who" and speaker is not None or not aligned:
            return None
        found = [(a, b) for a, b, name in self._names.spans(norm) if b <= limit and norm[a:b] not in question]
        if not found:
            return None
        a, b = answering.nearest(found, norm, terms)
        return answering.person_mention(sentence, a, b)

    def best_sentence(self, text: str, terms: Sequence[str]) -> str:
        """The sentence of ``text`` holding the most question weight (see ``search.highlight``)."""
        return best_sentence(text, self._weights(list(terms)))

    # -- ranking by what the question asks (issue 11) ------------------------------------------
    def _answer(self, q: str, top_k: int, allowed: np.ndarray | None = None) -> list[Hit]:
        """Intent-ranked hits: "what did X say" puts X's passages first, "who said" prefers passages
        that hold the words said and have a speaker, a fact question the passages holding the kind
        of answer asked (a date, a count…). The score shown is the score ranked by. ``allowed``
        (a filter's mask) leaves the other passages out."""
        nq = normalize(q)  # (once for the intent, the distinctive words and a speaker's name)
        intent = parse_intent(q, nq)
        # (the noun right after a cue names the kind of answer asked, no name the answer holds)
        words = answering.past_cues(distinctive_words(q, nq), intent)
        if self.absent_words(q, words, intent):
            return []
        subjects: tuple[str, ...] = ()
        resolved: dict[str, tuple[str, ...]] = {}  # (a speech cue's subject, resolved once a question)
        if intent.kind == "said":
            subjects = resolved[intent.subject] = self.resolve_subject(intent.subject)
            if not subjects:
                # the clause before the speech word names nobody (傅显明给九月定的任务里，对…打算怎么办):
                # the one speaker the whole question names is who is asked about
                named = self._names.find_all(nq)
                if len(named) == 1:
                    subjects = (named[0],)
                    intent = replace(intent, subject=named[0])
                else:
                    intent = intent.as_fact()
        if intent.kind == "fact" and intent.asks in (None, "which"):
            # 王博把…归咎于自己哪方面的不足: a person opening the question, then 自己 — what they say of themselves
            own = self._reflexive_subject(nq)
            if own:
                subjects, intent = (own,), Intent("said", intent.asks, intent.measure, intent.which, own,
                                                  cue_spans=intent.cue_spans, question=intent.question)
        tokens = self._back_off(self.tokenize(intent.searchable()))
        if intent.kind == "fact" and len(set(tokens)) <= 3:  # the question may be a name alone (江浩然)
            named = self._names.find(nq)  # (find_speaker(q))
            if named is not None and not [t for t in tokens if t not in set(self.tokenize(named))]:
                intent, subjects = Intent("said", subject=named, question=intent.question), (named,)
        if not tokens and not subjects:
            return []
        if subjects:
            ranked = self._said_ranking(subjects, intent, tokens, top_k, allowed=allowed, words=words)
            hits = self._count_absent(self._hits(ranked, tokens, intent, words), intent, [i for i, _ in ranked])
        else:
            seen: dict[int, np.ndarray] = {}
            weights = self._weights(tokens)  # the same for the ranking and the hits
            read: dict[int, str] = {}  # the normalised texts the ranking reads, for the hits
            spoken = self._spoken_by(intent, resolved) if intent.kind == "fact" else frozenset()
            ranked = self._fact_ranking(intent, tokens, top_k, allowed, seen, weights, words, read, spoken)
            if ranked and intent.kind == "fact" and not words and self._one_everyday_word(nq, weights, ranked, seen):
                return []  # 你叫什么名字, 周末去哪里玩: a passage holding one of its few common words
            hits = self._count_absent(self._hits(ranked, tokens, intent, words, seen, weights, read), intent,
                                      [i for i, _ in ranked])
        return self._year_absent(hits, nq, [i for i, _ in ranked])

    def _one_everyday_word(self, nq: str, weights: Mapping[str, float], ranked: Sequence[tuple[int, float]],
                           seen: Mapping[int, np.ndarray]) -> bool:
        """True when a question naming nothing (no distinctive word: the caller checks; no speaker
        of the corpus) is a few plain words — EVERYDAY_WORDS at most, each counted once with the
        pieces the search cut makes of it — and every passage ranked holds at most one of them,
        said in passing: 你叫什么名字 answered by a passage that says 叫, 周末去哪里玩 by one that
        says 周末, 红烧肉怎么做 by a dish named once in an interview. A word held counts as said in
        passing unless ``_topical`` (TOPICAL_PASSAGES passages of the corpus hold it, or another
        passage of its article does: what the corpus speaks of, 农民工有什么变化 on pages about
        work); one-character words (吃, 好, 得) count only beside a longer one (怎么睡得好 is not
        answered by 走得好). A question that short and that plain is answered by a passage
        speaking of what it asks; one common word of it said once is chance (issue 11).
        ``seen``: which of the ``weights``' terms each ranked passage holds (``_fact_ranking``);
        False when a ranked passage is not in it or holds none of them (found by other names)."""
        terms = list(weights)
        longest = [t for t in terms if not any(t != u and t in u for u in terms)]
        if not 1 <= len(longest) <= EVERYDAY_WORDS or self._names.find(nq) is not None:
            return False
        for i, _ in ranked:
            has = seen.get(i)
            if has is None:
                return False
            held = [t for t, h in zip(terms, has.tolist()) if h]
            touched = [w for w in longest if any(t in w for t in held)]
            if not touched:
                return False  # (held by other names of its words, data/synonyms.txt: other rules judge it)
            longer = [w for w in touched if len(w) >= 2]
            if len(longer) >= 2 or (longer and len(touched) >= 2):
                return False  # two of the question's words, one of them more than a character
            if len(longer) == 1 and any(t in longer[0] and self._topical(i, t) for t in held if len(t) >= 2):
                return False  # its one word is what the corpus speaks of, not a word said in passing
            if len(longest) == 1 and len(longest[0]) == 1:
                return False  # (a one-character question: nothing to tell chance from)
        return True

    def _topical(self, i: int, word: str) -> bool:
        """Whether ``word``, held by passage ``i``, is something the corpus speaks of rather than a
        word said in passing: TOPICAL_PASSAGES passages of the corpus hold it, or another passage
        of ``i``'s article (normalised text) does."""
        count = getattr(self.index, "doc_freq", None)
        if count is None or count(word) >= TOPICAL_PASSAGES:
            return True  # (a segmented index counts no passages: every word is taken as topical)
        lo, hi = self._bounds[2 * i], self._bounds[2 * i + 1]
        normalized = self.corpus.normalized
        return any(word in normalized[j] for j in range(lo, min(hi, lo + ARTICLE_SPAN)) if j != i)

    def _reflexive_subject(self, nq: str) -> str:
        """The speaker a question (normalised) opens with, when a reflexive word (intent.txt's
        ``reflexive``: 自己) later in its first clause refers back to them (王博把…归咎于自己…,
        特朗普…夸了自己政府什么): the question asks what they said of themselves. "" otherwise:
        no reflexive, no speaker within REFLEXIVE_OPENING characters of the start, or several."""
        at = min((k for k in (nq.find(w) for w in cues().get("reflexive")) if k >= 0), default=-1)
        if at < 2 or _CLAUSE_END.search(nq[:at]):
            return ""
        spans = [(a, name) for a, _, name in self._names.spans(nq[:at])]
        return spans[0][1] if len(spans) == 1 and spans[0][0] <= REFLEXIVE_OPENING else ""

    def _spoken_by(self, intent: Intent, resolved: Mapping[str, tuple[str, ...]] | None = None) -> frozenset[str]:
        """The speakers a fact question says gave the answer (大连交通局长说…什么时候, 据X介绍…多少:
        the words before a speech cue that stands before the fact cue, in their clause), as
        ``_speaker_column`` entries' names; empty when it names none or nobody resolves.
        ``resolved``: words → their ``resolve_subject``, as the caller already has them."""
        q = intent.question
        end = intent.cue_spans[0][0] if intent.cue_spans else len(q)
        found = answering.speech_cue(q, end)
        if found is None:
            return frozenset()
        clause = _NON_WORD.split(q[:found])[-1]
        clause = clause[1:] if clause.startswith("据") else clause
        if not 2 <= len(clause) <= SPOKEN_CLAUSE:
            return frozenset()
        spellings = self._spellings
        names = resolved[clause] if resolved is not None and clause in resolved else self.resolve_subject(clause)
        return frozenset(n for name in names for n in spellings.get(normalize(name), (name,)))

    def _year_absent(self, hits: list[Hit], question: str, ids: Sequence[int]) -> list[Hit]:
        """``hits``, each also missing the year the question (normalised) names by the day written
        (去年) when no hit names it (nor 上年…) and one names another (今年以来): the page speaks of
        another year than asked. One regex on the question; on the hits only when it names one."""
        asked = answering.asked_year(question) if hits else None
        if asked is None:
            return hits
        word, year = asked
        held = [answering.years_held(self.corpus.normalized[i]) for i in ids]
        if any(year in h for h in held) or not any(held):
            return hits
        return _also_missing(hits, word)

    def _count_absent(self, hits: list[Hit], intent: Intent, ids: Sequence[int]) -> list[Hit]:
        """``hits``, each also missing the figure asked (多少家, 几个百分点) when the question counts
        in a measure and no hit holds a count in it: the names are there, the figure is not (one
        regex per hit, on the hits only)."""
        asked = answering.asked_count(intent) if hits else ""
        normalized = self.corpus.normalized
        if asked:
            if any(answering.holds_count(normalized[i], intent) for i in ids):
                return hits
        else:
            rank = answering.asked_rank(intent) if hits else ""
            if rank:  # 排名第几: a place in a ranking (第7位, 排名第七) that no hit holds
                return hits if any(answering.holds_rank(normalized[i]) for i in ids) else _also_missing(hits, rank)
            # a date or a figure without a measure (哪一年, 票房是多少) that no hit holds at all
            if not hits or not answering.asks_kind(intent) or any(
                    answering.holds_kind(normalized[i], intent) for i in ids):
                return hits
            asked = answering.asked_kind(intent)  # (its words are cut only here)
        return _also_missing(hits, asked)

    def absent_words(self, question: str, words: Sequence[str] | None = None,
                     intent: Intent | None = None) -> tuple[str, ...]:
        """The question's distinctive words (names, places, organisations, years, numbers) that no
        passage holds: 刘子歌在伦敦奥运会上… → ("伦敦",) on a corpus that never names London;
        毛宁怎么看… → ("毛宁",) when no passage's text holds the person asked about."""
        if words is None or intent is None:  # (the search passes both: nothing read twice)
            q = clip_question(question)[0]
            nq = normalize(q)
            words = distinctive_words(q, nq) if words is None else words
            intent = parse_intent(q, nq) if intent is None else intent
        # the person asked about: a "said" question's subject, else whoever the question names first
        # or right after a title (新加坡总理黄循财对…表过什么态: ``_named_person``)
        subject = normalize(intent.subject) if intent.kind == "said" and intent.subject else intent.question
        # a name the corpus speaks of under another (澳洲 / 澳大利亚, APEC / 亚太经合组织) is no absent one
        return tuple(w for w in words if not answering.plain_proper(w)
                     and not self._occurs(w, subject) and not answering.plain_place(normalize(w), intent.question)
                     and not answering.plain_name(normalize(w), intent.question) and not any(self._occurs(m) for m in _mates_of(w))
                     and not self._straddled(normalize(w), intent.question))

    def _straddled(self, word: str, question: str) -> bool:
        """Is ``word`` a cut of the question across words the corpus holds: every character of it
        inside an indexed word of the question's text of two characters or more, one of them
        reaching past the word (中山区位优势: jieba's 中|山区|位, the corpus's 中山 | 区位)? Then its
        absence says how jieba cut the question, not that the corpus lacks it. Never a number."""
        if len(word) < 2 or any(c.isdigit() for c in word) or not question:
            return False
        known = self.index.term_idf
        at = question.find(word)
        while at >= 0:
            end = at + len(word)
            covered, beyond = [False] * len(word), False
            for i in range(max(0, at - 3), end):
                for j in range(max(i + 2, at + 1), min(len(question), i + 5, end + 3) + 1):
                    if known(question[i:j]) is not None:  # an indexed word over part of it
                        beyond = beyond or i < at or j > end
                        for k in range(max(i, at), min(j, end)):
                            covered[k - at] = True
            if beyond and all(covered):
                return True
            at = question.find(word, at + 1)
        return False

    def _occurs(self, word: str, subject: str = "") -> bool:
        """Does the corpus speak of ``word``? Its digits as one indexed number, its other
        characters covered by indexed words of two characters or more (广东队 → 广东, 四川省委 →
        四川 | 省委). A word of jieba's dictionary that no indexed word covers is absent (伦敦).
        One jieba does not know (陈代蓉, cut its own way in each passage) is absent only when it is
        the person a "what did X say" question asks about (``subject``, normalised: 毛宁怎么看…,
        人大代表王静建议…; ``_named_person``) and
        no passage's normalised text holds its uncovered characters; otherwise a fragment of the
        question's cut (工信局 → 信局) could be claimed absent."""
        norm = normalize(word)
        forms = answering.session_forms(norm)
        if forms:  # 十六届, 19届: a session only where a text writes its number with it, either way
            return any(self.corpus.normalized.holds(f) or self._in_sources(f) for f in forms)
        known = self.index.term_idf
        if known(norm) is not None:
            return True
        i = 0
        while i < len(norm):
            if norm[i].isdigit():
                j = i
                while j < len(norm) and (norm[j].isdigit() or norm[j] == "."):
                    j += 1
                if known(norm[i:j]) is None:
                    return self._in_sources(norm)
                i = j
                continue
            k = next((k for k in range(len(norm) - i, 1, -1) if known(norm[i : i + k]) is not None), 0)
            if k:
                i += k
                continue
            j = i
            while j < len(norm) and not norm[j].isdigit() and not any(
                known(norm[j : j + k]) is not None for k in range(2, len(norm) - j + 1)
            ):
                j += 1
            if j - i >= 2 and _known_word(norm):
                return self._in_sources(norm)  # a headline speaks of it too
            if j - i >= 2 and _named_person(subject, norm) and not self.corpus.normalized.holds(norm[i:j]):
                return self._in_sources(norm)  # the person asked about, in no passage's text
            i = j
        return True

    def _in_sources(self, norm: str) -> bool:
        """Does an article's headline, source line or a section heading hold ``norm`` (normalised),
        or a place named so without its 市/县/省/区 (青州市 in 青州日报)?"""
        return any(_holds(t, norm) for t in self._normalized_titles)

    @cached_property
    def _normalized_titles(self) -> list[str]:
        """Per article: its headline and source line (outlet, day of publication) and the headings
        its passages stand under (not a related-stories heading), normalised: a name, place or
        year found only there is still one the article speaks of (a city paper's meeting held in
        the city, a page dated 2017 for 2017年, 举重男子81公斤级冠军吕小军 over his words)."""
        out = [_source_text(d) for d in self.documents]
        headings = self._section_texts
        column = self.corpus.passages.columns["section"]
        docs = self.corpus.passages.columns["doc"]
        held = np.flatnonzero(np.asarray(column) >= 0)
        seen: dict[int, dict[str, None]] = {}
        for i in held.tolist():
            text = headings[int(column[i])]
            if text:
                seen.setdefault(int(docs[i]), {})[text] = None
        for d, texts in seen.items():
            out[d] = " ".join([out[d], *texts])
        return out

    @cached_property
    def _section_texts(self) -> list[str]:
        """Each section heading of the corpus, normalised; "" for a related-stories heading (its
        teasers are other stories)."""
        out = []
        for heading in self.corpus.passages.sections:
            norm = normalize(heading)
            out.append("" if related_marker(norm) else norm)
        return out

    def _source_line(self, document) -> str:
        """``_source_text(document)``, kept per article (the hits of a search share few)."""
        cache = self._source_cache
        got = cache.get(document)
        if got is None:
            if len(cache) > 4096:
                cache.clear()
            got = cache[document] = _source_text(document)
        return got

    def resolve_subject(self, subject: str) -> tuple[str, ...]:
        """The speakers the words ``subject`` name: a full name, part of one (谢利谢夫, 秦大使),
        or a title or role (中国驻美大使, 那位院士, 广东队主教练). () when they name nobody, or
        more than three people."""
        named = self.find_speaker(subject)
        if named is not None:
            return (named,)
        role = normalize(role_words(subject))
        if not role:
            return ()
        flat = role.replace(" ", "")
        names = list(self._names_holding.get(flat, ())) if 2 <= len(flat) <= 6 else []
        if 1 <= len(names) <= 3:
            return tuple(names)
        heads = role_heads(flat)
        if not heads:
            return ()
        head = heads[-1]
        end = flat.rfind(head) + len(head)
        if end < len(flat) and end >= 2:
            # the role ends at its title word; what follows says when or what (鸿海董事长开玩笑时):
            # every other word of the role must describe the person (溧阳市委书记 is not 桐乡's)
            got = self._resolve_role(flat[:end], head, least=1.0)
            if got:
                return got
        role = flat[:end] if end >= 2 else flat
        got = self._resolve_role(flat, head)
        if got and not self._elsewhere(got, role):
            return got
        # none, or 湖州市委书记 fitted by another page's 市委书记: the speaker of the place, when there is one
        return self._placed_role(role, head) or self._placed_bare_title(role, head) or got

    def _elsewhere(self, names: Sequence[str], role: str) -> bool:
        """Does ``role`` open with a place that none of ``names``' articles (their first passage's)
        names?"""
        place = answering.leading_place(role)
        if not place:
            return False
        key = _place_key(place)
        firsts = [int(ids[0]) for ids in (self._by_speaker.get(n, []) for n in names) if len(ids)]
        return bool(firsts) and all(self._article_lacks(firsts, [key]))

    def _placed_bare_title(self, flat: str, head: str) -> tuple[str, ...]:
        """A role opening with a place (溧阳市委书记) that no speaker's title fits, when the one
        speaker titled by the bare title word (书记: a page calling its man 蒋书记) has an
        article naming the place: that speaker; () when none or several are."""
        place = answering.leading_place(flat)
        if not place or not flat.endswith(head):
            return ()
        key = _place_key(place)
        out = []
        names, joined, starts, _ = self._role_class(cues().role_class(head))  # (kept per class)
        ends = [*starts[1:], len(joined) + 1]
        for name, a, b in zip(names, starts, ends):
            ids = self._by_speaker.get(name, [])
            if joined[a : b - 1] != head or not len(ids):
                continue
            if not self._article_lacks([int(ids[0])], [key])[0]:
                out.append(name)
                if len(out) > 1:
                    return ()
        return tuple(out)

    def _placed_role(self, flat: str, head: str) -> tuple[str, ...]:
        """A role opening with a place its holders' titles leave out (山东省政府发言人: 李娥,
        省政府副秘书长、新闻发言人, on a page about 山东): the speakers the rest of the role fits
        wholly whose article names the place (溧阳市委书记 is not 桐乡's 市委书记) and whose title
        names no place (日本队教练 is not 美国教练埃利斯)."""
        place = answering.leading_place(flat)
        rest = flat[len(place):]
        if not place or head not in rest or not [t for t in self.tokenize(rest.replace(head, " ")) if len(t) >= 2]:
            return ()  # (the rest must describe the person beside the title: 政府 in 政府发言人)
        key = _place_key(place)
        out = []
        for name in self._resolve_role(rest, head, least=1.0):
            ids = self._by_speaker.get(name, [])[:1]
            speaker = self.passages[ids[0]].speaker if ids else None
            if speaker is None or answering.names_place(normalize(speaker.title or "")):
                continue  # (日本队教练 is not 美国教练埃利斯, whose page names 日本 too)
            if not self._article_lacks(ids, [key])[0]:
                out.append(name)
        return tuple(out)

    def _resolve_role(self, flat: str, head: str, least: float = 0.5) -> tuple[str, ...]:
        """``resolve_subject`` of a role (its normalised words without blanks) by its title word
        ``head``: the speakers whose role text holds at least ``least`` of its other words."""
        rest = [t for t in self.tokenize(flat.replace(head, " ")) if len(t) >= 2]
        best: list[tuple[float, str]] = []
        # the speakers a word of the role describes, in _role_texts order
        names, joined, starts, by_first = self._role_class(cues().role_class(head))
        # 朱会长: a surname standing right before the title word names that person (also after
        # words describing them and 的: 民进党的钟立委)
        at = flat.find(head)
        surname = set(by_first.get(flat[at - 1], ())) if at == 1 or (at >= 3 and flat[at - 2] == "的") else set()
        if rest:
            # each speaker's share of ``rest`` their role text holds: each word found in all the
            # texts at once (joined by NUL, which no word holds), counted per text it occurs in
            counts: dict[int, int] = {}
            found: dict[str, set[int]] = {}
            def holding(t: str) -> set[int]:
                ks = found.get(t)
                if ks is None and "\0" in t:  # (no word of the tokenizer's holds NUL; exact anyway)
                    ends = [*starts[1:], len(joined) + 1]
                    ks = found[t] = {k for k, (a, b) in enumerate(zip(starts, ends)) if t in joined[a : b - 1]}
                if ks is None:
                    ks = found[t] = set()
                    at = joined.find(t)
                    while at >= 0:
                        k = bisect_right(starts, at) - 1
                        ks.add(k)
                        at = joined.find(t, starts[k + 1]) if k + 1 < len(starts) else -1
                return ks

            for t in rest:
                # a word of the role, or another name of it (环保 / 生态环境: data/synonyms.txt)
                ks = holding(t).union(*(holding(m) for m in aliases.mates(t, normalized=True)))
                for k in ks:
                    counts[k] = counts.get(k, 0) + 1
            for k in sorted(surname | counts.keys()):
                score = 2.0 if k in surname else counts[k] / len(rest)
                if score >= least:
                    best.append((score, names[k]))
        else:
            best = [(2.0 if k in surname else 1.0, name) for k, name in enumerate(names)]
        # Every speaker the role fits (the rest of the question then decides among them), the best
        # fitting first; more than three is no one in particular.
        best.sort(key=lambda t: -t[0])
        if best and best[0][0] >= 2.0:  # named by surname and title: only those
            best = [t for t in best if t[0] >= 2.0]
        if not 1 <= len(best) <= 3:
            return ()
        return tuple(name for _, name in best)

    def _asks_at(self, i: int) -> bool:
        """``_asking_turn`` of passage ``i``, read once per passage and kept (one byte each)."""
        return self._flag("_asks_flags", i, _asking_turn)

    def _intro_at(self, i: int) -> bool:
        """Does passage ``i`` end with a colon (an introduction to the next one)? Read once, kept."""
        return self._flag("_intro_flags", i, _intro_line)

    def _voice_at(self, i: int) -> float:
        """``_own_voice`` of passage ``i``, read once per passage and kept."""
        cache = self._voice_cache
        got = cache.get(i)
        if got is None:
            got = cache[i] = _own_voice(self._texts[i])
        return got

    def _quotes_at(self, i: int) -> bool:
        """Does passage ``i`` quote someone (「…」, “…”)? Read once per passage and kept."""
        return self._flag("_quote_flags", i, _quotes_someone)

    def _flag_bytes(self, name: str) -> bytearray:
        """The per-passage flags kept as ``name`` (one byte a passage, UNSET until read), made on first need."""
        flags = self.__dict__.get(name)
        if flags is None:
            flags = self.__dict__.setdefault(name, bytearray([_UNSET]) * len(self.passages))
        return flags

    def _flag(self, name: str, i: int, test) -> bool:
        """A per-passage yes/no of ``test(text)``, computed on first need (UNSET: not yet). One
        byte a passage in a ``bytearray``: reading it gives a Python int (no numpy scalar)."""
        flags = self._flag_bytes(name)
        got = flags[i]
        if got == _UNSET:
            got = flags[i] = 1 if test(self._texts[i]) else 0
        return got == 1

    def _flags(self, name: str, ids: Iterable[int], test) -> list[bool]:
        """``_flag(name, i, test)`` for each passage of ``ids`` (a ranking's candidates), in one call."""
        flags = self._flag_bytes(name)
        out = []
        for i in ids:
            got = flags[i]
            if got == _UNSET:
                got = flags[i] = 1 if test(self._texts[i]) else 0
            out.append(got == 1)
        return out

    def _quoting_passages(self, names: set[str], allowed: np.ndarray | None = None) -> list[int]:
        """Passages with no speaker that hold one of ``names`` as an indexed word and quote someone or
        report what was said (the first NAMED_LIMIT of them, by position)."""
        postings = getattr(self.index, "postings", None)
        if postings is None:
            return []
        found: set[int] = set()
        for key in {normalize(n) for n in names}:
            docs = self.index.term_docs(key)
            if docs is None:
                continue
            docs = docs[np.asarray(self._speaker_column[docs]) < 0][:NAMED_LIMIT]
            found.update(i for i in docs.tolist() if (allowed is None or allowed[i])
                         and (self._quotes_at(i) or self._reports_at(i)))
        return sorted(found)

    def _reports_at(self, i: int) -> bool:
        """Does passage ``i`` report speech without quote marks (他致辞时表示，特区政府将…)? A speech
        verb then a comma or colon (``answering.reports_speech``); read once per passage and kept."""
        return self._flag("_report_flags", i, answering.reports_speech)

    @cached_property
    def _spellings(self) -> dict[str, tuple[str, ...]]:
        """Normalised name → every speaker name written so (雷军 → 雷军, 雷軍), a transliterated
        name also under its last part (特朗普 → 特朗普, 唐纳德·特朗普: pages name a person in full
        or by surname); built on first use."""
        out: dict[str, list[str]] = {}
        for key, name in self._speaker_keys:
            out.setdefault(key, []).append(name)
        for key, name in self._speaker_keys:
            last = re.split(r"[·•・\-－]", key)[-1]
            if last != key and len(last) >= 2 and last in out and name not in out[last]:
                out[last].append(name)
        return {key: tuple(names) for key, names in out.items()}

    @cached_property
    def _names_holding(self) -> dict[str, tuple[str, ...]]:
        """Every piece of 2–6 characters of a speaker's normalised name → the speakers whose name
        holds it, in ``_speaker_keys`` order (a lookup for ``resolve_subject``); built on first use."""
        out: dict[str, list[str]] = {}
        for key, name in self._speaker_keys:
            pieces = {key[i : i + n] for n in range(2, 7) for i in range(len(key) - n + 1)}
            for piece in pieces:
                out.setdefault(piece, []).append(name)
        return {piece: tuple(names) for piece, names in out.items()}

    def _role_class(self, words: frozenset[str]) -> tuple[list[str], str, list[int], dict[str, list[int]]]:
        """The speakers whose role text holds one of ``words`` (a role class), in ``_role_texts``
        order: their names, their role texts joined by NUL, where each text starts in it, and
        first character of a name, as written and normalised → positions of those names (kept
        per class: classes are few)."""
        cache = self._class_cache
        got = cache.get(words)
        if got is None:
            holders = sorted(set().union(*(self._role_holders(h) for h in words)))
            names = [name for _, name, _ in holders]
            starts, at = [], 0
            for _, _, text in holders:
                starts.append(at)
                at += len(text) + 1
            by_first: dict[str, list[int]] = {}
            for k, name in enumerate(names):
                if name:
                    by_first.setdefault(name[0], []).append(k)
                    first = normalize(name[0])  # (a role is read normalised: 鍾 is looked up as 钟)
                    if first != name[0]:
                        by_first.setdefault(first, []).append(k)
            got = cache[words] = (names, "\0".join(text for _, _, text in holders), starts, by_first)
        return got

    def _role_holders(self, word: str) -> tuple[tuple[int, str, str], ...]:
        """(position in ``_role_texts``, name, role text) of the speakers whose role text holds
        ``word`` (looked up once per word, then kept: title words are few)."""
        cache = self._holders_cache
        got = cache.get(word)
        if got is None:
            got = cache[word] = tuple((k, name, text) for k, (name, text) in enumerate(self._role_texts.items()) if word in text)
        return got

    @cached_property
    def _role_texts(self) -> dict[str, str]:
        """Per speaker: their titles and the words just before their name in their passages
        (广东主帅杜锋 → 广东主帅), normalised; built on first use."""
        out: dict[str, list[str]] = {}
        for name, ids in self._by_speaker.items():
            parts = out.setdefault(name, [])
            for i in ids:
                p = self.passages[i]
                if p.speaker is not None and p.speaker.title:
                    parts.append(p.speaker.title)
                at = p.text.find(name)
                if at > 0:
                    parts.append(p.text[max(0, at - 10) : at])
        return {name: normalize(" ".join(dict.fromkeys(parts))) for name, parts in out.items()}

    def _pool_weights(self, weights: dict[str, float], ids: Sequence[int],
                      seen: dict[int, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """For each passage of ``ids``: the question weight it holds, and the weight of the
        question's rarer words it lacks but its article holds elsewhere (这位…原校长 in a story
        about 樊明武: the article says whom it means). Vectorised look-ups: on one index, one
        ``searchsorted`` per term gives both (``index.presence``'s answer, and the first posting at
        or after each article's start). ``seen`` (passage → which of ``weights``' terms it holds)
        is filled for ``_hits``."""
        terms = list(weights)
        w_list = [weights[t] for t in terms]
        w = np.array(w_list)
        pool = np.asarray(ids, dtype=np.int64)
        if not len(pool) or not terms:
            return np.zeros(len(pool)), np.zeros(len(pool))
        cut = RARE_SHARE * max(w_list)  # (w >= RARE_SHARE * w.max(): the same doubles)
        rare_list = [x >= cut for x in w_list]
        postings = getattr(self.index, "postings", None)
        fn = kernels.presence_kernel() if postings is not None else None
        if fn is not None:  # compiled (numba): the same look-ups and sums in one pass
            packed, ptr, _, _ = self.index.kernel_arrays()
            has, article = fn(packed, ptr, self.index.term_ids(terms), np.array(rare_list), w, pool,
                              self._bounds_array, postings.pair_bits)
            held = w @ has
        elif postings is not None:  # one index
            # A few numpy calls per term, the rest on Python lists (a pool is ~10 passages; a
            # numpy call on a tiny array costs more than the loop it saves).
            n = len(pool)
            bounds = self._bounds
            pool_list = pool.tolist()
            firsts = [bounds[2 * i] for i in pool_list]
            ends = [bounds[2 * i + 1] for i in pool_list]
            # the pool's passages and their articles' first passages as probes of the postings' own
            # type: a searchsorted then converts no posting list
            probes = self.index.probes_of(pool_list + firsts)
            probes_pool = probes[:n]
            rows: list[list[bool]] = []
            none = [False] * n
            article_list = [0.0] * n
            following = self.index.following_ids
            for r, term in enumerate(terms):
                # the first posting at or after each probe (the last one past the end)
                found = following(term, probes if rare_list[r] else probes_pool)
                if found is None:
                    rows.append(none)
                    continue
                row = list(map(operator.eq, found, pool_list))  # (found: the pool's, then its articles')
                rows.append(row)
                if rare_list[r]:  # held elsewhere in the article: added in term order, as before
                    wr = w_list[r]
                    article_list = [a + wr if not h and lo <= f < hi else a
                                    for a, h, lo, f, hi in zip(article_list, row, firsts, found[n:], ends)]
            has = np.array(rows, dtype=bool)
            held = w @ has
            article = np.array(article_list)
        else:  # segments (Retriever.add_files): the article's passages looked up
            has = self.index.presence(terms, pool)  # (terms, pool)
            held = w @ has
            article = np.zeros(len(pool))
            by_article: dict[tuple[int, int], np.ndarray] = {}
            for k, i in enumerate(pool.tolist()):
                span = (int(self._doc_bounds[i, 0]), int(self._doc_bounds[i, 1]))
                if span not in by_article:
                    docs = np.arange(span[0], min(span[1], span[0] + ARTICLE_SPAN))
                    by_article[span] = self.index.presence(terms, docs).any(axis=1) & np.array(rare_list, dtype=bool)
                article[k] = float(w @ (by_article[span] & ~has[:, k]))
        if seen is not None:
            seen.update(zip(pool.tolist(), has.T))
        return held, article

    def _type_factor(self, i: int, intent: Intent, terms: Sequence[str], read: dict[int, str] | None = None) -> float:
        """How well passage ``i`` holds the kind of answer asked for (1.0 when nothing is asked).
        ``read``: passage → its normalised text, filled with the one read here."""
        if intent.asks is None and intent.kind != "who":
            return 1.0
        factor = 1.0
        if intent.asks is not None:
            text, norm = self._texts[i], self.corpus.normalized[i]
            if read is not None:
                read[i] = norm
            typed = answering.has_typed_answer(text, intent, terms, norm, bound=True, is_aligned=bool(self._aligned[i]),
                                               bounds=self._sentences[i])
            factor = TYPE_FACTOR[typed] if intent.asks in ("when", "how_many", "which", "where") else TYPE_FACTOR_SOFT[typed]
            if not typed and intent.asks in ("which", "where"):
                factor = UNNAMED_FACTOR
        if intent.kind == "who":
            factor *= WHO_SPEAKER if self._speaker_column.item(i) >= 0 else 1.0
            factor *= self._who_role_fit(i, intent)
        elif intent.kind == "fact" and intent.asks == "person":
            # who did it (哪位教练…, 由谁主持): a passage credited to someone the question does not name
            k = self._speaker_column.item(i)
            if k >= 0:
                name = self.passages.speakers[k].name
                if (self.corpus.speaker_names.get(name) or normalize(name)) not in intent.question:
                    factor *= WHO_SPEAKER
            # who did it, asked by the action (主持人是谁, 是谁主持的): a passage naming a person right
            # before that action (袭艳春主持) tells who; one crediting its own speaker may not
            # …or credited to someone named before that action in its sentence (宋雅波围绕…等方面，通报了…:
            # the sentence's subject did it), whom the question does not name
            action = agent.asked_action(intent.question)
            if action:
                norm = self.corpus.normalized[i]
                own = normalize(self.passages.speakers[k].name) if k >= 0 else ""
                if agent.names_agent(norm, action, intent.question) or (
                        own and own not in intent.question and agent.acted_by(norm, action, own)):
                    factor = max(factor, ACTION_AGENT)
        return factor

    def _who_role_fit(self, i: int, intent: Intent) -> float:
        """WHO_ROLE when a "who said" question asks for a role (哪位澳门特首说…, 哪位外交部发言人说…)
        and passage ``i``'s speaker holds it in their title (澳門特區行政長官: a role's other names
        count, intent.txt's roles), else 1.0: of two passages holding the words said, the one
        credited to someone in that role answers (the other may quote or retell them)."""
        k = self._speaker_column.item(i)
        if k < 0:
            return 1.0
        title = self.passages.speakers[k].title
        role = answering.asked_role(intent.question) if title else ""
        if not role:
            return 1.0
        norm = normalize(title)  # type: ignore[arg-type]
        return WHO_ROLE if any(w in norm for w in cues().role_class(role)) else 1.0

    def _fact_ranking(self, intent: Intent, tokens: list[str], top_k: int, allowed: np.ndarray | None = None,
                      seen: dict[int, np.ndarray] | None = None,
                      weights: dict[str, float] | None = None,
                      words: Sequence[str] = (), read: dict[int, str] | None = None,
                      spoken: frozenset[str] = frozenset()) -> list[tuple[int, float]]:
        """BM25 over the question's content words (a "who" question's words said count twice),
        times how well each passage holds the kind of answer asked, times ARTICLE_LACKS for each
        of the question's distinctive ``words`` its article never mentions; among the best BM25
        candidates holding enough of the question. ``seen``: see ``_pool_weights``; ``read``: see
        ``_type_factor``."""
        weighted = list(tokens)
        if intent.kind == "who" and intent.content:
            said = set(self._back_off(self.tokenize(intent.content)))
            weighted += [t for t in tokens if t in said]
        expansions = self._expansions(tokens, intent.question)
        extra = list(dict.fromkeys(k for _, keys in expansions for k in keys if k not in weighted))
        query = weighted + extra
        if allowed is None and self.index.size > 2:
            ids, vals = self.index.top_k(query, max(top_k, POOL))  # exactly top_k_of(scores(…))
        else:
            ids, vals = self.index.top_k_of(self._scores(query, allowed), query, max(top_k, POOL))
        if extra and len(ids):  # another name counts ALIAS_WEIGHT of the word (BM25 adds term by term)
            vals = vals - (1.0 - ALIAS_WEIGHT) * self._scores_at(extra, ids.tolist())
            order = np.argsort(-vals, kind="stable")
            ids, vals = ids[order], vals[order]
        if not len(ids) or vals[0] <= 0:
            return []
        vals_list = vals.tolist()
        least = KEEP_RATIO * vals_list[0]
        # the candidates scoring at least KEEP_RATIO of the best one by BM25 — or, for a question
        # asking a date, a count, a place or a name (the kind of answer a passage holds with few of
        # the question's words, its lead holding the rest), in the best one's article with the words
        # the article holds elsewhere credited (added below: 他表示，行政长官明天将…, where the lead
        # names the place and the office)
        first = self._bounds[2 * int(ids[0])] if intent.asks in _LEAD_ANSWERS else -1
        pool = [(i, v) for i, v in zip(ids.tolist(), vals_list) if v > 0 and (v >= least or self._bounds[2 * i] == first)]
        if weights is None:
            weights = self._weights(tokens)
        terms = list(weights)
        # what a term a passage holds counts towards holding the question: nothing for a piece of
        # the search cut lying across two of the question's own words (今天|天气's 天天), which BM25
        # still scores and the question's weight (``total``) still counts
        credit = self._gate_weights(weights, intent.searchable())
        strong = False
        kept = []
        if seen is None:  # (which question words each candidate holds: the anchored rule reads it)
            seen = {}
        held, in_article = self._pool_weights(weights, [i for i, _ in pool], seen)
        # (the ranking's article credit stays the weights'; held and the article's, for the share)
        if credit is not weights:
            held, shared = self._pool_weights(credit, [i for i, _ in pool])
        else:
            shared = in_article
        fit = [v >= least or v + ARTICLE_CREDIT * a >= least for (_, v), a in zip(pool, in_article.tolist())]
        lifted = {i for (i, v), f in zip(pool, fit) if f and v < least}  # (kept only as the best's article's)
        if not all(fit):
            pool = [c for c, f in zip(pool, fit) if f]
            held, in_article, shared = held[np.asarray(fit)], in_article[np.asarray(fit)], shared[np.asarray(fit)]
        if spoken and pool:  # X说…多少: X's own passage holds X, named in its text or not
            held = held + self._spoken_credit([i for i, _ in pool], credit, seen, spoken)
        if intent.kind == "who" and pool:  # 哪位村干部说…: the words describing who, in a credited passage
            held = held + self._described_credit(intent, [i for i, _ in pool], credit, seen)
        if expansions and pool:
            # an other name helps a passage that speaks of the question already, it makes none
            # that does not (公司年会怎么办 is not answered by a page about 企业)
            # (its share of the question's other words: those with other names left out)
            named_otherwise = {u for covered, _ in expansions for u in covered if u in weights}
            rest_total = sum(v for t, v in weights.items() if t not in named_otherwise)
            own_share = held / rest_total if rest_total > 0 else np.ones(len(held))
            lent = self._alias_credit(credit, expansions, [i for i, _ in pool], seen)
            held = held + np.where(own_share >= ALIAS_FLOOR, lent, 0.0)
            terms = terms + extra  # an other name beside the date or count asked is a question word
        total = sum(weights.values()) or 1.0
        covs = []
        below: list[tuple[int, float, float]] = []  # under the floor: only the anchored rule looks at them
        # (Python floats from here: the same doubles as numpy's scalars, without their cost)
        for (i, v), h, a, b in zip(pool, held.tolist(), in_article.tolist(), shared.tolist()):
            v += ARTICLE_CREDIT * a
            cov = (h + ARTICLE_CREDIT * b) / total
            if cov < MIN_COVERAGE * 0.6:
                below.append((i, v, cov))
                continue
            kept.append((i, v))
            covs.append(cov)
        if intent.kind != "who" and kept:  # an interviewer's question in the pool: the turn answering it
            kept, covs = self._answer_turns(kept, covs, weighted, allowed)
        def type_factors(ids: Iterable[int]) -> list[float]:
            if intent.asks is None and intent.kind != "who":
                return [1.0 for _ in ids]  # (what _type_factor gives for such a question)
            return [self._type_factor(i, intent, terms, read) for i in ids]

        factors = type_factors(i for i, _ in kept)
        # a passage holding (nearly) the whole question answers it, whatever kind of answer it holds
        factors = [max(f, 1.0) if cov >= WHOLE_QUESTION else f for f, cov in zip(factors, covs)]
        # the date, count or place asked, beside a question word, makes up for a few words said otherwise
        typed = intent.kind != "who" and intent.asks in ("when", "how_many", "which", "where")
        person = intent.kind == "fact" and intent.asks == "person"
        for k, cov in enumerate(covs):
            enough = cov >= MIN_COVERAGE or (typed and cov >= TYPED_COVERAGE and factors[k] >= TYPE_FACTOR[2]) or (
                person and cov >= TYPED_COVERAGE and factors[k] >= PERSON_TYPED)
            strong = strong or enough
            if not enough:
                kept[k] = (kept[k][0], kept[k][1] * WEAK)
        if not strong and words:
            # too little of the question, but anchored: its article names what the question names
            # and the passage holds more of the question than those names (a paraphrase)
            anchored = self._anchored([(i, v / WEAK, c) for (i, v), c in zip(kept, covs)] + below,
                                      words, terms, seen)
            if anchored:
                strong = True
                kept = [(i, anchored[i]) if i in anchored else (i, v) for i, v in kept]
                extra_kept = [(i, v) for i, v, _ in below if i in anchored]
                if extra_kept:
                    kept += extra_kept
                    factors += type_factors(i for i, _ in extra_kept)
        if intent.asks is not None and intent.kind != "who" and max(factors, default=1.0) <= 1.0:
            factors = [1.0] * len(kept)  # no candidate holds the kind of answer asked: no telling them apart by it
        if words and kept:
            lacking = self._article_lacks([i for i, _ in kept], words)
            factors = [f * ARTICLE_LACKS ** n for f, n in zip(factors, lacking)]
        if intent.kind != "who":
            # a turn that asks (an interviewer's question) does not answer — unless the question asks
            # which person and the turn is credited to someone (a legislator questioning a minister)
            person = intent.asks == "person"
            asks = self._flags("_asks_flags", (i for i, _ in kept), _asking_turn)
            factors = [f * ASKING_TURN if a and not (person and self._speaker_column.item(i) >= 0)
                       else f for f, (i, _), a in zip(factors, kept, asks)]
        factors = [f * INTRO_LINE if a else f for f, a in zip(factors, self._flags("_intro_flags", (i for i, _ in kept), _intro_line))]
        if spoken:  # the person the question says gave the answer (大连交通局长说…): their passages
            speakers = self.passages.speakers
            column = np.asarray(self._speaker_column[np.asarray([i for i, _ in kept], dtype=np.int64)]).tolist()
            factors = [f * SPOKEN_BY if k >= 0 and speakers[k].name in spoken else f for f, k in zip(factors, column)]
        if not strong:
            return []
        factors = [f * lead for f, lead in zip(factors, self._lead_factors([i for i, _ in kept], intent))]
        ranked = sorted(((i, v * f) for (i, v), f in zip(kept, factors)), key=lambda t: (-t[1], t[0]))
        # the question's characters the candidate holds, however either text is cut into words
        ranked = self._rerank(ranked, overlap.bigrams(intent.searchable()), read)
        ranked.sort(key=lambda t: (-t[1], t[0]))
        if lifted and ranked:  # one kept on its article's credit shows only if it ends near the best one
            ranked = [(i, v) for i, v in ranked if i not in lifted or v >= KEEP_RATIO * ranked[0][1]]
        return ranked[:top_k]

    def _answer_turns(self, kept: list[tuple[int, float]], covs: list[float], query: list[str],
                      allowed: np.ndarray | None = None) -> tuple[list[tuple[int, float]], list[float]]:
        """A fact ranking's candidates ``kept`` (passage, score) and their shares of the question
        ``covs``, with the turns answering the interviewer's turns among them (记者：这个老屋是哪年建的？
        then 谭良智：68年吧，1968年。): the passage right after an asking turn (``_asks_at``), in its
        article, credited to someone and not asking itself. The answer is about what the turn asked,
        in other words or none: ASKED_CREDIT of the turn's BM25 score on the question words
        (``query``) the answer itself lacks is added to its own score, and it holds at least the
        turn's share of the question. A turn asking about something else, with a question word the
        answer holds anyway (尤其刚开始练的时候？ before 刚开始练的时候…), lends nothing. The lists
        unchanged when no candidate asks (one flag read per candidate)."""
        at = {i: k for k, (i, _) in enumerate(kept)}
        bounds = self._bounds
        pairs: dict[int, tuple[int, float]] = {}  # answer → (the turn asking, its share)
        asking = self._flags("_asks_flags", (i for i, _ in kept), _asking_turn)  # (one call for the candidates)
        for (i, _), cov, a in zip(kept, covs, asking):
            j = i + 1
            if (j in pairs or not a or j >= bounds[2 * i + 1] or self._asks_at(j)
                    or self._speaker_column.item(j) < 0 or (allowed is not None and not allowed[j])):
                continue
            pairs[j] = (i, cov)
        if not pairs:
            return kept, covs
        terms = list(dict.fromkeys(query))
        answers = list(pairs)
        holds = self.index.presence(terms, answers)  # (terms, answers)
        kept, covs = list(kept), list(covs)
        for col, j in enumerate(answers):
            i, cov = pairs[j]
            own = holds[:, col].tolist()
            lacking = [t for t in query if not own[terms.index(t)]]
            credit = ASKED_CREDIT * self._scores_at(lacking, [i]).item() if lacking else 0.0
            if j in at:
                k = at[j]
                kept[k] = (j, kept[k][1] + credit)
                covs[k] = max(covs[k], cov)
            elif credit > 0:
                kept.append((j, self._scores_at(query, [j]).item() + credit))
                covs.append(cov)
        return kept, covs

    def _spoken_credit(self, ids: Sequence[int], weights: dict[str, float], seen: Mapping[int, np.ndarray],
                       spoken: frozenset[str]) -> np.ndarray:
        """For each passage of ``ids`` (a ranking's few candidates) credited to one of ``spoken`` (the
        person a fact question says gave the answer, ``_spoken_by``): the weight of the question's
        words of that person's name its text lacks (a quote alone, "…占据当中的33%", is theirs: its
        speaker holds the name). 0.0 for the others; ``seen``: which of ``weights``' terms each holds."""
        terms = list(weights)
        speakers = self.passages.speakers
        out = np.zeros(len(ids))
        for k, i in enumerate(ids):
            col = self._speaker_column.item(i)
            if col < 0 or speakers[col].name not in spoken:
                continue
            name = normalize(speakers[col].name)
            out[k] = sum(weights[t] for t, h in zip(terms, seen[i].tolist()) if not h and len(t) >= 2 and t in name)
        return out

    def _described_credit(self, intent: Intent, ids: Sequence[int], weights: dict[str, float],
                          seen: Mapping[int, np.ndarray]) -> np.ndarray:
        """For each passage of ``ids`` credited to someone: what to add to the question weight it
        holds so that its share of the question is its share of the words said, when that is
        larger — the words of a "who said" question describing the person asked (哪位村干部说… →
        村干部, between the who cue and the words said) describe its speaker (a 村支书), whose
        title the passage may write otherwise or not at all. 0.0 for the others (towards how
        much of the question a passage holds, not its score)."""
        q = intent.question
        who = intent.cue_spans[-1] if intent.cue_spans else None
        at = q.rfind(intent.content[:2]) if intent.content else -1
        out = np.zeros(len(ids))
        if who is None or at <= who[1]:
            return out
        described = q[who[1] : at]
        terms = list(weights)
        total = sum(weights.values())
        part = sum(weights[t] for t in terms if t in described)
        if not part or part >= total:
            return out
        for k, i in enumerate(ids):
            if self._speaker_column.item(i) < 0:
                continue
            holds = seen[i].tolist()
            held = sum(weights[t] for t, h in zip(terms, holds) if h)
            said = sum(weights[t] for t, h in zip(terms, holds) if h and t not in described)
            out[k] = max(0.0, said / (total - part) * total - held)
        return out

    def _anchored(self, candidates: Sequence[tuple[int, float, float]], words: Sequence[str],
                  terms: Sequence[str], seen: Mapping[int, np.ndarray]) -> dict[int, float]:
        """Of ``candidates`` ((passage, score, share of the question held)): those holding at least
        ANCHORED_COVERAGE of the question, whose article names every one of the question's
        distinctive ``words`` (a name, place or organisation among them, not a year or number
        alone), and that hold a question word beside those names: passage → score. A paraphrase
        keeps the names and says the rest otherwise; a question about something else the person
        did holds only the name (易建联…退役 against a game report naming 易建联)."""
        if not any(not w[:1].isdigit() for w in words):
            return {}
        fit = [(i, v) for i, v, c in candidates if c >= ANCHORED_COVERAGE]
        if not fit:
            return {}
        named = [normalize(w) for w in words]
        lacking = self._article_lacks([i for i, _ in fit], words)
        out = {}
        for (i, v), n in zip(fit, lacking):
            holds = seen.get(i)
            if n or holds is None:
                continue
            if any(h and not any(t in w for w in named) for t, h in zip(terms, holds.tolist())):
                out[i] = v
        return out

    @staticmethod
    def _lead_factor(intent: Intent) -> float:
        """What an article's first passage (its lead) counts for ``intent`` (data/rerank.txt's
        ``lead``): a lead sums the story up — it holds the question's setting (who met whom,
        which game, which meeting) but seldom the words said or the detail asked; for a date, a
        count, a place, a named thing or a person asked it often does, and counts as any other."""
        if intent.kind == "who" or intent.asks in _LEAD_ANSWERS:
            return 1.0
        return overlap.data().lead

    def _lead_factors(self, ids: Sequence[int], intent: Intent) -> list[float]:
        """For each passage of ``ids``: ``_lead_factor(intent)`` if it is its article's first
        passage, else 1.0 (one look-up for all of them); times HEADLINE, whatever is asked, for
        a passage that is its page's headline written again."""
        if not len(ids):
            return []
        flags = self._flag_bytes("_headline_flags")  # (read in place; ``_headline_at`` only for those not read yet)
        heads = [HEADLINE if (flags[i] == 1 if flags[i] != _UNSET else self._headline_at(i)) else 1.0 for i in ids]
        lead = self._lead_factor(intent)
        if lead == 1.0:
            return heads
        bounds = self._bounds
        inner = [i for i in ids if bounds[2 * i] != i]  # (an article's first passage is its lead whatever it opens with)
        dated = dict(zip(inner, self._flags("_dateline_flags", inner, _opens_with_dateline)))
        return [h * lead if (bounds[2 * i] == i or dated[i]) and not self._turn_at(i) else h for i, h in zip(ids, heads)]

    def _headline_at(self, i: int) -> bool:
        """Is passage ``i`` its page's headline written again (盧秀燕:台中11/1有機會放颱風假 晚上8時宣布
        over the story)? Read once per passage and kept (one byte each)."""
        flags = self._flag_bytes("_headline_flags")
        got = flags[i]
        if got == _UNSET:
            title = (self.passages[i].source.title or "").strip()
            # (normalised alike: the passage's text and its headline)
            got = flags[i] = 1 if title and self.corpus.normalized[i].strip() == normalize(title).strip() else 0
        return got == 1

    def _turn_at(self, i: int) -> bool:
        """Is passage ``i`` a labelled turn of a transcript (朱清时：首先是看师资…): the words of its
        speaker, never a lead summing a story up, even when a page opens with it?"""
        k = int(self._attribution_column[i])
        return k >= 0 and self.corpus.passages.attributions[k] == "transcript"

    def _dateline_at(self, i: int) -> bool:
        """Does passage ``i`` open with a dateline (新华社联合国1月6日电, 人民网北京11月2日电): the
        article's lead after a photo caption? Read once per passage and kept."""
        return self._flag("_dateline_flags", i, _opens_with_dateline)

    def _rerank(self, ranked: list[tuple[int, float]], grams: tuple[str, ...],
                read: dict[int, str] | None = None) -> list[tuple[int, float]]:
        """``ranked`` (best first) with the scores of its first RERANK_DEPTH candidates that could
        reach the best one (score × (1 + weight) ≥ the best) times 1 + the rerank weight × the
        share of the question's character bigrams ``grams`` each holds (data/rerank.txt). The
        others keep their scores, already below every candidate reranked; the caller sorts.
        ``read``: passage → its normalised text, used and filled (``_hits`` reads it too)."""
        weight = overlap.data().weight
        if not grams or not weight or len(ranked) < 2 or ranked[0][1] <= 0:
            return ranked
        reach = ranked[0][1] / (1.0 + weight)
        normalized = self.corpus.normalized
        out = list(ranked)
        for k, (i, v) in enumerate(ranked[:RERANK_DEPTH]):
            if v < reach:
                break
            text = read.get(i) if read is not None else None
            if text is None:
                text = normalized[i]
                if read is not None:
                    read[i] = text
            out[k] = (i, v * (1.0 + weight * overlap.share(grams, text)))
        return out

    def _alias_credit(self, weights: dict[str, float], expansions: Sequence[tuple[tuple[str, ...], tuple[str, ...]]],
                      ids: Sequence[int], seen: Mapping[int, np.ndarray]) -> np.ndarray:
        """For each passage of ``ids`` (a ranking's few candidates): ALIAS_WEIGHT of the weight of
        the question's words it lacks but holds under another name (one ``presence`` look-up for
        all the other names; ``seen``: which of ``weights``' terms each passage holds)."""
        terms = list(weights)
        at = {t: r for r, t in enumerate(terms)}
        keys = list(dict.fromkeys(k for _, ks in expansions for k in ks))
        has = self._holding(keys, ids)  # other name → which of ids hold it (Python bools)
        idf = {ks: max(self.index.term_idf(k) or 0.0 for k in ks) for _, ks in expansions}
        # per other name, what no passage changes: its share of the word's weight — a commoner other
        # name says less than the word asked (球赛 → 比赛), in the ratio of its weight to the word's
        # (the word's largest token's) —, the word's tokens among the terms, and which passages hold
        # every token of the other name
        plans = []
        for covered, ks in expansions:
            top = max((weights[u] for u in covered if u in at), default=0.0)
            share = min(1.0, idf[ks] / top) if top > 0 else 0.0
            plans.append((covered, share, [(u, at[u]) for u in covered if u in at], [all(c) for c in zip(*(has[k] for k in ks))]))
        out = []
        for col, i in enumerate(ids):
            holds = None
            credit: dict[tuple[str, ...], float] = {}
            for covered, share, own, all_held in plans:
                if all_held[col]:
                    if holds is None:
                        holds = seen[i].tolist()
                    lacking = sum(weights[u] for u, r in own if not holds[r])
                    credit[covered] = max(credit.get(covered, 0.0), lacking * share)
            out.append(ALIAS_WEIGHT * sum(credit.values()))
        return np.array(out, dtype=np.float64)

    def _holding(self, words: Sequence[str], ids: Sequence[int]) -> dict[str, list[bool]]:
        """Each of ``words`` → whether each passage of ``ids`` (a ranking's few candidates) holds it
        as an indexed word, as Python bools (``index.presence``'s rows): on one index, one
        ``following_ids`` per word over the ids' probes, no numpy scalar read back."""
        pool = [int(i) for i in ids]
        if getattr(self.index, "postings", None) is None:
            return dict(zip(words, self.index.presence(words, pool).tolist())) if pool else {w: [] for w in words}
        probes = self.index.probes_of(pool)
        out: dict[str, list[bool]] = {}
        for w in words:
            found = self.index.following_ids(w, probes)
            out[w] = [False] * len(pool) if found is None else list(map(operator.eq, found, pool))
        return out

    def _article_lacks(self, ids: Sequence[int], words: Sequence[str]) -> list[int]:
        """For each passage of ``ids`` (a ranking's few candidates): how many of ``words`` no passage
        of its article holds as an indexed word, nor its headline (one ``searchsorted`` per word
        on the word's postings); a word the index holds only in pieces (a year, 2022年; a name
        jieba does not know) is looked for in the article's text, a number only whole, and counts
        only when some candidate's article holds it."""
        postings = getattr(self.index, "postings", None)
        pool = [int(i) for i in ids]
        out = [0] * len(pool)
        if postings is None or not pool:
            return out
        bounds = self._bounds
        firsts = [bounds[2 * i] for i in pool]
        ends = [bounds[2 * i + 1] for i in pool]
        keys = []
        probes = None
        vocab = self.index.vocab
        pieces = []  # words the index holds only in pieces (2022年, 张|汉|晖): read in the articles' text
        for w in words:
            key = normalize(w)
            if key not in vocab or answering.session_forms(key):  # (a session: read in the text, either way)
                pieces.append(key)
                continue
            forms = (key, *aliases.mates(key, normalized=True))  # the word or another name of it
            missing = [True] * len(pool)
            for form in forms:
                if form not in vocab:
                    continue
                if probes is None:
                    probes = self.index.probes(np.array(firsts, dtype=np.int64))
                at = self.index.following_ids(form, probes)
                if at is None:  # (known, but no passage holds it any more)
                    continue
                missing = [m and not lo <= a < hi for m, a, lo, hi in zip(missing, at, firsts, ends)]
            out = [n + m for n, m in zip(out, missing)]
            keys.append((forms, missing))
        titles, doc = self._normalized_titles, self.corpus.passages.columns["doc"]
        for k, i in enumerate(pool):  # the few that lack one: does their headline hold it?
            if out[k]:
                title = titles[int(doc[i])]
                out[k] -= sum(1 for forms, missing in keys if missing[k] and any(f in title for f in forms))
        if pieces:
            texts: dict[int, str] = {}  # article's first passage → its passages' text, read once
            for k, i in enumerate(pool):
                if firsts[k] not in texts:
                    texts[firsts[k]] = "\n".join([*self.corpus.normalized.between(firsts[k], ends[k]),
                                                   titles[int(doc[i])]])
            for key in pieces:
                forms = answering.session_forms(key) or (key,)  # (第3届 holds 三届)
                held = {first: any(_holds(text, f) for f in forms) for first, text in texts.items()}
                if any(held.values()):  # (one no candidate's article holds tells none apart: as before)
                    out = [n + (not held[first]) for n, first in zip(out, firsts)]
        return out

    def _passage_lacks(self, ids: Sequence[int], words: Sequence[str], prior_of: Mapping[int, int]) -> list[int]:
        """For each passage of ``ids`` (a few), how many of ``words`` its normalised text does not
        hold, nor any other name of theirs (``_mates_of``), nor the turn asking what it answers
        (``prior_of``: passage → that turn)."""
        forms = [(nw, _mates_of(nw)) for nw in (normalize(w) for w in words)]
        normalized = self.corpus.normalized
        out = []
        for i in ids:
            text = normalized[i] if i not in prior_of else normalized[i] + " " + normalized[prior_of[i]]
            out.append(sum(1 for nw, mates in forms if not _holds(text, nw) and not any(m in text for m in mates)))
        return out

    def _introduces(self, i: int, keys: Sequence[str], own: set[int]) -> int:
        """The passage right before X's passage ``i`` in its article when it is credited to nobody,
        is none of X's (``own``) and its last sentence names X (one of ``keys``, X's names
        normalised): it introduces X's words (…杜锋接受了媒体的采访。 before 杜锋说：“…”). -1 otherwise."""
        j = i - 1
        if j in own or self._speaker_column.item(j) >= 0 or j < int(self._doc_bounds[i, 0]):
            return -1
        text = self.corpus.normalized[j].rstrip(_SENTENCE_ENDS + " ")
        keys = [k for k in keys if k in text]
        if not keys:
            return -1
        last = text[max(text.rfind(c) for c in _SENTENCE_ENDS) + 1 :]
        return j if any(k in last for k in keys) else -1

    def _title_fits(self, subject: str, names: Iterable[str], ids: Sequence[int]) -> list[float]:
        """For each passage of ``ids`` (the subjects' passages): OTHER_TITLE when ``subject`` names a
        title beside the name (市长王勇) that the passage's speaker's title lacks while another of
        the passages' speakers' titles holds it (two people named 王勇: a mayor and a judge), else
        1.0. A passage whose speaker has no title keeps 1.0."""
        role = normalize(subject)
        for name in names:
            role = role.replace(normalize(name), " ")
        heads = role_heads(role_words(role).replace(" ", "")) if role.strip() else []
        if not heads or not len(ids):
            return [1.0] * len(ids)
        words = set().union(*(cues().role_class(h) for h in heads))
        speakers = self.passages.speakers
        column = np.asarray(self._speaker_column[np.asarray(ids, dtype=np.int64)]).tolist()
        # per speaker entry (a name and title) once: None without a title, else whether it fits
        fits: dict[int, bool | None] = {}
        for k in set(column):
            title = speakers[k].title if k >= 0 else None
            fits[k] = None if not title else any(w in normalize(title) for w in words)
        if not any(fits.values()):
            return [1.0] * len(ids)
        return [OTHER_TITLE if fits[k] is False else 1.0 for k in column]

    def _said_ranking(self, subjects: Sequence[str], intent: Intent, tokens: list[str], top_k: int,
                      only: bool = False, allowed: np.ndarray | None = None,
                      words: Sequence[str] = ()) -> list[tuple[int, float]]:
        """The subjects' passages first, by the rest of the question (the kind of speech asked
        for, 希望 or 建议, counting twice); then, if they are fewer than top_k, the best of the
        others (none when ``only``). Their scores are lifted above every other passage shown, so
        the order is the score's."""
        spellings = self._spellings  # 雷军 and 雷軍: one person, on pages in either script
        names = {n for name in subjects for n in spellings.get(normalize(name), (name,))}
        own = sorted({i for name in names for i in self._by_speaker.get(name, []) if allowed is None or allowed[i]})
        named = [] if only else self._quoting_passages(names, allowed)
        weight = [1.0] * len(own) + [NAMED_QUOTE] * len(named)
        own = own + named
        # the subject's words up to the name it holds (市长王勇; not 傅显明给九月定的任务里's 九月, 任务:
        # what follows the name says what about)
        subject = normalize(intent.subject)
        ends = [subject.find(k) + len(k) for k in (normalize(n) for n in names) if k and k in subject]
        if ends:
            subject = subject[: min(ends)]
        subject_tokens = set(self.tokenize(subject)) | {t for n in subjects for t in self.tokenize(n)}
        rest = [t for t in tokens if t not in subject_tokens and not _WHO.search(t)]
        view = set(cues().get("view"))
        rest_weighted = rest + [t for t in rest if t in view]
        # only the subjects' passages are scored (``own`` already passes the filter)
        rest_scores = self._scores_at(rest_weighted, own).tolist() if rest else [0.0] * len(own)
        others_named = [k for _, keys in self._expansions(rest, intent.question) for k in keys if k not in rest] if rest else []
        if others_named and own:  # the rest's other names (授权 / 赋权), at ALIAS_WEIGHT
            lent_alias = self._scores_at(list(dict.fromkeys(others_named)), own).tolist()
            rest_scores = [b + ALIAS_WEIGHT * x for b, x in zip(rest_scores, lent_alias)]
        asking = [self._asks_at(i) for i in own]
        # the turn before each answer, when it asks (same article): its words count in the answer
        asked = [i - 1 if not q and i > int(self._doc_bounds[i, 0]) and self._asks_at(i - 1) else -1
                 for i, q in zip(own, asking)]
        # …or, when it is nobody's words and its last sentence introduces X (赛后，广东队主帅杜锋接受了
        # 媒体的采访。), the passage setting the occasion of X's words: its words count there too
        # …and to each of X's passages following it in one run (杨鸣说：“…” then “…” “…”): the
        # occasion it sets is that of all of them, not of the first alone
        own_set, keys = set(own), [k for k in (normalize(n) for n in names) if k]
        run_of = set(own[: len(own) - len(named)])  # (X's own passages: a quoting one ends a run)
        introduced: dict[int, int] = {}  # X's passage → the passage introducing its run
        for k, i in enumerate(own):
            if asked[k] >= 0:
                continue
            j = self._introduces(i, keys, own_set)
            if j < 0 and i in run_of and i - 1 in introduced and i - 1 >= int(self._doc_bounds[i, 0]):
                j = introduced[i - 1]
            if j >= 0:
                introduced[i] = asked[k] = j
        prior = [i for i in asked if i >= 0]
        if prior and rest:
            lent = dict(zip(prior, self._scores_at(rest_weighted, prior).tolist()))
            rest_scores = [b + ASKED_CREDIT * lent[a] if a >= 0 else b for b, a in zip(rest_scores, asked)]
        terms = list(dict.fromkeys(rest))
        mine = []
        leads = self._lead_factors(own, intent)
        fits = self._title_fits(intent.subject, names, own)
        # X's own words (X's turn, the first person, a quotation) over a narrator's account of them;
        # a passage only naming X (NAMED_QUOTE) is in their words by the way it was found
        cue = intent.question[intent.said_span[0] : intent.said_span[1]] if intent.said_span else ""
        own_words = 1.0 if any(w in cue for w in cues().get("informing")) else OWN_WORDS
        voiced = [1.0 if w != 1.0 or own_words == 1.0 else
                  own_words if self._turn_at(i) else 1.0 + (own_words - 1.0) * min(1.0, self._voice_at(i) / OWN_SHARE)
                  for i, w in zip(own, weight)]
        for i, base, q, w, f, t, o in zip(own, rest_scores, asking, weight, leads, fits, voiced):
            intro = INTRO_LINE if self._intro_at(i) else 1.0
            mine.append((i, w * base * self._type_factor(i, intent, terms) * (ASKING_TURN if q else 1.0) * f * t * intro * o))
        credited = set(own[: len(own) - len(named)])  # on a tie, X's own passages first
        mine.sort(key=lambda t: (-t[1], t[0] not in credited, t[0]))
        # the question's other distinctive words (杜锋…输给上海: 上海) that the article of one of X's
        # best passages never mentions: X speaking of something else (another game), as for a fact
        forms = [normalize(n) for n in (*names, intent.subject) if n]
        others_asked = [w for w in words if not any(normalize(w) in f or f in normalize(w) for f in forms)]
        if others_asked and mine:
            head = mine[: max(top_k, POOL)]
            lacking = self._article_lacks([i for i, _ in head], others_asked)
            # …and each such word the passage itself does not hold (周小川评价上海与香港…: a passage
            # on 上海 alone), PASSAGE_LACKS: of X's passages on the topic, the one naming what is asked
            prior_of = {i: a for i, a in zip(own, asked) if a >= 0}  # (an answer holds what was asked)
            unheld = self._passage_lacks([i for i, _ in head], others_asked, prior_of)
            mine = [(i, v * ARTICLE_LACKS ** n * PASSAGE_LACKS ** (m - n))
                    for (i, v), n, m in zip(head, lacking, unheld)] + mine[len(head):]
            mine.sort(key=lambda t: (-t[1], t[0] not in credited, t[0]))
        # the best few reranked by the question's characters they hold (X's names left out)
        if len(mine) > 1:
            grams = overlap.bigrams(intent.searchable(), " ".join([intent.subject, *names]))
            if mine[0][1] <= 0 and grams and rest:
                # none of X's passages holds a word of what is asked (提问次数最多的话题, said on the
                # page as 被问到最多的问题): the question's characters each holds order them (the
                # first NAMED_LIMIT of them)
                normalized = self.corpus.normalized
                head = mine[:NAMED_LIMIT]
                mine = [(i, overlap.share(grams, normalized[i]) * (1.0 if i in credited else NAMED_QUOTE))
                        for i, _ in head] + mine[len(head):]
            else:
                mine = self._rerank(mine[: max(top_k, POOL)], grams)
            mine.sort(key=lambda t: (-t[1], t[0] not in credited, t[0]))
        mine = mine[:top_k]
        others: list[tuple[int, float]] = []
        if len(mine) < top_k and rest and not only:
            taken = {i for i, _ in mine}
            others = [(i, v) for i, v in self._fact_ranking(intent.as_fact(), rest, top_k * 2, allowed) if i not in taken]
            others = others[: top_k - len(mine)]
        lift = max((v for _, v in others), default=0.0) + 1.0
        return [(i, v + lift) for i, v in mine] + others

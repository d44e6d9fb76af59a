"""best_sentence's choice for a question asking no kind of answer, read off the passage's normal
form by find and bisect (answering._best_untyped): the same sentence as testing every term in
every sentence's slice."""

from __future__ import annotations

import random
from pathlib import Path

from retrieval.search.answering import _best_untyped, best_sentence, sentence_bounds
from retrieval.search.intent import parse
from retrieval.text import aligned, normalize

DATA = Path(__file__).resolve().parents[1] / "data"


def _reference(normalized, bounds, weights, terms) -> int:
    norm = [normalized[a:b] for a, b in bounds]
    scores = [0] * len(norm)
    for t in terms:
        at = [k for k, ns in enumerate(norm) if t in ns]
        if at:
            share = weights[t] / len(at)
            for k in at:
                scores[k] += share
    best_k, best_score = 0, -1.0
    for k, score in enumerate(scores):
        if score > best_score + 1e-12:
            best_k, best_score = k, score
    return best_k


def test_the_same_sentence_as_every_slice_tested_on_random_texts():
    rng = random.Random(7)
    alphabet = "甲乙丙甲甲。！？ \n“”，ab"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
        bounds = sentence_bounds(text)
        if len(bounds) < 2:
            continue
        terms = list(dict.fromkeys("".join(rng.choice("甲乙丙。ab ") for _ in range(rng.randint(1, 3)))
                                   for _ in range(rng.randint(1, 6))))
        weights = {t: rng.choice([0.5, 1.0, 2.25, 7.0, 1e-9]) for t in terms}
        assert _best_untyped(text, bounds, weights, terms) == _reference(text, bounds, weights, terms), (text, terms)


def test_best_sentence_is_unchanged_on_the_corpus_passages():
    lines = [line for f in sorted((DATA / "qa-corpus").glob("*.txt")) for line in f.read_text("utf-8").splitlines()]
    texts = [t for t in lines if t.strip()]
    rng = random.Random(3)
    questions = ["关于会议，报道怎么说？", "发展是什么？", "谁说了合作？", "他们讨论了什么？", None]
    checked = 0
    for text in texts:
        norm = normalize(text)
        if not aligned(text, norm):
            continue
        bounds = sentence_bounds(text)
        words = [w for w in norm.replace("，", "。").split("。") if w]
        for _ in range(3):
            terms = list(dict.fromkeys(w[i : i + rng.randint(1, 3)] for w in rng.sample(words, min(3, len(words)))
                                       for i in (rng.randrange(len(w)),)))
            weights = {t: rng.choice([0.5, 1.0, 3.0]) for t in terms if t}
            q = rng.choice(questions)
            intent = parse(q, normalize(q)) if q else None
            fast = best_sentence(text, weights, intent, norm, bounds)
            slow = best_sentence(text, weights, intent, None, None)  # (every sentence normalised and tested)
            assert fast == slow, (text, weights, q)
            checked += 1
    assert checked > 500

"""The query path's cheaper pieces give exactly what they replace (issue 13 item 1)."""

from __future__ import annotations

import random
from pathlib import Path

import jieba.posseg as pseg
import pytest

from retrieval.search import intent as intent_mod
from retrieval.search.answering import pos_tags
from retrieval.text import normalize

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[str]:
    lines = [line for f in sorted((DATA / "qa-corpus").glob("*.txt")) for line in f.read_text("utf-8").splitlines()]
    rng = random.Random(3)
    chars = "".join(lines)[:5000] + "abcXYZ0123456789 .#&+_\t\r\n，。！？2024年3.5%"
    mixed = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    return lines + mixed + ["", " ", "GDP增长5.2%", "C++和C#", "a b\r\nc"]


def test_pos_tags_are_jieba_posseg_without_hmm():
    for text in _texts():
        for t in (text, normalize(text)):
            assert pos_tags(t) == [(p.word, p.flag) for p in pseg.lcut(t, HMM=False)], t


def _find_by_scan(q: str, words: tuple[str, ...], start: int = 0) -> tuple[int, int] | None:
    best = None
    for w in words:
        at = q.find(w, start)
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and at + len(w) > best[1])):
            best = (at, at + len(w))
    return best


@pytest.mark.parametrize("key", ["who", "said", "when", "how_many", "where", "why", "condition", "which"])
def test_cue_search_is_the_earliest_then_longest_cue(key):
    words = intent_mod.cues().get(key)
    rng = random.Random(key)
    pieces = list(words) + ["的", "了", "天津", "说", "哪", "一", "什么"]
    for _ in range(300):
        q = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        for start in (0, 1, 3):
            assert intent_mod._find(q, words, start) == _find_by_scan(q, words, start), (q, start)
    assert intent_mod._find("abc", ()) is None


def test_trimmed_spans_drop_exactly_the_blanks_around_each_sentence():
    from retrieval.search.answering import trimmed_spans
    from retrieval.text import sentence_spans

    def by_scan(text):
        out = []
        for a, b in sentence_spans(text):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
        return out

    for text in _texts() + ["\u3000 第一句。\u00a0第二句！\n\n  ", "\u2028a\u2029。 "]:
        assert trimmed_spans(text) == by_scan(text), text


def test_role_heads_by_lookup_are_those_of_a_scan_of_every_title_word():
    words = intent_mod.title_words()

    def by_scan(role):
        found = []
        for w in words:
            at = role.find(w)
            while at >= 0:
                if not any(a <= at and at + len(w) <= b for a, b in found):
                    found.append((at, at + len(w)))
                at = role.find(w, at + 1)
        return [role[a:b] for a, b in sorted(found)]

    rng = random.Random(7)
    pieces = list(words[:80]) + list(words[-40:]) + ["广东队", "那位", "的", "省", "副"]
    roles = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(500)]
    for role in roles + ["广东队主教练", "质检服务商会会长", "中国驻美大使", ""]:
        assert intent_mod.role_heads(role) == by_scan(role), role



def test_aligned_means_every_piece_normalises_to_its_slice():
    """``text.aligned`` (traditional characters included): each sentence and piece of an aligned
    text normalises to the slice of the text's normal form; the same texts in traditional
    characters (s2t) are aligned unless a t2s phrase occurs in them."""
    from opencc import OpenCC

    from retrieval.search.answering import trimmed_spans
    from retrieval.text import _t2s_tables, aligned

    s2t = OpenCC("s2t")
    base = [t for t in _texts() if t]
    texts = base + [s2t.convert(t) for t in base[:300]] + [t.replace("。", "…", 1) for t in base[:50]]
    texts += ["臺灣的發展。", "乾隆年間，他說：「這是頭髮。」", "ＡＢＣ這裡", "後來", "一隻貓"]
    phrases = [k for ks in _t2s_tables()[1].values() for k in ks]
    texts += [f"他們說{k}很好。" for k in phrases[:40]]
    rng = random.Random(5)
    traditional = 0
    for text in texts:
        norm = normalize(text)
        if not aligned(text, norm):
            continue
        traditional += norm != text and len(norm) == len(text) and any("\u4e00" <= c <= "\u9fff" and normalize(c) != c for c in text)
        pieces = trimmed_spans(text) + [tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))) for _ in range(6)]
        for a, b in pieces:
            assert normalize(text[a:b]) == norm[a:b], (text, a, b)
    assert traditional > 100  # texts with traditional characters were aligned too
    assert not aligned("頭髮", normalize("頭髮")) or normalize("頭") + normalize("髮") == normalize("頭髮")

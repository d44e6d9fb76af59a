"""The query path's patterns made once (session 14, perf14): each cached or ``str.find`` reading
gives exactly what the pattern built on every call gave (the former code, kept here as the reference)."""

from __future__ import annotations

import random
import re

from retrieval.search import answering
from retrieval.search.answering import _NUM
from retrieval.search.intent import Intent, cues

ALPHABET = "第一二三十名位个人数超过次场家年月日0123456789.,排名位居全省大学镇市“”，。的和与"


def _texts(seed: int, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def _nearest_before(spans, norm_sentence, terms):
    if not spans:
        return None
    at = [m.start() for t in terms if t for m in re.finditer(re.escape(t), norm_sentence)]
    if not at:
        return spans[0]
    return min(spans, key=lambda s: (min(min(abs(s[0] - p), abs(s[1] - p)) for p in at), s[0]))


def test_nearest_finds_what_the_escaped_pattern_found():
    rng = random.Random(1)
    for text in _texts(2):
        # terms with regex metacharacters, repeats, overlapping ones (aa in aaa) and empty ones
        terms = [text[a : a + rng.randint(0, 4)] for a in (rng.randrange(len(text) + 1) for _ in range(3))]
        terms += ["", ".", "第一", "一一", "(", "1.5"]
        spans = [(a, a + 2) for a in sorted(rng.sample(range(40), rng.randint(0, 4)))]
        assert answering.nearest(spans, text, terms) == _nearest_before(spans, text, terms)
    assert answering.nearest([(0, 1), (5, 6)], "aaaaaa", ["aa"]) == _nearest_before([(0, 1), (5, 6)], "aaaaaa", ["aa"])


def _holds_rank_before(text):
    words = "|".join(map(re.escape, sorted(cues().get("ranked"), key=len, reverse=True)))
    return re.search(rf"第{_NUM}[名位]|(?:{words})[^，,。；;]{{0,6}}?第{_NUM}", text) is not None


def _ordinals_before(sentence, measure):
    units = "|".join(map(re.escape, sorted(measure, key=len, reverse=True)))
    pattern = rf"第{_NUM}(?:{units})" if units else rf"第{_NUM}"
    return [(m.start(), m.end()) for m in re.finditer(pattern, sentence)]


def test_rank_and_ordinal_patterns_match_as_before():
    ranked = list(cues().get("ranked"))
    rng = random.Random(3)
    measures = [frozenset(), frozenset({"名", "位"}), frozenset({"人", "个人"}), frozenset({"次", "场", "年"})]
    for text in _texts(4):
        text = text + (rng.choice(ranked) + "第" + str(rng.randint(1, 9)) if ranked and rng.random() < 0.3 else "")
        assert answering.holds_rank(text) == _holds_rank_before(text)
        for m in measures:
            assert answering._ordinals(text, m) == _ordinals_before(text, m)
    assert answering.holds_rank("全国第3名")


def _holds_count_before(text, intent):
    if answering._NUMERAL.search(text) is None:
        return False
    if answering._count_pattern(intent.measure).search(text):
        return True
    if "%" in intent.measure and re.search(rf"百分之{_NUM}", text):
        return True
    units = "|".join(map(re.escape, sorted(intent.measure, key=len, reverse=True)))
    return re.search(rf"(?:{units})数[\u4e00-\u9fff]{{0,3}}\d", text) is not None


def test_holds_count_as_before():
    intents = [Intent("fact", "how_many", frozenset(m)) for m in ({"人"}, {"%", "个百分点"}, {"家", "个"}, {"次", "场"})]
    texts = _texts(5) + ["观看人数超过10万", "增长百分之三十", "共有3家企业", "人数达"]
    for text in texts:
        for intent in intents:
            assert answering.holds_count(text, intent) == _holds_count_before(text, intent)
    assert answering.holds_count("观看人数超过10万", intents[0])


def _named_by_before(sentence, noun):
    return [(m.start(), m.end(), m.group(1)) for m in re.finditer(rf"([\u4e00-\u9fff]{{2,8}}){re.escape(noun)}", sentence)]


def test_which_pattern_as_before():
    for text in _texts(6) + ["华中科技大学的樊明武与大学生", "洲泉镇和新市镇"]:
        for noun in ("大学", "镇", "市", "名"):
            got = [(m.start(), m.end(), m.group(1)) for m in answering._named_by(noun).finditer(text)]
            assert got == _named_by_before(text, noun)

"""The answer inside a passage: the sentence that answers, the words that answer, what is missing.

Pure functions over text (no index): the retriever passes the question's term weights.

- ``trimmed_spans(text)``: the sentences of a passage, as (start, end);
- ``typed_spans(sentence, intent, terms)``: where a date (when), a count (how many), a named
  place or thing (which X, where), a condition, a reason, a person or quoted words (what said)
  stand in a sentence;
- ``best_sentence(text, weights, intent)``: the sentence holding the most question weight, a
  sentence with the kind of answer the question asks counting more;
- ``answer_span(sentence, intent, terms)``: (start, end) of the answer in that sentence;
- ``distinctive_words(question)``: the question's names, places, organisations, years and numbers,
  what ``Hit.missing_terms`` is made of;
- ``question_language(question)`` and ``foreign_note``: a question not in Chinese is told, in
  its own language, that the corpus is Chinese.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from ..segmentation import route_ends, singles_of
from ..text import SENTENCE, aligned, normalize
from . import aliases
from .intent import Intent, cues, priced_word, role_heads, title_words

_NUM = r"(?:\d+(?:[.,]\d+)*|[零〇一二两兩三四五六七八九十百千万萬亿億几幾]+)"
_DATE = re.compile(
    r"(?:上个?世纪)?(?:[一二三四五六七八九]十|[1-9]0)年代(?:初期|中期|末期|初|中|末)?"  # 六十年代初期
    r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}月(?:\d{1,2}[日号](?:[至到-]\d{1,2}[日号])?)?)?"
    r"|\d{1,2}月\d{1,2}[日号](?:[至到-]\d{1,2}[日号])?|\d{1,2}月(?:上旬|中旬|下旬|底|初|份)?"
    r"|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]"
    r"|(?<![\d.])\d{1,2}[日号](?!\d)|[今去明前]年|[今昨前明]天|[今昨]日|上周[一二三四五六日]?|本周|上个?月|本月"
    r"|周[一二三四五六日]|星期[一二三四五六日天]"
)
_COUNT_ANY = re.compile(
    r"(?<!第)(?:超过|近|约|逾|共|达)?\d+(?:[.,]\d+)*(?:[-:：比]\d+)?(?:余|多)?[万亿千百]?(?:余|多)?"
    r"[个名位人次年天项家所座件台辆只条处元%％岁分秒米吨亩户批届场篇期]?"
)
# a count in Chinese numerals (十万元, 三名, 两人): one numeral other than 一, or several, then a unit
_COUNT_HAN = re.compile(
    r"(?<!第)(?:[二两三四五六七八九十]|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]+)"
    r"(?:余|多)?(?:万|亿)?[个名位人次项家件台辆条元岁米吨亩户届场]"
)
_APPROX = re.compile(r"(?:近|约|逾|超过|不到|将近|大约|仅|达)$")  # 近一小时: an amount, not an article
# dates that say when only from where the writer stands (明天, 今年, 周五): no answer to "which day"
_RELATIVE = re.compile(r"[今去明前]年|[今昨前明]天|[今昨]日|上周[一二三四五六日]?|本周|上个?月|本月|周[一二三四五六日]|星期[一二三四五六日天]")
_CONDITION = re.compile(r"(?:只要|只有|如果|假如|一旦|前提是|条件是|除非|若)[^，,。；;！？!?]*")
_REASON = re.compile(r"(?:因为|由于|为了|以便|以免|是为|原因是|不想|让他|让她|让他们|使其|为此)[^。；;！？!?]*")
_QUOTE = re.compile(r"[“「『]([^”」』]{4,})[”」』]")
_SPEECH = re.compile(r"(?:说|表示|指出|强调|认为|介绍|坦言|透露|希望|建议|呼吁|要求)[:：，,]?")
_FUNCTION = "与和在的是了对从到为及、及其并由把被向于将"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
# a year, a number, or a quarter of a year (二季度: a page on 一季度 answers no question on it; not 下一季度)
_YEAR_OR_NUMBER = re.compile(r"\d{4}年|\d{2,}(?:\.\d+)?|(?<![上下本这该前后每])[一二三四1-4]季度"
                             r"|(?<![\d.])\d(?:个月|月|日|号|天|轮|届|期|号线)")  # 前8个月, 8月5日: one digit and its unit
_PROPER = {"nr", "ns", "nt", "nz", "nrfg", "nrt"}
_POS_LOCK = threading.Lock()


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text`` (``text.sentence_spans``), blanks
    around it excluded: ``trimmed_spans`` from one ``findall`` — the pattern's non-empty matches
    follow one another from the start (every character but the end begins a non-empty match),
    so their bounds are their lengths added up; a sentence is trimmed only when it begins or
    ends with a blank. The corpus stores them per passage at build time (``corpus.SpanColumn``;
    the cache entry's layout mark holds a hash of this function's code, so that an edit here
    rebuilds the entries from the per-file caches)."""
    bounds: list[tuple[int, int]] = []
    a = 0
    for s in SENTENCE.findall(text):
        n = len(s)
        if not n:
            continue
        if s[0].isspace() or s[-1].isspace():
            kept = s.strip()
            if kept:
                start = a + n - len(s.lstrip())
                bounds.append((start, start + len(kept)))
        else:
            bounds.append((a, a + n))
        a += n
    return bounds


def _sentences(text: str, bounds: Sequence[tuple[int, int]] | None = None) -> tuple[Sequence[tuple[int, int]], list[str]]:
    """``trimmed_spans(text)`` (``sentence_bounds``, or ``bounds`` when the caller has them:
    the corpus stores each passage's) and the sentences themselves."""
    if bounds is None:
        bounds = sentence_bounds(text)
    return bounds, [text[a:b] for a, b in bounds]


def trimmed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of ``text`` (``text.sentence_spans``), blanks
    around it excluded: ``sentence_bounds``."""
    return sentence_bounds(text)


def _counts(sentence: str, measure: frozenset[str], strict: bool = False) -> list[tuple[int, int]]:
    """Numbers counting something in ``sentence``: followed by one of ``measure`` when given (any
    count when none is, unless ``strict``)."""
    out = []
    if measure:
        if not _NUMERAL.search(sentence):  # (every number of _NUM holds one of these)
            return []
        pattern = _count_pattern(measure)
        out = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
        # 一名记者 counts nothing; 一个多小时 and 近一小时 do; 十四日 in 二月十四日 is a date
        out = [(a, b) for a, b in out if not _is_date_at(sentence, a, b) and not (
            _ONE_NOT_NUMBER.match(sentence[a:b]) and not _MORE.search(sentence[a:b])
            and not _APPROX.search(sentence[max(0, a - 2):a]))]
        if out or strict:
            return out
    if not _DIGIT.search(sentence):  # every match of _COUNT_ANY holds a digit
        return [(m.start(), m.end()) for m in _COUNT_HAN.finditer(sentence)] if _NUMERAL.search(sentence) else []
    dates: list[tuple[int, int]] | None = None
    found = []
    for m in _COUNT_ANY.finditer(sentence):
        a, b = m.start(), m.end()
        if b > a and any(ch.isdigit() for ch in m.group()):
            if dates is None:  # (_is_date_at, the sentence's dates found once)
                dates = [(d.start(), d.end()) for d in _DATE.finditer(sentence)]
            if not any(s <= a and b <= e for s, e in dates):
                found.append((a, b))
    return found


_DATE_WORD = re.compile("[年月日号天周期]")
# a time of day: 10:30, 6时, 8点半 (a bare 3点 is as often three points)
_CLOCK = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-4])(?::[0-5]\d(?![\d:])|时|点(?:[0-5]?\d分|半|钟))")
_CLOCK_UNITS = frozenset({"点", "时", "点钟"})
_UNIT_SPACE = re.compile(r"(?<=\d) (?=[年月日号])|(?<=[年月]) (?=\d)")
_NUMERAL = re.compile(r"[\d零〇一二两兩三四五六七八九十百千万萬亿億几幾]")
_MORE = re.compile("[多余]")
_DIGIT = re.compile(r"\d")
_ONE_NOT_NUMBER = re.compile(r"一[^零〇一二两三四五六七八九十百千万亿\d]")


@lru_cache(maxsize=64)
def _count_pattern(measure: frozenset[str]) -> re.Pattern[str]:
    # a magnitude standing as the unit (票房破10亿: an amount of money) counts nothing when a word
    # of another measure follows it (20多万亩, 3万人: a count of that)
    after = _measure_starts(measure)
    units = "|".join(re.escape(u) + (f"(?!{after})" if u in _MAGNITUDES and after else "")
                     for u in sorted(measure, key=len, reverse=True))  # 小时 before 时
    return re.compile(rf"(?<!第){_NUM}[个個]?(?:余|多)?[万亿萬億]?(?:余|多)?(?:{units})")


_MAGNITUDES = frozenset("万亿萬億")


@lru_cache(maxsize=1)
def _counted_starts() -> frozenset[str]:
    """The first characters of the measure words and units of intent.txt (人 名 次 亩 公里 岁…)."""
    c = cues()
    words = {w for group in c.measures for w in group} | {w for _, units in c.units for w in units}
    return frozenset(w[0] for w in words if w and "\u4e00" <= w[0] <= "\u9fff")


def _measure_starts(measure: frozenset[str]) -> str:
    """A character class of the first characters of other measures' words than ``measure``'s
    (its own one-character words and the magnitudes left out), "" when there are none."""
    chars = sorted(_counted_starts() - {w for w in measure if len(w) == 1} - _MAGNITUDES - {"大"})
    return f"[{''.join(map(re.escape, chars))}]" if chars else ""


def _ordinals(sentence: str, measure: frozenset[str]) -> list[tuple[int, int]]:
    """第N… in ``sentence`` (第31任, 第14位), followed by one of ``measure`` when given."""
    return [(m.start(), m.end()) for m in _ordinal_pattern(measure).finditer(sentence)]


@lru_cache(maxsize=64)
def _ordinal_pattern(measure: frozenset[str]) -> re.Pattern[str]:
    """``_ordinals``' pattern for ``measure``, made once (not per sentence)."""
    units = "|".join(map(re.escape, sorted(measure, key=len, reverse=True)))
    return re.compile(rf"第{_NUM}(?:{units})" if units else rf"第{_NUM}")


def _is_date_at(sentence: str, a: int, b: int) -> bool:
    return any(m.start() <= a and b <= m.end() for m in _DATE.finditer(sentence))


_TITLE = re.compile(r"《[^》]{1,30}》")


def _which(sentence: str, noun: str) -> list[tuple[int, int]]:
    """Words ending with ``noun`` that name one (洲泉镇, 华中科技大学), not the noun alone; for a
    work (电影, 书, 节目: intent.txt's ``works``) also a title in book-title marks (《男人四十》)."""
    out = []
    if "《" in sentence and noun in cues().get("works"):
        out = [(m.start(), m.end()) for m in _TITLE.finditer(sentence)]
    if noun not in sentence:  # (the pattern ends with the noun itself)
        return out
    # a word in quotation marks named by the noun (一个“干”字, “精”“细”“实”三个字, “内卷”一词)
    out += [(m.start(), m.end()) for m in _quoted_before(noun).finditer(sentence)]
    for m in _named_by(noun).finditer(sentence):
        a = m.start()
        while a < m.start(1) + len(m.group(1)) - 1 and sentence[a] in _FUNCTION:
            a += 1
        head = sentence[a : m.end() - len(noun)]
        cut = max((head.rfind(ch) for ch in _FUNCTION), default=-1)
        if cut >= 0:
            if len(head) - cut - 1 < 2:
                continue  # 樊明武与大学生: nothing names the 大学
            a += cut + 1
        if m.end() - a > len(noun) and not sentence[a : m.end() - len(noun)].endswith(_vague()):
            out.append((a, m.end()))  # (移交相关部门, 其他学校: a vague word before the noun names none)
    return out


@lru_cache(maxsize=64)
def _named_by(noun: str) -> re.Pattern[str]:
    """``_which``'s pattern: two to eight CJK characters, then ``noun`` (made once per noun)."""
    return re.compile(rf"([\u4e00-\u9fff]{{2,8}}){re.escape(noun)}")


@lru_cache(maxsize=64)
def _quoted_before(noun: str) -> re.Pattern[str]:
    """Quoted words (one or more in a row) right before ``noun``, a count of them between (三个)."""
    quoted = r"[“「『\"][^“”「」『』\"]{1,8}[”」』\"]"
    return re.compile(rf"(?:{quoted})+(?:{_NUM}个?)?{re.escape(noun)}")


@lru_cache(maxsize=1)
def _vague() -> tuple[str, ...]:
    """intent.txt's ``vague`` words (相关, 有关, 其他…): before a noun, they name no one thing."""
    return cues().get("vague")


def _places(sentence: str) -> list[tuple[int, int]]:
    """Place names of jieba's dictionary in ``sentence`` (北京, 纽约), generic ones (全国) left out,
    and those a title follows (中国国家主席, 美国总统: whose, not where)."""
    generic = _generic()
    titles = title_words()
    with _POS_LOCK:
        tagged = pos_tags(sentence)
    out, at = [], 0
    for w, flag in tagged:
        if flag == "ns" and len(w) >= 2 and w not in generic and not sentence.startswith(titles, at + len(w)):
            out.append((at, at + len(w)))
        at += len(w)
    return out


def _person(sentence: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """The words right before a question term (副书记陶武先 主持): who did it."""
    norm = normalize(sentence)
    out = []
    for t in terms:
        at = norm.find(t)
        if at >= 2:
            start = at
            while start > 0 and norm[start - 1] not in "，,。；;：:、（(“\"" and at - start < 12:
                start -= 1
            if at - start >= 2:
                out.append((start, at))
    return out


def answers_person(intent: Intent | None) -> bool:
    """Is the answer to ``intent`` a person (谁说…, 哪位领导主持…): bold a name, or nothing?"""
    return intent is not None and (intent.kind == "who" or (intent.kind == "fact" and intent.asks == "person"))


TITLE_SPAN = 14  # the most characters of title written before a name that the bold takes in
_TITLE_TAGS = ("n", "j", "b", "l", "vn")  # jieba flags of a title's words (省委/j 副/b 书记/n, 自然资源/l, 助理/vn)
# jieba flags of a word no title holds, where a title begins after it (由/p 了/u 和/c 也/d 他/r 2日/m,t)
_BREAK_TAGS = frozenset("pucdrmtfxye")


def person_mention(text: str, start: int, end: int, title: str | None = None) -> tuple[int, int]:
    """The whole mention of the person named at ``text[start:end]``: the name, with the title
    written right before it (省委副书记陶武先). The title is the speaker's own ``title`` when the
    page writes it there, else the words before the name back to a clause or a word that is no
    title's (由, 了, 据, a verb), when they end with a title word (titles.txt) — never more than
    TITLE_SPAN characters, never a run across punctuation; where those words may begin mid-word
    (cut by TITLE_SPAN, or after an unclear word), only the title words right before the name;
    no title: the name alone."""
    before = text[:start]
    if title:
        t = normalize(title)
        for cand in (title, t):
            if len(cand) <= TITLE_SPAN and before.endswith(cand):
                return start - len(cand), end
    at = start
    while at > 0 and start - at < TITLE_SPAN and _CJK.match(text[at - 1]) is not None:
        at -= 1
    head = normalize(before[at:])
    if len(head) != start - at or not head.endswith(title_words()):
        return start, end
    titles = _titles()
    with _POS_LOCK:
        tagged = pos_tags(head)
    k = len(tagged)
    while k > 0:
        w, flag = tagged[k - 1]
        if w in titles or (flag.startswith(_TITLE_TAGS) and not (len(w) == 1 and w in _FUNCTION)):
            k -= 1
        elif len(w) == 1 and flag.startswith("v") and k >= 2 and k < len(tagged) and tagged[k - 2][1].startswith(("n", "j")):
            k -= 1  # 中国驻马来西亚大使, 政史系副主任: one verb character between a title's nouns
        else:
            break
    if k > 0:
        w, flag = tagged[k - 1]
        clear = flag[:1] in _BREAK_TAGS or (flag.startswith("v") and len(w) >= 2)
    else:
        clear = at == 0 or _CJK.match(text[at - 1]) is None
    if not clear:
        # the words before may begin mid-word (TITLE_SPAN cut …德意志会展|公司董事会主席, or 主办|方):
        # only the title words right before the name, whole
        k = len(tagged)
        while k > 0 and tagged[k - 1][0] in titles:
            k -= 1
    taken = sum(len(w) for w, _ in tagged[k:])
    if not head[len(head) - taken:].endswith(title_words()):
        return start, end
    while k < len(tagged) and tagged[k][1].startswith("v"):  # (a verb character first takes nothing)
        taken -= len(tagged[k][0])
        k += 1
    return start - taken, end


def _quotes(sentence: str) -> list[tuple[int, int]]:
    spans = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(sentence)]
    if spans:
        return spans
    m = _SPEECH.search(sentence)
    if m and len(sentence) - m.end() >= 4:
        end = len(sentence)
        while end > m.end() and sentence[end - 1] in "。！？!?；;”」’\"":
            end -= 1
        return [(m.end(), end)]
    return []


def _starts_something(sentence: str, a: int, b: int) -> bool:
    """Does the date at ``sentence[a:b]`` say when something began (自2019年起, 从2019年开始,
    2019年以来)? The words are intent.txt's since_before / since_after."""
    c = cues()
    return sentence[max(0, a - 2) : a].endswith(c.get("since_before")) or sentence[b:].lstrip().startswith(c.get("since_after"))


def typed_spans(sentence: str, intent: Intent, terms: Sequence[str] = (), normalized: str | None = None) -> list[tuple[int, int]]:
    """Where the kind of answer ``intent`` asks for stands in ``sentence`` (may be empty).
    ``normalized``: ``normalize(sentence)``; when it is as long as ``sentence`` (character for
    character, as t2s mostly is) it is read instead, so that a traditional page's 小時, 號 and 鎮
    are the units, dates and names asked for."""
    if normalized is not None and len(normalized) == len(sentence):
        sentence = normalized
    asks = intent.asks
    if asks == "when":
        # (every date of _DATE holds one of _DATE_WORD's characters)
        spans = [(m.start(), m.end()) for m in _DATE.finditer(sentence)] if _DATE_WORD.search(sentence) else []
        if "年" in intent.measure:
            return [(a, b) for a, b in spans if "年" in sentence[a:b]]
        periods = _periods()
        return sorted(spans + [(m.start(), m.end()) for m in periods.finditer(sentence)]) if periods else spans
    if asks == "how_many":
        return _ordinals(sentence, intent.measure) if intent.ordinal else _counts(sentence, intent.measure)
    if asks == "which" and intent.which:
        return _which(sentence, intent.which)
    if asks == "where":
        spans = sorted(_places(sentence) + [span for noun in "省市县区镇乡村" for span in _which(sentence, noun)])
        # 新华社北京3月4日电: where the story was filed, not where anything asked about took place
        return [(a, b) for a, b in spans if not _DATELINE_AFTER.match(sentence, b)] if spans else spans
    if asks == "condition":
        return [(m.start(), m.end()) for m in _CONDITION.finditer(sentence)]
    if asks == "why":
        return [(m.start(), m.end()) for m in _REASON.finditer(sentence)]
    if asks == "person":
        return _person(sentence, terms)
    if intent.kind in ("said", "who"):
        return _quotes(sentence)
    return []


@lru_cache(maxsize=1)
def _periods() -> re.Pattern[str] | None:
    """intent.txt's ``periods`` (春节, 兔年, 年底…): times a when-question's answer may name
    without a date."""
    words = sorted(cues().get("periods"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def may_type(intent: Intent | None) -> bool:
    """Can ``typed_spans`` find anything for ``intent``? (False: it gives [] for every sentence.)"""
    if intent is None:
        return False
    asks = intent.asks
    return (asks in ("when", "how_many", "where", "condition", "why", "person") or (asks == "which" and bool(intent.which))
            or intent.kind in ("said", "who"))


def sentence_weight(norm_sentence: str, weights: Mapping[str, float], spread: Mapping[str, int]) -> float:
    """The question weight a sentence holds, each term's weight shared among the sentences holding it."""
    return sum(v / spread.get(t, 1) for t, v in weights.items() if t in norm_sentence)


TYPED_SENTENCE = 1.8  # a sentence holding the kind of answer asked for counts this much more


def best_sentence(text: str, weights: Mapping[str, float], intent: Intent | None = None,
                  normalized: str | None = None,
                  bounds: Sequence[tuple[int, int]] | None = None) -> tuple[str, tuple[int, int] | None]:
    """The sentence of ``text`` that answers, and the answer's (start, end) inside it (or None).

    A term's weight is shared among the passage's sentences that hold it (a word running through
    the whole passage says little about which sentence answers); a sentence holding the kind of
    answer the question asks (a date for "when", a count for "how many"…) counts TYPED_SENTENCE
    times more. Ties: the first sentence. ``normalized``: ``normalize(text)`` when it is aligned
    with ``text`` (``text.aligned``), so that a sentence's normal form is a slice of it;
    ``bounds``: ``sentence_bounds(text)``, when the caller has them.
    """
    if bounds is None:
        bounds = sentence_bounds(text)
    if not bounds:
        return text, None
    if intent is not None and intent.kind == "said" and intent.subject:
        # "What did X say": X chose the passage; the sentence that answers is X's words, not the
        # sentence that names X ("“…”海河实验室主任王立新说。" leads with the quote).
        subject = normalize(intent.subject)
        weights = {t: w for t, w in weights.items() if t not in subject}
    terms = list(weights)
    typed = may_type(intent)
    if not typed and normalized is not None and len(bounds) > 1 and all(terms):
        a, b = bounds[_best_untyped(normalized, bounds, weights, terms)]  # (no sentence sliced)
        return text[a:b], None
    items = [text[a:b] for a, b in bounds]
    norm = [normalized[a:b] for a, b in bounds] if normalized is not None else [normalize(s) for s in items]
    if len(items) == 1:  # one sentence: it is the answer, whatever its weight
        spans = typed_spans(items[0], intent, terms, norm[0]) if typed else []  # type: ignore[arg-type]
        return items[0], nearest(spans, norm[0], terms)
    if not typed:  # no span anywhere: the first sentence of the highest weight
        # each term's share added to the sentences holding it, term by term in weights' order:
        # each sentence's sum is the one of the loop below, the same additions from 0
        scores: list[float] = [0] * len(norm)
        for t in terms:
            at = [k for k, ns in enumerate(norm) if t in ns]
            if at:
                share = weights[t] / len(at)
                for k in at:
                    scores[k] += share
        return items[_first_highest(scores)], None
    # the terms each sentence holds (weights' order), then how many sentences hold each term
    holds = [[t for t in terms if t in ns] for ns in norm]
    spread = dict.fromkeys(terms, 0)
    for held in holds:
        for t in held:
            spread[t] += 1
    best, best_score, best_span = items[0], -1.0, None
    for s, ns, held in zip(items, norm, holds):
        # sentence_weight(ns, weights, spread), from the terms already found in it
        score = sum(weights[t] / spread[t] for t in held)
        if not held and not 1e-6 > best_score + 1e-12:
            continue  # (holding no term, it scores at most 1e-6 below: it cannot be the best)
        spans = typed_spans(s, intent, terms, ns) if typed else []  # type: ignore[arg-type]
        if spans:
            score = score * TYPED_SENTENCE + 1e-6
        if score > best_score + 1e-12:
            best, best_score, best_span = s, score, nearest(spans, ns, terms)
    return best, best_span


def _best_untyped(normalized: str, bounds: Sequence[tuple[int, int]], weights: Mapping[str, float],
                  terms: Sequence[str]) -> int:
    """``best_sentence``'s choice when no sentence can hold a typed answer, read off the passage's
    aligned normal form ``normalized`` without slicing it: the sentences holding each term found by
    ``find`` over the whole text (every occurrence, overlapping ones too, placed by ``bisect`` among
    the sentences' starts: a term is in a sentence when one occurrence lies wholly inside it), each
    term's weight shared among them and added term by term — the same additions from 0, so the
    same sums, as ``t in normalized[a:b]`` for every sentence; ties: the first sentence. Terms are
    non-empty."""
    starts = [a for a, _ in bounds]
    scores: list[float] = [0] * len(bounds)
    find = normalized.find
    lo = bounds[0][0]
    for t in terms:
        n = len(t)
        at: list[int] = []
        p = find(t, lo)
        while p >= 0:
            k = bisect_right(starts, p) - 1
            if p + n <= bounds[k][1] and (not at or at[-1] != k):
                at.append(k)  # (occurrences come in order: a sentence's repeats are adjacent)
            p = find(t, p + 1)
        if at:
            share = weights[t] / len(at)
            for k in at:
                scores[k] += share
    return _first_highest(scores)


def _first_highest(scores: Sequence[float]) -> int:
    """The index of the highest score (the first of scores within 1e-12 of each other)."""
    best_k, best_score = 0, -1.0
    for k, score in enumerate(scores):
        if score > best_score + 1e-12:
            best_k, best_score = k, score
    return best_k


def nearest(spans: Sequence[tuple[int, int]], norm_sentence: str, terms: Sequence[str]) -> tuple[int, int] | None:
    """Of several candidate answers, the one nearest a question term (the first on a tie)."""
    if not spans:
        return None
    # every occurrence of each term, as re.finditer of the escaped term finds them (non-overlapping,
    # left to right): str.find, no pattern compiled per term and sentence
    at: list[int] = []
    find = norm_sentence.find
    for t in terms:
        if t:
            n = len(t)
            p = find(t)
            while p >= 0:
                at.append(p)
                p = find(t, p + n)
    if not at:
        return spans[0]
    return min(spans, key=lambda s: (min(min(abs(s[0] - p), abs(s[1] - p)) for p in at), s[0]))


def answer_span(sentence: str, intent: Intent, terms: Sequence[str] = ()) -> tuple[int, int] | None:
    """Where the answer stands in ``sentence``: a date, number, name or quote; None if none does."""
    norm = normalize(sentence)
    return nearest(typed_spans(sentence, intent, terms, norm), norm, list(terms))


BOUND_GAP = 2  # characters (no punctuation) between a count and the question word it counts


def _bound(read: str, spans: Sequence[tuple[int, int]], terms: Sequence[str]) -> bool:
    """Does a count of ``spans`` stand right beside a question term in ``read`` (业务量105.5亿票,
    投资136万元, 十万元的奖励): the count of what the question asks about, not a number of the
    story's that shares the sentence (营业收入2072亿元)? A one-character term counts only one
    character away at most. A bare number (2022 in 2022全年, 002352) counts nothing by itself."""
    # a bare number counts nothing by itself; the question's own count (三名逃犯 → 3名) is not asked
    own = set(terms)
    spans = [(a, b) for a, b in spans if not read[a:b].isdigit() and read[a:b] not in own
             and _LEADING_NUMBER.match(read, a).group() not in own]
    if not spans:
        return False
    for t in terms:
        if not t or t[:1].isdigit():
            continue
        gap = BOUND_GAP if len(t) >= 2 else 1
        at = read.find(t)
        while at >= 0:
            end = at + len(t)
            for a, b in spans:
                if (0 <= a - end <= gap and not _PUNCT_GAP.search(read[end:a])) or (
                        0 <= at - b <= gap and not _PUNCT_GAP.search(read[b:at])):
                    return True
            at = read.find(t, at + 1)
    return False


_LEADING_NUMBER = re.compile(r"\d*")
_DATELINE_AFTER = re.compile(r"\s*(?:\d{1,2}月)?\d{1,2}日(?:电|讯)")
_PUNCT_GAP = re.compile(r"[^\u3400-\u9fff\w]")


_WHICH_PERSON = re.compile(r"哪一?[位名个]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=256)
def asked_role(question: str) -> str:
    """The title a which-person question asks about (向哪位所长汇报 → 所长, 哪位韩国队监督 → 监督;
    data/titles.txt and intent.txt's roles), "" when it names none. ``question``: normalised."""
    m = _WHICH_PERSON.search(question)
    if m is None:
        return ""
    rest = re.split(r"[\s,，。？?！!、；;：:]", question[m.end() : m.end() + 8], maxsplit=1)[0]
    heads = role_heads(rest)
    return min(heads, key=rest.find) if heads else ""


def _names_role(read: str, role: str, question: str) -> bool:
    """Does ``read`` name someone by the ``role`` asked (所长张磊, 邱委员文彦): the role with a
    surname right after it, or a surname right before it and a name after, someone the question
    does not name?"""
    surnames = _surnames()
    at = read.find(role)
    while at >= 0:
        end = at + len(role)
        after = read[end : end + 2]
        if len(after) == 2 and after[0] in surnames and _HAN.fullmatch(after[1]) and after not in question:
            return True
        if at > 0 and read[at - 1] in surnames and _HAN.match(after[:1] or " ") and read[at - 1] + after[:1] not in question \
                and (at == 1 or not _HAN.match(read[at - 2])):
            return True
        at = read.find(role, end)
    return False


def asked_count(intent: Intent) -> str:
    """The figure a how-many question asks for, in its words (多少家, 几个百分点, 几宗), when it names
    what is counted (``intent.measure``); "" otherwise (多少, 第几, a measureless count)."""
    if intent.asks != "how_many" or not intent.measure or intent.ordinal or not intent.cue_spans:
        return ""
    q = intent.question
    start, end = intent.cue_spans[0][0], max(b for _, b in intent.cue_spans)
    rest = re.match(r"[\u4e00-\u9fff]{0,3}", q[end:]).group()
    import jieba

    first = next(iter(jieba.lcut(rest, HMM=False)), "") if rest else ""
    if not first and priced_word(q[:start]):  # 首周票房是多少: the amount of money asked is named before the cue
        return priced_word(q[:start]) + q[start:end]  # (票房多少)
    if (q[end - 1 : end] in intent.measure and q[end - 1] != "个") or not first:  # 几个百分点: what 个 counts
        return q[start:end]
    return q[start:end] + first if len(first) >= 2 else q[start:end]


_FIGURE_LINKS = ("是", "有", "为", "达", "到", "约", "大概", "大约", "具体", "一共", "共", "能", "会", "了", "的")


def asked_kind(intent: Intent) -> str:
    """What a fact question asks for when it asks a date or a figure without a measure, in its
    words: the cue (哪一年, 什么时候) or, for how much, the word the figure is of and the cue
    (票房是多少 → 票房多少); "" for any other question (a measured count: ``asked_count``)."""
    if not asks_kind(intent):
        return ""
    q = intent.question
    start, end = intent.cue_spans[0][0], max(b for _, b in intent.cue_spans)
    if intent.asks == "when":
        return q[start:end]
    clause = re.split(r"[^\u4e00-\u9fff]", q[max(0, start - 8) : start])[-1]
    with _POS_LOCK:
        before = [(w, f or "x") for w, f in pos_tags(clause) if w.strip()]
    while before and before[-1][0] in _FIGURE_LINKS:
        before.pop()
    if len(before) >= 2 and len(before[-1][0]) == 1 and len(before[-2][0]) >= 2 and before[-1][1][:1] == "n":
        before[-2:] = [(before[-2][0] + before[-1][0], "n")]  # 出栏|量 → 出栏量
    # the figure is of a noun (票房, 出栏量), not of a verb (达到多少, 布设了多少)
    noun = before[-1][0] if before and len(before[-1][0]) >= 2 and before[-1][1][:1] == "n" and _HAN.match(before[-1][0]) else ""
    return noun + q[start:end]


def asked_rank(intent: Intent) -> str:
    """The place in a ranking an ordinal question asks (排名第几, 名列第几: intent.txt's ``ranked``
    right before 第几, no unit after it), in its words; "" for any other question."""
    if not intent.ordinal or intent.measure or not intent.cue_spans:
        return ""
    q = intent.question
    start, end = intent.cue_spans[0]
    word = next((w for w in cues().get("ranked") if q.endswith(w, 0, start)), "")
    return word + q[start:end] if word else ""


def holds_rank(text: str) -> bool:
    """Does ``text`` (normalised) hold a place in a ranking: 第N名 / 第N位, or 第N right after a
    ranking word (排名全省第七, 位居第3)?"""
    return _rank_pattern(cues().get("ranked")).search(text) is not None


@lru_cache(maxsize=4)
def _rank_pattern(ranked: tuple[str, ...]) -> re.Pattern[str]:
    """``holds_rank``'s pattern for the ranking words ``ranked`` (intent.txt's), made once."""
    words = "|".join(map(re.escape, sorted(ranked, key=len, reverse=True)))
    return re.compile(rf"第{_NUM}[名位]|(?:{words})[^，,。；;]{{0,6}}?第{_NUM}")


def asks_kind(intent: Intent) -> bool:
    """Does ``asked_kind(intent)`` name something (a fact question asking a date, or a figure
    without a measure, by a cue)? Cheap: no words are cut."""
    return (intent.kind == "fact" and bool(intent.cue_spans) and not intent.ordinal
            and (intent.asks == "when" or (intent.asks == "how_many" and not intent.measure)))


def holds_kind(text: str, intent: Intent) -> bool:
    """Does ``text`` (normalised) hold the kind of answer ``asked_kind`` names anywhere: a date
    (even one relative to the writer; with its year for 哪一年) for when, any count for how much?"""
    if intent.asks == "when":
        year = "年" in intent.measure  # 哪一年: a date with its year
        if not year and _CLOCK.search(text):  # 明早6时, 10:30: a time of day answers when
            return True
        if _DATE_WORD.search(text) is None:
            return False
        text = _UNIT_SPACE.sub("", text)  # 2023 年 12 月: a page's spaces around the figures
        return any("年" in m.group() or not year for m in _DATE.finditer(text))
    return bool(_counts(text, frozenset()))


@lru_cache(maxsize=1)
def _speech_cues() -> re.Pattern[str] | None:
    """intent.txt's said and speech cues (说, 介绍, 透露, 预计…), longest first."""
    words = sorted({*cues().get("said"), *cues().get("speech")}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(map(re.escape, words)))


def speech_cue(question: str, end: int) -> int | None:
    """Where the first speech cue of ``question`` (normalised) before ``end`` starts, or None."""
    pattern = _speech_cues()
    if pattern is None:
        return None
    for m in pattern.finditer(question, 0, end):
        if not (m.group() == "说" and question[m.end() : m.end() + 1] in ("明", "法", "服")):
            return m.start()
    return None


@lru_cache(maxsize=1)
def _year_words() -> re.Pattern[str] | None:
    """One pattern for intent.txt's ``years:`` words, each as a word of its own (如今|年轻,
    上|年纪 name no year)."""
    words = sorted({w for group in cues().years for w in group}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(rf"(?<!如)({'|'.join(map(re.escape, words))})(?![轻纪龄级代])")


def _year_group(word: str) -> int:
    return next(k for k, group in enumerate(cues().years) if word in group)


def asked_year(question: str) -> tuple[str, int] | None:
    """The year a question (normalised) names by the day written (去年, 今年以来…: intent.txt's
    ``years:``), as written and as its line's number; None when it names none, or two (今年比去年:
    a comparison), or only as the year compared with (去年同期), or this year (``this_year:``)."""
    pattern = _year_words()
    if pattern is None or pattern.search(question) is None:
        return None
    found = [(m.group(1), _year_group(m.group(1))) for m in pattern.finditer(question)
             if not question.startswith("同期", m.end())]
    if not found or len({g for _, g in found}) != 1 or found[0][0] in cues().get("this_year"):
        return None  # (今年: the year a page means when it names none)
    return found[0]


def years_held(text: str) -> frozenset[int]:
    """The years ``text`` (normalised) names by the day written, as their lines' numbers."""
    pattern = _year_words()
    if pattern is None:
        return frozenset()
    return frozenset(_year_group(m.group(1)) for m in pattern.finditer(text))


@lru_cache(maxsize=256)
def _asked_year_group(question: str) -> int | None:
    """The line number of the year ``question`` (normalised) names by the day written
    (``asked_year``), None when it names none."""
    asked = asked_year(question)
    return asked[1] if asked is not None else None


def holds_count(text: str, intent: Intent) -> bool:
    """Does ``text`` (normalised) hold a count in the measure asked (``intent.measure``): a number
    followed by it (7日 too, which reads as a date), or one that its count word leads up to
    (观看人数超过10万)?"""
    if _NUMERAL.search(text) is None:
        return False
    if _count_pattern(intent.measure).search(text):
        return True
    if "%" in intent.measure and _WRITTEN_SHARE.search(text):  # 百分之三十: the share written out
        return True
    if "成" in intent.measure and _PERCENT_SHARE.search(text):  # 占几成: a share written in per cent (97%)
        return True
    if intent.measure & _CLOCK_UNITS and _CLOCK.search(text):  # 几点: a time of day (10:30, 6时)
        return True
    return _count_word_pattern(intent.measure).search(text) is not None


_WRITTEN_SHARE = re.compile(rf"百分之{_NUM}")
_PERCENT_SHARE = re.compile(rf"百分之{_NUM}|\d%")


@lru_cache(maxsize=64)
def _count_word_pattern(measure: frozenset[str]) -> re.Pattern[str]:
    """``holds_count``'s pattern of a count word leading up to a number (人数超过10万), per measure, made once."""
    units = "|".join(map(re.escape, sorted(measure, key=len, reverse=True)))
    return re.compile(rf"(?:{units})数[\u4e00-\u9fff]{{0,3}}\d")


def has_typed_answer(text: str, intent: Intent, terms: Sequence[str], normalized: str | None = None,
                     bound: bool = False, is_aligned: bool | None = None,
                     bounds: Sequence[tuple[int, int]] | None = None) -> int:
    """2 when a sentence of ``text`` holds both the kind of answer asked for and a question term,
    1 when the kind of answer stands only elsewhere in it, 0 when it holds none. ``normalized``:
    ``normalize(text)``, if known; its slices stand for the sentences' normal forms when it is
    aligned with ``text`` (``text.aligned``); the kind of answer is read on the normal form.
    ``bound``: 3 for a how-many question whose count stands right beside a question term
    (``_bound``), or a which-person question's role standing with a name (``_names_role``).
    ``is_aligned``: ``aligned(text, normalized)``, and ``bounds``: ``sentence_bounds(text)``,
    when the caller knows them (read at build time)."""
    role = asked_role(intent.question) if bound and intent.asks == "person" else ""
    bound = bound and intent.asks == "how_many" and not intent.ordinal
    found = 0
    sliced: bool | None = is_aligned if normalized is not None else False  # None: checked at the first sentence
    # how many of a measure (多少人次): a count of something else (33位) is the kind of answer only
    # "elsewhere" (1), whatever words stand beside it
    measured = intent.asks == "how_many" and bool(intent.measure) and not intent.ordinal
    # a question asking about a year by the day written (去年…卖了几块钱): a sentence speaking of
    # another (今年…每斤3.3元, or after it with no year of its own: 10月份再产…) holds the kind of
    # answer for that year, not the one asked: "elsewhere"
    year = _asked_year_group(intent.question)
    in_force: frozenset[int] = frozenset()  # the years the sentences so far last named
    for (a, b), s in zip(*_sentences(text, bounds)):
        if sliced is None:
            sliced = aligned(text, normalized)  # type: ignore[arg-type]
        ns = normalized[a:b] if sliced else normalize(s)  # type: ignore[index]
        if year is not None:
            in_force = years_held(ns) or in_force
        held = any(t in ns for t in terms)
        if role and role in ns and _names_role(ns, role, intent.question):
            return 3  # which person: the role asked, and a name standing with it
        if found and not held and not role:
            continue  # (it can only say 1 again: its kind of answer is not looked for)
        spans = typed_spans(s, intent, terms, ns)
        if spans:
            read = ns if len(ns) == len(s) else s  # what typed_spans read
            if measured and not _counts(read, intent.measure, strict=True):
                continue
            if intent.asks == "when" and all(_RELATIVE.fullmatch(read[x:y]) for x, y in spans):
                found = 1  # 明天 answers "which day" only for the day it was written
                continue
            if intent.since and not any(_starts_something(read, x, y) for x, y in spans):
                found = 1  # since when: a date that starts nothing (2023年全国两会) is not the answer
                continue
            if in_force and year not in in_force:
                found = max(found, 1)
                continue
            if held:
                if not bound and not role:
                    return 2
                if bound and _bound(read, spans, terms):
                    return 3
                found = 2
                continue
            found = max(found, 1)
    return found


# -- what the question names --------------------------------------------------------------------

@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    text = resources.files("retrieval").joinpath("data/surnames.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")  # jieba.posseg's re_han_internal
_SKIP = re.compile("(\r\n|\\s)")  # its re_skip_internal
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # re_eng1's class
_ENG = re.compile("[a-zA-Z0-9]+")
_DIGITS = re.compile("[\\.0-9]+")


@lru_cache(maxsize=1)
def _transliteration() -> frozenset[str]:
    """The characters of transliterated foreign names (data/transliteration.txt)."""
    text = resources.files("retrieval").joinpath("data/transliteration.txt").read_text("utf-8")
    return frozenset(c for line in text.splitlines() if not line.startswith("#") for c in line if not c.isspace())


def _plain_under_a_name_tag(word: str, flag: str, surnames: frozenset[str]) -> bool:
    """Is ``word``, tagged a person's name by jieba's dictionary, a plain word: two characters tagged
    a foreign name (nrt) from no surname and not of a transliteration (夸赞, 二人; 拜登 stays a name),
    or a time made of two of the dictionary's time words (今年夏天 = 今年 + 夏天)?"""
    if flag == "nrt" and len(word) == 2 and word[0] not in surnames:
        return not all(c in _transliteration() for c in word)
    if flag in ("nr", "nrt") and len(word) >= 4:
        tags = _posseg().dt.word_tag_tab
        return any(tags.get(word[:i]) == "t" and tags.get(word[i:]) == "t" for i in range(2, len(word) - 1))
    return False


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """The generic places of intent.txt (全国, 外国…): never distinctive."""
    return frozenset(cues().get("generic"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """``title_words()`` as a set."""
    return frozenset(title_words())


@lru_cache(maxsize=1)
def _posseg():
    import jieba.posseg as pseg

    return pseg


# (jieba's tokenizer, its prefix dictionary, size, total and tag table; then the log of the total and
# the dictionary's ``singles``): what the question's route reads, kept while none of them moves
_ROUTE: list = [None]


def _route_tables() -> tuple[dict[str, int], dict[str, str], float, list[int | None]]:
    """jieba's prefix dictionary, its tag table, the log of its total and its ``singles`` — what
    ``jieba.posseg``'s cut reads —, after the checks it makes (its user words' tags loaded, the
    dictionary initialised): looked up again only when the tokenizer, its dictionary (the object,
    its size or total) or the tag table is another."""
    pos = _posseg().dt
    if pos.tokenizer.user_word_tag_tab:
        pos.makesure_userdict_loaded()
    jb = pos.tokenizer
    got = _ROUTE[0]
    if (got is not None and got[0] is jb and jb.initialized and got[1] is jb.FREQ and got[2] == len(jb.FREQ)
            and got[3] == jb.total and got[4] is pos.word_tag_tab):
        return got[1], got[4], got[5], got[6]
    jb.check_initialized()
    freq, total = jb.FREQ, jb.total
    got = (jb, freq, len(freq), total, pos.word_tag_tab, math.log(total), singles_of(freq, total))
    _ROUTE[0] = got  # (one store: a reader sees a whole entry)
    return got[1], got[4], got[5], got[6]


def plain_proper(word: str) -> bool:
    """Is ``word`` one jieba's dictionary tags only as "another proper noun" (nz), a tag it gives
    many plain words too (长谈, 会谈)? Such a word may stand in a page in other words: its absence
    from the corpus says the hits lack it (``Hit.missing_terms``), not that nothing answers."""
    return _posseg().dt.word_tag_tab.get(normalize(word)) == "nz"


@lru_cache(maxsize=1)
def _place_markers() -> frozenset[str]:
    """data/place_markers.txt: the words a place stands after (在 到 访问…)."""
    text = resources.files("retrieval").joinpath("data/place_markers.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())


_PLACE_TAGS = frozenset({"ns"})


def _tagged_at(word: str, question: str, tags: frozenset[str]) -> tuple[list, list[str], list[int]] | None:
    """``question`` (normalised) tagged by jieba, its words and where ``word`` (normalised) stands among
    them whole — when jieba's dictionary tags ``word`` one of ``tags`` (``plain_place``, ``plain_name``:
    is it the proper noun its tag says, where the question has it?); None for another word or one the
    question's words do not hold whole."""
    if _posseg().dt.word_tag_tab.get(word) not in tags:
        return None
    with _POS_LOCK:
        tagged = _pos_tags(question, True)
    words = [w.strip() for w, _ in tagged]
    at = [k for k, w in enumerate(words) if w == word]
    return (tagged, words, at) if at else None


_NOUN_FLAGS = ("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "j", "vn", "nl", "ng")  # a word a place may qualify


def plain_place(word: str, question: str) -> bool:
    """Is ``word`` (normalised), which jieba's dictionary tags a place (ns), a plain word where
    ``question`` (normalised) has it: it stands after no word a place stands after
    (data/place_markers.txt: 在, 到, 访问…), before neither 的 nor a noun it would qualify (巴黎奥运会,
    台湾上市柜公司, 北京的外交部; a word of time after it, 时 or 后, qualifies nothing), and does not
    open the question? jieba's dictionary tags many verbs
    and common words ns (上台, 扎堆, 回港, 加大力度): 川普上台后, 大片扎堆让, 2003年回港时 are no places.
    Such a word's absence from the corpus says the hits lack it (``Hit.missing_terms``), not that
    nothing answers. False for any other word, or one the question's words do not hold whole."""
    got = _tagged_at(word, question, _PLACE_TAGS)
    if got is None:
        return False
    tagged, words, at = got
    markers = _place_markers()
    frames = set(cues().get("frame_end"))  # 时, 后, 期间…: when it happened, no noun qualified (回港时)
    for k in at:
        before = words[k - 1] if k else ""
        after = tagged[k + 1] if k + 1 < len(tagged) else None
        qualifies = after is not None and (after[0].strip() == "的" or (
            after[0].strip() not in frames and _flag(after) in _NOUN_FLAGS))
        if not before or before in markers or qualifies:
            return False
    return True


_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
_QUESTION_ENDS = frozenset("?？!！。")
_BEFORE_A_NAME = frozenset({"p", "c", "v", "x", "eng"})  # 据|刘永好, 和|李强, 限制|易建联, ，|马龙, ceo|李斌
_AFTER_A_NAME = frozenset({"p", "c", "v", "x", "nr", "nrfg", "nrt"})  # 刘永好|介绍, 马龙|、, 阿尔巴尼|斯


def plain_name(word: str, question: str) -> bool:
    """Is ``word`` (normalised), which jieba's dictionary tags a person's name (nr, nrfg, nrt: it
    tags so tens of thousands of plain words, 祖孙, 有多强, 余震, 白皮书), a plain word where
    ``question`` (normalised) has it: nothing on either side reads it as a name? A name opens the
    question or a clause, or stands after a title word, a preposition, a conjunction or a verb
    (据|刘永好, 和|李强, 总理|阿尔巴尼斯, 限制|易建联), or before a verb, a preposition, a conjunction,
    a comma or a title word (刘永好|介绍, 古特雷斯|对, 哈桑|总统). After a plain noun and before a
    numeral or the question's end (传承人|祖孙|俩, 风力|有多强|?, 几名|幸存者|?), it is a word like
    any other: its absence from the corpus says the hits lack it (``Hit.missing_terms``), not that
    nothing answers. False for any other word, or one the question's words do not hold whole."""
    got = _tagged_at(word, question, _NAME_TAGS)
    if got is None:
        return False
    tagged, words, at = got
    titles = _titles()
    for k in at:
        if k == 0 or words[k - 1] in titles or _flag(tagged[k - 1]) in _BEFORE_A_NAME:
            return False
        after = tagged[k + 1] if k + 1 < len(tagged) else None
        if after is not None and after[0].strip() not in _QUESTION_ENDS and (
                after[0].strip() in titles or _flag(after) in _AFTER_A_NAME):
            return False
    return True


def leading_place(role: str) -> str:
    """The place a role (normalised, no blanks) opens with (山东省政府发言人 → 山东省: the longest
    opening of 2–4 characters jieba's dictionary tags ns), or ""."""
    tags = _posseg().dt.word_tag_tab
    return next((role[:n] for n in (4, 3, 2) if len(role) > n and tags.get(role[:n]) == "ns"), "")


def names_place(text: str) -> bool:
    """Does ``text`` (a title, normalised) hold a word of 2–3 characters jieba's dictionary tags
    ns (美国教练: 美国)?"""
    tags = _posseg().dt.word_tag_tab
    return any(tags.get(text[i : i + n]) == "ns" for n in (2, 3) for i in range(len(text) - n + 1))


def asked_person(question: str, words: Sequence[str]) -> str:
    """The person a question (normalised) is about: the first of its distinctive ``words`` that
    opens it or stands right after a title (樊振东夺得…, 新疆队主帅刘炜…) and reads as a person's
    name — a surname and one or two characters that jieba cuts into a name or single characters
    (a word it tags a place, 商水县, is none) — normalised; "" when none is."""
    surnames = _surnames()
    for w in words:
        nw = normalize(w)
        if not (2 <= len(nw) <= 3 and nw[0] in surnames and all(_CJK.match(c) for c in nw)):
            continue
        at = question.find(nw)
        if at != 0 and not (at > 0 and _after_title_word(question, at)):
            continue
        with _POS_LOCK:
            tags = pos_tags(nw)
        if all(len(t) == 1 or f.startswith("nr") for t, f in tags):
            return nw
    return ""


@lru_cache(maxsize=1)
def _title_set() -> tuple[frozenset[str], int]:
    """``title_words()`` as a set, and the longest one's length."""
    words = frozenset(w for w in title_words() if w)
    return words, max(map(len, words), default=0)


def _after_title_word(text: str, at: int) -> bool:
    """Does a title word (``title_words``) end at ``at`` in ``text``?"""
    words, longest = _title_set()
    return any(text[at - n : at] in words for n in range(1, min(longest, at) + 1))


def in_passing(text: str, person: str) -> bool:
    """Does ``text`` (normalised) name ``person`` only as a later member of a coordination
    (前辈如马龙和樊振东, 马龙、樊振东: intent.txt's ``joined``), never on their own? False when it
    does not name them at all."""
    at = text.find(person)
    if at < 0:
        return False
    joined = cues().get("joined")
    while at >= 0:
        if not text.endswith(joined, 0, at):
            return False
        at = text.find(person, at + len(person))
    return True


def pos_tags(text: str) -> list[tuple[str, str]]:
    """(word, flag) for each word of ``text``: exactly ``jieba.posseg.lcut(text, HMM=False)``
    (its default dictionary; the same blocks, longest-probability route and tags), computed in
    one pass without its generators and ``pair`` objects. The caller holds ``_POS_LOCK``."""
    return _pos_tags(text, False)  # type: ignore[return-value]


def _pos_tags(text: str, lazy: bool) -> list[tuple[str, str | None]]:
    """``pos_tags``; with ``lazy``, a one-character word of the route has None for its flag
    (``_tag`` looks it up when asked: a look-up in jieba's tag table, saved where unused)."""
    freq, tags, logtotal, alone = _route_tables()
    out: list[tuple[str, str]] = []
    for blk in _HAN_BLOCK.split(text):
        if not blk:
            continue
        if not _HAN_BLOCK.match(blk):
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append((x, "x"))
                else:
                    for xx in x:
                        out.append((xx, "m" if _DIGITS.match(xx) else "eng" if _ENG.match(x) else "x"))
            continue
        n = len(blk)
        end = route_ends(blk, freq.get, logtotal, alone)
        x, buf = 0, ""
        while x < n:
            y = end[x] + 1
            word = blk[x:y]
            if y - x == 1 and word in _ALNUM:  # re_eng1 (^[a-zA-Z0-9]$): a block holds no line break
                buf += word
            else:
                if buf:
                    out.append((buf, "eng"))
                    buf = ""
                out.append((word, None if lazy and y - x == 1 else tags.get(word, "x")))
            x = y
        if buf:
            out.append((buf, "eng"))
    return out


_HAN_NUMERALS = "零〇一二两三四五六七八九十百千"


@lru_cache(maxsize=1)
def _session_pattern() -> re.Pattern[str] | None:
    units = cues().get("sessions")
    if not units:
        return None
    return re.compile(rf"(?<![\d{_HAN_NUMERALS}])(第)?(\d+|[{_HAN_NUMERALS}]+)(?:{'|'.join(map(re.escape, units))})")


def sessions_named(question: str) -> list[str]:
    """The sessions the question (normalised) names by number (第三届, 十六届, 第19届: intent.txt's
    ``sessions``), each as its number and unit (三届, 十六届, 19届): which meeting, fair or games
    is asked about, a distinctive word. A count in Chinese numerals under ten without 第 (三届:
    as many as three) is none, nor a year's class (2023届: read as the year it names)."""
    pattern = _session_pattern()
    out = []
    for m in pattern.finditer(question) if pattern is not None else ():
        word = m.group()[len(m.group(1) or ""):]
        forms = aliases.numeral_forms(word)
        value = int(re.match(r"\d+", forms[1] if len(forms) == 2 and not word[0].isdigit() else word).group()) if forms else 0
        if len(forms) == 2 and value < 1000 and (m.group(1) or m.group(2).isdigit() or value >= 10):
            out.append(word)
    return out


def session_forms(word: str) -> tuple[str, ...]:
    """A session word of ``sessions_named`` (normalised: 十六届, 19届) written both ways, itself first
    (十六届, 16届); () for any other word."""
    units = cues().get("sessions")
    if not word.endswith(units):
        return ()
    forms = aliases.numeral_forms(word)
    return forms if len(forms) == 2 else ()


def distinctive_words(question: str, normalized: str | None = None) -> tuple[str, ...]:
    """The question's names, places, organisations (jieba's proper-noun tags, its dictionary
    only: fast), names jieba does not know (a surname and one or two characters it leaves
    alone: 陈|代|蓉 → 陈代蓉), years and numbers: the words an answer must speak of. Single
    characters and generic places (外国, 全国…) never count. ``normalized``:
    ``normalize(question)``, when the caller has it."""
    q = normalize(question) if normalized is None else normalized
    words: list[str] = [m.group() for m in _YEAR_OR_NUMBER.finditer(q)] + sessions_named(q)
    with _POS_LOCK:
        # (a one-character word's flag is looked up only where the surname rule asks for it:
        # a proper-noun flag counts only for words of two different characters or more)
        tagged = [(w.strip(), flag) for w, flag in _pos_tags(q, True)]
    generic = _generic()
    surnames = _surnames()
    k = 0
    while k < len(tagged):
        w, flag = tagged[k]
        if k and tagged[k - 1][0] in _DEMONSTRATIVES and _measure_char(w[0]):
            pass  # 这|段时间, 那|宗源头: a measure word after 这 / 那, no surname
        elif flag in _PROPER and len(set(w)) >= 2 and _CJK.search(w) and w not in generic:
            if flag == "nr" and len(w) == 2 and w[0] not in surnames or _plain_under_a_name_tag(w, flag, surnames):
                k += 1  # jieba tags many plain words as names (延后, 解密, 夸赞, 今年夏天): a name starts with a surname
                continue
            if len(w) >= 3 and w[0] in _JOINERS:
                with _POS_LOCK:
                    rest_tags = pos_tags(w[1:])
                if len(rest_tags) == 1 and rest_tags[0][1] in _PROPER:
                    w = w[1:]  # 和普京: a conjunction glued to a name in jieba's dictionary
            if (len(w) == 2 and w[0] in surnames and k + 1 < len(tagged) and len(tagged[k + 1][0]) == 1
                    and _CJK.match(tagged[k + 1][0]) and _flag(tagged[k + 1]) in _MORPHEMES):
                # 王国|庆: a bound morpheme cannot stand alone; it ends the name jieba cut short
                w += tagged[k + 1][0]
                k += 1
            elif (len(w) == 2 and w[0] in surnames and k + 2 < len(tagged)
                  and _given_name_part(tagged[k + 1]) and _CJK.match(tagged[k + 1][0])
                  and (tagged[k + 2][0] in cues().get("name_stops") or _flag(tagged[k + 2]) == "p")):
                # 市长|张家|胜|在: a one-character verb between a two-character name and
                # a word that follows a name (在, 说) ends the name jieba cut short
                w += tagged[k + 1][0]
                k += 1
            words.append(w)
        elif len(w) == 1 and w in surnames and _flag(tagged[k]) not in _NOT_A_SURNAME and not (
                k and _flag(tagged[k - 1]) == "m"):  # 多少|年|社区: after a numeral, a unit, not a surname
            rest, j = "", k + 1
            # …or opens the question tagged a person's name (巩|立|姣在…: jieba knows the surname alone)
            titled = _after_title(tagged, k) or (k == 0 and _flag(tagged[k]) == "nr")
            while j < len(tagged) and len(rest) + len(tagged[j][0]) <= 2 and tagged[j][0] and all(
                _CJK.match(c) for c in tagged[j][0]
            ) and (_flag(tagged[j]) not in _FUNCTION_TAGS or titled and _given_name_part(tagged[j])):
                rest += tagged[j][0]
                j += 1
                if len(tagged[j - 1][0]) == 2:
                    break
            if rest and rest not in _titles() and not _plain_start(tagged, k, j):  # 秦大使 is a title, not a name
                words.append(w + rest)
                k = j
                continue
        k += 1
    out: list[str] = []
    for w in words:
        if not any(w in o for o in out):
            out = [o for o in out if o not in w] + [w]
    return tuple(out)


_REPORTED = re.compile(r"(?:说|表示|指出|强调|认为|透露|坦言|直言|呼吁|提到|介绍)[,，:：]")


def reports_speech(text: str) -> bool:
    """Does ``text`` report what someone said without quote marks: a speech verb followed by a comma
    or colon (他致辞时表示，特区政府将…; 他指出：)? One regex search."""
    return _REPORTED.search(text) is not None


def past_cues(words: Sequence[str], intent: Intent) -> tuple[str, ...]:
    """``words`` (the question's distinctive words, normalised) without those standing right after
    one of ``intent``'s cue words of a which or how-many question (哪个湾区, 几个范畴): such a noun
    names the kind of answer asked, which the page names its own way (沙埕湾, 五大领域), not a thing
    the answer must speak of. (Who is asked, 哪位国乒选手, keeps its words: they describe the person
    and anchor a paraphrase.) One ``startswith`` per word and cue."""
    ends = {b for _, b in intent.cue_spans} if intent.asks in ("which", "how_many") else set()
    q = intent.question
    if not ends or not words:
        return tuple(words)
    return tuple(w for w in words if not any(q.startswith(w, e) for e in ends))


_DEMONSTRATIVES = frozenset("这那哪每该此")
_VERB_TAGS = frozenset({"v", "vn"})


def _after_title(tagged: list[tuple[str, str | None]], k: int) -> bool:
    """Does the surname-like character ``tagged[k]`` stand right after a title word (总理|黄, 市长|王)?
    There it starts a name, whatever jieba makes of the characters after it (黄|循|财)."""
    return k > 0 and tagged[k - 1][0] in _titles()


def _given_name_part(token: tuple[str, str | None]) -> bool:
    """May ``token``, one character jieba tags as a verb, be part of a given name after a title and
    a surname (循 in 总理黄循财, 建 in 董事长张建)? Not when it is a word that follows a name
    (intent.txt's ``name_stops``: 说, 是, 称…)."""
    word = token[0]
    return len(word) == 1 and _flag(token) in _VERB_TAGS and word not in cues().get("name_stops")


def _measure_char(ch: str) -> bool:
    """Is ``ch`` a measure word (段, 宗, 名: jieba's tag q, or one of intent.txt's measures)?"""
    return _posseg().dt.word_tag_tab.get(ch) == "q" or any(ch in group for group in cues().measures)


COMMON_AFTER_SURNAME = 2000  # …and this common after a character jieba tags a surname (方面, 继承)
COMMON_WORD = 100  # jieba's count of a word this common (遭遇, 学生, 台湾) makes it no given name


def _plain_start(tagged: list[tuple[str, str | None]], k: int, j: int) -> bool:
    """Is the surname-like character ``tagged[k]`` a plain word before the words ``tagged[k+1:j]``
    rather than the start of a name jieba does not know? So when it follows a number
    (2022年|业绩), or comes before one word of the dictionary (not an address term: 钱|婆婆) and
    is a preposition or a position word (向|学生, 发布后|遭遇) or, tagged as no name, that word is
    a common one (来|办事, 有|续航, 原|计划; a name's given part is rare: 卫民, 正源; 王|学武 and
    东|小张 are tagged as names)."""
    flag = _flag(tagged[k])
    if k and tagged[k - 1][0].isdigit():
        return True
    if k and len(tagged[k - 1][0]) == 1 and _CJK.match(tagged[k - 1][0]) and _flag(tagged[k - 1]) in _GLUED:
        return True  # 工|信|局, 俄|乌|战事, 声|索|方: a lone noun before it, a word jieba does not know
    if k and len(tagged[k - 1][0]) == 1 and _CJK.match(tagged[k - 1][0]) and _flag(tagged[k - 1]) in _PERSON_TAGS:
        return True  # 陈|有|兵, 杜|苏|芮: a lone surname before it started the name; this is a piece of it
    if flag in _PLAIN_STARTS and len(tagged[k + 1][0]) == 1 and tagged[k + 1][0] in _surnames():
        return True  # 向|陈|培瑜: a preposition before a surname, the name starts after it
    if flag in _PLAIN_STARTS and j == k + 2 and len(tagged[k + 1][0]) == 1 and _flag(tagged[k + 1]) in _QUALITIES:
        return True  # 由|白|变黑: a preposition or a position word before an adjective or a verb
    if j != k + 2 or len(tagged[k + 1][0]) < 2 or tagged[k + 1][0] in _address_terms():
        return False  # (钱婆婆, 王大爷: a person all the same)
    if flag in _PLAIN_STARTS:
        return True
    jb = _posseg().dt.tokenizer
    jb.check_initialized()
    # (after a character jieba tags a surname, only a word as common as 方面 or 继承 is no given
    # name: 博物馆|史|方面; 王|学武, 章|建华 stay names)
    return jb.FREQ.get(tagged[k + 1][0], 0) >= (COMMON_AFTER_SURNAME if flag in _PROPER else COMMON_WORD)


@lru_cache(maxsize=1)
def _address_terms() -> frozenset[str]:
    """data/address.txt: what follows a surname to name a person (婆婆, 大爷, 女士)."""
    text = resources.files("retrieval").joinpath("data/address.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _flag(tagged: tuple[str, str | None]) -> str:
    """The flag of a word of ``_pos_tags(…, lazy=True)`` (its stripped form: the route's words hold no blank)."""
    word, flag = tagged
    if flag is None:
        flag = _posseg().dt.word_tag_tab.get(word, "x")
    return flag


_JOINERS = "和与跟同及"
_NOT_A_SURNAME = {"r", "c", "u", "uj", "ul", "ug", "uz", "uv", "ud", "y", "e"}  # 那家: a pronoun, not the surname 那
_GLUED = {"n", "j"}  # a lone character of these before a surname: the two are one word jieba does not know
_PLAIN_STARTS = {"p", "f"}
_PERSON_TAGS = {"nr"}
_QUALITIES = {"a", "ad", "v", "d"}  # 向, 由, 后: a preposition or a position word starts no name
_MORPHEMES = {"vg", "ng", "ag", "tg", "dg"}  # jieba's bound morphemes: never a word alone
# (and place and time words: 记者会时|头上 is no name 时头上, nor 会上|今天)
_FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "ug", "uz", "uv", "ud", "r", "d", "m", "f", "v", "vn", "x", "y", "e", "s", "t"}


# -- questions not in Chinese ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _notes() -> dict[str, str]:
    text = resources.files("retrieval").joinpath("data/languages.txt").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            lang, note = line.split("\t", 1)
            out[lang.strip()] = note.strip()
    return out


@lru_cache(maxsize=1)
def _scripts() -> dict[str, str]:
    """data/scripts.txt: a Unicode script's name → the language code of its note."""
    text = resources.files("retrieval").joinpath("data/scripts.txt").read_text("utf-8")
    return dict(line.split()[:2] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def question_language(question: str) -> str | None:
    """None for a Chinese question (or one without letters: emoji, digits, punctuation); else
    the question's language as far as its script tells (data/scripts.txt: ja, ko, ru, ar, en
    for Latin letters, "other" for any other script)."""
    q = question or ""
    if _KANA.search(q):
        return "ja"
    if _HANGUL.search(q):
        return "ko"
    if _CJK.search(q):
        return None
    scripts = _scripts()
    for ch in q:
        if ch.isalpha():
            return scripts.get(unicodedata.name(ch, "").split(" ", 1)[0], "other")
    return None


def has_words(question: str) -> bool:
    """Whether ``question`` holds anything to search for: a letter or a digit of any script.
    Emoji, flags, symbols and punctuation alone ("😀🎉", "!!!???……") hold nothing."""
    return any(ch.isalnum() for ch in question or "")


def foreign_note(language: str, example: str) -> str:
    """One line in ``language`` saying the corpus is Chinese, with one example question."""
    notes = _notes()
    note = notes.get(language) or notes["en"]
    return note.format(example=example)

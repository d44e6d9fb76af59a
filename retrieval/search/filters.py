"""Filters: who said it (speaker), where it was published (outlet), and when (since, until).

``Filters`` is what a user asked for (words, not yet resolved); ``FilterIndex`` knows the
corpus — its speakers, outlets and dates — and turns filters into the set of passages that
pass them. A speaker is matched by full name, part of a name or part of a title (朱凯 / 朱 /
质检服务商会会长); an outlet by part of its name, both sides normalised (traditional →
simplified, full-width → ASCII, lower case); dates by day, month or year, ranges and the
relative words 今年 / 去年 / 前年 / 本月 / 上个月, counted from the newest document's date
(never the wall clock: a corpus is a snapshot). A passage whose document has no date (no
outlet) never passes a date (outlet) filter.

``parse_question`` takes filters written in plain words out of a question, conservatively:
only a date expression or a known outlet of the corpus standing as a phrase of its own
(between spaces or punctuation) is taken; names stay in the question.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

import numpy as np

from ..errors import FilterError
from ..models import Passage, Speaker
from ..text import normalize

CLEAR_HINT = "/filter clear 清除"

# -- dates --------------------------------------------------------------------------------
_Y = r"(?P<y>(?:19|20)\d\d)"
_SEP = r"[-/.]"
_DAY_FORMS = (
    re.compile(rf"{_Y}年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})[日号]"),
    re.compile(rf"{_Y}{_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}})"),
    re.compile(rf"{_Y}(?P<m>\d\d)(?P<d>\d\d)"),
)
_MONTH_FORMS = (
    re.compile(rf"{_Y}年(?P<m>\d{{1,2}})月(?:份)?"),
    re.compile(rf"{_Y}{_SEP}(?P<m>\d{{1,2}})"),
)
_YEAR_FORMS = (re.compile(rf"{_Y}年(?:度)?"), re.compile(_Y))
_RELATIVE = {"今年": ("year", 0), "本年": ("year", 0), "去年": ("year", -1), "前年": ("year", -2),
             "本月": ("month", 0), "这个月": ("month", 0), "当月": ("month", 0),
             "上个月": ("month", -1), "上月": ("month", -1)}
_RANGE_SEP = r"\s*(?:\.{2,3}|~|至|到|—|–)\s*"
_SINCE_WORDS = ("以来", "以后", "之后", "起")
_UNTIL_WORDS = ("以前", "之前", "为止")
# One date expression, as it may stand in a question (the year-only and compact forms need 年
# there: a bare 2024 or 20240207 in a question is more likely content than a filter).
_ONE = (
    rf"(?:(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}[日号]|(?:19|20)\d\d{_SEP}\d{{1,2}}{_SEP}\d{{1,2}}"
    rf"|(?:19|20)\d\d年\d{{1,2}}月份?|(?:19|20)\d\d{_SEP}\d{{1,2}}|(?:19|20)\d\d年度?"
    rf"|{'|'.join(sorted(_RELATIVE, key=len, reverse=True))})"
)
_IN_QUESTION = re.compile(
    rf"(?P<a>{_ONE})(?:{_RANGE_SEP}(?P<b>{_ONE}))?(?P<side>{'|'.join(_SINCE_WORDS + _UNTIL_WORDS)})?"
)
_EDGE_CHARS = " \t\n\u3000,，。、;；:：!！?？\"“”'‘’「」()（）[]【】"
_EDGE = re.compile(f"[{re.escape(_EDGE_CHARS)}]")
_SPACE = re.compile(r"\s")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(d: date, months: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + months
    return n // 12, n % 12 + 1


def _one_range(text: str, today: date | None) -> tuple[date, date] | None:
    """The days one date expression covers (first, last), or None when it is none."""
    t = normalize(text).strip()
    if t in _RELATIVE:
        if today is None:
            raise FilterError(f"语料中没有带日期的文章，无法理解「{text}」（no dated document to count {text!r} from）")
        unit, delta = _RELATIVE[t]
        if unit == "year":
            return date(today.year + delta, 1, 1), date(today.year + delta, 12, 31)
        y, m = _shift_month(today, delta)
        return date(y, m, 1), _month_end(y, m)
    try:
        for form in _DAY_FORMS:
            if m := form.fullmatch(t):
                d = date(int(m["y"]), int(m["m"]), int(m["d"]))
                return d, d
        for form in _MONTH_FORMS:
            if m := form.fullmatch(t):
                y, mo = int(m["y"]), int(m["m"])
                return date(y, mo, 1), _month_end(y, mo)
        for form in _YEAR_FORMS:
            if m := form.fullmatch(t):
                return date(int(m["y"]), 1, 1), date(int(m["y"]), 12, 31)
    except ValueError:  # 2024-02-30, month 13
        raise FilterError(f"不是有效的日期：{text}（not a calendar date）") from None
    return None


def date_range(text: str, today: date | None = None) -> tuple[date, date]:
    """The days ``text`` covers: one expression (2024年2月, 2024-02, 2024-02-07, 去年) or a
    range of two (2024-02-01..2024-02-29, 2024年1月至2024年3月). ``today`` is what relative
    words count from. Raises FilterError when ``text`` is not a date expression."""
    t = normalize(text or "").strip()
    one = _one_range(t, today)
    if one is None:
        parts = re.split(_RANGE_SEP, t, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            a, b = _one_range(parts[0], today), _one_range(parts[1], today)
            if a and b:
                if b[1] < a[0]:
                    raise FilterError(f"日期范围的结束早于开始：{text}（the range ends before it starts）")
                return a[0], b[1]
    if one is None:
        raise FilterError(
            f"看不懂的日期：「{text}」。可以写 2024年2月、2024-02、2024-02-07、2024-02-01..2024-02-29 或 去年"
        )
    return one


def _as_date(value: str | date | None, today: date | None, end: bool) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not str(value).strip():
        return None
    first, last = date_range(str(value), today)
    return last if end else first


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _document_date(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


# -- the filters ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Filters:
    """What a reply is narrowed to. Empty fields filter nothing; dates are inclusive days."""

    speaker: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None

    @classmethod
    def parse(
        cls,
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        *,
        today: date | None = None,
    ) -> Filters:
        """Filters from user words: ``since``/``until`` are any date expression (``until`` 2024-02
        means up to 2024-02-29). Raises FilterError on a malformed date or an inverted range."""
        s, u = _as_date(since, today, end=False), _as_date(until, today, end=True)
        if s and u and u < s:
            raise FilterError(f"结束日期 {u} 早于开始日期 {s}（--until is before --since）")
        return cls((speaker or "").strip() or None, (outlet or "").strip() or None, s, u)

    @property
    def active(self) -> bool:
        return any((self.speaker, self.outlet, self.since, self.until))

    def merged(self, other: Filters) -> Filters:
        """These filters with every field ``other`` sets taken from ``other``."""
        return replace(self, **{k: getattr(other, k) for k in ("speaker", "outlet", "since", "until")
                                if getattr(other, k) is not None})

    def without_speaker(self) -> Filters:
        return replace(self, speaker=None)

    def describe(self, clear_hint: str | None = CLEAR_HINT) -> str:
        """One line for replies: 「筛选：发言人 朱凯 · 媒体 滨海发布 · 2024-02-01 至 2024-02-29（/filter clear 清除）」;
        "" when no filter is active."""
        parts = []
        if self.speaker:
            parts.append(f"发言人 {self.speaker}")
        if self.outlet:
            parts.append(f"媒体 {self.outlet}")
        if self.since and self.until:
            parts.append(f"{self.since} 至 {self.until}" if self.since != self.until else f"{self.since}")
        elif self.since:
            parts.append(f"{self.since} 起")
        elif self.until:
            parts.append(f"至 {self.until}")
        if not parts:
            return ""
        return "筛选：" + " · ".join(parts) + (f"（{clear_hint}）" if clear_hint else "")

    def as_dict(self) -> dict:
        return {"speaker": self.speaker, "outlet": self.outlet, "since": _iso(self.since), "until": _iso(self.until)}


class FilterIndex:
    """The corpus facts filters are checked against, built once per corpus (cheap, lazy parts)."""

    def __init__(self, passages: Sequence[Passage]):
        self.passages = passages
        # the passages as stored columns (corpus.PassageStore, one document per page): read from
        # them, no passage made
        self._store = passages if hasattr(passages, "by_speaker") and hasattr(passages, "speaker_counts") else None
        if self._store is not None:
            self._doc_list = list(self._store.documents)
            if len({d.path for d in self._doc_list}) == len(self._doc_list):
                self.doc_of = self._store.columns["doc"].astype(np.int64)
                self.doc_dates = [_document_date(d.published) for d in self._doc_list]
                self.doc_outlets = [normalize(d.outlet) if d.outlet else None for d in self._doc_list]
                return
            self._store = None
        docs: dict[str, int] = {}
        doc_of = np.empty(len(passages), dtype=np.int64)
        self._doc_list = []
        for i, p in enumerate(passages):
            j = docs.get(p.source.path)
            if j is None:
                j = docs[p.source.path] = len(self._doc_list)
                self._doc_list.append(p.source)
            doc_of[i] = j
        self.doc_of = doc_of
        self.doc_dates = [_document_date(d.published) for d in self._doc_list]
        self.doc_outlets = [normalize(d.outlet) if d.outlet else None for d in self._doc_list]

    @cached_property
    def _doc_columns(self) -> tuple[np.ndarray, tuple[str, ...], np.ndarray]:
        """Per document: the index of its normalised outlet in the distinct outlets (their count
        when it has none), those outlets, and its day as a proleptic ordinal (0: no date)."""
        distinct = tuple(dict.fromkeys(o for o in self.doc_outlets if o is not None))
        at = {o: k for k, o in enumerate(distinct)}
        ids = np.array([at[o] if o is not None else len(distinct) for o in self.doc_outlets], dtype=np.int64)
        days = np.array([d.toordinal() if d is not None else 0 for d in self.doc_dates], dtype=np.int64)
        return ids, distinct, days

    @cached_property
    def _normalized_outlets(self) -> tuple[tuple[str, str], ...]:
        """``outlets`` with their normal forms, longest first."""
        return tuple((o, normalize(o)) for o in self.outlets)

    @cached_property
    def newest(self) -> date | None:
        """The newest document's day: what 今年 / 去年 / 上个月 count from."""
        return max((d for d in self.doc_dates if d), default=None)

    @cached_property
    def outlets(self) -> tuple[str, ...]:
        """The corpus's outlet names, as published, longest first."""
        return tuple(sorted({d.outlet for d in self._doc_list if d.outlet}, key=lambda o: (-len(o), o)))

    @cached_property
    def _speakers(self) -> tuple[tuple[str, str, str], ...]:
        """(name, normalised name, normalised title) for every distinct speaker of the corpus."""
        if self._store is not None:
            seen: dict[Speaker, None] = dict.fromkeys(self._store.speaker_counts())
        else:
            seen = {p.speaker: None for p in self.passages if p.speaker is not None}
        return tuple((sp.name, normalize(sp.name), normalize(sp.title or "")) for sp in seen)

    @cached_property
    def _by_speaker(self) -> dict[str, np.ndarray]:
        if self._store is not None:
            by = self._store.by_speaker
            return {name: by.ids[by.ptr[k] : by.ptr[k + 1]].astype(np.int64) for k, name in enumerate(by.names)}
        out: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            if p.speaker is not None:
                out.setdefault(p.speaker.name, []).append(i)
        return {k: np.asarray(v, dtype=np.int64) for k, v in out.items()}

    def speaker_names(self, query: str) -> tuple[str, ...]:
        """The corpus speakers ``query`` means, in corpus order: the one whose full name it is (or
        holds: 朱凯说 → 朱凯), else every one whose name holds it (朱 → 朱凯, 朱玉兵, …), else every
        one whose title holds it (质检服务商会会长 → 朱凯). () when none."""
        q = normalize(query or "").strip()
        if not q:
            return ()
        by_norm, lengths = self._names_by_norm
        exact = by_norm.get(q)
        if exact:
            return tuple(dict.fromkeys(exact))
        # the longest (then last in sort order) name held in q: every window of q of a name's length looked up
        inside = [(n, name) for n in lengths if n >= 2 for i in range(len(q) - n + 1) for name in by_norm.get(q[i : i + n], ())]
        if inside:
            return (max(inside)[1],)
        part = {name for name, n, _ in self._speakers if q in n}
        if not part and len(q) >= 2:
            part = {name for name, _, t in self._speakers if t and q in t}
        return tuple(n for n in self._names if n in part)

    @cached_property
    def _names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name, _, _ in self._speakers))

    @cached_property
    def _names_by_norm(self) -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
        """Normalised name → the names (in ``_speakers`` order) normalising to it; their lengths."""
        out: dict[str, list[str]] = {}
        for name, n, _ in self._speakers:
            out.setdefault(n, []).append(name)
        return {n: tuple(v) for n, v in out.items()}, tuple(sorted({len(n) for n in out}))

    def outlet_matches(self, query: str) -> tuple[str, ...]:
        q = normalize(query or "").strip()
        return tuple(o for o in self.outlets if q and q in normalize(o))

    def resolve(self, filters: Filters) -> Selection:
        """The passages ``filters`` let through."""
        mask = np.ones(len(self.passages), dtype=bool)
        names: tuple[str, ...] = ()
        if filters.speaker:
            names = self.speaker_names(filters.speaker)
            mask[:] = False
            for n in names:
                mask[self._by_speaker[n]] = True
        if filters.outlet or filters.since or filters.until:
            outlet_ids, outlets, days = self._doc_columns
            ok = np.ones(len(days), dtype=bool)
            if filters.outlet:  # each distinct outlet checked once, not each document
                q = normalize(filters.outlet).strip()
                held = np.array([q in o for o in outlets] + [False], dtype=bool)  # last: no outlet
                ok &= held[outlet_ids]
            if filters.since is not None:
                ok &= days >= filters.since.toordinal()  # a document without a date (0) fails
            if filters.until is not None:
                ok &= (days <= filters.until.toordinal()) & (days > 0)
            mask &= ok[self.doc_of] if len(ok) else mask
        return Selection(filters, names, mask)

    def parse(self, speaker=None, outlet=None, since=None, until=None) -> Filters:
        """``Filters.parse`` with relative dates counted from this corpus's newest document."""
        return Filters.parse(speaker, outlet, since, until, today=self.newest)

    def parse_words(self, text: str) -> Filters:
        """Filters from the words of a /filter command: ``发言人=朱凯 媒体=滨海发布 since=2024-02``
        (keys speaker/发言人/人, outlet/媒体/来源, since/从/起, until/到/至, date/日期), or bare
        words: a date expression (2024年2月, 2024-02-01..2024-02-29, 去年), an outlet of this corpus,
        else a speaker (name, part of a name, or title) of this corpus. Raises FilterError on a word
        that is none of these."""
        keys = {"speaker": "speaker", "发言人": "speaker", "人": "speaker", "outlet": "outlet", "媒体": "outlet",
                "来源": "outlet", "since": "since", "从": "since", "起": "since", "until": "until", "到": "until",
                "至": "until", "date": "date", "日期": "date"}
        got: dict[str, str] = {}
        words = normalize(text or "").split()
        written = (text or "").split()
        if len(written) != len(words):
            written = words
        for word, as_typed in zip(words, written):
            key, sep, value = word.partition("=") if "=" in word else word.partition(":")
            if sep and key in keys and value:
                field_ = keys[key]
            elif sep and key in keys:
                raise FilterError(f"「{word}」缺少取值，例如 {key}=…")
            else:
                value, field_ = word, None
                try:
                    date_range(word, self.newest)
                    field_ = "date"
                except FilterError:
                    if self.outlet_matches(word):
                        field_ = "outlet"
                    elif self.speaker_names(word):
                        field_ = "speaker"
                if field_ is None:
                    raise FilterError(f"不认识的筛选条件「{word}」：不是日期，也不是语料中的媒体或发言人")
            if field_ == "date":
                first, last = date_range(value, self.newest)
                got["since"], got["until"] = first.isoformat(), last.isoformat()
            else:  # kept as the user wrote it (matched on its normal form anyway): replies echo 施俊輝, not 施俊辉
                got[field_] = as_typed[len(as_typed) - len(value):] if len(as_typed) == len(word) else value
        return self.parse(got.get("speaker"), got.get("outlet"), got.get("since"), got.get("until"))

    def parse_question(self, question: str) -> tuple[str, Filters]:
        """Filters written in plain words in ``question`` and the question without them.

        Taken out only when unambiguous: a date expression (2024年2月, 2024-02-01..2024-02-29,
        2024年1月以来) or an outlet of this corpus (滨海发布) standing as a phrase of its own,
        between spaces, punctuation or the ends of the question; a relative word (去年, 今年) only
        between spaces or the ends (「今年，…」 opens a sentence about the page's own year). Names stay in the question (the
        search finds them there). When nothing else would be left, nothing is taken.
        """
        text = question
        since = until = None
        outlet = None
        spans: list[tuple[int, int]] = []
        for m in _IN_QUESTION.finditer(text):
            if not _standalone(text, m.start(), m.end()):
                continue
            if normalize(m["a"]) in _RELATIVE and not m["b"] and not m["side"] and not _standalone(text, m.start(), m.end(), spaces_only=True):
                continue  # 「今年，西青区将…」 opens a sentence about the page's year: only 「今年 …」 is a filter
            try:
                first, last = date_range(m["a"] + (f"..{m['b']}" if m["b"] else ""), self.newest)
            except FilterError:
                continue
            side = m["side"] or ""
            since = first if side not in _UNTIL_WORDS else since
            until = last if side not in _SINCE_WORDS else until
            spans.append((m.start(), m.end()))
            break  # one date phrase per question
        norm = normalize(text)  # NFKC of CJK text keeps positions; t2s is one-to-one per character here
        for o, no in self._normalized_outlets:
            at = norm.find(no) if len(norm) == len(text) else -1
            while at >= 0:
                end = at + len(no)
                if _standalone(text, at, end) and not any(a < end and at < b for a, b in spans):
                    outlet = o
                    spans.append((at, end))
                    break
                at = norm.find(no, at + 1)
            if outlet:
                break
        if not spans:
            return question, Filters()
        rest = text
        for a, b in sorted(spans, reverse=True):
            rest = rest[:a] + " " + rest[b:]
        rest = re.sub(r"\s+", " ", rest).strip(_EDGE_CHARS)
        if not re.search(r"\w", rest):
            return question, Filters()
        return rest, Filters(None, outlet, since, until)


def _standalone(text: str, start: int, end: int, spaces_only: bool = False) -> bool:
    edge = _SPACE if spaces_only else _EDGE
    before = start == 0 or bool(edge.match(text[start - 1]))
    after = end == len(text) or bool(edge.match(text[end]))
    return before and after


@dataclass(frozen=True, slots=True)
class Selection:
    """Filters resolved against a corpus: the speakers they name and the passages they let through."""

    filters: Filters
    speakers: tuple[str, ...]
    mask: np.ndarray  # bool, one per passage

    @property
    def empty(self) -> bool:
        return not bool(self.mask.any())

    def ids(self) -> list[int]:
        return [int(i) for i in np.flatnonzero(self.mask)]


def describe_range(since: date | None, until: date | None) -> str:
    return Filters(None, None, since, until).describe(None).removeprefix("筛选：")


def passages_matching(index: FilterIndex, filters: Filters) -> list[Passage]:
    """Every passage ``filters`` let through, in corpus order (all of them when none is active)."""
    return [index.passages[i] for i in index.resolve(filters).ids()]


__all__ = ["CLEAR_HINT", "FilterIndex", "Filters", "Selection", "date_range", "passages_matching"]


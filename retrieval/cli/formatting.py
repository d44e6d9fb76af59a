"""Plain-text and JSON renderings of hits, shared by the CLI and the shell.

A readable answer gives, for each hit, who said it, then the sentence that answers (the answer
in bold: ANSI bold on a terminal, **…** elsewhere), the passage around that sentence, what of the
question it does not mention, and where it was published (once, when every hit is from one
article). It shows no scores: ``--json`` keeps them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ..models import Hit, Passage
from ..search.answering import foreign_note, has_words, question_language, trimmed_spans
from ..text import normalize

if TYPE_CHECKING:
    from ..retriever import Retriever

NO_ANSWER = "没有找到答案：语料中没有与这个问题相关的段落。(no answer in the corpus)"
NO_ANSWER_FILTERED = "没有找到答案：筛选范围内没有与这个问题相关的段落，清除筛选再问试试。(no answer within the filters)"
NO_WORDS = "没有找到答案：问题里只有表情或符号，没有可以检索的字词。(no answer: the question holds no words to search for)"
REPORTING = "报道"  # who a passage with no speaker is from: the article's own reporting
LEAD_CHARS = 120
CONTEXT_CHARS = 160
PLAIN_BOLD = ("**", "**")
ANSI_BOLD = ("\033[1m", "\033[0m")


def hit_json(rank: int, hit: Hit) -> dict:
    return {"rank": rank, "score": hit.score, "best_sentence": hit.best_sentence,
            "answer_span": list(hit.answer_span) if hit.answer_span else None,
            "missing_terms": list(hit.missing_terms),
            "matched_terms": list(hit.matched_terms), **passage_json(hit.passage)}


def passage_json(p: Passage) -> dict:
    src = p.source
    return {
        "text": p.text,
        "paragraph": p.paragraph,
        "speaker": {"name": p.speaker.name, "title": p.speaker.title} if p.speaker else None,
        "section": p.section,
        "attribution": p.attribution,
        "confidence": round(p.confidence, 3),
        "source": {"title": src.title, "outlet": src.outlet, "published": src.published,
                   "url": src.url, "path": src.path},
    }


def who(p: Passage) -> str:
    """「name · title」, or 「报道」 when nobody is quoted (the outlet stays in the source line)."""
    return f"「{p.speaker.label()}」" if p.speaker else f"「{REPORTING}」"


CLAUSE_BREAKS = frozenset("，,、；;：: 　\t")  # where a long sentence may be cut without splitting a word


def lead_bounds(sentence: str, span: tuple[int, int] | None, max_chars: int = LEAD_CHARS) -> tuple[int, int]:
    """The slice of a long answering sentence to show: at most ``max_chars`` characters around
    its answer (``span``, else from the start), cut at a clause break (a comma, 、, ；, ：, a
    space) where one lies in the outer part of the window and outside the answer, so no word is
    split; the break itself is left out. The whole sentence when it fits."""
    n = len(sentence)
    if n <= max_chars:
        return 0, n
    a, b = span if span is not None else (0, 0)
    if b - a >= max_chars:
        start = a
    else:
        start = max(0, min(a - (max_chars - (b - a)) // 3, n - max_chars))
    end = min(n, start + max_chars)
    if end < n:
        floor = start + max_chars * 3 // 5
        if b <= end:  # never cut into the answer
            floor = max(floor, b)
        cut = next((k for k in range(end - 1, floor - 1, -1) if sentence[k] in CLAUSE_BREAKS), None)
        if cut is not None and cut > start:
            end = cut
    if start > 0:
        ceiling = min(a, start + max_chars * 2 // 5)
        cut = next((k for k in range(start, ceiling) if sentence[k] in CLAUSE_BREAKS), None)
        if cut is not None and cut + 1 < end:
            start = cut + 1
    return start, end


QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))


def unmatched_quotes(piece: str) -> tuple[str, str]:
    """The quote marks that balance ``piece``, an excerpt shown alone: the openers to put before it
    (it starts inside a quotation: a closing mark with no opening one) and the closers to put after
    it (it ends inside one). ("", "") when it is balanced."""
    before, after = [], []
    for opener, closer in QUOTE_PAIRS:
        depth = 0
        for ch in piece:
            if ch == opener:
                depth += 1
            elif ch == closer:
                if depth:
                    depth -= 1
                else:
                    before.append(opener)
        after.extend(closer * depth)
    return "".join(reversed(before)), "".join(reversed(after))


def clause_cut(text: str, budget: int, from_start: bool = True) -> int:
    """Where to cut ``text`` to keep at most ``budget`` characters of its start (``from_start``)
    or of its end, when no whole sentence fits: at a clause break in the outer two fifths of the
    budget (the break left out), else at the budget itself."""
    if len(text) <= budget:
        return len(text) if from_start else 0
    if from_start:
        return next((k for k in range(budget - 1, budget * 3 // 5, -1) if text[k] in CLAUSE_BREAKS), budget)
    edge = len(text) - budget
    return next((k + 1 for k in range(edge, edge + budget * 2 // 5) if text[k] in CLAUSE_BREAKS), edge)


QUOTE_MARKS = "“”「」‘’『』\"'"  # left out of the bold at the answer's edges (shown_span)


def _word_char(ch: str) -> bool:
    return ch.isdigit() or (ch.isascii() and ch.isalpha())


def shown_span(sentence: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The part of ``sentence`` to show in bold as its answer: ``span`` without the spaces and
    quotation marks at its edges (说：“**开头没打好**。” — never the opening mark in bold and the
    closing one not); None when it is out of range, blank, or would cut a number or a Latin word
    in two (第2**3**轮, **9**m88, 1.**2**万: a wrong bold reads worse than none)."""
    if span is None or not (0 <= span[0] < span[1] <= len(sentence)):
        return None
    a, b = span
    while a < b and (sentence[a].isspace() or sentence[a] in QUOTE_MARKS):
        a += 1
    while b > a and (sentence[b - 1].isspace() or sentence[b - 1] in QUOTE_MARKS):
        b -= 1
    if a >= b:
        return None
    if a > 0 and _word_char(sentence[a]) and (_word_char(sentence[a - 1]) or (
            a > 1 and sentence[a - 1] in ".．" and sentence[a - 2].isdigit() and sentence[a].isdigit())):
        return None
    if b < len(sentence) and _word_char(sentence[b - 1]) and (_word_char(sentence[b]) or (
            b + 1 < len(sentence) and sentence[b] in ".．" and sentence[b - 1].isdigit() and sentence[b + 1].isdigit())):
        return None
    return a, b


def lead(sentence: str, span: tuple[int, int] | None, bold: tuple[str, str], max_chars: int = LEAD_CHARS) -> str:
    """The answering sentence cut to ``max_chars`` around its answer (at a clause break where
    one is near), the answer in bold (``shown_span``: never half a number)."""
    span = shown_span(sentence, span)
    start, end = lead_bounds(sentence, span, max_chars)
    if span is not None:
        a, b = max(span[0], start), min(span[1], end)
        text = sentence[start:a] + bold[0] + sentence[a:b] + bold[1] + sentence[b:end] if b > a else sentence[start:end]
    else:
        text = sentence[start:end]
    opening, closing = unmatched_quotes(sentence[start:end])
    return opening + ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "") + closing


BEFORE_MARK = "前文："  # what the passage says before its answering sentence, shown below it: said so


def context(text: str, sentence: str, budget: int = CONTEXT_CHARS) -> str:
    """The passage around its answering sentence without repeating it: the sentences after it
    (those before it when it ends the passage, marked 前文： so they are not read as what
    followed), whole where they fit in ``budget`` characters."""
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return text if len(text) <= budget else text[:budget] + "…"
    before, after = text[:at].strip(), text[at + len(sentence):].strip()
    if after:
        ends = [b for _, b in trimmed_spans(after) if b <= budget]
        piece = after if len(after) <= budget else after[: ends[-1] if ends else clause_cut(after, budget)]
        opening, closing = unmatched_quotes(piece)
        return "…" + opening + piece + ("…" if len(piece) < len(after) else "") + closing
    if before:
        starts = [a for a, _ in trimmed_spans(before) if len(before) - a <= budget]
        piece = before if len(before) <= budget else before[starts[0] if starts else clause_cut(before, budget, False) :]
        opening, closing = unmatched_quotes(piece)
        return BEFORE_MARK + opening + ("…" if len(piece) < len(before) else "") + piece + closing
    return ""


def source_text(p: Passage, paragraph: bool = True) -> str:
    return p.source_line() if paragraph else " · ".join(
        [x for x in (p.source.outlet, p.source.date) if x] + [f"《{p.source.title}》"])


def format_hit(rank: int, hit: Hit, source: bool = True, bold: tuple[str, str] = PLAIN_BOLD) -> str:
    p = hit.passage
    where = "" if source else f"  ¶{p.paragraph}"
    lines = []
    sentence = hit.best_sentence.strip()
    lines.append(f"[{rank}] {who(p)}{where}")
    if sentence:
        lines.append(f"    {lead(hit.best_sentence, hit.answer_span, bold)}")
        more = context(p.text, hit.best_sentence)
        if more:
            lines.append(f"    {more}")
    else:
        lines.append(f"    {p.text if len(p.text) <= CONTEXT_CHARS * 2 else p.text[: clause_cut(p.text, CONTEXT_CHARS * 2)] + '…'}")
    if hit.missing_terms:
        lines.append(f"    （未提到：{'、'.join(hit.missing_terms)}）")
    if source:
        lines.append(f"    —— {source_text(p)}")
    return "\n".join(lines)


def readable_url(url: str) -> str:
    """``url`` with its percent escapes decoded for reading (…/%E5%B4%87%E6%AD%A3… → …/崇正…); as it
    is when they decode to invalid UTF-8, a space or a control character."""
    if "%" not in url:
        return url
    try:
        text = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    if any(c.isspace() or unicodedata.category(c).startswith("C") for c in text):
        return url
    return text


def url_of(source: str) -> str | None:
    """The URL of a ``source_details`` block (its 链接 line), if it gives one."""
    return next((line.removeprefix("链接：") for line in source.splitlines()
                 if line.startswith("链接：") and "://" in line), None)


def filter_count(kept: int, clear_hint: str) -> str:
    """What a filter just set keeps: 共 N 段符合。, or, when it keeps nothing, a warning that every
    question will find nothing until the filters are cleared (``clear_hint``)."""
    if kept:
        return f"共 {kept} 段符合。"
    return f"⚠️ 语料中没有符合这些条件的段落，之后的问题都会找不到答案（{clear_hint}）。"


def as_written(terms: Sequence[str], question: str) -> tuple[str, ...]:
    """The question's ``terms`` (normalised words the search names: missing, absent) as the
    question writes them: 澳门 of 「李偉農對澳門經濟怎麼看」 is 澳門. A term not found stays as given."""
    out = []
    for term in terms:
        n = len(term)
        written = term if term in question else next(
            (question[i : i + n] for i in range(len(question) - n + 1) if normalize(question[i : i + n]) == term), term)
        out.append(written)
    return tuple(out)


def written_missing(hits: Sequence[Hit], question: str) -> list[Hit]:
    """``hits`` with their missing terms as the question writes them (``as_written``)."""
    return [replace(h, missing_terms=as_written(h.missing_terms, question)) if h.missing_terms else h for h in hits]


def common_missing(hits: Sequence[Hit]) -> tuple[str, ...]:
    """What every one of several hits lacks alike (the same 未提到 on each), said once under
    them instead; () when a single hit or when they differ."""
    if len(hits) < 2 or not hits[0].missing_terms:
        return ()
    first = hits[0].missing_terms
    return first if all(h.missing_terms == first for h in hits[1:]) else ()


def missing_all(count: int, terms: Sequence[str]) -> str:
    """以上 3 条都未提到：伦敦 (plain text: the bot escapes it)."""
    return f"以上 {count} 条都未提到：{'、'.join(terms)}"


def format_answer(question: str, hits: Sequence[Hit], truncated: bool = False, absent: Sequence[str] = (),
                  example: str = "", bold: tuple[str, str] = PLAIN_BOLD, filtered: bool = False) -> str:
    """The readable answer: each hit led by its answering sentence; the no-answer line names the
    question's words no page mentions; a question not in Chinese gets one line in its language.
    ``filtered``: the search ran within filters, so finding nothing says nothing of the corpus."""
    lines = []
    hits, absent = written_missing(hits, question), as_written(absent, question)
    language = question_language(question)
    if language is not None:
        lines.append(foreign_note(language, example or "天开西青园引进了多少项目？"))
    if truncated:
        lines.append("(问题过长，只按前 500 个字符检索 / question truncated to 500 characters)")
    if not hits:
        if absent and language is None:
            names = "、".join(f"「{a}」" for a in absent)
            lines.append(f"没有找到答案：语料中没有提到{names}。(no answer: the corpus never mentions {'、'.join(absent)})")
        elif language is None or not lines:
            lines.append(NO_WORDS if not has_words(question) else NO_ANSWER_FILTERED if filtered else NO_ANSWER)
        if language is None and example:  # what to do next: a question this corpus answers
            lines[-1] += f"\n试试这样问：{example}"
        return "\n\n".join(lines)
    once = len({h.passage.source.path for h in hits}) == 1
    common = common_missing(hits)
    lines.extend(format_hit(i, replace(h, missing_terms=()) if common else h, source=not once, bold=bold)
                 for i, h in enumerate(hits, 1))
    if common:
        lines.append(f"（{missing_all(len(hits), common)}）")
    if once:
        lines.append(f"—— {source_text(hits[0].passage, paragraph=False)}")
    return "\n\n".join(lines)


def example_question(r) -> str:
    """One question the corpus answers, for the no-answer reply and the note to a question not in
    Chinese: about its most quoted speaker, else about its headlines (``example_questions``);
    "" when none is found — never another corpus's question."""
    for sp, _ in r.speakers():
        if sp.name:
            return f"{sp.name}说了什么？"
    return next(iter(example_questions(r, 1)), "")


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


def filter_example(r) -> str:
    """Words that narrow this corpus, for the usage lines of :filter and /filter: its most quoted
    speaker's name, then the outlet and month of their first passage, as many of these as the
    filter reads back ("" for a corpus without speakers)."""
    from ..errors import YanluError

    for sp, _ in r.speakers()[:5]:
        passages = r.speaker_passages(sp.name)
        if not passages:
            continue
        src = passages[0].source
        words = [sp.name]
        if src.outlet and not any(c.isspace() for c in src.outlet):
            words.append(src.outlet)
        date = src.date or ""
        if len(date) >= 7 and date[:4].isdigit() and date[5:7].isdigit():
            words.append(f"{date[:4]}年{int(date[5:7])}月")
        for k in range(len(words), 0, -1):
            try:
                r.filter_index.parse_words(" ".join(words[:k]))
            except YanluError:
                continue
            return " ".join(words[:k])
    return ""


# -- conversation replies (retrieval/conversation.py), shown by the shell -------------------------
def format_article(article) -> str:
    """The article around the focused passage: its title and source, then ¶N lines, ▶ on the focus."""
    from ..chat.citation import source_parts

    lines = ["，".join(source_parts(article.document))]
    shown = article.around()
    if shown and shown[0] is not article.passages[0]:
        lines.append("……")
    for p in shown:
        mark = "▶" if p is article.passages[article.focus] else " "
        lines.append(f"{mark} ¶{p.paragraph} {p.text}")
    if shown and shown[-1] is not article.passages[-1]:
        lines.append("……")
    return "\n".join(lines)


def format_reply(reply, clear_hint: str | None = None, absent_of=None, example: str = "",
                 bold: tuple[str, str] = PLAIN_BOLD) -> str:
    """A ``conversation.Reply`` as plain text: the active filters first, then the hits, the
    article, the source or the hint. ``absent_of(question)`` names the question's words no page
    mentions when there are no hits (``Retriever.absent_words``)."""
    head = [reply.filters.describe(clear_hint)] if reply.filters.active else []
    if reply.kind == "hint":
        body = reply.hint
    elif reply.kind == "article":
        body = format_article(reply.article)
    elif reply.kind == "source":
        body = f"{reply.citation}\n\n{reply.source}"
        url = url_of(reply.source)
        body = body.replace(url, readable_url(url)) if url else body
    elif reply.note:
        body = reply.note
    else:
        absent = absent_of(reply.question) if absent_of is not None and not reply.hits else ()
        body = format_answer(reply.question, reply.hits, False, absent, example, bold, reply.filters.active)
    return "\n".join(head + [body])

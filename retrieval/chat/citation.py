"""Citations: one copy-ready line per passage, and the full source of a passage.

    朱财斌（西青区委书记）：“天开西青园开园以来，已引进项目300余个……”——滨海发布，2024年2月7日，《…》 https://…

The quote is the passage's sentence that answers (a hit's best sentence; the first sentence
otherwise), its own outer quotation marks removed and inner ones turned into ‘’; when the
sentence is mostly the words inside a quotation, or a lead-in naming the speaker (…杨元庆称，“…” /
他表示：“…) opens a quotation, only those words (to its closing mark, or to the sentence's end when the quotation
runs on into the next): the reporter's lead-in is not put in the speaker's mouth. It is cut at a clause
boundary to at most ``QUOTE_CHARS`` characters, and ends in …… whenever the passage goes on.
When the quote tells of the speaker rather than voicing them (their name in it or 他/她 opening it,
and no 我: 古特雷斯6日呼吁…), or comes before the passage names the speaker at all (``before_speaker``:
the report setting the scene), it is the report's words and is cited as 报道：“…”, not as the speaker's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..models import Document, Hit, Passage
from ..text import sentences
from .sections import data_sections

QUOTE_CHARS = 120
REPORTED = "报道"  # who a citation quotes when the words are the report's (``narrated``)
NO_SPEAKER = "发言人：无（报道本身的叙述，不是某人的原话）"  # 谁说的 / 出处 of a passage nobody is quoted in
ELLIPSIS = "……"
_CLAUSE_END = "，、；：,;:"
_QUOTED = re.compile(r"[“「]([^“”「」]+)[”」]")
_TURN_LABEL = re.compile(r"\s*[（(][^（()）]{1,30}[）)]\s*[：:]\s*")  # NAME（title）： opening a turn
_INTRODUCED = re.compile(r"[，,：:]\s*([“「])")  # a quotation a lead-in opens: …说，“ / …表示：「
_CLOSING = {"“": "”", "「": "」"}
_SAID_ENDS = "。！？!?；;，,、：:…"  # what follows a quotation of what was said (“…”。 / “…”，他说)
SPOKEN_CHARS = 4  # shorter words after a lead-in are a term in quotation marks, not what was said


def chinese_date(published: str | None) -> str | None:
    """2024-02-07T13:52 → 2024年2月7日; None when there is no (readable) date."""
    try:
        d = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
    return f"{d.year}年{d.month}月{d.day}日" if d else None


def _drop_attribution(sentence: str, name: str | None) -> str:
    """「市总商会副会长朱凯表示，…」 → 「…」: the citation names the speaker already. Only a lead-in
    that holds the speaker's name and ends a few characters after it at a comma or colon goes."""
    if not name:
        return sentence
    at = sentence.find(name)
    if at < 0 or at > 40:
        return sentence
    label = _TURN_LABEL.match(sentence, at + len(name))  # 马春霞（村支部书记）：… a transcript's turn
    if label and label.end() < len(sentence):
        return sentence[label.end():]
    m = re.compile(r"[，,：:]\s*[“「]?").search(sentence, at + len(name), at + len(name) + 7)
    return sentence[m.end():] if m and m.end() < len(sentence) else sentence


@lru_cache(maxsize=8)
def _pronouns(section: str = "lead-in") -> tuple[str, ...]:
    """The pronouns of one section of data/citing_pronouns.txt, longest first."""
    words = dict.fromkeys(w for line in data_sections("citing_pronouns.txt").get(section, ()) for w in line.split())
    return tuple(sorted(words, key=len, reverse=True))


def narrated(words: str, name: str | None) -> bool:
    """Whether a citation's quoted ``words`` tell of the speaker ``name`` rather than voice them:
    their name in them, or a third-person pronoun opening them, and no first-person word
    (古特雷斯6日呼吁… / 他博览群书… yes; 大家好，我叫楊新娥… no)."""
    if not name:
        return False
    tells = name in words or words.startswith(_pronouns("third"))
    return tells and not any(w in words for w in _pronouns("first"))


def _names_speaker(lead_in: str, name: str | None) -> bool:
    """Whether the clause that opens a quotation names the passage's speaker: by name, or by a
    pronoun at its start (…，他强调，“… / 我说：“…; data/citing_pronouns.txt [lead-in])."""
    clause = re.split(r"[，,。；;：:！？!?]", lead_in)[-1].strip()
    return bool(name and name in clause) or clause.startswith(_pronouns())


def _introduced(sentence: str, name: str | None = None) -> str:
    """The words of the first quotation a lead-in opens (…称，“A” → A; …强调，“B。 → B, a quotation
    running on past the sentence) when that lead-in clause names the speaker (``_names_speaker``),
    or "" when none does. A quotation the sentence goes on from without a break (，“某某案”的当事人)
    names a term: it is not what was said."""
    for m in _INTRODUCED.finditer(sentence):
        if not _names_speaker(sentence[: m.start()], name):
            continue
        start = m.end()
        end = sentence.find(_CLOSING[m.group(1)], start)
        after = sentence[end + 1 : end + 2] if end >= 0 else ""
        if after and not (after.isspace() or after in _SAID_ENDS):
            continue
        words = (sentence[start:end] if end >= 0 else sentence[start:]).strip()
        if len(words.rstrip(_SAID_ENDS)) >= SPOKEN_CHARS:
            return words
    return ""


def _unquote(sentence: str, name: str | None = None) -> str:
    """The words a sentence quotes: the quotation when it is most of the sentence, else the one a
    lead-in naming the speaker (``name``) opens, else the sentence without its attribution lead-in."""
    s = sentence.strip()
    spans = _QUOTED.findall(s)
    if spans:
        longest = max(spans, key=len)
        if len(longest) >= 0.5 * len(s):
            return longest.strip()
    words = _introduced(s, name)
    if words:
        return words
    s = _drop_attribution(s, name)
    if s.count("“") > s.count("”"):  # a quotation that runs on into the next sentence
        s = s.replace("“", "", 1)
    return _outer_marks_off(s)


def _paired(text: str, opening: str, closing: str) -> bool:
    """Does every ``closing`` mark of ``text`` close an ``opening`` one, and every opening close?"""
    depth = 0
    for c in text:
        depth += (c == opening) - (c == closing)
        if depth < 0:
            return False
    return depth == 0


def _outer_marks_off(s: str) -> str:
    """``s`` without the quotation marks around the whole of it, and without a mark at either end
    that pairs with none; a term quoted at its start or end (“双碳”目标… / …也要设「闸门」) keeps both."""
    s = s.strip()
    while len(s) >= 2 and s[0] in _CLOSING and s[-1] == _CLOSING[s[0]] and _paired(s[1:-1], s[0], s[-1]):
        s = s[1:-1].strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        s = s[1:-1].strip()
    for opening, closing in _CLOSING.items():
        if s.startswith(opening) and s.count(opening) > s.count(closing):
            s = s[1:]
        if s.endswith(closing) and s.count(closing) > s.count(opening):
            s = s[:-1]
    if s.count('"') % 2:
        s = s.strip('"')
    return s.strip()


def _trim(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters at the last clause end (else hard); was it cut?"""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    cut = max(head.rfind(c) for c in _CLAUSE_END)
    if cut >= limit // 3:
        head = head[:cut]
    return head.rstrip(_CLAUSE_END + "。！？!? "), True


def _focus_at(parts: list[str], focus: str) -> int:
    """The index of the sentence of ``parts`` a citation quotes: the one ``focus`` is, else the first."""
    return next((i for i, s in enumerate(parts) if focus and (focus.strip() in s or s in focus)), 0)


def before_speaker(passage_text: str, focus: str, name: str | None, words: str) -> bool:
    """Whether the quoted sentence comes before the speaker ``name`` enters the passage: no sentence
    up to it names them, a later one does, it opens with no quotation mark and its ``words`` hold no
    first-person word — the report setting the scene (【某报查询】本报日前报道… / 今晚，某队客场1-4不敌…,
    then 某某称…), not the speaker's words."""
    if not name:
        return False
    parts = sentences(passage_text) or [passage_text.strip()]
    at = _focus_at(parts, focus)
    if any(name in s for s in parts[: at + 1]):
        return False
    named = next((s for s in parts[at + 1 :] if name in s), None)
    if named is None or _introduces_self(named, name):
        return False  # never named, or naming themselves (…大家下午好！我是崔某某): their own voice
    sentence = parts[at].strip()
    spans = _QUOTED.findall(sentence)
    if sentence.startswith(tuple(_CLOSING)) or (spans and len(max(spans, key=len)) >= 0.5 * len(sentence)):
        return False  # a quotation: whose it is, the attribution has said
    return not any(w in words for w in _pronouns("first"))


def _introduces_self(sentence: str, name: str) -> bool:
    """Whether ``sentence`` is the passage's own voice naming itself (我是NAME / 我叫NAME), outside
    any quotation (a quoted “我叫NAME…” is someone the report quotes)."""
    for w in _pronouns("first"):
        for link in ("", "是", "叫", "就是"):
            at = sentence.find(f"{w}{link}{name}")
            if at >= 0 and sum(sentence[:at].count(o) - sentence[:at].count(c) for o, c in _CLOSING.items()) == 0:
                return True
    return False


def quote(passage_text: str, focus: str = "", limit: int = QUOTE_CHARS, name: str | None = None) -> str:
    """The quoted words for a citation (without the enclosing “”); ``name`` is the speaker's."""
    parts = sentences(passage_text) or [passage_text.strip()]
    at = _focus_at(parts, focus)
    body = _unquote(parts[at], name)
    body, cut = _trim(body, limit)
    body = body.replace("“", "‘").replace("”", "’").replace("「", "‘").replace("」", "’").rstrip("，,、；;：: ")
    if cut or at < len(parts) - 1:
        body = body.rstrip("。！？!?；;，,、") + ELLIPSIS
    return body


def source_parts(doc: Document) -> list[str]:
    """[outlet, 2024年2月7日, 《title》], what is known of them."""
    parts = [p for p in (doc.outlet, chinese_date(doc.published)) if p]
    parts.append(f"《{doc.title}》")
    return parts


def cite(passage: Passage, focus: str = "", limit: int = QUOTE_CHARS) -> str:
    """One copy-ready line: 「name（title）：“quote”——outlet，date，《article》 url」; 「报道：“quote”…」
    when the quote tells of the speaker rather than voicing them (``narrated``): the report's words
    are not put in the speaker's mouth."""
    sp = passage.speaker
    body = quote(passage.text, focus, limit, sp.name if sp else None)
    words = f"“{body}”"
    if sp is not None and (narrated(body, sp.name) or before_speaker(passage.text, focus, sp.name, body)):
        who = f"{REPORTED}："
    else:
        who = f"{sp.name}（{sp.title}）：" if sp and sp.title else f"{sp.name}：" if sp else ""
    line = f"{who}{words}——{'，'.join(source_parts(passage.source))}"
    return f"{line} {passage.source.url}" if passage.source.url else line


def cite_hit(hit: Hit, limit: int = QUOTE_CHARS) -> str:
    """The citation of a hit, quoting its best sentence."""
    return cite(hit.passage, hit.best_sentence, limit)


def source_details(passage: Passage) -> str:
    """The full source of a passage, one fact a line (出处 / 来源)."""
    doc = passage.source
    lines = [f"《{doc.title}》"]
    if doc.outlet:
        lines.append(f"媒体：{doc.outlet}")
    if doc.published:
        lines.append(f"发布：{doc.published.replace('T', ' ')}")
    if doc.author:
        lines.append(f"作者：{doc.author}")
    if doc.editor:
        lines.append(f"编辑：{doc.editor}")
    lines.append(f"段落：第 {passage.paragraph} 段" + (f"（{passage.section}）" if passage.section else ""))
    lines.append(f"发言人：{passage.speaker.label()}" if passage.speaker else NO_SPEAKER)
    lines.append(f"链接：{doc.url}" if doc.url else "链接：原文未给出链接")
    return "\n".join(lines)

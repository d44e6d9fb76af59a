"""The passes over a page's decided speakers (speakers.py's last step, after ``choose``).

A whole quotation nobody was given, then its speaker saying it with no words of their own in the
next paragraph, becomes a proposal that the quotation is theirs (``quoted_before``); a speaker named
without a title takes the title the page gives the name elsewhere — before or after a mention, the
one answerer's title written with no name, or what the speaker's own paragraphs call them
(这位美国总统) — as the page writes it (``_titled``). Pure functions of the paragraphs and the
decisions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .clauses import (
    _VERB_END,
    _answerer_titles,
    _nominal,
    _whole_quote,
)
from .decision import CONFIDENCE, DOUBTS, Attribution, Proposal
from .lexicon import (
    BOUNDARY,
    CJK,
    clean_title,
    data_words,
    fuller_title,
    mentions,
    names_follow,
    simplify_aligned,
    title_after_name,
    title_before,
    title_end,
    without_ruby,
)
from .titles import speaking_title


def _titled(decided: list[Attribution], texts: list[str]) -> list[Attribution]:
    """A speaker named without a title takes the title the page gives the name where it first
    stands right after one (美国导演|李安 … 李安说 → 美国导演), as the page writes it."""
    if all(a.speaker is None or a.speaker.title for a in decided):
        return decided
    pages = [(raw, simplify_aligned(raw)) for raw in map(without_ruby, texts)]  # once for every name
    found: dict[str, str | None] = {}
    own = pages[len(pages) - len(decided) :]  # each decided paragraph's own text
    out = []
    for a in decided:
        sp = a.speaker
        if sp is not None and not sp.title:
            if sp.name not in found:
                found[sp.name] = _title_on_page(sp.name, pages)
                if found[sp.name] is None and _sole_answerer(sp.name, decided):
                    found[sp.name] = _unnamed_answerer(pages)
                if found[sp.name] is None:
                    found[sp.name] = _role_in_own_words(sp.name, decided, own)
            if found[sp.name]:
                a = Attribution(Speaker(sp.name, found[sp.name]), a.how, a.confidence)
        out.append(a)
    return out


def shown_titles(decided: list[Attribution], texts: list[str]) -> list[Attribution]:
    """Each speaker's title as it is shown: in the script of the article's own ``texts`` (a title a
    reading took in its simplified form or from a headline in the other script, 外交部发言人 in an
    article that writes 外交部發言人, ``_in_page_script``) and as
    ``speaking_title`` shows it (the post, less a seat listed before it, tenure words, stray
    punctuation); the readings before keep the page's whole title."""
    if all(a.speaker is None or not a.speaker.title for a in decided):
        return decided
    pages: list[tuple[str, str]] | None = None
    out = []
    for a in decided:
        sp = a.speaker
        if sp is not None and sp.title:
            title = sp.title
            if not any(title in t for t in texts):
                pages = pages if pages is not None else [(raw, simplify_aligned(raw)) for raw in map(without_ruby, texts)]
                title = _in_page_script(title, pages)
            if (shown := speaking_title(title)) != sp.title:
                a = Attribution(Speaker(sp.name, shown), a.how, a.confidence)
        out.append(a)
    return out


def _in_page_script(title: str, pages: list[tuple[str, str]]) -> str:
    """``title`` as the page writes it, where the page writes it in another script (外交部发言人 →
    外交部發言人) — the first place its simplified form stands; else ``title`` itself."""
    want = simplify_aligned(title)
    if any(title in raw for raw, _ in pages):
        return title
    for raw, s in pages:
        if (at := s.find(want)) >= 0:
            return raw[at : at + len(want)]
    return title


def _title_on_page(name: str, pages: list[tuple[str, str]]) -> str | None:
    """The title right before a mention of ``name`` in ``pages`` ((text, its simplified form)
    pairs), as the text writes it: the first, unless a later one says more of the same post
    (本土投手 … 悍将队本土投手, ``fuller_title``)."""
    want = simplify_aligned(name)
    if len(want) < 2:
        return None
    _, written = _titles_before(want, pages)
    if written is None:  # no title before the name: one after it (陈丽娟庭长, 以…新闻发言人身份)
        for raw, s in pages:
            for m in re.finditer(re.escape(want), s):
                if (after := title_after_name(s[m.end() : m.end() + 40])) is not None:
                    at = m.end() + after[0]
                    return raw[at : at + len(after[1])]
    return written


def _titles_before(want: str, pages: list[tuple[str, str]]) -> tuple[str | None, str | None]:
    """The title right before a mention of the simplified name ``want``: the first, or a later
    one that says more of the same post (``fuller_title``); and as the page writes it."""
    best = written = None
    for raw, s in pages:
        for m in re.finditer(re.escape(want), s):
            pre = re.split(r"[，。；！？,;!?：:“”「」‘’\s]", s[max(0, m.start() - 30) : m.start()])[-1]
            title = clean_title(pre) if pre and title_end().search(pre) else None
            if title and pre.endswith(title) and fuller_title(best, title):
                best, written = title, raw[m.start() - len(title) : m.start()]
    return best, written


_ROLE_NOUN = re.compile(f"(?:这位|那位|此位)([{CJK}]{{2,10}})")


def _role_in_own_words(name: str, decided: list[Attribution], own: list[tuple[str, str]]) -> str | None:
    """这位美国总统 in a paragraph ``name`` speaks, where the page gives ``name`` no title and no
    other speaker that title: what the page calls the speaker (…这位美国总统采用了一种新战术。特朗普称，…)."""
    others = {simplify_aligned(a.speaker.title) for a in decided
              if a.speaker is not None and a.speaker.title and a.speaker.name != name}
    for a, (raw, s) in zip(decided, own):
        if a.speaker is None or a.speaker.name != name:
            continue
        for m in _ROLE_NOUN.finditer(s):
            words = m.group(1)
            for k in range(len(words), 1, -1):
                title = clean_title(words[:k])
                if title == words[:k] and title not in others and not any(title in o for o in others):
                    return raw[m.start(1) : m.start(1) + k]
    return None


def _sole_answerer(name: str, decided: list[Attribution]) -> bool:
    """Is ``name`` the one person who speaks in the page's transcript turns (two or more)?"""
    turns = {simplify_aligned(a.speaker.name) for a in decided if a.speaker is not None and a.how == "transcript"}
    count = sum(1 for a in decided if a.speaker is not None and a.how == "transcript")
    return count >= 2 and turns == {simplify_aligned(name)}


def _unnamed_answerer(pages: list[tuple[str, str]]) -> str | None:
    """The one answerer's title (data/answerers.txt: …发言人) the page writes with no name after it
    (对于“打头阵”的中国政协大会新闻发言人来说): the title of the transcript's one answerer, who
    is named only in the turns; None when there is none or more than one."""
    pattern = _answerer_titles().pattern[:-1]
    seen: dict[str, str] = {}
    for raw, s in pages:
        for m in re.finditer(pattern, s):
            title = title_before(s[: m.end()])
            if title is None or not s[: m.end()].endswith(title) or names_follow(s[m.end() : m.end() + 8]):
                continue
            seen.setdefault(title, raw[m.end() - len(title) : m.end()])
    return next(iter(seen.values())) if len(seen) == 1 else None


def quoted_before(paragraphs: list[str], decided: list[Attribution]) -> list[tuple[int, Proposal]]:
    """A whole quotation nobody was given, then its speaker saying it with no words of their own
    (“当年有人扬言……。” / 村支书熊善喜一边说，一边…), or a paragraph opening with the words as a
    titled person's call, invitation or message (…南湖区妇联原副主席徐越勤的一通邀请电话，成为…:
    ``_words_owner``): a proposal that the quotation is theirs."""
    out = []
    paragraphs = [without_ruby(p) for p in paragraphs]
    for i in range(len(decided) - 1):
        if decided[i].speaker is not None or not _whole_quote(simplify_aligned(paragraphs[i])):
            continue
        owner = decided[i + 1].speaker if _says_before(paragraphs[i + 1], decided[i + 1]) else _words_owner(paragraphs[i + 1])
        if owner is not None:
            rule = round(CONFIDENCE["quote"] - DOUBTS["quote-topic"], 2)
            feats = (("bias", 1.0), ("by:quoted-before", 1.0), ("doubt:quote-topic", 1.0), ("how:quote", 1.0),
                     ("quote-marks", 1.0), ("rule", rule), ("whole-quote", 1.0))
            out.append((i, Proposal(owner, "quote", rule, feats)))
    return out


@lru_cache(maxsize=1)
def _speech_nouns() -> re.Pattern:
    """data/speech_nouns.txt: the words a person said or sent, owned after 的 (一通邀请电话, 寄语)."""
    words = "|".join(sorted(map(re.escape, data_words("speech_nouns.txt")), key=len, reverse=True))
    return re.compile(f"的[^，,。！？!?：:“”「」\\s]{{0,6}}?(?:{words})")


def _words_owner(text: str) -> Speaker | None:
    """The titled person a paragraph opens with as the owner of words (南湖区妇联原副主席徐越勤的一通
    邀请电话，成为…): the title and the name open its first clause, then 的, at most six characters and a
    word of data/speech_nouns.txt — that person, as the page writes them; else None."""
    s = simplify_aligned(text)
    first = BOUNDARY.split(s.lstrip())[0]
    offset = len(s) - len(s.lstrip())
    found = mentions(first, {})
    if len(found) != 1 or not found[0][1].title:
        return None
    pos, sp = found[0]
    head = first[:pos]
    if not head.endswith(sp.title) or head[: len(head) - len(sp.title)].strip():
        return None  # the title and the name open the clause (nothing else before them)
    if _speech_nouns().match(first, pos + len(sp.name)) is None:
        return None
    at, start = offset + pos, offset + pos - len(sp.title)
    return Speaker(text[at : at + len(sp.name)], text[start:at])


def _says_before(text: str, after: Attribution) -> bool:
    """Does the paragraph open with its speaker and a speech verb with no words of its own in
    that clause ([title] NAME一边说，一边…; NAME说。) — the words being the quotation before it?"""
    if after.speaker is None or after.how != "speech-verb":
        return False
    s = simplify_aligned(text)
    first = BOUNDARY.split(s)[0]
    name = simplify_aligned(after.speaker.name)
    verb = _VERB_END.search(first)
    if not 0 <= first.find(name) <= 20 or verb is None or _nominal(first, verb.start(), verb.group()):
        return False
    rest = s[len(first) :].lstrip()  # nothing said after the verb: 熊善喜说。 / 一边说，一边用手比划
    return not rest or rest[0] in "。！!" or first[: verb.start()].endswith("一边") and rest.lstrip("，, ").startswith("一边")


# a paragraph opening with a dash and going on as a sentence (——夺得金牌的中国选手刘焕华说，…): the
# source of the quotation standing above it (a signature alone on its line is ``_SIGNATURE``'s)
_DASH_SOURCE = re.compile(r"^\s*(?:——|--|—)\s*[^—\-\s]")


def dash_sourced(paragraphs: list[str], decided: list[Attribution], breaks: frozenset[int] = frozenset()) -> list[tuple[int, Attribution]]:
    """“敲门的次数越多，好事就越有可能到来。” then ——…选手林希妤获得铜牌后表示，…: a whole quotation
    whose next paragraph opens with a dash naming its source. The quotation is that paragraph's
    speaker's when a speech verb found them in its first clause; otherwise nobody's — never the
    speaker before it going on (the dash line names another source, perhaps one we cannot read).
    Only quotations nobody was given or given by continuation are read again."""
    out = []
    paragraphs = [without_ruby(p) for p in paragraphs]
    rule = round(CONFIDENCE["quote"] - DOUBTS["quote-topic"], 2)
    for i in range(len(decided) - 1):
        here, after = decided[i], decided[i + 1]
        if i + 1 in breaks or here.speaker is not None and here.how != "continuation":
            continue
        if not _whole_quote(simplify_aligned(paragraphs[i])) or not _DASH_SOURCE.match(paragraphs[i + 1]):
            continue
        first = BOUNDARY.split(simplify_aligned(paragraphs[i + 1]).lstrip("—-– "))[0]
        if after.speaker is not None and after.how == "speech-verb" and simplify_aligned(after.speaker.name) in first:
            out.append((i, Attribution(after.speaker, "quote", after.confidence if after.confidence >= rule else rule)))
        elif here.speaker is not None:
            out.append((i, Attribution()))
    return out

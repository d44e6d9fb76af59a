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
    _KIN,
    _MASK,
    _REPORTER,
    _SENTENCE_END,
    _VERB_END,
    _VERB_RE,
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
    oblique,
    person_at_end,
    simplify_aligned,
    title_after_name,
    title_before,
    title_end,
    unnamed_person,
    without_ruby,
)
from .titles import speaking_title
from .words import _keyed_data


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
            out.append((i, _quoted_before(owner)))
    return out


def _quoted_before(owner) -> Proposal:
    """The proposal that a whole quotation nobody was given is ``owner``'s, the next paragraph
    saying so (a quote's confidence less the doubt of a quoted topic)."""
    rule = round(CONFIDENCE["quote"] - DOUBTS["quote-topic"], 2)
    feats = (("bias", 1.0), ("by:quoted-before", 1.0), ("doubt:quote-topic", 1.0), ("how:quote", 1.0),
             ("quote-marks", 1.0), ("rule", rule), ("whole-quote", 1.0))
    return Proposal(owner, "quote", rule, feats)


def pointed_back(paragraphs: list[str], decided: list[Attribution]) -> list[tuple[int, Proposal]]:
    """A whole quotation nobody was given, or given only by a continuation, then a paragraph whose
    first sentence points back at it as someone's words (“您提的这个问题，…是我们的一个痛点！” /
    …专职委员刘某在面对…的问题时，发出这样的感慨。; 「…」 / 对我们这样说的人叫王某，…): a proposal
    that the quotation is that person's (``_pointed_back_owner``), to be weighed before the
    paragraph's own proposals — the page says whose the words are."""
    out = []
    paragraphs = [without_ruby(p) for p in paragraphs]
    known = {simplify_aligned(a.speaker.name): a.speaker.title for a in decided if a.speaker is not None}
    for i in range(len(decided) - 1):
        if decided[i].speaker is not None and decided[i].how != "continuation" \
                or not _whole_quote(simplify_aligned(paragraphs[i])):
            continue
        owner = _pointed_back_owner(paragraphs[i + 1], known)
        if owner is not None:
            out.append((i, _quoted_before(owner)))
    return out


@lru_cache(maxsize=1)
def _pointing_back() -> re.Pattern:
    """data/pointing_back.txt: a deictic then (的) a word of saying (这样说, 这样的感慨), or a phrase
    holding both (说这话, 这番话)."""
    words = _keyed_data("pointing_back.txt")
    deictics, said, phrases = ("|".join(map(re.escape, words.get(k, ()))) for k in ("deictics", "words", "phrases"))
    return re.compile(f"(?:{deictics})的?(?:{said})|(?:{phrases})")


# after the words pointed back at: the one who said them named next (这样说的人叫王某 / 说这话的是王某)
_NAMED_NEXT = re.compile(r"的(?:人|者)?(?:名叫|叫做|叫|就是|正是|便是|是)")


def _pointed_back_owner(text: str, known: dict[str, str | None]) -> Speaker | None:
    """Who the first sentence of ``text`` says spoke the words it points back at (data/pointing_back.txt,
    outside quotations): the person named right after 的人叫/的是 (对我们这样说的人叫王某，…), else the one
    person the sentence names before the pointing words, as the subject of their clause — not an
    object, a companion, a possessor or a relative (…专职委员刘某在面对…时，发出这样的感慨). As the page
    writes them; None when no such person is there."""
    s = simplify_aligned(text)
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    lead = len(masked) - len(masked.lstrip())
    end = _SENTENCE_END.search(masked, lead)
    sentence = masked[: end.start() if end else len(masked)]
    m = _pointing_back().search(sentence)
    if m is None or re.search("(?:也|亦|同样|也是|都)$", sentence[: m.start()]):
        return None  # (张某也这样说: the same words again, said first by someone else)
    after = sentence[m.end() :]
    if (nm := _NAMED_NEXT.match(after)) is not None:
        who = BOUNDARY.split(after[nm.end() :])[0].replace("\u0000", "")
        sp = person_at_end(who, known)
        if sp is None or not who.endswith(sp.name) or len(who) - len(sp.name) > 16:
            return None
        at = m.end() + nm.end() + who.rfind(sp.name)
        return Speaker(text[at : at + len(sp.name)], sp.title)
    before = sentence[: m.start()]
    ms = [(pos, sp) for pos, sp in mentions(before.replace("\u0000", " "), known)]
    if len({sp.name for _, sp in ms}) != 1:
        return None  # nobody, or two people the words could be
    pos, sp = ms[-1]
    rest = before[pos + len(sp.name) :]
    if rest.startswith("的") and rest != "的" or _KIN.match(rest) or oblique(before, pos, sp.name):
        return None  # (刘某的这番话: their words; 刘某的律师…, 与刘某…: someone else)
    for clause in BOUNDARY.split(rest)[1:]:  # (their own clause may name others: 在回答记者提问时)
        if _REPORTER.search(clause) or title_end().search(clause) or unnamed_person(clause.replace("\u0000", "")):
            return None  # someone else between the person and the pointing words (…，现场记者发出这样的感慨)
    clause_start = max((b.end() for b in BOUNDARY.finditer(before, 0, pos)), default=0)
    head = before[clause_start:pos]
    if sp.title and head.endswith(sp.title):
        head = head[: -len(sp.title)]
    if re.search(r"[是让对给向把被和与跟同替帮令使叫请问为]", head):
        return None  # (这是/让/对…X: the person is no subject)
    return Speaker(text[pos : pos + len(sp.name)], sp.title)


@lru_cache(maxsize=1)
def _speech_nouns() -> re.Pattern:
    """data/speech_nouns.txt: the words a person said or sent, owned after 的 (一通邀请电话, 寄语)."""
    words = "|".join(sorted(map(re.escape, data_words("speech_nouns.txt")), key=len, reverse=True))
    return re.compile(f"的[^，,。！？!?：:“”「」\\s]{{0,6}}?(?:{words})")


_FRAMING = 2  # clauses naming no one that may open the paragraph before the words' owner


def _words_owner(text: str) -> Speaker | None:
    """The titled person a paragraph opens with as the owner of words (南湖区妇联原副主席徐越勤的一通
    邀请电话，成为…; 在第三场“部长通道”上，国家统计局局长康义的话充满信心): the title and the name open its
    first clause naming anyone — a clause or two of time or place naming no one may come first — then
    的, at most six characters and a word of data/speech_nouns.txt; that person, as the page writes them;
    else None."""
    s = simplify_aligned(text)
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    cuts = [0, *(m.end() for m in BOUNDARY.finditer(masked)), len(s) + 1]
    for k, (start, end) in enumerate(zip(cuts, cuts[1:])):
        clause = s[start : end - 1]
        offset = start + len(clause) - len(clause.lstrip())
        first = clause.strip()
        found = mentions(first, {})
        if found or k >= _FRAMING or _VERB_RE.search(masked[start : end - 1]):
            break  # (a clause of time or place naming no one and saying nothing goes before: 在第三场…上，)
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

"""The headline's speaker: a headline that gives a person's words, the way Chinese news headlines do.

A headline reports words in a few set forms: 名字：words (黄某：金牌等了八年), title + name：words (某部部长
李某：…), name + 谈/称/回应 + topic：words (马某谈访法：意义重大), a kicker set apart before the label
(《某报》晚宴 | 倪某：…, 【专题】…), a title standing for its holder (北大校长：…), or the person's name
opening the headline with a quotation after it (陆某保证团结政府 “决策以和谐为基础”). The headline stays
the page's title; when it gives words of a person the article itself has speak, it is also a passage
with that speaker. A name the article gives no words of makes no headline speaker: the headline's
speaker is one of the article's — save a full title (生态环境部部长：…) that the article gives exactly one
person, its holder, who may say nothing there (``introduced_holder``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from ..attribution.lexicon import VERBS, data_words, mentions, simplify_aligned, title_end
from ..models import Passage, Speaker

# a colon label: at the start or after a kicker set apart (a blank, |, 】) or closed as a clause of its
# own (中国女排夺冠，某某：…; 取消议案维护公平？某某：…), up to its colon
_LABEL = re.compile(r"(?:^|(?<=[\s|｜】\]，,？?！!]))(?P<who>[^\s|｜:：，,。！？!?“”「」『』《》()（）【】\[\]、]{2,20})\s*[:：]\s*(?=\S)")
# a kicker in brackets opening a headline (【立法会选举】, [视频])
_KICKER = re.compile(r"^\s*(?:[【\[〔][^】\]〕]{1,16}[】\]〕]\s*)+")
_QUOTE = re.compile(r"[“「『]")
MAX_TITLE_BEFORE = 12  # characters of title a label may put before the name (生态环境部部长李某)
MAX_DOING = 8  # characters a label may say the person did before the colon (来华宣传新片)
# words quoted in a subhead (奔赴：「…」), long enough to be looked for in the article's passages
_QUOTED = re.compile(r"[“「『](?P<q>[^”」』]{8,})[”」』]")
# a short label: a surname alone or with a suffix (岑：, 葉太：, 林鄭：, 李sir：), at the start or after a kicker
_SHORT_LABEL = re.compile(r"(?:^|(?<=[\s|｜】\]，,？?！!]))(?P<who>[\u4e00-\u9fff]{1,2}(?:[A-Za-z]{1,3})?)\s*[:：]\s*(?=\S)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LABEL_SUFFIXES = frozenset(w.lower() for w in data_words("label_suffixes.txt"))
_HEADING_VERBS = tuple(sorted((w for w in data_words("heading_verbs.txt") if not w.startswith("!")), key=len, reverse=True))
_NOT_LABELS = frozenset(data_words("metalabels.txt"))  # 文：, 图：
_SURNAMES = frozenset(data_words("surnames.txt"))
_NOT_HEADING_VERBS = tuple(w[1:] for w in data_words("heading_verbs.txt") if w.startswith("!"))


def headline_speaker(title: str, passages: Iterable[Passage]) -> Speaker | None:
    """The person whose words ``title`` gives, among the speakers of the article's ``passages``
    (their most frequent form, with its title); None when the headline gives nobody's words or
    names someone the article does not have speak."""
    passages = list(passages)
    people: dict[str, Counter] = {}
    for p in passages:
        if p.speaker is not None:
            people.setdefault(simplify_aligned(p.speaker.name), Counter())[p.speaker] += 1
    if not people or not title:
        return None
    t = simplify_aligned(title)
    texts = [simplify_aligned(p.text) for p in passages]
    for m in _LABEL.finditer(t):
        name = _labelled(m["who"], people) or _holder(m["who"], people, texts)
        if name is not None:
            return _form(people[name])
    return _quoted(t, people) or _short_labelled(t, people, texts) or _verb_heading(t, people)


def introduced_holder(title: str, passages: Iterable[Passage]) -> Speaker | None:
    """生态环境部部长：看看今天的天空… — a headline labelled with a full title (an office, then its post: never
    a bare 部长：) whose holder the article introduces by exactly that title (生态环境部部长黄某某) without
    giving them words of their own: that person, as the article writes them. Only where no one else the
    article names holds the post in any form (前生态环境部部长某某, 生态环境部部长 over another name: nobody)."""
    passages = list(passages)
    t = simplify_aligned(title)
    for m in _LABEL.finditer(t):
        who = m["who"]
        end = title_end().search(who)
        if end is None or end.end() != len(who) or end.start() < 2:
            continue
        held: dict[str, list[tuple[str, str, str]]] = {}
        for p in passages:
            s = simplify_aligned(p.text)
            for at, sp in mentions(s, {}):
                if sp.title and who in sp.title:  # (the title as written right before the name, or "")
                    shown = p.text[at - len(sp.title) : at] if at >= len(sp.title) else ""
                    held.setdefault(sp.name, []).append((sp.title, p.text[at : at + len(sp.name)], shown))
        if len(held) != 1:
            continue
        forms = [(name, shown) for held_title, name, shown in next(iter(held.values()))
                 if held_title == who and simplify_aligned(shown) == who]
        if forms:
            return Speaker(*Counter(forms).most_common(1)[0][0])
    return None


def quoted_speaker(heading: str, passages: Iterable[Passage]) -> Speaker | None:
    """奔赴：「去武汉的时候有一种…的心情」 — a subhead quoting words the article gives whole to one person:
    the speaker of the passages that hold those words (all the same person), else None."""
    m = _QUOTED.search(simplify_aligned(heading))
    if m is None:
        return None
    words = re.sub(r"[^\w]", "", m["q"])
    holders = Counter(p.speaker for p in passages if p.speaker is not None and words in re.sub(r"[^\w]", "", simplify_aligned(p.text)))
    names = {sp.name for sp in holders}
    return holders.most_common(1)[0][0] if len(names) == 1 else None


def _form(forms: Counter) -> Speaker:
    """The speaker as the article most often names them, one with a title before one without."""
    return max(forms.items(), key=lambda kv: (kv[1], kv[0].title is not None))[0]


def _short(name: str) -> str:
    """A transliterated name's last part (埃马纽埃尔·马克龙 → 马克龙): what headlines write."""
    return re.split(r"[·•\-－]", name)[-1]


def _labelled(who: str, people: dict[str, Counter]) -> str | None:
    """The article's speaker a label names: the name alone, a title before it, or the name and
    what the words are about (马某谈访法, 某某回应传闻)."""
    for name in sorted(people, key=len, reverse=True):
        for form in dict.fromkeys((name, _short(name))):
            if len(form) < 2:
                continue
            if who == form or who.endswith(form) and len(who) - len(form) <= MAX_TITLE_BEFORE:
                return name
            rest = who[len(form):]
            if who.startswith(form) and (re.match(f"(?:{VERBS}|谈)", rest) or len(rest) <= MAX_DOING and not any(
                    _short(other) in rest for other in people if other != name)):
                return name  # 马某谈访法：…, 诺某来华宣传新片：… (what the person did, then the words)
    return None


def _holder(who: str, people: dict[str, Counter], texts: list[str]) -> str | None:
    """北大校长： — a title standing for the one speaker of the article whose title ends in the same
    role word (two characters or more) and opens as it does (北大 / 北京大学); no name in the label.
    A bare role (立委：, 教练：) only where the article names no one else holding it (立委甲 and 立委乙)."""
    found, bare = set(), False
    for name, forms in people.items():
        for sp in forms:
            title = re.split(r"[、，,\s]", simplify_aligned(sp.title or ""))[-1]  # 全国人大代表、北京大学校长
            k = 0
            while k < min(len(who), len(title)) and who[-1 - k] == title[-1 - k]:
                k += 1
            if k >= 2 and (k == len(who) or who[0] == title[0]):
                found.add(name)
                bare |= k == len(who)
    if len(found) != 1:
        return None
    name = found.pop()
    if bare and {sp.name for t in texts for _, sp in mentions(t, {}) if (sp.title or "").endswith(who)} - {name}:
        return None
    return name


def _quoted(t: str, people: dict[str, Counter]) -> Speaker | None:
    """某某保证… “words”: the headline opens with one of the article's speakers and quotes words,
    and names no other speaker of the article — the quoted words are that person's."""
    if not _QUOTE.search(t):
        return None
    opening = _KICKER.sub("", t)
    named = [n for n in people if n in t or _short(n) in t and len(_short(n)) >= 2]
    if len(named) != 1:
        return None
    name = named[0]
    quote_at = _QUOTE.search(opening)
    for form in dict.fromkeys((name, _short(name))):
        if opening.startswith(form) and quote_at is not None and quote_at.start() > len(form):
            return _form(people[name])
    return None


def _short_labelled(t: str, people: dict[str, Counter], texts: list[str]) -> Speaker | None:
    """岑：…, 葉太：…, 林鄭：… — a label giving a speaker by a short form: the surname alone, the
    surname and a suffix of data/label_suffixes.txt (太, 生, sir), or the first two characters of a
    name of four (林郑月娥, 欧阳某某). It names the article's one speaker of that short form, and only when no other
    person the article names (a speaker or a titled mention) shares it; else nobody."""
    for m in _SHORT_LABEL.finditer(t):
        who = m["who"]
        if len(who) >= 2 and who[1:].lower() in _LABEL_SUFFIXES:
            who = who[0]  # 葉太 → 葉
        elif not _HAN_NAME.fullmatch(who) and len(who) != 1:
            continue
        if len(who) > 2 or who in people or who in _NOT_LABELS or who[0] not in _SURNAMES and who not in _SURNAMES:
            continue

        def holds(n: str, who: str = who) -> bool:
            return n.startswith(who) and len(n) >= 4 if len(who) == 2 else n[0] == who

        found = {n for n in people if _HAN_NAME.fullmatch(n) and holds(n)}
        if len(found) != 1:
            continue
        known = {n: None for n in people}
        named = {sp.name for x in texts for _, sp in mentions(x, known) if _HAN_NAME.fullmatch(sp.name)}
        if {n for n in named if holds(n)} - found:
            continue  # another 葉 or 林鄭 of the article: the label is not sure
        return _form(people[found.pop()])
    return None


def _verb_heading(t: str, people: dict[str, Counter]) -> Speaker | None:
    """陳可辛稱香港內地導演是一家人 — a heading with no colon opening with the full name of one of the
    article's speakers and a speech verb of data/heading_verbs.txt straight after it: that person's."""
    opening = _KICKER.sub("", t).strip()
    for name in sorted(people, key=len, reverse=True):
        if len(name) < 2 or not opening.startswith(name):
            continue
        rest = opening[len(name):]
        if any(rest.startswith(w) for w in _NOT_HEADING_VERBS):
            return None
        if any(rest.startswith(w) and len(rest) > len(w) for w in _HEADING_VERBS):
            return _form(people[name])
        return None
    return None


def in_article_form(passages: list[Passage]) -> list[Passage]:
    """曾国衞 for a page that writes 曾國衞 — a speaker found in the simplified reading of the text
    (a short form: 曾：…) under a name the article writes otherwise, where exactly one of the article's
    speakers reads the same once simplified: that speaker, as the article most often names them."""
    forms: dict[str, Counter] = {}
    for p in passages:
        if p.speaker is not None:
            forms.setdefault(p.speaker.name, Counter())[p.speaker] += 1
    out = []
    for p in passages:
        name = p.speaker.name if p.speaker is not None else ""
        same = [n for n in forms if n != name and simplify_aligned(n) == name] if name else []
        out.append(dataclasses.replace(p, speaker=_form(forms[same[0]])) if len(same) == 1 else p)
    return out

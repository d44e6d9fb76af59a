"""Who said it: speaker attribution as a model of the whole document.

``Attributor.register`` first reads every paragraph for the persons the page introduces (names
with their fullest titles, a narrator line ``居民陈代蓉——``, how many transcript turns there are);
``Attributor.decide`` then reads the paragraphs in order and names each one's speaker:

* mentions (``lexicon``): [title] NAME, NAME + honorific, names known from elsewhere on the page,
  jieba's person tag; surname + title (詹书记, 沈总) and role nouns (这位院士, 特首) for the one
  person the page introduced with that title;
* speech events: ``[title] NAME [adverbials] VERB`` (南开区委书记马珊珊说, 据王静介绍) unless no
  words follow the verb (…并发言。); ``…：“quote”``; ``“quote” [title] NAME``; an opening
  quotation then one person; a sentence about one person then a quotation alone; colon turns
  ``[title] NAME：`` and Q&A turns (答：… is the interviewee's, 问：/记者：/编辑： nobody's);
* linking: 他/她 to the last *subject* named before it (not an object or companion, 与马斯克…),
  else the salient person of the paragraphs before; parts of transliterated names (盖茨) to the
  full name;
* continuation only where the words continue: an open quotation, a transcript speaker's next
  paragraphs until the next turn, first-person or whole-quotation paragraphs, a narrator's
  first-person paragraphs — never captions, headings, editors' notes or narrative about them;
* who says which words (``speech._speech_events``): where two people speak in one paragraph, the one who
  says twice everyone else's words (their quotations counted) is its speaker; comparable shares
  are contested;
* the rules' confidence: a base per way (``CONFIDENCE``) less doubts (``DOUBTS``: a name by jieba's tag alone with no
  second sign, a continuation into others' reported words, a contested paragraph, where
  another person speaks too, always falls below); below ``THRESHOLD`` the rules' proposal is
  vetoed — all three from data/confidence.txt;
* proposing and deciding: ``Attributor.propose`` returns the rules' proposal and, where none
  passes, generous ones (the last speaker, the salient person, each subject of a speech verb, a
  loosely read name, the one person named, a name label), each with generic features;
  ``propose_paragraphs`` reads a page twice (names accepted from generous proposals are
  followed in the second reading); ``choose`` accepts a rules' proposal that passes its
  threshold, else the most probable generous one if the logistic model of
  data/attribution_model.txt (``WEIGHTS``, ``ACCEPT``; fitted by ``python -m
  bench.attribution_fit``) accepts it. The confidence reported is the model's probability.

Group or organisation subjects (大家, 安理会, 该公司, 有关负责人, 张一、王二等) and unnamed people
(王女士, 赵大姐) have no speaker. Quoted and parenthesised text never attributes.

This module keeps the walk: ``Attributor`` owns the walk's state (``walkstate.WalkState``, public
fields) and proposes and decides; the readings that update that state are functions taking it
first: ``rules`` (the rules' reading of a paragraph: ``_find``, colon turns and labels), ``runon``
(continuation: whose words run on into a paragraph), ``subjects`` (the person before a verb or
quotation, pronouns' antecedents) and ``speech`` (speech events, who says which words). The layers
below hold what needs none of it, as functions the walk passes the page's names and text to:
``turns`` (transcript turns and labels), ``quotes`` (whose words a quotation or speech verb reports), ``references`` (mentions, names'
short forms, surname + title, pronouns' antecedents), ``clauses`` (compiled patterns and pure
clause helpers) and ``passes`` (after the decisions: quotations before their speaker, titles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..models import Speaker
from . import decision
from .carry import box_heading, carried_doubt
from .clauses import (
    _AGED,
    _BULLETS,
    _EPIGRAPH,
    _FIRST_PERSON,
    _JOURNALIST,
    _MASK,
    _NARRATOR,
    _REPORTER,
    _SENTENCE_END,
    _SIGNATURE,
    _SPOKEN,
    _TURN,
    _VERB_RE,
    _answerer_title,
    _as_written,
    _common_run,  # noqa: F401 (importable from here, as before the continuation moved to runon)
    _is_question,
    _listed_items,  # noqa: F401
    _nominal,
    _note_opened,
    _opens_reply,  # noqa: F401
    _points,
    _previews,
    _put_question,
    _reported_opening,
    _same_role,
    _transliterated_names,
    _trimmed,
    _unbracketed,
    _whole_quote,
    _written_in,
)
from .decision import CONFIDENCE, DOUBTS, THRESHOLD, Attribution, Proposal, choose
from .latin import dotted, latin_people
from .latin import glossed_names as latin_glosses
from .lexicon import (
    SIGNALS,
    aged_name,
    bracketed_nicknames,
    caption,
    caption_or_heading,
    clause_opening_names,
    credited_title,
    cut_long_names,
    data_words,
    editor_note,
    fuller_title,
    generic_title,
    glossed_names,
    is_transliterated,
    leadin,
    oblique,
    opening_names,
    page_characters,
    person_at_end,
    pictured_names,
    plausible_name,
    quoted_names,
    rare_character_names,
    reader_call,
    repeated_titled_names,
    simplify_aligned,
    spoken_names,
    surname_of,
    unnamed_person,
    without_ruby,
)
from .names import cut_name, name_and_word
from .pagenames import inside_place_name
from .passes import (
    _titled,
    dash_sourced,
    pointed_back,
    quoted_before,
    shown_titles,
)
from .quotes import (
    _says_quoted,
    _subject_of,
    _voiced_by_other,
)
from .references import (
    _canonical,
    _count_alone,
    _formed_name,
    _mentions,
    _name_line,
    _names,
    _surname_alone,
    _surname_reference,  # noqa: F401 (importable from here, as before)
)
from .rules import (
    _find,
)
from .runon import cited_in_turn, continuation, note_enumeration
from .speech import (
    _contested,
    _dominant,
    _loose_speakers,
    _outspeaks,
    _verb_subjects,
    _words_said,
    unnamed_speaks,
)
from .subjects import (
    _no_person,
)
from .turns import (
    _heading_byline,
    _heading_voice,
    _headline_person,
    _label_name,
    _someones_turn,
    _titled_lead,
    _transcript_name,
    cast,
    cast_roles,
    spaced_names_joined,
)
from .walkstate import WalkState

MAX_INTRODUCED = 3  # people a closing sentence lists from which none is read as introduced to speak next


@lru_cache(maxsize=1)
def _name_joiners() -> frozenset[str]:
    """data/name_joiners.txt: the conjunctions that join the next person to a name (和 与 及…), ending no name."""
    return frozenset(data_words("name_joiners.txt"))


def _latin_glosses(text: str, known: dict[str, str | None]) -> list[str]:
    """``latin.glossed_names`` in the page-name readers' shape (it needs no names the page knows)."""
    return latin_glosses(text)


def _told_by_first_person(s: str, name: str) -> bool:
    """Does the paragraph open with a sentence in the first person (我, outside any quotation) that
    names nobody, ``name`` a speech verb's subject only later: the one who says 我 tells of them
    (an oral history, a memoir), and the paragraph is not their words."""
    bare = _MASK.sub("", s)
    first = _SENTENCE_END.split(bare.strip(), maxsplit=1)[0]
    return bool(_FIRST_PERSON.search(first)) and not re.match(r"\s*我们", first) and name in bare \
        and name not in first and re.search("[“「]", s[: s.find(name)]) is None


@dataclass
class Attributor:
    """Reads one document's paragraphs in order and names each paragraph's speaker."""

    state: WalkState = field(default_factory=WalkState)

    @property
    def known(self) -> dict[str, str | None]:
        """The names the page made known, with their titles (``state.known``)."""
        return self.state.known

    def register(self, texts: Iterable[str], article: int = 0) -> None:
        """Read every paragraph for the persons the page introduces. ``article``: where the article's
        paragraphs start among ``texts`` (after the headline and headings)."""
        texts = list(texts)
        self.state.original = "\n".join(texts)
        # people written in Latin letters (Bizuneh Melaku Belachew): read as one name, Bizuneh·Melaku·Belachew
        plain = [simplify_aligned(t) for t in texts]  # (one character at a time: each paragraph's, kept for the loops below)
        self.state.latin = tuple(latin_people("\n".join(plain))) if "known" in SIGNALS else ()
        read = [dotted(t, self.state.latin) for t in plain] if self.state.latin else plain  # each paragraph ``as_read``, once
        self.state.text = "\n".join(read)
        self.state.full_names = None
        self.state.places = None
        if "known" in SIGNALS:
            for name in self.state.latin:
                self.state.known.setdefault(self.as_read(name), None)
                self.state.names.setdefault(self.as_read(name), name)
            # names the page itself confirms, each reader seeing the names the ones before it found:
            # 基普乔格（Eliud Kipchoge）; 主教练解立彬 … 解立彬表示; 杨嬿霖 twice; 马某|俩|斯 at each place;
            # 安华(左六); 加某斯（Mulu Demissie Gadise）; 周迅表示 … 周迅现场告白; “…”项乐民认为;
            # 万钢表示，… 万钢指出，… (whatever jieba's tag)
            for reader in (_latin_glosses, repeated_titled_names, rare_character_names, cut_long_names,
                           pictured_names, glossed_names, spoken_names, quoted_names, opening_names,
                           clause_opening_names):
                for name in reader(self.state.text, self.state.known):
                    self.state.known.setdefault(name, None)
        for text, s in zip(texts, read):
            for _, sp in _mentions(self.state.memo, self.state.known, _MASK.sub("", s)) if "known" in SIGNALS else ():
                sp = _trimmed(sp)
                old = self.state.known.get(sp.name)
                if sp.title and (old is None or len(sp.title) > len(old) and _same_role(old, sp.title)
                                 or generic_title(old) and not generic_title(sp.title)):
                    self.state.known[sp.name] = sp.title
                    self.state.written[sp.name] = _as_written(sp.title, s, text)
                    self.state.names[sp.name] = _as_written(sp.name, s, text)
            for name in _transliterated_names(_MASK.sub(lambda m: "\u0000" * len(m.group()), s)) if "known" in SIGNALS else ():
                if name not in self.state.known and plausible_name(name, self.state.known, after_title=False):
                    self.state.known[name] = None  # 当唐纳德•特朗普(Donald Trump)在…: a full name, no title
                    self.state.names.setdefault(name, _as_written(name, s, text))
            for am in _AGED.finditer(_MASK.sub("", s)) if "known" in SIGNALS else ():
                # 61岁的张秋大弹落烟灰说: a person described by age, the name as long as the page repeats it
                if unnamed_person(am.group(1)):
                    continue  # 82岁的孙奶奶: a person with no name here
                names = [am.group(1)[:k] for k in (4, 3, 2) if len(am.group(1)) >= k]
                for name in names:
                    if name[-1] in _name_joiners() and self.state.text.count(name[:-1]) > self.state.text.count(name):
                        continue  # 25岁的孙某某|和85岁的奶奶, 孙某某|和奶奶: the page writes the name without the 和 too
                    if name not in self.state.known and surname_of(name) and self.state.text.count(name) >= 2 \
                            and plausible_name(name, self.state.known, after_title=True):
                        self.state.known[name] = None  # written as each paragraph writes it (鍾/鐘南山)
                        # a paragraph that does not write it (garbled) names it as the page first did
                        self.state.names.setdefault(name, _as_written(name, s, text))
                        break
                else:  # 93岁的文学科握着…, written once: the name ends where jieba reads a verb
                    if (name := aged_name(_MASK.sub("", s)[am.start(1) :], self.state.known)) is not None:
                        self.state.known.setdefault(name, None)
            nm = _NARRATOR.match(s.strip())
            if nm and self.state.narrator is None:
                self.state.narrator = person_at_end(nm.group(1), self.state.known)
        for name, title in cast(self.state.text).items():  # 主持人：许可 嘉宾：…: the people a transcript's cast line lists
            self.state.known.setdefault(name, None if title in cast_roles()[1] else title)  # (a guest: no title of its own)
        for name in page_characters(self.state.text):
            self.state.known.pop(name, None)  # 扮演主角|闻善 (编剧闻善): a role an actor plays, no person of the page
        for name, title in self.state.seeded.items():
            self.state.known.setdefault(name, title)
        # 雷军|不, 阿梅 of 阿梅莉娅: a name read with one character too many or too few — the page's name;
        # 彭浦新 of 彭浦新村: part of a place's name, no person
        page_names = {}
        for name in list(self.state.known):
            if (page := name_and_word(name, self.state.known, self.state.text) or cut_name(name, self.state.known, self.state.text)):
                page_names[name] = page
            if page or inside_place_name(name, self.state.text):
                self.state.known.pop(name)
        # 前区议员庄某某(阿某) … 阿某说: the nickname is the person the page named in full
        self.state.aliases = bracketed_nicknames(self.state.text, self.state.known) if "known" in SIGNALS else {}
        self.state.aliases.update((n, p) for n, p in page_names.items() if p in self.state.known)
        self.state.memo.clear()  # titles may have grown
        # …我们的判决是公正的。 then ——高瑞强 alone on the next line, or …。——张艺谋 closing the
        # paragraph: a signature; the signed words are that person's
        self.state.signed = {}
        simplified = [s.strip() for s in read]
        for i, s in enumerate(simplified):
            sig = _SIGNATURE.search(s)
            if sig is None:
                continue
            words = s[: sig.start()].strip() or (simplified[i - 1] if i > 0 else "")
            sp = person_at_end(sig.group(1), self.state.known)
            if sp is not None and words and not _JOURNALIST.search(sp.title or "") \
                    and (_FIRST_PERSON.search(_MASK.sub("", words)) or _whole_quote(words)):
                self.state.signed[words] = sp
                # a signed block opening the article (…。 / …。 / …。——张艺谋): the paragraphs before
                # the signed one are the same person's words when they name no one and no reporter
                run = list(range(article, i if s[: sig.start()].strip() else i - 1))
                if 0 < len(run) <= _EPIGRAPH and all(
                        not _mentions(self.state.memo, self.state.known, _MASK.sub("", simplified[j])) and not _REPORTER.search(simplified[j])
                        and not caption_or_heading(simplified[j]) for j in run):
                    for j in run:
                        self.state.signed.setdefault(simplified[j], sp)
        self.state.asks = sum(1 for s in read if _is_question(s))
        heads = [_unbracketed(re.sub(r"\s+", "", m.group(1))) for t, s in zip(texts, read)
                 if ("：" in t or ":" in t) and (m := _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s)))]
        self.state.labels = {h for h in heads if len(h) <= 8 and heads.count(h) >= 2}
        self.state.asking = set()
        if len(self.state.labels) >= 2:  # an interview: one label asks (every paragraph a question), another answers
            said: dict[str, list[str]] = {}
            for t in simplified:
                m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), t))
                if m and (h := _unbracketed(re.sub(r"\s+", "", m.group(1)))) in self.state.labels:
                    said.setdefault(h, []).append(t[m.end() :].strip())
            self.state.asking = {h for h, ws in said.items() if all(re.search("[？?]", w) for w in ws)}
            if len(self.state.asking) == len(self.state.labels):
                self.state.asking = set()
        self.state.turns = sum(1 for s in read if _someones_turn(self.state.known, self.state.text, self.state.turns, self.state.labels, self.state.asks, self.state.intro, self.state.announced, s))

    def head(self, context: Iterable[str]) -> None:
        """The headline block and headings name whom the page is about (外交部发言人耿爽主持例行
        记者会): their persons count among those named before the first question, and among
        equally named ones the page's head decides who answers."""
        context = list(context)
        self.state.head_text = "\n".join(self.as_read(t) for t in context)
        # 欧阳某某：建交50周年… as the headline: whom a lead naming its subject by title alone means
        self.state.headline_person = _headline_person(self.state.known, self.as_read(context[0])) if context else None
        # 黄某：…的最后一个幸存者 over an oral history told in the first person
        self.state.voice = self.state.page_voice = self.state.headline_person
        for text in context:
            for _, sp in _mentions(self.state.memo, self.state.known, _MASK.sub("", _note_opened(self.as_read(text)))):
                self.state.named[sp.name] = self.state.named.get(sp.name, 0) + 1
                self.state.headed.add(sp.name)
                if sp.title:
                    self.state.head_titles.setdefault(sp.name, sp.title)
        # 外交部发言人耿爽主持例行记者会 above the article, then 问：… / 答：… below: the article's
        # first paragraphs, before any question, are the host's announcements
        hosts = [n for n, title in self.state.head_titles.items() if _answerer_title(title)]
        self.state.opener = Speaker(hosts[0], self.state.head_titles[hosts[0]]) if len(hosts) == 1 and self.state.asks else None

    def as_read(self, text: str) -> str:
        """``text`` as attribution reads it: simplified, offsets kept, the blanks inside the page's
        names in Latin letters written as · (``latin.dotted``)."""
        return dotted(simplify_aligned(text), self.state.latin) if self.state.latin else simplify_aligned(text)

    def attribute(self, text: str) -> Speaker | None:
        return self.decide(text).speaker

    def decide(self, text: str) -> Attribution:
        """The next paragraph's speaker, how it was found and how sure; paragraphs in page order:
        the best of the paragraph's proposals (``propose``) that the decision model accepts."""
        return choose(self.propose(text))

    def section(self, heading: str = "") -> None:
        """A heading stands before the next paragraph: no one's words run on across it (the last
        speaker's turn, an open quotation, words an aside interrupted all end there). A heading
        whose last line signs what follows with a person (——清华大学校长 李明, a speech's excerpt
        under its speaker's name) gives that person the quotation or first-person words below it."""
        held = (self.state.last, self.state.last_mode) if self.state.label_only else (None, "")
        self.state.last, self.state.last_mode, self.state.open_quote, self.state.resumable = None, "", False, None
        self.state.quoting, self.state.intro = False, None
        self.state.label_turn = None
        self.state.floor = held[0]  # a heading ends the turn, unless it stands right under its label
        # a heading right under a speaker's label alone on its line (…馆长吴向东： / 让红色薪火代代相传):
        # the title of that person's words, which follow it
        self.state.last, self.state.last_mode = held
        lines = [ln.strip() for ln in heading.splitlines() if ln.strip()]
        self.state.byline = _heading_byline(self.state.known, self.as_read(lines[-1])) if lines else None
        self.state.headline_person = _headline_person(self.state.known, self.as_read(lines[-1])) if lines else None
        # 女子铅球冠军 巩某某 / 一、李某：… over first-person paragraphs: whose words they are (or nobody's, a new section)
        # (a heading naming no one, 采访地点：…, leaves the headline's person telling the page)
        self.state.voice = (_heading_voice(self.state.known, self.as_read(lines[-1])) if lines else None) or self.state.page_voice
        self.state.voice_writer = False

    def propose(self, text: str) -> tuple[Proposal, ...]:
        """Who may have said the next paragraph (paragraphs in page order), each proposal with
        how it was found and the features the decision model weighs. The reading state (the
        last speaker, the open quotation, …) follows the rules' own confidence, never the
        model's decision, so the proposals of a page do not depend on the model's weights."""
        s = self.as_read(text)
        lead_of = self._lead_of(s)
        self.state.prev_text, self.state.this_text = self.state.this_text, s
        self.state.via, self.state.rivals = None, False
        self.state.sole = None
        self.state.flags = set()
        self.state.under_label, self.state.label_only = self.state.label_only, False
        self.state.resume, self.state.resumable = self.state.resumable, None
        self.state.byline_now, self.state.byline = self.state.byline, None
        # did the paragraph before end in quoted words (…“…”, or a quotation left open)?
        prev_quoting, self.state.quoting = self.state.quoting, bool(re.search(r"[”」][。！？!?]?\s*$", s) or s.rfind("“") > s.rfind("”"))
        put_to, self.state.put_to = self.state.put_to, None
        self.state.announced, self.state.announces = self.state.announces, s.rstrip().endswith(("：", ":"))
        self.state.index += 1
        self.state.answering, self.state.questioned = self.state.questioned, False
        # 特别提醒：如果我们使用了您的图片…: the site speaks, nobody quoted (主持人：某某 嘉宾：某某: a
        # transcript's cast line, who takes part, no one's words); 背景资料：…: a box's facts are nobody's
        # words, and no turn runs on into it or past it
        site = editor_note(s) or cast(s) or reader_call(s)
        boxed = not site and box_heading(s)
        if site or boxed:
            self.state.last, self.state.last_mode, self.state.intro, self.state.open_quote = None, "", None, False
            if boxed:
                self.state.floor, self.state.salient, self.state.voice, self.state.boxed = None, None, None, True
            return ()
        listed = self._listed_words(s)
        self.state.list_ended, self.state.listing = self.state.listing and not listed, listed
        if (caption(s) or _name_line(self.state.memo, self.state.known, s)) and not _NARRATOR.match(s.strip()) and not listed:
            return self._caption(s, text)
        self.state.unnamed_said = False
        found, mode = (self.state.last, "turn") if listed else _find(self.state, s)
        self.state.titled_lead = False
        if lead_of is not None and (sp := _titled_lead(self.state.memo, self.state.known, lead_of, s)) is not None:
            # (吉隆坡10日讯)中国驻某国大使指出 under 欧阳某某：…: the headline's person, who says the lead's
            # words (the title is no second speaker contesting them)
            found, mode, self.state.titled_lead = sp, "verb", True
            self.state.known.setdefault(sp.name, sp.title)
        if found is not None and _no_person(self.state, simplify_aligned(_trimmed(found).name)):
            found = _surname_alone(self.state.known, simplify_aligned(found.name))  # 谈创新, 问到这件事, 李则(称), 巴生
        if found is not None and mode in ("verb", "after-quote", "quote-topic", "narrated") and self.state.via is None \
                and (top := _dominant(self.state, s, _canonical(self.state.known, _trimmed(found)))) is not None \
                and not _no_person(self.state, simplify_aligned(_trimmed(top).name)):  # not 巴生 of 巴生站致词时说
            found, mode = top, "verb"  # two people speak: the one who says nearly all the words
        found, mode = self._label_turn(s, found, mode)
        if found is not None and mode == "verb" and self.state.via is None and _told_by_first_person(s, found.name):
            found, mode = None, ""  # 我是在…之后才进入报社。…当时律师张某宣布参选: the narrator tells of them
        if found is not None and mode == "verb" and cited_in_turn(self.state, s, _canonical(self.state.known, _trimmed(found))):
            # …，习近平总书记强调… inside a transcript answer: the answer goes on (a label alone on its line
            # with more turns on the page: _label_turn above keeps the labelled turn)
            found, mode = None, ""
        if self._in_voice(s, found, mode):
            found, mode = self.state.voice, "monologue"  # 一、李某：… then 我是在…之后才进入…: the person the heading names tells it
        if found is None and put_to is not None and _whole_quote(s) and not _put_question(s) \
                and not _REPORTER.search(_MASK.sub("", s)):
            found, mode = put_to, "cont"  # 魏良：“…” / “为什么？” / “以前我总觉得…”: the answer to the question put
        if found is None and self.state.last is not None and prev_quoting and _put_question(s):
            self.state.put_to = self.state.last  # “为什么？” after the speaker's words: asked of them, said by nobody we know
        if found is None and self.state.put_to is None and not _put_question(s):
            # (a short question alone in quotation marks is asked of a speaker, never said as their turn goes on)
            found, mode = continuation(self.state, s)
        if self.state.boxed and found is not None:
            if mode in ("turn", "quote", "cont", "monologue") or self.state.via is not None:
                found, mode = None, ""  # inside a box: carried speakers (a turn, a 他/她) are not its words
            else:
                self.state.boxed = False  # someone named speaks: the article goes on
        how, confidence, held = None, 0.0, (None, "")
        self.state.voiced = False
        proposals: list[Proposal] = []
        if found is not None:
            found = _canonical(self.state.known, _trimmed(found))
            found = Speaker(found.name, self._page_title(found))
            how = self._how(mode, found, s)
            confidence = round(CONFIDENCE[how] - self._doubt(mode, found, how, s), 2)
            proposals.append(self._proposal(s, text, found, how, confidence, mode, remember=confidence >= THRESHOLD))
            if confidence < THRESHOLD:
                # a paragraph voiced by others is not the speaker's, but it does not end the turn:
                # the speaker's next paragraphs go on (行政长官：… / 例如建筑师代表认为… / 另外，我们…)
                held = (found, mode) if self.state.voiced else (None, "")
                found, mode, how, confidence = None, "", None, 0.0
        if found is not None:
            self.state.known.setdefault(found.name, found.title)
        prev_last, prev_mode = self.state.last, self.state.last_mode
        # the reader's state stays in simplified characters; the answer is as the page writes it
        self.state.last, self.state.last_mode = (found, mode) if found is not None else held
        # who holds the floor: a colon turn's person, through their paragraphs of any continuation
        # (一是… / 二是… of a turn's enumeration), until a paragraph is someone else's or nobody's
        floor, holder = self.state.floor, found if found is not None else held[0]
        self.state.floor = holder if holder is not None and (found is not None and mode in ("colon", "turn")
                                                             or floor is not None and floor.name == holder.name) else None
        self.state.point = max(_points(_MASK.sub("", s)), default=0) if found is not None else 0
        note_enumeration(self.state, s, found, mode)
        self.state.said_opening = _reported_opening(s, found.name) if found is not None and mode == "verb" \
            and not _SPOKEN.search(s) and self.state.via is None else None
        self.state.said_exclaims = bool(self.state.said_opening) and s.rstrip().endswith(("！", "!"))
        self.state.opens = found is not None and mode == "verb" and s.rstrip().endswith(("：", ":"))
        subject = found or _subject_of(self.state.memo, self.state.known, _MASK.sub("", s))
        if found is None and self.state.salient is not None and re.match(r"\s*[他她](?![们])", s):
            subject = self.state.salient  # 他续说，…贯彻落实习近平主席…讲话精神: a paragraph opening with 他 is still about them
        # a person jieba tags at the paragraph's end is worked out only if a 他/她 needs it
        self.state.untagged, self.state.salient = (None, subject) if subject else (s, self.state.salient)
        ms = _mentions(self.state.memo, self.state.known, s)
        self.state.last_person = found or (ms[-1][1] if ms else self.state.last_person)
        # A person named in the closing sentence of a paragraph may speak next (出席了发布会。).
        tail = _SENTENCE_END.split(s.rstrip("。！？!?；; "))[-1]
        masked_tail = _MASK.sub("", tail)
        # (not the last of a line-up: 五位部长分别是：A，B，C，D，E。 introduces none of them to speak next)
        # (nor a reporter named in a photo credit, 记者刘某、杨某摄: who wrote or shot it, no one about to speak)
        told = [sp for pos, sp in _mentions(self.state.memo, self.state.known, masked_tail)
                if not oblique(masked_tail, pos, sp.name) and not credited_title(sp.title or "")]
        self.state.intro = told[-1] if told and len({sp.name for sp in told}) < MAX_INTRODUCED else None
        self.state.intro_rival = prev_last is not None and self.state.intro is not None and prev_last.name != self.state.intro.name
        self.state.open_quote = s.rfind("“") > s.rfind("”") or s.rfind("「") > s.rfind("」")
        if not self.state.interviewing:  # who the page is about, until its first question
            for _, sp in ms:
                self.state.named[sp.name] = self.state.named.get(sp.name, 0) + 1
        for _, sp in ms:
            self.state.seen[sp.name] = self.state.index
        if found is None and not self.state.unnamed_said and unnamed_speaks(self.state, s):
            # 一位市民说，… / 有网友表示，… / 居民赵大爷说，…: someone unnamed spoke, as 市民韩先生说 does —
            # a 他/她 or a quotation after it does not reach past them to a person named before
            self.state.unnamed_said = True
        if found is None and prev_last is not None and (prev_quoting or prev_mode == "signed") and not caption_or_heading(s) \
                and not _is_question(s) and all(sp.name == prev_last.name for _, sp in ms) and not self.state.unnamed_said:
            # quoted (or signed) words, an aside naming nobody or only the speaker (…记者见到高瑞强时
            # 对他的第一印象。): the quotation may resume — not past someone unnamed who spoke in the aside
            # (孙某说：“…” / 一位市民说，… / “我…”: the unnamed one's words as much as 孙某's)
            self.state.resumable = prev_last
        if found is None:
            if _FIRST_PERSON.search(_MASK.sub("", s)) and not caption_or_heading(s):
                self.state.narrating = True  # the reporter writes 我: 我 is no sign of a speaker's words
            if _whole_quote(s) or any(re.search("[，。！？,!?]", q.group()) for q in _SPOKEN.finditer(s)) \
                    or self.state.unnamed_said:  # (市民韩先生说: someone unnamed by a polite form spoke)
                # words we could not give anyone: whom a later 他 means is unsure — unless the
                # paragraph named only its subject (刘永好最关注…“…”。 then 在他看来: that person)
                one = subject if subject is not None and {sp.name for _, sp in ms} == {subject.name} else None
                same = self.state.orphan_of is not None and one is not None and self.state.orphan_of.name == one.name
                self.state.orphan_of = one if not self.state.orphan or same else None
                self.state.orphan = True
            named = {p.speaker.name for p in proposals}
            contested = bool({"contested", "outspoken"} & self.state.flags)
            generous = [p for p in self._fallbacks(s, text, prev_last, prev_mode) if p.speaker.name not in named]
            if contested:  # two people speak here: only the one who says the most words may be named
                words = _words_said(self.state, s)  # their quotations and unnamed speakers' words included
                top = max(words, key=lambda k: words[k]) if words else None
                generous = [p for p in generous if top is not None and self.as_read(p.speaker.name) == top]
            proposals += generous
            return () if leadin(s) else tuple(proposals)
        self.state.orphan, self.state.orphan_of = False, None
        if found is not None:
            self.state.spoke[found.name] = self.state.index
        # 以下为…对话实录：: an editor's lead-in introduces people who speak below, it carries no words
        # (nor does a spaced label alone on its line: its person speaks in the paragraphs below)
        return () if leadin(s) or self.state.label_only else tuple(proposals)

    def _in_voice(self, s: str, found: Speaker | None, mode: str) -> bool:
        """Is the paragraph told in the first person by the one person the heading over it (or the headline)
        names as whose words follow (``state.voice``: 女子铅球冠军 巩某某 / 一、李某：… / 黄某：…的最后一个幸存者)?
        Its own words, quoting no one's words (a word set off in quotation marks is no quotation), no turn or
        question, and no one else spoke since the heading — a person its narration says spoke (…张某宣布参选，
        我去专访他) is no speaker of it. A first-person paragraph naming a reporter or that person in the third
        person (我第一次见到李某是在…) is the writer's: under that heading no 我 is theirs any more."""
        voice = self.state.voice
        if voice is None or self.state.voice_writer or found is not None and (
                found.name == voice.name or mode not in ("verb", "after-quote", "quote-topic", "narrated")):
            return False
        last = self.state.last
        if last is not None and last.name != voice.name:
            return False
        bare = _MASK.sub("", s)
        if not _FIRST_PERSON.search(bare) or _SPOKEN.search(s) or _is_question(s) or caption_or_heading(s) \
                or _TURN.match(_MASK.sub(lambda m: "\u0000" * len(m.group()), s)):
            return False
        if _REPORTER.search(bare) or simplify_aligned(voice.name) in s:
            self.state.voice_writer = True
            return False
        return True

    def _lead_of(self, s: str) -> Speaker | None:
        """The person the headline or heading just above names by its label, for this paragraph (the
        lead under it); a paragraph that is itself such a headline (王某某：对华教发声…) names the
        person for the next, a short line (a caption, a date) passes it on, any other consumes it."""
        lead_of, self.state.headline_person = self.state.headline_person, None
        here = _headline_person(self.state.known, s)
        if here is not None:
            self.state.headline_person = here
            return None
        if lead_of is not None and (len(s.strip()) < 20 or caption(s)):
            self.state.headline_person = lead_of
            return None
        return lead_of

    def _label_turn(self, s: str, found: Speaker | None, mode: str) -> tuple[Speaker | None, str]:
        """工业和信息化部部长 金某： alone on its line, then the minister's paragraphs: in a transcript of
        such labels the turn runs to the next turn or question, and a person the speaker cites in it
        (习近平总书记指出，…) says no paragraph of it — the paragraph goes on the labelled turn (its
        doubts, another's words in it, still weigh). A new label, a question or another turn ends it."""
        under = self.state.label_turn
        if self.state.label_only or mode == "colon" and s.rstrip().endswith(("：", ":")):
            self.state.label_turn = found  # the label alone on its line: its words are the paragraphs below
            return found, mode
        if _is_question(s) or mode == "colon" or found is None and _someones_turn(
                self.state.known, self.state.text, self.state.turns, self.state.labels, self.state.asks,
                self.state.intro, self.state.announced, s):
            self.state.label_turn = None
            return found, mode
        # (not a paragraph naming the turn's own person but in the first person, 我叫某某, nor a reporter:
        # narration about them, a feature's section under a label, 记者连线某某时…)
        if under is not None and found is not None and mode in ("verb", "after-quote", "quote-topic", "narrated") \
                and self.state.turns >= 2 and simplify_aligned(found.name) != simplify_aligned(under.name) \
                and (simplify_aligned(under.name) not in s or _FIRST_PERSON.search(_MASK.sub("", s))) \
                and not _REPORTER.search(_MASK.sub("", s)):
            return under, "turn"
        return found, mode

    def _page_title(self, found: Speaker) -> str | None:
        """The title the page gives ``found``: the one found with the mention, unless the page
        writes the same person's post more fully elsewhere (总教练 → 悍将队总教练, 企业负责人 →
        …有限公司董事长): one title for a person across the page."""
        known = self.state.known.get(found.name)
        return known if fuller_title(found.title, known) else found.title

    def _proposal(self, s: str, text: str, found: Speaker, how: str, rule: float, mode: str,
                  remember: bool = False, proposer: str = "rules") -> Proposal:
        """``found`` as the page writes it (name and title), with the features of this proposal."""
        if found.name not in self.state.known and (page := name_and_word(found.name, self.state.known, self.state.text)):
            found = Speaker(page, found.title or self.state.known.get(page))  # 郁亮|答： the page's name
        if found.name in self.state.aliases:
            full = self.state.aliases[found.name]
            found = Speaker(full, found.title or self.state.known.get(full))
        title = found.title
        written = _as_written(title, s, text) if title and _written_in(title, s) else self.state.written.get(found.name, title)
        name = _as_written(found.name, s, text) if found.name in s else self.state.names.get(found.name) or self._page_written(found.name)
        if remember:
            self.state.names.setdefault(found.name, name)  # later paragraphs write the name as this one did
            if written:
                self.state.written.setdefault(found.name, written)
        if found.name in self.state.seeded and proposer == "rules":
            proposer = "seeded"  # a name only a first reading's model decision gave: the model decides again
        feats = self._features(s, found, how, rule, mode, proposer)
        # a seeded name the rules doubt below their threshold stays vetoed (a contested paragraph)
        return Proposal(Speaker(name, written), how, 0.0 if proposer == "seeded" and rule >= THRESHOLD else rule, feats)

    def _page_written(self, name: str) -> str:
        """A name the page writes elsewhere, though no reading recorded how (李进勇 of a 答：… turn that
        only the interview's headline names): as the page writes it (李進勇), else as read."""
        if len(self.state.text) != len(self.state.original):
            return name
        return _as_written(name, self.state.text, self.state.original) or name

    def _features(self, s: str, found: Speaker, how: str, rule: float, mode: str, proposer: str) -> tuple[tuple[str, float], ...]:
        """What the decision model weighs for one proposal: how it was found (way, doubts,
        proposer, the rules' confidence) and generic facts of the paragraph and the page —
        whether the name, a title, a speech verb, a quotation, a colon turn or other people are
        in it, how often the page names the person, how far back they were named or spoke."""
        bare = _MASK.sub("", s)
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        others = {sp.name for _, sp in _mentions(self.state.memo, self.state.known, bare)} - {found.name}
        seen = self.state.seen.get(found.name)
        spoke = self.state.spoke.get(found.name)
        f: dict[str, float] = {
            "bias": 1.0, f"how:{how}": 1.0, f"by:{proposer}": 1.0, "rule": rule,
            "named-here": float(found.name in s),
            "person-here": float(decision.person_named(found.name, s)),  # the unseen-page model's sign
            "titled": float(bool(found.title)),
            "page-mentions": min(self.state.text.count(found.name), 10) / 10,
            "others-here": min(len(others), 3) / 3,
            "quote-marks": float(bool(re.search("[“「]", s))),
            "whole-quote": float(_whole_quote(s)),
            "first-person": float(bool(_FIRST_PERSON.search(bare))),
            "speech-verb": float(any(not _nominal(masked, m.start(), m.group()) for m in _VERB_RE.finditer(masked))),
            "colon-turn": float(bool(_TURN.match(masked))),
            "short": float(len(s.strip()) < 30),
            "transcript-page": float(self.state.turns >= 2),
            "gap-named": (min(self.state.index - seen, 5) / 5) if seen is not None else 1.0,
            "gap-spoke": (min(self.state.index - spoke, 5) / 5) if spoke is not None else 1.0,
            "transliterated": float(is_transliterated(found.name)),
        }
        for flag in self.state.flags:
            f[f"doubt:{flag}"] = 1.0
        if proposer not in ("rules", "seeded"):  # what makes each generous proposer right differs
            for k in ("named-here", "quote-marks", "whole-quote", "first-person", "speech-verb", "colon-turn", "others-here", "gap-spoke"):
                f[f"{proposer}&{k}"] = f[k]
        return tuple(sorted(f.items()))

    def _fallbacks(self, s: str, text: str, prev: Speaker | None, prev_mode: str) -> list[Proposal]:
        """Generous proposals for a paragraph the rules gave nobody, for the decision model to
        weigh: the person who spoke last (a continuation the rules did not take), and the one
        person the paragraph names when it holds a speech verb or a quotation."""
        if _is_question(s) or caption_or_heading(s) or editor_note(s) or self.state.put_to is not None or self.state.boxed \
                or _put_question(s):
            return []  # (a short quoted question put to the last speaker: asked by someone else)
        out: list[Proposal] = []
        self.state.flags = set()
        recent = max(self.state.spoke.items(), key=lambda kv: kv[1], default=None)
        if recent is not None and self.state.index - recent[1] <= 3:
            sp = Speaker(recent[0], self.state.known.get(recent[0]))
            out.append(self._proposal(s, text, sp, "continuation", 0.0, "cont", proposer="last-speaker"))
        bare = _MASK.sub("", s)
        if (sp := _label_name(self.state.known, self.state.text, s)) is not None and all(o.speaker.name != sp.name for o in out):
            out.append(self._proposal(s, text, sp, "transcript", 0.0, "colon", proposer="label"))
        if _whole_quote(s) or _SPOKEN.search(s) or _FIRST_PERSON.search(bare):
            for sp in (self.state.salient, self.state.intro, self.state.last_person):
                if sp is not None and all(o.speaker.name != sp.name for o in out):
                    sp = Speaker(sp.name, sp.title or self.state.known.get(sp.name))
                    out.append(self._proposal(s, text, sp, "continuation", 0.0, "cont", proposer="salient"))
                    break
        for sp, share in _verb_subjects(self.state, s):
            if all(o.speaker.name != sp.name for o in out):
                self.state.flags = set()
                prop = self._proposal(s, text, sp, "speech-verb", 0.0, "", proposer="verb-subject")
                out.append(Proposal(prop.speaker, prop.how, 0.0, tuple(sorted((*prop.features, ("words-share", share))))))
        for sp in _loose_speakers(self.state, s):
            if all(o.speaker.name != sp.name for o in out):
                out.append(self._proposal(s, text, sp, "speech-verb", 0.0, "", proposer="loose-name"))
        people = {sp.name: sp for _, sp in _mentions(self.state.memo, self.state.known, bare)}
        if len(people) == 1 and (re.search("[“「]", s) or _VERB_RE.search(bare)) and all(o.speaker.name not in people for o in out):
            sp = _canonical(self.state.known, _trimmed(next(iter(people.values()))))
            sp = Speaker(sp.name, sp.title or self.state.known.get(sp.name))
            if not out or out[0].speaker.name != sp.name:
                how = "speech-verb" if _VERB_RE.search(bare) else "quote"
                out.append(self._proposal(s, text, sp, how, 0.0, "", proposer="only-name"))
        return [o for o in out if not _no_person(self.state, simplify_aligned(_trimmed(o.speaker).name))  # 李则(称): no name
                and not _told_by_first_person(s, self.as_read(o.speaker.name))]  # (one the narrator tells of)

    def _listed_words(self, s: str) -> bool:
        """☆一开始我们都不太适应…: after ``NAME表示：`` alone on its line, a bulleted first-person
        paragraph is an item of that person's words, not a photo caption."""
        bare = s.strip()
        return (
            self.state.last is not None and self.state.last_mode in ("colon", "turn") and self.state.bare_turn
            and bare[:1] in _BULLETS and len(bare) >= 30
            and bool(_FIRST_PERSON.search(_MASK.sub("", bare))) and not _names(self.state.memo, self.state.known, bare, self.state.last)
            and not any(sp.name != self.state.last.name for _, sp in _mentions(self.state.memo, self.state.known, _MASK.sub("", bare)))
        )

    def _caption(self, s: str, text: str) -> tuple[Proposal, ...]:
        """A photo caption carries only words it reports with a named person and a speech verb
        (…古特雷斯6日呼吁各方保持克制。 新华社记者李木子摄); it continues and introduces nobody."""
        found, mode = _find(self.state, s)
        self.state.last, self.state.last_mode, self.state.intro = None, "", None
        if found is None or mode != "verb" or self.state.via is not None or found.name not in s:
            return ()
        found = Speaker(found.name, found.title or self.state.known.get(found.name))
        self.state.flags = {"caption"}
        return (self._proposal(s, text, found, "speech-verb", round(CONFIDENCE["speech-verb"] - DOUBTS["caption"], 2), mode),)

    def _doubt(self, mode: str, found: Speaker, how: str, s: str) -> float:
        """How much less sure than its way's base confidence this attribution is."""
        flags = self.state.flags
        if self.state.sole is not None and self.state.sole == found.name and how == "title-reference":
            flags.add("sole-holder")  # 行政长官表示: a post alone as a verb's subject, its one holder on the page
        if mode == "quote-topic":
            flags.add("quote-topic")
        if self.state.rivals:
            flags.add("rivals")  # 张三和李四出席了会议。他表示: two people the pronoun could mean
        if found.title is None and found.name not in self.state.known and _count_alone(self.state.known, self.state.text, found.name) < 2:
            # named once, with no title, found by jieba alone: sure enough only with a second sign
            # that this person speaks — a 他/她 that refers back to the name, or quoted words
            confirmed = (how in ("pronoun", "title-reference") or mode in ("after-quote", "quote-topic", "signed") or _says_quoted(s, found.name)
                         or mode == "colon" and _transcript_name(self.state.turns, found.name, found))
            flags.add("weak-name-confirmed" if confirmed else "weak-name-formed" if _formed_name(found.name) else "weak-name")
        if mode not in ("colon", "signed") and not self.state.titled_lead and _contested(self.state, s, found, how):  # a turn's words name whom it talks about
            # the one who says nearly all the words is less in doubt than a contest between equals
            flags.add("outspoken" if _outspeaks(self.state, s, found, how) else "contested")
        if mode not in ("colon", "signed") and _previews(s, simplify_aligned(found.name)):
            flags.add("previewed")  # …她又怎么看待…呢？: the writer asks what the person will say
        if how == "continuation" and (carried := carried_doubt(self.state.memo, self.state.known, s, found)) is not None:
            flags.add(carried)  # the paragraph narrates: a scene of time, a list of people (carry.py)
            self.state.voiced = carried == "carried-list"  # the speaker goes on after the list of guests
        if how == "continuation" and _voiced_by_other(self.state.known, s, found, answer=mode == "turn" and self.state.interviewing):
            flags.add("voiced")
            self.state.voiced = True
        return sum(DOUBTS[f] for f in flags)

    def _how(self, mode: str, found: Speaker, s: str) -> str:
        if mode in ("turn", "quote", "cont"):
            return "continuation"
        if mode == "monologue":
            return "monologue"
        if mode == "signed":
            return "quote"  # the words, then their signature (——高瑞强)
        if self.state.via is not None:
            return self.state.via
        if simplify_aligned(found.name) not in s:
            return "title-reference"
        return {"colon": "transcript", "verb": "speech-verb", "after-quote": "quote", "quote-topic": "quote", "narrated": "quote"}[mode]

def propose_paragraphs(paragraphs: list[str], context: Iterable[str] = (),
                       model: tuple[dict[str, float], float] | None = None,
                       preface: Iterable[str] = (), breaks: Iterable[int] = (),
                       headings: Mapping[int, str] | None = None) -> list[tuple[Proposal, ...]]:
    """The proposals for each of a document's paragraphs, in order (what ``attribute_paragraphs``
    decides between). ``context`` (the title) seeds names.

    Two readings: the people the first reading's decisions name that the rules did not know
    (a name read loosely before a speech verb, 金大宗说) are known names in the second, so its
    rules can follow them (their next quotation, 他, a transcript turn); every proposal of such a
    name is ``seeded``, a generous proposal the model decides. ``model`` (weights, threshold)
    decides the first reading in place of the model file's (for fitting). ``preface`` (headings
    and captions between the headline and the article) only tells whom the page is about
    (``Attributor.head``), with the context. ``breaks``: the paragraphs a heading stands before
    (``Attributor.section``); ``headings`` the text of the heading standing there, where it is known
    (a heading ——[title] NAME signs the words below it)."""
    breaks = frozenset(breaks)
    headings = dict(headings or {})

    def read(att: Attributor) -> list[tuple[Proposal, ...]]:
        out = []
        for i, p in enumerate(paragraphs):
            if i in breaks:
                att.section(without_ruby(headings.get(i, "")))
            out.append(att.propose(p))
        return out

    weights, accept = model if model is not None else (decision.WEIGHTS, decision.ACCEPT)
    context = [without_ruby(c) for c in context]
    heads = [*context, *(without_ruby(p) for p in preface)]
    paragraphs = [spaced_names_joined(without_ruby(p)) for p in paragraphs]  # 许 可： is 许可's turn
    att = Attributor()
    att.register([*context, *paragraphs], article=len(context))
    att.head(heads)
    registered = set(att.state.known)
    first = read(att)
    seeds: dict[str, str | None] = {}
    for ps in first:
        a = choose(ps, weights, accept)
        if a.speaker is None or any(p.rule >= THRESHOLD for p in ps):
            continue  # only what the rules did not find themselves
        if (name := att.as_read(a.speaker.name)) not in registered:
            seeds.setdefault(name, simplify_aligned(a.speaker.title) if a.speaker.title else None)
    if not seeds:
        return first
    att = Attributor(WalkState(seeded=seeds))
    att.register([*context, *paragraphs], article=len(context))
    att.head(heads)
    return read(att)


def attribute_paragraphs(paragraphs: list[str], context: Iterable[str] = (),
                         preface: Iterable[str] = (), breaks: Iterable[int] = (),
                         headings: Mapping[int, str] | None = None) -> list[Attribution]:
    """Who said each of a document's paragraphs, in order. ``context`` (the title) seeds names;
    ``preface`` (headings and captions above the article) tells whom the page is about;
    ``breaks`` are the paragraphs a heading of the article stands before (no continuation across it),
    ``headings`` that heading's text (paragraph → text; a heading ——[title] NAME signs the words below it)."""
    context = list(context)
    preface = list(preface)
    proposals = propose_paragraphs(paragraphs, context, preface=preface, breaks=breaks, headings=headings)
    out = [choose(ps) for ps in proposals]
    for i, extra in quoted_before(paragraphs, out):
        out[i] = choose((*proposals[i], extra))
    for i, extra in pointed_back(paragraphs, out):
        out[i] = choose((extra, *proposals[i]))  # the page says whose the words are: before a continuation
        if out[i + 1].how == "continuation":
            out[i + 1] = Attribution()  # …这样说的人叫王某: narration about the words, nobody's going on
    for i, sourced in dash_sourced(paragraphs, out, frozenset(breaks)):
        out[i] = sourced  # “…” then ——…选手林希妤表示，…: the dash line's speaker's, or nobody's
    return shown_titles(_titled(out, [*context, *preface, *paragraphs]), paragraphs)


def attribute_document(paragraphs: list[str], context: Iterable[str] = ()) -> list[Speaker | None]:
    """Speakers for a document's paragraphs, in order. ``context`` (the title) seeds names."""
    return [a.speaker for a in attribute_paragraphs(paragraphs, context)]

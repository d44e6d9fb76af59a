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
* who says which words (``_speech_events``): where two people speak in one paragraph, the one who
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

This module keeps the walk and its state; the layers below it hold what needs none of it, as
functions the walk passes the page's names and text to: ``turns`` (transcript turns and labels),
``quotes`` (whose words a quotation or speech verb reports), ``references`` (mentions, names'
short forms, surname + title, pronouns' antecedents), ``clauses`` (compiled patterns and pure
clause helpers) and ``passes`` (after the decisions: quotations before their speaker, titles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..models import Speaker
from . import decision
from .carry import carried_doubt
from .clauses import (
    _AGED,
    _ANSWER,
    _ASKED,
    _ASKED_AFTER,
    _ASKS,
    _BITE,
    _BOOK,
    _BRACKET_TURN,
    _BULLETS,
    _BY_VIEW,
    _CONNECTIVES,
    _EPIGRAPH,
    _FIRST_PERSON,
    _FOR_EXAMPLE,
    _GROUP_END,
    _HEADLINE_LABEL,
    _IN_VIEW,
    _IN_WORDS,
    _INTERVIEW_HEAD,
    _INVITE,
    _JOURNALIST,
    _KIN,
    _LISTING,
    _MARKUP_LEAD,
    _MASK,
    _NARRATOR,
    _NOBODY,
    _NOT_NAME_START,
    _OUTSPOKEN,
    _POSSESSED_WORDS,
    _REPORTER,
    _REPORTER_OPENS,
    _SENTENCE_END,
    _SIGNATURE,
    _SPACED_LABEL,
    _SPOKEN,
    _STATEMENT,
    _TAIL_ADV,
    _TIME_CLAUSE,
    _TITLES_LABEL,
    _TO_BEFORE,
    _TRANSLITERATED,
    _TURN,
    _VERB_END,
    _VERB_RE,
    _VERIFIED,
    _VIEW_ANY,
    _announced_count,
    _answerer_title,
    _as_written,
    _asks_you,
    _closes_quote,
    _common_run,
    _companion,
    _cores,
    _described_speech,
    _foreign_label,
    _has_name_sep,
    _invited,
    _is_question,
    _listed_items,
    _no_words_follow,
    _nominal,
    _note_opened,
    _opens_reply,
    _original_named_label,
    _points,
    _reference_patterns,
    _reported_opening,
    _resumptions,
    _salutations,
    _same_role,
    _speech_clauses,
    _strip_adverbials,
    _strip_title_tail,
    _title_inside_label,
    _told_him,
    _transliterated_names,
    _trimmed,
    _unbracketed,
    _unnamed_speaker,
    _unvoiced,
    _whole_quote,
    _written_in,
)
from .decision import CONFIDENCE, DOUBTS, THRESHOLD, Attribution, Proposal, choose
from .experiencer import moved_after_quote, moved_person
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    NAME_SEP,
    SIGNALS,
    TIME_LEAD,
    addressed_person,
    by_role,
    by_surname_and_title,
    caption,
    caption_or_heading,
    clause_not_name,
    clause_word_first,
    clean_title,
    cut_short,
    dateline_places,
    editor_note,
    fuller_title,
    generic_title,
    is_nonperson,
    is_transliterated,
    known_at,
    leadin,
    oblique,
    page_nonperson,
    person_at_end,
    pictured_names,
    plausible_name,
    pos_tags,
    rare_character_names,
    repeated_titled_names,
    simplify_aligned,
    surname_of,
    title_end,
    unnamed_person,
    without_ruby,
    word_starts,
)
from .overrun import known_head
from .passes import (
    _titled,
    dash_sourced,
    quoted_before,
)
from .quotes import (
    _last_subject_then_quote,
    _name_ends_at,
    _opened_by_another,
    _quote_then_subject,
    _says_quoted,
    _subject_at,
    _subject_of,
    _tagged_subject,
    _verbs_here,
    _voiced_by_other,
)
from .references import (
    _before_pronoun,
    _canonical,
    _clause_opener,
    _companion_of,
    _coordinated,
    _count_alone,
    _formed_name,
    _given_part_form,
    _mentions,
    _name_line,
    _names,
    _narrates,
    _object_before,
    _other_speaker,
    _people_of_surname,
    _pronoun_in_manner,
    _rank,
    _role_shared,
    _short_form,
    _sole_holder,
    _spoken_to,
    _surname_alone,
    _surname_reference,
    _tagged_names,
    _unread_subject,
    _when_subject,
)
from .turns import (
    _answer_label,
    _asking_turn,
    _bracket_turn,
    _heading_byline,
    _holder,
    _host,
    _interviewed,
    _label_name,
    _outlet_asks,
    _someones_turn,
    _soundbite,
    _surname_turn,
    _titled_label,
    _transcript_name,
)


@dataclass
class Attributor:
    """Reads one document's paragraphs in order and names each paragraph's speaker."""

    known: dict[str, str | None] = field(default_factory=dict)
    _via: str | None = None  # "pronoun" when the paragraph's speaker was found through 他/她
    _memo: dict = field(default_factory=dict)  # mentions per (text, number of known names)
    _asked: bool = False
    _rivals: bool = False  # the pronoun had two people to mean
    _voiced: bool = False  # the paragraph a continuation would reach reports others' words (doubt "voiced")
    _quoted_turn: bool = False  # the last colon turn was NAME：“quotation”
    _bare_turn: bool = False  # the last colon turn was a name alone on its line
    _label_only: bool = False  # the paragraph is a spaced label alone (国务院新闻办新闻局 寿小丽：): no words of its own
    _bite: bool = False  # the last colon turn was a sound bite: TITLE NAME：one or two sentences
    _speech_turn: bool = False  # the last colon turn opened a speech (NAME：女士们、先生们，…)
    _opener: Speaker | None = None  # a press conference's host the head names, whose announcements open the article
    _opened: int = 0  # the article's paragraphs so far that were such announcements
    _byline: Speaker | None = None  # a heading signed the words below it (——清华大学校长 李明)
    _byline_now: Speaker | None = None  # … as the paragraph being read sees it
    _signed: dict[str, Speaker] = field(default_factory=dict)  # signed words (simplified) → who signed them
    _quoting: bool = False  # the paragraph ends in quoted words
    _resumable: Speaker | None = None  # the speaker before a paragraph of narration that named nobody
    _resume: Speaker | None = None  # … as the paragraph being read sees it
    _announces: bool = False  # the paragraph ends with a colon (以下是…的开场发言：)
    _announced: bool = False  # … the paragraph before the one being read did
    _led_turn: bool = False  # the last colon turn was a title alone, its holder introduced just before
    _named: dict[str, int] = field(default_factory=dict)  # mentions per person before the first question
    _headed: set[str] = field(default_factory=set)  # persons the headline block and headings name (``head``)
    _head_titles: dict[str, str] = field(default_factory=dict)  # their titles there (外交部发言人王涛)
    _listing: bool = False  # the previous paragraph was a bulleted item of the speaker's words
    _list_ended: bool = False  # ... and this one is no such item
    questioned: bool = False  # the paragraph is a question to the interviewee (问：…, 您觉得…？)
    answering: bool = False  # the paragraph before was such a question
    opens: bool = False  # the previous paragraph's speaker ended it with a colon (洪磊首先发布消息：)
    point: int = 0  # the last numbered point (第一…, 二是…) of the previous paragraph's speaker
    labels: set[str] = field(default_factory=set)  # colon labels that open two or more paragraphs (德国之声：)
    asking: set[str] = field(default_factory=set)  # … whose every paragraph asks (凤凰网读书：…吗？): the interviewer
    asks: int = 0  # question turns on the page (记者：…, 问：…)
    turns: int = 0  # paragraphs of the page that open someone's turn (a transcript has two or more)  # the paragraph is a journalist's turn (记者张三：…)
    last: Speaker | None = None  # speaker of the previous paragraph
    last_mode: str = ""  # how it was found: "verb", "colon", "turn", "quote", "cont", "question"
    last_person: Speaker | None = None  # the last person named at all
    salient: Speaker | None = None  # whom a 他/她 opening the next paragraph means
    intro: Speaker | None = None  # a person named in the previous paragraph's last sentence
    _intro_rival: bool = False  # … and someone else spoke in the paragraph before that one
    open_quote: bool = False  # the previous paragraph left a quotation open
    written: dict[str, str | None] = field(default_factory=dict)  # titles as the page writes them
    text: str = ""  # the whole document, simplified
    original: str = ""  # the whole document as written (offsets as in ``text``)
    names: dict[str, str] = field(default_factory=dict)  # names as the page writes them
    answerer: Speaker | None = None  # who gives the 答：… answers of a Q&A interview
    interviewee: Speaker | None = None  # the salient person when the first question came
    interviewing: bool = False  # a question has come: the interviewee is decided (perhaps nobody)
    narrator: Speaker | None = None  # who tells a first-person page (居民陈代蓉——)
    _untagged: str | None = None  # the previous paragraph, when it named no subject we recognise
    orphan: bool = False  # a quotation since the last speaker went to nobody
    orphan_of: Speaker | None = None  # the one person the paragraphs of those words named, as their subject
    narrating: bool = False  # a paragraph of nobody's words said 我 (a reporter's first person)
    index: int = 0  # paragraphs read so far
    seeded: dict[str, str | None] = field(default_factory=dict)  # names only a first reading's model decisions found
    _seen: dict[str, int] = field(default_factory=dict)  # the paragraph each person was last named in
    _spoke: dict[str, int] = field(default_factory=dict)  # the paragraph each person last spoke in
    _flags: set[str] = field(default_factory=set)  # the doubts of the proposal being made
    _full_names: tuple[tuple[str, str], ...] | None = None  # transliterated names the page writes in full, with their last part
    _places: frozenset[str] | None = None  # the places the page's datelines name (``lexicon.dateline_places``)
    _announced_points: bool = False  # the last speaker's paragraph announced a number of points (…四个字来概括)
    _items: tuple[str, ...] = ()  # the items the last speaker enumerated (增长平稳、就业扩大、物价稳定…)
    _item_at: int = -1  # the last of them a paragraph of that speaker's took up
    _item_next: int = -1  # … the one the paragraph being read takes up
    _said_opening: str | None = None  # the last paragraph opened with its speaker's verb: the words after it (…表示，X)
    _said_exclaims: bool = False  # … and ended exclaiming (…不让历史悲剧重演！)
    _answer_turn: bool = False  # the last colon turn answered the question just before it
    _prev_text: str = ""  # the paragraph before the one being read (simplified)
    _this_text: str = ""  # the paragraph being read (simplified)
    _sole: str | None = None  # a post alone (行政长官表示, 总统：) read as the one person the page gives it

    def register(self, texts: Iterable[str], article: int = 0) -> None:
        """Read every paragraph for the persons the page introduces. ``article``: where the article's
        paragraphs start among ``texts`` (after the headline and headings)."""
        texts = list(texts)
        self.original = "\n".join(texts)
        self.text = "\n".join(map(simplify_aligned, texts))  # (one character at a time: each paragraph's, kept for the loops below)
        self._full_names = None
        self._places = None
        for name in repeated_titled_names(self.text, self.known) if "known" in SIGNALS else ():
            self.known.setdefault(name, None)  # 主教练解立彬 … 解立彬表示 … 解立彬强调: the page confirms the name
        for name in rare_character_names(self.text, self.known) if "known" in SIGNALS else ():
            self.known.setdefault(name, None)  # 杨嬿霖 (嬿: a character jieba does not know), twice on the page
        for name in pictured_names(self.text, self.known) if "known" in SIGNALS else ():
            self.known.setdefault(name, None)  # 安华(左六)出席: only people stand in a photo
        for text in texts:
            s = simplify_aligned(text)
            for _, sp in _mentions(self._memo, self.known, _MASK.sub("", s)) if "known" in SIGNALS else ():
                sp = _trimmed(sp)
                old = self.known.get(sp.name)
                if sp.title and (old is None or len(sp.title) > len(old) and _same_role(old, sp.title)
                                 or generic_title(old) and not generic_title(sp.title)):
                    self.known[sp.name] = sp.title
                    self.written[sp.name] = _as_written(sp.title, s, text)
                    self.names[sp.name] = _as_written(sp.name, s, text)
            for name in _transliterated_names(_MASK.sub(lambda m: "\u0000" * len(m.group()), s)) if "known" in SIGNALS else ():
                if name not in self.known and plausible_name(name, self.known, after_title=False):
                    self.known[name] = None  # 当唐纳德•特朗普(Donald Trump)在…: a full name, no title
                    self.names.setdefault(name, _as_written(name, s, text))
            for am in _AGED.finditer(_MASK.sub("", s)) if "known" in SIGNALS else ():
                # 61岁的张秋大弹落烟灰说: a person described by age, the name as long as the page repeats it
                if unnamed_person(am.group(1)):
                    continue  # 82岁的孙奶奶: a person with no name here
                names = [am.group(1)[:k] for k in (4, 3, 2) if len(am.group(1)) >= k]
                for name in names:
                    if name not in self.known and surname_of(name) and self.text.count(name) >= 2 \
                            and plausible_name(name, self.known, after_title=True):
                        self.known[name] = None  # written as each paragraph writes it (鍾/鐘南山)
                        break
            nm = _NARRATOR.match(s.strip())
            if nm and self.narrator is None:
                self.narrator = person_at_end(nm.group(1), self.known)
        for name, title in self.seeded.items():
            self.known.setdefault(name, title)
        self._memo.clear()  # titles may have grown
        # …我们的判决是公正的。 then ——高瑞强 alone on the next line, or …。——张艺谋 closing the
        # paragraph: a signature; the signed words are that person's
        self._signed = {}
        simplified = [simplify_aligned(t).strip() for t in texts]
        for i, s in enumerate(simplified):
            sig = _SIGNATURE.search(s)
            if sig is None:
                continue
            words = s[: sig.start()].strip() or (simplified[i - 1] if i > 0 else "")
            sp = person_at_end(sig.group(1), self.known)
            if sp is not None and words and not _JOURNALIST.search(sp.title or "") \
                    and (_FIRST_PERSON.search(_MASK.sub("", words)) or _whole_quote(words)):
                self._signed[words] = sp
                # a signed block opening the article (…。 / …。 / …。——张艺谋): the paragraphs before
                # the signed one are the same person's words when they name no one and no reporter
                run = list(range(article, i if s[: sig.start()].strip() else i - 1))
                if 0 < len(run) <= _EPIGRAPH and all(
                        not _mentions(self._memo, self.known, _MASK.sub("", simplified[j])) and not _REPORTER.search(simplified[j])
                        and not caption_or_heading(simplified[j]) for j in run):
                    for j in run:
                        self._signed.setdefault(simplified[j], sp)
        self.asks = sum(1 for t in texts if _is_question(simplify_aligned(t)))
        heads = [_unbracketed(re.sub(r"\s+", "", m.group(1))) for t in texts
                 if ("：" in t or ":" in t) and (m := _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), simplify_aligned(t))))]
        self.labels = {h for h in heads if len(h) <= 8 and heads.count(h) >= 2}
        self.asking = set()
        if len(self.labels) >= 2:  # an interview: one label asks (every paragraph a question), another answers
            said: dict[str, list[str]] = {}
            for t in texts:
                t = simplify_aligned(t).strip()
                m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), t))
                if m and (h := _unbracketed(re.sub(r"\s+", "", m.group(1)))) in self.labels:
                    said.setdefault(h, []).append(t[m.end() :].strip())
            self.asking = {h for h, ws in said.items() if all(re.search("[？?]", w) for w in ws)}
            if len(self.asking) == len(self.labels):
                self.asking = set()
        self.turns = sum(1 for t in texts if _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, simplify_aligned(t)))

    def head(self, context: Iterable[str]) -> None:
        """The headline block and headings name whom the page is about (外交部发言人耿爽主持例行
        记者会): their persons count among those named before the first question, and among
        equally named ones the page's head decides who answers."""
        for text in context:
            for _, sp in _mentions(self._memo, self.known, _MASK.sub("", _note_opened(simplify_aligned(text)))):
                self._named[sp.name] = self._named.get(sp.name, 0) + 1
                self._headed.add(sp.name)
                if sp.title:
                    self._head_titles.setdefault(sp.name, sp.title)
        # 外交部发言人耿爽主持例行记者会 above the article, then 问：… / 答：… below: the article's
        # first paragraphs, before any question, are the host's announcements
        hosts = [n for n, title in self._head_titles.items() if _answerer_title(title)]
        self._opener = Speaker(hosts[0], self._head_titles[hosts[0]]) if len(hosts) == 1 and self.asks else None

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
        held = (self.last, self.last_mode) if self._label_only else (None, "")
        self.last, self.last_mode, self.open_quote, self._resumable = None, "", False, None
        self._quoting, self.intro = False, None
        # a heading right under a speaker's label alone on its line (…馆长吴向东： / 让红色薪火代代相传):
        # the title of that person's words, which follow it
        self.last, self.last_mode = held
        lines = [ln.strip() for ln in heading.splitlines() if ln.strip()]
        self._byline = _heading_byline(self.known, simplify_aligned(lines[-1])) if lines else None

    def propose(self, text: str) -> tuple[Proposal, ...]:
        """Who may have said the next paragraph (paragraphs in page order), each proposal with
        how it was found and the features the decision model weighs. The reading state (the
        last speaker, the open quotation, …) follows the rules' own confidence, never the
        model's decision, so the proposals of a page do not depend on the model's weights."""
        s = simplify_aligned(text)
        self._prev_text, self._this_text = self._this_text, s
        self._via, self._rivals = None, False
        self._sole = None
        self._flags = set()
        self._label_only = False
        self._resume, self._resumable = self._resumable, None
        self._byline_now, self._byline = self._byline, None
        # did the paragraph before end in quoted words (…“…”, or a quotation left open)?
        prev_quoting, self._quoting = self._quoting, bool(re.search(r"[”」][。！？!?]?\s*$", s) or s.rfind("“") > s.rfind("”"))
        self._announced, self._announces = self._announces, s.rstrip().endswith(("：", ":"))
        self.index += 1
        self.answering, self.questioned = self.questioned, False
        if editor_note(s):  # 特别提醒：如果我们使用了您的图片…: the site speaks, nobody quoted
            self.last, self.last_mode, self.intro, self.open_quote = None, "", None, False
            return ()
        listed = self._listed_words(s)
        self._list_ended, self._listing = self._listing and not listed, listed
        if (caption(s) or _name_line(self._memo, self.known, s)) and not _NARRATOR.match(s.strip()) and not listed:
            return self._caption(s, text)
        found, mode = (self.last, "turn") if listed else self._find(s)
        if found is not None and self._no_person(simplify_aligned(_trimmed(found).name)):
            found = _surname_alone(self.known, simplify_aligned(found.name))  # 谈创新, 问到这件事, 李则(称), 巴生
        if found is not None and mode in ("verb", "after-quote", "quote-topic") and self._via is None \
                and (top := self._dominant(s, _canonical(self.known, _trimmed(found)))) is not None \
                and not self._no_person(simplify_aligned(_trimmed(top).name)):  # not 巴生 of 巴生站致词时说
            found, mode = top, "verb"  # two people speak: the one who says nearly all the words
        if found is None:
            found, mode = self._continuation(s)
        how, confidence, held = None, 0.0, (None, "")
        self._voiced = False
        proposals: list[Proposal] = []
        if found is not None:
            found = _canonical(self.known, _trimmed(found))
            found = Speaker(found.name, self._page_title(found))
            how = self._how(mode, found, s)
            confidence = round(CONFIDENCE[how] - self._doubt(mode, found, how, s), 2)
            proposals.append(self._proposal(s, text, found, how, confidence, mode, remember=confidence >= THRESHOLD))
            if confidence < THRESHOLD:
                # a paragraph voiced by others is not the speaker's, but it does not end the turn:
                # the speaker's next paragraphs go on (行政长官：… / 例如建筑师代表认为… / 另外，我们…)
                held = (found, mode) if self._voiced else (None, "")
                found, mode, how, confidence = None, "", None, 0.0
        if found is not None:
            self.known.setdefault(found.name, found.title)
        prev_last, prev_mode = self.last, self.last_mode
        # the reader's state stays in simplified characters; the answer is as the page writes it
        self.last, self.last_mode = (found, mode) if found is not None else held
        self.point = max(_points(_MASK.sub("", s)), default=0) if found is not None else 0
        self._note_enumeration(s, found, mode)
        self._said_opening = _reported_opening(s, found.name) if found is not None and mode == "verb" \
            and not _SPOKEN.search(s) and self._via is None else None
        self._said_exclaims = bool(self._said_opening) and s.rstrip().endswith(("！", "!"))
        self.opens = found is not None and mode == "verb" and s.rstrip().endswith(("：", ":"))
        subject = found or _subject_of(self._memo, self.known, _MASK.sub("", s))
        if found is None and self.salient is not None and re.match(r"\s*[他她](?![们])", s):
            subject = self.salient  # 他续说，…贯彻落实习近平主席…讲话精神: a paragraph opening with 他 is still about them
        # a person jieba tags at the paragraph's end is worked out only if a 他/她 needs it
        self._untagged, self.salient = (None, subject) if subject else (s, self.salient)
        ms = _mentions(self._memo, self.known, s)
        self.last_person = found or (ms[-1][1] if ms else self.last_person)
        # A person named in the closing sentence of a paragraph may speak next (出席了发布会。).
        tail = _SENTENCE_END.split(s.rstrip("。！？!?；; "))[-1]
        masked_tail = _MASK.sub("", tail)
        self.intro = next(
            (sp for pos, sp in reversed(_mentions(self._memo, self.known, masked_tail)) if not oblique(masked_tail, pos, sp.name)), None
        )
        self._intro_rival = prev_last is not None and self.intro is not None and prev_last.name != self.intro.name
        self.open_quote = s.rfind("“") > s.rfind("”") or s.rfind("「") > s.rfind("」")
        if not self.interviewing:  # who the page is about, until its first question
            for _, sp in ms:
                self._named[sp.name] = self._named.get(sp.name, 0) + 1
        for _, sp in ms:
            self._seen[sp.name] = self.index
        if found is None and prev_last is not None and (prev_quoting or prev_mode == "signed") and not caption_or_heading(s) \
                and not _is_question(s) and all(sp.name == prev_last.name for _, sp in ms):
            # quoted (or signed) words, an aside naming nobody or only the speaker (…记者见到高瑞强时
            # 对他的第一印象。): the quotation may resume
            self._resumable = prev_last
        if found is None:
            if _FIRST_PERSON.search(_MASK.sub("", s)) and not caption_or_heading(s):
                self.narrating = True  # the reporter writes 我: 我 is no sign of a speaker's words
            if _whole_quote(s) or any(re.search("[，。！？,!?]", q.group()) for q in _SPOKEN.finditer(s)):
                # words we could not give anyone: whom a later 他 means is unsure — unless the
                # paragraph named only its subject (刘永好最关注…“…”。 then 在他看来: that person)
                one = subject if subject is not None and {sp.name for _, sp in ms} == {subject.name} else None
                same = self.orphan_of is not None and one is not None and self.orphan_of.name == one.name
                self.orphan_of = one if not self.orphan or same else None
                self.orphan = True
            named = {p.speaker.name for p in proposals}
            contested = bool({"contested", "outspoken"} & self._flags)
            generous = [p for p in self._fallbacks(s, text, prev_last, prev_mode) if p.speaker.name not in named]
            if contested:  # two people speak here: only the one who says the most words may be named
                words = self._words_said(s)  # their quotations and unnamed speakers' words included
                top = max(words, key=lambda k: words[k]) if words else None
                generous = [p for p in generous if top is not None and simplify_aligned(p.speaker.name) == top]
            proposals += generous
            return () if leadin(s) else tuple(proposals)
        self.orphan, self.orphan_of = False, None
        if found is not None:
            self._spoke[found.name] = self.index
        # 以下为…对话实录：: an editor's lead-in introduces people who speak below, it carries no words
        # (nor does a spaced label alone on its line: its person speaks in the paragraphs below)
        return () if leadin(s) or self._label_only else tuple(proposals)

    def _page_title(self, found: Speaker) -> str | None:
        """The title the page gives ``found``: the one found with the mention, unless the page
        writes the same person's post more fully elsewhere (总教练 → 悍将队总教练, 企业负责人 →
        …有限公司董事长): one title for a person across the page."""
        known = self.known.get(found.name)
        return known if fuller_title(found.title, known) else found.title

    def _proposal(self, s: str, text: str, found: Speaker, how: str, rule: float, mode: str,
                  remember: bool = False, proposer: str = "rules") -> Proposal:
        """``found`` as the page writes it (name and title), with the features of this proposal."""
        title = found.title
        written = _as_written(title, s, text) if title and _written_in(title, s) else self.written.get(found.name, title)
        name = _as_written(found.name, s, text) if found.name in s else self.names.get(found.name, found.name)
        if remember:
            self.names.setdefault(found.name, name)  # later paragraphs write the name as this one did
            if written:
                self.written.setdefault(found.name, written)
        if found.name in self.seeded and proposer == "rules":
            proposer = "seeded"  # a name only a first reading's model decision gave: the model decides again
        feats = self._features(s, found, how, rule, mode, proposer)
        # a seeded name the rules doubt below their threshold stays vetoed (a contested paragraph)
        return Proposal(Speaker(name, written), how, 0.0 if proposer == "seeded" and rule >= THRESHOLD else rule, feats)

    def _features(self, s: str, found: Speaker, how: str, rule: float, mode: str, proposer: str) -> tuple[tuple[str, float], ...]:
        """What the decision model weighs for one proposal: how it was found (way, doubts,
        proposer, the rules' confidence) and generic facts of the paragraph and the page —
        whether the name, a title, a speech verb, a quotation, a colon turn or other people are
        in it, how often the page names the person, how far back they were named or spoke."""
        bare = _MASK.sub("", s)
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        others = {sp.name for _, sp in _mentions(self._memo, self.known, bare)} - {found.name}
        seen = self._seen.get(found.name)
        spoke = self._spoke.get(found.name)
        f: dict[str, float] = {
            "bias": 1.0, f"how:{how}": 1.0, f"by:{proposer}": 1.0, "rule": rule,
            "named-here": float(found.name in s),
            "person-here": float(decision.person_named(found.name, s)),  # the unseen-page model's sign
            "titled": float(bool(found.title)),
            "page-mentions": min(self.text.count(found.name), 10) / 10,
            "others-here": min(len(others), 3) / 3,
            "quote-marks": float(bool(re.search("[“「]", s))),
            "whole-quote": float(_whole_quote(s)),
            "first-person": float(bool(_FIRST_PERSON.search(bare))),
            "speech-verb": float(any(not _nominal(masked, m.start(), m.group()) for m in _VERB_RE.finditer(masked))),
            "colon-turn": float(bool(_TURN.match(masked))),
            "short": float(len(s.strip()) < 30),
            "transcript-page": float(self.turns >= 2),
            "gap-named": (min(self.index - seen, 5) / 5) if seen is not None else 1.0,
            "gap-spoke": (min(self.index - spoke, 5) / 5) if spoke is not None else 1.0,
            "transliterated": float(is_transliterated(found.name)),
        }
        for flag in self._flags:
            f[f"doubt:{flag}"] = 1.0
        if proposer not in ("rules", "seeded"):  # what makes each generous proposer right differs
            for k in ("named-here", "quote-marks", "whole-quote", "first-person", "speech-verb", "colon-turn", "others-here", "gap-spoke"):
                f[f"{proposer}&{k}"] = f[k]
        return tuple(sorted(f.items()))

    def _fallbacks(self, s: str, text: str, prev: Speaker | None, prev_mode: str) -> list[Proposal]:
        """Generous proposals for a paragraph the rules gave nobody, for the decision model to
        weigh: the person who spoke last (a continuation the rules did not take), and the one
        person the paragraph names when it holds a speech verb or a quotation."""
        if _is_question(s) or caption_or_heading(s) or editor_note(s):
            return []
        out: list[Proposal] = []
        self._flags = set()
        recent = max(self._spoke.items(), key=lambda kv: kv[1], default=None)
        if recent is not None and self.index - recent[1] <= 3:
            sp = Speaker(recent[0], self.known.get(recent[0]))
            out.append(self._proposal(s, text, sp, "continuation", 0.0, "cont", proposer="last-speaker"))
        bare = _MASK.sub("", s)
        if (sp := _label_name(self.known, self.text, s)) is not None and all(o.speaker.name != sp.name for o in out):
            out.append(self._proposal(s, text, sp, "transcript", 0.0, "colon", proposer="label"))
        if _whole_quote(s) or _SPOKEN.search(s) or _FIRST_PERSON.search(bare):
            for sp in (self.salient, self.intro, self.last_person):
                if sp is not None and all(o.speaker.name != sp.name for o in out):
                    sp = Speaker(sp.name, sp.title or self.known.get(sp.name))
                    out.append(self._proposal(s, text, sp, "continuation", 0.0, "cont", proposer="salient"))
                    break
        for sp, share in self._verb_subjects(s):
            if all(o.speaker.name != sp.name for o in out):
                self._flags = set()
                prop = self._proposal(s, text, sp, "speech-verb", 0.0, "", proposer="verb-subject")
                out.append(Proposal(prop.speaker, prop.how, 0.0, tuple(sorted((*prop.features, ("words-share", share))))))
        for sp in self._loose_speakers(s):
            if all(o.speaker.name != sp.name for o in out):
                out.append(self._proposal(s, text, sp, "speech-verb", 0.0, "", proposer="loose-name"))
        people = {sp.name: sp for _, sp in _mentions(self._memo, self.known, bare)}
        if len(people) == 1 and (re.search("[“「]", s) or _VERB_RE.search(bare)) and all(o.speaker.name not in people for o in out):
            sp = _canonical(self.known, _trimmed(next(iter(people.values()))))
            sp = Speaker(sp.name, sp.title or self.known.get(sp.name))
            if not out or out[0].speaker.name != sp.name:
                how = "speech-verb" if _VERB_RE.search(bare) else "quote"
                out.append(self._proposal(s, text, sp, how, 0.0, "", proposer="only-name"))
        return [o for o in out if not self._no_person(simplify_aligned(_trimmed(o.speaker).name))]  # 李则(称): no name

    def _verb_subjects(self, s: str) -> list[tuple[Speaker, float]]:
        """Each person the rules read as the subject of a speech verb in the paragraph, with the
        share of the paragraph's characters from their verb to the next one (words reported):
        where two people speak (A表示…，B称…), for the decision model to weigh."""
        found = [(end, sp) for _, end, sp in self._speech_subjects(s)]
        out: dict[str, tuple[Speaker, float]] = {}
        for i, (end, sp) in enumerate(found):
            stop = found[i + 1][0] if i + 1 < len(found) else len(s)
            share = max(0, stop - end) / max(len(s), 1)
            old = out.get(sp.name)
            out[sp.name] = (Speaker(sp.name, sp.title or self.known.get(sp.name)), share + (old[1] if old else 0.0))
        return list(out.values())

    def _speech_subjects(self, s: str) -> list[tuple[int, int, Speaker]]:
        """Each person the rules read as the subject of a speech verb in the paragraph (not
        through 他/她), in order: where the verb's clause starts, where the verb ends, who."""
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        found: list[tuple[int, int, Speaker]] = []
        state = (self._via, self._rivals, self._untagged, self.salient)
        try:
            for clause_start, vm in _speech_clauses(masked):
                v = vm.start()
                self._via = None
                sp = self._subject(masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
                if sp is not None and self._via is None:
                    found.append((clause_start, vm.end(), _canonical(self.known, _trimmed(sp))))
        finally:
            self._via, self._rivals, self._untagged, self.salient = state
        return found

    def _speech_events(self, s: str) -> list[tuple[int, int, int, Speaker | None, bool]]:
        """Who says which words of the paragraph, in order: each speech event as (where its clause
        starts, where its words start, where they end — -1: up to the next event's clause —, who,
        whether through 他/她). The events are the subjects of speech verbs, the person of
        在X看来, the person opening a clause that a colon hands to a quotation (导演许鞍华则为观众解读
        了片名的寓意：“…”) and the person right after a quotation (“…”社区民警黄文鑫来到…). A
        person-like subject the rules cannot name (赵大爷说, a name jieba only half tags) is
        ``None``: someone else, unnamed."""
        key = (s, len(self.known), "events")
        if key in self._memo:
            return self._memo[key]
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        events: list[tuple[int, int, int, Speaker | None, bool]] = []
        state = (self._via, self._rivals, self._untagged, self.salient)
        try:
            for clause_start, vm in _speech_clauses(masked):
                if masked[vm.end() : vm.end() + 1] == "的":
                    continue  # 习近平总书记提出的要求: what was said before, no words here
                self._via = None
                raw = masked[clause_start : vm.start()].replace("\u0000", "")
                if _told_him(raw):
                    continue  # …表示，普亭有向他提及…: the words go on as the speaker's report
                sp = self._subject(raw, masked, clause_start, s)
                if sp is not None and self._no_person(simplify_aligned(_trimmed(sp).name)):
                    sp = None  # 《南洋商报》百年报庆晚宴巴生站致词时说: a place, no one else speaking
                # 「…」导演唐福睿透露: the clause claims the words after the quotation it opens with
                claim = clause_start + len(re.match(r"[\u0000\s]*", masked[clause_start : vm.start()]).group())
                if sp is not None:
                    events.append((claim, vm.end(), -1, _canonical(self.known, _trimmed(sp)), self._via is not None))
                elif _unnamed_speaker(raw):
                    events.append((claim, vm.end(), -1, None, False))
            for wm in _VIEW_ANY.finditer(masked):  # 所以在他的妻子艾玛·托马斯看来，…: anywhere in a clause
                who = wm.group(1).replace("\u0000", "")
                self._via = None
                sp = self._person_before(masked[: wm.start()]) if who in ("他", "她", "其") \
                    else person_at_end(who.split("的")[-1], self.known)  # 他的妻子艾玛·托马斯: the wife
                if sp is not None:
                    events.append((wm.start(), wm.end(), -1, _canonical(self.known, _trimmed(sp)), who in ("他", "她", "其")))
            claimed = {e[0] for e in events}
            for cm in re.finditer("[：:](?=\u0000)", masked):
                # 许鞍华则为观众解读了片名《明月几时有》的寓意：“…”: a book title does not end the clause
                clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, cm.start()) if b.group() not in "《》"), default=0)
                if clause_start in claimed:
                    continue
                self._via = None
                sp = self._leading_person(masked[clause_start : cm.start()], masked[:clause_start])
                claim = clause_start + len(re.match(r"[\u0000\s]*", masked[clause_start : cm.start()]).group())
                if sp is not None:
                    events.append((claim, cm.end(), -1, _canonical(self.known, _trimmed(sp)), self._via is not None))
            for am in _ASKED.finditer(masked):
                # 甲询问，…这三件事情有做到吗？乙回应，…: the asker's question is words of theirs too
                clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, am.start())), default=0)
                sentence = re.match(r"[^。！!；;]*", masked[am.end() :]).group()
                if clause_start in claimed or not re.search("[？?]", sentence):
                    continue
                self._via = None
                sp = self._subject(masked[clause_start : am.start()].replace("\u0000", ""), masked, clause_start, s)
                if sp is not None and self._via is None:
                    events.append((clause_start, am.end(), -1, _canonical(self.known, _trimmed(sp)), False))
            for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
                if not re.search("[，。！？,!?]", qm.group()) or masked[: qm.start()].rstrip()[-1:] in ("：", ":", "，", ","):
                    continue  # 霍建华则表示…，“…” 导演许鞍华…: the quotation goes on the clause before it
                after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")
                if after[:1] in ("他", "她"):
                    continue  # “…”她说: the verb's event, its pronoun resolved there
                self._via = None
                moved, sp = moved_after_quote(self._memo, self.known, masked[qm.end() : qm.end() + 80].replace("\u0000", " "))
                if not moved:  # “…”——X的…，令Y印象深刻: Y's words (or someone's we cannot name), not X's
                    sp = self._leading_person(BOUNDARY.split(after)[0])
                if sp is not None and self._via is None:
                    events.append((qm.start(), qm.start(), qm.end(), _canonical(self.known, _trimmed(sp)), False))
        finally:
            self._via, self._rivals, self._untagged, self.salient = state
        events.sort(key=lambda e: (e[0], e[1]))
        for i, (start, words, end, _sp, via) in enumerate(events):
            # 佩斯科夫周四说，…。他说，…: a sentence opening with 他/她 after the one who just spoke,
            # nobody else named between, goes on with that speaker's words
            before = [e for e in events[:i] if e[3] is not None and not e[4]]
            if not via or not before or masked[:start].rstrip()[-1:] not in ("。", "！", "？", "!", "?"):
                continue
            prev = before[-1][3]
            between = _MASK.sub("", s[before[-1][0] : start])
            if all(m.name in prev.name or prev.name in m.name for _, m in _mentions(self._memo, self.known, between)):
                events[i] = (start, words, end, prev, via)
        self._memo[key] = events
        return events

    def _words_said(self, s: str) -> dict[str | None, int]:
        """Characters of the paragraph's reported words per speaker (``None``: unnamed ones): a
        verb's or a colon's words run to the next event's clause, or are the quotation right
        after it; a quotation before its speaker is just the quotation."""
        events = self._speech_events(s)
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        out: dict[str | None, int] = {}
        for i, (_, start, end, sp, _) in enumerate(events):
            if end < 0:
                end = next((e[0] for e in events[i + 1 :] if e[0] >= start), len(s))
                if quoted := re.match(r"[：:，,\s]*\u0000+", masked[start:end]):
                    end = start + quoted.end()  # 表示：“…”, then narrative: the words are the quotation
            name = sp.name if sp is not None else None
            out[name] = out.get(name, 0) + max(0, end - start)
        return out

    def _dominant(self, s: str, found: Speaker) -> Speaker | None:
        """Another person named in the paragraph (not through 他/她) who says at least twice the
        words of everyone else in it together, ``found`` included (霍建华则表示…过瘾，“…” 导演
        许鞍华则为观众解读了片名的寓意：“…(three times as long)”): the paragraph's speaker —
        unless their words are reported inside ``found``'s sentence (佩斯科夫表示，特朗普称…)."""
        words = self._words_said(s)
        total = sum(words.values())
        events = self._speech_events(s)
        own = next((e for e in events if e[3] is not None and (e[3].name in found.name or found.name in e[3].name)), None)
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        for start, _, _, sp, via in events:
            if sp is None or via or sp.name in found.name or found.name in sp.name or sp.name not in s:
                continue
            if own is not None and own[1] <= start and not re.search(r"[。！？!?；;]|\u0000[^\u0000]", masked[own[1] : start + 1]):
                continue  # within the sentence found's verb opens, before any quotation of theirs closes
            mine = words.get(sp.name, 0)
            if mine >= _OUTSPOKEN and mine >= 2 * (total - mine):
                return sp
        return None

    def _outspeaks(self, s: str, found: Speaker, how: str) -> bool:
        """In a contested paragraph, does ``found`` say nearly all its reported words — named
        (or referred to by surname and title) as the subject of a speech verb, not only as a
        companion, the words after their verbs (up to the next speaker's clause) at least twice
        all the other speakers' together (盧美秀表示，公会已整理…約1.8萬人，…。邱泰源也說…)?
        Never through 他/她: whom a pronoun means is what the contest is about."""
        if how not in ("speech-verb", "title-reference"):
            return False
        bare = _MASK.sub("", s)
        if found.name in bare and all(_companion(bare, m.start()) for m in re.finditer(re.escape(found.name), bare)):
            return False
        words = self._words_said(s)  # quotations of others and unnamed speakers' words count too
        if (opening := _opened_by_another(self._memo, self.known, s, found)):
            words[None] = words.get(None, 0) + opening  # the opening words may be the other person's
        mine = words.pop(found.name, 0)
        return mine >= _OUTSPOKEN and mine >= 2 * sum(words.values())

    def _loose_speakers(self, s: str) -> list[Speaker]:
        """Subjects of speech verbs read loosely, for the decision model to weigh: a known name,
        the last part of a transliterated name the page writes in full (特朗普 → 唐纳德•特朗普),
        a surname and one or two characters (邱大宗说), or a name jieba tags — the words right
        before the verb once adverbials are stripped."""
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        out: dict[str, Speaker] = {}
        for clause_start, vm in _speech_clauses(masked):
            raw = re.sub(r"\s+", "", masked[clause_start:vm.start()].replace("\u0000", ""))
            for core in _cores(raw):
                sp = self._loose_name(TIME_LEAD.sub("", LEAD.sub("", core)))
                if sp is not None:
                    out.setdefault(sp.name, sp)
                    break
        return list(out.values())

    def _loose_name(self, core: str) -> Speaker | None:
        if len(core) < 2 or core[0] in "他她我你这那其":
            return None
        ref = _reference_patterns()[0].search(core)
        surname = next((core[ref.start() - k : ref.start()] for k in (2, 1) if ref and ref.start() >= k
                        and surname_of(core[ref.start() - k : ref.start()]) == core[ref.start() - k : ref.start()]), None)
        if ref and surname:
            # 蒋书记指出, 就连洪总都认为: the person of that surname the page named, a title's holder
            # first (by_surname_and_title), else the one person of that surname — never 蒋书记 as a name
            found = by_surname_and_title(surname, ref.group(), self.known)
            if found is None:
                people = _people_of_surname(self.known, self.text, self.original, self.names, surname)
                found = Speaker(people[0], self.known.get(people[0])) if len(people) == 1 else None
            return found
        for name in sorted(self.known, key=len, reverse=True):
            if len(name) >= 2 and core.endswith(name):
                return Speaker(name, self.known[name])
        if self._full_names is None:  # once a page: the names, and the last part of each
            self._full_names = tuple((m.group().lstrip(_NOT_NAME_START), re.split(f"[{NAME_SEP}]", m.group())[-1])
                                     for m in (_TRANSLITERATED.finditer(self.text) if _has_name_sep(self.text) else ()))
        full = {name for name, last in self._full_names if len(last) >= 2 and core.endswith(last)}
        if len(full) == 1:
            name = full.pop()
            return Speaker(name, self.known.get(name))
        for n in (3, 2):
            name = core[-n:]
            if len(core) >= n and surname_of(name) == name[0] and not is_nonperson(name) and not clause_word_first(name) \
                    and (len(core) == n or title_end().search(core[:-n]) or self.text.count(name) >= 2):
                return Speaker(name, self.known.get(name))
        named = [w for w, flag in pos_tags(core) if flag == "nr" and len(w) >= 2]
        if named and core.endswith(named[-1]):
            return Speaker(named[-1], self.known.get(named[-1]))
        return None

    def _announcement(self, s: str) -> bool:
        """Can the paragraph be a host's announcement — not about the press conference or its
        reporters (…举行例行记者会，发言人X…回答记者提问), naming no host and no one speaking?"""
        bare = _MASK.sub("", s)
        if _REPORTER.search(bare) or re.search("记者会|发布会|见面会|吹风会|招待会", bare) or caption_or_heading(s):
            return False
        return self._opener is not None and not _names(self._memo, self.known, s, self._opener) and not any(
            _answerer_title(sp.title or "") for _, sp in _mentions(self._memo, self.known, bare))

    def _most_named(self) -> Speaker | None:
        """The person the paragraphs before the first question name most often (外交部发言人洪磊
        主持例行记者会。洪磊首先发布消息：…, not 温家宝 of the announcement); a tie is the one of
        them the page's head names, else the salient person if tied, else nobody this way."""
        if not self._named:
            return None
        top = max(self._named.values())
        best = [n for n, c in self._named.items() if c == top]
        if len(best) == 1:
            return Speaker(best[0], self.known.get(best[0]))
        if len(headed := [n for n in best if n in self._headed]) == 1:
            return Speaker(headed[0], self.known.get(headed[0]))
        if self.salient is not None and self.salient.name in best:
            return self.salient
        return None

    def _listed_words(self, s: str) -> bool:
        """☆一开始我们都不太适应…: after ``NAME表示：`` alone on its line, a bulleted first-person
        paragraph is an item of that person's words, not a photo caption."""
        bare = s.strip()
        return (
            self.last is not None and self.last_mode in ("colon", "turn") and self._bare_turn
            and bare[:1] in _BULLETS and len(bare) >= 30
            and bool(_FIRST_PERSON.search(_MASK.sub("", bare))) and not _names(self._memo, self.known, bare, self.last)
            and not any(sp.name != self.last.name for _, sp in _mentions(self._memo, self.known, _MASK.sub("", bare)))
        )

    def _caption(self, s: str, text: str) -> tuple[Proposal, ...]:
        """A photo caption carries only words it reports with a named person and a speech verb
        (…古特雷斯6日呼吁各方保持克制。 新华社记者李木子摄); it continues and introduces nobody."""
        found, mode = self._find(s)
        self.last, self.last_mode, self.intro = None, "", None
        if found is None or mode != "verb" or self._via is not None or found.name not in s:
            return ()
        found = Speaker(found.name, found.title or self.known.get(found.name))
        self._flags = {"caption"}
        return (self._proposal(s, text, found, "speech-verb", round(CONFIDENCE["speech-verb"] - DOUBTS["caption"], 2), mode),)

    def _doubt(self, mode: str, found: Speaker, how: str, s: str) -> float:
        """How much less sure than its way's base confidence this attribution is."""
        flags = self._flags
        if self._sole is not None and self._sole == found.name and how == "title-reference":
            flags.add("sole-holder")  # 行政长官表示: a post alone as a verb's subject, its one holder on the page
        if mode == "quote-topic":
            flags.add("quote-topic")
        if self._rivals:
            flags.add("rivals")  # 张三和李四出席了会议。他表示: two people the pronoun could mean
        if found.title is None and found.name not in self.known and _count_alone(self.known, self.text, found.name) < 2:
            # named once, with no title, found by jieba alone: sure enough only with a second sign
            # that this person speaks — a 他/她 that refers back to the name, or quoted words
            confirmed = (how in ("pronoun", "title-reference") or mode in ("after-quote", "quote-topic", "signed") or _says_quoted(s, found.name)
                         or mode == "colon" and _transcript_name(self.turns, found.name, found))
            flags.add("weak-name-confirmed" if confirmed else "weak-name-formed" if _formed_name(found.name) else "weak-name")
        if mode not in ("colon", "signed") and self._contested(s, found, how):  # a turn's words name whom it talks about
            # the one who says nearly all the words is less in doubt than a contest between equals
            flags.add("outspoken" if self._outspeaks(s, found, how) else "contested")
        if how == "continuation" and (carried := carried_doubt(self._memo, self.known, s, found)) is not None:
            flags.add(carried)  # the paragraph narrates: a scene of time, a list of people (carry.py)
            self._voiced = carried == "carried-list"  # the speaker goes on after the list of guests
        if how == "continuation" and _voiced_by_other(self.known, s, found, answer=mode == "turn" and self.interviewing):
            flags.add("voiced")
            self._voiced = True
        return sum(DOUBTS[f] for f in flags)

    def _contested(self, s: str, found: Speaker, how: str) -> bool:
        """Do the paragraph's signals disagree about who speaks? Only where a verb, a quotation or
        a reference decided it — a transcript turn, a continuation or a monologue is the
        speaker's own words, and the people in them are what the speaker talks about:

        * the speaker is named only as someone's companion (特朗普与英国首相特雷莎•梅通电话时谈及…);
        * another person is the subject of a speech verb in the paragraph (…向大家表示问候。
          贾庆林说：…);
        * the speaker is not named in the paragraph (他表示, 詹书记说) and it names, or jieba
          tags, another person as a subject (对此，黄扬明在脸书写下…，他接着表示)."""
        if how in ("transcript", "continuation", "monologue"):
            return False
        bare = _MASK.sub("", s)
        if found.name in bare and all(_companion_of(self.known, bare, m.start(), found) for m in re.finditer(re.escape(found.name), bare)):
            return True
        if _opened_by_another(self._memo, self.known, s, found):
            return True
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        state = (self._via, self._rivals, self._untagged, self.salient)
        try:
            for vm in _VERB_RE.finditer(masked):
                v = vm.start()
                if _nominal(masked, v, vm.group()):
                    continue
                if _no_words_follow(masked, vm.end()) or masked[vm.end() : vm.end() + 1] == "的":
                    continue  # …并发言。 / 习近平总书记提出的要求: no words of another person
                clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
                if _told_him(masked[clause_start:v]):
                    continue  # …表示，普亭有向他提及…: words told to the speaker, who reports them
                self._via = None
                sp = self._subject(masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
                if sp is not None and self._via is None and _canonical(self.known, _trimmed(sp)).name != found.name \
                        and not self._no_person(simplify_aligned(_trimmed(sp).name)):  # 巴生站致词时说: a place
                    return True
        finally:
            self._via, self._rivals, self._untagged, self.salient = state
        # another person owns quoted words here (…解读了片名的寓意：“…”, “…”民警黄文鑫来到…), or
        # someone we cannot name says at least as much as the speaker (像是…的谢琼煖就说，…)
        if any(sp is not None and not via and sp.name != found.name for _, _, _, sp, via in self._speech_events(s)):
            return True
        words = self._words_said(s)
        if words.get(None, 0) >= max(words.get(found.name, 0), _OUTSPOKEN):
            return True
        # 有记者就乙发问，他却回应：“…”。甲则认为…: a 他/她 meaning someone else says as much as the speaker
        if any(k is not None and k != found.name and k not in found.name and found.name not in k
               and v >= max(words.get(found.name, 0), _OUTSPOKEN) for k, v in words.items()):
            return True
        if how in ("pronoun", "title-reference") and found.name not in bare:
            others = [sp for pos, sp in _mentions(self._memo, self.known, bare) if not oblique(bare, pos, sp.name)
                      and not bare.startswith("的", pos + len(sp.name))]
            # a possessor only (冯友兰的《中国哲学简史》) is nobody who speaks
            others += [sp for sp, is_oblique in _tagged_names(self.known, bare) if not is_oblique
                       and not all(bare.startswith("的", m.end()) for m in re.finditer(re.escape(sp.name), bare))]
            surname = surname_of(found.name)
            if how == "pronoun":
                others = _before_pronoun(bare, others)
            # 郭董, 詹书记: jieba may tag the reference itself as a person
            return any(sp.name != found.name and not (surname and sp.name.startswith(surname))
                       and _canonical(self.known, sp).name != found.name for sp in others)  # (诺兰 of 克里斯托弗·诺兰: the same)
        return False

    def _how(self, mode: str, found: Speaker, s: str) -> str:
        if mode in ("turn", "quote", "cont"):
            return "continuation"
        if mode == "monologue":
            return "monologue"
        if mode == "signed":
            return "quote"  # the words, then their signature (——高瑞强)
        if self._via is not None:
            return self._via
        if simplify_aligned(found.name) not in s:
            return "title-reference"
        return {"colon": "transcript", "verb": "speech-verb", "after-quote": "quote", "quote-topic": "quote"}[mode]

    def _titled_clause_subject(self, masked: str, v: int, s: str) -> Speaker | None:
        """The subject of a speech verb whose clause holds a book's, a paper's or a programme's
        title (董明珠在接受央视二套《对话》栏目时称): the clause read across the title — never a
        place the page's dateline names; a 他/她 opening the clause is its subject (他昨晚在《南洋商报》
        …巴生站致词时说: whom 他 means)."""
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v) if b.group() not in "《》"), default=0)
        pre = masked[clause_start:v].replace("\u0000", "")
        opening = LEAD.sub("", pre.strip())
        if opening[:1] in ("他", "她") and opening[1:2] != "们":
            sp = self._person_before(masked[:clause_start])
            self._via = "pronoun" if sp is not None else None
            return sp
        sp = self._subject(pre, masked, clause_start, s)
        return None if sp is None or self._no_person(simplify_aligned(_trimmed(sp).name)) else sp

    def _dateline_place(self, name: str) -> bool:
        """Is ``name`` a place the page's datelines name ((巴生28日讯))?"""
        if self._places is None:
            self._places = dateline_places(self.text)
        return simplify_aligned(name) in self._places

    def _no_person(self, name: str) -> bool:
        """A clause read as a name (``lexicon.clause_not_name``), or a place the page's dateline
        names ((巴生28日讯) → 巴生站致词时说: the place, not a person)."""
        if clause_not_name(name) or page_nonperson(name, self.text):
            return True  # (隆雪华|堂, 东旺|派出所, 祝贺/nr: the page shows an organisation or a word)
        if self._places is None:
            self._places = dateline_places(self.text)
        return name in self._places

    def _find(self, s: str) -> tuple[Speaker | None, str]:
        if _is_question(s) or _asks_you(s) or _asking_turn(self.asking, s) or _outlet_asks(s):
            self.questioned = True
            if not self.interviewing:  # whom the page introduced before the first question (not whom a question names)
                host = _host(self._memo, self.known, self.text, self._head_titles, s)
                self.interviewee = host if host is not _NOBODY else None
                if host is None:
                    one = _interviewed(self._memo, self.known, self.text, s)  # two or more interviewed: nobody answers for them all
                    self.interviewee = None if one is _NOBODY else one or self._most_named() or self.salient or self.last_person
                self.interviewing = True
            return None, "question"
        if _ANSWER.match(s):  # 答：… — the person the interview is with (never someone a question named)
            self.answerer = self.answerer or self.interviewee
            return self.answerer, "colon" if self.answerer else ""
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        self._asked = False
        if (sp := _soundbite(self.known, s)) is not None:
            self._quoted_turn = self._bare_turn = self._led_turn = self._bite = self._speech_turn = self._answer_turn = False
            return sp, "colon"
        label = _HEADLINE_LABEL.match(s)  # 原标题：詹书记：… / （原标题：…）: the headline's own turn
        ts = s[label.end() :].rstrip("）) ") if label else s
        if (markup := _MARKUP_LEAD.match(ts)) is not None:  # < strong >梁靖崑: strong > …: a tag's remains before the turn
            ts, label = ts[markup.end() :], markup
        sp = self._turn(ts, _MASK.sub(lambda m: "\u0000" * len(m.group()), ts) if label else masked)
        if sp is not None:
            # “X：“quote”” is a quotation set off by a colon, not a transcript: nothing follows on
            self._quoted_turn = bool(re.match(r"[^：:]*[：:]\s*[“「\"]", ts))
            words = re.sub(r"^[^：:]*[：:]", "", ts).strip()
            self._bare_turn = not words or words.endswith(("：", ":"))  # 陈强： / 陈强：女士们、先生们：
            tm = _TURN.match(masked if not label else ts)
            bracket = _BRACKET_TURN.match(ts)
            spoken = ts[bracket.end() :] if bracket else words
            self._speech_turn = spoken.lstrip().startswith(_salutations())
            self._answer_turn = self.answering  # 新京报：…？ then 鲜祥辉：…: an interview's answer, it goes on
            # (never a turn answering the question just before: an interview's answer goes on)
            self._bite = bool(tm and tm.start(1) > 0 and words and len(words) <= _BITE and not self.answering
                              and len(_SENTENCE_END.findall(words.rstrip("。！？!? "))) <= 1)
            # 以下是行政长官X…的开场发言： then 行政长官：…: a transcript opens, its turns go on
            self._led_turn = self.intro is not None and sp.name == self.intro.name and sp.name not in ts[: len(ts) - len(words)]
            return sp, "colon"
        if self._asked:
            return None, "question"
        books = [m.span() for m in _BOOK.finditer(masked)]
        for vm in _verbs_here(self.known, masked).finditer(masked):
            v = vm.start()
            if any(a < v < b for a, b in books):
                continue  # 《向世界说明中国》: a book's or a programme's name says nothing
            if _nominal(masked, v, vm.group()) and not _name_ends_at(self.known, masked, v) \
                    and not _pronoun_in_manner(self.known, masked[max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0) : v]):
                continue  # (not 他一脸忧心的说: 的 closes the manner, the verb is still speech)
            if _no_words_follow(masked, vm.end()):
                continue  # 签约并发言。/ 等先后发言。: the act of speaking, not what was said
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
            sp = self._subject(masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
            if sp is None and masked[clause_start - 1 : clause_start] == "》":
                sp = self._titled_clause_subject(masked, v, s)
            if sp is not None:
                return sp, "verb"
        if (sp := self._example_giver(masked, s)) is not None:
            return sp, "verb"
        # 用乡党委书记苏峰的话说，…: the words are that person's
        for wm in _IN_WORDS.finditer(masked):
            sp = person_at_end(wm.group(1).replace("\u0000", ""), self.known)
            if sp is not None:
                return sp, "verb"
        if (iv := _INTERVIEW_HEAD.search(s.strip())) is not None and len(s.strip()) <= 80 and "。" not in s:
            sp = person_at_end(iv.group(1), self.known)
            if sp is not None and (sp.title or sp.name in self.known) and not _JOURNALIST.search(sp.title or ""):
                return sp, "signed"  # …品质越来越高——访德意志会展公司董事会主席约亨·科克勒: the interviewee's words
        signed = self._signed.get(s.strip()) or self._signed.get(s[: m.start()].strip() if (m := _SIGNATURE.search(s.strip())) else "")
        if signed is not None:
            return signed, "signed"
        # 在张三看来，… / 在他看来，…: the view that follows is that person's
        for wm in _IN_VIEW.finditer(masked):
            who = wm.group(1).replace("\u0000", "")
            if who in ("他", "她", "其"):
                sp = self._person_before(masked[: wm.start()])
                if sp is not None:
                    self._via = "pronoun"
                    return sp, "verb"
                continue
            sp = person_at_end(who, self.known)
            if sp is not None:
                return sp, "verb"
        for wm in _BY_VIEW.finditer(masked):  # 按照张三的推测，…
            sp = person_at_end(wm.group(1), self.known)
            if sp is not None:
                return sp, "verb"
        # [subject] …：“quote” — 他常常这样给学子们分享人生感悟：“…”
        for cm in re.finditer("[：:](?=\u0000|[“「])|[，,](?=\u0000|[“「])", masked):  # a quotation closed or left open
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, cm.start())), default=0)
            if cm.group() in "，," and (not _described_speech().search(masked, 0, cm.start())
                                       or LEAD.sub("", masked[clause_start : cm.start()]).startswith(("他", "她"))):
                continue  # 郎导给予了金软景极高评价，“…”: a named speaker, words describing what is said, a comma
            sp = self._leading_person(masked[clause_start : cm.start()], masked[:clause_start])
            if sp is not None:
                return sp, "verb"
        # “a long quote” directly followed by a person (“…”泉山镇新西村党支部书记丁丰万正在…).
        for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
            if re.search("[，。！？,!?]", qm.group()):
                after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")  # “…”——店主 俞晓峰
                moved, who = moved_after_quote(self._memo, self.known, masked[qm.end() : qm.end() + 80].replace("\u0000", " "))
                if moved:  # “…”——X的…，令Y印象深刻: Y's reaction
                    if who is not None:
                        return who, "after-quote"
                    continue
                sp = self._leading_person(BOUNDARY.split(after)[0])
                if sp is not None:
                    return sp, "after-quote"
        # [title] NAME“quote” with no verb (外交部发言人姜瑜“在…问题上,我比男人更加强硬”): a headline's words
        for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, qm.start())), default=0)
            clause = masked[clause_start : qm.start()]
            if "\u0000" in clause or not re.search("[，。！？,!?]", qm.group()):
                continue
            ms = _mentions(self._memo, self.known, clause)  # the clause is the title and the name, nothing else
            if len(ms) == 1 and ms[0][0] + len(ms[0][1].name) == len(clause) and ms[0][1].title \
                    and re.sub(r"\s+", "", clause[: ms[0][0]]) == ms[0][1].title:
                return ms[0][1], "after-quote"
        sp = _quote_then_subject(self._memo, self.known, s, masked) or self._subject_then_quote(s, masked) or _last_subject_then_quote(self._memo, self.known, self.text, self.original, self.names, s, masked)
        if sp is not None:
            return sp, "quote-topic"
        return None, ""

    def _subject_then_quote(self, s: str, masked: str) -> Speaker | None:
        """A sentence about a person, then a quotation standing alone as the next sentence
        (葛江涛下车后甚是兴奋。“真是太快了……”): the quotation is that person's."""
        # the quotation may be left open at the paragraph's end, to go on in the next one
        for qm in re.finditer(r"[。！？!?]\s*(“[^“”]{6,}(?:”|\s*$)|「[^「」]{6,}(?:」|\s*$))", s):
            sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, qm.start())), default=0)
            sentence = masked[sent_start : qm.start()]
            if "\u0000" in sentence or _REPORTER.search(sentence):
                continue
            sp = self._leading_person(sentence, masked[:sent_start])
            if sp is not None:
                return sp
            if _FIRST_PERSON.search(qm.group(1)) and not _REPORTER.search(masked[: qm.start()]):
                # 刘永好最关注…。新希望集团还设立了…。“我们现在…”: the one person the paragraph is about,
                # named as the subject of its first sentence and nowhere else anyone
                people = {sp.name for _, sp in _mentions(self._memo, self.known, masked[: qm.start()])}
                first = _SENTENCE_END.split(masked[: qm.start()])[0]
                at = _subject_at(self._memo, self.known, first) if len(people) == 1 else None
                if at is not None and not _tagged_names(self.known, masked[: qm.start()].replace(at[1].name, "")):
                    return at[1]
        return None

    def _salient(self) -> Speaker | None:
        """Whom a 他/她 with no one named before it means: the person jieba tags at the end of the
        paragraph before, if that one named nobody else, else the salient person."""
        if self._untagged is not None:
            self._untagged, tagged = None, _tagged_subject(self.known, self.text, self._untagged)
            self.salient = tagged or self.salient
        return self.salient

    def _turn(self, s: str, masked: str) -> Speaker | None:
        """``[title] NAME：`` opening a paragraph: a transcript turn or a headline's speaker."""
        if (sp := _surname_turn(self.known, self.turns, s)) is not None:
            if _JOURNALIST.search(sp.title or ""):
                self._asked = True  # 朱：… — the host (主持人朱煦) asks
                return None
            return sp
        if (sp := _bracket_turn(self.known, self.text, s)) is not None:
            return sp
        m = _TURN.match(masked)
        if not m:
            return self._spaced_label(s)
        raw = _unbracketed(re.sub(r"\s+", "", m.group(1)))
        raw = _VERIFIED.sub("", raw)  # 工业和信息化部部长苗圩V：… — a microblog's verified mark, no part of the name
        if (sp := _titled_label(self.known, s[m.start(1) : m.end()].rstrip("：: "))) is not None:
            return sp
        if (sp := _title_inside_label(raw)) is not None:
            at, title = self.text.find(s), sp.title or ""
            if at >= 0 and title and raw == s[m.start(1) : m.end(1)]:  # 邱委員文彥: as the page writes it
                head = self.original[at + m.start(1) : at + m.end(1)]
                k = raw.index(title)
                self.names.setdefault(sp.name, head[:k] + head[k + len(title) :])
                self.written.setdefault(sp.name, head[k : k + len(title)])
            return sp
        said = _VERB_END.search(raw)
        if said and said.start() >= 2:
            raw = raw[: said.start()]  # 王建华说：… — the speaker is 王建华, never 华说
        for head in dict.fromkeys((raw, _strip_adverbials(raw))):
            sp = person_at_end(head, self.known) or _short_form(self.known, head)  # 特朗普： for 唐纳德·特朗普
            if sp is None:
                continue
            if _JOURNALIST.search(sp.title or self.known.get(sp.name) or ""):
                self._asked = True
                return None  # 记者张三：… asks; the interviewee answers
            words = s[m.end() :].strip()
            if words.endswith(("?", "？")) and not sp.title and sp.name not in self.known:
                return None  # an untitled name asking (林海(POLITICO)：大使，…？)
            quoted = words[:1] in ("“", '"', "「")
            named_elsewhere = self.text.count(sp.name) >= 2
            affiliated = "\u0000" in masked[m.start(1) : m.end()]
            if sp.title or sp.name in self.known or quoted or named_elsewhere and not affiliated:
                return sp
            if _transcript_name(self.turns, head, sp) and not affiliated:
                return sp  # [傅莹]：… among the turns of a transcript: the layout names the speaker
        if (sp := _foreign_label(raw, s[m.end() :].strip())) is not None:
            return sp
        if (sp := _original_named_label(raw, s[m.start(1) : m.end()])) is not None:
            return sp
        if (sp := _answer_label(self.known, self.text, self.asking, self.labels, self.answering, raw)) is not None:
            return sp
        if raw in self.labels and (sp := _sole_holder(self.known, self.text, raw)) is not None:
            return sp  # 总统：… in turns the page labels by post, having named 蔡英文总统: that person
        return _holder(self.known, self.asks, self.intro, self._announced, raw) or self._spaced_label(s)

    def _spaced_label(self, s: str) -> Speaker | None:
        """国务院新闻办新闻局 寿小丽： / 国家防汛抗旱总指挥部秘书长、应急管理部副部长 周学文： alone on
        its line — a press conference transcript's label: a title or the office, a space, a name, the
        colon, and the words in the paragraphs below. The name is one by its surname and shape."""
        line = s.strip().lstrip(_BULLETS + "■▲▼◎※ ")
        m = _SPACED_LABEL.fullmatch(line)
        if m is None:
            return self._titled_label_line(line)
        office, name = m.group(1), m.group(2)
        if _JOURNALIST.search(office) or _REPORTER.search(office) or not surname_of(name) \
                or not plausible_name(name, self.known, after_title=True):
            return None
        self._label_only = True
        sp = person_at_end(office + name, self.known)
        if sp is not None and sp.name == name and sp.title:
            return sp
        return Speaker(name, self.known.get(name) or clean_title(office) or office)  # the office stands as the title

    def _titled_label_line(self, line: str) -> Speaker | None:
        """全国政协委员，中国共产党历史展览馆馆长吴向东： alone on its line: its titles (more than one, a
        comma between them) and the name, the colon — the label of the words in the paragraphs below."""
        m = _TITLES_LABEL.fullmatch(line)
        if m is None:
            return None
        sp = person_at_end(m.group(1).split("，")[-1].split(",")[-1], self.known)
        if sp is None or not sp.title or not m.group(1).endswith(sp.name) or _JOURNALIST.search(sp.title) \
                or _REPORTER.search(m.group(1)):
            return None
        self._label_only = True
        return sp

    def _subject(self, pre: str, masked: str, clause_start: int, s: str) -> Speaker | None:
        parts = re.split(r"\s+", pre.strip())
        if len(parts) > 1 and len(parts[-1]) >= 2 and re.search(f"[{CJK}]\\s+[{CJK}]", pre):
            # 记者李慧 董明珠在接受…时称: a space ends a byline or a label before the subject
            sp = self._subject(parts[-1], masked, clause_start, s)
            if sp is not None:
                return sp
        pre = re.sub(r"\s+", "", pre)
        if _INVITE.match(pre) or _invited(masked, clause_start, clause_start):
            return None  # 请发言人邢志宏介绍… / 请A，B介绍…: people invited to speak, words announced, not reported
        if _GROUP_END.search(pre):
            return None  # 张一、王二等先后表示: a group speaks, no one person
        found = []
        cores = _cores(pre)
        for stripped, core in enumerate(cores):
            if stripped and len(core) not in word_starts(pre) and not pre.startswith(tuple(self.known)) \
                    and core not in ("他", "她"):
                continue  # 赵大|姐感慨地说: an adverbial is stripped at a word's start, not inside one (他|续说: 他 is a word)
            sp = self._subject_core(core, masked, clause_start, s, pre)
            if sp is not None:
                sp = known_head(self.known, sp)  # 王建军|常对大家说: the known name, not 王建军常
            if sp is not None and core.endswith(sp.name) and _spoken_to(core, sp.name):
                continue  # 希望能跟侯孝贤说一声: 侯孝贤 is spoken to, not the speaker
            if sp is not None and self._dateline_place(sp.name):
                continue  # (巴生28日讯) … 晚宴巴生站致词时说: the place, never the speaker
            if sp is not None and not _TAIL_ADV.search(sp.name):
                lead = LEAD.sub("", core)
                # 他昨晚在…时(说): a 他 before adverbials the cores keep is still the pronoun
                via = "pronoun" if lead in ("他", "她") or re.match("[他她](?![们的])", lead) and sp.name not in core else None
                found.append((_rank(self.known, sp), stripped, sp, via))
        if not found:
            return None
        best = min(found, key=lambda t: t[:2])
        self._via = best[3]
        return best[2]

    def _subject_core(self, core: str, masked: str, clause_start: int, s: str, pre: str) -> Speaker | None:
        if _CONNECTIVES.fullmatch(core) and (sp := self._chained_subject(masked, clause_start)) is not None:
            return sp
        core = LEAD.sub("", core)
        if core in ("他", "她") or _pronoun_in_manner(self.known, core):  # 他一脸忧心的(说): the pronoun, then manner
            moved, who = moved_person(self._memo, self.known, masked[:clause_start].replace("\u0000", " "))
            if moved:
                return who  # …的讲话让新生周小雨深受感动，她说: the one moved, named or not
            return _when_subject(self._memo, self.known, masked[:clause_start]) or self._person_before(masked[:clause_start])
        if not core:  # clause-initial verb: the person its sentence opens with
            sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
            if sent_start == clause_start:
                return None
            sentence = masked[sent_start:clause_start]
            # 他认为，…，就此他以…身份向政府提出: a 他 opening the sentence means whom the paragraph
            # named before it, if it named anyone (霍启刚则认为…。他认为…), not the last paragraph's speaker
            named_before = bool(_mentions(self._memo, self.known, masked[:sent_start].replace("\u0000", " ")))
            lead = self._leading_person(sentence, masked[:sent_start] if named_before else None)
            if lead is not None and lead.name in sentence and _object_before(sentence, lead):
                return None  # 全市上下牢记习近平总书记…嘱托，…，提出…: the person is an object, not the subject
            if lead is None and masked[clause_start - 1] in "，,":
                # 得知…，黄沛华非常高兴，并表示…: the one person opening the clause just before
                prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
                if prev_start > sent_start or prev_start == sent_start == 0:
                    lead = _clause_opener(self._memo, self.known, self.text, self.original, self.names, masked[prev_start : clause_start - 1])
            return lead
        if _STATEMENT.match(core):
            return self.last if self.last_mode == "verb" else None
        sp = person_at_end(core.removeprefix("据"), self.known) or _short_form(self.known, core.removeprefix("据"))
        if sp is None:
            sp = _given_part_form(self.known, core.removeprefix("据"))
        if sp is None:
            sp = _surname_reference(self.known, self.text, self.original, self.names, core.removeprefix("据"))
        if sp is None and clause_not_name(core):
            sp = _surname_alone(self.known, core)  # 李则(称): the one 李 the page named
        if sp is None and (sp := by_role(core.removeprefix("据"), self.known)) is not None:
            if _JOURNALIST.search(sp.title or ""):
                return None  # 该记者还表示: the reporter who asked, never the byline's 记者王盼盼
            if _role_shared(self.known, self.text, core, sp):
                return None  # 这位总统 where the page also wrote 法国总统马克龙: two holders
        if sp is None and (sp := _sole_holder(self.known, self.text, core.removeprefix("据"))) is not None:
            self._sole = sp.name  # 行政长官表示: the one person the page gives that post
        if sp is None and "address-name" in SIGNALS:
            sp = addressed_person(core.removeprefix("据"))  # 村民吴女士(说): named so on the page
        if sp is not None:
            return sp
        lead = self._leading_person(core)
        if lead is not None and re.search("(?:中|上|时|里|期间|之际|后)$", core):
            return lead  # a person, then an adverbial (…视察天津重要讲话中指出)
        if core.endswith("地"):  # 郎导感谢了现场球迷颇有些激动地(表示): the clause's one person, in manner
            lead = _clause_opener(self._memo, self.known, self.text, self.original, self.names, core)
            if lead is None and len(core) <= 12 and clause_start > 0 and masked[clause_start - 1] in "，," \
                    and not _mentions(self._memo, self.known, core) and not _tagged_names(self.known, core):
                # 楼继伟毫不回避，坦率而又入情入理地回答: manner alone, the person opening the clause before
                prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
                # 王毅听到后，停下脚步，缓慢而坚定地回答: clauses naming nobody between, the one opening the sentence
                lead = _clause_opener(self._memo, self.known, self.text, self.original, self.names, masked[prev_start : clause_start - 1]) or self._chained_subject(masked, clause_start)
            return lead
        return None

    def _example_giver(self, masked: str, s: str) -> Speaker | None:
        """[subject] 以…为例，…: a person citing an example argues — the words after it are theirs
        (他以区域全面经济伙伴关系协定的倡议为例，马中可从中互惠互利…); no subject, no speaker (以新能源
        行业为例，… is the reporter's)."""
        for em in _FOR_EXAMPLE.finditer(masked):
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, em.start())), default=0)
            pre = masked[clause_start : em.start()].replace("\u0000", "")
            if pre.strip() and (sp := self._subject(pre, masked, clause_start, s)) is not None:
                return sp
        return None

    def _chained_subject(self, masked: str, clause_start: int) -> Speaker | None:
        """The subject of a verb opened by a connective alone (…，且称 / …，仅称): the person opening
        the nearest earlier clause of the sentence that names anyone, when that clause names
        (or jieba tags) only that person; clauses naming nobody are passed over."""
        sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
        clauses = BOUNDARY.split(masked[sent_start:clause_start].replace("\u0000", ""))
        for clause in reversed(clauses):
            names = {sp.name for _, sp in _mentions(self._memo, self.known, clause)} | {sp.name for sp, _ in _tagged_names(self.known, clause)}
            if not names and not re.search("[他她]", clause):
                continue
            lead = self._leading_person(clause)
            if lead is None or not names <= {lead.name} or "\u0000" in clause:
                return None
            head = TIME_LEAD.sub("", LEAD.sub("", clause.strip()))
            pos = head.find(lead.name)
            opens = 0 <= pos <= 3 or 0 < pos <= 12 and (m := title_end().search(head[:pos])) is not None and m.end() == pos
            return lead if opens else None  # the clause opens with the person (之后, a title before the name at most)
        return None

    def _leading_person(self, text: str, before: str | None = None) -> Speaker | None:
        text = TIME_LEAD.sub("", LEAD.sub("", text.replace("\u0000", "").strip()))
        if (bare := text.lstrip("，,、 ")) != text and bare[:1] in ("他", "她"):
            text = bare  # 对此，她首先否认了…，并认为: the connective's comma before the pronoun
        if m := _TIME_CLAUSE.match(text):
            # 在点评比赛的时候，纪导声音异常低沉: a leading adverbial clause, then the person (部长王建军
            # 离开后，张丽华…: the person after it, not the one named in it)
            after = _clause_opener(self._memo, self.known, self.text, self.original, self.names, BOUNDARY.split(text[m.end() :])[0])
            if after is not None or not (_mentions(self._memo, self.known, m.group()) or _tagged_names(self.known, m.group())):
                return after
        if text[:1] in ("他", "她") and before is not None:
            self._via = "pronoun"
            return self._person_before(before)
        if text[:1] in ("他", "她") and self.last_person is not None:
            return self.last  # 她停顿了一下,又补充道: the person of the paragraph so far
        ms = _mentions(self._memo, self.known, text)
        for i, (pos, sp) in enumerate(ms):
            head = text[:pos]
            if not BOUNDARY.search(head) and not _VERB_RE.search(head) and len(head) <= 40:
                after = text[pos + len(sp.name) :]
                if _KIN.match(after):
                    continue  # 徐春兰的女儿说 / 习近平夫人彭丽媛: the relative leads (named next, or nobody)
                bare = _strip_title_tail(head, sp)
                if _ASKS.search(bare) or _TO_BEFORE.search(bare) and _ASKED_AFTER.match(after):
                    return None  # 有记者追问王毅：/ 记者向准备离场的王毅大声提问：: the one asked
                if after.startswith("、") or i + 1 < len(ms) and re.fullmatch(
                    r"[、和与及][^，,。]{0,12}", text[pos + len(sp.name) : ms[i + 1][0]]
                ):
                    return None  # 导演舒淇、监制叶如芬昨率领…: two people lead the sentence
                return sp
            break
        if not ms:  # no title, no page-known name: a name jieba tags after a short head (乘客葛江涛)
            clause = BOUNDARY.split(text)[0]
            named = _tagged_names(self.known, clause)
            if len(named) == 1 and not named[0][1]:  # one person, as the subject
                pos = clause.find(named[0][0].name)
                if cut_short(clause[pos + len(named[0][0].name) :], ends=True):
                    return None  # 日本教练佐佐木|则夫：“…”: the name goes on; jieba cut it short
                rest = clause[pos + len(named[0][0].name) :]
                if rest.startswith("的") and not _POSSESSED_WORDS.match(rest) or _KIN.match(rest):
                    return None  # 作为李元龙的导师: the possessor does not lead
                if 0 <= pos <= 12 and not _VERB_RE.search(clause[:pos]):
                    return named[0][0]
        return None

    def _person_before(self, masked_before: str) -> Speaker | None:
        """Whom 他/她 means: the last subject named before it in the paragraph, else the salient
        person of the paragraphs before (their speaker, or the person a narrative one was about)."""
        before = masked_before.replace("\u0000", " ")
        if _mentions(self._memo, self.known, before):
            last_sentence = _SENTENCE_END.split(before.rstrip("。！？!?；; "))[-1]
            ms = _mentions(self._memo, self.known, last_sentence)
            # 张三和李四出席了会议。他表示: either of them; 立委张三39%、部长李四26%…的看法，他认为:
            # a list of people (each with a figure of their own) — any of them
            for (p1, a), (p2, b) in zip(ms, ms[1:]):
                between = last_sentence[p1 + len(a.name) : p2]
                if oblique(last_sentence, p1, a.name):
                    continue  # 李家超联同局长卢宠茂、局长孙玉菡…见记者。他表示: companions listed, not rivals
                if a.name != b.name and re.fullmatch(f"[^{CJK}，,。；;]{{0,6}}(?:和|与|及|、|以及)[^，,。]{{0,12}}", between or "-"):
                    self._rivals = self._rivals or not _VERB_RE.search(between)
            at = _subject_at(self._memo, self.known, before)
            if at is None:
                salient = self._salient()
                return None if self._orphaned(salient) or _other_speaker(self.known, before, salient) else salient
            return None if _other_speaker(self.known, before[at[0] + len(at[1].name) :], at[1]) else at[1]
        last_sentence = _SENTENCE_END.split(masked_before.rstrip("。！？!?；; "))[-1]
        tagged, names, pos = pos_tags(last_sentence.replace("\u0000", "，")), [], 0
        for tag_word, flag in tagged if "nr" in SIGNALS else ():  # 美国总统|特朗普/nr: a name jieba tags, right after a title or with a surname
            after_title = bool(title_end().search(last_sentence[:pos]))
            word = known_at(last_sentence, pos, tag_word, self.known) if flag == "nr" else tag_word
            if flag == "nr" and plausible_name(word, self.known, after_title=after_title):
                if not oblique(last_sentence, pos, word):
                    names.append(word)
            pos += len(tag_word)
        if names:
            return Speaker(names[-1], self.known.get(names[-1]))
        if unnamed_person(masked_before):
            return None  # 患者的女儿刘女士是供肝者。她告诉记者: she has no name here
        pending = self._untagged
        salient = self._salient()
        if self._orphaned(salient):
            return None  # “我去年……”(nobody's, as far as we know)。…他说: he may be that speaker
        if _other_speaker(self.known, before, salient):
            return None
        rival = None
        if pending is not None and _SENTENCE_END.search(pending) and not caption_or_heading(pending):
            # the paragraph before had no subject we could name: a name jieba alone tags closing it
            # (not a heading: about nobody in particular)
            last = _SENTENCE_END.split(_MASK.sub("", pending).rstrip("。！？!?；; "))[-1]
            rival = next((sp for sp, is_oblique in _tagged_names(self.known, last) if not is_oblique), None)
        if salient is not None and rival is not None and _canonical(self.known, rival).name != _canonical(self.known, salient).name \
                and simplify_aligned(rival.name) != simplify_aligned(salient.name) \
                and self._spoke.get(salient.name, -1) < self.index - 1:
            # 高希均说…。 / 在台湾出生的李开复在演讲中谈到…。 / 他认为…: the paragraph before, which gave
            # nobody words, ended on another person — either may be meant
            self._rivals = True
        if salient is not None and not masked_before.strip("\u0000 ") and self._prev_text:
            # 市长张三与副市长李四出席开幕式。 then 他指出: the paragraph before closed on two people side by side
            last_before = _SENTENCE_END.split(_MASK.sub("", self._prev_text).rstrip("。！？!?；; "))[-1]
            pair = _coordinated(self._memo, self.known, last_before)
            if salient.name in pair and len(pair) >= 2:
                self._rivals = True
        if salient is not None and (other := _unread_subject(self.known, last_sentence.replace("\u0000", "，"))) is not None \
                and other[0] != salient.name[:1]:
            # 郭文海一边听取发言，…。他表示: the sentence before the pronoun opens with a person we did
            # not know — the pronoun may mean them rather than the salient person
            self._rivals = True
        return salient

    def _orphaned(self, salient: Speaker | None) -> bool:
        """Words went to nobody since the last speaker, and they were not in paragraphs that named
        only ``salient`` as their subject (then a 他/她 still means that person)."""
        return self.orphan and not (salient is not None and self.orphan_of is not None and salient.name == self.orphan_of.name)

    def _continuation(self, s: str) -> tuple[Speaker | None, str]:
        """Modes: "turn" continues a transcript answer, "quote" an open quotation, "cont" the rest,
        "monologue" a first-person paragraph of the page's narrator. Captions and headings carry
        nobody's words."""
        nm = _NARRATOR.match(s.strip())
        if nm and self.narrator is not None and person_at_end(nm.group(1), self.known) == self.narrator:
            return self.narrator, "monologue"  # 居民陈代蓉——: the narrator's own line
        if _is_question(s) or caption_or_heading(s) or re.fullmatch(r"\s*[（(].*[)）]\s*", s):
            return None, ""  # (原标题：…), (记者 张三): an editor's note carries nobody's words
        if _LISTING.search(s):
            return None, ""  # 2025-04-22 某某资讯… / …扣人...: a dated or cut entry of a list of other stories
        if self._byline_now is not None and (_whole_quote(s) or _FIRST_PERSON.search(_MASK.sub("", s))) \
                and not _REPORTER.search(_MASK.sub("", s)):
            return self._byline_now, "signed"  # ——清华大学校长 李明 / “追求卓越是…”
        if self.narrator is not None and self.last_mode in ("", "monologue"):
            bare = _MASK.sub("", s)
            others = {sp.name for _, sp in _mentions(self._memo, self.known, bare)} - {self.narrator.name}
            if not others and (_FIRST_PERSON.search(bare) or _whole_quote(s)) and not _REPORTER.search(bare):
                return self.narrator, "monologue"
        if self.answering and self.interviewee is not None and _whole_quote(s):
            return self.interviewee, "cont"  # 您觉得…？ then “……”: the interviewee answers
        if self._opener is not None:
            if self.interviewing or self.index - 1 != self._opened or not self._announcement(s):
                self._opener = None  # the announcements end at the first question, or with narration
            else:
                self._opened += 1
                return self._opener, "cont"  # 一、第十五届…博览会将于…举行。 under …发言人X主持例行记者会
        cand, chain = self.last, self.last_mode in ("colon", "turn")
        if cand is None and self.last_mode == "" and self.intro is not None:
            bare = _MASK.sub("", s)
            # (not when someone else spoke just before: their words may resume after the aside)
            spoken = _FIRST_PERSON.search(bare) or _whole_quote(s) and _FIRST_PERSON.search(s) and not self._intro_rival
            if spoken and not _REPORTER.search(bare) and not self.narrating:
                # a person introduced, then their words (press conferences), or a first-person
                # quotation (…领教了吴教授的反问。 then “这个你去看我的那一篇文章…”)
                cand, chain = self.intro, True
            elif self._resume is None:
                return None, ""
        if cand is None and self._resume is not None and _whole_quote(s) and _FIRST_PERSON.search(s) \
                and not _opens_reply(s) and not self.narrating:
            return self._resume, "quote"  # “…”(the speaker) / 但是很遗憾，…(an aside) / “比赛连续输球后，我…
        if cand is None:
            return None, ""
        if self.open_quote and s.startswith(("“", "「")):
            return cand, "quote"
        if self.open_quote and _closes_quote(s):
            return cand, "quote"  # …“比赛连续输球后，… / 大家其实都很好，…运动员。”: the quotation ends here
        if self.opens and not _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s) and not any(sp.name != cand.name for _, sp in _mentions(self._memo, self.known, s[:12])):
            return cand, "cont"  # 洪磊首先发布消息： then the announcement
        if self.point and _points(s[:6])[:1] == [self.point + 1] and not _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s):
            return cand, "cont"  # 第一疑点为… then 第二疑点，…: the speaker's next point
        if self._enumerated(s, cand):
            return cand, "cont"  # …用“稳、新、优、好”四个字来概括 then 第一个字是“稳”… / 经济增长平稳，…
        if self._speech_goes_on(s, cand):
            return cand, "cont"  # 习近平表示，中国人民抗日战争是… then 中国人民抗日战争是…，…
        transcript = self.turns >= 2 or self._bare_turn or self._led_turn or self._speech_turn or self._answer_turn or self.last_mode != "colon"
        if chain and transcript and self.last_mode == "colon" and self._bite and not self._bare_turn and not self._speech_turn \
                and not _FIRST_PERSON.search(s) and not re.search("[“「]", s) and _points(s[:6])[:1] != [1]:
            return None, ""  # 法庭庭长 赵明超：…(a sound bite) / 送完了被告，…(the reporter narrates again)
        if chain and transcript and not _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s) and not self._quoted_turn and not _narrates(self._memo, self.known, s, cand) \
                and not _REPORTER_OPENS.match(_MASK.sub("", s)):
            if self._list_ended:
                return None, ""  # ☆ items of someone's words end where the bullets end
            return cand, "turn"  # a transcript answer goes on until the next "X：" turn
        if _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s):
            return None, ""  # someone else's turn (王五：…), even one we do not take
        # names inside a whole-quotation paragraph are what the speaker talks about
        seen = _MASK.sub("", s) if _whole_quote(s) else s
        if any(sp.name != cand.name for _, sp in _mentions(self._memo, self.known, seen)):
            return None, ""
        bare = _MASK.sub("", s)
        if _whole_quote(s) and _opens_reply(s):
            return None, ""  # “对呀，…”: a reply answers whoever spoke before it, it does not go on with their words
        if (_FIRST_PERSON.search(_unvoiced(bare)) and not _REPORTER.search(bare) and not self.narrating) or _whole_quote(s):
            return cand, "cont"
        return None, ""


    def _enumerated(self, s: str, cand: Speaker) -> bool:
        """Does the paragraph go on with an enumerated statement of ``cand``'s: the first point
        (第一…, 一是…) after their paragraph announced how many points they make (四个字来概括,
        讲三点), or, opening its first clause, one of the items their words listed (增长平稳、
        就业扩大、物价稳定 then 经济增长平稳，… / 就业稳步扩大，…), each later than the last one taken
        up? Never a paragraph naming anyone else, a reporter or another turn."""
        self._item_next = -1
        bare = _MASK.sub("", s)
        if _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
                or any(sp.name != cand.name for _, sp in _mentions(self._memo, self.known, bare)):
            return False
        if self._announced_points and _points(s[:6])[:1] == [1]:
            return True
        opening = BOUNDARY.split(bare.strip())[0]
        if not self._items or not 4 <= len(opening) <= 14:
            return False
        for k in range(self._item_at + 1, len(self._items)):
            if _common_run(opening, self._items[k]) >= 4:
                self._item_next = k
                return True
        return False

    def _speech_goes_on(self, s: str, cand: Speaker) -> bool:
        """After a paragraph that opened with its speaker's verb and reported their words to its
        end (习近平表示，…), does this one, naming nobody, go on with those words: it opens with
        the words the reported ones opened with (中国人民抗日战争是… again), every sentence of it
        exclaims as the speaker's words ended exclaiming (…不让历史悲剧重演！ then …势不可挡！…必将胜利！
        — narration does not exclaim), or it opens with a
        connective and at once a verb with no subject of its own (与此同时，推进…)? Never a
        paragraph naming anyone, a reporter, quoted words or a bullet, nor after a pronoun."""
        said = self._said_opening
        bare = _MASK.sub("", s).strip()
        if not said or not bare or _someones_turn(self.known, self.text, self.turns, self.labels, self.asks, self.intro, self._announced, s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
                or self.narrating or bare[0] in _BULLETS or _mentions(self._memo, self.known, bare) \
                or any(self.text.count(sp.name) >= 2 for sp, _ in _tagged_names(self.known, bare)) \
                or TIME_LEAD.match(bare) or re.search(r"\d{1,2}[月日]", bare):
            return False
        if len(said) >= 4 and bare.startswith(said[:4]):
            return True
        sentences = [x for x in re.split(r"(?<=[。！？!?])", bare) if x.strip()]
        if self._said_exclaims and sentences and all(x.rstrip().endswith(("！", "!")) for x in sentences):
            return True
        connectives, narrating = _resumptions()
        lead = re.match(f"(?:{'|'.join(connectives)})[，,]?", bare)
        if lead is None:
            return False
        tags = pos_tags(bare[lead.end() : lead.end() + 12])
        return bool(tags) and tags[0][1] == "v" and tags[0][0] not in narrating

    def _note_enumeration(self, s: str, found: Speaker | None, mode: str) -> None:
        """After a paragraph is decided: the points its speaker announced and the items they listed
        (kept while their paragraphs take the items up one by one)."""
        bare = _MASK.sub("", s)
        self._announced_points = found is not None and _announced_count(bare)
        if found is not None and mode == "cont" and self._item_next >= 0:
            self._item_at, self._item_next = self._item_next, -1
            return
        self._items = _listed_items(bare) if found is not None else ()
        self._item_at = self._item_next = -1


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
    paragraphs = [without_ruby(p) for p in paragraphs]
    att = Attributor()
    att.register([*context, *paragraphs], article=len(context))
    att.head(heads)
    registered = set(att.known)
    first = read(att)
    seeds: dict[str, str | None] = {}
    for ps in first:
        a = choose(ps, weights, accept)
        if a.speaker is None or any(p.rule >= THRESHOLD for p in ps):
            continue  # only what the rules did not find themselves
        if (name := simplify_aligned(a.speaker.name)) not in registered:
            seeds.setdefault(name, simplify_aligned(a.speaker.title) if a.speaker.title else None)
    if not seeds:
        return first
    att = Attributor(seeded=seeds)
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
    for i, sourced in dash_sourced(paragraphs, out, frozenset(breaks)):
        out[i] = sourced  # “…” then ——…选手林希妤表示，…: the dash line's speaker's, or nobody's
    return _titled(out, [*context, *preface, *paragraphs])


def attribute_document(paragraphs: list[str], context: Iterable[str] = ()) -> list[Speaker | None]:
    """Speakers for a document's paragraphs, in order. ``context`` (the title) seeds names."""
    return [a.speaker for a in attribute_paragraphs(paragraphs, context)]

"""The state of ``speakers.Attributor``'s walk through one page, in one public place.

``Attributor.register`` and ``head`` fill what the whole page tells (its known names and titles, its
turn labels, its signed words); ``Attributor.propose`` updates the rest paragraph by paragraph (the
last speaker and how they were found, the salient person, an open quotation, the items a speaker
enumerated, …). The walk's layers (``runon``) read and write it explicitly, as their first argument.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Speaker


@dataclass
class WalkState:
    """What the walk knows of the page and of the paragraphs read so far (mutable: one per reading)."""

    known: dict[str, str | None] = field(default_factory=dict)
    via: str | None = None  # "pronoun" when the paragraph's speaker was found through 他/她
    memo: dict = field(default_factory=dict)  # mentions per (text, number of known names)
    asked: bool = False
    rivals: bool = False  # the pronoun had two people to mean
    voiced: bool = False  # the paragraph a continuation would reach reports others' words (doubt "voiced")
    quoted_turn: bool = False  # the last colon turn was NAME：“quotation”
    bare_turn: bool = False  # the last colon turn was a name alone on its line
    label_only: bool = False  # the paragraph is a label alone on its line (国务院新闻办新闻局 寿小丽：, [王某]：): no words of its own
    under_label: bool = False  # the paragraph before the one being read was such a label alone
    titled_lead: bool = False  # the paragraph is a lead naming the headline's person by title alone
    headline_person: Speaker | None = None  # whom the headline or heading just above names by its colon label (某某：…)
    floor: Speaker | None = None  # whose colon turn runs on through the paragraphs read so far (its continuations of any mode)
    voice: Speaker | None = None  # the one person the heading over the paragraphs (or the headline) names as whose words follow
    page_voice: Speaker | None = None  # … the headline names so (黄某：…), whose voice a heading naming no one keeps
    voice_writer: bool = False  # … a first-person paragraph under it named a reporter or that person: the writer says 我
    label_turn: Speaker | None = None  # the person of the last spaced label alone on its line, whose turn runs to the next turn
    bite: bool = False  # the last colon turn was a sound bite: TITLE NAME：one or two sentences
    speech_turn: bool = False  # the last colon turn opened a speech (NAME：女士们、先生们，…)
    opener: Speaker | None = None  # a press conference's host the head names, whose announcements open the article
    opened: int = 0  # the article's paragraphs so far that were such announcements
    byline: Speaker | None = None  # a heading signed the words below it (——清华大学校长 李明)
    byline_now: Speaker | None = None  # … as the paragraph being read sees it
    signed: dict[str, Speaker] = field(default_factory=dict)  # signed words (simplified) → who signed them
    quoting: bool = False  # the paragraph ends in quoted words
    resumable: Speaker | None = None  # the speaker before a paragraph of narration that named nobody
    resume: Speaker | None = None  # … as the paragraph being read sees it
    announces: bool = False  # the paragraph ends with a colon (以下是…的开场发言：)
    announced: bool = False  # … the paragraph before the one being read did
    led_turn: bool = False  # the last colon turn was a title alone, its holder introduced just before
    named: dict[str, int] = field(default_factory=dict)  # mentions per person before the first question
    headed: set[str] = field(default_factory=set)  # persons the headline block and headings name (``head``)
    head_titles: dict[str, str] = field(default_factory=dict)  # their titles there (外交部发言人王涛)
    head_text: str = ""  # the headline block and headings (``head``), simplified, one a line
    boxed: bool = False  # a box's heading (背景资料：…) came: no carry until someone is named speaking
    listing: bool = False  # the previous paragraph was a bulleted item of the speaker's words
    list_ended: bool = False  # ... and this one is no such item
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
    intro_rival: bool = False  # … and someone else spoke in the paragraph before that one
    open_quote: bool = False  # the previous paragraph left a quotation open
    put_to: Speaker | None = None  # the paragraph before was a short quoted question (“为什么？”) put to this speaker
    written: dict[str, str | None] = field(default_factory=dict)  # titles as the page writes them
    text: str = ""  # the whole document, simplified
    original: str = ""  # the whole document as written (offsets as in ``text``)
    names: dict[str, str] = field(default_factory=dict)  # names as the page writes them
    aliases: dict[str, str] = field(default_factory=dict)  # a nickname the page brackets after a full name → that name
    answerer: Speaker | None = None  # who gives the 答：… answers of a Q&A interview
    interviewee: Speaker | None = None  # the salient person when the first question came
    interviewing: bool = False  # a question has come: the interviewee is decided (perhaps nobody)
    narrator: Speaker | None = None  # who tells a first-person page (居民陈代蓉——)
    untagged: str | None = None  # the previous paragraph, when it named no subject we recognise
    orphan: bool = False  # a quotation since the last speaker went to nobody
    orphan_of: Speaker | None = None  # the one person the paragraphs of those words named, as their subject
    unnamed_said: bool = False  # the paragraph reports someone unnamed (市民韩先生说, 一位居民说)
    narrating: bool = False  # a paragraph of nobody's words said 我 (a reporter's first person)
    index: int = 0  # paragraphs read so far
    seeded: dict[str, str | None] = field(default_factory=dict)  # names only a first reading's model decisions found
    seen: dict[str, int] = field(default_factory=dict)  # the paragraph each person was last named in
    spoke: dict[str, int] = field(default_factory=dict)  # the paragraph each person last spoke in
    flags: set[str] = field(default_factory=set)  # the doubts of the proposal being made
    full_names: tuple[tuple[str, str], ...] | None = None  # transliterated names the page writes in full, with their last part
    latin: tuple[str, ...] = ()  # the page's people written in Latin letters, as written (``latin.latin_people``)
    places: frozenset[str] | None = None  # the places the page's datelines name (``lexicon.dateline_places``)
    announced_points: bool = False  # the last speaker's paragraph announced a number of points (…四个字来概括)
    items: tuple[str, ...] = ()  # the items the last speaker enumerated (增长平稳、就业扩大、物价稳定…)
    item_at: int = -1  # the last of them a paragraph of that speaker's took up
    item_next: int = -1  # … the one the paragraph being read takes up
    said_opening: str | None = None  # the last paragraph opened with its speaker's verb: the words after it (…表示，X)
    said_exclaims: bool = False  # … and ended exclaiming (…不让历史悲剧重演！)
    answer_turn: bool = False  # the last colon turn answered the question just before it
    prev_text: str = ""  # the paragraph before the one being read (simplified)
    this_text: str = ""  # the paragraph being read (simplified)
    sole: str | None = None  # a post alone (行政长官表示, 总统：) read as the one person the page gives it
    argued_at: int = -1  # the paragraph (``index``) the last speaker's argument was last carried into (runon.argument_goes_on)
    argued_open: bool = False  # ... as the words of a quotation its paragraph left open

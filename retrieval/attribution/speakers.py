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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..models import Speaker
from . import decision
from .decision import CONFIDENCE, DOUBTS, THRESHOLD, Attribution, Proposal, choose
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    NAME_SEP,
    SIGNALS,
    TIME_LEAD,
    VERBS,
    addressed_person,
    by_address_term,
    by_role,
    by_surname_and_title,
    caption,
    caption_or_heading,
    clause_not_name,
    clause_word_first,
    clean_title,
    cut_short,
    data_words,
    dateline_places,
    editor_note,
    ends_unnamed,
    fuller_title,
    generic_title,
    is_nonperson,
    is_transliterated,
    joined_surnames,
    known_at,
    leadin,
    lede_end,
    mentions,
    names_follow,
    oblique,
    person_at_end,
    plausible_name,
    pos_tags,
    rare_character_names,
    page_nonperson,
    pictured_names,
    repeated_titled_names,
    simplify_aligned,
    surname_of,
    title_after_name,
    title_before,
    title_end,
    title_words,
    unnamed_person,
    without_ruby,
    word_starts,
)

_NOT_NAME_START = "当在对向和与的是了被把将从据说称由及等"  # 当|唐纳德•特朗普: a clause word before a name
_TRANSLITERATED = re.compile(f"[{CJK}]{{1,8}}(?:[{NAME_SEP}][{CJK}]{{1,8}})+")
_NAME_SEPS = tuple(re.sub(r"\\(.)", r"\1", NAME_SEP))  # the separators themselves (NAME_SEP is a class's body)


def _has_name_sep(s: str) -> bool:
    """Can ``_TRANSLITERATED`` match in ``s`` at all (a separator is written)? A cheap test first."""
    return any(c in s for c in _NAME_SEPS)


_VERB_RE = re.compile(f"(?:{VERBS})")
_VERB_END = re.compile(f"(?:{VERBS})$")
# 说/称 preceded by these are not speech by a subject (据说, 来说, 小说, 可以说, 声称 is fine).
_NOT_SPEECH = re.compile(r"(?:据|听|来|小|可以|所以|就是|话|虽|不用|再|学|传|邪|解|俗|堪|游|著|昵|统|总|被|尊|简|号|名|之)$")
_BOOK = re.compile(r"《[^《》]*》")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MASK = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"|（[^（）]*）|\([^()]*\)")
# adverbials of data/adverbials.txt (受访, 公开, 微笑…), between a speaker and the speech verb
_ADV_WORDS = "".join(f"{w}|" for w in sorted(map(re.escape, data_words("adverbials.txt")), key=len, reverse=True))
# the words used (data/speech_units.txt: 用这样六个字, 以一句话, 用“…”来): how the speaker said it
_ADV_WORDS += "(?:用|以)[^，,。；;]{0,10}?(?:" + "|".join(sorted(data_words("speech_units.txt"), key=len, reverse=True)) + ")来?|用来|"
# an errand before the verb (data/errands.txt: 前往论坛演讲前, 出席会议时): the speaker's adverbial clause
_ADV_WORDS += "".join(f"(?:{w})[{CJK}]{{1,14}}?(?:之前|之后|期间|前|时|后)|" for w in sorted(data_words("errands.txt"), key=len, reverse=True))
_ADV = re.compile(
    rf"(?:{_ADV_WORDS}也|还|则|又|都|就|曾|亦|再次|首先|随后|接着|接著|同时|当天|当日|日前|近日|今天|昨天|昨日|今日|昨|(?:周|星期)[一二三四五六日天]|笑|纷纷|一致|"
    rf"[上下]午|晚间|\d{{1,2}}日(?:[上下]午|晚)?|\d{{1,2}}月\d{{1,2}}日|[{CJK}]{{1,4}}地|[{CJK}][着著]|"
    rf"不止一次|多次|一再|一边|[赛会事课]后|进一步|明确|特别|专门|只是|深有感触|心里|能否|"
    rf"在[^，。]{{1,24}}?(?:上|中|时|里|期间|之际|后|前)|在[{CJK}]{{2,14}}|于[{CJK}]{{2,14}}|对[{CJK}]{{1,12}}|向[{CJK}]{{1,12}}|"
    rf"(?:在)?接受[{CJK}]{{0,12}}(?:采访|访问|专访|提问)时?|(?:在)?受访时|(?:在)?回答[{CJK}]{{0,12}}时|(?:通过|透过|经由|借助)[{CJK}]{{1,10}}|"
    rf"代表[{CJK}\d]{{1,16}}|当着[{CJK}]{{1,10}}|就[{CJK}]{{2,20}}|当地时间(?:\d{{1,2}}日)?(?:[上下]午|晚)?|咬牙切齿|非常兴奋|激动|高兴|兴奋|感慨)$"
)
_TAIL_ADV = re.compile(r"..(?:随后|同时|首先|接着|再次|当天|当日|日前|近日|则|也|还|又|都|就|亦|曾)$")
_ADV_SEQ = re.compile(f"(?:{_ADV.pattern[:-1]})+")
_STATEMENT = re.compile(r"^(?:声明|讲话|发言|公告|信中|来信|致辞|文章)$")
_SAYS_AFTER = re.compile(f"([^。！？；!?;“「]{{0,30}}?)(?:(?:{VERBS})\\s*[：:，,]?|[：:])\\s*[“「]")  # after a name: its quoted words
_LISTING = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}|\.\.\.\s*$")  # a dated or cut entry of a story list
_FIRST_PERSON = re.compile(r"(?<!自)我(?![市省区县镇乡村国校院厂司局部军党])|咱")  # 自我: oneself, not the speaker
_AMOUNT_SAID = re.compile(r"了?(?:[一二两三四五六七八九十几数\d]+|很多|许多)[件句个点条番席段声](?:事儿?|话|字)?\s*(?:$|[。！!，,；;\s])")
_SPOKEN = re.compile(r"“[^“”]{12,}”|「[^「」]{12,}」")  # a quotation long enough to be someone's words
# 回应了外界关注的多个话题, 回答了记者提问: what was spoken about, not what was said
_TOPICS_SAID = re.compile(r"了[^，,。；;：:\u0000]{0,20}(?:话题|问题|提问|质疑|关切|询问)(?:$|[，,。；;\s])")


def _answered_words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """data/answered.txt: verbs of answering (line 1), topic nouns (line 2), the act of speaking
    (line 3), amounts (line 4) and nouns (line 5) of speech described rather than reported."""
    text = resources.files("retrieval").joinpath("data/answered.txt").read_text("utf-8")
    lines = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    verbs, nouns, acts, amounts, kinds, topic_verbs, topics = lines[:7]
    return (re.compile(f"(?:{'|'.join(verbs)})$"), re.compile(f"(?:{'|'.join(acts)})$"),
            re.compile(f"了?[^，,。；;：:\\s\u0000“”「」]{{0,20}}(?:{'|'.join(nouns)})(?:$|[，,。；;\\s])"),
            re.compile(f"出?了?(?:{'|'.join(amounts)})[^，,。；;：:！!？?]{{0,20}}?(?:{'|'.join(kinds)})(?:$|[，,。；;])"),
            re.compile(f"(?:{'|'.join(topic_verbs)})$"),
            re.compile(f"了?[^，,。；;：:！!？?\\s\u0000“”「」]{{0,20}}(?:{'|'.join(topics)})\\s*(?:$|[。！!])"))


# 回应/回答/谈及 + a topic (…说法, …传闻, …问题): what was answered, not words; 说出一堆…评语: speech described;
# 介绍了…情况。: a topic closing the sentence
_ANSWERED, _SPEAKING, _TOPIC_OBJECT, _DESCRIBED, _TOPIC_VERB, _TOPIC_END = _answered_words()

_BULLETS = "☆★●○◆◇■□•·"
_BRACKET_TURN = re.compile(r"^\s*【([^【】：:]{2,30})】\s*(?=\S)")  # 【title NAME】words…
# a microblog's verified mark closing a name label (部长苗圩V：)
_VERIFIED = re.compile(f"(?<=[{CJK}])[Vv]$")
# titles, a comma between them, and a name, alone on a line with its colon (全国政协委员，…馆长吴向东：)
_TITLES_LABEL = re.compile(f"([{CJK}、·]{{2,30}}[，,][{CJK}、·，,]{{2,40}})\\s*[：:]")
# the remains of an HTML tag opening a paragraph (< strong >, <b>)
_MARKUP_LEAD = re.compile(r"^\s*<\s*/?\s*[A-Za-z]{1,10}\s*>\s*")
# [title or office] NAME： alone on its line, the office as long as a press conference's labels write it
_SPACED_LABEL = re.compile(f"([{CJK}、·]{{4,60}})[ \\t\u3000]+([{CJK}]{{2,4}})\\s*[：:]")
# [NAME]words… / 【主持人】words…: a bare label in brackets opening a paragraph (each line of a page)
_SQUARE_LABEL = re.compile(r"^[ \t]*[\[【]([^\[\]【】：:\s]{2,8})[\]】][ \t]*(?=[^\s\]】])", re.M)
_IN_VIEW = re.compile(r"(?:^|[，,。；;])\s*在([^，,。；;：:\u0000]{1,20}?)看来[，,]")  # 在张三看来，…
_POSSESSED_WORDS = re.compile(r"的(?:话|这句|这番|一番|那句|那番|回答|介绍|说法|表态|发言|讲话|观点|看法)")  # X的这句话: X's words
# 徐春兰的女儿(说), 项瑞母亲(正在…): a relative (data/kin.txt) or, after 的, a role (data/roles.txt)
# of the person named — who is then no subject of the clause
_KIN = re.compile("的?(?:" + "|".join(sorted(map(re.escape, data_words("kin.txt")), key=len, reverse=True)) + ")|的(?:"
                  + "|".join(sorted(map(re.escape, data_words("roles.txt")), key=len, reverse=True)) + ")")
# 有记者追问(王毅：“…？”): a verb of asking (data/asked.txt) right before a name, which is then the one asked
_ASKED_WORDS = "|".join(sorted(map(re.escape, data_words("asked.txt")), key=len, reverse=True))
_ASKS = re.compile(f"(?:{_ASKED_WORDS})$")
# 向(准备离场的)王毅大声提问: 向/对/跟 before a name, a verb of asking right after it: the one asked
_ASKED_AFTER = re.compile(f"[^，,。；;：:]{{0,4}}?(?:{_ASKED_WORDS})")
_TO_BEFORE = re.compile(r"[向对跟][^，,。；;：:]{0,12}$")
_AGED = re.compile(f"(?:\\d{{1,3}}|[一二三四五六七八九十]{{1,3}})(?:周)?岁的([{CJK}]{{2,4}})")  # 61岁的张秋大
_VIEW_ANY = re.compile(r"在([^，,。；;：:\u0000]{1,20}?)看来[，,]")
# 按照叶盛基的推测，… (data/views.txt): the view or estimate that follows is that person's
_BY_VIEW = re.compile(
    r"(?:^|[，,。；;])\s*(?:按照|根据|依照|依据|据)([^，,。；;：:\u0000的]{1,20}?)的(?:"
    + "|".join(sorted(map(re.escape, data_words("views.txt")), key=len, reverse=True)) + r")[，,]"
)
_IN_WORDS = re.compile(r"(?:用|按|借用|套用|按照|引用)([^，,。；;：:]{2,30}?)的话(?:来)?说")
_HEADLINE_LABEL = re.compile(r"^[（(]?(?:原标题|标题|副标题)\s*[：:]\s*")
_REPORTER_Q = re.compile(r"^[\[【]?(?:[^：:，,。\[【]{0,12}(?:记者|(?<!总)编辑)|问|提问|Q|编者)[\]】]?\s*[：:]")
_JOURNALIST = re.compile("(?:记者|(?<!总)编辑|主编|通讯员|主持人)$")  # a 总编辑 in a dialogue answers


def _is_question(s: str) -> bool:
    """A reporter's question turn (新华社记者：…, 问：…), not 詹建平告诉记者：“…."""
    m = _REPORTER_Q.match(s) or _REPORTER_Q.match(s[n.end() :]) if (n := _NUMBERED.match(s)) else _REPORTER_Q.match(s)
    return bool(m) and not _VERB_RE.search(m.group()) and not re.search(r"[对向]记者", m.group())


_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、)）]\s*(?=问|提问|Q)")  # 1. 问：… / 二、问：…
_ANSWER = re.compile(r"^(?:答|A)\s*[：:]")  # 答：… / A: …
# a reporter's voice: no speaker's words go on into it
# (记者会, 记者招待会, 记者见面会: a press conference, no reporter in the text)
_REPORTER = re.compile("记者(?!会|招待会|见面会|发布会)|笔者|编者|小编|我们(?:看到|了解到|注意到|发现|来到|走进|走访|跟随|采访)")
# …the reporter as a subject (记者看到…, 本报记者…), not spoken to (面对记者的提问, 告诉记者)
_REPORTER_SUBJECT = re.compile(
    r"(?:^|[，,；;\s])(?:本报|本台|本刊)?(?:记者|笔者|编者|小编)(?!的)|我们(?:看到|了解到|注意到|发现|来到|走进|走访|跟随|采访)"
)
# a paragraph the reporter opens as its subject (记者注意到，… / 当天，本报记者…): narration, no answer goes on into it
_REPORTER_OPENS = re.compile(r"^\s*(?:[^，,。：:“”「」]{0,12}[，,])?\s*(?:本报|本台|本刊|新华社)?(?:记者|笔者|编者|小编)(?!的|朋友|们|会|招待会|见面会|发布会)")
_GROUP_END = re.compile(r"(?:等|等人|等领导|等同志|等嘉宾|等代表)(?:先后|相继|分别|纷纷|一致|都|也|还)*$")
# [title] NAME—— alone on a line: the narrator of the first-person paragraphs that follow
_NARRATOR = re.compile(r"^(.{2,60}?)\s*(?:——|—|--)\s*$")
# ——NAME closing a paragraph of words or alone on its line: a signature (…公正的。——高瑞强)
# a headline closing with the interview it reports (——访X, 德国之声专访X): its words are X's
_INTERVIEW_HEAD = re.compile(r"(?:(?:——|—)\s*(?:专访|访|对话)|专访)\s*([^，,。：:！？!?\s“”「」—]{2,30})$")
_SOUNDBITE_TURN = re.compile(r"^\s*[【\[]([^】\]]{1,6})[】\]]\s*([^：:，,。“”「」]{2,30}?)\s*[：:]\s*\S")  # 【同期】title NAME：words
_BYLINE = re.compile(r"^(?:——|--|—)\s*([^—\-，,。：:“”「」]{2,40})$")  # a heading ——[title] NAME signing the words below it
_SIGNATURE = re.compile(r"(?:^|(?<=[。！？!?”」…]))\s*(?:——|--)\s*([^—\-\s，,。：:“”「」]{2,24})$")
# a kicker before a pipe (财政预算案|被问参选 NAME：…) may come first
_TURN = re.compile(r"^(?:[^\s：:|｜]{1,12}[|｜])?(?:[^\s：:|｜]{1,24}(?:\s+|[|｜]))?([^：:，,。\s\u0000|｜]{2,40}?)\s*\u0000*\s*[：:]")


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
            for _, sp in self._mentions(_MASK.sub("", s)) if "known" in SIGNALS else ():
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
                        not self._mentions(_MASK.sub("", simplified[j])) and not _REPORTER.search(simplified[j])
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
        self.turns = sum(1 for t in texts if self._someones_turn(simplify_aligned(t)))

    def head(self, context: Iterable[str]) -> None:
        """The headline block and headings name whom the page is about (外交部发言人耿爽主持例行
        记者会): their persons count among those named before the first question, and among
        equally named ones the page's head decides who answers."""
        for text in context:
            for _, sp in self._mentions(_MASK.sub("", _note_opened(simplify_aligned(text)))):
                self._named[sp.name] = self._named.get(sp.name, 0) + 1
                self._headed.add(sp.name)
                if sp.title:
                    self._head_titles.setdefault(sp.name, sp.title)
        # 外交部发言人耿爽主持例行记者会 above the article, then 问：… / 答：… below: the article's
        # first paragraphs, before any question, are the host's announcements
        hosts = [n for n, title in self._head_titles.items() if _answerer_title(title)]
        self._opener = Speaker(hosts[0], self._head_titles[hosts[0]]) if len(hosts) == 1 and self.asks else None

    def _names(self, s: str, sp: Speaker) -> bool:
        """Does the paragraph name ``sp`` outside quotations (narrative about them, not their words)?"""
        return any(o.name == sp.name for _, o in self._mentions(_MASK.sub("", s)))

    def _narrates(self, s: str, sp: Speaker) -> bool:
        """Does the paragraph speak of ``sp`` in the third person outside quotations — by name, by
        surname and title (常警官), or, with no first person in it, by the role word their title
        ends in (民警急中生智 after a 派出所民警's turn): narrative about them, not their next words?"""
        if self._names(s, sp):
            return True
        bare = _MASK.sub("", s)
        role = title_end().search(sp.title or "")
        return bool(role and len(role.group()) >= 2 and role.group() in bare and not _FIRST_PERSON.search(bare))

    def _someones_turn(self, s: str) -> bool:
        """Does the paragraph open a person's (or a questioner's) turn, not just any colon
        (参加今天发布会的新闻单位主要有：)?"""
        if _is_question(s) or _ANSWER.match(s):
            return True
        if (m := _SURNAME_TURN.match(s)) and [n for n in self.known if n.startswith(m.group(1)) and len(n) > 1]:
            return True  # 李：… where the page named a 李
        turn = _TURN.match(_MASK.sub(lambda m: "\u0000" * len(m.group()), s))
        if not turn:
            return False
        if leadin(s[: turn.end()]) and s[turn.end() :].strip():
            return self._someones_turn(s[turn.end() :].strip())  # 以下为内容摘编：《X报》：…？ — the turn after the lead-in
        head = _unbracketed(re.sub(r"\s+", "", turn.group(1)))
        if self.turns >= 2 and re.fullmatch(f"[{CJK}]{{2,5}}", head) and self.text.count(head) >= 2 \
                and not is_nonperson(head) and not title_end().search(head):
            return True  # 利马斯：… among a transcript's turns, the label named elsewhere on the page: someone's turn
        if head in self.labels:
            return True  # 德国之声：… again and again: a transcript's label, whoever it is
        if len(head) <= 8 and plausible_name(head, self.known, after_title=True):
            return True  # 克莱门斯：… — a name-like head, even one we do not take (not 第一：, 目标：)
        if self._holder(head) is not None:
            return True  # 行政长官：… in a transcript
        if self.turns >= 2 and len(head) <= 10 and clean_title(head) == head:
            return True  # 行政长官：… on a transcript page that names no holder: someone's turn, whoever it is
        return plausible_name(head, self.known, after_title=False) or person_at_end(head, self.known) is not None

    def _name_line(self, s: str) -> bool:
        """A line that is only a person, with a title (成都市党代会代表 谢莉茹, 樊明武院士): a caption."""
        bare = s.strip()
        if len(bare) > 30 or re.search(r"[。！？!?，,：:“”「」\"]", bare):
            return False
        ms = self._mentions(bare)
        return bool(ms) and len(bare) - (ms[-1][0] + len(ms[-1][1].name)) <= 3 and ms[-1][1].title is not None

    def _mentions(self, text: str) -> list:
        """``lexicon.mentions`` remembered per text while the known names stay the same."""
        key = (text, len(self.known))
        if key not in self._memo:
            self._memo[key] = mentions(text, self.known)
        return self._memo[key]

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
        self._byline = self._heading_byline(simplify_aligned(lines[-1])) if lines else None

    def _heading_byline(self, line: str) -> Speaker | None:
        m = _BYLINE.match(line)
        if m is None:
            return None
        sp = person_at_end(re.sub(r"\s+", "", m.group(1)), self.known)
        if sp is None or not (sp.title or sp.name in self.known) or _JOURNALIST.search(sp.title or ""):
            return None
        return sp

    def propose(self, text: str) -> tuple[Proposal, ...]:
        """Who may have said the next paragraph (paragraphs in page order), each proposal with
        how it was found and the features the decision model weighs. The reading state (the
        last speaker, the open quotation, …) follows the rules' own confidence, never the
        model's decision, so the proposals of a page do not depend on the model's weights."""
        s = simplify_aligned(text)
        self._via, self._rivals = None, False
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
        if (caption(s) or self._name_line(s)) and not _NARRATOR.match(s.strip()) and not listed:
            return self._caption(s, text)
        found, mode = (self.last, "turn") if listed else self._find(s)
        if found is not None and self._no_person(simplify_aligned(_trimmed(found).name)):
            found = self._surname_alone(simplify_aligned(found.name))  # 谈创新, 问到这件事, 李则(称), 巴生
        if found is not None and mode in ("verb", "after-quote", "quote-topic") and self._via is None \
                and (top := self._dominant(s, self._canonical(_trimmed(found)))) is not None \
                and not self._no_person(simplify_aligned(_trimmed(top).name)):  # not 巴生 of 巴生站致词时说
            found, mode = top, "verb"  # two people speak: the one who says nearly all the words
        if found is None:
            found, mode = self._continuation(s)
        how, confidence, held = None, 0.0, (None, "")
        self._voiced = False
        proposals: list[Proposal] = []
        if found is not None:
            found = self._canonical(_trimmed(found))
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
        subject = found or self._subject_of(_MASK.sub("", s))
        if found is None and self.salient is not None and re.match(r"\s*[他她](?![们])", s):
            subject = self.salient  # 他续说，…贯彻落实习近平主席…讲话精神: a paragraph opening with 他 is still about them
        # a person jieba tags at the paragraph's end is worked out only if a 他/她 needs it
        self._untagged, self.salient = (None, subject) if subject else (s, self.salient)
        ms = self._mentions(s)
        self.last_person = found or (ms[-1][1] if ms else self.last_person)
        # A person named in the closing sentence of a paragraph may speak next (出席了发布会。).
        tail = _SENTENCE_END.split(s.rstrip("。！？!?；; "))[-1]
        masked_tail = _MASK.sub("", tail)
        self.intro = next(
            (sp for pos, sp in reversed(self._mentions(masked_tail)) if not oblique(masked_tail, pos, sp.name)), None
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
        others = {sp.name for _, sp in self._mentions(bare)} - {found.name}
        seen = self._seen.get(found.name)
        spoke = self._spoke.get(found.name)
        f: dict[str, float] = {
            "bias": 1.0, f"how:{how}": 1.0, f"by:{proposer}": 1.0, "rule": rule,
            "named-here": float(found.name in s),
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
        if (sp := self._label_name(s)) is not None and all(o.speaker.name != sp.name for o in out):
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
        people = {sp.name: sp for _, sp in self._mentions(bare)}
        if len(people) == 1 and (re.search("[“「]", s) or _VERB_RE.search(bare)) and all(o.speaker.name not in people for o in out):
            sp = self._canonical(_trimmed(next(iter(people.values()))))
            sp = Speaker(sp.name, sp.title or self.known.get(sp.name))
            if not out or out[0].speaker.name != sp.name:
                how = "speech-verb" if _VERB_RE.search(bare) else "quote"
                out.append(self._proposal(s, text, sp, how, 0.0, "", proposer="only-name"))
        return [o for o in out if not self._no_person(simplify_aligned(_trimmed(o.speaker).name))]  # 李则(称): no name

    def _label_name(self, s: str) -> Speaker | None:
        """A colon label that may be a name the rules do not take (利马斯：, 马春霞(村支部书记)：,
        袭艳春：女士们…): two to four characters from a surname, or a transliterated name; not a
        question's label."""
        if _is_question(s):
            return None
        m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s))
        if m is None:
            return None
        head = _unbracketed(re.sub(r"\s+", "", m.group(1))).rstrip("\u0000")
        if "\u0000" in head or _JOURNALIST.search(head) or is_nonperson(head):
            return None
        if head in self.known or is_transliterated(head) and plausible_name(head, self.known, after_title=False):
            return Speaker(head, self.known.get(head))
        if re.fullmatch(f"[{CJK}]{{2,4}}", head) and surname_of(head) and not title_end().search(head):
            return Speaker(head, self.known.get(head))
        if re.fullmatch(f"[{CJK}]{{2,5}}", head) and self.text.count(head) >= 2 and not title_end().search(head):
            return Speaker(head, self.known.get(head))  # 利马斯： the page names elsewhere (a line-up)
        named = [w for w, flag in pos_tags(head) if flag == "nr" and len(w) >= 2]
        return Speaker(head, None) if named == [head] else None

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
                    found.append((clause_start, vm.end(), self._canonical(_trimmed(sp))))
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
                    events.append((claim, vm.end(), -1, self._canonical(_trimmed(sp)), self._via is not None))
                elif _unnamed_speaker(raw):
                    events.append((claim, vm.end(), -1, None, False))
            for wm in _VIEW_ANY.finditer(masked):  # 所以在他的妻子艾玛·托马斯看来，…: anywhere in a clause
                who = wm.group(1).replace("\u0000", "")
                self._via = None
                sp = self._person_before(masked[: wm.start()]) if who in ("他", "她", "其") \
                    else person_at_end(who.split("的")[-1], self.known)  # 他的妻子艾玛·托马斯: the wife
                if sp is not None:
                    events.append((wm.start(), wm.end(), -1, self._canonical(_trimmed(sp)), who in ("他", "她", "其")))
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
                    events.append((claim, cm.end(), -1, self._canonical(_trimmed(sp)), self._via is not None))
            for am in _ASKED.finditer(masked):
                # 甲询问，…这三件事情有做到吗？乙回应，…: the asker's question is words of theirs too
                clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, am.start())), default=0)
                sentence = re.match(r"[^。！!；;]*", masked[am.end() :]).group()
                if clause_start in claimed or not re.search("[？?]", sentence):
                    continue
                self._via = None
                sp = self._subject(masked[clause_start : am.start()].replace("\u0000", ""), masked, clause_start, s)
                if sp is not None and self._via is None:
                    events.append((clause_start, am.end(), -1, self._canonical(_trimmed(sp)), False))
            for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
                if not re.search("[，。！？,!?]", qm.group()) or masked[: qm.start()].rstrip()[-1:] in ("：", ":", "，", ","):
                    continue  # 霍建华则表示…，“…” 导演许鞍华…: the quotation goes on the clause before it
                after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")
                if after[:1] in ("他", "她"):
                    continue  # “…”她说: the verb's event, its pronoun resolved there
                self._via = None
                sp = self._leading_person(BOUNDARY.split(after)[0])
                if sp is not None and self._via is None:
                    events.append((qm.start(), qm.start(), qm.end(), self._canonical(_trimmed(sp)), False))
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
            if all(m.name in prev.name or prev.name in m.name for _, m in self._mentions(between)):
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
        if (opening := self._opened_by_another(s, found)):
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
                people = self._people_of_surname(surname)
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

    def _host(self, question: str) -> Speaker | None:
        """Who answers a press conference's questions: the one person the page introduced, before
        its first question (in the headline too), with a title of ``data/answerers.txt``
        (外交部发言人陆慷主持例行记者会 / 问：… / 答：…) — not the minister the opening
        announcement names (王毅外长将率团出席). ``_NOBODY`` when the headline says such a
        title answers (外交部发言人幽默回应) but the page, its headings and captions included,
        names no holder: nobody we can name answers; None when the page says nothing of a host."""
        at = self.text.find(question)
        before = self.text[: at if at >= 0 else len(self.text)]
        hosts = {n for n, title in self.known.items() if title and _answerer_title(title) and n in before}
        if not hosts:  # a caption or heading above the article (外交部发言人王涛主持例行记者会)
            hosts = {n for n, title in self._head_titles.items() if _answerer_title(title)}
        if not hosts:  # the transcript first, the press conference's note under it (…外交部发言人华春莹举行例行记者会。)
            hosts = self._hosting_after(at)
        if len(hosts) == 1:
            name = hosts.pop()
            return Speaker(name, self.known.get(name) or self._head_titles.get(name))
        headline = self.text.split("\n", 1)[0]
        if not hosts and re.search(_answerer_titles().pattern[:-1], headline):
            return _NOBODY
        return None

    def _interviewed(self, question: str) -> Speaker | None:
        """The one person the page, before its first question (its headline included), says is
        interviewed: 李明远接受本报记者专访 (the subject of 接受…专访/采访), 本报记者专访了李明远
        (the object of 专访/采访/对话, data/interviewed.txt) — never a journalist; None when the page
        names no one so; ``_NOBODY`` when it names more than one."""
        at = self.text.find(question)
        people: dict[str, Speaker] = {}
        for clause in BOUNDARY.split(_MASK.sub("", self.text[: max(at, 0)])):
            for m in _interview_words()[0].finditer(clause):
                found = self._mentions(clause[: m.start()])[-1:]
                people.update((sp.name, sp) for _, sp in found)
            for m in _interview_words()[1].finditer(clause):
                people.update((sp.name, sp) for _, sp in self._mentions(clause[m.end() :]))
        people = {n: sp for n, sp in people.items() if not _JOURNALIST.search(sp.title or self.known.get(n) or "")}
        if len(people) != 1:
            return _NOBODY if people else None
        sp = next(iter(people.values()))
        return Speaker(sp.name, sp.title or self.known.get(sp.name))

    def _hosting_after(self, at: int) -> set[str]:
        """The answerer-titled persons (data/answerers.txt) a sentence after the first question
        names as holding the press conference or answering (外交部发言人华春莹举行例行记者会 /
        …回答记者提问, data/hosting.txt) — a page that gives the transcript first and its note last."""
        out = set()
        for sentence in re.split(r"[。！？!?\n]", self.text[max(at, 0) :]):
            bare = _MASK.sub("", sentence)
            if _is_question(bare.strip()) or _ANSWER.match(bare.strip()) or not _hosting().search(bare):
                continue
            out |= {sp.name for _, sp in self._mentions(bare)
                    if _answerer_title(sp.title or self.known.get(sp.name) or "")}
        return out

    def _surname_reference(self, core: str) -> Speaker | None:
        """蒋书记 (the whole subject: a surname and a title word) where the page gave nobody of that
        surname the title but names exactly one person of that surname (蒋锋、徐华勤…等领导):
        that person."""
        ref = _reference_patterns()[0].search(core)
        if ref is None or ref.start() == 0:
            return None
        surname = core[: ref.start()]
        if surname_of(surname) != surname or by_surname_and_title(surname, ref.group(), self.known) is not None:
            return None
        people = self._people_of_surname(surname)
        if len(people) != 1:
            return None
        # 蒋书记 with no title for 蒋锋 elsewhere: 书记 is what the page calls him (not 郭董's 董)
        return Speaker(people[0], self.known.get(people[0]) or (ref.group() if title_end().fullmatch(ref.group()) else None))

    def _people_of_surname(self, surname: str) -> list[str]:
        """The names of that surname the page holds: known ones, and those jieba tags as a person
        where the surname stands (蒋锋、徐华勤…等领导: 蒋锋), a surname + title excluded."""
        out = {n for n in self.known if surname_of(n) == surname and len(n) > len(surname) and not is_transliterated(n)}
        for m in re.finditer(re.escape(surname), self.text):
            word, flag = (pos_tags(self.text[m.start() : m.start() + len(surname) + 3]) or (("", ""),))[0]
            if flag.startswith("nr") and len(surname) < len(word) <= len(surname) + 2 and word.startswith(surname) \
                    and not title_end().search(word) and plausible_name(word, self.known, after_title=False):
                out.add(word)
                self.names.setdefault(word, self.original[m.start() : m.start() + len(word)])  # 蔣鋒 as written
        return sorted(out)

    def _announcement(self, s: str) -> bool:
        """Can the paragraph be a host's announcement — not about the press conference or its
        reporters (…举行例行记者会，发言人X…回答记者提问), naming no host and no one speaking?"""
        bare = _MASK.sub("", s)
        if _REPORTER.search(bare) or re.search("记者会|发布会|见面会|吹风会|招待会", bare) or caption_or_heading(s):
            return False
        return self._opener is not None and not self._names(s, self._opener) and not any(
            _answerer_title(sp.title or "") for _, sp in self._mentions(bare))

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
            and bool(_FIRST_PERSON.search(_MASK.sub("", bare))) and not self._names(bare, self.last)
            and not any(sp.name != self.last.name for _, sp in self._mentions(_MASK.sub("", bare)))
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
        if mode == "quote-topic":
            flags.add("quote-topic")
        if self._rivals:
            flags.add("rivals")  # 张三和李四出席了会议。他表示: two people the pronoun could mean
        if found.title is None and found.name not in self.known and self._count_alone(found.name) < 2:
            # named once, with no title, found by jieba alone: sure enough only with a second sign
            # that this person speaks — a 他/她 that refers back to the name, or quoted words
            confirmed = (how in ("pronoun", "title-reference") or mode in ("after-quote", "quote-topic", "signed") or self._says_quoted(s, found.name)
                         or mode == "colon" and self._transcript_name(found.name, found))
            flags.add("weak-name-confirmed" if confirmed else "weak-name-formed" if self._formed_name(found.name) else "weak-name")
        if mode not in ("colon", "signed") and self._contested(s, found, how):  # a turn's words name whom it talks about
            # the one who says nearly all the words is less in doubt than a contest between equals
            flags.add("outspoken" if self._outspeaks(s, found, how) else "contested")
        if how == "continuation" and self._voiced_by_other(s, found, answer=mode == "turn" and self.interviewing):
            flags.add("voiced")
            self._voiced = True
        return sum(DOUBTS[f] for f in flags)

    @staticmethod
    def _formed_name(name: str) -> bool:
        """A Chinese name in its fullest usual shape: a surname, then two characters (梁志祥) — not
        two characters, which are as often half a name or a word (刘晏|含, 乌龙, 鲁瓦 of 勒鲁瓦), nor
        four from a one-character surname (全会报告), nor a surname and an address term (王女士)."""
        surname = surname_of(name)
        return surname is not None and len(name) - len(surname) == 2 and not by_address_term(name)

    def _count_alone(self, name: str) -> int:
        """How often the page names ``name`` other than inside a longer name it knows (鲁瓦 in 勒鲁瓦)."""
        longer = [n for n in self.known if name in n and n != name]
        return self.text.count(name) - sum(self.text.count(n) * n.count(name) for n in longer)

    @staticmethod
    def _says_quoted(s: str, name: str) -> bool:
        """Does ``name`` speak quoted words in ``s`` — a speech verb after it, then a quotation
        (张超表示：“我们会继续努力。”, 雷军在直播中辟谣：「…」), or a quotation right before the name
        (“…”陈思雨笑着说。) — not a quoted topic before the verb (就“…”发言)?"""
        # only adverbials between the name and the verb: 刘晏|含心痛得说 is no name before its verb
        at, end = s.find(name), 0
        while at >= 0:
            m = _SAYS_AFTER.match(s, at + len(name)) if at >= end else None
            if m is not None:
                if not _strip_adverbials(re.sub(r"[\s，,]", "", m.group(1))):
                    return True
                end = m.end()
            at = s.find(name, at + 1)
        # “…”，拥有30余年调解经验的马善祥说。: the quotation, a description of the speaker, the verb closing the sentence
        if name not in s or ("”" not in s and "」" not in s):
            return False  # neither pattern can match (both need the name and a closing quotation mark)
        return _quoted_before(name).search(s) is not None or _described_before(name).search(s) is not None

    def _voiced_by_other(self, s: str, found: Speaker, answer: bool = False) -> bool:
        """Does a paragraph the speaker's words would continue into report someone else's words
        in the reporter's voice — a speech verb whose subject is a group, an organisation or
        another person (全国政协委员 苏权科：…。 then 委员们表示，要…), with no first person of the
        speaker's in it? A speaker who reports what others said (院领导又说…) speaks as 我.
        In an ``answer`` to a question (a transcript's answer going on after 问：…), a group or
        an organisation is the answerer's own voice (发言人：… / 中方认为，…); people (企业家们) or
        another person are not."""
        if _FIRST_PERSON.search(_MASK.sub("", s)):
            return False
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        surname = surname_of(found.name)
        for vm in _VERB_RE.finditer(masked):
            v = vm.start()
            if _nominal(masked, v, vm.group()):
                continue
            if _no_words_follow(masked, vm.end()) or masked[vm.end() : vm.end() + 1] == "的":
                continue
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
            raw = re.sub(r"\s+", "", masked[clause_start:v].replace("\u0000", ""))
            core = TIME_LEAD.sub("", _strip_adverbials(raw)) or (raw if raw.endswith("们") else "")  # 代表们 is no 代表X
            if not core or len(core) > 12 or not re.fullmatch(f"[{CJK}{NAME_SEP}]+", core):
                continue
            if core[0] in "我你咱这那其" or (core[0] in "他她" and not core.startswith(("他们", "她们"))):
                continue  # the speaker's own voice, or a 他/她 that may mean the speaker
            if found.name in core or core in found.name or by_role(core, self.known) == found:
                continue
            if surname and core.startswith(surname):
                continue  # 詹书记: the speaker again
            # a subject, not a phrase before a verb that says nothing here (为乡村学校补充教师)
            other = person_at_end(core, self.known)
            if other is not None and other.name != found.name or core.endswith("们"):
                return True  # another person, or people (企业家们认为…), even in an answer
            if is_nonperson(core) and not answer:
                return True
        return False

    def _opened_by_another(self, s: str, found: Speaker) -> int:
        """Does the paragraph open with a quotation and name another person (as a subject) before
        the speaker — “…”主帅李春江对比赛进行了点评。胡金秋只总结了八个字：“…” — so that the
        opening words may be the other person's? How long those words are (0: no)."""
        opening = re.match(r"\s*(“[^“”]{8,}”|「[^「」]{8,}」)", s)
        if opening is None or not re.search("[，。！？,!?]", opening.group()):
            return 0
        rest = s[opening.end() :]
        at = rest.find(found.name)
        if at <= 0:
            return 0
        between = _MASK.sub("", rest[:at])
        if any(sp.name != found.name and not oblique(between, pos, sp.name) for pos, sp in self._mentions(between)):
            return len(opening.group())
        return 0

    def _companion_of(self, bare: str, pos: int, found: Speaker) -> bool:
        """``_companion``, unless the 与 before the name is the person's own title's
        (中国科学院古脊椎动物与古人类研究所研究员徐星: an institute's name, no companion)."""
        for title in (found.title, self.known.get(found.name)):
            if title and "与" in title and bare[:pos].endswith(title):
                return False
        return _companion(bare, pos)

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
        if found.name in bare and all(self._companion_of(bare, m.start(), found) for m in re.finditer(re.escape(found.name), bare)):
            return True
        if self._opened_by_another(s, found):
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
                if sp is not None and self._via is None and self._canonical(_trimmed(sp)).name != found.name \
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
            others = [sp for pos, sp in self._mentions(bare) if not oblique(bare, pos, sp.name)
                      and not bare.startswith("的", pos + len(sp.name))]
            # a possessor only (冯友兰的《中国哲学简史》) is nobody who speaks
            others += [sp for sp, is_oblique in self._tagged_names(bare) if not is_oblique
                       and not all(bare.startswith("的", m.end()) for m in re.finditer(re.escape(sp.name), bare))]
            surname = surname_of(found.name)
            if how == "pronoun":
                others = self._before_pronoun(bare, others)
            # 郭董, 詹书记: jieba may tag the reference itself as a person
            return any(sp.name != found.name and not (surname and sp.name.startswith(surname)) for sp in others)
        return False

    @staticmethod
    def _before_pronoun(bare: str, others: list[Speaker]) -> list[Speaker]:
        """Of ``others``, those who may contest a 他/她: named before the paragraph's first pronoun
        (whom it may mean), or after it as the subject opening a clause (…。冯友兰曾经写过); a
        person named after it inside a clause (他说普京不值得信任, 二是贯彻落实习近平主席…讲话精神)
        is what the words are about."""
        first = re.search("[他她](?![们])", bare)
        if first is None:
            return others
        out = []
        for sp in others:
            at = bare.find(sp.name)
            if at < 0:
                continue
            start = max((b.end() for b in BOUNDARY.finditer(bare, 0, at)), default=0)
            head = re.sub(r"\s+", "", bare[start:at])
            if sp.title and head.endswith(sp.title):
                head = head[: -len(sp.title)]
            if at < first.start() or not TIME_LEAD.sub("", LEAD.sub("", head)):
                out.append(sp)
        return out

    def _verbs_here(self, masked: str) -> re.Pattern:
        """The speech verbs, and 指 right after a name the page named (贺一诚指每日…, 梁君彦指议员「…」):
        that person said it, whatever follows (not 指出, 指导, 指着…: ``_POINTING``). Only the names
        written before a 指 in ``masked`` (the others could not match there): most paragraphs need
        the verbs alone, compiled once."""
        if "指" not in masked:
            return _verbs_after(())
        names = tuple(sorted((n for n in self.known if len(n) >= 2 and n + "指" in masked and _NAME_CHARS.fullmatch(n)), key=len))
        return _verbs_after(names)

    def _name_ends_at(self, masked: str, v: int) -> bool:
        """Does a person the page named end right before the verb at ``v`` (村副主任卢正学|说: not
        学说, a theory)? Then the verb is that person's speech, whatever word it makes with the name."""
        if _according().search(masked[:v]) or masked[v - 1 : v] in ("的", "在"):
            return False  # 按照张磊要求: what someone asked before, referred to
        return any(len(n) >= 2 and masked.startswith(n, v - len(n)) for n in self.known)

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

    def _surname_alone(self, clause: str) -> Speaker | None:
        """A surname, then an adverb (李则称): the one person of that surname the page names
        (李家超), or nobody when it names none or several."""
        surname = surname_of(clause)
        if not surname or len(clause) != len(surname) + 1:
            return None
        people = [(n, t) for n, t in self.known.items()
                  if n != clause and len(n) > len(surname) + 1 and surname_of(n) == surname and not clause_not_name(n)]
        return Speaker(*people[0]) if len(people) == 1 else None

    def _canonical(self, sp: Speaker) -> Speaker:
        """A part of a transliterated name (盖茨) is the full name given earlier (比尔·盖茨)."""
        if sp.name in self.known or is_transliterated(sp.name):
            return sp
        for full, title in self.known.items():
            if is_transliterated(full) and sp.name in re.split(f"[{NAME_SEP}]", full):
                return Speaker(full, title)
        full = self._full_name(sp.name)
        return Speaker(full, sp.title or self.known.get(full)) if full else sp

    def _full_name(self, short: str) -> str | None:
        """A short form of a Chinese name the page wrote in full (林郑 for 林郑月娥: the two surnames
        opening a name of four; 月娥 for it: the given name alone) — only when exactly
        one titled person the page introduced matches, and the short form is no name the page knows
        itself (张伟 is never 张伟明)."""
        if len(short) < 2 or short in self.known or not re.fullmatch(f"[{CJK}]+", short):
            return None
        fulls = set()
        for full, title in self.known.items():
            if is_transliterated(full) or len(full) <= len(short) or not title:
                continue
            surname = surname_of(full) or ""
            # 林郑 of 林郑月娥, 欧阳 of 欧阳明高: two surnames (or a compound one) opening a name of four
            double = len(short) == 2 and len(full) == 4 and (short == surname or all(surname_of(c) == c for c in short))
            if full.startswith(short) and double or surname and len(full) - len(surname) >= 2 and full[len(surname):] == short:
                fulls.add(full)
        return fulls.pop() if len(fulls) == 1 else None

    def _find(self, s: str) -> tuple[Speaker | None, str]:
        if _is_question(s) or _asks_you(s) or self._asking_turn(s):
            self.questioned = True
            if not self.interviewing:  # whom the page introduced before the first question (not whom a question names)
                host = self._host(s)
                self.interviewee = host if host is not _NOBODY else None
                if host is None:
                    one = self._interviewed(s)  # two or more interviewed: nobody answers for them all
                    self.interviewee = None if one is _NOBODY else one or self._most_named() or self.salient or self.last_person
                self.interviewing = True
            return None, "question"
        if _ANSWER.match(s):  # 答：… — the person the interview is with (never someone a question named)
            self.answerer = self.answerer or self.interviewee
            return self.answerer, "colon" if self.answerer else ""
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        self._asked = False
        if (sp := self._soundbite(s)) is not None:
            self._quoted_turn = self._bare_turn = self._led_turn = self._bite = self._speech_turn = False
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
            self._bite = bool(tm and tm.start(1) > 0 and words and len(words) <= _BITE
                              and len(_SENTENCE_END.findall(words.rstrip("。！？!? "))) <= 1)
            # 以下是行政长官X…的开场发言： then 行政长官：…: a transcript opens, its turns go on
            self._led_turn = self.intro is not None and sp.name == self.intro.name and sp.name not in ts[: len(ts) - len(words)]
            return sp, "colon"
        if self._asked:
            return None, "question"
        books = [m.span() for m in _BOOK.finditer(masked)]
        for vm in self._verbs_here(masked).finditer(masked):
            v = vm.start()
            if any(a < v < b for a, b in books):
                continue  # 《向世界说明中国》: a book's or a programme's name says nothing
            if _nominal(masked, v, vm.group()) and not self._name_ends_at(masked, v):
                continue
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
                sp = self._leading_person(BOUNDARY.split(after)[0])
                if sp is not None:
                    return sp, "after-quote"
        # [title] NAME“quote” with no verb (外交部发言人姜瑜“在…问题上,我比男人更加强硬”): a headline's words
        for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, qm.start())), default=0)
            clause = masked[clause_start : qm.start()]
            if "\u0000" in clause or not re.search("[，。！？,!?]", qm.group()):
                continue
            ms = self._mentions(clause)  # the clause is the title and the name, nothing else
            if len(ms) == 1 and ms[0][0] + len(ms[0][1].name) == len(clause) and ms[0][1].title \
                    and re.sub(r"\s+", "", clause[: ms[0][0]]) == ms[0][1].title:
                return ms[0][1], "after-quote"
        sp = self._quote_then_subject(s, masked) or self._subject_then_quote(s, masked) or self._last_subject_then_quote(s, masked)
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
                people = {sp.name for _, sp in self._mentions(masked[: qm.start()])}
                first = _SENTENCE_END.split(masked[: qm.start()])[0]
                at = self._subject_at(first) if len(people) == 1 else None
                if at is not None and not self._tagged_names(masked[: qm.start()].replace(at[1].name, "")):
                    return at[1]
        return None

    def _last_subject_then_quote(self, s: str, masked: str) -> Speaker | None:
        """A paragraph's first sentence, its last clause naming anyone opening with one person, then a
        quotation in the first person standing alone (…陈万德病危，力荐陈大兴接任，可陈大兴内心却纠结了好久，
        才勉强答应。“当时自己年纪小，…我自家也很穷…”): the quotation is that person's."""
        for qm in re.finditer(r"[。！？!?]\s*(“[^“”]{6,}(?:”|\s*$)|「[^「」]{6,}(?:」|\s*$))", s):
            if not _FIRST_PERSON.search(qm.group(1)):
                continue
            sentence = masked[: qm.start()]
            if _SENTENCE_END.search(sentence) or "\u0000" in sentence or _REPORTER.search(sentence):
                continue  # the paragraph's one sentence, then the words (after more, whose they are is unsure)
            named = [c for c in BOUNDARY.split(sentence) if self._mentions(c) or self._tagged_names(c)]
            if named and (sp := self._clause_opener(named[-1])) is not None:
                return sp
        return None

    def _quote_then_subject(self, s: str, masked: str) -> Speaker | None:
        """A paragraph that opens with a quotation and then tells of one person, named as the
        subject of the next sentence (“希望……。”还有3年，谢莉茹就将…): the quotation is theirs.
        A dateline and the reporters' credit may come first (中新社…电 (记者 张三)“……”)."""
        if (lede := lede_end(s)) and s[lede : lede + 1] in ("“", "「"):
            return self._quote_then_subject(s[lede:], masked[lede:])
        qm = re.match(r"“[^“”]{8,}”|「[^「」]{8,}」", s) or _QUOTE_RUN.match(s)  # or “…？”“…？”
        if not qm or not re.search("[，。！？,!?]", qm.group()):
            return None
        rest = masked[qm.end() :].replace("\u0000", " ")
        first = _SENTENCE_END.split(rest)[0]
        if unnamed_person(self._unnamed_rest(first)) or _REPORTER_SUBJECT.search(first):
            return None
        people = {sp.name for _, sp in self._mentions(rest)}
        if not people:  # nobody titled or known: the names jieba tags in the next sentence
            named = self._tagged_names(first)
            return named[0][0] if len(named) == 1 and not named[0][1] else None
        return self._subject_of(first) if len(people) == 1 else None

    def _unnamed_rest(self, text: str) -> str:
        """``text`` without its named persons' titles and names (…总队长陈育坤: no unnamed 陈总 in it)."""
        for pos, sp in reversed(self._mentions(text)):
            start = max(0, pos - len(sp.title or "")) if text[:pos].endswith(sp.title or "") else pos
            text = text[:start] + "，" + text[pos + len(sp.name) :]
        return text

    def _salient(self) -> Speaker | None:
        """Whom a 他/她 with no one named before it means: the person jieba tags at the end of the
        paragraph before, if that one named nobody else, else the salient person."""
        if self._untagged is not None:
            self._untagged, tagged = None, self._tagged_subject(self._untagged)
            self.salient = tagged or self.salient
        return self.salient

    def _tagged_subject(self, s: str) -> Speaker | None:
        """The one person jieba tags as a subject in a paragraph's last sentence, named at least
        twice on the page (…一抬头却发现赵启正已经站在面前了。): whom a 他 opening the next means."""
        bare = _MASK.sub("", s).rstrip("。！？!?；; ")
        last = _SENTENCE_END.split(bare)[-1]
        if not last or _SENTENCE_END.search(s) is None and len(s) < 25:
            return None  # a heading or a caption is about nobody in particular
        named = [sp for sp, is_oblique in self._tagged_names(last) if not is_oblique]
        if len(named) != 1 or self.text.count(named[0].name) < 2:
            return None
        return named[0]

    def _tagged_names(self, sentence: str) -> list[tuple[Speaker, bool]]:
        """Surname-initial names jieba tags as persons in one sentence, each with whether it
        stands as an object or companion (oblique) there."""
        if "nr" not in SIGNALS:
            return []
        out: dict[str, tuple[Speaker, bool]] = {}
        pos = 0
        for tagged, flag in joined_surnames(pos_tags(sentence)):
            word = known_at(sentence, pos, tagged, self.known) if flag == "nr" else tagged
            if flag == "nr" and plausible_name(word, self.known, after_title=False):
                out.setdefault(word, (Speaker(word, self.known.get(word)), oblique(sentence, pos, word)))
            pos += len(tagged)
        return list(out.values())

    def _surname_turn(self, s: str) -> Speaker | None:
        """李：… among transcript turns — the one person of that surname the page introduced."""
        m = _SURNAME_TURN.match(s)
        if m is None or self.turns < 2 or surname_of(m.group(1)) != m.group(1):
            return None
        people = [n for n in self.known if n.startswith(m.group(1)) and len(n) > 1 and not is_transliterated(n)]
        return Speaker(people[0], self.known[people[0]]) if len(people) == 1 else None

    def _turn(self, s: str, masked: str) -> Speaker | None:
        """``[title] NAME：`` opening a paragraph: a transcript turn or a headline's speaker."""
        if (sp := self._surname_turn(s)) is not None:
            if _JOURNALIST.search(sp.title or ""):
                self._asked = True  # 朱：… — the host (主持人朱煦) asks
                return None
            return sp
        if (sp := self._bracket_turn(s)) is not None:
            return sp
        m = _TURN.match(masked)
        if not m:
            return self._spaced_label(s)
        raw = _unbracketed(re.sub(r"\s+", "", m.group(1)))
        raw = _VERIFIED.sub("", raw)  # 工业和信息化部部长苗圩V：… — a microblog's verified mark, no part of the name
        if (sp := self._titled_label(s[m.start(1) : m.end()].rstrip("：: "))) is not None:
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
            sp = person_at_end(head, self.known) or self._short_form(head)  # 特朗普： for 唐纳德·特朗普
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
            if self._transcript_name(head, sp) and not affiliated:
                return sp  # [傅莹]：… among the turns of a transcript: the layout names the speaker
        if (sp := _foreign_label(raw, s[m.end() :].strip())) is not None:
            return sp
        if (sp := _original_named_label(raw, s[m.start(1) : m.end()])) is not None:
            return sp
        if (sp := self._answer_label(raw)) is not None:
            return sp
        return self._holder(raw) or self._spaced_label(s)

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

    def _soundbite(self, s: str) -> Speaker | None:
        """【同期】中新社记者 梁晓辉：… — a broadcast script's sound-bite tag (data/soundbites.txt) hands
        the floor to the person it names: their words, a reporter's stand-up included (a reporter's
        turn elsewhere asks; under a sound-bite tag the reporter speaks to the camera)."""
        m = _SOUNDBITE_TURN.match(s)
        if m is None or m.group(1) not in _soundbite_tags():
            return None
        sp = person_at_end(re.sub(r"\s+", "", m.group(2)), self.known)
        return sp if sp is not None and (sp.title or sp.name in self.known) else None

    def _asking_turn(self, s: str) -> bool:
        """凤凰网读书：…吗？ — the turn of an interview's label whose every paragraph is a question."""
        if not self.asking:
            return False
        m = _TURN.match(_MASK.sub(lambda q: "\u0000" * len(q.group()), s))
        return bool(m) and _unbracketed(re.sub(r"\s+", "", m.group(1))) in self.asking

    def _answer_label(self, head: str) -> Speaker | None:
        """钟南山：… right after a question (问：…？), or a label that answers an interviewer's
        questions again and again (笛安： after 凤凰网读书：…？): a name-like label answering is the
        interviewee's turn, even a name we do not read as one — never a title, a group or a
        journalist."""
        if not (self.answering or head in self.labels and self.asking and head not in self.asking):
            return None
        if not re.fullmatch(f"[{CJK}]{{2,5}}", head) or is_nonperson(head) or title_end().search(head) \
                or _JOURNALIST.search(head) or head in self.asking or unnamed_person(head):
            return None  # not 嘉宾：, 旁白：, 张先生：
        if surname_of(head) and self.text.count(head) >= 2:
            return Speaker(head, self.known.get(head))
        if head in self.labels and any(flag == "nr" for _, flag in pos_tags(head)):
            return Speaker(head, self.known.get(head))  # a pen name (笛安：), a name jieba knows
        return None

    def _bracket_turn(self, s: str) -> Speaker | None:
        """【国新办新闻局副局长 袭艳春】女士们、先生们，…: a titled person in square brackets opening
        a paragraph of words is that person's turn (a title word after the name, 【… 高晓力法官】,
        may close it); a journalist's byline (【记者 张三】) or a bracket with no title is none."""
        b = _BRACKET_TURN.match(s)
        if b is None:
            return self._bracket_label_turn(s)
        head = re.sub(r"\s+", "", b.group(1))
        sp = person_at_end(head, self.known)
        if sp is None and (end := title_end().search(head)) is not None and end.start() >= 2:
            sp = person_at_end(head[: end.start()], self.known)
        if sp is None or not (title := sp.title or self.known.get(sp.name)) or _JOURNALIST.search(title):
            return self._bracket_label_turn(s)
        return sp

    def _bracket_label_turn(self, s: str) -> Speaker | None:
        """[金剑欣]非常感谢… on a page whose paragraphs open with bracketed labels taking turns
        ([主持人]… / [金剑欣]… / [主持人]…): a bare name in the brackets, opening two or more
        paragraphs beside another label, is that person's turn — never a journalist or a host."""
        m = _SQUARE_LABEL.match(s)
        if m is None:
            return None
        head = m.group(1)
        labels = [lm.group(1) for lm in _SQUARE_LABEL.finditer(self.text)]
        if labels.count(head) < 2 or len(set(labels)) < 2 or _JOURNALIST.search(head) or not surname_of(head):
            return None
        sp = person_at_end(head, self.known)
        if sp is None and len(head) <= 4 and plausible_name(head, self.known, after_title=True):
            sp = Speaker(head, self.known.get(head))
        if sp is None or sp.name != head or _JOURNALIST.search(sp.title or ""):
            return None
        return sp

    def _titled_label(self, head: str) -> Speaker | None:
        """马春霞(中庄镇南刘庄村支部书记)：… — a name, then its title in parentheses (a title word
        ends it; not an outlet, 林海(POLITICO)：)."""
        m = re.fullmatch(r"\s*([^（(）)\s]{2,12})\s*[（(]([^（()）]{2,30})[）)]\s*", head)
        if m is None or not title_end().search(m.group(2)) or _JOURNALIST.search(m.group(2)):
            return None
        name = m.group(1)
        if not (name in self.known or plausible_name(name, self.known, after_title=True)):
            return None
        return Speaker(name, m.group(2))

    def _transcript_name(self, head: str, sp: Speaker) -> bool:
        """A bare surname-and-name label (傅莹：, 牛文文：) on a page of two or more turns."""
        return self.turns >= 2 and head == sp.name and len(head) <= 4 and bool(surname_of(head))

    def _holder(self, title: str) -> Speaker | None:
        """中国驻美国大使：… — a full title standing for the one person the page gave it (崔天凯);
        a bare title word (大使：, 主帅：) or a title two people share names nobody."""
        m = title_end().search(title)
        if m is None or len(title) > 16 or _JOURNALIST.search(title):
            return None
        introduced = self._announced and self.intro is not None and title in (self.known.get(self.intro.name) or "")
        if m.start() < 2 and not (self.asks and len(title) >= 3) and not introduced:
            # 行政长官： alone stands for its holder only in a transcript with questions, or right
            # after a lead-in that introduced its holder (以下是行政长官林郑月娥…的开场发言：)
            return None
        if is_nonperson(title) and not self.asks:
            return None
        people = [(n, t) for n, t in self.known.items() if t and title in t]
        return Speaker(*people[0]) if len(people) == 1 else None

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
            if sp is not None and core.endswith(sp.name) and self._spoken_to(core, sp.name):
                continue  # 希望能跟侯孝贤说一声: 侯孝贤 is spoken to, not the speaker
            if sp is not None and self._dateline_place(sp.name):
                continue  # (巴生28日讯) … 晚宴巴生站致词时说: the place, never the speaker
            if sp is not None and not _TAIL_ADV.search(sp.name):
                lead = LEAD.sub("", core)
                # 他昨晚在…时(说): a 他 before adverbials the cores keep is still the pronoun
                via = "pronoun" if lead in ("他", "她") or re.match("[他她](?![们的])", lead) and sp.name not in core else None
                found.append((self._rank(sp), stripped, sp, via))
        if not found:
            return None
        best = min(found, key=lambda t: t[:2])
        self._via = best[3]
        return best[2]

    def _short_form(self, core: str) -> Speaker | None:
        """扎哈罗娃 for the 玛丽亚·扎哈罗娃 the page named: the last part of one known
        transliterated name, alone or right after a title."""
        found = None
        for full, title in self.known.items():
            if not is_transliterated(full):
                continue
            last = re.split(f"[{NAME_SEP}]", full)[-1]
            if len(last) >= 2 and core.endswith(last) and (core == last or title_end().search(core[: -len(last)])):
                if found is not None and found.name != full:
                    return None  # two people share it
                found = Speaker(full, title)
        return found

    def _given_part_form(self, core: str) -> Speaker | None:
        """库力加孜拉 for the 库力加孜拉·俄尔斯别克 the page named: a Uyghur or Kazakh name (given
        name, then the father's) is shortened to its first part — the whole subject, three or more
        characters, one known transliterated name's first part and no other's, no name itself."""
        if len(core) < 3 or core in self.known:
            return None
        found = [(full, title) for full, title in self.known.items()
                 if is_transliterated(full) and re.split(f"[{NAME_SEP}]", full)[0] == core]
        return Speaker(*found[0]) if len(found) == 1 else None

    @staticmethod
    def _spoken_to(core: str, name: str) -> bool:
        """跟侯孝贤(说), 向市委书记张三(汇报时说), 和李四(说): the person right after an oblique word
        (跟/对/向 also across a short title) is spoken to — but …分配和消费司负责人常铁威 speaks."""
        pos = len(core) - len(name)
        head = core[:pos]
        if not LEAD.sub("", head):
            return False  # 对此耿爽(反问): 对此 opens the clause, nobody is spoken to
        return oblique(core, pos, name) and (
            re.search(r"[跟对向给替][^、，,]{0,6}$", head) is not None or head.endswith(("和", "与", "同"))
        )

    def _rank(self, sp: Speaker) -> int:
        """Known names first, then titled names of 2-4 characters, then the rest."""
        if sp.name in self.known:
            return 0
        if is_transliterated(sp.name) or len(sp.name) <= 4 and surname_of(sp.name):
            return 1 if sp.title else 2
        return 3

    def _subject_core(self, core: str, masked: str, clause_start: int, s: str, pre: str) -> Speaker | None:
        if _CONNECTIVES.fullmatch(core) and (sp := self._chained_subject(masked, clause_start)) is not None:
            return sp
        core = LEAD.sub("", core)
        if core in ("他", "她"):
            return self._when_subject(masked[:clause_start]) or self._person_before(masked[:clause_start])
        if not core:  # clause-initial verb: the person its sentence opens with
            sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
            if sent_start == clause_start:
                return None
            sentence = masked[sent_start:clause_start]
            # 他认为，…，就此他以…身份向政府提出: a 他 opening the sentence means whom the paragraph
            # named before it, if it named anyone (霍启刚则认为…。他认为…), not the last paragraph's speaker
            named_before = bool(self._mentions(masked[:sent_start].replace("\u0000", " ")))
            lead = self._leading_person(sentence, masked[:sent_start] if named_before else None)
            if lead is not None and lead.name in sentence and self._object_before(sentence, lead):
                return None  # 全市上下牢记习近平总书记…嘱托，…，提出…: the person is an object, not the subject
            if lead is None and masked[clause_start - 1] in "，,":
                # 得知…，黄沛华非常高兴，并表示…: the one person opening the clause just before
                prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
                if prev_start > sent_start or prev_start == sent_start == 0:
                    lead = self._clause_opener(masked[prev_start : clause_start - 1])
            return lead
        if _STATEMENT.match(core):
            return self.last if self.last_mode == "verb" else None
        sp = person_at_end(core.removeprefix("据"), self.known) or self._short_form(core.removeprefix("据"))
        if sp is None:
            sp = self._given_part_form(core.removeprefix("据"))
        if sp is None:
            sp = self._surname_reference(core.removeprefix("据"))
        if sp is None and clause_not_name(core):
            sp = self._surname_alone(core)  # 李则(称): the one 李 the page named
        if sp is None and (sp := by_role(core.removeprefix("据"), self.known)) is not None:
            if _JOURNALIST.search(sp.title or ""):
                return None  # 该记者还表示: the reporter who asked, never the byline's 记者王盼盼
            if self._role_shared(core, sp):
                return None  # 这位总统 where the page also wrote 法国总统马克龙: two holders
        if sp is None and "address-name" in SIGNALS:
            sp = addressed_person(core.removeprefix("据"))  # 村民吴女士(说): named so on the page
        if sp is not None:
            return sp
        lead = self._leading_person(core)
        if lead is not None and re.search("(?:中|上|时|里|期间|之际|后)$", core):
            return lead  # a person, then an adverbial (…视察天津重要讲话中指出)
        if core.endswith("地"):  # 郎导感谢了现场球迷颇有些激动地(表示): the clause's one person, in manner
            lead = self._clause_opener(core)
            if lead is None and len(core) <= 12 and clause_start > 0 and masked[clause_start - 1] in "，," \
                    and not self._mentions(core) and not self._tagged_names(core):
                # 楼继伟毫不回避，坦率而又入情入理地回答: manner alone, the person opening the clause before
                prev_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, clause_start - 1)), default=0)
                # 王毅听到后，停下脚步，缓慢而坚定地回答: clauses naming nobody between, the one opening the sentence
                lead = self._clause_opener(masked[prev_start : clause_start - 1]) or self._chained_subject(masked, clause_start)
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

    def _when_subject(self, before: str) -> Speaker | None:
        """当[title] NAME…时，他…: the pronoun right after a clause of 当…时 means the person that
        clause opens with, its subject — not one named later in it (…主任王赤从…主席白春礼手中接过
        院士证书时，他用这样六个字形容…: 王赤)."""
        m = re.search(r"(?:^|[，,。；;\s\u0000])当([^，,。；;！？!?\u0000]{2,60})时[，,]\s*$", before)
        if m is None:
            return None
        ms = self._mentions(m.group(1))
        if not ms or ms[0][0] > 24 or BOUNDARY.search(m.group(1)[: ms[0][0]]):
            return None
        head = m.group(1)[: ms[0][0]]
        lead = ms[0][1]
        return lead if not head or lead.title and head.endswith(lead.title) else None

    def _role_shared(self, core: str, holder: Speaker) -> bool:
        """Does the page write the title word of a reference (这位总统) before a name other than
        its one known holder's (美国总统拜登与法国总统马克龙…, 马克龙 a name we could not read):
        then the reference may mean either."""
        m = title_end().search(core)
        if m is None:
            return False
        word = m.group()
        for at in (i.end() for i in re.finditer(re.escape(word), self.text)):
            after = re.sub(r"\s+", "", self.text[at : at + 8])
            if after.startswith(holder.name) or after[:1] in ("他", "她"):
                continue
            if any(plausible_name(after[:k], self.known, after_title=True) and surname_of(after[:k])
                   for k in (2, 3)):
                return True
        return False

    @staticmethod
    def _object_before(sentence: str, sp: Speaker) -> bool:
        """Do words other than the person's title stand before them in their sentence — a verb, or
        more than a few characters (全市上下牢记|习近平总书记…)? Then the person is an object, not
        the subject of a verb later in the sentence."""
        head = BOUNDARY.split(sentence[: sentence.find(sp.name)].replace("\u0000", ""))[-1]  # its clause
        head = re.sub(r"\s+", "", head)
        if sp.title and head.endswith(sp.title):
            head = head[: -len(sp.title)]
        head = TIME_LEAD.sub("", LEAD.sub("", head))
        return len(head) > 4 or any(flag == "v" for _, flag in pos_tags(head)) if head else False

    def _chained_subject(self, masked: str, clause_start: int) -> Speaker | None:
        """The subject of a verb opened by a connective alone (…，且称 / …，仅称): the person opening
        the nearest earlier clause of the sentence that names anyone, when that clause names
        (or jieba tags) only that person; clauses naming nobody are passed over."""
        sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
        clauses = BOUNDARY.split(masked[sent_start:clause_start].replace("\u0000", ""))
        for clause in reversed(clauses):
            names = {sp.name for _, sp in self._mentions(clause)} | {sp.name for sp, _ in self._tagged_names(clause)}
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

    def _clause_opener(self, clause: str) -> Speaker | None:
        """The one person a clause opens with, by name or by surname and short title (郭董, 纪导 for
        the person the page introduced), when the clause names nobody else."""
        clause = TIME_LEAD.sub("", LEAD.sub("", clause.strip()))
        if not clause or "\u0000" in clause or len(clause) > 40 or clause[:1] in ("他", "她"):
            return None
        ms = self._mentions(clause)
        if ms:
            pos, sp = ms[0]
            if len({m.name for _, m in ms}) > 1 or pos > 3 or _VERB_RE.search(clause[:pos]):
                return None
            if clause.startswith(sp.name, pos):
                end = pos + len(sp.name)
            else:  # 郎导 for 郎平: the surname, then the short title
                ref = _reference_patterns()[2].match(clause, pos + 1)
                end = ref.end() if ref else pos + 2
        else:
            found = self._reference_lead(clause)
            if found is None:
                return None
            sp, end = found
        rest = clause[end:]
        if _CAUSATIVE.match(rest) or _KIN.match(rest) or _reference_patterns()[2].search(rest) \
                or any(t.name != sp.name for t, _ in self._tagged_names(rest)):
            return None  # 孙导的话让队长李强…: someone else may be the subject
        return sp

    def _reference_lead(self, clause: str) -> tuple[Speaker, int] | None:
        """A surname and short title (郭董, 纪导) within the first characters of a clause that names
        no one else: the person of that surname and title the page introduced, and where the reference ends."""
        for end in range(2, min(len(clause), 7) + 1):
            piece = clause[:end]
            if _reference_patterns()[0].search(piece) is None:
                continue
            sp = person_at_end(piece, self.known) or self._surname_reference(piece)
            if sp is None:
                continue
            head = piece[: end - 2]
            if len(head) > 3 or _VERB_RE.search(head) or self._mentions(clause[end:]):
                return None
            return sp, end
        return None

    def _leading_person(self, text: str, before: str | None = None) -> Speaker | None:
        text = TIME_LEAD.sub("", LEAD.sub("", text.replace("\u0000", "").strip()))
        if (bare := text.lstrip("，,、 ")) != text and bare[:1] in ("他", "她"):
            text = bare  # 对此，她首先否认了…，并认为: the connective's comma before the pronoun
        if m := _TIME_CLAUSE.match(text):
            # 在点评比赛的时候，纪导声音异常低沉: a leading adverbial clause, then the person (部长王建军
            # 离开后，张丽华…: the person after it, not the one named in it)
            after = self._clause_opener(BOUNDARY.split(text[m.end() :])[0])
            if after is not None or not (self._mentions(m.group()) or self._tagged_names(m.group())):
                return after
        if text[:1] in ("他", "她") and before is not None:
            self._via = "pronoun"
            return self._person_before(before)
        if text[:1] in ("他", "她") and self.last_person is not None:
            return self.last  # 她停顿了一下,又补充道: the person of the paragraph so far
        ms = self._mentions(text)
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
            named = self._tagged_names(clause)
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

    def _subject_of(self, text: str) -> Speaker | None:
        """The last person ``text`` names as a subject (not 与X…, 会见X, X的…)."""
        found = self._subject_at(text)
        return found[1] if found else None

    def _subject_at(self, text: str) -> tuple[int, Speaker] | None:
        """Where the last subject of ``text`` is named, and who: not an object or companion
        (与X…, 会见X), not a possessor (出席胡锦涛的晚宴, 项瑞母亲)."""
        subjects = [
            (pos, sp) for pos, sp in self._mentions(text)
            if (not oblique(text, pos, sp.name) or self._titled_opener(text, pos, sp))
            and text[pos + len(sp.name) : pos + len(sp.name) + 1] != "的"
            and not _KIN.match(text, pos + len(sp.name))  # 项瑞母亲: the relative is the subject
        ]
        return subjects[-1] if subjects else None

    @staticmethod
    def _titled_opener(text: str, pos: int, sp: Speaker) -> bool:
        """Does the person's clause open with their title and nothing else before the name
        (候任体育、演艺文化及出版界议员霍启刚则认为): a 及 or 和 inside the title joins no companion."""
        clause = re.sub(r"\s+", "", BOUNDARY.split(text[:pos])[-1])
        return bool(sp.title) and TIME_LEAD.sub("", LEAD.sub("", clause)) == re.sub(r"\s+", "", sp.title)

    def _other_speaker(self, text: str, sp: Speaker | None) -> bool:
        """Does someone other than ``sp`` speak in ``text`` — a speech verb after a subject that
        is neither ``sp``, nor 他/她, nor a group or organisation word (奥巴马表示 when the last
        person recognised was 胡锦涛)? Then a 他/她 after it cannot safely mean ``sp``."""
        for vm in _VERB_RE.finditer(text):
            v = vm.start()
            if _nominal(text, v, vm.group()):
                continue
            clause_start = max((b.end() for b in BOUNDARY.finditer(text, 0, v)), default=0)
            core = TIME_LEAD.sub("", _strip_adverbials(re.sub(r"\s+", "", text[clause_start:v])))
            if not core or len(core) > 6 or core[0] in "他她我你这那其" or is_nonperson(core):
                continue
            if sp is not None and (sp.name in core or core in sp.name or by_role(core, self.known) == sp):
                continue
            if sp is not None and (surname := surname_of(sp.name)) and core.startswith(surname):
                continue  # 詹书记: a reference to the same person
            if not re.fullmatch(f"[{CJK}{NAME_SEP}]+", core):
                continue
            return True
        return False

    def _person_before(self, masked_before: str) -> Speaker | None:
        """Whom 他/她 means: the last subject named before it in the paragraph, else the salient
        person of the paragraphs before (their speaker, or the person a narrative one was about)."""
        before = masked_before.replace("\u0000", " ")
        if self._mentions(before):
            last_sentence = _SENTENCE_END.split(before.rstrip("。！？!?；; "))[-1]
            ms = self._mentions(last_sentence)
            # 张三和李四出席了会议。他表示: either of them; 立委张三39%、部长李四26%…的看法，他认为:
            # a list of people (each with a figure of their own) — any of them
            for (p1, a), (p2, b) in zip(ms, ms[1:]):
                between = last_sentence[p1 + len(a.name) : p2]
                if oblique(last_sentence, p1, a.name):
                    continue  # 李家超联同局长卢宠茂、局长孙玉菡…见记者。他表示: companions listed, not rivals
                if a.name != b.name and re.fullmatch(f"[^{CJK}，,。；;]{{0,6}}(?:和|与|及|、|以及)[^，,。]{{0,12}}", between or "-"):
                    self._rivals = self._rivals or not _VERB_RE.search(between)
            at = self._subject_at(before)
            if at is None:
                salient = self._salient()
                return None if self._orphaned(salient) or self._other_speaker(before, salient) else salient
            return None if self._other_speaker(before[at[0] + len(at[1].name) :], at[1]) else at[1]
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
        if self._other_speaker(before, salient):
            return None
        rival = None
        if pending is not None and _SENTENCE_END.search(pending) and not caption_or_heading(pending):
            # the paragraph before had no subject we could name: a name jieba alone tags closing it
            # (not a heading: about nobody in particular)
            last = _SENTENCE_END.split(_MASK.sub("", pending).rstrip("。！？!?；; "))[-1]
            rival = next((sp for sp, is_oblique in self._tagged_names(last) if not is_oblique), None)
        if salient is not None and rival is not None and self._canonical(rival).name != self._canonical(salient).name \
                and simplify_aligned(rival.name) != simplify_aligned(salient.name) \
                and self._spoke.get(salient.name, -1) < self.index - 1:
            # 高希均说…。 / 在台湾出生的李开复在演讲中谈到…。 / 他认为…: the paragraph before, which gave
            # nobody words, ended on another person — either may be meant
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
            others = {sp.name for _, sp in self._mentions(bare)} - {self.narrator.name}
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
        if self.opens and not self._someones_turn(s) and not any(sp.name != cand.name for _, sp in self._mentions(s[:12])):
            return cand, "cont"  # 洪磊首先发布消息： then the announcement
        if self.point and _points(s[:6])[:1] == [self.point + 1] and not self._someones_turn(s):
            return cand, "cont"  # 第一疑点为… then 第二疑点，…: the speaker's next point
        if self._enumerated(s, cand):
            return cand, "cont"  # …用“稳、新、优、好”四个字来概括 then 第一个字是“稳”… / 经济增长平稳，…
        if self._speech_goes_on(s, cand):
            return cand, "cont"  # 习近平表示，中国人民抗日战争是… then 中国人民抗日战争是…，…
        transcript = self.turns >= 2 or self._bare_turn or self._led_turn or self._speech_turn or self.last_mode != "colon"
        if chain and transcript and self.last_mode == "colon" and self._bite and not self._bare_turn and not self._speech_turn \
                and not _FIRST_PERSON.search(s) and not re.search("[“「]", s) and _points(s[:6])[:1] != [1]:
            return None, ""  # 法庭庭长 赵明超：…(a sound bite) / 送完了被告，…(the reporter narrates again)
        if chain and transcript and not self._someones_turn(s) and not self._quoted_turn and not self._narrates(s, cand) \
                and not _REPORTER_OPENS.match(_MASK.sub("", s)):
            if self._list_ended:
                return None, ""  # ☆ items of someone's words end where the bullets end
            return cand, "turn"  # a transcript answer goes on until the next "X：" turn
        if self._someones_turn(s):
            return None, ""  # someone else's turn (王五：…), even one we do not take
        # names inside a whole-quotation paragraph are what the speaker talks about
        seen = _MASK.sub("", s) if _whole_quote(s) else s
        if any(sp.name != cand.name for _, sp in self._mentions(seen)):
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
        if self._someones_turn(s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
                or any(sp.name != cand.name for _, sp in self._mentions(bare)):
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
        if not said or not bare or self._someones_turn(s) or _REPORTER.search(bare) or _SPOKEN.search(s) \
                or self.narrating or bare[0] in _BULLETS or self._mentions(bare) \
                or any(self.text.count(sp.name) >= 2 for sp, _ in self._tagged_names(bare)) \
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


# what 指 opens when it is no speech: 指出 (a verb of its own), 指导, 指向, 指挥, 指着…
_POINTING = "[出导向挥定派示标明引点控责数令南纹甲着尖头]"
_OUTSPOKEN = 12  # characters of reported words an outspoken speaker says at least
_FOR_EXAMPLE = re.compile(r"以[^，,。；;：:！？!?]{1,40}?为例[，,：:]\s*\S")  # 以…为例，then what it shows
_EPIGRAPH = 3  # paragraphs at most of a signed block opening an article (…。 / …。——张艺谋)
_BITE = 80  # characters of a sound bite's words at most (TITLE NAME：…, a television report's quoted speaker)

_WORD_FLAGS = {"v", "vn", "l", "r", "d", "p", "c", "u", "uj", "a", "ad", "m", "q", "t", "f", "i"}


def _unnamed_speaker(raw: str) -> bool:
    """Is the subject before a speech verb a person the rules cannot name — an unnamed one
    (居民赵大爷) or a name jieba tags near its end (…的谢|琼/nr|煖就说) — rather than a group, an
    organisation, a pronoun (which most often means the speaker) or no subject at all?"""
    core = TIME_LEAD.sub("", LEAD.sub("", _strip_adverbials(re.sub(r"\s+", "", raw))))
    if not core or len(core) > 24 or core.endswith("们") or is_nonperson(core) or _GROUP_END.search(core):
        return False
    if core[:1] in "他她我你这那其该":
        return False  # a pronoun most often means the speaker; 该公司 is no person
    if ends_unnamed(core):
        return True  # 居民刘大爷, 王女士 (not a role: 相关负责人 is often the named person's office)
    tail, at = core[-6:], 0
    for word, flag in pos_tags(tail):  # a person tag ending the subject (at most one character after it)
        at += len(word)
        if flag == "nr" and at >= len(tail) - 1:
            return True
    return False


@lru_cache(maxsize=1)
def _soundbite_tags() -> frozenset[str]:
    """data/soundbites.txt: a broadcast script's tags that hand the floor to the person after them (同期)."""
    return frozenset(data_words("soundbites.txt"))


@lru_cache(maxsize=1)
def _salutations() -> tuple[str, ...]:
    """data/salutations.txt: words that open a speech (女士们、先生们, 各位记者朋友, 大家好)."""
    return tuple(data_words("salutations.txt"))


@lru_cache(maxsize=1)
def _described_speech() -> re.Pattern:
    """data/described.txt: words ending a clause that describes what is said next (…给予了极高评价，“…”)."""
    words = sorted(data_words("described.txt"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})$")


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    """data/transliteration.txt: the characters foreign names are written in (埃 利 斯 …)."""
    return frozenset("".join(data_words("transliteration.txt")))


def _foreign_label(head: str, words: str) -> Speaker | None:
    """美国教练埃利斯：「…」 — a title, then a foreign name written only in transliteration
    characters (jieba may tag it a place), labelling quoted words: that person."""
    if not words.startswith(("“", "「")):
        return None
    for k in range(5, 1, -1):
        name, title = head[-k:], head[:-k]
        if len(title) >= 2 and title_end().search(title) and all(c in _transliteration_chars() for c in name):
            return Speaker(name, clean_title(title) or title)
    return None


def _original_named_label(head: str, label: str) -> Speaker | None:
    """投资者关系部托希亚·哈里(Toshiya Hari)： — an office, then a foreign name in transliteration
    characters (its parts joined by ·) with its original in Latin letters after it: that person,
    the office as the title (never a journalist's)."""
    if not re.search(r"[（(]\s*[A-Za-z][A-Za-z .\-']{1,40}[）)]\s*[：:]?\s*$", label):
        return None
    k = len(head)
    while k > 0 and (head[k - 1] in _transliteration_chars() or head[k - 1] in "·•"):
        k -= 1
    name, office = head[k:].lstrip("·•"), head[:k].rstrip("/／、 ")
    parts = re.split("[·•]", name)
    if len(parts) < 2 or not all(parts) or len(office) < 2 or _JOURNALIST.search(office):
        return None
    return Speaker(name, clean_title(office) or office)


_NOBODY = Speaker("", None)  # a decision that nobody we can name holds the role


@lru_cache(maxsize=1)
def _answerer_titles() -> re.Pattern:
    words = sorted(data_words("answerers.txt"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})$")


@lru_cache(maxsize=1)
def _interview_words() -> tuple[re.Pattern, re.Pattern]:
    """接受…专访 (the subject is interviewed), 专访了… (the object is): data/interviewed.txt."""
    words = "|".join(sorted(map(re.escape, data_words("interviewed.txt")), key=len, reverse=True))
    return re.compile(f"(?:接受|做客)[^，,。；;]{{0,20}}?(?:{words})"), re.compile(f"(?<!接受)(?:{words})了?")


@lru_cache(maxsize=1)
def _hosting() -> re.Pattern:
    words = sorted(data_words("hosting.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _answerer_title(title: str) -> bool:
    """Does the title name one who answers a press conference's questions (…发言人)?"""
    return _answerer_titles().search(title) is not None


def _trimmed(sp: Speaker) -> Speaker:
    """A transliterated name's last part ends before the words after it that jieba reads as a
    verb or a common word (特雷莎•梅|通电话时, 阿萨迪|得出这样); one-character pieces stay
    (扎|哈罗|娃)."""
    if not is_transliterated(sp.name):
        return sp
    head, sep, last = re.split(f"([{NAME_SEP}])(?!.*[{NAME_SEP}])", sp.name, maxsplit=1)
    kept = ""
    for word, flag in pos_tags(last):
        if len(word) >= 2 and flag in _WORD_FLAGS and kept:
            return Speaker(head + sep + kept, sp.title)
        kept += word
    return sp


_TRANSLITERATED_END = re.compile(f"[（(]|[^{CJK}]|(?:{VERBS})|[在对向和与的是等也还就称曾将已日今昨说表]")


def _transliterated_names(s: str) -> list[str]:
    """Transliterated names written in full (唐纳德•特朗普, 迈克•蓬佩奥), each ending where a
    parenthesis, punctuation, a speech verb or a clause word follows its last part (the shortest
    such last part of two or more characters: 蓬佩奥|在联合国)."""
    out = []
    for m in _TRANSLITERATED.finditer(s) if _has_name_sep(s) else ():
        whole = m.group()
        head, last = whole.rsplit(re.findall(f"[{NAME_SEP}]", whole)[-1], 1)
        sep = whole[len(head)]
        kept: list[tuple[str, str]] = []
        for word, flag in reversed(pos_tags(head)):  # 美国国务卿|迈克, 主席|约亨: the first part's start
            if len(word) >= 2 and not flag.startswith("nr"):
                break
            kept.insert(0, (word, flag))
        while len(kept) > 1 and len(kept[0][0]) == 1 and not kept[0][1].startswith("nr") \
                and kept[0][0] not in _transliteration_chars():
            kept.pop(0)  # 投资者关系部|约翰: an office's last character, no sound of the name
        head = "".join(w for w, _ in kept).lstrip(_NOT_NAME_START) or _first_part_after_title(whole[: len(head)])
        if not head:
            continue
        for k in range(2, len(last) + 1):
            follow = (last[k:] + s[m.end() : m.end() + 2])[:2]
            if not follow or _TRANSLITERATED_END.match(follow):
                out.append(_trimmed(Speaker(f"{head}{sep}{last[:k]}", None)).name)  # 特朗普|出席晚宴时
                break
        else:
            if (k := _last_part_before_verb(last, s[m.end() : m.end() + 4])) is not None:
                out.append(_trimmed(Speaker(f"{head}{sep}{last[:k]}", None)).name)  # 俄尔斯别克|脱去棉帽
    return out


def _first_part_after_title(head: str) -> str:
    """The first part of a transliterated name jieba cuts into words (牧民|库|力加|孜拉): the two to
    eight characters after the nearest title word before it (38岁的牧民 → 库力加孜拉), else ''."""
    for j in range(max(1, len(head) - 8), len(head) - 1):
        if title_end().search(head[:j]) and re.fullmatch(f"[{CJK}]{{2,8}}", head[j:]) and _sounds(head[j:]):
            return head[j:]
    return ""


def _sounds(part: str) -> bool:
    """Is at least half of ``part`` characters transliterations use (data/transliteration.txt)?"""
    return 2 * sum(c in _transliteration_chars() for c in part) >= len(part)


def _last_part_before_verb(last: str, after: str) -> int | None:
    """Where the last part of a transliterated name ends when an action verb, not a speech verb or
    a clause word, follows it (俄尔斯别克|脱去棉帽): the first word jieba reads as a verb there, if
    the part before it sounds like a transliteration (not 古村·齐乐桃源|国际旅游度假区)."""
    at = 0
    for word, flag in pos_tags(last + after):
        if at >= 2 and flag.startswith("v"):
            return at if at <= len(last) and _sounds(last[:at]) else None
        at += len(word)
    return None


def _same_role(old: str, new: str) -> bool:
    """Is ``new`` a fuller writing of the title ``old`` (省政府… → 山东省人民政府…, both …处长)?"""
    if old in new:
        return True
    a, b = title_end().search(old), title_end().search(new)
    return bool(a and b and a.group() == b.group())


def _told_him(clause: str) -> bool:
    """Does a speech verb's clause say it was told to 他/她 (普亭有向他提及, 对她说, 告诉他)? Those
    words come through the person the pronoun means, who reports them: no rival speaker."""
    return re.search(r"(?:[向对跟给同]|告诉)[他她](?![们])", clause.replace("\u0000", "")) is not None


def _companion(text: str, pos: int) -> bool:
    """Is the person named at ``pos`` a companion — 与 right before the name or before its title
    (特朗普与英国首相特雷莎•梅)?"""
    clause = BOUNDARY.split(text[:pos])[-1]
    m = re.search(r"与([^与]{0,12})$", clause)
    return bool(m) and (not m.group(1) or title_end().search(m.group(1)) is not None)


# 李：… — a surname alone as a transcript label (文：, 图： are bylines, never this)
_SURNAME_TURN = re.compile(r"^[\[【]?([\u4e00-\u9fff])(?<![文图])[\]】]?\s*[：:]")
_NUMERALS = "一二三四五六七八九十"
_POINT = re.compile(f"第([{_NUMERALS}])(?![{_NUMERALS}])|(?<![{_NUMERALS}])([{_NUMERALS}])是")


_NUMBER_OF = re.compile(
    "(?<![第一二两三四五六七八九十])[二两三四五六七八九十](?:" + "|".join(sorted(data_words("enumerations.txt"), key=len, reverse=True)) + ")"
)
_LISTED = re.compile(r"[^，,。；;：:、！？!?\s]{2,12}(?:、[^，,。；;：:、！？!?\s]{2,12}){2,}")


@lru_cache(maxsize=1)
def _resumptions() -> tuple[tuple[str, ...], frozenset[str]]:
    """data/resumptions.txt: connectives that go on with the sentence before (line 1), and the
    verbs after them that open narration instead (line 2)."""
    text = resources.files("retrieval").joinpath("data/resumptions.txt").read_text("utf-8")
    lines = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(lines[0], key=len, reverse=True)), frozenset(lines[1])


def _reported_opening(s: str, name: str) -> str | None:
    """The words after ``[title] NAME [adverbials] VERB，`` opening a paragraph (习近平表示，中国人民…):
    the start of the speaker's reported words; None when the paragraph opens otherwise."""
    m = re.match(f"\\s*([^。！？!?；;，,：:“”「」]{{2,40}}?)(?:{VERBS})[，,]", s)
    if m is None or name not in m.group(1):
        return None
    return s[m.end() : m.end() + 12]


def _announced_count(bare: str) -> bool:
    """Does the text announce a number of points, two or more (用…四个字来概括, 讲三点, 两个目的)?"""
    return _NUMBER_OF.search(bare) is not None


def _listed_items(bare: str) -> tuple[str, ...]:
    """The items of the last list of three or more the text enumerates with 、."""
    runs = _LISTED.findall(bare)
    return tuple(runs[-1].split("、")) if runs else ()


def _common_run(a: str, b: str) -> int:
    """The length of the longest common subsequence of two short texts (经济增长平稳, 呈现了增长平稳: 4)."""
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if ca == cb else max(row[j], row[j - 1])
    return row[-1]


def _strip_title_tail(head: str, sp: Speaker) -> str:
    """``head`` (the text before a mention) without the mention's title at its end."""
    return head[: -len(sp.title)] if sp.title and head.endswith(sp.title) else head


def _points(s: str) -> list[int]:
    """The numbered points (第一…, 二是…) a text makes, in order."""
    return [_NUMERALS.index(m.group(1) or m.group(2)) + 1 for m in _POINT.finditer(s)]


def _asks_you(s: str) -> bool:
    """A question to the interviewee with no label (-您觉得今年印象最深刻的新闻是什么？): short,
    addressing 您/你, ending in a question mark, no quotation in it."""
    bare = s.strip().lstrip("-—–· ")
    return (len(bare) <= 60 and bare.endswith(("？", "?")) and re.search("[您你]", bare) is not None
            and not re.search("[“”「」：:]", bare) and not _VERB_RE.search(bare))  # 耿爽反问这位记者，…？ is an answer


# 经/在 … VERB下 or 后 (经班长提醒下, 经廖长江提醒后, 在他的建议下): the verb names a circumstance of the clause
_UNDER_FRAME = re.compile("(?:^|(?<=[，,；;\\s]))(?:只是|正是|也是|就是)?[经在](?!理|济|过|常|营|历|验)[^，,。；;：:“”「」]{1,16}$")


def _nominal(text: str, v: int, verb: str) -> bool:
    """Is the speech verb at ``v`` no speech by a subject: 据说, 小说, 可以说, 回答起来, 在回答…时 —
    or a noun after 的 (发言人的回答, 他的介绍)?"""
    if text[v + len(verb) : v + len(verb) + 2] == "起来":
        return True  # 回答起来“比较简洁”, 说起来: how, not what, was said
    if _according().search(text[:v]):
        return True  # 按照张磊要求, 根据王某介绍: what someone asked or said before, referred to
    if text[v + len(verb) : v + len(verb) + 1] in ("下", "后") and _UNDER_FRAME.search(text[:v]):
        return True  # 经建制派「班长」廖长江提醒下/后, 在老师的建议下: a circumstance, not speech
    return verb in ("说", "称", "介绍", "解释") and _NOT_SPEECH.search(text[:v]) is not None or text[v - 1 : v] in ("的", "在")


def _title_inside_label(head: str) -> Speaker | None:
    """邱委员文彦：…, 毛院长治国：… — a record's label with the title between surname and given name
    (parliamentary records): the person is surname + given name, with that title."""
    simple = simplify_aligned(head)
    m = _reference_patterns()[1].fullmatch(simple)
    if m is None or any(_reference_patterns()[2].fullmatch(w) for w in (m.group(3), m.group(2) + m.group(3))):
        return None  # 周厅长：, 王委员长：: a surname and a title, no given name
    if _VERB_END.search(m.group(3)):
        return None  # 李总理说：“…” — a surname, a title and the verb saying it: no given name
    name = head[: m.end(1)] + head[m.start(3) :]
    if surname_of(name) != head[: m.end(1)]:
        return None
    return Speaker(name, head[m.start(2) : m.end(2)])


@lru_cache(maxsize=1)
def _according() -> re.Pattern:
    """A word of data/according.txt, then at most eight characters of a name and title, at the end."""
    words = sorted(data_words("according.txt"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})[^，,。；;：:“”「」]{{1,8}}$")


@lru_cache(maxsize=1)
def _reference_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Compiled once: a title word at the end (蒋书记), a label with the title inside the name
    (邱委员文彦), a title word alone."""
    alt = _reference_alternation()
    return (re.compile(f"(?:{alt})$"), re.compile(f"([{CJK}]{{1,2}}?)({alt})([{CJK}]{{1,2}})"), re.compile(f"(?:{alt})"))


@lru_cache(maxsize=1)
def _reference_alternation() -> str:
    """Title words and short titles (data/titles.txt, data/short_titles.txt), longest first."""
    return "|".join(map(re.escape, sorted(title_words(), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _reply_words() -> re.Pattern:
    """data/replies.txt: words that open a reply (对呀, 是啊, 没错)."""
    words = sorted(data_words("replies.txt"), key=len, reverse=True)
    return re.compile(f"^\\s*[“「](?:{'|'.join(map(re.escape, words))})[，,。！!…]")


def _opens_reply(s: str) -> bool:
    return bool(_reply_words().match(s))


def _in_book(text: str, v: int) -> bool:
    """Is the position ``v`` inside a book's or a programme's name (《向世界说明中国》)?"""
    return any(m.start() < v < m.end() for m in _BOOK.finditer(text))


def _unvoiced(bare: str) -> str:
    """The paragraph before its first colon: a 我 after one (…对方当即表态：你喜欢就拍，我们绝不干涉)
    is the voice of whoever the colon gives the word to, not a sign of the paragraph's speaker —
    a colon right after a speech verb, not any label (查看完整版本：申鑫主帅：要感谢我的球员)."""
    m = re.search(f"(?:{VERBS})[：:]", bare)
    return bare[: m.start()] if m else bare


def _note_opened(text: str) -> str:
    """(原标题：2018年9月7日外交部发言人华春莹主持例行记者会): a headline or heading wholly in
    brackets is an editor's note of the page's own title — read what it says, not as an aside."""
    t = text.strip()
    if t[:1] in "（(" and t[-1:] in "）)" and _HEADLINE_LABEL.match(t):
        return t[1:-1]
    return text


def _unbracketed(head: str) -> str:
    """[傅莹]：, 【李克强】： — a transcript's speaker label in brackets is the name inside."""
    return head[1:-1] if head[:1] in "[【" and head[-1:] in "]】" else head


def _whole_quote(s: str) -> bool:
    """A paragraph that is one quotation (“……” or an opened “…… running on)."""
    for o, c in (("“", "”"), ("「", "」")):
        if s.startswith(o) and (c not in s or s.rstrip("。 ").endswith(c)):
            return True
    return False


def _closes_quote(s: str) -> bool:
    """Does the paragraph close a quotation it never opened (…还是要鼓励运动员。”) — the end of the
    one the paragraph before left open?"""
    for o, c in (("“", "”"), ("「", "」")):
        end = s.find(c)
        if end >= 0 and o not in s[:end]:
            return True
    return False


# a question put (甲询问，…吗？): the asker's words, an event of who says which words
_ASKED = re.compile("(?:" + "|".join(sorted(map(re.escape, data_words("asking.txt")), key=len, reverse=True)) + ")[，,：:]")  # data/asking.txt
# a speech verb's clause closing in a time since (…倡议3年多来，/ …以来，): a circumstance, not a report
_SINCE_SAID = re.compile(r"[^，。！？；,;!?：:]{0,24}?(?:以来|[年月天周]多?来)(?=[，,])")


def _no_words_follow(masked: str, end: int) -> bool:
    """A speech verb closing its sentence with no quotation before it (…并发言。) reports no words;
    nor does one followed only by how much was said (布林肯说了三件事儿)."""
    if _AMOUNT_SAID.match(masked, end) or _TOPICS_SAID.match(masked, end) or _DESCRIBED.match(masked, end):
        return True
    if _SINCE_SAID.match(masked, end):
        return True  # 主席提出“…”倡议3年多来，…: the time since it was said, no words of theirs here
    if _ANSWERED.search(masked, 0, end) and _TOPIC_OBJECT.match(masked, end):
        return True  # 崔天凯回应病毒来自美国军方说法: what was answered, not what was said
    if _TOPIC_VERB.search(masked, 0, end) and _TOPIC_END.match(masked, end):
        return True  # 董事长张三介绍了企业生产经营情况。: what was spoken about closes the sentence
    if _SPEAKING.search(masked, 0, end) and masked[end : end + 1] not in ("：", ":"):
        return True  # …在全体委员大会上发言，…: the act of speaking; words only after a colon
    if masked[end : end + 1] == "了":  # 蒋方舟回应了 / 他发言了。
        end += 1
    if masked[end : end + 1] not in ("。", "！", "!", ""):
        return False
    sentence_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, end)), default=0)
    # 就“优化…”在全体委员大会上发言: a quotation after 就/关于/围绕/对 is the topic, not the words
    runs = [m.start() for m in re.finditer("\u0000+", masked[sentence_start:end])]
    return all(re.search(r"(?:就|关于|围绕|对于?)$", masked[sentence_start : sentence_start + r]) for r in runs)


# words opening a clause that invites a person to speak (data/invites.txt)
_INVITE = re.compile("(?:" + "|".join(map(re.escape, sorted(data_words("invites.txt"), key=len, reverse=True))) + ")")


def _speech_clauses(masked: str) -> Iterator[tuple[int, re.Match]]:
    """Each speech verb of a masked paragraph that reports words (not a noun, not inside a book
    title, words after it, not announcing a list of people invited to speak: 请…副部长周学文，
    …副局长余勇介绍…), with where its clause starts."""
    for vm in _VERB_RE.finditer(masked):
        v = vm.start()
        if _nominal(masked, v, vm.group()) or _no_words_follow(masked, vm.end()) or _in_book(masked, v):
            continue
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
        if not _invited(masked, clause_start, v):
            yield clause_start, vm


def _invited(masked: str, clause_start: int, v: int) -> bool:
    """Does an earlier clause of the sentence invite the people listed up to the verb at ``v``
    (请A，B，C介绍…情况), with no speech verb between the invitation and ``v``?"""
    sentence = max((m.end() for m in re.finditer(r"[。！？!?；;]", masked[:clause_start])), default=0)
    starts = [sentence, *(b.end() for b in BOUNDARY.finditer(masked, sentence, clause_start))]
    for at in starts:
        if at < clause_start and _INVITE.match(masked, at) and not _VERB_RE.search(masked, at, clause_start):
            return True
    return False


# words after a clause's opening person that make another the subject (data/causatives.txt)
_CAUSATIVE = re.compile("(?:" + "|".join(map(re.escape, sorted(data_words("causatives.txt"), key=len, reverse=True))) + ")")
# a leading adverbial clause of time (在点评比赛的时候，/ 赛后接受采访时，): the subject follows it
# a run of two to four quotations opening a paragraph (“项目进展如何?”“还存在什么困难?”), 12+ characters
_QUOTE_RUN = re.compile(r"(?=(?:“[^“”]{2,}”){2,4}|(?:「[^「」]{2,}」){2,4})(?:“[^“”]{2,}”|「[^「」]{2,}」){2,4}(?<=.{14})")
# connectives of data/connectives.txt, alone before a speech verb (…，且称): _chained_subject
_CONNECTIVES = re.compile("(?:" + "|".join(sorted(map(re.escape, data_words("connectives.txt")), key=len, reverse=True)) + ")+")
_TIME_CLAUSE = re.compile(r"^在?[^，,。！？!?：:]{1,20}(?:的时候|之时|时|之际|期间|之后|后)[，,]")


def _cores(pre: str) -> list[str]:
    """``pre`` with every adverbial tail removed, least stripped first (司跃宁殷切地向同学们 → 司跃宁)."""
    out = [pre]
    for i in range(len(pre) - 1, -1, -1):
        if _ADV_SEQ.fullmatch(pre[i:]):
            out.append(pre[:i])
    return sorted(set(out), key=len, reverse=True)


def _strip_adverbials(pre: str) -> str:
    for _ in range(6):
        new = _ADV.sub("", pre)
        if new == pre:
            break
        pre = new
    return LEAD.sub("", pre)


def _as_written(value: str | None, simplified: str, original: str) -> str | None:
    """Map a string found in the simplified text back to the page's own characters."""
    if not value:
        return value
    pos = simplified.find(value)
    if pos >= 0:
        return original[pos : pos + len(value)]
    m = _written_re(value).search(simplified) if all(c in simplified for c in value) else None  # (every character is needed)
    return original[m.start() : m.end()] if m else value


@lru_cache(maxsize=512)
def _verbs_after(names: tuple[str, ...]) -> re.Pattern:
    """The speech verbs, and 指 right after one of ``names`` (see ``Attributor._verbs_here``)."""
    after = "|".join(f"(?<={re.escape(n)})" for n in names)
    return re.compile(f"(?:{VERBS})|(?:{after})指(?!{_POINTING})" if names else f"(?:{VERBS})")


_NAME_CHARS = re.compile(f"[{CJK}{NAME_SEP}]+")


@lru_cache(maxsize=1024)
def _quoted_before(name: str) -> re.Pattern:
    """A quotation closed right before ``name`` (“…”陈思雨笑着说。)."""
    return re.compile(f"[”」][—\\-–\\s]*{re.escape(name)}")


@lru_cache(maxsize=1024)
def _described_before(name: str) -> re.Pattern:
    """A quotation, a description of ``name``, then a speech verb closing the sentence."""
    return re.compile(f"[”」][，,][^。！？!?；;“”「」]{{0,40}}的{re.escape(name)}(?:{VERBS})[。！!]")


@lru_cache(maxsize=1024)
def _written_re(value: str) -> re.Pattern:
    # the page may hold a parenthesis or a quoted name inside the title (鴻海(2317)董事長,
    # “太极一号”首席科学家) that mentions skip: they read the paragraph with its quotations masked
    gap = r"(?:\([^()]{1,12}\)|（[^（）]{1,12}）|“[^“”]{1,12}”|「[^「」]{1,12}」)?"
    return re.compile(gap.join(map(re.escape, value)))


def _written_in(value: str, simplified: str) -> bool:
    """Is ``value`` written in ``simplified``, perhaps with a parenthesis or a quoted name inside?"""
    if value in simplified:
        return True
    return all(c in simplified for c in value) and _written_re(value).search(simplified) is not None


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
    return _titled(out, [*context, *preface, *paragraphs])


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
    (“当年有人扬言……。” / 村支书熊善喜一边说，一边…): a proposal that the quotation is theirs."""
    out = []
    paragraphs = [without_ruby(p) for p in paragraphs]
    for i in range(len(decided) - 1):
        if decided[i].speaker is None and _whole_quote(simplify_aligned(paragraphs[i])) and _says_before(paragraphs[i + 1], decided[i + 1]):
            rule = round(CONFIDENCE["quote"] - DOUBTS["quote-topic"], 2)
            feats = (("bias", 1.0), ("by:quoted-before", 1.0), ("doubt:quote-topic", 1.0), ("how:quote", 1.0),
                     ("quote-marks", 1.0), ("rule", rule), ("whole-quote", 1.0))
            out.append((i, Proposal(decided[i + 1].speaker, "quote", rule, feats)))
    return out


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


def attribute_document(paragraphs: list[str], context: Iterable[str] = ()) -> list[Speaker | None]:
    """Speakers for a document's paragraphs, in order. ``context`` (the title) seeds names."""
    return [a.speaker for a in attribute_paragraphs(paragraphs, context)]

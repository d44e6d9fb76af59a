"""The patterns and pure helpers speaker attribution reads a clause with (speakers.py's lower layer).

Compiled patterns of speech verbs, quotations, transcript labels (名字：, 答：/问：, 【】), bylines,
reporters' openings, listed items and numbered points, together with the functions that need no
document state: which clauses hold a speech verb (``_speech_clauses``), whether words follow it,
transliterated names and their parts, a reported opening, listed items, a whole or closing
quotation, a nominal use of a verb. Nothing here knows the page being read: every function takes
the text it reads as an argument, so ``Attributor`` and its parts share them without a circle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..models import Speaker
from .lexicon import (
    BOUNDARY,
    CJK,
    FIRST_PERSON,
    LEAD,
    NAME_SEP,
    TIME_LEAD,
    VERBS,
    clean_title,
    data_words,
    ends_unnamed,
    is_nonperson,
    is_transliterated,
    pos_tags,
    simplify_aligned,
    surname_of,
    title_end,
    title_words,
)
from .postag import dictionary_entry
from .words import _token_starts, _transliteration_chars

_NOT_NAME_START = "当在对向和与的是了被把将从据说称由及等"  # 当|唐纳德•特朗普: a clause word before a name
_TRANSLITERATED = re.compile(f"[{CJK}]{{1,8}}(?:[{NAME_SEP}][{CJK}]{{1,8}})+")
_NAME_SEPS = tuple(re.sub(r"\\(.)", r"\1", NAME_SEP))  # the separators themselves (NAME_SEP is a class's body)


def _has_name_sep(s: str) -> bool:
    """Can ``_TRANSLITERATED`` match in ``s`` at all (a separator is written)? A cheap test first."""
    return any(c in s for c in _NAME_SEPS)


_VERB_RE = re.compile(f"(?:{VERBS})")
_VERB_END = re.compile(f"(?:{VERBS})$")
# 说/称 preceded by these are not speech by a subject (据说, 来说, 小说, 可以说, 统说 of 传统说法, 续航标称300公里; 声称 is fine,
# and so is 总统说: 统 closing the title 总统).
_NOT_SPEECH = re.compile(r"(?:据|听|来|小|可以|所以|就是|话|虽|不用|再|学|传|邪|解|俗|堪|游|著|昵|(?<!总)统|总|被|尊|简|号|名|之|标)$")
_BOOK = re.compile(r"《[^《》]*》")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MASK = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"|（[^（）]*）|\([^()]*\)")
# adverbials of data/adverbials.txt (受访, 公开, 微笑…), between a speaker and the speech verb
_ADV_WORDS_LIST = frozenset(data_words("adverbials.txt"))
_ADV_WORDS = "".join(f"{w}|" for w in sorted(map(re.escape, _ADV_WORDS_LIST), key=len, reverse=True))
# the words used (data/speech_units.txt: 用这样六个字, 以一句话, 用“…”来): how the speaker said it
_ADV_WORDS += "(?:用|以)[^，,。；;]{0,10}?(?:" + "|".join(sorted(data_words("speech_units.txt"), key=len, reverse=True)) + ")来?|用来|"
# an errand before the verb (data/errands.txt: 前往论坛演讲前, 出席会议时): the speaker's adverbial clause
_ADV_WORDS += "".join(f"(?:{w})[{CJK}]{{1,14}}?(?:之前|之后|期间|前|时|后)|" for w in sorted(data_words("errands.txt"), key=len, reverse=True))
_ADV = re.compile(
    rf"(?:{_ADV_WORDS}也|还|则|又|都|就|曾|亦|再次|首先|随后|接着|接著|同时|当天|当日|日前|近日|今天|昨天|昨日|今日|昨|(?:周|星期)[一二三四五六日天]|笑|纷纷|一致|"
    rf"[上下]午|晚间|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})日(?:[上下]午|晚)?|\d{{1,2}}月\d{{1,2}}日|[{CJK}]{{1,4}}地|[{CJK}][着著]|"
    rf"不止一次|多次|一再|一边|[赛会事课]后|进一步|明确|特别|专门|只是|深有感触|心里|能否|"
    rf"在[^，。]{{1,24}}?(?:上|中|时|里|期间|之际|后|前)|在(?:\d{{2,4}}年)?[{CJK}]{{2,14}}|于[{CJK}]{{2,14}}|对[{CJK}]{{1,12}}|向[{CJK}]{{1,12}}|"
    rf"(?:在)?接受[{CJK}]{{0,12}}(?:采访|访问|专访|提问)时?|(?:在)?受访时|(?:在)?回答[{CJK}]{{0,12}}时|(?:通过|透过|经由|借助)[{CJK}]{{1,10}}|"
    rf"代表[{CJK}\d]{{1,16}}|当着[{CJK}]{{1,10}}|就[{CJK}]{{2,20}}|当地时间(?:\d{{1,2}}日)?(?:[上下]午|晚)?|咬牙切齿|非常兴奋|激动|高兴|兴奋|感慨)$"
)
_TAIL_ADV = re.compile(r"..(?:随后|同时|首先|接着|再次|当天|当日|日前|近日|则|也|还|又|都|就|亦|曾)$")
_ADV_SEQ = re.compile(f"(?:{_ADV.pattern[:-1]})+")
_STATEMENT = re.compile(r"^(?:声明|讲话|发言|公告|信中|来信|致辞|文章)$")
_SAYS_AFTER = re.compile(f"([^。！？；!?;“「]{{0,30}}?)(?:(?:{VERBS})\\s*[：:，,]?|[：:])\\s*[“「]")  # after a name: its quoted words
_LISTING = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}|\.\.\.\s*$")  # a dated or cut entry of a story list
_FIRST_PERSON = FIRST_PERSON  # (words.py: 我/咱, not 自我 nor 我市, 我校)
_AMOUNT_SAID = re.compile(r"了?(?:[一二两三四五六七八九十几数\d]+|很多|许多)[件句个点条番席段声](?:事儿?|话|字)?\s*(?:$|[。！!，,；;\s])")
_SPOKEN = re.compile(r"“[^“”]{12,}”|「[^「」]{12,}」")  # a quotation long enough to be someone's words
# 回应了外界关注的多个话题, 回答了记者提问: what was spoken about, not what was said
_TOPICS_SAID = re.compile(r"了[^，,。；;：:\u0000]{0,20}(?:话题|问题|提问|质疑|关切|询问)(?:$|[，,。；;\s])")


def _answered_words() -> tuple[re.Pattern, ...]:
    """data/answered.txt: verbs of answering (line 1), topic nouns (line 2), the act of speaking
    (line 3), amounts (line 4) and nouns (line 5) of speech described rather than reported, verbs
    (line 6) and nouns (line 7) of a topic closing the sentence, and a proposal's fate (line 8)."""
    text = resources.files("retrieval").joinpath("data/answered.txt").read_text("utf-8")
    lines = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    verbs, nouns, acts, amounts, kinds, topic_verbs, topics, fates = lines[:8]
    return (re.compile(f"(?:{'|'.join(verbs)})$"), re.compile(f"(?:{'|'.join(acts)})$"),
            re.compile(f"了?[^，,。；;：:\\s\u0000“”「」]{{0,20}}(?:{'|'.join(nouns)})(?:$|[，,。；;\\s])"),
            re.compile(f"出?了?(?:{'|'.join(amounts)})[^，,。；;：:！!？?]{{0,20}}?(?:{'|'.join(kinds)})(?:$|[，,。；;])"),
            re.compile(f"(?:{'|'.join(topic_verbs)})$"),
            re.compile(f"了?[^，,。；;：:！!？?\\s\u0000“”「」]{{0,20}}(?:{'|'.join(topics)})\\s*(?:$|[。！!])"),
            re.compile(f"了?[^，,。；;：:！!？?\\s\u0000“”「」]{{0,30}}(?:{'|'.join(topics)})[，,][^，,。；;]{{0,4}}?(?:{'|'.join(fates)})"))


# 回应/回答/谈及 + a topic (…说法, …传闻, …问题): what was answered, not words; 说出一堆…评语: speech described;
# 介绍了…情况。: a topic closing the sentence
_ANSWERED, _SPEAKING, _TOPIC_OBJECT, _DESCRIBED, _TOPIC_VERB, _TOPIC_END, _TOPIC_FATE = _answered_words()
# a topic verb, then a short quotation (masked: a term, 2–10 characters inside its marks) closing the sentence
_TOPIC_TERM = re.compile("了?\u0000{4,12}\\s*(?:$|[。！!])")

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
# 在张三看来，… (also after a connective, 而在…看来; before spaced punctuation, 看来 , …; or ending its line,
# the view on the lines below)
_IN_VIEW = re.compile(r"(?:^|[，,。；;])\s*(?:" + LEAD.pattern.removeprefix("^") + r")?\s*在([^，,。；;：:\u0000]{1,20}?)看来\s*(?:[，,]|$)")
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
_VIEW_ANY = re.compile(r"在([^，,。；;：:\u0000]{1,20}?)看来\s*(?:[，,]|$)")
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


_SAYS_THEN_COMMA = re.compile(f"(?:{VERBS})[，,]$")


def _cited_in_words(masked: str, clause_start: int) -> bool:
    """Does the clause at ``clause_start`` open the words of a speech verb closing the clause just
    before it (他又称，国家主席习近平在…报告中提到，「…」)? Whoever speaks in it is cited by the
    speaker, inside the speaker's words: no rival speaker."""
    return clause_start > 0 and _SAYS_THEN_COMMA.search(masked[:clause_start].rstrip()) is not None


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
    if _in_press_question(text, v):
        return True  # 媒体问，立委张三提出…: what the press asks about, not words said here
    if text[v + len(verb) : v + len(verb) + 1] in ("下", "后") and _UNDER_FRAME.search(text[:v]):
        return True  # 经建制派「班长」廖长江提醒下/后, 在老师的建议下: a circumstance, not speech
    if _closes_a_noun(text, v, verb):
        return True  # 发布了数据分析；: the verb closes a noun of the dictionary, no speech
    if _inside_a_noun(text, v, verb):
        return True  # 最高荣誉称号: the verb is part of a longer noun of the dictionary, no speech
    if _opens_a_word(text, v, verb):
        return True  # 业绩说|明会, 称|之为, 说|话: the verb's characters open a longer word, no verb of speech
    return verb in ("说", "称", "介绍", "解释") and _NOT_SPEECH.search(text[:v]) is not None or text[v - 1 : v] in ("的", "在")


# what may stand between a longer word a speech verb opens and the words it still introduces: a
# pronoun or 大家, then a pause, a colon or a quotation (称赞她“…”, 提醒您，…, 表示遗憾，…, 说明，…)
_WORDS_AFTER_WORD = re.compile("(?:[他她它您你我]们?|大家)?\\s*[，,：:\u0000“「]")


def _opens_a_word(text: str, v: int, verb: str) -> bool:
    """Does jieba read the speech verb at ``v`` as the start of a longer word that introduces no words
    (业绩说明会上, 这说明能量…, 荣誉称号, 发言人) — the verb's last character inside a word (not 说|明天,
    表示|了), that word not followed by words at once (杨某说明，…; 称赞她“…”) nor by another verb of
    speech it makes one word with (强调指出)?"""
    w0, end = max(0, v - 4), v + len(verb)
    if end >= len(text) or end - w0 in _token_starts(text[w0 : end + 4]) or _VERB_RE.match(text, end):
        return False
    cuts = sorted(_token_starts(text[w0 : end + 6]))
    word_end = w0 + next((c for c in cuts if c > end - w0), end + 6 - w0)
    return not _WORDS_AFTER_WORD.match(text, word_end)


def _closes_a_noun(text: str, v: int, verb: str) -> bool:
    """Is the speech verb at ``v`` the end of a longer word jieba's dictionary holds as no verb and no
    name (数据|分析 read as 数据分析/l, 形势分析): a thing done or shown (发布了…数据分析), not words said."""
    w0, end = max(0, v - 4), v + len(verb)
    at = w0
    for word, flag in pos_tags(text[w0 : end + 2]):
        if at < v < at + len(word):
            head = word[: v - at]  # 数据|分析: what the noun says before the verb is itself a noun (明确|指出 is no noun)
            return at + len(word) == end and flag in ("n", "l", "nz") and dictionary_entry(word) is not None \
                and len(head) >= 2 and pos_tags(head)[:1] == ((head, "n"),)
        at += len(word)
        if at > v:
            break
    return False


def _inside_a_noun(text: str, v: int, verb: str) -> bool:
    """Is the speech verb at ``v`` inside a longer word jieba's dictionary holds as a noun, going on
    after it (荣誉称号/n, 发言人/n): a thing named, not words said."""
    w0, end = max(0, v - 4), v + len(verb)
    at = w0
    for word, flag in pos_tags(text[w0 : end + 3]):
        if at <= v < at + len(word):
            return at + len(word) > end and flag in ("n", "nz") and dictionary_entry(word) is not None
        at += len(word)
        if at > v:
            break
    return False


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
def _press_question() -> re.Pattern:
    """data/press_questions.txt: an unnamed asker (line 1), perhaps 又/再/还/也, a verb of asking (line 2),
    then a comma or a colon, opening a sentence."""
    text = resources.files("retrieval").joinpath("data/press_questions.txt").read_text("utf-8")
    askers, verbs = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][:2]
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    return re.compile(f"\\s*(?:{alt(askers)})(?:又|再|还|也|则|接着)?(?:{alt(verbs)})\\s*[，,：:]")


def _in_press_question(text: str, v: int) -> bool:
    """Is the position ``v`` inside a question the press puts (媒体问，立委当选人张三提出推动…，…。): its
    sentence opens with an unnamed asker and a verb of asking, and no question mark closes the
    question before ``v``? The speech verbs there report what is asked about, not words said."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, v)), default=0)
    m = _press_question().match(text, start)
    return m is not None and m.end() <= v


@lru_cache(maxsize=1)
def _preview_question() -> tuple[str, str]:
    """data/previews.txt: the question words (line 1) and the verbs (line 2) of a writer's question."""
    text = resources.files("retrieval").joinpath("data/previews.txt").read_text("utf-8")
    asks, verbs = [ln.split() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")][:2]
    return "|".join(map(re.escape, asks)), "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))


def _previews(s: str, name: str) -> bool:
    """Does the question closing the paragraph, outside quotations, ask what ``name`` (or 他/她) thinks
    or will say (苗某也是…候选人，她又怎么看待…呢？)? The writer previews that person's words; a
    paragraph ending so is an interview's lead, not their words (a question answered in the same
    paragraph, 记者问他如何看待此事？他说…, is not)."""
    asks, verbs = _preview_question()
    who = f"(?:他|她|{re.escape(name)})(?!们)"
    pattern = re.compile(f"{who}[^，,。；;！!？?]{{0,6}}?(?:{asks})(?:{verbs})[^。！!？?]*[？?]\\s*$")
    return pattern.search(_MASK.sub("", s).rstrip()) is not None


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


# a short question alone in quotation marks (“为什么？”): put to the one who just spoke
_PUT_QUESTION = re.compile(r"\s*(?:“[^“”]{1,20}[？?]”|「[^「」]{1,20}[？?]」)[\s。]*")


def _put_question(s: str) -> bool:
    """Is the paragraph a short question alone in quotation marks (“为什么？”) — in a dialogue, asked
    of the speaker of the quoted words just before (by the reporter or someone the page does not name)?"""
    return _PUT_QUESTION.fullmatch(s) is not None


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
    if _TOPIC_VERB.search(masked, 0, end) and (_TOPIC_END.match(masked, end) or _TOPIC_FATE.match(masked, end)):
        return True  # 董事长张三介绍了企业生产经营情况。 / 他提出…等建议，已落地: what was spoken about, narrated
    if _TOPIC_VERB.search(masked, 0, end) and _TOPIC_TERM.match(masked, end):
        return True  # 并谈到了“辽宁王朝”。: a term in quotation marks closing the sentence, what was talked about
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
        if not _invited(masked, clause_start, v) and not _subjectless(masked, clause_start, vm):
            yield clause_start, vm


@lru_cache(maxsize=1)
def _subject_verbs() -> frozenset[str]:
    """data/subject_verbs.txt: speech verbs only with their own subject before them (感谢)."""
    return frozenset(data_words("subject_verbs.txt"))


def _subjectless(masked: str, clause_start: int, vm: re.Match) -> bool:
    """Is ``vm`` a verb of data/subject_verbs.txt opening its clause with no subject of its own
    (谢谢主持人，也感谢广大网友…): words given to nobody?"""
    if vm.group() not in _subject_verbs():
        return False
    return not re.sub(r"[\s\u0000也还更并又再同时]", "", masked[clause_start : vm.start()])


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

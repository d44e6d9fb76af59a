"""The rules' reading of a paragraph's speaker: ``_find`` and the turns it reads.

``_find`` names who a paragraph's own words give as its speaker and how (a question, an 答：
answer, a colon turn, a speech verb's subject, a quotation's, an opening quotation then one person,
a sentence about one person then a quotation): ``_turn`` reads colon turns (``[title] NAME：``,
spaced labels ``国务院新闻办新闻局 寿小丽：``, a titled label line), ``_most_named`` whom a Q&A
interview is with. Functions of the walk's state (``walkstate.WalkState``), which they read and update.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Speaker
from .clauses import (
    _ANSWER,
    _BITE,
    _BOOK,
    _BRACKET_TURN,
    _BULLETS,
    _BY_VIEW,
    _HEADLINE_LABEL,
    _IN_VIEW,
    _IN_WORDS,
    _INTERVIEW_HEAD,
    _JOURNALIST,
    _MARKUP_LEAD,
    _MASK,
    _NOBODY,
    _REPORTER,
    _SENTENCE_END,
    _SIGNATURE,
    _SPACED_LABEL,
    _TITLES_LABEL,
    _TURN,
    _VERB_END,
    _VERIFIED,
    _asks_you,
    _described_speech,
    _foreign_label,
    _is_question,
    _no_words_follow,
    _nominal,
    _original_named_label,
    _salutations,
    _strip_adverbials,
    _subjectless,
    _title_inside_label,
    _unbracketed,
)
from .experiencer import moved_after_quote
from .lexicon import (
    BOUNDARY,
    LEAD,
    clean_title,
    data_words,
    person_at_end,
    plausible_name,
    pos_tags,
    surname_of,
    title_end,
)
from .opening import framed_owner
from .quotes import (
    _addressed_in_quote,
    _last_subject_then_quote,
    _name_ends_at,
    _quote_then_subject,
    _verbs_here,
)
from .references import (
    _mentions,
    _named_in_manner,
    _pronoun_in_manner,
    _short_form,
    _sole_holder,
)
from .subjects import (
    _example_giver,
    _leading_person,
    _narrated_then_words,
    _person_after_quote,
    _person_before,
    _subject,
    _subject_then_quote,
    _titled_clause_subject,
)
from .turns import (
    _answer_label,
    _asking_turn,
    _bracket_turn,
    _garbled_label,
    _headline_surname_turn,
    _holder,
    _host,
    _interviewed,
    _named_turn_label,
    _outlet_asks,
    _role_named_label,
    _short_label_turn,
    _soundbite,
    _spaced_title_turn,
    _surname_turn,
    _titled_label,
    _transcript_name,
    cast,
)
from .walkstate import WalkState


def _most_named(state: WalkState) -> Speaker | None:
    """The person the paragraphs before the first question name most often (外交部发言人洪磊
    主持例行记者会。洪磊首先发布消息：…, not 温家宝 of the announcement); a tie is the one of
    them the page's head names, else the salient person if tied, else nobody this way."""
    if not state.named:
        return None
    top = max(state.named.values())
    best = [n for n, c in state.named.items() if c == top]
    if len(best) == 1:
        return Speaker(best[0], state.known.get(best[0]))
    if len(headed := [n for n in best if n in state.headed]) == 1:
        return Speaker(headed[0], state.known.get(headed[0]))
    if state.salient is not None and state.salient.name in best:
        return state.salient
    return None


def _find(state: WalkState, s: str) -> tuple[Speaker | None, str]:
    if _is_question(s) or _asks_you(s) or _asking_turn(state.asking, s) and not _asking_person(state, s) or _outlet_asks(s):
        state.questioned = True
        if not state.interviewing:  # whom the page introduced before the first question (not whom a question names)
            host = _host(state.memo, state.known, state.text, state.head_titles, s)
            state.interviewee = host if host is not _NOBODY else None
            if host is None:
                one = _interviewed(state.memo, state.known, state.text, s)  # two or more interviewed: nobody answers for them all
                state.interviewee = None if one is _NOBODY else one or _most_named(state) or state.salient or state.last_person
            state.interviewing = True
        return None, "question"
    if _ANSWER.match(s):  # 答：… — the person the interview is with (never someone a question named)
        state.answerer = state.answerer or state.interviewee
        return state.answerer, "colon" if state.answerer else ""
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    state.asked = False
    if (sp := _soundbite(state.known, s)) is not None:
        state.quoted_turn = state.bare_turn = state.led_turn = state.bite = state.speech_turn = state.answer_turn = False
        return sp, "colon"
    label = _HEADLINE_LABEL.match(s)  # 原标题：詹书记：… / （原标题：…）: the headline's own turn
    ts = s[label.end() :].rstrip("）) ") if label else s
    if (markup := _MARKUP_LEAD.match(ts)) is not None:  # < strong >梁靖崑: strong > …: a tag's remains before the turn
        ts, label = ts[markup.end() :], markup
    sp = _turn(state, ts, _MASK.sub(lambda m: "\u0000" * len(m.group()), ts) if label else masked)
    if sp is not None:
        # “X：“quote”” is a quotation set off by a colon, not a transcript: nothing follows on
        state.quoted_turn = bool(re.match(r"[^：:]*[：:]\s*[“「\"]", ts))
        words = re.sub(r"^[^：:]*[：:]", "", ts).strip()
        state.bare_turn = not words or words.endswith(("：", ":"))  # 陈强： / 陈强：女士们、先生们：
        if not words and label is None and not _VERB_END.search(re.sub(r"[\s：:]+$", "", ts)):
            state.label_only = True  # [王某]： / 某委新闻发言人、某司副司长 胡某： alone on its line: the words are below
        tm = _TURN.match(masked if not label else ts)
        bracket = _BRACKET_TURN.match(ts)
        spoken = ts[bracket.end() :] if bracket else words
        state.speech_turn = spoken.lstrip().startswith(_salutations())
        state.answer_turn = state.answering  # 新京报：…？ then 鲜祥辉：…: an interview's answer, it goes on
        # (never a turn answering the question just before: an interview's answer goes on)
        state.bite = bool(tm and tm.start(1) > 0 and words and len(words) <= _BITE and not state.answering
                          and len(_SENTENCE_END.findall(words.rstrip("。！？!? "))) <= 1)
        # 以下是行政长官X…的开场发言： then 行政长官：…: a transcript opens, its turns go on
        state.led_turn = state.intro is not None and sp.name == state.intro.name and sp.name not in ts[: len(ts) - len(words)]
        return sp, "colon"
    if state.asked:
        return None, "question"
    if _unread_role_turn(state, masked):
        return None, ""  # 行政长官：主席，林议员提到…: the role's turn, whoever its words name
    books = [m.span() for m in _BOOK.finditer(masked)]
    for vm in _verbs_here(state.known, masked).finditer(masked):
        v = vm.start()
        if any(a < v < b for a, b in books):
            continue  # 《向世界说明中国》: a book's or a programme's name says nothing
        manner = masked[max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0) : v]
        if _nominal(masked, v, vm.group()) and not _name_ends_at(state.known, masked, v) \
                and not _pronoun_in_manner(state.known, manner) \
                and not ("\u0000" not in manner and _named_in_manner(state.memo, state.known, manner)):
            continue  # (not 他一脸忧心的说, 林某谦虚的说: 的 closes the manner, the verb is still speech)
        if _no_words_follow(masked, vm.end()):
            continue  # 签约并发言。/ 等先后发言。: the act of speaking, not what was said
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
        if _subjectless(masked, clause_start, vm):
            continue  # 谢谢主持人，也感谢广大网友…: a verb of thanks opening its clause, no subject of its own
        sp = _subject(state, masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
        if sp is None and masked[clause_start - 1 : clause_start] == "》":
            sp = _titled_clause_subject(state, masked, v, s)
        if sp is not None:
            return sp, "verb"
    if (sp := _example_giver(state, masked, s)) is not None:
        return sp, "verb"
    # 用乡党委书记苏峰的话说，…: the words are that person's
    for wm in _IN_WORDS.finditer(masked):
        sp = person_at_end(wm.group(1).replace("\u0000", ""), state.known)
        if sp is not None:
            return sp, "verb"
    if (iv := _INTERVIEW_HEAD.search(s.strip())) is not None and len(s.strip()) <= 80 and "。" not in s:
        sp = person_at_end(iv.group(1), state.known)
        if sp is not None and (sp.title or sp.name in state.known) and not _JOURNALIST.search(sp.title or ""):
            return sp, "signed"  # …品质越来越高——访德意志会展公司董事会主席约亨·科克勒: the interviewee's words
    signed = state.signed.get(s.strip()) or state.signed.get(s[: m.start()].strip() if (m := _SIGNATURE.search(s.strip())) else "")
    if signed is not None:
        return signed, "signed"
    # 在张三看来，… / 在他看来，…: the view that follows is that person's
    for wm in _IN_VIEW.finditer(masked):
        who = wm.group(1).replace("\u0000", "")
        if who in ("他", "她", "其"):
            sp = _person_before(state, masked[: wm.start()])
            if sp is not None:
                state.via = "pronoun"
                return sp, "verb"
            continue
        sp = person_at_end(who, state.known)
        if sp is not None:
            return sp, "verb"
    for wm in _BY_VIEW.finditer(masked):  # 按照张三的推测，…
        sp = person_at_end(wm.group(1), state.known)
        if sp is not None:
            return sp, "verb"
    # [subject] …：“quote” — 他常常这样给学子们分享人生感悟：“…”
    for cm in re.finditer("[：:](?=\u0000|[“「])|[，,](?=\u0000|[“「])", masked):  # a quotation closed or left open
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, cm.start())), default=0)
        if cm.group() in "，," and (not _described_speech().search(masked, 0, cm.start())
                                   or LEAD.sub("", masked[clause_start : cm.start()]).startswith(("他", "她"))):
            continue  # 郎导给予了金软景极高评价，“…”: a named speaker, words describing what is said, a comma
        sp = _leading_person(state, masked[clause_start : cm.start()], masked[:clause_start])
        if sp is not None:
            return sp, "verb"
    # a sentence about one person, then their words closing the paragraph (王虹都会…走一圈，“…。”)
    if (sp := _narrated_then_words(state, s, masked)) is not None:
        return sp, "narrated"  # (no confirmation of a name jieba alone found once: a comma is no verb)
    # “a long quote” directly followed by a person (“…”泉山镇新西村党支部书记丁丰万正在…).
    for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
        if masked[: qm.start()].rstrip().endswith(("：", ":")):
            continue  # 主持人vs.球评：「…」林某打破胶着: a colon gave the words to what stands before it
        if re.search("[，。！？,!?]", qm.group()):
            after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")  # “…”——店主 俞晓峰
            moved, who = moved_after_quote(state.memo, state.known, masked[qm.end() : qm.end() + 80].replace("\u0000", " "))
            if moved:  # “…”——X的…，令Y印象深刻: Y's reaction
                if who is not None:
                    return who, "after-quote"
                continue
            sp = _person_after_quote(state, after)
            if sp is not None and _addressed_in_quote(qm.group(), sp):
                return None, ""  # “胡法官，多亏了您…”…法官胡健科…: the one spoken to, whoever speaks
            if sp is not None:
                return sp, "after-quote"
    # [title] NAME“quote” with no verb (外交部发言人姜瑜“在…问题上,我比男人更加强硬”): a headline's words
    for qm in re.finditer(r"“[^“”]{8,}”|「[^「」]{8,}」", s):
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, qm.start())), default=0)
        clause = masked[clause_start : qm.start()]
        if "\u0000" in clause or not re.search("[，。！？,!?]", qm.group()):
            continue
        ms = _mentions(state.memo, state.known, clause)  # the clause is the title and the name, nothing else
        if len(ms) == 1 and ms[0][0] + len(ms[0][1].name) == len(clause) and ms[0][1].title \
                and re.sub(r"\s+", "", clause[: ms[0][0]]) == ms[0][1].title:
            return ms[0][1], "after-quote"
    sp = _quote_then_subject(state.memo, state.known, s, masked) or _subject_then_quote(state, s, masked) or _last_subject_then_quote(state.memo, state.known, state.text, state.original, state.names, s, masked)
    if sp is not None:
        return sp, "quote-topic"
    # “开庭！”昨日上午9时30分，…院长高学健敲响法槌…: the sentence framing the words names their speaker
    if (sp := framed_owner(state.memo, state.known, s, masked)) is not None:
        return sp, "quote-topic"
    return None, ""



def _turn(state: WalkState, s: str, masked: str) -> Speaker | None:
    """``[title] NAME：`` opening a paragraph: a transcript turn or a headline's speaker."""
    if (sp := _short_label_turn(state.known, state.text, s)) is not None:
        if sp is _NOBODY:  # 张某（本报记者，以下简称“张”）：… / 张：… — the journalist asks
            state.asked = True
            return None
        return sp  # 容某某（以下简称“容”）：… / 容：…
    if (sp := _surname_turn(state.known, state.turns, s) or _headline_surname_turn(state.known, state.head_text, state.turns, s)) is not None:
        if _JOURNALIST.search(sp.title or ""):
            state.asked = True  # 朱：… — the host (主持人朱煦) asks
            return None
        return sp
    if (sp := _bracket_turn(state.known, state.text, s)) is not None:
        return sp
    if (sp := _garbled_label(state.known, state.turns, s)) is not None:
        # 丁?。…我是某台的主持人丁丁: a host introducing themselves speaks, as 主持人(某某)： does
        if _JOURNALIST.search(sp.title or "") and not _named_host_label(sp, sp.name, state.text):
            state.asked = True
            return None
        return sp
    m = _TURN.match(masked)
    if not m:
        return _spaced_label(state, s) or _spaced_title_turn(state.known, s)
    raw = _unbracketed(re.sub(r"\s+", "", m.group(1)))
    raw = _VERIFIED.sub("", raw)  # 工业和信息化部部长苗圩V：… — a microblog's verified mark, no part of the name
    if (sp := _role_named_label(state.known, s[m.start(1) : m.end()].rstrip("：: "))) is not None:
        # 主持人(曹某某)：… — the role's holder the brackets name; a journalist's such label asks, as 记者张三： does
        if _JOURNALIST.search(sp.title or "") and not _named_host_label(sp, sp.name, state.text):
            state.asked = True
            return None
        return sp
    if raw in _host_roles():  # 主持人：… — the host's turn, named when the page names one host (我是主持人史景红)
        return _named_host(state.known)
    if (sp := _titled_label(state.known, s[m.start(1) : m.end()].rstrip("：: "))) is not None:
        return sp
    if (sp := _title_inside_label(raw)) is not None:
        at, title = state.text.find(s), sp.title or ""
        if at >= 0 and title and raw == s[m.start(1) : m.end(1)]:  # 邱委員文彥: as the page writes it
            head = state.original[at + m.start(1) : at + m.end(1)]
            k = raw.index(title)
            state.names.setdefault(sp.name, head[:k] + head[k + len(title) :])
            state.written.setdefault(sp.name, head[k : k + len(title)])
        return sp
    said = _VERB_END.search(raw)
    if said and said.start() >= 2:
        raw = raw[: said.start()]  # 王建华说：… — the speaker is 王建华, never 华说
    for head in dict.fromkeys((raw, _strip_adverbials(raw))):
        sp = person_at_end(head, state.known) or _short_form(state.known, head)  # 特朗普： for 唐纳德·特朗普
        if sp is None or _opened_by_another(state.known, head, sp):
            continue
        if _JOURNALIST.search(sp.title or state.known.get(sp.name) or "") and not _named_host_label(sp, head, state.text) \
                and not _host_speaks(sp, state.text) and not (head == sp.name and sp.name in cast(state.text)):
            state.asked = True
            return None  # 记者张三：… asks; the interviewee answers
        words = s[m.end() :].strip()
        affiliated = "\u0000" in masked[m.start(1) : m.end()]
        if words.endswith(("?", "？")) and not sp.title and sp.name not in state.known \
                and not _asking_name(state, head, sp, affiliated):
            return None  # an untitled name asking (林海(POLITICO)：大使，…？)
        quoted = words[:1] in ("“", '"', "「")
        named_elsewhere = state.text.count(sp.name) >= 2
        if sp.title or sp.name in state.known or quoted or named_elsewhere and not affiliated:
            return sp
        if _transcript_name(state.turns, head, sp) and not affiliated:
            return sp  # [傅莹]：… among the turns of a transcript: the layout names the speaker
    if "\u0000" not in masked[m.start(1) : m.end()] and (sp := _named_turn_label(state.known, state.text, state.labels, raw)) is not None:
        return sp  # 李某某：… beside 王某某：… — a name labelling turns of its own, asking or answering
    if (sp := _foreign_label(raw, s[m.end() :].strip())) is not None:
        return sp
    if (sp := _original_named_label(raw, s[m.start(1) : m.end()])) is not None:
        return sp
    if (sp := _answer_label(state.known, state.text, state.asking, state.labels, state.answering, raw)) is not None:
        return sp
    if (raw in state.labels or state.turns >= 2) and (sp := _sole_holder(state.known, state.text, raw)) is not None:
        # 总统：… in turns the page labels by post, having named 蔡英文总统: that person; so too a post's
        # label once among a transcript's turns (林某议员：… / 行政长官：… under 以下是行政长官梁某的答问全文：)
        return sp
    return _holder(state.known, state.asks, state.intro, state.announced, raw) or _spaced_label(state, s)


def _unread_role_turn(state: WalkState, masked: str) -> bool:
    """Does the paragraph open with a transcript label that is a role or a post alone (行政长官：,
    主持人：, 市民代表：) on a page of colon turns, a label ``_turn`` named nobody for? The words are
    that role's: a person they name as a speech verb's subject (…林议员点出了…) is cited, not the speaker."""
    m = _TURN.match(masked)
    if m is None or state.turns < 2:
        return False
    raw = _unbracketed(re.sub(r"\s+", "", m.group(1)))
    return raw in _host_roles() or title_end().fullmatch(raw) is not None


def _opened_by_another(known: dict[str, str | None], head: str, sp: Speaker) -> bool:
    """Does a label that ends in a bare name jieba alone tags (no title, not known) open with another
    person jieba tags (夏某|女子组|封后/nr：「…」: a headline's subject, then what they did)? The words
    after its colon are the first person's, if anyone's — never the word read as a second name."""
    if sp.title or sp.name in known or head.startswith(sp.name):
        return False
    tags = pos_tags(head)
    return len(tags) >= 2 and tags[0][1] in ("nr", "nrt", "nrfg") and tags[0][0] != sp.name


def _asking_name(state: WalkState, head: str, sp: Speaker, affiliated: bool) -> bool:
    """丁科源：…吗？ again and again beside the interviewee's turns (严龙宝：…): a bare
    surname-and-name label opening two or more paragraphs of a transcript is the interviewer's
    own turn, named as the page names it — never a label with an outlet (林海(POLITICO)：)."""
    return head in state.labels and not affiliated and _transcript_name(state.turns, head, sp)


def _asking_person(state: WalkState, s: str) -> bool:
    """钱思远：…？ on a page where that label only ever asks: an interviewer named as a person (a
    bare surname-and-name label of the transcript), whose turns are that person's own — not
    凤凰网读书：, 记者：, an outlet or a label with an affiliation in brackets."""
    masked = _MASK.sub(lambda q: "\u0000" * len(q.group()), s)
    m = _TURN.match(masked)
    if m is None:
        return False
    head = _unbracketed(re.sub(r"\s+", "", m.group(1)))
    sp = person_at_end(head, state.known)
    affiliated = "\u0000" in masked[m.start(1) : m.end()]
    if not affiliated and not _JOURNALIST.search(state.known.get(head) or "") \
            and _named_turn_label(state.known, state.text, state.labels, head) is not None:
        return True  # 扎某某亚：…？ beside 崔大使：…, a name the rules do not read alone
    return sp is not None and not sp.title and _asking_name(state, head, sp, affiliated)


@cache  # (read once: called per turn label)
def _host_roles() -> frozenset[str]:
    return frozenset(data_words("turn_roles.txt"))


def _named_host_label(sp: Speaker, head: str, text: str) -> bool:
    """主持人 曲某某：/ 会议主持人某某： — a turn label naming the host (a role of data/turn_roles.txt
    ending the title the label writes) who opens or runs a press event: the host's own words, as
    主持人： is where the page names one host (``_named_host``). Not an interview's host, whose
    turns go on under the name or the surname alone (朱：… asks, 李：… answers): that host asks."""
    title = sp.title or ""
    if not title or not head.endswith(sp.name) or not any(title.endswith(r) for r in _host_roles()):
        return False
    return re.search(f"(?m)^[ \\t]*(?:{re.escape(sp.name)}|{re.escape(sp.name[:1])})[ \\t]*[：:]", text) is None


def _host_speaks(sp: Speaker, text: str) -> bool:
    """崔某某：各位观众，大家下午好！我是崔某某。… — a named host (a role of data/turn_roles.txt ending the
    title) whose turns on the page, under the name or the surname, never ask (no question mark): a
    presenter's own words, an opening or an introduction. A host who asks anywhere is an interviewer,
    whose turns ask (主持人李某：您好… / 李：…有哪些变化？)."""
    title = sp.title or ""
    if not any(title.endswith(r) for r in _host_roles()):
        return False
    labels = f"(?:{re.escape(sp.name)}|{re.escape(sp.name[:1])})"
    turns = re.findall(f"(?m)^[ \\t]*(?:\\S{{0,12}}?{labels})[ \\t]*[：:](.*)$", text)
    return bool(turns) and not any(re.search("[？?]", t) for t in turns)


def _named_host(known: dict[str, str | None]) -> Speaker | None:
    """The one person the page names with a host's title (主持人史景红), or nobody."""
    hosts = [n for n, t in known.items() if t and t.endswith(tuple(_host_roles()))]
    return Speaker(hosts[0], known[hosts[0]]) if len(hosts) == 1 else None


def _spaced_label(state: WalkState, s: str) -> Speaker | None:
    """国务院新闻办新闻局 寿小丽： / 国家防汛抗旱总指挥部秘书长、应急管理部副部长 周学文： alone on
    its line — a press conference transcript's label: a title or the office, a space, a name, the
    colon, and the words in the paragraphs below. The name is one by its surname and shape."""
    line = s.strip().lstrip(_BULLETS + "■▲▼◎※ ")
    m = _SPACED_LABEL.fullmatch(line)
    if m is None:
        return _titled_label_line(state, line)
    office, name = m.group(1), m.group(2)
    if _JOURNALIST.search(office) or _REPORTER.search(office) or not surname_of(name) \
            or not plausible_name(name, state.known, after_title=True):
        return None
    state.label_only = True
    sp = person_at_end(office + name, state.known)
    if sp is not None and sp.name == name and sp.title:
        return sp
    return Speaker(name, state.known.get(name) or clean_title(office) or office)  # the office stands as the title


def _titled_label_line(state: WalkState, line: str) -> Speaker | None:
    """全国政协委员，中国共产党历史展览馆馆长吴向东： alone on its line: its titles (more than one, a
    comma between them) and the name, the colon — the label of the words in the paragraphs below."""
    m = _TITLES_LABEL.fullmatch(line)
    if m is None:
        return None
    sp = person_at_end(m.group(1).split("，")[-1].split(",")[-1], state.known)
    if sp is None or not sp.title or not m.group(1).endswith(sp.name) or _JOURNALIST.search(sp.title) \
            or _REPORTER.search(m.group(1)):
        return None
    state.label_only = True
    return sp

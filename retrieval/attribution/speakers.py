"""Who said it: speaker attribution from the grammar of Chinese news reporting.

Reporting follows a few shapes, and these rules follow the shapes, not particular pages:

* ``[title] NAME [adverbials] VERB``: 南开区委书记马珊珊说 / 古特雷斯在纽约…对媒体记者说 /
  张国平高兴地说 / 陈思雨笑着说 / 据王静介绍 — a speech verb whose clause ends in a person;
* ``“quote” [title] NAME …``: a long quote followed directly by a person;
* ``[title] NAME：`` at the start of a paragraph (transcripts, Q&A, headlines);
* ``他/她 VERB`` resolved to the last person named before it; ``surname + title`` (詹书记,
  王副厅长, 欧阳教授) resolved to the person of that surname and title named earlier; a
  part of a transliterated name (盖茨) to the full name (比尔·盖茨);
* a clause-initial verb (…,明确指出) takes the person its sentence opens with;
* continuation: transcript answers until the next ``X：`` turn, a quote left open at the
  end of a paragraph, and first-person paragraphs after a speaker.

A question turn (记者：…) and group or organisation subjects (大家, 安理会, 该公司, 有关负责人)
have no speaker. Quoted and parenthesised text never attributes. Who counts as a person
is ``lexicon``'s business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Speaker
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    NAME_SEP,
    TIME_LEAD,
    VERBS,
    is_transliterated,
    mentions,
    person_at_end,
    plausible_name,
    simplify_aligned,
    surname_of,
    unnamed_person,
)

_VERB_RE = re.compile(f"(?:{VERBS})")
# 说/称 preceded by these are not speech by a subject (据说, 来说, 小说, 可以说, 声称 is fine).
_NOT_SPEECH = re.compile(r"(?:据|听|来|小|可以|所以|就是|话|虽|不用|再|学|传|邪|解|俗|堪|游|著|昵|统|总|被|尊|简|号|名)$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MASK = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"|（[^（）]*）|\([^()]*\)")
_ADV = re.compile(
    rf"(?:也|还|则|又|都|就|曾|亦|再次|首先|随后|接着|同时|当天|当日|日前|近日|今天|昨天|昨日|今日|纷纷|一致|"
    rf"[上下]午|晚间|\d{{1,2}}日(?:[上下]午|晚)?|\d{{1,2}}月\d{{1,2}}日|[{CJK}]{{1,4}}地|[{CJK}]着|"
    rf"不止一次|多次|一再|一边|[赛会事课]后|进一步|明确|特别|专门|只是|深有感触|心里|能否|"
    rf"在[^，。]{{1,24}}?(?:上|中|时|里|期间|之际|后|前)|在[{CJK}]{{2,14}}|对[{CJK}]{{1,12}}|向[{CJK}]{{1,12}}|"
    rf"(?:在)?接受[{CJK}]{{0,12}}(?:采访|访问|专访|提问)时?|(?:在)?回答[{CJK}]{{0,12}}时|通过[{CJK}]{{1,10}}|"
    rf"代表[{CJK}\d]{{1,16}}|当着[{CJK}]{{1,10}}|就[{CJK}]{{2,20}}|当地时间(?:\d{{1,2}}日)?(?:[上下]午|晚)?|咬牙切齿|非常兴奋|激动|高兴|兴奋|感慨)$"
)
_TAIL_ADV = re.compile(r"..(?:随后|同时|首先|接着|再次|当天|当日|日前|近日|则|也|还|又|都|就|亦|曾)$")
_ADV_SEQ = re.compile(f"(?:{_ADV.pattern[:-1]})+")
_STATEMENT = re.compile(r"^(?:声明|讲话|发言|公告|信中|来信|致辞|文章)$")
_FIRST_PERSON = re.compile(r"我(?![市省区县镇乡村国校院厂司局部军党])|咱")
_REPORTER_Q = re.compile(r"^(?:[^：:，,。]{0,12}记者|问)[：:]")


def _is_question(s: str) -> bool:
    """A reporter's question turn (新华社记者：…, 问：…), not 詹建平告诉记者：“…."""
    m = _REPORTER_Q.match(s)
    return bool(m) and not _VERB_RE.search(m.group()) and not re.search(r"[对向]记者", m.group())
_ANSWER = re.compile(r"^答[：:]")
_TURN = re.compile(r"^(?:[^\s：:|｜]{1,24}(?:\s+|[|｜]))?([^：:，,。\s\u0000|｜]{2,40}?)\s*[：:]")


@dataclass
class Attributor:
    """Reads one document's paragraphs in order and names each paragraph's speaker."""

    known: dict[str, str | None] = field(default_factory=dict)
    last: Speaker | None = None  # speaker of the previous paragraph
    last_mode: str = ""  # how it was found: "verb", "colon", "turn", "quote", "cont", "question"
    last_person: Speaker | None = None  # the last person named at all
    intro: Speaker | None = None  # a person named in the previous paragraph's last sentence
    open_quote: bool = False  # the previous paragraph left a quotation open
    written: dict[str, str | None] = field(default_factory=dict)  # titles as the page writes them
    text: str = ""  # the whole document, simplified
    names: dict[str, str] = field(default_factory=dict)  # names as the page writes them
    answerer: Speaker | None = None  # who gives the 答：… answers of a Q&A interview

    def register(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        self.text = simplify_aligned("\n".join(texts))
        for text in texts:
            s = simplify_aligned(text)
            for _, sp in mentions(_MASK.sub("", s), self.known):
                old = self.known.get(sp.name)
                if sp.title and (old is None or len(sp.title) > len(old) and old in sp.title):
                    self.known[sp.name] = sp.title
                    self.written[sp.name] = _as_written(sp.title, s, text)
                    self.names[sp.name] = _as_written(sp.name, s, text)

    def attribute(self, text: str) -> Speaker | None:
        s = simplify_aligned(text)
        found, mode = self._find(s)
        if found is None:
            found, mode = self._continuation(s)
        if found is not None:
            found = self._canonical(found)
            title = found.title or self.known.get(found.name)
            self.known.setdefault(found.name, title)
            written = _as_written(title, s, text) if title and title in s else self.written.get(found.name, title)
            name = _as_written(found.name, s, text) if found.name in s else self.names.get(found.name, found.name)
            found = Speaker(name, written)
        self.last, self.last_mode = found, mode
        ms = mentions(s, self.known)
        self.last_person = found or (ms[-1][1] if ms else self.last_person)
        # A person named in the closing sentence of a paragraph may speak next (出席了发布会。).
        tail = _SENTENCE_END.split(s.rstrip("。！？!?；; "))[-1]
        self.intro = next((sp for _, sp in reversed(mentions(tail, self.known))), None)
        self.open_quote = s.rfind("“") > s.rfind("”")
        return found

    def _canonical(self, sp: Speaker) -> Speaker:
        """A part of a transliterated name (盖茨) is the full name given earlier (比尔·盖茨)."""
        if sp.name in self.known or is_transliterated(sp.name):
            return sp
        for full, title in self.known.items():
            if is_transliterated(full) and sp.name in re.split(f"[{NAME_SEP}]", full):
                return Speaker(full, title)
        return sp

    def _find(self, s: str) -> tuple[Speaker | None, str]:
        if _is_question(s):
            return None, "question"
        if _ANSWER.match(s):  # 答：… — the person the interview is with
            self.answerer = self.answerer or self.last_person
            return self.answerer, "colon" if self.answerer else ""
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        sp = self._turn(s, masked)
        if sp is not None:
            return sp, "colon"
        for vm in _VERB_RE.finditer(masked):
            v = vm.start()
            if vm.group() in ("说", "称", "介绍", "解释") and _NOT_SPEECH.search(masked[:v]):
                continue
            clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
            sp = self._subject(masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
            if sp is not None:
                return sp, "verb"
        # “a long quote” directly followed by a person (“…”泉山镇新西村党支部书记丁丰万正在…).
        for qm in re.finditer(r"“[^“”]{8,}”", s):
            if re.search("[，。！？,!?]", qm.group()):
                after = masked[qm.end() : qm.end() + 40].lstrip("—-– ")  # “…”——店主 俞晓峰
                sp = self._leading_person(BOUNDARY.split(after)[0])
                if sp is not None:
                    return sp, "verb"
        return None, ""

    def _turn(self, s: str, masked: str) -> Speaker | None:
        """``[title] NAME：`` opening a paragraph: a transcript turn or a headline's speaker."""
        m = _TURN.match(masked)
        if not m:
            return None
        raw = re.sub(r"\s+", "", m.group(1))
        for head in dict.fromkeys((raw, _strip_adverbials(raw))):
            sp = person_at_end(head, self.known)
            if sp is None:
                continue
            quoted = s[m.end() : m.end() + 1] in "“\"「"
            named_elsewhere = self.text.count(sp.name) >= 2
            if sp.title or sp.name in self.known or quoted or named_elsewhere:
                return sp
        return None

    def _subject(self, pre: str, masked: str, clause_start: int, s: str) -> Speaker | None:
        pre = re.sub(r"\s+", "", pre)
        found = []
        for stripped, core in enumerate(_cores(pre)):
            sp = self._subject_core(core, masked, clause_start, s, pre)
            if sp is not None and not _TAIL_ADV.search(sp.name):
                found.append((self._rank(sp), stripped, sp))
        return min(found, key=lambda t: t[:2])[2] if found else None

    def _rank(self, sp: Speaker) -> int:
        """Known names first, then titled names of 2-4 characters, then the rest."""
        if sp.name in self.known:
            return 0
        if is_transliterated(sp.name) or len(sp.name) <= 4 and surname_of(sp.name):
            return 1 if sp.title else 2
        return 3

    def _subject_core(self, core: str, masked: str, clause_start: int, s: str, pre: str) -> Speaker | None:
        core = LEAD.sub("", core)
        if core in ("他", "她"):
            return self._person_before(masked[:clause_start])
        if not core:  # clause-initial verb: the person its sentence opens with
            sent_start = max((b.end() for b in _SENTENCE_END.finditer(masked, 0, clause_start)), default=0)
            if sent_start == clause_start:
                return None
            return self._leading_person(masked[sent_start:clause_start])
        if _STATEMENT.match(core):
            return self.last if self.last_mode == "verb" else None
        sp = person_at_end(core.removeprefix("据"), self.known)
        if sp is not None:
            return sp
        lead = self._leading_person(core)
        if lead is not None and re.search("(?:中|上|时|里|期间|之际|后)$", core):
            return lead  # a person, then an adverbial (…视察天津重要讲话中指出)
        return None

    def _leading_person(self, text: str) -> Speaker | None:
        text = TIME_LEAD.sub("", LEAD.sub("", text.replace("\u0000", "").strip()))
        if text[:1] in ("他", "她") and self.last_person is not None:
            return self.last  # 她停顿了一下,又补充道: the person of the paragraph so far
        for pos, sp in mentions(text, self.known):
            head = text[:pos]
            if not BOUNDARY.search(head) and not _VERB_RE.search(head) and len(head) <= 40:
                return sp
            break
        return None

    def _person_before(self, masked_before: str) -> Speaker | None:
        ms = mentions(masked_before.replace("\u0000", " "), self.known)
        if ms:
            return ms[-1][1]
        import jieba.posseg as pseg

        names = [w for w, f in pseg.lcut(masked_before.replace("\u0000", "，")) if f == "nr"]
        names = [n for n in names if plausible_name(n, self.known, after_title=False)]
        if names:
            return Speaker(names[-1], self.known.get(names[-1]))
        if unnamed_person(masked_before):
            return None  # 患者的女儿刘女士是供肝者。她告诉记者: she has no name here
        return self.last or self.last_person

    def _continuation(self, s: str) -> tuple[Speaker | None, str]:
        """Modes: "turn" continues a transcript answer, "quote" an open quotation, "cont" the rest."""
        if _is_question(s):
            return None, ""
        cand, chain = self.last, self.last_mode in ("colon", "turn")
        if cand is None and self.last_mode == "" and self.intro is not None:
            cand, chain = self.intro, True  # a person introduced, then their words (press conferences)
            if not _FIRST_PERSON.search(_MASK.sub("", s)):
                return None, ""
        if cand is None:
            return None, ""
        if self.open_quote and s.startswith("“"):
            return cand, "quote"
        if chain and not _TURN.match(s):
            return cand, "turn"  # a transcript answer goes on until the next "X：" turn
        if any(sp.name != cand.name for _, sp in mentions(s, self.known)):
            return None, ""
        whole_quote = s.startswith("“") and ("”" not in s or s.rstrip("。 ").endswith("”"))
        if _FIRST_PERSON.search(_MASK.sub("", s)) or whole_quote:
            return cand, "cont"
        return None, ""


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
    return original[pos : pos + len(value)] if pos >= 0 else value


def attribute_document(paragraphs: list[str], context: Iterable[str] = ()) -> list[Speaker | None]:
    """Speakers for a document's paragraphs, in order. ``context`` (the title) seeds names."""
    att = Attributor()
    att.register([*context, *paragraphs])
    return [att.attribute(p) for p in paragraphs]

"""Who said it: speaker attribution from the grammar of Chinese news reporting.

Reporting follows a few shapes, and these rules follow the shapes, not particular pages:

* ``[title] NAME [adverbials] VERB``: 南开区委书记马珊珊说 / 古特雷斯在纽约…对媒体记者说 /
  张国平高兴地说 — a speech verb whose clause ends in a person;
* ``“quote” [title] NAME …``: a long quote followed directly by a person;
* ``[title] NAME：`` at the start of a paragraph (transcripts, Q&A, headlines);
* ``他/她 VERB`` resolved to the last person named before it; ``surname + title`` (詹书记)
  resolved to the person of that surname and title named earlier;
* a clause-initial verb (…,明确指出) takes the person its sentence opens with;
* continuation: transcript answers and first-person paragraphs after a speaker.

A person mention is a title ending in a title word (data/titles.txt) followed by a name,
a name followed by an honorific title (习近平总书记), or a bare name that starts with a
surname (data/surnames.txt), is no group word (data/nonpersons.txt) and that jieba does
not tag as a place or common noun. Quoted and parenthesised text never attributes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .models import Speaker
from .tokenize import to_simplified

CJK = r"\u4e00-\u9fff"
NAME_SEP = "·•\\-－"
VERBS = (
    "告诉记者|介绍说|补充说|回答说|解释说|强调说|表示说|坦言|直言|透露|说道|问道|答道|谈到|谈及"
    "|发表声明|发表讲话|发表演讲|表示|指出|介绍|认为|强调|呼吁|宣布|重申|提出|回应|补充|解释|表态"
    "|感慨|感叹|坦承|称|说|希望|要求|寄语|提醒|建议|承认|发言"
)
_VERB_RE = re.compile(f"(?:{VERBS})")
# 说/称 preceded by these are not speech by a subject (据说, 来说, 小说, 可以说, 声称 is fine).
_NOT_SPEECH = re.compile(r"(?:据|听|来|小|可以|所以|就是|话|虽|不用|再|学|传|邪|解|俗|堪|游|著|昵|统|总|被|尊|简|号|名)$")
_BOUNDARY = re.compile(r"[。！？!?；;，,：:\[\]【】《》\n]|\s{2,}")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_MASK = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"|（[^（）]*）|\([^()]*\)")
_ADV = re.compile(
    rf"(?:也|还|则|又|都|就|曾|亦|再次|首先|随后|接着|同时|当天|当日|日前|近日|今天|昨天|昨日|今日|纷纷|一致|"
    rf"[上下]午|晚间|\d{{1,2}}日(?:[上下]午|晚)?|\d{{1,2}}月\d{{1,2}}日|[{CJK}]{{1,4}}地|不止一次|多次|一再|"
    rf"进一步|明确|特别|专门|只是|深有感触|心里|能否|在[^，。]{{1,24}}?(?:上|中|时|里|期间|之际|后|前)|"
    rf"在[{CJK}]{{2,14}}|对[{CJK}]{{1,12}}|向[{CJK}]{{1,12}}|接受[{CJK}]{{1,12}}采访时|通过[{CJK}]{{1,10}}|"
    rf"代表[{CJK}\d]{{1,16}}|当着[{CJK}]{{1,10}}|咬牙切齿|非常兴奋|激动|高兴|兴奋|感慨)$"
)
_ADV_SEQ = re.compile(f"(?:{_ADV.pattern[:-1]})+")
_LEAD = re.compile(r"^(?:而|但|并|且|对此|随后|同时|此外|另外|最后|其中|就此|为此|今天|昨天|目前|当天)+")
_TIME_LEAD = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|今天|昨天|当天|日前|近日|同一天)+")
_STATEMENT = re.compile(r"^(?:声明|讲话|发言|公告|信中|来信|致辞|文章)$")
_FIRST_PERSON = re.compile(r"我(?![市省区县镇乡村国校院厂司局部军党])|咱")
_REPORTER_Q = re.compile(r"^[^：:，,。]{0,12}记者[：:]")
_AFTER_NAME = re.compile(
    f"(?:{VERBS}|[在对向于从和与、等的曾也还正今昨近日被首随殷心非高兴主出]|\\d|[:：，,。\\s（(“”]|$)"
)
_STRICT_AFTER = re.compile(f"(?:{VERBS}|\\d{{1,2}}日|[:：“])")
_ORG_END = "员会部局院委办厅社所组队团司处省市县区镇乡村党网台报馆站厂场校州"
HONORIFICS = "总书记|主席|总理|副总理|总统|国务委员|委员长|外长|首相|秘书长|大使|书记|部长|市长|省长"


def _data(name: str) -> list[str]:
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    titles = sorted(set(_data("titles.txt")), key=len, reverse=True)
    title_end = re.compile(f"(?:{'|'.join(map(re.escape, titles))})$", re.I)
    title_any = re.compile(f"(?:{'|'.join(map(re.escape, titles))})", re.I)
    return title_end, title_any, frozenset(_data("surnames.txt")), frozenset(_data("nonpersons.txt"))


@lru_cache(maxsize=8192)
def _simplify_char(c: str) -> str:
    s = to_simplified(c)
    return s if len(s) == 1 else c


def simplify_aligned(text: str) -> str:
    """Traditional → simplified one character at a time, so offsets stay aligned."""
    return "".join(_simplify_char(c) for c in text)


_NOT_NAME_FLAGS = {"n", "v", "vn", "d", "c", "p", "ns", "nt", "m", "t", "r", "f", "s", "u", "uj", "ul"}


@lru_cache(maxsize=4096)
def _jieba_says_not_person(word: str) -> bool:
    """jieba's part-of-speech tags: a common word (心态, 首先) or a place (常州) is no name."""
    import jieba.posseg as pseg

    tags = pseg.lcut(word)
    if tags and tags[0].flag in ("p", "c", "u", "r", "d"):
        return True
    return any(len(t.word) >= 2 and t.flag in _NOT_NAME_FLAGS for t in tags)


@lru_cache(maxsize=4096)
def _starts_with_function_word(word: str) -> bool:
    import jieba.posseg as pseg

    tags = pseg.lcut(word)
    return bool(tags) and tags[0].flag in ("p", "c", "u", "r", "d")


def _has_surname(name: str) -> bool:
    surnames = _lexicon()[2]
    return name[:2] in surnames or name[:1] in surnames


def plausible_name(
    name: str, known: dict[str, str | None], after_title: bool, strict: bool = True
) -> bool:
    """Could ``name`` be a person's name? Looser right after a title word."""
    nonpersons = _lexicon()[3]
    if not name or name in nonpersons:
        return False
    if re.search(f"[{NAME_SEP}]", name):
        parts = re.split(f"[{NAME_SEP}]", name)
        return 2 <= len(parts) <= 4 and all(re.fullmatch(f"[{CJK}]{{1,8}}", p) for p in parts)
    if not re.fullmatch(f"[{CJK}]{{2,6}}", name) or name[-1] in _ORG_END:
        return False
    if name in known:
        return True
    if after_title:
        if len(name) <= 4 and _has_surname(name):
            return not name.endswith("们") and not _starts_with_function_word(name)
        if _jieba_says_not_person(name):
            return False
        return strict and not _lexicon()[1].search(name)  # 皮特, 阿尔瓦雷斯: only at a clause end
    return len(name) <= 4 and _has_surname(name) and not _jieba_says_not_person(name)


def clean_title(title: str) -> str | None:
    title = re.sub(r"\s+", "", title)
    title = re.split(r"[的了由据是到]|来到|邀请|称赞|消息|电", title)[-1]
    title = _TIME_LEAD.sub("", _LEAD.sub("", title)).strip("、，, ")
    return title if title and _lexicon()[0].search(title) else None


def person_at_end(pre: str, known: dict[str, str | None]) -> Speaker | None:
    """The person a clause ends with: [title] NAME, NAME + honorific, or a bare name."""
    title_end = _lexicon()[0]
    pre = re.sub(r"\s+", "", pre)
    if not pre:
        return None
    # Shortest name first; a transliterated name (帕丝卡莱·贝里斯维尔) may start anywhere.
    m = re.search(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+$", pre)
    lengths = list(range(2, min(7, len(pre) + 1)))
    if m:
        whole = m.group()
        first = re.split(f"[{NAME_SEP}]", whole)[0]
        lengths = [len(whole) - i for i in range(len(first) - 1, -1, -1)] + lengths
    for k in lengths:
        name, head = pre[-k:], pre[:-k]
        if head and title_end.search(head) and plausible_name(name, known, after_title=True):
            return Speaker(name, clean_title(head) or known.get(name))
    if plausible_name(pre, known, after_title=False):
        return Speaker(pre, known.get(pre))
    # NAME + honorific (习近平总书记) or surname + title (詹书记, 马书记).
    t = title_end.search(pre)
    if t and t.start() > 0:
        name, honorific = pre[: t.start()], t.group()
        if plausible_name(name, known, after_title=False):
            return Speaker(name, known.get(name) or honorific)
        if len(name) == 1:
            for full, title in known.items():
                if full.startswith(name) and title and honorific in title:
                    return Speaker(full, title)
    return None


def mentions(s: str, known: dict[str, str | None]) -> list[tuple[int, Speaker]]:
    """Persons named in simplified text, with offsets: title + name, name + honorific, known names."""
    title_any = _lexicon()[1]
    found: dict[int, Speaker] = {}
    for m in title_any.finditer(s):
        start = m.end()
        while start < len(s) and s[start] == " ":
            start += 1
        tm = re.match(f"[{CJK}]+(?:[{NAME_SEP}][{CJK}]+)+", s[start:])
        lengths = [len(tm.group())] if tm else []
        for k in lengths + [2, 3, 4, 5, 6]:
            name = s[start : start + k]
            follow = s[start + k : start + k + 4]
            strict = bool(_STRICT_AFTER.match(follow))
            if len(name) < k or not plausible_name(name, known, after_title=True, strict=strict):
                continue
            if not _AFTER_NAME.match(follow):
                continue
            clause = _BOUNDARY.split(s[: m.end()])[-1]
            title = clean_title(clause)
            if title:
                found.setdefault(start, Speaker(name, title))
            break
    for m in re.finditer(f"([{CJK}]{{2,3}})(?:{HONORIFICS})", s):
        for k in (3, 2):
            name = m.group(1)[-k:]
            if plausible_name(name, known, after_title=False) and m.end(1) - k not in found:
                found.setdefault(m.end(1) - k, Speaker(name, known.get(name) or s[m.end(1) : m.end()]))
                break
    for name, title in known.items():
        for m in re.finditer(re.escape(name), s):
            if not any(p <= m.start() < p + len(sp.name) for p, sp in found.items()):
                found.setdefault(m.start(), Speaker(name, title))
    return sorted(found.items())


@dataclass
class Attributor:
    """Reads one document's paragraphs in order and names each paragraph's speaker."""

    known: dict[str, str | None] = field(default_factory=dict)
    last: Speaker | None = None  # speaker of the previous paragraph
    last_mode: str = ""  # how it was found: "verb", "colon", "cont"
    last_person: Speaker | None = None  # the last person named at all
    intro: Speaker | None = None  # a person named in the previous paragraph's last sentence
    written: dict[str, str | None] = field(default_factory=dict)  # titles as the page writes them

    def register(self, texts: Iterable[str]) -> None:
        for text in texts:
            s = simplify_aligned(text)
            for _, sp in mentions(_MASK.sub("", s), self.known):
                if sp.title and sp.name not in self.known:
                    self.known[sp.name] = sp.title
                    self.written[sp.name] = _as_written(sp.title, s, text)

    def attribute(self, text: str) -> Speaker | None:
        s = simplify_aligned(text)
        found, mode = self._find(s)
        if found is None:
            found, mode = self._continuation(s)
        if found is not None:
            title = found.title or self.known.get(found.name)
            self.known.setdefault(found.name, title)
            written = _as_written(title, s, text) if title and title in s else self.written.get(found.name, title)
            found = Speaker(_as_written(found.name, s, text), written)
        self.last, self.last_mode = found, mode
        ms = mentions(s, self.known)
        if ms:
            self.last_person = ms[-1][1]
        # A person named in the closing sentence of a paragraph may speak next (出席了发布会。).
        tail = _SENTENCE_END.split(s.rstrip("。！？!?；; "))[-1]
        self.intro = next((sp for _, sp in reversed(mentions(tail, self.known))), None)
        return found

    def _find(self, s: str) -> tuple[Speaker | None, str]:
        if _REPORTER_Q.match(s):
            return None, "question"
        masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
        # [title] NAME： at the start of a paragraph (a 2-character tag may precede it).
        m = re.match("^(?:[^\\s：:]{1,24}\\s+)?([^：:，,。\\s\u0000]{2,40}?)\\s*[：:]", masked)
        if m:
            head = _strip_adverbials(re.sub(r"\s+", "", m.group(1)))
            sp = person_at_end(head, self.known)
            if sp and (sp.title or sp.name in self.known or s[m.end() : m.end() + 1] in "“\"「"):
                return sp, "colon"
        for vm in _VERB_RE.finditer(masked):
            v = vm.start()
            if vm.group() in ("说", "称", "介绍", "解释") and _NOT_SPEECH.search(masked[:v]):
                continue
            clause_start = max((b.end() for b in _BOUNDARY.finditer(masked, 0, v)), default=0)
            sp = self._subject(masked[clause_start:v].replace("\u0000", ""), masked, clause_start, s)
            if sp is not None:
                return sp, "verb"
        # “a long quote” directly followed by a person (“…”泉山镇新西村党支部书记丁丰万正在…).
        for qm in re.finditer(r"“[^“”]{8,}”", s):
            if re.search("[，。！？,!?]", qm.group()):
                sp = self._leading_person(_BOUNDARY.split(masked[qm.end() : qm.end() + 40])[0])
                if sp is not None:
                    return sp, "verb"
        return None, ""

    def _subject(self, pre: str, masked: str, clause_start: int, s: str) -> Speaker | None:
        pre = re.sub(r"\s+", "", pre)
        found = []
        for stripped, core in enumerate(_cores(pre)):
            sp = self._subject_core(core, masked, clause_start, s, pre)
            if sp is not None:
                found.append((self._rank(sp), stripped, sp))
        return min(found, key=lambda t: t[:2])[2] if found else None

    def _rank(self, sp: Speaker) -> int:
        """Known names first, then titled names of 2-4 characters, then the rest."""
        if sp.name in self.known:
            return 0
        if re.search(f"[{NAME_SEP}]", sp.name) or len(sp.name) <= 4 and _has_surname(sp.name):
            return 1 if sp.title else 2
        return 3

    def _subject_core(self, core: str, masked: str, clause_start: int, s: str, pre: str) -> Speaker | None:
        core = _LEAD.sub("", core)
        if core in ("他", "她"):
            return self._person_before(s[:clause_start] + pre, masked[:clause_start])
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
        text = _TIME_LEAD.sub("", _LEAD.sub("", text.replace("\u0000", "").strip()))
        for pos, sp in mentions(text, self.known):
            head = text[:pos]
            if not _BOUNDARY.search(head) and not _VERB_RE.search(head) and len(head) <= 40:
                return sp
            break
        return None

    def _person_before(self, s_before: str, masked_before: str) -> Speaker | None:
        ms = mentions(masked_before.replace("\u0000", " "), self.known)
        if ms:
            return ms[-1][1]
        import jieba.posseg as pseg

        names = [w for w, f in pseg.lcut(masked_before.replace("\u0000", "，")) if f == "nr"]
        names = [n for n in names if plausible_name(n, self.known, after_title=False)]
        if names:
            return Speaker(names[-1], self.known.get(names[-1]))
        return self.last or self.last_person

    def _continuation(self, s: str) -> tuple[Speaker | None, str]:
        if _REPORTER_Q.match(s):
            return None, ""
        cand = self.last
        if cand is None and self.last_mode == "" and self.intro is not None:
            cand = self.intro  # a person introduced, then their words (press conferences)
            if not _FIRST_PERSON.search(_MASK.sub("", s)):
                return None, ""
        if cand is None:
            return None, ""
        if self.last_mode in ("colon", "cont") and self.last is not None and not re.match(r"^[^，。]{1,20}[：:]", s):
            return cand, "cont"  # a transcript answer goes on until the next "X：" turn
        if any(sp.name != cand.name for _, sp in mentions(s, self.known)):
            return None, ""
        if _FIRST_PERSON.search(_MASK.sub("", s)) or s.startswith("“") and "”" not in s:
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
    return _LEAD.sub("", pre)


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

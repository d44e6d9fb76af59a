"""Who a name or a reference means on the page being read (speakers.py's references layer).

Functions over the page's known names (``known``: name → title) and its text, with those passed
in explicitly by ``Attributor``: the mentions of a text remembered per known names
(``_mentions``), a short or partial form of a name read as the full name the page introduced
(盖茨 → 比尔·盖茨, ``_full_name``, ``_short_form``, ``_given_part_form``), surname + title and
role nouns (詹书记, ``_surname_reference``, ``_reference_lead``), the subject opening a clause
(``_clause_opener``, ``_when_subject``, 在…看来), jieba's person tags in a sentence
(``_tagged_names``), and the tests a pronoun's antecedent passes (``_before_pronoun``,
``_object_before``, ``_companion_of``, ``_other_speaker``), a post alone for its one holder
(``_sole_holder``, ``_holds_post``). None of them keeps state of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Speaker
from .clauses import (
    _CAUSATIVE,
    _FIRST_PERSON,
    _KIN,
    _MASK,
    _VERB_RE,
    _companion,
    _nominal,
    _reference_patterns,
    _strip_adverbials,
)
from .lexicon import (
    BOUNDARY,
    CJK,
    LEAD,
    NAME_SEP,
    SIGNALS,
    TIME_LEAD,
    by_address_term,
    by_role,
    by_surname_and_title,
    clause_not_name,
    data_words,
    holds_oblique,
    is_nonperson,
    is_transliterated,
    joined_surnames,
    known_at,
    mentions,
    oblique,
    person_at_end,
    plausible_name,
    pos_tags,
    surname_of,
    title_end,
)


def _names(memo: dict, known: dict[str, str | None], s: str, sp: Speaker) -> bool:
    """Does the paragraph name ``sp`` outside quotations (narrative about them, not their words)?"""
    return any(o.name == sp.name for _, o in _mentions(memo, known, _MASK.sub("", s)))


def _narrates(memo: dict, known: dict[str, str | None], s: str, sp: Speaker) -> bool:
    """Does the paragraph speak of ``sp`` in the third person outside quotations — by name, by
    surname and title (常警官), or, with no first person in it, by the role word their title
    ends in (民警急中生智 after a 派出所民警's turn): narrative about them, not their next words?"""
    if _names(memo, known, s, sp):
        return True
    bare = _MASK.sub("", s)
    role = title_end().search(sp.title or "")
    return bool(role and len(role.group()) >= 2 and role.group() in bare and not _FIRST_PERSON.search(bare))


def _name_line(memo: dict, known: dict[str, str | None], s: str) -> bool:
    """A line that is only a person, with a title (成都市党代会代表 谢莉茹, 樊明武院士): a caption."""
    bare = s.strip()
    if len(bare) > 30 or re.search(r"[。！？!?，,：:“”「」\"]", bare):
        return False
    ms = _mentions(memo, known, bare)
    return bool(ms) and len(bare) - (ms[-1][0] + len(ms[-1][1].name)) <= 3 and ms[-1][1].title is not None


def _mentions(memo: dict, known: dict[str, str | None], text: str) -> list:
    """``lexicon.mentions`` remembered per text while the known names stay the same."""
    key = (text, len(known))
    if key not in memo:
        memo[key] = mentions(text, known)
    return memo[key]


def _surname_reference(known: dict[str, str | None], text: str, original: str, names: dict[str, str], core: str) -> Speaker | None:
    """蒋书记 (the whole subject: a surname and a title word) where the page gave nobody of that
    surname the title but names exactly one person of that surname (蒋锋、徐华勤…等领导):
    that person."""
    ref = _reference_patterns()[0].search(core)
    if ref is None or ref.start() == 0:
        return None
    surname = core[: ref.start()]
    if surname_of(surname) != surname or by_surname_and_title(surname, ref.group(), known) is not None:
        return None
    people = _people_of_surname(known, text, original, names, surname, ref.group())
    if len(people) != 1:
        return None
    # 蒋书记 with no title for 蒋锋 elsewhere: 书记 is what the page calls him (not 郭董's 董)
    return Speaker(people[0], known.get(people[0]) or (ref.group() if title_end().fullmatch(ref.group()) else None))


def _familiar_reference(known: dict[str, str | None], text: str, original: str, names: dict[str, str], core: str) -> Speaker | None:
    """老张, 小李 (the whole subject: a familiar prefix and a surname) where the page names exactly
    one person of that surname (老张全名叫张福锁): that person; nobody where it names none or several."""
    prefix = next((p for p in data_words("familiar_prefixes.txt") if core.startswith(p)), None)
    if prefix is None:
        return None
    surname = core[len(prefix) :]
    if not surname or surname_of(surname) != surname:
        return None
    people = _people_of_surname(known, text, original, names, surname)
    # 老张|便出去: a word jieba reads across the familiar form itself is no second person
    people = [p for p in people if text.count(p) > text.count(prefix + p)]
    return Speaker(people[0], known.get(people[0])) if len(people) == 1 else None


# a rank written before a title word (副厅长, 常务副市长, 代县长), as titles.by_surname_and_title reads it
_RANK_BEFORE_TITLE = re.compile("(?:常务副|常务|副|代)$")


def _known_name_titled(known: dict[str, str | None], core: str) -> Speaker | None:
    """王小战校长, 李文义科长 (the whole subject, or a title before it: 海淀工商消保科李文义科长): a
    name the page knows, then a title word after it — that person, as 习近平总书记 is for the
    honorifics; only a title (or nothing) before the name, so 会见王毅部长 names no subject."""
    m = title_end().search(core)
    if m is None or m.end() != len(core) or m.start() < 2:
        return None
    head = core[: m.start()]
    if (rank := _RANK_BEFORE_TITLE.search(head)) is not None and any(head[: rank.start()].endswith(n) for n in known if len(n) >= 2):
        head = head[: rank.start()]  # 尹洪斌副厅长: the rank (副, 常务副, 代) is the title's, not the name's
    name = max((n for n in known if len(n) >= 2 and head.endswith(n)), key=len, default=None)
    if name is None:
        return None
    before = head[: -len(name)]
    if before and ((t := title_end().search(before)) is None or t.end() != len(before)):
        return None
    return Speaker(name, known.get(name) or m.group())


def _own_title_after(known: dict[str, str | None], sp: Speaker, rest: str) -> int:
    """How long the title right after ``sp``'s name is (尹洪斌|副厅长介绍了…): a title word, perhaps
    with its rank before it (副, 常务副, 代), that the person's own title holds — their title, not
    another person's subject; 0 when none follows."""
    title = sp.title or known.get(sp.name) or ""
    for k in range(min(len(rest), 8), 1, -1):
        word = rest[:k]
        m = title_end().search(word)
        if m is not None and word in title and (not m.start() or _RANK_BEFORE_TITLE.fullmatch(word[: m.start()])):
            return k
    return 0


def _people_of_surname(known: dict[str, str | None], text: str, original: str, names: dict[str, str], surname: str,
                       title: str | None = None) -> list[str]:
    """The names of that surname the page holds: known ones, and those jieba tags as a person
    where the surname stands (蒋锋、徐华勤…等领导: 蒋锋), a surname + title excluded. With ``title``
    (the word of a reference 周局长), also a name the page writes between the surname and that same
    title word (由周卫民局长致辞, jieba reading 周/t 卫民/n: 周卫民)."""
    out = {n for n in known if surname_of(n) == surname and len(n) > len(surname) and not is_transliterated(n)}
    for m in re.finditer(f"{re.escape(surname)}([{CJK}]{{1,2}}){re.escape(title)}" if title else "(?!)", text):
        word = surname + m.group(1)
        if not title_end().search(m.group(1)) and plausible_name(word, known, after_title=False):
            out.add(word)
            names.setdefault(word, original[m.start() : m.start() + len(word)])  # 周衛民 as written
    for m in re.finditer(re.escape(surname), text):
        word, flag = (pos_tags(text[m.start() : m.start() + len(surname) + 3]) or (("", ""),))[0]
        if flag.startswith("nr") and len(surname) < len(word) <= len(surname) + 2 and word.startswith(surname) \
                and not title_end().search(word) and plausible_name(word, known, after_title=False):
            out.add(word)
            names.setdefault(word, original[m.start() : m.start() + len(word)])  # 蔣鋒 as written
    return sorted(out)


def _formed_name(name: str) -> bool:
    """A Chinese name in its fullest usual shape: a surname, then two characters (梁志祥) — not
    two characters, which are as often half a name or a word (刘晏|含, 乌龙, 鲁瓦 of 勒鲁瓦), nor
    four from a one-character surname (全会报告), nor a surname and an address term (王女士)."""
    surname = surname_of(name)
    return surname is not None and len(name) - len(surname) == 2 and not by_address_term(name)


def _count_alone(known: dict[str, str | None], text: str, name: str) -> int:
    """How often the page names ``name`` other than inside a longer name it knows (鲁瓦 in 勒鲁瓦)."""
    longer = [n for n in known if name in n and n != name]
    return text.count(name) - sum(text.count(n) * n.count(name) for n in longer)


def _companion_of(known: dict[str, str | None], bare: str, pos: int, found: Speaker) -> bool:
    """``_companion``, unless the 与 before the name is the person's own title's
    (中国科学院古脊椎动物与古人类研究所研究员徐星: an institute's name, no companion)."""
    for title in (found.title, known.get(found.name)):
        if title and "与" in title and bare[:pos].endswith(title):
            return False
    return _companion(bare, pos) and not _joined_nouns(known, bare, pos)


def _joined_nouns(known: dict[str, str | None], bare: str, pos: int) -> bool:
    """Does the 与 before the name at ``pos`` join two nouns of the name's own title, nobody
    before it (绿色和平气候与能源项目主任周楚涵: an organisation's name), rather than a person
    and a companion (特朗普与英国首相特雷莎•梅, 他与…)? True when the clause opens with the 与-phrase
    — no boundary, no verb, no person before 与 — and the title after 与 runs to the name."""
    clause = BOUNDARY.split(bare[:pos])[-1]
    at = clause.rfind("与")
    head = re.sub(r"\s+", "", clause[:at])
    if not head or len(head) > 12 or re.search("[他她我你们]", head) or _NOT_ORG_HEAD.search(head):
        return False
    if any(name in head for name in known if len(name) >= 2):
        return False
    return not any(flag.startswith("nr") or flag.startswith("v") for _, flag in pos_tags(head))


# a head opening with a preposition (在…与…时, 对…与…): a clause of its own, no name
_NOT_ORG_HEAD = re.compile("[跟同对向在把被将]")


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


def _surname_alone(known: dict[str, str | None], clause: str) -> Speaker | None:
    """A surname, then an adverb (李则称): the one person of that surname the page names
    (李家超), or nobody when it names none or several."""
    surname = surname_of(clause)
    if not surname or len(clause) != len(surname) + 1:
        return None
    people = [(n, t) for n, t in known.items()
              if n != clause and len(n) > len(surname) + 1 and surname_of(n) == surname and not clause_not_name(n)]
    return Speaker(*people[0]) if len(people) == 1 else None


def _canonical(known: dict[str, str | None], sp: Speaker) -> Speaker:
    """A part of a transliterated name (盖茨) is the full name given earlier (比尔·盖茨) — even
    when the page also introduced the part alone (导演诺兰 beside 克里斯托弗·诺兰: one person)."""
    if sp.name in known and (full := _sole_full_form(known, sp.name)) is not None:
        return Speaker(full, known.get(full) or sp.title)  # the title the full name was introduced with
    if (holder := _surname_and_title_end(known, sp.name)) is not None:
        return holder  # 安帅 for the page's 主帅安达臣: a surname, then the last character of that person's title
    if sp.name in known or is_transliterated(sp.name):
        return sp
    for full, title in known.items():
        if is_transliterated(full) and sp.name in re.split(f"[{NAME_SEP}]", full):
            return Speaker(full, title)
    full = _full_name(known, sp.name)
    return Speaker(full, sp.title or known.get(full)) if full else sp


def _surname_and_title_end(known: dict[str, str | None], name: str) -> Speaker | None:
    """A surname and one character, untitled, that ends the title of exactly one person of that
    surname the page introduced with a longer name (安帅 for 主帅安达臣): that person; None when
    the two characters carry a title of their own or when the page titles no one, or several, of
    the surname so."""
    surname = surname_of(name)
    if len(name) != 2 or surname != name[:1] or known.get(name):
        return None
    people = [(n, t) for n, t in known.items()
              if len(n) > 2 and surname_of(n) == surname and t and t.endswith(name[1])]
    return Speaker(*people[0]) if len(people) == 1 else None


def _sole_full_form(known: dict[str, str | None], last: str) -> str | None:
    """The one known transliterated full name whose last part is ``last`` (诺兰 → 克里斯托弗·诺兰),
    when ``last`` is itself a known name of two or more characters written without a separator;
    None when two full names end so. When none ends so, the one whose first part it is, of three
    or more characters (安瓦尔 → 安瓦尔·易卜拉欣: a Malay or Arabic name's given name says who)."""
    if len(last) < 2 or is_transliterated(last) or not re.fullmatch(f"[{CJK}]+", last):
        return None
    fulls = [f for f in known if is_transliterated(f) and re.split(f"[{NAME_SEP}]", f)[-1] == last]
    if not fulls and len(last) >= 3:  # 安瓦尔(总理) beside 安瓦尔·易卜拉欣: a given name that opens one full name
        fulls = [f for f in known if is_transliterated(f) and re.split(f"[{NAME_SEP}]", f)[0] == last]
    return fulls[0] if len(fulls) == 1 else None


def _full_name(known: dict[str, str | None], short: str) -> str | None:
    """A short form of a Chinese name the page wrote in full (林郑 for 林郑月娥: the two surnames
    opening a name of four; 月娥 for it: the given name alone) — only when exactly
    one titled person the page introduced matches, and the short form is no name the page knows
    itself (张伟 is never 张伟明)."""
    if len(short) < 2 or short in known or not re.fullmatch(f"[{CJK}]+", short):
        return None
    fulls = set()
    for full, title in known.items():
        if is_transliterated(full) or len(full) <= len(short) or not title:
            continue
        surname = surname_of(full) or ""
        # 林郑 of 林郑月娥, 欧阳 of 欧阳明高: two surnames (or a compound one) opening a name of four
        double = len(short) == 2 and len(full) == 4 and (short == surname or all(surname_of(c) == c for c in short))
        if full.startswith(short) and double or surname and len(full) - len(surname) >= 2 and full[len(surname):] == short:
            fulls.add(full)
    return fulls.pop() if len(fulls) == 1 else None


def _unnamed_rest(memo: dict, known: dict[str, str | None], text: str) -> str:
    """``text`` without its named persons' titles and names (…总队长陈育坤: no unnamed 陈总 in it)."""
    for pos, sp in reversed(_mentions(memo, known, text)):
        start = max(0, pos - len(sp.title or "")) if text[:pos].endswith(sp.title or "") else pos
        text = text[:start] + "，" + text[pos + len(sp.name) :]
    return text


def _tagged_names(known: dict[str, str | None], sentence: str) -> list[tuple[Speaker, bool]]:
    """Surname-initial names jieba tags as persons in one sentence, each with whether it
    stands as an object or companion (oblique) there."""
    if "nr" not in SIGNALS:
        return []
    out: dict[str, tuple[Speaker, bool]] = {}
    pos = 0
    for tagged, flag in joined_surnames(pos_tags(sentence)):
        word = known_at(sentence, pos, tagged, known) if flag == "nr" else tagged
        if flag == "nr" and plausible_name(word, known, after_title=False):
            out.setdefault(word, (Speaker(word, known.get(word)), oblique(sentence, pos, word)))
        pos += len(tagged)
    return list(out.values())


def _short_form(known: dict[str, str | None], core: str) -> Speaker | None:
    """扎哈罗娃 for the 玛丽亚·扎哈罗娃 the page named: the last part of one known
    transliterated name, alone or right after a title."""
    found = None
    for full, title in known.items():
        if not is_transliterated(full):
            continue
        last = re.split(f"[{NAME_SEP}]", full)[-1]
        if len(last) >= 2 and core.endswith(last) and (core == last or title_end().search(core[: -len(last)])):
            if found is not None and found.name != full:
                return None  # two people share it
            found = Speaker(full, title)
    return found


def _given_part_form(known: dict[str, str | None], core: str) -> Speaker | None:
    """库力加孜拉 for the 库力加孜拉·俄尔斯别克 the page named: a Uyghur or Kazakh name (given
    name, then the father's) is shortened to its first part — the whole subject, three or more
    characters, one known transliterated name's first part and no other's, no name itself."""
    if len(core) < 3 or core in known:
        return None
    found = [(full, title) for full, title in known.items()
             if is_transliterated(full) and re.split(f"[{NAME_SEP}]", full)[0] == core]
    return Speaker(*found[0]) if len(found) == 1 else None


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


def _rank(known: dict[str, str | None], sp: Speaker) -> int:
    """Known names first, then titled names of 2-4 characters, then the rest."""
    if sp.name in known:
        return 0
    if is_transliterated(sp.name) or len(sp.name) <= 4 and surname_of(sp.name):
        return 1 if sp.title else 2
    return 3


def _when_subject(memo: dict, known: dict[str, str | None], before: str) -> Speaker | None:
    """当[title] NAME…时，他…: the pronoun right after a clause of 当…时 means the person that
    clause opens with, its subject — not one named later in it (…主任王赤从…主席白春礼手中接过
    院士证书时，他用这样六个字形容…: 王赤)."""
    m = re.search(r"(?:^|[，,。；;\s\u0000])当([^，,。；;！？!?\u0000]{2,60})时[，,]\s*$", before)
    if m is None:
        return None
    ms = _mentions(memo, known, m.group(1))
    if not ms or ms[0][0] > 24 or BOUNDARY.search(m.group(1)[: ms[0][0]]):
        return None
    head = m.group(1)[: ms[0][0]]
    lead = ms[0][1]
    return lead if not head or lead.title and head.endswith(lead.title) else None


def _role_shared(known: dict[str, str | None], text: str, core: str, holder: Speaker) -> bool:
    """Does the page write the title word of a reference (这位总统) before a name other than
    its one known holder's (美国总统拜登与法国总统马克龙…, 马克龙 a name we could not read):
    then the reference may mean either."""
    m = title_end().search(core)
    if m is None:
        return False
    word = m.group()
    for at in (i.end() for i in re.finditer(re.escape(word), text)):
        after = re.sub(r"\s+", "", text[at : at + 8])
        if after.startswith(holder.name) or after[:1] in ("他", "她"):
            continue
        if any(plausible_name(after[:k], known, after_title=True) and surname_of(after[:k])
               for k in (2, 3)):
            return True
    return False


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


def _describes_opener(sentence: str, sp: Speaker) -> bool:
    """Does ``sentence`` open with a clause ending in its one 的 that describes the person after it
    (夺得男子全马冠军的|埃塞俄比亚跑手某某，…，表示): a verb of data/describing_verbs.txt first, so the
    person is the sentence's subject — not after 是 (…的则是来自巴林的某某: a predicate), nor after a
    word that makes them an object or a companion (与…的: data/oblique.txt)? (The caller makes sure
    no one was named before the sentence, whose subject it could go on with.)"""
    pos = sentence.find(sp.name)
    before = sentence[:pos].replace("\u0000", "")
    head = re.sub(r"\s+", "", before)
    if sp.title and head.endswith(sp.title):
        head = head[: -len(sp.title)]
    head = TIME_LEAD.sub("", LEAD.sub("", head))
    if pos <= 0 or not head.endswith("的") or head.count("的") != 1 or BOUNDARY.search(before) or holds_oblique(head):
        return False
    return head.startswith(_describing_verbs()) and not any(word == "是" for word, _ in pos_tags(head))


@lru_cache(maxsize=1)
def _describing_verbs() -> tuple[str, ...]:
    """The verbs of data/describing_verbs.txt: a clause opening with one describes the person after its 的."""
    return tuple(data_words("describing_verbs.txt"))


def _clause_opener(memo: dict, known: dict[str, str | None], text: str, original: str, names: dict[str, str], clause: str) -> Speaker | None:
    """The one person a clause opens with, by name or by surname and short title (郭董, 纪导 for
    the person the page introduced), when the clause names nobody else."""
    clause = TIME_LEAD.sub("", LEAD.sub("", clause.strip()))
    if not clause or "\u0000" in clause or len(clause) > 40 or clause[:1] in ("他", "她"):
        return None
    ms = _mentions(memo, known, clause)
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
        found = _reference_lead(memo, known, text, original, names, clause)
        if found is None:
            return None
        sp, end = found
    rest = clause[end:]
    if _CAUSATIVE.match(rest) or _KIN.match(rest) or _reference_patterns()[2].search(rest) \
            or any(t.name != sp.name for t, _ in _tagged_names(known, rest)):
        return None  # 孙导的话让队长李强…: someone else may be the subject
    return sp


def _reference_lead(memo: dict, known: dict[str, str | None], text: str, original: str, names: dict[str, str], clause: str) -> tuple[Speaker, int] | None:
    """A surname and short title (郭董, 纪导) within the first characters of a clause that names
    no one else: the person of that surname and title the page introduced, and where the reference ends."""
    for end in range(2, min(len(clause), 7) + 1):
        piece = clause[:end]
        if _reference_patterns()[0].search(piece) is None:
            continue
        sp = person_at_end(piece, known) or _surname_reference(known, text, original, names, piece)
        if sp is None:
            continue
        head = piece[: end - 2]
        if len(head) > 3 or _VERB_RE.search(head) or _mentions(memo, known, clause[end:]):
            return None
        return sp, end
    return None


def _titled_opener(text: str, pos: int, sp: Speaker) -> bool:
    """Does the person's clause open with their title and nothing else before the name
    (候任体育、演艺文化及出版界议员霍启刚则认为): a 及 or 和 inside the title joins no companion."""
    clause = re.sub(r"\s+", "", BOUNDARY.split(text[:pos])[-1])
    return bool(sp.title) and TIME_LEAD.sub("", LEAD.sub("", clause)) == re.sub(r"\s+", "", sp.title)


def _other_speaker(known: dict[str, str | None], text: str, sp: Speaker | None) -> bool:
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
        if sp is not None and (sp.name in core or core in sp.name or by_role(core, known) == sp):
            continue
        if sp is not None and (surname := surname_of(sp.name)) and core.startswith(surname):
            continue  # 詹书记: a reference to the same person
        if not re.fullmatch(f"[{CJK}{NAME_SEP}]+", core):
            continue
        return True
    return False


# 他一脸忧心地(说) / 她语重心长的(表示): the pronoun, then a manner phrase closed by 地 (or 的 as
# colloquial writing uses it) — no possessor (他的), no group (他们), no relative (他父亲激动地)
_MANNER_PRONOUN = re.compile(f"([他她])(?![们的])([{CJK}]{{2,8}}?)[地的]")


# the parts of speech of a manner word before 的 standing for 地 (谦虚, 非常激动, 语重心长)
_MANNER_TAGS = frozenset({"a", "ad", "d", "i", "z", "b"})


def _named_in_manner(memo: dict, known: dict[str, str | None], core: str) -> bool:
    """Is ``core`` a person opening the clause (a time and a title may stand before them), then a manner
    word closed by 的 as colloquial writing uses it for 地 (赛后林某谦虚的(说))? One person, the manner
    two to six characters of adjectives and adverbs — no relative, no title, no 的 inside it."""
    core = TIME_LEAD.sub("", core.strip())
    if not core.endswith(("的", "地")):
        return False
    ms = mentions(core, known) if memo is None else _mentions(memo, known, core)
    if len({sp.name for _, sp in ms}) != 1:
        return False
    pos, sp = ms[0]
    head = core[:pos]
    if head and head != sp.title:
        return False
    manner = core[pos + len(sp.name) : -1]
    if not 2 <= len(manner) <= 6 or "的" in manner or _KIN.search(manner) or title_end().search(manner):
        return False
    tags = pos_tags(manner)
    return bool(tags) and all(flag in _MANNER_TAGS for _, flag in tags)


def _pronoun_in_manner(known: dict[str, str | None], core: str) -> bool:
    """Is ``core`` a 他/她 and a manner phrase before a speech verb (他一脸忧心的说, 她笑着轻声地说)?
    Never when the phrase names anyone, holds a relative or a title (他父亲激动地, 他秘书平静地)."""
    m = _MANNER_PRONOUN.fullmatch(core)
    if m is None:
        return False
    manner = m.group(2)
    if "的" in manner or _KIN.search(manner) or title_end().search(manner):
        return False
    return not mentions(manner, known) and not _tagged_names(known, manner)


# 总统：… / 行政长官表示: a post with no name, that the page gives one person — a post a qualifier
# changes (副院长, 前总统, 代主席) is another post
_QUALIFIED_POST = re.compile("(?:副|代|前|原|总|常务|署理|候任|首席)$")


@lru_cache(maxsize=1)
def _sole_posts() -> tuple[str, ...]:
    return tuple(data_words("sole_posts.txt"))


def _sole_holder(known: dict[str, str | None], text: str, post: str) -> Speaker | None:
    """The one person the page gives the post ``post`` (a title alone, 总统 / 行政长官 / 驻马来西亚
    大使), when exactly one known person's title ends with it unqualified and no other known person's
    title holds it at all (前行政长官何厚铧 beside 行政长官崔世安: two holders, nobody). The post is a
    title word of the lexicon and at least two characters; the journalist's post never."""
    if len(post) < 2 or not title_end().search(post) or not post.endswith(_sole_posts()):
        return None
    holders = [(n, t) for n, t in known.items() if t and _holds_post(t, post)]
    if len(holders) != 1:
        return None
    name, title = holders[0]
    if not title.endswith(post) or _QUALIFIED_POST.search(title[: len(title) - len(post)]):
        return None
    if re.search("记者|编辑|主持", title) or name not in text or _role_shared(known, text, post, Speaker(name, title)):
        return None  # 总统 where the page also writes 美国总统 before a name we could not read: either
    return Speaker(name, title)


def _holds_post(title: str, post: str) -> bool:
    """Does ``title`` give its person the post ``post`` — the post closing the title or one of its
    posts (前总统, 总统兼党主席), not a word of an organisation's or another post's name (总统府秘书长),
    nor words run on after it (a title read across a clause: 蔡英文总统今日上午接受…节目主持人)?"""
    for m in re.finditer(re.escape(post), title):
        rest = title[m.end() :]
        if not rest or re.match(f"[^{CJK}]|[、兼及和暨]", rest):
            return True
    return False


def _unread_subject(known: dict[str, str | None], sentence: str) -> str | None:
    """A name of three characters opening ``sentence`` that the page's known names miss but jieba
    reads as a person (郭|文海一边认真听取发言 — a surname tagged alone, then two characters — or
    李明华 whole): someone a later 他 in the paragraph may mean. Never a word jieba knows whole
    (王府井大街, 张开双臂, 高度重视)."""
    lead = LEAD.sub("", sentence.strip())
    tags = pos_tags(lead[:10])
    if not tags or tags[0][1] != "nr":
        return None
    if len(tags[0][0]) == 3:
        cand = tags[0][0]
    elif len(tags[0][0]) == 1 and len(tags) > 1 and len(tags[1][0]) == 2 and tags[1][1] not in ("v", "vn", "d", "p", "c", "u"):
        cand = tags[0][0] + tags[1][0]
    else:
        return None
    if cand in known or surname_of(cand) != cand[0] or not plausible_name(cand, known, after_title=False):
        return None
    return cand


def _coordinated(memo: dict, known: dict[str, str | None], sentence: str) -> set[str]:
    """The persons a sentence names side by side as its subjects (市长张三与副市长李四出席开幕式:
    张三, 李四) — joined by 和/与/及/、/以及, no speech verb between, neither a companion the
    sentence lists after its subject (李家超联同局长卢宠茂…见记者)."""
    ms = _mentions(memo, known, sentence)
    out: set[str] = set()
    for (p1, a), (p2, b) in zip(ms, ms[1:]):
        between = sentence[p1 + len(a.name) : p2]
        if a.name == b.name or oblique(sentence, p1, a.name):
            continue
        if re.fullmatch(f"[^{CJK}，,。；;]{{0,6}}(?:和|与|及|、|以及)[^，,。]{{0,12}}", between or "-") and not _VERB_RE.search(between):
            out.update((a.name, b.name))
    return out

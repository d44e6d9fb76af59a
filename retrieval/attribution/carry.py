"""Guards on a continuation: a paragraph a speaker's turn would be carried into (it names no speaker
of its own) that is not that speaker's words but the reporter's narration.

At fresh time (bench/unseen_fit.py, batches 13–28) continuation was right 35 times and wrong 18;
most errors carried a speaker into a paragraph that narrates: an event set in time (早在…接警之前，
派出所率先接到了村民王玉英 / 在这个…的夏天，凤凰网与6位…人士对话) or a list of other people
(出席今天发布会的嘉宾有： then …主任医师李景南先生；…). ``carried_doubt`` names the doubt such a
paragraph raises (data/confidence.txt), or None; it never fires where the paragraph quotes words,
writes a first person singular (我, 咱) or names the speaker."""

from __future__ import annotations

import re

from ..models import Speaker
from .clauses import (
    _MASK,
    _SPOKEN,
    _VERB_RE,
    _no_words_follow,
    _nominal,
    _strip_adverbials,
    _whole_quote,
)
from .lexicon import BOUNDARY, CJK, TIME_LEAD, data_words
from .references import _mentions

_COUNTED = "|".join(map(re.escape, sorted(data_words("unnamed_subjects.txt"), key=len, reverse=True)))
# a subject that counts people without naming them: 一位老人, 有村民, 不少居民 (not 有关负责人, 有时)
_UNNAMED = re.compile(f"^(?:{_COUNTED})(?!关|时|些时|点|所|的是)[{CJK}]{{1,10}}$")
_ENDS = "|".join(map(re.escape, sorted(data_words("narration_leads.txt"), key=len, reverse=True)))
# an opening clause of time: 早在/在/当/自/从 … a time word, then a comma (早在秀山消防大队接警之前，)
_SCENE = re.compile(f"^\\s*(?:早在|就在|正在|在|当|自|从)[^，,。；;：:“”「」]{{1,40}}?(?:{_ENDS})[，,]")
# a clock time opening the paragraph (上午10时38分，), or a date (TIME_LEAD) followed by a comma
_CLOCK = re.compile(r"^\s*(?:上午|下午|中午|凌晨|晚上|傍晚|早上|当晚|当天)?\s*\d{1,2}\s*(?:时|点)(?:\d{1,2}\s*分)?(?:许|左右)?[，,]")
_DATE_COMMA = re.compile(r"(?:上午|下午|中午|凌晨|晚上|傍晚|早上|晚间)?[，,]")
_ITEM_SPLIT = re.compile(r"[；;、，,。]")
_HONORIFIC = re.compile(r"(?:先生|女士|同志|教授|博士)?\s*$")
# the speaker's own voice: 我, 咱, or 我们 not as a possessive (我们邀请…, not the reporter's 我们的社会)
_SINGULAR = re.compile(r"(?<!自)我(?!们的|[市省区县镇乡村国校院厂司局部军党])|咱")


def _speaks(s: str) -> bool:
    """Does the paragraph carry words as words: a quotation long enough to be said, or 我 (or
    我们 not as a possessive)?"""
    return bool(_SPOKEN.search(s)) or _whole_quote(s) or bool(_SINGULAR.search(_MASK.sub("", s)))


# a full calendar date opening the paragraph, after a clock's zone (北京时间 2025 年 3 月 28 日 14 时…)
_FULL_DATE = re.compile(r"^(?:[^\s，,。：:]{0,4}时间)?\d{4}年\d{1,2}月\d{1,2}日")


def scene_opening(s: str) -> bool:
    """Does the paragraph open with an adverbial of time that sets a scene (早在…之前，/ 在这个…
    的夏天，/ 上午10时38分，/ 8月31日，/ a full date, comma or not: 北京时间 2025 年 3 月 28 日 14 时…)?"""
    bare = s.strip()
    if _SCENE.match(bare) or _CLOCK.match(bare) or _FULL_DATE.match(re.sub(r"\s+", "", bare[:40])):
        return True
    m = TIME_LEAD.match(bare)  # a date, 今天, 近日 — then a comma (not 今天的发布会, 会上)
    return m is not None and m.end() > 0 and _DATE_COMMA.match(bare, m.end()) is not None


def listed_people(memo: dict, known: dict[str, str | None], bare: str) -> bool:
    """Is the paragraph a list of people and nothing else — at least two items (split at ；、，。)
    each ending with a person named (…研究员方海琴女士；…主任医师李景南先生；…)?"""
    items = [i.strip() for i in _ITEM_SPLIT.split(bare) if i.strip()]
    if len(items) < 2:
        return False
    for item in items:
        core = _HONORIFIC.sub("", item)
        ms = _mentions(memo, known, core)
        if not ms or ms[-1][0] + len(ms[-1][1].name) != len(core):
            return False
    return True


def unnamed_voice(s: str) -> bool:
    """Does the paragraph report the words of people it counts but does not name — a speech verb
    opening it whose subject opens with a count (一位老人说，… / 有村民表示，… / “…”一位村民说。)?
    Only the paragraph's first clause (after a quotation): later ones may be the speaker's report
    of what others said (从传媒报道看到，例如建筑师代表认为…；有旅游界人士则相信…)."""
    masked = _MASK.sub(lambda m: "\u0000" * len(m.group()), s)
    for vm in _VERB_RE.finditer(masked):
        v = vm.start()
        if _nominal(masked, v, vm.group()) or _no_words_follow(masked, vm.end()) and not masked[:v].endswith("\u0000"):
            if not re.match(r"\s*[。！!]?\s*$", masked[vm.end() :]):
                continue
        clause_start = max((b.end() for b in BOUNDARY.finditer(masked, 0, v)), default=0)
        if re.sub(r"[\s\u0000，,。！？!?：:]", "", masked[:clause_start]):
            break  # only the paragraph's own opening subject: not the speaker's report of others (例如建筑师代表认为…)
        raw = re.sub(r"\s+", "", masked[clause_start:v].replace("\u0000", ""))
        core = _strip_adverbials(TIME_LEAD.sub("", raw))
        if core and _UNNAMED.match(core):
            return True
    return False


def carried_doubt(memo: dict, known: dict[str, str | None], s: str, cand: Speaker) -> str | None:
    """The doubt a continuation of ``cand`` into ``s`` raises: "carried-unnamed" when it reports
    the words of people it counts without naming (一位老人说，/ 有村民表示，), "carried-scene" when the paragraph
    opens with a scene of time, "carried-list" when it lists other people (出席今天发布会的嘉宾有：
    then the guests) — each only where nothing in it is spoken words and it does not name ``cand``.
    Other people named in a continued paragraph are no sign alone: a spokesperson's announcements
    name whom they announce (习近平主席将…, 国务院副总理胡春华将…)."""
    bare = _MASK.sub("", s)
    if cand.name in bare:
        return None
    if unnamed_voice(s) and not _SINGULAR.search(bare):
        return "carried-unnamed"  # others' words, even quoted ones (“…”一位村民说。)
    if _speaks(s):
        return None
    if scene_opening(bare):
        return "carried-scene"
    if listed_people(memo, known, bare):
        return "carried-list"
    return None


_BOX = "|".join(map(re.escape, sorted(data_words("box_labels.txt"), key=len, reverse=True)))
# a box's heading opening the paragraph: alone, bracketed or before a colon (背景资料：…, 【链接】, 吴某简历：)
_BOX_HEAD = re.compile(f"^\\s*[【\\[〔]?[^，,。；;：:“”「」【】\\s]{{0,8}}(?:{_BOX})[】\\]〕]?\\s*(?:[：:]|$|(?<=[】\\]〕]))")


def box_heading(s: str) -> bool:
    """Does the paragraph open with the heading of a box beside the article (背景资料：歼-20是…,
    【链接】, 人物简介, data/box_labels.txt)? The box's facts are nobody's words: no speaker's
    turn continues into it or past it until someone is named speaking."""
    return bool(_BOX_HEAD.match(s))

"""Whom a 他/她 means right after a causative clause of feeling: 校长陈国平的讲话让新生周小雨深受
感动，她说… — the pronoun takes up the person moved (the causative's object), not the one whose words
or deeds moved them, though that one opens the clause and is the page's salient person.

``moved_person`` reads the clause just before the pronoun: X[的…] 让/令/使 Y [adverb] FEELING
(data/feelings.txt). When Y names a person (a known name, a titled name, a name jieba tags) that
person is meant; when Y is someone the page does not name (新生, 一位老人) nobody we can name is
meant. A group (大家, 全场观众) is no 他/她: then the clause says nothing of the pronoun."""

from __future__ import annotations

import re

from ..models import Speaker
from .lexicon import BOUNDARY, CJK, data_words
from .references import _mentions, _tagged_names

_FEELING = "|".join(map(re.escape, sorted(data_words("feelings.txt"), key=len, reverse=True)))
# the clause closing ``before``: 让/令/使, the one moved, an optional degree word, the feeling
_MOVED_CORE = (
    f"(?:让|令|使)(?P<obj>[{CJK}·•、]{{1,20}}?)(?:十分|非常|很|特别|格外|更加|更|都|也|深深|倍感|备感|感到|觉得)*"
    f"(?:{_FEELING})"
)
_MOVED = re.compile(_MOVED_CORE + f"[{CJK}]{{0,2}}[，,]\\s*$")
# the same in the sentence that follows a quotation (“…” ——…卡林顿的肌肉，令铜牌得主约恩森印象深刻。)
_MOVED_AFTER = re.compile(_MOVED_CORE + f"[{CJK}]{{0,2}}(?:[。！!；;]|\\s*$)")
# objects that are no one person: a group, a crowd, the reader
_GROUP = re.compile("(?:大家|人们|我们|你们|他们|她们|众人|全场|全体|在场|现场|观众|网友|人人|不少人|许多人|很多人|各界|市民们|群众|与会)")


def moved_person(memo: dict, known: dict[str, str | None], before: str) -> tuple[bool, Speaker | None]:
    """(whether the clause right before a 他/她 moves someone, and whom, if named). ``before``:
    the paragraph up to the pronoun, masked quotations as spaces."""
    clause_start = max((b.end() for b in BOUNDARY.finditer(before.rstrip("，, "))), default=0)
    m = _MOVED.search(before, clause_start)
    if m is None:
        return False, None
    return _moved(memo, known, m)


def moved_after_quote(memo: dict, known: dict[str, str | None], after: str) -> tuple[bool, Speaker | None]:
    """(whether the sentence right after a quotation moves someone, and whom, if named): the words
    are that person's reaction (“我不知道她的肌肉是啥做的。”——…卡林顿的肌肉，令铜牌得主约恩森印象
    深刻), not those of the person whose deed moved them, who opens the sentence."""
    sentence = re.split("[。！？!?]", after, maxsplit=1)[0] + "。"
    m = _MOVED_AFTER.search(sentence)
    return (False, None) if m is None else _moved(memo, known, m)


def _moved(memo: dict, known: dict[str, str | None], m: re.Match) -> tuple[bool, Speaker | None]:
    obj = m.group("obj")
    if _GROUP.search(obj) or obj in ("人", "我", "自己"):  # 让人印象深刻: anyone, no one person
        return False, None
    ms = _mentions(memo, known, obj)
    if ms:
        return True, ms[-1][1]
    tagged = [sp for sp, _ in _tagged_names(known, obj)]
    return True, (tagged[-1] if tagged else None)

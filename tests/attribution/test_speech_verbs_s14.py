"""Session 14 (prose14): verbs that report words only when the words follow at once — 澄清, 分享,
解读 (data/speech_verbs_before_words.txt) and 记得 (data/view_verbs.txt): a named subject, the verb,
then a comma, is that person's speech; the same verbs as narration (记得那天…, 被错误解读) are not.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

HEAD = "新闻发布会在市政府举行"


def _speaker(para: str) -> str | None:
    return speakers_of([HEAD, para])[-1]


def test_set_right_with_the_words_at_once():
    assert _speaker("外界猜测电厂延役与新工厂用电有关。部长刘建华澄清，新工厂是办公室，用电量不高，两者没有关联。") == "刘建华"


def test_shared_account():
    assert _speaker("获得铜牌的运动员陈志强分享，当年第一次参赛失利后压力很大，感谢教练一直支持自己。") == "陈志强"


def test_explained_figures():
    assert _speaker("统计司司长郑永红解读，上半年外贸规模取得新突破，结构实现新优化，展现了较强的韧性。") == "郑永红"


def test_remembered_then_the_clause():
    assert _speaker("小区居民黄志刚记得，以前小区里连路灯都没有，一下雨泥水都漫进楼道里。") == "黄志刚"


def test_remembered_as_narration_is_nobody():
    assert _speaker("小区居民黄志刚记得那天的大雨，泥水漫进楼道，邻居们一起动手清理。") is None


def test_a_thing_explained_is_nobody():
    assert _speaker("这些考古资料可能被错误解读，以及重在打造景点，忽视了保护。") is None

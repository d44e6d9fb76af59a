"""The figure a question asks is held by a page writing it another way (``answering.holds_kind``,
``holds_count``): a time of day (10:30, 明早6时, 8点半) for 几点 or 什么时候, a share in per cent
(97%) for 几成, a date with spaces around its figures (2023 年 12 月) for 何时 — no false
「未提到：几点」 under the answer. Invented text only."""

from __future__ import annotations

from retrieval.search.answering import holds_count, holds_kind
from retrieval.search.intent import parse


def test_a_time_of_day_answers_when_and_what_time():
    when, clock = parse("信号要挂到什么时候?"), parse("骑手从几点开始接单?")
    assert holds_kind("信号会至少维持至明早6时。", when)
    assert holds_count("每天从10:30上线，忙到22:30。", clock)
    assert holds_count("早上8点半出门", clock)
    assert not holds_kind("工程用了3小时", when)


def test_a_share_in_per_cent_answers_how_many_tenths():
    share = parse("中小企业占全部企业的几成?")
    assert holds_count("中小企业占企业总数的97%", share)
    assert not holds_count("中小企业数量很多", share)


def test_a_date_with_spaces_answers_when():
    when = parse("基地何时投产?")
    assert holds_kind("计划 2023 年 12 月部分产线投产运营", when)
    assert not holds_kind("计划 12 月部分产线投产", parse("基地是哪一年投产的?"))

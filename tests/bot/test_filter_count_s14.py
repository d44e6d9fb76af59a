"""Setting a filter says how many passages it keeps, and warns when it keeps none.

/filter 朱凯 2099年 (a typo'd year, a name with a month it never spoke in) was confirmed 「✅ 已设置」,
and every following question then found nothing. The confirmation (bot /filter, shell :filter)
now counts the passages the filters keep and, when none, says so with how to clear them.
"""

from __future__ import annotations

import io

from retrieval.cli.shell import run_shell


async def test_a_filter_keeping_passages_counts_them(private_reply, seed_retriever):
    n = len(seed_retriever.speaker_passages("朱凯"))
    text = await private_reply("/filter 朱凯")
    assert "已设置" in text and f"共 {n} 段" in text and "没有符合" not in text


async def test_a_filter_keeping_nothing_is_warned_of(private_reply):
    text = await private_reply("/filter 朱凯 2099年")
    assert "没有符合" in text and "/filter clear" in text


def test_the_shell_warns_too(seed_retriever):
    out = io.StringIO()
    run_shell(seed_retriever, top_k=3, stdin=io.StringIO(":filter 朱凯 2099年\n:filter clear\n:filter 朱凯\n"), stdout=out)
    first, _, second = out.getvalue().strip().split("\n\n")[:3]
    assert "没有符合" in first and ":filter clear" in first
    assert "共 1 段" in second and "没有符合" not in second

"""Unknown or misspelt commands (issue 12, item 6), end to end through the loopback Bot API
server: one line with the closest command and /help; in groups only when addressed to this bot."""

from __future__ import annotations

import asyncio

import pytest
from conftest import polled, search_settings

from bot import suggest
from bot.app import build_application
from bot.settings import Settings

ADMIN = 4242


@pytest.fixture
async def polling(api, seed_retriever):
    settings = Settings(token=api.token, api_base_url=api.base_url, search=search_settings(), admin_ids=frozenset({ADMIN}))
    app = build_application(settings, seed_retriever)
    async with polled(app) as running_app:
        yield running_app


async def said(api, text: str, chat: dict, sender: dict | None = None, count: int = 1) -> str:
    api.push_message(text, chat, sender=sender)
    call = await asyncio.to_thread(api.wait_for, "sendMessage", lambda c: c.get("chat_id") == chat["id"], 10, count)
    return call["text"]


@pytest.mark.parametrize("text, expected", [
    ("/speeker 朱凯", "没有 /speeker 这个命令，是想用 <code>/speaker 朱凯</code> 吗？全部命令见 /help。"),
    ("/hlep", "没有 /hlep 这个命令，是想用 <code>/help</code> 吗？全部命令见 /help。"),
    ("/sorces", "没有 /sorces 这个命令，是想用 <code>/sources</code> 吗？全部命令见 /help。"),
    ("/foo", "没有 /foo 这个命令。全部命令见 /help。"),
    ("/stat", "没有 /stat 这个命令，是想用 <code>/start</code> 吗？全部命令见 /help。"),  # /stats is for admins only
    ("/speeker <b>&", "没有 /speeker 这个命令，是想用 <code>/speaker &lt;b&gt;&amp;</code> 吗？全部命令见 /help。"),
])
async def test_an_unknown_command_in_private_gets_the_closest_command_and_help(polling, api, text, expected):
    assert await said(api, text, api.private_chat()) == expected


async def test_admins_are_also_offered_the_admin_commands(polling, api):
    admin = api.private_chat(ADMIN)
    assert "<code>/stats</code>" in await said(api, "/stat", admin, sender=api.user(ADMIN))


async def test_in_a_group_only_a_command_addressed_to_this_bot_is_answered(polling, api):
    group, me = api.group_chat(), api.bot["username"]
    api.push_message("/foo", group)  # maybe another bot's: silence
    api.push_message("/speeker@some_other_bot 朱凯", group)
    reply = await said(api, f"/speeker@{me} 朱凯", group)
    assert reply == "没有 /speeker 这个命令，是想用 <code>/speaker 朱凯</code> 吗？全部命令见 /help。"
    api.push_message(f"/help@{me}", group)  # a known command still works (and proves the first two were read)
    await asyncio.to_thread(api.wait_for, "sendMessage", lambda c: "怎么用" in c["text"])
    assert len(api.requests("sendMessage")) == 2


async def test_known_commands_and_other_bots_commands_in_private_are_not_called_unknown(polling, api):
    chat = api.private_chat()
    api.push_message("/help@some_other_bot", chat)
    assert (await said(api, "/HELP", chat)).startswith("<b>怎么用</b>")
    assert len(api.requests("sendMessage")) == 1


def test_parse_and_closest():
    assert suggest.parse("/speeker@Bot 朱 凯") == suggest.Command("speeker", "Bot", "朱 凯")
    assert suggest.parse("hello") is None and suggest.parse("/") is None
    assert suggest.for_me(suggest.parse("/x@yanlu_BOT"), "Yanlu_bot", private=False)
    assert not suggest.for_me(suggest.parse("/x"), "yanlu_bot", private=False)
    assert suggest.closest("SPEEKER", ["speaker", "speakers"]) == "speaker"

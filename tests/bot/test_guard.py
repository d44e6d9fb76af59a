"""Abuse: the per-user rate limit (one notice per window) and the allow-list of a private deployment."""

from __future__ import annotations

import dataclasses

import pytest
from botapi_server import FakeBotAPI
from conftest import search_settings
from telegram import Update

from bot import guard
from bot.app import build_application
from bot.settings import Settings
from bot.state import state_of
from retrieval.errors import SettingsError

QUESTION = "天开西青园引进了多少项目"
TOKEN = "123456:FAKE-settings-token-for-tests"


class Clock:
    """A clock the test moves by hand (no sleeping, no timed assertions)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


async def make_app(api, seed_retriever, clock, **settings):
    app = build_application(Settings(token=api.token, api_base_url=api.base_url, search=search_settings(), **settings),
                            seed_retriever)
    state_of(app).guard.clock = clock
    await app.initialize()
    return app


@pytest.fixture
async def app(api, seed_retriever, clock):
    application = await make_app(api, seed_retriever, clock)
    yield application
    await application.shutdown()


async def deliver(app, update: dict) -> None:
    await app.process_update(Update.de_json({"update_id": 1, **update}, app.bot))


def texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [c["text"] for c in api.requests("sendMessage") if c["chat_id"] == chat_id]


async def ask_private(app, api, uid: int, text: str = QUESTION) -> None:
    await deliver(app, {"message": api.message(text, api.private_chat(uid), sender=api.user(uid))})


# -- rate limit ------------------------------------------------------------------------------------

async def test_a_flooding_user_gets_20_answers_and_one_notice_per_window(app, api, clock):
    for _ in range(35):
        await ask_private(app, api, 1001)
    replies = texts(api, 1001)
    assert len(replies) == 21
    assert all("300余个" in r for r in replies[:20])
    assert replies[20].startswith("🐢 你提问太快了：每分钟最多 20 个问题。请 60 秒后再问")
    assert state_of(app).stats.limited == 15 and state_of(app).stats.questions == 20

    clock.now += 30
    await ask_private(app, api, 1001)
    assert len(texts(api, 1001)) == 21  # still the same window: silence

    clock.now += 30  # a new window: answered again, and a new notice is possible
    for _ in range(22):
        await ask_private(app, api, 1001)
    replies = texts(api, 1001)
    assert len(replies) == 21 + 21 and replies[-1].startswith("🐢")


async def test_the_notice_says_how_long_to_wait(app, api, clock):
    for _ in range(20):
        await ask_private(app, api, 1001)
    clock.now += 45
    await ask_private(app, api, 1001)
    assert "请 15 秒后再问" in texts(api, 1001)[-1]


async def test_users_have_separate_budgets(app, api):
    for _ in range(25):
        await ask_private(app, api, 1001)
    await ask_private(app, api, 1002)
    assert len(texts(api, 1002)) == 1 and "300余个" in texts(api, 1002)[0]


async def test_commands_count_too_and_buttons_do_not(app, api):
    for _ in range(10):
        await ask_private(app, api, 1001, "/speakers")
        await ask_private(app, api, 1001, "/start")
    await ask_private(app, api, 1001, "/help")
    assert len(texts(api, 1001)) == 21 and texts(api, 1001)[-1].startswith("🐢")


async def test_group_spam_over_the_limit_gets_no_notice(app, api):
    group = api.group_chat()
    sender = api.user(3003, "老张", None)
    for _ in range(30):
        await deliver(app, {"message": api.message(f"/ask {QUESTION}", group, sender=sender)})
        await deliver(app, {"message": api.message("闲聊不算问题", group, sender=sender)})
    replies = texts(api, group["id"])
    assert len(replies) == 20 and all("300余个" in r for r in replies)
    assert texts(api, 3003) == []  # no notice in private either


async def test_inline_queries_have_their_own_larger_budget_and_one_hint(app, api):
    for k in range(65):
        await deliver(app, {"inline_query": {"id": f"i{k}", "from": api.user(), "query": QUESTION, "offset": ""}})
    answers = api.requests("answerInlineQuery")
    assert len(answers) == 61
    assert all(a["results"] for a in answers[:60])
    assert answers[60]["results"] == [] and answers[60]["button"]["text"] == guard.INLINE_TOO_FAST
    await ask_private(app, api, 1001)  # questions in chat are a separate budget
    assert "300余个" in texts(api, 1001)[0]


async def test_a_limit_of_zero_turns_it_off(api, seed_retriever, clock):
    app = await make_app(api, seed_retriever, clock, rate_limit=0)
    try:
        for _ in range(45):
            await ask_private(app, api, 1001)
    finally:
        await app.shutdown()
    assert len(texts(api, 1001)) == 45


def test_rate_limit_memory_is_bounded():
    g = guard.Guard(limit=1, size=100, clock=Clock())
    for uid in range(1000):
        g.check(("ask", uid))
    assert len(g) == 100
    assert g.check(("ask", 999)) is guard.Verdict.NOTICE  # the newest are remembered
    assert g.check(("ask", 0)) is guard.Verdict.OK  # the oldest were forgotten


# -- allow-list ------------------------------------------------------------------------------------

@pytest.fixture
async def private_app(api, seed_retriever, clock):
    application = await make_app(api, seed_retriever, clock, allowed_chats=frozenset({1001, -100200}),
                                 admin_ids=frozenset({4242}))
    yield application
    await application.shutdown()


async def test_listed_chats_are_answered(private_app, api):
    await ask_private(private_app, api, 1001)
    await deliver(private_app, {"message": api.message(f"/ask {QUESTION}", api.group_chat(-100200))})
    assert "300余个" in texts(api, 1001)[0] and "300余个" in texts(api, -100200)[0]


async def test_an_unlisted_private_chat_gets_one_polite_refusal(private_app, api):
    for text in (QUESTION, "/start", QUESTION):
        await ask_private(private_app, api, 2002, text)
    assert texts(api, 2002) == [guard.PRIVATE_ONLY]
    assert state_of(private_app).stats.refused == 3


async def test_an_unlisted_group_gets_silence(private_app, api):
    group = api.group_chat(-100300)
    await deliver(private_app, {"message": api.message(f"/ask {QUESTION}", group)})
    await deliver(private_app, {"message": api.message(f"@{api.bot['username']} {QUESTION}", group)})
    assert api.requests("sendMessage") == []


async def test_an_admin_is_answered_in_private_even_if_unlisted(private_app, api):
    await ask_private(private_app, api, 4242)
    assert "300余个" in texts(api, 4242)[0]


async def test_unlisted_users_get_empty_inline_answers_and_silent_buttons(private_app, api):
    await deliver(private_app, {"inline_query": {"id": "x", "from": api.user(2002), "query": QUESTION, "offset": ""}})
    [answer] = api.requests("answerInlineQuery")
    assert answer["results"] == [] and answer.get("button") is None
    await ask_private(private_app, api, 1001, "新质生产力")
    [reply] = api.requests("sendMessage")
    data = reply["reply_markup"]["inline_keyboard"][-1][-1]["callback_data"]
    elsewhere = {**reply.result, "chat": api.private_chat(2002)}
    await deliver(private_app, {"callback_query": {"id": "c", "from": api.user(2002), "chat_instance": "c",
                                                  "message": elsewhere, "data": data}})
    [callback] = api.requests("answerCallbackQuery")
    assert callback.get("text") is None and api.requests("editMessageText") == []


# -- settings --------------------------------------------------------------------------------------

def test_rate_limit_and_allowed_chats_settings(tmp_path):
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "QA_RATE_LIMIT": "5", "QA_ALLOWED_CHATS": "12345, -1001234567890",
                           "TELEGRAM_RETRY_SECONDS": "60"})
    assert (s.rate_limit, s.allowed_chats, s.retry_seconds) == (5, frozenset({12345, -1001234567890}), 60.0)
    d = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert (d.rate_limit, d.allowed_chats, d.retry_seconds) == (20, frozenset(), 300.0)
    assert dataclasses.replace(d, rate_limit=0).rate_limit == 0


@pytest.mark.parametrize("key, value", [("QA_RATE_LIMIT", "-1"), ("QA_RATE_LIMIT", "lots"),
                                        ("QA_ALLOWED_CHATS", "my-group"), ("TELEGRAM_RETRY_SECONDS", "soon")])
def test_malformed_guard_settings_say_what_to_set(key, value):
    with pytest.raises(SettingsError, match=key):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, key: value})


def test_the_env_example_documents_every_new_setting():
    from conftest import ROOT

    text = (ROOT / ".env.example").read_text("utf-8")
    for key in ("QA_RATE_LIMIT=", "QA_ALLOWED_CHATS=", "TELEGRAM_RETRY_SECONDS=", "QA_ADMIN_IDS=", "QA_CACHE_DIR="):
        assert key in text, key


def test_clean_drops_invisible_characters_only():
    assert guard.clean("\u202e天开\u200b西青园\u2066 \u3000 项目\ufeff\n") == "天开西青园 项目"
    assert guard.clean("👨‍👩‍👧") == "👨👩👧"  # joiners go, the people stay
    assert guard.clean("a\x00b\x07c") == "abc"

"""The bot's HTTP client (bot/network.py ``TrackedRequest``) against the loopback Bot API server:
parameters arrive intact as JSON, no more requests are in flight than its connections, a request
that finds none free within the pool timeout fails as PTB's does (without counting as an outage),
and it serves again after a shutdown, on a new event loop.
"""

from __future__ import annotations

import asyncio
import threading

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.error import TimedOut

from bot.network import ApiHealth, TrackedRequest


def _blocking_send(release: threading.Event):
    """A sendMessage handler that holds each request until ``release``; returns (handler, entered, state):
    ``entered`` is released once per request that reached the server, ``state["most"]`` is the most held at once."""
    lock, entered, state = threading.Lock(), threading.Semaphore(0), {"inside": 0, "most": 0}

    def handler(params: dict) -> dict:
        with lock:
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
        entered.release()
        release.wait(30)
        with lock:
            state["inside"] -= 1
        return {"message_id": 1, "date": 0, "chat": {"id": params["chat_id"], "type": "private"}, "text": params["text"]}

    return handler, entered, state


async def _entered(sem: threading.Semaphore) -> None:
    assert await asyncio.to_thread(sem.acquire, True, 30), "the server never saw the request"


async def test_parameters_arrive_intact_as_json(api):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("全文 1", callback_data="f:k3x9a:0"),
                                    InlineKeyboardButton("更多 ▸", callback_data="p:k3x9a:3")]])
    text = "🔎 <b>天开西青园引进了多少项目</b> &amp; “300余个” " + "驱动效应逐步显现。" * 300
    async with Bot(api.token, base_url=api.base_url, request=TrackedRequest(ApiHealth(), connection_pool_size=2)) as bot:
        sent = await bot.send_message(1001, text, parse_mode="HTML", reply_markup=markup,
                                      link_preview_options=LinkPreviewOptions(is_disabled=True))
    call = api.wait_for("sendMessage")
    assert call.params["text"] == text
    assert call.params["chat_id"] == 1001
    assert call.params["reply_markup"] == markup.to_dict()
    assert call.params["link_preview_options"] == {"is_disabled": True}
    assert sent.text == text and sent.reply_markup == markup


async def test_no_more_requests_in_flight_than_connections(api):
    release = threading.Event()
    handler, entered, state = _blocking_send(release)
    api.handlers["sendMessage"] = handler
    request = TrackedRequest(ApiHealth(), connection_pool_size=2, pool_timeout=None)
    async with Bot(api.token, base_url=api.base_url, request=request) as bot:
        sends = [asyncio.ensure_future(bot.send_message(1001, f"第{k}条")) for k in range(6)]
        await _entered(entered)
        await _entered(entered)  # two requests are held at the server; the other four wait in the client
        release.set()
        done = await asyncio.gather(*sends)
    assert len(done) == 6
    assert state["most"] == 2


async def test_no_free_connection_within_the_pool_timeout_is_ptbs_timeout_and_no_outage(api):
    release = threading.Event()
    handler, entered, _ = _blocking_send(release)
    api.handlers["sendMessage"] = handler
    health = ApiHealth()
    request = TrackedRequest(health, connection_pool_size=1, pool_timeout=0.2)
    async with Bot(api.token, base_url=api.base_url, request=request) as bot:
        first = asyncio.ensure_future(bot.send_message(1001, "一"))
        await _entered(entered)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(1001, "二")
        assert health.up and health.failed_requests == 0  # a busy pool is ours, not Telegram's
        release.set()
        await first
    assert [c.params["text"] for c in api.calls if c.method == "sendMessage"] == ["一"]


def test_serves_again_after_a_shutdown_on_a_new_event_loop(api):
    request = TrackedRequest(ApiHealth(), connection_pool_size=2)

    async def once(text: str) -> None:
        async with Bot(api.token, base_url=api.base_url, request=request) as bot:
            await bot.send_message(1001, text)

    asyncio.run(once("一"))
    asyncio.run(once("二"))
    assert [c.params["text"] for c in api.calls if c.method == "sendMessage"] == ["一", "二"]

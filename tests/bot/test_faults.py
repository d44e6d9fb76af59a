"""Bot API faults injected by the loopback server, against the real runner (``Runner``: PTB's run_polling):
429, 500/502, timeouts, connection refused at start-up and mid-run, 403, 400 on an edit.

None stops the bot; a reply that failed temporarily is sent once the API is back, exactly once;
a permanent failure is one WARNING line with the chat id; the token is in no log line at DEBUG.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from botapi_server import FakeBotAPI
from conftest import search_settings

from bot import logs
from bot.app import Runner, build_application
from bot.settings import Settings
from bot.state import state_of

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*timedelta")  # PTB's RetryAfter() reads its own retry_after

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "天开西青园引进了多少项目"
LONG_TOKEN = "987654:FAKE-secret-half-for-redaction-tests"
SECRET_HALF = LONG_TOKEN.split(":")[1]


async def until(predicate, timeout: float = 15.0, what: str = "condition") -> None:
    """Wait (without blocking the loop) until ``predicate()`` holds; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} never held")
        await asyncio.sleep(0.02)


async def wait_for(api: FakeBotAPI, method: str, where=lambda c: True, count: int = 1, timeout: float = 15.0):
    return await asyncio.to_thread(api.wait_for, method, where, timeout, count)


def ok_to(chat_id: int):
    return lambda c: c.status == 200 and c.get("chat_id") == chat_id


def replies(api: FakeBotAPI, chat_id: int) -> list:
    return [c for c in api.requests("sendMessage") if c.status == 200 and c.get("chat_id") == chat_id]


@contextlib.asynccontextmanager
async def running(api: FakeBotAPI, retriever, **overrides):
    """The bot as ``python -m bot`` runs it (Runner: PTB's run_polling with start-up retries, graceful
    stop), in a thread of its own with its own event loop, as in production."""
    settings = Settings(token=api.token, api_base_url=api.base_url, search=search_settings(), typing_delay=30.0, **overrides)
    app = build_application(settings, retriever)
    app.bot.rate_limiter.backoff = 0.1  # retry sooner than in production (0.5 s doubling)
    runner, failed = Runner(app, settings), []

    def serve() -> None:
        try:
            runner.run(signals=())
        except BaseException as exc:  # reported to the test below
            failed.append(exc)

    thread = threading.Thread(target=serve, name="bot", daemon=True)
    thread.start()
    try:
        yield app
    finally:
        runner.stop()
        await asyncio.to_thread(thread.join, 30)
    assert not thread.is_alive(), "the bot did not stop"
    if failed:
        raise failed[0]


def records(caplog, level=logging.WARNING, name: str = "bot") -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level and r.name.startswith(name)]


def errors(caplog) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


class Gated:
    """The real retriever, whose search of QUESTION waits for the test to open a gate."""

    def __init__(self, real):
        self.real, self.entered, self.gate = real, threading.Event(), threading.Event()

    def search(self, question, top_k=3, speaker=None, **filters):
        if question == QUESTION:
            self.entered.set()
            self.gate.wait(20)
        return self.real.search(question, top_k, speaker, **filters)

    def __getattr__(self, name):
        return getattr(self.real, name)


# -- transient faults: retried, answered once ------------------------------------------------------

async def test_429_is_waited_out_and_answered_once(api, seed_retriever, caplog):
    caplog.set_level(logging.INFO)
    api.fail("sendMessage", 429, retry_after=1)
    async with running(api, seed_retriever) as app:
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", ok_to(1001))
    assert [c.status for c in api.requests("sendMessage")] == [429, 200]
    assert "300余个" in replies(api, 1001)[0]["text"]
    assert any("flood limit on sendMessage (chat 1001)" in m for m in records(caplog, logging.INFO))
    assert errors(caplog) == [] and state_of(app).stats.undeliverable == 0


@pytest.mark.parametrize("statuses", [(500,), (502, 502), (500, 502, 503)])
async def test_5xx_replies_are_retried_and_sent_once(api, seed_retriever, caplog, statuses):
    caplog.set_level(logging.INFO)
    for status in statuses:
        api.fail("sendMessage", status)
    async with running(api, seed_retriever) as app:
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", ok_to(1001))
        api.push_message("新质生产力", api.private_chat(1002), sender=api.user(1002))  # a later question: no duplicate
        await wait_for(api, "sendMessage", ok_to(1002))
    assert [c.status for c in api.requests("sendMessage") if c["chat_id"] == 1001] == [*statuses, 200]
    assert len(replies(api, 1001)) == 1 and len(replies(api, 1002)) == 1
    assert any(m.startswith("Bot API unreachable (HTTP 5") for m in records(caplog))
    assert any("went through after" in m for m in records(caplog, logging.INFO))
    assert errors(caplog) == [] and state_of(app).stats.errors == 0


async def test_get_updates_failures_lose_and_repeat_nothing(api, seed_retriever, caplog):
    api.fail("getUpdates", 502, times=2)
    api.push_message(QUESTION)
    api.push_message("新质生产力", api.private_chat(1002), sender=api.user(1002))
    async with running(api, seed_retriever):
        await wait_for(api, "sendMessage", ok_to(1001))
        await wait_for(api, "sendMessage", ok_to(1002))
        api.push_message("习近平说了什么", api.private_chat(1003), sender=api.user(1003))
        await wait_for(api, "sendMessage", ok_to(1003))
    statuses = [c.status for c in api.requests("getUpdates")]
    assert statuses[:3] == [502, 502, 200]
    assert [len(replies(api, chat)) for chat in (1001, 1002, 1003)] == [1, 1, 1]
    assert errors(caplog) == []


async def test_another_instance_polling_is_one_warning_and_no_lost_update(api, seed_retriever, caplog):
    api.fail("getUpdates", 409, "Conflict: terminated by other getUpdates request", times=2)
    api.push_message(QUESTION)
    async with running(api, seed_retriever) as app:
        await wait_for(api, "sendMessage", ok_to(1001))
    assert [c.status for c in api.requests("getUpdates")][:3] == [409, 409, 200]
    assert [m for m in records(caplog) if m.startswith("polling failed")] == [
        "polling failed: Conflict: terminated by other getUpdates request"]  # once, not per poll
    assert len(replies(api, 1001)) == 1 and errors(caplog) == []
    assert state_of(app).stats.undeliverable == 0 and state_of(app).stats.errors == 0


async def test_a_timed_out_reply_is_sent_again_once(api, seed_retriever, caplog):
    api.fail("sendMessage", 504, delay=1.5)  # the bot gives up on this request after 0.5 s
    async with running(api, seed_retriever, api_timeout=0.5) as app:
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", ok_to(1001))
        await wait_for(api, "sendMessage", lambda c: c.status == 504)  # the server did not take the first one
    assert len(replies(api, 1001)) == 1 and "300余个" in replies(api, 1001)[0]["text"]
    assert any("TimedOut" in m for m in records(caplog))
    assert errors(caplog) == [] and state_of(app).stats.undeliverable == 0


async def test_connection_refused_mid_run_then_the_pending_and_queued_questions_are_answered(api, seed_retriever, caplog):
    gated = Gated(seed_retriever)
    async with running(api, gated) as app:
        api.push_message(QUESTION)
        assert await asyncio.to_thread(gated.entered.wait, 15)  # the bot is answering...
        api.down()  # ...when Telegram goes away
        api.push_message("新质生产力", api.private_chat(1002), sender=api.user(1002))  # waits at Telegram
        gated.gate.set()
        health = state_of(app).health
        await until(lambda: health.failed_requests >= 3, what="failed requests while down")
        assert not health.up
        api.up()
        await wait_for(api, "sendMessage", ok_to(1001))
        await wait_for(api, "sendMessage", ok_to(1002))
        await until(lambda: health.up, what="the API is up again")
    assert len(replies(api, 1001)) == 1 and len(replies(api, 1002)) == 1
    assert "300余个" in replies(api, 1001)[0]["text"]
    unreachable = [m for m in records(caplog) if m.startswith("Bot API unreachable")]
    assert unreachable and len(unreachable) <= health.outages
    assert errors(caplog) == [] and state_of(app).stats.undeliverable == 0


async def test_connection_refused_at_start_up_is_waited_out(api, seed_retriever, caplog):
    caplog.set_level(logging.INFO)
    api.down()
    async with running(api, seed_retriever) as app:
        await until(lambda: state_of(app).health.failed_requests >= 1, what="a failed start")
        api.up()
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", ok_to(1001))
    [waiting] = [m for m in records(caplog) if m.startswith("Bot API unreachable")]  # one warning for the outage
    assert waiting.startswith("Bot API unreachable (NetworkError") and f"at {api.base_url}:" in waiting
    assert any(m.startswith("Bot API answering again") for m in records(caplog, logging.INFO))
    assert len(replies(api, 1001)) == 1 and errors(caplog) == []
    assert api.requests("setMyCommands")


# -- permanent faults: logged once with the chat id -------------------------------------------------

async def test_a_user_who_blocked_the_bot_is_one_warning_and_others_are_answered(api, seed_retriever, caplog):
    api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    async with running(api, seed_retriever) as app:
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", lambda c: c.status == 403)
        api.push_message(QUESTION, api.private_chat(1002), sender=api.user(1002))
        await wait_for(api, "sendMessage", ok_to(1002))
    assert [c.status for c in api.requests("sendMessage") if c["chat_id"] == 1001] == [403]  # no retry, no apology
    [warning] = [m for m in records(caplog) if "1001" in m]
    assert warning == "reply to chat 1001 dropped, Telegram refused it: Forbidden: bot was blocked by the user"
    assert errors(caplog) == [] and state_of(app).stats.undeliverable == 1


async def test_message_not_modified_on_an_edit_is_not_an_error(api, seed_retriever, caplog):
    async with running(api, seed_retriever) as app:
        api.push_message("新质生产力")
        first = await wait_for(api, "sendMessage", ok_to(1001))
        more = {b["text"]: b["callback_data"] for row in first["reply_markup"]["inline_keyboard"] for b in row}["更多 ▸"]
        api.fail("editMessageText", 400, "Bad Request: message is not modified: specified new message content and "
                                         "reply markup are exactly the same as a current content and reply markup of the message")
        press = api.push_callback(more, first.result)
        await wait_for(api, "editMessageText", lambda c: c.status == 400)
        await wait_for(api, "answerCallbackQuery", lambda c: c["callback_query_id"] == press)
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", ok_to(1001), count=2)
    assert records(caplog) == [] and errors(caplog) == []
    assert state_of(app).stats.errors == 0 and state_of(app).stats.undeliverable == 0
    assert len(api.requests("editMessageText")) == 1


async def test_an_outage_longer_than_the_retries_drops_the_reply_with_one_warning(api, seed_retriever, caplog):
    api.fail("sendMessage", 502, times=1000)
    async with running(api, seed_retriever, retry_seconds=1.0) as app:
        api.push_message(QUESTION)
        await until(lambda: state_of(app).stats.undeliverable == 1, what="the reply dropped")
        api.heal()
        api.push_message(QUESTION, api.private_chat(1002), sender=api.user(1002))
        await wait_for(api, "sendMessage", ok_to(1002))
    dropped = [m for m in records(caplog) if m.startswith("reply to chat")]
    assert dropped == ["reply to chat 1001 dropped, the Bot API stayed unreachable: NetworkError: Bad Gateway"]
    assert len(api.requests("sendMessage")) >= 3 and replies(api, 1001) == []
    assert errors(caplog) == []


async def test_a_stop_cuts_the_retries_of_a_pending_reply_short(api, seed_retriever, caplog):
    api.fail("sendMessage", 502, times=10_000)
    async with running(api, seed_retriever, retry_seconds=300.0) as app:
        api.push_message(QUESTION)
        await wait_for(api, "sendMessage", lambda c: c.status == 502, count=2)  # the reply is being retried
    # running() has stopped the bot (its 30 s guard < 300 s): the reply gave up instead of retrying on
    dropped = [m for m in records(caplog) if m.startswith("reply to chat")]
    assert dropped == ["reply to chat 1001 dropped, the Bot API stayed unreachable: NetworkError: Bad Gateway"]
    assert state_of(app).stats.undeliverable == 1 and errors(caplog) == []


async def test_a_bug_is_logged_with_its_traceback_and_the_user_gets_no_exception_text(api, seed_retriever, caplog):
    class Exploding:
        def search(self, *a, **k):
            raise RuntimeError(f"index exploded near {api.token}")

        def __getattr__(self, name):
            return getattr(seed_retriever, name)

    async with running(api, Exploding()) as app:
        api.push_message(QUESTION)
        sorry = await wait_for(api, "sendMessage", ok_to(1001))
    assert sorry["text"] == "抱歉，出了点问题，请稍后再试。"
    [error] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert error.exc_info and "chat 1001" in error.getMessage()
    assert state_of(app).stats.errors == 1


# -- the token never leaks -------------------------------------------------------------------------

@pytest.fixture
def every_log_line():
    """Everything every logger emits at DEBUG, formatted with tracebacks, as one string."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    loggers = [root] + [logging.getLogger(n) for n in list(logging.root.manager.loggerDict)]
    levels = {lg: lg.level for lg in loggers}
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield buffer.getvalue
    finally:
        root.removeHandler(handler)
        for lg, level in levels.items():
            lg.setLevel(level)


async def test_the_token_is_in_no_log_line_at_debug_through_every_fault(seed_retriever, every_log_line):
    logs.add_secret(LONG_TOKEN)

    class Exploding:
        def search(self, question, *a, **k):
            if "爆炸" in question:
                raise RuntimeError(f"failed calling {LONG_TOKEN}")
            return seed_retriever.search(question, *a, **k)

        def __getattr__(self, name):
            return getattr(seed_retriever, name)

    with FakeBotAPI(token=LONG_TOKEN) as api:
        api.down()
        async with running(api, Exploding(), api_timeout=0.5) as app:
            await until(lambda: state_of(app).health.failed_requests >= 1)
            api.up()
            api.fail("sendMessage", 429, retry_after=1)
            api.fail("sendMessage", 502)
            api.fail("sendMessage", 504, delay=1.0)
            api.push_message(QUESTION)
            await wait_for(api, "sendMessage", ok_to(1001))
            api.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
            api.push_message(QUESTION, api.private_chat(1002), sender=api.user(1002))
            await wait_for(api, "sendMessage", lambda c: c.status == 403)
            api.push_message("爆炸了吗", api.private_chat(1003), sender=api.user(1003))
            await wait_for(api, "sendMessage", ok_to(1003))
        sent = [c["text"] for c in api.requests("sendMessage")]
    out = every_log_line()
    assert "Calling Bot API endpoint `sendMessage`" in out  # DEBUG from PTB was captured...
    assert "HTTP Request: POST http://127.0.0.1" in out  # ...and httpx's request lines (URLs hold the token)
    assert "Traceback" in out and "RuntimeError" in out  # the bug's traceback too
    assert LONG_TOKEN not in out and SECRET_HALF not in out
    assert all(SECRET_HALF not in text and "RuntimeError" not in text for text in sent)


# -- python -m bot: start-up with Telegram unreachable ---------------------------------------------

def test_python_m_bot_waits_for_the_api_and_stops_cleanly_on_sigterm(tmp_path, seed_cache):
    with FakeBotAPI(token=LONG_TOKEN) as api:
        api.down()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_", "LOG_"))}
        env.update({"TELEGRAM_BOT_TOKEN": LONG_TOKEN, "TELEGRAM_API_BASE_URL": api.base_url, "LOG_LEVEL": "DEBUG",
                    "QA_CORPUS": str(ROOT / "seeds"), "QA_CACHE_DIR": str(seed_cache), "PYTHONPATH": str(ROOT)})
        bot = subprocess.Popen([sys.executable, "-m", "bot"], cwd=tmp_path, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in bot.stdout], daemon=True).start()
        seen = []
        try:
            deadline = time.monotonic() + 60
            while not any("Bot API unreachable" in line for line in seen):  # the first start failed...
                assert bot.poll() is None, "".join(seen)
                seen.append(lines.get(timeout=max(0.1, deadline - time.monotonic())))
            api.fail("getMe", 502, times=1000)
            api.up()
            api.wait_for("getMe", timeout=60)  # ...and it tried again (still failing: the API answers 502)
            assert bot.poll() is None
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=20)
    while not lines.empty():
        seen.append(lines.get())
    out = "".join(seen)
    assert bot.returncode == 0, out
    assert "Bot API unreachable (NetworkError" in out and f"at {api.base_url}" in out
    assert LONG_TOKEN not in out and SECRET_HALF not in out

"""End to end: the real Application from build_application polls a Bot API server on 127.0.0.1.

The server (tests/botapi_server.py) records every request the bot makes; the tests inject
updates as Telegram would deliver them and assert on those requests.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from botapi_server import FakeBotAPI
from conftest import search_settings

from bot import handlers
from bot.app import build_application
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "天开西青园引进了多少项目"


async def wait_for(api: FakeBotAPI, method: str, where=lambda c: True, count: int = 1, timeout: float = 10.0):
    """api.wait_for without blocking the event loop the bot runs on."""
    return await asyncio.to_thread(api.wait_for, method, where, timeout, count)


def to_chat(chat_id: int):
    return lambda c: c.get("chat_id") == chat_id


def buttons(call) -> dict[str, str]:
    """text → callback_data of the inline keyboard a request carried."""
    markup = call.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


async def test_polling_bot_answers_private_group_buttons_and_inline(api, seed_retriever):
    settings = Settings(token=api.token, api_base_url=api.base_url, search=search_settings(), typing_delay=0.0)
    app = build_application(settings, seed_retriever)
    async with app:
        await app.post_init(app)
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=handlers.ALLOWED_UPDATES)
        await app.start()
        try:
            private, group = api.private_chat(), api.group_chat()

            # a private question: one HTML reply with passage, speaker and source; typing first
            api.push_message(QUESTION, private)
            reply = await wait_for(api, "sendMessage", to_chat(private["id"]))
            assert reply["parse_mode"] == "HTML"
            assert "300余个" in reply["text"]
            assert "朱财斌 · 西青区委书记" in reply["text"]
            assert "滨海发布 · 2024-02-07" in reply["text"]
            assert api.requests("sendChatAction")[0]["action"] == "typing"

            # group chatter is ignored; /ask, a mention and a reply to the bot are answered
            chatter = api.push_message("今天天气不错，大家吃了吗", group, sender=api.user(2002, "老李", "laoli"))
            ask = api.push_message(f"/ask@{api.bot['username']} {QUESTION}", group)
            answered = await wait_for(api, "sendMessage", to_chat(group["id"]))
            assert answered["reply_parameters"]["message_id"] == ask["message_id"]
            assert "300余个" in answered["text"]
            api.push_message(f"@{api.bot['username']} 习近平说了什么", group)
            mention = await wait_for(api, "sendMessage", to_chat(group["id"]), count=2)
            assert "习近平" in mention["text"]
            api.push_message("那西青区委书记说了什么？", group, reply_to=answered.result)
            followup = await wait_for(api, "sendMessage", to_chat(group["id"]), count=3)
            assert "朱财斌" in followup["text"]

            # 「更多 ▸」 pages by editing the message; a forged press gets a short notice
            api.push_message("新质生产力", private)
            first = await wait_for(api, "sendMessage", to_chat(private["id"]), count=2)
            more = buttons(first)["更多 ▸"]
            assert len(more.encode()) <= 64
            press = api.push_callback(more, first.result)
            edit = await wait_for(api, "editMessageText")
            assert edit["message_id"] == first.result["message_id"]
            assert edit["chat_id"] == private["id"]
            assert "第 4–" in edit["text"] and edit["parse_mode"] == "HTML"
            assert "◂ 上一页" in buttons(edit)
            await wait_for(api, "answerCallbackQuery", lambda c: c["callback_query_id"] == press)
            forged = api.push_callback("p:zzzzzzzz:0", first.result)
            notice = await wait_for(api, "answerCallbackQuery", lambda c: c["callback_query_id"] == forged)
            assert notice["text"] == handlers.STALE
            assert len(api.requests("editMessageText")) == 1

            # inline mode: one article per hit; an empty query gets a hint and no results
            query = api.push_inline(QUESTION)
            inline = await wait_for(api, "answerInlineQuery", lambda c: c["inline_query_id"] == query)
            article = inline["results"][0]
            assert article["type"] == "article"
            assert article["title"] == "朱财斌 · 滨海发布"
            assert "300余个" in article["input_message_content"]["message_text"]
            assert article["input_message_content"]["parse_mode"] == "HTML"
            empty = api.push_inline("   ")
            hint = await wait_for(api, "answerInlineQuery", lambda c: c["inline_query_id"] == empty)
            assert hint["results"] == [] and hint["button"]["start_parameter"]
        finally:
            await app.updater.stop()
            await app.stop()  # every update fetched has been handled now: the counts below are final
    to_group = [c for c in api.requests("sendMessage") if c["chat_id"] == group["id"]]
    assert len(to_group) == 3  # /ask, the mention, the reply to the bot: the chatter got none
    assert all(c["reply_parameters"]["message_id"] != chatter["message_id"] for c in to_group)
    assert len(api.requests("sendMessage")) == 5  # and two private answers
    commands = api.requests("setMyCommands")[0]["commands"]
    assert {c["command"] for c in commands} == {"start", "help", "ask", "speakers", "speaker", "sources", "filter", "export", "about"}
    assert api.requests("getUpdates")[-1]["timeout"] == 0  # PTB confirmed the last offset on stop
    assert not api.updates or all(u["update_id"] > 0 for u in api.updates)


def run_bot(api: FakeBotAPI, workdir: Path, cache: Path, token: str | None = None, **env: str) -> subprocess.Popen:
    """``python -m bot`` in an empty folder (no developer's .env), configured by ``env`` alone; the
    seeds' index is in ``cache`` already."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_", "LOG_"))}
    full.update({"TELEGRAM_BOT_TOKEN": token or api.token, "TELEGRAM_API_BASE_URL": api.base_url,
                 "LOG_LEVEL": "DEBUG", "QA_CORPUS": str(ROOT / "seeds"), "QA_CACHE_DIR": str(cache),
                 "PYTHONPATH": str(ROOT), **env})
    return subprocess.Popen([sys.executable, "-m", "bot"], cwd=workdir, env=full, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_python_m_bot_answers_and_stops_on_sigterm_without_logging_the_token(api, tmp_path, seed_cache):
    bot = run_bot(api, tmp_path, seed_cache)
    try:
        api.wait_for("setMyCommands", timeout=30)
        api.push_message(QUESTION)
        reply = api.wait_for("sendMessage", timeout=10)
    finally:
        bot.send_signal(signal.SIGTERM)
        out, _ = bot.communicate(timeout=20)
    assert bot.returncode == 0, out
    assert len(api.requests("sendMessage")) == 1
    assert reply["parse_mode"] == "HTML"
    for expected in ("300余个", "朱财斌 · 西青区委书记", "滨海发布 · 2024-02-07"):
        assert expected in reply["text"]
    assert "Calling Bot API endpoint `sendMessage`" in out  # DEBUG logging was on...
    assert api.token not in out  # ...and the token never appeared
    assert "Application.stop() complete" in out


def test_a_rejected_token_is_one_line_exit_2_and_never_printed(api, tmp_path, seed_cache):
    wrong = "654321:WRONG-token-rejected-by-the-fake-server"
    bot = run_bot(api, tmp_path, seed_cache, token=wrong)
    out, _ = bot.communicate(timeout=30)
    assert bot.returncode == 2, out
    assert wrong not in out and "WRONG-token" not in out
    assert "rejected TELEGRAM_BOT_TOKEN" in out.strip().splitlines()[-1]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_update(port: int, update: dict, secret: str | None, attempts: int = 50) -> int:
    """POST an update to the bot's webhook as Telegram would; returns the HTTP status."""
    import json
    import urllib.error
    import urllib.request

    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    body = json.dumps(update).encode()
    for _ in range(attempts):  # the webhook server starts right after setWebhook
        try:
            req = urllib.request.Request(f"http://127.0.0.1:{port}/yanlu/hook", body, headers, method="POST")
            with urllib.request.urlopen(req, timeout=5) as res:
                return res.status
        except urllib.error.HTTPError as err:
            return err.code
        except OSError:
            time.sleep(0.1)
    raise TimeoutError("the webhook server never answered")


def test_webhook_mode_sets_the_webhook_with_its_secret_and_answers_posted_updates(api, tmp_path, seed_cache):
    port, secret = free_port(), "s3cret_Value-1"
    bot = run_bot(api, tmp_path, seed_cache, TELEGRAM_WEBHOOK_URL="https://bot.example.com/yanlu/hook",
                  TELEGRAM_WEBHOOK_LISTEN="127.0.0.1", TELEGRAM_WEBHOOK_PORT=str(port),
                  TELEGRAM_WEBHOOK_SECRET=secret)
    try:
        hook = api.wait_for("setWebhook", timeout=30)
        assert hook["url"] == "https://bot.example.com/yanlu/hook" and hook["secret_token"] == secret
        update = {"update_id": 1, "message": api.message(QUESTION, api.private_chat())}
        assert post_update(port, update, secret="wrong") == 403
        assert post_update(port, update, secret) == 200
        reply = api.wait_for("sendMessage", timeout=10)
    finally:
        bot.send_signal(signal.SIGTERM)
        out, _ = bot.communicate(timeout=20)
    assert bot.returncode == 0, out
    assert "300余个" in reply["text"] and len(api.requests("sendMessage")) == 1
    assert api.requests("getUpdates") == []
    assert api.token not in out and secret not in out

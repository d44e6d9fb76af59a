"""A minimal Telegram Bot API server on 127.0.0.1 for end-to-end tests (stdlib only, in a thread).

    with FakeBotAPI() as api:                       # random free port
        app = build_application(Settings(token=api.token, api_base_url=api.base_url))
        api.push_message("天开西青园引进了多少项目", chat=api.private_chat())
        call = api.wait_for("sendMessage")          # every request the bot made is in api.calls

Serves what PTB calls while polling and answering: getMe, deleteWebhook, getUpdates (long poll
with offset: updates stay until a later offset confirms them), sendMessage, sendChatAction,
editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands, getMyCommands,
deleteMyCommands, setWebhook, getWebhookInfo, close, logOut. Unknown methods get Telegram's 404.

Faults can be injected per method for reliability tests: ``api.fail("sendMessage", 429,
retry_after=1)``, ``api.fail("getUpdates", 502, times=3)``, ``api.fail("sendMessage", delay=5)``.
``api.down()`` closes the port (connection refused; open connections are dropped without an
answer) until ``api.up()`` opens it again on the same port. ``FakeBotAPI(record=False)`` keeps
no calls (for long load runs): count them with ``api.handlers`` or ``api.on_call``.
``api.reset()`` makes a used server as good as new (up, no calls, updates or faults), so that one
server can serve a whole test module.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BOT_ID = 123456
TOKEN = f"{BOT_ID}:TEST"
BOT_USERNAME = "yanlu_test_bot"


@dataclass
class Call:
    """One request the bot made: the method and its parameters (values as sent, JSON-decoded)."""

    method: str
    params: dict[str, Any]
    result: Any = None  # what the server answered (e.g. the Message a sendMessage created)
    status: int = 200
    at: float = field(default_factory=time.monotonic)

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)


@dataclass
class Fault:
    """A canned failure for the next ``times`` calls of a method."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    times: int = 1


class FakeBotAPI:
    """The server: records every call, queues updates, answers like Telegram would."""

    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, record: bool = True):
        self.token = token
        self.bot = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "言录", "username": username,
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.faults: dict[str, list[Fault]] = {}
        self.handlers: dict[str, Callable[[dict], Any]] = {}
        self.record = record
        self.on_call: Callable[[Call], None] | None = None  # called for every request (server threads)
        self.counts: dict[str, int] = {}  # method → requests answered 200
        self._down = False
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._closed = False
        self._generation = 0  # reset() starts a new one: requests of an earlier one are not recorded
        self._server = self._listen(0)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-bot-api", daemon=True)

    def _listen(self, port: int) -> ThreadingHTTPServer:
        server = _Server(("127.0.0.1", port), _make_handler(self))
        server.daemon_threads = True
        return server

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._port if self._down else self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL / ApplicationBuilder.base_url takes."""
        return f"http://127.0.0.1:{self.port}/bot"

    def start(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if not self._down:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)

    def down(self) -> None:
        """Telegram unreachable: the port refuses connections; requests on open ones get no answer."""
        port = self.port
        with self._cond:
            self._down = True
            self._cond.notify_all()  # long polls end now
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._port = port

    def up(self) -> None:
        """Telegram back, on the same port."""
        self._server = self._listen(self._port)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-bot-api", daemon=True)
        with self._cond:
            self._down = False
        self._thread.start()

    def reset(self) -> None:
        """Forget every call, update, fault, handler and count; up again if it was down."""
        if self._down:
            self.up()
        with self._cond:
            self.calls, self.updates, self.faults, self.handlers, self.counts = [], [], {}, {}, {}
            self.record, self.on_call = True, None
            self._generation += 1  # a long poll still open from an earlier test ends now, unrecorded
            self._cond.notify_all()

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- test helpers ------------------------------------------------------------------------
    def push(self, update: dict) -> int:
        """Queue a raw update (update_id added); returns its update_id."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self.updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def user(self, uid: int = 1001, first_name: str = "小王", username: str | None = "xiaowang") -> dict:
        u = {"id": uid, "is_bot": False, "first_name": first_name}
        if username:
            u["username"] = username
        return u

    def private_chat(self, uid: int = 1001) -> dict:
        return {"id": uid, "type": "private", "first_name": "小王"}

    def group_chat(self, cid: int = -100200) -> dict:
        return {"id": cid, "type": "supergroup", "title": "读报群"}

    def message(self, text: str, chat: dict, sender: dict | None = None, reply_to: dict | None = None) -> dict:
        """A message dict as Telegram sends it, with bot_command / mention entities filled in."""
        msg = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
               "from": sender or self.user(), "text": text}
        entities = _entities(text)
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        return msg

    def push_message(self, text: str, chat: dict | None = None, **kw) -> dict:
        msg = self.message(text, chat or self.private_chat(), **kw)
        self.push({"message": msg})
        return msg

    def push_callback(self, data: str, message: dict, sender: dict | None = None) -> str:
        qid = str(next(self._update_ids) + 5_000_000)
        self.push({"callback_query": {"id": qid, "from": sender or self.user(), "chat_instance": "ci-1",
                                      "message": message, "data": data}})
        return qid

    def push_inline(self, query: str, sender: dict | None = None) -> str:
        qid = str(next(self._update_ids) + 9_000_000)
        self.push({"inline_query": {"id": qid, "from": sender or self.user(), "query": query, "offset": ""}})
        return qid

    def fail(self, method: str, status: int = 500, description: str | None = None, *,
             retry_after: int | None = None, delay: float = 0.0, times: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``status`` (and/or wait ``delay`` s)."""
        if description is None:
            description = "Too Many Requests: retry later" if status == 429 else HTTPStatus(status).phrase
        with self._cond:
            self.faults.setdefault(method, []).append(Fault(status, description, retry_after, delay, times))

    def heal(self) -> None:
        """Drop every pending fault."""
        with self._cond:
            self.faults.clear()

    def requests(self, method: str | None = None) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if method is None or c.method == method]

    def wait_for(self, method: str, where: Callable[[Call], bool] = lambda c: True, timeout: float = 10.0,
                 count: int = 1) -> Call:
        """Block until the bot has made ``count`` matching calls; returns the last. Raises on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self.calls if c.method == method and where(c)]
                if len(found) >= count:
                    return found[count - 1]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {method} call after {timeout}s; calls: {[c.method for c in self.calls]}")
                self._cond.wait(left)

    # -- the API -----------------------------------------------------------------------------
    def _call(self, method: str, params: dict) -> tuple[int, dict]:
        with self._cond:
            generation = self._generation
        status, body = self._answer(method, params, generation)
        call = Call(method, params, body.get("result"), status)
        with self._cond:
            if generation != self._generation:  # a request from before reset(): not this test's
                return status, body
            if self.record:
                self.calls.append(call)
            if status == 200:
                self.counts[method] = self.counts.get(method, 0) + 1
            self._cond.notify_all()
        if self.on_call is not None:
            self.on_call(call)
        return status, body

    def _answer(self, method: str, params: dict, generation: int) -> tuple[int, dict]:
        with self._cond:
            fault = self._take_fault(method)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.status >= 300:
                body: dict = {"ok": False, "error_code": fault.status, "description": fault.description}
                if fault.retry_after is not None:
                    body["parameters"] = {"retry_after": fault.retry_after}
                return fault.status, body
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params, generation)}
        handler = self.handlers.get(method) or getattr(self, f"_m_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        return 200, {"ok": True, "result": handler(params)}

    def _take_fault(self, method: str) -> Fault | None:
        queue = self.faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    def _get_updates(self, params: dict, generation: int) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(timeout, 30)
        with self._cond:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed ones are gone
            while not self.updates and not self._closed and not self._down and generation == self._generation:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            if generation != self._generation:
                return []
            return self.updates[:limit]

    def _sent(self, params: dict, text_key: str = "text") -> dict:
        chat_id = params.get("chat_id")
        msg = {"message_id": next(self._message_ids), "date": int(time.time()),
               "chat": _chat_for(chat_id), "from": self.bot, text_key: params.get("text", "")}
        if isinstance(params.get("reply_markup"), dict):
            msg["reply_markup"] = params["reply_markup"]
        return msg

    def _m_getMe(self, params: dict) -> dict:
        return self.bot

    def _m_sendMessage(self, params: dict) -> dict:
        return self._sent(params)

    def _m_editMessageText(self, params: dict) -> dict | bool:
        if params.get("inline_message_id"):
            return True
        msg = self._sent(params)
        msg["message_id"] = int(params.get("message_id") or 0)
        msg["edit_date"] = int(time.time())
        return msg

    def _m_getMyCommands(self, params: dict) -> list:
        return []

    def _m_getWebhookInfo(self, params: dict) -> dict:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self.updates)}


for _name in ("deleteWebhook", "setWebhook", "sendChatAction", "answerCallbackQuery", "answerInlineQuery",
              "setMyCommands", "deleteMyCommands", "close", "logOut"):
    setattr(FakeBotAPI, f"_m_{_name}", lambda self, params: True)


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the bot opens up to 256 connections at once under load (default: 5)


def _chat_for(chat_id: Any) -> dict:
    try:
        cid = int(chat_id)
    except (TypeError, ValueError):
        return {"id": 0, "type": "channel", "title": str(chat_id)}
    return {"id": cid, "type": "private", "first_name": "小王"} if cid > 0 else {"id": cid, "type": "supergroup", "title": "读报群"}


def _entities(text: str) -> list[dict]:
    """bot_command at the start and @mentions, with UTF-16 offsets as Telegram counts them."""
    out = []
    for m in re.finditer(r"(?:^/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)|@[A-Za-z0-9_]{5,32}", text):
        kind = "bot_command" if m.group().startswith("/") else "mention"
        out.append({"type": kind, "offset": _u16(text[: m.start()]), "length": _u16(m.group())})
    return out


def _u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


_NUMBERS = {"chat_id", "message_id", "offset", "timeout", "limit", "cache_time", "user_id", "reply_to_message_id"}


_STRINGS = {"text", "query", "data", "caption", "callback_query_id", "inline_query_id", "url", "secret_token"}


def _decode(key: str, value: str) -> Any:
    """PTB sends non-string parameters JSON-encoded and strings (text, query, data) as they are."""
    if key in _STRINGS:
        return value
    if value[:1] in "{[" or (key in _NUMBERS and value.lstrip("-").isdigit()) or value in ("true", "false"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _make_handler(api: FakeBotAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Answer in one segment, as a real server does: without TCP_NODELAY the separate header and
        # body writes wait for a delayed ACK (about 40 ms a request) on loopback.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            self._serve(dict(parse_qsl(urlsplit(self.path).query)))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8") if length else ""
            kind = self.headers.get("Content-Type", "")
            if kind.startswith("application/json"):
                params = json.loads(raw or "{}")
            else:
                params = {k: _decode(k, v) for k, v in parse_qsl(raw, keep_blank_values=True)}
            self._serve(params)

        def _serve(self, params: dict) -> None:
            if api._down:  # Telegram unreachable: drop the connection without an answer
                self.close_connection = True
                return
            path = urlsplit(self.path).path
            prefix, _, method = path.rpartition("/")
            if prefix != f"/bot{api.token}":
                status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            else:
                status, body = api._call(method, params)
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):  # the bot gave up on a long poll
                pass

    return Handler


"""The bot's side of an unreliable Bot API: outage logging, flood limits and retried replies.

- ``TrackedRequest`` (a ``BaseRequest``) is the bot's HTTP client: PTB's HTTPXRequest's timeouts and
  errors, JSON bodies, one single-connection httpx client per request in flight.
- ``ApiHealth`` logs one WARNING when the Bot API stops answering and one INFO when it is back
  (not a traceback per failed poll); it is fed by ``TrackedRequest``, which sees every HTTP
  request, getUpdates included.
- ``RetryingRateLimiter`` (a ``BaseRateLimiter``) keeps Telegram's flood limits, waits out 429s and
  retries transient failures (connection refused, timeouts, 5xx) with backoff for ``retry_seconds``,
  so a reply that failed while Telegram was down is sent once it is back. Requests that are useless
  late (typing, getMe) are not retried; button and inline answers only briefly.
- The start-up (getMe, deleteWebhook/setWebhook) is retried by PTB itself: ``run_polling`` /
  ``run_webhook`` with ``bootstrap_retries=-1`` (bot/app.py).

Telegram has no idempotency key: a reply whose request timed out *after* Telegram accepted it
is sent again (a rare duplicate); connection errors, 5xx and 429 never duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest, RequestData
from telegram.warnings import PTBDeprecationWarning

from . import logs

log = logging.getLogger(__name__)

NO_RETRY = frozenset({"getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "sendChatAction",
                      "setMyCommands", "deleteMyCommands", "close", "logOut"})
BRIEF_RETRY = {"answerCallbackQuery": 10.0, "answerInlineQuery": 10.0}  # Telegram drops old queries
_DEFAULT = type(BaseRequest.DEFAULT_NONE)  # PTB's "not given" timeouts (telegram.request.BaseRequest)
GROUP_RATE = 20  # messages a minute per group (Telegram's limit)
MAX_GROUP_LIMITERS = 512  # groups whose budget is tracked before full ones are forgotten


def describe(exc: BaseException) -> str:
    """A one-line, token-free description of a Bot API error: its type and message."""
    name, message = type(exc).__name__, getattr(exc, "message", None) or str(exc)
    if not message or message.startswith(name):
        return logs.redact(message or name)
    return logs.redact(f"{name}: {message}")


def transient(exc: BaseException) -> bool:
    """True for failures worth retrying: network errors, timeouts, 5xx, 429 (not 400/403)."""
    return isinstance(exc, (NetworkError, RetryAfter)) and not isinstance(exc, BadRequest)


def retry_after_seconds(exc: RetryAfter) -> float:
    """How long Telegram asks to wait, from the public ``RetryAfter.retry_after``. Since PTB 22.2 (here
    22.8) it gives seconds with a PTBDeprecationWarning, or a timedelta under PTB_TIMEDELTA=true (the
    next major version's type): both are accepted and the warning is muted."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class ApiHealth:
    """Whether the Bot API answers; logs the start and the end of each outage once."""

    def __init__(self, where: str = "", clock: Callable[[], float] = time.monotonic):
        self.where, self.clock = where, clock
        self.down_since: float | None = None
        self.outages = 0  # since start
        self.failed_requests = 0
        self.retried_requests = 0
        self._failed_in_outage = 0
        self._last_polling_error = ""

    def failed(self, what: str) -> None:
        self.failed_requests += 1
        self._failed_in_outage += 1
        if self.down_since is None:
            self.down_since = self.clock()
            self.outages += 1
            log.warning("Bot API unreachable (%s)%s: updates wait and replies are retried",
                        what, f" at {self.where}" if self.where else "")
        else:
            log.debug("Bot API still unreachable (%s)", what)

    def ok(self) -> None:
        if self.down_since is not None:
            log.info("Bot API answering again after %.1f s (%d failed requests)",
                     self.clock() - self.down_since, self._failed_in_outage)
            self.down_since, self._failed_in_outage = None, 0

    @property
    def up(self) -> bool:
        return self.down_since is None

    def polling_error(self, exc: TelegramError) -> None:
        """A failed getUpdates (run_polling hands it to the error handler, failures.report): network
        failures are logged by TrackedRequest already; others (409 Conflict: another instance polls
        with this token) once until they change."""
        if transient(exc):
            return
        what = describe(exc)
        log.log(logging.DEBUG if what == self._last_polling_error else logging.WARNING, "polling failed: %s", what)
        self._last_polling_error = what


class TrackedRequest(BaseRequest):
    """PTB's HTTP client interface (``BaseRequest``) over one httpx.AsyncClient, reporting each request's
    outcome to ``ApiHealth`` (never the URL: it holds the token).

    What PTB's own ``HTTPXRequest`` does (the same timeouts, errors and multipart uploads), with two
    differences that cost less CPU per reply (issue 13; docs/performance.md, "The bot benchmark"):

    - a request's parameters go as a JSON body (``application/json``, which the Bot API accepts) instead
      of a form: the standard library's form encoder quotes every byte of a Chinese reply in Python
      (about 0.3 ms for a 1,400-character answer), ``json.dumps`` does it in C. File uploads stay
      multipart/form-data, as PTB sends them;
    - ``connection_pool_size`` clients of one connection each, lent to one request at a time (the most
      recently returned first); a request waits in an ``asyncio.Semaphore`` for a free one (for at most
      the pool timeout, as it would for a pooled connection). One shared pool was dearer: httpcore
      re-examines its whole queue and every pooled connection (a ``getpeername`` each) whenever a request
      starts or ends, so under load its bookkeeping cost more CPU than the requests. Here it looks at
      the one connection it is about to use.
    """

    def __init__(self, health: ApiHealth, connection_pool_size: int = 1, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0):
        self.health, self.connections = health, max(1, connection_pool_size)
        self.media_write_timeout = media_write_timeout
        self.timeout = httpx.Timeout(connect=connect_timeout, read=read_timeout, write=write_timeout, pool=pool_timeout)
        self._tls = httpx.create_ssl_context()  # what each client would load (the CA bundle), loaded once
        self._free = [self._new_client() for _ in range(self.connections)]  # a stack: the last returned goes next
        self._gate: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None
        self._closed, self._generation = False, 0  # a client lent before a shutdown is closed when it comes back

    def _new_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, limits=httpx.Limits(max_connections=1), http1=True,
                                 http2=False, verify=self._tls)

    @property
    def read_timeout(self) -> float | None:
        return self.timeout.read

    async def initialize(self) -> None:
        if self._closed:
            self._free = [self._new_client() for _ in range(self.connections)]
            self._gate, self._closed, self._generation = None, False, self._generation + 1

    async def shutdown(self) -> None:
        """Close every client (a request still running keeps its own until it ends, then it is closed)."""
        if self._closed:
            return
        self._closed = True
        clients, self._free = self._free, []
        for client in clients:
            await client.aclose()

    def _semaphore(self) -> asyncio.Semaphore:
        """The gate of the running event loop (an Application may be run again on a new loop)."""
        loop = asyncio.get_running_loop()
        if self._gate is None or self._gate[0] is not loop:
            self._gate = (loop, asyncio.Semaphore(self.connections))
        return self._gate[1]

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._closed:
            raise RuntimeError("This TrackedRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        t = self.timeout
        timeout = httpx.Timeout(
            connect=t.connect if isinstance(connect_timeout, _DEFAULT) else connect_timeout,
            read=t.read if isinstance(read_timeout, _DEFAULT) else read_timeout,
            write=(t.write if not files else self.media_write_timeout) if isinstance(write_timeout, _DEFAULT) else write_timeout,
            pool=t.pool if isinstance(pool_timeout, _DEFAULT) else pool_timeout)
        headers = {"User-Agent": self.USER_AGENT}
        body: dict[str, Any] = {}
        if files:
            body = {"files": files, "data": request_data.json_parameters}
        elif request_data is not None and request_data.parameters:
            headers["Content-Type"] = "application/json"
            body = {"content": json.dumps(request_data.parameters, ensure_ascii=False).encode("utf-8")}
        try:
            gate = self._semaphore()
            if gate.locked():
                try:
                    async with asyncio.timeout(timeout.pool):
                        await gate.acquire()
                except TimeoutError as exc:
                    raise httpx.PoolTimeout("no connection became free within the pool timeout") from exc
            else:
                await gate.acquire()  # free: returns at once
            if not self._free:  # shut down while it waited
                gate.release()
                raise NetworkError("the Bot API client was shut down")
            client, generation = self._free.pop(), self._generation
            try:
                res = await client.request(method=method, url=url, headers=headers, timeout=timeout, **body)
            finally:
                gate.release()
                if self._closed or generation != self._generation:
                    await client.aclose()
                else:
                    self._free.append(client)
        except httpx.TimeoutException as exc:  # PTB's HTTPXRequest's errors, word for word
            if isinstance(exc, httpx.PoolTimeout):  # a busy pool is ours, not Telegram's
                raise TimedOut(message="Pool timeout: All connections in the connection pool are occupied. "
                               "Request was *not* sent to Telegram. Consider adjusting the connection "
                               "pool size or the pool timeout.") from exc
            self.health.failed(describe(TimedOut()))
            raise TimedOut from exc
        except httpx.HTTPError as exc:
            error = NetworkError(f"httpx.{exc.__class__.__name__}: {exc}")
            self.health.failed(describe(error))
            raise error from exc
        if res.status_code >= 500:
            self.health.failed(f"HTTP {res.status_code}")
        else:
            self.health.ok()
        return res.status_code, res.content


class RetryingRateLimiter(BaseRateLimiter[None]):
    """PTB's rate-limiter interface (``BaseRateLimiter``): Telegram's flood limits, 429 waits, and
    retries of transient failures with backoff for up to ``retry_seconds``.

    The flood limits are AIORateLimiter's, built on the same aiolimiter: ``send_rate`` requests a
    second over all chats, 20 a minute per group; after a 429 every request waits as Telegram asks.
    Written against ``BaseRateLimiter``'s public interface (PTB 22.8) rather than subclassing
    AIORateLimiter, whose retry loop is private (``_run_request``) and logs an ERROR when
    ``max_retries`` is spent.
    """

    def __init__(self, health: ApiHealth, retry_seconds: float = 300.0, send_rate: float = 30.0,
                 backoff: float = 0.5, max_backoff: float = 15.0):
        self.health, self.retry_seconds = health, retry_seconds
        self.backoff, self.max_backoff = backoff, max_backoff
        self.overall = AsyncLimiter(send_rate, 1) if send_rate else None
        self.group_rate = GROUP_RATE if send_rate else 0
        self.groups: dict[int | str, AsyncLimiter] = {}
        self.flood_over = asyncio.Event()  # cleared while Telegram's 429 wait runs: every request waits
        self.flood_over.set()
        self.closing = asyncio.Event()

    async def initialize(self) -> None:
        """Retry again (after a shutdown, the Application may be initialized anew)."""
        self.closing.clear()

    async def shutdown(self) -> None:
        self.close()

    def close(self) -> None:
        """Stop retrying (shutdown): requests waiting for a retry fail now."""
        self.closing.set()

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closing.wait(), seconds)

    def _group(self, group: int | str) -> AsyncLimiter:
        if len(self.groups) > MAX_GROUP_LIMITERS:  # forget groups whose budget is full again
            for key, limiter in list(self.groups.items()):
                if key != group and limiter.has_capacity(limiter.max_rate):
                    del self.groups[key]
        limiter = self.groups.get(group)
        if limiter is None:
            limiter = self.groups[group] = AsyncLimiter(self.group_rate, 60)
        return limiter

    async def _send(self, chat: bool, group: int | str | None, callback, args, kwargs):  # noqa: ANN001
        group_limit = self._group(group) if group is not None and self.group_rate else contextlib.nullcontext()
        overall = self.overall if chat and self.overall is not None else contextlib.nullcontext()
        async with group_limit, overall:
            await self.flood_over.wait()
            return await callback(*args, **kwargs)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # noqa: ANN001
        """Send through the flood limiter; on 429 wait as told, on transient errors back off and retry."""
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else None
        budget = 0.0 if endpoint in NO_RETRY else BRIEF_RETRY.get(endpoint, self.retry_seconds)
        loop = asyncio.get_running_loop()
        deadline, delay, attempt = loop.time() + budget, self.backoff, 0
        while True:
            attempt += 1
            try:
                result = await self._send(chat_id is not None, group, callback, args, kwargs)
            except RetryAfter as exc:
                wait = retry_after_seconds(exc) + 0.1
                if loop.time() + wait > deadline or self.closing.is_set():
                    raise
                log.info("flood limit on %s (chat %s): waiting %.1f s as Telegram asks", endpoint, chat_id, wait)
                self.flood_over.clear()
                try:
                    await self._pause(wait)
                finally:
                    self.flood_over.set()
            except TelegramError as exc:
                if not transient(exc) or loop.time() + delay > deadline or self.closing.is_set():
                    raise
                log.debug("%s to chat %s failed (%s); retry %d in %.1f s", endpoint, chat_id, describe(exc), attempt, delay)
                self.health.retried_requests += 1
                await self._pause(delay)
                delay = min(delay * 2, self.max_backoff)
            else:
                if attempt > 1:
                    log.info("%s to chat %s went through after %d attempts", endpoint, chat_id, attempt)
                return result

"""The bot's side of an unreliable Bot API: outage logging, retried replies, start-up retries.

- ``ApiHealth`` logs one WARNING when the Bot API stops answering and one INFO when it is back
  (not a traceback per failed poll); it is fed by ``TrackedRequest``, which sees every HTTP
  request, getUpdates included.
- ``RetryingRateLimiter`` is PTB's AIORateLimiter (flood limits, 429 waits) that also retries
  transient failures (connection refused, timeouts, 5xx) with backoff for ``retry_seconds``, so a
  reply that failed while Telegram was down is sent once it is back. Requests that are useless
  late (typing, getMe) are not retried; button and inline answers only briefly.
- ``connect`` retries the start-up (getMe) with backoff until the API answers or a stop signal.

Telegram has no idempotency key: a reply whose request timed out *after* Telegram accepted it
is sent again (a rare duplicate); connection errors, 5xx and 429 never duplicate.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
from telegram.error import (
    BadRequest,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter, Application
from telegram.request import HTTPXRequest

from . import logs

log = logging.getLogger(__name__)

NO_RETRY = frozenset({"getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "sendChatAction",
                      "setMyCommands", "deleteMyCommands", "close", "logOut"})
BRIEF_RETRY = {"answerCallbackQuery": 10.0, "answerInlineQuery": 10.0}  # Telegram drops old queries


def describe(exc: BaseException) -> str:
    """A one-line, token-free description of a Bot API error: its type and message."""
    name, message = type(exc).__name__, getattr(exc, "message", None) or str(exc)
    if not message or message.startswith(name):
        return logs.redact(message or name)
    return logs.redact(f"{name}: {message}")


def transient(exc: BaseException) -> bool:
    """True for failures worth retrying: network errors, timeouts, 5xx, 429 (not 400/403)."""
    return isinstance(exc, (NetworkError, RetryAfter)) and not isinstance(exc, BadRequest)


def _retry_after(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)  # a timedelta in PTB 22; .retry_after warns
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value or 1)


class ApiHealth:
    """Whether the Bot API answers; logs the start and the end of each outage once."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
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
            log.warning("Bot API unreachable (%s): updates wait and replies are retried", what)
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
        """Updater's error callback: network failures are logged by TrackedRequest already; others
        (409 Conflict: another instance polls with this token) once until they change."""
        if transient(exc):
            return
        what = describe(exc)
        log.log(logging.DEBUG if what == self._last_polling_error else logging.WARNING, "polling failed: %s", what)
        self._last_polling_error = what


class TrackedRequest(HTTPXRequest):
    """PTB's HTTP client, reporting each request's outcome to ``ApiHealth`` (never the URL: it holds the token)."""

    def __init__(self, health: ApiHealth, **kwargs: Any):
        super().__init__(**kwargs)
        self.health = health

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        try:
            status, payload = await super().do_request(*args, **kwargs)
        except TimedOut as exc:
            if not isinstance(exc.__cause__, httpx.PoolTimeout):  # a busy pool is ours, not Telegram's
                self.health.failed(describe(exc))
            raise
        except NetworkError as exc:
            self.health.failed(describe(exc))
            raise
        if status >= 500:
            self.health.failed(f"HTTP {status}")
        else:
            self.health.ok()
        return status, payload


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter whose requests also survive transient failures, for up to ``retry_seconds``."""

    def __init__(self, health: ApiHealth, retry_seconds: float = 300.0, send_rate: float = 30.0,
                 backoff: float = 0.5, max_backoff: float = 15.0):
        super().__init__(overall_max_rate=send_rate, overall_time_period=1 if send_rate else 0,
                         group_max_rate=20 if send_rate else 0, group_time_period=60 if send_rate else 0)
        self.health, self.retry_seconds = health, retry_seconds
        self.backoff, self.max_backoff = backoff, max_backoff
        self._closing: asyncio.Event | None = None

    def close(self) -> None:
        """Stop retrying (shutdown): requests waiting for a retry fail now."""
        self._event().set()

    def _event(self) -> asyncio.Event:
        if self._closing is None:
            self._closing = asyncio.Event()
        return self._closing

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event().wait(), seconds)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):  # noqa: ANN001
        """Send through the flood limiter; on 429 wait as told, on transient errors back off and retry."""
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else False
        budget = 0.0 if endpoint in NO_RETRY else BRIEF_RETRY.get(endpoint, self.retry_seconds)
        loop = asyncio.get_running_loop()
        deadline, delay, attempt = loop.time() + budget, self.backoff, 0
        while True:
            attempt += 1
            try:
                result = await self._run_request(chat=chat_id is not None, group=group,
                                                 allow_paid_broadcast=bool(data.get("allow_paid_broadcast")),
                                                 callback=callback, args=args, kwargs=kwargs)
            except RetryAfter as exc:
                wait = _retry_after(exc) + 0.1
                if loop.time() + wait > deadline or self._event().is_set():
                    raise
                log.info("flood limit on %s (chat %s): waiting %.1f s as Telegram asks", endpoint, chat_id, wait)
                self._retry_after_event.clear()  # every request waits, as in AIORateLimiter
                try:
                    await self._pause(wait)
                finally:
                    self._retry_after_event.set()
            except TelegramError as exc:
                if not transient(exc) or loop.time() + delay > deadline or self._event().is_set():
                    raise
                log.debug("%s to chat %s failed (%s); retry %d in %.1f s", endpoint, chat_id, describe(exc), attempt, delay)
                self.health.retried_requests += 1
                await self._pause(delay)
                delay = min(delay * 2, self.max_backoff)
            else:
                if attempt > 1:
                    log.info("%s to chat %s went through after %d attempts", endpoint, chat_id, attempt)
                return result


async def connect(app: Application, stop: asyncio.Event, where: str, first: float = 1.0, cap: float = 60.0) -> bool:
    """Initialize the bot (getMe), retrying with backoff while the Bot API is unreachable.

    Returns False if ``stop`` was set first; raises InvalidToken (a retry would not help).
    """
    delay = first
    while not stop.is_set():
        try:
            await app.initialize()
            return True
        except InvalidToken:
            raise
        except TelegramError as exc:
            if not transient(exc):
                raise
            wait = _retry_after(exc) if isinstance(exc, RetryAfter) else delay
            log.warning("cannot reach the Bot API at %s (%s): starting again in %.0f s",
                        where, describe(exc), wait)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)
            delay = min(delay * 2, cap)
    return False

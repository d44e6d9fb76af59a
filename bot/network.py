"""The bot's side of an unreliable Bot API: outage logging, flood limits and retried replies.

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
import logging
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from . import logs

log = logging.getLogger(__name__)

NO_RETRY = frozenset({"getMe", "deleteWebhook", "setWebhook", "getWebhookInfo", "sendChatAction",
                      "setMyCommands", "deleteMyCommands", "close", "logOut"})
BRIEF_RETRY = {"answerCallbackQuery": 10.0, "answerInlineQuery": 10.0}  # Telegram drops old queries
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

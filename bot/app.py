"""Build the Telegram Application (``build_application``), run it (``Runner``, ``run``), and ``main``.

``build_application(settings, retriever)`` wires the handlers, the HTTP clients, the retrying rate
limiter and the BotState; ``run`` serves it with PTB's ``run_polling`` / ``run_webhook`` until a
stop signal; ``main`` is ``python -m bot``: settings from the environment and .env (read once),
the corpus indexed, then ``run``.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import threading
from collections.abc import Iterable, Mapping

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults

from retrieval import Retriever, YanluError
from retrieval.errors import SettingsError
from retrieval.settings import environment

from . import handlers, logs
from .corpus import open_corpus
from .network import ApiHealth, RetryingRateLimiter, TrackedRequest, describe
from .order import ChatOrder
from .settings import Settings
from .state import BotContext, BotState, state_of

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Requests in flight at once for the bot's replies (getUpdates has its own connection); each has a
# connection of its own (network.TrackedRequest). Telegram takes 30 messages/s: at a 0.1-0.2 s round
# trip that is 3-6 requests in flight, so 8 leave room for button and inline answers.
CONNECTIONS = 8


def build_application(settings: Settings, retriever: Retriever | None = None) -> Application:
    """The bot, ready to run: handlers, defaults, retrying rate limiter, guard; its BotState holds ``retriever``.

    Without ``retriever`` the corpus at ``settings.search.corpus`` is indexed once, in post_init.
    """
    health = ApiHealth(settings.api_base_url)
    timeouts = {} if settings.api_timeout is None else {
        "read_timeout": settings.api_timeout, "write_timeout": settings.api_timeout, "connect_timeout": settings.api_timeout}
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(_file_url(settings.api_base_url))
        .request(TrackedRequest(health, connection_pool_size=CONNECTIONS, **timeouts))
        .get_updates_request(TrackedRequest(health, connection_pool_size=1, **timeouts))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
                           allow_sending_without_reply=True))
        .concurrent_updates(ChatOrder())
        .rate_limiter(RetryingRateLimiter(health, settings.retry_seconds, settings.send_rate))
        .context_types(ContextTypes(context=BotContext))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    state = BotState.create(settings, health)
    if retriever is not None:
        state.serve(retriever)
    state.attach(app)
    handlers.register(app)
    return app


async def post_init(app: Application) -> None:
    """Index the corpus if not done yet, and register the commands with Telegram."""
    state = state_of(app)
    if state.served is None:
        state.serve(await asyncio.to_thread(open_corpus, state.settings.search))
    f = state.facts
    log.info("serving %d passages from %d documents as @%s", f.passages, len(f.documents), app.bot.username)
    try:
        await app.bot.set_my_commands([BotCommand(name, text) for name, text in handlers.COMMANDS])
    except TelegramError as exc:
        log.warning("could not register the bot's commands: %s", describe(exc))


async def post_shutdown(app: Application) -> None:
    """Close the HTTP clients also after a start-up that never reached the API (``Application.shutdown``
    only shuts down an initialized bot)."""
    await app.bot.shutdown()


def _file_url(base_url: str) -> str:
    """PTB's file URL beside a custom base URL: http://host/bot → http://host/file/bot."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return "https://api.telegram.org/file/bot"


class Runner:
    """Serves an Application as ``python -m bot`` does, until a stop signal or ``stop()``.

    Long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set, through PTB's ``run_polling`` /
    ``run_webhook``. While the Bot API is unreachable at start-up PTB retries (``bootstrap_retries=-1``:
    1 s growing to 30 s; the outage is one WARNING from ApiHealth) instead of exiting; a rejected
    token raises InvalidToken at once. A stop first cuts the rate limiter's retries short, so the
    handlers still running (``Application.stop`` waits for them) end at once instead of retrying
    for TELEGRAM_RETRY_SECONDS.
    """

    def __init__(self, app: Application, settings: Settings):
        self.app, self.settings = app, settings
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested = self._stopping = False

    def run(self, signals: Iterable[signal.Signals] = STOP_SIGNALS) -> None:
        """Serve in this thread (its own event loop) until a signal in ``signals`` or ``stop()``."""
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)  # run_polling / run_webhook run on the current event loop
        signals = tuple(signals)
        with self._lock:
            self._loop = loop
            if self._stop_requested:
                loop.call_soon(self._stop_now)
        for sig in signals:
            loop.add_signal_handler(sig, self._stop_now)
        try:
            s, common = self.settings, {"allowed_updates": handlers.ALLOWED_UPDATES, "bootstrap_retries": -1,
                                        "stop_signals": None, "close_loop": False}
            if s.use_webhook:
                self.app.run_webhook(listen=s.webhook_listen, port=s.webhook_port, url_path=s.webhook_path,
                                     webhook_url=s.webhook_url, secret_token=s.webhook_secret, **common)
            else:
                self.app.run_polling(**common)
        finally:
            for sig in signals:
                loop.remove_signal_handler(sig)
            with self._lock:
                self._loop = None
            _close(loop)

    def stop(self) -> None:
        """Stop serving, from any thread (tests, benchmarks); a stop signal does the same."""
        with self._lock:
            self._stop_requested = True
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._stop_now)

    def _stop_now(self) -> None:
        if self._stopping:
            return
        self._stopping = True
        if isinstance(self.app.bot.rate_limiter, RetryingRateLimiter):
            self.app.bot.rate_limiter.close()
        log.info("stopping")
        # What PTB's own stop_signals handler raises: run_polling / run_webhook catch SystemExit and
        # shut down gracefully (Application.__run, PTB 22.8). Ours closes the limiter first, which
        # PTB's stop_signals give no hook for.
        raise SystemExit


def _close(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel what is left (a start-up retry cut short by a stop), then close the loop, as asyncio.run does."""
    try:
        tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in tasks:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        asyncio.set_event_loop(None)
        loop.close()


def run(app: Application, settings: Settings) -> None:
    """Serve until SIGINT/SIGTERM (see ``Runner``)."""
    Runner(app, settings).run()


def main(env: Mapping[str, str] | None = None) -> int:
    """``python -m bot``: 0 after a clean stop, 2 on a setting or corpus the user must fix.

    ``env`` is the settings' mapping (default: .env under the process environment, read once here).
    """
    try:
        settings = Settings.from_env(environment() if env is None else env)
    except SettingsError as exc:
        print(f"yanlu: {exc}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level, settings.token, settings.webhook_secret)
    try:
        app = build_application(settings, open_corpus(settings.search))
        run(app, settings)
    except YanluError as exc:
        print(f"yanlu: {exc}", file=sys.stderr)
        return 2
    except InvalidToken:
        print(f"yanlu: the Bot API at {settings.api_base_url} rejected TELEGRAM_BOT_TOKEN: set the token @BotFather gave you", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"yanlu: cannot reach the Bot API at {settings.api_base_url}: {logs.redact(str(exc))}", file=sys.stderr)
        return 1
    return 0

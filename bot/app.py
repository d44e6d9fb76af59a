"""Build the Telegram Application (``build_application``) and run it (``main``)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, Defaults

from retrieval import Retriever, YanluError
from retrieval.errors import SettingsError

from . import admin, guard, handlers, logs
from .corpus import CorpusFacts, facts
from .network import ApiHealth, RetryingRateLimiter, TrackedRequest, connect, describe
from .settings import Settings
from .stats import STATS, Stats

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def build_application(settings: Settings, retriever: Retriever | None = None) -> Application:
    """The bot, ready to run: handlers, defaults, retrying rate limiter, guard; the Retriever in ``bot_data``.

    Without ``retriever`` the corpus at ``settings.corpus`` is indexed once, in post_init.
    """
    health = ApiHealth()
    timeouts = {} if settings.api_timeout is None else {
        "read_timeout": settings.api_timeout, "write_timeout": settings.api_timeout, "connect_timeout": settings.api_timeout}
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(_file_url(settings.api_base_url))
        .request(TrackedRequest(health, connection_pool_size=32, **timeouts))
        .get_updates_request(TrackedRequest(health, connection_pool_size=1, **timeouts))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
                           allow_sending_without_reply=True))
        .concurrent_updates(True)
        .rate_limiter(RetryingRateLimiter(health, settings.retry_seconds, settings.send_rate))
        .post_init(post_init)
        .build()
    )
    app.bot_data[handlers.SETTINGS] = settings
    app.bot_data[admin.HEALTH] = health
    app.bot_data[guard.GUARD] = guard.Guard(settings.rate_limit, settings.allowed_chats, settings.admin_ids)
    app.bot_data[STATS] = Stats()
    if retriever is not None:
        serve(app, retriever)
    handlers.register(app)
    return app


def serve(app: Application, retriever: Retriever, corpus_facts: CorpusFacts | None = None) -> None:
    """Make ``retriever`` the one the handlers use (with the facts shown about its corpus)."""
    app.bot_data[handlers.FACTS] = corpus_facts or facts(retriever)
    app.bot_data[handlers.RETRIEVER] = retriever


async def post_init(app: Application) -> None:
    """Index the corpus if not done yet, and register the commands with Telegram."""
    settings: Settings = app.bot_data[handlers.SETTINGS]
    if handlers.RETRIEVER not in app.bot_data:
        serve(app, await asyncio.to_thread(Retriever.from_path, settings.corpus, settings.cache_dir))
    f = app.bot_data[handlers.FACTS]
    log.info("serving %d passages from %d documents as @%s", f.passages, len(f.documents), app.bot.username)
    try:
        await app.bot.set_my_commands([BotCommand(name, text) for name, text in handlers.COMMANDS])
    except TelegramError as exc:
        log.warning("could not register the bot's commands: %s", describe(exc))


def _file_url(base_url: str) -> str:
    """PTB's file URL beside a custom base URL: http://host/bot → http://host/file/bot."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return "https://api.telegram.org/file/bot"


def run(app: Application, settings: Settings) -> None:
    """Long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set, until SIGINT/SIGTERM.

    While the Bot API is unreachable at start-up the bot waits and retries with backoff
    (1 s doubling to 60 s, one warning per attempt) instead of exiting; a rejected token
    raises InvalidToken at once.
    """
    asyncio.run(serve_until(app, settings))


async def serve_until(app: Application, settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Start (retrying while the API is unreachable), serve until ``stop`` is set (default: a stop signal), stop."""
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, stop.set)
    starting = asyncio.create_task(_start(app, settings, stop))
    stopping = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({starting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if starting.done():
            starting.result()  # InvalidToken and other start-up failures propagate
        await stop.wait()
        log.info("stopping")
    finally:
        for task in (starting, stopping):
            task.cancel()
        await asyncio.gather(starting, stopping, return_exceptions=True)
        await _stop(app)


async def _start(app: Application, settings: Settings, stop: asyncio.Event) -> None:
    health: ApiHealth = app.bot_data[admin.HEALTH]
    if not await connect(app, stop, settings.api_base_url):
        return
    await app.post_init(app)
    if settings.use_webhook:
        await app.updater.start_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port, url_path=settings.webhook_path,
            webhook_url=settings.webhook_url, secret_token=settings.webhook_secret,
            allowed_updates=handlers.ALLOWED_UPDATES, bootstrap_retries=-1,
        )
    else:
        await app.updater.start_polling(allowed_updates=handlers.ALLOWED_UPDATES, bootstrap_retries=-1,
                                        error_callback=health.polling_error)
    await app.start()


async def _stop(app: Application) -> None:
    """Stop polling, let running handlers finish (their retries cut short), release the HTTP clients."""
    if isinstance(app.bot.rate_limiter, RetryingRateLimiter):
        app.bot.rate_limiter.close()
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()
    await app.bot.shutdown()  # after a start-up that never reached the API: close its HTTP clients


def main() -> int:
    """``python -m bot``: 0 after a clean stop, 2 on a setting or corpus the user must fix."""
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"yanlu: {exc}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level, settings.token, settings.webhook_secret)
    try:
        retriever = Retriever.from_path(settings.corpus, settings.cache_dir)
        app = build_application(settings, retriever)
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

"""Build the Telegram Application (``build_application``) and run it (``main``)."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from retrieval import Retriever, YanluError
from retrieval.errors import SettingsError

from . import handlers, logs
from .corpus import facts
from .settings import Settings

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def build_application(settings: Settings, retriever: Retriever | None = None) -> Application:
    """The bot, ready to run: handlers, defaults, rate limiter; the Retriever in ``bot_data``.

    Without ``retriever`` the corpus at ``settings.corpus`` is indexed once, in post_init.
    """
    app = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(_file_url(settings.api_base_url))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True),
                           allow_sending_without_reply=True))
        .concurrent_updates(True)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .post_init(post_init)
        .build()
    )
    app.bot_data[handlers.SETTINGS] = settings
    if retriever is not None:
        serve(app, retriever)
    handlers.register(app)
    return app


def serve(app: Application, retriever: Retriever) -> None:
    """Make ``retriever`` the one the handlers use (with the facts shown about its corpus)."""
    app.bot_data[handlers.RETRIEVER] = retriever
    app.bot_data[handlers.FACTS] = facts(retriever)


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
        log.warning("could not register the bot's commands: %s", exc)


def _file_url(base_url: str) -> str:
    """PTB's file URL beside a custom base URL: http://host/bot → http://host/file/bot."""
    if base_url.endswith("/bot"):
        return base_url[: -len("bot")] + "file/bot"
    return "https://api.telegram.org/file/bot"


def run(app: Application, settings: Settings) -> None:
    """Long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set; stops on SIGINT/SIGTERM."""
    if settings.use_webhook:
        app.run_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port, url_path=settings.webhook_path,
            webhook_url=settings.webhook_url, secret_token=settings.webhook_secret,
            allowed_updates=handlers.ALLOWED_UPDATES, stop_signals=STOP_SIGNALS,
        )
    else:
        app.run_polling(allowed_updates=handlers.ALLOWED_UPDATES, stop_signals=STOP_SIGNALS)


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

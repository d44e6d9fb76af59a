"""The bot's settings: one frozen dataclass, parsed from the mapping ``retrieval.settings.environment()`` reads.

The search side (QA_CORPUS, QA_TOP_K, QA_MAX_FILE_MB, QA_CACHE_DIR) is ``retrieval.settings.Settings``,
held whole in ``Settings.search``; this module parses only the bot's own keys, one parser per
setting. Nothing is read at import time, and ``.env`` is read once, by ``environment()``, in
``main``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from retrieval.errors import SettingsError
from retrieval.settings import Settings as SearchSettings
from retrieval.settings import id_list, text, whole_number

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{4,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot reads from its environment; ``repr`` never shows a secret."""

    token: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    search: SearchSettings = SearchSettings()  # corpus, top_k, max_file_mb, cache_dir
    admin_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = ""
    webhook_secret: str | None = field(default=None, repr=False)
    log_level: str = "INFO"
    rate_limit: int = 20  # questions per user per minute; 0 turns the limit off
    allowed_chats: frozenset[int] = frozenset()  # empty: every chat; else only these (and the admins)
    retry_seconds: float = 300.0  # how long a reply is retried while the Bot API is unreachable
    typing_delay: float = 0.5  # seconds a search may take before the bot shows "typing…"
    send_rate: float = 30.0  # messages per second over all chats (Telegram's limit); 0: unlimited (benchmarks)
    api_timeout: float | None = None  # read/write/connect timeout of Bot API requests; None: PTB's (5 s)

    @property
    def use_webhook(self) -> bool:
        """True when updates arrive by webhook rather than long polling."""
        return bool(self.webhook_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Parse the bot's settings from ``env`` (see ``retrieval.settings.environment``). Raises SettingsError."""
        webhook_url = webhook(text(env, "TELEGRAM_WEBHOOK_URL"))
        return cls(
            token=token(text(env, "TELEGRAM_BOT_TOKEN")),
            api_base_url=base_url(text(env, "TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL)),
            search=SearchSettings.from_env(env),
            admin_ids=id_list("QA_ADMIN_IDS", text(env, "QA_ADMIN_IDS"), "user ids", "12345,67890"),
            rate_limit=whole_number("QA_RATE_LIMIT", text(env, "QA_RATE_LIMIT", "20"), 0, 10000),
            allowed_chats=id_list("QA_ALLOWED_CHATS", text(env, "QA_ALLOWED_CHATS"), "chat ids (groups are negative)",
                                  "12345,-1001234567890"),
            retry_seconds=float(whole_number("TELEGRAM_RETRY_SECONDS", text(env, "TELEGRAM_RETRY_SECONDS", "300"), 0, 86400)),
            webhook_url=webhook_url,
            webhook_listen=text(env, "TELEGRAM_WEBHOOK_LISTEN", "0.0.0.0"),
            webhook_port=whole_number("TELEGRAM_WEBHOOK_PORT", text(env, "TELEGRAM_WEBHOOK_PORT", "8443"), 1, 65535),
            webhook_path=text(env, "TELEGRAM_WEBHOOK_PATH") or (urlsplit(webhook_url).path.strip("/") if webhook_url else ""),
            webhook_secret=secret(text(env, "TELEGRAM_WEBHOOK_SECRET")),
            log_level=level(text(env, "LOG_LEVEL", "INFO")),
        )


def has_token(env: Mapping[str, str]) -> bool:
    """Whether ``env`` sets TELEGRAM_BOT_TOKEN (``make run``: the bot, else the local shell)."""
    return bool(text(env, "TELEGRAM_BOT_TOKEN"))


# -- one parser per setting ----------------------------------------------------------------------

def token(raw: str) -> str:
    """TELEGRAM_BOT_TOKEN: required, shaped like 123456789:AAE..."""
    if not raw:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set: set it to the token @BotFather gave you (in the environment or .env)")
    if not _TOKEN.match(raw):
        raise SettingsError("TELEGRAM_BOT_TOKEN is malformed: set it to the token @BotFather gave you, like 123456789:AAE...")
    return raw


def base_url(raw: str) -> str:
    """TELEGRAM_API_BASE_URL: an http(s) URL."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"TELEGRAM_API_BASE_URL is malformed: set it like {DEFAULT_API_BASE_URL} or http://127.0.0.1:8081/bot")
    return raw


def webhook(raw: str) -> str | None:
    """TELEGRAM_WEBHOOK_URL: unset (long polling) or an http(s) URL."""
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError("TELEGRAM_WEBHOOK_URL is malformed: set it to the public https URL Telegram should post to, e.g. https://bot.example.com/yanlu")
    return raw


def secret(raw: str) -> str | None:
    """TELEGRAM_WEBHOOK_SECRET: unset, or 1-256 of A-Z, a-z, 0-9, _ and -."""
    if raw and not _SECRET.match(raw):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    return raw or None


def level(raw: str) -> str:
    """LOG_LEVEL: a logging level name, any case."""
    name = raw.upper()
    if name not in _LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(_LEVELS)}, not {raw!r}")
    return name

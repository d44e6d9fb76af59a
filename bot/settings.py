"""The bot's settings: one frozen dataclass read from the environment and ``.env``."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

from retrieval.errors import SettingsError

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{4,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the bot reads from its environment; ``repr`` never shows a secret."""

    token: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    corpus: str = "seeds"
    top_k: int = 3
    admin_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = ""
    webhook_secret: str | None = field(default=None, repr=False)
    log_level: str = "INFO"
    cache_dir: str | None = None
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
    def from_env(cls, env: Mapping[str, str] | None = None, dotenv: str | os.PathLike | None = ".env") -> Settings:
        """Read and validate the settings; the environment wins over ``.env``. Raises SettingsError."""
        values: dict[str, str] = {}
        if dotenv is not None and Path(dotenv).is_file():
            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ if env is None else env)

        def get(key: str, default: str = "") -> str:
            return (values.get(key) or default).strip()

        token = get("TELEGRAM_BOT_TOKEN")
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set: set it to the token @BotFather gave you (in the environment or .env)")
        if not _TOKEN.match(token):
            raise SettingsError("TELEGRAM_BOT_TOKEN is malformed: set it to the token @BotFather gave you, like 123456789:AAE...")
        webhook_url = get("TELEGRAM_WEBHOOK_URL") or None
        return cls(
            token=token,
            api_base_url=_base_url(get("TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL)),
            corpus=get("QA_CORPUS", "seeds"),
            top_k=_int("QA_TOP_K", get("QA_TOP_K", "3"), 1, 10),
            admin_ids=_ids("QA_ADMIN_IDS", get("QA_ADMIN_IDS")),
            rate_limit=_int("QA_RATE_LIMIT", get("QA_RATE_LIMIT", "20"), 0, 10000),
            allowed_chats=_ids("QA_ALLOWED_CHATS", get("QA_ALLOWED_CHATS")),
            retry_seconds=float(_int("TELEGRAM_RETRY_SECONDS", get("TELEGRAM_RETRY_SECONDS", "300"), 0, 86400)),
            webhook_url=_webhook_url(webhook_url),
            webhook_listen=get("TELEGRAM_WEBHOOK_LISTEN", "0.0.0.0"),
            webhook_port=_int("TELEGRAM_WEBHOOK_PORT", get("TELEGRAM_WEBHOOK_PORT", "8443"), 1, 65535),
            webhook_path=get("TELEGRAM_WEBHOOK_PATH") or (urlsplit(webhook_url).path.strip("/") if webhook_url else ""),
            webhook_secret=_secret(get("TELEGRAM_WEBHOOK_SECRET")),
            log_level=_level(get("LOG_LEVEL", "INFO")),
            cache_dir=get("QA_CACHE_DIR") or None,
        )

    @property
    def log_level_number(self) -> int:
        return getattr(logging, self.log_level)


def _base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"TELEGRAM_API_BASE_URL is malformed: set it like {DEFAULT_API_BASE_URL} or http://127.0.0.1:8081/bot")
    return url


def _webhook_url(url: str | None) -> str | None:
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError("TELEGRAM_WEBHOOK_URL is malformed: set it to the public https URL Telegram should post to, e.g. https://bot.example.com/yanlu")
    return url


def _int(key: str, raw: str, low: int, high: int) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{key} must be a whole number between {low} and {high}, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{key} must be a whole number between {low} and {high}, not {raw!r}")
    return value


def _ids(key: str, raw: str) -> frozenset[int]:
    ids = [part for part in re.split(r"[,\s]+", raw) if part]
    try:
        return frozenset(int(part) for part in ids)
    except ValueError:
        what = "user ids" if key == "QA_ADMIN_IDS" else "chat ids (groups are negative)"
        example = "12345,67890" if key == "QA_ADMIN_IDS" else "12345,-1001234567890"
        raise SettingsError(f"{key} must be Telegram {what} separated by commas, e.g. {example}") from None


def _secret(raw: str) -> str | None:
    if raw and not _SECRET.match(raw):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
    return raw or None


def _level(raw: str) -> str:
    level = raw.upper()
    if level not in _LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(_LEVELS)}, not {raw!r}")
    return level

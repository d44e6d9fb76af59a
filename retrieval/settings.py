"""Settings: read once at start-up into one frozen object, shared by the CLI, the shell and the bot.

Nothing here runs at import time. ``environment()`` merges ``.env`` under the process
environment (the environment wins) once; ``Settings.from_env`` parses the search settings from
that mapping with one parser per setting. The bot's own settings (``bot.settings``) parse the
TELEGRAM_* keys from the same mapping and hold a ``Settings`` for the search side.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from .errors import SettingsError

DEFAULT_CORPUS = "seeds"
DEFAULT_TOP_K = 3
MAX_TOP_K = 10
DEFAULT_MAX_FILE_MB = 20
DEFAULT_CACHE_DIR = Path(".cache") / "yanlu"
DEFAULT_CONTEXT_MINUTES = 30


def environment(dotenv: str | os.PathLike | None = ".env", env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The settings' source: ``.env`` (when it exists) overlaid by the process environment (or ``env``)."""
    values: dict[str, str] = {}
    if dotenv is not None and Path(dotenv).is_file():
        values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
    values.update(os.environ if env is None else env)
    return values


def text(env: Mapping[str, str], key: str, default: str = "") -> str:
    """A setting as stripped text; empty counts as unset."""
    return (env.get(key) or "").strip() or default


def whole_number(key: str, raw: str, low: int, high: int) -> int:
    """Parse ``raw`` as an int in [low, high]; a SettingsError names the key otherwise."""
    try:
        value = int(str(raw).strip())
    except ValueError:
        raise SettingsError(f"{key} must be a whole number between {low} and {high}, not {raw!r}") from None
    if not low <= value <= high:
        raise SettingsError(f"{key} must be a whole number between {low} and {high}, not {raw!r}")
    return value


def id_list(key: str, raw: str, what: str, example: str) -> frozenset[int]:
    """Comma- or space-separated integer ids."""
    parts = [part for part in re.split(r"[,\s]+", raw) if part]
    try:
        return frozenset(int(part) for part in parts)
    except ValueError:
        raise SettingsError(f"{key} must be Telegram {what} separated by commas, e.g. {example}") from None


def switch_value(key: str, raw: str) -> bool:
    """Parse an on/off setting: 1, on, yes, true or 0, off, no, false (any case)."""
    value = str(raw).strip().lower()
    if value in ("1", "on", "yes", "true"):
        return True
    if value in ("0", "off", "no", "false"):
        return False
    raise SettingsError(f"{key} must be 1 or 0 (on or off), not {raw!r}")


def top_k(raw: str | int, key: str = "QA_TOP_K") -> int:
    """The one parser of a top-k value (QA_TOP_K, --top-k): 1..MAX_TOP_K."""
    return whole_number(key, str(raw), 1, MAX_TOP_K)


@dataclass(frozen=True, slots=True)
class Settings:
    """The search side's settings: corpus, answer length, file limit, cache folder, conversation memory."""

    corpus: str = DEFAULT_CORPUS
    top_k: int = DEFAULT_TOP_K
    max_file_mb: int = DEFAULT_MAX_FILE_MB
    cache_dir: Path = DEFAULT_CACHE_DIR
    context_minutes: int = DEFAULT_CONTEXT_MINUTES  # a chat's follow-up context expires after this
    jit: bool = True  # the query path's compiled kernels (numba, the optional extra "fast"), when installed

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Parse QA_CORPUS, QA_TOP_K, QA_MAX_FILE_MB, QA_CACHE_DIR, QA_CONTEXT_MINUTES and QA_JIT. Raises SettingsError."""
        return cls(
            corpus=text(env, "QA_CORPUS", DEFAULT_CORPUS),
            top_k=top_k(text(env, "QA_TOP_K", str(DEFAULT_TOP_K))),
            max_file_mb=whole_number("QA_MAX_FILE_MB", text(env, "QA_MAX_FILE_MB", str(DEFAULT_MAX_FILE_MB)), 1, 100_000),
            cache_dir=Path(text(env, "QA_CACHE_DIR") or DEFAULT_CACHE_DIR),
            context_minutes=whole_number(
                "QA_CONTEXT_MINUTES", text(env, "QA_CONTEXT_MINUTES", str(DEFAULT_CONTEXT_MINUTES)), 1, 7 * 24 * 60
            ),
            jit=switch_value("QA_JIT", text(env, "QA_JIT", "1")),
        )

"""Counters the bot keeps while it runs (shown by /stats); one ``Stats`` in the BotState."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Stats:
    """What happened since start-up. Only the event loop touches it."""

    started: float = field(default_factory=time.time)  # wall clock, for /stats
    questions: int = 0  # questions searched (messages and inline queries)
    answered: int = 0  # ... with at least one hit
    no_answer: int = 0  # ... with none
    limited: int = 0  # updates dropped by the per-user rate limit
    refused: int = 0  # updates from chats outside QA_ALLOWED_CHATS
    errors: int = 0  # handler failures (bugs): logged with a traceback, the user told
    undeliverable: int = 0  # replies Telegram refused (blocked, chat gone) or that outlived the retries
    reloads: int = 0
    failed_reloads: int = 0
    last_reload: float | None = None  # wall clock


"""Logging for the bot: one format, quiet HTTP libraries, and the token redacted from every record.

Redaction happens in a LogRecord factory, so it covers every logger and every handler,
including handlers added later (pytest's caplog, a file handler) and exception tracebacks
(PTB's InvalidToken quotes the token; httpx logs request URLs that contain it). The secrets live
in that factory (logging's own process-wide hook), not in a module global.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

REDACTED = "<redacted>"


class _Redacting:
    """A LogRecord factory around the previous one, replacing every secret in the records it makes."""

    def __init__(self, make: Callable[..., logging.LogRecord]):
        self.make, self.secrets = make, set()

    def __call__(self, *args, **kwargs) -> logging.LogRecord:
        record = self.make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to logging to report
            return record
        if self.found(message):
            record.msg, record.args = self.redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if self.found(text):
                record.exc_text = self.redact(text)
        if record.stack_info and self.found(record.stack_info):
            record.stack_info = self.redact(record.stack_info)
        return record

    def found(self, text: str) -> bool:
        return any(s in text for s in self.secrets)

    def redact(self, text: str) -> str:
        for s in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(s, REDACTED)
        return text


def add_secret(secret: str | None) -> None:
    """Never let ``secret`` (and, for a bot token, its secret half) reach a log line."""
    if not secret:
        return
    factory = logging.getLogRecordFactory()
    if not isinstance(factory, _Redacting):
        factory = _Redacting(factory)
        logging.setLogRecordFactory(factory)
    factory.secrets.add(secret)
    _, _, tail = secret.partition(":")
    if len(tail) >= 20:
        factory.secrets.add(tail)


def redact(text: str) -> str:
    """``text`` with every secret given to ``add_secret`` replaced."""
    factory = logging.getLogRecordFactory()
    return factory.redact(text) if isinstance(factory, _Redacting) else text


def _not_invalid_token(record: logging.LogRecord) -> bool:
    """PTB logs a rejected token with a long traceback; ``main`` says it in one line instead."""
    from telegram.error import InvalidToken

    return not (record.exc_info and isinstance(record.exc_info[1], InvalidToken))


def configure(level: str, *secrets: str | None) -> None:
    """Root logging at ``level``; httpx/httpcore at WARNING; the token (and other secrets) redacted everywhere."""
    for secret in secrets:
        add_secret(secret)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    ext = logging.getLogger("telegram.ext")
    if _not_invalid_token not in ext.filters:
        ext.addFilter(_not_invalid_token)

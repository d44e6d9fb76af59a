"""Logging for the bot: one format, quiet HTTP libraries, and the token redacted from every record.

Redaction happens in a LogRecord factory, so it covers every logger and every handler,
including handlers added later (pytest's caplog, a file handler) and exception tracebacks
(PTB's InvalidToken quotes the token; httpx logs request URLs that contain it).
"""

from __future__ import annotations

import logging

REDACTED = "<redacted>"
_secrets: set[str] = set()
_installed = False


def add_secret(secret: str | None) -> None:
    """Never let ``secret`` (and, for a bot token, its secret half) reach a log line."""
    global _installed
    if not secret:
        return
    _secrets.add(secret)
    _, _, tail = secret.partition(":")
    if len(tail) >= 20:
        _secrets.add(tail)
    if not _installed:
        _wrap_factory()
        _installed = True


def redact(text: str) -> str:
    for s in sorted(_secrets, key=len, reverse=True):
        text = text.replace(s, REDACTED)
    return text


def _has_secret(text: str) -> bool:
    return any(s in text for s in _secrets)


def _wrap_factory() -> None:
    make = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to logging to report
            return record
        if _has_secret(message):
            record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            if _has_secret(text):
                record.exc_text = redact(text)
        if record.stack_info and _has_secret(record.stack_info):
            record.stack_info = redact(record.stack_info)
        return record

    logging.setLogRecordFactory(factory)


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

"""Compatibility: bot/ imports ``retrieval.tokenize.normalize``; removed once bot/ imports retrieval.text."""

from .text import normalize  # noqa: F401

"""Compatibility: bot/ imports ``retrieval.tokenize.normalize``; removed once bot/ imports retrieval.text."""

from .search.tokenizer import normalize  # noqa: F401

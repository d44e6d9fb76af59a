"""Shared fixtures. Every test runs with a clean environment: no token, no .env, a private cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
_ENV_PREFIXES = ("TELEGRAM_", "QA_", "YANLU_")


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch, tmp_path):
    """No setting leaks in from the developer's shell or .env; caches go to a temp folder."""
    for key in list(os.environ):
        if key.startswith(_ENV_PREFIXES):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    yield


@pytest.fixture(scope="session")
def seed_retriever():
    """The retriever over the shipped seeds/ corpus, built once per test session."""
    from retrieval import Retriever

    return Retriever.build(SEEDS)

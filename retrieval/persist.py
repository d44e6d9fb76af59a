"""Persistence of the built index (see the speed issue); for now: build in memory."""

from __future__ import annotations

import os
from pathlib import Path


def load_or_build(cls, path: Path, cache_dir: str | os.PathLike | None = None):
    """Build the retriever for ``path``."""
    from .ingest import load_corpus

    return cls(load_corpus(path))

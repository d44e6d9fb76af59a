"""The on-disk cache of parsed pages, tokens and whole corpora (see ``build`` for the layout).

``load_or_build(path, settings) -> Corpus`` is the one entry point (``Retriever.from_path``
calls it); ``files`` scans and keys the corpus files, ``pages`` encodes pages as JSON,
``index`` saves and loads a whole corpus entry.
"""

from .build import load_or_build
from .files import FORMAT_VERSION, CacheError, cache_root

__all__ = ["FORMAT_VERSION", "CacheError", "cache_root", "load_or_build"]

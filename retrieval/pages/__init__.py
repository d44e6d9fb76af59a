"""Pages: finding, decoding and parsing corpus files into Documents and attributed Passages.

``iter_files`` finds them, ``Admission`` is the one rule for which files and pages are served,
``decode`` turns bytes into text, ``parse_page`` turns text (a page dump, Markdown with front
matter, or HTML) into a ``Page``; ``load_corpus`` does all of it without a cache.
"""

from .ingest import (
    Admission,
    Page,
    SkipFile,
    decode,
    iter_files,
    load_corpus,
    parse_page,
    read_file,
)

__all__ = ["Admission", "Page", "SkipFile", "decode", "iter_files", "load_corpus", "parse_page", "read_file"]

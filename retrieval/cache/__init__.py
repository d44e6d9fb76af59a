"""The on-disk cache of parsed pages, tokens and whole corpora."""

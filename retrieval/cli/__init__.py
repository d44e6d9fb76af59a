"""``python -m retrieval ask|shell|chunks|eval`` and the ``yanlu`` script."""

from .main import main

__all__ = ["main"]

"""Yanlu (言录) retrieval: attributed passages of Chinese news pages and exact BM25 search.

    from retrieval import Retriever
    r = Retriever.from_path("seeds")
    hits = r.search("天开西青园引进了多少项目？", top_k=3)

This package never imports telegram; ``bot/`` is a thin adapter over it.
"""

from .corpus import Corpus
from .errors import CorpusError, QuestionError, SettingsError, YanluError
from .models import Document, Hit, Passage, Speaker
from .retriever import MAX_QUESTION_CHARS, Retriever, clip_question

__all__ = [
    "MAX_QUESTION_CHARS",
    "Corpus",
    "CorpusError",
    "Document",
    "Hit",
    "Passage",
    "QuestionError",
    "Retriever",
    "SettingsError",
    "Speaker",
    "YanluError",
    "clip_question",
]
__version__ = "0.1.0"

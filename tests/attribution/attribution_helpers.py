"""Helpers the attribution tests share: each paragraph's speaker as ``attribute_paragraphs`` decides it."""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def speakers_of(paragraphs, context=(), **kw) -> list[str | None]:
    """Each paragraph's speaker's name, None for nobody (``context`` and ``kw`` go to attribute_paragraphs)."""
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context, **kw)]


def titled_speakers_of(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    """Each paragraph's speaker as (name, title), (None, None) for nobody."""
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


def how_of(paragraphs: list[str]) -> list[str | None]:
    """Each paragraph's way of deciding its speaker (``Attribution.how``), None for nobody."""
    return [a.how for a in attribute_paragraphs(paragraphs)]

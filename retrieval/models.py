"""The four concepts of Yanlu, one frozen dataclass each."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Speaker:
    """A named person a passage quotes or paraphrases."""

    name: str
    title: str | None = None

    def label(self) -> str:
        """「name · title」 as shown to users."""
        return f"{self.name} · {self.title}" if self.title else self.name


@dataclass(frozen=True, slots=True)
class Document:
    """One news page: where a passage was published."""

    title: str
    outlet: str | None
    published: str | None  # ISO 8601, or None when the page gives no date
    url: str | None
    path: str
    editor: str | None = None
    author: str | None = None

    @property
    def date(self) -> str | None:
        """The publication day (YYYY-MM-DD) or None."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph of an article body, with who said it and where it was published."""

    text: str
    paragraph: int  # 1-based within its document
    source: Document
    speaker: Speaker | None = None
    section: str | None = None  # the heading the paragraph stands under, if any
    # how the speaker was decided ("quote", "speech-verb", "transcript", "continuation", "pronoun",
    # "title-reference", "monologue", "headline"), None without a speaker; and how sure (0 without a speaker)
    attribution: str | None = None
    confidence: float = 0.0

    def source_line(self) -> str:
        """「outlet · date · 《title》 · ¶N」."""
        parts = [p for p in (self.source.outlet, self.source.date) if p]
        parts.append(f"《{self.source.title}》")
        parts.append(f"¶{self.paragraph}")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Hit:
    """A passage that answers a question, with its score and the question terms it matched.

    ``best_sentence`` is the sentence of the passage that answers (chosen by what the question
    asks: a date for "when", a number for "how many", quoted words for "what did X say");
    ``answer_span`` the (start, end) of the answer inside it, when a date, number, name or quote
    answers; ``missing_terms`` the question's distinctive words (names, places, organisations,
    years, numbers) the passage does not hold.
    """

    passage: Passage
    score: float
    matched_terms: tuple[str, ...] = field(default=())
    best_sentence: str = ""
    answer_span: tuple[int, int] | None = None
    missing_terms: tuple[str, ...] = field(default=())

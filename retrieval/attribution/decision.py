"""Deciding who said a paragraph, from the proposals the rules and the generous readers make
(``speakers.Attributor.propose``): the rules' confidence model (``data/confidence.txt``), the
logistic decision model (``data/attribution_model.txt``, fitted by ``python -m bench.attribution_fit``)
and ``choose``, which turns a paragraph's proposals into one ``Attribution``."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from ..models import Speaker


def _model_file(name: str, tables: tuple[str, ...]) -> tuple[dict[str, dict[str, float]], float]:
    """A model file of ``data/``: lines ``TABLE KEY VALUE`` for each of ``tables`` and one
    ``threshold VALUE`` (``#`` comments, blank lines); the tables (table → key → value) and the threshold."""
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    out: dict[str, dict[str, float]] = {t: {} for t in tables}
    threshold = None
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if parts[0] in out and len(parts) == 3:
            out[parts[0]][parts[1]] = float(parts[2])
        elif parts[0] == "threshold" and len(parts) == 2:
            threshold = float(parts[1])
        else:
            raise ValueError(f"data/{name}: cannot read {line!r}")
    if threshold is None:
        raise ValueError(f"data/{name} names no threshold")
    return out, threshold


def _confidence_model() -> tuple[dict[str, float], dict[str, float], float]:
    """The confidence model from ``data/confidence.txt``: a base per way of deciding a speaker,
    how much each doubt takes off, and the threshold below which a passage gets no speaker."""
    tables, threshold = _model_file("confidence.txt", ("base", "doubt"))
    return tables["base"], tables["doubt"], threshold


# How sure each way of deciding a speaker is (0–1), what each doubt takes off, and the threshold
# below which a passage gets no speaker: data/confidence.txt, measured in docs/attribution.md.
CONFIDENCE, DOUBTS, THRESHOLD = _confidence_model()


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a paragraph, how that was decided, and how sure it is."""

    speaker: Speaker | None = None
    how: str | None = None
    confidence: float = 0.0


NO_SPEAKER = Attribution()


@dataclass(frozen=True, slots=True)
class Proposal:
    """One candidate speaker of a paragraph: who (as the page writes it), how it was found (a
    value of ``Attribution.how``), the rules' own confidence (``CONFIDENCE`` less ``DOUBTS``) and
    the features (name → value) the decision model weighs."""

    speaker: Speaker
    how: str
    rule: float
    features: tuple[tuple[str, float], ...] = ()


def _decision_model() -> tuple[dict[str, float], float]:
    """The decision model from ``data/attribution_model.txt``: a weight per feature of a proposal
    (logistic: probability = 1 / (1 + e^-(Σ weight × value))) and the probability a proposal
    needs to name its speaker. Fitted by ``python -m bench.attribution_fit``."""
    tables, threshold = _model_file("attribution_model.txt", ("weight",))
    return tables["weight"], threshold


# The decision model: weights per feature and the acceptance threshold (data/attribution_model.txt).
WEIGHTS, ACCEPT = _decision_model()


def probability(features: Iterable[tuple[str, float]], weights: dict[str, float] | None = None) -> float:
    """How likely a proposal with these features names the right speaker (the logistic model)."""
    w = WEIGHTS if weights is None else weights
    z = sum(w.get(k, 0.0) * v for k, v in features)
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


def choose(proposals: Iterable[Proposal], weights: dict[str, float] | None = None,
           threshold: float | None = None) -> Attribution:
    """The paragraph's speaker: a proposal of the rules that passes their own threshold (their
    doubts stay a veto: on pages nobody tuned on, contested and voiced paragraphs were where
    wrong names came from), else the most probable of the generous proposals if the decision
    model accepts it; else no speaker. The confidence is the model's probability."""
    proposals = list(proposals)
    sure = [p for p in proposals if p.rule >= THRESHOLD]
    if sure:
        return Attribution(sure[0].speaker, sure[0].how, round(probability(sure[0].features, weights), 2))
    best, best_p = best_proposal([p for p in proposals if p.rule == 0.0], weights)
    if best is None or best_p < (ACCEPT if threshold is None else threshold):
        return NO_SPEAKER
    return Attribution(best.speaker, best.how, round(best_p, 2))


def best_proposal(proposals: Iterable[Proposal], weights: dict[str, float] | None = None) -> tuple[Proposal | None, float]:
    """The most probable proposal and its probability (None, -1 without proposals)."""
    best, best_p = None, -1.0
    for prop in proposals:
        p = probability(prop.features, weights)
        if p > best_p:
            best, best_p = prop, p
    return best, best_p

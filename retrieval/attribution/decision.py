"""Deciding who said a paragraph, from the proposals the rules and the generous readers make
(``speakers.Attributor.propose``): the rules' confidence model (``data/confidence.txt``), the
logistic decision model (``data/attribution_model.txt``, fitted by ``python -m bench.attribution_fit``)
the unseen-page model (``data/unseen_model.txt``, fitted by ``python -m bench.unseen_fit`` on the
lines earlier code named on pages it had never seen) and ``choose``, which turns a paragraph's
proposals into one ``Attribution``."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from ..models import Speaker
from .words import NAME_SEP


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


def _unseen_model() -> tuple[dict[str, float], float]:
    """The unseen-page model from ``data/unseen_model.txt``: a weight per sign (logistic, as
    ``probability``) and the probability an attribution needs on a page nobody tuned on."""
    tables, threshold = _model_file("unseen_model.txt", ("weight",))
    return tables["weight"], threshold


# How often an attribution with these signs named the right speaker on pages the code had never
# seen (data/unseen_model.txt), and the least such probability that names a speaker.
UNSEEN_WEIGHTS, UNSEEN_ACCEPT = _unseen_model()


_PARTS = re.compile(f"[{NAME_SEP}・]")  # the name separators, and the katakana middle dot


def person_named(name: str, text: str) -> bool:
    """Does ``text`` name the person ``name`` — the whole name, or the last part of a
    transliterated one (唐纳德•特朗普 named as 特朗普)?"""
    last = _PARTS.split(name)[-1]
    return name in text or (len(last) >= 2 and last != name and last in text)


def unseen_signs(name: str, how: str, features: Iterable[tuple[str, float]]) -> tuple[str, ...]:
    """The signs the unseen-page model weighs, from what any version of the reader tells of an
    attribution: its way, whether the paragraph names the speaker (``away``: not; ``person-here``,
    else ``named-here``), how often the
    page does (``once``, ``twice``), whether it names another person too (``others``), whether a
    title came with the name, and the name's shape
    (two or four characters, not a transliteration). A feature the proposal does not carry gives
    no sign."""
    f = dict(features)
    signs = [f"way:{how}"]
    named_here = f.get("person-here", f.get("named-here"))
    mentions = f.get("page-mentions")
    times = round(mentions * 10) if mentions is not None else None  # how often the page names them
    if named_here == 0.0:
        signs.append("away")
        if times is not None and times <= 2:
            signs.append("away&rare")
    if times is not None and times <= 1:
        signs.append("once")
    elif times == 2:
        signs.append("twice")
    if f.get("others-here", 0.0) > 0.0:
        signs.append("others")  # the paragraph names someone else too: A表示…B说 — whose words?
    untitled = f.get("titled") == 0.0
    if untitled:
        signs.append("untitled")
    if not f.get("transliterated") and len(name) in (2, 4):
        signs.append(f"{'two' if len(name) == 2 else 'four'}-char")
        if len(name) == 2 and untitled:
            signs.append("two-char&untitled")
    return tuple(signs)


def unseen_probability(proposal: Proposal, weights: dict[str, float] | None = None) -> float:
    """How likely ``proposal`` names the right speaker on a page nobody tuned on (its signs
    weighed by the unseen-page model)."""
    w = UNSEEN_WEIGHTS if weights is None else weights
    return probability((("bias", 1.0), *((s, 1.0) for s in unseen_signs(proposal.speaker.name, proposal.how, proposal.features))), w)


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
    model accepts it; else no speaker. Either is named only if the unseen-page model gives it
    at least ``UNSEEN_ACCEPT``: the rules and the decision model were fitted on pages the rules
    were tuned to, and on pages nobody tuned on some of their readings were wrong a third of the
    time or more. The confidence is the lower of the two probabilities."""
    proposals = list(proposals)
    sure = [p for p in proposals if p.rule >= THRESHOLD]
    if sure:
        best, best_p = sure[0], probability(sure[0].features, weights)
    else:
        best, best_p = best_proposal([p for p in proposals if p.rule == 0.0], weights)
        if best is None or best_p < (ACCEPT if threshold is None else threshold):
            return NO_SPEAKER
    unseen = unseen_probability(best)
    if unseen < UNSEEN_ACCEPT:
        return NO_SPEAKER
    return Attribution(best.speaker, best.how, round(min(best_p, unseen), 2))


def best_proposal(proposals: Iterable[Proposal], weights: dict[str, float] | None = None) -> tuple[Proposal | None, float]:
    """The most probable proposal and its probability (None, -1 without proposals)."""
    best, best_p = None, -1.0
    for prop in proposals:
        p = probability(prop.features, weights)
        if p > best_p:
            best, best_p = prop, p
    return best, best_p

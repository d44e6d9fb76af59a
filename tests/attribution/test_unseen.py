"""The unseen-page model (retrieval/attribution/decision.py, data/unseen_model.txt, fitted by
bench/unseen_fit.py on the lines earlier code named on pages it had never seen): the signs it
reads from a proposal, its probability, the veto and the confidence in ``choose``, and the fit.

The sentences and lines are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

import math

from bench import unseen_fit
from retrieval.attribution import decision
from retrieval.attribution.decision import (
    Proposal,
    choose,
    person_named,
    unseen_probability,
    unseen_signs,
)
from retrieval.attribution.speakers import propose_paragraphs
from retrieval.models import Speaker


def _feats(here: float = 1.0, mentions: int = 5, titled: float = 1.0, translit: float = 0.0) -> tuple[tuple[str, float], ...]:
    return (("person-here", here), ("page-mentions", mentions / 10), ("titled", titled), ("transliterated", translit))


def test_the_model_is_read_from_data():
    assert "bias" in decision.UNSEEN_WEIGHTS and 0.0 <= decision.UNSEEN_ACCEPT < 1.0
    assert all(math.isfinite(w) for w in decision.UNSEEN_WEIGHTS.values())


def test_a_name_the_paragraph_writes_in_full_or_by_its_last_part():
    assert person_named("王建华", "王建华表示,今年将新建学校。")
    assert person_named("唐纳德•特朗普", "特朗普称,他不能说。")
    assert not person_named("王建华", "他表示,今年将新建学校。")
    assert not person_named("王建华", "王建表示")


def test_the_signs_of_a_speaker_named_here_often_with_a_title():
    assert unseen_signs("王小明", "speech-verb", _feats()) == ("way:speech-verb",)


def test_a_speaker_from_elsewhere_named_once_without_a_title():
    signs = unseen_signs("王明", "continuation", _feats(here=0.0, mentions=1, titled=0.0))
    assert set(signs) == {"way:continuation", "away", "away&rare", "once", "untitled", "two-char", "two-char&untitled"}
    assert "twice" in unseen_signs("王小明", "pronoun", _feats(here=0.0, mentions=2))
    assert "away&rare" not in unseen_signs("王小明", "pronoun", _feats(here=0.0, mentions=3))


def test_a_transliterated_name_has_no_shape_sign_and_a_missing_feature_no_sign():
    assert unseen_signs("约翰·史密", "quote", _feats(translit=1.0)) == ("way:quote",)
    assert unseen_signs("王明", "quote", ()) == ("way:quote", "two-char")
    # the decision model's named-here stands in where a proposal carries no person-here
    assert "away" in unseen_signs("王小明", "quote", (("named-here", 0.0),))


def test_the_probability_weighs_the_signs_and_a_bias():
    prop = Proposal(Speaker("王明"), "continuation", 1.0, _feats(here=0.0, mentions=1, titled=0.0))
    w = {"bias": 1.0, "away": -0.5, "once": -0.25}
    assert unseen_probability(prop, w) == 1 / (1 + math.exp(-0.25))


def test_below_the_threshold_nobody_is_named_and_the_confidence_is_the_lower_probability(monkeypatch):
    prop = Proposal(Speaker("王明"), "continuation", 1.0, (("bias", 1.0), *_feats(here=0.0, mentions=1)))
    monkeypatch.setattr(decision, "UNSEEN_WEIGHTS", {"bias": 2.0, "away": -2.0})  # p = 0.5
    monkeypatch.setattr(decision, "UNSEEN_ACCEPT", 0.6)
    assert choose([prop], {"bias": 5.0}, 0.5).speaker is None
    monkeypatch.setattr(decision, "UNSEEN_ACCEPT", 0.4)
    got = choose([prop], {"bias": 5.0}, 0.5)
    assert got.speaker == Speaker("王明") and got.confidence == 0.5
    named = Proposal(Speaker("王明"), "speech-verb", 1.0, (("bias", 1.0), *_feats()))
    assert choose([named], {"bias": 0.0}, 0.5).confidence == 0.5  # the decision model's is lower here


def test_the_reader_gives_each_proposal_the_person_here_feature():
    props = propose_paragraphs(["市长王建华表示,今年将新建学校十所。", "他说,学校明年开学。"])
    assert dict(props[0][0].features)["person-here"] == 1.0
    assert dict(props[1][0].features)["person-here"] == 0.0


def _line(signs: tuple[str, ...], outcome: str, batch: str = "b1") -> unseen_fit.Line:
    return unseen_fit.Line(batch, "x.txt:0", signs, outcome)


def test_a_dumped_line_is_right_wrong_or_extra_and_a_headline_is_left_out():
    row = {"file": "a.txt", "idx": 3, "gold": ["王明"], "got": "王明", "title": None, "how": "pronoun",
           "text": "他说,学校明年开学。", "page": 1}
    ln = unseen_fit.line_of("b1", row)
    assert ln.outcome == "right" and {"away", "once", "untitled"} <= set(ln.signs)
    assert unseen_fit.line_of("b1", {**row, "gold": ["李四"]}).outcome == "wrong"
    assert unseen_fit.line_of("b1", {**row, "gold": []}).outcome == "extra"
    assert unseen_fit.line_of("b1", {**row, "how": "headline"}) is None


def test_the_fit_learns_a_sign_that_is_mostly_wrong_and_the_threshold_cuts_it():
    lines = [_line(("way:speech-verb",), "right")] * 40 + [_line(("way:speech-verb",), "wrong")] * 2
    lines += [_line(("way:continuation", "away"), "right")] * 3 + [_line(("way:continuation", "away"), "wrong")] * 9
    w = unseen_fit.fit(lines)
    assert w["away"] < 0
    t = unseen_fit.threshold(lines, w, per_error=2.0)
    kept_right, kept_wrong, cut_right, cut_wrong = unseen_fit.tally(lines, w, t)
    assert (kept_right, kept_wrong, cut_right, cut_wrong) == (40, 2, 3, 9)


def test_written_weights_are_read_back(tmp_path):
    path = tmp_path / "unseen_model.txt"
    path.write_text("# a comment kept\nweight bias 1.0\nthreshold 0.5\n", "utf-8")
    unseen_fit.write({"bias": 2.5, "away": -1.25}, 0.6, path, "a note")
    text = path.read_text("utf-8")
    assert text.startswith("# a comment kept\n") and "weight away -1.2500" in text and text.endswith("threshold 0.6000\n")


def test_a_paragraph_naming_someone_else_too_is_a_sign():
    """A表示…B说: the model weighs a paragraph that names another person besides the speaker."""
    assert "others" in unseen_signs("王小明", "speech-verb", (*_feats(), ("others-here", 1 / 3)))
    assert "others" not in unseen_signs("王小明", "speech-verb", (*_feats(), ("others-here", 0.0)))


def test_the_fit_counts_other_people_as_the_reader_does():
    known = {"王小明": "局长", "李四": "主任"}
    assert unseen_fit.others_named(known, "局长王小明表示，主任李四也到场。", "王小明") == 1
    assert unseen_fit.others_named(known, "局长王小明表示，“主任李四说得对。”", "王小明") == 0

"""bench.calibrate: the rules' confidence model fitted to the precision of way × doubts buckets,
and a threshold from the cost of a wrong speaker (invented lines and proposals)."""

from __future__ import annotations

from pathlib import Path

from bench.attribution_fit import Row
from bench.calibrate import Line, confidence, cost, fit, interval, lines_of, threshold, write
from retrieval.attribution.decision import Proposal
from retrieval.models import Speaker


def _lines(way: str, doubts: tuple[str, ...], right: int, wrong: int, batch: str = "a") -> list[Line]:
    return [Line(batch, f"f:{i}", way, doubts, "right" if i < right else "wrong", 0.9) for i in range(right + wrong)]


def test_a_row_falls_in_the_bucket_of_the_rules_proposal_and_is_right_wrong_or_extra():
    rules = Proposal(Speaker("王明"), "speech-verb", 0.55, (("by:rules", 1.0), ("doubt:contested", 1.0), ("rule", 0.55)))
    generous = Proposal(Speaker("李华"), "continuation", 0.0, (("by:last-speaker", 1.0),))
    rows = [Row("a", "f", 0, ("王明",), (rules, generous)), Row("a", "f", 1, ("李华",), (rules,)),
            Row("a", "f", 2, (), (rules,)), Row("a", "f", 3, ("李华",), (generous,))]
    got = lines_of(rows)
    assert [(ln.way, ln.doubts, ln.outcome) for ln in got] == [
        ("speech-verb", ("contested",), "right"), ("speech-verb", ("contested",), "wrong"),
        ("speech-verb", ("contested",), "extra")]  # a row with only generous proposals is no bucket's
    assert got[0].rule == 0.55


def test_the_confidence_tracks_the_precision_of_each_bucket():
    lines = _lines("speech-verb", (), 98, 2) + _lines("speech-verb", ("contested",), 30, 30) + _lines("pronoun", (), 50, 0)
    base, doubt = fit(lines, prior=0.0)
    assert base["speech-verb"] == 0.98 and base["pronoun"] == 1.0
    assert doubt["contested"] == 0.48  # 0.98 − 0.50
    assert confidence(lines[-1], base, doubt) == 1.0


def test_a_small_bucket_shrinks_toward_its_ways_precision():
    lines = _lines("speech-verb", (), 90, 10) + _lines("speech-verb", ("rivals",), 0, 2)
    raw, _ = fit(lines, prior=0.0)
    _, raw_doubt = fit(lines, prior=0.0)
    _, shrunk = fit(lines, prior=5.0)
    assert raw_doubt["rivals"] == raw["speech-verb"]  # two wrong lines alone: precision 0
    assert 0 < shrunk["rivals"] < raw_doubt["rivals"]


def test_a_doubt_never_makes_a_speaker_surer():
    lines = _lines("quote", (), 8, 2) + _lines("quote", ("caption",), 10, 0)
    _, doubt = fit(lines, prior=0.0)
    assert doubt["caption"] == 0.0


def test_the_threshold_weighs_a_wrong_speaker_at_twice_a_missed_one():
    # a bucket right 3 times in 5 (p = 0.6 < 2/3) is rejected at cost 2, accepted at cost 1
    lines = _lines("speech-verb", (), 20, 0) + _lines("speech-verb", ("weak-name",), 3, 2)
    base, doubt = fit(lines, prior=0.0)
    doubted = lines[-1]
    assert confidence(doubted, base, doubt) == 0.6
    assert threshold(lines, base, doubt, 2.0) > 0.6
    assert threshold(lines, base, doubt, 1.0) <= 0.6
    lo, hi = interval(lines, base, doubt, 2.0)
    assert (lo, hi) == (0.6, 1.0)
    assert cost(lines, base, doubt, 0.8, 2.0) == 3  # the three right ones rejected
    assert cost(lines, base, doubt, 0.5, 2.0) == 4  # the two wrong ones accepted


def test_writing_keeps_the_comments_and_replaces_the_values(tmp_path: Path):
    path = tmp_path / "confidence.txt"
    path.write_text("# how sure\nbase quote 0.9\n# a doubt\ndoubt caption 0.1\nthreshold 0.6\n", "utf-8")
    write({"quote": 0.97, "pronoun": 1.0, "*": 0.9}, {"caption": 0.02}, 0.845, 2.0, path, "3 lines")
    text = path.read_text("utf-8")
    assert "# how sure\nbase quote 0.97\n# a doubt\ndoubt caption 0.02\n" in text
    assert "base pronoun 1.00\n" in text and "base *" not in text
    assert text.endswith("threshold 0.845\n") and "costs 2 missed ones" in text

"""Proposing and deciding (retrieval/attribution/speakers.py): the rules and generous fallbacks
propose speakers for each paragraph; one logistic model (weights in data/attribution_model.txt,
fitted by bench/attribution_fit.py) decides which generous proposal to accept, and the rules'
own proposals pass on their own threshold (their doubts stay a veto).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

import math

from bench.attribution_fit import Row, choose_threshold, fit, score
from retrieval.attribution import decision
from retrieval.attribution.decision import ACCEPT, THRESHOLD, WEIGHTS, Proposal, choose, probability
from retrieval.attribution.speakers import attribute_paragraphs, propose_paragraphs
from retrieval.models import Speaker


def _by(props: tuple[Proposal, ...]) -> list[tuple[str, str]]:
    return [(p.speaker.name, next(k for k, _ in p.features if k.startswith("by:"))) for p in props]


def test_the_model_is_read_from_data():
    assert WEIGHTS and 0 < ACCEPT < 1
    assert all(math.isfinite(w) for w in WEIGHTS.values())


def test_probability_is_the_logistic_of_the_weighted_features():
    assert probability((("a", 1.0), ("b", 2.0)), {"a": 0.5, "b": -0.25}) == 0.5
    assert probability((("a", 1.0),), {"a": 2.0}) == 1 / (1 + math.exp(-2.0))
    assert probability((("unknown", 1.0),), {}) == 0.5


def test_a_sure_rule_proposal_is_accepted_whatever_the_weights():
    sure = Proposal(Speaker("王明"), "speech-verb", THRESHOLD, (("bias", 1.0),))
    got = choose([sure], {"bias": -10.0}, 0.99)
    assert (got.speaker.name, got.how) == ("王明", "speech-verb")
    assert got.confidence == round(probability(sure.features, {"bias": -10.0}), 2)


def test_a_doubted_rule_proposal_is_never_accepted():
    doubted = Proposal(Speaker("王明"), "speech-verb", round(THRESHOLD - 0.05, 2), (("bias", 1.0),))
    assert choose([doubted], {"bias": 10.0}, 0.01).speaker is None


def test_a_generous_proposal_needs_the_models_threshold():
    loose = Proposal(Speaker("邱大同"), "speech-verb", 0.0, (("bias", 1.0), ("by:loose-name", 1.0)))
    assert choose([loose], {"by:loose-name": 1.0}, 0.7).speaker == Speaker("邱大同")  # p = 0.73
    assert choose([loose], {"by:loose-name": 1.0}, 0.75).speaker is None
    other = Proposal(Speaker("李四"), "continuation", 0.0, (("by:last-speaker", 1.0),))
    assert choose([other, loose], {"by:loose-name": 1.0, "by:last-speaker": 2.0}, 0.5).speaker == Speaker("李四")


def test_the_rules_proposals_come_first_and_fallbacks_only_where_they_name_nobody():
    props = propose_paragraphs(["市长王建华表示,今年将新建学校十所。"])
    assert _by(props[0]) == [("王建华", "by:rules")]
    assert props[0][0].rule >= THRESHOLD


def test_a_subject_read_loosely_is_proposed_for_the_model_to_weigh():
    # 金|大宗 is no name to the rules (no title, jieba reads 大宗 as a number word); the page names him twice
    paras = ["球队昨晚输了比赛,金大宗赛后很不满。", "「我们太娇了,打得不够强硬。」金大宗说。"]
    props = propose_paragraphs(paras)
    assert ("金大宗", "by:loose-name") in _by(props[1])
    assert all(p.rule == 0.0 for p in props[1] if ("by:loose-name", 1.0) in p.features)


def test_the_last_speaker_is_proposed_for_a_paragraph_the_rules_leave_open():
    paras = ["外交部发言人王明表示,双方保持沟通。", "此前,双方已经举行三轮会谈,在多个问题上达成共识。"]
    props = propose_paragraphs(paras)
    assert ("王明", "by:last-speaker") in _by(props[1])
    assert attribute_paragraphs(paras)[0].speaker.name == "王明"


def test_a_question_gets_no_generous_proposal():
    paras = ["外交部发言人王明表示,双方保持沟通。", "记者:双方何时再次会谈?"]
    assert propose_paragraphs(paras)[1] == ()


def _row(names: tuple[str, ...], *props: tuple[str, float]) -> Row:
    return Row("b", "f", 0, names, tuple(
        Proposal(Speaker(n), "speech-verb", 0.0, (("bias", 1.0), ("good", g))) for n, g in props))


def test_fit_learns_a_separating_feature_and_the_threshold_meets_the_precision():
    rows = [_row(("甲",), ("甲", 1.0)) for _ in range(20)] + [_row((), ("乙", 0.0)) for _ in range(20)]
    rows += [_row(("丙",), ("丙", 0.0)), _row((), ("丁", 1.0))]  # one of each against the feature
    weights = fit(rows)
    assert weights["good"] > 0
    t = choose_threshold(rows, weights, 0.95)
    s = score(rows, weights, t)
    assert s["precision"] >= 0.95 and s["tp"] == 20
    assert score(rows, weights, 0.999)["tp"] == 0


def test_the_confidence_of_a_passage_is_the_lower_of_the_models_probabilities(monkeypatch):
    paras = ["外交部发言人王明表示,双方保持沟通。"]
    a = attribute_paragraphs(paras)[0]
    prop = propose_paragraphs(paras)[0][0]
    assert a.confidence == round(min(probability(prop.features), decision.unseen_probability(prop)), 2)
    monkeypatch.setattr(decision, "WEIGHTS", {"bias": 0.0})
    monkeypatch.setattr(decision, "UNSEEN_WEIGHTS", {"bias": 5.0})
    assert attribute_paragraphs(paras)[0].confidence == 0.5


def test_where_two_people_speak_each_subject_is_proposed_with_its_share_of_the_words():
    text = "据报道,美国总统卡特表示将推迟访问,外交部发言人王明17日在记者会上表示,双方就访问时间等问题保持着沟通,目前没有进一步的信息。"
    props = propose_paragraphs([text])[0]
    shares = {p.speaker.name: dict(p.features)["words-share"] for p in props if ("by:verb-subject", 1.0) in p.features}
    assert set(shares) == {"王明"}  # 卡特 is the rules' own (vetoed) proposal already
    assert shares["王明"] > 0.4


def test_a_name_label_the_rules_do_not_take_is_proposed():
    paras = ["主持人:请两位谈谈比赛。", "金大宗:这场比赛我们打得很好,队员们都很努力。"]
    assert ("金大宗", "by:label") in _by(propose_paragraphs(paras)[1])


def test_a_whole_quotation_after_a_paragraph_about_someone_proposes_that_person():
    # (no first person in the quotation: a first-person one after the person closing the paragraph
    # before is the rules' own reading since session 7)
    paras = ["记者在会场采访了市长王建华。", "“今年要新建学校十所,让孩子们就近上学。”"]
    assert _by(propose_paragraphs(paras)[1]) == [("王建华", "by:salient")]  # the rules name nobody here


def test_a_second_reading_follows_a_name_the_model_accepted_as_seeded(monkeypatch):
    paras = ["球队昨晚输了比赛,金大宗赛后很不满。", "「我们太娇了,打得不够强硬。」金大宗说。", "金大宗说,下一场要赢回来。"]
    accept_loose = ({"by:loose-name": 5.0}, 0.9)
    props = propose_paragraphs(paras, model=accept_loose)
    seeded = [p for ps in props for p in ps if ("by:seeded", 1.0) in p.features]
    assert seeded and all(p.speaker.name == "金大宗" and p.rule == 0.0 for p in seeded)
    assert not any(("by:seeded", 1.0) in p.features for ps in propose_paragraphs(paras, model=({}, 1.01)) for p in ps)

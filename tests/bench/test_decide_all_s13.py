"""``python -m bench.attribution_fit --decide-all`` (session 13): one model deciding among all of
a paragraph's proposals, the rules' included, measured leave-one-batch-out. The pages and
proposals are invented for these tests; they test the mechanism, not quality."""

from __future__ import annotations

import json

from bench.attribution_fit import Row, choose_all, main, score, threshold_all, with_rule
from retrieval.attribution import decision
from retrieval.attribution.decision import THRESHOLD, Proposal
from retrieval.models import Speaker


def _row(name: str, *props: tuple[str, float, float]) -> Row:
    return Row("x", "p.txt", 0, (name,) if name else (),
               tuple(Proposal(Speaker(n), "speech-verb", rule, (("bias", 1.0), ("f", f))) for n, rule, f in props))


def test_the_rule_confidence_becomes_features():
    (row,) = with_rule([_row("王明", ("王明", THRESHOLD, 1.0), ("李华", 0.0, 0.0))])
    sure, generous = (dict(p.features) for p in row.proposals)
    assert sure["rule"] == THRESHOLD and sure["rule-sure"] == 1.0 and sure["f"] == 1.0
    assert generous["rule"] == 0.0 and generous["rule-sure"] == 0.0


def test_the_model_may_overrule_a_sure_rule_proposal():
    (row,) = with_rule([_row("李华", ("王明", THRESHOLD, 0.0), ("李华", 0.0, 1.0))])
    weights = {"f": 4.0, "rule-sure": -1.0}
    assert choose_all(row.proposals, weights, 0.5).speaker.name == "李华"
    assert decision.choose(row.proposals, weights, 0.5).speaker.name == "王明"  # the product: the rule passes
    assert choose_all(row.proposals, {"f": -4.0}, 0.9) == decision.NO_SPEAKER
    assert score([row], weights, 0.5, choose_all)["tp"] == 1


def test_the_threshold_is_the_lowest_reaching_the_precision():
    rows = with_rule([_row("王明", ("王明", 0.0, 2.0)), _row("", ("李华", 0.0, 1.0)), _row("赵刚", ("赵刚", 0.0, 3.0))])
    weights = {"f": 1.0}
    t = threshold_all(rows, weights, 0.99)
    assert round(1 / (1 + 2.718281828 ** -1.0), 4) < t <= round(1 / (1 + 2.718281828 ** -2.0), 4)


def _batch(folder, pages: dict[str, list[str]], speakers: dict[tuple[str, int], str], gold_name: str) -> None:
    folder.mkdir(parents=True)
    gold = []
    for name, lines in pages.items():
        (folder / name).write_text("\n".join(lines) + "\n", "utf-8")
        gold += [{"file": name, "idx": i, "speaker": speakers.get((name, i)), "title": None} for i in range(len(lines))]
    (folder / gold_name).write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n", "utf-8")


def test_the_option_runs_leave_one_batch_out_on_tiny_batches(tmp_path, capsys):
    page = ["小麦今年丰收", "王明说：“我们今年要多种小麦，农民的收入会更高。”", "天气一直很好，田里的麦子长得很壮。",
            "李华表示，合作社明年还会扩大种植面积。"]
    said = {1: "王明", 3: "李华"}
    _batch(tmp_path / "dev-pages", {"a.txt": page}, {("a.txt", i): s for i, s in said.items()}, "attribution-gold.jsonl")
    _batch(tmp_path / "real-pages", {"a.txt": page, "b.txt": page}, {(f, i): s for f in ("a.txt", "b.txt") for i, s in said.items()},
           "gold.jsonl")
    _batch(tmp_path / "x", {"c.txt": page}, {("c.txt", i): s for i, s in said.items()}, "gold.jsonl")
    main(["--decide-all", "--shared", str(tmp_path), "--batch", f"x={tmp_path}/x/gold.jsonl:{tmp_path}/x"])
    out = capsys.readouterr().out
    for held in ("dev", "real-odd", "real-even", "x"):
        assert f"\n{held} " in out
    for col in ("rules", "file", "current", "all", "all@rules"):
        assert f"pooled {col} " in out

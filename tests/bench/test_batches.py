"""bench.batches: pooled counts over labelled batches (invented pages), aggregates only."""

from __future__ import annotations

import json

from bench.batches import Figures, main, pooled

PAGE = "\n".join([
    "市里召开防汛工作会议",
    "6月3日，市里召开防汛工作会议，部署今年的防汛工作。",
    "市应急管理局局长王建国表示，今年汛期来得早，各区要提前转移低洼地带群众。",
    "会议还通报了去年的防汛情况。",
])


def _batch(folder, speaker_line2: str | None) -> None:
    folder.mkdir()
    (folder / "a01.txt").write_text(PAGE, encoding="utf-8")
    rows = [{"file": "a01.txt", "idx": i, "speaker": speaker_line2 if i == 2 else None, "title": None} for i in range(4)]
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    qa = [{"q": "王建国要求各区提前转移哪里的群众?", "gold": ["提前转移低洼地带群众"], "speaker": "王建国", "file": "a01.txt", "kind": "fact"},
          {"q": "2019年东京奥运会有多少运动员参赛?", "gold": [], "speaker": None, "file": None, "kind": "none"}]
    (folder / "qa.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in qa), encoding="utf-8")


def test_the_pool_adds_counts_and_prints_no_line_of_any_page(tmp_path, capsys):
    _batch(tmp_path / "b1", "王建国")
    _batch(tmp_path / "b2", "李四")  # a label the page cannot give: a miss and a wrong speaker
    assert main([str(tmp_path / "b1"), str(tmp_path / "b2"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    b1, b2 = out["batches"]
    assert (b1["tp"], b1["fp"], b1["fn"]) == (1, 0, 0)
    assert (b2["tp"], b2["fp"], b2["fn"]) == (0, 1, 1)
    assert out["pooled"]["tp"] == 1 and out["pooled"]["fn"] == 1 and out["pooled"]["answerable"] == 2
    assert out["pooled"]["unanswerable"] == 2
    assert main([str(tmp_path / "b1"), str(tmp_path / "b2")]) == 0
    text = capsys.readouterr().out
    assert "POOLED: P 0.500 R 0.500" in text
    assert "王建国" not in text and "防汛" not in text  # aggregates only: nothing of the pages


def test_rates_come_from_pooled_counts_not_averaged_rates():
    pool = pooled([Figures("a", tp=9, fp=1), Figures("b", tp=1, fp=1)])
    assert round(pool.precision, 3) == round(10 / 12, 3)


def test_a_folder_without_gold_is_one_line_and_exit_2(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "no gold.jsonl" in capsys.readouterr().err

"""bench.unseen_fit reads fresh batches from any folder layout and leaves out the batches it cannot find."""

import json

from bench import unseen_fit


def test_no_batch_folder_no_lines_and_no_old_code_archived(tmp_path):
    work = tmp_path / "work"
    assert unseen_fit.fresh_lines(tmp_path / "nothing", work, tmp_path, "b{n}") == []
    assert not work.exists()  # no commit's code is archived for batches that are not there


def test_a_batch_in_the_pattern_folder_is_read_from_its_cached_reading(tmp_path):
    root, work = tmp_path / "fresh", tmp_path / "work"
    batch = root / "b45"  # fresh to 04675fb (session 12's start)
    batch.mkdir(parents=True)
    (batch / "gold.jsonl").write_text("", "utf-8")
    (batch / "p1.txt").write_text("测试新闻标题\n张三表示，今天的会议很成功。\n", "utf-8")
    (work / "04675fb" / "retrieval").mkdir(parents=True)  # the old code, already archived
    row = {"file": "p1.txt", "idx": 1, "gold": ["李四"], "got": "张三", "title": None, "how": "speech-verb",
           "text": "张三表示，今天的会议很成功。", "page": 1}
    (work / "04675fb-b45.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    lines = unseen_fit.fresh_lines(root, work, tmp_path, "b{n}")
    assert [(ln.batch, ln.where, ln.outcome) for ln in lines] == [("b45", "p1.txt:1", "wrong")]
    assert "way:speech-verb" in lines[0].signs

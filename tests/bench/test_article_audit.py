"""bench/article_audit.py: every gold line kept or dropped with the reader's reason (invented page)."""

from __future__ import annotations

import json

from bench.article_audit import audit, main

LINES = [
    "首页 > 新闻 > 正文",
    "某市核酸检测站点全部启用",
    "2022年05月30日 18:00 来源：某某日报",
    "某市卫生局长王明远28日在记者会上表示，全市新建的十二个核酸检测站点本周全部投入使用，每天可检测八万人次。",
    "图/某某台",
    "他说，检测站点将延长服务时间到晚上十点，方便上班族下班后前往检测，市民不必担心排队太久。",
    "责任编辑：李四",
]


def test_lines_are_kept_or_dropped_with_a_reason(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("\n".join(LINES) + "\n", "utf-8")
    gold = tmp_path / "gold.jsonl"
    speakers = {3: "王明远", 5: "王明远"}
    gold.write_text("".join(json.dumps({"file": "a.txt", "idx": i, "speaker": speakers.get(i)}) + "\n" for i in range(len(LINES))), "utf-8")
    rows = {r["idx"]: r for r in audit(gold, tmp_path, None)}
    assert rows[3]["reason"] == rows[5]["reason"] == "kept" and rows[1]["reason"] == "kept"  # the headline block
    assert rows[0]["reason"] == "nav" and rows[4]["reason"] == "caption" and rows[6]["reason"] == "chrome"
    assert rows[4]["where"] == "inside" and rows[6]["where"] == "below" and not rows[6]["prose"]
    main(["--pages", str(tmp_path), "--gold", str(gold)])
    out = capsys.readouterr().out
    assert "kept 3 dropped 4" in out and "labelled 0" in out

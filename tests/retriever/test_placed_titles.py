"""A role opening with a place (湖州市委书记) that no speaker's title fits: the one speaker the page
titles by the bare title word (王书记) whose article names the place answers it, not another
page's 市委书记 (``Retriever._placed_bare_title``). Invented pages and questions."""

from __future__ import annotations

from invented_pages import build_pages


def _pages(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("湖州领导督查重点项目", "示例网 2020-11-02", [
            "11月2日，王强、陈平等湖州市四套班子领导来到新材料产业园督查重点项目建设。",
            "王书记指出，项目建设要以安全为先，打牢基础，遇到的问题要及时反馈。",
            "产业园负责人介绍，项目今年完成投资八亿元。"]),
        "b.txt": ("嘉兴招商大会召开", "示例网 2020-10-08", [
            "市委书记李明在致辞中指出，招商引资是经济工作的生命线，项目建设要抓紧推进。",
            "大会现场签约项目二十个。"]),
    })


def test_a_placed_role_goes_to_the_bare_titled_speaker_of_that_place(tmp_path):
    r = _pages(tmp_path)
    hits = r.search("湖州市委书记在督查时对项目建设提出了什么要求?", top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "王强"
    assert "安全为先" in hits[0].passage.text


def test_another_place_is_not_resolved_to_that_speaker(tmp_path):
    r = _pages(tmp_path)
    assert r.resolve_subject("湖州市委书记") == ("王强",)
    assert "王强" not in r.resolve_subject("嘉兴市委书记")

"""A year the question names (2023年) is held by a passage that writes its number whole with a
space or a name after it (2023 年, 2025创业邦): ``retrieval.retriever._holds``, so no false
「未提到：2023年」 under the answer. Invented text only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.retriever import _holds


def test_a_year_is_held_by_its_whole_number():
    assert _holds("预计 2023 年销量将达 850 万辆", "2023年")
    assert _holds("2025创业邦大会上", "2025年")
    assert _holds("到2030年", "2030年")


def test_a_year_is_not_held_inside_another_number_or_by_another_year():
    assert not _holds("共12023辆", "2023年")
    assert not _holds("20235 人", "2023年")
    assert not _holds("2022 年销量", "2023年")
    assert not _holds("2023.5万元", "2023年")


def test_a_passage_writing_the_year_with_a_space_answers_without_it_missing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("车市展望", "示例网 2023-03-01", [
        "分析师周明表示，2023 年新能源乘用车有望卖出 900 万辆，增速将逐步放缓。"])})
    hits = r.search("周明预计2023年新能源乘用车能卖多少辆?", top_k=3)
    assert hits and "2023年" not in hits[0].missing_terms

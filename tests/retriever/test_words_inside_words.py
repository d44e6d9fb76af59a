"""A question word the passage writes inside a longer word (换成 in 兑换成): the same words cut
otherwise by the segmenter count towards how much of the question the passage holds
(``Retriever._inside_credit``). Invented pages and questions."""

from __future__ import annotations

from invented_pages import build_pages


def _pages(tmp_path):
    return build_pages(tmp_path, {"a.txt": ("社区积分制见成效", "示例网 2021-05-02", [
        "青禾社区去年推出积分制，居民参加志愿服务可以攒积分，社区还设立了积分超市。",
        "“过去大家也做好事，也攒积分。不一样的是，如今的积分能直接兑换成米面油，大家的劲头就上来了。”社区书记钱立芳说。",
        "社区还组织居民开展环境整治，清理楼道杂物二十余处。"])})


def test_a_word_written_inside_a_longer_word_counts(tmp_path):
    r = _pages(tmp_path)
    # 换成 is no word of the passage (兑换成 is cut otherwise): without it too little of the question
    for q in ("谁说积分可以换成粮油?", "谁说积分如今可以马上换成粮油?"):
        hits = r.search(q, top_k=3)
        assert hits and "兑换成米面油" in hits[0].passage.text, q


def test_an_off_topic_question_still_finds_nothing(tmp_path):
    r = _pages(tmp_path)
    assert r.search("今天天气怎么样", top_k=3) == []
    assert r.search("红烧肉怎么做", top_k=3) == []


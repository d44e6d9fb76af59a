"""Ingestion of the shipped seed page: the article, its metadata and its speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.pages.ingest import load_corpus

TESTS = Path(__file__).resolve().parents[1]
SEEDS = TESTS.parent / "seeds"
DATA = TESTS / "data"

BOILERPLATE = ("切换城市", "客服热线", "[摘要]", "[声明]", "打赏", "友情链接", "版权说明", "评论", "人民网 新华网", "支付")

# The seed's quoted officials and executives, as hand-labelled in the gold file.
OFFICIALS = {
    "朱玉兵": "市科技局党委书记、局长",
    "罗进飞": "市科协副主席",
    "夏青林": "滨海高新区党委书记、管委会主任",
    "江浩然": "市工商联副主席、恒银金融科技股份有限公司董事长",
    "方伟": "天开高教科创园管委会副主任",
    "马珊珊": "南开区委书记",
    "王宝雨": "津南区委书记",
    "朱财斌": "西青区委书记",
    "任洪源": "市工业和信息化局党组成员、副局长",
    "全龙": "麒麟软件有限公司副总裁",
    "彭文成": "博迈科海洋工程股份有限公司董事长兼总裁",
    "朱凯": "市总商会副会长、天津市质检服务商会会长",
}


@pytest.fixture(scope="module")
def seed():
    (page,) = load_corpus(SEEDS)
    return page


def test_metadata(seed):
    doc = seed.document
    assert doc.title.startswith("牢记嘱托 见行见效")
    assert doc.published == "2024-02-07T13:52:00"
    assert doc.outlet == "滨海发布"
    assert doc.editor is None  # "[db:作者]" is a template placeholder, not an editor


def test_article_paragraphs_only(seed):
    texts = [p.text for p in seed.passages]
    assert len(texts) == 18
    assert texts[0].startswith("龙年新春佳节即将来临")
    assert texts[-1].startswith("市总商会副会长、天津市质检服务商会会长朱凯表示")
    for t in texts:
        assert not any(b in t for b in BOILERPLATE), t[:30]
    assert [p.paragraph for p in seed.passages] == list(range(1, 19))


def test_headings_are_sections_not_passages(seed):
    texts = {p.text for p in seed.passages}
    assert "发挥优势 坚持科技创新和产业创新一起抓" not in texts
    by_start = {p.text[:8]: p for p in seed.passages}
    assert by_start["南开区委书记马珊"].section == "实干争先 高标准建设天开高教科创园"
    assert seed.passages[0].section is None


def test_every_official_with_full_title(seed):
    got = {p.speaker.name: p.speaker.title for p in seed.passages if p.speaker and p.speaker.name != "习近平"}
    assert got == OFFICIALS


def test_xi_jinping_passages(seed):
    xi = [p.text[:12] for p in seed.passages if p.speaker and p.speaker.name == "习近平"]
    assert len(xi) == 3
    assert any("他希望天津" in p.text for p in seed.passages if p.speaker and p.speaker.name == "习近平")


def test_narrative_and_group_statements_have_no_speaker(seed):
    texts = {p.text[:10]: p.speaker for p in seed.passages}
    assert texts["龙年新春佳节即将来临"] is None
    assert texts["连日来,我市广大干部"] is None  # 大家纷纷表示
    assert texts["习近平总书记时隔5年"] is None  # 天津干部群众表示


def test_name_not_glued_to_title(seed):
    names = {p.speaker.name for p in seed.passages if p.speaker}
    assert "江浩然" in names and "长江浩然" not in names
    assert "彭文成" in names


def test_source_line(seed):
    p = next(p for p in seed.passages if "300余个" in p.text)
    assert p.source_line().startswith("滨海发布 · 2024-02-07 · 《牢记嘱托")
    assert p.source_line().endswith(f"¶{p.paragraph}")

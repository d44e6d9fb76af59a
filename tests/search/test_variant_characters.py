"""Variant characters opencc's t2s leaves (衞, 囘, 吿) fold to their standard form in normalize,
so a question typed with the common character finds the page printed with the variant."""

from retrieval import Retriever
from retrieval.text import aligned, fold_variants, normalize, to_simplified


def test_variants_fold_after_t2s_one_for_one():
    assert to_simplified("曾國衞") == "曾国衞"  # t2s itself leaves the variant
    assert normalize("曾國衞") == normalize("曾国卫") == "曾国卫"
    assert normalize("他囘應說") == "他回应说"
    text = "保安局局長曾國衞吿訴記者，草案已提交。"
    norm = normalize(text)
    assert len(norm) == len(text) and aligned(text, norm)
    for a in range(len(text)):
        for b in range(a, len(text) + 1):
            assert normalize(text[a:b]) == norm[a:b]


def test_fold_is_idempotent_and_leaves_other_text():
    for text in ["卫生局", "回来", "他说：「好。」", "ＡＢＣ衞", "Σ衞ς"]:
        once = normalize(text)
        assert normalize(once) == once
    assert fold_variants("没有变体的文字") == "没有变体的文字"


def test_question_with_the_common_character_finds_the_variant_page(tmp_path):
    (pages := tmp_path / "pages").mkdir()
    (pages / "a.txt").write_text(
        "保安局局長曾國衞會後表示，草案目的是落實終審法院的裁決。\n\n另一段講天氣很好，市民外出遊玩。\n", "utf-8")
    (pages / "b.txt").write_text("衛生署今日公布流感數字，醫院求診人數上升。\n", "utf-8")
    hits = Retriever.from_path(str(pages), cache_dir=tmp_path / "cache").search("曾国卫说草案的目的是什么？", top_k=3)
    assert hits and "曾國衞" in hits[0].passage.text

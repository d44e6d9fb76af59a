"""Session 14 (turns14): the colon's small and vertical forms (﹕ ︰ ︓, HK and Macao pages) read as the colon
of a turn or a headline's label (simplified.simplify_aligned).

The texts are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.simplified import simplify_aligned


def test_the_small_and_vertical_colon_forms_read_as_the_colon():
    assert simplify_aligned("司長戴某業﹕多管齊下") == "司长戴某业：多管齐下"
    assert simplify_aligned("王大明︰好") == "王大明：好"
    paras = ["澳門特區政府經濟財政司司長戴建明表示,政府將多管齊下推動經濟適度多元發展。",
             "林小華﹕我們會繼續努力。", "王大明﹕我也同意。", "林小華﹕謝謝大家。"]
    assert speakers_of(paras) == ["戴建明", "林小華", "王大明", "林小華"]
    heads = ["澳門經濟財政司司長戴建明﹕多管齊下推動經濟多元發展"]
    assert speakers_of(heads, context=[paras[0]]) == ["戴建明"]

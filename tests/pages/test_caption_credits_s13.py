"""Session 13 (fp13): a photo caption is one on a traditional-script page too (…記者 某某 攝), and
a photo's source after the caption's sentence (…。圖／取自某網站, …受訪。圖取自新華社) ends one.
Invented text."""

import pytest

from retrieval.pages.textpage import line_kind


@pytest.mark.parametrize(
    "line",
    [
        "市長周立明在記者會上回答提問。 晨光日報記者 陳美玲 攝",
        "市長周立明日前出席公路通車典禮。圖／取自市政府網站",
        "市長周立明日前出席公路通車典禮。圖取自晨光社",
        "市长周立明日前出席公路通车典礼。图/取自市政府网站",
    ],
)
def test_a_caption_with_its_credit_is_a_caption(line):
    assert line_kind(line) == "caption"


def test_a_paragraph_naming_a_picture_is_no_caption():
    assert line_kind("市长周立明说，这张图取自市档案馆的旧照片，很多市民都没有见过。") == "p"

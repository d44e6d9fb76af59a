"""A speaker's title as it is shown (``titles.speaking_title``, the pass ``passes.shown_titles``):
the page's words for the post, less words that are no part of it, in the article's own script."""

from __future__ import annotations

import pytest
from attribution_helpers import titled_speakers_of

from retrieval.attribution.lexicon import clean_title
from retrieval.attribution.titles import speaking_title


@pytest.mark.parametrize(
    "title, shown",
    [
        ("第六任行政长官", "行政长官"),  # tenure is no part of the post
        ("某某电台新任台长", "某某电台台长"),
        ("某某照明现任董事长", "某某照明董事长"),
        (")某国贸工部长", "某国贸工部长"),
        ("對於某國總統", "某國總統"),  # a preposition  # a bracket the clause left before it
    ],
)
def test_what_is_no_post_is_left_out(title, shown):
    assert speaking_title(title) == shown


@pytest.mark.parametrize(
    "title",
    [
        "全国人大代表、某某大学校长",  # a list of posts stays whole, as the page gives it
        "全國政協委員、某某紙業董事長",
        "全国人大代表",
        "某某大学校长、教授",
        "科学、工艺及革新部长",  # a 、 inside one ministry's name
        "市委副书记、市长",
        "某某局党组成员、副局长",  # the office's own party group
        "某某办新闻局局长、新闻发言人",  # a spokesman's other post stays
        "某某(2317)董事长",  # a stock code stays
    ],
)
def test_a_post_stays_whole(title):
    assert speaking_title(title) == title


def test_no_title_stays_none():
    assert speaking_title(None) is None


def test_the_speaker_is_shown_without_tenure_words():
    text = ["第六任行政长官岑一鸣接受采访时说，政府要培养创新人才。"]
    assert titled_speakers_of(text) == [("岑一鸣", "行政长官")]


def test_two_organisations_of_one_office_joined_by_jian_stay():
    assert clean_title("内政部兼律政部部长") == "内政部兼律政部部长"  # 内政部|兼|律政部 share 部长
    assert clean_title("财政局兼税务局局长") == "财政局兼税务局局长"
    assert clean_title("妻子兼制片人") == "制片人"  # a kind of person: only the post after 兼


def test_a_title_is_shown_in_the_script_the_page_writes_it():
    from retrieval.attribution.decision import Attribution
    from retrieval.attribution.passes import shown_titles
    from retrieval.models import Speaker

    texts = ["外交部發言人毛寧表示，中方已多次表明立場。"]
    decided = [Attribution(Speaker("毛寧", "外交部发言人"), "speech-verb", 0.9)]
    assert shown_titles(decided, texts)[0].speaker.title == "外交部發言人"
    simplified = [Attribution(Speaker("毛宁", "外交部发言人"), "speech-verb", 0.9)]
    assert shown_titles(simplified, ["外交部发言人毛宁表示，中方已多次表明立场。"]) == simplified


def test_a_winner_and_a_player_are_titles():
    text = ["奥运会女子铅球冠军巩一娇、乒乓球手孙一莎出席活动。", "巩一娇说，这块金牌来之不易。"]
    assert titled_speakers_of(text)[1] == ("巩一娇", "奥运会女子铅球冠军")


def test_a_title_after_the_name_before_a_speech_verb():
    from retrieval.attribution.lexicon import title_after_name

    assert title_after_name("指导员透露，就在溪流下方") == (0, "指导员")
    assert title_after_name("代表球队领奖") is None  # a verb and its object

"""Recall (session 5, round 3): readings the fresh batches 9 and 10 showed missing — an
abbreviated title (立委), speech verbs of the press (反批, 痛批), words before a title that are
no part of it (期间, 遭), ruby annotations inside words.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name, a.speaker.title) if a.speaker else (None, None) for a in attribute_paragraphs(paragraphs)]


def test_li_wei_is_a_title_and_fan_pi_a_speech_verb():
    text = ["议会昨天召开记者会。", "民进党立委钟文滨则反批，民主社会拥有新闻报导自由，黑白之事经常并陈。"]
    assert _who(text)[1] == ("钟文滨", "民进党立委")


def test_words_before_a_title_that_are_no_part_of_it():
    text = ["会期间民进党立委吴佩仪指出，大家应该尊重彼此的工作。"]
    assert _who(text)[0] == ("吴佩仪", "民进党立委")


def test_ruby_annotations_do_not_split_names_titles_or_verbs():
    text = [
        "9月26日，区委书(shū)记余德成走访(fǎng)调研建工集团。",
        "余书(shū)记表示，企业取得当前的成绩(jì)实属不易。",
    ]
    assert _who(text)[1] == ("余德成", "区委书记")


def test_a_visit_ends_the_name_after_a_title():
    text = ["区委书记余德成走访调研建工集团。", "余书记表示，企业取得当前的成绩实属不易。"]
    assert _who(text)[1] == ("余德成", "区委书记")


def test_a_ratio_sign_is_the_colon_of_a_turn_and_a_title_label_ends_the_last_turn():
    text = [
        "主席王志成议员∶李国仁议员。",
        "李国仁议员:主席，这个问题很重大，我们希望政府回答。",
        "主席王志成议员∶行政长官。",
        "行政长官:主席，政府不知道这件事的全部事实，正在了解。",
    ]
    who = _who(text)
    assert who[0][0] == "王志成" and who[2][0] == "王志成"
    assert who[3] == (None, None)  # nobody named holds the title: not the chair's words


def test_hui_yi_reports_words():
    text = ["集团总裁王真出席了论坛。", "她回忆，2006年集团创立高端品牌，正是源于这个信念。"]
    assert _who(text)[1][0] == "王真"


def test_an_untitled_speaker_takes_the_title_the_page_gives_the_name():
    text = ["行政院发言人童文源因与媒体互动引发议论。", "童文源表示：「为了降低我的工作负担，我会减少回应。」"]
    assert _who(text)[1] == ("童文源", "行政院发言人")


def test_zi_ze_with_a_colon_reports_words_and_praise_ends_the_words_before_a_title():
    assert _who(["教练叶文章赞配球，投手林友颖自责：最好的球种被打到。"])[0][0] == "林友颖"
    text = ["比赛结束后，教练夸赞捕手林友颖，林友颖说：“我只是做好本分。”"]
    assert _who(text)[0] == ("林友颖", "捕手")

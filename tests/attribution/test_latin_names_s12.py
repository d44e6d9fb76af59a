"""People written in Latin letters inside Chinese text (attribution/latin.py): a run of Latin words is a
person where the page says so — a title word before it, a speech verb after it with 他/她 going on, a
later short form of the full name standing as a person — and the short form is that full name. Never
an acronym, a brand, an organisation or a bare word before a speech verb. A transliterated name glossed
with its Latin original in brackets is that person's name.

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.latin import dotted, glossed_names, latin_people
from retrieval.attribution.names import plausible_name

# --- which runs of Latin words are people ----------------------------------------------------------

def test_a_title_word_before_a_full_name_makes_it_a_person():
    assert latin_people("肯尼亚跑手Kibet Otieno Mwangi冲线后跳舞庆祝。") == ["Kibet Otieno Mwangi"]


def test_a_title_in_latin_letters_is_no_part_of_the_name():
    assert latin_people("苹果CEO Tim Cook表示，销量很好。") == ["Tim Cook"]


def test_a_short_form_before_a_speech_verb_makes_the_full_name_a_person():
    text = "夺冠的是Kibet Otieno Mwangi。\nKibet提到，赛事很激烈。"
    assert latin_people(text) == ["Kibet Otieno Mwangi"]


def test_a_short_form_opening_a_sentence_that_goes_on_with_she():
    text = "女子组冠军则是来自日本的Aiko Tanaka SATO。\nAiko感谢家人，让她能够安心训练。"
    assert latin_people(text) == ["Aiko Tanaka SATO"]


def test_a_full_name_alone_before_a_speech_verb_is_no_person_without_a_pronoun():
    assert latin_people("Morgan Stanley表示，经济将放缓。") == []
    assert latin_people("Mulu Demissie Gadise表示，她很开心。") == ["Mulu Demissie Gadise"]


def test_a_single_word_needs_a_title_before_and_a_verb_after():
    assert latin_people("教练Ivan表示，球队很努力。") == ["Ivan"]
    assert latin_people("Google表示，将推出新功能。") == []
    assert latin_people("教练Ivan也在场。") == []


def test_acronyms_brands_and_organisations_are_no_people():
    for text in ("NBA总裁表示，联盟将扩军。", "WTT表示，赛事如期举行。", "iPhone表示，新品很好。",
                 "YouTube表示，新品很好。", "教练Mount Kelly International School表示，将配合调查。",
                 "研究机构Counterpoint Research指出，她说出货量下降。",
                 "World Marathon Majors宣布新成员。\nWorld表示，悉尼将加入。"):
        assert latin_people(text) == [], text


def test_words_inside_an_english_sentence_or_in_brackets_are_no_people():
    assert latin_people("她说：I love Hong Kong, Tim Cook said.") == []
    assert latin_people("跑手夏辛（Sifan Hassan）表示，很开心。") == []


def test_a_short_form_two_full_names_share_makes_neither_a_person():
    text = "冠军是Tom Smith，亚军是Tom Brown。\nTom表示，比赛很难。"
    assert latin_people(text) == []


def test_letters_beyond_ascii_belong_to_the_name():
    assert latin_people("葡萄牙教练José Mourinho表示，比赛很难。") == ["José Mourinho"]


def test_dotting_keeps_the_offsets():
    text = "跑手Kibet Otieno Mwangi表示，很开心。Kibet Otieno Mwangix"
    out = dotted(text, ["Kibet Otieno Mwangi"])
    assert len(out) == len(text) and out.startswith("跑手Kibet·Otieno·Mwangi表示")
    assert out.endswith("Kibet Otieno Mwangix")  # a longer Latin word is no such name


def test_a_known_latin_name_is_plausible_and_an_unknown_one_is_not():
    assert plausible_name("Kibet·Otieno·Mwangi", {"Kibet·Otieno·Mwangi": None}, after_title=False)
    assert not plausible_name("Kibet·Otieno·Mwangi", {}, after_title=True)
    assert not plausible_name("Ivan", {}, after_title=True)


# --- glossed transliterations --------------------------------------------------------------------

def test_a_transliteration_glossed_with_its_latin_original_is_a_name():
    assert glossed_names("肯尼亚名将基普乔格（Eliud Kipchoge）表示，很艰难。") == ["基普乔格"]
    assert glossed_names("肯尼亚基普乔格（Eliud Kipchoge）表示，很艰难。") == ["基普乔格"]  # never into the place


def test_an_organisation_or_a_single_word_in_brackets_glosses_no_name():
    assert glossed_names("悉尼马拉松（TCS Sydney Marathon）表示，人数创新高。") == []
    assert glossed_names("特斯拉（Tesla）表示，销量很好。") == []


# --- speakers ---------------------------------------------------------------------------------------

def test_the_full_name_and_its_short_form_name_one_speaker():
    page = ["夺得男子组冠军的肯尼亚跑手Kibet Otieno Mwangi，冲线后跳舞庆祝，表示「我每次赢了都会跳舞。」",
            "Kibet提到，赛事进行到30公里时竞争依然激烈，「因为我还有体力。」"]
    assert titled_speakers_of(page) == [("Kibet Otieno Mwangi", "肯尼亚跑手")] * 2


def test_she_after_the_short_form_is_the_full_name():
    page = ["女子组冠军则是来自日本的Aiko Tanaka SATO。",
            "Aiko感谢家人的支持，让她能够安心训练。她表示，这次是第一次来中国比赛。"]
    assert speakers_of(page) == [None, "Aiko Tanaka SATO"]


def test_an_organisation_before_a_speech_verb_names_nobody():
    assert speakers_of(["Google表示，将推出新功能。", "NBA总裁表示，联盟将扩军。",
                        "研究机构Counterpoint Research指出，出货量下降。"]) == [None, None, None]


def test_a_glossed_transliteration_speaks_whole():
    assert speakers_of(["肯尼亚名将基普乔格（Eliud Kipchoge）表示，这次比赛很艰难。"]) == ["基普乔格"]


def test_a_shared_short_form_names_nobody():
    page = ["教练Tom Smith说，球队很努力。", "球员Tom Brown也参加了比赛。", "Tom表示，他很满意。"]
    assert speakers_of(page) == ["Tom Smith", None, None]

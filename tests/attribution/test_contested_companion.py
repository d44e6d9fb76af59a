"""Two people in one paragraph (issue 10): a 与 that joins two nouns of the speaker's own title
(an organisation's name) makes no companion, so the paragraph is not contested; a 与 between two
people still is."""

from attribution_helpers import speakers_of

from retrieval.attribution.references import _companion_of, _joined_nouns
from retrieval.models import Speaker


def test_organisation_name_with_yu_is_no_companion():
    bare = "绿色环保与能源项目主任林晓雯说。"
    pos = bare.index("林晓雯")
    assert _joined_nouns({}, bare, pos)
    assert not _companion_of({}, bare, pos, Speaker("林晓雯", "能源项目主任"))


def test_person_before_yu_is_still_a_companion():
    bare = "昨天上午，张国栋与外交部长林晓雯会谈。"
    pos = bare.index("林晓雯")
    assert not _joined_nouns({"张国栋": None}, bare, pos)
    assert _companion_of({"张国栋": None}, bare, pos, Speaker("林晓雯", "外交部长"))


def test_quote_then_speaker_of_an_organisation_with_yu():
    paragraphs = [
        "今年夏天，多地出现持续高温。",
        "“高温天气越来越频繁，大家开始感到疲惫，这会让人们不再关心这个问题。”绿色环保与能源项目主任林晓雯说。",
    ]
    assert speakers_of(paragraphs) == [None, "林晓雯"]

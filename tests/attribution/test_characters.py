"""A fictional character is no speaker (session 9, issue 10): film and TV news name the parts actors
play (张涛在剧中扮演主角林远…他说). The part is no person of the page — never the speaker, never
whom 他/她 means — on our own sentences."""

from retrieval.attribution.pagenames import in_credit, page_characters, page_nonperson
from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_a_name_played_is_a_character_and_no_person():
    text = "张涛在剧中扮演主角林远，一个普通的医生。李静饰演苏晴。"
    assert {"林远", "苏晴"} <= page_characters(text)
    assert page_nonperson("林远", text)
    assert "张涛" not in page_characters(text) and "李静" not in page_characters(text)


def test_a_role_before_an_actors_credit_is_a_character_and_the_credit_an_aside():
    text = "她找到林远(张涛饰)讨个说法。"
    assert "林远" in page_characters(text)
    assert in_credit(text, text.index("张涛"), "张涛")
    assert not in_credit(text, text.index("林远"), "林远")


def test_a_name_the_page_writes_speaking_stays_a_person():
    assert "林远" not in page_characters("张涛扮演林远。林远说，这是他的心愿。")
    assert "林远" not in page_characters("张涛扮演林远。林远扮演一名医生。")  # an actor himself


def test_a_directors_title_ending_in_the_role_verb_makes_no_character():
    assert page_characters("导演刘晓明说，好。导演刘晓明表示，很好。") == frozenset()


def test_he_after_an_actor_and_his_part_is_the_actor():
    got = _speakers([
        "近日，由王海导演的电影《山路》在上海举行首映礼，编剧林远的故事打动了观众。",
        "张涛在电影中扮演主角林远，一个普通编剧。他说，这是他第一次挑战这样的角色。",
    ])
    assert got[1] != "林远"
    assert got[1] in ("张涛", None)


def test_no_part_is_ever_a_speaker():
    got = _speakers([
        "电影《山路》讲述了医生林远的故事，张涛、李静主演。",
        "张涛在电影中扮演林远。他表示，这个角色让他成长。",
        "李静在电影中扮演苏晴，她找到林远(张涛饰)讨个公道。她表示，她很爱这个角色。",
    ])
    assert "林远" not in got and "苏晴" not in got

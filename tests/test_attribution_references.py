"""References (session 10, issue 10): lines whose speaker the page names by something other than
the full name in that line — a post alone for its one holder (总统表示), and a 他/她 after a clause
whose subject speaks and whose object is another person — on our own sentences."""

from retrieval.attribution.clauses import _nominal
from retrieval.attribution.lexicon import oblique
from retrieval.attribution.references import _holds_post, _sole_holder
from retrieval.attribution.speakers import attribute_paragraphs
from retrieval.models import Speaker


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_a_post_holds_where_it_closes_a_title_or_one_of_its_posts():
    assert _holds_post("总统", "总统")
    assert _holds_post("前总统", "总统")  # qualified, still a holder (another holder of the post)
    assert _holds_post("总统兼党主席", "总统")
    assert _holds_post("总统、党主席", "总统")
    assert not _holds_post("总统府秘书长", "总统")  # an office's name inside another post
    assert not _holds_post("李明华总统今日上午接受电台节目主持人", "总统")  # a title read across a clause


def test_a_title_read_across_a_clause_does_not_make_a_second_holder():
    known = {"李明华": "总统", "周小燕": "李明华总统今日上午接受电台节目主持人", "陈美玲": "总统府秘书长"}
    text = "李明华总统今日上午接受电台节目主持人周小燕专访。总统表示，邀请陈美玲担任总统府秘书长是她的想法。"
    assert _sole_holder(known, text, "总统") == Speaker("李明华", "总统")


def test_the_president_says_is_speech():
    text = "总统说，她曾和秘书长提到，改革到了关键时刻。"
    assert not _nominal(text, 2, "说")
    assert _nominal("按照传统说法，这是一种祝福。", 4, "说")  # 传统说法: no speech


def test_a_post_alone_goes_on_to_its_holder_paragraph_after_paragraph():
    got = _speakers([
        "李明华总统今日上午接受电台节目主持人周小燕专访，针对经济发展等议题回应提问。",
        "针对陈美玲担任总统府秘书长一事，总统表示，邀请陈美玲担任总统府秘书长确实是她的想法。",
        "总统说，她曾和陈美玲提到，改革到了关键时刻，改革进程还要持续下去。",
        "总统认为，陈美玲长期担任地方首长，很亲民，可以强化总统府的亲切感。",
    ])
    assert got[1:] == ["李明华", "李明华", "李明华"]


def test_a_person_warned_or_urged_is_an_object():
    text = "马青总团长重申并警告首相安华和其他领袖，不要将他们标签为过度敏感"
    assert oblique(text, text.find("安华"), "安华")
    text = "王晓红敦促部长张建国尽快回应"
    assert oblique(text, text.find("张建国"), "张建国")


def test_she_after_a_clause_urging_another_person_is_its_subject():
    got = _speakers([
        "妇女组主席王晓红今日敦促部长张建国和其他政党领袖，不要漠视华教的诉求。",
        "她在文告中表示，对华教来说最致命的毒招，便是不断修改小政策和小措施。",
    ])
    assert got[1] == "王晓红"


def test_she_after_a_clause_warning_another_person_is_never_that_person():
    got = _speakers([  # the subject's name left out (a link the page lost): nobody rather than 安华
        "（吉隆坡20日讯）妇女组主席拿督重申并警告首相拿督斯里安华和其他政党领袖，不要漠视华教的诉求。",
        "她今日在文告中表示，对华教来说最致命的毒招，便是不断修改小政策和小措施。",
    ])
    assert got[1] != "安华"


def test_a_title_ends_at_a_verb_acting_on_its_person():
    from retrieval.attribution.lexicon import mentions
    ms = mentions("妇女组主席王晓红今日敦促部长张建国尽快回应。", {})
    assert [(sp.name, sp.title) for _, sp in ms] == [("王晓红", "妇女组主席"), ("张建国", "部长")]

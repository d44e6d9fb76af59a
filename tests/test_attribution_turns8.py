"""Transcripts and interviews (session 8, issue 10 item 2b/2d): who answers 答：…, answers running on
over several paragraphs, and turn labels in the forms pages write them — on our own sentences."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


def test_the_press_conference_named_under_its_transcript_answers_the_questions():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "在经贸方面，两国合作潜力巨大，我们愿同各方一道努力。",
        "问：对于昨天的选举结果，中方有何评论？",
        "答：我们尊重该国人民的选择。",
        "2018年3月19日，外交部发言人林小青举行例行记者会。",
    ])
    assert got == [None, "林小青", "林小青", None, "林小青", None]


def test_two_spokespersons_under_the_transcript_leave_the_answers_to_nobody():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "外交部发言人林小青和商务部发言人高明远分别举行例行记者会。",
    ])
    assert got[1] is None


def test_a_spokesperson_named_after_the_questions_without_a_press_conference_answers_nothing():
    got = _speakers([
        "问：你能否谈谈此次会谈的成果？",
        "答：双方进行了深入坦诚的交流，达成了广泛共识。",
        "此前，外交部发言人林小青曾就此事表态。",
    ])
    assert got[1] is None

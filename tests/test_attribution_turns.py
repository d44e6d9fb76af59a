"""Transcript turns (session 10, issue 10): a label alone on its line hands the floor to its person
until the next turn; a person the speaker cites in the turn says none of its paragraphs. Invented
sentences only; each assertion fails without the rule it names."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs, context=()):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context)]


TRANSCRIPT = [
    "新闻办新闻局局长、新闻发言人 胡明红：",
    "女士们、先生们，大家下午好！欢迎出席今天的见面会。王大同主席指出，科学成就离不开精神支撑。",
    "下面，我们先请代表介绍一下自己，首先有请姚院士。",
    "中国科学院院士、高原研究所名誉所长 姚檀林：",
    "我叫姚檀林，来自高原研究所。王大同主席强调，要把论文写在祖国大地上，我们一直是这样做的。",
    "我们最近在组织第二次高原科考，我作为首席科学家推动这个专项。",
]


def test_a_person_cited_inside_a_labelled_turn_does_not_take_it():
    got = _speakers(TRANSCRIPT)
    assert got[1] in (None, "胡明红") and got[4] == "姚檀林"  # (the cited words may leave it unsure)
    assert "王大同" not in got


def test_a_question_ends_the_labelled_turn():
    got = _speakers([
        *TRANSCRIPT[:2],
        "记者：请问今年的科考有什么新安排？",
        "王大同主席指出，科学成就离不开精神支撑，科学家要肩负新时代的科技使命。",
    ])
    assert got[1] != "王大同" and got[3] != "胡明红"

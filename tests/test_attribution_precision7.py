"""Wrong speakers of session 7's tunable batches, by class (mechanisms, on our own sentences)."""

from retrieval.attribution.speakers import attribute_paragraphs


def _speakers(paragraphs):
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


# class 2: a short form of a name the page introduced

def test_two_surnames_opening_a_name_of_four_are_that_person():
    got = _speakers([
        "特首林郑月娥今早到立法会出席答问会。",
        "林郑表示，政府会继续履行对社会的承诺，以最大决心做好份内工作，带领香港走出困局。",
    ])
    assert got[1] == "林郑月娥"


def test_a_name_is_never_read_as_a_longer_name_it_opens():
    got = _speakers([
        "公司董事长张伟明今天出席了发布会。",
        "工程师张伟说，新产品的研发已经持续了三年，团队克服了很多困难。",
    ])
    assert got[1] != "张伟明"


# class 3: narration — a topic spoken about closes the sentence, no words follow

def test_a_topic_closing_the_sentence_reports_no_words():
    got = _speakers(["区长李明对街道的招商工作提出指导意见。"])
    assert got == [None]


def test_the_speaker_after_a_topic_is_the_one_who_says_the_words():
    got = _speakers([
        "董事长王建国介绍了企业生产经营情况。得知企业连续多年实现增长，区长李明非常高兴，"
        "并表示区里将持续做好服务，全力支持企业转型升级、提升产能，和企业一道开拓市场。",
    ])
    assert got == ["李明"]


# class 1: two people in one paragraph — an object before a clause-initial verb is no speaker

def test_a_person_after_a_verb_is_no_subject_of_a_later_clause_initial_verb():
    got = _speakers([
        "市委书记张华指出，今年是全市发展进程中具有重要意义的一年。全市上下牢记王明总书记的殷殷嘱托，"
        "作出了加快发展的决定，提出了新的发展思路，明确了走在全省前列的目标，取得了来之不易的成绩。",
    ])
    assert got == ["张华"]

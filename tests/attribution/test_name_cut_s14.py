"""A title's surname and two characters jieba cuts after the first as a verb or a number
(巩立/v|娟, 余干/m|明) is a name; a common word there (乐于/v|参) stays words."""

from retrieval.attribution.titles import person_at_end


def test_given_name_jieba_reads_as_a_verb_after_a_title():
    sp = person_at_end("教练巩立娟", {})
    assert sp is not None and sp.name == "巩立娟" and sp.title == "教练"


def test_given_name_jieba_reads_as_a_number_after_a_title():
    sp = person_at_end("村主任余干明", {})
    assert sp is not None and sp.name == "余干明"


def test_a_common_verb_of_the_dictionary_stays_words():
    assert person_at_end("经理乐于参", {}) is None

"""Words read as persons' names (retrieval/attribution/names.py, mentions.py): a preposition before
a surname and an address term, a government body's abbreviation, a reduplicated adverb, common words
jieba's dictionary tags as names (data/not_names.txt ``words``), and a name that ends where jieba
starts the next word. Invented text only."""

from __future__ import annotations

import pytest

from retrieval.attribution.lexicon import mentions, person_at_end, plausible_name


@pytest.mark.parametrize("word", ["向张妈妈", "和李阿姨", "向王女士"])
def test_preposition_then_surname_and_address_is_no_name(word):
    assert not plausible_name(word, {}, after_title=False)
    assert not plausible_name(word, {}, after_title=True)


@pytest.mark.parametrize("word", ["于文明", "向东", "向东升"])
def test_surname_that_is_also_a_preposition_still_opens_a_name(word):
    assert plausible_name(word, {}, after_title=True)


@pytest.mark.parametrize("word", ["卫健委", "发改委"])
def test_government_body_abbreviation_is_no_person_even_after_a_title(word):
    assert not plausible_name(word, {}, after_title=True)


def test_person_jieba_reads_whole_still_ends_in_an_organisation_character():
    assert plausible_name("魏应州", {}, after_title=True)


@pytest.mark.parametrize("word", ["安抚", "亚太", "亞太"])
def test_common_word_jieba_tags_as_a_name_is_none(word):
    assert not plausible_name(word, {}, after_title=True)


@pytest.mark.parametrize("after_title", [False, True])
def test_reduplicated_word_is_no_name(after_title):
    assert not plausible_name("殷殷", {}, after_title=after_title)


def test_reduplicated_word_after_a_title_and_de_is_no_speaker():
    assert person_at_end("三名老教师的殷殷", {}) is None


def test_name_ends_where_jieba_starts_the_next_word():
    found = mentions("这是乡村教师支月英面对镜头坦然的回答。", {})
    assert [sp.name for _, sp in found] == ["支月英"]


def test_region_before_a_title_stays_in_the_title():
    found = mentions("美国国务院主管亚太事务助理国务卿史达伟2日出席活动时表示，美方立场不变。", {})
    assert [sp.name for _, sp in found] == ["史达伟"]


def test_four_character_name_after_a_title_is_kept_when_no_word_runs_on():
    found = mentions("公司董事长欧阳伟杰表示，今年业绩增长。", {})
    assert [sp.name for _, sp in found] == ["欧阳伟杰"]

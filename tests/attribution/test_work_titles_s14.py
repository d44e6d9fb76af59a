"""Kinds of working people and company officers written right before a name like a title
(data/titles.txt): the whole word is the title, none of it is the name."""

from retrieval.attribution.titles import person_at_end


def test_migrant_worker_is_the_title_not_part_of_the_name():
    sp = person_at_end("农民工张建伟", {})
    assert sp is not None and sp.name == "张建伟" and sp.title == "农民工"


def test_a_company_officer_written_with_zhang():
    sp = person_at_end("某电子公司财务长李文杰", {})
    assert sp is not None and sp.name == "李文杰" and sp.title.endswith("财务长")


def test_a_tenant_before_a_name():
    sp = person_at_end("租户王志刚", {})
    assert sp is not None and sp.name == "王志刚"

"""Reading who and where a fact question names or asks: who did something (哪位…主持的, 是谁…) is
answered by a passage credited to someone the question does not name; a word jieba tags as a
place that names none (回国) is no absent place; the noun a which-question asks is the word after
its cue (哪个党算计 → 党). Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.intent import parse


def _library(tmp_path):
    # BM25 prefers the narrative line (开放 and 仪式 as asked); the answer is the credited one
    return build_pages(tmp_path, {"a.txt": ("新馆开放", "示例网 2022-03-01", [
        "昨天上午，新馆开放仪式举行，读者代表出席。",
        "馆长周文主持了仪式，他说：“新馆藏书五十万册。”"])})


def test_who_did_it_prefers_a_passage_credited_to_someone_not_named_in_the_question(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    question = "新馆开放仪式是哪位负责人主持的?"
    assert (parse(question).kind, parse(question).asks) == ("fact", "person")
    r = _library(tmp_path)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "周文"
    monkeypatch.setattr(retriever, "WHO_SPEAKER", 1.0)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is None



def test_a_word_jieba_tags_as_a_place_that_names_none_is_not_absent(tmp_path):
    # jieba tags 回国 (going home) as a place name; a page that says 返回德国 never writes it
    r = build_pages(tmp_path, {"a.txt": ("峰会之后", "示例网 2018-06-11", [
        "七国集团峰会结束后，默克尔返回德国，并于10日晚接受德国电视一台专访。"])})
    question = "G7峰会结束回国后,默克尔接受了哪家电视台的采访?"
    assert r.absent_words(question) == ()
    hits = r.search(question, top_k=3)
    assert hits and "电视一台" in hits[0].passage.text
    assert r.absent_words("默克尔在伦敦接受了哪家电视台的采访?") == ("伦敦",)  # a place that is one still counts
    # an organisation of a kind, not a particular one (jieba: nt): a page may name it otherwise (十四大)
    assert r.absent_words("默克尔在哪次党代会后接受了电视台的采访?") == ()


def test_the_noun_a_which_question_asks_is_the_word_after_the_cue():
    # not two characters whatever they are: 哪个党算计 asks a party (党), 哪家电视台 a station
    assert parse("郭台铭说访日回来后他不担心被哪个党算计?").which == "党"
    assert parse("默克尔接受了哪家电视台的采访?").which == "电视台"
    assert parse("他在哪所大学读书?").which == "大学"
    assert parse("新校区建在哪个镇?").which == "镇"

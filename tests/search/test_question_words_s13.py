"""Session 13 (qa13b): the question's words as the corpus holds them — a number the index lacks
stays whole in the query (2024 is not 20 | 24), and a year or a name the index holds only in pieces
still tells an article that names it from one that does not. Invented pages and questions only."""

from __future__ import annotations

from invented_pages import build_pages


def _two_years(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("院士增选结果公布", "示例网 2023-11-22", [
            "2023年两院院士增选结果22日公布，增选工作历时一年。",
            "本次增选共选出中国科学院院士59人，其中女性科学家5人。"]),
        "b.txt": ("院士增选结果揭晓", "示例网 2021-11-18", [
            "2021年两院院士增选结果18日揭晓，增选工作历时一年。",
            "本次增选共选出中国科学院院士65人，其中女性科学家4人。"]),
    })


def test_a_number_the_index_lacks_stays_whole(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("会议召开", "示例网 2023-05-20", [
        "会议于20日开幕，24日闭幕，与会代表讨论了明年的工作安排。"])})
    assert r.index.term_idf("20") is not None and r.index.term_idf("2024") is None
    tokens = r._back_off(r.tokenize("2024年的会议讨论了什么?"))
    assert "2024" in tokens and "20" not in tokens and "24" not in tokens
    # (a word that is no number is still replaced by the indexed words inside it)
    assert r._back_off(["代表讨论"]) == ["代表", "讨论"]
    for hit in r.search("2024年的会议讨论了什么?", top_k=3):
        assert "20" not in hit.matched_terms and "24" not in hit.matched_terms


def test_a_year_held_only_in_pieces_counts_against_the_article_without_it(tmp_path):
    r = _two_years(tmp_path)
    assert r.index.term_idf("2021年") is None  # (the index holds 2021 and 年 apart)
    answers = [i for i, p in enumerate(r.passages) if "本次增选" in p.text]
    in_2021 = next(i for i in answers if "65人" in r.passages[i].text)
    in_2023 = next(i for i in answers if "59人" in r.passages[i].text)
    assert r._article_lacks([in_2023, in_2021], ["2021年"]) == [1, 0]
    hits = r.search("2021年中国科学院增选了多少名院士?", top_k=3)
    assert hits and "65人" in hits[0].passage.text


def test_a_word_no_candidate_article_holds_tells_none_apart(tmp_path):
    r = _two_years(tmp_path)
    ids = [i for i, p in enumerate(r.passages) if "本次增选" in p.text]
    assert r._article_lacks(ids, ["2019年"]) == [0, 0]
    # a number counts whole: 18日 holds no 1 of its own, 2021年 no 202
    assert r._article_lacks(ids, ["202"]) == [0, 0]


def test_a_text_column_reads_a_run_of_texts_at_once():
    from retrieval.corpus import TextColumn

    col = TextColumn.of(["甲乙", "", "丙", "丁戊己"])
    assert col.between(1, 4) == ["", "丙", "丁戊己"] == [col[i] for i in range(1, 4)]
    assert col.between(0, 9) == list(col) and col.between(3, 3) == [] and col.between(-2, 1) == ["甲乙"]

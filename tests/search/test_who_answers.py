"""Session 7: the bold answer of a who-question is a whole person mention — the name, with the title
the page writes right before it (省委副书记陶武先) — or nothing: never a fragment (省委副, 对于),
never a run across a clause. Invented text only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.answering import answers_person, person_mention
from retrieval.search.intent import parse
from retrieval.search.names import NameIndex


def _mention(text: str, name: str, title: str | None = None) -> str:
    at = text.find(name)
    a, b = person_mention(text, at, at + len(name), title)
    return text[a:b]


def test_the_title_written_right_before_the_name_is_part_of_the_mention():
    assert _mention("会议由省委副书记陶武先主持。", "陶武先") == "省委副书记陶武先"
    assert _mention("记者见到了宝山区派出所副所长刘涛。", "刘涛") == "宝山区派出所副所长刘涛"
    assert _mention("据俄罗斯总统助理乌沙科夫透露，双方谈了很久。", "乌沙科夫") == "俄罗斯总统助理乌沙科夫"


def test_words_before_the_name_that_end_in_no_title_are_left_out():
    assert _mention("对于张三的表现，他很满意。", "张三") == "张三"
    assert _mention("据悉的梁志祥在会上发言。", "梁志祥") == "梁志祥"
    assert _mention("张三说，他很满意。", "张三") == "张三"


def test_the_speakers_own_title_is_taken_whole_when_the_page_writes_it():
    # the title holds 、: as the page writes it, it is one mention
    assert _mention("市科技局党委书记、局长朱玉兵说。", "朱玉兵", "市科技局党委书记、局长") == "市科技局党委书记、局长朱玉兵"


def test_a_title_cut_mid_word_shrinks_to_the_title_words_before_the_name():
    text = "本届博览会展会主办方德意志会展公司董事会主席约亨·科克勒日前说。"
    got = _mention(text, "约亨·科克勒")
    assert got.endswith("主席约亨·科克勒")
    assert not got.startswith(("方", "公司", "会展"))  # (the last 14 characters begin inside 主办方)


def test_name_index_spans_keep_the_longest_of_overlapping_names():
    index = NameIndex([("王小明", "王小明"), ("王小", "王小"), ("李四", "李四")])
    assert index.spans("记者王小明和李四。") == [(2, 5, "王小明"), (6, 8, "李四")]
    assert index.spans("无人") == []


def test_who_questions_answer_with_a_person():
    assert answers_person(parse("是谁表示要加快建设?"))
    assert answers_person(parse("会议由哪位领导主持?"))
    assert not answers_person(parse("会议什么时候举行?"))


def _library(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("新馆开放", "示例网 2022-03-01", [
            "昨天上午，新馆开放仪式举行，市文化局副局长吴明主持仪式。",
            "市图书馆馆长周文说：“新馆藏书五十万册，对市民免费开放。”"]),
        "b.txt": ("文化局会议", "示例网 2022-03-02", [
            "市文化局副局长吴明表示：“今年还要建成三座社区书房。”"]),
    })


def test_a_who_said_hit_bolds_its_speaker_with_the_title(tmp_path):
    r = _library(tmp_path)
    hits = r.search("是谁说新馆藏书五十万册?", top_k=3)
    top = hits[0]
    assert top.passage.speaker is not None and top.passage.speaker.name == "周文"
    a, b = top.answer_span
    assert top.best_sentence[a:b] == "市图书馆馆长周文"
    for h in hits:  # any bold is a whole mention of a person the corpus knows
        if h.answer_span:
            x, y = h.answer_span
            assert h.best_sentence[x:y].endswith(("周文", "吴明"))


def test_who_did_it_bolds_a_known_name_the_question_does_not_name_or_nothing(tmp_path):
    r = _library(tmp_path)
    hits = r.search("新馆开放仪式由谁主持?", top_k=3)
    by_text = {h.passage.text: h for h in hits}
    narrative = next(h for t, h in by_text.items() if "主持仪式" in t)
    a, b = narrative.answer_span
    assert narrative.best_sentence[a:b] == "市文化局副局长吴明"  # a speaker elsewhere in the corpus
    # a sentence naming nobody the corpus knows as a speaker: no bold, not the words before a term
    (tmp_path / "two").mkdir()
    r2 = build_pages(tmp_path / "two", {"c.txt": ("开放", "示例网 2022-03-01", [
        "昨天上午，新馆开放仪式举行，由副局长赵某某主持仪式。"])})
    for h in r2.search("新馆开放仪式由谁主持?", top_k=3):
        assert h.answer_span is None

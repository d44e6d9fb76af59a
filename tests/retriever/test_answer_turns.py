"""Session 11 (qa11): a fact question answered by the turn after an interviewer's question; the
synonyms a paraphrasing reader swaps (上台 / 上任); a gold speaker copied with the page's pinyin.
Invented pages and questions only."""

from __future__ import annotations

import json

from invented_pages import build_pages

from retrieval import Retriever
from retrieval.evaluation import load_jsonl, qa_metrics
from retrieval.search import aliases

_INTERVIEW = ("乡村医生的一天", "示例网 2024-05-06", [
    "近几年，随着新农合的普及，偏远山村的看病条件正在逐步改变，记者走访了一位乡村医生。",
    "林志远，69岁，山区乡村医生，行医40年，卫生所就开在他的家里。",
    "记者：这个老屋是哪年建的？",
    "林志远：六八年吧，1968年。那时候村里刚通了公路，我父亲带着几个兄弟一砖一瓦自己动手，前前后后忙了大半年，"
    "材料都是从镇上一担一担挑回来的，到现在墙还是结结实实的。",
    "记者：好多年了，老屋还挺大的。",
    "林志远：是的，这是我们家比较好的房子，病人来了也有地方坐。",
    "记者：您家里现在还有谁一起住？",
    "林志远：老伴和我，孩子们都在城里工作。",
    # more of his turns naming his home: the answer's own words (his name) rank it below them all
    *[f"林志远：我家{w}，家里人都支持我。" for w in ("离镇上很远", "门口有条小河", "后面是山", "种了些药材", "养了两头猪",
                                                 "的药柜是自己做的", "晚上也常有人敲门", "的灯整夜亮着", "的狗认得病人",
                                                 "的电话谁都知道", "的院子能晒草药")]])


def test_the_turn_after_the_interviewers_question_answers_it(tmp_path):
    # the answer shares no word of the question: the interviewer's turn before it does
    r = build_pages(tmp_path, {"a.txt": _INTERVIEW})
    hits = r.search("林志远家的老屋是哪一年修的?", top_k=3)
    assert hits and "1968年" in hits[0].passage.text
    assert hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "林志远"


def test_without_the_answer_turns_the_answer_is_not_first(tmp_path, monkeypatch):
    monkeypatch.setattr(Retriever, "_answer_turns", lambda self, kept, covs, query, allowed=None: (kept, covs))
    r = build_pages(tmp_path, {"a.txt": _INTERVIEW})
    hits = r.search("林志远家的老屋是哪一年修的?", top_k=3)
    assert not hits or "1968年" not in hits[0].passage.text


def test_the_answer_turn_joins_with_the_turns_share_and_a_lead_lends_nothing(tmp_path):
    r = build_pages(tmp_path, {"a.txt": _INTERVIEW})
    asking = next(i for i, p in enumerate(r.passages) if p.text.startswith("记者：这个老屋"))
    got, shares = r._answer_turns([(asking, 10.0)], [0.5], r.tokenize("老屋"))
    assert [i for i, _ in got] == [asking, asking + 1] and shares == [0.5, 0.5]
    assert got[1][1] > 0
    # the lead (credited to nobody, asking nothing) lends nothing
    lead = next(i for i, p in enumerate(r.passages) if p.text.startswith("近几年"))
    assert r._answer_turns([(lead, 10.0)], [0.5], r.tokenize("老屋")) == ([(lead, 10.0)], [0.5])


def test_a_turn_asking_words_the_answer_holds_anyway_lends_nothing(tmp_path):
    # 记者：…尤其刚开始练的时候？ then 林志远：刚开始练的时候… — the question's 练 is the answer's own
    r = build_pages(tmp_path, {"a.txt": ("训练的苦", "示例网 2021-08-01", [
        "记者：手上磨出了很多茧，平时会不会很疼？尤其刚开始练的时候？",
        "林志远：刚开始练的时候确实太疼了，第二天还是要继续下水训练。"])})
    asking = next(i for i, p in enumerate(r.passages) if p.text.startswith("记者："))
    got, _ = r._answer_turns([(asking, 10.0), (asking + 1, 2.0)], [0.5, 0.2], r.tokenize("练"))
    assert got == [(asking, 10.0), (asking + 1, 2.0)]
    got, _ = r._answer_turns([(asking, 10.0)], [0.5], r.tokenize("练"))
    assert got == [(asking, 10.0)]  # (not a candidate: it does not join either)


def test_coming_to_power_and_cohesion_are_synonyms():
    assert "上任" in aliases.mates("上台")
    assert "凝聚力" in aliases.mates("向心力")


def test_a_question_word_said_otherwise_on_the_page_is_not_absent(tmp_path):
    # 上台 is in no passage; the page says 上任: the question is answered, not refused
    r = build_pages(tmp_path, {"a.txt": ("对台军售", "示例网 2020-07-10", [
        "外交部发言人欧江安表示，自现任美国政府上任后，美方已五度对台军售，反映美方的一贯支持。",
        "她还说，双方将持续在各领域深化合作。"])})
    assert r.absent_words("欧江安说美国政府上台后美方已几次对台出售武器?") == ()
    hits = r.search("欧江安说美国政府上台后美方已几次对台出售武器?", top_k=3)
    assert hits and "五度" in hits[0].passage.text


def test_a_gold_speaker_copied_with_the_pages_pinyin_scores_the_speaker(tmp_path):
    (tmp_path / "talk.txt").write_text(
        "发布会\n示例網 2020-05-20\n\n"
        "郭衛民今天宣布，全國政協會議會期縮短了4天半，各項會議都作了壓減。\n", "utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"q": "郭卫民宣布的政协会议会期缩短了多少?", "gold": ["4天半"], "file": "talk.txt",
                              "kind": "how-many", "speaker": "郭衛(wèi)民"}, ensure_ascii=False) + "\n", "utf-8")
    m = qa_metrics(load_jsonl(qa), str(tmp_path), tmp_path)
    assert m["recall@1"] == 1.0 and m["speaker_accuracy@1"] == 1.0


def test_a_verb_jieba_tags_a_place_is_a_plain_word_where_no_place_stands():
    from retrieval.search.answering import plain_place
    from retrieval.text import normalize
    # jieba's dictionary tags 扎堆, 回港, 上台 ns; where the question has them they are no places
    assert plain_place("扎堆", normalize("导演说哪个月大片扎堆让新片受到夹击?"))
    assert plain_place("回港", normalize("她2003年回港时为何很难找到工作?"))
    assert plain_place("上台", normalize("他说新政府上台后已几次出售武器?"))
    # a place after 在 / 到 / 访问, before the noun it qualifies or 的, or opening the question stays one
    assert not plain_place("巴黎", normalize("他在巴黎奥运会夺冠后发表了什么感言?"))
    assert not plain_place("巴西", normalize("市长访问巴西时说了什么?"))
    assert not plain_place("台湾", normalize("他预计2023年台湾上市柜公司营收会增长多少?"))
    assert not plain_place("北京", normalize("哪位北京的发言人说了这句话?"))
    assert not plain_place("北京", normalize("北京今年的GDP是多少?"))
    assert not plain_place("小明", normalize("小明说了什么?"))  # (no place in jieba's dictionary)


def test_a_plain_word_the_corpus_lacks_leaves_the_answer_with_a_missing_term(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("新片上映", "示例网 2009-04-01", [
        "导演王晓明接受媒体采访时表示，四月份大片林立，对新片形成前后夹击，票房压力是免不了的。",
        "他说，自己对新片的票房还是有信心的。"])})
    question = "王晓明说哪个月大片扎堆让新片受到前后夹击?"
    assert r.absent_words(question) == ()
    hits = r.search(question, top_k=3)
    assert hits and "四月份" in hits[0].passage.text and "扎堆" in hits[0].missing_terms
    # a place the corpus lacks, where a place stands, still means no answer
    assert r.absent_words("王晓明在伦敦首映式上说了什么?") == ("伦敦",)
    assert r.search("王晓明在伦敦首映式上说了什么?") == []

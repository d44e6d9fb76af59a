"""The bold of a "who did it" question (主持人是谁, 谁主持了…): the person who is the subject of the
question's verb in the answering sentence, not a leader the sentence cites, nor the passage's
speaker reporting what someone else did. Only people the corpus knows as speakers are bold (a
sentence naming nobody known: no bold, tests/search/test_who_answers.py). Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages

SOURCE = "示例网 2024-03-02"


def _bold(hit) -> str | None:
    return hit.best_sentence[slice(*hit.answer_span)] if hit.answer_span else None


def _meeting(tmp_path, host_speaks: bool):
    return build_pages(tmp_path, {"a.txt": ("市委召开座谈会", SOURCE, [
        "习近平总书记指出：“要坚持以人民为中心的发展思想，让发展成果更多更公平惠及全体人民。”",
        "3月1日，全市民营企业座谈会召开，市委书记郑立川主持座谈会并传达学习习近平总书记的重要讲话精神。",
        "郑立川强调，要当好服务企业的“店小二”。" if host_speaks else "与会企业家围绕营商环境踊跃发言。"])})


def test_the_host_before_the_verb_is_bold_not_the_leader_the_sentence_cites(tmp_path):
    r = _meeting(tmp_path, host_speaks=True)
    for question in ("全市民营企业座谈会的主持人是谁?", "谁主持了全市民营企业座谈会?"):
        hits = r.search(question, top_k=3)
        assert hits and "主持座谈会" in hits[0].best_sentence
        assert _bold(hits[0]) == "市委书记郑立川"


def test_a_leader_cited_after_the_verb_is_never_its_subject(tmp_path):
    r = _meeting(tmp_path, host_speaks=False)  # the host is no speaker the corpus knows: no bold
    hits = r.search("全市民营企业座谈会的主持人是谁?", top_k=3)
    assert hits and "主持座谈会" in hits[0].best_sentence
    assert _bold(hits[0]) is None


def test_the_host_is_bold_when_the_verb_closes_the_clause(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("学院举办讲座", SOURCE, [
        "讲座结束后，何文清说：“希望同学们把今天的收获用到学习中去。”",
        "本次文化讲座在学院报告厅举行，讲座由中文系副主任何文清主持，传达了习近平总书记的讲话精神。"])})
    hits = r.search("那次文化讲座是谁主持的?", top_k=3)
    assert hits and "何文清" in hits[0].best_sentence
    assert _bold(hits[0]) == "中文系副主任何文清"


def test_a_spokesman_reporting_who_hosted_is_not_the_host(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("外交部例行记者会", SOURCE, [
        "外交部发言人孟立川表示：昨天，国务委员兼外长秦明远在北京以视频方式主持合作论坛协调人会议。",
        "孟立川说，与会各方高度评价论坛成果的落实进展。",
        "秦明远表示，中方愿同各方一道推动论坛成果落地见效。"])})  # (a speaker the corpus knows)
    hits = r.search("那次合作论坛协调人会议由谁主持?", top_k=3)
    assert hits and "秦明远" in hits[0].best_sentence
    assert "秦明远" in _bold(hits[0]) and "孟立川" not in _bold(hits[0])


def test_no_person_before_the_verb_keeps_the_bold_as_it_was(tmp_path):
    r = build_pages(tmp_path, {"a.txt": ("区里开会", SOURCE, [
        "区政府常务会议由区政府办公室主持召开，区长马文涛在会上说：“今年要办好十件民生实事。”"])})
    hits = r.search("区政府常务会议是谁主持的?", top_k=3)
    assert hits
    assert _bold(hits[0]) in (None, "区长马文涛")

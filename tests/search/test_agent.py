"""Who did the thing a person question asks about (retrieval/search/agent.py): the action next to
the who cue (主持人是谁, 是谁主持的), and a passage naming a person right before it answers.
Invented questions and pages only."""

from __future__ import annotations

from invented_pages import build_pages

from retrieval.search.agent import asked_action, names_agent


def test_the_action_asked_is_read_next_to_the_who_cue():
    assert asked_action("那场发布会的主持人是谁?") == "主持"
    assert asked_action("谁是主持人?") == "主持"
    assert asked_action("项目负责人为谁?") == "负责"
    assert asked_action("市政府全体会议是谁主持的?") == "主持"
    assert asked_action("这次救援是谁带队的?") == "带队"
    # a noun after 哪位, a 1-character verb, a noun that is no role made of a verb: no action
    assert asked_action("哪位湖南的代表提议立法?") == ""
    assert asked_action("是谁让记者只提一个问题?") == ""
    assert asked_action("这位老人是谁?") == ""
    assert asked_action("谁是最后的赢家?") == ""


def test_a_person_named_right_before_the_action_is_its_agent():
    assert names_agent("会议由副市长钟治峰主持。", "主持", "")
    assert names_agent("钟治峰亲自主持会议。", "主持", "")
    assert not names_agent("会议由市政府主持。", "主持", "")  # no surname opens 政府
    assert not names_agent("钟治峰主持会议。", "主持", "钟治峰主持了哪次会议")  # the question's own name
    assert not names_agent("会议在市政府召开。", "主持", "")


def test_who_hosted_is_answered_by_the_line_naming_the_host(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    # the host's own welcome is credited to her and holds more of the question; the line saying
    # who hosted is the answer
    r = build_pages(tmp_path, {"a.txt": ("见面会", "示例网 2018-01-24", [
        "内容：见面会由新闻局副局长、新闻发言人袭红梅主持。",
        "袭红梅：女士们、先生们，欢迎大家出席今天的中外记者见面会，我们邀请到五位科技工作者和记者交流。",
        "下面，我们先请五位科技工作者作自我介绍，然后再和记者进行交流。"])})
    question = "那场邀请五位科技工作者与记者交流的见面会,主持人是谁?"
    hits = r.search(question, top_k=3)
    assert hits and "主持" in hits[0].passage.text
    monkeypatch.setattr(retriever, "ACTION_AGENT", 1.0)
    hits = r.search(question, top_k=3)
    assert hits and "主持" not in hits[0].passage.text


def test_the_action_may_close_the_question():
    assert asked_action("会议由谁主持?") == "主持"
    assert asked_action("谁赢了?") == ""  # 了 closes a one-character verb first

"""Session 10: a "who said" question asking for a role (哪位特首说…) prefers the passage credited to
someone whose title holds that role (or another name of it) over one credited to someone else who
retells the words. Invented pages only."""

from __future__ import annotations

from invented_pages import build_pages


def _library(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("市民看直播", "示例网 2020-02-01", [
            "市民陈大文在家看着直播，拍掌赞好，说世上找不到完美无缺的乐土，澳门就很好。"]),
        "b.txt": ("特首谈施政", "示例网 2009-12-01", [
            "澳门特区行政长官何明华表示，世上没有百分百的乐土，找不到完美无缺的地方，只要大家同心同德解决问题。"])})


def test_who_said_with_a_role_prefers_the_speaker_holding_it(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _library(tmp_path)
    assert r.passages[0].speaker is not None  # both passages credited: the role tells them apart
    question = "哪位澳门特首说世上找不到完美无缺的乐土?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "何明华"
    monkeypatch.setattr(retriever, "WHO_ROLE", 1.0)
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "陈大文"


def test_the_words_describing_who_do_not_count_against_a_credited_passage(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    # the question calls the speaker 村干部, the page 村支书: the words said decide whether the
    # credited passage holds enough of the question (not a line that holds 村干部 and little said)
    r = build_pages(tmp_path, {"a.txt": ("工分制", "示例网 2021-05-01", [
        "“以前也挣工分，不一样的是，现在的工分能直接兑换成钱。”村支书李建英说，村里三百多人都参加了。",
        "合作社开始时资金并不充裕，村里的人也有些怀疑，后来大家慢慢就接受了这个办法。"]),
        "b.txt": ("村里新事", "示例网 2021-06-01", [
            "村干部带头修路，如今村里的路直接通到了每家门口。"])})
    question = "哪位村干部说如今挣的工分可以直接换成现钱?"
    hits = r.search(question, top_k=3)
    assert hits and hits[0].passage.speaker is not None and hits[0].passage.speaker.name == "李建英"

    def nothing(self, intent, ids, weights, seen):
        import numpy as np
        return np.zeros(len(ids))

    monkeypatch.setattr(retriever.Retriever, "_described_credit", nothing)
    hits = r.search(question, top_k=3)  # held too little of the question: weighed down below a line about 村干部
    assert not hits or hits[0].passage.speaker is None


def _coach(tmp_path):
    return build_pages(tmp_path, {
        "a.txt": ("广东胜北京", "示例网 2023-01-20", [
            "赛后广东主帅杜明表示：“一开始大家防守有些松懈，进攻命中率低，广东队的问题出在篮板上，下半场才紧起来。”"]),
        "b.txt": ("广东负上海", "示例网 2023-02-03", [
            "CBA常规赛继续进行，广东主场84比94不敌上海，遭遇两连败。赛后，广东队主帅杜明接受了媒体的采访。",
            "杜明说：“依然还是开局的问题。上半场我们出现10次失误，挖了一个大坑。”"])})


def test_the_passage_introducing_x_lends_its_words_to_xs_next_words(tmp_path, monkeypatch):
    import retrieval.retriever as retriever
    r = _coach(tmp_path)
    question = "杜明认为广东主场输给上海,问题主要出在哪里?"
    hits = r.search(question, top_k=3)
    assert hits and "开局" in hits[0].passage.text
    monkeypatch.setattr(retriever.Retriever, "_introduces", lambda self, i, keys, own: -1)
    hits = r.search(question, top_k=3)
    assert hits and "开局" not in hits[0].passage.text

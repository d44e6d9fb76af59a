"""The pure HTML renderer: escaping, bold terms, trimming, the 4096 limit, the no-answer reply."""

from __future__ import annotations

import re
from html import unescape

import pytest
from telegram.constants import MessageLimit

from bot import render
from retrieval import Document, Hit, Passage, Speaker

ZHU = Speaker("朱财斌", "西青区委书记")
DOC = Document(title="A<b>&测试</b>新闻", outlet="滨海<发布>", published="2024-02-07T13:52:00",
               url="https://example.com/a?x=1&y=<2>", path="seeds/x.txt")


def hit(text: str, terms=(), best: str = "", speaker: Speaker | None = ZHU,
        doc: Document = DOC, paragraph: int = 3, span: tuple[int, int] | None = None, missing=()) -> Hit:
    return Hit(Passage(text, paragraph, doc, speaker), 1.0, tuple(terms), best, span, tuple(missing))


def visible(html: str) -> str:
    """The text Telegram shows after parsing the HTML entities."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def balanced(html: str) -> bool:
    stack = []
    for closing, tag in re.findall(r"<(/?)([a-z]+)[^>]*>", html):
        if closing:
            if not stack or stack.pop() != tag:
                return False
        else:
            stack.append(tag)
    return not stack


def test_a_hit_has_speaker_passage_and_linked_source_line():
    html, cut = render.hit_html(hit("天开西青园已引进项目300余个。", ["引进", "项目"]), 1)
    assert not cut
    assert html.startswith("<b>1. 「朱财斌 · 西青区委书记」</b>\n")
    assert "已<b>引进项目</b>300余个" in html
    assert "滨海&lt;发布&gt; · 2024-02-07 · 《<a href=\"https://example.com/a?x=1&amp;y=&lt;2&gt;\">" in html
    assert "A&lt;b&gt;&amp;测试&lt;/b&gt;新闻</a>》 · ¶3" in html
    assert balanced(html)


def test_no_speaker_is_reporting_and_the_outlet_stays_in_the_source_line():
    doc = Document(title="标题", outlet="滨海发布", published=None, url=None, path="p")
    html, _ = render.hit_html(hit("正文。", speaker=None, doc=doc))
    assert html.startswith("<b>「报道」</b>") and "<a " not in html
    assert "「滨海发布」" not in html
    assert "滨海发布 · 《标题》 · ¶3" in html


SENTENCE = "天开西青园开园以来，已引进项目300余个。"


def test_a_hit_leads_with_its_answering_sentence_the_answer_in_bold():
    text = "西青区持续发力。" + SENTENCE + "百余个项目投入运行。"
    span = (SENTENCE.index("300余个"), SENTENCE.index("300余个") + len("300余个"))
    html, _ = render.hit_html(hit(text, ["引进", "项目"], SENTENCE, span=span), 1)
    lines = html.split("\n")
    assert lines[0] == "<b>1. 「朱财斌 · 西青区委书记」</b>"
    assert lines[1] == "💬 天开西青园开园以来，已引进项目<b>300余个</b>。"
    assert lines[2] == "…百余个项目投入运行。"  # the passage around it, the sentence not repeated
    assert html.count("<b>") == 2  # the label and the answer: no scattered question words
    assert balanced(html)


def test_the_answer_span_is_escaped_and_bold():
    sentence = "他说：“<b>A&B</b> 共 17 位”。"
    a = sentence.index("17 位")
    html, _ = render.hit_html(hit(sentence, best=sentence, span=(a, a + 4)))
    assert "<b>17 位</b>" in html and "&lt;b&gt;A&amp;B&lt;/b&gt;" in html and balanced(html)


def test_a_long_answering_sentence_is_cut_around_its_answer():
    sentence = "甲" * 300 + "1月12日" + "乙" * 300 + "。"
    a = sentence.index("1月12日")
    html, _ = render.hit_html(hit(sentence, best=sentence, span=(a, a + 5)))
    lead = html.split("\n")[1]
    assert "<b>1月12日</b>" in lead and lead.startswith("💬 …") and lead.endswith("…")
    assert len(visible(lead)) <= render.LEAD_CHARS + 5


def test_answers_are_phone_sized():
    wall = "这是一段很长的段落，讲了很多与问题有关也无关的事情，" * 40 + SENTENCE + "后面还有很多话。" * 40
    hits = [hit(wall, ["引进"], SENTENCE, paragraph=k) for k in range(3)]
    page = render.answer_page("天开西青园引进了多少项目？", hits)
    for block in page.html.split("\n\n")[1:4]:
        assert len(visible(block)) <= 400, block
    assert page.trimmed == (1, 2, 3)


def test_the_source_line_is_given_once_when_every_hit_is_from_one_article():
    hits = [hit("第一段。", best="第一段。", paragraph=1), hit("第二段。", best="第二段。", paragraph=2)]
    html = render.answer_page("问", hits).html
    assert html.count("2024-02-07") == 1 and "¶1" in html and "¶2" in html
    other = Document(title="另一篇", outlet="别的报", published=None, url=None, path="q")
    html = render.answer_page("问", [hits[0], hit("第三段。", best="第三段。", doc=other)]).html
    assert html.count("2024-02-07") == 1 and "别的报 · 《另一篇》 · ¶3" in html


def test_a_page_of_one_articles_hits_gives_the_source_once_whatever_later_pages_hold():
    other = Document(title="另一篇", outlet="别的报", published=None, url=None, path="q")
    hits = [hit(f"第{k}段。", best=f"第{k}段。", paragraph=k) for k in (1, 2, 3)]
    hits.append(hit("第九段。", best="第九段。", doc=other, paragraph=9))
    first = render.answer_page("问", hits, 0, 3).html  # the message a reader sees: three hits of DOC
    assert first.count("2024-02-07") == 1 and all(f"<i>¶{k}</i>" in first for k in (1, 2, 3))
    assert first.rstrip().endswith("共 4 条</i>") and "别的报" not in first
    second = render.answer_page("问", hits, 3, 3).html
    assert second.count("别的报") == 1 and "<i>¶9</i>" in second
    passages = [Passage(f"朱财斌说，第{k}件事。", k, DOC, ZHU) for k in (1, 2)] + [Passage("朱财斌说，别的事。", 9, other, ZHU)]
    page = render.speaker_page(ZHU, passages, 0, 2).html
    assert page.count("2024-02-07") == 1 and "别的报" not in page


def test_a_hit_says_what_it_does_not_mention():
    html, _ = render.hit_html(hit(SENTENCE, best=SENTENCE, missing=["伦敦", "<2019>"]))
    assert "未提到：伦敦、&lt;2019&gt;" in html and balanced(html)
    assert "未提到" not in render.hit_html(hit(SENTENCE, best=SENTENCE))[0]


def test_no_answer_names_what_the_corpus_never_mentions():
    text = render.no_answer("刘子歌在伦敦奥运会上获得了第几名", ["习近平说了什么？"], ["伦敦"])
    assert "语料中没有提到「伦敦」" in text and "<code>习近平说了什么？</code>" in text


@pytest.mark.parametrize(("question", "words"), [
    ("What did Zhu Caibin say about the park?", "The corpus is Chinese"),
    ("Что сказал Чжу?", "китайских"),
    ("朱さんは何と言いましたか", "中国語"),
    ("ماذا قال تشو؟", "أخبار صينية"),
])
def test_a_question_not_in_chinese_is_told_in_its_language(question, words):
    text = render.no_answer(question, ["习近平说了什么？"])
    assert words in text and "习近平说了什么？" in text and len(text.splitlines()) == 1
    page = render.answer_page(question, [hit(SENTENCE, best=SENTENCE)])
    assert words in page.html
    assert "The corpus is Chinese" not in render.answer_page("问", [hit(SENTENCE, best=SENTENCE)]).html


@pytest.mark.parametrize("question", ["<script>alert(1)</script>", "a & b > c < d", "</b><i>", "&amp;"])
def test_questions_and_passages_are_escaped(question):
    passage = f"他说：“{question}” 以及 <b>粗</b> & </a> 都只是文字。"
    page = render.answer_page(question, [hit(passage, ["文字"])])
    assert balanced(page.html)
    assert question in visible(page.html) and "<b>粗</b> & </a>" in visible(page.html)
    assert "<script>" not in page.html and "<b>粗</b>" not in page.html
    assert render.no_answer(question).count("<") == render.no_answer("x").count("<")


def test_matched_terms_are_bold_but_lone_characters_are_not():
    html, _ = render.passage_html("新质生产力是新的生产力，园区很新。", ["新", "质", "生产力"])
    assert html.startswith("<b>新质生产力</b>")
    assert "园区很新" in html  # a lone 新 is not a match worth bolding


def test_terms_match_across_case_and_width():
    html, _ = render.passage_html("ＡＩ与Ai芯片", ["ai"])
    assert html == "<b>ＡＩ</b>与<b>Ai</b>芯片"


def test_a_long_passage_is_trimmed_around_its_best_sentence():
    filler = "这是一段与问题无关的铺垫文字，用来把段落拉长。" * 30
    best = "天开西青园开园以来，已引进项目300余个。"
    text = filler + best + filler
    html, cut = render.passage_html(text, ["引进", "项目"], best, budget=200)
    assert cut and html.startswith("…") and html.endswith("…")
    assert "300余个" in html and len(visible(html)) <= 202


def test_a_sentence_longer_than_the_budget_is_cut_around_its_match():
    text = "甲" * 1000 + "引进项目" + "乙" * 1000
    html, cut = render.passage_html(text, ["引进项目"], "", budget=100)
    assert cut and "<b>引进项目</b>" in html and len(visible(html)) <= 102


def test_an_answer_never_exceeds_the_telegram_limit():
    huge = ("引进项目<&>" + "😀" * 50 + "。") * 600  # 30k+ characters, many UTF-16 pairs, many entities
    hits = [hit(huge, ["引进项目"], "引进项目<&>。") for _ in range(10)]
    page = render.answer_page("引进项目" * 200, hits, 0, 10)
    assert render.tg_len(page.html) <= MessageLimit.MAX_TEXT_LENGTH
    assert balanced(page.html) and page.trimmed == tuple(range(1, 11))
    full = render.full_passage(hits[0], 1)
    assert render.tg_len(full) <= MessageLimit.MAX_TEXT_LENGTH and balanced(full)
    inline = render.inline_message("引进项目", hits[0])
    assert render.tg_len(inline) <= MessageLimit.MAX_TEXT_LENGTH and balanced(inline)


def test_full_passage_is_whole_when_it_fits():
    text = "第一句。" * 200
    assert "…" not in render.full_passage(hit(text))
    assert render.hit_html(hit(text))[1]  # but trimmed in a list of answers
    a = SENTENCE.index("300余个")
    whole = render.full_passage(hit("前面的话。" + SENTENCE + "后面的话。", best=SENTENCE, span=(a, a + 5)))
    assert whole.split("\n")[1] == "前面的话。天开西青园开园以来，已引进项目<b>300余个</b>。后面的话。"
    assert "…" not in whole and visible(whole).count("已引进项目") == 1  # read in its place, said once


def test_an_inline_answer_leads_with_its_sentence_and_does_not_repeat_it():
    text = "前面的话。" + SENTENCE + "后面的话。"
    a = SENTENCE.index("300余个")
    html = render.inline_message("引进了多少项目", hit(text, best=SENTENCE, span=(a, a + 5)))
    assert html.split("\n")[3] == "💬 天开西青园开园以来，已引进项目<b>300余个</b>。"
    assert visible(html).count("已引进项目") == 1 and "后面的话。" in html


def test_pages_say_where_they_are():
    hits = [hit(f"第{i}段。") for i in range(7)]
    assert "第 4–6 条，共 7 条" in render.answer_page("问", hits, 3, 3).html
    assert "共" not in render.answer_page("问", hits[:2], 0, 3).html


def test_no_answer_suggests_speakers_and_two_examples():
    text = render.no_answer("火星<水>", ["习近平说了什么？", "如何发展新质生产力？", "第三个"])
    assert "没有找到" in text and "火星&lt;水&gt;" in text and "/speakers" in text
    assert "<code>习近平说了什么？</code>" in text and "<code>如何发展新质生产力？</code>" in text
    assert "第三个" not in text


def test_speaker_and_source_lists_stay_within_the_limit():
    many = [(Speaker(f"人物{i}", "某某单位副主任" * 5), i) for i in range(500)]
    text = render.speakers_list(many)
    assert render.tg_len(text) <= MessageLimit.MAX_TEXT_LENGTH and "另有" in text
    docs = [(DOC, 3)] * 300
    text = render.sources_list(docs)
    assert render.tg_len(text) <= MessageLimit.MAX_TEXT_LENGTH and "另有" in text and balanced(text)


def test_inline_title_and_description():
    h = hit("天开西青园开园以来，已引进项目300余个。" * 10)
    assert render.inline_title(h) == "朱财斌 · 滨海<发布>"
    assert render.inline_description(h).endswith("以来…") and len(render.inline_description(h)) <= 90
    assert render.inline_title(hit("正文。", speaker=None)) == "报道 · 滨海<发布>"
    assert render.inline_description(hit("前文。" * 40 + SENTENCE, best=SENTENCE)) == SENTENCE


def test_the_last_resort_cut_never_splits_an_entity():
    for pad in range(6):
        text = "x" * pad + "&amp;" * 2000
        out = render.cut_html(text)
        assert render.tg_len(out) <= MessageLimit.MAX_TEXT_LENGTH
        assert re.fullmatch(r"x*(&amp;)*…", out)
    huge_title = Document(title="长" * 6000, outlet="o", published=None, url=None, path="p")
    page = render.answer_page("问", [hit("正文。", doc=huge_title)])
    assert render.tg_len(page.html) <= MessageLimit.MAX_TEXT_LENGTH


def test_a_question_not_in_chinese_gets_an_example_from_this_corpus():
    from bot.state import View

    reporting = hit("某报记者写道：这座桥明年通车。", best="这座桥明年通车。", speaker=None)
    view = View("When will the bridge open?", (reporting,), 3, example="大桥什么时候通车？")
    html = view.page(0).html
    assert "大桥什么时候通车？" in html and "天开西青园" not in html  # not the seed corpus's question
    quoted = hit("他说：桥明年通车。", best="他说：桥明年通车。", speaker=Speaker("王五", "局长"))
    html = render.answer_page("When will the bridge open?", [reporting, quoted], example="大桥什么时候通车？").html
    assert "王五说了什么？" in html  # a speaker among the hits, even when the first is reporting


def test_buttons_fit_a_phone_even_with_ten_hits_a_page():
    from bot.callbacks import keyboard
    from bot.state import View

    long = "这是一段很长的段落。" * 40
    hits = tuple(hit(long, best="这是一段很长的段落。", paragraph=k) for k in range(12))
    view = View("问", hits, 10)
    page = view.page(0)
    assert len(page.trimmed) == 10
    rows = keyboard("v1", view, 0, page).inline_keyboard
    assert all(len(row) <= 5 for row in rows)  # Telegram refuses a row of more than 8
    labels = [b.text for row in rows for b in row]
    assert labels.count("更多 ▸") == 1 and sum(t.startswith("引用") for t in labels) == 10
    assert all(len(t) <= 6 for t in labels)


def test_a_speaker_page_gives_the_source_once_when_all_is_from_one_article():
    passages = [Passage(f"朱财斌说，第{k}件事。", k, DOC, ZHU) for k in range(1, 5)]
    html = render.speaker_page(ZHU, passages, 0, 3).html
    assert html.count("2024-02-07") == 1 and all(f"¶{k}" in html for k in (1, 2, 3))
    other = Document(title="另一篇", outlet="别的报", published=None, url=None, path="q")
    html = render.speaker_page(ZHU, [*passages[:2], Passage("朱财斌说，别的事。", 9, other, ZHU)]).html
    assert html.count("2024-02-07") == 2 and "别的报 · 《另一篇》 · ¶9" in html


def test_a_speaker_page_does_not_repeat_the_name_its_heading_gives():
    passages = [Passage(f"朱财斌说，第{k}件事。", k, DOC, ZHU) for k in range(1, 4)]
    html = render.speaker_page(ZHU, passages, 0, 3).html
    assert html.count("朱财斌 · 西青区委书记") == 1  # the heading
    assert "<b>2.</b> <i>¶2</i>\n" in html and balanced(html)
    titled = Passage("朱财斌说，别的事。", 9, DOC, Speaker("朱财斌", "区长"))
    assert "「朱财斌 · 区长」" in render.speaker_page(ZHU, [*passages, titled], 3, 3).html  # another title is said


def test_an_inline_description_ends_on_a_whole_clause():
    sentence = "，".join(f"第{k}个施工队伍进场作业" for k in range(1, 20)) + "。"
    text = render.inline_description(hit(sentence, best=sentence))
    assert len(text) <= 90 and text.endswith("业…")


def test_one_long_sentence_in_a_list_is_cut_at_clause_breaks():
    text = "，".join(f"第{k}个施工队伍进场作业" for k in range(1, 40)) + "，朱财斌到场，" + "，".join(
        f"第{k}台机器开始运转" for k in range(1, 40)) + "。"
    html, cut = render.passage_html(text, ["朱财斌"], "", budget=100)
    shown = visible(html)
    assert cut and "朱财斌" in shown and len(shown) <= 102
    assert shown.startswith("…第") and shown.endswith(("业…", "转…"))  # whole clauses at both ends


def test_the_whole_passage_does_not_bold_half_a_number_either():
    sentence = "周二，联赛第23轮的比赛继续进行。"
    text = "开场前下起了小雨。" + sentence + "主队最终落败。"
    a = sentence.index("3轮")
    html = render.full_passage(hit(text, best=sentence, span=(a, a + 1)), 1)
    assert "第23轮" in html and "<b>3</b>" not in html and html.count("<b>") == 1  # the label only


def test_words_every_hit_lacks_alike_are_said_once_under_them():
    hits = [hit(f"第{k}段。", best=f"第{k}段。", paragraph=k, missing=["伦敦"]) for k in (1, 2, 3)]
    html = render.answer_page("问", hits).html
    assert html.count("未提到") == 1 and "<i>以上 3 条都未提到：伦敦</i>" in html
    assert html.index("¶3") < html.index("以上 3 条")  # under the hits
    mixed = [*hits[:2], hit("第三段。", best="第三段。", paragraph=3, missing=["巴黎"])]
    html = render.answer_page("问", mixed).html
    assert html.count("未提到：伦敦") == 2 and "未提到：巴黎" in html and "以上" not in html
    one = render.answer_page("问", hits[:1]).html
    assert "<i>未提到：伦敦</i>" in one and "以上" not in one


def test_a_long_sentence_cut_in_its_lead_offers_the_whole_passage():
    long = "市长在会上说，" + "全市将新建学校、扩建医院、改造老旧小区，" * 8 + "今年新增学位一万五千个。"
    a = long.index("一万五千个")
    html, cut = render.hit_html(hit(long, best=long, span=(a, a + 5)), 1)
    assert "…" in html and cut  # the lead left text out: 「全文」 shows it
    page = render.answer_page("问", [hit(long, best=long, span=(a, a + 5))])
    assert page.trimmed == (1,)
    short, cut = render.hit_html(hit(SENTENCE, best=SENTENCE), 1)
    assert not cut


def test_hits_after_the_first_show_less_context_and_offer_the_whole_passage():
    """One phone screen for three hits: the first hit keeps its context, the later ones a line or two;
    what they leave out is one button away (their ranks are the page's trimmed ones)."""
    lead = "天开西青园已引进项目300余个。"
    around = "园区负责人介绍了今年的招商计划和配套服务的具体安排，" * 6  # about 150 characters after the lead
    hits = [hit(lead + around, ["项目"], best=lead, paragraph=n) for n in (1, 2, 3)]
    page = render.answer_page("天开西青园引进了多少项目？", hits)
    parts = page.html.split("\n\n")
    sizes = [len(visible(p)) for p in parts if re.match(r"<b>\d\.", p)]
    assert len(sizes) == 3
    assert sizes[1] == sizes[2] < sizes[0] - 40
    assert page.trimmed == (1, 2, 3)
    assert all(p.count("300余个") == 1 for p in parts if re.match(r"<b>\d\.", p))  # each still leads with the answer

"""How answers read in the shell and the CLI (retrieval/cli/formatting.py, shell.py): made-up
text only; the bot's HTML has tests/bot/test_render.py."""

from __future__ import annotations

import pytest

from bot import render
from retrieval.cli.formatting import CLAUSE_BREAKS, PLAIN_BOLD, lead, lead_bounds

FILLER = "开头说了几句，" + "这里是很长的铺垫文字，" * 14
ANSWER = "已引进项目300余个"
SENTENCE = FILLER + ANSWER + "，后来又讲了很多别的事情" * 10 + "。"
SPAN = (SENTENCE.index(ANSWER), SENTENCE.index(ANSWER) + len(ANSWER))


def _cut_cleanly(sentence: str, shown: str) -> bool:
    """``shown`` (ellipses stripped) is a slice of ``sentence`` that starts and ends at a clause break."""
    core = shown.strip("…")
    at = sentence.find(core)
    end = at + len(core)
    starts = at == 0 or sentence[at - 1] in CLAUSE_BREAKS
    ends = end == len(sentence) or sentence[end] in CLAUSE_BREAKS
    return at >= 0 and starts and ends


def test_a_long_lead_is_cut_at_clause_breaks_not_inside_words():
    start, end = lead_bounds(SENTENCE, SPAN, 120)
    assert start <= SPAN[0] and SPAN[1] <= end and end - start <= 120
    assert SENTENCE[start - 1] in CLAUSE_BREAKS and SENTENCE[end] in CLAUSE_BREAKS
    text = lead(SENTENCE, SPAN, PLAIN_BOLD)
    assert f"**{ANSWER}**" in text and text.startswith("…") and text.endswith("…")
    assert _cut_cleanly(SENTENCE, text.replace("**", ""))


@pytest.mark.parametrize("span", [None, SPAN])
def test_the_bot_lead_is_cut_at_clause_breaks_too(span):
    html = render.lead_html(SENTENCE, span)
    shown = html.replace("<b>", "").replace("</b>", "")
    assert shown.endswith("…") and _cut_cleanly(SENTENCE, shown)
    assert (span is None) == (not shown.startswith("…"))


def test_a_lead_with_no_break_near_is_still_cut_to_its_length():
    sentence = "甲" * 300 + "1月12日" + "乙" * 300 + "。"
    a = sentence.index("1月12日")
    start, end = lead_bounds(sentence, (a, a + 5), 120)
    assert end - start == 120 and start <= a and a + 5 <= end


def test_no_answer_says_what_to_try_next():
    from retrieval.cli.formatting import format_answer

    text = format_answer("红烧肉怎么做", [], example="王五说了什么？")
    assert text.startswith("没有找到答案") and "试试这样问：王五说了什么？" in text
    text = format_answer("刘子歌在伦敦奥运会上获得了第几名", [], absent=["伦敦"], example="王五说了什么？")
    assert "没有提到「伦敦」" in text and "试试这样问：王五说了什么？" in text
    english = format_answer("How do I cook pork?", [], example="王五说了什么？")
    assert english.count("王五说了什么？") == 1  # the note in the question's language already gives one


QUOTE = "王五说：“开头没打好。上半场失误太多，挖了一个大坑。下半场好一些。”"


def test_a_sentence_inside_a_longer_quotation_is_shown_quoted():
    from retrieval.cli.formatting import context

    middle = "上半场失误太多，挖了一个大坑。"
    assert lead(middle, None, PLAIN_BOLD) == middle  # balanced: left alone
    first = "王五说：“开头没打好。"
    assert lead(first, (4, 10), PLAIN_BOLD) == "王五说：“**开头没打好**。”"
    assert context(QUOTE, first) == "…“上半场失误太多，挖了一个大坑。下半场好一些。”"
    last = "下半场好一些。”"
    assert lead(last, None, PLAIN_BOLD) == "“下半场好一些。”"
    assert context(QUOTE, last) == "前文：王五说：“开头没打好。上半场失误太多，挖了一个大坑。”"  # said to come before


def test_the_bot_balances_quote_marks_the_same_way():
    first = "王五说：“开头没打好。"
    assert render.lead_html(first, (4, 10)) == "王五说：“<b>开头没打好</b>。”"
    body, _ = render.context_html(QUOTE, first, 140)
    assert body == "…“上半场失误太多，挖了一个大坑。下半场好一些。”"
    assert render.lead_html("下半场好一些。”", None) == "“下半场好一些。”"
    tw = "他強調,「只要有正式的協議"
    assert render.lead_html(tw, None) == tw + "」"


def test_example_questions_are_questions_not_bare_phrases(tmp_path):
    from invented_pages import build_pages

    from bot.corpus import example_questions

    body = ["省政府举行林木种质资源保护新闻发布会，介绍林木种质资源保护工作。",
            "林木种质资源保护办法自7月1日起施行，林木种质资源普查同步开展。",
            "发言人表示，林木种质资源是重要的战略资源。"]
    r = build_pages(tmp_path, {"a.txt": ("林木种质资源保护新闻发布会", "某省日报 2021-06-29", body)})
    examples = example_questions(r, 3)
    assert examples and all(r.search(q, top_k=1) for q in examples)
    topical = [q for q in examples if "说了什么" not in q or q.startswith("关于")]
    assert topical and all(q.startswith(("关于", "如何")) for q in topical), examples
    assert len(topical) == 1  # 林木种质资源保护 and 种质资源保护 are one topic


def test_filter_usage_names_this_corpus_so_it_can_be_copied(tmp_path):
    import io

    from invented_pages import build_pages

    from retrieval.cli.formatting import filter_example
    from retrieval.cli.shell import run_shell

    body = ["市长李四说：“新桥明年通车。”", "李四表示，旧桥将改建为步行桥。"]
    r = build_pages(tmp_path, {"a.txt": ("新桥明年通车", "江城日报 2021-06-29", body)})
    words = filter_example(r)
    assert words.split()[0] == "李四" and "朱凯" not in words
    r.filter_index.parse_words(words)  # the filter reads it back
    out = io.StringIO()
    run_shell(r, 3, io.StringIO(f":filter\n:filter 王八\n:filter {words}\n"), out)
    text = out.getvalue()
    assert f"没有筛选条件。用法：:filter {words}" in text and "朱凯" not in text
    assert f"用法：:filter {words}；:speakers 列出发言人" in text  # after a word it does not know
    assert "筛选：发言人 李四" in text


def test_the_bot_help_uses_the_corpus_filter_words():
    from bot import replies

    text = replies.help_more(False, "李四 江城日报")
    assert "/filter 李四 江城日报 —" in text and "/export 李四 —" in text and "朱凯" not in text
    assert "朱凯" not in replies.help_more(False) and "滨海发布" not in replies.help_more(False)


def test_follow_up_hints_name_nobody_from_another_corpus():
    from retrieval.chat.conversation import HINTS, NO_HITS_HINT, NO_SPEAKER_HINT

    for text in (*HINTS.values(), NO_HITS_HINT, NO_SPEAKER_HINT):
        assert "朱凯" not in text and "滨海发布" not in text  # the seed corpus's names fail elsewhere


def test_the_export_usage_names_nobody_from_another_corpus():
    from bot import talk
    from retrieval.chat.conversation import Contexts, Conversation
    from retrieval.errors import ExportError

    with pytest.raises(ExportError) as err:
        talk.export_filters(Conversation(3, Contexts()), ("chat", 1), "", lambda words: None)
    assert "/export 姓名" in str(err.value) and "朱凯" not in str(err.value)


def test_cite_out_of_range_names_the_hits_there_are(tmp_path):
    import io

    from invented_pages import build_pages

    from retrieval.cli.shell import run_shell

    body = ["市长李四说：“新桥明年通车。”", "李四表示，旧桥将改建为步行桥。"]
    r = build_pages(tmp_path, {"a.txt": ("新桥明年通车", "江城日报 2021-06-29", body)})
    out = io.StringIO()
    run_shell(r, 1, io.StringIO("新桥什么时候通车\n:cite 5\n"), out)
    assert "只有 1 条答案：:cite 1\n" in out.getvalue()


def test_context_of_one_long_sentence_is_cut_at_a_clause_break():
    from retrieval.cli.formatting import context

    first = "王五说，新桥明年通车。"
    long = "随后" + "，".join(f"第{k}个施工队伍进场作业" for k in range(1, 30)) + "。"
    shown = context(first + long, first, 100)
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 102
    assert shown[-2] == "业"  # ends on a whole clause, the comma left out
    body, cut = render.context_html(first + long, first, 100)
    assert cut and body.endswith("业…")


def test_the_article_view_cuts_long_paragraphs_at_a_clause_break():
    from bot import replies
    from retrieval import Document, Passage
    from retrieval.chat.conversation import Article

    doc = Document(title="新桥", outlet="江城日报", published=None, url=None, path="a")
    long = "，".join(f"第{k}个施工队伍进场作业" for k in range(1, 120)) + "。"
    passages = tuple(Passage(long, k, doc, None) for k in range(1, 4))
    html = replies.article(Article(doc, passages, 1))
    cut = [line for line in html.split("\n") if line.endswith("…")]
    assert len(cut) == 3 and all(line.endswith("业…") for line in cut)


@pytest.mark.parametrize("sentence,answer,bold", [
    ("周二，联赛第23轮的比赛继续进行。", "3", False),  # the 3 of 第23轮
    ("领跑的是9m88号车手。", "9", False),  # the 9 of 9m88
    ("人均收入达到1.2万元。", "2万元", False),  # after the decimal point
    ("人均收入达到1.2万元。", "1.2万元", True),
    ("内容： 见面会由主持人主持。", " 见面会", True),  # its edge space is left out
])
def test_an_answer_span_that_cuts_a_number_in_two_is_not_bold(sentence, answer, bold):
    a = sentence.index(answer)
    text = lead(sentence, (a, a + len(answer)), PLAIN_BOLD)
    html = render.lead_html(sentence, (a, a + len(answer)))
    if bold:
        assert f"**{answer.strip()}**" in text and f"<b>{answer.strip()}</b>" in html
    else:
        assert "**" not in text and "<b>" not in html
        assert text == sentence and html == sentence  # the sentence itself, unchanged


def test_what_comes_before_the_answering_sentence_is_marked_as_such():
    from retrieval.cli.formatting import context

    text = "会议由市长主持。" * 30 + "最后，副市长李四宣布散会。"
    last = "最后，副市长李四宣布散会。"
    shown = context(text, last)
    assert shown.startswith("前文：…会议由市长主持。") and shown.endswith("会议由市长主持。")
    body, cut = render.context_html(text, last, 60)
    assert body.startswith("前文：…会议由市长主持。") and body.endswith("会议由市长主持。") and cut  # 全文 has more
    whole, cut = render.context_html("会议由市长主持。" + last, last, 60)
    assert whole == "前文：会议由市长主持。" and not cut  # the reply already holds the whole passage
    after, _ = render.context_html(last + "会议由市长主持。", last, 60)
    assert after == "…会议由市长主持。"  # what follows it needs no mark


def test_the_shell_says_what_every_hit_lacks_once():
    from retrieval import Document, Hit, Passage
    from retrieval.cli.formatting import format_answer

    doc = Document(title="标题", outlet="某报", published=None, url=None, path="p")
    hits = [Hit(Passage(f"第{k}段。", k, doc, None), 1.0, (), f"第{k}段。", None, ("伦敦",)) for k in (1, 2)]
    text = format_answer("问", hits)
    assert text.count("未提到") == 1 and "（以上 2 条都未提到：伦敦）" in text
    assert format_answer("问", hits[:1]).count("（未提到：伦敦）") == 1

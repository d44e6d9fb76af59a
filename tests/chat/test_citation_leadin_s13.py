"""A citation quotes what the speaker said, not the reporter's lead-in to it.

When a clause naming the speaker (by name, or by a pronoun at its start) opens a quotation with a
comma or colon (…张三在会上称，“…” / 他强调，“…), the citation quotes only the words inside, up
to the closing mark or, when the quotation runs on past the sentence, to its end. A quotation
opened by a clause that names someone else (正如李四所说：“…”) or one the sentence goes on from
(，“某某案”的当事人) is no such words, and the sentence is cited as before.
"""

from __future__ import annotations

from retrieval.chat.citation import ELLIPSIS, cite, quote
from retrieval.models import Document, Passage, Speaker


def test_a_closed_quotation_opened_by_the_named_speaker_is_quoted_alone():
    text = "本报讯 据外媒报道，某公司董事长张三在接受采访时称，“我们是一家全球化的公司”。"
    assert quote(text, name="张三") == "我们是一家全球化的公司"


def test_a_quotation_running_on_past_the_sentence_is_quoted_from_its_opening_mark():
    text = "他强调，“家乡是我的根，我们要做扎根本地的企业。办好企业就是回报家乡”。"
    assert quote(text, "他强调，“家乡是我的根，我们要做扎根本地的企业。", name="张三") == "家乡是我的根，我们要做扎根本地的企业" + ELLIPSIS
    text = "张三在会上说：“今年的目标是开工十个项目，"
    assert quote(text, name="张三") == "今年的目标是开工十个项目"  # never ends on a comma


def test_someone_elses_words_and_quoted_terms_are_not_taken_for_the_speakers():
    ranke = "这门学科有着重要的意义，正如西方史学界的代表人物李四所说：“历史教导现在。”"
    assert quote(ranke, name="张三").startswith("这门学科有着重要的意义，正如西方史学界的代表人物李四所说")
    term = "对于一审结果，“王五案”的当事人均提出上诉，王五在法庭上说：“我不服这个判决。”"
    assert quote(term, name="王五") == "我不服这个判决。"
    short = "他说，“好”。"  # one word in quotation marks is no statement
    assert quote(short, name="张三") != "好"


def test_the_whole_citation_line_puts_only_the_speakers_words_in_quotation_marks():
    doc = Document(title="一篇文章", outlet="某报", published="2024-03-05", url=None, path="a.txt")
    p = Passage("市长张三在发布会上表示，“明年将开工十个项目。”", 2, doc, Speaker("张三", "市长"))
    assert cite(p) == "张三（市长）：“明年将开工十个项目。”——某报，2024年3月5日，《一篇文章》"

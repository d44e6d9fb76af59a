"""A link is shown as it reads, not as percent escapes.

Pages of Chinese sites carry URLs whose paths are Chinese words, percent-encoded
(…/%E5%B4%87%E6%AD%A3%E9%A2%A8%E6%B3%A2…: hundreds of characters). The 出处 reply (bot and shell) and
the 「引用」 citation show such a URL decoded (…/崇正風波…); the bot's 链接 is a link to the exact URL.
A URL that would decode to spaces, control characters or invalid UTF-8 is shown as it is.
"""

from __future__ import annotations

from urllib.parse import quote

from bot import replies
from retrieval.chat.conversation import Reply
from retrieval.cli.formatting import format_reply, readable_url

PATH = "新桥风波-张三-城市要发展-也要设「闸门」"
URL = "https://news.example.com/pns/" + quote(PATH)
SOURCE = f"《新桥风波》\n媒体：某报\n发布：2025-08-10\n段落：第 2 段\n发言人：张三 · 市长\n链接：{URL}"
CITATION = f"张三（市长）：“城市要发展。”——某报，2025年8月10日，《新桥风波》 {URL}"


def test_a_percent_encoded_url_reads_decoded():
    assert readable_url(URL) == "https://news.example.com/pns/" + PATH
    assert readable_url("https://a.example/x%20y") == "https://a.example/x%20y"  # a space: as it is
    assert readable_url("https://a.example/%E5%B4") == "https://a.example/%E5%B4"  # broken UTF-8: as it is
    assert readable_url("https://a.example/%0Ax") == "https://a.example/%0Ax"


def test_the_bots_source_reply_shows_the_link_decoded_and_links_the_exact_url():
    html = replies.source(Reply("source", source=SOURCE, citation=CITATION))
    assert f'<a href="{URL}">https://news.example.com/pns/{PATH}</a>' in html
    assert "%E" not in html.replace(f'href="{URL}"', "")  # only inside the href
    assert len(html) < len(SOURCE) + len(CITATION)


def test_the_citation_button_reads_decoded():
    html = replies.citation(CITATION)
    assert PATH in html and "%E" not in html


def test_the_shells_source_reply_reads_decoded():
    text = format_reply(Reply("source", source=SOURCE, citation=CITATION))
    assert PATH in text and "%E" not in text

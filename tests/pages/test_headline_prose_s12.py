"""A paragraph cut short (a stored page's last line, no full stop) that runs on as prose — two pauses
or more outside quotation marks — is no subhead giving someone's words, even when it opens with a
speaker's name and holds a quoted word (ingest._as_headline)."""

from __future__ import annotations

from invented_pages import parse_lines

SAID = "支教老师陈立新表示，山区的孩子需要更多的陪伴，他愿意一直留下来。"


def test_a_cut_paragraph_of_prose_is_no_headline(tmp_path):
    cut = "陈立新来到「儿子」小明家里,刚一敲门,一个胖乎乎的男孩跑着来开门,喊了一声「爸爸"
    page = parse_lines(tmp_path, ["山区支教老师的一天", "2020-12-21 09:30", SAID, cut])
    last = page.passages[-1]
    assert last.text == cut and last.speaker is None


def test_a_subhead_opening_with_the_speaker_and_quoting_words_still_is(tmp_path):
    head = "陈立新谈支教 「我愿意一直留下来」"
    page = parse_lines(tmp_path, ["山区支教老师的一天", "2020-12-21 09:30", SAID, head, SAID.replace("表示", "说")])
    got = {p.text: p for p in page.passages}
    assert got[head].speaker is not None and got[head].speaker.name == "陈立新"

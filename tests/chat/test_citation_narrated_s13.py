"""A citation never puts the report's narration in quotation marks as the speaker's words.

A passage credited to someone often tells of them in the third person (古特雷斯6日呼吁各方…, 他博览群书…).
Cited as 古特雷斯（…）：“古特雷斯6日呼吁…” it reads as his own words. When the quote names the
speaker or opens with 他/她 and holds no first-person word, it is cited as the report's: 报道：“…”.
The speaker's own voice (我…, a quotation, a transcript turn 某某（职务）：…) is cited as theirs.
"""

from __future__ import annotations

from retrieval.chat.citation import REPORTED, cite, narrated, quote
from retrieval.models import Document, Passage, Speaker

DOC = Document(title="一篇文章", outlet="某报", published="2024-03-05", url=None, path="a.txt")


def _cite(text: str, name: str = "张三", title: str | None = "市长") -> str:
    return cite(Passage(text, 1, DOC, Speaker(name, title)))


def test_narration_about_the_speaker_is_cited_as_the_reports():
    assert _cite("张三6日呼吁各方保持克制，以防局势升级。") == f"{REPORTED}：“张三6日呼吁各方保持克制，以防局势升级。”——某报，2024年3月5日，《一篇文章》"
    assert _cite("他博览群书，每天都会看书两个小时。").startswith(f"{REPORTED}：“他博览群书")


def test_the_speakers_own_voice_is_cited_as_theirs():
    assert _cite("我们今年要开工十个项目。").startswith("张三（市长）：“我们今年要开工十个项目")
    assert _cite("大家好，我叫张三，来自市政府。").startswith("张三（市长）：")  # names himself, in the first person
    assert _cite("张三说：“我们今年要开工十个项目。”").startswith("张三（市长）：“我们今年要开工十个项目")
    assert _cite("明年将开工十个项目。").startswith("张三（市长）：")  # neither names nor points at anyone


def test_a_transcript_turn_label_is_no_narration():
    text = "张三（中庄村支部书记）：记者您好，我们村去年办起了合作社。"
    assert quote(text, name="张三") == "记者您好，我们村去年办起了合作社。"
    assert _cite(text).startswith("张三（市长）：“记者您好")


def test_narrated_needs_a_speaker():
    assert not narrated("张三6日呼吁各方保持克制", None)
    assert narrated("张三6日呼吁各方保持克制", "张三")
    assert not narrated("张三说我们会努力", "张三")

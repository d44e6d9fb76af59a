"""A filter is echoed as the user wrote it: /filter 施俊輝 is 「筛选：发言人 施俊輝」, not 施俊辉.

The words of a /filter (or :filter, or /export) command are matched on their normal form, as
before, but the speaker and outlet they set keep the user's own characters, so the confirmation,
every filtered answer's first line and an export's caption name what the user typed.
"""

from __future__ import annotations

from retrieval.models import Document, Passage, Speaker
from retrieval.search.filters import FilterIndex

DOC = Document(title="教育局去信學校", outlet="明報", published="2025-08-24", url=None, path="a.txt")
OTHER = Document(title="另一篇", outlet="某报", published="2025-08-25", url=None, path="b.txt")
PASSAGES = [
    Passage("施俊輝表示，教育局已去信全港學校。", 1, DOC, Speaker("施俊輝", "署理教育局長")),
    Passage("施俊輝指出，學校須按規範宣傳。", 2, DOC, Speaker("施俊輝", "署理教育局長")),
    Passage("张三说，明天会更好。", 1, OTHER, Speaker("张三", "市长")),
]


def test_a_traditional_name_is_kept_as_written_and_still_matches():
    index = FilterIndex(PASSAGES)
    f = index.parse_words("施俊輝")
    assert f.speaker == "施俊輝" and "发言人 施俊輝" in f.describe()
    assert [p.paragraph for p in (PASSAGES[i] for i in index.resolve(f).ids())] == [1, 2]


def test_a_keyed_word_and_an_outlet_keep_their_characters():
    index = FilterIndex(PASSAGES)
    f = index.parse_words("發言人=施俊輝 明報")
    assert (f.speaker, f.outlet) == ("施俊輝", "明報")
    assert "发言人 施俊輝" in f.describe() and "媒体 明報" in f.describe()
    assert len(index.resolve(f).ids()) == 2


def test_a_simplified_spelling_of_it_is_kept_too():
    index = FilterIndex(PASSAGES)
    f = index.parse_words("施俊辉")
    assert f.speaker == "施俊辉" and len(index.resolve(f).ids()) == 2

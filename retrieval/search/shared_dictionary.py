"""jieba's global dictionary read through a corpus tokenizer's dictionary, so that a question's
two routes (its tags on the global dictionary, its cut on the corpus's) probe one dictionary.

A question is walked twice: ``answering.distinctive_words`` tags it on jieba's own dictionary,
then the tokenizer cuts it on the corpus's (jieba's words plus the corpus's user words). Both
dictionaries hold half a million words; a probe of either mostly misses the CPU's caches, and
the cut, right after the tags, probed the other dictionary cold. The corpus's dictionary is
jieba's with the user words added (``jieba.Tokenizer.add_word``: each word's frequency set, its
prefixes added at 0 where absent): ``GlobalView`` reads the global value of a fragment from the
corpus's dictionary, except for the few fragments the user words changed, kept apart in a small
dict. The tags walk the corpus's dictionary, and the cut finds the fragments it probes warm.

The view is exact or not made: ``global_view`` checks every word of the global dictionary
against the corpus's (once, about 0.1 s) and returns None when they differ in anything but the
user words' fragments; the tags then walk the global dictionary as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..segmentation import singles

_MISSING = object()


class GlobalView:
    """The global dictionary's ``get`` and ``singles`` table, read from a corpus's dictionary."""

    __slots__ = ("get", "alone")

    def __init__(self, corpus_freq: Mapping[str, int], changed: dict[str, int | None]):
        """``changed``: every fragment whose value differs between the two → its global value
        (None: absent from the global dictionary)."""
        fixed, read = changed.get, corpus_freq.get

        def get(fragment: str) -> int | None:
            value = fixed(fragment, _MISSING)
            return read(fragment) if value is _MISSING else value  # type: ignore[return-value]

        self.get = get
        # the corpus's own values for single characters: they differ from the global ones only
        # as 0 (a user word's first character the global dictionary lacks) against None, and a
        # route reads both alike (see ``global_view``)
        self.alone = singles(corpus_freq)


def global_view(corpus_freq: Mapping[str, int], user_words: Iterable[str],
                global_freq: Mapping[str, int]) -> GlobalView | None:
    """The global dictionary ``global_freq`` as read through ``corpus_freq`` (the same words and
    ``user_words`` added), or None when the two differ otherwise.

    A route (``segmentation.route_ends``) at a character ``c`` reads its single value from the
    view's ``alone`` (the corpus's): where that is 0 and the global dictionary lacks ``c``, no
    global word starts with ``c`` (jieba files every prefix of its words), so every longer
    fragment reads None through ``get`` and the route falls back to ``get(c)``, None, exactly as
    when it reads None at once. Any other difference in a single character: no view."""
    changed: dict[str, int | None] = {}
    for word in user_words:
        for k in range(1, len(word) + 1):
            piece = word[:k]
            if piece not in changed:
                value = global_freq.get(piece)
                if corpus_freq.get(piece) != value:
                    changed[piece] = value
    lacking = {p for p, v in changed.items() if len(p) == 1}
    if any(changed[p] is not None or corpus_freq.get(p) != 0 for p in lacking):
        return None
    # every word of the global dictionary, unchanged, in the corpus's; and no other word added:
    # the corpus's words are the global ones it holds and the changed ones the global lacks
    added = sum(1 for v in changed.values() if v is None)
    dropped = sum(1 for p, v in changed.items() if v is not None and p not in corpus_freq)
    if len(corpus_freq) != len(global_freq) - dropped + added:
        return None
    read = corpus_freq.get
    if any(word not in changed for word, value in global_freq.items() if read(word, _MISSING) != value):
        return None
    if lacking and any(word[:1] in lacking for word in global_freq):
        return None  # (a global word starting with a character the global dictionary lacks)
    return GlobalView(corpus_freq, changed)

"""Who can be a speaker: the lexicon's public face, re-exporting the modules that do the work.

A person mention is a title ending in a title word (data/titles.txt) followed by a name,
a name followed by an honorific title (习近平总书记, 欧阳明高院士), or a bare name that
starts with a surname (data/surnames.txt), is no group word (data/nonpersons.txt) and that
jieba does not read as a common word or a place. Transliterated names join their parts
with · or - (比尔·盖茨, 卡罗琳·罗德里格斯-伯基特). ``speakers.Attributor`` uses these to
decide who said each paragraph. Everything here works on simplified text.

Each name lives in the module with its one job (each imports only the ones before it):
``words`` (the word lists read once, the patterns built from them, jieba's tags and word starts
as attribution reads them), ``simplified`` (traditional → simplified, offsets kept),
``captions`` (lines that carry nobody's words: captions, headings, notes, lead-ins, datelines),
``latin`` (people written in Latin letters: which runs of Latin words the page shows to be a person),
``names`` (is this a person's name, and where does it end), ``pagenames`` (names the whole page
confirms or denies), ``titles`` (what a person's title is, and the titled person a clause ends
with) and ``mentions`` (where a text names people). This module keeps the names the other modules
and the tests import from ``lexicon``.
"""

from __future__ import annotations

from .captions import (
    caption,
    caption_or_heading,
    dateline_places,
    editor_note,
    leadin,
    lede_end,
    reader_call,
)
from .mentions import holds_oblique, mentions, oblique
from .names import (
    _nr_tail,
    _plausible_name,
    by_address_term,
    clause_not_name,
    clause_word_first,
    cut_short,
    ends_unnamed,
    is_nonperson,
    is_transliterated,
    joined_surnames,
    known_at,
    name_prefix_at,
    organisation_label,
    plausible_name,
    skip_name_prefix,
    surname_of,
    unnamed_person,
)
from .pagenames import (
    aged_name,
    bracketed_nicknames,
    clause_opening_names,
    cut_long_names,
    glossed_names,
    in_credit,
    opening_names,
    page_characters,
    page_nonperson,
    pictured_names,
    quoted_names,
    rare_character_names,
    repeated_titled_names,
    spoken_names,
)
from .simplified import simplify_aligned, without_ruby
from .titles import (
    _person_at_end,
    _role_aliases,
    addressed_person,
    by_role,
    by_surname_and_title,
    clean_title,
    fuller_title,
    generic_title,
    names_follow,
    object_title,
    person_at_end,
    title_after_name,
    title_before,
)
from .words import (
    BOUNDARY,
    CJK,
    CLAUSE_HONORIFICS,
    FIRST_PERSON,
    HONORIFICS,
    LEAD,
    NAME_SEP,
    SIGNALS,
    TIME_LEAD,
    TOPIC_LEADS,
    VERBS,
    _lexicon,
    _tags,
    credited_title,
    data_words,
    joined_compound_surnames,
    joined_transliterations,
    pos_tags,
    title_end,
    title_words,
    word_starts,
)

# what other modules and the tests import from here
__all__ = [
    "BOUNDARY", "CJK", "CLAUSE_HONORIFICS", "FIRST_PERSON", "HONORIFICS", "LEAD", "NAME_SEP", "SIGNALS",
    "TIME_LEAD", "TOPIC_LEADS", "VERBS", "_lexicon", "_nr_tail", "_person_at_end", "_plausible_name",
    "_role_aliases", "_tags", "addressed_person", "aged_name", "by_address_term", "by_role",
    "by_surname_and_title", "caption", "caption_or_heading", "clause_not_name",
    "clause_word_first", "clean_title", "credited_title", "cut_short", "data_words", "dateline_places",
    "editor_note", "reader_call", "ends_unnamed", "fuller_title", "generic_title", "holds_oblique", "is_nonperson",
    "is_transliterated", "joined_compound_surnames", "joined_surnames",
    "joined_transliterations", "known_at", "leadin", "lede_end", "mentions", "name_prefix_at",
    "names_follow", "object_title", "organisation_label", "in_credit", "oblique", "opening_names", "clause_opening_names", "page_characters", "page_nonperson", "person_at_end",
    "bracketed_nicknames", "cut_long_names", "glossed_names", "pictured_names", "plausible_name", "pos_tags", "quoted_names", "rare_character_names",
    "repeated_titled_names", "spoken_names", "simplify_aligned", "skip_name_prefix", "surname_of",
    "title_after_name", "title_before", "title_end", "title_words", "unnamed_person",
    "without_ruby", "word_starts",
]

"""Flattened news-page dumps: find the article body and its metadata.

A scraped page is navigation, a metadata block (title, date, 来源, 编辑), the article,
then a disclaimer, widgets, lists of other stories and a footer, in any order. Nothing here
knows a particular site. Every line gets a kind (paragraph, transcript turn, short sentence,
heading, caption, metadata, list entry, navigation, end marker); the body is the longest
coherent run of content lines wherever it stands — metadata lines, end markers (disclaimer,
editor line, copyright, 相关阅读) and related-story entries (a headline with its date) break a
run, a few headings or captions do not. The headline is looked for above the body only, near
the page's date line: never a caption, a quotation inside the article or site chrome. A
speaker's name alone on a line ("陈强：") opens the paragraph after it; a lead-in over short
lines (名字回应： / 名字指出, then words set as headings or cut by the page's end) is one passage
with them; a heading "名字：words" naming someone the article has speak is a passage; a footer
repeating the headline belongs to the headline block. A photo caption is dropped unless it is
itself a report of two sentences or more; a photo credit alone on its line (图/某台) is a caption the
article runs across, not a byline ending it. A broadcast script's sound-bite tag (【同期】title name,
data/soundbites.txt) is a passage of its own, and the paragraph under it is read as that person's
turn (PageParse.tags); a signature under a paragraph (——高瑞强) names whose its words are
(PageParse.signatures) and is no passage. A line of the article cut inside its
sentence (…失掉两分， over a line opening a quotation; clauses ending in ；) is a passage, never dropped. The article's lead above a photo, share buttons and the
first subheads belongs to it. A related-stories heading (data/related.txt) ends the article; the
entries under it that report someone's words are kept apart (PageParse.related) as passages of
their own section. Site furniture (data/furniture.txt), rows of metadata fields, datelines alone on
their line, credits and box headings are never passages nor the headline; nor is a byline (记者某某
某地报导, 某某新闻记者 |) or a line ending in a colon over a paragraph. A subtitle opening like one
(data/subtitles.txt: ——, 专访) goes on the headline; chrome on the headline's line is dropped. The
page's last line, cut inside its sentence under the article, is the article's — under the heading of
the section it opens too. A heading giving a person's words the way headlines do (部长某某：…, a kicker
before the label), of someone the article has speak, is a passage, inside the article or between the
headline and it; a caption whose clause says who said the words after it is a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ..text import to_simplified
from .bilingual import join_translation, table_cells, translations
from .wrapping import full_line, wrap_width

# (2019年1-2月份 is a range of months, no day: after 年 the month ends in 月, never in a dash)
DATE = re.compile(
    r"(?!(?:19|20)\d{2}\s*年\s*\d{1,2}\s*[-/.])(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:星期.|周.))?"
    r"(?:\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)
# 来源:天脉网编辑:瑞雪, 来源:中国科学报;记者:… — the value ends where the next label (or a ；) starts
SOURCE = re.compile(r"(?:新闻)?来源\s*[:：]\s*(?P<v>[^\s|｜;；]+?)(?=$|[\s|｜;；]|(?:责任编辑|责编|编辑|作者|记者)\s*[:：])")
# A byline value is a short run of names, ended by the line or a separator — never a sentence
# (记者：今年广东…? is a question turn, 詹建平告诉记者：“… a quote).
_BYLINE = r"\s*[:：_]\s*(?P<v>[^\s|｜)）\]】:：，,。！？!?“”\"「」]{1,16})(?=$|[\s|｜)）\]】])"
EDITOR = re.compile(r"(?:责任编辑|责编|编辑)" + _BYLINE)
AUTHOR = re.compile(r"(?:^|(?<=[\s|｜(（【\[]))(?:作者|记者)" + _BYLINE)
PLACEHOLDER = re.compile(r"\[db:|\{\{|\}\}|\$\{|%s|null|undefined", re.I)
SUMMARY = re.compile(r"^[\[【]\s*(?:摘要|导读|核心提示|内容提要)\s*[\]】]")
END = re.compile(
    r"^(?:[\[【(（]\s*(?:声明|免责声明|责编|责任编辑|编辑)\s*[\]】)）:：]"
    r"|(?:责任编辑|责编|编辑|审校|审核|校对|监制|统筹)\s*[:：_]"
    r"|版权(?:所有|声明|说明)|copyright|©|本网站|本站|免责声明|相关(?:阅读|新闻|文章|话题|推荐|报道|链接)|推荐阅读|延伸阅读|更多阅读|热点推荐|热门文章|猜你喜欢"
    r"|(?:网友|精彩|热门|最新|全部|发表|我要)评论|评论区|共\d+条评论"
    r"|推荐关键词|大家正在看|热门推荐|上一篇|下一篇|分享到|打开.{0,6}查看更多)",
    re.I,
)
META_NOISE = re.compile(r"^(?:阅读|浏览|评论|点击|字号|分享|收藏|打印|关闭)[\s:：0-9(（)）次|大中小变]*")
CAPTION = re.compile(
    r"^(?:图为|图片来源|图注|▲|△)|(?<![(（组附多])(?:摄|摄影|供图|图|美联社图|新华社图)\s*[)）]?[\s|｜]*$|(?:记者|通讯员)\S{0,8}摄\s*$"
)
# 图/TVBS, 摄影／某某, 图：某社, 视频/某台: whose photo (or video) stands there — a caption the article runs on across, never a byline
# that ends it (图/文 某某 is the writer's and the photographer's byline)
PHOTO_CREDIT = re.compile(r"^(?:图片?|摄影|视频)\s*[/／:：丨|｜](?!\s*文)\s*[^/／，,。！？!?：:“”「」]{1,20}$")
# (左二): who stands where in a photo — a caption when the line is short, not in a paragraph
PHOTO_POSITION = re.compile(r"[(（](?:左|右|中|前|后)[一二三四五六七八九十\d]{0,2}[)）]")
BULLET = re.compile(r"^[\s•·\-*>●◆■□▪︎►»]+")
SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,：:”」]")
TERMINAL = re.compile(r"[。！？!?…”」\"')）]$")
SHORT_END = re.compile(r"(?:[。！？!?…：:]|[。！？!?…][”」])$")
NAVLIKE = re.compile(r"^(?:首页|当前位置|您的位置|位置)|\s>\s|>>|›|切换城市|请选择|客服热线|发布投稿|登录|注册")
# A transcript turn: a speaker label, an optional (机构), a colon and what was said.
TURN = re.compile(
    r"^[\[【]?(?P<who>[^\s\d:：,，。;；!！?？“”\"「」『』《》()（）\[\]【】、|｜]{1,14}?)[\]】]?\s*"
    r"(?P<org>[(（][^()（）]{1,30}[)）])?\s*[:：]\s*(?P<rest>.*)$"
)
_SOURCE_URL_PREFIX = re.compile(r"^(?P<outlet>[^\s(（:：]{2,20})\s*[(（]\s*(?:https?://)?[\w.-]+\.[a-z]{2,}[^)）]*[)）]\s*[:：]\s*", re.I)
_TITLE_DATE_PREFIX = re.compile(r"^(?:date|日期|时间)?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?\s+", re.I)
_STORE_STAMP = re.compile(r"\A(?P<lead>\s*)date[ \t]+(?P<day>(?:19|20)\d{2}-\d{2}(?:-\d{2})?)[ \t]+(?=\S)")
_TITLE_LABEL = re.compile(r"^(?:新闻)?标题\s*[:：]\s*$")
_DATE_LABEL = re.compile(r"(?:发布|发表|更新|出版)(?:时间|日期)|时间\s*[:：]|日期\s*[:：]|来源")

# Line kinds. Content makes a body; breakers end a run; the rest is tolerated inside one.
CONTENT = frozenset({"p", "turn", "short", "statement"})
BREAKERS = frozenset({"end", "meta", "list"})
JUNK = frozenset({"h", "nav", "other"})
MIN_CONTINUATION = 30  # sentence characters a run needs to continue the article across one such line
MAX_JUNK_RUN = 6  # this many headings / navigation lines in a row end an article


@dataclass(slots=True)
class Block:
    """One non-empty line of the page: ``index`` counts non-empty lines from 0."""

    index: int
    text: str


@dataclass(slots=True)
class PageParse:
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    editor: str | None = None
    author: str | None = None
    # (block, kind) with kind "p" paragraph or "h" heading, in page order
    body: list[tuple[Block, str]] = field(default_factory=list)
    title_block: Block | None = None
    url: str | None = None
    # the headline block as on the page: a kicker above the title, the title, subtitles
    head: list[Block] = field(default_factory=list)
    # how a paragraph was found, by its first line: "turn" (a transcript turn 名字：…, 问：…,
    # or a speaker's name alone on a line joined to the paragraph after it), "short" (a short
    # sentence: 大家下午好！), "statement" (a photo caption that reports what was said),
    # "tag" (a broadcast script's sound-bite tag, 【同期】…), "narrator" (a kicker line naming who tells the story, 重庆市…居民陈代蓉——, above the
    # headline: kept out of the title and read as the article's first passage)
    roles: dict[int, str] = field(default_factory=dict)
    # the last line of each paragraph that spans more than one line (a name label + its paragraph)
    ends: dict[int, int] = field(default_factory=dict)
    # entries of a related-stories list under the article that report someone's words (a teaser's
    # headline or summary quoting a person), and the list's heading: their own section, never the article
    related: list[Block] = field(default_factory=list)
    related_heading: Block | None = None
    # a subtitle that goes on the headline's words (——来自…的报告, 专访…): the title is both lines
    title_sub: Block | None = None
    # headings and captions between the headline and the article (外交部发言人耿爽主持例行记者会):
    # no passage, but they name whom the page is about (attribution context)
    preface: list[Block] = field(default_factory=list)
    # a signature alone on the line under a paragraph (——高瑞强), by the paragraph's first line: whose
    # the paragraph's words are — attribution evidence, no passage (like the preface)
    signatures: dict[int, Block] = field(default_factory=dict)
    # a broadcast script's sound-bite tag over a paragraph (【同期】中新社记者 梁晓辉), by the paragraph's
    # first line: the tag is a passage of its own, and the paragraph is read as that person's turn; so too
    # under an online interview's time-stamped label ([崔某某]: 2018-03-12 15:00:47) and a quote card's two
    # lines (马某某 / 某某队主教练), which are no passages (kind "taglabel")
    tags: dict[int, Block] = field(default_factory=dict)
    # headings inside the article that give a person's words as a section's headline (部长某某：…, 某某批某
    # 某某：…): passages, by their line; whatever runs on from them stops at the paragraph under them
    spoken_heads: set[int] = field(default_factory=set)
    # a press conference's two-line label: the title on one line, the name alone on the next, then the
    # words (国家某委新闻发言人 / 胡某某 / 各位媒体朋友…), by the name's line: the title line, read before the name
    label_heads: dict[int, Block] = field(default_factory=dict)
    # entries of a list of other stories under the article with no heading over it, each headline over
    # its date line, that give a person's words in a headline's label (名字：words): (entry, the name)
    listed: list[tuple[Block, str]] = field(default_factory=list)
    # a Chinese paragraph's translation in Latin script under it (pages/bilingual.py): the paragraph's
    # last line → the translation's last line; the paragraph's passage holds the translation
    translations: dict[int, int] = field(default_factory=dict)


_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# 发(fā)布, 学(xué)院: a reading in pinyin after a character, left in the text by a page's ruby
# (a space may stand inside the brackets: 会(huì )上)
PINYIN = re.compile(f"(?<=[\u4e00-\u9fff])[(（]\\s?(?=[a-zü]*[{_TONES}])[a-zü{_TONES}]{{1,7}}\\s?[)）]")


def blocks(text: str) -> list[Block]:
    out = []
    for raw in text.splitlines():
        line = BULLET.sub("", raw.strip()).strip()
        if "(" in line or "（" in line:
            line = PINYIN.sub("", line)
        if raw.strip():
            out.append(Block(len(out), line))
    cells = table_cells([b.text for b in out])  # (a table's cells, one a line closed by a pipe: without it)
    return [Block(b.index, t) for b, t in zip(out, cells)]


def iso_date(m: re.Match) -> str:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if m["H"] is not None:
        return f"{y:04d}-{mo:02d}-{d:02d}T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def cjk_len(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def is_prose(s: str) -> bool:
    """A paragraph of running text: long enough and punctuated like sentences."""
    n = cjk_len(s)
    if n < 12:
        return False
    punct = len(SENTENCE_PUNCT.findall(s))
    return punct >= 1 and (n >= 30 or TERMINAL.search(s) is not None)


def is_heading(s: str) -> bool:
    """A short line without sentence punctuation; it may end in a quoted phrase (马支书的“试验田”)."""
    n = cjk_len(s)
    ends_quoted = s.endswith(("”", "」")) and not re.search(r"[。！？!?；;]", s)
    return (
        4 <= n <= 40
        and (not TERMINAL.search(s) or ends_quoted)
        and s.count("，") + s.count(",") == 0
        and not NAVLIKE.search(s)
    )


def is_date_line(s: str) -> bool:
    """A line that is mostly a date (a title that mentions a date is not)."""
    m = DATE.search(s)
    return bool(m) and len(s) <= 80 and cjk_len(DATE.sub("", s)) <= 14 and not is_prose(s)


# a byline: 文/学生记者团 王雪峰, 记者黄庠棻／台北报导 (who wrote it and where, no sentence)
# (traditional characters too: 〔記者楊心慧/台北報導〕, 20220214劉朱松/台中報導 — a date before the name)
BYLINE_LINE = re.compile(
    r"^(?:(?:[记記]者|作者|编辑|編輯|文|图|圖)\s*[/／]|[(（〔【\[]?[记記]者[^，,。：:]{1,12}[/／][^，,。：:]{0,8}[报報][导導道][)）〕】\]]?$"
    r"|[^，,。：:“”「」]{2,6}\s+[^，,。：:“”「」\s]{0,8}(?:记者|通讯员)$"  # 张世政 驻北京记者
    # 记者赖冠文新北报导 (name and place run together), 政治中心/台北报导 (a desk, not a reporter)
    r"|[(（〔【\[]?[记記]者\s*[^，,。：:“”「」!！?？\s]{2,12}\s*[报報][导導道][)）〕】\]]?$"
    r"|(?:\d{8}\s*)?[^，,。：:“”「」!！?？\s/／]{2,10}\s*[/／]\s*[^，,。：:“”「」!！?？\s]{1,8}[报報][导導道]$)"
)


def outlet_byline(s: str) -> str | None:
    """界面新闻记者 |, 本报记者: an outlet's reporter standing alone on a line (a byline) → the outlet
    (None for a self word, 本报); None when the line is not such a byline."""
    m = re.fullmatch(r"[(（]?(?P<o>[\u4e00-\u9fff·]{2,12}?)(?:特约)?(?:记者|通讯员)[)）]?", s.strip(" |｜\t"))
    if not m:
        return None
    o, words = m["o"], dateline_words()
    if o in words.get("self", ()) or o.startswith(words.get("self", ())):
        return ""
    if o.endswith(words.get("suffix", ())) or any(o.startswith(w) for w in _words("outlets.txt")):
        return o
    return None


def credit_line(s: str) -> bool:
    """嘉宾：李耀生(…董事长), 主持：朱煦 — who appears in a programme (data/credits.txt), no sentence."""
    m = TURN.match(s)
    return bool(m) and m["who"] in _words("credits.txt") and not re.search(r"[。！？!?…]", m["rest"])


# 戴自毅(上海海螺集团有限公司的董事长): a name and what the person is, a line of a cast list
PERSON_CREDIT = re.compile(r"^[\u4e00-\u9fff·]{2,5}\s*[(（][^()（）]{2,40}[)）]$")


_META_FIELD = re.compile(r"(?:^|\s)(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]")
_FIELD_ENDS = ("分类", "时间", "日期", "来源", "作者", "编号", "机构", "次数")


def metadata_row(s: str) -> bool:
    """A row of metadata fields (体裁分类:… 主题分类:… 发布时间:…; 关键词: 毛新宇 科学发展观 三峡工程):
    two labelled fields or more, or a label over a list of words, and no sentence."""
    if re.search(r"[。！？!?]", s):
        return False
    labels = [m["label"] for m in _META_FIELD.finditer(s)]
    fields = [w for w in labels if w in _words("metalabels.txt") or w.endswith(_FIELD_ENDS)]
    if len(fields) >= 2:
        return True
    m = TURN.match(s)
    return bool(m) and m["who"] in _words("metalabels.txt") and len(m["rest"].split()) >= 3 and not SENTENCE_PUNCT.search(m["rest"])


def is_meta(s: str) -> bool:
    return bool(
        credit_line(s)
        or is_date_line(s)
        or SOURCE.search(s) and len(s) <= 80
        or META_NOISE.match(s)
        or SUMMARY.match(s)
        or re.match(r"^(?:记者|作者|编辑|文|图)[\s_:：]", s) and len(s) <= 80
        or BYLINE_LINE.match(s) and len(s) <= 60
        or outlet_byline(s) is not None
        or dateline_only(s)
    )


def is_menu(s: str) -> bool:
    """A row of menu items (国内 国际 社会 文史, 无障碍 长辈版 智能问答 繁体版): three or more
    short words standing apart, with no sentence punctuation."""
    parts = s.split()
    if len(parts) >= 3 and all(cjk_len(p) <= 4 and not SENTENCE_PUNCT.search(p) for p in parts):
        return True
    # 科技部门户网站首页 | 直播首页 | 文字实录 | 图片直播: items set apart by bars may be longer
    items = [p for p in re.split(r"\s*[|｜]\s*", s.strip(" |｜")) if p]
    return len(items) >= 3 and all(cjk_len(p) <= 10 and not SENTENCE_PUNCT.search(p) for p in items)


# -- word lists ---------------------------------------------------------------------------


def _data_lines(name: str) -> list[str]:
    text = resources.files("retrieval").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w for ln in _data_lines(name) for w in ln.split())


@cache
def _taken_from() -> re.Pattern:
    """…。图／取自某网站, …受访。图取自新华社: a photo's source after the caption's sentence, ending the
    line, led to by 图 and a mark or a word of data/photo_sources.txt."""
    words = "|".join(re.escape(w) for ln in _data_lines("photo_sources.txt") for w in ln.split())
    return re.compile(f"[。！？!?]\\s*[(（]?图片?\\s*(?:[/／:：]\\s*(?:{words})?|{words})\\s*[^，,。！？!?“”「」/／]{{1,20}}$")


@cache
def _keyed_words(name: str) -> dict[str, tuple[str, ...]]:
    """A word list of ``key: words`` lines (data/datelines.txt, data/related.txt): key → its words."""
    out: dict[str, tuple[str, ...]] = {}
    for ln in _data_lines(name):
        key, _, words = ln.partition(":")
        out[key.strip()] = tuple(words.split())
    return out


@lru_cache(maxsize=1)
def dateline_words() -> dict[str, tuple[str, ...]]:
    """data/datelines.txt: the dateline markers (电, 讯), self words (本报) and outlet suffixes, longest first."""
    return {key: tuple(sorted(words, key=len, reverse=True)) for key, words in _keyed_words("datelines.txt").items()}


@lru_cache(maxsize=1)
def _dateline_re() -> re.Pattern:
    markers = "|".join(map(re.escape, dateline_words()["marker"]))
    # 新华社联合国1月6日电, 【文汇网讯】, (中央社记者陈俊华台北29日电): an opening bracket, a day
    # with or without its month, a closing bracket after the marker
    return re.compile(
        r"^[【\[(（〔]?\s*(?!据)(?P<head>[\u4e00-\u9fff·][\u4e00-\u9fff·\-－]{1,15}?)\s*(?:[(（][A-Za-z0-9.\-]{3,40}[)）])?\s*"
        r"(?P<date>(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?\s*(?:" + markers + r")(?=[\s(（【\[\]】)）〕,，:：]|$)"
    )


def dateline_only(s: str) -> bool:
    """A dateline standing alone on its line, with at most a byline in brackets (中国通讯社山东讯(记者
    张兆伟)): the article's metadata, never its headline."""
    m = _dateline_re().match(s)
    return bool(m) and cjk_len(re.sub(r"[(（][^()（）]*[)）]", "", s[m.end():])) == 0


def dateline_outlet(paragraph: str) -> str | None:
    """The outlet a dateline names (新华社联合国1月6日电 → 新华社; 本报讯 → None), on simplified text.

    A known name (data/outlets.txt) is taken whole; otherwise the shortest opening that ends
    in an outlet word (data/datelines.txt: 社, 网, 报, 融媒…) and leaves at most a place name.
    """
    m = _dateline_re().match(paragraph)
    if not m:
        return None
    head = m["head"]
    words = dateline_words()
    if head.startswith(words.get("self", ())):
        return None
    known = [w for w in _words("outlets.txt") if head.startswith(w)]
    if known:
        return max(known, key=len)
    for end in range(2, len(head) + 1):
        prefix = head[:end]
        if prefix.endswith(words.get("suffix", ())) and len(head) - end <= 6:
            return prefix
    return None


def related_marker(s: str) -> bool:
    """A heading over a list of other stories (data/related.txt: 相关推荐, 更多中时新闻网报导)."""
    t = re.sub(r"[\s【】\[\]〔〕()（）<>《》:：>»·•|｜]", "", s)
    words = _keyed_words("related.txt")
    return t in words.get("marker", ()) or (
        t.startswith("更多") and len(t) <= 14 and t.endswith(words.get("more", ())))


MAX_RELATED_LINES = 24  # lines of a related-stories list read for teasers


def _reports_words(s: str) -> bool:
    """A teaser that reports what someone said: a quotation, a speech verb, or a colon with words after it."""
    from ..attribution.lexicon import VERBS

    return bool(re.search(r"[“”「」『』]", s) or re.search(f"(?:{VERBS})", s)
                or re.search(r"[^\s:：]{2}[:：]\s*[^\s:：]{2}", s))


def _teasers(bl: list[Block], kinds: list[str], marker: int) -> list[Block]:
    """The entries under a related-stories heading that report someone's words (a headline 名字:…, a
    summary with 说 or a quotation), up to the next end of the page; dated entries and chrome are not."""
    out = []
    for j in range(marker + 1, min(len(bl), marker + 1 + MAX_RELATED_LINES)):
        k = kinds[j]
        if k == "end" and not related_marker(bl[j].text):
            break
        if k in ("p", "h", "short", "other", "turn", "statement") and cjk_len(bl[j].text) >= 8 and _reports_words(bl[j].text):
            out.append(bl[j])
    return out


MIN_DATED_ENTRIES = 3  # headlines over their date lines that make a list of other stories
MAX_LIST_LINES = 60  # lines under the article read for such a list

# 名字：words, at the start of a headline or after a clause of it (郭某复出…战胜某队,徐某:他对我们…)
_ENTRY_LABEL = re.compile(r"(?:^|(?<=[，,\s|｜】\]]))(?P<who>[^\s|｜:：，,。！？!?“”「」《》()（）【】\[\]、…]{2,8})\s*[:：]\s*(?=\S)")


def listed_speaker(s: str) -> str | None:
    """The person a list entry's headline gives the words of (许某某：…, …，徐某：…): its first label,
    when the label is a person's name and nothing else (not 英媒：, 外交部：, 记者：)."""
    from ..attribution.lexicon import person_at_end

    m = _ENTRY_LABEL.search(s.strip())
    if m is None or m["who"] in _words("metalabels.txt") or m["who"] in _words("credits.txt"):
        return None
    sp = person_at_end(m["who"], {})
    return m["who"] if sp is not None and sp.name == m["who"] else None


def dated_entries(bl: list[Block], kinds: list[str], last: int) -> list[Block]:
    """The headlines of a list of other stories under the article with no heading over it: lines each
    standing over a date line of their own (标题 / 2026-01-24), MIN_DATED_ENTRIES of them or more, and
    the page's last line under one of those dates (an entry the download cut before its date)."""
    out = []
    end = min(len(bl), last + 1 + MAX_LIST_LINES)
    for j in range(last + 1, end):
        dated = j + 1 < len(bl) and is_date_line(bl[j + 1].text) or j == len(bl) - 1 and out and bl[j - 1].index == out[-1].index + 1
        if dated and not is_date_line(bl[j].text) and kinds[j] not in ("meta", "end", "nav") and cjk_len(bl[j].text) >= 4:
            out.append(bl[j])
    return out if len(out) >= MIN_DATED_ENTRIES else []


# -- lines ----------------------------------------------------------------------------------


_SOUNDBITE = re.compile(r"^(?:[【\[〔(（]\s*(?P<tag>[\u4e00-\u9fff]{2,6})\s*[】\]〕)）]|(?P<bare>[\u4e00-\u9fff]{2,6})\s*[:：])"
                        r"\s*(?P<who>[^，,。！？!?：:；;“”「」]{2,30})$")


def soundbite_label(s: str) -> bool:
    """【同期】中新社记者 梁晓辉 alone on a line (data/soundbites.txt): a broadcast script handing the
    floor to the person it names — the label of the paragraph under it."""
    m = _SOUNDBITE.match(s.strip())
    return bool(m) and (m["tag"] or m["bare"]) in _words("soundbites.txt") and 2 <= cjk_len(m["who"]) <= 24


# [崔某某]: 2018-03-12 15:00:47 / 【主持人】15:01 — a bracketed name and the time its turn was posted, alone on the line
_TIMED_LABEL = re.compile(r"^\s*[\[【](?P<who>[\u4e00-\u9fff·]{2,12})[\]】]\s*[:：]?\s*"
                          r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$")


def turn_kind(s: str) -> str | None:
    """"turn" for a transcript turn with its words (秦大使：这不是什么秘密。, 问：…？), "label" for
    a speaker's name alone on a line (陈强：), else None. Metadata labels (来源：, 编辑：) are no turns."""
    m = TURN.match(s)
    if not m:
        return None
    who, rest = m["who"], m["rest"].strip()
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", who) or who in _words("metalabels.txt"):
        return None
    if not rest:
        return "label" if cjk_len(who) <= 10 else None
    if re.search(r"[。！？!?…”」]", rest) or is_prose(rest):
        return "turn"
    return None


def _dated_entry(s: str) -> bool:
    """A line with a date standing apart (标题 2021-10-28, [10-28] 标题): an entry of a list of stories."""
    m = DATE.search(s)
    if not m:
        return False
    before, after = s[: m.start()], s[m.end() :]
    return (not before or before[-1] in " \t[【(（|｜") and (not after or after[0] in " \t]】)）|｜")


def _bare_turn(s: str) -> bool:
    """名字：words with no sentence punctuation (a turn only where other turns stand around it)."""
    m = TURN.match(s)
    return bool(m and m["rest"].strip() and re.search(r"[\u4e00-\u9fffA-Za-z]", m["who"])
                and m["who"] not in _words("metalabels.txt") and cjk_len(m["who"]) <= 10)


def _quoted_heading(s: str, paragraphs: list[str]) -> bool:
    """名字：words as a heading inside the article (雷军：挺委屈的), where the article's own
    paragraphs have that name speak (雷军称, 雷军表示) — not a label of the text (关键词一：…)."""
    from ..attribution.lexicon import VERBS

    if not _bare_turn(s):
        return False
    who = TURN.match(s)["who"]
    if not 2 <= cjk_len(who) <= 4:
        return False
    speaks = re.compile(re.escape(who) + f"[^，,。！？!?“”「」]{{0,8}}?(?:{VERBS})")
    return any(speaks.search(p) for p in paragraphs)


# [kicker | ][title]NAME：words — a heading whose last part is a speaker's label and their words; the
# kicker set apart by a bar or a blank, or a clause of its own closed by a comma or a question mark
# (中国女排夺冠，某某：…, 取消议案维护公平？某某：…)
_SPEAKING_HEADING = re.compile(r"^(?:(?P<kicker>.{1,16}?)(?:\s*[|｜]\s*|\s+|[，,？?！!]\s*))?(?P<who>[^\s|｜:：，,。！？!?；;“”「」《》()（）\[\]【】、]{2,14})\s*[:：]\s*(?P<rest>\S.*)$")


def _speaking_heading(s: str, paragraphs: list[str]) -> bool:
    """A heading giving a person's words as headlines do, where the article's paragraphs have that
    person speak (…某某表示, 某某：…): 部长某某：words (a title before the name), 某某批俄 某某：words
    (a kicker set apart before the label) — the words of the person the label ends with."""
    from ..attribution.lexicon import VERBS, person_at_end

    m = _SPEAKING_HEADING.match(s.strip())
    if not m or re.search(r"[。！？!?；;]", m["rest"]) or m["kicker"] and re.search(r"[:：，,。！？!?]", m["kicker"]):
        return False
    if m["who"] in _words("metalabels.txt") or m["who"] in _words("credits.txt"):
        return False
    sp = person_at_end(m["who"], {})
    name = sp.name if sp is not None else m["who"] if 2 <= cjk_len(m["who"]) == len(m["who"]) <= 4 else ""
    if not 2 <= len(name) <= 8:
        return False
    speaks = re.compile(re.escape(name) + f"(?:[^，,。！？!?“”「」:：]{{0,16}}?(?:{VERBS})|\\s*[:：])")
    return any(speaks.search(p) for p in paragraphs)


# a heading labelled by a short form of a name (曾：…, 葉太：…, 林鄭：…), or opening with a name and a
# speech verb with no colon (陳某稱…): the label or the name, and the words
_SHORT_HEADING = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,2}(?:[A-Za-z]{1,3})?)\s*[:：]\s*(?P<rest>\S.*)$")


# a short label after a kicker set apart by a bar or a blank or closed as a clause of its own
# (爭取連任？賀：先做好…, 某某缺席 葉太：…): the kicker holds no colon, the label is a short one
_KICKED_SHORT_HEADING = re.compile(r"^[^\s|｜:：，,。！？!?；;“”「」]{2,16}(?:\s*[|｜]\s*|\s+|[，,？?！!]\s*)(?P<label>[\u4e00-\u9fff]{1,2}(?:[A-Za-z]{1,3})?\s*[:：]\s*\S.*)$")


def _short_speaking_heading(s: str, paragraphs: list[str]) -> bool:
    """A heading that may give a person's words by a short form of the name — the surname alone or
    with a suffix of data/label_suffixes.txt (曾：…, 葉太：…), the first two characters of a longer
    name (林鄭：…) — or by a full name and a speech verb of data/heading_verbs.txt with no colon
    (陳某稱…), where the article's paragraphs have a person of that name speak. Only a gate: whose
    words they are is settled by the article's speakers (pages/headline.py), else the line is nobody's."""
    from ..attribution.lexicon import VERBS, simplify_aligned

    s = s.strip()
    if (kicked := _KICKED_SHORT_HEADING.match(s)) is not None and cjk_len(s) <= 40:
        return _short_speaking_heading(kicked["label"], paragraphs)  # 爭取連任？賀：… — the label after its kicker
    if re.search(r"[。！？!?；;]", s) or cjk_len(s) > 40:
        return False
    m = _SHORT_HEADING.match(s)
    if m is not None:
        who = m["who"]
        if len(who) >= 2 and who[1:].lower() in {w.lower() for w in _words("label_suffixes.txt")}:
            who = who[0]
        elif not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", who):
            return False
        if who in _words("metalabels.txt") or who in _words("credits.txt"):
            return False
        simple = simplify_aligned(who)
        if not {who[0], who, simple[0], simple} & set(_words("surnames.txt")):
            return False  # 中：…, 美：… — no surname (賀：… is one: the list is in simplified characters)
        rest = "[\u4e00-\u9fff]{1,3}" if len(who) == 1 else "[\u4e00-\u9fff]{2}"
        speaks = re.compile(re.escape(who) + rest + f"(?:[^，,。！？!?“”「」:：]{{0,16}}?(?:{VERBS})|\\s*[:：])")
        return any(speaks.search(p) for p in paragraphs)
    verbs = [w for w in _words("heading_verbs.txt") if not w.startswith("!")]
    for n in (4, 3, 2):
        name, after = s[:n], s[n:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or not any(after.startswith(v) and len(after) > len(v) for v in verbs):
            continue
        if any(after.startswith(w[1:]) for w in _words("heading_verbs.txt") if w.startswith("!")):
            return False
        speaks = re.compile(re.escape(name) + f"(?:[^，,。！？!?“”「」:：]{{0,16}}?(?:{VERBS})|\\s*[:：])")
        if any(speaks.search(p) for p in paragraphs):
            return True
    return False


def _caption_statement(s: str) -> bool:
    """A caption that is itself a report: two sentences or more before the photo credit, or one
    with a speech verb and its words."""
    cut = max(s.rfind(c) for c in "。！？!?")
    if cut < 0:
        return False
    body = s[: cut + 1]
    if len(re.findall(r"[。！？!?]", body)) >= 2 and cjk_len(body) >= 30:
        return True
    from ..attribution.lexicon import VERBS

    # 舒淇称泪点很低，…哭了。（记者王文麟摄）: one sentence of what a named person said
    if cjk_len(body) >= 15 and re.search(f"^[^，,。]{{2,12}}?(?:{VERBS})(?![。！？!?])", body) is not None:
        return True
    # 对于…，行政院长某某今在立院答询说，内阁…调整。（记者某某摄）: a later clause saying who said the words after it
    return cjk_len(body) >= 30 and re.search(f"[，,][^，,。“”「」]{{4,24}}?(?:{VERBS})[，,：:]", body) is not None


# a forum's attachment under a photo: 林诗翔。(记者李惠洲摄).jpeg (75.33 KB, 下载次数: 0) — a caption
ATTACHMENT = re.compile(r"\.(?:jpe?g|png|gif|webp)\b|下载次数", re.I)


def furniture(s: str) -> bool:
    """A line of the site's furniture (data/furniture.txt: 版权所有, 转载请注明, 下载次数 …)."""
    return len(s) <= 100 and any(w in s for w in _words("furniture.txt"))


def line_kind(s: str) -> str:
    """What one line of a page is; see the module docstring."""
    if ATTACHMENT.search(s) and len(s) <= 100 or PHOTO_CREDIT.match(s):
        return "caption"
    if furniture(s):  # 版权宣告：本文源自… is no transcript turn
        return "end"
    if metadata_row(s):  # however long: 关键词: 毛新宇 科学发展观 …
        return "meta"
    tk = turn_kind(s)
    if tk == "turn":
        return "turn"
    if END.search(s) and not (is_prose(s) and _dateline_re().match(s)) or related_marker(s):
        return "end"
    if tk == "label":
        return "label"
    if is_meta(s) and not is_prose(s) or SUMMARY.match(s):
        return "meta"  # a summary ([摘要] …) repeats the article
    photo = PHOTO_POSITION.search(s) and (cjk_len(s) <= 30 or not re.search(r"[。！？!?]", s))
    plain = to_simplified(s)  # (a traditional page's caption: …記者 張春莉 攝, …。圖／取自某網站)
    if (CAPTION.search(plain) or _taken_from().search(plain) or photo) and not is_quote_like(s):
        return "statement" if _caption_statement(plain) else "caption"
    if _dated_entry(s) and not is_prose(s):
        return "list"
    if _SOURCE_URL_PREFIX.match(s) and "。" not in s:
        return "h"  # 中国新媒体(http://www.zhgxmt.cn):标题 — a headline under the site's name  # a headline with its date: an entry of a list of stories
    if is_prose(s):
        return "p"
    if SHORT_END.search(s) and (cjk_len(s) >= 2 or cjk_len(s) and re.search("[“”「」]", s)) and not NAVLIKE.search(s):
        return "short"
    if is_heading(s) and not is_menu(s):
        return "h"
    if NAVLIKE.search(s) or cjk_len(s) <= 4 or is_menu(s):
        return "nav"
    return "other"


_GOES_ON = frozenset({"p", "short", "other"})  # kinds of line a broken sentence goes on in


def _goes_on(s: str, kind: str) -> bool:
    """Can this line be the rest of a sentence broken above it? Not one opening a quotation or
    a bracket (“…”——店主 俞晓峰 / “…”——游客 何佳怡: one quotation a line)."""
    return kind in _GOES_ON and not s.startswith(("“", "「", "【", "〔", "[", "(", "（", "《", "\""))


def _wraps(s: str, wrapped: bool) -> bool:
    """A line broken inside its sentence: a clause mark inside, no sentence end at its end, and
    either a hard-wrapped page (…「草总」赛后表 / 示，「…」) or a speech verb closing the line
    (就抓好…落实，胡雪梅强调 / 要在大局下思考…)."""
    from ..attribution.lexicon import VERBS

    s = s.rstrip()
    if s[-1:] not in "，,、" and not "\u4e00" <= s[-1:] <= "\u9fff" or re.search(r"[，,、；;]", s[:-1]) is None or cjk_len(s) < 8:
        return False
    if re.search(r"[”」]\s*(?:——|—|--)[^“”「」]*$", s):
        return False  # “…”——店主 俞晓峰: a quotation and whose it is, complete
    if re.search(r"(?:摄|摄影|供图)\s*[)）]?$", s):
        return False  # …回答记者提问。 中新社记者 某某 摄: a caption ends with its credit
    return wrapped or re.search(f"(?:{VERBS})$", s[-8:]) is not None


MAX_LEAD_LINES = 3  # short lines a lead-in (雷军回应：, 胡雪梅指出) carries as its words


def _lead_in(s: str, kind: str) -> bool:
    """A line that announces someone's words and stops: a name label (雷军回应：) or a short
    clause ending in a speech verb with no sentence mark (胡雪梅指出)."""
    from ..attribution.lexicon import VERBS

    if kind == "label":
        return True
    return (kind in ("h", "other") and 2 <= cjk_len(s) <= 16 and not SENTENCE_PUNCT.search(s)
            and re.search(f"(?:{VERBS})$", s) is not None)


def _lead_end(bl: list[Block], kinds: list[str], i: int, last: int) -> int:
    """The last of the short heading-like lines under the lead-in at ``i`` (at most
    MAX_LEAD_LINES, up to ``last``); ``i`` itself when none stands there."""
    j = i
    while j + 1 <= last and j - i < MAX_LEAD_LINES and kinds[j + 1] in ("h", "other") and not _lead_in(bl[j + 1].text, kinds[j + 1]):
        j += 1
    return j


def _cut_paragraph(s: str, kind: str) -> bool:
    """The page's last line under the article, cut inside a sentence: clauses begun (a comma
    inside), none ended — or, in a line of twenty characters or more, sentences ended before the
    cut one (记者会开始了。钱外长语速比较快，…把握他) —, no list or chrome: a paragraph the page's end cut short.
    Eight characters at least, or fewer where a speaker's clause opens it (某某认为，行政: the words cut at once)."""
    return (kind == "other" and (cjk_len(s) >= 8 or _said_then_cut(s)) and re.search(r"[，,、；;]", s) is not None
            and (not re.search(r"[。！？!?…]", s) or cjk_len(s) >= 20)
            and not _ends_sentence(s) and not NAVLIKE.search(s))


def _said_then_cut(s: str) -> bool:
    """某某认为，行政 — a clause ending in a speech verb, its comma, and the first characters of the words."""
    from ..attribution.lexicon import VERBS

    return re.match(f"\\s*[^，,。！？!?：:；;\\s]{{2,16}}?(?:{VERBS})[，,]\\s*[\u4e00-\u9fff]", s) is not None


MAX_CUT_HEADINGS = 2  # a section's heading lines (小标题, ——校长 某某) over the page's cut last paragraph


def _cut_under_headings(bl: list[Block], kinds: list[str], last: int) -> int | None:
    """The line under the article's ``last`` that is its cut last paragraph (``_cut_paragraph``),
    right under it or under the heading of the section it opens (把论文写在农村大地上 / 在丰都…，
    某某指出，要把培育壮大市; a subhead and its signature ——某大学校长 某某 / “读万卷书，…大学是万里):
    the section a download cut short, never dropped. None when no such line stands there."""
    j = last + 1
    while j < len(bl) and j - last <= MAX_CUT_HEADINGS and _section_head(bl[j].text, kinds[j]) and not (
            _cut_paragraph(bl[j].text, kinds[j]) and not any(re.search(r"[，,；;]", b.text) for b in bl[j + 1 :])) and not (
            j == len(bl) - 1 and _cut_last_line(bl[j].text, kinds[j], j > last + 1)):
        j += 1
    if j < len(bl) and _cut_paragraph(bl[j].text, kinds[j]):
        return j
    if j == len(bl) - 1 and _cut_last_line(bl[j].text, kinds[j], j > last + 1):
        return j
    return None


MIN_CUT_CJK = 4  # characters of the page's last line cut inside its first clause (仍密切關, “我们有这么好的条)


def _cut_last_line(s: str, kind: str, headed: bool = False) -> bool:
    """The page's very last line, cut by the download inside its sentence — right under the article
    even inside its first clause, so with no clause mark (行政長官林鄭, “我们有这么好的条); under a
    section's heading only once a clause mark shows it is words (女子标枪冠军 某某 / 我觉得，随着 —
    not 热门专题 / 春耕备耕进行时, a box of other stories): a line stopping on a character, not a
    sentence's end; no chrome, menu, byline, list or headline of two parts set apart by a space
    (森赫电梯 西柏思, 問卷有近20條題目 助了解長者…)."""
    t = s.strip()
    return (kind in ("h", "other") and cjk_len(t) >= MIN_CUT_CJK and not (headed and not re.search(r"[，,、]", t)) and re.search(r"[\u4e00-\u9fff“「，,、]$", t) is not None
            and not re.search(r"[\u4e00-\u9fff”」]\s+[\u4e00-\u9fff“「]|[|｜>»›/／#@:：]", t)
            and not chrome_line(t) and not furniture(t) and not is_menu(t) and not NAVLIKE.search(t) and not END.search(t)
            and not BYLINE_LINE.match(t) and outlet_byline(t) is None and not related_marker(t))


def _section_head(s: str, kind: str) -> bool:
    """A section's heading: a heading line, or a short one of two phrases (适应转变，不断超越)."""
    return (kind == "h" or kind == "other" and cjk_len(s) <= 16 and not _ends_sentence(s)) and not is_menu(s)


MIN_CLAUSE_LINE_CJK = 6  # characters of a line of clauses inside the article kept as a passage


def _clause_line(s: str) -> bool:
    """A line of a few clauses and no sentence end (一、服务业平稳增长，现代服务业发展较快): words, not a
    menu, site chrome or furniture."""
    return (cjk_len(s) >= MIN_CLAUSE_LINE_CJK and re.search(r"[，,、；;]", s) is not None and not re.search(r"[【】·|｜↓→]", s)
            and not NAVLIKE.search(s)
            and not is_menu(s) and not chrome_line(s) and not furniture(s))


def _broken_prose(s: str, kind: str) -> bool:
    """A line of the article cut inside its sentence and not joined to the next (林恩宇投了78球，…失掉
    两分， over a line opening a quotation; 上管天，…；下管地，…； a list's clauses; 采访中，代表们妙语
    连珠——): prose, a passage of its own — never dropped as a line of no kind."""
    s = s.rstrip()
    return (kind == "other" and cjk_len(s) >= 8 and re.search(r"(?:[，,、；;]|——)$", s) is not None
            and re.search(r"[，,、；;]", s.rstrip("，,、；;—")) is not None and not NAVLIKE.search(s) and not is_menu(s))


_SIGNATURE = re.compile(r"^(?:——|—|－－|--)\s*(?P<who>[^，,。！？!?：:；;“”「」《》()（）\[\]【】]{2,24})$")


def signature(s: str) -> bool:
    """——高瑞强 alone on a line (——审判长 高某某): whose the words of the paragraph above are, signed
    under them like an epigraph's author — a person's name closing it, not a source (——摘自某报)."""
    from ..attribution.lexicon import person_at_end

    m = _SIGNATURE.match(s.strip())
    return bool(m) and person_at_end(m["who"], {}) is not None


_BARE_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}$")


def two_line_label(title: str, name: str, title_kind: str, name_kind: str) -> bool:
    """A title alone on a line over a name alone on the next (国家某委新闻发言人、宣传司副司长 / 胡某某):
    a transcript's two-line label of the person whose words follow. The title line is all title
    (no clause, no name of its own); the name line is only the name the two lines make a person of."""
    from ..attribution.lexicon import person_at_end

    t, n = title.strip(), name.strip()
    if title_kind not in ("h", "other", "nav") or name_kind not in ("h", "other", "nav"):
        return False
    if not _BARE_NAME.match(n) or not 2 <= cjk_len(t) <= 30 or re.search(r"[，,。！？!?；;：:“”「」|｜>]", t):
        return False
    sp = person_at_end(t + n, {})
    return sp is not None and sp.name == n and bool(sp.title) and len(sp.title) + 2 >= len(t)


def name_over_title(name: str, title: str, name_kind: str, title_kind: str, words: str) -> bool:
    """A name alone on a line over its title alone on the next (马某某 / 某某队主教练), then words in the
    first person: a quote card, the label of that person's words (the two lines of ``two_line_label`` in
    the other order). Without a first person under it, a photo's two caption lines, no label."""
    from ..attribution.lexicon import FIRST_PERSON, simplify_aligned

    return two_line_label(title, name, title_kind, name_kind) and FIRST_PERSON.search(simplify_aligned(words)) is not None


_BARE_LABEL = re.compile(r"^(?:(?P<title>[\u4e00-\u9fff]{2,12})\s+)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9})$")


def bare_turn_label(s: str) -> bool:
    """A transcript's speaker label written alone on its line with no colon: a host role
    (data/turn_roles.txt: 主持人), a person's name of the known form (陶芳标), or a title and a name
    (主任医师 许迅). Nothing else on the line; the caller asks for two such lines on the page."""
    from ..attribution.lexicon import person_at_end, plausible_name

    m = _BARE_LABEL.match(s.strip())
    if m is None:
        return False
    name = m["name"]
    if m["title"] is None:
        return name in _words("turn_roles.txt") or plausible_name(name, {}, after_title=False)
    sp = person_at_end(m["title"] + name, {})
    return sp is not None and sp.name == name and bool(sp.title) and len(sp.title) + 2 >= len(m["title"])


MIN_BARE_LABELS = 2  # colon-less speaker labels a page needs before any is read as one (never a lone byline)
# a press conference's label alone on its line: the title (its parts joined by 、), a blank, the name, the colon
_SPACED_COLON_LABEL = re.compile(r"[\u4e00-\u9fff、，,《》·]{2,40}\s+[\u4e00-\u9fff·]{2,6}\s*[:：]")


def spaced_label_without_colon(s: str) -> bool:
    """国务院新闻办新闻局局长、新闻发言人 胡某某 — a title, a blank and the name the title ends with, alone on
    the line: a press conference's label with its colon left out (never a journalist's byline)."""
    from ..attribution.lexicon import person_at_end

    m = re.fullmatch(r"([\u4e00-\u9fff、，,《》·]{2,40})\s+([\u4e00-\u9fff·]{2,4})", s.strip())
    if m is None or re.search("记者|編輯|编辑|通讯员|通訊員", m.group(1)):
        return False
    sp = person_at_end(re.sub(r"[、，,]", "", m.group(1))[-12:] + m.group(2), {})
    return sp is not None and sp.name == m.group(2) and bool(sp.title)


# a title and the name it ends with, then the colon and nothing else, no blank between them
_TITLED_LABEL = re.compile(r"^(?P<who>[\u4e00-\u9fff、·]{5,40})\s*[:：]$")


def titled_label(s: str) -> bool:
    """某某街道某社区党委书记唐某某： alone on its line — a title and the name it ends with, whole before
    the colon: the label of the words under it (``_SPACED_COLON_LABEL``'s label with no blank, too long
    for ``turn_kind``'s name label). Never a journalist's, an editor's or a host's label, nor a list's
    heading (出席嘉宾：, 访谈嘉宾： name nobody)."""
    from ..attribution.lexicon import person_at_end

    m = _TITLED_LABEL.match(s.strip())
    if m is None or re.search("记者|編輯|编辑|通讯员|通訊員|主持", m["who"]):
        return False
    sp = person_at_end(m["who"], {})
    return sp is not None and bool(sp.title) and len(sp.title) + len(sp.name) == len(m["who"])
MIN_PHRASE_RUN = 5  # lines of a run of phrases that make it prose written one phrase per line
MAX_PHRASE_CJK = 24  # characters of one phrase line
MAX_GROUP_LINES = 4  # phrase lines read as one sentence


def _phrase_line(raw: str, s: str, kind: str) -> bool:
    """One phrase of a sentence on its own line: short, no clause mark inside, no list or menu marks."""
    n = cjk_len(s)
    return (kind in ("h", "other", "nav") and 2 <= n <= MAX_PHRASE_CJK and len(s) <= 40
            and not BULLET.match(raw.strip()) and not re.search(r"[，,；;|｜>»›/／#@]|(?<!\d)[：:]|[：:](?!\d)|\S\s+\S", s.strip())
            and not DATE.search(s) and not NAVLIKE.search(s) and not is_menu(s) and not furniture(s)
            and not related_marker(s) and not END.search(s) and not signature(s) and not soundbite_label(s))


def _prose_run(texts: list[str]) -> bool:
    """A run of phrase lines that reads as running prose: lines of some length, none repeated, and
    enough of them holding a word of grammar (data/phrases.txt) — not names, menu items or headlines."""
    function = _keyed_words("phrases.txt").get("function", ())
    grammatical = sum(any(c in t for c in function) for t in texts)
    return (len(texts) >= MIN_PHRASE_RUN and len(set(texts)) == len(texts)
            and sum(cjk_len(t) for t in texts) >= 5 * len(texts) and grammatical * 2 >= len(texts))


def _closes(s: str) -> bool:
    """A phrase line that ends its sentence: a sentence mark, or a quotation's end — a whole quotation
    (“感觉身体右边都是麻的”) or one closed after its sentence mark; not a quoted word (化身“反诈宣传员”)."""
    t = s.strip()
    return re.search(r"[。！？!?…][”」』]?$", t) is not None or re.match(r"^[“「『][^“「『]*[”」』]$", t) is not None


def phrase_groups(raw: list[str], bl: list[Block], kinds: list[str]) -> list[tuple[int, int]]:
    """(first, last) of each sentence of a page written one phrase per line, in page order.

    A run of MIN_PHRASE_RUN phrase lines or more that reads as prose is cut into sentences: one ends
    at a line closing a sentence or a quotation, and a line with a speech verb (她说前一天发烧之后,
    张某表示) opens one, whose words are the lines after it up to the closing line; no sentence runs
    over MAX_GROUP_LINES lines. Each sentence is one passage; its lines are its lines."""
    from ..attribution.lexicon import VERBS

    verb = re.compile(f"(?:{VERBS})")
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(bl):
        j = i
        while j < len(bl) and _phrase_line(raw[j], bl[j].text, kinds[j]):
            j += 1
        if j == i:
            i += 1
            continue
        if _prose_run([bl[n].text for n in range(i, j)]):
            start = i
            for n in range(i, j):
                if n > start and verb.search(bl[n].text) and not bl[n].text.startswith(("“", "「")):
                    groups.append((start, n - 1))
                    start = n
                if _closes(bl[n].text) or n - start + 1 >= MAX_GROUP_LINES or n == j - 1:
                    groups.append((start, n))
                    start = n + 1
        i = j
    return groups


MAX_ITEM_CJK = 40  # characters of one item of a list set one item a line
MIN_LIST_ITEMS = 2


def colon_lists(bl: list[Block], kinds: list[str]) -> dict[int, int]:
    """A sentence that announces a list with its colon (…我们请来了：) over the list's items set one a
    line, each short and ending in ；, and the last item ending the sentence (…先生，请他们回答记者的
    提问。): first line → last line, one passage (the items are no headings, and the person giving
    the list says them all)."""
    out: dict[int, int] = {}
    for i in range(len(bl) - MIN_LIST_ITEMS - 1):
        if kinds[i] not in ("p", "turn", "short") or not re.search(r"[：:]\s*$", bl[i].text):
            continue
        j = i + 1
        while j < len(bl) and kinds[j] in ("h", "other", "p") and cjk_len(bl[j].text) <= MAX_ITEM_CJK \
                and re.search(r"[；;]\s*$", bl[j].text) and not TURN.match(bl[j].text):
            j += 1
        if j - i - 1 >= MIN_LIST_ITEMS and j < len(bl) and kinds[j] in ("p", "short", "other") \
                and cjk_len(bl[j].text) <= MAX_ITEM_CJK and re.search(r"[。！!]\s*$", bl[j].text) and not TURN.match(bl[j].text):
            out[i] = j
    return out


MAX_QUOTE_LINES = 8  # lines one quotation of a page written one phrase per line runs over


def _opens_spread_quotation(s: str) -> bool:
    """A short line opening a quotation it does not close (“他从旁边经过时，): its first phrase."""
    t = s.strip()
    return t[:1] in ("“", "「") and not re.search("[”」]", t) and 2 <= cjk_len(t) <= MAX_PHRASE_CJK and len(t) <= 40


def spread_quotations(bl: list[Block], kinds: list[str], groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first, last) of each quotation of a page written one phrase per line (``groups`` holds its
    sentences; none, no such page) whose phrases run over several short lines (“看得人多了，辦得案子
    多了， / 就自然有一种特殊的‘嗅觉’。”), with the short line telling who says it just above (他笑着说 /
    同时他提醒广大市民): one passage, from the telling line (when there is one) to the line closing the
    quotation. A quotation alone on its line under such a telling line (于是他悄悄地和妻子说道 /
    “你先回家，我去去就回。”) is one passage with it too. Never a quotation left open over
    MAX_QUOTE_LINES lines, nor over a line that is no phrase (a paragraph, a list, an end)."""
    from ..attribution.lexicon import VERBS

    if not groups:
        return []
    verb = re.compile(f"(?:{VERBS})")
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(bl):
        t = bl[i].text.strip()
        end = None
        if _opens_spread_quotation(t):
            for j in range(i + 1, min(i + MAX_QUOTE_LINES, len(bl))):
                u = bl[j].text.strip()
                if kinds[j] in BREAKERS or cjk_len(u) > MAX_PHRASE_CJK or len(u) > 40 or u[:1] in ("“", "「"):
                    break
                if re.search("[”」]", u):
                    end = j
                    break
        elif _QUOTATION_ONLY.match(t) and cjk_len(t) <= MAX_PHRASE_CJK:
            end = i
        if end is None:
            i += 1
            continue
        told = i > 0 and _phrase_line(bl[i - 1].text, bl[i - 1].text, kinds[i - 1]) and verb.search(bl[i - 1].text) \
            and not bl[i - 1].text.startswith(("“", "「")) and not (spans and spans[-1][1] >= i - 1)
        start = i - 1 if told else i
        # 谈及这次“偶遇”抓捕 / 他笑着说 / “…: the phrase opening the telling sentence, cut off by the verb, goes with it
        before = next((g for g in groups if g[1] == start - 1), None)
        if told and before is not None and before[1] - before[0] < 2 and not _closes(bl[before[1]].text) \
                and not bl[before[0]].text.startswith(("“", "「")):
            start = before[0]
        if told or end > i:
            spans.append((start, end))
        i = end + 1
    return spans


def _with_spans(groups: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``groups`` with ``spans`` in their place: a group a span overlaps keeps its lines before the
    span's first (or after its last), or goes."""
    out = []
    for g0, g1 in groups:
        for s0, s1 in spans:
            if g0 <= s1 and s0 <= g1:
                if g0 < s0:
                    g1 = s0 - 1
                elif g1 > s1:
                    g0 = s1 + 1
                else:
                    g0, g1 = 1, 0  # (inside the span: no group)
        if g0 <= g1:
            out.append((g0, g1))
    return sorted(out + spans)


_QUOTATION_ONLY = re.compile(r"^[“「『][^“”「」『』]{2,}[。！？!?…]?[”」』][。！？!?]?$")
_DASH_OPENING = ("——", "—", "--", "－－")


def quoted_over_dash(bl: list[Block], kinds: list[str]) -> list[tuple[int, int]]:
    """(quotation, line under it) of each quotation alone on its line over a line opening with a dash
    that tells who said it and why (“回去先冲一下全国冠军。” / ——夺得…金牌的中国选手某某说，…): one
    passage, the quotation and its telling — not a quotation that runs on from the teller above it.
    A dash and a name alone (——高瑞强) is a signature (``signature``), not this."""
    out = []
    for i in range(len(bl) - 1):
        nxt = bl[i + 1].text.strip()
        if (_QUOTATION_ONLY.match(bl[i].text.strip()) and nxt.startswith(_DASH_OPENING)
                and cjk_len(nxt) >= 8 and not signature(nxt) and kinds[i + 1] not in ("end", "meta", "list")):
            out.append((i, i + 1))
    return out


def join_phrases(parts: list[str]) -> str:
    """The lines of one sentence written one phrase per line, read as one: a comma where a line
    stops with no mark of its own, a full stop where the sentence does."""
    out = ""
    for k, part in enumerate(parts):
        out += part
        if not re.search(r"[，,、；;：:。！？!?…”」』—]\s*$", part):
            out += "，" if k < len(parts) - 1 else "。"
    return out


def _continues(gap: list[str], weight: int) -> bool:
    """Whether a run of ``weight`` beyond these lines is more of the same article."""
    return len(gap) <= 3 and "end" not in gap and sum(k in BREAKERS for k in gap) <= 1 and weight >= MIN_CONTINUATION


MAX_LEAD_GAP = 12  # lines of photo, share buttons and headings between a lead and the rest of its article


def _lead_above(kinds: list[str], r_first: int, r_last: int, first: int, weight: int) -> bool:
    """The article's opening paragraphs above a photo, share buttons and the first section's headings
    (导语, 图 caption, Share, TOP, 小标题, then the article): nothing between them ends or lists anything,
    and something between them is a caption or a heading, the furniture an article puts there."""
    gap = kinds[r_last + 1 : first]
    return (len(gap) <= MAX_LEAD_GAP and weight >= MIN_CONTINUATION and not any(k in BREAKERS for k in gap)
            and all(k in CONTENT for k in kinds[r_first : r_last + 1]) and any(k in ("caption", "h") for k in gap))


def _ends_sentence(s: str) -> bool:
    return re.search(r"[。！？!?…”」\"'）)]\s*$", s) is not None


def _runs(kinds: list[str], weights: list[int]) -> list[tuple[int, int, int]]:
    """(first, last, weight) of every run of content lines."""
    runs: list[tuple[int, int, int]] = []
    cur: list[int] | None = None
    junk = 0
    for i, k in enumerate(kinds):
        if k in CONTENT and (cur is not None or k != "short"):  # a short line never opens an article
            if cur is None:
                cur = [i, i, 0]
            cur[1] = i
            cur[2] += weights[i]
            junk = 0
        elif k in CONTENT:
            continue
        elif cur is not None and (k in BREAKERS or k in JUNK and (junk := junk + 1) >= MAX_JUNK_RUN):
            runs.append((cur[0], cur[1], cur[2]))
            cur, junk = None, 0
    if cur is not None:
        runs.append((cur[0], cur[1], cur[2]))
    return runs


def store_stamp(text: str) -> tuple[str | None, str]:
    """A page store's stamp before the page's first words (`` date 2025-11-06 经济部…``, `` date 2019-02
    标题``): the date it gives (a whole one, else None) and the text without it. A stamp alone on its
    line stays (a line of metadata), so the lines keep their count."""
    m = _STORE_STAMP.match(text)
    if m is None:
        return None, text
    day = m["day"] if len(m["day"]) == 10 else None
    return day, m["lead"] + text[m.end() :]


def parse(text: str) -> PageParse:
    """The page read on its simplified twin (來源, 責任編輯 are markers too), shown as written."""
    from ..attribution.lexicon import simplify_aligned

    stamped, text = store_stamp(text)
    simple = simplify_aligned(text)
    page = _parse(simple)
    if page.published is None and stamped is not None:
        page.published = stamped
    if simple != text:
        original = blocks(text)  # t2s one character at a time: same lines, same offsets

        def written(b: Block) -> Block:
            parts = [original[j].text for j in range(b.index, page.ends.get(b.index, b.index) + 1)]
            if page.roles.get(b.index) == "phrases":
                return Block(b.index, join_phrases(parts))
            head = original[page.label_heads[b.index].index].text.strip() if b.index in page.label_heads else ""
            rest = b.text[len(head):]  # (a two-line label's title, written as on the page)
            if len(rest) == len("".join(parts)) + 1 and rest[len(parts[0]) : len(parts[0]) + 1] == "：":
                parts[0] += "："  # a bare label given its colon (主席 / 請…答復。)
            return Block(b.index, head + "".join(parts))

        page.body = [(written(b), kind) for b, kind in page.body]
        page.head = [original[b.index] for b in page.head]
        page.preface = [original[b.index] for b in page.preface]
        page.signatures = {i: original[b.index] for i, b in page.signatures.items()}
        page.tags = {i: original[b.index] for i, b in page.tags.items()}
        page.related = [original[b.index] for b in page.related]
        page.listed = [(original[b.index], original[b.index].text[pos : pos + len(name)] if (pos := b.text.find(name)) >= 0 else name)
                       for b, name in page.listed]
        if page.related_heading is not None:
            page.related_heading = original[page.related_heading.index]
        if page.title_block is not None:
            twin = page.title_block
            page.title_block = original[twin.index]
            if page.title and (pos := twin.text.find(page.title)) >= 0:
                page.title = page.title_block.text[pos : pos + len(page.title)]
        if page.title_sub is not None:
            page.title_sub = original[page.title_sub.index]
        for name in ("outlet", "editor", "author"):
            value = getattr(page, name)
            if value and (pos := simple.find(value)) >= 0:
                setattr(page, name, text[pos : pos + len(value)])
    if page.title and page.title_sub is not None:
        sub = page.title_sub.text.strip()
        page.title += sub if sub.startswith(("—", "-")) else " " + sub
    page.body = _strip_watermark(page.body)
    if page.translations:
        page.body = with_translations(page, blocks(text))
    return page


def with_translations(page: PageParse, original: list[Block]) -> list[tuple[Block, str]]:
    """The body with each paragraph's translation (``page.translations``) appended to it, as written on the page."""
    body = []
    for b, kind in page.body:
        end = page.ends.get(b.index, b.index)
        if kind == "p" and (last := page.translations.get(end)) is not None:
            b = Block(b.index, join_translation(b.text, [original[n].text for n in range(end + 1, last + 1)]))
            page.ends[b.index] = last
        body.append((b, kind))
    return body


def subtitle(s: str) -> bool:
    """A line opening like a headline's subtitle (data/subtitles.txt: ——, 专访): the headline goes on in it."""
    return s.strip().startswith(tuple(_words("subtitles.txt")))


def _strip_watermark(body: list[tuple[Block, str]]) -> list[tuple[Block, str]]:
    """A tail a site stamps after the last sentence of most paragraphs (…的。Pg6某某网) is dropped."""
    tails: dict[str, int] = {}
    paras = [b for b, k in body if k == "p"]
    for b in paras:
        m = re.search(r"[。！？!?”」]\s*([^。！？!?”」]{2,24})$", b.text)
        if m and not re.search(r"[，,；;：:“「]", m.group(1)):
            tails[m.group(1)] = tails.get(m.group(1), 0) + 1
    marks = [t for t, n in tails.items() if n >= 3 and n * 2 >= len(paras)]
    if not marks:
        return body
    out = []
    for b, k in body:
        text = b.text
        for t in marks:
            if text.endswith(t) and len(text) > len(t):
                text = text[: -len(t)].rstrip()
        out.append((Block(b.index, text), k))
    return out


def _parse(text: str) -> PageParse:
    page = PageParse()
    bl = blocks(text)
    if not bl:
        return page
    kinds = [line_kind(b.text) for b in bl]
    # Wang Yi: … under 王毅：… — a Chinese paragraph's translation in Latin script, read with it (pages/bilingual.py)
    page.translations = translations([b.text for b in bl], [k in CONTENT for k in kinds])
    for i, j in page.translations.items():
        kinds[i + 1 : j + 1] = ["translation"] * (j - i)
    # [崔某某]: 2018-03-12 15:00:47 over the words — an online interview's turn label, stamped with its time:
    # no passage and no break in the article (kind "taglabel"), never the page's date line; the paragraph
    # under it is read as that person's turn (PageParse.tags, as under a sound-bite tag)
    for i in range(len(bl) - 1):
        if (m := _TIMED_LABEL.match(bl[i].text)) and kinds[i + 1] in ("p", "short"):
            kinds[i] = "taglabel"
            page.tags[bl[i + 1].index] = Block(bl[i].index, m["who"])
    # 国家某委新闻发言人 / 胡某某 / 各位媒体朋友… — a title line and a name line over the person's words:
    # the name is a label (with its colon), read with the title above it (PageParse.label_heads)
    for i in range(1, len(bl) - 1):
        # (the words may be the page's last line, cut inside its sentence by the download)
        cut = _cut_paragraph(bl[i + 1].text, kinds[i + 1]) and not any(re.search(r"[。！？!?，,；;]", b.text) for b in bl[i + 2 :])
        # (the words may open with a greeting ending in a colon, 各位媒体朋友： over 大家下午好…: the words' first line)
        greets = kinds[i + 1] == "label" and i + 2 < len(bl) and kinds[i + 2] == "p"
        if (kinds[i + 1] in ("p", "short") or cut or greets) and two_line_label(bl[i - 1].text, bl[i].text, kinds[i - 1], kinds[i]):
            if cut:
                kinds[i + 1] = "p"
            if greets:
                kinds[i + 1] = "short"
            page.label_heads[i] = bl[i - 1]
            bl[i] = Block(bl[i].index, bl[i].text.strip() + "：")
            kinds[i], kinds[i - 1] = "label", "labelhead"
    # 马某某 / 某某队主教练 / 我现在也没想明白… — a name line over a title line over first-person words: a quote
    # card, no passage (kind "taglabel"); the words are read as the turn of 某某队主教练马某某 (PageParse.tags)
    for i in range(1, len(bl) - 1):
        if kinds[i + 1] in ("p", "short") and kinds[i - 1] != "labelhead" and i not in page.label_heads \
                and name_over_title(bl[i - 1].text, bl[i].text, kinds[i - 1], kinds[i], bl[i + 1].text):
            kinds[i - 1] = kinds[i] = "taglabel"
            page.tags[bl[i + 1].index] = Block(bl[i].index, bl[i].text.strip() + bl[i - 1].text.strip())
    # • 主席 alone on its line, on a transcript whose turns are 主席：… — the same speaker's label with
    # its colon left out: it opens the next paragraph's turn (so no turn before it runs on into it)
    turns = [m["who"] for b, k in zip(bl, kinds) if k == "turn" and (m := TURN.match(b.text))]
    whos = set(turns) if len(turns) >= 3 else set()  # a transcript: three turns or more
    for i, b in enumerate(bl[:-1]):
        if kinds[i] in ("nav", "h", "other") and b.text in whos and kinds[i + 1] in CONTENT and kinds[i + 1] != "turn":
            bl[i] = Block(b.index, b.text + "：")
            kinds[i] = "label"
    # 陶芳标 / 主持人 / 教授 陶芳标 alone on their lines, each over its words, no colon: a transcript's turn
    # labels (an online interview's, a press conference's) read as 名字： is — never one such line alone
    bare = [i for i in range(len(bl) - 1)
            if kinds[i] in ("nav", "h", "other") and kinds[i + 1] in ("p", "short") and bare_turn_label(bl[i].text)]
    if len(bare) >= MIN_BARE_LABELS:
        for i in bare:
            bl[i] = Block(bl[i].index, bl[i].text.strip() + "：")
            kinds[i] = "label"
    # 国务院新闻办新闻局局长、新闻发言人 胡某某 alone on its line over a transcript's first words, where the
    # page's other labels are written 研究室主任 黄某某： — the same label with its colon left out
    # (two labels at least, one of them with its colon: never a lone line of a title and a name)
    colons = sum(1 for b in bl if _SPACED_COLON_LABEL.fullmatch(b.text.strip()))
    spaced = [i for i in range(len(bl) - 1) if colons and kinds[i] in ("nav", "h", "other")
              and kinds[i + 1] in ("p", "short") and spaced_label_without_colon(bl[i].text)]
    if spaced and colons + len(spaced) >= MIN_BARE_LABELS:
        for i in spaced:
            bl[i] = Block(bl[i].index, bl[i].text.strip() + "：")
            kinds[i] = "label"
    # 某某街道某社区党委书记唐某某： alone on its line over a paragraph — a title and a name, then the colon:
    # the label of the words under it, read with them as 陈强： is (never a line over a list or a turn)
    for i in range(len(bl) - 1):
        if kinds[i] in ("short", "h", "other", "nav") and kinds[i + 1] in ("p", "short") and titled_label(bl[i].text):
            kinds[i] = "label"
    # 【同期】中新社记者 梁晓辉 — a broadcast script's sound bite: a passage of its own (it holds no words),
    # whose person the paragraph under it is read with (PageParse.tags)
    for i, b in enumerate(bl[:-1]):
        if soundbite_label(b.text) and kinds[i + 1] in CONTENT and kinds[i + 1] != "turn":
            kinds[i] = "tag"
    # 刘子歌：是的 — a turn without punctuation, among other turns of a transcript
    for i, b in enumerate(bl):
        if kinds[i] in ("h", "other", "nav") and _bare_turn(b.text) and "turn" in kinds[max(0, i - 2) : i + 3]:
            kinds[i] = "turn"
        # 某台记者：我注意到，…这种方式 — a turn of a speaker the transcript has, cut before its sentence
        # ends (so read as a plain paragraph): still that speaker's turn, never the site's blurb
        elif kinds[i] == "p" and whos and _bare_turn(b.text) and TURN.match(b.text)["who"] in whos:
            kinds[i] = "turn"
    # …比如說我們在新 / 竹東區的人選是蔡 — on a hard-wrapped page (pages/wrapping.py) a line that fills the
    # page's width and stops inside its sentence goes on in the next, which is no heading or menu alone
    width = wrap_width([b.text for b in bl], [k in CONTENT | {"other"} and _wraps(b.text, True) for b, k in zip(bl, kinds)])
    for i in range(len(bl) - 1) if width else ():
        if kinds[i] in CONTENT | {"other"} and kinds[i + 1] in ("h", "nav") and full_line(bl[i].text, width) \
                and _wraps(bl[i].text, True) and _goes_on(bl[i + 1].text, "other") and not chrome_line(bl[i + 1].text):
            kinds[i + 1] = "p"
    # 她说前一天发烧之后 / 又遇上生理期 / “感觉…” — a page written one phrase per line: each sentence is
    # one paragraph on its first line; its other lines are read with it (kind "phrase", no run breaker)
    phrases = {}
    groups = phrase_groups([ln for ln in text.splitlines() if ln.strip()], bl, kinds)
    # “看得人多了， / 就自然有一种特殊的‘嗅觉’。” under 他笑着说: a quotation over several phrase lines, one passage with its telling
    groups = _with_spans(groups, spread_quotations(bl, kinds, groups))
    taken = {n for g0, g1 in groups for n in range(g0, g1 + 1)}
    # “…” / ——夺得金牌的某某说，… — a quotation and the line telling whose it is: read as one the same way
    groups += [(q, d) for q, d in quoted_over_dash(bl, kinds) if q not in taken and d not in taken]
    # “数字是最有说服力的。” over the paragraph telling whose words they are: a quotation alone opening the
    # article is its first paragraph (any other short line never opens one)
    for i in range(len(bl) - 1):
        if kinds[i] == "short" and kinds[i + 1] == "p" and _QUOTATION_ONLY.match(bl[i].text.strip()):
            kinds[i] = "p"
    for g0, g1 in sorted(groups):
        phrases[g0] = g1
        kinds[g0] = "p"
        for n in range(g0 + 1, g1 + 1):
            kinds[n] = "phrase"
    # a paragraph ends its sentence; a list of headlines (湖人击败勇士,詹姆斯砍下30分) does not
    weights = [(cjk_len(b.text) if _ends_sentence(b.text) else cjk_len(b.text) // 8) if k in CONTENT else 0
               for b, k in zip(bl, kinds)]
    for g0, g1 in phrases.items():  # (a sentence that closes weighs as one; phrases left open, a quarter)
        weights[g0] = sum(cjk_len(bl[n].text) for n in range(g0, g1 + 1)) // (1 if _closes(bl[g1].text) else 4)
    runs = _runs(kinds, weights)
    first, last = (None, None)
    spaced_opening = None  # a spaced label (主持人 曲某某：) opening the article
    if runs:
        first, last, _ = max(runs, key=lambda r: (r[2], -r[0]))
        # the article goes on across one dated or metadata line standing inside it
        for r_first, r_last, r_weight in runs:
            if r_first > last and _continues(kinds[last + 1 : r_first], r_weight):
                last = r_last
        for r_first, r_last, r_weight in reversed(runs):
            if r_last < first and (_continues(kinds[r_last + 1 : first], r_weight) or _lead_above(kinds, r_first, r_last, first, r_weight)):
                first = r_first
        last = max([last] + [g1 for g0, g1 in phrases.items() if g0 <= last])  # a sentence's phrase lines
        if first > 0 and kinds[first - 1] == "label":  # 陈强： opening the article: its first turn
            first -= 1
        elif first > 0 and kinds[first - 1] == "short" and _SPACED_COLON_LABEL.fullmatch(bl[first - 1].text.strip()):
            first -= 1  # 主持人 曲某某： (a title, a blank, the name) opening the article: its first turn,
            spaced_opening = first  # a passage of its own as further down — never the headline
        # 胡雪梅指出 / 当前正值岁末年 closing the page: a lead-in and the (cut) words under it
        if last + 1 < len(bl) and _lead_in(bl[last + 1].text, kinds[last + 1]):
            last = _lead_end(bl, kinds, last + 1, len(bl) - 1)
        elif (cut := _cut_under_headings(bl, kinds, last)) is not None and not any(
                re.search(r"[。！？!?，,；;]", b.text) for b in bl[cut + 1 :]):
            # 海内外关心“十五五”，某某说，助力科学 — the page cut inside the article's last sentence,
            # under it nothing but the site's buttons and menus (打印 关闭, 更多): no clause of any text
            last = cut
            kinds[last] = "p"
        if last + 1 < len(bl) and kinds[last + 1] in ("h", "other") and _speaking_heading(
                bl[last + 1].text, [bl[n].text for n in range(first, last + 1) if kinds[n] in ("p", "turn")]):
            last += 1  # 某某：words under the article's last paragraph — the next section's headline, its text cut away

    date_i = _date_line(bl, kinds, first if first is not None else len(bl), last)
    if date_i is not None:
        page.published = iso_date(DATE.search(bl[date_i].text))
    head_end = first if first is not None else len(bl)
    _metadata(page, bl, date_i, head_end)
    # (a transcript's turns are its lead: 主席某某：… 行政长官：…)
    lead = [bl[i].text for i in range(first, last + 1) if kinds[i] in ("p", "turn")][:12] if first is not None else []
    body_words = " ".join(lead)  # what the article's lead is about
    _title(page, bl, kinds, date_i, head_end, body_words)
    if first is None:
        return page
    if page.title is None and first < last and first != spaced_opening and kinds[first] != "label" and (
            _opening_headline(bl[first].text) or _over_dateline(bl, first)):
        # 总投资110亿!新凤鸣集团项目签约! over the article, with no date line to stand by
        page.title_block, page.title, page.head = bl[first], _clean_title(page, bl[first].text), [bl[first]]
        first = next(i for i in range(first + 1, last + 1) if kinds[i] in CONTENT or kinds[i] == "label")

    top = max((b.index for b in page.head if b.index < first), default=date_i if date_i is not None else -1)
    page.preface = [bl[i] for i in range(top + 1, first) if kinds[i] in ("h", "caption") and bl[i] not in page.head]
    for b in bl[last + 1 : last + 4]:  # (责任编辑:王静) closing the article
        if page.editor is None and (m := EDITOR.search(b.text)) and not PLACEHOLDER.search(m["v"]):
            page.editor = m["v"]
    body: list[tuple[Block, str]] = []
    seen: set[str] = set()
    # a hard-wrapped page breaks many lines inside their sentences; elsewhere only a lead-in
    # ending in a speech verb (…，胡雪梅强调) goes on into the next line
    wrapped = sum(kinds[n] in CONTENT | {"other"} and _wraps(bl[n].text, True) for n in range(first, last + 1)) >= 3
    listed = colon_lists(bl, kinds)  # a list's items set one a line under the sentence announcing it
    i = first
    while i <= last:
        b, k = bl[i], kinds[i]
        if i in phrases:  # one sentence written one phrase per line
            j = min(phrases[i], last)
            body.append((Block(b.index, join_phrases([bl[n].text for n in range(i, j + 1)])), "p"))
            page.roles[b.index] = "phrases"
            if j > i:
                page.ends[b.index] = j
            i = j + 1
            continue
        if i in listed and listed[i] <= last:
            # …我们请来了： / 某某司副司长某某先生； / … / 某某研究员某某先生，请他们回答记者的提问。: one passage
            j = listed[i]
            body.append((Block(b.index, "".join(bl[n].text for n in range(i, j + 1))), "p"))
            if k != "p":
                page.roles[b.index] = k
            page.ends[b.index] = j
            i = j + 1
            continue
        if _lead_in(b.text, k) and (j := _lead_end(bl, kinds, i, last)) > i and kinds[i + 1] not in CONTENT:
            # 雷军回应： over short lines of his words set as headings: one passage, never headings
            body.append((Block(b.index, "".join(bl[n].text for n in range(i, j + 1))), "p"))
            page.roles[b.index] = "turn"
            page.ends[b.index] = j
            i = j + 1
            continue
        # (not over a turn with its own speaker: 以下为座谈实录： / 白雪：大家好… — the label announces it)
        if k == "label" and i + 1 <= last and kinds[i + 1] in CONTENT and kinds[i + 1] != "turn":
            head = page.label_heads[b.index].text.strip() if b.index in page.label_heads else ""
            merged = Block(b.index, head + b.text + bl[i + 1].text)
            page.roles[b.index] = "turn"
            page.ends[b.index] = i + 1
            body.append((merged, "p"))
            i += 2
            continue
        if k in CONTENT | {"other"} and i + 1 <= last and _goes_on(bl[i + 1].text, kinds[i + 1]) and _wraps(b.text, wrapped):
            j = i + 1  # a line broken inside its sentence goes on in the lines after it
            while j + 1 <= last and _goes_on(bl[j + 1].text, kinds[j + 1]) and _wraps(bl[j].text, wrapped):
                j += 1
            body.append((Block(b.index, "".join(bl[n].text for n in range(i, j + 1))), "p"))
            page.ends[b.index] = j
            i = j + 1
            continue
        if k == "tag":
            body.append((b, "p"))
            page.roles[b.index] = "tag"
            page.tags[bl[i + 1].index] = b
            i += 1
            continue
        if k in CONTENT and i + 1 < len(bl) and i + 1 <= last + 1 and signature(bl[i + 1].text):
            # 我可以自信地告诉任何人，… / ——高瑞强: the signature names whose the words are (no passage)
            page.signatures[b.index] = bl[i + 1]
        if k in CONTENT:
            key = re.sub(r"\s+", "", b.text)
            if key not in seen:  # a caption repeated under the article
                seen.add(key)
                body.append((b, "p"))
                if k != "p":
                    page.roles[b.index] = k
        elif _broken_prose(b.text, k):
            body.append((b, "p"))
        elif k == "other" and _clause_line(b.text) and "p" in kinds[first:i]:
            # 一、服务业平稳增长，现代服务业发展较快 / 昔日与水抗争，而今与水共生 — a line of two clauses
            # under the article's lead, no heading by its commas: the article's text, a passage of its own
            body.append((b, "p"))
        elif k in ("h", "other") and _quoted_heading(b.text, paras := [bl[n].text for n in range(first, last + 1) if kinds[n] == "p"]):
            body.append((b, "p"))  # 雷军：挺委屈的 — a heading inside the article that gives someone's words
            page.roles[b.index] = "turn"
        elif k in ("h", "other") and _speaking_heading(b.text, paras):
            body.append((b, "p"))  # 部长某某：… / 某某批某 某某：… — a section's headline giving someone's words
            page.roles[b.index] = "turn"
            page.spoken_heads.add(b.index)
        elif k in ("h", "other") and _short_speaking_heading(b.text, paras):
            body.append((b, "p"))  # 曾：…, 林鄭：…, 陳某稱… — a section's headline by a short form of a speaker
            page.roles[b.index] = "turn"
            page.spoken_heads.add(b.index)
        elif k == "h":
            body.append((b, "h"))
        i += 1
    # A closing paragraph that names the site itself (its 来源 or name by the date) is its blurb.
    # (Not a transcript turn of the outlet's interviewer: 界面新闻：贵企业当前…)
    while (body and page.outlet and body[-1][0].text.startswith(page.outlet[:4]) and len(body) > 1
           and page.roles.get(body[-1][0].index) != "turn"):
        body.pop()
    if body and body[0][1] == "p" and _DATE_LABEL.match(body[0][0].text):
        # 发布时间:2023-12-27 | 来源:中国网 | …12月22日,… — the metadata line run into the first paragraph
        opening = body[0][0].text
        if page.published is None and (m := DATE.search(opening)) and m.start() <= 20:
            page.published = iso_date(m)
        if page.outlet is None and (m := SOURCE.search(opening)):
            page.outlet = _outlet_value(m["v"])
    if page.published is None and body and body[0][1] == "p" and (m := DATE.match(body[0][0].text)):
        page.published = iso_date(m)  # 2019年11月2日，蒋锋…: the lead's own full date, for want of a date line
    if page.outlet is None and body:
        page.outlet = next((o for b, k in body[:2] if k == "p" and (o := dateline_outlet(b.text))), None)
    # 这里最多曾同时容纳着逾15万人… / 记者 | 某某 / 编辑 | 某某 — the article's lead (or its summary, 【内容提要】…)
    # between the headline and a byline block over the article: a passage, never dropped with the byline
    title_grams = _bigrams(page.title or "")
    leads = [bl[i] for i in range(max(1, first - MAX_LEAD_GAP), first) if _lead_line(bl[i].text, kinds[i])
             and bl[i] not in page.head and not any(kinds[j] in ("end", "list") for j in range(i + 1, first))
             and not (title_grams and sum(g in bl[i].text for g in title_grams) >= 0.8 * len(title_grams))]
    article = "".join(re.findall(r"[\u4e00-\u9fff]", "".join(b.text for b, _ in body)))
    body[:0] = [(b, "p") for b in leads if _opening_words(b.text) not in article]  # (a summary the article repeats: no loss)
    narrator = next((i for i, role in page.roles.items() if role == "narrator"), None)
    if narrator is not None:
        body.insert(0, (bl[narrator], "p"))
    # 某某：words between the headline and the article, of a person the article has speak (a gallery's
    # subheadline over an interview): the article's opening passage, no longer only its preface
    spoken = [b for b in page.preface if kinds[b.index] == "h" and _speaking_heading(
        b.text, [bl[n].text for n in range(first, last + 1) if kinds[n] in ("p", "turn")])]
    for b in reversed(spoken):
        body.insert(0, (b, "p"))
        page.roles[b.index] = "turn"
        page.spoken_heads.add(b.index)
    page.preface = [b for b in page.preface if b not in spoken]
    while body and body[-1][1] == "h":
        body.pop()
    page.head += _headline_repeated(bl[last + 1 :], page)
    marker = next((j for j in range(last + 1, min(len(bl), last + 1 + MAX_JUNK_RUN)) if related_marker(bl[j].text)), None)
    if marker is not None:
        page.related = [b for b in _teasers(bl, kinds, marker) if b not in page.head]
        page.related_heading = bl[marker] if page.related else None
    else:  # 许某某：… / 2026-01-24 — a list of other stories, each headline over its date
        page.listed = [(b, name) for b in dated_entries(bl, kinds, last) if (name := listed_speaker(b.text))]
    page.body = body
    return page


MIN_LEAD_CJK = 20  # characters of a lead standing between the headline and a byline block


def _lead_line(s: str, kind: str) -> bool:
    """A paragraph of sentences standing above the article's byline block (a lead, a summary
    【内容提要】…, 文章摘要：…): running prose with a full stop outside any quotation (a headline has
    none: 居民现身说法：…怎么就不行?, 「…。」那些年…的新闻人), no chrome, no caption."""
    if kind == "meta" and SUMMARY.match(s):
        s, kind = SUMMARY.sub("", s), "p"
    unquoted = re.sub(r"“[^“”]*”|「[^「」]*」", "", s)
    return (kind in ("p", "turn") and cjk_len(s) >= MIN_LEAD_CJK and is_prose(s) and "。" in unquoted
            and not furniture(s) and not chrome_line(s))


def _opening_words(s: str) -> str:
    """The first characters of a lead's words, its label aside ([摘要], 文章摘要：): what a repeat of it shares."""
    m = TURN.match(s)
    rest = SUMMARY.sub("", m["rest"] if m and cjk_len(m["who"]) <= 6 else s)
    return "".join(re.findall(r"[\u4e00-\u9fff]", rest))[:MIN_LEAD_CJK]


def _headline_repeated(tail: list[Block], page: PageParse) -> list[Block]:
    """Lines under the article that repeat the headline behind a few words of chrome (查看完整版本：
    标题, a forum's footer): the headline block, not a passage and not lost."""
    if page.title_block is None:
        return []
    title = re.sub(r"\s+", "", page.title_block.text)
    if cjk_len(title) < 5:
        return []
    held = {b.index for b in page.head}
    out = []
    for b in tail:
        key = re.sub(r"\s+", "", b.text)
        if b.index not in held and key.endswith(title) and cjk_len(key[: -len(title)]) <= 8:
            out.append(b)
    return out


def _date_line(bl: list[Block], kinds: list[str], head_end: int, last: int | None) -> int | None:
    """The article's date line: in the head a labelled one (发布时间：…, 来源：…) or one with a
    time before a bare one (a portal's "today"); else one just under the article; else the first."""
    def dated(i: int) -> bool:
        s = bl[i].text
        # a labelled one may stand in a long row of fields (体裁分类:… 发布时间: 2021-07-15 发布机构:…)
        return kinds[i] in ("meta", "list", "h", "other") and DATE.search(s) is not None and (
            len(s) <= 80 or kinds[i] == "meta" and _DATE_LABEL.search(s) is not None and len(s) <= 240)

    head = [i for i in range(head_end) if dated(i)]
    if head:
        return min(head, key=lambda i: (not _DATE_LABEL.search(bl[i].text), DATE.search(bl[i].text)["H"] is None, i))
    if last is not None:
        after = [i for i in range(last + 1, min(len(bl), last + 6)) if dated(i)]
        if after:
            return after[0]
    return next((i for i in range(len(bl)) if dated(i)), None)


def _outlet_value(v: str) -> str | None:
    v = v.strip("|｜ ")
    return v if (cjk_len(v) or "." in v) and not PLACEHOLDER.search(v) else None


def _metadata(page: PageParse, bl: list[Block], date_i: int | None, head_end: int) -> None:
    """来源, 编辑 and 作者 from the head of the page and the date line's neighbours."""
    near = set(range(head_end))
    if date_i is not None:
        near |= set(range(max(0, date_i - 2), min(len(bl), date_i + 6)))
    for i in sorted(near):
        s = bl[i].text
        if page.outlet is None and (m := SOURCE.search(s)):
            page.outlet = _outlet_value(m["v"])
        if page.editor is None and (m := EDITOR.search(s)) and not PLACEHOLDER.search(m["v"]):
            page.editor = m["v"]
        if page.author is None and (m := AUTHOR.search(s)) and not PLACEHOLDER.search(m["v"]):
            page.author = m["v"]
        if page.outlet is None and dateline_only(s):
            page.outlet = dateline_outlet(s)
        if page.outlet is None and (o := outlet_byline(s)):  # 界面新闻记者 | over the article
            page.outlet = o
    if date_i is not None and page.outlet is None:
        # "站长之家 - 见闻 2019-08-14 15:36", "2019-02-18 15:57 经济日报 记者 …": an outlet may stand
        # before the date or right after it.
        line = bl[date_i].text
        before, after = DATE.split(line, maxsplit=1)[0], line[DATE.search(line).end() :]
        # (a date run into its sentence, 2022年8月19日外交部发言人汪文斌, names nothing after it)
        after = after.strip().lstrip("|｜ ") if after[:1].isspace() or after[:1] in "|｜" else ""  # 2024-06-26 | 上报
        for part in (re.split(r"\s+[-–|｜]\s+|\s{2,}", before.strip())[0], after.split(" ")[0] if after else ""):
            part = WEB_ADDRESS.sub("", part).strip("|｜ (（")  # 清远传媒 www.gdqynews.com: the name, not its address
            if 2 <= cjk_len(part) <= 12 and "http" not in part and not re.search(r"\d|[:：]", part) and not (
                part.startswith(("记者", "作者", "编辑", "来源", "星期"))) and part not in _words("metalabels.txt") and not (
                    part.endswith(dateline_words().get("lead", ()))) and not _person_name(part):
                page.outlet = part
                break


# a site's address written out beside its name (www.gdqynews.com, http://news.example.cn/)
WEB_ADDRESS = re.compile(r"\s*(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\S*", re.I)


def _person_name(s: str) -> bool:
    """陶静 by the date line: a person's name (a surname and one or two characters), not an outlet —
    unless it is a known outlet or ends like one (新华社, 人民网)."""
    words = dateline_words()
    return (2 <= len(s) <= 3 and cjk_len(s) == len(s) and s[:1] in _words("surnames.txt") and not s.endswith(words.get("suffix", ()))
            and not any(s.startswith(w) for w in _words("outlets.txt")))


_ORIGINAL_TITLE = re.compile(r"^[(（]?原标题\s*[:：]\s*(?P<t>.+?)[)）]?$")  # (原标题:…) — the headline it wraps


def _clean_title(page: PageParse, s: str) -> str:
    s = s.strip().strip("|｜ ").strip()
    if m := _ORIGINAL_TITLE.match(s):
        s = m["t"].strip()
    if m := _SOURCE_URL_PREFIX.match(s):  # 中国新媒体(http://www.zhgxmt.cn):标题
        if page.outlet is None:
            page.outlet = m["outlet"]
        s = s[m.end() :]
    s, site = split_site_suffix(_TITLE_DATE_PREFIX.sub("", s).strip())
    if site and page.outlet is None:
        page.outlet = site
    return _without_chrome(s)


def _without_chrome(s: str) -> str:
    """扫描二维码访问某网移动版 标题 扫描二维码访问某社微信: the one part set apart by spaces that holds
    no site chrome (data/chrome.txt), when it is of a headline's length; else the line as it is
    (简体版 寄给朋友 政府新闻网 stays a line of chrome)."""
    parts = s.split()
    if len(parts) < 2:
        return s
    chrome = _chrome_words()["anywhere"]
    kept = [p for p in parts if not any(w in p for w in chrome)]
    if len(kept) == 1 and len(parts) > 1 and cjk_len(kept[0]) >= 6:
        return kept[0]
    return s


@lru_cache(maxsize=1)
def _chrome_words() -> dict[str, tuple[str, ...]]:
    """data/chrome.txt: site chrome by class (anywhere, short, ads, alone, ends, bodies, edition)."""
    return _keyed_words("chrome.txt")


def chrome_line(s: str, lead: str = "") -> bool:
    """A line of site chrome, never a headline: each of its parts (set apart by spaces, | or >) is a
    bookmark link, a paywall badge or an edition switch (设为主页收藏本页, 订户专享 赠阅文章, 中国内地版本),
    an advertised product the article shares nothing with (某银行信用卡), a site's name or a bare page
    word (某某网 正文); or the line names the site's supervising body (某某协会主管); or it opens with a
    newspaper's page label (第A03版：澳闻). Classes of phrase live in data/chrome.txt."""
    words = _chrome_words()
    t = s.strip()
    if not t:
        return False
    if any(re.match(p, t) for p in words.get("edition", ())):
        return True
    flat = re.sub(r"\s+", "", t)
    end = next((e for e in sorted(words.get("ends", ()), key=len, reverse=True) if flat.endswith(e)), None)
    if end and cjk_len(flat) <= 20 and flat[: -len(end)].endswith(words.get("bodies", ())):
        return True
    parts = [p for p in re.split(r"[\s|｜>＞]+", t) if p]

    def part_chrome(p: str) -> bool:
        if any(w in p for w in words.get("anywhere", ())) or p in words.get("alone", ()):
            return True
        if cjk_len(p) <= 10 and any(w in p for w in words.get("short", ())):
            return True
        return cjk_len(p) <= 10 and any(w in p for w in words.get("ads", ())) and _about(p, lead) < 0.1

    chrome = [part_chrome(p) for p in parts]
    # a site's name with chrome beside it (某某网 正文); a site's name alone is _site_name's
    return any(chrome) and all(c or _site_name(p) for c, p in zip(chrome, parts))


def _headline_like(s: str, kind: str) -> bool:
    n = cjk_len(s)
    return (
        kind in ("h", "p", "short", "turn", "other")
        and 5 <= n + (len(re.findall(r"\d+", s)) if n >= 3 else 0) and n <= 70  # 村书记36计: a number is a word
        and "。" not in s
        and not re.search(r"https?[:/-]|www[._]", s, re.I)  # a browser's title bar: 科技部 - HTTP--WWW_MOST_GOV_CN
        and not (is_prose(s) and n > 40)
        and not not_headline(s)
    )


_SOURCE_LABEL = re.compile(r"^(?:新闻|文章|信息)?来源[:：|｜/]")


def not_headline(s: str) -> bool:
    """A line that looks like a headline but never is one: a box's heading (赵启正简历: data/box_labels.txt),
    a cast line (戴自毅(…董事长)), a credit (嘉宾：…), a source line however it is set off (来源|某某公众号)."""
    t = re.sub(r"\s+", "", s)
    if _SOURCE_LABEL.match(t):
        return True
    return t.endswith(tuple(_words("box_labels.txt"))) and cjk_len(t) <= 12 or bool(PERSON_CREDIT.match(t)) or credit_line(s)


def _site_name(s: str) -> bool:
    """A short line naming a site or a section (中国新闻网, 体育频道), not a headline."""
    return cjk_len(s) <= 8 and (s.rstrip().endswith(dateline_words().get("suffix", ())) or re.search(r"首页|频道|栏目", s) is not None)


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """"标题_新浪新闻", "标题 - 人民网" → ("标题", site); a title without a site's name is returned whole."""
    m = re.match(r"^(?P<t>.+?)\s*(?:_|\s[-–—|｜]\s|｜|\|)\s*(?P<site>[^_|｜]{2,16})$", title)
    if m and cjk_len(m["t"]) >= 5 and (_site_name(m["site"]) or re.search(r"\.(?:com|cn|net|org)\b", m["site"], re.I)):
        return m["t"].strip(), m["site"].strip()
    return title, None


def _opening_headline(s: str) -> bool:
    """A first line that reads as a headline, not a paragraph: short, one clause, no quotation."""
    return 5 <= cjk_len(s) <= 30 and not re.search(r"[，,；;。“「]", s) and not TURN.match(s) and not not_headline(s)


def _over_dateline(bl: list[Block], i: int) -> bool:
    """A first line standing over a paragraph that opens with a dateline (某某社北京3月3日电): the
    headline, a quotation in it or not ((全国两会)…传递信心 外媒指“…”), when it is one clause."""
    s = bl[i].text
    return (i + 1 < len(bl) and _dateline_re().match(bl[i + 1].text) is not None and 5 <= cjk_len(s) <= 40
            and not re.search(r"[，,；;。！？!?]", s) and not TURN.match(s) and not not_headline(s) and not s.startswith(("“", "「")))


def _bigrams(s: str) -> frozenset[str]:
    return frozenset(run[i : i + 2] for run in re.findall(r"[\u4e00-\u9fff]+", s) for i in range(len(run) - 1))


def _about(s: str, lead: str) -> float:
    """The share of a line's character pairs that the article's lead repeats: a headline tells what
    the article is about; site chrome (跳至主要内容, 无障碍链接, 当前报章为…) shares nothing with it."""
    grams = _bigrams(s)
    return sum(g in lead for g in grams) / len(grams) if grams else 0.0


def _title(page: PageParse, bl: list[Block], kinds: list[str], date_i: int | None, head_end: int,
           body_words: str = "") -> None:
    """The headline: above the article only, next to the date line when there is one; of the
    headline-like lines around it, one the article is about before one it shares nothing with."""
    texts = [_clean_title(page, b.text) if i < head_end else "" for i, b in enumerate(bl)]

    def ok(i: int) -> bool:
        if not 0 <= i < head_end or not _headline_like(texts[i], kinds[i]) or _site_name(texts[i]):
            return False
        if chrome_line(texts[i], body_words):
            return False  # 设为主页收藏本页, 订户专享 赠阅文章, 某某网 正文, 某某协会主管: the site's furniture
        if texts[i].rstrip().endswith((":", "：")) and not (
                i + 1 < head_end and _headline_like(texts[i + 1], kinds[i + 1])):
            return False  # 中央电视台记者: over a paragraph announces words; only a kicker (…：) stands over a headline
        # a quotation (名字：“…”) is an article's paragraph, unless the page puts it by the date
        return not re.search(r"[:：]\s*[“「]", texts[i]) or date_i is not None and abs(i - date_i) == 1

    def block_ending_at(i: int) -> list[int]:
        """The headline lines stacked above line i (kicker, title, subtitle: at most three)."""
        skipped = 0  # 作者：…, 来源：… between title and date, and a share widget's words (0, 分享至)
        while 0 <= i < head_end and (kinds[i] == "meta" or kinds[i] == "nav" and cjk_len(bl[i].text) <= 4 and skipped < 3):
            skipped += kinds[i] == "nav"
            i -= 1
        if not ok(i):
            return []
        top = i
        while ok(top - 1) and i - top < 2:
            top -= 1
        return list(range(top, i + 1))

    title_i = None
    labelled = next((i + 1 for i in range(head_end - 1) if _TITLE_LABEL.match(bl[i].text) and ok(i + 1)), None)
    if labelled is not None:  # 标题： alone on its line, the headline on the next
        title_i = labelled
    elif date_i is not None and date_i < head_end:
        stack = block_ending_at(date_i - 1)
        below = date_i + 1
        while below < head_end and kinds[below] == "meta":
            below += 1
        title_i = stack[0] if stack else below if ok(below) else None
    else:
        stack = block_ending_at(head_end - 1)
        title_i = stack[0] if stack else next((i for i in range(head_end) if ok(i)), None)
    if title_i is None:
        return
    if body_words:
        near = {j for c in (title_i, date_i) if c is not None for j in range(c - 3, c + 4)
                if j != date_i and ok(j)}
        best = max(sorted(near), key=lambda j: _about(texts[j], body_words), default=title_i)
        now = texts[title_i]
        chrome = any(w in now for w in _chrome_words()["anywhere"])
        astray = _about(now, body_words) < 0.1 or chrome
        under = title_i + 1  # the line under it: a subtitle goes on the headline; a headline under chrome is it
        if astray and not chrome and best == under and subtitle(texts[under]):
            pass  # 好笑的事让它自然就好，… / 专访某片导演某某: a headline and its subtitle
        elif astray and not now.endswith(("——", "—", "：", ":")) and _about(texts[best], body_words) >= 0.5:
            title_i = best
        elif chrome and under != date_i and ok(under) and not any(w in texts[under] for w in _chrome_words()["anywhere"]) and (
                _about(texts[under], body_words) >= 0.1):
            title_i = under  # 简体版 寄给朋友 政府新闻网 over the headline: the site's bar, then the headline
        elif chrome:
            return  # 48小时新闻排行 and nothing better: no headline on the page
    kicker = None
    if texts[title_i].endswith(("——", "—", "：", ":")) and ok(title_i + 1) and title_i + 1 != date_i:
        kicker, title_i = title_i, title_i + 1
    page.title_block = bl[title_i]
    page.title = texts[title_i]
    page.head = [bl[title_i]]
    if kicker is not None and texts[kicker].endswith("—"):
        page.roles[kicker] = "narrator"  # 重庆市…居民陈代蓉—— over her own words: the article's first passage
    elif kicker is not None:
        page.head.insert(0, bl[kicker])
    j = title_i + 1
    while j < head_end and j != date_i and ok(j):
        page.head.append(bl[j])
        j += 1
    if j > title_i + 1 and subtitle(texts[title_i + 1]):
        page.title_sub = bl[title_i + 1]  # ——来自…的报告 under 中国声音 世界倾听: one headline
    # the headline repeated above the article (a site's title bar, then the story's own) is the headline too
    held = {b.index for b in page.head}
    page.head += [b for b in bl[:head_end] if b.index not in held and (
        b.text == bl[title_i].text or re.match(r"^[(（]?原标题\s*[:：]", b.text)  # 原标题：… is the headline's too
        or with_trail(b.text, bl[title_i].text))]


def with_trail(line: str, title: str) -> bool:
    """标题 - 国内 - 即时国内《某报》2024-02-10: the headline repeated with the site's trail after it (its
    section, its outlet, a date) behind a separator — a browser's title bar, the headline block's."""
    t = title.strip()
    return cjk_len(t) >= 5 and line.startswith(t) and len(line) > len(t) and re.match(r"\s*(?:[-–—_|｜>]|\s[-–—]\s)", line[len(t):]) is not None


def is_quote_like(s: str) -> bool:
    return "“" in s and "”" in s and cjk_len(s) > 40


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|\*|`|~~)")


def parse_markdown(text: str) -> PageParse:
    """Markdown (or plain text after front matter): blank lines separate paragraphs, # is a heading."""
    page = PageParse()
    index = 0
    chunks: list[tuple[str, str]] = []
    for raw in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
        if not lines:
            continue
        if len(lines) == 1 and (h := re.match(r"^#{1,6}\s+(.*)", lines[0])):
            chunks.append(("h", h.group(1).strip()))
            continue
        joined = ""
        for ln in lines:
            ln = BULLET.sub("", ln)
            if joined and re.search(r"[A-Za-z0-9]$", joined) and re.match(r"[A-Za-z0-9]", ln):
                joined += " "
            joined += ln
        joined = _MD_MARK.sub("", _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", joined))).strip()
        if joined:
            chunks.append(("p", joined))
    for kind, chunk in chunks:
        block = Block(index, chunk)
        index += 1
        if kind == "h" and page.title is None and not page.body:
            page.title, page.title_block = chunk, block
        elif kind == "h":
            page.body.append((block, "h"))
        elif CAPTION.search(chunk) and not is_quote_like(chunk):
            continue
        elif END.search(chunk) and page.body:
            break
        else:
            page.body.append((block, "p"))
    return page

"""Flattened news-page dumps: find the article body and its metadata.

A scraped page is navigation, a metadata block (title, date, 来源, 编辑), the article,
then a disclaimer, widgets and a footer. Nothing here knows a particular site: the body is
the run of prose paragraphs (long lines with sentence punctuation) after the metadata
block and before the first end marker (disclaimer, editor line, copyright); short lines
inside the body are section headings, photo captions are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:星期.|周.))?"
    r"(?:\s*(?P<H>\d{1,2})[:：时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)
SOURCE = re.compile(r"(?:新闻)?来源\s*[:：]\s*(?P<v>[^\s|｜]+)")
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
    r"|版权(?:所有|声明|说明)|copyright|©|本网站|本站|免责声明|相关(?:阅读|新闻|文章|话题)|推荐阅读"
    r"|推荐关键词|大家正在看|热门推荐|上一篇|下一篇|分享到|打开.{0,6}查看更多)",
    re.I,
)
META_NOISE = re.compile(r"^(?:阅读|浏览|评论|点击|字号|分享|收藏|打印|关闭)[\s:：0-9(（)）次|大中小变]*")
CAPTION = re.compile(r"^(?:图为|图片来源|图注|▲|△)|(?:摄|供图|图$|美联社图|新华社图)\s*$|(?:记者|通讯员)\S{0,8}摄\s*$")
BULLET = re.compile(r"^[\s•·\-*>●◆■□▪︎►»]+")
SENTENCE_PUNCT = re.compile(r"[。！？!?；;，,：:”」]")
TERMINAL = re.compile(r"[。！？!?…”」\"')）]$")
NAVLIKE = re.compile(r"^(?:首页|当前位置|您的位置|位置)|\s>\s|>>|›|切换城市|请选择|客服热线|发布投稿|登录|注册")


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


def blocks(text: str) -> list[Block]:
    out = []
    for raw in text.splitlines():
        line = BULLET.sub("", raw.strip()).strip()
        if raw.strip():
            out.append(Block(len(out), line))
    return out


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


def is_meta(s: str) -> bool:
    return bool(
        is_date_line(s)
        or SOURCE.search(s) and len(s) <= 80
        or META_NOISE.match(s)
        or SUMMARY.match(s)
        or re.match(r"^(?:记者|作者|编辑|文|图)[\s_:：]", s) and len(s) <= 80
    )


def parse(text: str) -> PageParse:
    """The page read on its simplified twin (來源, 責任編輯 are markers too), shown as written."""
    from ..attribution.lexicon import simplify_aligned

    simple = simplify_aligned(text)
    page = _parse(simple)
    if simple == text:
        return page
    original = blocks(text)  # t2s one character at a time: same lines, same offsets
    page.body = [(original[b.index], kind) for b, kind in page.body]
    if page.title_block is not None:
        page.title_block = original[page.title_block.index]
        page.title = page.title_block.text.rstrip("|｜ ").strip()
    for name in ("outlet", "editor", "author"):
        value = getattr(page, name)
        if value and (pos := simple.find(value)) >= 0:
            setattr(page, name, text[pos : pos + len(value)])
    return page


def _parse(text: str) -> PageParse:
    page = PageParse()
    bl = blocks(text)
    if not bl:
        return page
    # Metadata: the first date line and its neighbours.
    date_i = next((i for i, b in enumerate(bl) if is_date_line(b.text)), None)
    for b in bl[: (date_i or 0) + 6]:
        if page.outlet is None and (m := SOURCE.search(b.text)):
            page.outlet = m["v"].strip("|｜ ")
        if page.editor is None and (m := EDITOR.search(b.text)) and not PLACEHOLDER.search(m["v"]):
            page.editor = m["v"]
        if page.author is None and (m := AUTHOR.search(b.text)) and not PLACEHOLDER.search(m["v"]):
            page.author = m["v"]
    if date_i is not None:
        page.published = iso_date(DATE.search(bl[date_i].text))
        if page.outlet is None:
            # "站长之家 - 见闻 2019-08-14 15:36": an outlet may stand before the date.
            head = DATE.split(bl[date_i].text)[0]
            head = re.split(r"\s+[-–|]\s+|\s{2,}", head.strip())[0].strip()
            if 2 <= cjk_len(head) <= 12 and "http" not in head and not re.search(r"\d", head):
                page.outlet = head
    page.title_block = _find_title(bl, date_i)
    if page.title_block is not None:
        page.title = page.title_block.text.rstrip("|｜ ").strip()

    # Body: start after the metadata block, end at the first end marker after prose began.
    start = 0
    if date_i is not None and date_i < len(bl) // 2 + 1:
        start = date_i + 1
        while start < len(bl) and (is_meta(bl[start].text) or bl[start] is page.title_block):
            start += 1
    first = next((i for i in range(start, len(bl)) if is_prose(bl[i].text)), None)
    if first is None:
        first = next((i for i in range(len(bl)) if is_prose(bl[i].text)), None)
        if first is None:
            return page
    # A heading directly above the first paragraph belongs to the body.
    body: list[tuple[Block, str]] = []
    end = len(bl)
    for i in range(first, len(bl)):
        if END.search(bl[i].text):
            end = i
            break
    for b in bl[end : end + 3]:  # (责任编辑:王静) closing the article
        if page.editor is None and (m := EDITOR.search(b.text)) and not PLACEHOLDER.search(m["v"]):
            page.editor = m["v"]
    last = max((i for i in range(first, end) if is_prose(bl[i].text)), default=first)
    for b in bl[first : last + 1]:
        s = b.text
        if SUMMARY.match(s) or is_meta(s) and not is_prose(s) or b is page.title_block:
            continue
        if CAPTION.search(s) and not is_quote_like(s):
            continue
        if is_prose(s):
            body.append((b, "p"))
        elif is_heading(s):
            body.append((b, "h"))
        elif cjk_len(s) >= 6 and TERMINAL.search(s):
            body.append((b, "p"))  # a short sentence is still a paragraph ("事在人为。")
    # A closing paragraph that names the site itself is its blurb, not the article.
    while body and page.outlet and body[-1][0].text.startswith(page.outlet[:4]) and len(body) > 1:
        body.pop()
    page.body = body
    return page


def is_quote_like(s: str) -> bool:
    return "“" in s and "”" in s and cjk_len(s) > 40


def _find_title(bl: list[Block], date_i: int | None) -> Block | None:
    def ok(b: Block) -> bool:
        s = b.text
        return (
            5 <= cjk_len(s) <= 70
            and not NAVLIKE.search(s)
            and not is_meta(s)
            and not (is_prose(s) and TERMINAL.search(s) and cjk_len(s) > 40)
        )

    if date_i is not None:
        # The line just above the date line, else the line just below it.
        for j in (date_i - 1, date_i + 1, date_i - 2):
            if 0 <= j < len(bl) and ok(bl[j]) and not is_prose(bl[j].text) or (
                0 <= j < len(bl) and ok(bl[j]) and "。" not in bl[j].text
            ):
                return bl[j]
    for b in bl[:5]:
        if ok(b) and "。" not in b.text and not is_heading_nav(b.text):
            return b
    return None


def is_heading_nav(s: str) -> bool:
    return cjk_len(s) <= 4


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

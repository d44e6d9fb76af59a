"""Ingestion: corpus files on disk → Documents and their attributed Passages.

Reads page dumps (.txt), Markdown or text with YAML front matter (.md, .txt) and HTML
(.html, .htm), in UTF-8 (with or without BOM) or GB18030/GBK. A file that cannot be read
(empty, binary, unreadable, unknown extension, too large) is skipped with one warning
line naming it; the rest of the corpus is served. Identical bodies are indexed once.

A ``sources.json`` beside the pages maps file names to where they were published:
    {"p01.txt": {"url": "http://…", "title": "…", "outlet": "…"}, "p02.txt": "http://…"}
The URL lands on Document.url; a title or outlet only fills what the page itself lacks
(editors' notes in parentheses, as in "(no headline in stored text) 标题", are dropped).
.json and .jsonl files in a corpus folder are metadata, never pages, and never warned about.
A headline giving the words of one of the article's speakers (名字：…, ``headline.headline_speaker``),
or labelled with a full title the article gives one person (``headline.introduced_holder``),
stays the title and is also a passage with that speaker, after the article's own.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..attribution.simplified import simplify_aligned
from ..attribution.speakers import attribute_paragraphs
from ..attribution.turns import cast
from ..errors import CorpusError
from ..models import Document, Passage, Speaker
from . import htmlpage, textpage
from .headline import headline_speaker, in_article_form, introduced_holder, quoted_speaker

log = logging.getLogger(__name__)

TEXT_EXTS = {".txt", ".text", ".md", ".markdown"}
HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # the default of QA_MAX_FILE_MB (retrieval.settings)
LISTED_CONFIDENCE = 0.98  # a list entry's headline label (名字：words): as sure as a transcript turn
# a headline's full title (生态环境部部长：words) for the one person the article introduces by it, who says
# nothing there: as sure as a post written alone for its one holder (the rules' title reference, less its doubt)
INTRODUCED_CONFIDENCE = 0.9
METADATA_EXTS = {".json", ".jsonl"}  # sources.json, gold and question files: read by name, never pages
SOURCES_FILE = "sources.json"
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


class SkipFile(Exception):
    """This file is not served; the message says why."""


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its document, its passages, and the non-empty-line index of each passage.

    ``ends`` holds the last line of each passage (a speaker's name alone on a line is read
    with the paragraph after it), ``head`` the lines of the headline block (kicker, title,
    subtitles) as they stand on the page. Entries of a related-stories list under the article that
    report someone's words come last, in the list's section; ``teasers`` counts them.
    """

    document: Document
    passages: tuple[Passage, ...]
    lines: tuple[int, ...]
    ends: tuple[int, ...] = ()
    head: tuple[int, ...] = ()
    teasers: int = 0  # the last ``teasers`` passages are entries of a related-stories list, not the article


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """What a sources.json says about one page."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None

    def key(self) -> str:
        """A stable text of the entry (part of the page's cache key)."""
        return json.dumps([self.url, self.title, self.outlet, self.published], ensure_ascii=False)


_NOTE = re.compile(r"[(（]([^()（）]*)[)）]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _without_notes(text: str) -> str:
    """Editors' notes in parentheses are dropped: "(教育部:…; title not in excerpt)" → "教育部:…",
    "(no headline in stored text) 标题" → "标题"; a note of Chinese words only (市、区) stays."""

    def note(m: re.Match) -> str:
        parts = [p.strip() for p in re.split(r"[;；]", m.group(1))]
        if not any(_LATIN_WORD.search(p) for p in parts):
            return m.group(0)
        kept = [p for p in parts if p and not _LATIN_WORD.search(p)]
        return "; ".join(kept)

    return re.sub(r"\s+", " ", _NOTE.sub(note, text)).strip()


def _entry(value) -> SourceEntry | None:
    if isinstance(value, str):
        return SourceEntry(url=value.strip() or None)
    if not isinstance(value, dict):
        return None
    url = _str(value.get("url") or value.get("address"))
    title = _str(value.get("title"))
    title = _without_notes(title) or None if title else None
    outlet = _str(value.get("outlet") or value.get("source") or value.get("site"))
    note = _str(value.get("outlet_and_date"))
    if outlet is None and note:
        # "新浪体育 / 华西都市报 2005-09-26", "gcdr.gov.cn (report of …); 6月29日": the words before
        # the first date, note or separator
        head = re.split(r"\s*[(（;；,，]|\s+(?:19|20)\d{2}|\s+via\s|\s+\d{1,2}月", note)[0].strip()
        outlet = head or None
    published = _published(value.get("published") or value.get("date"))
    if published is None and note and (m := textpage.DATE.search(note)):
        published = textpage.iso_date(m)  # …and its first whole date (2005-09-26; not 2013-04 alone)
    return SourceEntry(url, title, outlet, published)


@lru_cache(maxsize=64)
def _sources_file(path: str, stamp: tuple[int, ...]) -> dict[str, SourceEntry]:
    """One sources.json, parsed once per version of the file (``stamp``: its stat)."""
    try:
        data = json.loads(Path(path).read_text("utf-8-sig"))
    except (OSError, ValueError) as exc:
        log.warning("ignored %s: not a JSON object of file names (%s)", path, exc)
        return {}
    if not isinstance(data, dict):
        log.warning("ignored %s: not a JSON object of file names", path)
        return {}
    out = {}
    for name, value in data.items():
        if (entry := _entry(value)) is not None:
            out[str(name)] = entry
    return out


def source_entry(path: Path) -> SourceEntry | None:
    """The sources.json entry for a page file, from the sources.json in its folder (if any)."""
    sources = path.parent / SOURCES_FILE
    try:
        st = sources.stat()
    except OSError:
        return None
    return _sources_file(str(sources), (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)).get(path.name)


def decode(data: bytes) -> str:
    """Bytes → text: UTF-8 (BOM or not), then GB18030, then the best guess; U+FFFD dropped."""
    if not data.strip():
        raise SkipFile("empty file")
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SkipFile("binary file")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _clean(data.decode(enc, errors="replace"))
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if exc.start > len(data) - 4:  # a download cut inside the last character
            return _clean(data[: exc.start].decode("utf-8"))
    try:
        return _clean(data.decode("gb18030"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    text = str(best) if best is not None else data.decode("utf-8", errors="replace")
    if _control_ratio(text) > 0.1:
        raise SkipFile("binary file")
    return _clean(text)


def _clean(text: str) -> str:
    text = text.replace("\ufffd", "").replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text[:8192]) > 0.1:
        raise SkipFile("binary file")
    return text


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if ord(c) < 32 and c not in "\n\t\f\v")
    return bad / len(text)


def read_file(path: Path, max_file_bytes: int = MAX_FILE_BYTES) -> str:
    try:
        if (reason := Admission(max_file_bytes).file(path, path.stat().st_size)) is not None:
            raise SkipFile(reason)
        data = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    return decode(data)


def front_matter(text: str) -> tuple[dict, str]:
    """YAML front matter (title, url, outlet, published, author) and the text after it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end() :]


def _published(value) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    m = textpage.DATE.search(str(value))
    return textpage.iso_date(m) if m else str(value)


def parse_page(path: Path, text: str, display_path: str | None = None) -> Page:
    """Parse one page's text into its Document and attributed Passages.

    Front matter wins; then what the page shows; the URL from sources.json beside the page
    comes before the page's own, its title and outlet only fill what the page lacks.
    """
    meta, body_text = front_matter(text)
    source = source_entry(path) or SourceEntry()
    ext = path.suffix.lower()
    if ext in HTML_EXTS:
        page = htmlpage.parse(body_text)
    elif ext in (".md", ".markdown") or meta and re.search(r"\n[ \t]*\n\S", body_text.strip()):
        page = textpage.parse_markdown(body_text)  # blank lines separate paragraphs
    else:
        page = textpage.parse(body_text)
    title = str(meta.get("title") or page.title or source.title or _fallback_title(page) or path.stem)
    doc = Document(
        title=title.strip(),
        outlet=_str(meta.get("outlet") or meta.get("source") or meta.get("site")) or page.outlet or source.outlet,
        published=_published(meta.get("published") or meta.get("date")) or page.published or source.published,
        url=_str(meta.get("url")) or source.url or page.url,
        path=display_path or str(path),
        editor=_str(meta.get("editor")) or page.editor,
        author=_str(meta.get("author")) or page.author,
    )
    paras = [(b, k) for b, k in page.body]
    # a paragraph is read with the signature under it (——高瑞强), which stays no passage of its own, and
    # as the turn of the person a sound-bite tag over it names (【同期】中新社记者 梁晓辉：…)
    def evidence(b) -> str:
        text = b.text + page.signatures[b.index].text if b.index in page.signatures else b.text
        return page.tags[b.index].text.rstrip() + "：" + text if b.index in page.tags else text

    texts = [evidence(b) for b, k in paras if k == "p"]
    # the headline block and the headings name people too (…处长陈强主持新闻发布会), with their titles
    context = [title, *(b.text for b in page.head), *(b.text for b, k in paras if k == "h")]
    # a transcript's cast line (主持人：许可 嘉宾：翟 伟 张海军), read as the page's metadata: it names the people
    # whose turns follow, with their roles
    if ext not in HTML_EXTS:
        held = {b.index for b, _ in paras} | {b.index for b in page.head}
        context += [b.text for b in textpage.blocks(body_text) if b.index not in held and cast(simplify_aligned(b.text))]
    # a heading or caption between the headline and the article names whom the page is about
    preface = [b.text for b in page.preface]
    # a heading inside the article ends whatever words ran on before it
    breaks, headings, n, prev_role = set(), {}, 0, None
    for b, k in paras:
        if k == "h":
            breaks.add(n)
            headings[n] = (headings.get(n, "") + "\n" + b.text).strip()  # ——清华大学校长 李明 signs what follows
        elif k == "p":
            if page.roles.get(b.index) == "phrases" and prev_role != "phrases":
                breaks.add(n)  # the page goes back to one phrase a line: no turn above runs on into it
            prev_role = page.roles.get(b.index)
            n += 1
            if b.index in page.spoken_heads:
                breaks.add(n)  # 部长某某：… as a heading: the paragraph under it is no more of its words
    attributions = iter(attribute_paragraphs(texts, context=context, preface=preface, breaks=breaks, headings=headings))
    passages, lines, ends, section, n = [], [], [], None, 0
    for block, kind in paras:
        if kind == "h":
            section = block.text
            continue
        n += 1
        a = next(attributions)
        passages.append(Passage(block.text, n, doc, a.speaker, section, a.how, a.confidence))
        lines.append(block.index)
        ends.append(page.ends.get(block.index, block.index))
    passages = in_article_form(passages)
    passages = [_as_headline(p, passages) for p in passages]
    said = {re.sub(r"\s+", "", p.text) for p in passages}
    if (line := _headline_line(page, title, body_text, ext)) is not None and line not in lines and (
            re.sub(r"\s+", "", title) not in said) and (
            speaker := headline_speaker(title, passages) or introduced_holder(title, passages)) is not None:
        # 名字：words as the headline, of a person the article has speak: a passage too (after the
        # article's, so its paragraphs keep their numbers), as sure as the article's passages of that person;
        # 生态环境部部长：words, of the one person the article introduces by that title: as sure as a post's holder
        sure = max((p.confidence for p in passages if p.speaker is not None and p.speaker.name == speaker.name),
                   default=INTRODUCED_CONFIDENCE)
        n += 1
        passages.append(Passage(title, n, doc, speaker, None, "headline", sure))
        lines.append(line)
        ends.append(line)
    related = page.related
    if related:
        # teasers of other stories under the article: read on their own, so no speaker of the
        # article runs on into them, in a section named by the list's heading
        heading = page.related_heading.text if page.related_heading is not None else None
        for block, a in zip(related, attribute_paragraphs([b.text for b in related], context=context, preface=preface)):
            n += 1
            passages.append(Passage(block.text, n, doc, a.speaker, heading, a.how, a.confidence))
            lines.append(block.index)
            ends.append(block.index)
    listed = getattr(page, "listed", [])
    for block, name in listed:
        # 许某某：… over its date, in a list of other stories with no heading: the person the headline's label names
        n += 1
        passages.append(Passage(block.text, n, doc, Speaker(name), None, "headline", LISTED_CONFIDENCE))
        lines.append(block.index)
        ends.append(block.index)
    head = tuple(b.index for b in page.head) if meta.get("title") is None else ()
    return Page(doc, tuple(passages), tuple(lines), ends=tuple(ends), head=head, teasers=len(related) + len(listed))


def _as_headline(p: Passage, passages: list[Passage]) -> Passage:
    """A passage read as nobody's that is a headline giving someone's words (《某报》晚宴 | 某某：words,
    某某：words as a subhead — one line, no full stop; a headline may ask or exclaim, 维护公平？某某：…,
    某某：是让我请客用的？): the article's speaker it names, if any."""
    if p.speaker is not None or re.search(r"[。；;]", p.text) or textpage.cjk_len(p.text) > 40 or _running_prose(p.text) or not all(
            _headline_mark(p.text.strip(), m.end()) for m in re.finditer(r"[！？!?]+", p.text.strip())):
        return p
    speaker = headline_speaker(p.text, passages) or quoted_speaker(p.text, passages)
    if speaker is None:
        return p
    sure = max((q.confidence for q in passages if q.speaker is not None and q.speaker.name == speaker.name), default=0.0)
    return dataclasses.replace(p, speaker=speaker, attribution="headline", confidence=sure)


def _running_prose(text: str) -> bool:
    """A sentence of the article cut short, not a headline: two pauses or more outside quotation marks
    (楊明來到「兒子」家裡,剛一敲門,一個男孩跑著來開門,喊了一聲「爸爸 — a stored page's last line cut off)."""
    return len(re.findall(r"[，,]", re.sub(r"“[^”]*”|「[^」]*」", "", text))) >= 2


def _headline_mark(text: str, end: int) -> bool:
    """A question or exclamation mark a headline may hold: closing a kicker right before the label
    (维护公平？某某：…) or closing the headline itself, with no quotation in it (某某：是让我请客用的？) —
    not a sentence of the article asking in quotation marks (有记者追问某某：“…？”)."""
    if end == len(text):
        return not re.search(r"[“”「」『』\"]", text)
    return re.match(r"\s*[^\s:：，,。！？!?“”「」]{1,14}\s*[:：]", text[end:]) is not None


def _headline_line(page, title: str, body_text: str, ext: str) -> int | None:
    """The line the headline stands on: the page's headline block, else (a title from sources.json or
    front matter) a line of a text page reading just as the title does (repeated under the article)."""
    if page.title_block is not None and page.title and title == page.title.strip():
        return page.title_block.index
    if ext in HTML_EXTS or ext in (".md", ".markdown"):
        return None
    key = re.sub(r"\s+", "", title)
    return next((b.index for b in textpage.blocks(body_text) if re.sub(r"\s+", "", b.text) == key), None)


def _str(v) -> str | None:
    return str(v).strip() if v not in (None, "") else None


def _fallback_title(page) -> str | None:
    first = next((b.text for b, k in page.body if k == "p"), None)
    if not first:
        return None
    sentence = re.split(r"[。！？!?]", first)[0]
    return sentence[:28] + ("…" if len(sentence) > 28 else "")


def iter_files(root: Path) -> Iterator[Path]:
    """Corpus files under ``root`` (a file or a directory, recursively), sorted, no hidden ones.

    Metadata files in a folder (``sources.json``, gold and question files: METADATA_EXTS) are
    read by name beside the pages, never as pages, and never warned about.
    """
    if root.is_file():
        yield root
        return
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop
            log.warning("skipped %s: symlink loop", dirpath)
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() not in METADATA_EXTS:
                yield Path(dirpath) / name


@dataclass(slots=True)
class Admission:
    """The one rule for which files and pages a corpus serves, in the plain and the cached build.

    ``file``: a known extension and at most ``max_file_bytes``; ``page``: some article text, and
    not an article already admitted (``bodies`` holds the digests of those served so far).
    Each returns why a file or page is refused, or None when it is admitted.
    """

    max_file_bytes: int = MAX_FILE_BYTES
    bodies: set[str] = field(default_factory=set)

    def file(self, path: Path, size: int) -> str | None:
        ext = path.suffix.lower()
        if ext not in TEXT_EXTS | HTML_EXTS:
            return f"unknown file type {ext or '(none)'!r}"
        if size > self.max_file_bytes:
            return f"larger than {self.max_file_bytes // (1024 * 1024)} MB (QA_MAX_FILE_MB)"
        return None

    def page(self, page: Page) -> str | None:
        if not page.passages:
            return "no article text found"
        digest = hashlib.sha1("\n".join(p.text for p in page.passages).encode()).hexdigest()
        if digest in self.bodies:
            return "same article as a file already read"
        self.bodies.add(digest)
        return None


def load_corpus(root: str | os.PathLike, max_file_bytes: int = MAX_FILE_BYTES) -> list[Page]:
    """Every readable page under ``root``; raises CorpusError when there is nothing to serve."""
    root = Path(root)
    if not root.exists():
        raise CorpusError(f"corpus not found: {root}")
    pages: list[Page] = []
    admission = Admission(max_file_bytes)
    for path in iter_files(root):
        try:
            parsed = parse_page(path, read_file(path, max_file_bytes))
        except SkipFile as exc:
            log.warning("skipped %s: %s", path, exc)
            continue
        except Exception as exc:  # one malformed page never takes the corpus down
            log.warning("skipped %s: could not be parsed (%s)", path, exc, exc_info=True)
            continue
        if (reason := admission.page(parsed)) is not None:
            log.warning("skipped %s: %s", path, reason)
            continue
        pages.append(parsed)
    if not pages:
        raise CorpusError(f"no readable news page in {root}")
    return pages

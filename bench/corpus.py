"""A reproducible synthetic Chinese news corpus, written as page files.

Words are drawn from jieba's own dictionary with its frequencies (a Zipf-like law), so
the corpus has realistic term statistics: a few function words in most passages, a long
tail of rare words. Paragraphs hold 80–150 words with commas and full stops; about one
paragraph in seven is a quote of a named speaker with a title, so that attribution and the
derived jieba user dictionary run as they would on real news. Everything follows from the
seed: the same sizes and seed always give byte-identical files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

PARAGRAPHS_PER_PAGE = 20
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉力斌宇浩凯健俊帆鹏"
TITLES = ["市科技局局长", "区委书记", "公司董事长", "研究院院长", "管委会主任", "协会会长", "大学教授", "市政协委员"]
OUTLETS = ["滨海发布", "津云", "北方网", "新华网", "人民网"]


@dataclass(frozen=True)
class Lexicon:
    words: list[str]
    probs: np.ndarray  # float64, sums to 1


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """jieba's dictionary words written in Chinese characters, weighted by their frequency."""
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    words, freqs = [], []
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and _CJK.match(parts[0]):
            words.append(parts[0])
            freqs.append(int(parts[1]))
    f = np.asarray(freqs, dtype=np.float64)
    return Lexicon(words, f / f.sum())


def token_corpus(n_passages: int, seed: int = 0, lo: int = 80, hi: int = 150) -> list[list[str]]:
    """Token lists drawn straight from the dictionary law (no jieba): for index tests."""
    rng = np.random.default_rng(seed)
    lex = lexicon()
    lengths = rng.integers(lo, hi + 1, size=n_passages)
    ids = rng.choice(len(lex.words), size=int(lengths.sum()), p=lex.probs)
    words = lex.words
    out, pos = [], 0
    for n in lengths.tolist():
        out.append([words[i] for i in ids[pos : pos + n].tolist()])
        pos += n
    return out


def token_queries(corpus: list[list[str]], n: int, seed: int = 1) -> list[list[str]]:
    """Queries of 2–8 tokens: words of a random passage, plus some drawn from the law."""
    rng = np.random.default_rng(seed)
    lex = lexicon()
    out = []
    for _ in range(n):
        doc = corpus[int(rng.integers(len(corpus)))] if corpus else []
        k = int(rng.integers(2, 9))
        q = [doc[int(i)] for i in rng.integers(0, len(doc), size=k)] if doc else []
        q += [lex.words[int(i)] for i in rng.choice(len(lex.words), size=int(rng.integers(0, 3)), p=lex.probs)]
        out.append(q)
    return out


def _sentences(words: list[str], rng: np.random.Generator) -> str:
    """Words joined into clauses of 6–18 words (，) and sentences of 1–3 clauses (。)."""
    parts, i, clauses = [], 0, 0
    while i < len(words):
        n = int(rng.integers(6, 19))
        parts.append("".join(words[i : i + n]))
        i += n
        clauses += 1
        end = i >= len(words) or clauses >= int(rng.integers(1, 4))
        parts.append("。" if end else "，")
        if end:
            clauses = 0
    return "".join(parts)


def _speaker(rng: np.random.Generator) -> tuple[str, str]:
    name = SURNAMES[int(rng.integers(len(SURNAMES)))] + "".join(
        GIVEN[int(i)] for i in rng.integers(0, len(GIVEN), size=int(rng.integers(1, 3)))
    )
    return name, TITLES[int(rng.integers(len(TITLES)))]


def generate_pages(n_passages: int, seed: int = 20240207) -> list[tuple[str, str]]:
    """(file name, page text) pairs: Markdown with YAML front matter, 20 paragraphs a page."""
    rng = np.random.default_rng(seed)
    lex = lexicon()
    lengths = rng.integers(80, 151, size=n_passages)
    ids = rng.choice(len(lex.words), size=int(lengths.sum()), p=lex.probs)
    words = lex.words
    pages: list[tuple[str, str]] = []
    pos = 0
    n_pages = (n_passages + PARAGRAPHS_PER_PAGE - 1) // PARAGRAPHS_PER_PAGE
    for page in range(n_pages):
        first = page * PARAGRAPHS_PER_PAGE
        paras = []
        for k in range(first, min(first + PARAGRAPHS_PER_PAGE, n_passages)):
            n = int(lengths[k])
            body = _sentences([words[i] for i in ids[pos : pos + n].tolist()], rng)
            pos += n
            if rng.random() < 0.15:
                name, title = _speaker(rng)
                body = f"{title}{name}表示，“{body}”"
            paras.append(body)
        title = "".join(words[i] for i in rng.choice(len(words), size=6, p=lex.probs).tolist())
        month, day = int(rng.integers(1, 13)), int(rng.integers(1, 29))
        head = (
            "---\n"
            f"title: {title}\n"
            f"outlet: {OUTLETS[page % len(OUTLETS)]}\n"
            f"published: 2024-{month:02d}-{day:02d}\n"
            f"url: https://example.org/news/{page:06d}.html\n"
            "---\n\n"
        )
        pages.append((f"{page // 1000:03d}/page-{page:06d}.md", head + "\n\n".join(paras) + "\n"))
    return pages


def write_corpus(root: Path, n_passages: int, seed: int = 20240207) -> Path:
    """Write the corpus under ``root`` (reused when already complete); returns ``root``."""
    root = Path(root)
    stamp = root / ".complete"
    if stamp.exists() and stamp.read_text() == f"{n_passages} {seed}\n":
        return root
    for name, text in generate_pages(n_passages, seed):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    stamp.write_text(f"{n_passages} {seed}\n")
    return root


def questions(root: Path, n: int = 200, seed: int = 7) -> list[str]:
    """``n`` questions: a 6–12 character piece of a random paragraph of the corpus in a question frame."""
    pages = [(str(p), p.read_text("utf-8")) for p in sorted(Path(root).rglob("*.md"))]
    rng = np.random.default_rng(seed)
    frames = ["{}是什么？", "{}有哪些进展？", "关于{}，报道怎么说？", "{}"]
    out = []
    for _ in range(n):
        _, text = pages[int(rng.integers(len(pages)))]
        body = text.split("---\n\n", 1)[1]
        paras = [p for p in body.split("\n\n") if p.strip()]
        para = paras[int(rng.integers(len(paras)))]
        chunks = [c for c in re.split(r"[，。“”：]", para) if len(c) >= 4]
        chunk = chunks[int(rng.integers(len(chunks)))]
        start = int(rng.integers(0, max(1, len(chunk) - 8)))
        piece = chunk[start : start + int(rng.integers(6, 13))]
        out.append(frames[int(rng.integers(len(frames)))].format(piece))
    return out

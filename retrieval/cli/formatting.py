"""Plain-text and JSON renderings of hits, shared by the CLI and the shell."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Hit, Passage

NO_ANSWER = "没有找到答案：语料中没有与这个问题相关的段落。(no answer in the corpus)"


def hit_json(rank: int, hit: Hit) -> dict:
    return {"rank": rank, "score": hit.score, "best_sentence": hit.best_sentence,
            "matched_terms": list(hit.matched_terms), **passage_json(hit.passage)}


def passage_json(p: Passage) -> dict:
    src = p.source
    return {
        "text": p.text,
        "paragraph": p.paragraph,
        "speaker": {"name": p.speaker.name, "title": p.speaker.title} if p.speaker else None,
        "section": p.section,
        "attribution": p.attribution,
        "confidence": round(p.confidence, 3),
        "source": {"title": src.title, "outlet": src.outlet, "published": src.published,
                   "url": src.url, "path": src.path},
    }


def format_hit(rank: int, hit: Hit) -> str:
    p = hit.passage
    who = f"「{p.speaker.label()}」" if p.speaker else f"「{p.source.outlet or '—'}」"
    return f"[{rank}] {who}\n{p.text}\n  —— {p.source_line()}    (score {hit.score:.2f})"


def format_answer(question: str, hits: Sequence[Hit], truncated: bool = False) -> str:
    lines = []
    if truncated:
        lines.append("(问题过长，只按前 500 个字符检索 / question truncated to 500 characters)")
    if not hits:
        lines.append(NO_ANSWER)
    lines.extend(format_hit(i, h) for i, h in enumerate(hits, 1))
    return "\n\n".join(lines)


# -- conversation replies (retrieval/conversation.py), shown by the shell -------------------------
def format_article(article) -> str:
    """The article around the focused passage: its title and source, then ¶N lines, ▶ on the focus."""
    from ..chat.citation import source_parts

    lines = ["，".join(source_parts(article.document))]
    shown = article.around()
    if shown and shown[0] is not article.passages[0]:
        lines.append("……")
    for p in shown:
        mark = "▶" if p is article.passages[article.focus] else " "
        lines.append(f"{mark} ¶{p.paragraph} {p.text}")
    if shown and shown[-1] is not article.passages[-1]:
        lines.append("……")
    return "\n".join(lines)


def format_reply(reply, clear_hint: str | None = None) -> str:
    """A ``conversation.Reply`` as plain text: the active filters first, then the hits, the
    article, the source or the hint."""
    head = [reply.filters.describe(clear_hint)] if reply.filters.active else []
    if reply.kind == "hint":
        body = reply.hint
    elif reply.kind == "article":
        body = format_article(reply.article)
    elif reply.kind == "source":
        body = f"{reply.citation}\n\n{reply.source}"
    elif reply.note:
        body = reply.note
    else:
        body = format_answer(reply.question, reply.hits)
    return "\n".join(head + [body])

"""Inline mode: ``@bot <question>`` in any chat offers one article per hit."""

from __future__ import annotations

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from retrieval import clip_question

from . import guard, render
from .questions import counted, search
from .state import BotContext


@guard.limited
async def inline_query(update: Update, context: BotContext) -> None:
    """@bot <question>: one article per hit; an empty query shows a hint."""
    query = update.inline_query
    q, _ = clip_question(guard.clean(query.query))
    if not q:
        await query.answer([], cache_time=300, button=InlineQueryResultsButton(text=f"输入问题，例如：{context.state.example()}", start_parameter="help"))
        return
    hits = await search(context, None, q, context.state.settings.search.top_k)
    counted(context, hits)
    results = [
        InlineQueryResultArticle(
            id=str(rank), title=render.inline_title(hit), description=render.inline_description(hit),
            input_message_content=InputTextMessageContent(render.inline_message(q, hit), parse_mode=ParseMode.HTML),
        )
        for rank, hit in enumerate(hits, 1)
    ]
    button_hint = None if results else InlineQueryResultsButton(text="语料中没有答案 · 查看发言人", start_parameter="speakers")
    await query.answer(results, cache_time=60, button=button_hint)

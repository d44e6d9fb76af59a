"""The buttons under an answer: 「更多 ▸」/「◂ 上一页」/「全文」/「◂ 返回」/「引用」, and their presses.

Callback data is ``p:<view id>:<start>`` (a page), ``f:<view id>:<index>`` (one whole passage) or
``c:<view id>:<index>`` (the copy-ready citation of one hit, sent as a new message); the view is
looked up in the chat's Views, so a press from before a restart, from another chat or forged
finds nothing and gets STALE. A page shown of a conversation's answer counts as read (talk.seen).
"""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from retrieval.chat import cite_hit

from . import render, replies, talk
from .state import BotContext, View

STALE = "这条回答的按钮已失效，请重新提问。"
_CALLBACK = re.compile(r"^([pfc]):([0-9a-z]{1,8}):(\d{1,6})$")


ROW = 5  # buttons in a row at most: a phone's width (Telegram refuses more than 8)


def _rows(buttons: list[InlineKeyboardButton]) -> list[list[InlineKeyboardButton]]:
    return [buttons[k : k + ROW] for k in range(0, len(buttons), ROW)]


def keyboard(vid: str, view: View, start: int, page: render.Page) -> InlineKeyboardMarkup | None:
    """「全文」 for each trimmed hit on the page, 「引用」 for each hit, then 「◂ 上一页」 / 「更多 ▸」;
    at most ROW buttons a row (QA_TOP_K may be 10)."""
    rows = []
    full = [InlineKeyboardButton("全文" if len(page.trimmed) == 1 and len(view) == 1 else f"全文 {rank}",
                                 callback_data=f"f:{vid}:{rank - 1}") for rank in page.trimmed]
    rows.extend(_rows(full))
    ranks = range(start + 1, min(start + view.per_page, len(view)) + 1)
    rows.extend(_rows([InlineKeyboardButton("引用" if len(view) == 1 else f"引用 {rank}", callback_data=f"c:{vid}:{rank - 1}")
                       for rank in ranks]))
    nav = []
    if start > 0:
        nav.append(InlineKeyboardButton("◂ 上一页", callback_data=f"p:{vid}:{max(0, start - view.per_page)}"))
    if start + view.per_page < len(view):
        nav.append(InlineKeyboardButton("更多 ▸", callback_data=f"p:{vid}:{start + view.per_page}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def back_keyboard(vid: str, view: View, index: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("◂ 返回", callback_data=f"p:{vid}:{view.page_of(index)}")]])


async def button(update: Update, context: BotContext) -> None:
    """「更多 ▸」/「◂ 上一页」/「全文」/「◂ 返回」: edit the answer in place; stale presses get a notice."""
    query = update.callback_query
    match = _CALLBACK.match(query.data or "")
    chat = query.message.chat.id if query.message is not None else None  # None: an inline message
    view = context.state.views.get(chat, match.group(2)) if match and chat is not None else None
    number = int(match.group(3)) if match else -1
    if view is None or not 0 <= number < len(view):
        await query.answer(STALE)
        return
    vid = match.group(2)
    if match.group(1) == "c":
        await query.answer()
        await context.bot.send_message(chat, replies.citation(cite_hit(view.hit(number))))
        return
    if match.group(1) == "f":
        html, markup = render.full_passage(view.hit(number), number + 1), back_keyboard(vid, view, number)
    else:
        page = view.page(number)
        html, markup = page.html, keyboard(vid, view, number, page)
        if view.key is not None:
            talk.seen(context.state.conversation, view.key, view.hits, view.hits[number: number + view.per_page])
    await query.answer()
    try:
        await query.edit_message_text(html, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as exc:  # a double press: the message already shows this page
        if "not modified" not in exc.message.lower():
            raise

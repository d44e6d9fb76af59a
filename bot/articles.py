"""Document messages in a private chat: an admin's .txt, .md or .html is added to the corpus
(uploads.py), anyone else's file is politely refused with nothing downloaded or written."""

from __future__ import annotations

import logging

from telegram import Document, Update
from telegram.error import TelegramError

from . import guard, replies, uploads
from .network import describe
from .state import BotContext, BotState

log = logging.getLogger(__name__)


async def download(document: Document, max_bytes: int) -> bytes | uploads.Refused:
    """The file's bytes through PTB's public API (getFile, then the file URL); the size is checked
    again from getFile's answer before the download."""
    try:
        file = await document.get_file()
        if file.file_size is not None and file.file_size > max_bytes:
            return uploads.Refused("size", f"{file.file_size / 1024 / 1024:.1f}")
        return bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        return uploads.Refused("download", describe(exc))


async def receive(state: BotState, doc: Document) -> uploads.Added | uploads.Refused:
    """Check the file as declared, download it, then parse, store and index it (uploads.py)."""
    search = state.settings.search
    refused = uploads.declared_refusal(search.corpus, doc.file_name, doc.mime_type, doc.file_size, search.max_file_bytes)
    data = refused or await download(doc, search.max_file_bytes)
    if isinstance(data, uploads.Refused):
        return data
    return await uploads.add_article(state, data, doc.file_name, doc.mime_type)


@guard.limited
async def upload(update: Update, context: BotContext) -> None:
    """An admin's file: added to the corpus, or why not."""
    outcome = await receive(context.state, update.effective_message.document)
    log.info("file from admin %s: %s", update.effective_user.id, getattr(outcome, "reason", "added"))
    await update.effective_message.reply_html(replies.upload(outcome, context.state.settings.search.max_file_mb))


@guard.limited
async def not_admin(update: Update, context: BotContext) -> None:
    """Anyone else's file: a polite refusal; nothing downloaded, nothing written."""
    await update.effective_message.reply_html(replies.not_admin_upload(context.state.example()))

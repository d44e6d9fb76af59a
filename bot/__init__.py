"""Yanlu's Telegram bot: a thin python-telegram-bot v22 adapter over ``retrieval``."""

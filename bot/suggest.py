"""Unknown or misspelt commands: which command was sent, to whom, and the closest one the bot has."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    """A command as sent: ``/speeker@yanlu_bot 朱凯`` → name 'speeker', bot 'yanlu_bot', args '朱凯'."""

    name: str
    bot: str | None
    args: str


def parse(text: str) -> Command | None:
    """The command at the start of ``text`` (None when it does not start with one)."""
    if not text.startswith("/"):
        return None
    head, _, args = text[1:].partition(" ")
    name, _, bot = head.partition("@")
    return Command(name, bot or None, args.strip()) if name else None


def for_me(command: Command, username: str | None, private: bool) -> bool:
    """Whether to answer: in a private chat unless addressed to another bot; in a group only
    when addressed to this bot (/cmd@thisbot), so that the bot stays quiet among other bots."""
    if command.bot is not None:
        return bool(username) and command.bot.lower() == username.lower()
    return private


def closest(name: str, names: Sequence[str]) -> str | None:
    """The registered command closest to ``name`` (difflib), or None when none is close."""
    found = difflib.get_close_matches(name.lower(), list(names), n=1, cutoff=0.6)
    return found[0] if found else None

"""The bot benchmark: a hook for the lead, to be filled in once the bot has landed.

Planned (issue 5): the real ``Application`` against the loopback fake Bot API server of the
tests (tests/botapi_server.py), 1,000 questions from 50 users over a synthetic corpus from
``bench.corpus``; report answered updates per second and p50/p95 from update to
sendMessage. ``run`` receives the parsed ``python -m bench`` arguments and returns the
Markdown to print (or None to print nothing).
"""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> str | None:
    return "Bot benchmark: not implemented yet (bench/bot.py is the hook for it)."

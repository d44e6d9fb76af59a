"""``make run``: the bot when TELEGRAM_BOT_TOKEN is set (environment or .env), else the local shell.

The environment and ``.env`` are read once, here, and the same mapping decides and configures.
"""

from __future__ import annotations

import sys

from bot.settings import has_token
from retrieval.errors import SettingsError
from retrieval.settings import Settings as SearchSettings
from retrieval.settings import environment


def main() -> int:
    env = environment()
    if has_token(env):
        from bot.app import main as bot_main

        return bot_main(env)
    from retrieval.cli import main as cli_main

    try:
        corpus = SearchSettings.from_env(env).corpus
    except SettingsError as exc:
        print(f"yanlu: {exc}", file=sys.stderr)
        return 2
    return cli_main(["shell", "--corpus", corpus])


if __name__ == "__main__":
    sys.exit(main())

"""``make run``: the bot when TELEGRAM_BOT_TOKEN is set (environment or .env), else the local shell."""

from __future__ import annotations

import os
import sys

from dotenv import load_dotenv


def main() -> int:
    load_dotenv(".env", override=False)
    if os.environ.get("TELEGRAM_BOT_TOKEN", "").strip():
        from bot.__main__ import main as bot_main

        return bot_main()
    from retrieval.cli import main as cli_main

    return cli_main(["shell", "--corpus", os.environ.get("QA_CORPUS", "seeds")])


if __name__ == "__main__":
    sys.exit(main())

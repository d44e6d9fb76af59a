"""``python -m bot``: start the Telegram bot (settings from the environment and .env)."""

from __future__ import annotations

import sys

from bot.app import main

if __name__ == "__main__":
    sys.exit(main())

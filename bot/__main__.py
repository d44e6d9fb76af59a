"""``python -m bot``: start the Telegram bot."""

from __future__ import annotations

import sys


def main() -> int:
    print("yanlu: the Telegram bot is not available yet; unset TELEGRAM_BOT_TOKEN to use the local shell", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

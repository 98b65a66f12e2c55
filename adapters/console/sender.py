"""The console platform's `Sender`: a daily post is printed, framed so it stands out from chat."""

from __future__ import annotations

import sys
from typing import TextIO

from adapters.console.render import PLATFORM, render_text
from bot.platform import CONSOLE_LIMITS, PlatformLimits
from bot.replies import Reply


class ConsoleSender:
    platform: str = PLATFORM
    limits: PlatformLimits = CONSOLE_LIMITS

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out  # None: whatever sys.stdout is at send time (pytest's capsys swaps it)

    async def send(self, chat_id: str, chat_kind: str, reply: Reply, *, key: str = "") -> None:
        out = self.out or sys.stdout
        title = f" {reply.title} " if reply.title else ""
        print(f"──── daily post for {chat_id}{title}────", file=out)
        print(render_text(reply), file=out)
        print("─" * 40, file=out, flush=True)

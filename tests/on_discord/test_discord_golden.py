"""Golden replies through Discord, per language: /help, /onthisday for 3 September (typed as each
language writes it), /subscribe in a server channel and the daily post it brings, as the fake Discord
received them (embeds: title, description, footer; then the button labels). The user's locale and
the server's (`guild_locale`, recorded by /subscribe for the post) are the language's.
tests/golden_files.py says how to regenerate them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.cli.common import make_core
from bot.chat.services import Services
from bot.commands.dates import daily_post_builder
from bot.daily.delivery import Deliverer
from bot.index.build import Index
from bot.store import SQLStore
from tests.fake_discord import (
    CALLBACK,
    CHANNEL_ID,
    FOLLOWUP,
    MANAGE_CHANNELS,
    FakeDiscord,
    answer,
    buttons,
    deliver,
    slash,
    start_client,
)
from tests.golden_files import LANGUAGES, TYPED_DAY, check_golden

NOW = datetime(2025, 9, 2, 12, 0, tzinfo=UTC)  # the day before: the post goes out on 3 September
MOSCOW_9AM = datetime(2025, 9, 3, 6, 0, tzinfo=UTC)
DISCORD_LOCALE = {"en": "en-US", "ru": "ru", "zh": "zh-CN", "es": "es-ES"}


def shown(data: Mapping[str, Any]) -> str:
    """A message as Discord shows it: each embed's title, description and footer, then the buttons."""
    parts = []
    for embed in data.get("embeds", []):
        if embed.get("title"):
            parts.append(f"# {embed['title']}")
        if embed.get("description"):
            parts.append(embed["description"])
        if embed.get("footer"):
            parts.append(f"-- {embed['footer']['text']}")
    labels = [b["label"] for b in buttons(data)]
    if labels:
        parts.append("[" + "] [".join(labels) + "]")
    return "\n\n".join(parts)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_golden_replies(
    fake: FakeDiscord, seed_index: Index, sqlite_store: SQLStore, tmp_path: Path, language: str
) -> None:
    core = make_core(seed_index, services=Services(store=sqlite_store))
    client = await start_client(core, tmp_path)
    n = 0

    async def ask(name: str, options: dict[str, Any] | None = None, **kw: Any) -> str:
        nonlocal n
        payload = slash(name, options, when=NOW, **kw)
        payload["locale"] = payload["guild_locale"] = DISCORD_LOCALE[language]
        deliver(client, payload)
        n += 1
        data = (await answer(fake, n))["data"]
        assert not fake.matching("POST", FOLLOWUP), "a reply longer than one message"
        return shown(data)

    try:
        check_golden("discord", language, "help", await ask("help"))
        check_golden("discord", language, "onthisday", await ask("onthisday", {"date": TYPED_DAY[language]}))
        subscribed = await ask("subscribe", {"time": "09:00", "timezone": "Europe/Moscow"}, permissions=MANAGE_CHANNELS)
        check_golden("discord", language, "subscribe", subscribed)
        assert len(fake.matching("POST", CALLBACK)) == 3

        deliverer = Deliverer(sqlite_store, [client.sender], daily_post_builder(core), use_broadcast_lease=False)
        report = await deliverer.run_due(MOSCOW_9AM)
        assert [o.chat for o in report.sent] == [str(CHANNEL_ID)]
        posts = fake.matching("POST", rf"/channels/{CHANNEL_ID}/messages")
        check_golden("discord", language, "daily_post", "\n\n---\n\n".join(shown(p.json) for p in posts))
    finally:
        await client.close()

"""The language of the adapter's own words to one Discord user (expired buttons, failures outside
the core): their Discord locale, else the operator's default. Replies from the core carry their own
(`Reply.language`: the channel's /language first)."""

from __future__ import annotations

from typing import Any

import discord

from bot.i18n import Translator, choose, translator


def default_language(client: Any) -> str | None:
    """MEMORIAL_LANGUAGE, as the client's core has it (None for a client without one)."""
    handler = getattr(client, "handler", None)
    core = getattr(handler, "core", None)
    services = getattr(core, "services", None)
    language = getattr(services, "default_language", None)
    return language if isinstance(language, str) else None


def user_translator(interaction: discord.Interaction) -> Translator:
    locale = getattr(interaction, "locale", None)
    tag = getattr(locale, "value", None)
    return translator(choose(None, tag if isinstance(tag, str) else None, default_language(interaction.client)))

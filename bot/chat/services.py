"""What handlers may use besides the index: one typed object, handed to the core by the
composition root (adapters/cli/run.py) instead of looked up by string keys."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.chat.listings import Listings
from bot.config import MilestoneRule, Settings
from bot.i18n import Translator, choose, translator
from bot.store import SQLStore, StoreError, open_store


class ScheduleListener(Protocol):
    """The running daily-post scheduler, told about each subscription change so its jobs follow
    the database (bot/daily/scheduler.py's DailyScheduler; a spy in tests)."""

    def subscription_changed(self, sub_id: int) -> None: ...


def store_from_env() -> SQLStore:
    settings = Settings.from_env()
    return open_store(settings.database_url, settings.data_dir)


@dataclass
class Services:
    store: SQLStore | None = None
    scheduler: ScheduleListener | None = None
    admins: frozenset[str] = frozenset()
    corpus_dir: Path | None = None
    # Which anniversaries are round (MEMORIAL_MILESTONES); the runner sets the configured rule.
    milestones: MilestoneRule = field(default_factory=MilestoneRule.default)
    # The operator's default language (MEMORIAL_LANGUAGE): for users whose platform names none.
    default_language: str = "en"
    # Each chat's last numbered listing of events, for a typed "/why 3".
    listings: Listings = field(default_factory=Listings, repr=False)
    # Opens the store on first use when none was given (`memorial-bot ask "/subscribe …"`).
    open_store: Callable[[], SQLStore] = field(default=store_from_env, repr=False)

    def chat_language(self, platform: str, chat_id: str) -> str | None:
        """The language a chat chose with /language. Read only from a store already open (a bot
        running, the console): a lookup does not create a database, and a database outage
        leaves replies in the user's or the default language."""
        if self.store is None:
            return None
        try:
            return self.store.get_chat_language(platform, chat_id)
        except StoreError:
            return None

    def language_for(self, platform: str, chat_id: str, user_language: str | None = None) -> Translator:
        """The Translator for a reply in this chat: its /language setting, else the user's platform
        language, else the operator's default, else English."""
        return translator(choose(self.chat_language(platform, chat_id), user_language, self.default_language))

    def post_language_for(self, platform: str, chat_id: str) -> Translator:
        """The Translator for the chat's daily post: its /language setting, else the platform's
        language recorded when it subscribed, else the operator's default, else English."""
        chosen, recorded = None, None
        if self.store is not None:
            with contextlib.suppress(StoreError):  # an outage: the default language
                chosen, recorded = self.store.get_chat_languages(platform, chat_id)
        return translator(choose(chosen, recorded, self.default_language))

    def get_store(self) -> SQLStore:
        if self.store is None:
            self.store = self.open_store()
        return self.store

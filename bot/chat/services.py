"""What handlers may use besides the index: one typed object, handed to the core by the
composition root (adapters/cli/run.py) instead of looked up by string keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from bot.chat.listings import Listings
from bot.config import MilestoneRule, Settings
from bot.store import SQLStore, open_store


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
    # Each chat's last numbered listing of events, for a typed "/why 3".
    listings: Listings = field(default_factory=Listings, repr=False)
    # Opens the store on first use when none was given (`memorial-bot ask "/subscribe …"`).
    open_store: Callable[[], SQLStore] = field(default=store_from_env, repr=False)

    def get_store(self) -> SQLStore:
        if self.store is None:
            self.store = self.open_store()
        return self.store

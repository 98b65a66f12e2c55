"""What a chat was last shown as a numbered list of events, so that a typed `/why 3` means the
third item on the screen. Kept in memory, per process and per chat, bounded: a restart or another
replica forgets it, and the answer then says to list the day again (buttons carry event ids and
never need it)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

MAX_CHATS = 10_000  # least recently listed chats are forgotten first


@dataclass(frozen=True, slots=True)
class Listing:
    key: str  # which listing ("onthisday 09-03 2026"): its pages share one numbering
    numbers: Mapping[int, str]  # number on screen → event id


class Listings:
    def __init__(self, max_chats: int = MAX_CHATS) -> None:
        self.max_chats = max_chats
        self._by_chat: OrderedDict[tuple[str, str], Listing] = OrderedDict()

    def remember(self, platform: str, chat_id: str, key: str, numbers: Mapping[int, str]) -> None:
        """Record a listing just shown; another page of the same listing adds its numbers."""
        if not numbers:
            return
        chat = (platform, chat_id)
        old = self._by_chat.get(chat)
        merged = {**old.numbers, **numbers} if old is not None and old.key == key else dict(numbers)
        self._by_chat[chat] = Listing(key, merged)
        self._by_chat.move_to_end(chat)
        while len(self._by_chat) > self.max_chats:
            self._by_chat.popitem(last=False)

    def last(self, platform: str, chat_id: str) -> Listing | None:
        return self._by_chat.get((platform, chat_id))

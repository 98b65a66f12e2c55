"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the Telegram adapter.

The real python-telegram-bot `Application` talks to it over HTTP through `base_url`, exactly as it
would talk to a self-hosted Bot API server. It serves injected updates through `getUpdates` long
polling, records every request, and checks messages the way Telegram does where it matters to us:
HTML must parse (only Telegram's tags, every `<`, `>` and `&` escaped, tags balanced), the visible
text must fit 4096 UTF-16 units, and callback data 64 bytes. Tests wait on `wait_for`, which wakes
when the expected request arrives.

It can also stand in for Telegram's global flood limit: with `messages_per_second` set, a
sendMessage beyond that many in any rolling second (across every client: several bot processes
share one fake) is answered 429 with retry_after, as Telegram does; `max_per_second()` reports the
busiest rolling second observed. `per_chat_seconds` and `group_per_minute` add Telegram's other two
flood limits (1 message a second per chat, 20 a minute per group), also answered 429.
In webhook mode, tests deliver updates with `post_webhook`.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import json
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import pytest
from aiohttp import web
from telegram.ext import Application

from adapters.telegram.app import build_application, serve
from bot.chat.dispatch import Core
from bot.config import TelegramConfig
from bot.timezones import Clock

BOT_ID = 7000001
BOT_USERNAME = "memorial_test_bot"
WAIT = 20.0  # failure guard only: waits end as soon as the expected request arrives

_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
    "blockquote", "tg-emoji",
}  # fmt: skip
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class HtmlError(ValueError):
    pass


class _TelegramHtml(HTMLParser):
    """Telegram's HTML subset, strictly: anything Telegram would reject raises HtmlError."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.text: list[str] = []
        self.stack: list[str] = []
        self.entities = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            raise HtmlError(f'unsupported start tag "{tag}"')
        self.stack.append(tag)
        self.entities += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            opened = self.stack[-1] if self.stack else tag
            raise HtmlError(f'can\'t find end tag corresponding to start tag "{opened}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(ch in data for ch in "<>&"):
            raise HtmlError(f"unescaped character in {data[:40]!r}")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES:
            raise HtmlError(f'unsupported HTML entity "&{name};"')
        self.text.append(_NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        self.text.append(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))

    def handle_comment(self, data: str) -> None:
        raise HtmlError("comments are not supported")

    def handle_decl(self, decl: str) -> None:
        raise HtmlError("declarations are not supported")

    def unknown_decl(self, data: str) -> None:
        raise HtmlError("declarations are not supported")


def parse_html(html: str) -> tuple[str, int]:
    """The text a user sees, and the number of entities; HtmlError when Telegram would refuse."""
    p = _TelegramHtml()
    p.feed(html)
    p.close()
    if p.rawdata:
        raise HtmlError(f"unparsed input {p.rawdata[:40]!r}")
    if p.stack:
        raise HtmlError(f'can\'t find end tag corresponding to start tag "{p.stack[-1]}"')
    return "".join(p.text), p.entities


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


@dataclass
class Call:
    """One request the bot made. `params` are the raw form values (JSON-encoded when not text)."""

    method: str
    params: dict[str, str]
    ok: bool = True
    error: str = ""
    plain_text: str | None = None  # for messages: the text as a user sees it, after HTML parsing
    at: float = field(default_factory=time.monotonic)  # arrival time at the fake server

    def json(self, key: str) -> Any:
        return json.loads(self.params[key])

    @property
    def text(self) -> str:
        return self.params.get("text", "")

    @property
    def chat_id(self) -> int:
        return int(self.params["chat_id"])

    def keyboard(self) -> list[list[dict[str, Any]]]:
        return self.json("reply_markup")["inline_keyboard"] if "reply_markup" in self.params else []

    def buttons(self) -> list[dict[str, Any]]:
        return [b for row in self.keyboard() for b in row]


@dataclass
class _Failure:
    method: str
    code: int
    description: str
    parameters: dict[str, Any] | None
    when: Callable[[dict[str, str]], bool]
    times: int


@dataclass
class FakeTelegram:
    token: str
    username: str = BOT_USERNAME
    bot_id: int = BOT_ID
    calls: list[Call] = field(default_factory=list)
    member_status: dict[tuple[int, int], str] = field(default_factory=dict)
    messages_per_second: int | None = None  # Telegram's global flood limit, enforced when set
    per_chat_seconds: float | None = None  # Telegram's per-chat limit (1 s between messages), when set
    group_per_minute: int | None = None  # Telegram's per-group limit (20 a minute), when set
    rate_limited: int = 0  # sendMessage calls answered 429 by these limits
    send_latency: float = 0.0  # seconds a carried-out sendMessage waits before its answer (a slow platform)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[tuple[int, int], tuple[str, str]] = {}
        self._failures: list[_Failure] = []
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._recent_sends: collections.deque[float] = collections.deque()
        self._chat_last: dict[int, float] = {}
        self._group_sends: dict[int, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._held: dict[str, asyncio.Event] = {}
        self._late: dict[str, asyncio.Event] = {}
        self.allowed_updates: list[str] | None = None  # as the bot last set it; None: Telegram's default
        self.port = 0

    def hold(self, method: str) -> asyncio.Event:
        """Calls to `method` wait until the returned event is set (e.g. a slow start-up)."""
        self._held[method] = event = asyncio.Event()
        return event

    def answer_late(self, method: str) -> asyncio.Event:
        """Calls to `method` are carried out (the message exists) but answered only once the
        returned event is set: past the client's read timeout, a slow Bot API."""
        self._late[method] = event = asyncio.Event()
        return event

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("POST", "/{prefix}/{method}", self._handle)
        app.router.add_route("GET", "/{prefix}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        self._closing = True
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- test controls -------------------------------------------------------------------------

    def inject(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        update = {"update_id": next(self._update_ids), **update}
        for key in ("message", "channel_post"):
            if key in update:
                self._chats[update[key]["chat"]["id"]] = update[key]["chat"]
                self._messages[(update[key]["chat"]["id"], update[key]["message_id"])] = (update[key]["text"], "")
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update["update_id"]

    def fail(
        self,
        method: str,
        code: int,
        description: str,
        *,
        parameters: dict[str, Any] | None = None,
        when: Callable[[dict[str, str]], bool] = lambda p: True,
        times: int = 1,
    ) -> None:
        """Make the next `times` matching calls of `method` fail as Telegram would."""
        self._failures.append(_Failure(method, code, description, parameters, when, times))

    def max_per_second(self, method: str = "sendMessage") -> int:
        """The most successful `method` calls that arrived within any rolling second."""
        times = sorted(c.at for c in self.calls if c.method == method and c.ok)
        best, start = 0, 0
        for end, t in enumerate(times):
            while t - times[start] >= 1.0:
                start += 1
            best = max(best, end - start + 1)
        return best

    def mark(self) -> int:
        return len(self.calls)

    def calls_to(self, method: str, after: int = 0) -> list[Call]:
        return [c for c in self.calls[after:] if c.method == method]

    async def wait_for(
        self, method: str, predicate: Callable[[Call], bool] = lambda c: True, *, after: int = 0, count: int = 1
    ) -> list[Call]:
        """Wait until `count` calls of `method` matching `predicate` were made (after index `after`)."""

        def matching() -> list[Call]:
            return [c for c in self.calls[after:] if c.method == method and predicate(c)]

        async def wait() -> list[Call]:
            async with self._changed:
                await self._changed.wait_for(lambda: len(matching()) >= count)
            return matching()

        try:
            return await asyncio.wait_for(wait(), WAIT)
        except TimeoutError:
            seen = [f"{c.method}({c.error or 'ok'})" for c in self.calls[after:]]
            raise AssertionError(f"no {count}× {method} within {WAIT} s; calls since: {seen}") from None

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- the API -------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["prefix"] != f"bot{self.token}":
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if request.content_type == "application/json":
            body = await request.json()
            params = {k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()}
        else:
            params = {k: str(v) for k, v in (await request.post()).items()}
        call = Call(method, params)
        held = self._held.get(method)
        if held is not None:
            await held.wait()
        try:
            if method == "sendMessage":
                self._flood_check(params)
            self._maybe_fail(method, params)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params, call)
            body_out: dict[str, Any] = {"ok": True, "result": result}
            status = 200
        except ApiError as exc:
            call.ok, call.error = False, exc.description
            body_out = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body_out["parameters"] = exc.parameters
            status = exc.code
        if method != "getUpdates" or call.error:  # polls are too many to be worth keeping
            self.calls.append(call)
        await self._notify()
        late = self._late.get(method)
        if late is not None:
            await late.wait()
        if method == "sendMessage" and self.send_latency:
            await asyncio.sleep(self.send_latency)  # simulated platform latency, not synchronisation
        return web.json_response(body_out, status=status)

    def _flood_check(self, params: dict[str, str]) -> None:
        """Telegram's flood limits, those that are set: a send over one is refused (429), not made."""
        now, recent = time.monotonic(), self._recent_sends
        while recent and now - recent[0] >= 1.0:
            recent.popleft()
        chat = int(params.get("chat_id") or 0)
        wait = 0.0
        if self.messages_per_second is not None and len(recent) >= self.messages_per_second:
            wait = 1.0
        last = self._chat_last.get(chat)
        if self.per_chat_seconds is not None and last is not None and now - last < self.per_chat_seconds:
            wait = max(wait, 1.0)
        group = self._group_sends[chat] if chat < 0 and self.group_per_minute is not None else None
        if group is not None:
            while group and now - group[0] >= 60.0:
                group.popleft()
            if len(group) >= (self.group_per_minute or 0):
                wait = max(wait, float(int(60.0 - (now - group[0])) + 1))
        if wait:
            self.rate_limited += 1
            raise ApiError(429, f"Too Many Requests: retry after {wait:g}", {"retry_after": int(wait)})
        recent.append(now)
        self._chat_last[chat] = now
        if group is not None:
            group.append(now)

    def _maybe_fail(self, method: str, params: dict[str, str]) -> None:
        for f in self._failures:
            if f.method == method and f.times > 0 and f.when(params):
                f.times -= 1
                raise ApiError(f.code, f.description, f.parameters)

    def _bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Memorial", "username": self.username}

    def _chat(self, chat_id: int) -> dict[str, Any]:
        if chat_id in self._chats:
            return self._chats[chat_id]
        return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "title": "" if chat_id > 0 else "G"}

    async def _api_getMe(self, params: dict[str, str], call: Call) -> Any:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def _api_getUpdates(self, params: dict[str, str], call: Call) -> Any:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if params.get("allowed_updates"):
            self.allowed_updates = json.loads(params["allowed_updates"]) or None
        # Like Telegram, updates of a kind the bot did not ask for are dropped, never delivered.
        self._updates = [u for u in self._updates if u["update_id"] >= offset and self._wanted(u)]
        if not self._updates and timeout > 0 and not self._closing:
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(self._updates) or self._closing), timeout
                    )
        return list(self._updates)

    def _wanted(self, update: dict[str, Any]) -> bool:
        kinds = set(update) - {"update_id"}
        if self.allowed_updates is None:  # Telegram's default leaves out only a few opt-in kinds
            return not kinds & {"chat_member", "message_reaction", "message_reaction_count"}
        return bool(kinds & set(self.allowed_updates))

    async def _api_deleteWebhook(self, params: dict[str, str], call: Call) -> Any:
        return True

    async def _api_setWebhook(self, params: dict[str, str], call: Call) -> Any:
        return True

    async def _api_setMyCommands(self, params: dict[str, str], call: Call) -> Any:
        for c in json.loads(params["commands"]):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]) or not 1 <= len(c["description"]) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    def _check_message(self, params: dict[str, str], call: Call) -> str:
        text = params.get("text", "")
        if params.get("parse_mode") == "HTML":
            try:
                plain, entities = parse_html(text)
            except HtmlError as exc:
                raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        else:
            plain, entities = text, 0
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain.strip()) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        if entities > 100:
            raise ApiError(400, "Bad Request: too many entities")  # stricter than Telegram, which drops them
        for button in (b for row in call.keyboard() for b in row):
            if len(button.get("callback_data", "").encode()) > 64 or not button.get("text"):
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        call.plain_text = plain
        return plain

    async def _api_sendMessage(self, params: dict[str, str], call: Call) -> Any:
        chat_id = int(params["chat_id"])
        plain = self._check_message(params, call)
        message_id = next(self._message_ids)
        self._messages[(chat_id, message_id)] = (params["text"], params.get("reply_markup", ""))
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._bot_user(),
            "text": plain,
        }

    async def _api_editMessageText(self, params: dict[str, str], call: Call) -> Any:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        plain = self._check_message(params, call)
        key = (chat_id, message_id)
        if key not in self._messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        if self._messages[key] == (params["text"], params.get("reply_markup", "")):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message",
            )
        self._messages[key] = (params["text"], params.get("reply_markup", ""))
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "edit_date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._bot_user(),
            "text": plain,
        }

    async def _api_answerCallbackQuery(self, params: dict[str, str], call: Call) -> Any:
        if len(params.get("text", "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    async def _api_answerInlineQuery(self, params: dict[str, str], call: Call) -> Any:
        results = json.loads(params["results"])
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        if len(params.get("next_offset", "").encode()) > 64:
            raise ApiError(400, "Bad Request: NEXT_OFFSET_INVALID")
        if len({r["id"] for r in results}) != len(results):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        for r in results:
            content = r["input_message_content"]
            if content.get("parse_mode") == "HTML":
                try:
                    parse_html(content["message_text"])
                except HtmlError as exc:
                    raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        return True

    async def _api_getChatMember(self, params: dict[str, str], call: Call) -> Any:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        status = self.member_status.get((chat_id, user_id), "member")
        user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        if status == "creator":
            return {"status": "creator", "user": user, "is_anonymous": False}
        if status == "administrator":
            rights = (
                "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members can_change_info "
                "can_invite_users can_post_stories can_edit_stories can_delete_stories"
            )
            return {
                "status": "administrator",
                "user": user,
                "can_be_edited": False,
                "is_anonymous": False,
                "can_promote_members": False,
                **dict.fromkeys(rights.split(), True),
            }
        if status == "left":
            return {"status": "left", "user": user}
        return {"status": "member", "user": user}


# ---------------------------------------------------------------------------------------------
# Update builders: what Telegram would send for each kind of chat.

_ids = itertools.count(1)
PRIVATE_USER = {"id": 501, "is_bot": False, "first_name": "Ada", "username": "ada", "language_code": "en"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "History club"}
CHANNEL = {"id": -1009876543210, "type": "channel", "title": "Daily memorial", "username": "dailymemorial"}


def _entities(text: str) -> list[dict[str, Any]]:
    """What Telegram's client would mark up: a leading /command and @mentions (UTF-16 offsets)."""
    out = []
    m = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    if m:
        out.append({"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))})
    for m in re.finditer(r"(?<![\w/])@[A-Za-z0-9_]{5,32}", text):
        out.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
    return out


def _message(text: str, chat: dict[str, Any], user: dict[str, Any] | None, **extra: Any) -> dict[str, Any]:
    msg: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat, "text": text}
    if user is not None:
        msg["from"] = user
    entities = _entities(text)
    if entities:
        msg["entities"] = entities
    msg.update(extra)
    return msg


def private_message(text: str, user: dict[str, Any] = PRIVATE_USER) -> dict[str, Any]:
    chat = {"id": user["id"], "type": "private", "first_name": user["first_name"], "username": user.get("username")}
    return {"message": _message(text, chat, user)}


def group_message(text: str, user: dict[str, Any] = PRIVATE_USER, chat: dict[str, Any] = GROUP) -> dict[str, Any]:
    return {"message": _message(text, chat, user)}


def channel_post(text: str, chat: dict[str, Any] = CHANNEL) -> dict[str, Any]:
    return {"channel_post": _message(text, chat, None, sender_chat=chat)}


def callback_query(data: str, chat_id: int, message_id: int, user: dict[str, Any] = PRIVATE_USER) -> dict[str, Any]:
    chat = (
        GROUP if chat_id == GROUP["id"] else CHANNEL if chat_id == CHANNEL["id"] else {"id": chat_id, "type": "private"}
    )
    message = {"message_id": message_id, "date": int(time.time()), "chat": chat, "text": "…"}
    return {
        "callback_query": {
            "id": str(next(_ids)),
            "from": user,
            "chat_instance": "ci-1",
            "message": message,
            "data": data,
        }
    }


def _member(status: str, user: dict[str, Any]) -> dict[str, Any]:
    if status == "administrator":
        rights = (
            "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members can_change_info "
            "can_invite_users can_post_stories can_edit_stories can_delete_stories can_post_messages"
        )
        return {
            "status": status,
            "user": user,
            "can_be_edited": False,
            "is_anonymous": False,
            "can_promote_members": False,
            **dict.fromkeys(rights.split(), True),
        }
    if status == "kicked":
        return {"status": status, "user": user, "until_date": 0}
    return {"status": status, "user": user}


def my_chat_member(
    chat: dict[str, Any], new: str, old: str = "member", by: dict[str, Any] = PRIVATE_USER
) -> dict[str, Any]:
    """The bot's own membership changed in `chat` (status: member, administrator, left, kicked),
    as Telegram reports a block ("kicked" in a private chat), a removal or a promotion."""
    bot = {"id": BOT_ID, "is_bot": True, "first_name": "Memorial", "username": BOT_USERNAME}
    return {
        "my_chat_member": {
            "chat": chat,
            "from": by,
            "date": int(time.time()),
            "old_chat_member": _member(old, bot),
            "new_chat_member": _member(new, bot),
        }
    }


def private_chat(user: dict[str, Any] = PRIVATE_USER) -> dict[str, Any]:
    return {"id": user["id"], "type": "private", "first_name": user["first_name"], "username": user.get("username")}


async def post_webhook(url: str, update: dict[str, Any], secret: str | None = None) -> int:
    """Deliver one update to a bot's webhook as Telegram would (POST JSON, secret header);
    returns the HTTP status. The update_id is made up here, unique per call."""
    import aiohttp

    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    body = {"update_id": next(_ids), **update}
    async with aiohttp.ClientSession() as session, session.post(url, json=body, headers=headers) as resp:
        return resp.status


def inline_query(query: str, offset: str = "", user: dict[str, Any] = PRIVATE_USER) -> dict[str, Any]:
    return {"inline_query": {"id": str(next(_ids)), "from": user, "query": query, "offset": offset}}


# ---------------------------------------------------------------------------------------------
# Fixtures: import them into a test module to use them.

TOKEN = "123456789:AAtestTOKENtestTOKENtestTOKEN_abc-XYZ"

StartBot = Callable[..., Awaitable[Application]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def start_bot(fake: FakeTelegram, core: Core) -> AsyncIterator[StartBot]:
    """Start the real Application (polling, or webhook when given a URL) against the fake server."""
    running: list[tuple[asyncio.Event, asyncio.Task]] = []

    async def start(use_core: Core = core, clock: Clock | None = None, **config: object) -> Application:
        app = build_application(use_core, TOKEN, base_url=fake.base_url, clock=clock)
        stop, ready = asyncio.Event(), asyncio.Event()

        async def on_ready(_app: Application) -> None:
            ready.set()

        cfg = TelegramConfig(token=TOKEN, api_base_url=fake.base_url, **config)  # type: ignore[arg-type]
        task = asyncio.create_task(serve(app, cfg, stop, on_ready=on_ready))
        running.append((stop, task))
        waiter = asyncio.create_task(ready.wait())
        await asyncio.wait({task, waiter}, timeout=WAIT, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # start-up failed: raise its error
        assert ready.is_set(), "the bot did not start"
        return app

    yield start
    for stop, task in running:
        stop.set()
        await asyncio.wait_for(task, WAIT)


async def sent_to(fake: FakeTelegram, chat_id: int, after: int, count: int = 1) -> list[Call]:
    """Wait for `count` messages the bot sent to `chat_id` since `after`."""
    return await fake.wait_for("sendMessage", lambda c: c.chat_id == chat_id, after=after, count=count)

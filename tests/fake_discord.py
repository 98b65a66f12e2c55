"""A fake Discord API on 127.0.0.1 for the Discord adapter's tests: REST, and a gateway.

discord.py is pointed at it by setting `discord.http.Route.BASE` (REST calls and interaction
webhooks both build their URLs from it): in-process by the `fake` fixture, in a real
`memorial-bot run` by DISCORD_API_BASE=`fake.base`. Requests go through discord.py's real HTTP
layer, serialisation and error handling. Every request is recorded with its JSON body; tests wait on
`wait_for(...)` / `wait_until(...)` (an asyncio.Condition, no sleeps). Responses carry
`Content-Type` exactly `application/json`: discord.py parses nothing else as JSON. Failures are
scripted with `fail_next`.

The gateway (GET /gateway/bot names `ws://127.0.0.1:PORT/gateway`) speaks enough of the protocol
for a real client to connect and stay connected: HELLO, heartbeat ACKs, IDENTIFY → READY (the
`guilds` as unavailable) then a GUILD_CREATE for each of them, RESUME → RESUMED for a session it
knows (else INVALID_SESSION), and `drop_gateway()` to cut every connection as an outage would.
Frames are plain JSON text (no compression: discord.py reads text frames as they are).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import secrets
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest
from aiohttp import WSMsgType, web

from adapters.discord.client import MemorialClient
from bot.chat.dispatch import Core
from bot.config import DiscordConfig

APP_ID = 1180000000000000001
BOT_ID = APP_ID
GUILD_ID = 1180000000000000100
CHANNEL_ID = 1180000000000000200
USER_ID = 1180000000000000300
DM_CHANNEL_ID = 1180000000000000400
TOKEN = "MTE4MDAwMDAwMDAwMDAwMDAwMQ.GfakeX.fake-token-for-tests-0123456789abcdefghij"

BOT_USER = {"id": str(BOT_ID), "username": "memorial-bot", "discriminator": "0", "avatar": None, "bot": True}


@dataclass
class Request:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    response: Any = None  # what the fake answered
    created: dict[str, Any] | None = None  # the message this request created, if it created one


@dataclass
class GatewayOp:
    """A payload a client sent on the gateway: IDENTIFY (2), RESUME (6), heartbeats (1) …"""

    op: int
    data: Any
    session: str | None  # the session the connection had when it was sent


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


_MESSAGES = re.compile(r"/channels/(\d+)/messages")


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """JSON with exactly `application/json` (aiohttp's json_response adds a charset)."""
    if status == 204:
        return web.Response(status=204, headers=headers)
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


class FakeDiscord:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.failures: list[Failure] = []
        self._changed = asyncio.Condition()
        self._ids = itertools.count(1190000000000000000)
        self._runner: web.AppRunner | None = None
        self.base = ""
        # enforce_nonce, as documented: a message created with the same nonce in the same channel
        # within the de-duplication window is returned again instead of being created twice.
        self.by_nonce: dict[tuple[int, str], dict[str, Any]] = {}
        self.deduplicated = 0
        self.lost_answers: list[re.Pattern[str]] = []
        # Seconds a carried-out message create waits before its answer (the message exists
        # meanwhile: a process killed then never learns it was created).
        self.send_latency = 0.0
        # hold_answers_after(n): once n messages exist, message creates are carried out but not
        # answered until release_answers() (a process killed then has them in flight, for sure).
        self.hold_after: int | None = None
        self.held = 0  # answers held since hold_answers_after()
        self._release = asyncio.Event()
        # The gateway: the servers READY announces (their GUILD_CREATE payloads), what clients sent.
        self.guilds: list[dict[str, Any]] = [guild_create()]
        self.gateway_ops: list[GatewayOp] = []
        self.sessions: dict[str, int] = {}  # session id → its last sequence number
        self.gateway_url = ""
        self._sockets: set[web.WebSocketResponse] = set()

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}/api/v10"
        self.gateway_url = f"ws://127.0.0.1:{port}/gateway"
        return self.base

    async def stop(self) -> None:
        self.release_answers()
        await self.drop_gateway(1001)
        if self._runner is not None:
            await self._runner.cleanup()

    # -- scripting and waiting -----------------------------------------------------------------

    def fail_next(self, method: str, path: str, status: int, body: dict[str, Any], **headers: str) -> None:
        """The next request matching `method` and the `path` regex gets this error instead."""
        self.failures.append(Failure(method, re.compile(path), status, body, headers))

    def lose_next_answer(self, path: str) -> None:
        """The next POST to `path` is carried out (the message is created) but answered 503, as
        when Discord's edge loses the answer: only the nonce keeps the retry from posting twice."""
        self.lost_answers.append(re.compile(path))

    def hold_answers_after(self, n: int) -> None:
        """Message creates once `n` messages exist are carried out, then not answered until
        `release_answers()`: a process killed meanwhile never learns they were created."""
        self.hold_after = n
        self.held = 0
        self._release.clear()

    def release_answers(self) -> None:
        self.hold_after = None
        self._release.set()

    def created_count(self) -> int:
        return sum(1 for r in self.requests if r.created is not None)

    def created(self, channel_id: int) -> list[dict[str, Any]]:
        """Messages that exist in the channel (de-duplicated retries are not new messages)."""
        return [
            r.created for r in self.requests if r.created is not None and r.created["channel_id"] == str(channel_id)
        ]

    def matching(self, method: str, path: str) -> list[Request]:
        pattern = re.compile(path)
        return [r for r in self.requests if r.method == method and pattern.fullmatch(r.path)]

    async def wait_for(self, method: str, path: str, count: int = 1, timeout: float = 10.0) -> list[Request]:
        """Wait until `count` requests matched (the timeout only turns a hang into a failure)."""

        async def until() -> list[Request]:
            async with self._changed:
                await self._changed.wait_for(lambda: len(self.matching(method, path)) >= count)
                return self.matching(method, path)

        return await asyncio.wait_for(until(), timeout)

    async def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds; it is checked whenever a request or gateway payload
        arrives (the timeout only turns a hang into a failure)."""

        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(until(), timeout)

    def ops(self, op: int) -> list[GatewayOp]:
        return [g for g in self.gateway_ops if g.op == op]

    def new_id(self) -> int:
        return next(self._ids)

    # -- the gateway ---------------------------------------------------------------------------

    async def drop_gateway(self, code: int = 4000) -> None:
        """Close every gateway connection (4000, "unknown error", is one a client resumes after)."""
        for ws in list(self._sockets):
            await ws.close(code=code)

    async def _record_op(self, op: GatewayOp) -> None:
        async with self._changed:
            self.gateway_ops.append(op)
            self._changed.notify_all()

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.add(ws)
        session: str | None = None
        seq = 0

        async def dispatch(event: str, data: Any) -> None:
            nonlocal seq
            seq += 1
            if session is not None:
                self.sessions[session] = seq
            await ws.send_str(json.dumps({"op": 0, "t": event, "s": seq, "d": data}))

        try:
            await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    break
                payload = json.loads(msg.data)
                op, data = payload.get("op"), payload.get("d")
                await self._record_op(GatewayOp(op, data, session))
                if op == 1:  # heartbeat
                    await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
                elif op == 2:  # identify
                    session = secrets.token_hex(16)
                    shard = data.get("shard") or [0, 1]
                    await dispatch("READY", self._ready(session, shard))
                    for guild in self.guilds:
                        await dispatch("GUILD_CREATE", guild)
                elif op == 6:  # resume
                    if data.get("session_id") in self.sessions:
                        session = data["session_id"]
                        seq = self.sessions[session]
                        await dispatch("RESUMED", {})
                    else:
                        await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
        finally:
            self._sockets.discard(ws)
        return ws

    def _ready(self, session: str, shard: list[int]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": BOT_USER,
            "guilds": [{"id": g["id"], "unavailable": True} for g in self.guilds],
            "session_id": session,
            "resume_gateway_url": self.gateway_url,
            "shard": shard,
            "application": {"id": str(APP_ID), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
        }

    # -- the API -------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json" and raw:
                body = json.loads(raw)
        rec = Request(request.method, path, dict(request.query), body, dict(request.headers))
        for f in self.failures:
            if f.method == request.method and f.path.fullmatch(path):
                self.failures.remove(f)
                rec.response = f.body
                response = json_response(f.body, f.status, f.headers)
                break
        else:
            response = self._answer(rec)
            lost = next((p for p in self.lost_answers if request.method == "POST" and p.fullmatch(path)), None)
            if lost is not None:
                self.lost_answers.remove(lost)
                response = json_response({"message": "503: Service Unavailable", "code": 0}, 503)
        async with self._changed:
            self.requests.append(rec)
            self._changed.notify_all()
        if request.method == "POST" and _MESSAGES.fullmatch(path):
            if self.hold_after is not None and self.created_count() > self.hold_after:
                self.held += 1
                await self._release.wait()
            if self.send_latency:
                await asyncio.sleep(self.send_latency)  # simulated platform latency, not synchronisation
        return response

    def _answer(self, r: Request) -> web.Response:
        status, body = self._route(r)
        r.response = body
        return json_response(body, status)

    def _route(self, r: Request) -> tuple[int, Any]:
        m, p = r.method, r.path
        if m == "GET" and p == "/users/@me":
            return 200, BOT_USER
        if m == "GET" and p == "/gateway/bot":
            limit = {"total": 1000, "remaining": 999, "reset_after": 86400000, "max_concurrency": 1}
            return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}
        if m == "GET" and p == "/oauth2/applications/@me":
            return 200, {
                "id": str(APP_ID),
                "name": "memorial-bot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": {**BOT_USER, "bot": False, "username": "owner", "id": str(USER_ID)},
                "verify_key": "0" * 64,
                "flags": 0,
            }
        if m == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", p):
            return 200, [{**c, "id": str(self.new_id()), "application_id": str(APP_ID), "version": "1"} for c in r.json]
        if m == "POST" and (hit := re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", p)):
            return 200, self._callback(int(hit.group(1)), r.json)
        if m == "POST" and re.fullmatch(r"/webhooks/\d+/[^/]+", p):
            return 200, self.message(r.json, channel_id=CHANNEL_ID)
        if m == "PATCH" and re.fullmatch(r"/webhooks/\d+/[^/]+/messages/[^/]+", p):
            return 200, self.message(r.json, channel_id=CHANNEL_ID)
        if m == "DELETE" and re.fullmatch(r"/webhooks/\d+/[^/]+/messages/[^/]+", p):
            return 204, None
        if m == "POST" and (hit := _MESSAGES.fullmatch(p)):
            channel_id, body = int(hit.group(1)), r.json or {}
            nonce = body.get("nonce")
            if nonce is not None and body.get("enforce_nonce"):
                existing = self.by_nonce.get((channel_id, str(nonce)))
                if existing is not None:
                    self.deduplicated += 1
                    return 200, existing
                created = self.message(body, channel_id=channel_id)
                self.by_nonce[(channel_id, str(nonce))] = created
                r.created = created
                return 200, created
            r.created = self.message(body, channel_id=channel_id)
            return 200, r.created
        if m == "PATCH" and (hit := re.fullmatch(r"/channels/(\d+)/messages/(\d+)", p)):
            return 200, self.message(r.json, channel_id=int(hit.group(1)), message_id=int(hit.group(2)))
        return 404, {"message": "404: Not Found", "code": 0}

    def message(self, body: dict[str, Any] | None, *, channel_id: int, message_id: int | None = None) -> dict[str, Any]:
        body = body or {}
        return {
            "id": str(message_id or self.new_id()),
            "channel_id": str(channel_id),
            "type": 0,
            "content": body.get("content") or "",
            "author": BOT_USER,
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "flags": body.get("flags") or 0,
        }

    def _callback(self, interaction_id: int, body: dict[str, Any]) -> dict[str, Any]:
        kind = body["type"]
        data = body.get("data") or {}
        out: dict[str, Any] = {"interaction": {"id": str(interaction_id), "type": 2}, "resource": {"type": kind}}
        if kind in (4, 5, 7):  # a message, a "thinking" placeholder, or an updated message
            msg = self.message(data, channel_id=CHANNEL_ID)
            out["interaction"]["response_message_id"] = msg["id"]
            out["interaction"]["response_message_loading"] = kind == 5
            out["interaction"]["response_message_ephemeral"] = bool((data.get("flags") or 0) & 64)
            out["resource"]["message"] = msg
        return out


async def running_fake_discord(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    """A running fake Discord API with discord.py pointed at it (the `fake` fixture of
    tests/on_discord/conftest.py)."""
    server = FakeDiscord()
    monkeypatch.setattr(discord.http.Route, "BASE", await server.start())
    yield server
    await server.stop()


# ---------------------------------------------------------------------------------------------
# Interaction payloads, shaped like the gateway's INTERACTION_CREATE


def snowflake_at(when: datetime, seq: int = 0) -> int:
    ms = int(when.timestamp() * 1000) - 1420070400000
    return (ms << 22) | (seq & 0x3FFFFF)


_seq = itertools.count(1)
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
SEND_MESSAGES = 1 << 11
VIEW_CHANNEL = 1 << 10


def _user(user_id: int = USER_ID, name: str = "ada") -> dict[str, Any]:
    return {"id": str(user_id), "username": name, "discriminator": "0", "avatar": None, "global_name": name.title()}


def interaction(
    kind: int,
    data: dict[str, Any],
    *,
    when: datetime | None = None,
    guild: bool = True,
    permissions: int = VIEW_CHANNEL | SEND_MESSAGES,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload: kind 2 = slash command, 3 = component, 4 = autocomplete."""
    when = when or datetime(2025, 9, 3, 9, 0, tzinfo=UTC)
    iid = snowflake_at(when, next(_seq))
    payload: dict[str, Any] = {
        "id": str(iid),
        "application_id": str(APP_ID),
        "type": kind,
        "token": f"interaction-token-{iid}",
        "version": 1,
        "data": data,
        "locale": "en-GB",
        "attachment_size_limit": 10 * 1024 * 1024,
        "entitlements": [],
        "app_permissions": str(VIEW_CHANNEL | SEND_MESSAGES | (1 << 14)),
    }
    if guild:
        payload |= {
            "guild_id": str(GUILD_ID),
            "guild_locale": "en-US",
            "context": 0,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "channel_id": str(CHANNEL_ID),
            "channel": {
                "id": str(CHANNEL_ID),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "remembrance",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
            },
            "member": {
                "user": _user(),
                "roles": [],
                "joined_at": "2024-01-01T00:00:00+00:00",
                "deaf": False,
                "mute": False,
                "flags": 0,
                "permissions": str(permissions),
            },
        }
    else:
        payload |= {
            "context": 1,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "channel_id": str(DM_CHANNEL_ID),
            "channel": {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [_user()], "last_message_id": None},
            "user": _user(),
        }
    if message is not None:
        payload["message"] = message
    return payload


def slash(name: str, options: dict[str, Any] | None = None, *, focused: str | None = None, **kw: Any) -> dict[str, Any]:
    """A slash command (or, with `focused`, an autocomplete request) with these option values."""
    opts = []
    for key, value in (options or {}).items():
        opt: dict[str, Any] = {"name": key, "type": 4 if isinstance(value, int) else 3, "value": value}
        if key == focused:
            opt["focused"] = True
        opts.append(opt)
    data = {"id": str(APP_ID + 7), "name": name, "type": 1, "options": opts}
    return interaction(4 if focused else 2, data, **kw)


def click(custom_id: str, message: dict[str, Any], **kw: Any) -> dict[str, Any]:
    return interaction(3, {"custom_id": custom_id, "component_type": 2}, message=message, **kw)


# ---------------------------------------------------------------------------------------------
# Gateway events about servers and channels (the `guilds` intent)


def text_channel(channel_id: int, guild_id: int = GUILD_ID, name: str = "remembrance") -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
    }


def guild_create(guild_id: int = GUILD_ID, channels: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """GUILD_CREATE as the gateway sends it when the bot joins (or connects to) a server."""
    return {
        "id": str(guild_id),
        "name": "History club",
        "icon": None,
        "owner_id": str(USER_ID),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": [],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "joined_at": "2024-01-01T00:00:00+00:00",
        "large": False,
        "member_count": 2,
        "members": [],
        "voice_states": [],
        "presences": [],
        "channels": channels if channels is not None else [text_channel(CHANNEL_ID, guild_id)],
        "threads": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


# ---------------------------------------------------------------------------------------------
# Driving a client


CALLBACK = r"/interactions/\d+/[^/]+/callback"
FOLLOWUP = rf"/webhooks/{APP_ID}/[^/]+"
EPHEMERAL = 64


async def start_client(
    core: Core, data_dir: Path, *, guild_id: int | None = None, defer_after: float = 30.0
) -> MemorialClient:
    client = MemorialClient(core, DiscordConfig(token=TOKEN, guild_id=guild_id), data_dir, defer_after=defer_after)
    await client.login(TOKEN)  # GET /users/@me, application info, then setup_hook (the sync)
    return client


def deliver(client: MemorialClient, payload: dict[str, Any]) -> None:
    """Hand an INTERACTION_CREATE to discord.py as the gateway would."""
    client._connection.parse_interaction_create(payload)  # type: ignore[arg-type]


async def answer(fake: FakeDiscord, n: int = 1) -> dict[str, Any]:
    """The body of the n-th interaction callback discord.py sent."""
    return (await fake.wait_for("POST", CALLBACK, count=n))[n - 1].json


def shown_message(fake: FakeDiscord, n: int = 1) -> dict[str, Any]:
    """The message Discord made of the n-th callback, as a later click interaction carries it."""
    return fake.matching("POST", CALLBACK)[n - 1].response["resource"]["message"]


def embeds_text(data: Mapping[str, Any]) -> str:
    return "\n".join(
        f"{e.get('title', '')}\n{e.get('description', '')}\n{e.get('footer', {}).get('text', '')}"
        for e in data.get("embeds", [])
    )


def buttons(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [c for row in data.get("components", []) for c in row["components"]]

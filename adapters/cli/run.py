"""`memorial-bot run`: every configured platform, the daily posts and the health server in one
asyncio process — or, with no platform token, the console chat (the README's run command).

This is the composition root: the only place that knows every adapter. It holds no business
logic; it starts things in order, watches signals, and stops things in the reverse order:

  start: settings validated → index built → store opened → health server → adapters → daily posts
  SIGTERM/SIGINT: no new daily posts are claimed, the broadcast in flight finishes (bounded) →
                  adapters stop → health server → store closed → exit 0
  SIGHUP (and, with MEMORIAL_WATCH=1, a change to a corpus file): the corpus is re-indexed in the
          background and swapped in; a broken corpus keeps the old index (see Core.reload_index)
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adapters.cli.common import anniversary_table, make_core
from adapters.console.chat import run_chat
from adapters.health import HealthServer
from bot import metrics
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.commands import start_daily_posts_for
from bot.config import ConfigError, RunSettings, console_language, load_run_settings
from bot.index.build import Index, build_index
from bot.store import StoreError, open_store

log = logging.getLogger(__name__)

STOP_TIMEOUT = 20.0  # seconds to let an in-flight broadcast finish before its claims are released


@dataclass
class Running:
    """What is up, for readiness checks and the orderly stop."""

    core: Core
    stop: asyncio.Event = field(default_factory=asyncio.Event)  # set by SIGTERM/SIGINT
    # Set once the daily posts are closed: adapters keep running until then, since an in-flight
    # broadcast sends through them.
    stop_adapters: asyncio.Event = field(default_factory=asyncio.Event)
    checks: dict[str, Callable[[], Awaitable[tuple[bool, str]]]] = field(default_factory=dict)
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


def run(corpus_dir: Path | None = None, env_file: str | None = None) -> int:
    settings = load_run_settings(env_file=env_file, corpus_dir=corpus_dir)
    # Stopped while still starting (nothing in flight yet): a clean exit 0, not death by signal.
    # The event loop installs its own handlers once it runs.
    signal.signal(signal.SIGTERM, _exit_while_starting)
    index = build_index(
        settings.base.corpus_dir,
        anniversary_table(settings.base.anniversaries),
        data_dir=settings.base.data_dir,
        persist_later=True,
        keep_parts=settings.watch,  # a watched folder changes: its first reload updates from them
        newest_year=settings.base.newest_year,
    )
    log.info(
        "index %s in %.2f s: %d articles, %d passages",
        "opened" if index.opened else "built",
        index.built_seconds,
        len(index.corpus.articles),
        len(index.search.passages),
    )
    gc.freeze()  # the index is long-lived: keep the collector from rescanning it (p99 latency)
    record_index_metrics(index)
    services = Services(milestones=settings.base.milestones, default_language=settings.base.language)
    if settings.telegram is None and settings.discord is None:
        return run_chat(make_core(index, services), console_language(None))
    try:
        asyncio.run(serve(make_core(index, services), settings))
    except ConfigError:
        raise
    except StoreError as exc:  # the database is down or refuses us; the message masks the password
        log.error("cannot start: %s", exc)
        return 1
    except Exception:
        # Through the log, which masks tokens and passwords — never Python's own traceback printer:
        # PTB's InvalidToken, for one, quotes the whole token in its message.
        log.exception("memorial-bot stopped on an error")
        return 1
    return 0


def _exit_while_starting(_signum: int, _frame: object) -> None:
    raise SystemExit(0)


def record_index_metrics(index: Index) -> None:
    metrics.record_index(index)


async def serve(core: Core, settings: RunSettings, *, stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set (by SIGTERM/SIGINT when not given)."""
    running = Running(core, stop or asyncio.Event())
    loop = asyncio.get_running_loop()
    if stop is None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, running.stop.set)
    with contextlib.suppress(NotImplementedError, RuntimeError, AttributeError):
        loop.add_signal_handler(signal.SIGHUP, lambda: _keep(asyncio.ensure_future(reload(core, settings))))

    store = open_store(settings.base.database_url, settings.base.data_dir)
    core.services.corpus_dir = settings.base.corpus_dir
    core.data_dir = settings.base.data_dir  # reloads persist the index where the start opened it
    if settings.watch:
        watcher = asyncio.create_task(watch_corpus(core, settings, running.stop), name="watch")
        running.closers.append(lambda: _cancel(watcher))
    core.services.admins = settings.admins
    core.services.store = store
    running.closers.append(lambda: asyncio.to_thread(store.close))
    running.checks["index"] = lambda: _index_check(core)
    running.checks["database"] = lambda: _database_check(store)

    if settings.http_port is not None:
        health = HealthServer(settings.http_host, settings.http_port, running.checks)
        await health.start()
        running.closers.append(health.stop)

    senders: list[Any] = []
    adapter_tasks: list[asyncio.Task[None]] = []
    # Not ready until each part is up: a load balancer must not send webhooks to a pod whose
    # adapter is still starting. Each start replaces its placeholder with the live check.
    for name, wanted in (("telegram", settings.telegram), ("discord", settings.discord), ("scheduler", True)):
        if wanted is not None:
            running.checks[name] = functools.partial(_flag, False, name, "starting")
    try:
        if settings.telegram is not None:
            senders.append(await _start_telegram(running, settings, adapter_tasks))
        if settings.discord is not None:
            senders.append(await _start_discord(running, settings, adapter_tasks))
        daily = start_daily_posts_for(
            core,
            senders,
            grace_hours=settings.base.grace_hours,
            uncertain=settings.base.uncertain,
            broadcast_lease=settings.base.broadcast_lease,
        )
        running.checks["scheduler"] = lambda: _scheduler_check(daily)
        log.info("memorial-bot running: %s", ", ".join(s.platform for s in senders))
        stop_wait = asyncio.ensure_future(running.stop.wait())
        # An adapter that dies (bad token, network gone for good) stops the process: a supervisor
        # (systemd, Kubernetes) restarts it, which beats running half-alive.
        done, _ = await asyncio.wait([stop_wait, *adapter_tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stop_wait and task.exception() is not None:
                log.error("an adapter stopped: %s", task.exception().__class__.__name__)
        await daily.aclose(STOP_TIMEOUT)
    finally:
        running.stop.set()
        running.stop_adapters.set()
        for task in adapter_tasks:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, STOP_TIMEOUT)
        for close in reversed(running.closers):
            with contextlib.suppress(Exception):
                await close()
    log.info("memorial-bot stopped")


_background: set[asyncio.Future[None]] = set()


def _keep(task: asyncio.Future[None]) -> None:
    """Hold a reference until done: the loop keeps only weak ones, so a reload could be collected."""
    _background.add(task)
    task.add_done_callback(_background.discard)


async def reload(core: Core, settings: RunSettings) -> None:
    ok, message = await core.reload_index(settings.base.corpus_dir)
    if ok:
        record_index_metrics(core.index)
    log.log(logging.INFO if ok else logging.ERROR, "reload: %s", message)


WATCH_DEBOUNCE_MS = 1600  # an editor's save, or a copy of many files, is one reload


async def watch_corpus(core: Core, settings: RunSettings, stop: asyncio.Event) -> None:
    """MEMORIAL_WATCH=1: reload whenever corpus files change, changes within the debounce window
    taken together. A failed reload keeps the current index, as for SIGHUP."""
    from watchfiles import awatch  # loaded only when watching

    corpus = settings.base.corpus_dir
    log.info("watching %s for changes", corpus)
    try:
        async for _changes in awatch(corpus, stop_event=stop, debounce=WATCH_DEBOUNCE_MS):
            await reload(core, settings)
    except FileNotFoundError:
        log.error("cannot watch %s: the folder does not exist", corpus)


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


async def _start_telegram(running: Running, settings: RunSettings, tasks: list[asyncio.Task[None]]) -> Any:
    # Platform libraries load only when their token is set: the console needs neither.
    from adapters.telegram.app import build_application, sender_for
    from adapters.telegram.app import serve as telegram_serve

    cfg = settings.telegram
    assert cfg is not None
    app = build_application(running.core, cfg.token, base_url=cfg.api_base_url, send_share=cfg.send_share)
    ready = asyncio.Event()

    async def on_ready(_app: Any) -> None:
        ready.set()

    task = asyncio.create_task(telegram_serve(app, cfg, running.stop_adapters, on_ready=on_ready), name="telegram")
    tasks.append(task)
    # Wait until updates flow (or the adapter fails: its exception surfaces here).
    ready_wait = asyncio.ensure_future(ready.wait())
    await asyncio.wait([ready_wait, task], return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        ready_wait.cancel()
        task.result()  # raises the adapter's start-up error
    running.checks["telegram"] = lambda: _flag(bool(app.running and app.updater and app.updater.running), "telegram")
    return sender_for(app)


async def _start_discord(running: Running, settings: RunSettings, tasks: list[asyncio.Task[None]]) -> Any:
    from adapters.discord.client import MemorialClient  # discord.py loads only when its token is set

    cfg = settings.discord
    assert cfg is not None
    client = MemorialClient(running.core, cfg, settings.base.data_dir)
    await client.__aenter__()
    await client.login(cfg.token)  # REST works from here on, so daily posts can be sent

    async def connect() -> None:
        try:
            await client.connect()
        finally:
            await client.__aexit__(None, None, None)

    async def close_on_stop() -> None:
        await running.stop_adapters.wait()
        await client.close()

    tasks.append(asyncio.create_task(connect(), name="discord"))
    tasks.append(asyncio.create_task(close_on_stop(), name="discord-stop"))
    running.checks["discord"] = lambda: _flag(client.is_ready() and not client.is_closed(), "discord")
    return client.sender


async def _flag(ok: bool, name: str, state: str = "") -> tuple[bool, str]:
    return ok, f"{name} {state or ('connected' if ok else 'not connected')}"


async def _index_check(core: Core) -> tuple[bool, str]:
    idx = core.index
    return bool(idx.corpus.articles), f"{len(idx.corpus.articles)} articles, {len(idx.search.passages)} passages"


async def _database_check(store: Any) -> tuple[bool, str]:
    version = await asyncio.to_thread(store.schema_version)
    return True, f"schema version {version}"


async def _scheduler_check(daily: Any) -> tuple[bool, str]:
    running = bool(daily.scheduler.running)
    return running, "running" if running else "stopped"

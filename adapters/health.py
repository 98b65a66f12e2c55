"""Health and metrics over HTTP for operators and orchestrators (off unless MEMORIAL_HTTP_PORT is set).

/healthz  the process is alive (the event loop answers)
/readyz   every readiness check passes: index loaded, database reachable, adapters connected
/metrics  Prometheus text format (bot/metrics.py)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot import metrics

log = logging.getLogger(__name__)

# A check returns (ok, detail); it must be quick and must not raise (exceptions count as not ready).
ReadinessCheck = Callable[[], Awaitable[tuple[bool, str]]]
CHECK_TIMEOUT = 2.0


@dataclass
class HealthServer:
    host: str
    port: int
    checks: dict[str, ReadinessCheck]
    _runner: web.AppRunner | None = None

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        log.info("health server listening on %s:%d", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _readyz(self, _request: web.Request) -> web.Response:
        results: dict[str, dict[str, object]] = {}
        for name, check in self.checks.items():
            try:
                ok, detail = await asyncio.wait_for(check(), CHECK_TIMEOUT)
            except Exception as exc:  # a failing check means "not ready", never a 500
                ok, detail = False, f"check failed: {exc.__class__.__name__}"
            results[name] = {"ok": ok, "detail": detail}
        ready = all(r["ok"] for r in results.values())
        return web.json_response({"ready": ready, "checks": results}, status=200 if ready else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST})

"""Scale-out (issue 7): two real `memorial-bot run` replicas share one PostgreSQL and one Telegram bot
(a fake Bot API that enforces Telegram's global flood limit across both), in webhook mode as behind
a load balancer. 50 chats are due at start-up: each gets its post exactly once, and the two
replicas together never exceed 30 messages in any second.

Run with `-s` to see the figures (posts per replica, duration, busiest second).
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections import Counter
from pathlib import Path

from .bot_process import BotProcess, free_port, get_json, replica_env, subscribe_due_now
from .fake_telegram import FakeTelegram, post_webhook, private_message

CHATS = 50
TELEGRAM_LIMIT = 30  # messages per second, per bot token, across every process using it


async def test_two_replicas_post_each_due_chat_once_within_the_global_rate_limit(
    fake: FakeTelegram, pg_url: str, tmp_path: Path
):
    fake.messages_per_second = TELEGRAM_LIMIT
    # 50 chats subscribed (two days ago) for a minute ago: all due now, within the grace window.
    chat_ids = [str(900001 + i) for i in range(CHATS)]
    corpus = subscribe_due_now(pg_url, tmp_path, chat_ids)

    secret = secrets.token_urlsafe(16)
    replicas: list[BotProcess] = []
    ports: list[tuple[int, int]] = []
    started = time.monotonic()
    try:
        for n in (1, 2):
            webhook_port, http_port = free_port(), free_port()
            ports.append((webhook_port, http_port))
            data_dir = tmp_path / f"replica{n}"
            data_dir.mkdir()
            env = replica_env(
                data_dir, pg_url=pg_url, api_base_url=fake.base_url, webhook_port=webhook_port, secret=secret,
                corpus=corpus, MEMORIAL_HTTP_PORT=str(http_port), MEMORIAL_HTTP_HOST="127.0.0.1",
            )  # fmt: skip
            replicas.append(await BotProcess.start(env, cwd=data_dir, name=f"replica{n}"))
        await asyncio.gather(*(r.started() for r in replicas))

        posts = await fake.wait_for("sendMessage", lambda c: c.ok and c.params["chat_id"] in chat_ids, count=CHATS)
        elapsed = time.monotonic() - started

        # Both replicas are ready, and either answers an update (the load balancer may pick any).
        for (webhook_port, http_port), user_id in zip(ports, (601, 602), strict=True):
            status, ready = await get_json(f"http://127.0.0.1:{http_port}/readyz")
            assert status == 200 and ready["checks"]["telegram"]["ok"], ready
            mark = fake.mark()
            user = {"id": user_id, "is_bot": False, "first_name": "Lb"}
            update = private_message("/start", user=user)
            assert await post_webhook(f"http://127.0.0.1:{webhook_port}/telegram", update, secret) == 200
            await fake.wait_for("sendMessage", lambda c, u=user_id: c.chat_id == u, after=mark)
    finally:
        codes = [await r.stop() for r in replicas]

    assert codes == [0, 0], "\n\n".join(r.output[-3000:] for r in replicas)
    # Exactly once: 50 distinct chats, none twice (also counting sends that failed).
    all_sends = Counter(c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] in chat_ids)
    assert sorted(all_sends) == sorted(chat_ids)
    assert max(all_sends.values()) == 1, [chat for chat, n in all_sends.items() if n > 1]
    assert all(p.plain_text for p in posts)
    # The global limit held across both replicas: no 429 needed, no rolling second over 30.
    busiest = fake.max_per_second()
    assert fake.rate_limited == 0
    assert busiest <= TELEGRAM_LIMIT

    per_replica = [sum(int(m) for m in re.findall(r"daily posts: (\d+) sent", r.output)) for r in replicas]
    assert sum(per_replica) == CHATS, per_replica
    times = sorted(c.at for c in posts)
    print(
        f"\nscale-out: {CHATS} chats, 2 replicas, 1 PostgreSQL: posts per replica {per_replica}; "
        f"broadcast {times[-1] - times[0]:.2f} s (first to last post), {elapsed:.2f} s from launch; "
        f"busiest rolling second {busiest} msgs (limit {TELEGRAM_LIMIT}), 429s answered {fake.rate_limited}"
    )

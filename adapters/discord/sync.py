"""Register the slash commands with Discord only when they changed.

Discord limits command creates (about 200 a day per guild) and `on_ready` fires again on every
reconnect, so the tree is synced from `setup_hook` (once per process) and only when the hash of
the payload differs from the one stored after the last successful sync of the same scope.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)

STATE_FILE = "discord_sync.json"


def scope_key(application_id: int | None, guild_id: int | None) -> str:
    return f"{application_id or 'app'}:{'guild:' + str(guild_id) if guild_id else 'global'}"


async def command_payload(tree: app_commands.CommandTree, guild_id: int | None) -> list[dict[str, Any]]:
    """What `tree.sync` sends for one scope: with the tree's translator, the localizations too (so a
    changed translation is a changed payload, and syncs)."""
    guild = discord.Object(id=guild_id) if guild_id else None
    commands = tree.get_commands(guild=guild)
    translator = tree.translator
    if translator is None:
        return [cmd.to_dict(tree) for cmd in commands]
    return [await cmd.get_translated_payload(tree, translator) for cmd in commands]


def payload_hash(payload: list[dict[str, Any]]) -> str:
    canonical = json.dumps(sorted(payload, key=lambda c: c["name"]), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store(path: Path, state: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(tmp, path)  # atomic: a crash never leaves a half-written file


async def sync_if_changed(
    tree: app_commands.CommandTree,
    data_dir: Path,
    *,
    application_id: int | None,
    guild_id: int | None = None,
    force: bool = False,
) -> bool:
    """Sync the commands of one scope (a guild, or global) if their payload changed since the
    last sync recorded in `data_dir`. Returns whether a sync was sent."""
    path = Path(data_dir) / STATE_FILE
    key = scope_key(application_id, guild_id)
    digest = payload_hash(await command_payload(tree, guild_id))
    state = _load(path)
    if not force and state.get(key) == digest:
        log.info("slash commands unchanged (%s); not syncing", key)
        return False
    synced = await tree.sync(guild=discord.Object(id=guild_id) if guild_id else None)
    state[key] = digest
    _store(path, state)
    where = f"guild {guild_id} (visible at once)" if guild_id else "globally (may take up to an hour to show)"
    log.info("synced %d slash commands %s", len(synced), where)
    return True

"""The console adapter and CLI end to end, as real subprocesses: an interactive chat on a pty (as
a person at a terminal), one-shot `ask`, and the machine-readable `search`/`articles` commands."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .bot_process import corpus_dated_now
from .paths import ROOT, SEEDS

DEADLINE = 30.0  # failure guard only: reads return as soon as the expected text arrives


def run_cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


class Terminal:
    """A child process on a pseudo-terminal, read until expected text appears."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env, close_fds=True)
        os.close(slave)
        self.buffer = ""

    def expect(self, text: str) -> str:
        while text not in self.buffer:
            ready, _, _ = select.select([self.master], [], [], DEADLINE)
            if not ready:
                raise AssertionError(f"timed out waiting for {text!r}; screen so far:\n{self.buffer[-2000:]}")
            try:
                chunk = os.read(self.master, 65536).decode("utf-8", "replace")
            except OSError:  # child closed the terminal
                raise AssertionError(f"process ended before {text!r}:\n{self.buffer[-2000:]}") from None
            self.buffer += chunk
        out, _, self.buffer = self.buffer.partition(text)
        return out

    def send(self, line: str) -> None:
        os.write(self.master, (line + "\r").encode())

    def close(self) -> int:
        try:
            return self.proc.wait(timeout=DEADLINE)
        finally:
            os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    """`memorial-bot chat` on a pseudo-terminal, with its own data directory."""
    env = {**os.environ, "MEMORIAL_DATA_DIR": str(tmp_path), "TERM": "dumb"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.pop("DISCORD_BOT_TOKEN", None)
    term = Terminal([sys.executable, "-m", "adapters.cli", "chat"], env)
    yield term
    if term.proc.poll() is None:
        term.proc.kill()
        term.close()


def test_interactive_chat_on_a_terminal(terminal: Terminal, tmp_path: Path) -> None:
    banner = terminal.expect("> ")
    assert "24 articles" in banner
    terminal.send("who was the Flying Scotsman?")
    answer = terminal.expect("\n> ")
    assert "Scottish people’s contributions" in answer
    assert "004_8eac20a0684a333d.txt:285" in answer
    terminal.send("/open 1")
    article = terminal.expect("\n> ")
    assert "lines 269–291" in article and "Page 1 of 2" in article
    terminal.send("/next")
    assert "Flying Scotsman" in terminal.expect("\n> ")
    terminal.send("bitcoin price")
    assert "Nothing in the documents answers bitcoin price" in terminal.expect("\n> ")
    terminal.send("/frobnicate")
    assert "Unknown command /frobnicate" in terminal.expect("\n> ")
    terminal.send("/quit")
    assert terminal.close() == 0
    # Line history persists in the data directory for the next session.
    assert "Flying Scotsman" in (tmp_path / "console_history").read_text(encoding="utf-8")


def test_run_without_tokens_opens_the_console_chat(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN")}
    env["MEMORIAL_DATA_DIR"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "run"],
        input="/search Venezula\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Venezuela unveils monument" in proc.stdout


def test_ask_answers_one_message() -> None:
    out = run_cli("ask", "/search Lukashenka")
    assert out.returncode == 0
    assert "Lukashenko" in out.stdout and "Armenia, Belarus" in out.stdout


def test_search_json_matches_the_documented_shape() -> None:
    out = run_cli("search", "Flying Scotsman", "--json", "--limit", "3")
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert obj["query"] == "Flying Scotsman"
    top = obj["results"][0]
    assert set(top) >= {"article_id", "title", "file", "line_start", "line_end", "snippet", "score"}
    assert top["file"] == "004_8eac20a0684a333d.txt" and top["line_start"] == 269 and top["line_end"] == 291
    lines = (SEEDS / top["file"]).read_text(encoding="utf-8").split("\n")
    assert lines[top["line_start"] - 1].strip() == top["title"]


def test_search_json_reads_queries_from_stdin_one_object_per_line() -> None:
    out = run_cli("search", "--json", "-", stdin="Venezula\nbitcoin price\n\nSCO\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["query"] for r in rows] == ["Venezula", "bitcoin price", "", "SCO"]
    assert rows[0]["results"] and rows[1]["results"] == [] and rows[2]["results"] == []
    assert rows[3]["results"][0]["title"] == "Largest ever gathering of SCO family held in Tianjin"


def test_articles_json_and_corpus_flag(tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text("# Parade\n\nVictory Day parade in Moscow.\n", encoding="utf-8")
    out = run_cli("articles", "--json", "--corpus", str(tmp_path))
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows == [
        {
            "article_id": rows[0]["article_id"],
            "title": "Parade",
            "file": "mine.md",
            "line_start": 1,
            "line_end": 3,
            "format": "md",
            "where": "lines 1–3",
            "published": None,
        }
    ]
    assert len(run_cli("articles", "--json").stdout.splitlines()) == 24


def test_missing_corpus_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    out = run_cli("search", "x", "--corpus", str(tmp_path / "nope"))
    assert out.returncode == 2
    assert "does not exist" in out.stderr and "Traceback" not in out.stderr


def test_console_subscription_persists_and_its_post_prints_in_the_chat(tmp_path: Path) -> None:
    """Subscribe from a one-shot `ask`, then open the chat: the post that fell due a few minutes
    ago is caught up at start and printed between answers, once."""
    # Days without dated events get no post: the corpus dates today, whatever day the suite runs.
    env = {"MEMORIAL_DATA_DIR": str(tmp_path), "MEMORIAL_CORPUS": str(corpus_dated_now(tmp_path))}
    due = datetime.now(UTC) - timedelta(minutes=3)  # within the grace window, so it is caught up
    out = run_cli("ask", f"/subscribe {due:%H:%M} UTC", env=env)
    assert out.returncode == 0 and "09:00" not in out.stdout, out.stdout
    assert "UTC" in run_cli("ask", "/settings", env=env).stdout
    term = Terminal([sys.executable, "-m", "adapters.cli", "chat"], {**os.environ, **env, "TERM": "dumb"})
    try:
        screen = term.expect("daily post for console")
        screen += term.expect("────────")
        term.send("/quit")
        assert term.close() == 0
    finally:
        if term.proc.poll() is None:
            term.proc.kill()
    # The ledger remembers the (subscription, local date): a later due-check skips it as sent.
    report = json.loads(run_cli("post-due", "--json", env=env).stdout)
    assert report["sent"] == [] and len(report["skipped"]) == 1
    assert "already sent" in json.dumps(report["skipped"][0])

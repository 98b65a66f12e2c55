"""The README is the front door and docs/ holds the depth: every relative link and #anchor in them
resolves, the README stays short and covers what a newcomer needs, and every JSON shape
docs/commands.md documents is the shape the command really prints (run on the seeds)."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.daily.delivery import Outcome, Report
from tests.paths import ROOT

from .test_console import run_cli

DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]

LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def prose_lines(text: str) -> list[str]:
    """The lines outside fenced code blocks."""
    out, fence = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        if not fence:
            out.append(line)
    return out


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: links reduced to their text, lower case, punctuation dropped
    (letters, digits, `_`, `-` and spaces kept), spaces as hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for line in prose_lines(page.read_text(encoding="utf-8")):
        m = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if not m:
            continue
        base = slug(m.group(1))
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.add(base if n == 0 else f"{base}-{n}")
    return out


def links(page: Path) -> list[str]:
    return [m.group(1) for line in prose_lines(page.read_text(encoding="utf-8")) for m in LINK.finditer(line)]


def test_the_docs_pages_exist() -> None:
    names = {p.name for p in DOCS.glob("*.md")}
    needed = {
        "ranking.md",
        "year-rules.md",
        "exactly-once.md",
        "pacing.md",
        "deployment.md",
        "benchmarks.md",
        "layout.md",
    }
    needed |= {"configuration.md", "telegram.md", "discord.md", "commands.md"}
    assert sorted(needed - names) == []


def test_the_slug_is_githubs() -> None:
    assert slug("`memorial-bot post-due`") == "memorial-bot-post-due"
    assert slug('A day, as "Today in History" tells it') == "a-day-as-today-in-history-tells-it"
    assert slug("5. Long polling or webhook") == "5-long-polling-or-webhook"
    assert slug("Lookups: how ranking works") == "lookups-how-ranking-works"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves(page: Path) -> None:
    broken = []
    for target in links(page):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path_part, _, anchor = target.partition("#")
        dest = (page.parent / path_part).resolve() if path_part else page
        if not dest.exists():
            broken.append(f"{target}: no such file")
            continue
        if anchor and anchor not in anchors(dest):
            broken.append(f"{target}: no heading #{anchor} in {dest.relative_to(ROOT)}")
    assert broken == []


def test_the_faults_and_index_pages_are_linked_from_the_readme() -> None:
    readme = set(links(ROOT / "README.md"))
    assert {"docs/faults.md", "docs/index.md"} <= readme


def test_every_docs_page_is_linked_from_the_readme() -> None:
    readme = {t.partition("#")[0] for t in links(ROOT / "README.md")}
    assert sorted(p.name for p in DOCS.glob("*.md") if f"docs/{p.name}" not in readme) == []


# ---------------------------------------------------------------------------------------------
# The README


def readme_headings() -> list[str]:
    return [
        line[3:].strip()
        for line in prose_lines((ROOT / "README.md").read_text(encoding="utf-8"))
        if line.startswith("## ")
    ]


def test_the_readme_is_at_most_300_lines() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 300


@pytest.mark.parametrize(
    "subject",
    [
        r"^what it (does|is)",
        r"^quickstart",
        r"5-minute tour",
        r"own documents",
        r"^telegram",
        r"^discord",
        r"^daily posts",
        r"^configuration",
    ],
)
def test_the_readme_has_a_section_for(subject: str) -> None:
    assert any(re.search(subject, h, flags=re.I) for h in readme_headings()), readme_headings()


def test_the_quickstart_is_make_run_and_make_test() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text[text.index("\n## Quickstart") :]
    start = quick.index("```sh\n") + 6
    block = quick[start : quick.index("\n```", start)]
    assert [line.split("#")[0].strip() for line in block.splitlines()] == ["make run", "make test"]


# ---------------------------------------------------------------------------------------------
# JSON shapes: docs/commands.md against the real output

Shape = dict[str, set[str]]


def shape_of(objects: list[Any]) -> tuple[Shape, set[str]]:
    """Every path's keys (lists as `path[]`, merged over their items), and the list paths that
    were only ever seen empty."""
    keys: Shape = {}
    lists_seen: set[str] = set()
    lists_filled: set[str] = set()

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            keys.setdefault(path, set()).update(value)
            for k, v in value.items():
                walk(v, f"{path}.{k}")
        elif isinstance(value, list):
            lists_seen.add(path + "[]")
            if value:
                lists_filled.add(path + "[]")
            for item in value:
                walk(item, path + "[]")

    for obj in objects:
        walk(obj, "")
    return keys, lists_seen - lists_filled


def documented(command: str) -> list[Any]:
    """The example objects of the fenced json block under "### `<command> --json`"."""
    text = (DOCS / "commands.md").read_text(encoding="utf-8")
    heading = f"\n### `{command} --json`\n"
    assert heading in text, f"docs/commands.md has no heading {heading.strip()}"
    section = text[text.index(heading) + len(heading) :]
    section = section[: section.index("\n## ")] if "\n## " in section else section
    section = section[: section.index("\n### ")] if "\n### " in section else section
    m = re.search(r"```json\n(.*?)\n```", section, flags=re.S)
    assert m, f"no ```json block under {heading.strip()}"
    return [json.loads(line) for line in m.group(1).splitlines() if line.strip()]


def json_lines(*args: str, stdin: str | None = None, env: dict[str, str]) -> list[Any]:
    out = run_cli(*args, stdin=stdin, env=env)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Any]]:
    env = {"MEMORIAL_DATA_DIR": str(tmp_path_factory.mktemp("docs-data")), "MEMORIAL_CONSOLE_TZ": "UTC"}
    own = str(ROOT / "examples" / "own-documents")
    queries = "Flying Scotsman\nVenezula\nbitcoin price\n"
    subscribed = run_cli("ask", "/subscribe 09:00 Europe/Moscow", env=env)
    assert subscribed.returncode == 0, subscribed.stderr
    return {
        "search": json_lines("search", "--json", "-", stdin=queries, env=env)
        + json_lines("search", "horse bus", "--json", "--corpus", own, env=env),
        "articles": json_lines("articles", "--json", env=env)
        + json_lines("articles", "--json", "--corpus", own, env=env),
        "dates": json_lines("dates", "--json", env=env),
        "onthisday": json_lines("onthisday", "09-03", "07-07", "05-09", "--today", "2025-09-03", "--json", env=env),
        "upcoming": json_lines("upcoming", "--from", "2025-08-28", "--days", "10", "--json", env=env),
        "post-due": json_lines("post-due", "--at", "2025-09-03T09:00+03:00", "--json", env=env)
        + json_lines("post-due", "--at", "2025-09-03T09:30+03:00", "--json", env=env),
    }


@pytest.mark.parametrize("command", ["search", "articles", "dates", "onthisday", "upcoming", "post-due"])
def test_the_documented_json_shape_is_the_real_one(command: str, real: dict[str, list[Any]]) -> None:
    got, only_empty = shape_of(real[command])
    doc, _ = shape_of(documented(command))
    assert got, f"{command} printed nothing"
    for path in sorted(set(got) | set(doc)):
        if path not in got:
            # Documented under a list the real run left empty (e.g. post-due's "failed"): checked below.
            assert any(path.startswith(empty) for empty in only_empty), (
                f"{command}: documented {path or '(top)'} is never printed"
            )
            continue
        assert path in doc, f"{command}: {path or '(top)'} is printed but not documented"
        assert doc[path] == got[path], (
            f"{command} {path or '(top)'}: documented {sorted(doc[path])}, printed {sorted(got[path])}"
        )


def test_the_documented_post_due_outcomes_are_the_reports_own() -> None:
    """A failed or uncertain outcome is hard to provoke from the command line: the documented keys
    of every list are checked against the report's own serialisation instead."""
    report = Report(at=datetime.datetime(2025, 9, 3, 6, tzinfo=datetime.UTC))
    outcome = Outcome(
        subscription=3, platform="telegram", chat="12345", local_date=datetime.date(2025, 9, 3), reason="blocked"
    )
    for name, value in report.as_json().items():
        if isinstance(value, list):
            getattr(report, name).append(outcome)
    got, _ = shape_of([report.as_json()])
    doc, _ = shape_of(documented("post-due"))
    assert set(doc[""]) == set(got[""])
    for name in got[""]:
        if f".{name}[]" in got:
            # The reason is present only when there is one: the example shows it where it occurs.
            assert doc.get(f".{name}[]", set()) - {"reason"} == got[f".{name}[]"] - {"reason"}, name


# ---------------------------------------------------------------------------------------------
# The README's tour and own-documents step, run as a user would


def fenced_after(heading: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(f"\n## {heading}") :]
    start = section.index("```") + section[section.index("```") :].index("\n") + 1
    return section[start : section.index("\n```", start)]


def typed_lines(block: str) -> list[str]:
    return [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]


def test_the_five_minute_tour_works(tmp_path: Path) -> None:
    lines = typed_lines(fenced_after("A 5-minute tour"))
    assert lines[-1] == "/quit" and "/onthisday 3 September" in lines and "/why 1" in lines
    out = run_cli("chat", stdin="\n".join(lines) + "\n", env={"MEMORIAL_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())
    for expected in (
        "Eric [Liddell]",  # the misspelt name
        "[Khabarovsk]",  # the misspelt place
        "On this day: 3 September",
        "1. 3 September 1945 — year inferred",  # /why 1
        "On this day: 7 July",
        "Coming up:",
        "Subscribed to the daily commemoration",
        "The documents date events on 27 days of the year; on other days nothing is posted.",
        "Preview of the daily post for",
    ):
        assert expected in text, expected
    for wrong in ("Unknown command", "Traceback", "There is no numbered list"):
        assert wrong not in out.stdout + out.stderr


def test_the_own_documents_step_works(tmp_path: Path) -> None:
    block = fenced_after("Use your own documents")
    assert "--corpus examples/own-documents" in block
    out = run_cli(
        "chat",
        "--corpus",
        "examples/own-documents",
        stdin="/sources\nhorse bus\n/onthisday 06-21\n/quit\n",
        env={"MEMORIAL_DATA_DIR": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())
    assert "6 files, 7 articles indexed" in text
    assert "museum-news.rss item 1" in text and "autumn-newsletter.pdf p. 1" in text
    assert "Tram 27 gets its last coat of paint" in text and "tram-27-last-coat-of-paint.html:31" in text

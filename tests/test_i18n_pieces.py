"""What the bot kept in English and says in the reply's language: sources' places ("p. 3"), why a
daily post stopped, /help's argument names and /reload's report (docs/languages.md)."""

from __future__ import annotations

from pathlib import Path

from adapters.cli.common import make_core
from bot.chat.model import Arg, Command
from bot.i18n import translator
from bot.i18n.pieces import render
from bot.index.build import build_index
from bot.platform import stop_reason
from bot.replies import ListItem, Quote, Reply, SourceRef, in_language, place, plain

RU, ZH, ES, EN = (translator(x) for x in ("ru", "zh", "es", "en"))


def test_places_are_said_in_each_language() -> None:
    assert [place(w, RU) for w in ("p. 3", "item 2", "¶ 7", "pp. 1–2", "lines 3–40")] == [
        "с. 3", "запись 2", "абз. 7", "с. 1–2", "строки 3–40",
    ]  # fmt: skip
    assert [place(w, ZH) for w in ("p. 3", "item 2", "¶ 7")] == ["第 3 页", "第 2 条", "第 7 段"]
    assert place("párr. 7", ES) == "párr. 7" and place("¶ 7", ES) == "párr. 7"
    assert place("p. 3", EN) == "p. 3" and place("", RU) == "" and place("whatever", RU) == "whatever"


def test_a_reply_gets_its_sources_places_in_its_language() -> None:
    src = SourceRef("a1", "T", "report.pdf", 40, "p. 3")
    reply = Reply(blocks=(Quote(plain("…"), src), ListItem(plain("x"), (src, SourceRef("b", "U", "n.txt", 5)))))
    ru = in_language(reply, RU)
    assert ru.language == "ru"
    assert ru.blocks[0].source.label() == "report.pdf с. 3"  # type: ignore[union-attr]
    assert [s.label() for s in ru.blocks[1].sources] == ["report.pdf с. 3", "n.txt:5"]  # type: ignore[union-attr]
    assert in_language(reply, EN).blocks == reply.blocks


def test_why_a_post_stopped_in_each_language() -> None:
    assert stop_reason("bot removed from the group", RU) == "бота удалили из группы"
    assert stop_reason("bot lacks permission to post here (Missing Permissions)", ZH).startswith("机器人没有")
    told = "Telegram: Forbidden: bot was blocked by the user"
    assert stop_reason(told, ES) == "respuesta de Telegram: Forbidden: bot was blocked by the user"
    assert stop_reason(told, EN) == told and stop_reason("something new", RU) == "something new"


def test_help_shows_argument_names_in_each_language() -> None:
    async def handler(*_: object) -> Reply:
        return Reply(blocks=())

    cmd = Command(
        "subscribe", "s", "h", handler, (Arg("time", "text", "t"), Arg("timezone", "text", "z", required=True))
    )
    assert cmd.usage() == cmd.usage(EN) == "/subscribe [time] <timezone>"
    assert cmd.usage(RU) == "/subscribe [время] <часовой пояс>"
    assert cmd.usage(ZH) == "/subscribe [时间] <时区>"
    assert cmd.usage(ES) == "/subscribe [hora] <zona horaria>"


async def test_the_reload_report_in_each_language(tmp_path: Path) -> None:
    corpus = tmp_path
    (corpus / "a.txt").write_text("Title\n\nOn 9 May 1945 the war in Europe ended.\n", encoding="utf-8")
    core = make_core(build_index(corpus))
    ok, report = await core.reload_index(corpus)
    assert ok and report.startswith("reloaded: 1 articles (was 1), 0 file(s) skipped, built in ")
    assert render(report, RU).startswith(
        "документы перечитаны: статей — 1 (было 1), пропущено файлов — 0, индекс построен"
    )
    ok, report = await core.reload_index(corpus / "missing")
    assert not ok and render(report, ZH).startswith("重新加载失败，仍在使用之前的索引：")

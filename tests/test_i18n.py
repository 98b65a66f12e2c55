"""Languages (issue 16): the catalogs are complete, plurals and dates follow each locale, the chat's
/language is kept and used by its daily post, and numeric dates are read by the language's rule."""

from __future__ import annotations

import datetime
import re
from datetime import UTC
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from adapters.cli.common import make_core
from bot.chat.dispatch import Core
from bot.chat.services import Services
from bot.chat.userinput import DateInputError, parse_user_date
from bot.commands import build_command_table
from bot.commands.dates import daily_post_builder
from bot.config import ConfigError, console_language, language_from_env
from bot.i18n import LANGUAGES, catalog_path, choose, normalize, read_language, translator
from bot.i18n.translator import BABEL_LOCALES
from bot.index.build import Index
from bot.replies import inline_text
from bot.store import SQLStore
from tests.chat_fixture import Chat
from tests.paths import ROOT

NOW = datetime.datetime(2025, 9, 2, 12, 0, tzinfo=UTC)
FIELD = re.compile(r"\{(\w*)[^{}]*\}")
OTHERS = [lang for lang in LANGUAGES if lang != "en"]


# ---------------------------------------------------------------------------------------------
# The catalogs


def _code_messages() -> dict[str | tuple[str, ...], str]:
    """Every message the code marks for translation, as `make catalogs` extracts it."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as f:
        method_map, options_map = parse_mapping_cfg(f)
    out: dict[str | tuple[str, ...], str] = {}
    for filename, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords={**DEFAULT_KEYWORDS, "N_": None}
    ):
        key = tuple(message) if isinstance(message, tuple | list) else message
        if isinstance(key, tuple):
            key = tuple(m for m in key if m)
        out[key] = filename
    return out


CODE = _code_messages()


def _catalog(language: str):
    with catalog_path(language).open("rb") as f:
        return read_po(f, locale=BABEL_LOCALES[language])


def test_the_extraction_finds_the_messages() -> None:
    # Guards the scan: the command table's descriptions (N_) and replies (gettext, ngettext) are in it.
    assert "List commands, or explain one" in CODE
    assert "Unknown command /{name}. Try /help for the list." in CODE
    assert ("{n} year ago", "{n} years ago") in CODE
    assert len(CODE) > 200


@pytest.mark.parametrize("language", OTHERS)
def test_every_message_of_the_code_is_in_the_catalog_and_translated(language: str) -> None:
    catalog = _catalog(language)
    entries = {(m.id if isinstance(m.id, str) else tuple(m.id)): m for m in catalog if m.id}
    missing = sorted(str(k) for k in CODE if k not in entries)
    assert missing == [], f"not in the {language} catalog: run `make catalogs` and translate"
    stale = sorted(str(k) for k in entries if k not in CODE)
    assert stale == [], f"in the {language} catalog but no longer in the code: run `make catalogs`"
    for key, m in entries.items():
        assert not m.fuzzy, f"{language}: fuzzy (needs review): {key}"
        forms = [m.string] if isinstance(m.string, str) else list(m.string)
        assert len(forms) == (1 if isinstance(m.string, str) else catalog.num_plurals), key
        assert all(forms), f"{language}: untranslated: {key}"
        ids = [key] if isinstance(key, str) else list(key)
        wanted = {f for text in ids for f in FIELD.findall(text)}
        for form in forms:
            # Every {field} the code fills must stay, and none may be invented (a KeyError at run time).
            assert set(FIELD.findall(form)) == wanted, f"{language}: fields differ in {form!r} for {key}"


def test_every_command_description_is_translated() -> None:
    table = build_command_table()
    for language in OTHERS:
        tr = translator(language)
        for cmd in table.commands:
            texts = [cmd.summary, cmd.help, *(a.description for a in cmd.args)]
            assert all(tr.gettext(t) != t or t == "empty-days nothing|upcoming" for t in texts), (language, cmd.name)
            assert len(tr.gettext(cmd.summary)) <= 100  # Discord's limit for a description


def test_terminology_is_kept() -> None:
    catalogs = {lang: "\n".join(str(m.string) for m in _catalog(lang)) for lang in OTHERS}
    assert "ежедневная памятная рассылка" in catalogs["ru"].lower()
    assert "每日纪念推送" in catalogs["zh"]
    assert "conmemoración diaria" in catalogs["es"].lower()
    assert "历史上的今天" in catalogs["zh"] and "Un día como hoy" in catalogs["es"]


# ---------------------------------------------------------------------------------------------
# Plurals and formats


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 год назад"), (2, "2 года назад"), (5, "5 лет назад"), (21, "21 год назад"), (80, "80 лет назад"),
     (11, "11 лет назад"), (12, "12 лет назад"), (22, "22 года назад"), (111, "111 лет назад")],
)  # fmt: skip
def test_russian_has_three_plural_forms(n: int, expected: str) -> None:
    assert translator("ru").years_ago(n) == expected


def test_years_ago_in_each_language() -> None:
    assert [translator(lang).years_ago(80) for lang in LANGUAGES] == [
        "80 years ago", "80 лет назад", "80年前", "hace 80 años"
    ]  # fmt: skip
    assert translator("es").years_ago(1) == "hace 1 año"
    assert translator("ru").years_ago(-2) == "через 2 года"
    assert translator("ru").years_ago(0) == "в этом году"
    assert translator("en").years_ago(1) == "1 year ago"


def test_dates_weekdays_and_months_per_locale() -> None:
    victory = datetime.date(1945, 5, 9)
    assert [translator(lang).date(victory) for lang in LANGUAGES] == [
        "9 May 1945", "9 мая 1945\u202fг.", "1945年5月9日", "9 de mayo de 1945"
    ]  # fmt: skip
    assert [translator(lang).day_month(9, 3) for lang in LANGUAGES] == [
        "3 September", "3 сентября", "9月3日", "3 de septiembre"
    ]  # fmt: skip
    assert [translator(lang).weekday(victory) for lang in LANGUAGES] == ["Wednesday", "среда", "星期三", "miércoles"]
    assert [translator(lang).month_name(5) for lang in LANGUAGES] == ["May", "май", "五月", "mayo"]
    assert translator("en").weekday_date(datetime.date(2025, 9, 3)) == "Wednesday 3 September 2025"
    assert translator("ru").day_month(2, 29) == "29 февраля"


def test_language_tags_from_the_platforms() -> None:
    assert [normalize(t) for t in ("ru", "ru-RU", "zh-hans", "zh-CN", "zh-TW", "es-419", "en-US", "ru_RU.UTF-8")] == [
        "ru", "ru", "zh", "zh", "zh", "es", "en", "ru"
    ]  # fmt: skip
    assert normalize("pt-BR") is None and normalize("C.UTF-8") is None and normalize(None) is None
    assert [read_language(t) for t in ("Русский", "中文", "español", "Chinese", "RU")] == ["ru", "zh", "es", "zh", "ru"]
    # The chat's choice, then the user's platform language, then the operator's default, then English.
    assert choose("ru", "es", "zh") == "ru"
    assert choose(None, "es-ES", "zh") == "es"
    assert choose(None, "pt-BR", "zh") == "zh"
    assert choose(None, None, None) == "en"


def test_memorial_language_is_validated_at_start() -> None:
    assert language_from_env({}) == "en"
    assert language_from_env({"MEMORIAL_LANGUAGE": "ru_RU.UTF-8"}) == "ru"
    with pytest.raises(ConfigError, match="MEMORIAL_LANGUAGE must be one of en, ru, zh, es"):
        language_from_env({"MEMORIAL_LANGUAGE": "de"})
    # The console: --language, else LANG unless MEMORIAL_LANGUAGE sets the default.
    assert console_language("zh", {"LANG": "ru_RU.UTF-8"}) == "zh"
    assert console_language(None, {"LANG": "es_ES.UTF-8"}) == "es"
    assert console_language(None, {"LANG": "es_ES.UTF-8", "MEMORIAL_LANGUAGE": "ru"}) is None
    with pytest.raises(ConfigError):
        console_language("klingon", {})


# ---------------------------------------------------------------------------------------------
# Numeric dates: day first where the language writes them so


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("en", "09.05", (9, 5, None)), ("en", "09-05", (9, 5, None)), ("zh", "09-05", (9, 5, None)),
        ("ru", "09.05", (5, 9, None)), ("ru", "9.5.", (5, 9, None)), ("ru", "09.05.1945", (5, 9, 1945)),
        ("es", "9/5", (5, 9, None)), ("es", "09/05/1945", (5, 9, 1945)), ("ru", "13.05", (5, 13, None)),
        ("en", "09/05/1945", (9, 5, 1945)),
        # ISO (year first) is year-month-day in every language; month names are read in all of them.
        ("ru", "1945-05-09", (5, 9, 1945)), ("es", "1945-05-09", (5, 9, 1945)),
        ("ru", "May 9", (5, 9, None)), ("en", "9 мая", (5, 9, None)), ("es", "9月3日", (9, 3, None)),
    ],
)  # fmt: skip
def test_numeric_dates_follow_the_language(language: str, typed: str, expected: tuple[int, int, int | None]) -> None:
    d = parse_user_date(typed, NOW.date(), tr=translator(language))
    assert (d.month, d.day, d.year) == expected


def test_a_month_above_12_is_refused_in_the_languages_own_words() -> None:
    with pytest.raises(DateInputError, match="сначала день"):
        parse_user_date("05.13", NOW.date(), tr=translator("ru"))
    with pytest.raises(DateInputError, match="month first"):
        parse_user_date("13.05", NOW.date(), tr=translator("en"))


# ---------------------------------------------------------------------------------------------
# Through the chat: /language, precedence, persistence, the daily post


@pytest.fixture()
def core(seed_index: Index, store: SQLStore) -> Core:
    """This module's bot has a store (the `chat` fixture talks to this core)."""
    return make_core(seed_index, services=Services(store=store))


@pytest.fixture()
def chat(chat: Chat) -> Chat:
    return chat.set(now=NOW, platform="telegram", chat_id="42", user_id="u1")


async def test_english_stays_the_default(chat: Chat) -> None:
    assert (await chat.reply("/onthisday 3 September")).blocks[0].text[0].text == "On this day: 3 September"
    assert chat.last.language == "en"


async def test_the_users_platform_language_is_used(chat: Chat) -> None:
    reply = await chat.reply("/onthisday 3 September", language="zh-hans")
    assert inline_text(reply.blocks[0].text) == "历史上的今天：9月3日"
    assert "纪念年份：2020和2025" in await chat.ask("/onthisday 09-03", language="zh-CN")
    out = await chat.ask("/onthisday 03.09", language="es-ES")
    assert out.startswith("Un día como hoy: 3 de septiembre") and "hace 80 años" in out


async def test_language_round_trip_persists_and_wins_over_the_users_language(
    chat: Chat, core: Core, seed_index: Index, store: SQLStore
) -> None:
    out = await chat.ask("/language ru", language="es")
    assert "Теперь ответы и ежедневная рассылка в этом чате — на языке «Русский»." in out
    assert "сначала день" in out  # the date rule of the new language
    assert (await chat.reply("/help", language="es")).title == "Справка"
    assert "сначала день, потом месяц" in await chat.ask("/help", language="es")
    # Kept in the store: another process (a new core over the same database) answers in Russian.
    again = chat.over(make_core(seed_index, services=Services(store=store)))
    assert (await again.ask("/onthisday 03.09")).startswith("В этот день: 3 сентября")
    assert store.get_chat_language("telegram", "42") == "ru"
    assert "«Русский», как выбрано командой /language" in await again.ask("/language")
    # Another chat is not affected.
    assert (await chat.ask("/onthisday 3 September", chat_id="43")).startswith("On this day")
    # `default` goes back to each user's language.
    assert "language of its own" not in await chat.ask("/language default", language="es")
    assert store.get_chat_language("telegram", "42") is None
    assert (await chat.ask("/onthisday 03.09", language="es")).startswith("Un día como hoy")


async def test_unknown_language_and_groups_need_a_manager(chat: Chat) -> None:
    assert "Choose en, ru, zh or es" in await chat.ask("/language klingon")

    async def no() -> bool:
        return False

    out = await chat.ask("/language zh", chat_kind="group", chat_id="-100", can_manage=no)
    assert chat.last.error and "manage this chat" in out


async def test_the_operators_default_applies_without_a_user_language(seed_index: Index, store: SQLStore) -> None:
    chat = Chat(make_core(seed_index, services=Services(store=store, default_language="es")), now=NOW)
    assert (await chat.ask("/onthisday 03.09")).startswith("Un día como hoy: 3 de septiembre")
    assert (await chat.ask("/onthisday 3 September", language="ru")).startswith("В этот день")


async def test_the_daily_post_goes_out_in_the_chats_language(chat: Chat, core: Core, store: SQLStore) -> None:
    await chat.ask("/subscribe 09:00 Europe/Moscow")
    await chat.ask("/language zh")
    sub = store.get_subscription("telegram", "42")
    assert sub is not None
    post = daily_post_builder(core)(sub, datetime.date(2025, 9, 3))
    assert post is not None and post.title == "历史上的今天：9月3日" and post.language == "zh"
    text = "\n".join(inline_text(getattr(b, "text", ())) for b in post.blocks)
    assert "80年前" in text and "80周年" in text  # 1945 in 2025: the 80th anniversary
    assert "In the congratulatory message, Xi Jinping" in text  # the documents are quoted as written
    preview = await chat.ask("/preview 9月3日")
    assert "历史上的今天：9月3日" in preview and "每日推送的预览" in preview
    # /settings, in Chinese, with the next post's date in Chinese.
    assert "每日纪念推送" in await chat.ask("/settings")


EVERY_COMMAND = [
    "/start", "/help", "/help onthisday", "/search Liddell", "/search Liddell page 9", "/sources", "/about",
    "/onthisday", "/onthisday 29.02", "/upcoming 30", "/why 1", "/why 7 July", "/why zzzz", "/subscribe 9am Moscow",
    "/settings", "/settings empty-days upcoming", "/preview 2025-09-01", "/preview", "/unsubscribe", "/settings",
    "/nosuch", "/search", "/doc nosuch", "/language", "/subscribe 25:00", "/subscribe 9am Atlantis",
    "/onthisday 45.45", "/subscribe EST", "what happened on 9 May?",
]  # fmt: skip


async def test_the_daily_post_keeps_the_subscribers_language(chat: Chat, core: Core, store: SQLStore) -> None:
    # No /language: the post has no user, so it takes the language the chat was subscribed in.
    out = await chat.ask("/subscribe 9am Moscow", language="ru")
    assert "Подписка на ежедневную памятную рассылку оформлена" in out
    sub = store.get_subscription("telegram", "42")
    assert sub is not None
    post = daily_post_builder(core)(sub, datetime.date(2025, 9, 3))
    assert post is not None and post.title == "В этот день: 3 сентября"
    # A Discord server's own language wins over the subscriber's; the reply says what the posts use.
    out = await chat.ask("/subscribe 9am", platform="discord", chat_id="c1", language="en-US", chat_language="es-ES")
    assert "The posts are in Español; /language changes it." in out
    sub = store.get_subscription("discord", "c1")
    assert sub is not None
    post = daily_post_builder(core)(sub, datetime.date(2025, 9, 3))
    assert post is not None and post.title == "Un día como hoy: 3 de septiembre"


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_command_answers_in_each_language(chat: Chat, language: str) -> None:
    await chat.ask(f"/language {language}")
    for line in EVERY_COMMAND:
        out = await chat.ask(line)
        assert out and "something went wrong" not in out, (language, line)
        assert chat.last.language == language, line


# ---------------------------------------------------------------------------------------------
# The adapters pass the user's language on (the platform-native menus are issue 16's next part)


def test_telegram_passes_the_users_language_code(core: Core) -> None:
    from telegram import Chat as TgChat
    from telegram import User

    from adapters.telegram.context import TelegramState, chat_context

    user = User(501, "Ada", is_bot=False, language_code="zh-hans")
    ctx = chat_context(TelegramState(core), TgChat(501, TgChat.PRIVATE), user, False, None)  # type: ignore[arg-type]
    assert ctx.language == "zh-hans"
    assert core.localize(ctx).tr.language == "zh"


def test_discord_passes_the_interactions_locale() -> None:
    from types import SimpleNamespace

    import discord

    from adapters.discord.handler import _locale

    assert _locale(SimpleNamespace(locale=discord.Locale.spain_spanish)) == "es-ES"  # type: ignore[arg-type]
    assert normalize(_locale(SimpleNamespace(locale=discord.Locale.chinese))) == "zh"  # type: ignore[arg-type]
    assert _locale(SimpleNamespace()) is None  # type: ignore[arg-type]
    server = SimpleNamespace(guild_locale=discord.Locale.russian)
    assert _locale(server, "guild_locale") == "ru"  # type: ignore[arg-type]


# Replies without corpus text, in a language without Latin letters, must hold no English word but
# these: argument names, commands' words, zone names and abbreviations, product names, what was typed.
NO_CORPUS = [
    "/start", "/help", "/help subscribe", "/help onthisday", "/help why", "/help search", "/about", "/language",
    "/settings", "/subscribe 9am Moscow", "/settings", "/settings empty-days upcoming", "/settings bogus",
    "/unsubscribe", "/unsubscribe", "/nosuch", "/search", "/doc nosuch", "/subscribe 25:00", "/subscribe 9am Atlantis",
    "/subscribe EST", "/subscribe 9am 10am 11am 12am 1pm 2pm 3pm 4pm 5pm", "/onthisday 45.45", "/why zzzz", "/why 99",
    "/language klingon", "/upcoming 0", "/help 💥", "/search Liddell page x", "/why",
]  # fmt: skip
IDENTIFIERS = {
    "date", "page", "query", "time", "timezone", "event", "days", "command", "article", "option", "language",
    "Europe", "Moscow", "America", "New", "York", "Asia", "Shanghai", "MSK", "EST", "EDT", "UTC", "ISO", "Hogg",
    "UTC-", "September", "May", "English", "Espa", "Telegram", "Discord", "memorial-bot", "telegram", "Atlantis'",
    "klingon'", "nosuch'", "nothing'", "upcoming'", "zzzz", "Liddell", "MM-DD",
}  # fmt: skip


@pytest.mark.parametrize("language", ["ru", "zh"])
async def test_no_english_is_left_in_replies_without_corpus_text(chat: Chat, language: str) -> None:
    left: dict[str, str] = {}
    for line in NO_CORPUS:
        reply = await chat.reply(line, language=language)
        for block in reply.blocks:
            for span in getattr(block, "text", ()):
                if span.style != "code":
                    for word in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", re.sub(r"/\w+", " ", span.text)):
                        if word not in IDENTIFIERS:
                            left.setdefault(word, line)
    assert left == {}, "untranslated words (a string not marked for the catalog?)"


def test_the_console_takes_language_and_keeps_the_chats_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from adapters.cli.main import main

    monkeypatch.setenv("MEMORIAL_DATA_DIR", str(tmp_path))
    assert main(["ask", "--language", "es", "/onthisday 03/09"]) == 0
    assert capsys.readouterr().out.startswith("Un día como hoy: 3 de septiembre")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")  # the terminal's language, when nothing else says
    assert main(["ask", "/help"]) == 0
    assert capsys.readouterr().out.startswith("命令")
    assert main(["ask", "/language ru"]) == 0  # kept in the data directory for later sessions
    capsys.readouterr()
    assert main(["ask", "--language", "es", "/onthisday 03.09"]) == 0
    assert capsys.readouterr().out.startswith("В этот день: 3 сентября")
    assert main(["ask", "--language", "xx", "/help"]) == 2
    assert "--language must be one of en, ru, zh, es" in capsys.readouterr().err

"""/subscribe, /unsubscribe, /settings and /preview: a chat's daily commemoration.

Subscriptions live in the store (bot/store); the scheduler, when one runs in this process
(`core.services.scheduler`), is told about every change so its jobs follow the database.
In groups and channels only people allowed to manage the chat may change anything: the adapter
answers `ctx.caller_can_manage()`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from bot.chat.model import Arg, BotCore, ChatContext, Command
from bot.chat.today import chat_zone
from bot.chat.userinput import TIME_EXAMPLE, InputError, parse_day, read_schedule
from bot.commands.dates import count_days_with_events, daily_post_builder, has_events_on, next_dated_day, will_post
from bot.daily.schedule import next_post_at, scheduled_at
from bot.i18n import LANGUAGE_NAMES, N_, Translator, normalize
from bot.platform import stop_reason
from bot.replies import Block, Heading, Paragraph, Reply, Span, error_reply, inline, plain
from bot.store import EmptyDay, StoreError, Subscription
from bot.timezones import local_date, tzinfo_for

log = logging.getLogger(__name__)

DEFAULT_HOUR, DEFAULT_MINUTE = 9, 0
NOT_ALLOWED = N_("Only people who can manage this chat may change its daily commemoration.")
# What a chat gets on a day nothing in the documents is dated. The store's value 'anniversary' (the
# name it had when it meant "the nearest anniversary, every empty day") now means the weekly
# notice the user chooses as `upcoming`: a daily post must never repeat the same filler. New
# subscriptions get 'nothing'; keeping the stored word spares a table rebuild for a CHECK.
EMPTY_DAY_TEXT: dict[str, str] = {
    "anniversary": N_("a “coming up this week” notice on Mondays, when something is dated that week"),
    "nothing": N_("no post"),
}
EMPTY_DAY_WORD: dict[str, str] = {"anniversary": "upcoming", "nothing": "nothing"}  # as users type it
_EMPTY_DAY_WORDS: dict[str, EmptyDay] = {
    "upcoming": "anniversary",
    "anniversary": "anniversary",
    "next": "anniversary",
    "week": "anniversary",
    "weekly": "anniversary",
    "nothing": "nothing",
    "none": "nothing",
    "skip": "nothing",
    "off": "nothing",
}
NEXT_POST_HORIZON = 366 + 7  # days looked through for the next post: a year, and its last week


def _notify_scheduler(core: BotCore, sub: Subscription) -> None:
    scheduler = core.services.scheduler
    if scheduler is not None:
        scheduler.subscription_changed(sub.id)


def format_instant(t: datetime, tz_name: str, tr: Translator) -> str:
    """Wednesday 3 September 2025, 09:00 MSK · среда, 3 сентября 2025 г., 09:00 MSK."""
    local = t.astimezone(tzinfo_for(tz_name))
    zone = local.tzname() or tz_name
    hhmm = local.strftime("%H:%M")
    return tr.gettext("{date}, {time} {zone}", date=tr.weekday_date(local.date()), time=hhmm, zone=zone)


def _next_post_line(core: BotCore, sub: Subscription, now: datetime, tr: Translator) -> Paragraph:
    """The next post that will actually go out: days without dated events are skipped (unless the
    chat takes the weekly notice, and then only its Mondays)."""
    first, _ = next_post_at(sub.hour, sub.minute, sub.timezone, now)
    day = next((d for d in _days(first, NEXT_POST_HORIZON) if will_post(core, sub.empty_day, d)), None)
    if day is None:
        return Paragraph(plain(tr.gettext("Next post: none — the documents date no day of the year.")))
    t = scheduled_at(sub.hour, sub.minute, sub.timezone, day)
    utc = t.astimezone(UTC)
    notice = ""
    if not has_events_on(core, day.month, day.day, day.year):
        notice = tr.gettext(" It is the “coming up this week” notice.")
    skipped = (day - first).days
    gap = ""
    if skipped:
        gap = tr.ngettext(
            " Nothing is posted before then: the {n} day in between has no dated events.",
            " Nothing is posted before then: the {n} days in between have no dated events.",
            skipped,
        )
    line = tr.gettext(
        "Next post: {when} ({utc_time} UTC, {utc_day}).",
        when=format_instant(t, sub.timezone, tr),
        utc_time=utc.strftime("%H:%M"),
        utc_day=tr.day_month(utc.month, utc.day),
    )
    return Paragraph(plain(line + notice + gap))


def _days(first: date, n: int) -> Iterator[date]:
    for i in range(n):
        try:
            yield first + timedelta(days=i)
        except OverflowError:  # the calendar ends on 31 December 9999
            return


def coverage_note(core: BotCore, empty_day: str, tr: Translator) -> str:
    """How often posts come, from the loaded documents: "the documents date events on 31 days of
    the year; on other days nothing is posted"."""
    n = count_days_with_events(core)
    if n == 0:
        return tr.gettext("The documents date no day of the year, so nothing is posted.")
    if empty_day == "anniversary":
        return tr.ngettext(
            "The documents date events on {n} day of the year; on other days nothing is posted, except a "
            "“coming up this week” notice on Mondays.",
            "The documents date events on {n} days of the year; on other days nothing is posted, except a "
            "“coming up this week” notice on Mondays.",
            n,
        )
    return tr.ngettext(
        "The documents date events on {n} day of the year; on other days nothing is posted.",
        "The documents date events on {n} days of the year; on other days nothing is posted.",
        n,
    )


async def subscribe(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    if not await ctx.caller_can_manage():
        return error_reply(tr.gettext(NOT_ALLOWED), tr=tr)
    # Time and zone are read together, in either order ("9am Moscow", "Asia/Shanghai 08:00"): a
    # zone can be several words ("New York") and a time two ("9 am"), and a Discord user may put
    # either in either field.
    typed = " ".join(str(args[k]) for k in ("time", "timezone") if args.get(k))
    try:
        schedule = read_schedule(typed, ctx.now, tr=tr)
    except InputError as exc:
        return error_reply(exc.message, TIME_EXAMPLE, "/subscribe 8pm New York", tr=tr)
    store = core.services.get_store()
    existing = store.get_subscription(ctx.platform, ctx.chat_id)
    hour, minute = schedule.time or (DEFAULT_HOUR, DEFAULT_MINUTE)
    if schedule.zone is not None:
        tz = schedule.zone.name
    else:
        tz = existing.timezone if existing else chat_zone(core.services, ctx)
    sub = store.upsert_subscription(ctx.platform, ctx.chat_id, ctx.chat_kind, hour, minute, tz, ctx.now)
    # The daily post has no user to take a language from: it keeps the platform's language for the
    # chat (a Discord server's), else the subscriber's, unless the chat chooses one with /language.
    platform_language = normalize(ctx.chat_language) or normalize(ctx.language)
    if platform_language is not None:
        store.set_post_language(ctx.platform, ctx.chat_id, platform_language, ctx.now)
    post_language = core.services.post_language_for(ctx.platform, ctx.chat_id).language
    _notify_scheduler(core, sub)
    if existing and existing.enabled:
        verb = tr.gettext("Subscription changed")
    else:
        verb = tr.gettext("Subscribed to the daily commemoration")
    return Reply(
        blocks=(
            Heading(plain(verb)),
            Paragraph(plain(tr.gettext("Every day at {time} ({zone}): what happened on that date.",
                                       time=sub.time_text, zone=tz))),
            Paragraph(plain(coverage_note(core, sub.empty_day, tr))),
            _next_post_line(core, sub, ctx.now, tr),
            *([Paragraph(plain(schedule.zone.note))] if schedule.zone and schedule.zone.note else []),
            *(
                [Paragraph(plain(tr.gettext("The posts are in {language}; /language changes it.",
                                            language=LANGUAGE_NAMES[post_language])))]
                if post_language != tr.language
                else []
            ),
            Paragraph(
                _with_code(
                    tr.gettext(
                        "{settings} shows it ({upcoming} adds a weekly notice), {preview} shows a post, "
                        "{unsubscribe} stops it."
                    ),
                    settings="/settings",
                    upcoming="/settings empty-days upcoming",
                    preview="/preview",
                    unsubscribe="/unsubscribe",
                )
            ),
        ),
        title=verb,
    )  # fmt: skip


def _with_code(text: str, **commands: str) -> tuple[Span, ...]:
    """A translated sentence with `{name}` fields filled by commands shown as code."""
    parts: list[Span] = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", text)):
        if i % 2:
            parts.append(Span(commands[piece], "code"))
        elif piece:
            parts.append(Span(piece))
    return tuple(parts)


async def unsubscribe(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    if not await ctx.caller_can_manage():
        return error_reply(tr.gettext(NOT_ALLOWED), tr=tr)
    store = core.services.get_store()
    sub = store.get_subscription(ctx.platform, ctx.chat_id)
    if sub is None or not sub.enabled:
        text = tr.gettext("This chat has no daily commemoration. {example} starts one.")
        return Reply(blocks=(Paragraph(_with_code(text, example=TIME_EXAMPLE)),), title=tr.gettext("Not subscribed"))
    # Disabled, not deleted: the ledger keeps today's post, so subscribing again today can't repeat it.
    off = store.disable_subscription(sub.id, "unsubscribed", ctx.now)
    if off is not None:
        _notify_scheduler(core, off)
    text = tr.gettext("No more daily posts here. {subscribe} brings them back.")
    return Reply(
        blocks=(Heading(plain(tr.gettext("Unsubscribed"))), Paragraph(_with_code(text, subscribe="/subscribe"))),
        title=tr.gettext("Unsubscribed"),
    )


async def settings(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    store = core.services.get_store()
    option = str(args.get("option", "")).strip().lower()
    if option:
        words = option.replace("=", " ").split()
        mode = _EMPTY_DAY_WORDS.get(words[-1]) if words and words[0] in ("empty-days", "empty", "quiet-days") else None
        if mode is None or len(words) != 2:
            return error_reply(
                tr.gettext(
                    "The one setting to change here is what to post on days without dated events: "
                    "'nothing' (the default) or 'upcoming' (a “coming up this week” notice on Mondays)."
                ),
                "/settings empty-days nothing",
                tr=tr,
            )
        if not await ctx.caller_can_manage():
            return error_reply(tr.gettext(NOT_ALLOWED), tr=tr)
        if store.set_empty_day(ctx.platform, ctx.chat_id, mode, ctx.now) is None:
            return error_reply(tr.gettext("This chat is not subscribed yet."), TIME_EXAMPLE, tr=tr)
    sub = store.get_subscription(ctx.platform, ctx.chat_id)
    if sub is None:
        posts = tr.gettext("{example} posts what happened on each date, every day at 09:00.")
        return Reply(
            blocks=(
                Paragraph(plain(tr.gettext("This chat is not subscribed to the daily commemoration."))),
                Paragraph(_with_code(posts, example=TIME_EXAMPLE)),
            ),
            title=tr.gettext("Not subscribed"),
        )
    blocks: list[Block] = [Heading(plain(tr.gettext("Daily commemoration")))]
    if sub.enabled:
        every = tr.gettext("Every day at {time}, time zone {zone}.", time=sub.time_text, zone=sub.timezone)
        blocks.append(Paragraph(plain(every)))
    else:
        if sub.disabled_reason == "unsubscribed":
            why = tr.gettext("unsubscribed")
        else:  # the platform's reason, for whoever manages the chat (its own words as it gave them)
            why = tr.gettext("stopped: {reason}", reason=stop_reason(sub.disabled_reason or "", tr))
        off = tr.gettext("Off ({why}). It was set to {time}, time zone {zone}.", why=why, time=sub.time_text,
                         zone=sub.timezone)  # fmt: skip
        blocks.append(Paragraph(plain(off)))
    on_empty = tr.gettext(
        "On days without dated events: {choice} ({setting}). ", choice=tr.gettext(EMPTY_DAY_TEXT[sub.empty_day])
    )
    setting = f"empty-days {EMPTY_DAY_WORD[sub.empty_day]}"
    blocks.append(Paragraph((*_with_code(on_empty, setting=setting), Span(coverage_note(core, sub.empty_day, tr)))))
    if sub.enabled:
        blocks.append(_next_post_line(core, sub, ctx.now, tr))
    else:
        blocks.append(Paragraph(_with_code(tr.gettext("{subscribe} turns it back on."), subscribe="/subscribe")))
    return Reply(blocks=tuple(blocks), title=tr.gettext("Daily commemoration"))


# ---------------------------------------------------------------------------------------------
# The bot was blocked, removed, or its chat deleted


_POINT_LOOKUPS = 50  # above this many chats (a whole Discord server), one listing is cheaper


def chat_gone(core: BotCore, platform: str, chat_ids: Sequence[str], reason: str, now: datetime) -> int:
    """The platform told us the bot can no longer post in these chats: disable their enabled
    subscriptions with `reason` (shown by /settings) and drop their jobs, instead of waiting for
    the next post to fail. Returns how many were disabled; /subscribe turns one back on.

    Uses only the store the runner registered: a core without one (tests, `memorial-bot ask`) has
    no subscriptions being served, and a membership event should not create a database. A store
    failure is logged, not raised: the next post's permanent error disables the chat anyway."""
    store = core.services.store
    if store is None or not chat_ids:
        return 0
    wanted = set(chat_ids)
    try:
        if len(wanted) <= _POINT_LOOKUPS:
            subs = [s for c in sorted(wanted) if (s := store.get_subscription(platform, c)) is not None and s.enabled]
        else:
            subs = [s for s in store.list_subscriptions(platform=platform) if s.chat_id in wanted]
        disabled = [off for s in subs if (off := store.disable_subscription(s.id, reason, now)) is not None]
    except StoreError as exc:
        log.warning("%s chats %s gone (%s), but the store failed: %s", platform, sorted(wanted)[:5], reason, exc)
        return 0
    for off in disabled:
        log.warning("subscription %s (%s chat %s) disabled: %s", off.id, platform, off.chat_id, reason)
        try:
            _notify_scheduler(core, off)
        except Exception:  # the job then finds the subscription disabled when it fires
            log.exception("scheduler not told about subscription %s", off.id)
    return len(disabled)


# ---------------------------------------------------------------------------------------------
# /preview

PREVIEW_EXAMPLE = "/preview 3 September"
# A post on a day without events names the next anniversary, looked for up to a year ahead; the
# calendar (and Python's dates) end on 31 December 9999.
LAST_PREVIEW_DAY = date.max - timedelta(days=366)


async def preview(core: BotCore, args: Mapping[str, Any], ctx: ChatContext) -> Reply:
    tr = ctx.tr
    store = core.services.get_store()
    sub = store.get_subscription(ctx.platform, ctx.chat_id)
    tz = sub.timezone if sub else chat_zone(core.services, ctx)
    today = local_date(tz, ctx.now)
    try:
        day = parse_day(str(args.get("date", "")), today, tr=tr)
    except InputError as exc:
        return error_reply(exc.message, f"/preview {exc.example}", tr=tr)
    if day > LAST_PREVIEW_DAY:
        message = tr.gettext("The daily post can be previewed up to {last}.", last=tr.date(LAST_PREVIEW_DAY))
        return error_reply(message, PREVIEW_EXAMPLE, tr=tr)
    subject = sub or Subscription(
        0, ctx.platform, ctx.chat_id, ctx.chat_kind, DEFAULT_HOUR, DEFAULT_MINUTE, tz, "nothing", True, None,
        ctx.now, ctx.now,
    )  # fmt: skip
    # The post as this chat gets it: in the chat's language (its /language, else the platform's
    # language recorded by /subscribe, else the default).
    post = daily_post_builder(core)(subject, day)
    label = tr.weekday_date(day)
    title = tr.gettext("Preview for {day}", day=label)
    if post is None:
        return Reply(blocks=tuple(_no_post_blocks(core, subject, day, tr)), title=title)
    intro = Paragraph(inline(Span(tr.gettext("Preview of the daily post for {day}:", day=label), "em")))
    return Reply(blocks=(intro, *post.blocks), actions=post.actions, title=post.title or title)


def _no_post_blocks(core: BotCore, sub: Subscription, day: date, tr: Translator) -> list[Block]:
    """Why a day gets no post, and when the next one comes."""
    nothing = tr.gettext(
        "{when}: nothing in the documents is dated {day}, so nothing is posted.",
        when=tr.weekday_date(day),
        day=tr.day_month(day.month, day.day),
    )
    blocks: list[Block] = [Paragraph(plain(nothing))]
    nxt = next_dated_day(core, day)
    if nxt is not None:
        wait = (nxt - day).days
        # The command typed is in English words (3 September), which every language reads.
        command = f"/preview {nxt.day} {nxt:%B}"
        next_is = tr.ngettext(
            "The next is {day} (in {n} day): {command}.", "The next is {day} (in {n} days): {command}.", wait,
            day=tr.day_month(nxt.month, nxt.day),
        )  # fmt: skip
        blocks.append(
            Paragraph((Span(coverage_note(core, sub.empty_day, tr) + " "), *_with_code(next_is, command=command)))
        )
    if sub.empty_day == "nothing":
        notice = tr.gettext("{setting} adds a “coming up this week” notice on Mondays.")
        blocks.append(Paragraph(_with_code(notice, setting="/settings empty-days upcoming")))
    else:
        monday = day + timedelta(days=(7 - day.weekday()) % 7 or 7)
        blocks.append(Paragraph(plain(tr.gettext(
            "The “coming up this week” notice goes out on Mondays when something is dated that week "
            "(next Monday: {monday}).", monday=tr.day_month(monday.month, monday.day),
        ))))  # fmt: skip
    return blocks


COMMANDS: tuple[Command, ...] = (
    Command(
        name="subscribe",
        summary=N_("Get the day's commemoration here every day at a set time"),
        help=N_(
            "Posts what happened on each date every day at your local time; days without dated events "
            "get no post. "
            "Time like 09:00, 20.30, 0800, 9am or 8pm (default 09:00); time zone as a city (Moscow, New York), "
            "a tz name (Europe/Moscow), an abbreviation (MSK) or an offset (UTC+8); default: the chat's, else "
            "UTC. Either may come first. Daylight-saving changes are followed."
        ),
        handler=subscribe,
        args=(
            Arg("time", "time", N_("time of day, e.g. 09:00, 8pm or 0800")),
            # Greedy: a zone may be several words ("New York"); the handler reads time and zone together.
            Arg("timezone", "timezone", N_("time zone, e.g. Moscow, Europe/Moscow, MSK or UTC+8"), greedy=True),
        ),
        examples=(TIME_EXAMPLE, "/subscribe 8pm New York", "/subscribe Asia/Shanghai 08:00", "/subscribe MSK"),
    ),
    Command(
        name="unsubscribe",
        summary=N_("Stop the daily commemoration in this chat"),
        help=N_("Stops the daily post. /subscribe brings it back with the same settings."),
        handler=unsubscribe,
        examples=("/unsubscribe",),
    ),
    Command(
        name="settings",
        summary=N_("Show the daily post's time, time zone and next post"),
        help=N_(
            "Shows this chat's daily commemoration: time, time zone, the next post in local and UTC time. "
            "Days without dated events get no post; '/settings empty-days upcoming' sends a “coming up this "
            "week” notice on Mondays instead ('/settings empty-days nothing' goes back)."
        ),
        handler=settings,
        args=(Arg("option", "text", N_("empty-days nothing|upcoming"), greedy=True),),
        examples=("/settings", "/settings empty-days upcoming"),
    ),
    Command(
        name="preview",
        summary=N_("Show the daily post as it would look on a date"),
        help=N_("Shows the daily post for a date (default: today in the chat's time zone)."),
        handler=preview,
        args=(Arg("date", "date", N_("a date, e.g. 3 September or 2025-09-03")),),
        examples=(PREVIEW_EXAMPLE, "/preview"),
    ),
)

"""Text → invocation: parse a typed line against the command table, clean what users type, and
check arguments before a handler sees them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from bot.chat.model import MAX_INPUT_CHARS, Command, CommandTable, Invocation, arg_name
from bot.chat.userinput import read_onthisday_question, reads_as_date
from bot.i18n import Translator, translator
from bot.replies import Reply, error_reply

_COMMAND_RE = re.compile(r"^/([A-Za-z][A-Za-z0-9_]{0,31})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)")


class ParseError(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__(reply)
        self.reply = reply


def clean_input(text: str) -> str:
    """Drop control and format characters (but keep newlines as spaces) so that nothing a user
    types can corrupt logs or replies; normalise to NFC."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if ch in "\n\r\t":
            out.append(" ")
        elif cat in ("Cc", "Cs", "Co", "Cn") or (cat == "Cf" and ch not in "\u200d"):
            continue
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def parse_text(
    table: CommandTable, text: str, *, bot_username: str | None = None, tr: Translator | None = None
) -> Invocation | None:
    """Parse a typed line. Returns None when the line is not a command (plain text), raises
    ParseError with a friendly reply (in `tr`'s language) when it is a command we cannot run."""
    tr = tr or translator("en")
    stripped = text.strip()
    m = _COMMAND_RE.match(stripped)
    if not stripped.startswith("/"):
        return None
    if m is None:
        raise ParseError(error_reply(tr.gettext("That doesn't look like a command. Try /help for the list."), tr=tr))
    name, target = m.group(1).lower(), m.group(2)
    if target and bot_username and target.lower() != bot_username.lower():
        return None  # addressed to another bot in the group
    cmd = table.get(name)
    if cmd is None:
        raise ParseError(error_reply(tr.gettext("Unknown command /{name}. Try /help for the list.", name=name), tr=tr))
    rest = clean_input(stripped[m.end() :])
    return Invocation(cmd.name, parse_args(cmd, rest, tr))


def plain_text_invocation(text: str) -> Invocation:
    """Plain text in a private chat: a question about a day ("what happened on September 3?", "on
    this day") is /onthisday; anything else is a search."""
    day = read_onthisday_question(text)
    if day is not None:
        return Invocation("onthisday", {"date": day} if day else {})
    return Invocation("search", {"query": text})


_PAGE_WORDS = ("page", "p.", "стр", "стр.", "página")


def _reads_as_date(text: str) -> bool:
    return reads_as_date(text)  # readability only: the handler reads it in the reply's language


def _split_page(cmd: Command, words: list[str]) -> tuple[list[str], str | None]:
    """A page number typed at the end: "… page 2" for every paged command; a bare number after a
    date only when the date reads without it ("/onthisday 09-03 2", "/onthisday 2"), since a greedy
    argument would otherwise swallow it. In a search a bare number stays in the query ("World War 2")."""
    if not any(a.name == "page" and a.kind == "int" for a in cmd.args):
        return words, None
    if len(words) >= 2 and words[-2].lower() in _PAGE_WORDS and words[-1].isdecimal():
        return words[:-2], words[-1]
    greedy = next((a for a in cmd.args if a.greedy), None)
    if greedy is None or greedy.kind != "date":
        return words, None
    if words and words[-1].isdecimal() and not _reads_as_date(" ".join(words)):
        head = words[:-1]
        if not head or _reads_as_date(" ".join(head)):
            return head, words[-1]
    return words, None


def parse_args(cmd: Command, rest: str, tr: Translator | None = None) -> dict[str, Any]:
    """Split free text over the command's arguments: a greedy argument, or a text/date argument in
    last place ('3 September' is one date), takes what is left; the others take one word each. A
    page number typed after a greedy argument is the page (see `_split_page`)."""
    args: dict[str, Any] = {}
    words, page = _split_page(cmd, rest.split())
    if page is not None:
        args["page"] = page
    for i, a in enumerate(cmd.args):
        if a.name in args:
            continue
        if not words:
            break
        is_last = i == len(cmd.args) - 1
        if a.greedy or (is_last and a.kind in ("date", "text")):
            args[a.name] = " ".join(words)
            words = []
        else:
            args[a.name] = words.pop(0)
    if words:
        tr = tr or translator("en")
        message = tr.gettext("Too many arguments for /{command}.", command=cmd.name)
        raise ParseError(error_reply(message, cmd.usage(tr), tr=tr))
    return args


def coerce_args(cmd: Command, raw: Mapping[str, Any], tr: Translator | None = None) -> dict[str, Any]:
    """Check required arguments and convert ints; other kinds are validated by their handlers,
    which know the domain (dates, timezones) and can give a precise example."""
    tr = tr or translator("en")
    out: dict[str, Any] = {}
    known = {a.name: a for a in cmd.args}
    for key, value in raw.items():
        a = known.get(key)
        if a is None:
            continue  # unknown keys (stale buttons, forged payloads) are ignored, not trusted
        if a.kind == "int":
            try:
                n = int(str(value).strip())
            except ValueError:
                raise ParseError(
                    error_reply(
                        tr.gettext("{name} must be a whole number.", name=arg_name(a.name, tr)),
                        f"/{cmd.name} {a.max_value or 7}",
                        tr=tr,
                    )
                ) from None
            if (a.min_value is not None and n < a.min_value) or (a.max_value is not None and n > a.max_value):
                raise ParseError(
                    error_reply(
                        tr.gettext(
                            "{name} must be between {low} and {high}.",
                            name=arg_name(a.name, tr),
                            low=a.min_value,
                            high=a.max_value,
                        ),
                        f"/{cmd.name} {a.min_value}",
                        tr=tr,
                    )
                )
            out[key] = n
        elif isinstance(value, str | int) and not isinstance(value, bool):
            v = clean_input(str(value))  # a number where text is expected (a button's 1945) is its digits
            if len(v) > MAX_INPUT_CHARS:
                raise ParseError(
                    error_reply(
                        tr.ngettext(
                            "That {name} is too long ({count} character); keep it under {limit}.",
                            "That {name} is too long ({count} characters); keep it under {limit}.",
                            len(v),
                            name=arg_name(a.name, tr),
                            count=tr.number(len(v)),
                            limit=tr.number(MAX_INPUT_CHARS),
                        ),
                        tr=tr,
                    )
                )
            if v:
                out[key] = v
        elif value is not None:  # a forged or garbled payload (true, 1.5, a list): refused, not guessed at
            example = cmd.examples[0] if cmd.examples else cmd.usage(tr)
            raise ParseError(error_reply(tr.gettext("{name} must be text.", name=arg_name(a.name, tr)), example, tr=tr))
    for a in cmd.args:
        if a.required and a.name not in out:
            example = cmd.examples[0] if cmd.examples else cmd.usage(tr)
            description = tr.gettext(a.description).rstrip(".")
            message = tr.gettext("/{command} needs {name}: {description}.", command=cmd.name, name=arg_name(a.name, tr),
                                 description=description)  # fmt: skip
            raise ParseError(error_reply(message, example, tr=tr))
    return out

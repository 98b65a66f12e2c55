"""Why a year: the year rules' reasoning, kept in pieces (`bot.i18n.pieces`) so that /why says it
in the reply's language while `m.why` stays the English text the rules always wrote. The message
ids are the rules' English templates, marked with `N_` where each rule writes its reason."""

from __future__ import annotations

from bot.i18n.pieces import Day, Ordinal, Reason, Weekday, WeekdayDay, Why, join, piece, reason, render

__all__ = ["Day", "Ordinal", "Reason", "Weekday", "WeekdayDay", "Why", "join", "piece", "reason", "render"]

"""Telegram adapter (python-telegram-bot v22): rendering, keyboards, inline mode, sender, app.

It holds no business logic: updates become `ChatContext` + text/`Invocation` for the core, and the
core's `Reply` becomes Telegram HTML messages and inline keyboards.
"""

"""Telegram adapter (python-telegram-bot v22): rendering, keyboards, inline mode, sending, the update
handlers (handlers/) and the Application that registers and serves them (app.py).

It holds no business logic: updates become `ChatContext` + text/`Invocation` for the core, and the
core's `Reply` becomes Telegram HTML messages and inline keyboards.
"""

"""The Telegram update handlers, one per module as in python-telegram-bot's own layout: commands,
other text, buttons, inline queries, the bot's own membership changes, and errors. Each is a plain
PTB callback; app.py registers them and they find the adapter's state in `bot_data` (see context.py).
"""

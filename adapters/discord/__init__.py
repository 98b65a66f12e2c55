"""Discord adapter: slash commands generated from the command table, embeds, buttons, and a
`Sender` for the scheduler's daily posts. No business logic lives here (see bot/core.py)."""

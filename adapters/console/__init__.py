"""The console platform: an interactive chat (chat), its plain-text rendering (render) and the
daily-post sender that prints (sender)."""

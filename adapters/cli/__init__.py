"""The command line: `memorial-bot` entry points; `run` is the composition root."""

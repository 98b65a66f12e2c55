"""`python -m adapters.cli` is the same as the `memorial-bot` command."""

import sys

from adapters.cli.main import main

sys.exit(main())

#!/usr/bin/env python3
"""Build the Akhbar briefing: seeds/*.txt -> docs/ -> site/ (see akhbar/cli.py)."""

import sys

from akhbar.cli import main

if __name__ == "__main__":
    sys.exit(main())

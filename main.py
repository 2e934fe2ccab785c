"""The Weight of Secrets. Run `python main.py --help` for the command line."""

import os
import sys

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout for the game's own lines

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""The Weight of Secrets. Run `python main.py --help` for the command line."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m game.bench`: the command's home is game/tools/bench.py."""

import sys

from game.tools.bench import main

if __name__ == "__main__":
    sys.exit(main())

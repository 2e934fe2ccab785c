"""`python -m game.soak`: the command's home is game/tools/soak.py."""

import sys

from game.tools.soak import main

if __name__ == "__main__":
    sys.exit(main())

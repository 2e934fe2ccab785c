"""`python -m game.package`: the command's home is game/tools/package.py."""

import sys

from game.tools.package import main

if __name__ == "__main__":
    sys.exit(main())

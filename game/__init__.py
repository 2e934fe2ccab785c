"""The Weight of Secrets."""

import os

# pygame prints a banner on import; the command line's stdout belongs to the game
# (CHAPTER: lines, the benchmark's JSON), so keep it quiet wherever the game is used.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

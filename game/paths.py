"""Where the game's content lives, relative to the package (never the working directory)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
MAPS = ROOT / "maps"
SPRITES = ASSETS / "sprites"

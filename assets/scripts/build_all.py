"""Regenerate every generated asset: `python assets/scripts/build_all.py` from the project folder.

Each generator module writes its files under a root folder and returns their
paths; the committed files are exactly what these scripts make (a test checks
it pixel for pixel).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# in dependency order
GENERATORS = ("tiles_provence", "tiles_interior", "tiles_garden", "tiles_berlin", "tiles_props", "characters", "font", "ui", "sounds", "tiled_project")


def generator_modules():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return [importlib.import_module(f"assets.scripts.{name}") for name in GENERATORS]


def build(root: Path = ROOT) -> list[Path]:
    written: list[Path] = []
    for module in generator_modules():
        written += module.generate(root)
    return written


if __name__ == "__main__":
    for path in build():
        print(path.relative_to(ROOT))

"""Regenerate every generated asset: `python assets/scripts/build_all.py` from the project folder.

Each generator module writes its files under a root folder and returns their
paths; the committed files are exactly what these scripts make (a test checks
it pixel for pixel), and OUTPUTS says which files each makes (maps/README.md
lists them for map makers; the same test holds each script to its entry).
The maps themselves are not generated: they are edited in Tiled.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# in dependency order
GENERATORS = ("tiles_provence", "tiles_interior", "tiles_garden", "tiles_berlin", "tiles_props", "characters", "font",
              "ui", "sounds", "tiled_project")

# what each generator writes, as patterns from the project folder: every file they match is its
OUTPUTS = {
    "tiles_provence": ("assets/tilesets/provence.png", "assets/tilesets/provence.tsx"),
    "tiles_interior": ("assets/tilesets/interior.png", "assets/tilesets/interior.tsx"),
    "tiles_garden": ("assets/tilesets/garden.png", "assets/tilesets/garden.tsx"),
    "tiles_berlin": ("assets/tilesets/berlin.png", "assets/tilesets/berlin.tsx"),
    "tiles_props": ("assets/tilesets/props.png", "assets/tilesets/props.tsx"),
    "characters": ("assets/sprites/*.png", "assets/portraits/*.png"),
    "font": ("assets/fonts/*.png", "assets/fonts/*.json"),
    "ui": ("assets/ui/ui.png", "assets/ui/ui.json"),
    "sounds": ("assets/sounds/*.wav",),
    "tiled_project": ("maps/weight-of-secrets.tiled-project", "maps/objecttypes.xml", "maps/templates/*.tx",
                      "maps/README.md", "README.md"),  # README.md: only its table of object kinds
}


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

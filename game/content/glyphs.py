"""Which characters the game's fonts can draw (and how tall their lines are), with no display:
for `--check`, tests and the scenes' logic.

A face is the glyph atlas assets/scripts/font.py writes (assets/fonts/<file>.json).
A character is drawable when the face has a glyph for it, or when the renderer
(game/render/text.py) lays it out without one: the spaces and the line break.
Anything else is drawn as the replacement box, so a text that needs it is
reported here first.

    missing_glyphs("Zażółć gęślą jaźń")          -> set()
    missing_glyphs("中", face="title")            -> {"中"}
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from game.content.data_files import field, read_json, shown
from game.content.errors import ContentError
from game.core import paths

# A face as the game names it -> its font file under assets/fonts/.
FACES = {"text": "pixel", "title": "title"}
# Laid out by BitmapFont with no glyph: spaces of each width, the tab, the line break.
BLANKS = frozenset(" \u00a0\u202f\u2009\t\n")


# a face's metrics (whole pixels) in its json, beside the glyphs and the atlas picture's name
METRICS = ("line_height", "cell_height", "baseline", "cap_height", "x_height", "spacing", "cap_top",
           "space_advance", "thin_space_advance")
LARGEST_METRIC = 255  # pixels: a pixel font's line is a dozen


def read_face(path: Path) -> dict:
    """A font's JSON (assets/fonts/NAME.json) checked whole: every metric, every glyph's box and
    advance, the replacement glyph. ContentError naming the file and the place otherwise.
    The renderer (game/render/text.py) reads the same, then checks the boxes against the picture."""
    if not Path(path).is_file():
        raise ContentError(shown(path), None, "font missing: run python assets/scripts/font.py")
    meta = read_json(path)
    for name in METRICS:
        if not 0 <= field(path, None, meta, name, int) <= LARGEST_METRIC:
            raise ContentError(shown(path), name, f"must be 0 to {LARGEST_METRIC} pixels")
    field(path, None, meta, "image", str, "")
    for char, glyph in field(path, None, meta, "glyphs", dict).items():
        place = f"glyph {char!r}"
        box = [field(path, place, glyph, name, int) for name in ("x", "y", "w", "advance")]
        if len(char) != 1 or min(box) < 0:
            raise ContentError(shown(path), place, "must be one character, its x, y, w and advance 0 or more")
    replacement = field(path, None, meta, "replacement", str, "\ufffd")
    if replacement not in meta["glyphs"]:
        raise ContentError(shown(path), "replacement", f"the replacement {replacement!r} has no glyph")
    return meta


@cache
def face_metrics(face: str = "text", assets: Path = paths.ASSETS) -> dict:
    """The face's font JSON: its metrics (line_height, cap_height...) and its glyphs."""
    if face not in FACES:
        raise ValueError(f"unknown font face {face!r}: one of {', '.join(FACES)}")
    return read_face(Path(assets) / "fonts" / f"{FACES[face]}.json")


@cache
def drawable(face: str = "text", assets: Path = paths.ASSETS) -> frozenset[str]:
    """Every character the face draws (the replacement box itself is not one)."""
    meta = face_metrics(face, assets)
    glyphs = set(meta["glyphs"]) - {meta.get("replacement", "\ufffd")}
    return frozenset(glyphs) | BLANKS


def missing_glyphs(text: str, face: str = "text") -> set[str]:
    """The characters of text that the face cannot draw (each would show as the replacement box).

    face: "text" (the pixel face of dialogue, menus, the Berlin games) or "title" (the
    display face of chapter cards, titles and headings)."""
    return set(text) - drawable(face)

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

import json
from functools import cache
from pathlib import Path

from game import paths
from game.content.errors import ContentError

# A face as the game names it -> its font file under assets/fonts/.
FACES = {"text": "pixel", "title": "title"}
# Laid out by BitmapFont with no glyph: spaces of each width, the tab, the line break.
BLANKS = frozenset(" \u00a0\u202f\u2009\t\n")


@cache
def face_metrics(face: str = "text", assets: Path = paths.ASSETS) -> dict:
    """The face's font JSON: its metrics (line_height, cap_height...) and its glyphs."""
    if face not in FACES:
        raise ValueError(f"unknown font face {face!r}: one of {', '.join(FACES)}")
    path = Path(assets) / "fonts" / f"{FACES[face]}.json"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(meta["glyphs"], dict) or not isinstance(meta["line_height"], int):
            raise TypeError("glyphs or line_height of the wrong kind")
    except FileNotFoundError:
        raise ContentError(path, None, "font missing: run python assets/scripts/font.py") from None
    except (ValueError, KeyError, TypeError) as error:
        raise ContentError(path, None, f"not a font made by assets/scripts/font.py ({error})") from None
    return meta


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

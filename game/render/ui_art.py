"""UI art: 9-slice panels, speech pointers, key caps, gamepad glyphs, cursors.

The art is assets/ui/ui.png + ui.json (made by assets/scripts/ui.py). Loading
needs no display; call `prepare()` once a display mode exists to convert the
sheet for fast blitting (surfaces made before that are rebuilt on demand).

    art = UiArt()
    inner = art.draw_panel(canvas, pygame.Rect(8, 190, 464, 72), style="warm")
    font.draw(canvas, "…", inner.topleft, art.text_color("warm"))
    canvas.blit(art.keycap("E"), (x, y))
    canvas.blit(art.pad_button("A"), (x, y))
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.data_files import field, read_json, shown
from game.content.errors import ContentError
from game.content.media import beside, load_png
from game.core.paths import ASSETS
from game.render import text as text_layout
from game.render.surfaces import SurfaceCache
from game.render.text import BitmapFont

PAD_NAMES = {"A": "pad_a", "B": "pad_b", "X": "pad_x", "Y": "pad_y",
             "DPAD": "pad_dpad", "START": "pad_start"}
PANEL_CACHE_BYTES = 1024 * 1024  # panels stretched to a size: the few on screen, and the last few menus


def _hex(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


STYLES = ("warm", "cold")
# the pieces the game draws, by name: each must be in ui.json's rects (9-slices in its slices too)
PIECES = ("panel_warm", "panel_cold", "pointer_warm", "pointer_cold", "cursor", "cursor_cold", "more",
          "more_cold", "key", *PAD_NAMES.values())
NINE_SLICES = ("panel_warm", "panel_cold", "key")


def _numbers(json_path: Path, place: str, value, count: int = 4) -> tuple[int, ...]:
    if not (isinstance(value, list) and len(value) == count
            and all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= 4096 for n in value)):
        raise ContentError(shown(json_path), place, f"must be {count} whole numbers of pixels")
    return tuple(value)


def _colour(json_path: Path, place: str, value) -> str:
    if not (isinstance(value, str) and len(value) == 7 and value[0] == "#"
            and all(c in "0123456789abcdefABCDEF" for c in value[1:])):
        raise ContentError(shown(json_path), place, "must be a colour written #rrggbb")
    return value


def _pieces(json_path: Path, meta: dict, sheet_size: tuple[int, int]):
    """ui.json's rects (each inside the sheet) and 9-slice borders, with every piece the game draws."""
    width, height = sheet_size
    rects = {}
    for name, value in field(json_path, None, meta, "rects", dict).items():
        x, y, w, h = _numbers(json_path, f"rects.{name}", value)
        if x + w > width or y + h > height:
            raise ContentError(shown(json_path), f"rects.{name}", f"lies outside the {width}×{height} picture")
        rects[name] = pygame.Rect(x, y, w, h)
    slices = {name: _numbers(json_path, f"slices.{name}", value)
              for name, value in field(json_path, None, meta, "slices", dict).items()}
    for names, found, where in ((PIECES, rects, "rects"), (NINE_SLICES, slices, "slices")):
        missing = [name for name in names if name not in found]
        if missing:
            raise ContentError(shown(json_path), where, f"the pieces {', '.join(missing)} are missing")
    for table in ("text", "accent"):
        colours = field(json_path, None, meta, table, dict)
        for style in STYLES:
            _colour(json_path, f"{table}.{style}", colours.get(style))
    _numbers(json_path, "key_face", meta.get("key_face"))
    _colour(json_path, "key_label", meta.get("key_label"))
    return rects, slices


class UiArt:
    """The UI sheet, with 9-slice drawing and named glyphs."""

    def __init__(self, path: str | Path | None = None, font: BitmapFont | None = None,
                 *, cache_bytes: int = PANEL_CACHE_BYTES):
        """path: ui.png, ui.json, or the folder holding them (default assets/ui).
        font: the face key-cap labels are written in (default: the pixel face)."""
        path = Path(path) if path is not None else ASSETS / "ui"
        if path.is_dir():
            path = path / "ui.json"
        json_path = path.with_suffix(".json")
        self.meta = read_json(json_path)
        self.sheet = load_png(beside(json_path, field(json_path, None, self.meta, "image", str)))
        self.rects, self.slices = _pieces(json_path, self.meta, self.sheet.get_size())
        self._font = font
        self._converted = False
        self._images: dict[str, pygame.Surface] = {}
        self._cache = SurfaceCache(cache_bytes)  # panels stretched to a size, key caps

    # -- setup ---------------------------------------------------------------

    @property
    def cache(self) -> SurfaceCache:
        """The panels stretched to a size, key caps kept for reuse: bounded by their bytes, however long the evening."""
        return self._cache

    def prepare(self) -> None:
        """Convert the sheet for fast blitting; needs a display mode. Safe to call twice."""
        if self._converted or pygame.display.get_surface() is None:
            return
        self.sheet = self.sheet.convert_alpha()
        self._images.clear()
        self._cache.clear()
        self._converted = True
        if self._font is not None:
            self._font.prepare()

    @property
    def font(self) -> BitmapFont:
        if self._font is None:
            self._font = BitmapFont()
        return self._font

    def _new_surface(self, size: tuple[int, int]) -> pygame.Surface:
        surface = pygame.Surface(size, pygame.SRCALPHA)
        if self._converted:
            surface = surface.convert_alpha()
        surface.fill((0, 0, 0, 0))
        return surface

    # -- named pieces --------------------------------------------------------

    def image(self, name: str) -> pygame.Surface:
        """A named piece of the sheet (shared: don't draw on it)."""
        if not self._converted and pygame.display.get_surface() is not None:
            self.prepare()
        surface = self._images.get(name)
        if surface is None:
            if name not in self.rects:
                raise KeyError(f"no UI piece named {name!r}; known: {sorted(self.rects)}")
            surface = self.sheet.subsurface(self.rects[name])
            self._images[name] = surface
        return surface

    def names(self) -> list[str]:
        return sorted(self.rects)

    def text_color(self, style: str = "warm") -> tuple[int, int, int]:
        """The colour text is written in on a panel of this style."""
        return _hex(self.meta["text"][style])

    def accent_color(self, style: str = "warm") -> tuple[int, int, int]:
        """The highlight colour for a panel style (speaker names, chosen option)."""
        return _hex(self.meta["accent"][style])

    def pointer(self, style: str = "warm") -> pygame.Surface:
        return self.image(f"pointer_{style}")

    def cursor(self, style: str = "warm") -> pygame.Surface:
        return self.image("cursor" if style == "warm" else f"cursor_{style}")

    def more(self, style: str = "warm") -> pygame.Surface:
        return self.image("more" if style == "warm" else f"more_{style}")

    def pad_button(self, name: str) -> pygame.Surface:
        """A gamepad glyph: "A", "B", "X", "Y", "dpad" or "start"."""
        key = PAD_NAMES.get(name.upper())
        if key is None:
            raise KeyError(f"no gamepad glyph {name!r}; known: {sorted(PAD_NAMES)}")
        return self.image(key)

    # -- 9-slice ---------------------------------------------------------------

    def panel_border(self, style: str = "warm") -> tuple[int, int, int, int]:
        """(left, top, right, bottom) thickness of a panel style's frame."""
        return self.slices[f"panel_{style}"]

    def content_rect(self, rect: pygame.Rect | tuple, style: str = "warm", padding: int = 2) -> pygame.Rect:
        """The area inside a panel drawn at rect, less padding on each side."""
        rect = pygame.Rect(rect)
        left, top, right, bottom = self.panel_border(style)
        return pygame.Rect(rect.x + left + padding, rect.y + top + padding,
                           max(0, rect.w - left - right - 2 * padding),
                           max(0, rect.h - top - bottom - 2 * padding))

    def nine_slice(self, name: str, size: tuple[int, int]) -> pygame.Surface:
        """The named 9-slice piece stretched (edges and centre tiled) to size."""
        left, top, right, bottom = self.slices[name]
        w = max(int(size[0]), left + right)
        h = max(int(size[1]), top + bottom)
        key = ("nine", name, w, h)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        src = self.image(name)
        sw, sh = src.get_size()
        cw, ch = sw - left - right, sh - top - bottom  # source centre size
        dw, dh = w - left - right, h - top - bottom     # destination centre size
        out = self._new_surface((w, h))
        blits: list = []
        # columns: (src x, src w, dst x, dst w) for left / centre / right
        cols = [(0, left, 0, left), (left, cw, left, dw), (sw - right, right, w - right, right)]
        rows = [(0, top, 0, top), (top, ch, top, dh), (sh - bottom, bottom, h - bottom, bottom)]
        for sx, sw_, dx, dw_ in cols:
            for sy, sh_, dy, dh_ in rows:
                if sw_ <= 0 or sh_ <= 0 or dw_ <= 0 or dh_ <= 0:
                    continue
                # tile the source cell over the destination cell
                for ty in range(dy, dy + dh_, sh_):
                    for tx in range(dx, dx + dw_, sw_):
                        area = pygame.Rect(sx, sy, min(sw_, dx + dw_ - tx), min(sh_, dy + dh_ - ty))
                        blits.append((src, (tx, ty), area))
        out.blits(blits, doreturn=False)
        return self._cache.put(key, out)

    def panel(self, size: tuple[int, int], style: str = "warm") -> pygame.Surface:
        """A panel surface of the given size (cached)."""
        return self.nine_slice(f"panel_{style}", size)

    def draw_panel(self, surface: pygame.Surface, rect: pygame.Rect | tuple, style: str = "warm",
                   padding: int = 2) -> pygame.Rect:
        """Draw a panel filling rect; return the content rect inside its frame."""
        rect = pygame.Rect(rect)
        surface.blit(self.panel(rect.size, style), rect.topleft)
        inside = self.content_rect(rect, style, padding)
        if text_layout.watcher is not None:
            text_layout.watcher.panel(surface, rect, rect.inflate(-2, -2))  # text may use the padding, not the frame
        return inside

    def draw_pointer(self, surface: pygame.Surface, panel_rect: pygame.Rect | tuple, x: int,
                     style: str = "warm", up: bool = False) -> pygame.Rect:
        """Draw the speech pointer on a panel's bottom edge (or top edge, flipped,
        when up=True), centred on x. Returns where it was drawn."""
        panel_rect = pygame.Rect(panel_rect)
        image = self.pointer(style)
        # the panel's visible outline sits 3 px inside its rect (2 px of air for the studs)
        outline = 2
        left, top, right, bottom = self.panel_border(style)
        x = max(panel_rect.x + left, min(int(x) - image.get_width() // 2,
                                         panel_rect.right - right - image.get_width()))
        if up:
            key = ("pointer_up", style)
            flipped = self._cache.get(key) or self._cache.put(key, pygame.transform.flip(image, False, True))
            y = panel_rect.y + outline - flipped.get_height() + 1
            return surface.blit(flipped, (x, y))
        y = panel_rect.bottom - outline - 1
        return surface.blit(image, (x, y))

    # -- key caps ------------------------------------------------------------------

    def keycap(self, label: str) -> pygame.Surface:
        """A keyboard key cap with label written on it ("E", "Enter", "Esc", "←");
        one character gives the square cap, longer labels a wide one. Cached.
        Labels sit in the cap height: capitals and digits fit best."""
        key = ("key", label)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        font = self.font
        text_w = font.line_width(label)
        face_x, face_y, face_w, face_h = self.meta["key_face"]
        src_w, src_h = self.rects["key"].size
        width = max(src_w, text_w + 2 * (face_x + 1))
        out = self.nine_slice("key", (width, src_h)).copy()
        ink = _hex(self.meta["key_label"])
        # cap height centred on the face, a row above centre (the face has a lip below)
        y = face_y + (face_h - font.cap_height) // 2 - font.cap_top
        x = (width - text_w + 1) // 2
        out.blit(font.render(label, ink), (x, y))
        return self._cache.put(key, out)

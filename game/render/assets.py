"""Images, sprite sheets and fonts, loaded once and converted for fast blitting."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.errors import ContentError
from game.content.media import load_png
from game.core import paths
from game.core.paths import relative
from game.render.sky_cache import NOWHERE, SkyCache
from game.render.sprites import FRAME_H, FRAME_W, SpriteSheet
from game.render.text import BitmapFont
from game.render.ui_art import UiArt


class Assets:
    def __init__(self, root: Path = paths.ASSETS, skies: SkyCache = NOWHERE):
        self.root = root
        self.skies = skies  # where the night skies are kept between runs (game/render/sky_cache.py)
        self._images: dict[Path, pygame.Surface] = {}
        self._sheets: dict[tuple[str, tuple | None], SpriteSheet] = {}
        self._fonts: dict[str, BitmapFont] = {}
        self._portraits: dict[tuple[str, str], Path | None] = {}  # (name, expression) -> the file shown
        self._ui: UiArt | None = None

    def portrait(self, name: str, expression: str = "neutral") -> pygame.Surface | None:
        """A character's 40×40 dialogue portrait with that expression (NAME_EXPRESSION.png), else
        their neutral face (NAME.png), or None when they have none."""
        key = (name, expression)
        if key not in self._portraits:  # looked up once, not on every frame a box is drawn
            candidates = (Path("portraits") / f"{name}_{expression}.png", Path("portraits") / f"{name}.png")
            self._portraits[key] = next((path for path in candidates if self._file(path).is_file()), None)
        path = self._portraits[key]
        return self.image(path) if path is not None else None

    def font(self, name: str = "pixel") -> BitmapFont:
        """The pixel font for body text, or 'title' for chapter cards."""
        if name not in self._fonts:
            self._fonts[name] = BitmapFont(self.root / "fonts" / name)
        return self._fonts[name]

    def ui(self) -> UiArt:
        """Panels, key caps and pad buttons."""
        if self._ui is None:
            self._ui = UiArt(self.root / "ui", font=self.font())
        return self._ui

    def _file(self, relative_path: str | Path) -> Path:
        """A file named by content (a sprite, a portrait): it must lie in the assets folder."""
        try:
            return paths.inside(self.root, relative_path, roots=(self.root,))
        except paths.OutsideContent as error:
            raise ContentError(relative(self.root), None, f"image {error}") from None

    def image(self, relative_path: str | Path) -> pygame.Surface:
        path = self._file(relative_path)
        if path not in self._images:
            if not path.is_file():
                raise ContentError(relative(path), None, "image file not found")
            image = load_png(path)
            try:
                self._images[path] = image.convert_alpha()
            except pygame.error as error:
                raise ContentError(relative(path), None, f"image could not be read: {error}") from error
        return self._images[path]

    def sheet(self, name: str, tint: tuple[int, int, int] | None = None) -> SpriteSheet:
        """A character's sheet; with `tint`, its colours multiplied by it (made once, not per frame)."""
        key = (name, tint)
        if key not in self._sheets:
            image = self.image(Path("sprites") / f"{name}.png")
            if image.get_width() < FRAME_W or image.get_height() < FRAME_H * 4:
                raise ContentError(relative(self.root / "sprites" / f"{name}.png"), None,
                                   f"sprite sheet must hold 4 rows of {FRAME_W}x{FRAME_H} frames")
            if tint is not None:
                image = image.copy()
                image.fill(tint, special_flags=pygame.BLEND_MULT)
            self._sheets[key] = SpriteSheet(image, name)
        return self._sheets[key]

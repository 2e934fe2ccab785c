"""The scene stack: push, pop, replace, and overlays that draw over what is below.

Changes asked for during an update are queued and applied between ticks, so a
scene never disappears while its own code is still running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

    from game.core.context import Context
    from game.core.input import InputFrame


class Scene:
    """One screen of the game. Subclasses override what they need.

    `opaque` scenes hide everything below them; an overlay (opaque = False)
    is drawn on top of the scene beneath it, which keeps its last picture but
    receives no updates while covered.

    `kind` says which screen it is, by the name navigation makes it by (game/scenes/__init__.py:
    "title", "explore", "dialogue", "pause", "minigame", …). Whatever drives the game as a person
    does (game/players/) tells screens apart by it, never by their class, and reads what a person
    sees: a dialogue's `choices` and `cursor`, a menu's `items` and `cursor`, a map's `level`.
    """

    opaque = True
    kind = ""

    @property
    def covers_canvas(self) -> bool:
        """True while draw() paints every pixel of the canvas, so the frame need not be cleared
        first (a full-screen clear is a measurable share of a frame at 1080p)."""
        return False

    def __init__(self, ctx: Context):
        self.ctx = ctx

    def enter(self) -> None:
        """Called once, when the scene first becomes part of the stack."""

    def exit(self) -> None:
        """Called once, when the scene leaves the stack."""

    def pause(self) -> None:
        """Another scene was pushed on top of this one."""

    def resume(self) -> None:
        """The scene above was popped; this one is on top again."""

    def update(self, frame: InputFrame, dt: float) -> None:
        """Advance one fixed tick of `dt` seconds (only the top scene is updated)."""

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """Draw onto the logical canvas; `alpha` is how far we are into the next tick."""

    def snapshot(self) -> dict:
        """What this scene's state IS, as plain JSON data (the STATE hash: game/diagnostics/state.py).

        Only what the seed and the intents decide and what decides what comes next: never a cache,
        a view, a service or what can be worked out again from the rest. Each scene declares its own."""
        raise NotImplementedError(f"{type(self).__name__} does not declare its state (snapshot())")


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._pending: list[tuple[str, Scene | None]] = []

    def __len__(self) -> int:
        return len(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> tuple[Scene, ...]:
        return tuple(self._scenes)

    def push(self, scene: Scene) -> None:
        self._pending.append(("push", scene))

    def pop(self) -> None:
        self._pending.append(("pop", None))

    def replace(self, scene: Scene) -> None:
        """Pop the top scene and push `scene` in its place."""
        self._pending.append(("replace", scene))

    def clear_to(self, scene: Scene) -> None:
        """Drop every scene and start over from `scene` (e.g. back to the title)."""
        self._pending.append(("clear", scene))

    def apply_pending(self) -> None:
        while self._pending:
            action, scene = self._pending.pop(0)
            if action == "push":
                self._push_now(scene)
            elif action == "pop":
                self._pop_now()
                if self.top is not None:
                    self.top.resume()
            elif action == "replace":
                self._pop_now()
                self._push_now(scene, pause_below=False)
            elif action == "clear":
                while self._scenes:
                    self._pop_now()
                self._push_now(scene)

    def _push_now(self, scene: Scene, pause_below: bool = True) -> None:
        if pause_below and self.top is not None:
            self.top.pause()
        self._scenes.append(scene)
        scene.enter()

    def _pop_now(self) -> None:
        if self._scenes:
            self._scenes.pop().exit()

    def update(self, frame: InputFrame, dt: float) -> None:
        self.apply_pending()
        if self.top is not None:
            self.top.update(frame, dt)
        self.apply_pending()

    def _first_drawn(self) -> int:
        """The index of the topmost opaque scene: drawing starts there."""
        for index in range(len(self._scenes) - 1, -1, -1):
            if self._scenes[index].opaque:
                return index
        return 0

    @property
    def covers_canvas(self) -> bool:
        """True when the first scene drawn paints every pixel (no need to clear the frame)."""
        return bool(self._scenes) and self._scenes[self._first_drawn()].covers_canvas

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        for scene in self._scenes[self._first_drawn():]:
            scene.draw(canvas, alpha)

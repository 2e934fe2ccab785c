"""A small vertical menu over the scene below: the pause menu, the settings, the controls, a question.

Up/down move, Interact chooses, left/right change a setting, Back closes. Each menu's `kind` is the
name it is made by (game/scenes/__init__.py: SCENES): "pause", "settings", "controls", "confirm".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from game.content.chores import chores_left
from game.content.locale import LANGUAGE_NAME
from game.content.strings import language_names
from game.core.input import InputFrame, Intent, Key
from game.core.key_labels import key_text
from game.core.scenes import Scene
from game.core.settings import PAD_PROMPTS, TEXT_SPEEDS
from game.render import menu_view


@dataclass
class MenuItem:
    label: Callable[[], str] | str
    on_choose: Callable[[], None] | None = None
    on_change: Callable[[int], None] | None = None  # -1 or +1 from left/right

    def text(self) -> str:
        return self.label() if callable(self.label) else self.label


class MenuScene(Scene):
    opaque = False

    def __init__(self, ctx, title: Callable[[], str] | str, items: list[MenuItem],
                 aside: Callable[[], tuple[str, list[str]] | None] | None = None, message: str = "",
                 kind: str = "menu"):
        """`title` and the items' labels are read at each draw (a language change shows at once);
        `aside`, when it gives a heading and lines, is a panel beside the menu (the chores left);
        `message`, a question or a word of explanation under the title; `kind`, which menu it is."""
        super().__init__(ctx)
        self.kind = kind
        self._title = title
        self.items = items
        self.aside = aside
        self.message = message
        self.cursor = 0

    def snapshot(self) -> dict:
        """Which menu (its words tell it: the pause menu, the settings, Controls waiting for a key) and
        where the cursor is."""
        return {"scene": "menu", "title": self.title, "items": [item.text() for item in self.items],
                "message": self.message, "cursor": self.cursor}

    @property
    def title(self) -> str:
        return self._title() if callable(self._title) else self._title

    def close(self) -> None:
        self.ctx.scenes.pop()

    def _under_another_menu(self) -> bool:
        """A menu opened from this one (Settings from the pause menu) takes its place on screen: two
        translucent panels one over the other made both hard to read."""
        scenes = self.ctx.scenes.scenes
        above = scenes[scenes.index(self) + 1:] if self in scenes else []
        return any(isinstance(scene, MenuScene) for scene in above)

    def update(self, frame: InputFrame, dt: float) -> None:
        pressed = frame.pressed
        audio = self.ctx.audio
        if Intent.UP in pressed:
            self.cursor = (self.cursor - 1) % len(self.items)
            audio.play("ui_move")
        elif Intent.DOWN in pressed:
            self.cursor = (self.cursor + 1) % len(self.items)
            audio.play("ui_move")
        elif Intent.LEFT in pressed or Intent.RIGHT in pressed:
            item = self.items[self.cursor]
            if item.on_change:
                item.on_change(-1 if Intent.LEFT in pressed else 1)
                audio.play("ui_move")  # heard at the new volume when the volume is what changed
        elif Intent.INTERACT in pressed:
            item = self.items[self.cursor]
            audio.play("ui_select")
            if item.on_choose:
                item.on_choose()
            elif item.on_change:
                item.on_change(1)
        elif Intent.BACK in pressed or Intent.PAUSE in pressed:
            audio.play("ui_back")
            self.close()

    def draw(self, canvas, alpha: float) -> None:
        if not self.ctx.can_draw or self._under_another_menu():
            return
        menu_view.draw(canvas, self.ctx.assets, self.title, [item.text() for item in self.items], self.cursor,
                       self.aside() if self.aside else None, self.message)


class ConfirmScene(MenuScene):
    """A question with No and Yes, No chosen to begin with: a careless Enter changes nothing. Back is No."""

    def __init__(self, ctx, title: str, question: str, on_yes: Callable[[], None]):
        def yes():
            self.close()
            on_yes()

        super().__init__(ctx, title, [MenuItem(lambda: ctx.strings("saves.no"), self.close),
                                      MenuItem(lambda: ctx.strings("saves.yes"), yes)], message=question,
                         kind="confirm")


def pause_menu(ctx) -> MenuScene:
    """Esc / Start during play: resume, settings, save and quit to the title."""
    def chores():
        """What is still to do in this chapter, when it has chores."""
        left = chores_left(ctx.session) if ctx.session is not None else None
        if left is None:
            return None
        return ctx.strings("pause.chores"), [ctx.strings(f"chores.{name}") for name in left] or [
            ctx.strings("pause.nothing_left")]

    menu = MenuScene(ctx, lambda: ctx.strings("ui.paused"), [], aside=chores, kind="pause")
    menu.items = [
        MenuItem(lambda: ctx.strings("ui.resume"), menu.close),
        MenuItem(lambda: ctx.strings("ui.settings"), ctx.nav.settings),
        MenuItem(lambda: ctx.strings("ui.save_and_quit"), ctx.nav.save_and_quit),
    ]
    return menu


def _cycle(options: tuple, current, step: int):
    index = options.index(current) if current in options else 0
    return options[(index + step) % len(options)]


def settings_menu(ctx) -> MenuScene:
    """Every setting, applied at once and kept between runs."""
    settings = ctx.settings

    def changed():
        ctx.settings_changed()

    def volume(name):
        def change(step):
            setattr(settings, name, round(min(1.0, max(0.0, getattr(settings, name) + 0.1 * step)), 1))
            changed()
        return change

    def cycle(name, options):
        def change(step):
            setattr(settings, name, _cycle(options, getattr(settings, name), step))
            changed()
        return change

    def toggle(name):
        def change(step):
            setattr(settings, name, not getattr(settings, name))
            changed()
        return change

    def window_change(step):
        modes = ("auto", 1, 2, 3, 4, "fullscreen")
        current = "fullscreen" if settings.fullscreen else (settings.window_scale or "auto")
        mode = _cycle(modes, current, step)
        settings.fullscreen = mode == "fullscreen"
        settings.window_scale = mode if isinstance(mode, int) else 0
        changed()

    def t(key, **values):  # looked up at each draw, so a language change shows at once
        return ctx.strings(key, **values)

    def window_label():
        if settings.fullscreen:
            return t("ui.window_fullscreen")
        return t("ui.window_scale", value=settings.window_scale) if settings.window_scale else t("ui.window_fit")

    def on_off(value):
        return t("ui.on") if value else t("ui.off")

    names = language_names()  # each language by its own name; the languages are the catalogues present

    def language_label():
        name = names.get(settings.language) or ctx.strings.translate(LANGUAGE_NAME, "English")
        return t("ui.language", value=name)

    items = [
        MenuItem(lambda: t("ui.music_volume", value=round(settings.music_volume * 100)),
                 on_change=volume("music_volume")),
        MenuItem(lambda: t("ui.effects_volume", value=round(settings.effects_volume * 100)),
                 on_change=volume("effects_volume")),
        MenuItem(lambda: t("ui.text_speed", value=t(f"values.{settings.text_speed_name}")),
                 on_change=cycle("text_speed_name", tuple(TEXT_SPEEDS))),
        MenuItem(window_label, on_change=window_change),
        MenuItem(language_label, on_change=cycle("language", tuple(names))),
        MenuItem(lambda: t("ui.button_prompts", value=t(f"values.{settings.pad_prompts}")),
                 on_change=cycle("pad_prompts", PAD_PROMPTS)),
        MenuItem(lambda: t("ui.assist", value=on_off(settings.assist)), on_change=toggle("assist")),
        MenuItem(lambda: t("ui.reduced_flashing", value=on_off(settings.reduced_flashing)),
                 on_change=toggle("reduced_flashing")),
    ]
    if ctx.input is not None:
        items.append(MenuItem(lambda: t("ui.controls"), ctx.nav.controls))
    menu = MenuScene(ctx, lambda: t("ui.settings"), items, kind="settings")
    items.append(MenuItem(lambda: t("ui.back"), menu.close))
    return menu


def controls_menu(ctx) -> MenuScene:
    """Rebind the keyboard: choose an action, press the new key; a key another action uses is refused.
    Keys show by what they type on the player's layout, in the player's language ("Haut : Z", "Entrée")."""
    collector = ctx.input
    menu = MenuScene(ctx, lambda: ctx.strings("ui.controls"), [], kind="controls")
    state = {"waiting": None, "message": ""}

    def label(intent):
        def text():
            if state["waiting"] is intent:
                keys = ctx.strings("ui.press_a_key")
            else:
                keys = ctx.strings("controls.separator").join(key_text(ctx, key) for key in collector.keys[intent])
            return ctx.strings("controls.binding", action=ctx.strings(f"actions.{intent.value}"), keys=keys)
        return text

    def start(intent):
        def choose():
            state["waiting"] = intent

            def got(code):
                state["waiting"] = None
                refused = collector.rebind(intent, code)  # the rule settings.toml is held to as well
                if refused is not None and refused.used_by is not None:
                    state["message"] = ctx.strings("ui.key_in_use", key=key_text(ctx, Key(code)),
                                                   action=ctx.strings(f"actions.{refused.used_by.value}"))
                elif refused is not None:
                    state["message"] = ctx.strings("ui.key_not_common", key=key_text(ctx, Key(code)),
                                                   action=ctx.strings(f"actions.{intent.value}"))
                else:
                    state["message"] = ""
                    ctx.settings.keys = collector.key_names()
                    ctx.settings_changed()
            collector.capture_next_key(got)
        return choose

    menu.items = [MenuItem(label(intent), start(intent)) for intent in Intent]
    menu.items.append(MenuItem(lambda: state["message"] or ctx.strings("ui.back"), menu.close))
    return menu

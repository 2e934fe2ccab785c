"""The pause menu and the settings, driven with intents as a player would."""

import pygame

from game.core.context import TICK, Context
from game.core.input import InputFrame, Intent
from game.core.saves import SaveStore
from game.core.session import Session
from game.scenes import new_context
from game.scenes.explore import ExploreScene
from game.scenes.menu import MenuScene
from game.scenes.title import TitleScene


def tap(ctx, *intents):
    for intent in intents:
        ctx.scenes.update(InputFrame.of(pressed=[intent]), TICK)
        ctx.scenes.update(InputFrame(), TICK)


def walking_in_the_vineyard(tmp_path) -> Context:
    ctx = new_context(session=Session.new(), saves=SaveStore(tmp_path), announce=lambda line: None)
    ctx.nav.chapter("vineyard")
    ctx.scenes.apply_pending()
    while not isinstance(ctx.scenes.top, ExploreScene) or ctx.scenes.top.transitioning or len(ctx.scenes) > 1:
        ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]) if ctx.clock.ticks % 2 else InputFrame(), TICK)
        ctx.clock.ticks += 1
    return ctx


def test_escape_pauses_and_resume_returns_to_the_world(tmp_path):
    ctx = walking_in_the_vineyard(tmp_path)
    tap(ctx, Intent.PAUSE)
    assert isinstance(ctx.scenes.top, MenuScene) and ctx.scenes.top.title == "Paused"
    tap(ctx, Intent.INTERACT)  # Resume
    assert isinstance(ctx.scenes.top, ExploreScene)


def test_settings_change_at_once_and_are_reported_for_keeping(tmp_path):
    ctx = walking_in_the_vineyard(tmp_path)
    changes = []
    ctx.on_settings_changed = lambda: changes.append(ctx.settings.music_volume)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.INTERACT)  # Settings
    assert ctx.scenes.top.title == "Settings"
    tap(ctx, Intent.LEFT, Intent.LEFT)  # music volume down twice
    assert round(ctx.settings.music_volume, 1) == 0.5 and changes == [0.6, 0.5]
    tap(ctx, Intent.DOWN, Intent.DOWN, Intent.RIGHT)  # text speed: normal -> fast
    assert ctx.settings.text_speed_name == "fast"
    tap(ctx, Intent.BACK, Intent.BACK)
    assert isinstance(ctx.scenes.top, ExploreScene)


def test_save_and_quit_to_title_then_continue(tmp_path):
    ctx = walking_in_the_vineyard(tmp_path)
    for _ in range(40):
        ctx.scenes.update(InputFrame.of([Intent.DOWN]), TICK)
    where = (ctx.scenes.top.level.player_position.x, ctx.scenes.top.level.player_position.y)
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.DOWN, Intent.INTERACT)  # Save and quit to title
    ctx.scenes.apply_pending()
    title = ctx.scenes.top
    assert isinstance(title, TitleScene) and title.items == ["continue", "new", "settings", "quit"]
    tap(ctx, Intent.INTERACT)  # Continue, first and under the cursor
    ctx.scenes.apply_pending()
    scene = ctx.scenes.top
    assert isinstance(scene, ExploreScene) and scene.map_name == "vineyard"
    assert (scene.level.player_position.x, scene.level.player_position.y) == where


def test_escape_pauses_in_the_middle_of_a_conversation_too(tmp_path):
    from game.scenes.dialogue import DialogueScene

    ctx = walking_in_the_vineyard(tmp_path)
    ctx.scenes.push(DialogueScene(ctx, "vineyard_bench"))
    ctx.scenes.apply_pending()
    tap(ctx, Intent.PAUSE)
    assert isinstance(ctx.scenes.top, MenuScene)
    tap(ctx, Intent.INTERACT)  # Resume: back to the same line
    assert isinstance(ctx.scenes.top, DialogueScene) and ctx.scenes.top.line is not None


def test_settings_opened_from_the_pause_menu_are_the_only_panel_on_screen(tmp_path):
    """Settings drawn over the pause menu showed both translucent panels, one through the other;
    the menu a player is in is drawn alone over the dimmed world."""
    from game.app import App, RunOptions

    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    ctx = app.ctx
    ctx.session = Session.new()
    ctx.nav.chapter("vineyard")
    ctx.scenes.apply_pending()
    while ctx.scenes.top.transitioning or len(ctx.scenes) > 1:  # the arrival and its opening message
        app.tick(InputFrame.of(pressed=[Intent.INTERACT]) if app.ticks % 2 else InputFrame())
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.INTERACT)  # Settings
    world, paused, settings = ctx.scenes.scenes
    assert (paused.title, settings.title) == ("Paused", "Settings")
    app.render(0.0)
    both = app.canvas.copy()
    ctx.scenes.pop()  # the same frame with no pause menu under the settings at all
    ctx.scenes.pop()
    ctx.scenes.push(settings)
    ctx.scenes.apply_pending()
    assert ctx.scenes.scenes == (world, settings)
    app.render(0.0)
    assert pygame.image.tobytes(both, "RGB") == pygame.image.tobytes(app.canvas, "RGB")


def test_settings_opened_at_the_title_hide_the_title_s_words(tmp_path):
    """The game's name and the title's menu read through the Settings panel; under a menu the title
    shows only its sky: what its own menu says no longer changes the picture."""
    from game.app import App, RunOptions

    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    ctx = app.ctx
    title = TitleScene(ctx)
    ctx.scenes.clear_to(title)
    ctx.scenes.apply_pending()
    for _ in range(150):  # the name has faded in
        app.tick(InputFrame())
    app.render(0.0)
    alone = pygame.image.tobytes(app.canvas, "RGB")
    title.cursor = (title.cursor + 1) % len(title.items)
    app.render(0.0)
    assert pygame.image.tobytes(app.canvas, "RGB") != alone  # the title's menu is on screen
    title.cursor = title.items.index("settings")
    tap(ctx, Intent.INTERACT)
    assert ctx.scenes.top.title == "Settings"
    app.render(0.0)
    under_settings = pygame.image.tobytes(app.canvas, "RGB")
    title.cursor = 0
    app.render(0.0)
    assert pygame.image.tobytes(app.canvas, "RGB") == under_settings


def test_a_language_switched_with_the_menus_open_changes_their_titles_too(tmp_path):
    ctx = walking_in_the_vineyard(tmp_path)
    ctx.on_settings_changed = ctx.apply_language
    tap(ctx, Intent.PAUSE, Intent.DOWN, Intent.INTERACT)  # Settings
    settings = ctx.scenes.top
    tap(ctx, *[Intent.DOWN] * 4, Intent.RIGHT)  # Language: English -> Français
    assert ctx.settings.language == "fr"
    assert settings.title == "Réglages"
    tap(ctx, Intent.BACK)
    assert ctx.scenes.top.title == "Pause" and ctx.scenes.top.items[0].text() == "Reprendre"


def test_controls_show_each_key_by_its_name_on_the_players_layout_in_the_players_language(monkeypatch):
    from game.app import App, RunOptions
    from game.content.strings import Strings
    from game.core import keyboard
    from game.scenes.menu import controls_menu

    app = App(RunOptions(headless=True), announce=lambda line: None)
    ctx, pg = app.ctx, app.pygame
    azerty = {pg.KSCAN_W: pg.K_z, pg.KSCAN_A: pg.K_q}  # a French keyboard
    key_at = keyboard.key_at  # the dummy driver's own layout: a US keyboard's
    monkeypatch.setattr(keyboard, "key_at", lambda scancode: azerty.get(scancode) or key_at(scancode))
    menu = controls_menu(ctx)
    labels = [item.text() for item in menu.items]
    assert labels[:2] == ["Up: Z, ↑", "Down: S, ↓"]
    assert labels[2] == "Left: Q, ←"
    assert labels[4] == "Interact: E, Space, Enter, Keypad Enter"
    ctx.strings = Strings("fr")
    labels = [item.text() for item in menu.items]
    assert labels[0] == "Haut : Z, ↑"
    assert labels[4] == "Agir : E, Espace, Entrée, Entrée (pavé num.)"
    assert labels[5] == "Retour : Échap, Retour arrière"
    assert menu.title == "Commandes"

"""Panels are opaque: nothing of the world behind a dialogue box or a result card reads through.

Each test draws the same box twice over two different worlds (two fills, every pixel of them
different) and finds the box as the pixels that stayed the same: inside its frame, none may
have changed.
"""

import pygame
import pytest

from game.app import App, RunOptions
from game.berlin.registry import careless_for
from game.core.input import InputFrame
from game.core.scenes import Scene
from game.core.session import Session
from game.scenes.dialogue import DialogueScene
from game.scenes.message import MessageScene

WORLDS = ((40, 160, 90), (230, 60, 200))  # two backgrounds that differ in every channel


class World(Scene):
    """What lies behind the box: one flat colour, changed between two frames."""

    colour = WORLDS[0]

    def draw(self, canvas, alpha):
        canvas.fill(self.colour)


@pytest.fixture
def app():
    app = App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)
    app.ctx.session = Session.new()
    return app


def two_frames(app, paint_world) -> tuple[pygame.Surface, pygame.Surface]:
    frames = []
    for colour in WORLDS:
        paint_world(colour)
        app.render(0.0)
        frames.append(app.canvas.copy())
    return frames[0], frames[1]


def box_interior_changed(first: pygame.Surface, second: pygame.Surface) -> tuple[pygame.Rect, int]:
    """The box (the bounding rectangle of what stayed the same) and how many pixels changed inside
    its frame (a panel's 9-slice frame is 7 px thick, 2 of them air for the corner studs)."""
    width, height = first.get_size()
    same = [(x, y) for y in range(height) for x in range(width) if first.get_at((x, y)) == second.get_at((x, y))]
    assert same, "nothing was drawn over the world"
    xs, ys = [x for x, _ in same], [y for _, y in same]
    box = pygame.Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    inside = box.inflate(-10, -10)
    changed = sum(1 for y in range(inside.top, inside.bottom) for x in range(inside.left, inside.right)
                  if first.get_at((x, y)) != second.get_at((x, y)))
    return box, changed


def stack(app, *scenes):
    for scene in scenes:
        app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()


def test_a_dialogue_box_hides_the_world_behind_it(app):
    world = World(app.ctx)
    dialogue = DialogueScene(app.ctx, "garden_stars")
    stack(app, world, dialogue)
    app.tick(InputFrame(pressed=frozenset()))
    dialogue.shown = float(len(dialogue.line.text))  # the whole line, as when the player reads it
    box, changed = box_interior_changed(*two_frames(app, lambda colour: setattr(world, "colour", colour)))
    assert box.width > 300 and box.height >= 40  # the message box, across the screen
    assert changed == 0


def test_a_message_with_a_portrait_hides_the_world_behind_it(app):
    world = World(app.ctx)
    stack(app, world, MessageScene(app.ctx, "Sophie", "She is looking at the stars.", portrait="sophie"))
    for _ in range(120):
        app.tick(InputFrame())
    box, changed = box_interior_changed(*two_frames(app, lambda colour: setattr(world, "colour", colour)))
    assert box.width > 300
    assert changed == 0


def test_a_berlin_result_card_hides_the_game_behind_it(app):
    from game.berlin.registry import scene_for
    from game.core.context import TICK

    scene = scene_for(app.ctx, "stakeout")
    app.ctx.scenes.clear_to(scene)
    app.ctx.scenes.apply_pending()
    player = careless_for(scene)
    for _ in range(round(600 / TICK)):
        if scene.phase == "result":
            break
        app.tick(player(app.ctx))
    assert scene.phase == "result"
    behind = {"colour": WORLDS[0]}
    scene.draw_play = lambda canvas, alpha: canvas.fill(behind["colour"])  # the game as it stands, behind the card
    box, changed = box_interior_changed(*two_frames(app, lambda colour: behind.update(colour=colour)))
    assert box.width >= 300 and box.height >= 60  # the card, in the middle of the screen
    assert changed == 0


def test_a_menu_over_a_conversation_keeps_its_choices_out_of_the_way(app, monkeypatch):
    """Paused while choices are on offer, the pause menu stood over the choices' panel, its edges
    showing round the menu's; the choices wait out of sight while a menu is up, the line stays in
    view, and they are back as the menu closes."""
    from game.core.input import Intent
    from game.render import dialogue_box

    drawn = []
    real = dialogue_box.draw_choices
    monkeypatch.setattr(dialogue_box, "draw_choices", lambda *a, **k: (drawn.append(a[2]), real(*a, **k))[1])
    dialogue = DialogueScene(app.ctx, app.ctx.session.chapters["dinner"].intro)
    stack(app, World(app.ctx), dialogue)
    for tick in range(3000):
        if dialogue.choices:
            break
        app.tick(InputFrame.of(pressed=[Intent.INTERACT]) if tick % 2 else InputFrame())
    assert dialogue.choices
    app.render(0.0)
    assert drawn == [[choice.text for choice in dialogue.choices]]
    drawn.clear()
    app.tick(InputFrame.of(pressed=[Intent.PAUSE]))
    assert app.ctx.scenes.top.kind == "pause"
    app.render(0.0)
    assert drawn == []
    app.tick(InputFrame.of(pressed=[Intent.PAUSE]))  # Esc again: back to the conversation
    assert app.ctx.scenes.top is dialogue and dialogue.choices
    app.render(0.0)
    assert drawn == [[choice.text for choice in dialogue.choices]]

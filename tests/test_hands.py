"""The player's hands: what he uses, when input counts, and where doors leave him.

Driven as a person plays: intents in, the level's and the scenes' state out.
"""

import pygame
import pytest

from game.app import App, RunOptions
from game.content.maps import load_map
from game.core.input import InputFrame, Intent
from game.core.scenes import Scene
from game.core.session import Session
from game.scenes import new_context
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.message import MessageScene
from game.world.components import Area, Named
from game.world.events import Interacted
from game.world.level import Level

TICK = 1 / 60


def named(level, name):
    return next(entity for entity, item in level.world.query(Named) if item.name == name)


def hold(level, intents, ticks):
    events = []
    for _ in range(ticks):
        events += level.update(InputFrame.of(intents), TICK)
    return events


def run(ctx, frame, ticks=1):
    for _ in range(ticks):
        ctx.scenes.update(frame, TICK)


def explore(ctx, path):
    scene = ExploreScene(ctx, path)
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    run(ctx, InputFrame(), 30)  # the fade-in ends
    return scene


# -- generous interaction ----------------------------------------------------------------------
@pytest.mark.parametrize("facing", ["up", "down", "right"])
def test_the_well_is_used_from_its_side_whichever_way_he_faces_but_away(facing):
    level = Level(load_map("vineyard"))
    well = named(level, "well")
    area = level.world.get(well, Area)
    # beside the well's west side, his feet level with its lower half
    level.set_player_position(area.x - 5 - 4, area.y + 26, facing)
    assert level.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK) == [Interacted(well)]
    level.set_player_position(area.x - 5 - 4, area.y + 26, "left")  # his back to it
    assert level.focus is None


def test_walking_along_a_vine_row_finds_the_old_vine_beside_him():
    level = Level(load_map("vineyard"))
    vine = named(level, "old_vine")
    area = level.world.get(vine, Area)
    # in the path below the row, well west of the old vine, walking east along the row
    level.set_player_position(area.x - 48, area.y + area.h + 12, "right")
    seen = []
    for _ in range(90):
        level.update(InputFrame.of([Intent.RIGHT]), TICK)
        seen.append(level.focus)
        if level.focus == vine:
            break
    assert level.focus == vine, "the old vine never came into reach walking past it"
    assert level.player_facing == "right"  # he still faces along the row
    events = level.update(InputFrame.of([Intent.RIGHT], pressed=[Intent.INTERACT]), TICK)
    assert Interacted(vine) in events


def test_the_nearest_thing_in_reach_is_the_one_used(tmp_path):
    import mapkit

    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "room", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "interactable", "name": "ahead", "x": 6, "y": 3, "w": 1, "h": 1, "props": {"text": "Ahead."}},
        {"kind": "interactable", "name": "beside", "x": 5, "y": 2, "w": 1, "h": 1, "props": {"text": "Beside."}},
    ])
    level = Level(load_map(path))
    # facing east, his body from x 81 to 91: "ahead" (x 96-112, y 48-64) is 5 px in front of him,
    # "beside" (x 80-96, y 32-48) 3 px over his head
    level.set_player_position(86, 57, "right")
    assert level.focus == named(level, "beside")
    level.set_player_position(86, 63, "right")  # a few pixels down: "beside" is 9 px away, "ahead" 5
    assert level.focus == named(level, "ahead")
    level.set_player_position(56, 63, "right")
    assert level.focus is None  # 35 px short of "ahead", "beside" behind him: nothing in reach


@pytest.fixture
def app():
    return App(RunOptions(headless=True, window_size=(480, 270)), announce=lambda line: None)


def frame_of(app, scene, with_prompt):
    """The canvas with the prompt drawn, or without it (a scene over the map hides the prompt)."""
    scenes = app.ctx.scenes
    if not with_prompt:
        scenes.push(Scene(app.ctx))  # a scene over the map that draws nothing of its own
        scenes.apply_pending()
    try:
        app.canvas.fill((0, 0, 0))
        scene.draw(app.canvas, 0.0)
    finally:
        if not with_prompt:
            scenes.pop()
            scenes.apply_pending()
    return app.canvas.copy()


def changed_rect(a, b) -> pygame.Rect | None:
    """The bounding rectangle of the pixels that differ between two pictures."""
    one, other = a.copy(), b.copy()
    one.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    other.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    one.blit(other, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    same = pygame.mask.from_threshold(one, (0, 0, 0), (1, 1, 1, 255))
    same.invert()
    rects = same.get_bounding_rects()
    return rects[0].unionall(rects) if rects else None


def stand_above(level, entity):  # facing down at it from just above: a bubble above it would cover him
    x, y, w, h = level.use_rect(entity)
    level.set_player_position(x + w / 2, y - 1, "down")


def stand_left(level, entity):  # beside its west side, facing it
    x, y, w, h = level.use_rect(entity)
    level.set_player_position(x - 9, y + h - 4, "right")


@pytest.mark.parametrize("thing, stand, expected", [("old_vine", stand_above, "below"),
                                                    ("Marcel", stand_left, "above"),
                                                    ("well", stand_left, "above")])
def test_the_prompt_sits_by_the_thing_and_never_over_him_or_a_face(app, thing, stand, expected):
    scene = ExploreScene(app.ctx, "vineyard")
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    level = scene.level
    entity = named(level, thing)
    stand(level, entity)
    assert level.focus == entity
    for _ in range(40):  # past the fade-in
        app.tick(InputFrame())
    scene.view.follow(level, 0.0, jump=True)
    with_prompt, without = frame_of(app, scene, True), frame_of(app, scene, False)
    prompt = changed_rect(with_prompt, without)
    assert prompt is not None, "no prompt was drawn"
    ox, oy = scene.view.renderer.get_center_offset()
    player = level.player_position
    him = pygame.Rect(round(player.x) - 8 + ox, round(player.y) - 24 + oy, 16, 24)
    assert not prompt.colliderect(him), f"the prompt {prompt} covers him at {him}"
    x, y, w, h = level.use_rect(entity)
    target = pygame.Rect(round(x) + ox, round(y) + oy, round(w), 24 if thing == "Marcel" else round(h))
    if expected == "above":  # over a character's head, not their face
        assert target.top - 6 <= prompt.bottom <= target.top
    else:
        assert target.bottom <= prompt.top <= target.bottom + 6
    assert prompt.left < target.right and target.left < prompt.right



def test_the_prompt_shows_the_key_the_player_bound_to_interact(app):
    """Rebound in Controls to F, the bubble says [F]; on a gamepad it shows the pad's button."""
    scene = ExploreScene(app.ctx, "vineyard")
    app.ctx.scenes.push(scene)
    app.ctx.scenes.apply_pending()
    level = scene.level
    stand_left(level, named(level, "well"))
    assert app.ctx.input.rebind(Intent.INTERACT, pygame.K_f) is None
    for _ in range(40):  # past the fade-in
        app.tick(InputFrame())
    scene.view.follow(level, 0.0, jump=True)
    ui = app.ctx.assets.ui()

    def shows(glyph) -> bool:
        with_prompt = frame_of(app, scene, True)
        prompt = with_prompt.subsurface(changed_rect(with_prompt, frame_of(app, scene, False)))
        want = glyph.copy()
        for x in range(prompt.get_width() - want.get_width() + 1):
            for y in range(prompt.get_height() - want.get_height() + 1):
                part = prompt.subsurface((x, y, want.get_width(), want.get_height()))
                if all(part.get_at((i, j)) == want.get_at((i, j))
                       for i in range(want.get_width()) for j in range(want.get_height())
                       if want.get_at((i, j)).a == 255):
                    return True
        return False

    assert shows(ui.keycap("F")) and not shows(ui.keycap("E"))
    app.ctx.settings.pad_prompts = "gamepad"  # as the Controls menu sets it
    assert shows(ui.pad_button("A"))


# -- input hygiene ----------------------------------------------------------------------------
def test_the_press_that_closes_a_message_and_the_next_one_do_not_reopen_it(two_rooms):
    ctx = new_context()
    scene = explore(ctx, two_rooms / "hall.tmx")
    scene.level.set_player_position(4.5 * 16, 2.9 * 16, "up")  # below the clock
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    run(ctx, InputFrame())
    assert isinstance(ctx.scenes.top, MessageScene)
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))  # shows the whole text
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))  # closes it
    assert ctx.scenes.top is scene
    for _ in range(6):  # pressing on out of habit, within a quarter of a second
        run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        run(ctx, InputFrame())
        assert ctx.scenes.top is scene, "a press just after the box closed opened it again"
    run(ctx, InputFrame(), 15)
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    run(ctx, InputFrame())
    assert ctx.scenes.top is scene, "standing still, he has just read it: it waits until he moves"
    run(ctx, InputFrame.of([Intent.DOWN]), 2)  # a step back, and up to it again
    run(ctx, InputFrame.of([Intent.UP]), 2)
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    run(ctx, InputFrame())
    assert isinstance(ctx.scenes.top, MessageScene), "a deliberate press after a step uses it again"


def test_reading_on_past_a_chores_last_line_never_reopens_it_and_the_done_chore_offers_look(app):
    """The playtester's old vine: read with Enter at a reader's pace, then one more Enter 2.5 s after the
    last line. The chore stays closed, no prompt offers it while he stands there, and once he has
    stepped away and back it offers Look (not Tend) and shows what he thinks of it now."""
    ctx = app.ctx
    ctx.session = Session.new()
    ctx.session.chapter = "vineyard"
    scene = explore(ctx, "vineyard")
    level = scene.level
    vine = named(level, "old_vine")
    stand_above(level, vine)
    assert scene.prompt() == "Tend"
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    ctx.scenes.apply_pending()
    assert isinstance(ctx.scenes.top, DialogueScene)
    for _ in range(200):  # a press every half second, as a reader does
        if ctx.scenes.top is scene:
            break
        run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        run(ctx, InputFrame(), 29)
    assert ctx.scenes.top is scene
    assert ctx.session.story.visits("vineyard_tend_vine") == 1 and vine not in level.chores_left
    assert scene.prompt() is None, "a prompt offers what Interact will not use"
    run(ctx, InputFrame(), int(2.5 * 60))
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    run(ctx, InputFrame(), 2)
    assert ctx.scenes.top is scene, "one more Enter, 2.5 s on, opened the old vine again"
    run(ctx, InputFrame.of([Intent.UP]), 4)  # a step away, and back
    run(ctx, InputFrame.of([Intent.DOWN]), 4)
    assert level.focus == vine and scene.prompt() == "Look"
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    ctx.scenes.apply_pending()
    assert isinstance(ctx.scenes.top, DialogueScene), "a deliberate press after a step looks at it again"


def test_the_press_that_finishes_a_line_does_not_choose_and_choices_wait_to_be_read():
    ctx = new_context(session=Session.new())
    dialogue = DialogueScene(ctx, "vineyard_tomatoes")  # two lines, then a choice
    ctx.scenes.push(dialogue)
    ctx.scenes.apply_pending()
    presses = 0
    while not dialogue.choices:
        run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        presses += 1
        assert presses < 20
    story = ctx.session.story
    # a player reading on with Interact, a press every other tick
    for _ in range(8):
        run(ctx, InputFrame())
        run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        assert dialogue.choices, "a choice took a press within 0.3 s of appearing"
    assert story.get("picked_tomatoes") is False
    run(ctx, InputFrame(), 3)
    run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
    assert not dialogue.choices and story.get("picked_tomatoes") is True


def test_leaving_the_cellar_holding_up_does_not_walk_him_back_in():
    ctx = new_context()
    scene = explore(ctx, "cellar")
    stairs = scene.level.world.get(named(scene.level, "stairs_up"), Area)
    scene.level.set_player_position(stairs.x + 8, stairs.y + 30, "up")
    for _ in range(60 * 4):  # holding Up all the way out and on, for four seconds
        run(ctx, InputFrame.of([Intent.UP]))
    assert scene.map_name == "vineyard"
    level = scene.level
    door = level.world.get(named(level, "cellar_door"), Area)
    body_top = level.player_position.y - 6
    assert body_top >= door.y + door.h + 16, "he should stand a whole tile clear of the door"
    assert level.player_facing == "down"
    # once Up is let go, pressing it again is a choice: he walks back in
    run(ctx, InputFrame())
    for _ in range(90):
        run(ctx, InputFrame.of([Intent.UP]))
    assert scene.map_name == "cellar"


# -- the lane's gossip ------------------------------------------------------------------------
def test_the_gossip_on_the_lane_is_overheard_only_before_he_has_met_the_neighbours():
    from game.world.events import TriggerFired

    ctx = new_context(session=Session.new())
    session = ctx.session
    session.chapter = "vineyard"

    def lane():
        level = Level(load_map("vineyard"), chapter="vineyard", story_get=session.variable)
        level.set_player_position(1000, 620, "right")
        return level

    def fired(level, intent):
        return [level.world.get(event.entity, Named).name for event in hold(level, [intent], 150)
                if isinstance(event, TriggerFired)]

    assert fired(lane(), Intent.RIGHT) == ["whisper_far", "whisper_near"]  # walking down towards them
    # having talked with Marcel first (on another evening), the lane is quiet both ways
    ctx.scenes.push(DialogueScene(ctx, "vineyard_marcel"))
    ctx.scenes.apply_pending()
    for _ in range(400):
        if ctx.scenes.top is None:
            break
        run(ctx, InputFrame.of(pressed=[Intent.INTERACT]))
        run(ctx, InputFrame(), 20)
    assert session.story.get("met_neighbours") is True
    level = lane()
    assert fired(level, Intent.RIGHT) == []
    assert fired(level, Intent.LEFT) == []


# -- the yard's way out ------------------------------------------------------------------------
def test_holding_down_from_the_mas_door_walks_him_out_through_the_yard_wall():
    """From the start at the mas door, holding Down: past the yard wall into the vines, not stopped at it."""
    level = Level(load_map("vineyard"))
    start = level.player_position.x
    hold(level, [Intent.DOWN], 60 * 4)
    wall_bottom = 17 * 16  # the yard wall's row of tiles ends here
    assert level.player_position.y > wall_bottom + 24, f"he stopped at y={level.player_position.y:.0f}"
    assert abs(level.player_position.x - start) < 1  # straight down, no side-stepping round it

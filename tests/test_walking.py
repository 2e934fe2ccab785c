"""Driving the player with intents on small maps, as a person with a keyboard would."""

from game.content.maps import load_map
from game.core.input import InputFrame, Intent
from game.scenes import new_context
from game.scenes.explore import ExploreScene
from game.scenes.message import MessageScene
from game.world.events import DoorEntered, Interacted, TriggerFired
from game.world.level import Level

TICK = 1 / 60


def hold(level, intents, ticks):
    events = []
    for _ in range(ticks):
        events += level.update(InputFrame.of(intents), TICK)
    return events


def press(level, intent):
    return level.update(InputFrame.of(pressed=[intent]), TICK)


def test_walking_into_a_wall_stops_him_against_it(two_rooms):
    level = Level(load_map(two_rooms / "hall.tmx"))
    position = level.player_position
    start_y = position.y
    hold(level, [Intent.LEFT], 120)
    # the wall's inner face is at x = 16; his body is 10 wide, centred on his feet
    assert 16 + 5 <= position.x < 16 + 5 + 1.0
    assert position.y == start_y
    assert level.player_facing == "left"


def test_he_walks_at_the_same_speed_diagonally():
    frame = InputFrame.of([Intent.RIGHT, Intent.DOWN])
    dx, dy = frame.move_vector()
    assert abs((dx * dx + dy * dy) ** 0.5 - 1.0) < 1e-9


def test_walking_into_a_door_raises_the_door_event_and_the_scene_changes_map(two_rooms):
    ctx = new_context()  # no assets: pure logic, nothing drawn
    scene = ExploreScene(ctx, two_rooms / "hall.tmx")
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    scene.level.set_player_position(7.5 * 16, 2.75 * 16, "right")
    for _ in range(90):
        ctx.scenes.update(InputFrame.of([Intent.RIGHT]), TICK)
        if scene.map_name != "hall":
            break
    assert scene.map_name == "cellar"
    # the cellar's spawn is a step off its door: he arrives a whole tile clear of it, facing away
    spawn = scene.level.map.spawns["from_hall"]
    door_right = 2 * 16
    assert scene.level.player_position.y == spawn.feet[1]
    assert scene.level.player_position.x == door_right + 16 + 5  # his body's left side a tile from the door
    assert scene.level.player_facing == "right"
    # and back through the cellar's door to the hall's named spawn
    for _ in range(120):
        ctx.scenes.update(InputFrame.of([Intent.LEFT]), TICK)
        if scene.map_name != "cellar":
            break
    assert scene.map_name == "hall"
    # the hall's spawn is already more than a tile from its door: he arrives on it
    assert (scene.level.player_position.x, scene.level.player_position.y) == scene.level.map.spawns[
        "from_cellar"].feet


def test_a_door_event_names_its_target(two_rooms):
    level = Level(load_map(two_rooms / "hall.tmx"))
    level.set_player_position(7.5 * 16, 2.75 * 16)
    events = hold(level, [Intent.RIGHT], 30)
    doors = [event for event in events if isinstance(event, DoorEntered)]
    assert len(doors) == 1 and (doors[0].target_map, doors[0].target_spawn) == ("cellar", "from_hall")


def test_the_prompt_appears_only_when_facing_something_he_can_use(two_rooms):
    ctx = new_context()
    scene = ExploreScene(ctx, two_rooms / "hall.tmx")
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    for _ in range(30):  # the fade-in ends
        ctx.scenes.update(InputFrame(), TICK)
    # the clock hangs on the top wall at tile (4, 1); stand below it
    scene.level.set_player_position(4.5 * 16, 2.9 * 16, "down")
    assert scene.prompt() is None
    ctx.scenes.update(InputFrame.of([Intent.UP]), TICK)
    assert scene.level.player_facing == "up"
    assert scene.prompt() == "Look"
    # using it opens the message over the world; Interact again closes it
    ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
    ctx.scenes.update(InputFrame(), TICK)
    assert isinstance(ctx.scenes.top, MessageScene) and ctx.scenes.top.text == "The clock ticks."
    assert scene.prompt() is None  # just used: offered again once he has moved
    for _ in range(2):
        ctx.scenes.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
    assert ctx.scenes.top is scene
    ctx.scenes.update(InputFrame.of([Intent.DOWN]), TICK)
    assert scene.prompt() is None


def test_a_trigger_fires_when_he_walks_in_and_only_once(two_rooms):
    level = Level(load_map(two_rooms / "hall.tmx"))
    level.set_player_position(3.5 * 16, 4.5 * 16, "right")
    events = hold(level, [Intent.RIGHT], 60)
    assert sum(isinstance(event, TriggerFired) for event in events) == 1
    events = hold(level, [Intent.LEFT], 60) + hold(level, [Intent.RIGHT], 60)
    assert not any(isinstance(event, TriggerFired) for event in events)


def test_an_npc_blocks_the_way_turns_to_him_and_talks(two_rooms):
    level = Level(load_map(two_rooms / "hall.tmx"))
    npc = next(entity for entity, named in level.world.query(__import__("game.world.components",
                                                                        fromlist=["Named"]).Named)
               if named.name == "marcel")
    from game.world.components import Facing, Position

    npc_position = level.world.get(npc, Position)
    level.set_player_position(npc_position.x, npc_position.y - 20, "down")
    hold(level, [Intent.DOWN], 60)
    assert level.player_position.y < npc_position.y - 5  # he stopped at Marcel
    events = press(level, Intent.INTERACT)
    assert events == [Interacted(npc)]
    assert level.world.get(npc, Facing).direction == "up"


def test_objects_exist_only_in_their_chapters_and_while_their_ink_condition_holds(tmp_path):
    import mapkit
    from game.world.components import Named

    mapkit.write_tileset(tmp_path)
    path = mapkit.write_map(tmp_path, "room", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3},
        {"kind": "npc", "name": "sophie_at_door", "x": 5.5, "y": 3,
         "props": {"sprite": "sophie", "text": "Bonsoir.", "if_var": "heard_knock"}},
        {"kind": "npc", "name": "sophie_at_table", "x": 7.5, "y": 3,
         "props": {"sprite": "sophie", "text": "Santé.", "chapters": "dinner garden"}},
        {"kind": "interactable", "name": "empty_chair", "x": 7, "y": 5, "w": 1, "h": 1,
         "props": {"text": "Nobody.", "if_var": "!heard_knock"}},
    ])
    variables = {"heard_knock": False}

    def names(level):
        return sorted(named.name for _, named in level.world.query(Named))

    level = Level(load_map(path), chapter="visitor", story_get=variables.get)
    assert names(level) == ["empty_chair"]
    variables["heard_knock"] = True
    assert level.refresh_conditions() is True
    assert names(level) == ["sophie_at_door"]
    assert level.refresh_conditions() is False
    dinner = Level(load_map(path), chapter="dinner", story_get=variables.get)
    assert names(dinner) == ["sophie_at_door", "sophie_at_table"]


def test_the_walkable_grid_answers_as_asking_cell_by_cell(tmp_path):
    """--check finds what is reachable over a grid made in one pass; it must agree with `walkable`,
    which walking itself uses, on every cell: walls, the map's edges, solid rectangles, people."""
    import mapkit
    from game.content.map_files import map_names
    from game.world.pathfind import walkable, walkable_grid

    mapkit.write_tileset(tmp_path)
    rows = ["#" * 12] + ["#.#......#.." for _ in range(7)] + ["." * 12]  # open edges: the map's own edge stops him
    path = mapkit.write_map(tmp_path, "yard", rows, [
        {"kind": "spawn", "name": "default", "x": 3.5, "y": 3},
        {"kind": "solid", "name": "cart", "x": 4.3, "y": 2.6, "w": 1.7, "h": 0.55},
        {"kind": "npc", "name": "marcel", "x": 6.8, "y": 5.1, "props": {"sprite": "stephane", "text": "Salut."}},
    ])
    maps = [load_map(path)] + [load_map(name) for name in map_names()]
    for map_data in maps:
        level = Level(map_data, chapter="visitor")
        by_cell = bytearray(walkable(level, cx, cy, ignore=level.player)
                            for cy in range(map_data.height) for cx in range(map_data.width))
        assert walkable_grid(level, ignore=level.player) == by_cell, map_data.name

"""A brand-new map made only of data plays in the game: no code names it, no code changes for it.

Two maps written into a temporary folder (an orchard and a shed, with doors both ways),
an NPC who speaks an Ink knot and a trigger, played headless through intents only.
"""

import mapkit
from game.content.lint import check_maps
from game.core.input import InputFrame, Intent
from game.core.session import Session
from game.players.scripted import level_walker, path_to
from game.scenes import new_context
from game.scenes.dialogue import DialogueScene
from game.scenes.explore import ExploreScene
from game.scenes.message import MessageScene
from game.world.pathfind import cell_of

TICK = 1 / 60
ORCHARD = [
    "############",
    "#..........#",
    "#..........#",
    "#..........#",
    "#..........#",
    "#..........#",
    "#..........#",
    "#..........#",
    "############",
]


def write_maps(folder):
    mapkit.write_tileset(folder)
    mapkit.write_map(folder, "orchard", ORCHARD, [
        {"kind": "spawn", "name": "default", "x": 2.5, "y": 3, "props": {"facing": "down"}},
        {"kind": "spawn", "name": "from_shed", "x": 8.5, "y": 6.75, "props": {"facing": "left"}},
        {"kind": "trigger", "name": "gust", "x": 4, "y": 5, "w": 2, "h": 2, "props": {"text": "A warm gust."}},
        {"kind": "npc", "name": "marcel", "x": 8.5, "y": 3,
         "props": {"sprite": "neighbour_marcel", "knot": "garden_lantern", "facing": "left"}},
        {"kind": "door", "name": "to_shed", "x": 10, "y": 6, "w": 1, "h": 1,
         "props": {"target_map": "shed", "target_spawn": "from_orchard"}},
    ], map_props={"title": "The Orchard"})
    mapkit.write_map(folder, "shed", mapkit.ROOM, [
        {"kind": "spawn", "name": "default", "x": 4.5, "y": 3},
        {"kind": "spawn", "name": "from_orchard", "x": 2.5, "y": 2.75, "props": {"facing": "right"}},
        {"kind": "door", "name": "to_orchard", "x": 1, "y": 2, "w": 1, "h": 1,
         "props": {"target_map": "orchard", "target_spawn": "from_shed"}},
    ])


class Player:
    """Plays through the scene stack with intents, as a person would."""

    def __init__(self, ctx, scene):
        self.ctx, self.scene = ctx, scene
        self.seen: list[str] = []

    def step(self, frame: InputFrame) -> None:
        self.ctx.scenes.update(frame, TICK)
        name = type(self.ctx.scenes.top).__name__
        if not self.seen or self.seen[-1] != name:
            self.seen.append(name)

    def walk_to(self, goal, until, ticks: int = 1200) -> None:
        walker = None
        for _ in range(ticks):
            if until():
                return
            if walker is None or walker.done:
                walker = level_walker(self.scene.level, path_to(self.scene.level, goal))
            position = self.scene.level.player_position
            self.step(walker.frame((position.x, position.y)))
        raise AssertionError(f"did not get there; scenes seen: {self.seen}")

    def read_on(self, ticks: int = 1200) -> None:
        """Press E until the words are over and the map is back on top."""
        for tick in range(ticks):
            if self.ctx.scenes.top is self.scene:
                return
            self.step(InputFrame.of(pressed=[Intent.INTERACT]) if tick % 2 else InputFrame())
        raise AssertionError("the words did not end")


def test_a_new_map_made_only_of_data_passes_the_check_and_plays(tmp_path):
    write_maps(tmp_path)
    assert [str(p) for p in check_maps(tmp_path)] == []  # its knots and speakers too

    ctx = new_context(session=Session.new())
    scene = ExploreScene(ctx, tmp_path / "orchard.tmx")
    ctx.scenes.push(scene)
    ctx.scenes.apply_pending()
    player = Player(ctx, scene)
    for _ in range(30):  # the fade-in
        player.step(InputFrame())

    # the trigger: walking in shows its line
    player.walk_to(lambda cell: cell in {(4, 5), (5, 5), (4, 6), (5, 6)},
                   until=lambda: isinstance(ctx.scenes.top, MessageScene))
    assert ctx.scenes.top.text == "A warm gust."
    player.read_on()

    # the NPC: stand beside him, face him, press E: his Ink knot plays
    player.walk_to(lambda cell: cell == (7, 2), until=lambda: cell_of(
        scene.level, scene.level.player_position.x, scene.level.player_position.y) == (7, 2)
        and scene.level.player_position.x >= 7 * 16 + 6)
    player.step(InputFrame.of([Intent.RIGHT]))
    player.step(InputFrame.of(pressed=[Intent.INTERACT]))
    assert isinstance(ctx.scenes.top, DialogueScene)
    assert ctx.session.story.current_knot == "garden_lantern"
    player.read_on()

    # the door out, to the shed, and the shed's door back to the orchard's own spawn
    player.walk_to(lambda cell: cell == (10, 6), until=lambda: scene.map_name == "shed")
    assert scene.level.player_facing == "right"
    for _ in range(40):
        player.step(InputFrame())
    player.walk_to(lambda cell: cell == (1, 2), until=lambda: scene.map_name == "orchard")
    for _ in range(40):
        player.step(InputFrame())
    spawn = scene.level.map.spawns["from_shed"]
    assert (scene.level.player_position.x, scene.level.player_position.y) == spawn.feet
    assert scene.level.map.properties["title"] == "The Orchard"

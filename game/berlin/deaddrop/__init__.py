"""The dead drop: make the swap under the patrols' eyes, then get out."""

from game.berlin.record import Minigame

GAME = Minigame(
    id="deaddrop",
    package=__name__,
    model="DeadDrop",
    scene="DeadDropScene",
    view="DeadDropView",
    winner="DropWinner",
    careless="DropCareless",
    sets=("berlin_clean", "berlin_drop_won"),
    won_variable="berlin_drop_won",
    bench="the dead drop: every patrol, cones, rain",
)

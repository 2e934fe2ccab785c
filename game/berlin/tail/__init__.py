"""The tail: follow the courier through the streets to his handler without being made."""

from game.berlin.record import Minigame

GAME = Minigame(
    id="tail",
    package=__name__,
    model="Tail",
    scene="TailScene",
    view="TailView",
    winner="TailWinner",
    careless="TailCareless",
    sets=("berlin_clean", "berlin_tail_won"),
    won_variable="berlin_tail_won",
    bench="the tail: courier, cones, rain",
)

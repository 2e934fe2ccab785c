"""The stakeout: a day at the flat's window, logging who comes to the door opposite, then naming
the courier."""

from game.berlin.record import Minigame

GAME = Minigame(
    id="stakeout",
    package=__name__,
    model="Stakeout",
    scene="StakeoutScene",
    view="StakeoutView",
    winner="StakeoutWinner",
    careless="StakeoutCareless",
    sets=("courier_identified",),
    bench="the stakeout: the window, the rain, the log",
)

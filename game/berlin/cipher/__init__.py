"""The coded message: the courier's five-digit groups, decoded in the notebook with a key made
from his times. It plays the stakeout's day (the same seed name), so it reads that game's model."""

from game.berlin.record import Minigame

GAME = Minigame(
    id="cipher",
    package=__name__,
    model="Notebook",
    scene="CipherScene",
    view="CipherView",
    winner="CipherWinner",
    careless="CipherCareless",
    sets=("message_decoded", "decoded_text"),
    bench="the notebook: trying the key, a digit a second",
    bench_at_a_persons_pace=True,
)

"""Random evenings through the compiled story, as the game plays it (bink), and what decides their endings.

A playthrough visits the knots a player can reach, in an order a player could take (the optional
ones at random), picks every choice at random, gives each Berlin game a random result, traces a
random number of constellations, and plays the ending it was given. `balance()` plays many and
says how often each ending comes, and for each choice how often its most common ending follows it.

    .venv/bin/python tests/playthroughs.py [RUNS]     # prints the figures
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.content.story import Line, Story  # noqa: E402

CHORES = ["vineyard_tend_vine", "vineyard_tie_cane", "vineyard_taste_grape", "vineyard_tomatoes", "vineyard_well"]
VINEYARD_EXTRAS = ["vineyard_bench", "vineyard_marcel", "vineyard_odette", "vineyard_whispers_1", "vineyard_whispers_2",
                   "cellar_taste_wine", "cellar_rack", "cellar_crate"]
KITCHEN = ["visitor_bread", "visitor_cheese", "visitor_tomatoes", "visitor_bottle"]
CIPHER_MESSAGES = ["tuesday", "film", "orders", "five", "meeting", "lamp"]
CONSTELLATIONS = ["ursa_major", "cassiopeia", "cygnus", "lyra"]
WIN_RATE = 0.7  # each Berlin game is won this often


@dataclass
class Evening:
    ending: str
    choices: list[str]  # the `#id:` of every choice taken, in order


def play(knot: str, story: Story, rng: random.Random, taken: list[str]) -> None:
    story.start(knot)
    item = story.next()
    while item is not None:
        if not isinstance(item, Line):
            choice = rng.choice(item)
            taken.append(choice.line_id)
            story.choose(choice.index)
        item = story.next()
    story.take_actions()


def evening(story: Story, rng: random.Random) -> Evening:
    story.reset()
    taken: list[str] = []
    chores = rng.sample(CHORES, rng.randint(3, 5))
    extras = [knot for knot in VINEYARD_EXTRAS if rng.random() < 0.5]
    vineyard = chores + extras
    rng.shuffle(vineyard)
    for knot in ["vineyard_intro"] + vineyard:
        if knot.startswith("vineyard_whispers") and story.get("met_neighbours"):
            continue  # the lane's gossip stops once he has talked with them (the map's if_var)
        play(knot, story, rng, taken)
    play("vineyard_mas_door", story, rng, taken)
    kitchen = KITCHEN + (["visitor_radio"] if rng.random() < 0.5 else [])
    rng.shuffle(kitchen)
    for knot in ["visitor_intro"] + kitchen + ["visitor_table", "visitor_front_door", "dinner", "garden_intro",
                                               "garden_sophie", "berlin_intro", "berlin_his_door"]:
        play(knot, story, rng, taken)
    for game, variable in (("stakeout", "courier_identified"), ("cipher", "message_decoded"),
                           ("tail", "berlin_tail_won"), ("deaddrop", "berlin_drop_won")):
        won = rng.random() < WIN_RATE
        story.set(variable, won)
        if game == "cipher":
            story.set("cipher_message", rng.choice(CIPHER_MESSAGES))
            story.set("decoded_text", "ABGABE DIENSTAG. KIRCHHOF." if won else "XQ RTTO PLEA")
        if game in ("tail", "deaddrop") and won and rng.random() < 0.5:
            story.set("berlin_clean", int(story.get("berlin_clean")) + 1)
        play(f"berlin_after_{game}", story, rng, taken)
    play("ending", story, rng, taken)
    for name in rng.sample(CONSTELLATIONS, rng.randint(0, 4)):
        play(f"stars_{name}", story, rng, taken)
    ending = str(story.get("ending_id"))
    play(f"ending_{ending}", story, rng, taken)
    return Evening(ending, taken)


@dataclass
class Balance:
    runs: int
    endings: Counter
    decisive_choice: str  # the choice after which one ending is likeliest
    decisive_share: float  # how often that ending follows it
    decisive_ending: str


def balance(runs: int = 2000, seed: int = 19, min_share: float = 0.05) -> Balance:
    """Endings over `runs` random evenings, and the most decisive choice among those taken in at
    least `min_share` of them (rarer ones say more about chance than about the story)."""
    rng = random.Random(seed)
    story = Story()
    endings: Counter = Counter()
    after: dict[str, Counter] = defaultdict(Counter)
    for _ in range(runs):
        played = evening(story, rng)
        endings[played.ending] += 1
        for choice in set(played.choices):
            after[choice][played.ending] += 1
    best = ("", 0.0, "")
    for choice, counts in after.items():
        total = sum(counts.values())
        if total < min_share * runs:
            continue
        ending, count = counts.most_common(1)[0]
        if count / total > best[1]:
            best = (choice, count / total, ending)
    return Balance(runs, endings, *best)


if __name__ == "__main__":
    result = balance(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    for ending, count in result.endings.most_common():
        print(f"{ending:8} {count / result.runs:6.1%}")
    print(f"most decisive choice: {result.decisive_choice} -> {result.decisive_ending} "
          f"{result.decisive_share:.1%}")

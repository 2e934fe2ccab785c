"""The ending honours the whole evening: random players reach every ending, and no one choice decides it.

Evenings are played on the compiled story through bink, as the game plays it (tests/playthroughs.py).
"""

import playthroughs
from game.content.chapters import load_endings

RUNS = 500


def test_random_evenings_reach_every_ending_and_no_single_choice_decides_it():
    result = playthroughs.balance(RUNS, seed=19)
    shares = {ending: result.endings[ending] / RUNS for ending in load_endings()}
    assert set(result.endings) <= set(shares), f"an ending the story names is not in endings.toml: {result.endings}"
    assert all(share >= 0.05 for share in shares.values()), f"an ending is (nearly) out of reach: {shares}"
    assert result.decisive_share <= 0.70, (
        f"the choice {result.decisive_choice} leads to '{result.decisive_ending}' "
        f"{result.decisive_share:.0%} of the time: one choice decides the ending")


def test_the_same_seed_plays_the_same_evenings():
    assert playthroughs.balance(30, seed=3).endings == playthroughs.balance(30, seed=3).endings

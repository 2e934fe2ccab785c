"""The Berlin chapter's surveillance games: one package each, one line each in registry.py.

A game is a package game/berlin/<id>/ (record.py says what is in it: its record in __init__.py,
model.py, scene.py, view.py, players.py). What all the games share is here beside them: the
scene's cards and finishing (scene.py), their drawing (cards.py), their scripted players'
card play (players.py), and what the games on foot share (on_foot/). The rules the games share
(vision, suspicion, walking on foot) are pure logic in game/minigames/.

Adding a fifth game touches, outside its own package:

1. game/berlin/registry.py: its line in PACKAGES;
2. assets/strings/en.toml: its words, under [minigames.<id>] (the title, how it works, the results);
3. its French words (today assets/strings/fr.toml).

That is all the code and the game's words; the rest of the game (the story's start_minigame, a
save's game under way, --autoplay, the monkey, the bench, --check) finds it in the registry. For
the story to play it, a writer calls start_minigame("<id>") in the Ink, writes the knot
`<chapter>_after_<id>` that goes on from it, and declares the variables its record `sets`
(--check says which are missing). tests/test_minigame_registry.py adds such a game in a
temporary folder and plays it.

The import-layer rule: game/minigames/ and every game's model.py import nothing from
game/render/, game/scenes/ or pygame (tests/test_minigame_vision.py loads them all in a fresh
interpreter and checks).
"""

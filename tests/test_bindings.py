"""Key bindings from settings.toml are held to the Controls menu's rule: no key on two actions (but Esc on
Back and Pause), and every action keeps a key every keyboard has. A binding that breaks it goes back to
its default, and the notice names it; a hand edit can no longer leave the player with no way to pause."""

import subprocess
import sys

import pygame
import pytest

from conftest import ROOT
from game.core.input import InputCollector, Intent, default_key_bindings
from game.core.settings import Settings, save_settings
from game.scenes import new_context


@pytest.fixture
def collector():
    pygame.display.init()
    return InputCollector(pygame)


def at_its_default(collector, intent: str) -> bool:
    return collector.keys[Intent(intent)] == default_key_bindings(pygame)[Intent(intent)]


@pytest.mark.parametrize("stored, reset", [
    ({"pause": ["f15"], "back": ["f14"]}, {"pause", "back"}),  # keys most keyboards lack: no way to the menu
    ({"interact": ["w"]}, {"interact"}),  # W walks up
    ({"up": ["no such key"]}, {"up"}),
    ({"left": []}, {"left"}),
])
def test_a_binding_that_breaks_the_rule_goes_back_to_its_default_and_is_named(collector, stored, reset):
    _, notice = collector.load_key_names(stored)
    for intent in reset:
        assert at_its_default(collector, intent), intent
        assert intent in notice, (intent, notice)
    for intent, keys in stored.items():
        if intent not in reset:
            assert collector.key_names()[intent] == keys
    assert every_action_is_reachable(collector)


def test_every_action_on_w_goes_back_to_the_defaults(collector):
    kept, notice = collector.load_key_names({intent.value: ["w"] for intent in Intent})
    assert all(at_its_default(collector, intent.value) for intent in Intent)
    assert all(intent.value in notice for intent in Intent)
    assert kept == {}


def test_swapped_and_rebound_keys_are_kept(collector):
    stored = {"up": ["s"], "down": ["w"], "interact": ["f", "space"], "back": ["escape"], "pause": ["escape"]}
    assert collector.load_key_names(stored) == (stored, None)
    assert {intent: collector.key_names()[intent] for intent in stored} == stored


def every_action_is_reachable(collector) -> bool:
    from game.core.input import COMMON_KEYS

    taken = {}
    for intent, keys in collector.keys.items():
        names = [collector.key_name(key) for key in keys]
        if not any(name in COMMON_KEYS for name in names):
            return False
        for name in names:
            taken.setdefault(name, set()).add(intent)
    return all(len(intents) == 1 or intents == {Intent.BACK, Intent.PAUSE} for intents in taken.values())


def test_the_controls_menu_refuses_by_the_same_rule(collector):
    """Pause given F14 then F15 (keys most keyboards lack) would keep neither Esc nor P: refused."""
    assert collector.rebind(Intent.PAUSE, pygame.K_F14) is None  # [F14, Esc]: Esc is still there
    refusal = collector.rebind(Intent.PAUSE, pygame.K_F15)
    assert refusal is not None and refusal.used_by is None
    assert collector.rebind(Intent.INTERACT, pygame.K_w).used_by is Intent.UP
    assert every_action_is_reachable(collector)


def test_the_controls_menu_says_why_a_key_is_refused(collector):
    from game.core.context import TICK
    from game.core.input import InputFrame
    from game.scenes.menu import controls_menu

    ctx = new_context(input=collector, announce=lambda line: None)
    ctx.scenes.push(controls_menu(ctx))
    ctx.scenes.apply_pending()
    menu = ctx.scenes.top

    def rebind(intent, code):
        menu.cursor = list(Intent).index(intent)
        menu.update(InputFrame.of(pressed=[Intent.INTERACT]), TICK)
        collector.handle(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0))

    rebind(Intent.PAUSE, pygame.K_F14)
    rebind(Intent.PAUSE, pygame.K_F15)
    assert menu.items[-1].text() == "Pause needs a key every keyboard has: F15 is not one"


def test_the_game_started_with_such_settings_resets_them_and_says_so(tmp_path):
    save_settings(Settings(keys={"pause": ["f15"], "back": ["f14"], "jump": ["j"]}), tmp_path / "settings.toml")
    before = (tmp_path / "settings.toml").read_bytes()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--frames", "2",
                             "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert any("keys.jump" in line for line in notes), notes  # an action the game does not have
    assert any("pause" in line and "back" in line and "default" in line for line in notes), notes
    assert (tmp_path / "settings.toml").read_bytes() == before  # told, not rewritten behind the player's back

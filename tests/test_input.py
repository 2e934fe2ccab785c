"""Keyboard and gamepad events become intents; pads come and go without trouble."""

import pygame
import pytest

from game.core.input import InputCollector, InputFrame, Intent


@pytest.fixture
def collector():
    pygame.display.init()
    return InputCollector(pygame)


def key(kind, code, mod=0):
    return pygame.event.Event(kind, key=code, mod=mod)


@pytest.mark.parametrize("code, intent", [
    (pygame.K_w, Intent.UP), (pygame.K_UP, Intent.UP), (pygame.K_a, Intent.LEFT), (pygame.K_LEFT, Intent.LEFT),
    (pygame.K_s, Intent.DOWN), (pygame.K_DOWN, Intent.DOWN), (pygame.K_d, Intent.RIGHT),
    (pygame.K_RIGHT, Intent.RIGHT), (pygame.K_e, Intent.INTERACT), (pygame.K_SPACE, Intent.INTERACT),
    (pygame.K_RETURN, Intent.INTERACT), (pygame.K_ESCAPE, Intent.PAUSE), (pygame.K_ESCAPE, Intent.BACK),
])
def test_default_keys_give_their_intents(collector, code, intent):
    collector.handle(key(pygame.KEYDOWN, code))
    frame = collector.frame()
    assert intent in frame.pressed and intent in frame.held
    # pressed lasts one tick; held lasts until the key is released
    frame = collector.frame()
    assert intent not in frame.pressed and intent in frame.held
    collector.handle(key(pygame.KEYUP, code))
    assert intent not in collector.frame().held


def test_alt_enter_is_for_fullscreen_not_interact(collector):
    collector.handle(key(pygame.KEYDOWN, pygame.K_RETURN, pygame.KMOD_LALT))
    assert Intent.INTERACT not in collector.frame().pressed


def test_gamepad_buttons_and_stick_give_intents_and_switch_the_prompt_device(collector):
    collector.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A,
                                        instance_id=0))
    assert Intent.INTERACT in collector.frame().pressed
    assert collector.last_device == "gamepad"
    collector.handle(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX,
                                        value=32767, instance_id=0))
    assert collector.frame().move_vector() == (1.0, 0.0)
    # a small drift inside the dead zone is no movement
    collector.handle(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX,
                                        value=3000, instance_id=0))
    assert collector.frame().move_vector() == (0.0, 0.0)
    collector.handle(key(pygame.KEYDOWN, pygame.K_e))
    assert collector.last_device == "keyboard"


def test_a_pad_that_cannot_be_opened_or_is_unplugged_is_ignored(collector):
    collector.handle(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=7))
    collector.handle(pygame.event.Event(pygame.CONTROLLERDEVICEREMOVED, instance_id=42))
    assert collector.pads == 0
    collector.handle(key(pygame.KEYDOWN, pygame.K_d))
    assert collector.frame().move_vector() == (1.0, 0.0)


def test_losing_window_focus_releases_held_keys(collector):
    collector.handle(key(pygame.KEYDOWN, pygame.K_d))
    collector.handle(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    collector.frame()
    assert collector.frame().held == frozenset()


def test_opposite_directions_cancel():
    assert InputFrame.of([Intent.LEFT, Intent.RIGHT]).move_vector() == (0.0, 0.0)


def test_rebinding_a_key_works_and_conflicts_are_refused(collector):
    assert collector.rebind(Intent.INTERACT, pygame.K_f) is None
    collector.handle(key(pygame.KEYDOWN, pygame.K_f))
    assert Intent.INTERACT in collector.frame().pressed
    # W already walks up: giving it to Interact is refused and nothing changes
    assert collector.rebind(Intent.INTERACT, pygame.K_w).used_by is Intent.UP
    collector.handle(key(pygame.KEYDOWN, pygame.K_w))
    frame = collector.frame()
    assert Intent.UP in frame.pressed and Intent.INTERACT not in frame.pressed


def test_bindings_round_trip_through_key_names(collector):
    collector.rebind(Intent.INTERACT, pygame.K_f)
    names = collector.key_names()
    assert names["interact"][0] == "f"
    fresh = InputCollector(pygame)
    fresh.load_key_names(names)
    assert fresh.keys[Intent.INTERACT] == collector.keys[Intent.INTERACT]


def test_the_next_key_can_be_captured_for_rebinding(collector):
    seen = []
    collector.capture_next_key(seen.append)
    collector.handle(key(pygame.KEYDOWN, pygame.K_g))
    assert seen == [pygame.K_g] and collector.frame().pressed == frozenset()

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


def test_rebound_keys_round_trip_through_key_names(collector):
    collector.rebind(Intent.INTERACT, pygame.K_f)
    names = collector.key_names()
    assert names == {"interact": ["f", "e"]}  # only what was rebound; the others keep their places
    fresh = InputCollector(pygame)
    fresh.load_key_names(names)
    for code in (pygame.K_f, pygame.K_e):
        fresh.handle(key(pygame.KEYDOWN, code))
        assert Intent.INTERACT in fresh.frame().pressed
        fresh.handle(key(pygame.KEYUP, code))
    fresh.handle(key(pygame.KEYDOWN, pygame.K_SPACE))
    assert Intent.INTERACT not in fresh.frame().pressed  # the rebound action has just its two keys


def test_the_next_key_can_be_captured_for_rebinding(collector):
    seen = []
    collector.capture_next_key(seen.append)
    collector.handle(key(pygame.KEYDOWN, pygame.K_g))
    assert seen == [pygame.K_g] and collector.frame().pressed == frozenset()


# A French (AZERTY) keyboard: the keys at the places of W, A, Q and Z type z, q, a and w.
AZERTY = {pygame.KSCAN_W: pygame.K_z, pygame.KSCAN_A: pygame.K_q, pygame.KSCAN_Q: pygame.K_a,
          pygame.KSCAN_Z: pygame.K_w}


@pytest.fixture
def azerty(monkeypatch):
    from game.core import keyboard

    key_at, place_of = keyboard.key_at, keyboard.place_of  # the dummy driver's own layout: a US keyboard's
    monkeypatch.setattr(keyboard, "key_at", lambda scancode: AZERTY.get(scancode) or key_at(scancode))
    monkeypatch.setattr(keyboard, "place_of",
                        lambda code: next((place for place, typed in AZERTY.items() if typed == code), None)
                        or (None if place_of(code) in AZERTY else place_of(code)))


def test_the_default_keys_are_places_so_zqsd_walks_on_a_french_keyboard(collector, azerty):
    # the key where W is on a US keyboard types z on a French one: it walks up there too
    collector.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_z, scancode=pygame.KSCAN_W, mod=0))
    assert Intent.UP in collector.frame().pressed
    collector.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_q, scancode=pygame.KSCAN_A, mod=0))
    assert Intent.LEFT in collector.frame().pressed
    # and the French W, down where Z is on a US keyboard, walks nowhere
    collector.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_w, scancode=pygame.KSCAN_Z, mod=0))
    assert collector.frame().pressed == frozenset()
    # the place's name on this layout is what Controls shows
    assert collector.key_name(collector.keys[Intent.UP][0]) == "z"
    # a key chosen in Controls by what it types clashes with the place that types it
    assert collector.rebind(Intent.INTERACT, pygame.K_z).used_by is Intent.UP
    assert collector.rebind(Intent.INTERACT, pygame.K_w) is None

"""The player's settings. (Kept between runs by the desktop-game work; defaults here.)"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Settings:
    text_speed: float = 45.0  # characters per second as dialogue types out

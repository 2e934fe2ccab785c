"""The map-level properties a map maker can set in Tiled (Map → Map Properties), in one table.

Loading, `--check`, the Tiled project's typed fields and the map makers' guide all read this
table, so a new map property is one line here. The values of the closed sets are the names the
game's sound and light know (tests hold `audio` and `render.lighting` to these sets).
"""

from __future__ import annotations

from dataclasses import dataclass

LIGHTS = ("afternoon", "dusk", "night", "interior", "berlin", "none")
AMBIENCES = ("cicadas", "crickets", "rain_traffic", "cellar")
FOOTSTEPS = ("grass", "gravel", "stone", "cobbles_wet")


@dataclass(frozen=True)
class MapProp:
    name: str
    kind: type
    default: object
    doc: str
    choices: tuple[str, ...] = ()


MAP_PROPERTIES = (
    MapProp("title", str, "", "The place's name, shown for a few seconds on arrival."),
    MapProp("light", str, "afternoon", "The light the map is drawn in (`none`: as painted, untinted; "
                                       "a chapter's own light wins).", LIGHTS),
    MapProp("ambience", str, "", "The background loop; unset: the light's (cicadas by day, crickets at "
                                 "dusk and night, the cellar's hum inside).", AMBIENCES),
    MapProp("footsteps", str, "", "The sound of his steps; unset: the light's (gravel by day and night, "
                                  "stone at dusk and inside).", FOOTSTEPS),
    MapProp("rain", bool, False, "Rain falls over the map."),
    MapProp("fireflies", int, 0, "How many fireflies drift over the map at night."),
    MapProp("player_sprite", str, "stephane", "The sheet in assets/sprites/ (without .png) the player walks as."),
)

BY_NAME = {prop.name: prop for prop in MAP_PROPERTIES}

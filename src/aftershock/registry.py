"""Registries of the swappable parts (catalogue, as spaCy does it): the same-story scorer, the
coder's fallback model, the shift test, the brief writer and the ripple's reaction linker. The
[components] settings pick one of each by name, so a learned part and the rules it replaces are
compared by changing one line of an aftershock.toml.

    from aftershock.registry import story_scorers
    @story_scorers.register("my-scorer")
    def my_scorer(stories_settings) -> Decoding: ...   # aftershock.stories.vectors.Decoding
"""
from __future__ import annotations

import importlib

import catalogue

from .config import settings
from .errors import AftershockError

story_scorers = catalogue.create("aftershock", "story_scorers")
shift_tests = catalogue.create("aftershock", "shift_tests")
brief_writers = catalogue.create("aftershock", "brief_writers")
coder_fallbacks = catalogue.create("aftershock", "coder_fallbacks")
reaction_linkers = catalogue.create("aftershock", "reaction_linkers")

# component setting -> (registry, module whose import registers the built-in parts)
KINDS = {
    "story_scorer": (story_scorers, "aftershock.stories.learned"),
    "shift_test": (shift_tests, "aftershock.ripple.shifts"),
    "brief_writer": (brief_writers, "aftershock.briefs"),
    "coder_fallback": (coder_fallbacks, "aftershock.coding.fallback"),
    "reaction_linker": (reaction_linkers, "aftershock.ripple.linking"),
}


class UnknownComponentError(AftershockError):
    """A [components] setting names no registered part."""


def component(kind: str, name: str | None = None):
    """The registered part of `kind` called `name` (default: the [components] setting);
    "off" gives None where a part is optional."""
    if kind not in KINDS:
        raise UnknownComponentError(f"unknown component kind {kind!r}; known: {', '.join(KINDS)}")
    registry, module = KINDS[kind]
    if module:
        importlib.import_module(module)
    name = name or getattr(settings().components, kind)
    if name == "off" and kind == "coder_fallback":
        return None
    try:
        return registry.get(name)
    except catalogue.RegistryError:
        known = ", ".join(sorted(registry.get_all())) or "none"
        raise UnknownComponentError(
            f"components.{kind} = {name!r} is not registered; known: {known}") from None

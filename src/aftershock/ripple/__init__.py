"""Ripple stage: how a trigger story reaches a watched region (reactions, shifts, evidence)."""
from aftershock.ripple.analysis import analyze_ripple
from aftershock.ripple.render import ripple_to_json, ripple_to_markdown
from aftershock.ripple.stats import benjamini_hochberg

__all__ = ["analyze_ripple", "benjamini_hochberg", "ripple_to_json", "ripple_to_markdown"]

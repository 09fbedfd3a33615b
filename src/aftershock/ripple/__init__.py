"""Ripple stage: how a trigger story reaches a watched region (reactions, shifts, evidence)."""
from aftershock.ripple.analysis import analyze_ripple
from aftershock.ripple.auto import TriggerPolicy, choose_triggers
from aftershock.ripple.render import ripple_to_json, ripple_to_markdown
from aftershock.ripple.stats import benjamini_hochberg
from aftershock.ripple.verdict import ripple_verdict

__all__ = ["TriggerPolicy", "analyze_ripple", "benjamini_hochberg", "choose_triggers",
           "ripple_to_json", "ripple_to_markdown", "ripple_verdict"]

"""aftershock: from raw world news to stories, events, ripples and sourced briefs."""
__version__ = "0.1.0"

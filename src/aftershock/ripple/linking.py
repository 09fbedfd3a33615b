"""The learned link decision: is an event of the watched region a reaction to the trigger?

Every event of the region in the window that at least one link ties to the trigger
(`reactions.event_links`: the reasons shown to the reader) is a candidate. A logistic regression
over the candidate's features (`link_features`: which links fired, how much of the trigger's
vocabulary the sentence and article share, when, who the target is, the kind of act, where the
sentence sits, whether it reads as background, and what the other candidates of its story look
like) gives P(reaction); a candidate is a reaction when P reaches the [ripple] `link_threshold`.

The coefficients are fitted on labelled scenarios (bench/train_ripple_links.py) and shipped as
JSON in aftershock/data/models/ripple-links.json; the threshold is chosen there by
cross-validation by scenario.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import AftershockError
from ..linear_model import model_json, packaged_path, read_linear_model, write_model_json
from ..registry import reaction_linkers

MODEL_FORMAT = "aftershock-ripple-link-model"
MODEL_VERSION = 1
REBUILD = "python bench/train_ripple_links.py --out {path}"

# Feature name -> what it measures (every value lies in [0, 1] or close to it).
FEATURE_NOTES = {
    "sentence_term": "an entity term of the trigger in the sentence",
    "sentence_keywords": "share of up to 3 trigger keywords in the sentence",
    "actor_focal": "the event's other party is a focal country of the trigger",
    "target_focal": "the event's target is a focal country",
    "source_in_region": "the acting side is the watched region (not only the target)",
    "within_region": "both sides are countries of the watched region (its own affairs)",
    "trigger_story": "the event belongs to the trigger story",
    "story_term": "its story's headline or entities name the trigger",
    "story_focus": "share of its story's articles about the trigger",
    "title_term": "its article's title names the trigger",
    "text_mentions": "trigger mentions in its article's text, log-scaled (4+ is 1)",
    "days_after": "days from the trigger to the event, as a share of the window",
    "conflict": "quad class 3 or 4",
    "material": "quad class 2 or 4 (a deed rather than words)",
    "intensity": "|Goldstein| / 10",
    "position": "where the sentence starts in its article (0 first, 1 last)",
    "background": "the sentence reads as history or outside commentary",
    "trigger_actor_source": "the acting side is the trigger's own actor (a follow-up of the "
                            "trigger rather than the region's response)",
    "title_region": "its article's title names a country of the watched region",
    "title_region_lead": "the title names the region before any trigger term (its subject)",
    "lede_region_source": "the sentence is its article's lede and the region acts in it",
    "story_lede_region_source": "some candidate of its story is a lede where the region acts",
    "story_linked_sentences": "share of its story's candidates with a trigger term in the "
                              "sentence",
    "story_region_sources": "share of its story's candidates whose acting side is the region",
    "story_candidates": "its story's candidate events, log-scaled (8+ is 1)",
}
FEATURES = tuple(FEATURE_NOTES)
LEDE = 0.02  # a sentence starting this early in its article's text (a share of it) is the lede


class LinkModelError(AftershockError):
    """The ripple link model file is missing, unreadable or built for other features."""


def _log_share(count: float, full: float) -> float:
    return min(1.0, math.log1p(max(count, 0.0)) / math.log1p(full))


def event_features(
    event: Mapping,
    links: Sequence[Mapping],
    *,
    keyword_hits: int,
    focal_countries: Sequence[str],
    region_countries: Sequence[str],
    text_mentions: int,
    focus: float,
    days_after: float,
    window_days: int,
    position: float,
    background: bool,
    trigger_actors: Sequence[str] = (),
    title_region: float = 0.0,
    title_region_lead: float = 0.0,
) -> dict[str, float]:
    """The candidate's own features (the story aggregates are added by `add_story_features`)."""
    kinds = {(link["where"], link["via"]) for link in links}
    quad = int(event.get("quad") or 0)
    focal = set(focal_countries)
    return {
        "sentence_term": float(("sentence", "term") in kinds),
        "sentence_keywords": min(keyword_hits, 3) / 3,
        "actor_focal": float(any(link["where"] == "actor" for link in links)),
        "target_focal": float(event.get("target_country") in focal),
        "source_in_region": float(event.get("source_country") in set(region_countries)),
        "within_region": float(event.get("source_country") in set(region_countries)
                               and event.get("target_country") in set(region_countries)),
        "trigger_story": float(("story", "trigger story") in kinds),
        "story_term": float(("story", "term") in kinds),
        "story_focus": float(focus),
        "title_term": float(("article", "title") in kinds),
        "text_mentions": _log_share(text_mentions, 4),
        "days_after": min(max(days_after, 0.0) / max(window_days, 1), 1.0),
        "conflict": float(quad >= 3),
        "material": float(quad in (2, 4)),
        "intensity": min(abs(float(event.get("goldstein") or 0.0)), 10.0) / 10,
        "position": float(position),
        "background": float(background),
        "trigger_actor_source": float(event.get("source_country") in set(trigger_actors)),
        "title_region": float(title_region),
        "title_region_lead": float(title_region_lead),
        "lede_region_source": float(position <= LEDE and event.get("source_country")
                                    in set(region_countries)),
        "story_lede_region_source": 0.0,
        "story_linked_sentences": 0.0,
        "story_region_sources": 0.0,
        "story_candidates": 0.0,
    }


def add_story_features(rows: Sequence[tuple[object, dict]]) -> None:
    """Fill the story aggregates in place; rows are (story id, features) of every candidate."""
    by_story: dict = {}
    for story, features in rows:
        by_story.setdefault(story, []).append(features)
    for story, members in by_story.items():
        # a candidate without a story is a story of its own
        groups = [[m] for m in members] if story is None else [members]
        for group in groups:
            share = sum(m["sentence_term"] for m in group) / len(group)
            sources = sum(m["source_in_region"] for m in group) / len(group)
            lede = max(m["lede_region_source"] for m in group)
            for m in group:
                m["story_lede_region_source"] = lede
                m["story_linked_sentences"] = share
                m["story_region_sources"] = sources
                m["story_candidates"] = _log_share(len(group), 8)


@dataclass(frozen=True)
class LinkModel:
    """A trained link model: an intercept and one coefficient per name of `FEATURES`."""

    intercept: float
    coefficients: dict[str, float]
    trained_on: dict

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.coefficients[n] * float(features[n]) for n in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def to_json(self) -> dict:
        return model_json(MODEL_FORMAT, MODEL_VERSION, FEATURES, self.intercept,
                          self.coefficients, self.trained_on)


def packaged_model_path() -> Path:
    return packaged_path("ripple-links.json")


def model_path(setting: str) -> Path:
    """The model file a [ripple] `link_model` setting names ("" is the packaged model)."""
    return Path(setting) if setting else packaged_model_path()


def load_model(path: Path) -> LinkModel:
    """Read a model file; a missing, corrupt or outdated one raises LinkModelError naming the
    file and the command that rebuilds it."""
    intercept, coefficients, trained_on = read_linear_model(
        path, what="ripple link model", fmt=MODEL_FORMAT, version=MODEL_VERSION,
        features=FEATURES, error=LinkModelError,
        rebuild=f"rebuild it with `{REBUILD.format(path=path)}`")
    return LinkModel(intercept, coefficients, trained_on)


def save_model(model: LinkModel, path: Path) -> None:
    write_model_json(model.to_json(), path)


_loaded: dict[Path, tuple[float, LinkModel]] = {}


def cached_model(path: Path) -> LinkModel:
    """`load_model`, read again only when the file changed."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    held = _loaded.get(path)
    if held is None or held[0] != stamp:
        held = _loaded[path] = (stamp, load_model(path))
    return held[1]


@reaction_linkers.register("learned")
def learned_linker(ripple_settings) -> tuple[LinkModel, float]:
    """The link model of the [ripple] `link_model` setting and its `link_threshold`."""
    return cached_model(model_path(ripple_settings.link_model)), ripple_settings.link_threshold


def fit(rows: Sequence[Mapping[str, float]], labels: Sequence[int], trained_on: dict,
        regularisation: float = 1.0) -> LinkModel:
    """Fit the logistic regression on candidate feature rows (class-balanced: reactions are the
    minority of candidates)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    if len(set(labels)) < 2:
        raise LinkModelError("the labelled candidates hold a single class: nothing to learn from")
    matrix = np.array([[float(row[name]) for name in FEATURES] for row in rows])
    regression = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")
    regression.fit(matrix, np.array(labels))
    return LinkModel(float(regression.intercept_[0]),
                     dict(zip(FEATURES, map(float, regression.coef_[0]))), trained_on)

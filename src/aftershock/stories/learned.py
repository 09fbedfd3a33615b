"""The learned same-story scorer: a logistic regression over two articles' text similarities and
pair evidence, trained on labelled stories, shipped as coefficients in a JSON file.

P(two articles are one story) = sigmoid(intercept + word * c_word + entity * c_entity
+ sum of c_k * f_k(a, b)), with the f_k of `pair_features`. The model is linear, so its mean
over a story's members splits the way the clusterer already scores: the word and entity
average links come from the summed vectors, the evidence terms from the members. Divided by
c_word + c_entity, the logit is a text blend plus an evidence adjustment, which is what the
online assign/merge/evict loop compares with its thresholds (`learned_decoding`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import AftershockError
from ..linear_model import model_json, packaged_path, read_linear_model, write_model_json
from ..registry import story_scorers
from .vectors import Decoding, Evidence, date_distance

MODEL_FORMAT = "aftershock-story-model"
MODEL_VERSION = 1
REBUILD = "aftershock train stories LABELS.jsonl -o {path}"

TEXT_FEATURES = ("word_similarity", "entity_similarity")
# Pair evidence features and the largest value each can take.
EVIDENCE_FEATURES = {
    "countries_shared": 1.0,     # Jaccard share of the countries both name
    "countries_disjoint": 1.0,   # both name countries, none in common
    "countries_unknown": 1.0,    # one side names none
    "lead_absent": 2.0,          # sides whose lead country the other (naming 2+) never names
    "lead_absent_single": 2.0,   # the same against a side naming a single country
    "lead_same": 1.0,            # both led by the same country
    "dateline_same": 1.0,
    "dateline_clash": 1.0,
    "dates_agree": 1.0,          # written dates within a day of each other
    "dates_clash": 1.0,          # written dates further apart
    "years_shared": 1.0,
    "years_disjoint": 1.0,
    "time_drift": 1.0,           # 1 - exp(-gap / 2 days) between publication times
    "time_weeks": 2.0,           # gap in weeks, up to two
    "undated": 1.0,              # a publication time is missing
}
FEATURES = TEXT_FEATURES + tuple(EVIDENCE_FEATURES)


class StoryModelError(AftershockError):
    """The story model file is missing, unreadable or built for other features."""


def pair_features(a: Evidence, b: Evidence) -> list[float]:
    """The evidence features of two articles, in `EVIDENCE_FEATURES` order (symmetric)."""
    datelines = _agree_or_clash(a.dateline and b.dateline, a.dateline == b.dateline)
    dates = _agree_or_clash(a.event_dates and b.event_dates,
                            lambda: date_distance(a.event_dates, b.event_dates) <= 1)
    years = _agree_or_clash(a.years and b.years, lambda: bool(a.years & b.years))
    return [*_country_features(a.countries, b.countries), *_lead_features(a, b), *datelines,
            *dates, *years, *_time_features(a.days, b.days)]


def _agree_or_clash(both_known, same) -> list[float]:
    """[agree, clash]: [1, 0] or [0, 1] when both sides know it, [0, 0] when either does not.
    `same` is a bool or a function computing it (only called when both know it)."""
    if not both_known:
        return [0.0, 0.0]
    return [1.0, 0.0] if (same() if callable(same) else same) else [0.0, 1.0]


def _country_features(ca, cb) -> list[float]:
    """[countries_shared, countries_disjoint, countries_unknown]."""
    if ca and cb:
        shared = len(ca & cb)
        return [shared / len(ca | cb), 0.0 if shared else 1.0, 0.0]
    return [0.0, 0.0, 1.0]


def _lead_features(a: Evidence, b: Evidence) -> list[float]:
    """[lead_absent, lead_absent_single, lead_same]."""
    absent = absent_single = 0.0
    for lead, other in ((a.lead, b.countries), (b.lead, a.countries)):
        if lead and other and lead not in other:
            if len(other) > 1:
                absent += 1.0
            else:
                absent_single += 1.0
    lead_same = 1.0 if a.lead and a.lead == b.lead else 0.0
    return [absent, absent_single, lead_same]


def _time_features(a_days: float | None, b_days: float | None) -> list[float]:
    """[time_drift, time_weeks, undated]."""
    if a_days is not None and b_days is not None:
        gap = abs(a_days - b_days)
        return [1.0 - math.exp(-gap / 2.0), min(gap, 14.0) / 7.0, 0.0]
    return [0.0, 0.0, 1.0]


@dataclass(frozen=True)
class StoryModel:
    """A trained same-story model: an intercept and one coefficient per name of `FEATURES`."""

    intercept: float
    coefficients: dict[str, float]
    trained_on: dict

    @property
    def text_scale(self) -> float:
        return self.coefficients["word_similarity"] + self.coefficients["entity_similarity"]

    def logit(self, word: float, entity: float, a: Evidence, b: Evidence) -> float:
        c = self.coefficients
        return self.intercept + c["word_similarity"] * word + c["entity_similarity"] * entity \
            + sum(c[name] * value for name, value in zip(EVIDENCE_FEATURES, pair_features(a, b)))

    def to_json(self) -> dict:
        return model_json(MODEL_FORMAT, MODEL_VERSION, FEATURES, self.intercept,
                          self.coefficients, self.trained_on)


def packaged_model_path() -> Path:
    return packaged_path("stories.json")


def model_path(setting: str) -> Path:
    """The model file a [stories] `model` setting names ("" is the packaged model)."""
    return Path(setting) if setting else packaged_model_path()


def load_model(path: Path) -> StoryModel:
    """Read a model file; a missing, corrupt or outdated one raises StoryModelError naming the
    file and the command that rebuilds it."""
    rebuild = f"rebuild it with `{REBUILD.format(path=path)}`"
    model = StoryModel(*read_linear_model(path, what="story model", fmt=MODEL_FORMAT,
                                          version=MODEL_VERSION, features=FEATURES,
                                          error=StoryModelError, rebuild=rebuild))
    if model.text_scale <= 0:
        raise StoryModelError(f"story model {path}: text similarity does not raise the "
                              f"same-story odds (c_word + c_entity <= 0); {rebuild}")
    return model


def save_model(model: StoryModel, path: Path) -> None:
    write_model_json(model.to_json(), path)


_loaded: dict[Path, tuple[float, StoryModel]] = {}


def cached_model(path: Path) -> StoryModel:
    """`load_model`, read again only when the file changed."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    held = _loaded.get(path)
    if held is None or held[0] != stamp:
        held = _loaded[path] = (stamp, load_model(path))
    return held[1]


def logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def model_decoding(model: StoryModel, assign: float, merge: float, straggler: float) -> Decoding:
    """The clusterer's view of a model: scores are logits divided by c_word + c_entity, so the
    word/entity blend stays a weighted mean and the evidence (with the intercept) is the pair
    adjustment; thresholds are probabilities turned into the same units."""
    scale = model.text_scale
    return Decoding(fast_pair(model), model.coefficients["entity_similarity"] / scale,
                    logit(assign) / scale, logit(merge) / scale, logit(straggler) / scale,
                    most_evidence(model) / scale)


def most_evidence(model: StoryModel) -> float:
    """The largest intercept plus evidence a pair can reach: features of one group exclude each
    other (a pair's countries are shared, disjoint or unknown; its times dated or not), so each
    group gives its best branch."""
    c = model.coefficients
    countries = max(c["countries_shared"], c["countries_disjoint"], c["countries_unknown"])
    leads = 2 * max(0.0, c["lead_absent"], c["lead_absent_single"]) + max(0.0, c["lead_same"])
    pairs = sum(max(0.0, c[a], c[b]) for a, b in (("dateline_same", "dateline_clash"),
                                                   ("dates_agree", "dates_clash"),
                                                   ("years_shared", "years_disjoint")))
    dated = max(0.0, c["time_drift"]) + 2 * max(0.0, c["time_weeks"])
    return model.intercept + countries + leads + pairs + max(dated, c["undated"])


def fast_pair(model: StoryModel):
    """The model's pair adjustment, (intercept + sum of c_k * f_k(a, b)) / text scale, worked
    out branch by branch instead of through `pair_features` (it runs for every member of every
    candidate story; tests hold the two equal)."""
    c = {name: model.coefficients[name] / model.text_scale for name in EVIDENCE_FEATURES}
    base = model.intercept / model.text_scale
    shared_c, disjoint_c, unknown_c = c["countries_shared"], c["countries_disjoint"], \
        c["countries_unknown"]
    absent_c, single_c, same_lead_c = c["lead_absent"], c["lead_absent_single"], c["lead_same"]
    dateline_same_c, dateline_clash_c = c["dateline_same"], c["dateline_clash"]
    dates_agree_c, dates_clash_c = c["dates_agree"], c["dates_clash"]
    years_shared_c, years_disjoint_c = c["years_shared"], c["years_disjoint"]
    drift_c, weeks_c, undated_c = c["time_drift"], c["time_weeks"], c["undated"]
    exp = math.exp

    def learned_pair(a: Evidence, b: Evidence, _weights=None) -> float:
        total = base
        ca, cb = a.countries, b.countries
        if ca and cb:
            shared = len(ca & cb)
            total += shared_c * shared / len(ca | cb) if shared else disjoint_c
        else:
            total += unknown_c
        if a.lead:
            if cb and a.lead not in cb:
                total += absent_c if len(cb) > 1 else single_c
            if a.lead == b.lead:
                total += same_lead_c
        if b.lead and ca and b.lead not in ca:
            total += absent_c if len(ca) > 1 else single_c
        if a.dateline and b.dateline:
            total += dateline_same_c if a.dateline == b.dateline else dateline_clash_c
        if a.event_dates and b.event_dates:
            total += dates_agree_c if date_distance(a.event_dates, b.event_dates) <= 1 \
                else dates_clash_c
        if a.years and b.years:
            total += years_shared_c if a.years & b.years else years_disjoint_c
        if a.days is not None and b.days is not None:
            gap = abs(a.days - b.days)
            total += drift_c * (1.0 - exp(-gap / 2.0)) + weeks_c * min(gap, 14.0) / 7.0
        else:
            total += undated_c
        return total

    return learned_pair


@story_scorers.register("learned")
def learned_decoding(settings) -> Decoding:
    """The learned scorer with the model file and probability thresholds of [stories]."""
    return model_decoding(cached_model(model_path(settings.model)), settings.learned_threshold,
                          settings.learned_merge_threshold, settings.learned_straggler_threshold)


def fit(features: np.ndarray, labels: np.ndarray, trained_on: dict,
        regularisation: float = 1.0, weights: np.ndarray | None = None) -> StoryModel:
    """Fit the logistic regression on pair rows (columns in `FEATURES` order), each row
    weighted by `weights` (default: all 1)."""
    from sklearn.linear_model import LogisticRegression
    if len(set(labels.tolist())) < 2:
        raise StoryModelError("the labelled pairs hold a single class (every pair the same "
                              "story, or none): nothing to learn from")
    regression = LogisticRegression(C=regularisation, max_iter=2000)
    regression.fit(features, labels, sample_weight=weights)
    return StoryModel(float(regression.intercept_[0]),
                      dict(zip(FEATURES, map(float, regression.coef_[0]))), trained_on)

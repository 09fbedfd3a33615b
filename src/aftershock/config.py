"""Settings: one typed object per stage, with defaults in the packaged `defaults.toml`.

Layers, later ones winning: the packaged defaults, `./aftershock.toml` (or the file
$AFTERSHOCK_CONFIG names), then a file given with `--config FILE`. Every value remembers the
layer it came from, which `aftershock config show` prints.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

from .errors import AftershockError

OFF = "off"


class ConfigError(AftershockError):
    """A settings file that cannot be read or names an unknown or ill-typed setting."""


@dataclass(frozen=True)
class IngestSettings:
    future_days: float
    file_future_days: float
    dedup_threshold: float


@dataclass(frozen=True)
class StoriesSettings:
    threshold: float
    window_days: float
    context_days: float
    entity_weight: float
    title_weight: int
    country_bonus: float
    country_penalty: float
    country_mismatch: float
    date_penalty: float
    date_tolerance_days: int
    year_penalty: float
    time_penalty: float
    time_scale_days: float
    lead_penalty: float
    merge_threshold: float
    straggler_threshold: float
    merge_every: int | None
    merge_interval_days: float | None
    rehome_margin: float | None
    rehome_days: float
    hash_dim: int
    max_centroid_terms: int
    index_terms: int
    max_candidates: int
    model: str
    learned_threshold: float
    learned_merge_threshold: float
    learned_straggler_threshold: float
    storyline_model: str
    storyline_threshold: float
    storyline_max_gap_days: float
    ner_processes: int
    ner_text_chars: int
    chunk_articles: int
    passed_by_days: float
    rehome_candidates: int
    storyline_key_terms: int
    storyline_central_names: int
    storyline_max_posting: int
    storyline_partners: int
    evidence_members: int
    merge_evidence_members: int
    archived_entities: int
    summary_entities: int


@dataclass(frozen=True)
class CodingSettings:
    fallback_min_confidence: float
    mojibake_min_marks: int
    mojibake_min_share: float
    latin_min_share: float
    language_min_words: int
    english_min_share: float


@dataclass(frozen=True)
class SignalsSettings:
    min_score: float
    baseline_days: int
    min_history: int
    recollection_days: int
    min_confidence: float
    model_events: bool
    goldstein_floor: float
    min_rate: float
    spike_cutoff: float
    weekday_min_history: int
    weekday_prior_days: float


@dataclass(frozen=True)
class RippleSettings:
    window_days: int
    baseline_days: int
    alpha: float
    min_series_events: int
    max_evidence: int
    min_confidence: float
    model_events: bool
    min_baseline_events: int
    min_baseline_days: int
    trigger_headline_weight: float
    trigger_title_weight: float
    trigger_lead_weight: float
    trigger_entity_weight: float
    trigger_share_exponent: float
    trigger_k1: float
    trigger_country_weight: float
    trigger_strong_match: float
    trigger_outlet_weight: float
    trigger_first_weight: float
    trigger_first_scale_days: float
    trigger_origin_relevance: float
    trigger_min_coverage: float
    trigger_search_articles: int
    trigger_candidates: int
    link_model: str
    link_threshold: float
    strand_bonus: float
    story_focus: float
    min_side_events: int
    effect_sd_floor: float
    trigger_term_entities: int
    trigger_term_keywords: int
    verdict_min_direct: int
    verdict_min_articles: int


@dataclass(frozen=True)
class BriefWeightsSettings:
    lead_first_paragraph: float
    lead_second_paragraph: float
    first_report: float
    trigger_entity: float
    focal_country: float
    severe_act: float
    joined_sentence: float
    story_main_event: float
    reaction_reports: float
    reaction_deed: float
    reaction_statement: float
    kind_divisor: float
    impact_analytic_cue: float
    impact_trigger_entity: float
    impact_region_place: float
    impact_lead_share: float
    impact_reaction: float
    impact_stance_cue: float
    impact_coverage: float
    dyad_report: float
    watch_root: float
    watch_strong_cue: float
    watch_weak_cue: float
    watch_root_and_weak: float
    watch_firm: float


@dataclass(frozen=True)
class BriefsSettings:
    mmr_lambda: float
    redundancy_cap: float
    containment_cap: float
    per_article: int
    event_coverage: float
    country_coverage: float
    min_confidence: float
    model_events: bool
    what_happened_sentences: int
    followup_sentences: int
    reaction_sentences: int
    reaction_per_story: int
    reaction_per_report: int
    watch_sentences: int
    max_highlights: int
    highlight_words: int
    highlight_subject_words: int
    sentence_min_words: int
    sentence_max_words: int
    impact_powers: int
    power_sentences: int
    story_reacting_actors: int
    detail_weight: float
    detail_sentences: int
    context_penalty: float
    bridge_entities: int
    bridge_articles: int
    followup_stories: int
    search_hits: int
    check_repeat_share: float
    check_min_highlights: int
    check_max_highlights: int
    check_highlight_words: int
    check_sentence_words: int
    check_brief_words: int
    followup_entities: int
    commentary_penalty: float


@dataclass(frozen=True)
class ComponentsSettings:
    story_scorer: str
    shift_test: str
    brief_writer: str
    coder_fallback: str
    reaction_linker: str


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings
    stories: StoriesSettings
    coding: CodingSettings
    signals: SignalsSettings
    ripple: RippleSettings
    briefs: BriefsSettings
    brief_weights: BriefWeightsSettings
    components: ComponentsSettings
    # "section.key" -> where the value came from ("default" or a file path)
    sources: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def items(self):
        """(section, key, value, source) for every setting, in file order."""
        for section, cls in SECTIONS.items():
            for f in fields(cls):
                key = f"{section}.{f.name}"
                yield section, f.name, getattr(getattr(self, section), f.name), \
                    self.sources.get(key, "default")


SECTIONS: dict[str, type] = {
    "ingest": IngestSettings,
    "stories": StoriesSettings,
    "coding": CodingSettings,
    "signals": SignalsSettings,
    "ripple": RippleSettings,
    "briefs": BriefsSettings,
    "brief_weights": BriefWeightsSettings,
    "components": ComponentsSettings,
}


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"settings file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path}: not valid TOML ({exc})") from None


def _allowed(annotation) -> tuple[set[type], bool]:
    """The Python types a field accepts and whether it may be switched off."""
    hint = eval(annotation, {}, {}) if isinstance(annotation, str) else annotation
    args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return {a for a in args if a is not type(None)}, type(None) in args


def _coerce(where: str, key: str, value, annotation):
    kinds, optional = _allowed(annotation)
    if optional and value == OFF:
        return None
    if isinstance(value, bool):
        if bool in kinds:
            return value  # (never a number: True is an int in Python)
    elif float in kinds and isinstance(value, (int, float)):
        return float(value)
    elif (int in kinds and isinstance(value, int)) or (str in kinds and isinstance(value, str)):
        return value
    wanted = " or ".join(sorted(k.__name__ for k in kinds)) + (' or "off"' if optional else "")
    raise ConfigError(f"{where}: {key} must be {wanted}, not {value!r}")


def _merge(layer: dict, where: str, values: dict, sources: dict) -> None:
    for section, table in layer.items():
        if section not in SECTIONS:
            raise ConfigError(f"{where}: unknown section [{section}]; known: "
                              f"{', '.join(SECTIONS)}")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [{section}] must be a table of settings")
        types_ = {f.name: f.type for f in fields(SECTIONS[section])}
        for key, value in table.items():
            if key not in types_:
                raise ConfigError(f"{where}: unknown setting {section}.{key}; known: "
                                  f"{', '.join(types_)}")
            values.setdefault(section, {})[key] = _coerce(where, f"{section}.{key}", value,
                                                          types_[key])
            sources[f"{section}.{key}"] = where


def user_config_path() -> Path | None:
    """The user's settings file: $AFTERSHOCK_CONFIG, else ./aftershock.toml if it exists."""
    named = os.environ.get("AFTERSHOCK_CONFIG")
    if named:
        return Path(named)
    local = Path("aftershock.toml")
    return local if local.is_file() else None


def load_settings(path: str | Path | None = None, *, user: bool = True) -> Settings:
    """The effective settings: packaged defaults, the user's file, then `path`."""
    values: dict[str, dict] = {}
    sources: dict[str, str] = {}
    text = resources.files("aftershock").joinpath("defaults.toml").read_text("utf-8")
    _merge(tomllib.loads(text), "default", values, sources)
    sources.clear()  # defaults are the baseline, not an override
    layers = [user_config_path() if user else None, Path(path) if path else None]
    for layer in [p for p in layers if p is not None]:
        _merge(_read_toml(layer), str(layer), values, sources)
    try:
        sections = {name: cls(**values.get(name, {})) for name, cls in SECTIONS.items()}
    except TypeError as exc:  # a default missing from defaults.toml: a packaging bug
        raise ConfigError(f"defaults.toml is incomplete: {exc}") from None
    return Settings(**sections, sources=sources)


_active: Settings | None = None


def settings() -> Settings:
    """The settings in force in this process (loaded on first use)."""
    global _active
    if _active is None:
        _active = load_settings()
    return _active


def use_settings(new: Settings | None) -> Settings | None:
    """Put `new` in force for this process (None: reload on next use); returns the old ones."""
    global _active
    old, _active = _active, new
    return old


def event_filter(section) -> dict:
    """`Store.events` keywords for a stage's `min_confidence` and `model_events` settings."""
    return {"min_confidence": section.min_confidence, "model_events": section.model_events}


def replace(section, **changes):
    """A copy of a section's settings with some values changed (dataclasses.replace)."""
    return dataclasses.replace(section, **changes)


def show(current: Settings | None = None) -> str:
    """The effective settings as TOML, each value with where it came from."""
    current = current or settings()
    lines, last = [], None
    for section, key, value, source in current.items():
        if section != last:
            lines += ([""] if last else []) + [f"[{section}]"]
            last = section
        shown = f'"{OFF}"' if value is None else (f'"{value}"' if isinstance(value, str)
                                                   else repr(value))
        lines.append(f"{key} = {shown}  # {source}")
    return "\n".join(lines)

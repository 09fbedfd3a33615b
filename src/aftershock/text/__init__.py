"""The one text toolkit of aftershock: sentences, leads, datelines, names, case and accent
folding, and term finding. Every stage uses these; no stage keeps its own copy."""
from __future__ import annotations

from .datelines import dateline_place, strip_dateline
from .folding import content_stems, count_term_mentions, find_terms, fold, stem
from .leads import lead_paragraph, lead_sentence
from .names import CALENDAR_WORDS, name_runs, person_named_in, proper_noun_runs
from .sentences import ABBREVIATIONS, SENTENCE_STARTERS, sentence_spans, split_sentences

__all__ = [
    "ABBREVIATIONS",
    "CALENDAR_WORDS",
    "SENTENCE_STARTERS",
    "content_stems",
    "count_term_mentions",
    "dateline_place",
    "find_terms",
    "fold",
    "lead_paragraph",
    "lead_sentence",
    "name_runs",
    "person_named_in",
    "proper_noun_runs",
    "sentence_spans",
    "split_sentences",
    "stem",
    "strip_dateline",
]

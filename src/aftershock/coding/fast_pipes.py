"""Cached stand-ins for spaCy's attribute_ruler and lemmatizer: the same annotations, much faster.

Profiling the coder (cProfile over the PentaClass dev sentences) showed spaCy's
`attribute_ruler` (a token Matcher run over every sentence) and the rule
`lemmatizer` (which caches only some of its answers) taking about half of the
parse time, more than the tagger and parser together. Both are pure functions
of a few token attributes, so their answers can be cached:

- the attribute ruler's result for a token depends only on the attributes its
  single-token patterns test (TAG, LOWER, DEP, IS_SPACE). A sentence whose every
  token has a cached answer is annotated from the cache; any other sentence, or
  one holding a word of a multi-token pattern ("gon na"), runs the real
  ruler and its answers are cached;
- the lemma depends only on (ORTH, POS, MORPH): every answer is cached.

`tests/test_coding_fast_pipes.py` checks the annotations equal the real pipes'.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

_SUPPORTED_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}


def _values(spec) -> set[str] | None:
    """The literal values a pattern attribute accepts, or None when it is not a plain literal/IN."""
    if isinstance(spec, (str, bool)):
        return {spec}
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return set(spec["IN"])
    return None


class CachedAttributeRuler:
    """Wraps a spaCy AttributeRuler; `__call__(doc)` gives the same TAG/POS/MORPH/LEMMA/DEP
    annotations. The cache key is (LOWER when a pattern tests that word, TAG, DEP, IS_SPACE)."""

    def __init__(self, ruler):
        self.ruler = ruler
        self.lowers: set[str] = set()  # LOWER values single-token patterns test
        self.lower_regexes: list[re.Pattern] = []
        self.multi_words: set[str] = set()  # words and dependency labels that start the
        self.multi_deps: set[str] = set()  # ... check of a multi-token pattern
        self.exact = True  # False when a pattern is beyond this cache: always run the ruler
        for entry in ruler.patterns:
            for pattern in entry["patterns"]:
                self._learn(pattern)
        self.cache: dict[tuple, tuple[int, int, int, int, int]] = {}
        self._tested_words: dict[int, int] = {}
        strings = ruler.vocab.strings
        self._multi_hashes = {strings.add(word) for word in self.multi_words}
        self._multi_dep_hashes = {strings.add(label) for label in self.multi_deps}

    def _learn(self, pattern: list[dict]) -> None:
        if len(pattern) > 1:  # a sentence holding one of its literal DEPs or words runs the ruler
            deps = [_values(t["DEP"]) for t in pattern if "DEP" in t and _values(t["DEP"])]
            words = [_values(t["LOWER"]) for t in pattern if "LOWER" in t and _values(t["LOWER"])]
            if deps:
                self.multi_deps |= deps[0]
            elif words:
                self.multi_words |= words[0]
            else:
                self.exact = False
            return
        token = pattern[0]
        if set(token) - _SUPPORTED_KEYS:
            self.exact = False
        elif "LOWER" in token:
            spec = token["LOWER"]
            if isinstance(spec, dict) and set(spec) == {"REGEX"}:
                self.lower_regexes.append(re.compile(spec["REGEX"]))
            elif _values(spec) is None:
                self.exact = False
            else:
                self.lowers |= _values(spec)

    def _tested(self, lower: int, strings) -> int:
        """The LOWER hash when some pattern tests that word, else 0 (memoised per word)."""
        tested = self._tested_words.get(lower)
        if tested is None:
            word = strings[lower]
            tested = (
                lower
                if word in self.lowers or any(r.search(word) for r in self.lower_regexes)
                else 0
            )
            self._tested_words[lower] = tested
        return tested

    def __call__(self, doc):
        if not self.exact or not len(doc):
            return self.ruler(doc)
        cache, strings = self.cache, doc.vocab.strings
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        if any(lower in self._multi_hashes or dep in self._multi_dep_hashes
               for lower, _, dep, _ in rows):
            return self.ruler(doc)  # a multi-token pattern may apply: no caching
        keys = [(self._tested(lower, strings), tag, dep, space) for lower, tag, dep, space in rows]
        if not all(key in cache for key in keys):
            return self._learn_from(doc, keys)
        values = [cache[key] for key in keys]
        for i, (value, (_, tag, dep, _)) in enumerate(zip(values, keys)):
            if value[0] != tag or value[4] != dep:  # only whitespace tokens change tag or dep
                doc[i].tag, doc[i].dep = value[0], value[4]
        doc.from_array([POS, MORPH], numpy.array([[v[1], v[2]] for v in values], dtype="uint64"))
        for i, value in enumerate(values):
            if value[3]:
                doc[i].lemma = value[3]
        return doc

    def _learn_from(self, doc, keys: list[tuple]):
        self.ruler(doc)
        for token, key in zip(doc, keys):
            self.cache[key] = (token.tag, token.pos, token.morph.key, token.lemma, token.dep)
        return doc


class CachedLemmatizer:
    """Wraps a spaCy rule Lemmatizer; every (ORTH, POS, MORPH) answer is cached. The lemmatizer's
    word index (lists of known lemmas per part of speech, which it only tests for membership,
    one linear scan per candidate form) is turned into sets once: a new word then costs
    microseconds, not a third of a millisecond."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.overwrite = getattr(lemmatizer, "overwrite", False)
        self.cache: dict[tuple[int, int, int], int] = {}
        lookups = getattr(lemmatizer, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                if isinstance(index[pos], list):
                    index[pos] = frozenset(index[pos])

    def __call__(self, doc):
        if not len(doc):
            return doc
        cache = self.cache
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc


def cached_pipes(nlp) -> list:
    """Cached versions of the model's attribute_ruler and lemmatizer, in pipeline order (the
    components the model lacks are left out)."""
    wrappers = {"attribute_ruler": CachedAttributeRuler, "lemmatizer": CachedLemmatizer}
    return [wrappers[name](component) for name, component in nlp.pipeline if name in wrappers]

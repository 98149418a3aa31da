"""The data model: what warscope extracts, and the JSON contract it serialises to.

Every extracted value points back at the characters it came from: a :class:`Span` is a pair of
offsets into ``Document.text`` plus the text itself, and ``text[start:end] == span.text`` always.
The JSON contract is versioned by :data:`SCHEMA`; change it only with a new version.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from warscope.codebook import ACLED_TYPES, EVENT_TYPE_OF, PLOVER_TYPES

# Minor versions only add optional fields; a reader of @1 can read @1.x by ignoring what it does not know.
SCHEMA = "warscope/extraction@1.2"

ActorKind = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
    "person",
    "government",
    "organization",
    "other",
]
# The codebooks' own names, exactly; the JSON Schema enumerates them.
EventType = Literal[tuple(ACLED_TYPES)]  # type: ignore[valid-type]
SubEventType = Literal[tuple(EVENT_TYPE_OF)]  # type: ignore[valid-type]
PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Stance = Literal["asserts", "attributes", "claims_responsibility", "disputes", "denies"]
Polarity = Literal["hostile", "cooperative"]
# ACLED time precision: 1 day, 2 within a week or a few days, 3 month or longer.
TimePrecision = Literal[1, 2, 3]
# ACLED geo precision: 1 named town/site, 2 near it or its district, 3 province level.
GeoPrecision = Literal[1, 2, 3]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """Character offsets into the document text, with the text they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start=start, end=end, text=text[start:end])


class Mention(Span):
    """A span that names or refers to an actor."""


class Document(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    url: str | None = None
    text: str
    # @1.1: the date relative expressions were resolved against, and where it came from.
    reference_date: str | None = Field(default=None, description="YYYY-MM-DD, or YYYY from a copyright line")
    reference_source: Literal["user", "html", "dateline", "copyright"] | None = None
    # @1.2: the country the document is about when its reader knows it (a country desk, a feed
    # filtered by country); context for resolving places and naming unnamed parties.
    country: str | None = Field(default=None, pattern="^[A-Z]{2}$", description="ISO 3166-1 alpha-2, given by the user")

    # Where `published` came from when set at ingest ("user" or "html").
    _published_from: str | None = PrivateAttr(default=None)
    # The year of a copyright footer: a year-precision fallback for dating, never a publication date.
    _copyright_year: int | None = PrivateAttr(default=None)

    @staticmethod
    def make_id(text: str) -> str:
        return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2")
    wikidata: str | None = None
    affiliation: str | None = Field(default=None, description="id of the parent/affiliate actor")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class TimeSpan(_Model):
    """When an event happened: a start, an end and ACLED's time precision."""

    start: str | None = Field(default=None, description="YYYY[-MM[-DD]]")
    end: str | None = None
    precision: TimePrecision | None = None
    text: str | None = None


class Location(_Model):
    """Where an event happened, with ACLED's geo precision."""

    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    precision: GeoPrecision


class Fatalities(_Model):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Claim(_Model):
    by: str | None = Field(default=None, description="actor id of who makes the claim")
    by_text: str
    stance: Stance
    about: str
    value: Any = None
    evidence: Span


class Event(_Model):
    id: str
    event_type: EventType
    sub_event_type: SubEventType | None = None
    plover: PloverType | None = None
    actor1: str | None = None
    actor2: str | None = None
    assoc_actors: list[str] = Field(default_factory=list)
    date: TimeSpan = Field(default_factory=TimeSpan)
    location: Location | None = None
    fatalities: Fatalities | None = None
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _sub_type_belongs_to_type(self) -> "Event":
        if self.sub_event_type is not None and EVENT_TYPE_OF[self.sub_event_type] != self.event_type:
            raise ValueError(f"{self.sub_event_type!r} is not a sub-event type of {self.event_type!r}")
        return self

    # Working state shared between stages; not part of the contract.
    _trigger: Span | None = PrivateAttr(default=None)
    _sentence: int | None = PrivateAttr(default=None)


class Relation(_Model):
    source: str
    target: str
    polarity: Polarity
    plover: PloverType | None = None
    date: TimeSpan | None = None
    contested: bool = False
    evidence: list[Span] = Field(default_factory=list)


class Quote(_Model):
    speaker: str | None = None
    speaker_text: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Place(_Model):
    id: str
    name: str
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    mentions: list[Span] = Field(default_factory=list)


class TimeExpression(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str | None = None
    end_value: str | None = None
    precision: TimePrecision | None = None


class Extraction(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema", serialization_alias="schema")
    document: Document
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the extraction contract, generated from the model."""
    schema = Extraction.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = SCHEMA
    return schema


def iter_spans(obj: Any):
    """Yield every span-shaped dict ({start, end, text}) in a serialised extraction."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj.get("start"), int):
            yield obj
        for v in obj.values():
            yield from iter_spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from iter_spans(v)

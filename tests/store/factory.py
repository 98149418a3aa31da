"""Hand-built extractions for the workbench tests: they do not depend on the NLP stages.

The articles are written for these tests. Spans are found with str.index so they always match the
text exactly.
"""

from __future__ import annotations

from warscope.model import (
    Actor,
    Claim,
    Document,
    Event,
    Extraction,
    Fatalities,
    Location,
    Mention,
    Place,
    Quote,
    Relation,
    Span,
    TimeExpression,
    TimeSpan,
)


def span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


def mention(text: str, part: str, nth: int = 0) -> Mention:
    sp = span(text, part, nth)
    return Mention(start=sp.start, end=sp.end, text=sp.text)


RIVERTON = (
    "Rebels of the Northern Front attacked an army post outside Kandahar on Tuesday, killing nine soldiers, "
    "the defence ministry said.\n\n"
    "The Northern Front said its fighters had killed 30 soldiers and seized two trucks. "
    "\"We hold the road now,\" a commander of the group, Omar Zia, told reporters.\n\n"
    "On Wednesday, villagers in Herat protested against the fighting outside the governor's office."
)


def riverton(published: str = "2021-08-27", source: str = "Test Wire", url: str | None = "https://example.org/a1") -> Extraction:
    """Two events in Afghanistan: a clash (rebels vs state forces, with claims) and a protest."""
    t = RIVERTON
    doc = Document(id=Document.make_id(t), title="Rebels attack army post", source=source, published=published, url=url, text=t)
    front = Actor(id="a1", name="Northern Front", kind="rebel_group", country="AF",
                  mentions=[mention(t, "Northern Front"), mention(t, "Northern Front", 1)])
    army = Actor(id="a2", name="Military Forces of Afghanistan", kind="state_forces", country="AF",
                 mentions=[mention(t, "army")])
    ministry = Actor(id="a3", name="Ministry of Defence of Afghanistan", kind="government", country="AF",
                     affiliation="a2", mentions=[mention(t, "defence ministry")])
    villagers = Actor(id="a4", name="Protesters (Afghanistan)", kind="protesters", country="AF",
                      mentions=[mention(t, "villagers")])
    zia = Actor(id="a5", name="Omar Zia", kind="person", affiliation="a1", mentions=[mention(t, "Omar Zia")])
    s1 = span(t, t[: t.index("said.") + 5])
    s2 = span(t, "The Northern Front said its fighters had killed 30 soldiers and seized two trucks.")
    s3 = span(t, "On Wednesday, villagers in Herat protested against the fighting outside the governor's office.")
    kandahar = Location(name="Kandahar", admin1="Kandahar", country="AF", latitude=31.61, longitude=65.71, geonameid=1138336, precision=2)
    herat = Location(name="Herat", admin1="Herat", country="AF", latitude=34.35, longitude=62.2, geonameid=1139715, precision=1)
    clash = Event(
        id="e1", event_type="Battles", sub_event_type="Armed clash", plover="ASSAULT",
        actor1="a1", actor2="a2", assoc_actors=[],
        date=TimeSpan(start="2021-08-24", end="2021-08-24", precision=1, text="Tuesday"),
        location=kandahar, fatalities=Fatalities(low=9, best=9, high=30),
        claims=[
            Claim(by="a3", by_text="the defence ministry", stance="asserts", about="fatalities", value=9, evidence=s1),
            Claim(by="a1", by_text="The Northern Front", stance="claims_responsibility", about="fatalities", value=30, evidence=s2),
        ],
        evidence=[s1, s2], confidence=0.8,
    )
    protest = Event(
        id="e2", event_type="Protests", sub_event_type="Peaceful protest", plover="PROTEST",
        actor1="a4", date=TimeSpan(start="2021-08-25", precision=1, text="Wednesday"),
        location=herat, fatalities=Fatalities(low=0, best=0, high=0), evidence=[s3], confidence=0.6,
    )
    rel = Relation(source="a1", target="a2", polarity="hostile", plover="ASSAULT",
                   date=TimeSpan(start="2021-08-24", precision=1), evidence=[s1])
    q = span(t, "We hold the road now,")
    return Extraction(
        document=doc,
        actors=[front, army, ministry, villagers, zia],
        events=[clash, protest],
        relations=[rel],
        quotes=[Quote(speaker="a5", speaker_text="Omar Zia", text=q.text, start=q.start, end=q.end)],
        places=[
            Place(id="p1", name="Kandahar", admin1="Kandahar", country="AF", latitude=31.61, longitude=65.71,
                  geonameid=1138336, mentions=[span(t, "Kandahar")]),
            Place(id="p2", name="Herat", admin1="Herat", country="AF", latitude=34.35, longitude=62.2,
                  geonameid=1139715, mentions=[span(t, "Herat")]),
        ],
        times=[TimeExpression(text="Tuesday", start=span(t, "Tuesday").start, end=span(t, "Tuesday").end,
                              value="2021-08-24", precision=1)],
    )


HARBOUR = (
    "A drone strike hit a depot near Mogadishu port on 3 March, killing four members of Al Shabaab, "
    "officials said. Military Forces of Somalia said the depot stored explosives."
)


def harbour() -> Extraction:
    """One air strike in Somalia, with one actor shared by name with no other test article."""
    t = HARBOUR
    doc = Document(id=Document.make_id(t), title="Strike on depot", source="Coast Radio", published="2024-03-05", text=t)
    shabaab = Actor(id="x1", name="Al Shabaab", kind="rebel_group", country="SO", mentions=[mention(t, "Al Shabaab")])
    somalia = Actor(id="x2", name="Military Forces of Somalia", kind="state_forces", country="SO",
                    mentions=[mention(t, "Military Forces of Somalia")])
    ev = Event(
        id="e1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", plover="ASSAULT",
        actor1="x2", actor2="x1", date=TimeSpan(start="2024-03-03", precision=1, text="3 March"),
        location=Location(name="Mogadishu", admin1="Banaadir", country="SO", latitude=2.04, longitude=45.34, precision=2),
        fatalities=Fatalities(low=4, best=4, high=4),
        evidence=[span(t, t[: t.index("said.") + 5])], confidence=0.7,
    )
    return Extraction(document=doc, actors=[shabaab, somalia], events=[ev])

"""The geo stage: finds place names, resolves them offline, and locates events.

Recognition (spaCy entities checked against the gazetteer, plus gazetteer matches NER missed) is
in :mod:`warscope.geo.recognise`; resolution with document context in :mod:`warscope.geo.resolve`;
the gazetteer itself, built by scripts/build_gazetteer.py, in :mod:`warscope.geo.gazetteer`.
"""

from __future__ import annotations

from spacy.tokens import Token

from warscope.analysis import Analysis, PlaceMention
from warscope.geo import gazetteer
from warscope.geo.gazetteer import COUNTRY, DISTRICT, PROVINCE, TOWN, Entry
from warscope.geo.names import fold
from warscope.geo.recognise import (
    DISTRICT_WORDS,
    EMBEDDED,
    FACILITY_WORDS,
    NEAR_PREPS,
    PROVINCE_WORDS,
    QUARTER_WORDS,
    TOWN_WORDS,
    recognise,
)

TYPE_WORDS = PROVINCE_WORDS | DISTRICT_WORDS | TOWN_WORDS
from warscope.geo.resolve import resolve
from warscope.model import Location, Place

# Prepositions that place an event ("fighting in X", "a blast near X"); "from" and "to" do not.
EVENT_PREPS = {"in", "near", "at", "outside", "around", "inside", "on", "across", "within",
               "throughout", "of", "into", "nearby"}


def annotate(analysis: Analysis) -> None:
    gaz = gazetteer.load()
    hint = analysis.document.country
    found = recognise(analysis.doc, gaz, hint=hint)
    # Second look with the names found: towns NER mislabels, confirmed by their province.
    found = recognise(analysis.doc, gaz, context={fold(t.text) for t in found.toponyms}, hint=hint)
    resolved, focus = resolve(gaz, found, country=hint)
    analysis.country_focus = focus
    places: dict[str, Place] = {}
    mentions: list[PlaceMention] = []
    for r in resolved:
        t, e = r.toponym, r.entry
        place = places.get(e.key)
        if place is None:
            place = places[e.key] = _place(e)
        place.mentions.append(analysis.span(t.start, t.end))
        mentions.append(
            PlaceMention(start=t.start, end=t.end, place_id=e.key, precision=r.precision, site=t.site,
                         embedded=t.label == EMBEDDED)
        )
    for site in found.sites:
        town = _town_near(analysis, site, resolved)
        if town is not None:
            place = places.get(town.key)
            if place is None:
                place = places[town.key] = _place(town)
            place.mentions.append(analysis.span(site.start, site.end))
            mentions.append(PlaceMention(start=site.start, end=site.end, place_id=town.key, precision=1,
                                         site=site.text))
    mentions.sort(key=lambda m: m.start)
    analysis.places = list(places.values())
    analysis.place_mentions = mentions


def _town_near(analysis: Analysis, site, resolved) -> Entry | None:
    """The town a named site (street, building, base) is in: the nearest town named in the same
    paragraph; a site with no town beside it stays unplaced rather than guessed."""
    text = analysis.text
    lo = text.rfind("\n", 0, site.start) + 1
    hi = text.find("\n", site.end)
    hi = len(text) if hi < 0 else hi
    towns = [r for r in resolved if r.entry.kind == TOWN and lo <= r.toponym.start < hi]
    if not towns:
        return None
    best = min(towns, key=lambda r: abs(r.toponym.start - site.start))
    return best.entry


def _place(e: Entry) -> Place:
    return Place(
        id=e.key,
        name=e.name,
        admin1=e.admin1 if e.kind != COUNTRY else None,
        admin2=e.admin2,
        country=e.country,
        latitude=e.latitude,
        longitude=e.longitude,
        geonameid=e.geonameid,
    )


def place_for_event(analysis: Analysis, start: int, end: int) -> Location | None:
    """The location of the event whose trigger spans text[start:end]; None when unknown.

    First a place governed by the trigger's clause ("attacked ... in X", "a bombing near X"),
    then the nearest place in its sentence, then in its paragraph.
    """
    named = [m for m in analysis.place_mentions if not m.embedded and not _inside_actor(analysis, m)]
    usable = [m for m in named if not _modifier(analysis, m)]
    found = _nearby(analysis, usable, start, end)
    # "a Nakuru matatu driver was shot": a place naming whose people is still the only clue
    # to where it happened, better than none at all.
    # Not a country: "U.S. troops" names whose troops, not where.
    # And a town inside an actor's name ("Narok residents marched") over no place at all.
    local = [m for m in analysis.place_mentions
             if not m.embedded and _kind_of(analysis.place(m.place_id)) != COUNTRY]
    if found is None:
        found = _nearby(analysis, local, start, end, governed=False)
    elif found.precision == 3 and found.admin1 is None:
        # Only a country, named elsewhere ("Mombasa youth marched ... to join Al-Shabab in
        # Somalia"): a town of the document's country beside the trigger says more.
        finer = _nearby(analysis, local, start, end, governed=False)
        if finer is not None and finer.country in {found.country, analysis.document.country}:
            found = finer
    if found is None:
        # Last resort, the town of an institution ("students of the Kisii University protested"):
        # where such events are held when the text names no other place for them.
        inst = [m for m in analysis.place_mentions
                if m.embedded and _kind_of(analysis.place(m.place_id)) != COUNTRY]
        found = _nearby(analysis, inst, start, end, governed=False)
    if found is None:
        return _country_fallback(analysis, named, usable)
    return _capital_for_country(analysis, found)


def _capital_for_country(analysis: Analysis, found: Location) -> Location:
    """'Teachers in Burkina Faso went on strike': an event the text places only in the country
    the user says the document is about is coded at that country's capital, precision 3, as
    ACLED codes a place known only to a wider area at that area's capital."""
    given = analysis.document.country
    if not given or found.country != given or found.admin1 is not None or found.precision != 3:
        return found
    country = gazetteer.load().country(given)
    if country is None or found.geonameid != country.geonameid or not _only_the_country(analysis, given):
        return found
    return _capital(given) or found


def _only_the_country(analysis: Analysis, cc: str) -> bool:
    """Whether the text names no place but the country itself: no town or division of it (an
    event elsewhere in a story about Kandahar is not in Kabul), no place abroad, and no name
    the gazetteer lacks after 'in' or 'the village of' (an unlisted village is no capital)."""
    for m in analysis.place_mentions:
        place = analysis.place(m.place_id)
        if m.embedded or _inside_actor(analysis, m) or place is None or place.country is None:
            continue
        if place.country != cc or _kind_of(place) != COUNTRY:
            return False
    return not _names_unknown_place(analysis)


# Words after "the ... of" that make a place: "the village of X", "the area of X".
AREA_WORDS = {"village", "villages", "town", "area", "locality", "commune", "department", "region",
              "district", "province", "county", "settlement", "outskirts", "vicinity", "city"}
# Capitalised words after "in"/"at" that name an institution or a square, not a place elsewhere.
INSTITUTION_WORDS = FACILITY_WORDS | {"ministry", "parliament", "senate", "court", "assembly", "place",
                                      "national", "government", "state", "house", "presidency",
                                      "headquarters", "university", "city", "central"}
UNKNOWN_PREPS = {"in", "near", "at", "around", "outside", "inside", "between"}


def _names_unknown_place(analysis: Analysis) -> bool:
    """Whether the text names a place the gazetteer could not place: a capitalised name after
    'in', 'near', 'at' or 'the village of' that is no place found, date or institution."""
    doc = analysis.doc
    spans = [(m.start, m.end) for m in analysis.place_mentions]
    for tok in doc:
        if not tok.is_title or tok.pos_ != "PROPN" or tok.ent_type_ in {"DATE", "TIME", "NORP"}:
            continue
        if tok.lower_ in INSTITUTION_WORDS or any(a <= tok.idx < b for a, b in spans):
            continue
        i = tok.i - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 0:
            continue
        before = doc[i].lower_
        if before in UNKNOWN_PREPS or before == "of" and i >= 1 and doc[i - 1].lower_ in AREA_WORDS:
            return True
    return False


def _capital(cc: str) -> Location | None:
    town = gazetteer.load().capital(cc)
    if town is None:
        return None
    return Location(name=town.name, admin1=town.admin1, admin2=town.admin2, country=cc,
                    latitude=town.latitude, longitude=town.longitude, geonameid=town.geonameid,
                    precision=3)


def _nearby(analysis: Analysis, usable: list[PlaceMention], start: int, end: int,
            governed: bool = True) -> Location | None:
    if not usable:
        return None
    trigger = _trigger_token(analysis, start, end) if governed else None
    if trigger is not None:
        found = _governed(trigger, usable)
        if found is not None:
            return _location(analysis, *found)
    sent = analysis.sentence_at(start)
    in_sent = [m for m in usable if sent.start_char <= m.start < sent.end_char]
    if in_sent:
        # The most precise place of the sentence, then the nearest: "in Tigre (Buenos Aires)"
        # names the town, with its province beside it.
        # "riders from X rode to Y": where people came from is not where the event was.
        m = min(in_sent, key=lambda m: (_origin(analysis, m), m.precision, _distance(m, start, end)))
        return _location(analysis, m, False)
    text = analysis.text
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    in_para = [m for m in usable if para_start <= m.start < para_end]
    if in_para:
        m = min(in_para, key=lambda m: _distance(m, start, end))
        return _location(analysis, m, False)
    return None


def _country_fallback(analysis: Analysis, named: list[PlaceMention], usable: list[PlaceMention]
                      ) -> Location | None:
    """The document's country at precision 3, for an event whose paragraph names no place: only
    when the document has a country focus, names a place in it as a place (not "U.S. troops"),
    and names no place outside it, so that a story about one country does not lend it to an
    event that may have happened elsewhere."""
    given = analysis.document.country
    if given and _only_the_country(analysis, given):
        # The user says which country the document is about and it names no other place: an
        # event with no place of its own ("Soldiers protested over pay") is coded at the capital
        # (precision 3), where a national story that names no place mostly happens.
        return _capital(given)
    if given and _names_unknown_place(analysis) and all(
            getattr(analysis.place(m.place_id), "country", None) in (None, given) for m in named):
        # A place the gazetteer lacks ("in the village of X"): somewhere in the country, unknown.
        return None
    cc = analysis.country_focus
    if not cc or not any(getattr(analysis.place(m.place_id), "country", None) == cc for m in usable):
        return None
    for m in named:
        place = analysis.place(m.place_id)
        if place is not None and place.country not in (None, cc):
            return None
    country = gazetteer.load().country(cc)
    if country is None:
        return None
    return Location(name=country.name, admin1=None, admin2=None, country=cc, latitude=country.latitude,
                    longitude=country.longitude, geonameid=country.geonameid, precision=3)


def _origin(analysis: Analysis, m: PlaceMention) -> bool:
    """Whether a place is written as where people came from ("riders from X"), not where a
    march set out from ("a convoy set out from X": that is where it began)."""
    span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = analysis.doc[span.start - 1]
    if before.lower_ == "the" and span.start >= 2:
        before = analysis.doc[span.start - 2]
    return before.lower_ == "from" and before.head.pos_ in {"NOUN", "PROPN"}


def _distance(m: PlaceMention, start: int, end: int) -> int:
    return start - m.end if m.end <= start else max(0, m.start - end)


def _inside_actor(analysis: Analysis, m: PlaceMention) -> bool:
    """A place named inside an actor's name ("Kabul police") does not locate its events."""
    return any(a.start <= m.start and m.end <= a.end and (a.end - a.start) > (m.end - m.start)
               for a in analysis.mentions)


def _modifier(analysis: Analysis, m: PlaceMention) -> bool:
    """'U.S. troops', 'Kabul residents', 'Iran said': a place naming whose people or forces, or
    acting itself, not where an event is; 'Kabul airport' (a site) still locates one."""
    if m.site:
        return False
    span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    doc = analysis.doc
    # "in Valle de Santiago, Guanajuato, inmates clashed": a name between a locative preposition
    # and a comma is where something happened, whatever the parser hung it on.
    if span.start > 0 and doc[span.start - 1].lower_ in EVENT_PREPS - {"of", "on"} \
            and (span.end == len(doc) or doc[span.end].text in {",", "(", ";", "."}):
        return False
    root = span.root
    head = root.head
    # "The U.S. said it killed ...": a place as the subject acts; it does not locate.
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return (
        root.dep_ in {"compound", "amod", "poss", "nmod"}
        and head is not root
        and head.pos_ in {"NOUN", "PROPN"}
        and head.lemma_.lower() not in FACILITY_WORDS | QUARTER_WORDS | TYPE_WORDS
        and not (span.start <= head.i < span.end)
    )


def _trigger_token(analysis: Analysis, start: int, end: int) -> Token | None:
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _governed(trigger: Token, mentions: list[PlaceMention]) -> tuple[PlaceMention, bool] | None:
    """A place in a locative phrase of the trigger's clause: on the trigger or its objects
    ("ambushed a convoy near X"), else on up to two heads above it. Subjects are left out:
    "fighters from X" says where the actor came from, not where the event was."""
    tok = trigger
    for _ in range(3):
        best: tuple[int, PlaceMention, bool] | None = None
        for t in _clause_tokens(tok):
            if t.dep_ == "prep" and t.lower_ in EVENT_PREPS:
                lo, hi = t.idx, _subtree_end(t)
                inside = [m for m in mentions if lo <= m.start and m.end <= hi]
            elif t.dep_ in {"compound", "npadvmod", "nmod"} and t.head is tok:
                inside = [m for m in mentions if t.idx <= m.start < t.idx + len(t.text)]
            else:
                continue
            if inside:
                m = min(inside, key=lambda m: m.start)
                rank = abs(t.i - trigger.i)
                if best is None or rank < best[0]:
                    best = (rank, m, t.lower_ in NEAR_PREPS)
        if best is not None:
            return best[1], best[2]
        if tok.head is tok or tok.dep_ in {"ccomp", "parataxis"}:
            break
        tok = tok.head
    return None


def _clause_tokens(tok: Token):
    """The token's own dependents and those of its objects, not of its subjects or clauses."""
    yield from tok.children
    for child in tok.children:
        if child.dep_ in {"dobj", "pobj", "attr", "oprd", "dative", "acomp", "agent"}:
            yield from child.children


def _subtree_end(tok: Token) -> int:
    last = max(tok.subtree, key=lambda t: t.i)
    return last.idx + len(last.text)


def _location(analysis: Analysis, m: PlaceMention, near: bool) -> Location | None:
    place = analysis.place(m.place_id)
    if place is None:
        return None
    precision = m.precision
    if near and precision == 1:
        precision = 2
    kind = _kind_of(place)
    if kind in (PROVINCE, COUNTRY) or place.country is None:
        # A province named with a place inside it the gazetteer lacks ("Waygal district,
        # Nuristan"): the event is at that place, known only to the province (ACLED's precision 2).
        precision = 2 if kind == PROVINCE and m.site else 3
    latitude, longitude = place.latitude, place.longitude
    seat = _seat(place, kind)
    if seat is not None:
        # An event known only to a division is coded at the division's seat, as ACLED codes it:
        # the centre of a province's towns is often empty land far from any of them.
        latitude, longitude = seat.latitude, seat.longitude
    return Location(
        name=place.name,
        admin1=place.admin1,
        admin2=place.admin2,
        country=place.country,
        latitude=latitude,
        longitude=longitude,
        geonameid=place.geonameid,
        precision=precision,
    )


def _seat(place: Place, kind: str | None) -> Entry | None:
    """The town that stands for a province or district place (its namesake or biggest town)."""
    if kind not in (PROVINCE, DISTRICT):
        return None
    gaz = gazetteer.load()
    for e in gaz.lookup(place.name):
        if e.kind == kind and e.country == place.country and e.admin1 == place.admin1 \
                and e.admin2 == place.admin2 and e.name == place.name:
            return gaz.seat(e)
    return None


def _kind_of(place: Place | None) -> str | None:
    """Which kind of gazetteer row a place came from (Place has no field for it)."""
    if place is None:
        return None
    if place.geonameid is not None:
        country = gazetteer.load().country(place.country) if place.country else None
        return COUNTRY if country is not None and country.geonameid == place.geonameid else None
    if place.admin2 and place.name == place.admin2:
        return DISTRICT
    if place.admin1 and place.name == place.admin1:
        return PROVINCE
    return None

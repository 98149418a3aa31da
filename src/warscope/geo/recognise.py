"""Toponym recognition: spaCy entities checked against the gazetteer, plus what NER misses.

Finds the stretches of text that name places (not demonyms, not places nested in organisation
names) and the local context each one comes with: a type word ("X province"), a preposition
("near X"), a facility ("Kabul airport", "a prison in X") or a hierarchy neighbour ("X, Y").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from warscope.geo.gazetteer import CONTINENT, COUNTRY, DISTRICT, PROVINCE, TOWN, Gazetteer
from warscope.geo.names import fold

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Toponym label of a place named inside an organisation's name.
EMBEDDED = "EMBEDDED"
# Labels NER gives some towns ("Ghazni" as ORG); accepted only with gazetteer and context support.
DOUBTFUL_LABELS = {"ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"}

PROVINCE_WORDS = {"province", "provinces", "region", "state", "governorate", "prefecture", "oblast",
                  "department", "wilaya", "emirate"}
DISTRICT_WORDS = {"district", "districts", "county", "parish", "municipality", "township", "borough",
                  "subdistrict", "sub-district", "commune", "upazila", "constituency", "sub-county",
                  "subcounty", "division", "taluka", "taluk", "tehsil", "mandal", "lga", "payam"}
TOWN_WORDS = {"city", "town", "village", "capital", "hamlet"}
# Words naming a part of a town and nothing bigger.
PART_WORDS = {"neighborhood", "neighbourhood", "quarter", "suburb", "slum", "estate", "ward"}
QUARTER_PREFIXES = {"colonia", "barrio", "fraccionamiento"}
# Units below a district that text writes before the division they lie in ("X ward, Kericho",
# "Y sub-location, Kisii", "Z payam (Jonglei)"): what follows the comma is that division.
LOCAL_UNIT_WORDS = {"ward", "location", "sub-location", "sublocation", "payam", "subdivision", "sector",
                    "cell", "chiefdom", "locality", "kebele", "woreda", "lga"}
# Parts of a town: the town is the place (precision 1), the part is the site.
QUARTER_WORDS = {"neighborhood", "neighbourhood", "area", "quarter", "suburb", "compound", "market",
                 "camp", "street", "road"}
FACILITY_WORDS = {"airport", "prison", "jail", "base", "airbase", "checkpoint", "hospital", "mosque",
                  "school", "university", "bridge", "stadium", "hotel", "embassy", "market", "bazaar",
                  "camp", "barracks", "compound", "station", "garrison", "headquarters", "port",
                  "church", "palace", "ministry", "police", "highway", "road", "outpost", "dam",
                  "consulate", "airfield", "clinic", "office", "checkpoints", "square"}
# Names of natural features and streets: the gazetteer has none of these, and the towns inside
# their names ("Mississippi River", "Washington Square") are elsewhere.
FEATURE_WORDS = {"river", "sea", "ocean", "lake", "lakes", "mountains", "mountain", "mount", "island",
                 "islands", "coast", "canal", "street", "avenue", "boulevard", "square", "valley",
                 "gulf", "bay", "desert", "peninsula", "park", "hills", "creek", "strait", "plaza",
                 "lane", "drive", "heights", "beach", "forest", "basin", "channel", "falls", "delta"}
LEADING_FEATURE_WORDS = {"plaza", "avenida", "calle", "parque", "rua", "praça", "praca", "rue", "place",
                         "boulevard", "avenue", "paseo", "carrera", "estadio", "puente"}
# Names that are towns somewhere but in English prose almost always mean something else.
NOT_PLACES = {"west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest",
              "midwest", "gulf", "metro", "downtown", "uptown", "far", "far east", "near east", "middle", "central",
              "western", "eastern", "northern", "southern", "mid", "homeland", "capital", "republic",
              "union", "state", "city", "centre", "center", "island", "valley", "march", "may", "june",
              "august", "god", "liberty", "independence", "victory", "hope", "paradise", "eden",
              "reading", "mobile", "split", "nice", "bath", "police", "army", "federal", "bank"}
NATURAL_WORDS = {"river", "sea", "ocean", "lake", "lakes", "mountains", "mountain", "mount", "island",
                 "islands", "coast", "valley", "gulf", "bay", "desert", "peninsula", "hills", "creek",
                 "strait", "beach", "forest", "basin", "channel", "falls", "canal", "delta"}
GENERIC_WORDS = FEATURE_WORDS | FACILITY_WORDS | {
    "international", "national", "state", "university", "college", "republic", "united", "new",
    "north", "south", "east", "west", "central", "far", "near", "middle", "saint", "st", "st.", "great", "royal", "city",
    "county", "district", "province", "region", "center", "centre", "village", "club", "hall",
    "house", "tower", "library", "museum", "institute", "academy", "high", "middle", "elementary",
    "area", "reservoir", "youth", "detention"}
# "Alexandria woman", "Fargo police": a town name used as a modifier of its people.
RESIDENT_WORDS = {"man", "woman", "men", "women", "resident", "residents", "teen", "teenager", "boy",
                  "girl", "couple", "family", "native", "natives", "mayor", "council", "officials",
                  "area", "residents'"}
# Groups of people a town's name may stand before ("Kisumu youth marched"); also words peoples'
# names stand before ("Kikuyu youths"), so only for a name NER did not call a people (NORP).
PEOPLE_WORDS = RESIDENT_WORDS | {"youth", "youths", "villagers", "locals", "traders", "vendors",
                                 "students", "farmers", "fishermen", "elders", "workers", "teachers",
                                 "motorists", "journalists", "supporters", "activists", "protesters",
                                 "demonstrators", "nurses", "doctors", "drivers", "operators", "herders",
                                 "pastoralists", "squatters"}
# Words after a people's name ("Kikuyu elders", "the Kisii community"), which a town shares.
GROUP_WORDS = PEOPLE_WORDS | {"people", "peoples", "ethnic", "community", "communities", "tribe", "tribes",
                              "tribal", "clan", "clans", "militia", "militias", "fighters", "raiders",
                              "men", "gunmen", "group", "groups", "families", "settlers", "language"}
# Lower-case particles inside place names ("An Nuqat al Khams", "Agusan del Sur").
NAME_PARTICLES = {"al", "el", "de", "del", "da", "di", "du", "la", "le", "des", "ad", "ar", "as", "at",
                  "an", "ash", "az", "ed", "es", "bin", "ibn", "wa", "y", "dos", "das", "do"}
# Roads are named after the towns they lead to ("Mombasa Road" runs through Nairobi, "the
# Khulna-Dhaka highway"): a town in a road's name says where the road goes, not where it is.
ROUTE_WORDS = {"road", "highway", "street", "avenue", "boulevard", "drive", "lane", "route", "expressway",
               "bypass", "axis"}
# Named sites placed by a town beside them: built things, not natural features (NER's FAC
# label alone is too loose: it tags names and highways).
SITE_WORDS = (FACILITY_WORDS | FEATURE_WORDS) - NATURAL_WORDS - {"highway", "road", "police", "office"}
ORG_HEADS = {"government", "administration", "army", "forces", "police", "military", "ministry",
             "council", "party", "front", "movement", "brigade", "brigades", "regiment", "militia",
             "university", "college", "school", "schools", "department", "office", "court", "bank",
             "company", "times", "post", "news", "team", "club", "fc", "united", "authorities",
             "officials", "troops", "soldiers", "guard", "house", "senate", "assembly", "league"}
TITLES = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "president",
          "minister", "judge", "officer", "coach", "st"}
TYPE_WORDS = PROVINCE_WORDS | DISTRICT_WORDS | TOWN_WORDS
LOCATIVE_PREPS = {"in", "near", "at", "outside", "around", "inside", "into", "across", "from", "to",
                  "of", "towards", "toward", "through", "within", "between", "on", "throughout",
                  "beyond", "via", "nearby"}
# Prepositions after which a name is almost surely a place ("at" is not: "at Reuters").
STRONG_PREPS = {"in", "near", "outside", "around", "inside", "into", "across", "throughout"}
NEAR_PREPS = {"near", "outside", "around", "nearby", "beyond"}
# "north of X", "the outskirts of X": words that make "of" mean beside a place.
SIDE_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "outskirts", "vicinity", "edge", "ne", "nw", "se", "sw"}
DIRECTIONS = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|"
    r"southwestern|greater|upper|lower|downtown|rural|mid|inner|outer|the)\s+)+",
    re.I,
)


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    label: str  # the NER label, or "GAZ" for a gazetteer-only match
    kind_hint: str | None = None  # "A" province, "D" district, "P" town (from a type word)
    # The type word itself, singular ("county", "region"): what a division is called says its
    # level in a given country (a Kenyan county is first-level, an American one second-level).
    type_word: str | None = None
    near: bool = False
    site: str | None = None
    # Folded names of places written right next to this one ("Jalalabad (Nangarhar)").
    neighbours: list[str] = field(default_factory=list)
    # Followed by "neighbourhood", "quarter": a part of a town, which a namesake far away is not.
    quarter: bool = False
    # Written where a place's division goes ("X (Y, Soum)"): a division more likely than a town.
    slot: bool = False
    # Its divisions follow in brackets: "Pensa (Pensa, Sanmatenga)", "Hingorja (Khairpur, Sindh)".
    bracketed: bool = False
    # Gazetteer rows matched only through a transliteration variant (set by resolution).
    variant_rows: set[int] = field(default_factory=set)
    # Rows of the given country spelt almost like a name the index lacks ("Eldoretg").
    spelt: list[int] = field(default_factory=list)


@dataclass
class Found:
    toponyms: list[Toponym]
    demonym_countries: list[str]
    # Named sites the gazetteer cannot place (streets, buildings, bases): located by the town
    # named near them, if any.
    sites: list[Toponym] = field(default_factory=list)


def _strip(doc: Doc, start: int, end: int, gaz: Gazetteer) -> tuple[int, int]:
    """Token range without a trailing "'s" and, unless the whole is a name ("North Dakota"),
    without a leading 'the' or direction word ("northern Afghanistan")."""
    while end - start > 1 and doc[end - 1].text in {"'s", "’s", "'", "’"}:
        end -= 1
    # "Baringo South", "Nakuru East": a division named after the one it lies in.
    if end - start > 1 and doc[end - 1].lower_ in {"north", "south", "east", "west", "central"} \
            and not gaz.has(doc[start:end].text) and gaz.has(doc[start : end - 1].text):
        end -= 1
    if end - start > 1 and doc[start].lower_ == "the" and gaz.has(doc[start + 1 : end].text):
        return start + 1, end
    if gaz.has(doc[start:end].text):
        return start, end
    # "West Pokot County": a division whose name begins with a direction, with its type word.
    first = start + 1 if doc[start].lower_ == "the" else start
    if end - first > 2 and doc[end - 1].lower_ in TYPE_WORDS and gaz.has(doc[first : end - 1].text):
        return first, end
    while start < end - 1 and (doc[start].lower_ in {"the"} or DIRECTIONS.match(doc[start].text + " ")):
        start += 1
    return start, end


def _sub_words(doc: Doc, i: int) -> int:
    """How many tokens of 'Sub' or 'Sub -' begin a type word at token i ('Msambweni Sub County',
    'Kuria East Sub-County'): a unit below the division the bare word names."""
    if i + 1 < len(doc) and doc[i].lower_ == "sub":
        if doc[i + 1].lower_ in DISTRICT_WORDS | PROVINCE_WORDS:
            return 1
        if doc[i + 1].text == "-" and i + 2 < len(doc) and doc[i + 2].lower_ in DISTRICT_WORDS | PROVINCE_WORDS:
            return 2
    return 0


def _type_word(doc: Doc, start: int, end: int, inside: bool = False) -> tuple[str | None, int]:
    """The type word written after the name ('Nangarhar province'), and where it ends.
    `inside`: the type word ends a place entity, so a capitalised word after it is no part."""
    sub = _sub_words(doc, end) if end < len(doc) else 0
    if sub:
        # (A sub-county is a district wherever a county is a province: never the first level.)
        return DISTRICT, end + sub + 1
    # "Moscow State University": a type word inside a longer name is not a type word.
    if not inside and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        return None, end
    if end < len(doc):
        w = doc[end].lower_
        if w in PROVINCE_WORDS:
            return "A", end + 1
        if w in DISTRICT_WORDS:
            return "D", end + 1
        if w in TOWN_WORDS:
            return "P", end + 1
    if start >= 2 and doc[start - 1].lower_ == "of":
        w = doc[start - 2].lower_
        if w in PROVINCE_WORDS:
            return "A", end
        if w in DISTRICT_WORDS:
            return "D", end
        if w in TOWN_WORDS:
            return "P", end
    return None, end


def _type_word_text(doc: Doc, start: int, end: int, inside: bool = False) -> str | None:
    """The type word _type_word found, singular and lower-case ('counties' -> 'county')."""
    kind, after = _type_word(doc, start, end, inside)
    if kind is None:
        return None
    if after > end + 1:
        return "sub-" + doc[after - 1].lower_.rstrip("s")  # "Sub County": a "sub-county"
    word = doc[end].lower_ if after == end + 1 else doc[start - 2].lower_
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in TYPE_WORDS else word


def _hyphen_extend(doc: Doc, gaz: Gazetteer, start: int, end: int, taken: list[bool]) -> tuple[int, int]:
    """'Centre-Nord', 'Hauts-Bassins': spaCy splits a hyphenated name and NER often keeps one part;
    the whole is the name when the gazetteer knows it."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not any(taken[start - 2 : start]) and (doc[start - 2].is_title or doc[start - 2].is_upper) \
            and not doc[start - 2].whitespace_ and gaz.has(doc[start - 2 : end].text):
        start -= 2
    # ("Mukurwe-ini": a lower-case part too, when the gazetteer writes the name so.)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and not any(taken[end : end + 2]) \
            and (doc[end + 1].is_title or doc[end + 1].is_upper or doc[end + 1].is_alpha
                 and _written(gaz, doc[start : end + 2].text)) and gaz.has(doc[start : end + 2].text):
        end += 2
    return start, end


def _particle_extend(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int:
    """'Gaucha do Norte', 'Villa de Reyes': NER often ends a name before a lower-case particle
    and the capitalised words after it; the whole is the name when the gazetteer knows it."""
    if end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower:
        for n in (2, 1):
            j = end + 1 + n
            if j <= len(doc) and all(t.is_title for t in doc[end + 1 : j]) and gaz.has(doc[start:j].text):
                return j
    return end


def _listed_after_place(doc: Doc, i: int, taken: list[bool]) -> bool:
    """Whether token i follows a place already found and a list mark: 'Kandahar and Herat'."""
    return i >= 2 and doc[i - 1].lower_ in {"and", ",", "or", "&"} and taken[i - 2]


def _written(gaz: Gazetteer, text: str) -> bool:
    """Whether a gazetteer row is named exactly so, case and all."""
    return any(e.name == text for e in gaz.lookup(text))


def _names_a_route(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is part of a road's name: 'Mombasa Road',
    'the Khulna-Dhaka highway' (past any '-Town' links)."""
    k = end
    while k + 1 < len(doc) and doc[k].text in {"-", "–"} and (doc[k + 1].is_title or doc[k + 1].is_upper):
        k += 2
    return k < len(doc) and doc[k].lower_ in ROUTE_WORDS


def _prep_before(doc: Doc, start: int) -> str | None:
    i = start - 1
    while i >= 0 and doc[i].lower_ in {"the", "a", "an"} | {d for d in ("northern", "southern",
                                                                         "eastern", "western",
                                                                         "central", "rural")}:
        i -= 1
    if i >= 0 and doc[i].lower_ in LOCATIVE_PREPS:
        if i >= 1 and doc[i - 1].lower_ == "close" and doc[i].lower_ == "to":
            return "near"
        # "north of Saraqab", "the outskirts of X": beside a place, as sure of it as "near".
        if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in SIDE_WORDS:
            return "near"
        return doc[i].lower_
    return None


def _list_prep(doc: Doc, start: int) -> str | None:
    """The preposition a list of names hangs on, for a name after its 'and': 'between Fino and
    Lafey', 'in Kisii, Migori and Homa Bay' (NER often tags the later names as people)."""
    if start < 2 or doc[start - 1].lower_ not in {"and", "or", "&"}:
        return None
    k = start - 2
    while k >= 0 and start - k <= 10 and (doc[k].is_title or doc[k].is_upper or doc[k].text in {",", "-"}):
        k -= 1
    if k == start - 2 or doc[k + 1].text in {",", "-"} or doc[k + 1].ent_type_ == "NORP":
        return None
    return _prep_before(doc, k + 1)


def _facility_governing(doc: Doc, i: int) -> str | None:
    """'a prison in Jalalabad': the facility a place is the object of, as site text."""
    tok = doc[i]
    while tok.dep_ in {"compound", "flat"} and tok.head is not tok:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"in", "at", "near", "outside", "of"}:
        return None
    noun = prep.head
    if noun.lemma_.lower() not in FACILITY_WORDS and prep.i > 0:
        # The parser often hangs "in X" on the verb ("stormed a prison in X"): take the word before.
        noun = doc[prep.i - 1]
    if noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in FACILITY_WORDS and noun.i < tok.i:
        first = min(t.i for t in noun.subtree if t.i <= noun.i)
        return doc[first : tok.i + 1].text
    return None


def _followed_by_its_province(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """'Fargo, North Dakota' / 'Jalalabad (Nangarhar)': a town written with its own province."""
    if end + 1 >= len(doc) or doc[end].text not in {",", "("}:
        return False
    towns = [e for e in gaz.lookup(doc[start:end].text) if e.admin1]
    if not towns:
        return False
    for n in (3, 2, 1):
        nxt = doc[end + 1 : end + 1 + n]
        if len(nxt) == n and (nxt[0].is_title or nxt[0].is_upper):
            provinces = {(p.country, p.name) for p in gaz.lookup(nxt.text) if p.kind == PROVINCE}
            if any((e.country, e.admin1) in provinces for e in towns):
                return True
            # "Thruxton, Hampshire": or its county, the second-level division.
            counties = {(p.country, p.admin1, p.name) for p in gaz.lookup(nxt.text) if p.kind == DISTRICT}
            if any((e.country, e.admin1, e.admin2) in counties for e in towns):
                return True
    return False


def _place_chunks(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Runs of capitalised tokens in an entity, when every run is a known place and everything
    else is lower-case words or punctuation; otherwise none (a real organisation name)."""
    chunks: list[tuple[int, int]] = []
    if gaz.has(_strip_the(ent.text)):
        return []  # one place by its whole name ("Trinidad and Tobago"), not a list of two
    i = ent.start
    while i < ent.end:
        tok = doc[i]
        if tok.is_title or tok.is_upper:
            j = i
            while j < ent.end and (doc[j].is_title or doc[j].is_upper) and not doc[j].is_punct:
                j += 1
            key = fold(doc[i:j].text)
            if key in NOT_PLACES or not (any(
                fold(e.name) == key and (e.kind in (COUNTRY, PROVINCE) or e.population >= 20_000)
                for e in gaz.lookup(doc[i:j].text)
            ) or (j < ent.end and _followed_by_its_province(doc, gaz, i, j))):
                return []
            chunks.append((i, j))
            i = j
        elif tok.lower_ == "of":
            return []  # "Chamber of Commerce", "Bank of Kabul": an organisation's name
        elif tok.is_punct or tok.lower_ in {"'s", "’s", "and", "the"} or tok.is_lower:
            i += 1
        else:
            return []
    # A single capitalised run plus "the" alone is the whole-entity case, handled elsewhere.
    if len(chunks) == 1 and all(
        doc[k].lower_ in {"the", "'s", "’s"} or doc[k].is_punct for k in range(ent.start, ent.end)
        if not chunks[0][0] <= k < chunks[0][1]
    ):
        return []
    # Lower-case words that make an organisation of a place stay one ("the Kabul government").
    if any(doc[k].lower_ in ORG_HEADS for k in range(ent.start, ent.end)):
        return []
    return chunks


# Entity labels that are never names; a title-case word NER put under one may still be a place.
NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "LAW",
                   "LANGUAGE"}


def _entities(doc: Doc, gaz: Gazetteer) -> list[SpacySpan]:
    """doc.ents, with place entities NER split in two joined again when the whole is one known
    name ('Boa' + 'Vista' -> 'Boa Vista')."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        # ("Baraki" GPE + "Barak" PERSON: one name when the whole is one, whatever NER called a part.)
        if (
            prev is not None and (prev.label_ in PLACE_LABELS or ent.label_ in PLACE_LABELS)
            and prev.label_ not in NOT_NAME_LABELS and ent.label_ not in NOT_NAME_LABELS
            and prev.end == ent.start and doc[prev.end - 1].whitespace_ == " "
            and gaz.has(doc[prev.start : ent.end].text)
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label=prev.label_)
            continue
        # "Trinidad" + "and" + "Tobago": a country or province named as a pair, split by NER.
        if (
            prev is not None and prev.end + 1 == ent.start and doc[prev.end].lower_ in {"and", "&"}
            and prev.label_ not in NOT_NAME_LABELS and ent.label_ not in NOT_NAME_LABELS
            and any(e.kind in (COUNTRY, PROVINCE) for e in gaz.lookup(doc[prev.start : ent.end].text))
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="GPE")
            continue
        # "Homa Bay county" of which NER kept "Bay county": a capitalised word left out before.
        if ent.start > 0 and ent.label_ in PLACE_LABELS and doc[ent.start - 1].is_title \
                and not doc[ent.start - 1].ent_type_ and (prev is None or prev.end < ent.start) \
                and doc[ent.start - 1].whitespace_ \
                and _longer_name(gaz, doc[ent.start - 1].text + " " + _untyped(ent), _untyped(ent)):
            ent = SpacySpan(doc, ent.start - 1, ent.end, label=ent.label_)
        # "Ongata Rongai" of which NER kept "Ongata": a capitalised word left out after.
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and ent.label_ in PLACE_LABELS and nxt.is_title and not nxt.ent_type_ \
                and doc[ent.end - 1].whitespace_ and nxt.lower_ not in TYPE_WORDS | GENERIC_WORDS \
                and _longer_name(gaz, ent.text + " " + nxt.text, ent.text):
            ent = SpacySpan(doc, ent.start, ent.end + 1, label=ent.label_)
        # "Central Darfur" of which NER kept "Darfur": the direction is part of the name.
        if ent.start > 0 and ent.label_ in PLACE_LABELS and doc[ent.start - 1].is_title \
                and not doc[ent.start - 1].ent_type_ and DIRECTIONS.match(doc[ent.start - 1].text + " ") \
                and (prev is None or prev.end < ent.start) and gaz.has(doc[ent.start - 1 : ent.end].text):
            ent = SpacySpan(doc, ent.start - 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _longer_name(gaz: Gazetteer, longer: str, part: str) -> bool:
    """Whether `longer` is a known name that beats its known `part` ("Homa Bay" over "Bay")."""
    return gaz.has(longer) and (not gaz.has(part) or any(
        e.kind in (PROVINCE, DISTRICT, COUNTRY) for e in gaz.lookup(longer)))


def _untyped(ent: SpacySpan) -> str:
    """An entity's text without a trailing type word ("Bay county" -> "Bay")."""
    if len(ent) > 1 and ent[-1].lower_ in TYPE_WORDS:
        return ent[:-1].text
    return ent.text


def _cut_short(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a place entity is the first part of a longer name NER cut short: more capitalised
    words outside any entity follow it up to a type word ('Khwaja' + 'Baha Wuddin district')."""
    return _cut_short_end(doc, gaz, start, end) is not None


def _cut_short_end(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """Where the longer name _cut_short finds ends (before its type word), else None."""
    k = end
    while k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN" and not doc[k].ent_type_:
        k += 1
    if (k > end and k < len(doc) and doc[k].lower_ in TYPE_WORDS | {"village"}
            and not gaz.has(doc[start:k].text)):
        return k
    return None


def _strip_the(text: str) -> str:
    return re.sub(r"^the\s+", "", text, flags=re.I)


def _division(gaz: Gazetteer, text: str, districts: bool = False) -> bool:
    """A country or first-level division by its own name: 'Texas' tagged ORG is still Texas;
    also spelt another way ('Hiran' for Hiiraan, 'Ningarhar'). With `districts`, second-level
    divisions too (only where text writes one: 'Namoungou (Fada Ngourma, Gourma)')."""
    kinds = (COUNTRY, PROVINCE, DISTRICT) if districts else (COUNTRY, PROVINCE)
    if any(e.kind in kinds for e in gaz.lookup(text)):
        return True
    key = fold(text)
    return any(
        e.kind in (COUNTRY, PROVINCE) and ratio(fold(e.name), key) >= 80 for e in gaz.lookup_variant(text)
    )


def _hierarchy_slot(doc: Doc, i: int, taken: list[bool]) -> bool:
    """Whether token i comes where a place's province is written: 'X district, Wardak',
    'near Pavlopil, Donetsk', 'in Hingorja (Khairpur, Sindh)'. The place before may be one the
    gazetteer lacks (a village NER tagged), which is when its province matters most."""
    if i < 2 or doc[i - 1].text not in {",", "("}:
        return False
    prev = doc[i - 2]
    return (
        prev.lower_ in TYPE_WORDS | QUARTER_WORDS | PART_WORDS | LOCAL_UNIT_WORDS
        | {"village", "sub-district", "division", "center", "centre"}
        or taken[i - 2]
        or prev.ent_type_ in {"GPE", "LOC", "FAC", "PRODUCT", "PERSON"}
        or (prev.is_title and any(t.lower_ in STRONG_PREPS | {"at", "of"} for t in doc[max(0, i - 7) : i - 2]))
        or (prev.text == ")" and i >= 3 and doc[i - 3].ent_type_ in {"GPE", "LOC", "FAC"})
        # "Mentao (Pobe-Mengao, Soum)", "Sambonaye [Sambonay] (Dori, Seno)": the divisions listed
        # in brackets after a name.
        or (doc[i - 1].text == "(" and i >= 3 and prev.text in {")", "]"} and doc[i - 3].is_title)
        or (doc[i - 1].text == "," and (prev.is_title or prev.is_upper)
            and any(t.text == "(" for t in doc[max(0, i - 6) : i - 2])
            and not any(t.text == ")" for t in doc[max(0, i - 6) : i - 2]))
    )


DATELINE_MARKS = {"--", "—", "–", "-", "(", ",", ":"}


def _datelines(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[tuple[int, int]]:
    """'BEIRUT (AP) --', 'MANSFIELD — The council...': a town in capitals opening a sentence and
    followed by a dash, comma or '(' is the story's dateline, whatever NER made of it."""
    out = []
    for i, tok in enumerate(doc):
        if not (tok.is_sent_start or i == 0 or doc[i - 1].text in {".", "\n"} or "\n" in doc[i - 1].text):
            continue
        for n in (3, 2, 1):
            j = i + n
            if j >= len(doc) or any(taken[i:j]) or doc[j].text not in DATELINE_MARKS:
                continue
            span = doc[i:j]
            if not all(t.is_upper and t.is_alpha for t in span) or len(span.text) < 3:
                continue
            if fold(span.text) in NOT_PLACES or len(span.text) <= 3 and n == 1:
                continue  # "AP", "UN", "NEW": agencies and acronyms, not towns
            if _strong(gaz, span.text, 1000) or _division(gaz, span.text):
                out.append((i, j))
                break
    return out


def _propagate(doc: Doc, gaz: Gazetteer, tops: list[Toponym], taken: list[bool]) -> None:
    """A name found as a place once is a place at its other mentions, whatever NER said there,
    unless it is part of a longer organisation name ("Alexandria Police Department")."""
    surnames = _surnames(doc, gaz)
    names = {fold(t.text): len(doc.char_span(t.start, t.end, alignment_mode="expand")) for t in tops
             if fold(t.text) not in surnames and t.label != EMBEDDED}
    if not names:
        return
    typed = {fold(t.text) for t in tops if t.kind_hint}
    ent_of = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    for i in range(len(doc)):
        if taken[i] or not doc[i].is_title and not doc[i].is_upper:
            continue
        for n in (3, 2, 1):
            j = i + n
            if j > len(doc) or any(taken[i:j]) or fold(doc[i:j].text) not in names or names[fold(doc[i:j].text)] != n:
                continue
            ent = ent_of.get(i)
            if ent is not None and (ent.start < i or ent.end > j) and ent.label_ not in PLACE_LABELS:
                continue
            # "Mr. Allen": a title makes a surname that is also a town a person.
            if i > 0 and doc[i - 1].text.rstrip(".").lower() in TITLES:
                continue
            t = Toponym(start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1].text), text=doc[i:j].text,
                        label="SAME")
            # ("Licking County Prosecutor": a type word the name was found with before, or one
            # ending NER's place entity, is one here too.)
            inside = ent is not None and ent.label_ in PLACE_LABELS and ent.end == j + 1 \
                or fold(doc[i:j].text) in typed
            t.kind_hint, _ = _type_word(doc, i, j, inside)
            t.type_word = _type_word_text(doc, i, j, inside)
            t.near = _prep_before(doc, i) in NEAR_PREPS
            for k in range(i, j):
                taken[k] = True
            tops.append(t)
            break


# A town of the country the user says the document is about is trusted at this size: any, since
# cities1000 holds only towns of 1,000 or more and seats whose population GeoNames lacks (0).
HINT_MIN_POP = 0


def _local(gaz: Gazetteer, text: str, hint: str | None) -> bool:
    """Whether a name is a town or division of the country the user says the document is about,
    by its own name (not only an alternate one, which small places share with words)."""
    if not hint or fold(text) in NOT_PLACES:
        return False
    return any(e.country == hint and e.kind in (TOWN, DISTRICT, PROVINCE) and fold(e.name) == fold(text)
               for e in gaz.lookup(text))


# Words after a town's name in the names of its own services ("Hanover police", "Athens City Council").
MUNICIPAL_WORDS = {"police", "fire", "city", "council", "mayor", "sheriff", "township", "parks", "schools",
                   "school", "board", "volunteer", "town", "village", "borough", "municipal", "department",
                   "chamber", "community", "senior", "seniors", "correctional", "independent", "emergency",
                   "citizens", "middle", "high", "elementary", "public", "area", "memorial", "first",
                   "democratic", "republican", "county", "selectman", "commissioners"}
# Plural type words after a list of divisions: "Barrow and Jackson counties".
PLURAL_TYPE_WORDS = {"counties": DISTRICT, "parishes": DISTRICT, "districts": DISTRICT, "provinces": PROVINCE,
                     "states": PROVINCE, "regions": PROVINCE, "governorates": PROVINCE, "townships": DISTRICT}
COUNTY_WORDS = {"County", "Parish", "Co."}


def _common_noun_after(doc: Doc, end: int) -> bool:
    """Whether a common noun of no people follows, past a possessive: 'Joliet's building inspector'."""
    if end < len(doc) and doc[end].text in {"'s", "’s"}:
        end += 1
    return end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end].lower_ not in GROUP_WORDS


def _surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Last words of people's names ("Michael Bell ... Bell said"), which are then no towns in that
    document; not a big city's name that NER swept into a headline's person ("Bogdanov Joins
    Sochi"), which a person is hardly called."""
    return {fold(ent[-1].text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2
            and not (len(ent) >= 3 and any(e.kind == TOWN and e.population >= BIG_TOWN and fold(e.name) == fold(ent[-1].text)
                        for e in gaz.lookup(ent[-1].text)))}


# How near (km) a town NER took for a person must lie to a town the document names, and how big
# each must be, for the two to be taken as neighbours rather than a coincidence of names.
BESIDE_KM = 30.0
BESIDE_MIN_POP = 5000
ANCHOR_MIN_POP = 10_000


def _beside_named_town(gaz: Gazetteer, name: str, context: set[str]) -> bool:
    """Whether a town called `name` lies within BESIDE_KM of a town named in the document."""
    own = fold(name)
    towns = [e for e in gaz.lookup(name) if e.kind == TOWN and e.population >= BESIDE_MIN_POP
             and fold(e.name) == own]
    if not towns:
        return False
    anchors = [e for n in context if n != own for e in gaz.lookup(n)
               if e.kind == TOWN and e.population >= ANCHOR_MIN_POP and fold(e.name) == n]
    for t in towns:
        for a in anchors:
            # (An equirectangular distance is close enough at this scale.)
            x = math.radians(a.longitude - t.longitude) * math.cos(math.radians((a.latitude + t.latitude) / 2))
            y = math.radians(a.latitude - t.latitude)
            if 6371.0 * math.hypot(x, y) <= BESIDE_KM and a.row != t.row:
                return True
    return False


# A town this big is known by name alone, whatever NER made of it ("Tbilisi has denied").
BIG_TOWN = 300_000


def _by_own_name(gaz: Gazetteer, text: str, min_pop: int) -> bool:
    """Whether a town this big, or a division, is named so (not only by an alternate name)."""
    key = fold(text)
    return any(e.kind in (DISTRICT, PROVINCE, COUNTRY) or fold(e.name) == key and e.population >= min_pop
               for e in gaz.lookup(text))


def _county_in(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[int, int] | None:
    """'Name County' (or Parish) inside a longer name, when the gazetteer has that county."""
    for k in range(start + 1, end):
        if doc[k].text not in COUNTY_WORDS:
            continue
        for i in range(max(start, k - 3), k):
            if doc[i].lower_ == "the" or not all(t.text[:1].isupper() and t.is_alpha for t in doc[i:k]):
                continue
            name = doc[i:k].text
            # ("Loudon Co.": the abbreviation stands for the word.)
            if any(e.kind == DISTRICT for e in gaz.lookup(name + (" County" if doc[k].text == "Co." else " " + doc[k].text))):
                return i, k + 1
            # "Lancashire County Council": a county the gazetteer knows without the word.
            if any(e.kind in (DISTRICT, PROVINCE) and fold(e.name) == fold(name) for e in gaz.lookup(name)):
                return i, k
    return None


def _listed_divisions(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[tuple[int, int, str, str]]:
    """'Cooke, Grayson and Love counties': each name listed before a plural type word is a division
    of that kind, when the gazetteer has one of that name with the type word ('Love County')."""
    out = []
    for k, tok in enumerate(doc):
        kind = PLURAL_TYPE_WORDS.get(tok.lower_)
        if kind is None or k == 0:
            continue
        singular = "county" if tok.lower_ == "counties" else tok.lower_[:-1] if not tok.lower_.endswith(
            "ies") else tok.lower_[:-3] + "y"
        if tok.lower_ == "parishes":
            singular = "parish"
        j = k
        names: list[tuple[int, int]] = []
        while j > 0:
            e = j
            i = j
            while i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper) and doc[i - 1].is_alpha and e - i < 3:
                i -= 1
            if i == e:
                break
            names.append((i, e))
            if i == 0 or doc[i - 1].lower_ not in {",", "and", "or", "&"}:
                break
            j = i - 1
            if doc[j].lower_ in {"and", "or", "&"} and j > 0 and doc[j - 1].text == ",":
                j -= 1
        for i, e in names:
            if any(taken[i:e]):
                continue
            rows = gaz.lookup(doc[i:e].text + " " + singular) or gaz.lookup(doc[i:e].text)
            kinds = {r.kind for r in rows} & {PROVINCE, DISTRICT}
            if kinds:
                # (A Kenyan county is a province: what the gazetteer has decides the level.)
                out.append((i, e, kind if kind in kinds else kinds.pop(), singular))
    return out


# Generic words that begin many names ("New York", "North Carolina", "Saint Paul", "Fort Worth").
NAME_PREFIXES = {"new", "north", "south", "east", "west", "saint", "st", "st.", "great", "fort", "port",
                 "mount", "lake", "san", "santa", "los", "las", "el", "upper", "lower", "old"}


def _known_whole(gaz: Gazetteer, text: str, min_pop: int) -> bool:
    """Whether a name is a country, province, district or a town this big by its own name."""
    return any(e.kind in (COUNTRY, PROVINCE, CONTINENT, DISTRICT) or e.population >= min_pop
               for e in gaz.lookup(text))


def _strong(gaz: Gazetteer, text: str, min_pop: int, hint: str | None = None) -> bool:
    """Whether a name is a country, a province or a town big enough to trust without NER."""
    for e in gaz.lookup(text):
        if e.kind in (COUNTRY, PROVINCE) or e.population >= min_pop:
            return True
        if hint and e.country == hint and e.population >= min(min_pop, HINT_MIN_POP):
            return True
    return False


def recognise(doc: Doc, gaz: Gazetteer, context: set[str] | None = None, hint: str | None = None) -> Found:
    """Toponyms in doc. `context`: folded place names already found in it; with it, a name NER
    tagged as an organisation or person is taken as a town when its province is among them.
    `hint`: the country the user says the document is about; its towns need less evidence."""

    def strong(text: str, min_pop: int) -> bool:
        return _strong(gaz, text, min_pop, hint)

    taken = [False] * len(doc)
    tops: list[Toponym] = []
    demonyms: list[str] = []
    sites: list[Toponym] = []

    # "Michael Bell ... Bell said": a surname the document gives a person is not a town there.
    surnames = _surnames(doc, gaz)

    def add(start: int, end: int, label: str, site: str | None = None) -> Toponym | None:
        if any(taken[start:end]):
            return None
        start, end = _hyphen_extend(doc, gaz, start, end, taken)
        longer = _particle_extend(doc, gaz, start, end)
        if longer > end and not any(taken[end:longer]):
            end = longer  # "Rio Grande" + "do Norte"
        if label != EMBEDDED and _names_a_route(doc, end):
            label = EMBEDDED
        if fold(doc[start:end].text) in NOT_PLACES:
            return None
        # "Plaza San Martin", "Avenida Bolivar": a square or street named after a person or town,
        # the way Spanish, Portuguese and French write them (the type word first).
        if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in LEADING_FEATURE_WORDS:
            return None
        # "disperse into the bush": a name is written with a capital; NER's guess alone is not one.
        if not any(ch.isupper() for ch in doc[start:end].text):
            return None
        kind_hint, after = _type_word(doc, start, end)
        prep = _prep_before(doc, start)
        if fold(doc[start:end].text) in surnames and not (label in PLACE_LABELS and prep in STRONG_PREPS):
            return None
        # "UN officials", "ICC": a short acronym is a place only as a country or province ("UK"),
        # or a city of millions by its dotted initials ("L.A.").
        text = doc[start:end].text
        if text.isupper() and len(text.replace(".", "")) <= 3 and not any(
            e.kind in (COUNTRY, PROVINCE) or "." in text and e.population >= 1_000_000 for e in gaz.lookup(text)
        ):
            return None
        t = Toponym(
            start=doc[start].idx,
            end=doc[end - 1].idx + len(doc[end - 1].text),
            text=doc[start:end].text,
            label=label,
            kind_hint=kind_hint,
            type_word=_type_word_text(doc, start, end),
            near=prep in NEAR_PREPS,
            site=site,
        )
        # "Colonia Bellavista", "Barrio X": Spanish names of a part of a town say so up front.
        t.quarter = end < len(doc) and doc[end].lower_ in PART_WORDS or doc[start].lower_ in QUARTER_PREFIXES
        if site is None and after == end and end < len(doc) and doc[end].lemma_.lower() in FACILITY_WORDS:
            t.site = doc[start : end + 1].text
        elif site is None:
            t.site = _facility_governing(doc, end - 1)
        for i in range(start, end):
            taken[i] = True
        tops.append(t)
        return t

    def demonym(text: str) -> str | None:
        return gaz.demonyms.get(text) or gaz.demonyms.get(text.rstrip("s"))

    def misspelt(start: int, end: int, label: str) -> Toponym | None:
        """A name of the given country written with a typo or another romanisation, taken only
        where the text says it is a place."""
        if not hint or gaz.has(doc[start:end].text) or demonym(doc[start:end].text):
            return None
        rows = [e.row for e in gaz.spelt_like(doc[start:end].text, hint)]
        if not rows:
            return None
        t = add(start, end, label)
        if t is not None:
            t.spelt = rows
        return t

    def sub_match(ent: SpacySpan, min_pop: int, whole_names: bool = False) -> tuple[int, int] | None:
        """The longest run of tokens inside an entity that the gazetteer knows, never a generic
        word ("Street" is a town in England) nor a part of a natural feature's name. With
        `whole_names`, never one word of a longer name ("San" of "San Crisanto") either."""
        if doc[ent.end - 1].lower_ in FEATURE_WORDS and not gaz.has(ent.text):
            return None
        for n in range(min(len(ent), 4), 0, -1):
            for s in range(ent.start, ent.end - n + 1):
                span = doc[s : s + n]
                if span[0].is_punct or span[-1].is_punct or fold(span.text) in NOT_PLACES:
                    continue
                # "New York", "North Carolina", "St. Paul": a generic first word of a name well
                # known as a whole is part of it ("York" of "New York Daily News" is not the place).
                prefixed = n > 1 and span[0].lower_ in NAME_PREFIXES and not any(
                    t.lower_ in GENERIC_WORDS for t in span[1:]) and _known_whole(gaz, span.text, min_pop)
                if not prefixed and any(t.lower_ in GENERIC_WORDS for t in span):
                    continue
                if s > ent.start and doc[s - 1].lower_ in NAME_PREFIXES and doc[s - 1].is_title \
                        and _known_whole(gaz, doc[s - 1 : s + n].text, 1000):
                    continue
                # ("Singa" of "Singa-Mossi": a part of a hyphenated name is not the town; a road's
                # or a facility's name may still join the towns it links, "the Kabul-Jalalabad road",
                # and "Asia-Pacific", "Israel-Gaza" join regions and countries.)
                hyphened = (s + n < ent.end and not span[-1].whitespace_ and doc[s + n].text == "-"
                            or s > ent.start and doc[s - 1].text == "-" and not doc[s - 1].whitespace_)
                if hyphened and (whole_names or doc[ent.end - 1].lower_ not in FACILITY_WORDS | ROUTE_WORDS) \
                        and not any(e.kind in (COUNTRY, PROVINCE, CONTINENT) for e in gaz.lookup(span.text)):
                    continue
                if whole_names and (
                    s + n < ent.end and span[-1].whitespace_ and doc[s + n].is_title
                    and doc[s + n].lower_ not in GENERIC_WORDS | TYPE_WORDS
                    or s > ent.start and doc[s - 1].whitespace_ and doc[s - 1].is_title
                    and doc[s - 1].lower_ not in GENERIC_WORDS | {"the"} and not DIRECTIONS.match(doc[s - 1].text + " ")
                ):
                    continue
                # ("DeKalb", "McAllen": a capital inside a name too.)
                if span[0].is_title or span[0].is_upper or span[0].text[:1].isupper() and span[0].is_alpha:
                    if strong(span.text, min_pop) and not demonym(span.text):
                        return s, s + n
        return None

    def embedded(ent: SpacySpan) -> None:
        """A place inside an organisation's name ("the Ohio Department of Health") is kept as
        such: named and resolved, but never where an event happened nor a vote for focus."""
        if len(ent) < 2:
            return
        # "the DeKalb County Jail", "Anderson County Sheriff": a county named in its office's name.
        m = _county_in(doc, gaz, ent.start, ent.end)
        if m is not None:
            add(m[0], m[1], EMBEDDED)
            return
        # "two Hanover police officers", "the Athens City Council": a town's own services are
        # named after it, whatever its size.
        first = ent.start + (doc[ent.start].lower_ == "the")
        for n in (3, 2, 1):
            k = first + n
            if k < ent.end and doc[k].lower_ in MUNICIPAL_WORDS and all(
                    t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" for t in doc[first:k]) \
                    and _by_own_name(gaz, doc[first:k].text, 1000) and not demonym(doc[first:k].text):
                add(first, k, EMBEDDED)
                return
        if ent.label_ in {"ORG", "EVENT"}:
            # Only well-known places: organisation names are full of words that are also some
            # small town's name ("Eagle", "Superior", "Wal-Mart").
            m = sub_match(ent, 20_000)
            if m and not any(doc[k].text.endswith("-") or (k + 1 < len(doc) and doc[k + 1].text == "-")
                             for k in range(m[0], m[1])):
                add(m[0], m[1], EMBEDDED)

    # Entities that hide place names: NER's guesses of another kind ("Sahel" as a DATE) and
    # organisation-like runs over a place and its hierarchy ("Pensa (Pensa, Sanmatenga)") are
    # left to the gazetteer scan below, token by token.
    freed: set[int] = set()
    for ent in _entities(doc, gaz):
        if ent.label_ in NOT_NAME_LABELS:
            if not any(t.like_num for t in ent) and all(t.is_title or not t.is_alpha for t in ent):
                freed.update(range(ent.start, ent.end))
            elif ent.label_ == "MONEY":
                # "11 billion US dollars": the country a currency is named after, never where.
                for k in range(ent.start, ent.end - 1):
                    if doc[k + 1].lower_ in {"dollars", "dollar"} and doc[k].text[:1].isupper() \
                            and any(e.kind == COUNTRY for e in gaz.lookup(doc[k].text)):
                        add(k, k + 1, EMBEDDED)
            continue
        text = ent.text
        # "the Somali region", "Afar state": a people's name with a division's type word is the
        # division named after them.
        division = _type_word(doc, ent.start, ent.end)[0] == PROVINCE and any(
            e.kind == PROVINCE for e in gaz.lookup(text))
        if not division and (demonym(text) or demonym(re.sub(r"^the\s+", "", text, flags=re.I))):
            demonyms.append(demonym(text) or demonym(re.sub(r"^the\s+", "", text, flags=re.I)))
            continue
        start, end = _strip(doc, ent.start, ent.end, gaz)
        if end == ent.end:
            longer = _particle_extend(doc, gaz, start, end)
            if longer > end and not any(taken[end:longer]):
                # (The words after the particle, often an entity of their own, are this name.)
                ent = SpacySpan(doc, ent.start, longer, label=ent.label_)
                end = longer
        if ent.label_ in PLACE_LABELS and not gaz.has(doc[start:end].text):
            # "Ivano" of "Ivano-Frankivsk": NER kept one part of a hyphenated name.
            start, end = _hyphen_extend(doc, gaz, start, end, taken)
        # "Nangarhar province" as one entity: the name is what comes before the type word.
        # Unless the type word is part of the name ("Dodge City", "Kansas City").
        typed = (
            end - start > 1
            and doc[end - 1].lower_ in PROVINCE_WORDS | DISTRICT_WORDS | TOWN_WORDS
            and not any(e.kind == TOWN for e in gaz.lookup(doc[start:end].text))
        )
        if typed:
            end -= 1
            # "Msambweni Sub County": the name is what comes before "Sub".
            for k in (1, 2):
                if end - k > start and _sub_words(doc, end - k) == k:
                    end -= k
                    break
            # "Trans-Nzoia East District": a district named after the division it lies in.
            if end - start > 1 and doc[end - 1].lower_ in {"north", "south", "east", "west", "central"} \
                    and not gaz.has(doc[start:end].text) and gaz.has(doc[start : end - 1].text):
                end -= 1
        name = doc[start:end].text
        if ent.label_ in PLACE_LABELS:
            if any(t.text in {"(", ")", ","} for t in ent) and not gaz.has(name):
                # "Mentao (Pobe-Mengao, Soum)" as one FAC: a place and its divisions, left to the
                # token scan below.
                freed.update(range(ent.start, ent.end))
                continue
            last = doc[end - 1].lower_ if end > start else ""
            if (ent.label_ == "FAC" and end - start == 1 and last not in FACILITY_WORDS and gaz.has(name)
                    and _prep_before(doc, start) in STRONG_PREPS):
                add(start, end, ent.label_)  # "in Koubri" tagged FAC: a town NER mistook
                continue
            if ent.label_ == "FAC" and last not in FACILITY_WORDS and _division(gaz, name, districts=True):
                add(start, end, ent.label_)  # "the Centre-Nord" tagged FAC: a region
                continue
            if ent.label_ == "FAC" or (last in FACILITY_WORDS and end - start > 1):
                # A facility: the place is the town named inside it ("Kabul airport"), or the
                # county whose it is ("the Dawson County Jail").
                m = _county_in(doc, gaz, ent.start, ent.end) or sub_match(ent, 1000)
                if m:
                    add(m[0], m[1], EMBEDDED if last in ROUTE_WORDS else ent.label_, site=ent.text)
                elif last in SITE_WORDS:
                    sites.append(Toponym(start=ent.start_char, end=ent.end_char, text=ent.text, label="SITE",
                                         site=ent.text))
                continue
            if doc[end - 1].lower_ in FEATURE_WORDS and end - start > 1 and not gaz.has(name):
                if doc[end - 1].lower_ in SITE_WORDS and not gaz.has(name):
                    sites.append(Toponym(start=ent.start_char, end=ent.end_char, text=ent.text, label="SITE",
                                         site=ent.text))
                continue
            longer = _cut_short_end(doc, gaz, start, end) if end == ent.end else None
            if longer is not None:
                # "Khwaja" of "Khwaja Baha Wuddin district": NER cut a longer name short. The whole
                # unknown name is kept, so that the province written after it can carry it.
                t = add(start, longer, ent.label_)
                if t is not None:
                    t.label = "UNKNOWN"
                continue
            if gaz.has(name):
                t = add(start, end, ent.label_)
                if t is not None and typed and t.kind_hint is None:
                    # "Licking County Prosecutor": NER's entity ends at the type word, so it is
                    # one even before another capitalised word.
                    t.kind_hint, _ = _type_word(doc, start, end, inside=True)
                    t.type_word = _type_word_text(doc, start, end, inside=True)
            elif misspelt(start, end, ent.label_):
                pass  # "Ar Rutba district", "throughout Eldoretg": a town of the given country
            elif gaz.lookup_variant(name):
                add(start, end, ent.label_)
            else:
                m = sub_match(ent, 1000, whole_names=True)
                if m:
                    add(m[0], m[1], ent.label_)
                elif end < len(doc) and doc[end].lower_ in QUARTER_WORDS | DISTRICT_WORDS | {"village"}:
                    # An unknown district or village: kept so that the place it is said to be in
                    # ("X district, Wardak") can carry it as its site.
                    t = add(start, end, ent.label_)
                    if t is not None:
                        t.label = "UNKNOWN"
            continue
        if ent.label_ in DOUBTFUL_LABELS and len(ent) > 1:
            chunks = _place_chunks(doc, ent, gaz)
            if chunks:
                # NER stretched a place over ordinary words ("Georgia authorities", "Sri Lanka's",
                # "Fargo-Moorhead"): nothing of an organisation's name is left once they are removed.
                for a, b in chunks:
                    add(a, b, ent.label_)
                continue
            if any(t.text in {"(", ")", ","} or t.lower_ == "in" for t in ent):
                freed.update(range(ent.start, ent.end))
                continue
        if ent.label_ in DOUBTFUL_LABELS:
            prep = _prep_before(doc, start)
            if prep is None and not (end < len(doc) and doc[end].lower_ in GROUP_WORDS):
                # (Not "between Kalenjin and Kikuyu militia": peoples, not places, are listed.)
                prep = _list_prep(doc, start)
            kind_hint, _ = _type_word(doc, start, end)
            whole = start == ent.start or doc[ent.start].lower_ == "the"
            last = doc[ent.end - 1].lower_
            if last in FACILITY_WORDS and len(ent) <= 4 and ent.end - ent.start > 1:
                m = _county_in(doc, gaz, ent.start, ent.end) or sub_match(ent, 5000)
                if m:
                    add(m[0], m[1], ent.label_, site=ent.text)
                continue
            # "Baringo South": a division named after the one it lies in, which stands for it.
            cut = end < ent.end and doc[end].lower_ in {"north", "south", "east", "west", "central"}
            if not whole or not (end == ent.end or typed or cut):
                embedded(ent)
                continue
            before = len(tops)
            if (
                (prep in STRONG_PREPS and strong(name, 15_000 if end - start > 1 else 5_000))
                or (prep and strong(name, 50_000))
                or (kind_hint and gaz.has(name))
            ):
                add(start, end, ent.label_)
            elif ent.label_ != "PERSON" and _division(gaz, name):
                add(start, end, ent.label_)
            elif ent.label_ != "NORP" and _listed_after_place(doc, start, taken) and strong(name, 20_000) \
                    and not (end < len(doc) and doc[end].lower_ in GROUP_WORDS):
                # "Presov and Kosice", "Kerala and Puducherry" (NER's PERSON): a known town
                # listed after a place already found.
                add(start, end, ent.label_)
            elif _hierarchy_slot(doc, start, taken) and (_division(gaz, name, districts=True)
                                                         or strong(name, 20_000)):
                add(start, end, ent.label_)
            elif end < len(doc) and (doc[end].lower_ in RESIDENT_WORDS or ent.label_ != "NORP"
                                     and doc[end].lower_ in PEOPLE_WORDS) and strong(name, 1000):
                add(start, end, ent.label_)
            elif ent.label_ == "NORP" and len(ent) == 1 and end < len(doc) and doc[end].is_lower \
                    and doc[end].pos_ in {"NOUN", "ADJ"} and doc[end].lower_ not in GROUP_WORDS \
                    and strong(name, 100_000):
                # "the Sochi mayoral election": a big town's name NER took for a people's.
                add(start, end, ent.label_)
            elif len(ent) == 1 and ent.label_ in {"ORG", "PERSON"} and _common_noun_after(doc, end) \
                    and strong(name, 50_000):
                # "Limerick hospitals", "a Gainesville restaurant": a town's name before a common noun.
                add(start, end, ent.label_)
            elif len(ent) == 1 and ent.label_ in {"ORG", "PERSON"} and _by_own_name(gaz, name, BIG_TOWN) \
                    and any(e.kind == TOWN and e.population >= BIG_TOWN for e in gaz.lookup(name)) \
                    and not (end < len(doc) and doc[end].lower_ in GROUP_WORDS):
                # "Tbilisi has denied it": a big city by name alone.
                add(start, end, ent.label_)
            elif end < len(doc) and doc[end].lower_ in FACILITY_WORDS | {"refugee"} and strong(name, 20_000):
                # "attacked Kakuma refugee camp": a town named before a site in it
                add(start, end, ent.label_)
            elif _followed_by_its_province(doc, gaz, start, end):
                add(start, end, ent.label_)
            elif context and any(
                e.kind == TOWN and e.admin1 and fold(e.admin1) in context and fold(e.admin1) != fold(name)
                for e in gaz.lookup(name)
            ):
                add(start, end, ent.label_)
            elif context and fold(name) not in surnames and not (end < len(doc) and doc[end].lower_ in GROUP_WORDS) \
                    and _beside_named_town(gaz, name, context):
                # "traffic to Cirencester from Gloucester" (NER's PERSON): a town a few miles
                # from a town the document names is that town, not a namesake person.
                add(start, end, ent.label_)
            elif prep in STRONG_PREPS or kind_hint:
                misspelt(start, end, ent.label_)
            if len(tops) == before:
                embedded(ent)
            elif cut and not tops[-1].site:
                tops[-1].site = ent.text
    for a, b, kind, word in _listed_divisions(doc, gaz, taken):
        t = add(a, b, "GAZ")
        if t is not None:
            t.kind_hint, t.type_word = kind, word
    for a, b in _datelines(doc, gaz, taken):
        add(a, b, "DATELINE")
    _propagate(doc, gaz, tops, taken)
    # Gazetteer matches for capitalised names NER left out entirely.
    ent_tokens = {i for ent in doc.ents for i in range(ent.start, ent.end)} - freed
    i = 0
    while i < len(doc):
        tok = doc[i]
        # "Lodwar residents protested": a town of the given country, by its own name, before its
        # people, even where the tagger took it for a common word opening the sentence.
        if hint and i not in ent_tokens and not taken[i] and tok.is_title and i + 1 < len(doc) \
                and doc[i + 1].lower_ in PEOPLE_WORDS and not demonym(tok.text) and _local(gaz, tok.text, hint):
            add(i, i + 1, "GAZ")
            i += 1
            continue
        if i in ent_tokens or taken[i] or not tok.is_title or tok.pos_ != "PROPN" and not (
                tok.lower_ in NAME_PARTICLES and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            i += 1
            continue
        matched = False
        for n in (4, 3, 2, 1):
            j = i + n
            if j > len(doc) or any(k in ent_tokens or taken[k] for k in range(i, j)):
                continue
            span = doc[i:j]
            # ("Bir Al-Abd": a hyphen inside a name, written without spaces, is part of it.)
            if not all(t.pos_ == "PROPN" and (t.is_title or t.is_upper)
                       or k < n - 1 and t.lower_ in NAME_PARTICLES
                       or 0 < k < n - 1 and t.text == "-" and not span[k - 1].whitespace_ and not t.whitespace_
                       # ("Sar-e Pol", "Pul-e Khumri": a Persian linking vowel after the hyphen.)
                       or 1 < k < n - 1 and t.is_lower and len(t) <= 2 and span[k - 1].text == "-"
                       and not span[k - 1].whitespace_
                       for k, t in enumerate(span)):
                continue
            after = doc[j].lower_ if j < len(doc) else ""
            # "Mombasa youth marched", "attacked Kakuma refugee camp": a town NER missed, named
            # for its people or a site in it; only a town big enough (or in the given country).
            described = (after in PEOPLE_WORDS or after in FACILITY_WORDS | {"refugee"}) \
                and not demonym(span.text) and strong(span.text, 20_000)
            if tok.is_sent_start and not described:
                continue  # a capitalised first word is weak evidence of a name
            if demonym(span.text):
                continue
            # "the Tana Delta", "Kerio Valley": a town's name inside a natural feature's name.
            if j < len(doc) and doc[j].is_title and doc[j].lower_ in FEATURE_WORDS:
                continue
            prep = _prep_before(doc, i)
            kind_hint, _ = _type_word(doc, i, j)
            # "... Jaghatu district, Wardak": a province written after a place and a comma.
            after_place = _hierarchy_slot(doc, i, taken)
            # "Kandahar and Herat": a known town listed with a place already found.
            listed = _listed_after_place(doc, i, taken)
            if (after_place and _division(gaz, span.text, districts=True)) or (
                listed and strong(span.text, 20_000)
            ):
                t = add(i, j, "GAZ")
                if t is not None and after_place:
                    t.slot = True
                matched = True
                i = j
                break
            if (
                (prep in LOCATIVE_PREPS - {"of", "to", "from", "on"} or kind_hint)
                and (strong(span.text, 20_000) or _division(gaz, span.text))
            ) or _followed_by_its_province(doc, gaz, i, j) or described or (
                # "residents of Kisumu", "on Hola", "youths from Marsabit": weaker prepositions
                # name a place when the name is a town of the country the document is about.
                prep in {"of", "to", "from", "on"} and (_local(gaz, span.text, hint) or strong(span.text, 50_000))
            ):
                add(i, j, "GAZ")
                matched = True
                i = j
                break
            if (prep in STRONG_PREPS or kind_hint) and not tok.is_sent_start and misspelt(i, j, "GAZ"):
                matched = True
                i = j
                break
        if not matched:
            i += 1
    tops.sort(key=lambda t: t.start)
    _provinces_of_unknown_places(doc, gaz, tops, taken)
    _link_neighbours(doc, tops)
    sites = [x for x in sites if not any(x.start < t.end and t.start < x.end for t in tops)]
    return Found(toponyms=tops, demonym_countries=demonyms, sites=sites)


def _provinces_of_unknown_places(doc: Doc, gaz: Gazetteer, tops: list[Toponym], taken: list[bool]) -> None:
    """'near Pavlopil, Donetsk', 'in Waygal district, Nuristan': a name written after a place the
    gazetteer lacks is that place's province (Donetsk the oblast, not the city), and the unknown
    place rides along as the site so that an event there is known to lie somewhere inside it."""
    for t in tops:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or t.kind_hint == TOWN or t.label == EMBEDDED or not _hierarchy_slot(doc, span.start, taken):
            continue
        if span.start >= 2 and taken[span.start - 2] and doc[span.start - 2].lower_ not in TYPE_WORDS:
            continue  # "Herat, Kandahar": a list of places, not a place and its province
        rows = gaz.lookup(t.text) or [gaz.entry(i) for i in t.spelt]
        # "Yalle (Bieha, Sissili)", "X Upazila (Kushtia)": a district, or a town standing for the
        # area around it, serves as well as a province.
        kind = next((k for k in (PROVINCE, DISTRICT) if any(e.kind == k for e in rows)), None)
        if kind is None and not (t.slot or t.label != "GAZ") or not rows:
            continue
        # The unknown place: back from the comma to the start of its name.
        k = span.start - 2
        while k >= 0 and (doc[k].is_title or doc[k].is_upper or doc[k].is_punct and doc[k].text in "()"
                          or doc[k].lower_ in TYPE_WORDS | QUARTER_WORDS | PART_WORDS | LOCAL_UNIT_WORDS
                          | {"village", "center", "centre"}):
            if doc[k].text == "(" and k > 0 and not (doc[k - 1].is_title or doc[k - 1].is_upper):
                break
            k -= 1
        site = doc[k + 1 : span.start - 1].text.strip(" (")
        if f" {fold(t.text)} " in f" {fold(site)} ":
            continue  # "Tripoli Airport Road (Tripoli)": the town the site is named after
        if kind is None:
            t.near = True
        elif not t.kind_hint:
            t.kind_hint = kind
        if site and not t.site:
            t.site = site


def _link_neighbours(doc: Doc, tops: list[Toponym]) -> None:
    """Record hierarchy neighbours: 'Jalalabad, Nangarhar', 'Jalalabad (Nangarhar)', 'X in Y'."""
    text = doc.text
    for k, (a, b) in enumerate(zip(tops, tops[1:])):
        gap = text[a.end : b.start]
        # "stops in Washington, New York and Boston": a list of places, not a town and its state.
        c = tops[k + 2] if k + 2 < len(tops) else None
        if gap.strip() == "," and c is not None and re.fullmatch(r",?\s+(?:and|or)\s+", text[b.end : c.start]):
            continue
        if len(gap) <= 12 and re.fullmatch(r"\s*(?:,|\(|in|of|,\s*in)?\s*(?:the\s+)?", gap, re.I):
            a.neighbours.append(fold(b.text))
            a.bracketed = a.bracketed or gap.strip().startswith("(")
            # "Tigre (Buenos Aires)": a name in brackets after a place is where its division goes.
            b.slot = b.slot or gap.strip().startswith("(") and fold(a.text) != fold(b.text)
        # "Pensa (Pensa, Sanmatenga)": the place, then in brackets its unlisted commune and province.
        elif len(gap) <= 40 and re.fullmatch(r"\s*\(\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3},\s*", gap):
            a.neighbours.append(fold(b.text))
            a.bracketed = True
        # Neighbourhoods and districts of a city: "the Hodan neighborhood in Mogadishu".
        # ("Radman district (Al Bayda)": the division in brackets.)
        m = re.fullmatch(r"\s*(\w+)\s*(?:,\s+|\(\s*|\s+in\s+|\s+of\s+)(?:the\s+)?", gap)
        if m and m.group(1).lower() in QUARTER_WORDS | DISTRICT_WORDS | {"village"}:
            a.neighbours.append(fold(b.text))
            b.site = text[a.start : a.end] + " " + m.group(1)
            if m.group(1).lower() in DISTRICT_WORDS:
                b.near = True
            a.label = "QUARTER"
            a.type_word = m.group(1).lower()

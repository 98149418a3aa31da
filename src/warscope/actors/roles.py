"""Actors implied by what people do, read from words rather than the parse.

Short conflict summaries ("Hotel workers protest for higher wages", "Police battle cattle raiders")
are often headlines the small parser gets wrong, so these rules look at word order within a sentence:

- crowds: the people who protest are Protesters (Country); when the document tells of violence by the
  crowd (stones, burning tyres, looting, lynching, running battles) they are Rioters (Country), as
  ACLED codes a demonstration that turns violent. With no crowd noun, the protest or riot word itself
  stands for them ("Protests against land grabbing").
- victims: ordinary people killed, shot or abducted ("two people shot dead", "assaulted a merchant",
  "attack a Kenyan village") are Civilians (Country).
- state agents and armed men named by a bare word ("Military shot ...", "two officers killed",
  "a gang attacked", "prison guards") the dependency rules missed.

Each rule only fills gaps: spans already claimed by a name or an earlier description keep their actor,
except that civilians who turn out to be the protesting crowd become protesters.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from warscope.actors.references import ARMED, MILITARY, POLICE, _country_token, _modifiers, _typed
from warscope.actors.registry import Found, Registry, slug

# Who takes part in protests and riots in ACLED notes (lemmas).
CROWD = {
    "resident", "worker", "employee", "staff", "teacher", "student", "trader", "youth", "supporter", "member",
    "attendant", "hawker", "farmer", "survivor", "villager", "people", "local", "woman", "man", "nurse", "doctor",
    "driver", "operator", "dealer", "entrepreneur", "labourer", "laborer", "union", "activist", "vendor",
    "merchant", "pupil", "parent", "citizen", "inhabitant", "community", "crowd", "lawyer", "miner", "fisherman",
    "widow", "retiree", "pensioner", "prisoner", "inmate", "councillor", "councilor", "follower", "fan", "motorist",
    "transporter", "rider", "tenant", "squatter", "refugee", "migrant", "protester", "protestor", "demonstrator",
    "rioter", "mob", "vigilante", "family", "relative", "group", "lecturer", "journalist", "civilian", "herder",
    "pastoralist", "owner", "passenger", "petitioner", "shopkeeper", "landowner", "squatter", "user", "victim",
    "servant", "physician", "surgeon", "cleaner", "youngster", "boy",
    "girl", "men", "women", "children", "child", "graduate", "intern", "apprentice", "contractor", "cultivator",
}
# Words that mark a protest only when a crowd is named beside them ("workers ... demanding salaries",
# "a 72-hour work stoppage"); alone they are too often someone else's demands.
WEAK_PROTEST = {"demand", "demanding", "demanded", "stoppage", "chant", "chanted", "chanting", "boycott", "streets",
                "street"}
# Crowd words that already say which crowd.
RIOT_CROWD = {"rioter", "mob", "vigilante"}
PROTEST_LEMMAS = {"protest", "demonstrate", "demonstration", "rally", "picket", "sit-in", "vigil", "petition"}
RIOT_LEMMAS = {"riot", "rioting", "rioter", "rampage", "lynch", "molotov", "mob", "mobs", "vigilante", "stoning",
               "barricade", "barricaded"}
# Moods that make a crowd a mob ("angry locals chased him away").
RIOT_MOODS = {"angry", "rowdy", "irate", "furious", "enraged", "irked", "unruly"}
# Fights between crowds ("two groups clashed") are riots when no armed actor is in the sentence.
CLASH = {"clash", "clashes", "clashed", "brawl", "scuffle"}
# Damage that makes a protest a riot, but that armed groups do too: counted only beside a protest.
PROTEST_DAMAGE = {"loot", "looting", "looted", "torch", "ransack", "vandalize", "vandalise", "burn", "burned", "burnt"}
_THROW = {"throw", "hurl", "pelt", "use", "throwing", "hurling", "pelting"}
_MISSILES = {"stone", "stones", "rock", "rocks", "brick", "bricks", "boulder", "boulders", "petrol", "tyre",
             "missile", "missiles", "projectile", "projectiles",
             "tyres", "tire", "tires"}
_ARMED_WORDS = {"gang", "gangs", "gangster", "gangsters", "thug", "thugs", "goon", "goons", "robber", "robbers",
                "poacher", "poachers", "cattle rustlers", "rustler", "rustlers", "kidnappers", "abductors"}
STATE_WORDS = {
    "police": "police", "policeman": "police", "policemen": "police", "policewoman": "police",
    "gendarme": "police", "gendarmes": "police", "gendarmerie": "police", "officers": "police",
    "officer": "police", "cops": "police", "warders": "police", "wardens": "police",
    "military": "military", "army": "military", "soldier": "military", "soldiers": "military",
    "troops": "military", "servicemen": "military",
}
VICTIM_VERBS = {"kill", "shoot", "wound", "injure", "abduct", "kidnap", "beat", "stab", "rape", "behead", "torture",
                "lynch", "murder", "execute", "hack", "assault", "massacre", "slaughter", "maim", "harass",
                "whip", "flog", "assassinate", "gun", "attack", "rob", "burn", "hit", "strangle", "hang", "injured",
                "killed", "wounded", "dead", "torch", "ransack", "loot", "raid", "seize", "steal", "rob", "vandalize",
                "vandalise", "destroy", "burn", "kills", "injures"}
# Verbs whose object is property; its owners are the civilians attacked.
PROPERTY_VERBS = {"attack", "raid", "burn", "torch", "loot", "ransack", "seize", "steal", "vandalize", "vandalise",
                  "destroy", "rob", "target", "storm"}
VICTIMS = {
    "man", "men", "woman", "women", "boy", "girl", "child", "children", "person", "people", "family", "teenager",
    "youth", "baby", "infant", "driver", "trader", "shopkeeper", "journalist", "teacher", "worker", "doctor",
    "nurse", "priest", "pastor", "cleric", "student", "farmer", "herder", "fisherman", "fishermen", "elder",
    "relative", "son", "daughter", "wife", "husband", "body", "bodies", "motorist", "vendor", "miner",
    "labourer", "laborer", "merchant", "customer", "councilman", "councillor", "councilor", "environmentalist",
    "activist", "resident", "villager", "civilian", "passenger", "pupil", "pedestrian", "prefect", "chief",
    "mayor", "official", "businessman", "businesswoman", "criminal", "suspect", "pastoralist", "herdsman",
    "herdsmen", "widow", "guard", "traveller", "traveler", "tourist", "hunter", "imam", "catechist",
    "headman", "tradesman", "hawker", "employee", "staff", "CEO", "owner", "member", "teenagers", "girls",
    "occupant", "abductee", "hostage", "marabout", "bodyguard", "candidate", "settler", "national", "bystander",
    "politician", "councilwoman", "principal", "engineer", "contractor", "chairman", "couple", "patient",
    "individual", "thief", "thieves", "rapist", "pickpocket", "technician", "volunteer", "lawyer", "voter",
    "worshipper", "pilgrim", "refugee", "herdsboy", "schoolgirl", "schoolboy", "student", "sister", "brother",
    "mother", "father", "grandmother", "grandfather", "neighbour", "neighbor", "landlord", "tenant",
}
ARMED_HEADS = ARMED | MILITARY | POLICE
# Verbs only people suffer: their object is a victim even when the noun is not in VICTIMS
# ("abducted two telecom technicians"), if it reads as a person word.
HUMAN_ONLY_VERBS = {"kill", "abduct", "kidnap", "lynch", "murder", "execute", "behead", "rape", "torture", "stab",
                    "strangle", "assassinate", "shoot", "hack", "injure", "wound", "beat"}
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "women", "ee", "ess", "ers",
                    "ors", "ists", "ians", "ants", "ents", "ees")
# Nouns with a person suffix that name things or armed men, not victims.
_NOT_PERSONS = {"order", "border", "number", "member", "power", "matter", "water", "quarter", "center", "centre",
                "officer", "soldier", "fighter", "attacker", "raider", "gunmen", "gunman", "militant", "insurgent",
                "policeman", "policemen", "serviceman", "servicemen", "rustler", "rustlers", "bandit", "hunter",
                "container", "tanker", "helicopter", "computer", "transformer", "ambassador", "moment", "tenement",
                "incident", "accident", "settlement", "agreement", "statement", "government", "parliament"}
# Places whose attack is an attack on the people living there.
SETTLEMENTS = {"village", "villages", "home", "homes", "house", "houses", "homestead", "homesteads", "market",
               "school", "church", "mosque", "camp", "settlement", "hamlet", "manyatta", "shop", "shops",
               "farm", "farms", "bus", "hut", "huts", "livestock", "cattle", "goats", "camels", "vehicle", "vehicles",
               "plant", "factory", "store", "stores", "warehouse", "property", "properties", "clinic", "hospital",
               "office", "offices", "truck", "trucks", "car", "cars", "granary", "well", "wells"}
# A settlement word after these is state property, not civilians' ("police station").
_STATE_PROPERTY = {"police", "military", "army", "government", "gendarmerie", "council", "county"}
_BETWEEN_PASSIVE = {"were", "was", "are", "is", "been", "being", "have", "has", "had", "reportedly", "allegedly",
                    "later", "also", "then", "both", "all", "each", "and", "fatally", "seriously", "critically",
                    "shot", "beaten", "hacked", "stabbed"}
_DET_NUM = {"DET", "NUM", "ADJ", "PRON"}


def _sentences(doc: Doc) -> list:
    return list(doc.sents)


def _riot_cues(doc: Doc, protest: bool, armed=None) -> list[Token]:
    """Words telling that a crowd was violent: rioting, lynching, stones, running battles; looting and
    burning tyres only in a document about a protest."""
    cues = []
    for sent in _sentences(doc):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        thrown = bool(lemmas & _THROW) or bool({"burn", "burned", "burnt", "set"} & lemmas)
        for t in sent:
            low, lemma = t.lower_, t.lemma_.lower()
            if lemma in RIOT_LEMMAS or low in RIOT_LEMMAS:
                cues.append(t)
            elif protest and (lemma in PROTEST_DAMAGE or low in PROTEST_DAMAGE) and (
                    t.pos_ != "VERB" or _has_subject(t) or _passive_in_protest(t)):
                # "they burned police offices" and "offices were burnt in protest", not "houses burnt"
                # by someone unnamed in a sentence about something else.
                cues.append(t)
            elif thrown and (low in _MISSILES or lemma in _MISSILES) and (protest or low.startswith(("stone", "rock"))):
                cues.append(t)
            elif low in {"battles", "battle"} and t.i > 0 and t.doc[t.i - 1].lower_ == "running":
                cues.append(t)
            elif low in RIOT_MOODS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() in CROWD:
                cues.append(t.doc[t.i + 1])
            elif (low in CLASH or lemma in CLASH) and not protest and armed is not None and not armed(sent):
                if any(w.lemma_.lower() in CROWD | {"group", "community", "clan", "family"} for w in sent):
                    cues.append(t)
    return cues


def _has_subject(verb: Token) -> bool:
    """A verb with its own subject, or one shared with the verb it is coordinated with
    ("protesters threw stones and ransacked homes")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "nsubj" for c in verb.head.children)


def _passive_in_protest(verb: Token) -> bool:
    """"Offices were burnt in protest (of ...)", "cars were torched during the demonstration"."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False
    return any(c.lower_ in {"in", "during"} and any(g.lemma_.lower().startswith("protest")
                                                   or g.lemma_.lower() in PROTEST_LEMMAS for g in c.children)
               for c in verb.children)


def _protest_cues(doc: Doc) -> list[Token]:
    cues = []
    for t in doc:
        low, lemma = t.lower_, t.lemma_.lower()
        if lemma in PROTEST_LEMMAS or low in PROTEST_LEMMAS or low.startswith("protest"):
            cues.append(t)
        elif low in {"march", "marched", "marching", "marches"} and t.text[:1].islower():
            cues.append(t)  # "March" capitalised is the month
        elif lemma == "strike" and t.i > 0 and t.doc[t.i - 1].lower_ in {"on", "hunger", "general", "a"} \
                and not (t.i > 1 and t.doc[t.i - 2].lower_ in {"air", "drone"}):
            cues.append(t)
        elif low == "sit" and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ == "in":
            cues.append(t)
    return cues


def _weak_protest_cues(reg: Registry, doc: Doc) -> list[Token]:
    """Demands, work stoppages and chants, kept only where an unclaimed crowd noun precedes them."""
    cues = []
    for t in doc:
        if t.lower_ not in WEAK_PROTEST and t.lemma_.lower() not in WEAK_PROTEST:
            continue
        sent = t.sent
        for w in doc[sent.start:t.i]:
            if w.pos_ == "NOUN" and (w.lemma_.lower() in CROWD or w.lower_ in CROWD) \
                    and not reg.claimed(w.idx, w.idx + len(w.text)):
                cues.append(t)
                break
    return cues


def _free(reg: Registry, start: int, end: int) -> bool:
    return not reg.claimed(start, end)


def _typed_at(reg: Registry, start: int, end: int) -> Found | None:
    """The typed (unnamed) mention covering [start, end), if any."""
    for f in reg.found:
        if f.start < end and start < f.end:
            return f
    return None


def _phrase_of(tok: Token) -> tuple[int, int]:
    """Head noun with its adjacent left modifiers, skipping determiners and numbers."""
    i = tok.i
    doc = tok.doc
    while i > 0 and doc[i - 1].pos_ in {"ADJ", "NOUN", "PROPN"} and doc[i - 1].dep_ in {"amod", "compound", "nmod"} \
            and not doc[i - 1].is_sent_start and i > tok.i - 3:
        i -= 1
    return doc[i].idx, tok.idx + len(tok.text)


def _iso(reg: Registry, tok: Token) -> str | None:
    mods = [m for m in _modifiers(tok)] + [tok.doc[j] for j in range(max(0, tok.i - 2), tok.i)]
    return next((i for i in (_country_token(reg, m) for m in mods) if i), reg.focus)


def crowds(reg: Registry, doc: Doc) -> None:
    """Protesters and rioters from protest and riot words, whatever the parser made of the sentence."""
    protest = _protest_cues(doc) or _weak_protest_cues(reg, doc)
    riot = _riot_cues(doc, bool(protest), lambda sent: _armed_in(reg, sent))
    if not riot and not protest:
        return
    role = "rioters" if riot else "protesters"
    cue_sents = sorted({reg.analysis.sentence_index(t.idx) for t in riot + protest})
    anchored = False
    for si in cue_sents:
        sent = reg.analysis.sentences[si]
        first_cue = min(t.i for t in riot + protest if sent.start <= t.i < sent.end)
        own = [t for t in riot + protest if sent.start <= t.i < sent.end and t.lemma_.lower() in RIOT_CROWD]
        crowd = own[0] if own else _crowd_noun(reg, sent, first_cue)
        back = si - 1
        while crowd is None and back >= max(0, si - 2):
            # "Angry youths blocked the road. They threw stones": the crowd was named just before.
            prev = reg.analysis.sentences[back]
            crowd = _crowd_noun(reg, prev, prev.end, after=False)
            back -= 1
        if crowd is not None:
            start, end = _phrase_of(crowd)
            iso = _iso(reg, crowd)
            aid = _typed(reg, role, iso)
            hit = _typed_at(reg, start, end)
            if hit is None:
                reg.add(start, end, aid, "description", priority=1)
                anchored = True
            elif reg.actors[hit.actor_id].kind in {"civilians", "protesters", "rioters"}:
                hit.actor_id = aid  # the residents who protest are the protesters
                anchored = True
    if not anchored:
        cue = (riot + protest)[0]
        if _free(reg, cue.idx, cue.idx + len(cue.text)):
            reg.add(cue.idx, cue.idx + len(cue.text), _typed(reg, role, reg.focus), "description")
    if riot:
        _protesters_to_rioters(reg)


def _armed_in(reg: Registry, sent) -> bool:
    """Whether a sentence mentions an armed or state actor (then a clash is a battle, not a riot)."""
    for f in reg.found:
        if sent.start_char <= f.start < sent.end_char:
            kind = reg.actors[f.actor_id].kind
            if kind in {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"}:
                return True
    return False


def _crowd_noun(reg: Registry, sent, cue_i: int, after: bool = True) -> Token | None:
    """The people noun nearest before the cue (or, failing that, just after it) in the sentence."""
    doc = sent.doc
    before = [doc[j] for j in range(cue_i - 1, sent.start - 1, -1)]
    following = [doc[j] for j in range(cue_i, min(sent.end, cue_i + 6))] if after else []
    for tok in before + following:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in {"NOUN", "PROPN"} or (lemma not in CROWD and tok.lower_ not in CROWD):
            continue
        if tok.dep_ == "nsubjpass" or _harmed(tok):
            continue  # "a man was lynched by a mob": the victim, not the crowd
        if any(c.lower_ in {"unknown", "unidentified", "armed", "masked"} for c in tok.lefts):
            continue  # "an unknown group torched houses": armed men, not a crowd
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 1].lemma_.lower() in CROWD:
            continue  # "bar attendants": take the head
        hit = _typed_at(reg, tok.idx, tok.idx + len(tok.text))
        if hit is not None and reg.actors[hit.actor_id].kind not in {"civilians", "protesters", "rioters"}:
            continue
        if hit is not None and hit.how == "name":
            continue
        return tok
    return None


def _harmed(tok: Token) -> bool:
    """Whether a noun is followed by a passive of harm ("two men were killed")."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j - tok.i <= 3 and doc[j].lower_ in _BETWEEN_PASSIVE | {"who"}:
        j += 1
    return j < len(doc) and j > tok.i + 1 and (doc[j].lemma_.lower() in VICTIM_VERBS | {"lynch"})


def _protesters_to_rioters(reg: Registry) -> None:
    for f in reg.found:
        actor = reg.actors[f.actor_id]
        if actor.kind == "protesters":
            iso = actor.country
            f.actor_id = _typed(reg, "rioters", iso)


def victims(reg: Registry, doc: Doc) -> None:
    """Civilians harmed: "<people> (were) killed", "killed <people>", "attacked <village>"."""
    for tok in doc:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if lemma not in VICTIM_VERBS and low not in VICTIM_VERBS:
            continue
        # Passive or participle: the people just before ("two people shot dead", "5 were killed").
        j = tok.i - 1
        while j >= 0 and doc[j].lower_ in _BETWEEN_PASSIVE and tok.i - j <= 4:
            j -= 1
        if j >= 0 and tok.i - j <= 4 and not tok.is_sent_start:
            cand = doc[j]
            if _victim_word(cand, lemma) or (cand.like_num and cand.ent_type_ in {"CARDINAL", ""} and lemma in
                                      {"kill", "injure", "wound", "killed", "injured", "wounded", "dead"}):
                # "5 killed", "two people shot dead": the dead are civilians unless named otherwise.
                _add_victim(reg, cand)
                continue
            if _property(cand, lemma):
                _add_victim(reg, cand)
                continue
        # Active: the people right after, past determiners, numbers and adjectives.
        k = tok.i + 1
        while k < len(doc) and (doc[k].pos_ in _DET_NUM or doc[k].dep_ == "amod" and doc[k].pos_ == "VERB") \
                and k - tok.i <= 4 and doc[k].lower_ not in {"by"}:
            k += 1
        while k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN" and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} \
                and k - tok.i <= 5:
            k += 1  # "a village development councilman": the head is the last noun
        if k < len(doc) and k - tok.i <= 6:
            cand = doc[k]
            if _victim_word(cand, lemma):
                _add_victim(reg, cand)
            elif _property(cand, lemma):
                _add_victim(reg, cand)
            elif cand.like_num and low in {"kills", "killed", "injures", "injured", "wounds", "wounded"} \
                    and (k + 1 >= len(doc) or doc[k + 1].pos_ not in {"NOUN", "PROPN"}):
                _add_victim(reg, cand)  # "kills 5 and steals livestock"


def _victim_word(tok: Token, verb_lemma: str | None = None) -> bool:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.lemma_.lower() in VICTIMS or tok.lower_ in VICTIMS or tok.text in VICTIMS:
        return True
    low = tok.lower_
    lemma = tok.lemma_.lower()
    armed = lemma in ARMED_HEADS or low in ARMED_HEADS or low in _ARMED_WORDS or low in STATE_WORDS
    return (verb_lemma in HUMAN_ONLY_VERBS and tok.pos_ == "NOUN" and low.endswith(_PERSON_SUFFIXES)
            and low not in _NOT_PERSONS and lemma not in _NOT_PERSONS and len(low) > 4 and not tok.is_stop
            and not armed)


def _property(tok: Token, verb_lemma: str) -> bool:
    if tok.lower_ not in SETTLEMENTS or verb_lemma not in PROPERTY_VERBS:
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before not in _STATE_PROPERTY


_FORCE_KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"}


def _add_victim(reg: Registry, tok: Token) -> None:
    start, end = _phrase_of(tok)
    if not _free(reg, start, end):
        if any(f.start < end and start < f.end and reg.actors[f.actor_id].kind in _FORCE_KINDS for f in reg.found):
            return  # "three KDF members were injured": the force's own men, not civilians
        # "a CNL member": the named group keeps its word, the head noun is the civilian.
        start, end = tok.idx, tok.idx + len(tok.text)
    if not _free(reg, start, end):
        return
    reg.add(start, end, _typed(reg, "civilians", _iso(reg, tok)), "description")


def bare_agents(reg: Registry, doc: Doc) -> None:
    """State forces and armed men named by one word the dependency rules passed over."""
    for tok in doc:
        low = tok.lower_
        if _free(reg, tok.idx, tok.idx + len(tok.text)) is False:
            continue
        role = STATE_WORDS.get(low)
        if role == "police" and low.startswith("officer"):
            # Only a bare "officers": "electoral officers" or "army officers" are someone else.
            if any(m.pos_ in {"ADJ", "NOUN", "PROPN"} for m in _modifiers(tok)):
                continue
        if low in {"guards", "guard"} and tok.i > 0 and doc[tok.i - 1].lower_ == "prison":
            role = "police"
            start = doc[tok.i - 1].idx
        else:
            start = tok.idx
        if role:
            if not _free(reg, start, tok.idx + len(tok.text)):
                continue
            if any(0 <= start - f.end <= 1 and reg.actors[f.actor_id].kind == "state_forces"
                   and reg.actors[f.actor_id].country not in {None, reg.focus} for f in reg.found):
                continue  # "UPDF soldiers": the foreign force just named, not the home country's
            iso = _iso(reg, tok)
            reg.add(start, tok.idx + len(tok.text), _typed(reg, role, iso), "description")
            continue
        if low in _ARMED_WORDS or (low in {"group", "groups"} and tok.i > 0 and doc[tok.i - 1].lower_ in
                                   {"armed", "criminal", "vigilante"}):
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_ \
                    and doc[tok.i + 2].pos_ in {"VERB", "ADJ"}:
                continue  # "gang-raped": how it was done, not who did it
            start = doc[tok.i - 1].idx if low.startswith("group") else tok.idx
            if not _free(reg, start, tok.idx + len(tok.text)):
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ == "vigilante":
                reg.add(start, tok.idx + len(tok.text), _typed(reg, "rioters", _iso(reg, tok)), "description")
            else:
                reg.add(start, tok.idx + len(tok.text), _typed(reg, "armed", _iso(reg, tok)), "description")
    _unknown_party(reg, doc)


def _unknown_party(reg: Registry, doc: Doc) -> None:
    for m in re.finditer(r"\b(?:an? |the )?(?:unknown|unidentified) (?:party|parties|perpetrators?|group)\b",
                         reg.text, flags=re.I):
        if _free(reg, m.start(), m.end()):
            reg.add(m.start(), m.end(), _typed(reg, "armed", reg.focus), "description")


_MILITIA_RE = re.compile(
    r"\b(?P<a>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)(?:(?:,| and| or) (?P<b>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?))?"
    r" (?:(?:ethnic|communal|clan|tribal) )?(?:militias?|clans?|clansmen|tribesmen|bandits|raiders|warriors|"
    r"morans|militiamen|(?:cattle |livestock )?rustlers)\b")
# "militias from Mbaivur and Mbasombo", "clashes between the Lobi and Dogosse communities".
_MILITIA_FROM_RE = re.compile(
    r"\b(?i:militias?|clans?|communities|groups|tribes) (?:from|of) (?:the )?"
    r"(?P<a>[A-Z][a-z]{2,})(?:(?:,| and| or) (?:the )?(?P<b>[A-Z][a-z]{2,}))?")
_COMMUNITIES_RE = re.compile(
    r"\b(?P<a>[A-Z][a-z]{2,})(?:(?:,| and| or) (?P<b>[A-Z][a-z]{2,}))? (?:communities|groups|tribes)\b")
_NOT_NAMES = {"two", "three", "four", "five", "six", "rival", "both", "the", "local", "armed", "unknown", "several",
              "some", "many", "other", "all", "these", "those", "islamist", "islamic", "jihadist", "criminal",
              "tribal", "ethnic", "communal", "pro", "anti", "government", "opposition", "youth", "village"}
_FIGHT_RE = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|attack\w*|raid\w*|kill\w*|shot|shoot\w*|"
                       r"ambush\w*|violence|feud\w*|conflict|stole|steal\w*|rustl\w*|burn\w*|torch\w*|"
                       r"target\w*|hack\w*|stab\w*|wound\w*|injur\w*|retaliat\w*|revenge|skirmish\w*)\b", re.I)


@lru_cache(maxsize=1)
def communities() -> dict[str, str]:
    """Known community names (folded) -> "Ethnic" or "Clan", from data/actors_communities.json."""
    raw = json.loads(resources.files("warscope.data").joinpath("actors_communities.json").read_text("utf-8"))
    out = {n.lower(): "Ethnic" for n in raw["ethnic"]}
    out.update({n.lower(): "Clan" for n in raw["clans"]})
    return out


def _community_sides(reg: Registry) -> list[re.Match]:
    """Communities named as sides in a sentence about fighting: "Fulani herders", "clashes between
    the Garre and Murule", "the Pokot attacked police"; and the people of a community who did
    violence to someone ("beaten by six Pokot youths", "the Abanyabasi ethnic group attacked")."""
    out: list[re.Match] = []
    for m in list(_SIDE_NOUN_RE.finditer(reg.text)) + list(_BETWEEN_RE.finditer(reg.text)) \
            + list(_KNOWN_RE().finditer(reg.text)):
        if _FIGHT_RE.search(reg.analysis.sentence_at(m.start()).text) or \
                m.re is _SIDE_NOUN_RE and _does_violence(reg, m):
            out.append(m)
    out += [m for m in _ETHNIC_GROUP_RE.finditer(reg.text) if _does_violence(reg, m)]
    return out


# "the Abanyabasi ethnic group", "members of the Sabaot tribal community": a people named as such
_ETHNIC_GROUP_RE = re.compile(r"\b(?P<a>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?) (?:ethnic|tribal) "
                              r"(?:group|community)\b(?P<b>)")
# Verbs of violence a community's men do to people (not the fighting verbs of _FIGHT_RE alone).
_HARM_VERBS = {"kill", "attack", "beat", "lynch", "murder", "assault", "hack", "stab", "raid", "burn", "torch",
               "abduct", "kidnap", "rape", "behead", "shoot", "injure", "wound", "maim", "loot", "invade", "storm"}


def _does_violence(reg: Registry, m: re.Match) -> bool:
    """The phrase matched is the doer of a violent verb: its subject, its "by" agent, or the group
    that "members of" such a phrase belong to."""
    span = reg.analysis.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in {"member", "group"}:
        tok = tok.head.head  # "members of the X ethnic group attacked"
    if tok.dep_ == "nsubj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        verb = tok.head.head
    else:
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in _HARM_VERBS for v in verbs)


def identity_militias(reg: Registry, doc: Doc) -> None:
    """"Garre ethnic militia", "Pokot militia", "the Arjuran and Degodia clans": the armed men of a
    community, as ACLED names them ("Garre Ethnic Militia (Kenya)")."""
    from warscope.actors.kb import norm_key
    from warscope.actors.references import _militia

    matches = list(_MILITIA_RE.finditer(reg.text)) + list(_MILITIA_FROM_RE.finditer(reg.text))
    # Communities count as armed sides only in a sentence about fighting.
    matches += [m for m in _COMMUNITIES_RE.finditer(reg.text)
                if _FIGHT_RE.search(reg.analysis.sentence_at(m.start()).text)]
    matches += _community_sides(reg)
    known = communities()
    for m in matches:
        for group in ("a", "b"):
            name = m.group(group)
            if not name:
                continue
            key = norm_key(name)
            if key in reg.kb.country_index or key in reg.kb.alias_index:
                continue  # "Kenyan militia", "Shabaab militia": a country's or a known group's
            tok = doc.char_span(m.start(group), m.end(group))
            if tok is None or name.lower() in _NOT_NAMES:
                continue  # "Two groups", "Rival clans": not a community's name
            name = _singular(name, known)
            # "Tugen-Ilchamus": a joint community of two known ones, as ACLED names it
            listed = name.lower() in known or "-" in name and all(p in known for p in name.lower().split("-"))
            if _is_loose(m.re) and not (listed or tok.root.ent_type_ == "NORP" and not _is_place(reg, m, group)):
                continue  # "Mombasa youths" are a town's people, not a community's fighters
            if _is_loose(m.re) and _place_use(tok):
                continue  # "raided homes in Turkana": the county
            if _listed_place(tok):
                continue  # "the village of Kobo, Dozo militiamen ...": the place, then the militia
            if not listed and tok.root.pos_ != "PROPN" and tok.root.ent_type_ != "NORP" \
                    and not _sentence_initial_name(tok.root):
                continue
            start = m.start(group)
            end = m.end(group)
            if m.re in (_MILITIA_RE, _COMMUNITIES_RE, _SIDE_NOUN_RE, _ETHNIC_GROUP_RE):
                # The last name takes the noun with it: "Murule ethnic militias".
                end = m.end() if group == "b" or not m.group("b") else m.end("a")
            if listed:
                # a known community's name read as a person ("Kikuyu") or as ordinary people
                # ("Turkana herders") by rules that do not know it
                _drop_found(reg, start, end, _OVERRIDABLE)
            if reg.claimed(start, end) and not _only_new_orgs(reg, start, end):
                continue
            _drop_new_orgs(reg, start, end)
            # "Toposa raiders from South Sudan": a community's men who came from across a border
            # are that country's
            iso = _from_country(reg, m.end()) or reg.focus
            if listed and known.get(name.lower()) == "Clan":
                aid = _clan_militia(reg, name, iso)
            elif not listed and _communal(reg, m, group):
                aid = _communal_militia(reg, name, iso)
            else:
                aid = _militia(reg, name, iso)
            reg.add(start, end, aid, "description", priority=2)


_NAME = (r"(?!(?:The|They|This|These|Those|Some|Two|Three|Four|Five|Several|Rival|Armed|Local)\b)"
         r"[A-Z][a-z']{2,}(?:-[A-Z][a-z']{2,})?(?: [A-Z][a-z']{2,})?")
# Community names before words for their armed men that also name ordinary people.
_SIDE_NOUN_RE = re.compile(
    rf"\b(?P<a>{_NAME})(?:(?:,| and| or) (?P<b>{_NAME}))?"
    r" (?:herders?|herdsmen|pastoralists?|youths?|fighters?|gunmen|communit(?:y|ies)|men|elders|groups?)\b")
_BETWEEN_RE = re.compile(rf"\bbetween (?:the )?(?P<a>{_NAME}) (?:and|&) (?:the )?(?P<b>{_NAME})\b")
_PLACE_NOUNS = {"county", "region", "district", "village", "villages", "land", "area", "areas", "town", "province",
                "state", "territory", "border", "side", "lake", "river", "homes", "home", "market", "road",
                "constituency", "valley", "hills", "plains", "settlement", "zone", "sub", "north", "south",
                "east", "west", "central"}


@lru_cache(maxsize=1)
def _KNOWN_RE() -> re.Pattern:  # noqa: N802 - a compiled constant, built on first use
    names = sorted(communities(), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("\\ ", " ") for n in names)
    return re.compile(rf"(?<![\w-])(?:the )?(?P<a>(?i:{alts})s?)(?![\w-])(?P<b>)")


_FROM_COUNTRY_RE = re.compile(r"^\s*(?:\w+\s+){0,2}?from\s+(?:neighbou?ring\s+|the\s+)?"
                              r"(?P<c>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _from_country(reg: Registry, end: int) -> str | None:
    """The country a "from <Country>" just after a community's men names, if it is one."""
    m = _FROM_COUNTRY_RE.match(reg.text[end:end + 60])
    if m is None:
        return None
    words = m.group("c")
    for cand in (words, words.split()[0]):
        iso = reg.kb.country_of(cand)
        if iso and reg.kb.countries.get(iso) is not None:
            return iso
    return None


def _singular(name: str, known: dict[str, str]) -> str:
    """"the Boranas and Gabbras": a known community named in the plural is that community."""
    if name.lower() not in known and name.lower().endswith("s") and name[:-1].lower() in known:
        return name[:-1]
    return name


def _is_loose(pattern: re.Pattern) -> bool:
    """Patterns whose names must be known communities (or NORP, not places) to count."""
    return pattern is _SIDE_NOUN_RE or pattern is _BETWEEN_RE or pattern is _KNOWN_RE()


def _is_place(reg: Registry, m: re.Match, group: str) -> bool:
    a, b = m.start(group), m.end(group)
    return any(pm.start <= a and b <= pm.end and not pm.embedded for pm in reg.analysis.place_mentions)


def _place_use(span) -> bool:
    """A community name used for its land: after "in/at/near/from", or before a place noun."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "the" and span.start > 1:
        before = doc[span.start - 2].lower_
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in _PEOPLE_NOUNS:
        return False  # "herders from the Tugen community": the people, not their land
    if after in _SITE_NOUNS:
        return True  # "the Kisii police post": a place's site
    return before in {"in", "at", "near", "from", "to", "into", "of", "across", "around", "outside", "inside"} \
        or after in _PLACE_NOUNS or not span.text[:1].isupper()


_SITE_NOUNS = {"police", "post", "station", "camp", "barracks", "market", "school", "hospital", "town", "road",
               "stage", "centre", "center", "estate", "ward", "location", "division", "farm", "ranch", "forest",
               "airstrip", "bridge", "primary", "secondary", "boys", "girls", "high", "university", "prison"}
_PEOPLE_NOUNS = {"community", "communities", "clan", "clans", "tribe", "tribes", "ethnic", "people", "tribesmen",
                 "clansmen"}


def _listed_place(span) -> bool:
    """A name after "of/in/at/near" and before a comma is a place in a list, not the community of
    the militia named after the comma."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in {"of", "in", "at", "near"} and after == ","


def _clan_militia(reg: Registry, clan: str, iso: str | None) -> str:
    country = reg.kb.countries.get(iso) if iso else None
    name = f"{clan} Clan Militia ({country.name})" if country else f"{clan} Clan Militia"
    return reg.ensure_new(slug(name), name, "identity_militia", country=country.iso2 if country else None)


# Sentence-initial capitals the parser calls nouns or adjectives ("Pokot bandits raided ...") are a
# community's name unless they are ordinary words.
_COMMON_STARTS = {"suspected", "unidentified", "unknown", "heavily", "cattle", "bandit", "bandits", "militia",
                  "militias", "clan", "clans", "raiders", "rebel", "rebels", "police", "security", "army",
                  "masked", "hired", "alleged", "notorious", "dreaded", "organised", "organized", "youthful"}


def _sentence_initial_name(tok: Token) -> bool:
    low = tok.lower_
    return (bool(tok.is_sent_start) and tok.text[:1].isupper() and tok.is_alpha and low not in _NOT_NAMES
            and low not in _COMMON_STARTS and not tok.is_stop)


def _communal(reg: Registry, m: re.Match, group: str) -> bool:
    """ACLED names a militia after a place ("Marsabit Communal Militia") and after a people
    ("Pokot Ethnic Militia"): a place name, "communal" in the text or "militias from X" say which."""
    if "communal" in m.group(0).lower():
        return True
    if m.re is _MILITIA_FROM_RE and re.search(r"\bfrom\b", m.group(0), re.I):
        return True
    a, b = m.start(group), m.end(group)
    return any(pm.start <= a and b <= pm.end and not pm.embedded for pm in reg.analysis.place_mentions)


def _communal_militia(reg: Registry, place: str, iso: str | None) -> str:
    country = reg.kb.countries.get(iso) if iso else None
    name = f"{place} Communal Militia ({country.name})" if country else f"{place} Communal Militia"
    return reg.ensure_new(slug(name), name, "identity_militia", country=country.iso2 if country else None)


def _only_new_orgs(reg: Registry, start: int, end: int) -> bool:
    """Whether everything claimed there is an organisation made up from the text ("Pokot" from NER)."""
    return all(reg.actors[f.actor_id].id.startswith("org-") for f in reg.found if f.start < end and start < f.end)


_OVERRIDABLE = ("org-", "person-", "civilians-", "protesters-", "rioters-")


def _drop_found(reg: Registry, start: int, end: int, prefixes: tuple[str, ...]) -> None:
    reg.found[:] = [f for f in reg.found if not (f.start < end and start < f.end
                                                 and reg.actors[f.actor_id].id.startswith(prefixes))]


def _drop_new_orgs(reg: Registry, start: int, end: int) -> None:
    reg.found[:] = [f for f in reg.found if not (f.start < end and start < f.end
                                                 and reg.actors[f.actor_id].id.startswith("org-"))]


# "IS" alone is too common a capitalised word; before these nouns it is Islamic State.
_IS_RE = re.compile(r"\bIS (?:fighters?|militants?|members?|groups?|cells?|jihadists?|gunmen|snipers?|insurgents?|"
                    r"elements|remnants|attackers?|suicide bombers?|operatives?)\b")
# "an IS landmine", "IS hideouts", "IS claimed the attack": the group owns the thing or acts; the
# mention is the name alone
_IS_OWNS_RE = re.compile(r"\bIS (?=(?:landmines?|mines?|IEDs?|explosive devices?|booby[- ]traps?|car bombs?|"
                         r"hideouts?|positions?|attacks?|raids?|ambush(?:es)?|claimed|attacked|ambushed|"
                         r"opened fire|shot|killed|planted|executed|abducted|kidnapped|targeted|launched|"
                         r"stormed)\b)")


def islamic_state_short(reg: Registry, doc: Doc) -> None:
    if "islamic-state" not in reg.kb.entries:
        return
    spans = [(m.start(), m.end()) for m in _IS_RE.finditer(reg.text)]
    spans += [(m.start(), m.start() + 2) for m in _IS_OWNS_RE.finditer(reg.text)]
    for start, end in spans:
        if _free(reg, start, end):
            reg.add(start, end, reg.ensure_kb("islamic-state"), "name", priority=2)


_PRIVATE_SECURITY_RE = re.compile(
    r"\b(?:private security(?: (?:guards?|firms?|compan(?:y|ies)|personnel|officers?|forces?))?"
    r"|security (?:guards?|firms?|compan(?:y|ies))|watchm[ae]n|bouncers?)\b", re.I)
_PRISON_GUARDS_RE = re.compile(r"\b(?:prison (?:guards?|warders?|wardens?|officers?|officials?|staff)|warders?)\b",
                               re.I)


def guards(reg: Registry, doc: Doc) -> None:
    """Guards as ACLED names them: hired guards are "Private Security Forces (Kenya)", prison guards a
    sub-unit of the country's police ("Police Forces of Kenya (2013-) Prison Guards")."""
    for m in _PRIVATE_SECURITY_RE.finditer(reg.text):
        if reg.claimed(m.start(), m.end()):
            continue
        iso = _iso_near(reg, doc, m.start())
        country = reg.kb.countries.get(iso) if iso else None
        name = f"Private Security Forces ({country.name})" if country else "Private Security Forces"
        aid = reg.ensure_new(slug(name), name, "other", country=country.iso2 if country else None)
        reg.add(m.start(), m.end(), aid, "description")
    for m in _PRISON_GUARDS_RE.finditer(reg.text):
        if not reg.claimed(m.start(), m.end()):
            _sub_unit(reg, m, _iso_near(reg, doc, m.start()), "police", "Prison Guards")
    for iso, role, unit, pattern in SUB_UNITS:
        for m in pattern.finditer(reg.text):
            if _iso_near(reg, doc, m.start()) != iso:
                continue
            if reg.claimed(m.start(), m.end()):
                _drop_new_orgs(reg, m.start(), m.end())  # "Military Police" made an organisation by NER
                role_id = reg.kb.role_id(iso, role)
                taken = [f for f in reg.found if f.start < m.end() and m.start() < f.end]
                if not all(f.actor_id == role_id for f in taken):
                    continue  # a named group of its own is there
                reg.found = [f for f in reg.found if f not in taken]
            _sub_unit(reg, m, iso, role, unit)


# Units ACLED names as part of a country's forces ("Police Forces of Burkina Faso (2015-) Gendarmerie"),
# the most frequent in the development files; the country is the document's or a demonym before them.
SUB_UNITS: list[tuple[str, str, str, re.Pattern]] = [
    ("BF", "police", "Gendarmerie", re.compile(r"\bgendarm(?:e|es|erie)\b", re.I)),
    ("BF", "police", "Forest Guards", re.compile(r"\b(?:forest|forestry|water and forest) (?:guards?|rangers?|agents?)\b",
                                                 re.I)),
    ("BF", "military", "Presidential Security Unit",
     re.compile(r"\b(?:presidential security (?:unit|regiment)|presidential guard|RSP)\b", re.I)),
    ("TR", "military", "Gendarmerie", re.compile(r"\bgendarm(?:e|es|erie)\b", re.I)),
    ("BR", "military", "Military Police", re.compile(r"\bmilitary police\b", re.I)),
    ("BR", "police", "Federal Police", re.compile(r"\bfederal police\b", re.I)),
    ("BR", "police", "Civil Police", re.compile(r"\bcivil police\b", re.I)),
    ("KE", "police", "General Service Unit", re.compile(r"\b(?:General Service Unit|GSU)\b")),
    ("MX", "police", "State Police", re.compile(r"\bstate police\b", re.I)),
]


def _sub_unit(reg: Registry, m: re.Match, iso: str | None, role: str, unit: str) -> None:
    rid = reg.kb.role_id(iso, role) if iso else None
    if rid is None:
        return
    parent = reg.actors[reg.ensure_kb(rid)]
    aid = reg.ensure_new(f"{parent.id}-{slug(unit)}", f"{parent.name} {unit}", "state_forces",
                         country=parent.country, affiliation=parent.id)
    reg.add(m.start(), m.end(), aid, "description")


def _iso_near(reg: Registry, doc: Doc, char: int) -> str | None:
    """The country of a demonym just before a description ("Kenyan prison warders"), else the focus."""
    span = doc.char_span(char, char, alignment_mode="expand")
    i = span.start if span is not None else None
    if i is None:
        return reg.focus
    for j in range(max(0, i - 2), i):
        iso = _country_token(reg, doc[j])
        if iso:
            return iso
    return reg.focus


_BRACKETED_RE = re.compile(r"^\s*\(\s*(?:(?:presumably|presumed|suspected|allegedly|likely|probably|possibly|"
                           r"believed to be|thought to be|reportedly)\s+)?$", re.I)


def umbrella_in_brackets(reg: Registry) -> None:
    """"Katiba Macina (JNIM) militants": a group named with its umbrella in brackets acts as the
    umbrella, the way ACLED codes it (JNIM), so the bracketed name takes over the first one."""
    names = sorted((f for f in reg.found if f.how == "name"), key=lambda f: f.start)
    for first, second in zip(names, names[1:]):
        if first.actor_id == second.actor_id or not _BRACKETED_RE.match(reg.text[first.end:second.start]):
            continue
        if reg.text[second.end:second.end + 1] != ")":
            continue
        inner, outer = reg.actors[first.actor_id], reg.actors[second.actor_id]
        if inner.kind not in _NON_STATE or outer.kind not in _NON_STATE:
            continue
        first.actor_id = second.actor_id
        if not any(f.actor_id == inner.id for f in reg.found):
            reg.actors.pop(inner.id, None)


def described_then_named(reg: Registry) -> None:
    """"volunteer fighters (VDP)", "unknown gunmen (presumably JNIM militants)": armed men
    described, then named in brackets, are the named group."""
    names = [f for f in reg.found if f.how == "name" and reg.actors[f.actor_id].kind in _NON_STATE]
    for f in reg.found:
        if f.how != "description" or not _describes_armed(reg, f):
            continue
        for n in names:
            if n.start > f.end and _BRACKETED_RE.match(reg.text[f.end:n.start]):
                f.actor_id = n.actor_id
                break


# "JWS factions, operating under OPS", "JWS, which operates under OPS": the phrase before the umbrella
_UNDER_RE = re.compile(r",?\s*(?:(?:which|who|whom|that)\s+(?:are\s+|is\s+)?(?:also\s+)?|both\s+)?"
                       r"operat(?:e|es|ing)\s+(?:under|within)\s+(?:the\s+)?(?:umbrella\s+of\s+(?:the\s+)?)?$", re.I)
_LIST_GAP_RE = re.compile(r"^\s*(?:,|and|&|,\s*and|as well as)\s*(?:the\s+)?$", re.I)
_HEAD_GAP_RE = re.compile(r"^\s*(?:(?:factions?|forces|fighters|militants|groups?|units?|brigades?|members|"
                          r"elements|militias?)\s*)?$", re.I)
_UNDER_KINDS = {"rebel_group", "political_militia", "identity_militia", "state_forces", "external_forces"}


def operating_under(reg: Registry) -> None:
    """"Turkish forces and JWS factions, operating under OPS, shelled ...": the forces listed as
    operating under an umbrella operation or alliance act as it, the way ACLED codes them
    (Operation Peace Spring)."""
    umbrellas = [f for f in reg.found if f.how == "name" and reg.actors[f.actor_id].kind in _NON_STATE]
    for u in umbrellas:
        lead = reg.text[max(0, u.start - 80):u.start]
        m = _UNDER_RE.search(lead)
        if m is None:
            continue
        cut = u.start - (len(lead) - m.start())
        listed = sorted((f for f in reg.found if f.end <= cut and f.actor_id != u.actor_id
                         and reg.actors[f.actor_id].kind in _UNDER_KINDS), key=lambda f: (-f.end, f.start))
        taken: list[Found] = []
        edge = cut
        for f in listed:
            if taken and f.end > edge:
                if f.start >= edge:
                    taken.append(f)  # a name inside a listed phrase ("JWS" in "JWS factions")
                continue
            gap = reg.text[f.end:edge]
            joined = _LIST_GAP_RE.match(gap) if taken else _HEAD_GAP_RE.match(gap)
            if not joined:
                break
            taken.append(f)
            edge = f.start
        for f in taken:
            f.actor_id = u.actor_id


def named_force_inside(reg: Registry) -> None:
    """"a Border Security Force (BSF) officer", "a CRPF jawan": a state force's man described by the
    force's own name belongs to that force, not to whichever force his description suggests."""
    names = [f for f in reg.found if f.how == "name" and reg.actors[f.actor_id].kind == "state_forces"]
    for f in reg.found:
        if f.how != "description" or reg.actors[f.actor_id].kind != "state_forces":
            continue
        inside = next((n for n in names if f.start <= n.start and n.end <= f.end
                       and (n.start, n.end) != (f.start, f.end)), None)
        if inside is not None:
            f.actor_id = inside.actor_id


def _describes_armed(reg: Registry, f: Found) -> bool:
    actor = reg.actors[f.actor_id]
    return actor.id.startswith("unidentified-armed-group") or (
        actor.kind in _NON_STATE and not actor.id.endswith(")") and "militia" in actor.name.lower()
        and actor.name.startswith(("Unidentified", "Islamist")))


_NON_STATE = {"rebel_group", "political_militia", "identity_militia"}

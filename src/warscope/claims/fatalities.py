"""Fatality counts: who was killed (and, separately, injured), how many, and the event they belong to.

ACLED conventions followed: the most conservative reported figure is ``best``; "tens" 10, "dozens" 12,
"hundreds" 100; attackers killed in a suicide attack count; injuries are never counted as fatalities;
an unknown toll stays None, and only an explicit "no one was killed/hurt" gives 0. A toll reported
without a figure ("killing an unknown number of fighters", "several were killed") is ACLED's 10, as
``best`` only (low and high stay None): its notes say "Unknown fatalities coded as 10", and train rows
agree for "a number of" and "several" too. A suicide bomber who carried out the attack is counted with
his victims (train rows: the reported toll plus one). A toll told on an event the events stage split off
the document's main event (within two sentences, same day and place, no "separate incident") is the main
event's too. "N killed or captured" is N/2 (train rows code half; an unknown number 10); a claimant's figure
beside a reported one is contested (best the lower); a risen or revised toll ("rose from 1 to 4") is the
figure it reached; a death told as what set off a protest or riot, denied, told "elsewhere", or blamed on
someone in the event ("a man who had allegedly killed ...") is not the event's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from warscope.analysis import Analysis
from warscope.claims import common
from warscope.claims.numbers import UNSPECIFIED, VAGUE, Count, is_number_word, read_count
from warscope.model import Claim, Event, Fatalities

# "neutralize": how Sahel military communiqués say killed
KILL_LEMMAS = {
    "kill", "slay", "execute", "behead", "assassinate", "massacre", "murder", "slaughter", "lynch",
    "neutralize", "neutralise", "decapitate",
}
DIE_LEMMAS = {"die", "perish", "succumb"}
INJURE_LEMMAS = {"wound", "injure", "hurt", "maim"}
# "shot": the small model's lemma for "shot" in "shot dead" is often the form itself
TO_DEATH_LEMMAS = {"shoot", "shot", "gun", "stab", "beat", "burn", "hack", "stone", "crush", "lynch", "torture", "hang"}
# Words allowed between the victims and the participle ("were reportedly all killed").
_BRIDGE = {
    "was", "were", "been", "have", "has", "had", "are", "is", "be", "being", "got", "reportedly",
    "also", "all", "later", "allegedly", "subsequently", "both", "each", "initially", "apparently",
    "now", "since", "then", "confirmed", "believed", "feared", "thought", "to", "presumed", "among",
    "those", "reported", "said", "known", "understood",
}
_TOLL_VERBS = {"range", "stand", "rise", "reach", "climb", "put", "vary"}
_UNREALISED = {"attempt", "try", "plan", "plot", "threaten", "seek", "vow", "want", "fail", "bid", "effort"}
_ABOUT_A_DEATH = {
    "protest", "mourn", "condemn", "investigate", "commemorate", "demand", "denounce", "probe", "against", "over",
    # a death that set off this event is an earlier event's ("protests triggered by the death of a student")
    "trigger", "spark", "prompt", "provoke", "avenge", "follow", "following", "after",
    "retaliation", "revenge", "reprisal", "retribution", "response", "anger", "outrage", "accuse", "blame",
    "responsible", "spur",
    # "a man suspected to be behind the killing of two children": the killing he was blamed for
    "behind",
    # "the riot is believed to be related to the killing of a cleric": what the event is tied to
    "relate", "related", "link", "linked", "connect", "connected", "connection",
}
# Deaths from illness or accident are not conflict fatalities ("died of coronavirus").
_NON_VIOLENT_CAUSES = {
    "coronavirus", "covid", "covid-19", "virus", "illness", "disease", "cholera", "malaria", "hunger",
    "starvation", "malnutrition", "cancer", "infection", "natural", "heart", "drowning", "accident",
    "exhaustion", "fatigue", "thirst", "dehydration", "cold", "stroke", "complications",
    "flood", "floods", "flooding", "rain", "rains", "landslide", "landslides", "drought", "famine", "lightning",
}
# "the bodies of two men were found": a body found is a death
_BODY_NOUNS = {"body", "corpse", "remains", "carcass"}
_FIND_LEMMAS = {"find", "discover", "recover", "retrieve", "exhume", "dump", "dumped", "wash", "pull", "uncover"}
_SUBSET_CUES = {"including", "among", "includes", "include", "included"}
_GROUP_KINDS = {
    "civilians": {
        "civilian", "villager", "resident", "child", "woman", "man", "student", "individual", "son",
        "daughter", "wife", "husband", "priest", "driver", "trader", "herder", "chief",
        "worker", "farmer", "teacher", "journalist", "passenger", "worshipper", "shopper", "boy",
        "girl", "family", "local", "afghan", "refugee", "pilgrim", "protester", "demonstrator",
        "bystander", "patient", "doctor", "aid", "employee", "citizen", "national", "inmate",
        "prisoner", "elder", "businessman", "businesswoman", "imam", "cleric", "marabout", "nurse",
        "vendor", "shopkeeper", "landlord", "environmentalist", "activist",
    },
    "security_forces": {
        "soldier", "troop", "officer", "policeman", "policemen", "police", "guard", "member",
        "marine", "serviceman", "servicemen", "trooper", "personnel", "commando", "sailor",
        "airman", "gendarme", "recruit", "agent", "cadet", "sergeant", "army",
        "colonel", "general", "captain", "lieutenant", "corporal", "brigadier", "constable",
    },
    "militants": {
        "militant", "fighter", "insurgent", "rebel", "jihadist", "terrorist", "gunman", "gunmen",
        "extremist", "commander", "combatant", "guerrilla", "militiaman", "militiamen", "bandit",
        "assailant", "attacker", "bomber", "suspect", "kidnapper",
    },
}
# People of no particular side: victims all the same ("shot dead his boss", "the victim was beheaded").
_PERSON_OTHER = {
    "victim", "boss", "colleague", "relative", "bodyguard", "politician", "official", "leader", "person",
    "youth", "guide", "thief", "neighbour", "neighbor", "friend", "brother", "sister", "father",
    "mother", "cousin", "nephew", "uncle", "guest", "owner", "candidate", "aspirant", "mp", "missionary",
    "pastor", "parent", "chairperson", "headman", "suspect", "cadre", "volunteer", "ranger",
    "criminal", "baby", "infant", "toddler", "pupil", "widow", "adult", "herdsman", "herdsmen", "judge",
    "shepherd", "chef", "nun", "monk", "magistrate", "pastoralist", "prefect", "mayor", "governor",
    "inspector", "sub-inspector", "superintendent", "commissioner", "chairman", "secretary",
    "companion", "occupant", "inhabitant",
}
_NOT_VICTIMS = {
    "year", "day", "hour", "month", "week", "percent", "time", "kilometer", "kilometre", "mile",
    "dollar", "minute", "meter", "metre", "km", "%", "vehicle", "house", "home", "building", "car",
    "livestock", "cattle", "cow", "goat", "sheep", "camel", "donkey", "animal", "dog", "head", "motorbike",
    "motorcycle", "weapon", "rifle", "gun", "truck", "shop", "hut", "granary",
}
# What was done to people before they were killed, said of them as a participle ("the seven abducted").
_TAKEN_LEMMAS = {"abduct", "kidnap", "capture", "seize", "arrest", "detain", "take", "hold"}
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "ant", "ent", "ee", "person", "people")

_MONTH = re.compile(r"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|(January|February|March|April|May|June|July"
                    r"|August|September|October|November|December)$")
_ZERO_KILLED = re.compile(
    r"\b(no[- ]one|nobody|none)\b(?:\s+\w+){0,3}?\s+(?:was|were|has been|have been|had been)?\s*"
    r"(?:\w+ly\s+)?(killed|hurt|harmed|injured|wounded|died)\b"
    r"|\bno\s+(casualties|deaths|fatalities|injuries|one died)\b"
    r"|\bwithout\s+(casualties|loss of life|any casualties)\b",
    re.IGNORECASE,
)
_SUMMARY_END = re.compile(r"\s*((nor|or|and)\s+(injuries|casualties|fatalities|deaths)\s*)?((were|was|have been)\s+)?(reported|recorded)?\s*([.,;]|$)",
                          re.IGNORECASE)
_UNKNOWN_CUE = re.compile(r"\b(reports?|word|information|details|news)\s+(?:of|on|about)\s*$", re.IGNORECASE)


@dataclass
class Victims:
    count: Count
    head: Token  # head noun (or the number itself)
    start: int  # token range of the whole phrase
    end: int
    group: str | None
    attacker: bool = False


@dataclass
class Report:
    """One figure in one clause: how many were killed or injured, of which groups, said by whom."""

    outcome: str  # "killed" | "injured"
    low: int | None
    best: int | None
    high: int | None
    groups: list[dict] = field(default_factory=list)
    anchor: Token | None = None
    start_char: int = 0
    end_char: int = 0
    # "2 militants were also killed": more dead of the same incident, added to what was told before
    additive: bool = False
    # "The victim died in hospital": victims named only by a definite phrase were told of before
    definite: bool = False
    # "No fatalities reported": the note's own summary of the toll, which overrides a verb read as a death
    summary: bool = False
    # "2 fatalities.": a sentence that is nothing but the count of the dead, the note's closing tally
    tally: bool = False


def _is_person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _PERSON_OTHER or any(lemma in words for words in _GROUP_KINDS.values()):
        return True
    if lemma in _QUANTITY_NOUNS:
        return False  # "a number of goats": how many, not who (whatever its ending)
    if _killed_by_role(tok):
        return True
    doc = tok.doc
    if lemma == "head" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].pos_ == "DET":
        return True  # "the head of the clinic" (but "200 head of cattle")
    return tok.pos_ == "NOUN" and lemma.endswith(_PERSON_SUFFIXES) and len(lemma) > 4


# Verbs whose object can only be a living being ("executed a plan", "shot a video" can be things).
_ONLY_PEOPLE_KILLED = KILL_LEMMAS - {"execute", "slaughter", "neutralize", "neutralise"}


# "a total of", "a number of", "a group of": how many, not who
_QUANTITY_NOUNS = {
    "total", "number", "group", "tally", "toll", "handful", "couple", "pair", "dozen", "score", "lot", "majority",
    "half", "third", "quarter", "rest", "remainder",
}


def _killed_by_role(tok: Token) -> bool:
    """ "killed a deacon", "a shepherd was assassinated": whatever a killing verb's victim is, it is a person,
    so a noun no lexicon lists (or a misspelt one) is still a victim in that role."""
    if tok.tag_ != "NN" or tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in _NOT_VICTIMS or lemma in _BODY_NOUNS or lemma in _COLLECTIVES or lemma in _QUANTITY_NOUNS:
        return False
    verb = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in _ONLY_PEOPLE_KILLED


def group_kind(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in ("bomber", "attacker", "assailant") and "suicide" in {c.lower_ for c in head.lefts}:
        return "attackers"
    words = {lemma, lemma.rstrip("s")} | {c.lemma_.lower() for c in head.lefts if c.dep_ == "compound"}
    for kind, lexicon in _GROUP_KINDS.items():
        if words & lexicon and not (kind == "civilians" and words & _GROUP_KINDS["security_forces"]):
            return kind
    return None


_HEADLINE_DEATHS = {"shot", "killed", "stabbed", "hacked", "beheaded", "murdered", "lynched", "gunned", "slain"}


def _victims_at(tokens: list[Token], i: int) -> Victims | None:
    """A victim phrase starting at token i: "at least 90 Afghans", "dozens of soldiers", "a soldier"."""
    tok = tokens[i]
    low = tok.lower_
    if low in ("his", "her") and i + 1 < len(tokens) and tokens[i + 1].lemma_.lower() in _BODY_NOUNS \
            and tokens[i + 1].tag_ == "NN":
        # "his body was found": one dead, told by the possessive
        return Victims(Count(1, 1, 1, i, i + 1), tokens[i + 1], i, i + 2, None)
    if low in ("his", "her", "their", "its") and i + 1 < len(tokens) and tokens[i + 1].like_num:
        # "a woman and her two children": the number counts, the possessive only links
        owned = _victims_at(tokens, i + 1)
        if owned is not None:
            owned.start = i
            return owned
        # ("her three-year old child": the number was an age; the possessed person is one victim)
    if low == "both" and i + 1 < len(tokens) and tokens[i + 1].tag_ == "NNS" and _is_person_noun(tokens[i + 1]):
        # "both men were killed": two people
        return Victims(Count(2, 2, 2, i, i + 1), tokens[i + 1], i, i + 2, tokens[i + 1].text)
    if low in ("a", "an") and i + 3 < len(tokens) and tokens[i + 1].lower_ == "family" and tokens[i + 2].lower_ == "of":
        family = read_count(tokens, i + 3)
        if family is not None and family.best:
            # "killed a family of three": the number is the people
            return Victims(Count(family.low, family.best, family.high, i, family.end), tokens[i + 1], i, family.end, "family")
    if low in ("a", "an", "one", "another", "the", "his", "her") and i + 1 < len(tokens) and not (
            low in ("a", "an") and (c := read_count(tokens, i)) is not None and (c.unspecified or tokens[i + 1].lower_ == "total")):
        if i > 0 and tokens[i - 1].lower_ == "no":
            return None  # "no one": an explicit zero, read by zero_report
        head = tok.head
        garbled = i + 2 < len(tokens) and tokens[i + 1].tag_ in ("JJ", "NN") and tokens[i + 2].lower_ in _HEADLINE_DEATHS \
            and any(tokens[i + 1].lemma_.lower() in words for words in _GROUP_KINDS.values()) and not _is_person_noun(head)
        if garbled:
            head = tokens[i + 1]  # "27 February: A civilian shot dead by armed men": a headline the parser garbles
        if (
            head.i > i
            and head.i - i <= 6
            and (garbled or head.tag_ == "NN" and _is_person_noun(head) or _mistagged_person(head) or _capitalised_person(head)
                 or _member_of(tokens, i, head) or _head_of(tokens, head) or _human_head(head))
            and tokens[i + 1].lower_ not in ("dozen", "hundred", "thousand")
        ):
            end = head.i + 1
            while True:  # "a sub-officer", "a police sub-inspector": one word the tokenizer split
                k = end + 1 if end + 2 < len(tokens) and tokens[end].pos_ == "NOUN" and tokens[end + 1].text == "-" else end
                if not (k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].pos_ in ("NOUN", "PROPN")
                        and tokens[k].idx == tokens[k - 1].idx + len(tokens[k - 1].text)
                        and tokens[k + 1].idx == tokens[k].idx + 1):
                    break
                head, end = tokens[k + 1], k + 2
            if end < len(tokens) and tokens[end].lower_ in ("of", "with", "from") and tokens[end].head.i == head.i:
                # "a supporter of a party member", "the head of the clinic": one victim, not two
                edge = tokens[end].right_edge.i + 1
                # (up to a list's "and": the parser may hang the next victim inside the phrase)
                stop = next((k for k in range(end + 1, edge) if tokens[k].lower_ in ("and", "or", ",")), edge)
                end = max(end, stop)
            return Victims(Count(1, 1, 1, i, i + 1), head, i, end, _group_text(tokens, i + 1, head))
    count = read_count(tokens, i)
    if count is None:
        return None
    last = tokens[count.end - 1]
    if not (count.unspecified or is_number_word(last) or re.fullmatch(r"\d+[-–]\d+", last.text)):
        return None
    after = count.end
    head: Token = last
    end = count.end
    nummod_heads = [
        t.head for t in tokens[count.start : count.end]
        if t.dep_ == "nummod" and after <= t.head.i <= after + 5 and t.head.pos_ in ("NOUN", "PROPN")
        # ("three dead, plus injuries": the dead are the number itself, not the noun it was hung on)
        and not (after < len(tokens) and tokens[after].lower_ in ("dead", "killed") and t.head.i > after)
    ]
    if nummod_heads:
        head = nummod_heads[0]
        while head.dep_ == "compound" and head.i < head.head.i <= head.i + 3 and head.head.pos_ == "NOUN":
            head = head.head  # "two mining company employees": the number hung on a modifier
        end = head.i + 1
    elif after < len(tokens) and tokens[after].lower_ == "of":
        pobj = [c for c in tokens[after].children if c.dep_ == "pobj"]
        if pobj and pobj[0].i - after <= 6:
            head = pobj[0]
            end = head.i + 1
    elif after < len(tokens) and tokens[after].pos_ in ("NOUN", "PROPN"):
        # the parser sometimes hangs the number elsewhere; a noun right after it is still its head
        head = tokens[after]
        while head.dep_ == "compound" and head.i < head.head.i <= head.i + 3 and head.head.pos_ == "NOUN":
            head = head.head  # "several regime soldiers": the count is of the soldiers
        end = head.i + 1
    if head is last or head.pos_ == "PROPN":
        # "7 IS militants": names and acronyms the parser misreads sit between number and noun
        k = after
        # ("Twenty Al-Shabab militiamen": a hyphenated name is three tokens)
        while k < len(tokens) and k - after < 4 and (tokens[k].pos_ in ("PROPN", "ADJ") or tokens[k].text.isupper()
                                                     or tokens[k].lower_ in ("suspected", "alleged", "presumed")
                                                     or tokens[k].tag_ == "HYPH" and k > after):
            k += 1
        if k < len(tokens) and k > after and tokens[k].pos_ == "NOUN" and tokens[k].tag_ in ("NNS", "NN"):
            head, end = tokens[k], k + 1
    if head.lemma_.lower() in _NOT_VICTIMS and not _human_head(head):
        return None
    if end < len(tokens) and tokens[end].dep_ == "acl" and tokens[end].head.i == head.i and tokens[end].tag_ == "VBN" \
            and tokens[end].lemma_.lower() in _TAKEN_LEMMAS and head.lemma_.lower() not in _BODY_NOUNS \
            and head.lower_ not in ("bodies", "corpses"):
        end += 1  # "five of the seven abducted were found dead": who they were, not what befell them here
    if head.text == "KIA":  # "Nine reportedly KIA": the outcome, not the victims
        head, end = last, count.end
    if head is not last and end + 1 < len(tokens) and tokens[end].lower_ == "and":
        # "25 soldiers and policemen": one figure for a group of two names
        other = tokens[end + 1]
        if other.dep_ == "conj" and other.head.i == head.i and other.tag_ == "NNS" and not any(
                c.dep_ == "nummod" for c in other.children):
            end = end + 2
    if head is not last and end < len(tokens) and tokens[end].lower_ == "of" and tokens[end].head.i == head.i:
        # "three members of his family": the family is not a second victim
        end = max(end, tokens[end].right_edge.i + 1)
    if after < len(tokens) and _MONTH.match(tokens[after].text):
        return None  # "01 Oct. 3 militants killed": a day of the month
    dated = any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in tokens[count.start : count.end])
    # ("20 later found": the tagger takes a number before "later" for a date)
    dated = dated and not (after < len(tokens) and tokens[after].lower_ in ("later", "more"))
    # ("12 Sep. 4 killed": the day came before the month, so the number after it is a count)
    dated = dated and not (count.start > 1 and tokens[count.start - 2].like_num and (
        _MONTH.match(tokens[count.start - 1].text) and tokens[count.start - 1].text.endswith(".")
        or count.start > 2 and tokens[count.start - 1].text == "." and _MONTH.match(tokens[count.start - 2].text)))
    # ("the death toll climbed from 2 to 5 overnight": the tagger takes the figures for a time)
    dated = dated and not (count.start > 0 and tokens[count.start - 1].lower_ in ("to", "at", "from")
                           and _toll_subject(tokens[count.start - 1]) is not None)
    if dated and low not in VAGUE and not count.unspecified and not _is_person_noun(head):
        return None
    group = _group_text(tokens, count.end, head) if head is not last else None
    return Victims(count, head, count.start, end, group)


def _human_head(tok: Token) -> bool:
    """ "two severed heads were found", "a human head was found": a body found, as cartels leave them."""
    return tok.lemma_.lower() == "head" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("severed", "human", "decapitated", "male", "female")
        for c in tok.children)


def _head_of(tokens: list[Token], head: Token) -> bool:
    """ "the district head of intelligence": a person by office (not "a head of cattle")."""
    k = head.i + 1
    if head.lower_ in ("head", "chief") and any(
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _NOT_VICTIMS | {"cattle"}
            for c in head.children):
        return True  # "the district head", "the police chief": a person by office
    if head.lower_ not in ("head", "chief") or k + 1 >= len(tokens) or tokens[k].lower_ != "of":
        return False
    obj = next((c for c in tokens[k].children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() not in _NOT_VICTIMS and obj.lower_ not in ("cattle", "state", "government")


# Words for a whole body of people: "the Police", "the Army" are never one victim.
_COLLECTIVES = {"police", "army", "family", "personnel", "military", "aid", "local", "national"}


def _capitalised_person(tok: Token) -> bool:
    """ "Policeman killed after ambush", "The Member of County Assembly was shot": a singular person noun
    written with a capital (a headline, a title) that the small model tags as a proper noun."""
    low = tok.lower_
    if tok.tag_ != "NNP" or not tok.text[:1].isupper() or tok.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        return False
    if tok.ent_type_ == "PERSON" and not (tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")):
        return False  # part of a name ("Chief Ole Sankok"), unless the model took the word alone for one
    if low in _COLLECTIVES or low.endswith(("s", "men")):
        return False
    # ("Chairman", "Spokesperson": a person by the word's own ending)
    return low in _PERSON_OTHER or any(low in words for words in _GROUP_KINDS.values()) or (
        low.endswith(("man", "person")) and len(low) > 5)


def _member_of(tokens: list[Token], i: int, head: Token) -> bool:
    """ "killed a Koglweogo", "an Arbaki was killed": an indefinite article before a group's name is one
    of its members."""
    return (tokens[i].lower_ in ("a", "an") and head.i == i + 1 and head.tag_ == "NNP"
            and head.ent_type_ not in ("GPE", "LOC", "FAC", "DATE") and head.dep_ in ("dobj", "nsubjpass", "nsubj"))


def _mistagged_person(tok: Token) -> bool:
    """A person noun the small model tagged as an adjective in a noun's place ("killed a civilian")."""
    return tok.tag_ == "JJ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj") and any(
        tok.lemma_.lower() in words for words in _GROUP_KINDS.values())


def _group_text(tokens: list[Token], start: int, head: Token) -> str | None:
    i = start
    while i < head.i and tokens[i].lower_ in ("of", "the", "them", "those"):
        i += 1
    if i > head.i:
        return None
    doc = head.doc
    return doc[tokens[i].i : head.i + 1].text


def _chain(tokens: list[Token], first: Victims) -> list[Victims]:
    """Victim phrases joined by "and" or commas: "90 Afghans and 13 U.S. service members"."""
    chain = [first]
    by_and: list[bool] = []
    j = first.end
    while j < len(tokens):
        k = j
        while k < len(tokens) and tokens[k].lower_ in (",", "and", "as", "well"):
            k += 1
        if k == j or k >= len(tokens) or not any(t.lower_ == "and" or t.text == "," for t in tokens[j:k]):
            break
        nxt = _victims_at(tokens, k)
        if nxt is None:
            break
        said_of = _outcome_of_noun(chain[-1].head)
        if said_of is not None and _outcome_of_noun(nxt.head) != said_of:
            break  # "several injuries, one death": two figures, not one list
        if not any(t.lower_ == "and" for t in tokens[j:k]) and tokens[first.start].lower_ in ("the", "a", "an", "his", "her") \
                and not _list_closes(tokens, nxt):
            break  # "a dispute over the local imam, two people were killed": two clauses, not a list
        if not any(t.lower_ == "and" for t in tokens[j:k]) and chain[-1].head.dep_ == "pobj" \
                and nxt.head.dep_ in ("nsubj", "nsubjpass") and not _list_closes(tokens, nxt):
            break  # "clashes between two factions, at least three people were killed": the subject starts a clause
        chain.append(nxt)
        by_and.append(any(t.lower_ == "and" for t in tokens[j:k]))
        j = nxt.end
    # "1 civilian, a member of the council, and his 2 bodyguards": a one-person phrase of the form "a X of
    # Y" between commas right after a single victim says who that victim was
    for n in range(len(chain) - 1, 0, -1):
        item, before = chain[n], chain[n - 1]
        if not by_and[n - 1] and tokens[item.start].lower_ in ("a", "an", "the") and before.count.best == 1 \
                and item.end > item.head.i + 1 and tokens[item.head.i + 1].lower_ == "of" \
                and item.end < len(tokens) and tokens[item.end].text == ",":
            del chain[n]
            del by_and[n - 1]
    # "1 civilian, a tribal elder, was killed": commas without a closing "and" are an apposition
    for n, (linked_by_and, item) in enumerate(zip(by_and, chain[1:])):
        if not linked_by_and and tokens[item.start].lower_ in ("a", "an", "the") and not (by_and and by_and[-1]):
            chain = chain[: n + 1]
            break
    return chain


def _list_closes(tokens: list[Token], item: Victims) -> bool:
    """ "killing a police officer, a teacher and two children": a comma-joined item is in a list when an
    "and" closes the list with another victim phrase right after it."""
    k = item.end
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    return k + 1 < len(tokens) and tokens[k].lower_ == "and" and _victims_at(tokens, k + 1) is not None


def _outcome_after(tokens: list[Token], j: int) -> tuple[str, Token] | None:
    """The outcome a victim phrase ending before token j is the subject of ("were killed", "died", "dead")."""
    if j < len(tokens) and tokens[j].text in (")", "]") and any(t.text in ("(", "[") for t in tokens[max(0, j - 8) : j]):
        j += 1  # "five members of the CV (Red Command) died": the phrase stopped inside its own aside
    died = _who_died(tokens, j)
    if died is not None:
        return "killed", died
    if j + 2 < len(tokens) and tokens[j].lower_ == "who" and tokens[j + 1].lower_ in ("was", "were") \
            and tokens[j + 2].tag_ == "VBN" and tokens[j - 1].dep_ != "pobj":
        # "three civilians who were killed in the crossfire" (not "protested over a man who had died":
        # a victim told inside what the event was about)
        j += 1
    j = _past_origin(tokens, j)
    j = _past_makeup(tokens, j)
    while j < len(tokens) and (tokens[j].lower_ in _BRIDGE or _found_before_outcome(tokens, j) or _time_words(tokens, j)
                               or tokens[j].text in ("(", "[")):
        if tokens[j].text == "[":
            # "two people from a camp [hosting refugees] were killed": an editor's aside
            close = next((k for k in range(j + 1, min(j + 15, len(tokens))) if tokens[k].text == "]"), None)
            if close is None:
                return None
            j = close
        elif tokens[j].text == "(":
            # "25 soldiers (22 according to the rebels) were killed": an aside, and the figure ACLED
            # keeps is the one outside it
            close = next((k for k in range(j + 1, min(j + 15, len(tokens))) if tokens[k].text == ")"), None)
            if close is None:
                return None
            j = close
        j += 1
    if j >= len(tokens):
        return None
    tok = tokens[j]
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tokens[j - 1].lower_ == "not" or low == "not":
        return None
    if low == "dead" or tok.text == "KIA":  # "Twelve reportedly KIA": killed in action
        return "killed", tok
    if low in _FOUND_OUTCOMES and tokens[j - 1].lower_ in ("found", "discovered"):
        return "killed", tok  # "was later found hanged"
    if low in ("fatally", "mortally") and j + 1 < len(tokens):
        tok = tokens[j + 1]
    if _fatally(tok) and tok.tag_ in ("VBN", "VBD") and not any(c.dep_ == "dobj" for c in tok.children):
        # an object right after ("gunned down two men") makes the verb active: its subject is the killer
        k = tok.i + (2 if tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower_ == "down" else 1)
        if k >= len(tokens) or tokens[k].pos_ not in ("DET", "NUM"):
            return "killed", tok
    if lemma in DIE_LEMMAS:
        return "killed", tok
    if _object_follows(tokens, j):
        return None  # "the army shot dead a man", "beat to death a worker": the subject is the killer
    if tok.tag_ in ("VBN", "VBD") and j + 2 < len(tokens) and tokens[j + 1].lower_ == "to" and tokens[j + 2].lower_ == "death":
        return "killed", tok  # "macheted to death": any verb that ends in death
    if lemma in TO_DEATH_LEMMAS and j + 1 < len(tokens) and tokens[j - 1].lower_ not in ("has", "have", "had"):
        # "has shot dead his boss" is active: its subject is the killer
        if tokens[j + 1].lower_ == "dead" or (
            j + 2 < len(tokens) and tokens[j + 1].lower_ == "to" and tokens[j + 2].lower_ == "death"
        ):
            return "killed", tok
    if tok.tag_ in ("VBN", "VBD") and j + 2 < len(tokens) and tokens[j + 1].lower_ == "and":
        # "were shot and killed", "kidnapped and killed"
        nxt = tokens[j + 2]
        if nxt.lemma_.lower() in DIE_LEMMAS and nxt.tag_ in ("VBN", "VBD"):
            return "killed", nxt  # "was shot and died"
        if nxt.lemma_.lower() in KILL_LEMMAS | INJURE_LEMMAS and nxt.tag_ in ("VBN", "VBD") and not _active_pair(tokens, j, nxt):
            return ("killed" if nxt.lemma_.lower() in KILL_LEMMAS else "injured"), nxt
    if low == "lost" and j + 2 < len(tokens) and tokens[j + 2].lower_ in ("lives", "life"):
        return "killed", tok
    if _set_alight(tokens, j) and any(c.dep_ == "nsubjpass" and _is_person_noun(c) for c in tok.children):
        return "killed", tok  # "four robbery suspects were set on fire by a mob": burnt to death
    if tok.tag_ in ("VBN", "VBD", "JJ") and (lemma in KILL_LEMMAS or lemma in INJURE_LEMMAS or low in ("injured", "wounded", "hurt")):
        # ("3 killed (machetes)": the parser takes an aside in brackets for the object)
        if any(c.dep_ == "dobj" and not (c.i > 0 and c.doc[c.i - 1].text == "(") for c in tok.children):
            return None  # "Rebels killed ten": an active verb, its subject is the killer
        return ("killed" if lemma in KILL_LEMMAS else "injured"), tok
    return None


_TALLY_LABELS = {"fatalities", "fatality", "deaths", "dead", "killed"}


def _who_died(tokens: list[Token], j: int) -> Token | None:
    """ "police shot one gang member, who died later in hospital", "wounded a guard, who later succumbed":
    a victim of the shooting or wounding, told in an aside to have died of it."""
    if not (j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower_ == "who"
            and tokens[j - 1].dep_ in ("dobj", "nsubj", "nsubjpass", "appos")):
        return None
    k = j + 2
    while k < len(tokens) and tokens[k].lower_ in ("later", "subsequently", "then", "afterwards", "eventually"):
        k += 1
    if k < len(tokens) and tokens[k].lemma_.lower() in DIE_LEMMAS and tokens[k].tag_ in ("VBD", "VBN") \
            and not _negated(tokens[k]):
        return tokens[k]
    return None


def _labelled(tokens: list[Token], i: int, sent_start: int) -> tuple[str, Token] | None:
    """ "FATALITIES: reported estimates include 12": the first figure after a coder's label for the dead
    (when nothing in between is another figure or another outcome)."""
    for k in range(i - 1, max(sent_start, i - 8) - 1, -1):
        t = tokens[k]
        if t.like_num or t.lemma_.lower() in INJURE_LEMMAS | KILL_LEMMAS | DIE_LEMMAS or t.text in (",", ";") \
                or t.lower_ in ("injuries", "not", "no", "none", "nil", "zero", "unknown", "unclear", "unspecified"):
            return None  # ("FATALITIES: none, 3 suspects arrested": the figure is not the label's)
        if t.text == ":" and k > sent_start and tokens[k - 1].lower_ in _TALLY_LABELS:
            return "killed", tokens[k - 1]
    return None


def _past_origin(tokens: list[Token], j: int) -> int:
    """ "two people from an IDP camp were killed": a short phrase saying where the victims came from sits
    between them and their outcome (the parser often loses the subject across it)."""
    if j >= len(tokens) or tokens[j].lower_ not in ("from", "of"):
        return j
    k = j + 1
    while k < len(tokens) and k - j <= 5 and tokens[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        k += 1
    return k if k > j + 1 and k < len(tokens) and tokens[k].text in ("[", "(", "were", "was") else j


_MAKEUP_WORDS = {"mainly", "mostly", "largely", "chiefly", "predominantly", "primarily", "all"}


def _past_makeup(tokens: list[Token], j: int) -> int:
    """ "Dozens of people, mainly women and children, were killed": who the victims were, told in an
    aside between them and their outcome."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lower_ not in _MAKEUP_WORDS:
        return j
    k = j + 2
    while k < len(tokens) and k - j <= 10 and (tokens[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ")
                                                or tokens[k].tag_ == "PRP$"):
        k += 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    return k if k < len(tokens) and tokens[k].lower_ in ("were", "was", "had", "have", "died") else j


def _own_verb_after(tokens: list[Token], j: int) -> bool:
    """ "one civilian killed and two others abducted": the others have a verb of their own."""
    while j < len(tokens) and tokens[j].lower_ in _BRIDGE:
        j += 1
    # ("and two others are missing", "two others remain unaccounted for")
    return j < len(tokens) and (tokens[j].tag_ in ("VBN", "VBD", "VBG", "VBP", "VBZ") or tokens[j].lower_ in ("missing", "unaccounted"))


def _active_pair(tokens: list[Token], j: int, second: Token) -> bool:
    """ "The army ambushed and killed six militants": two active verbs whose subject is the killer. An
    object after the second verb tells it, unless an auxiliary before the first makes them passive."""
    if j > 0 and tokens[j - 1].lower_ in ("was", "were", "been", "be", "being", "is", "are"):
        return False
    if any(c.dep_ == "dobj" for c in second.children) or any(c.dep_ == "dobj" for c in tokens[j].children):
        return True
    k = second.i + 1
    return k < len(tokens) and (tokens[k].pos_ in ("DET", "NUM") or tokens[k].tag_ == "PRP$"
                                or tokens[k].lower_ in ("him", "her", "them"))


def _found_after(tokens: list[Token], j: int) -> tuple[str, Token] | None:
    while j < len(tokens) and tokens[j].lower_ in _BRIDGE:
        j += 1
    if j < len(tokens) and tokens[j].lemma_.lower() in _FIND_LEMMAS | _BODY_MOVED | {"found"} and tokens[j].tag_ in ("VBN", "VBD"):
        return "killed", tokens[j]
    return None


# "4 bodies taken away from the clashes": bodies carried off are deaths as much as bodies found
_BODY_MOVED = {"take", "carry", "remove", "collect", "evacuate", "bring", "transport", "ferry"}


def _found_alive_or_dead(tokens: list[Token], j: int) -> tuple[str, Token] | None:
    found = _found_after(tokens, j)
    if found is None or found[1].lower_ != "found":
        return None
    k = found[1].i + 1
    if k < len(tokens) and tokens[k].lower_ in ("alive", "safe", "unharmed", "hiding", "injured", "wounded", "guilty"):
        return None
    return found


def _time_words(tokens: list[Token], j: int) -> bool:
    """ "on Saturday", "overnight", "last night": when, between the victims and what happened to them."""
    tok = tokens[j]
    if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in ("overnight", "yesterday", "today", "tonight"):
        return True
    return tok.lower_ in ("on", "in", "at", "during", "last", "early", "late") and j + 1 < len(tokens) and (
        tokens[j + 1].ent_type_ in ("DATE", "TIME"))


_FOUND_OUTCOMES = {"dead", "killed", "murdered", "executed", "beheaded", "slain", "shot", "hanged", "strangled",
                   "decapitated", "lifeless", "stabbed"}


def _found_before_outcome(tokens: list[Token], j: int) -> bool:
    """ "were found dead", "was discovered murdered": a body found is a death (ACLED counts it)."""
    return (tokens[j].lower_ in ("found", "discovered") and j + 1 < len(tokens)
            and tokens[j + 1].lower_ in _FOUND_OUTCOMES)


def _object_follows(tokens: list[Token], j: int) -> bool:
    """Whether "VERB dead" / "VERB to death" at token j is followed by its object (an active verb)."""
    words = [t.lower_ for t in tokens[j + 1 : j + 3]]
    k = j + 2 if words[:1] == ["dead"] else j + 3 if words == ["to", "death"] else None
    if k is None or k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.pos_ in ("DET", "NUM", "NOUN", "PROPN") or nxt.tag_ == "PRP$" or nxt.lower_ in ("him", "her", "them")


def _killed_and_injured(injured: Token) -> tuple[str, Token] | None:
    """ "killing and injuring a number of fighters": some were killed, how many is unknown."""
    doc = injured.doc
    # ("leaving him killed and injuring a number of his relatives": the killed one is told apart)
    if injured.i >= 2 and doc[injured.i - 1].lower_ == "and" and (
            doc[injured.i - 2].lemma_.lower() in KILL_LEMMAS or doc[injured.i - 2].lower_ == "killing") and not (
            injured.i >= 3 and (doc[injured.i - 3].pos_ in ("PRON", "NOUN", "PROPN") or doc[injured.i - 3].like_num)):
        return "killed", doc[injured.i - 2]
    return None


def _fatally(tok: Token) -> bool:
    """ "fatally shot", "mortally wounded", "gunned down": a wound or shot that killed."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if lemma in TO_DEATH_LEMMAS | INJURE_LEMMAS and tok.i > 0 and doc[tok.i - 1].lower_ in ("fatally", "mortally"):
        return True
    return tok.lower_ in ("gunned", "mowed", "mown") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "down" \
        or lemma == "gun" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "down"


_CAPTURE_LEMMAS = {"capture", "arrest", "detain", "apprehend"}


def _set_alight(tokens: list[Token], k: int) -> bool:
    """ "set alight", "set ablaze", "set on fire": said of people (mob justice), they were burnt to death."""
    if k < 0 or k + 1 >= len(tokens) or tokens[k].lemma_.lower() != "set":
        return False
    words = [t.lower_ for t in tokens[k + 1 : k + 3]]
    return words[:1] in (["alight"], ["ablaze"]) or words == ["on", "fire"]


def _victims_are_people(tokens: list[Token], i: int) -> bool:
    victims = _victims_at(tokens, i)
    return victims is not None and _is_person_noun(victims.head)


def _or_captured(tok: Token) -> bool:
    """ "killed or captured": the only alternative is capture (not "killed, injured or captured")."""
    doc = tok.doc
    nxt = doc[tok.i + 1 : min(tok.i + 3, len(doc))]
    return len(nxt) == 2 and nxt[0].lower_ == "or" and nxt[1].lemma_.lower() in _CAPTURE_LEMMAS


def _alternatives(tok: Token) -> bool:
    doc = tok.doc
    nxt = [doc[k].lower_ for k in range(tok.i + 1, min(tok.i + 4, len(doc)))]
    return nxt[:1] == ["or"] or (len(nxt) == 3 and nxt[0] == "," and nxt[2] == "or")


def _outcome_before(tokens: list[Token], i: int) -> tuple[str, Token] | None:
    """The outcome a victim phrase starting at token i is the object of ("killing 12", "the deaths of 5")."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    lemma = prev.lemma_.lower()
    if prev.tag_ == "VB" and prev.head.lemma_.lower() in _UNREALISED:
        return None  # "attempted to assassinate a man": nobody died
    if lemma in _CAPTURE_LEMMAS and i >= 3 and tokens[i - 2].lower_ == "or" and tokens[i - 3].lemma_.lower() in KILL_LEMMAS:
        return "killed", tokens[i - 3]  # "killed or captured an unknown number of militants"
    if _alleged(prev):
        return None
    if prev.lower_ == "dead" and i >= 2 and tokens[i - 2].lemma_.lower() in TO_DEATH_LEMMAS:
        # "shot dead two colleagues": active, unless passive ("were shot dead three days ago")
        shot = tokens[i - 2]
        if _alleged(shot):
            return None
        if not any(c.dep_ == "auxpass" for c in shot.children) and not (i >= 3 and tokens[i - 3].lower_ in ("was", "were", "been", "be")):
            return "killed", shot
    if prev.lower_ == "death" and i >= 3 and tokens[i - 2].lower_ == "to" and (
            tokens[i - 3].tag_ in ("VBD", "VBG", "VBZ", "VBP", "VB")
            or tokens[i - 3].tag_ == "VBN" and i >= 4 and tokens[i - 4].lower_ in ("has", "have", "had")):
        # "hacked to death four men": active, any verb that ends in death
        verb = tokens[i - 3]
        if not any(c.dep_ == "auxpass" for c in verb.children) and not (i >= 4 and tokens[i - 4].lower_ in ("was", "were", "been", "be")):
            return "killed", verb
    setter = i - 2 if prev.lower_ in ("alight", "ablaze") else i - 3
    if setter >= 0 and _set_alight(tokens, setter) and _victims_are_people(tokens, i) \
            and not any(c.dep_ == "auxpass" for c in tokens[setter].children):
        return "killed", tokens[setter]  # "a mob set alight four suspects"
    if prev.text in (":", "=") and i >= 2 and tokens[i - 2].lower_ in ("fatalities", "fatality", "deaths", "dead", "killed"):
        return "killed", tokens[i - 2]  # "Fatalities: 1 civilian"
    if prev.lower_ == "down" and i >= 2 and _fatally(tokens[i - 2]) and tokens[i - 2].tag_ != "VBN":
        return "killed", tokens[i - 2]  # "gunmen gunned down two traders"
    if _fatally(prev) and prev.tag_ in ("VBD", "VBG", "VBZ", "VBP", "VB"):
        if not any(c.dep_ == "auxpass" for c in prev.children):
            return "killed", prev
    if i >= 3 and tokens[i - 2].lower_ == "and" and prev.pos_ == "VERB" and tokens[i - 3].lemma_.lower() in KILL_LEMMAS \
            and tokens[i - 3].tag_ in ("VBD", "VBG", "VBZ", "VBP") and prev.tag_ == tokens[i - 3].tag_ \
            and lemma not in KILL_LEMMAS | INJURE_LEMMAS | _TAKEN_LEMMAS | _CAPTURE_LEMMAS | {"abduct", "kidnap"} \
            and not any(c.dep_ == "auxpass" for c in tokens[i - 3].children):
        return "killed", tokens[i - 3]  # "a mob lynched and burned three men": the object of both verbs
    if lemma in KILL_LEMMAS | INJURE_LEMMAS and prev.tag_ in ("VBD", "VBG", "VBZ", "VBP", "VB", "VBN"):
        if prev.lower_ == "killing" and any(t.lower_ in ("following", "after") for t in tokens[max(0, i - 4) : i - 1]):
            return None  # "protests following the killing several people": a death that came before
        if not any(c.dep_ == "auxpass" for c in prev.children) and not (i >= 2 and tokens[i - 2].lower_ in ("was", "were", "been")):
            return ("killed" if lemma in KILL_LEMMAS else "injured"), prev
    if prev.lower_ == "of" and i >= 2:
        noun = tokens[i - 2]
        if noun.lemma_.lower() in ("death", "killing", "life", "murder", "execution", "massacre"):
            governor = noun.head.head if noun.head.dep_ in ("prep", "agent") else noun.head
            modifiers = {c.lemma_.lower() for c in governor.children if c.dep_ in ("compound", "amod")}
            if governor.lemma_.lower() in _ABOUT_A_DEATH or noun.head.lemma_.lower() in _ABOUT_A_DEATH \
                    or modifiers & _ABOUT_A_DEATH:
                return None  # "protest the death of a student": a death, not this event's
            return "killed", noun
        if noun.lemma_.lower() in ("injury", "wounding"):
            return "injured", noun
        if noun.lower_ == "throat" and noun.head.lemma_.lower() in ("slit", "cut", "slash"):
            return "killed", noun.head  # "slit the throat of a trader"
        if (noun.lemma_.lower() in _BODY_NOUNS or noun.lower_ in ("bodies", "corpses")) and noun.head.lemma_.lower() in _FIND_LEMMAS:
            return "killed", noun.head  # "the bodies of two herders were found"
    if prev.lower_ in ("to", "at", "of", "from") and i >= 2:
        told = _toll_subject(prev)
        if told is not None:
            return "killed", told  # "the death toll in the attack has risen to 11"
    if prev.lower_ == "of" and i >= 4 and tokens[i - 2].lemma_.lower() == "estimate" and tokens[i - 3].text == ":" \
            and tokens[i - 4].lower_.lstrip("-") in ("fatalities", "deaths", "killed", "dead"):
        return "killed", tokens[i - 4]  # "FATALITIES: Estimate of 3 people"
    window = tokens[max(0, i - 5) : i]
    for k, t in enumerate(window):
        if t.lower_ == "toll" and k > 0 and window[k - 1].lower_ in ("death", "fatality"):
            return "killed", t
    if prev.lower_ in ("from", "at", "to") and any(t.lemma_.lower() in _TOLL_VERBS for t in window):
        # "reports on fatalities range from 2 to 4", "deaths rose to 9"
        for t in window:
            if t.lemma_.lower() in ("fatality", "death", "toll") and t.pos_ == "NOUN":
                return "killed", t
    return None


_RISE_LEMMAS = {"rise", "raise", "climb", "increase", "jump", "grow", "revise", "update", "reach", "hit", "stand", "put"}
_TALLY_NOUNS = {"toll", "total", "tally", "number", "figure", "count"}
_DEAD_WORDS = {"death", "deaths", "dead", "killed", "fatality", "fatalities"}


def _toll_subject(prep: Token) -> Token | None:
    """The noun of a death toll whose verb ``prep`` ("to", "at") hangs on: "the death toll has risen to 11",
    "the death total was raised from 1 to 4", "the number of people killed rose to 7"."""
    verb = prep.head
    while verb.pos_ == "ADP" and verb.head.i != verb.i:
        verb = verb.head  # "from 1 to 4": "to" hangs on "from"
    if verb.lemma_.lower() not in _RISE_LEMMAS | _TOLL_VERBS:
        return None
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        lemma = subj.lemma_.lower()
        if lemma in ("death", "fatality"):
            return subj  # "deaths rose to 9"
        if lemma in _TALLY_NOUNS and any(t.lower_ in _DEAD_WORDS for t in subj.subtree if t.i != subj.i):
            return subj
    return None


def _revised_from(tokens: list[Token], i: int) -> bool:
    """ "the death total was raised from 1 to 4": the figure after "from" is the one revised away."""
    return i > 0 and tokens[i - 1].lower_ == "from" and _toll_subject(tokens[i - 1]) is not None


def _outcome_of_noun(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in ("death", "fatality", "dead"):
        return "killed"
    if lemma in ("injury",):
        return "injured"
    return None


def _headline_participle(tokens: list[Token], j: int) -> tuple[str, Token] | None:
    """ "Trader linked with a cattle cartel killed in gunfight": in a headline that opens on a bare person,
    the killing participle after a phrase that only says who the person was is what befell them."""
    for k in range(j, min(j + 10, len(tokens))):
        tok = tokens[k]
        if tok.is_punct or tok.lower_ in ("who", "that", "which", "and"):
            return None
        if tok.lemma_.lower() in KILL_LEMMAS and tok.tag_ == "VBN" and k > j:
            if any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass") for c in tok.children) or _negated(tok):
                return None
            return "killed", tok
    return None


def _outcome_by_parse(head: Token) -> tuple[str, Token] | None:
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ in ("nsubjpass", "nsubj") and (lemma in KILL_LEMMAS | INJURE_LEMMAS) and verb.tag_ == "VBN" and not (
            head.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)):
        # (a "VBN" with an object is a mis-tagged active verb: "two men executed two others")
        return ("killed" if lemma in KILL_LEMMAS else "injured"), verb
    if head.dep_ == "nsubj" and lemma in DIE_LEMMAS:
        return "killed", verb
    for c in head.children:
        # "Muslim cleric linked with a militia killed in shoot-out": a participle said of the victim, past
        # another one the parser hung on it first
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i + 1 and c.lemma_.lower() in KILL_LEMMAS \
                and not _negated(c) and not any(g.dep_ == "dobj" for g in c.children):
            return "killed", c
    if head.dep_ == "nsubjpass" and lemma in TO_DEATH_LEMMAS and _to_death(verb):
        return "killed", verb
    if head.dep_ in ("nsubjpass", "nsubj") and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in verb.children))):
        # "was abducted and later killed", "dragged from his car and killed", "shot, hacked and beheaded"
        for c in _conjuncts(verb):
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            if c.dep_ == "conj" and c.tag_ == "VBN" and c.lemma_.lower() in KILL_LEMMAS and not _negated(c) and not own_subject:
                return "killed", c
            if c.dep_ == "conj" and c.lemma_.lower() in DIE_LEMMAS and not _negated(c) and not own_subject:
                return "killed", c  # "was caught in the crossfire and died"
    if (head.lemma_.lower() in _BODY_NOUNS or head.lower_ in ("bodies", "corpses")) and head.dep_ in ("nsubjpass", "nsubj", "dobj") and lemma in _FIND_LEMMAS:
        return "killed", verb  # "five corpses were discovered", "herders discovered four bodies"
    return None


def _conjuncts(verb: Token) -> list[Token]:
    """The verbs conjoined to ``verb``, following a list ("shot, hacked and beheaded") to its end."""
    out: list[Token] = []
    def joined(v: Token) -> list[Token]:
        # ("robbed, stabbed and beheaded": the parser may make the middle verb an advcl)
        return [c for c in v.children if c.dep_ == "conj" or (
            c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > 0 and c.doc[c.i - 1].text == ",")]

    todo = joined(verb)
    while todo and len(out) < 6:
        c = todo.pop(0)
        out.append(c)
        todo.extend(joined(c))
    return out


def _to_death(verb: Token) -> bool:
    """ "shot dead", "beaten to death": the verb carries its outcome."""
    doc = verb.doc
    after = [t.lower_ for t in doc[verb.i + 1 : min(verb.i + 3, len(doc))]]
    # the parser hangs "dead" on the victim as often as on the verb, so read the words themselves
    return after[:1] == ["dead"] or after[:2] == ["to", "death"]


# A killing told as what a mishap did ("collided with a motorcycle, killing two", "the roof collapsed
# killing eight pupils"): not conflict deaths. (Not "crash": a bomber crashes a car into a convoy.)
_MISHAP_VERBS = {"collapse", "collide", "capsize", "overturn", "derail", "cave"}
_MISHAP_NOUNS = {"accident", "collision", "collapse"}


# "knocked down and killed by a vehicle": a road death, not a conflict one
_ROAD_VEHICLES = {"vehicle", "car", "truck", "lorry", "bus", "train", "matatu", "motorbike", "motorcycle", "tractor"}


def _run_over(anchor: Token) -> bool:
    # ("knocked down and killed by a car": the agent may hang on either conjoined verb)
    verbs = [anchor] + ([anchor.head] if anchor.dep_ == "conj" else []) + [c for c in anchor.children if c.dep_ == "conj"]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and objs[0].lemma_.lower() in _ROAD_VEHICLES and not any(
                    g.lower_ in ("bomb", "bomber", "borne", "suicide") for g in objs[0].subtree):
                return True
    return False


def _mishap(anchor: Token) -> bool:
    if _run_over(anchor):
        return True
    if anchor.dep_ in ("advcl", "xcomp") and anchor.tag_ == "VBG":
        head = anchor.head
        if head.lemma_.lower() in _MISHAP_VERBS:
            return True
        return any(t.lower_ in _MISHAP_NOUNS for c in head.children if c.dep_ == "prep" for t in c.subtree)
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.lemma_.lower() in _MISHAP_NOUNS for g in c.children)
           for c in anchor.children):
        return True  # "a driver who killed a rider in a recent accident"
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _MISHAP_NOUNS for c in anchor.children)


def _non_violent_cause(anchor: Token) -> bool:
    """ "died of coronavirus", "dead due to illness": the cause named right after the outcome."""
    doc = anchor.doc
    if _mishap(anchor):
        return True
    window = doc[anchor.i + 1 : min(anchor.i + 6, anchor.sent.end)]
    words = [t.lower_ for t in window]
    if not words or words[0] not in ("of", "from", "due", "after", "because", "in"):
        return False
    return any(w in _NON_VIOLENT_CAUSES for w in words)


def _report(outcome: str, anchor: Token, chain: list[Victims]) -> Report:
    lows = [v.count.low for v in chain]
    highs = [v.count.high for v in chain]
    best = sum(v.count.best or 0 for v in chain)
    doc = anchor.doc
    start = min(doc[chain[0].start].idx, anchor.idx)
    last = doc[chain[-1].end - 1]
    end = max(last.idx + len(last.text), anchor.idx + len(anchor.text))
    groups = [
        {
            "text": v.group,
            "count": v.count.best,
            "kind": "attackers" if v.attacker else (group_kind(v.head) if v.group else None),
        }
        for v in chain
    ]
    return Report(
        outcome,
        sum(lows) if None not in lows else None,  # type: ignore[arg-type]
        best,
        sum(highs) if None not in highs else None,  # type: ignore[arg-type]
        groups,
        anchor,
        start,
        end,
        # (only one victim: "the three attackers were shot dead" may be a new toll of people told before)
        definite=all(doc[v.start].lower_ in ("the", "this", "that", "his", "her") and v.count.best == 1 for v in chain),
    )


def _owned_body(report: Report) -> bool:
    """ "his body was found": one dead, named by a possessive (someone told of elsewhere in the text)."""
    doc = report.anchor.doc if report.anchor is not None else None
    if doc is None or report.best != 1:
        return False
    span = doc.char_span(report.start_char, report.end_char, alignment_mode="expand")
    return span is not None and len(span) > 1 and span[0].lower_ in ("his", "her") and span[1].lemma_.lower() in _BODY_NOUNS


def _other_side_after_subset(chain: list[Victims], reports: list[Report]) -> list[Report]:
    """ "21 militants including 2 commanders and 4 soldiers were killed": after the part of the total,
    victims of another side are not part of it (a commander is a militant, a soldier is not)."""
    if len(chain) < 2 or not reports or reports[-1].outcome != "killed" or reports[-1].anchor is None:
        return []
    total = reports[-1]
    kinds = {g["kind"] for g in total.groups}
    if None in kinds or not kinds:
        return []
    doc = total.anchor.doc
    # (a counted side only: "including a commander and his driver" is the commander's party)
    others = [v for v in chain[1:] if v.group and group_kind(v.head) not in (None, *kinds)
              and is_number_word(doc[v.count.end - 1])]
    if not others or others != chain[len(chain) - len(others):]:
        return []
    if total.best is not None and sum(v.count.best or 0 for v in chain) == total.best:
        return []  # "killed three residents including one member of X and two of Y": the three, broken down
    return [_report(total.outcome, total.anchor, others)]


_THE_DEAD = {"dead", "deceased", "killed", "fatalities", "slain"}


def _among_the_dead(tokens: list[Token], victims: Victims) -> bool:
    """ "one of the dead", "two of those killed": a part of the dead, not more of them."""
    k = victims.count.end
    if victims.head.i >= k and victims.head.lower_ not in _THE_DEAD:
        return False
    words = [t.lower_ for t in tokens[k : k + 3]]
    return words[:1] == ["of"] and len(words) == 3 and words[1] in ("the", "those") and words[2] in _THE_DEAD


def _reflexive(tokens: list[Token], i: int) -> Victims | None:
    tok = tokens[i]
    if tok.lower_ in ("himself", "herself"):
        return Victims(Count(1, 1, 1, i, i + 1), tok, i, i + 1, tok.text, attacker=True)
    return None


def _headline_victim(tokens: list[Token], i: int, start: int) -> Victims | None:
    """ "Woman killed on her farm", "Chief shot dead": a headline's bare singular subject is one person."""
    tok = tokens[i]
    clause_start = i > start and tokens[i - 1].text in (";", ":", "-", "–")
    # "Aid workers kidnapped and local driver killed in attack": a headline's second clause
    after_and = i > start and tokens[i - 1].lower_ == "and" and tok.tag_ in ("JJ", "NN", "NNP") \
        and tokens[i - 2].tag_ in ("VBN", "VBD")
    if not (i == start and tok.text[:1].isupper() or clause_start or after_and):
        return None
    head = tok
    # "Health worker assassinated", "MPs bodyguard shot": modifiers before the head noun
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.i < head.head.i <= i + 3:
        head = head.head
    k = i
    while head is tok and k + 1 < len(tokens) and k - i < 3 and tokens[k].pos_ in ("NOUN", "PROPN", "ADJ", "PART"):
        # the small model often leaves a headline's modifiers unattached: the noun before the verb is the head
        k += 1
        if tokens[k].tag_ == "NN" and k + 1 < len(tokens) and tokens[k + 1].tag_ in ("VBN", "VBD"):
            head = tokens[k]
    if not (head.tag_ == "NN" and _is_person_noun(head) or _capitalised_person(head)):
        return None
    end = head.i + 1
    if end + 1 < len(tokens) and tokens[end].lower_ == "and" and tokens[end + 1].dep_ == "conj" \
            and tokens[end + 1].head.i == head.i and tokens[end + 1].tag_ == "NN" and _is_person_noun(tokens[end + 1]):
        # "Matatu driver and conductor killed on bus": two bare singular people
        return Victims(Count(2, 2, 2, i, end + 2), tokens[end + 1], i, end + 2, tokens[i].doc[i : end + 2].text)
    if after_and and not (head.i + 1 < len(tokens) and tokens[head.i + 1].tag_ == "VBN"
                          and tokens[head.i + 1].lemma_.lower() in KILL_LEMMAS):
        return None
    return Victims(Count(1, 1, 1, i, head.i + 1), head, i, head.i + 1, tokens[i].doc[i : head.i + 1].text)


def _subject_victim(tokens: list[Token], i: int) -> Victims | None:
    """ "he was killed" / "she died": one person."""
    tok = tokens[i]
    if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        return Victims(Count(1, 1, 1, i, i + 1), tok, i, i + 1, tok.text)
    if tok.lower_ in ("him", "her") and i > 0 and tokens[i - 1].lemma_.lower() == "leave" and i + 1 < len(tokens) \
            and tokens[i + 1].lower_ in ("dead", "killed"):
        return Victims(Count(1, 1, 1, i, i + 1), tok, i, i + 1, tok.text)  # "leaving him dead"
    return None


def sentence_reports(sent: SpacySpan, doc_tokens: list[Token] | None = None) -> list[Report]:
    """Every killed/injured figure in one sentence (``doc_tokens``: the document's tokens, made once)."""
    # Absolute token indices throughout; the list stops at the sentence end so look-ahead stays inside it.
    tokens = (doc_tokens if doc_tokens is not None else list(sent.doc))[: sent.end]
    reports: list[Report] = []
    i = sent.start
    while i < len(tokens):
        victims = _victims_at(tokens, i) or _reflexive(tokens, i) or _subject_victim(tokens, i) or _headline_victim(tokens, i, sent.start)
        if victims is None:
            i += 1
            continue
        if _revised_from(tokens, victims.start) and victims.count.high is not None \
                and victims.count.best is not None and victims.count.high > victims.count.best:
            high = victims.count.high
            victims.count = Count(high, high, high, victims.count.start, victims.count.end)
        chain = _chain(tokens, victims)
        end = chain[-1].end
        if i > sent.start and tokens[i - 1].lower_ in _SUBSET_CUES and _labelled(tokens, victims.start, sent.start) is None:
            reports.extend(_other_side_after_subset(chain, reports))
            i = max(end, _subset_end(tokens, tokens[i - 1]))  # "including 3 children": part of a figure already counted
            continue
        if _among_the_dead(tokens, victims):
            i = end  # "at least one of the dead was shot by police": some of a toll told already
            continue
        found = _outcome_before(tokens, victims.start) if victims.start > sent.start else None
        if found is not None and found[0] == "injured" and (died := _who_died(tokens, end)) is not None:
            found = ("killed", died)  # "wounded a guard, who later died"
        before = tokens[victims.start - 1].lower_ if victims.start - 1 > sent.start else ""
        if found is None and (before == "all" or before == "the" and (victims.head is tokens[victims.count.end - 1]
                                                                       or victims.head.i > victims.count.end - 1)):
            # "killed the three", "killed all five": a bare number after its determiner
            found = _outcome_before(tokens, victims.start - 1)
        if found is None:
            found = _outcome_after(tokens, end)
            last = chain[-1].head
            if found is not None and found[1].pos_ in ("VERB", "AUX") and last.dep_ in ("dobj", "attr") \
                    and last.head.pos_ in ("VERB", "AUX") and last.head.lemma_.lower() != "leave" \
                    and not (found[1].dep_ in ("acl", "relcl") and found[1].head.i == last.i):
                # ("left one killed and 8 injured" is an outcome: the object is the victim)
                # an object is not the subject of the verb after it ("accused of killing 3 people was lynched")
                found = None
        # "25 rebel fighters and 6 military fatalities": a list that ends in a count of the dead
        noun_outcome = _outcome_of_noun(chain[-1].head) if len(chain) == 1 or chain[-1].head.lemma_.lower() == "fatality" else None
        if found is None and noun_outcome is not None:
            found = (noun_outcome, victims.head)
        if found is None:
            found = _outcome_by_parse(chain[0].head)
        if found is None and victims.start == sent.start and victims.count.best == 1 \
                and tokens[victims.start].lower_ not in ("a", "an", "the", "one"):
            found = _headline_participle(tokens, end)
        if found is None and [t.lower_ for t in tokens[end : end + 2]] == ["to", "death"] \
                and chain[-1].head.dep_ == "dobj" and chain[-1].head.head.pos_ == "VERB":
            found = ("killed", chain[-1].head.head)  # "beat up two men to death"
        if found is None and (victims.head.lemma_.lower() in _BODY_NOUNS or victims.head.lower_ in ("bodies", "corpses")
                              or _human_head(victims.head)):
            found = _found_after(tokens, end)  # "15 bodies found after the clashes"
        if found is None and victims.start - 2 > sent.start and tokens[victims.start - 1].lower_ == "of" and (
                tokens[victims.start - 2].lemma_.lower() in _BODY_NOUNS or tokens[victims.start - 2].lower_ in ("bodies", "corpses")):
            found = _found_after(tokens, end)  # "the body of a woman was found" (however the parser hangs it)
        if found is None and victims.head.lower_ == "others" and tokens[victims.start - 1].lower_ == "and" and reports \
                and reports[-1].anchor is not None and reports[-1].end_char <= tokens[victims.start].idx \
                and not _own_verb_after(tokens, end):
            # "executed four men in one village and five others at the mine": the same outcome
            found = (reports[-1].outcome, reports[-1].anchor)
        if found is None and reports and [t.lower_ for t in tokens[max(sent.start, victims.start - 3) : victims.start]] \
                == ["in", "addition", "to"] and reports[-1].anchor is not None and reports[-1].end_char <= tokens[victims.start].idx:
            found = (reports[-1].outcome, reports[-1].anchor)  # "ten were killed in addition to one fighter"
        if found is None and victims.head is tokens[victims.count.end - 1] and any(r.outcome == "killed" for r in reports) \
                and tokens[i - 1].text in (",", "and"):
            # "11 raiders confirmed dead, 20 later found in the bush": more dead of the same figure
            found = _found_alive_or_dead(tokens, end)
        if found is None and not any(r.outcome == "killed" for r in reports):
            found = _labelled(tokens, victims.start, sent.start)
        if found is not None and found[0] == "injured" and victims.count.unspecified:
            found = _killed_and_injured(found[1]) or found
        if found is not None and found[0] == "killed" and _or_captured(found[1]) and chain[0].count.best is not None \
                and (found[1].i < victims.start or any(c.dep_ == "auxpass" for c in found[1].children)):
            # "24 militants were either killed or captured": ACLED's train rows code half (and an unknown
            # number its 10), so the figure is halved; "killed or wounded" stays unknown
            if not chain[0].count.unspecified:
                half = chain[0].count.best // 2
                chain = [Victims(Count(half, half, half, chain[0].count.start, chain[0].count.end), chain[0].head,
                                 chain[0].start, chain[0].end, chain[0].group)]
        elif found is not None and _alternatives(found[1]):
            found = None  # "killed, injured or captured": no count of the dead
        if found is not None and found[0] == "killed" and _non_violent_cause(found[1]):
            found = None
        if found is not None and not (victims.attacker and found[1].lemma_.lower() not in KILL_LEMMAS):
            outcome, anchor = found
            for v in chain:
                if v.group and _outcome_of_noun(v.head):
                    v.group = None
            report = _report(outcome, anchor, chain)
            extra = _companions(anchor) if outcome == "killed" and anchor.idx >= report.start_char else 0
            if extra and report.best is not None:
                # "the activist was killed along with his coordinator": one more victim
                report.best += extra
                report.low = report.low + extra if report.low is not None else None
                report.high = report.high + extra if report.high is not None else None
            reports.append(report)
        i = max(end, i + 1)
    if any(not _owned_body(r) for r in reports if r.outcome == "killed"):
        # "a trader was killed and his body was found": the body is the victim told in the sentence
        reports = [r for r in reports if not _owned_body(r)]
    reports.extend(_suicide_blasts(tokens, sent.start, reports))
    reports.extend(_uncounted_deaths(sent, reports))
    reports.extend(_caused_death(sent, reports))
    reports.extend(_glued_tally(sent, reports))
    reports.extend(_bare_victims(sent, reports))
    reports.extend(_bare_subjects(sent, reports))
    reports = [r for r in reports if not (r.outcome == "killed" and r.anchor is not None and _near_miss(r.anchor))]
    return _one_per_anchor(reports)


_NEAR_MISS = {"nearly", "almost", "narrowly"}


def _near_miss(anchor: Token) -> bool:
    """ "a mob nearly lynched a pickpocket", "was almost killed": the victim lived. (A qualifier of the
    figure, "nearly 20 were killed", stands before the number, not right before the verb.)"""
    doc = anchor.doc
    return anchor.i > anchor.sent.start and doc[anchor.i - 1].lower_ in _NEAR_MISS


def _subset_end(tokens: list[Token], cue: Token) -> int:
    """The end of the whole list a subset cue governs ("including an aid worker, a driver and a nurse"),
    so that its last item is not read as more dead; 0 when the parse runs on into the outcome."""
    edge = cue.right_edge.i + 1
    if edge > len(tokens) or any(t.lemma_.lower() in KILL_LEMMAS | DIE_LEMMAS | INJURE_LEMMAS or t.lower_ == "dead"
                                 for t in tokens[cue.i + 1 : edge]):
        return 0
    return edge


def _one_per_anchor(reports: list[Report]) -> list[Report]:
    """ "Police repulse attack by a militia; seven raiders were killed": one verb has one set of victims,
    so a phrase read as its subject that spans another reading of the same verb is a misparse."""
    out = []
    for r in reports:
        # (only a one-person reading: "15 militants including 3 commanders and 2 soldiers" shares its verb)
        if r.best == 1 and len(r.groups) == 1 and any(o is not r and o.anchor is not None and r.anchor is not None and o.anchor.i == r.anchor.i
               and o.outcome == r.outcome and r.start_char <= o.start_char
               and o.end_char <= r.end_char and (o.start_char, o.end_char) != (r.start_char, r.end_char) for o in reports):
            continue
        out.append(r)
    return out


_GLUED_TALLY = re.compile(r"(?:fatalities|deaths|killed|dead)[:=](\d+)$", re.IGNORECASE)


def _glued_tally(sent: SpacySpan, found: list[Report]) -> list[Report]:
    """ "FATALITIES:17": a coder's tally the tokenizer keeps as one word."""
    if any(r.outcome == "killed" for r in found):
        return []
    for tok in sent:
        m = _GLUED_TALLY.match(tok.text)
        if m:
            n = int(m.group(1))
            return [Report("killed", n, n, n, [], tok, tok.idx, tok.idx + len(tok.text))]
    return []


# Verbs (and "with") that report deaths as a noun: "incurring fatalities", "resulting in deaths".
_INCUR = {"incur", "cause", "inflict", "suffer", "sustain", "result", "with", "leave"}


def _uncounted_deaths(sent: SpacySpan, found: list[Report]) -> list[Report]:
    """ "clashed on the front, incurring fatalities": deaths reported without a figure are ACLED's
    unknown toll (its notes: "Unclear fatalities coded as 10"), best only, like "several killed"."""
    covered = [(r.start_char, r.end_char) for r in found]
    out: list[Report] = []
    for tok in sent:
        if tok.lower_ not in ("fatalities", "deaths") or any(s <= tok.idx < e for s, e in covered):
            continue
        if any(c.dep_ in ("nummod", "det", "neg", "quantmod") or c.like_num for c in tok.children):
            continue  # "10 fatalities", "no deaths", "the deaths of": counted or told elsewhere
        governor = tok.head.head if tok.head.dep_ == "prep" and tok.head.lower_ == "in" else tok.head
        if governor.lemma_.lower() not in _INCUR or _non_violent_cause(tok) or _negated(governor):
            continue
        out.append(Report("killed", None, UNSPECIFIED, None, [], tok, tok.idx, tok.idx + len(tok.text)))
    return out


_LED_TO = {"result", "lead", "cause"}


def _caused_death(sent: SpacySpan, found: list[Report]) -> list[Report]:
    """ "shot a civilian, resulting in his death": one death told by a possessive, when no figure of the
    dead was read in the sentence."""
    if any(r.outcome == "killed" for r in found):
        return []
    for tok in sent:
        if tok.lower_ != "death" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
            continue
        governor = tok.head.head if tok.head.dep_ in ("prep", "dative") else tok.head
        if governor.lemma_.lower() not in _LED_TO or _negated(governor):
            continue
        start = min(governor.idx, tok.idx)
        return [Report("killed", 1, 1, 1, [], tok, start, tok.idx + len(tok.text))]
    return []


def _object_to_death(verb: Token) -> bool:
    """ "stoned a suspected thief to death", "before shooting him dead": the object sits between the verb
    and its outcome."""
    outcome = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                  for c in verb.children) or any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod") and c.i > verb.i + 1 for c in verb.children)
    return outcome and any(c.dep_ == "dobj" for c in verb.children)


def _headline_kill(tok: Token) -> bool:
    """ "Residents lynch a man": a killing verb the small model tags as a noun, recognisable because a
    noun phrase cannot continue with "a"/"an" straight after its head."""
    doc = tok.doc
    if tok.tag_ != "NN" or not 0 < tok.i < len(doc) - 2:
        return False
    if tok.lower_ in TO_DEATH_LEMMAS and [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]] in (["to", "death", "a"], ["to", "death", "an"]):
        return True  # "members of the military beat to death a worker"
    return tok.lower_ in KILL_LEMMAS and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and doc[tok.i + 1].lower_ in ("a", "an")


def _headline_report(tok: Token) -> list[Report]:
    doc = tok.doc
    skip = 2 if doc[tok.i + 1].lower_ == "to" else 0  # "beat to death a worker"
    victim = next((t for t in doc[tok.i + 2 + skip : tok.i + 5 + skip] if t.pos_ == "NOUN"), None)
    if victim is None or victim.tag_ != "NN" or not _is_person_noun(victim):
        return []
    return [Report("killed", 1, 1, 1, [{"text": victim.text, "count": 1, "kind": group_kind(victim)}], tok,
                   tok.idx, victim.idx + len(victim.text))]


def _companions(tok: Token) -> int:
    """ "shot dead along with another man", "killed together with his driver": one more victim."""
    extra = 0
    for c in tok.subtree:
        if c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("along", "together"):
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if not objs:
                continue
            extra += _companion_count(objs[0], False)
            # "along with two bodyguards and a cook": each companion phrase, counted or singular
            extra += sum(_companion_count(g, _is_person_noun(objs[0])) for g in objs[0].conjuncts if g.i > objs[0].i)
    return extra


def _companion_count(obj: Token, listed: bool) -> int:
    """People in one phrase after "along with"; ``listed``: it follows a person, so any "a <noun>" is one."""
    nums = [c for c in obj.children if c.dep_ == "nummod"]
    if nums and _is_person_noun(obj):
        count = read_count(list(obj.doc), nums[0].i)
        return count.best if count is not None and count.best is not None and not count.unspecified else 0
    one = listed and obj.tag_ == "NN" and obj.lemma_.lower() not in _NOT_VICTIMS | _BODY_NOUNS and any(
        c.lower_ in ("a", "an", "his", "her", "their") for c in obj.children)
    return 1 if obj.tag_ == "NN" and _is_person_noun(obj) or one else 0


def _bare_subjects(sent: SpacySpan, found: list[Report]) -> list[Report]:
    """One named or singular victim as the subject of a passive killing: "Reporter Jane Roe was killed",
    "the chief's son was shot dead". Counts, pronouns and "a/the <person>" are read elsewhere."""
    taken = {r.anchor.i for r in found if r.anchor is not None}
    covered = [(r.start_char, r.end_char) for r in found]
    out: list[Report] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        passive_kill = lemma in KILL_LEMMAS and tok.tag_ == "VBN"
        shot_dead = (lemma in TO_DEATH_LEMMAS and tok.tag_ in ("VBN", "VBD") and _to_death(tok)) or (
            _fatally(tok) and tok.tag_ == "VBN")
        # "Mr X, an investigator, was found dead": a body found is a death
        found_dead = tok.lower_ in ("found", "discovered") and tok.tag_ == "VBN" and any(
            c.lower_ in _FOUND_OUTCOMES and c.dep_ in ("oprd", "acomp", "xcomp", "advcl", "amod", "dobj") for c in tok.children)
        # "the corpse was found near the village": one body found is one death
        body_found = tok.lemma_.lower() in _FIND_LEMMAS | {"find"} and tok.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and c.tag_ == "NN" and c.lemma_.lower() in _BODY_NOUNS
            and not any(g.lower_ == "of" or g.dep_ == "poss" for g in c.children) for c in tok.children) and not any(
            r.outcome == "killed" for r in found)  # ("a person was killed and his body was found": the same death)
        if not (passive_kill or shot_dead or found_dead or body_found) or tok.i in taken or _negated(tok) or _alternatives(tok) \
                or _mishap(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subjects and tok.dep_ == "conj" and tok.head.tag_ == "VBN":
            # "the secretary's driver was shot and killed": the subject hangs on the first verb
            subjects = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if not subjects and found_dead and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "auxpass" for c in tok.children):
            # "a ranger went missing and was found murdered": the subject of the first verb
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and passive_kill and lemma in _ONLY_PEOPLE_KILLED and not any(r.outcome == "killed" for r in found + out) \
                and any(c.dep_ == "auxpass" and c.lower_ == "was" for c in tok.children) and tok.i >= 2 \
                and tok.doc[tok.i - 2].text == "," and not any(s <= tok.idx < e for s, e in covered):
            # "Amadou X, a village councilman, was murdered ...": the parser lost the subject to the apposition
            # before it; "was" still says one person
            was = tok.doc[tok.i - 1]
            out.append(Report("killed", 1, 1, 1, [], tok, was.idx, tok.idx + len(tok.text)))
            continue
        if not subjects or any(s <= subjects[0].idx < e or s <= tok.idx < e for s, e in covered):
            continue
        subj = subjects[0]
        if subj.tag_ not in ("NN", "NNP") or any(c.dep_ in ("nummod", "conj") for c in subj.children):
            continue
        if subj.tag_ == "NNP" and subj.ent_type_ != "PERSON":
            continue
        named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
        if subj.tag_ == "NN" and not (_is_person_noun(subj) or found_dead and named or body_found):
            continue
        n = 1 + _companions(tok)
        s, e = common.np_span(subj)
        doc = tok.doc
        start, end = min(doc[s].idx, tok.idx), max(doc[e - 1].idx + len(doc[e - 1].text), tok.idx + len(tok.text))
        out.append(Report("killed", n, n, n, [{"text": doc[s:e].text, "count": 1, "kind": group_kind(subj)}], tok, start, end))
    return out


def _bare_victims(sent: SpacySpan, found: list[Report]) -> list[Report]:
    """One named or bare victim of an active killing: "kills man", "shot dead suspected leader",
    "killed Jane Roe". A plural without a number ("killing civilians") stays unknown."""
    taken = {r.anchor.i for r in found if r.anchor is not None}
    covered = [(r.start_char, r.end_char) for r in found]
    out: list[Report] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        active_kill = lemma in KILL_LEMMAS and tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VB")
        shot_dead = lemma in TO_DEATH_LEMMAS and tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VB", "VBN") and (
            _to_death(tok) or _object_to_death(tok)) or (_fatally(tok) and tok.tag_ != "VBN") or _burned_alive(tok)
        if _headline_kill(tok) and tok.i not in taken:
            out.extend(_headline_report(tok))
            continue
        if not (active_kill or shot_dead) or tok.i in taken or _negated(tok) or _unrealised(tok) or _alleged(tok) \
                or _mishap(tok):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for c in tok.children if c.lower_ == "dead" for g in c.children if g.dep_ == "dobj"]
        if shot_dead and not objs:
            objs = _phrase_after_dead(tok)
        if not objs:
            # "killing and robbing him": one object shared by the conjoined verbs
            objs = [g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    for g in c.children if g.dep_ == "dobj" and g.lower_ in ("him", "her")]
        obj = objs[0] if objs else None
        if obj is None or any(s <= obj.idx < e for s, e in covered):
            continue
        if obj.lower_ in ("who", "whom") and tok.dep_ == "relcl":
            obj = tok.head  # "a suspect who the mob lynched to death": the noun the clause is about
        if obj.lower_ == "them":
            # "captured two bandits and killed them": the number of the first verb's object
            out.extend(_their_count(tok))
            continue
        if any(c.dep_ == "nummod" or c.lower_ in ("no", "several", "many", "some", "any") for c in obj.children):
            continue
        person = obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN"
        singular = (obj.tag_ == "NN" or _mistagged_person(obj)) and obj.lemma_.lower() not in _BODY_NOUNS and (
            _is_person_noun(obj) or (shot_dead and obj.lemma_.lower() not in _NOT_VICTIMS)
        )
        if obj.lower_ in ("him", "her"):
            singular = True
        # ("kills an officer and injures a medic": a verb conjoined to the object is not another victim)
        conjs = [c for c in obj.children if c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")]
        others = _and_others(conjs)
        if not (person or singular) or (conjs and others is None):
            continue
        s, e = common.np_span(obj)
        doc = tok.doc
        while s < obj.i and doc[s].lower_ == "dead":
            s += 1
        start = min(tok.idx, doc[s].idx)
        end = max(doc[e - 1].idx + len(doc[e - 1].text), tok.idx + len(tok.text))
        group = doc[s:e].text
        groups = [{"text": group, "count": 1, "kind": group_kind(obj)}]
        low = best = high = 1
        if others is not None:
            # "killed Colonel X and six other officers": the named victim plus the others
            extra, head = others
            groups.append({"text": head.text, "count": extra.best, "kind": group_kind(head)})
            low = 1 + (extra.low if extra.low is not None else extra.best)
            best = 1 + extra.best
            high = 1 + extra.high if extra.high is not None else None
            end = max(end, head.idx + len(head.text))
        out.append(Report("killed", low, best, high, groups, tok, start, end))
    return out


def _burned_alive(tok: Token) -> bool:
    """ "burned them alive", "buried two men alive": killed."""
    return tok.lemma_.lower() in ("burn", "bury") and tok.pos_ == "VERB" and any(
        c.lower_ == "alive" for c in tok.children)


def _their_count(verb: Token) -> list[Report]:
    """ "captured two armed bandits and killed them": "them" are the counted object of the verb the
    killing is conjoined to."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    objs = [c for c in verb.head.children if c.dep_ == "dobj"]
    nums = [c for c in objs[0].children if c.dep_ == "nummod"] if objs else []
    if not nums:
        return []
    count = read_count(list(verb.doc), nums[0].i)
    if count is None or count.best is None or count.unspecified:
        return []
    head = objs[0]
    doc = verb.doc
    start = doc[count.start].idx
    end = verb.idx + len(verb.text)
    return [Report("killed", count.low, count.best, count.high, [{"text": head.text, "count": count.best, "kind": group_kind(head)}],
                   verb, start, end)]


def _and_others(conjs: list[Token]) -> tuple[Count, Token] | None:
    """The count in a single "... and N other <people>" conjunct, if that is what the conjuncts are."""
    if len(conjs) != 1:
        return None
    head = conjs[0]
    if head.tag_ == "NN" and _is_person_noun(head) and not any(c.dep_ == "nummod" for c in head.children) \
            and any(c.lower_ in ("a", "an", "his", "her", "their") for c in head.children):
        # "killed a young mother and her child": one more victim
        return Count(1, 1, 1, head.i, head.i + 1), head
    if not any(c.lower_ == "other" for c in head.children):
        return None
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if not nums:
        return None
    count = read_count(list(head.doc), nums[0].i)
    if count is None or count.best is None:
        return None
    return count, head


def _phrase_after_dead(verb: Token) -> list[Token]:
    """The noun of the phrase right after "shot dead" when the parser did not make it the object."""
    doc = verb.doc
    k = verb.i + 2
    while k < len(doc) and k < verb.i + 6 and doc[k].pos_ in ("DET", "ADJ", "PRON") and doc[k].lower_ not in ("him", "her"):
        k += 1
    if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN"):
        while k + 1 < len(doc) and doc[k].dep_ == "compound" and doc[k + 1].pos_ in ("NOUN", "PROPN"):
            k += 1
        return [doc[k]]
    return []


_ALLEGATION = {"suspect", "accuse", "charge", "convict", "arrest", "sentence", "detain", "jail", "try", "wanted"}


def _alleged(verb: Token) -> bool:
    """ "a man suspected of killing a driver", "arrested for murdering two": an earlier crime, told as
    the reason for this event, not a death in it."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.tag_ == "VBN" and head.lemma_.lower() in _ALLEGATION:
        return True  # "the man suspected to have shot dead the chief"
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "after") and any(
            c.lower_ in ("allegedly", "supposedly") for c in verb.children):
        return True  # "a man is lynched for allegedly killing his brother": the crime he was punished for
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "for"):
        # "suspected of killing", "arrested a man for killing" (the parser hangs "for" on the man)
        up = head.head
        return up.lemma_.lower() in _ALLEGATION or (up.pos_ == "NOUN" and up.head.lemma_.lower() in _ALLEGATION)
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _unrealised(tok: Token) -> bool:
    return tok.tag_ == "VB" and tok.head.lemma_.lower() in _UNREALISED


def _suicide_blasts(tokens: list[Token], start: int, found: list[Report]) -> list[Report]:
    """ "blew himself up": the attacker died, unless a "killing himself" figure already counts him."""
    if any(g["kind"] == "attackers" and g["text"] and g["text"].lower() in ("himself", "herself") for r in found for g in r.groups):
        return []
    out: list[Report] = []
    if any(r.outcome == "killed" for r in found) and not any(g["kind"] == "attackers" for r in found for g in r.groups):
        toll = next(r for r in found if r.outcome == "killed")
        out.extend(_suicide_bomber(tokens, start, toll))
    for k in range(start, len(tokens) - 4):
        tok = tokens[k]
        # "turning the gun on himself": the shooter died too
        words = [t.lower_ for t in tokens[k : k + 5]]
        if tok.lemma_.lower() == "turn" and words[1:4] == ["the", "gun", "on"] and words[4] in ("himself", "herself"):
            r = tokens[k + 4]
            out.append(Report("killed", 1, 1, 1, [{"text": r.text, "count": 1, "kind": "attackers"}], tok, tok.idx, r.idx + len(r.text)))
    for k in range(start, len(tokens) - 2):
        tok = tokens[k]
        if tok.lemma_.lower() == "blow" and tokens[k + 1].lower_ in ("himself", "herself") and tokens[k + 2].lower_ == "up":
            r = tokens[k + 1]
            out.append(
                Report("killed", 1, 1, 1, [{"text": r.text, "count": 1, "kind": "attackers"}], tok, tok.idx, r.idx + len(r.text) + 3)
            )
    return out


_BOMBER_ACTS = {"kill", "drive", "detonate", "blow", "attack", "target", "strike", "ram", "explode", "storm", "hit"}


def _suicide_bomber(tokens: list[Token], start: int, toll: Report) -> list[Report]:
    """ "a suicide bomber killed 3 civilians", "... when a suicide bomber drove into the base": the bomber
    died in the attack he carried out, and ACLED counts him (train rows: the toll plus one)."""
    for tok in tokens[start:]:
        if tok.lemma_.lower() == "bomber" and tok.dep_ == "nsubj" and "suicide" in {c.lower_ for c in tok.lefts} \
                and tok.head.lemma_.lower() in _BOMBER_ACTS and not _negated(tok.head):
            # anchored on the toll's own word, so that both go to the same event
            return [Report("killed", 1, 1, 1, [{"text": tok.text, "count": 1, "kind": "attackers"}], toll.anchor,
                           tok.idx, tok.idx + len(tok.text))]
    return []


def zero_reports(sent: SpacySpan) -> list[Report]:
    """ "No one was killed", "there were no casualties": an explicit zero (but "no reports of" is unknown).
    "hurt", "injured" and "casualties" also mean nobody was injured."""
    text = sent.text
    for m in _ZERO_KILLED.finditer(text):
        if _UNKNOWN_CUE.search(text[: m.start()]) or re.search(r"(immediate|immediately)\s*$", text[: m.start()]):
            continue
        word = (m.group(2) or m.group(3) or m.group(4) or "").lower()
        if word in ("injuries",):
            continue
        start = sent.start_char + m.start()
        span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
        anchor = span[0] if span is not None and len(span) else sent[0]
        end = sent.start_char + m.end()
        # ("no deaths among the civilians" is said of some victims only)
        summary = word in ("deaths", "fatalities", "casualties") and bool(_SUMMARY_END.match(text[m.end():]))
        out = [Report("killed", 0, 0, 0, [], anchor, start, end, summary=summary)]
        if word not in ("killed", "died", "deaths", "fatalities", "one died", "loss of life"):
            out.append(Report("injured", 0, 0, 0, [], anchor, start, end))
        return out
    return []


def _tolled(analysis: Analysis, event: Event, anchor: Token) -> list[Event]:
    """The events a toll belongs to. When its own verb ("killed") was made an event of its own beside
    the attack that caused it, both describe one incident and both carry the toll: the events stage
    should merge them, and until it does the attack must not read as bloodless."""
    cause = _cause(analysis, event, anchor)
    return [event] if cause is event else [cause, event]


def _cause(analysis: Analysis, event: Event, anchor: Token) -> Event:
    """ "Militants attacked the camp, two soldiers killed": when the toll's own verb is an event of its
    own with no known perpetrator (or a passive "killed", whose actor1 is only a guess), the toll belongs
    to the attack told before it in the same sentence."""
    trig = event._trigger
    if trig is None or not (trig.start <= anchor.idx < trig.end):
        return event
    if anchor.dep_ in ("advcl", "conj", "xcomp") and anchor.head.i != anchor.i:
        # "abducted and killed two men", "ambushed the convoy, killing ten": the governing verb's event
        head = anchor.head
        for e in analysis.events:
            t = e._trigger
            if e is not event and t is not None and t.start <= head.idx < t.end and e.event_type in common.VIOLENT_TYPES:
                return e
    if event.actor1 is not None and not (anchor.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in anchor.children)):
        return event
    if event.event_type not in common.VIOLENT_TYPES:
        return event
    si = analysis.sentence_index(anchor.idx)
    if any(c.lower_ == "also" for c in anchor.children) and not any(
        e is not event and common.event_sentence(analysis, e) == si for e in analysis.events
    ):
        # "3 militants were also killed": more dead of the attack told just before
        before = [
            e for e in analysis.events
            if e.event_type in common.VIOLENT_TYPES and common.event_sentence(analysis, e) == si - 1
        ]
        if before:
            return max(before, key=lambda e: common.event_anchor(e) or 0)
    others = [
        e for e in analysis.events
        if e is not event and e.actor1 is not None and e.event_type in common.VIOLENT_TYPES
        and common.event_sentence(analysis, e) == si and e._trigger is not None and e._trigger.end <= trig.start
    ]
    if not others:
        return event
    return min(others, key=lambda e: abs(e._trigger.start - anchor.idx))  # type: ignore[union-attr]


def _bracketed_apart(sent: SpacySpan, one: int, other: int) -> bool:
    """Whether exactly one of two character offsets lies inside a bracketed aside of the sentence."""
    depth, start = 0, 0
    for tok in sent:
        if tok.text in ("(", "["):
            if depth == 0:
                start = tok.idx
            depth += 1
        elif tok.text in (")", "]") and depth:
            depth -= 1
            if depth == 0 and (start <= one < tok.idx) != (start <= other < tok.idx):
                return True
    return False


def _more(analysis: Analysis, report: Report) -> bool:
    """ "2 more died in hospital", "three more bodies were found": dead added to a figure told before."""
    doc = analysis.doc
    span = doc.char_span(report.start_char, report.end_char, alignment_mode="expand")
    return span is not None and any(t.lower_ == "more" and t.i > 0 and doc[t.i - 1].like_num for t in span)


def _also(anchor: Token) -> bool:
    doc = anchor.doc
    if any(c.lower_ == "also" for c in anchor.children):
        return True
    # "were also confirmed killed": the parser hangs "also" on a word just before the outcome
    for k in range(anchor.i - 1, max(anchor.sent.start, anchor.i - 4) - 1, -1):
        if doc[k].lower_ == "also":
            return True
        if doc[k].is_punct or doc[k].like_num or doc[k].pos_ in ("NOUN", "PROPN", "PRON"):
            return False
    return False


# ("The report mentions a policeman killed": a second account of the death told before, not another death)
_INDICATE_LEMMAS = {"indicate", "suggest", "show", "put", "give", "cite", "mention", "record", "note", "list"}
_ACCOUNT_NOUNS = {"source", "report", "account", "figure", "estimate"}


def _indicating_source(anchor: Token) -> common.Source | None:
    """ "One source indicates that two people were killed": a figure another account gives, which
    makes the toll contested (the speech verbs of the common stage do not include "indicate")."""
    for verb in anchor.ancestors:
        if verb.lemma_.lower() not in _INDICATE_LEMMAS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ACCOUNT_NOUNS]
        if subjects:
            s, e = common.np_span(subjects[0])
            doc = anchor.doc
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            return common.Source(doc.text[start:end], start, end, verb)
    return None


def _claiming_source(anchor: Token) -> common.Source | None:
    """ "a radio station claimed that the group had killed at least 20 soldiers": a claimant's figure,
    one account among others (so a lower figure reported beside it is what ACLED keeps)."""
    for verb in anchor.ancestors:
        if verb.lemma_.lower() != "claim" or _negated(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        s, e = common.np_span(subjects[0])
        doc = anchor.doc
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if start <= anchor.idx < end:
            return None
        return common.Source(doc.text[start:end], start, end, verb)
    return None


def _pluperfect(anchor: Token) -> bool:
    """ "had been shot dead": a death before the time the note tells of (but reported speech shifts
    tenses back: "saying its men had killed 40" is the claim of a toll in the event)."""
    return (any(c.dep_ == "aux" and c.lower_ == "had" for c in anchor.children)
            and any(c.dep_ == "auxpass" for c in anchor.children) and common.source_of(anchor) is None)


def _in_relative_clause(anchor: Token) -> bool:
    """ "calling for the arrest of an officer who they believe killed two men": a killing told about
    someone in the sentence, not done in it."""
    return any(t.dep_ in ("acl", "relcl") for t in [anchor, *anchor.ancestors])


def _also_before(analysis: Analysis, report: Report) -> bool:
    """ "Also 14 militants were killed": the parser hangs "also" on the number, right before the victims."""
    span = analysis.doc.char_span(report.start_char, report.end_char, alignment_mode="expand")
    return span is not None and span.start > 0 and analysis.doc[span.start - 1].lower_ == "also"


def _first_conjunct(verb: Token) -> Token:
    """ "after a gendarme shot and killed a driver": "killed" shares the clause of the first verb."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _after_clause(anchor: Token) -> bool:
    anchor = _first_conjunct(anchor)
    return anchor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in anchor.children)


def _told_after(analysis: Analysis, event: Event, anchor: Token) -> bool:
    """ "demonstrated in the town after a gendarme shot and killed a driver": the death is told in an
    "after" clause of the event's own sentence, however the parser hung it (it often takes "shot" for a
    noun there and makes "killed" the event verb's conjunct)."""
    trig = event._trigger
    if trig is None:
        return False
    sent = anchor.sent
    if not (sent.start_char <= trig.start < anchor.idx):
        return False
    for tok in sent:
        if trig.end <= tok.idx < anchor.idx and tok.lower_ in ("after", "following") and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM"):
            between = tok.doc[tok.i + 1 : anchor.i]
            return not any(t.text in (",", ";", ":") for t in between)
    return False


# Words that blame someone for a killing before the event (an arrest note is coded with its killing's dead).
_SUSPICION = {"suspect", "accuse", "charge", "blame", "convict", "implicate"}


def _under_suspicion(verb: Token) -> bool:
    """The clause hangs below a suspicion through a preposition ("suspected of joining a raid that ...").
    The small model often parses "suspected ISGS militants ambushed and killed ..." with "suspected" as
    the main verb and the militants as its object: a clause reached straight from that object is the
    event itself, not what anyone was blamed for."""
    path: list[Token] = []
    for a in verb.ancestors:
        if a.lemma_.lower() in _SUSPICION and a.pos_ == "VERB":
            return any(t.dep_ in ("prep", "pcomp", "pobj", "agent") for t in path)
        path.append(a)
    return False


def _alleged_earlier(anchor: Token) -> bool:
    """A killing told in a relative or reason clause with "allegedly" ("a man who had allegedly killed his
    father", "arrested because his car allegedly hit and killed a woman"), or under a suspicion ("suspected
    of joining a raid that killed six"): what someone in the event was blamed for, before it."""
    verb = _first_conjunct(anchor)
    if verb.dep_ in ("relcl", "acl") and _under_suspicion(verb):
        return True  # "a student suspected of joining a raid that killed six": the raid he was blamed for
    if verb.dep_ not in ("relcl", "advcl"):
        return False
    if verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("because", "since", "as") for c in verb.children):
        return False
    # (not "had" alone: "police arrested an officer who had shot dead two colleagues" is coded with its dead)
    words = {c.lower_ for c in verb.children if c.dep_ == "advmod"} | {c.lower_ for c in anchor.children if c.dep_ == "advmod"}
    return "allegedly" in words


def _died_of_wounds(anchor: Token) -> bool:
    """ "later died of his injuries", "succumbed to wounds": a death among those hurt before."""
    if anchor.lemma_.lower() not in DIE_LEMMAS:
        return False
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "to"):
            if any(c.lemma_.lower() in ("injury", "wound") for c in prep.children):
                return True
    return False


def _wounding_event(collected: dict, si: int) -> Event | None:
    """The event of the latest sentence before ``si`` that told of people wounded."""
    best: tuple[int, Event] | None = None
    for said in collected.values():
        if said.injured and said.sentence < si and (best is None or said.sentence > best[0]):
            best = (said.sentence, said.event)
    return best[1] if best else None


_DENY_LEMMAS = {"dismiss", "deny", "refute", "reject", "debunk", "disprove", "dispel"}


def _denied(anchor: Token) -> bool:
    """A toll a speaker rejects ("dismissed reports that 14 were killed", "denied that civilians died")."""
    return any(a.lemma_.lower() in _DENY_LEMMAS and not _negated(a) for a in anchor.ancestors)


_PROTEST_REFERENCES = {"demonstration", "protest", "march", "rally", "sit-in", "gathering", "crowd"}
_PROTESTERS = {"protester", "protesters", "demonstrator", "demonstrators", "marcher", "marchers"}


def _in_the_protest(sent: SpacySpan, anchor: Token) -> bool:
    """ "Police intervene in the demonstration, killing one": a death told after the protest, in a
    sentence that names it ("the demonstration", "the protesters"), happened in it; one told in a
    relative or "after" clause, in the pluperfect or with a time before ("last week") came first."""
    if anchor.pos_ not in ("VERB", "AUX") or _in_relative_clause(anchor) or _after_clause(anchor) or _pluperfect(anchor):
        return False
    words = {t.lower_ for t in sent}
    if words & (_BEFORE_WORDS | {"last", "week", "month", "year"}):
        return False
    named = any(t.lemma_.lower() in _PROTEST_REFERENCES and any(c.lower_ in ("the", "this") for c in t.children)
                for t in sent)
    return named or bool(words & _PROTESTERS)


def _later_died(anchor: Token) -> bool:
    """ "The baby later died in hospital": someone hurt in the event died of it afterwards."""
    return anchor.lemma_.lower() in DIE_LEMMAS and any(
        c.lower_ in ("later", "subsequently", "afterwards") for c in anchor.children)


def _in_a_cause(anchor: Token) -> bool:
    """ "shot in response to a raid (in which 7 were killed)": a toll told inside the clause about what
    provoked the event belongs to that earlier incident."""
    return _cause_noun(anchor) is not None


def _cause_noun(anchor: Token) -> Token | None:
    """The noun of the incident that provoked the event, when the toll at ``anchor`` is told inside it."""
    verb = anchor
    while verb.dep_ not in ("relcl", "acl") and verb.head.i != verb.i and verb.i - verb.head.i < 8:
        verb = verb.head
    if verb.dep_ not in ("relcl", "acl"):
        return None
    noun = verb.head
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ in ("after", "following"):
        return noun
    avenging = {"response", "retaliation", "revenge", "reprisal", "retribution"}
    # ("a revenge attack for two herders killed last month")
    if prep.head.lemma_.lower() in avenging or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in avenging for c in prep.head.children):
        return noun
    return None


_FIGHT_NOUNS = {"clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "exchange", "confrontation", "shootout"}


def _own_fight(analysis: Analysis, event: Event, anchor: Token) -> bool:
    """ "recovered territory following a clash with the rebels, resulting in 25 rebel fatalities": the
    clash is a fight of the same battle, an event found on its own word, and the toll is its own."""
    noun = _cause_noun(anchor)
    if noun is None or noun.lemma_.lower() not in _FIGHT_NOUNS or event.event_type != "Battles":
        return False
    trig = event._trigger
    return trig is not None and trig.start <= noun.idx < trig.end


def _earlier_death(analysis: Analysis, anchor: Token) -> bool:
    """ "Houses were torched after a rider was killed": a death told as what set off another event
    came before it and is not among that event's fatalities."""
    if _in_a_cause(anchor):
        return True
    anchor = _first_conjunct(anchor)
    if anchor.dep_ in ("oprd", "acomp", "xcomp") and anchor.head.dep_ == "advcl":
        anchor = anchor.head  # "spurred after two were discovered dead": the clause is the finding
    if anchor.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in anchor.children):
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS_OF_TIME for c in anchor.children):
        return True  # "five more were killed, two days after the militia executed 20 others": another day
    head = anchor.head
    if head.lemma_.lower() in KILL_LEMMAS | DIE_LEMMAS | INJURE_LEMMAS or head.pos_ not in ("VERB", "AUX"):
        return False
    # "Clashes erupted after four bodies were found": the event may be named by the verb's subject
    words = [head] + [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(w.lemma_.lower() in _UNREST_NOUNS for w in words[1:]):
        return True  # "the demos were spurred after two were found dead"
    return any(e._trigger is not None and e._trigger.start <= w.idx < e._trigger.end for e in analysis.events for w in words)


_SPANS_OF_TIME = {"day", "week", "month", "year", "night"}
_UNREST_NOUNS = {"demo", "demos", "demonstration", "protest", "riot", "clash", "unrest", "march", "strike", "sit-in"}


# Words telling that a toll belongs to an incident of its own, not to the one told just before.
_OTHER_INCIDENT = {"another", "separate", "separately", "elsewhere", "meanwhile"}
# Said of the toll itself, these tell a death before the incident ("killed the previous evening").
_BEFORE_WORDS = {"earlier", "previous", "previously", "before", "ago"}
# What raiders do besides killing ("1 guard was killed and 3 abducted"): part of the incident, not its head.
_SIDE_LEMMAS = {"abduct", "kidnap", "capture", "loot", "steal", "seize", "burn", "torch", "rob", "rustle", "fire"}
_CASUALTY_LEMMAS = KILL_LEMMAS | DIE_LEMMAS | INJURE_LEMMAS | {"shoot", "shot", "wounding", "injuring", "death", "fatality"}


def _share_tolls(analysis: Analysis, collected: dict, order: list) -> None:
    """ "Gunmen attacked the mine. One worker was killed." / "Raiders attacked a village; nine were killed
    in the fighting": when the toll's own event is only the killing verb itself, or a definite reference
    ("the fighting"), and a more salient violent event is told in the same or the previous sentence with
    no toll of its own, that event is the incident the toll belongs to: it carries the toll too."""
    tolled = {key[0] for key, said in collected.items() if said.killed}
    for key in list(order):
        said = collected[key]
        if not said.killed:
            continue
        additive = bool(said.killed) and all(r.additive for r in said.killed)
        target = _incident_head(analysis, said, set() if additive else tolled)
        if target is None:
            continue
        # a report the target already carries (both events took it from _tolled) is not counted twice
        held = {id(r) for k, other in collected.items() if k[0] == target.id for r in other.killed + other.injured}
        killed = [r for r in said.killed if id(r) not in held]
        if not killed:
            continue
        new_key = (target.id, key[1], key[2])
        if new_key not in collected:
            collected[new_key] = _Said(target, said.source, said.sentence)
            order.append(new_key)
        collected[new_key].killed.extend(killed)
        collected[new_key].injured.extend(r for r in said.injured if id(r) not in held)
        tolled.add(target.id)


def _share_with_main(analysis: Analysis, collected: dict, order: list) -> None:
    """ "A truck hit an IED; two soldiers were killed. Militants then opened fire on the others": when
    the document's most salient event (the most confident, first told: the one a one-event summary is
    about) was left without a toll while an event told within two sentences of it carries one, with no
    word that the two are separate incidents, the toll is the main event's too. The events stage split
    one incident in two; until it merges them the main one must not read as bloodless."""
    events = analysis.events
    if not events:
        return
    main = events[max(range(len(events)), key=lambda k: (events[k].confidence or 0, -k))]
    allowed = common.VIOLENT_TYPES | {"Protests"}
    if main.event_type not in allowed or any(key[0] == main.id and said.killed for key, said in collected.items()):
        return
    ms = common.event_sentence(analysis, main)
    if ms is None:
        return
    donors: dict[str, list] = {}
    for key in order:
        said = collected[key]
        other = said.event
        if not said.killed or other is main or other.event_type not in allowed or abs(said.sentence - ms) > 2:
            continue
        if main.event_type == "Protests" and other.event_type not in ("Protests", "Riots"):
            continue  # a protest's toll is its own, not a killing it was about
        if main.event_type == "Protests" and all(r.definite for r in said.killed):
            continue  # "mourners protested over the killing of a relative. ... the victim was killed after ...": that death
        between = analysis.sentences[min(ms, said.sentence) : max(ms, said.sentence) + 1]
        if any(_other_incident(t) for sent in between for t in sent) or _told_apart(analysis, main, other, ms, said.sentence):
            continue
        donors.setdefault(other.id, []).append(key)
    if not donors:
        return
    nearest = min(donors, key=lambda eid: min((abs(collected[k].sentence - ms), collected[k].sentence) for k in donors[eid]))
    for key in donors[nearest]:
        said = collected[key]
        new_key = (main.id, key[1], key[2])
        if new_key not in collected:
            collected[new_key] = _Said(main, said.source, said.sentence)
            order.append(new_key)
        collected[new_key].killed.extend(said.killed)
        collected[new_key].injured.extend(said.injured)


def _main_event(analysis: Analysis) -> Event | None:
    """The document's most salient event: the most confident, and of those the first told."""
    events = analysis.events
    if not events:
        return None
    return events[max(range(len(events)), key=lambda k: (events[k].confidence or 0, -k))]


_TALLY_WORDS = {"fatality", "fatalities", "death", "deaths", "dead"}


def _tally_sentence(sent: SpacySpan, reports: list[Report]) -> Report | None:
    """The report of a sentence that is only a count of the dead ("1 fatality.", "Two deaths."), how
    ACLED's notes close; in an article such a line is a caption or a fact box, a tally all the same."""
    tally = _tally_of(list(sent), reports)
    if tally is None:
        # "... shot a man in Zone 12. 1 fatality.": the splitter kept the closing tally in the sentence
        # before it (a number after a full stop does not look like a sentence start to it)
        stops = [t.i for t in sent[:-1] if t.text == "."]
        if stops:
            tail = list(sent.doc[stops[-1] + 1 : sent.end])
            tail_start = tail[0].idx if tail else sent.end_char
            tally = _tally_of(tail, [r for r in reports if r.start_char >= tail_start])
    return tally


def _tally_of(tokens: list[Token], reports: list[Report]) -> Report | None:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not 2 <= len(words) <= 4 or words[-1].lower_ not in _TALLY_WORDS:
        return None
    if not all(t.like_num or t.lower_ in ("at", "least", "about", "some", "around") for t in words[:-1]):
        return None
    killed = [r for r in reports if r.outcome == "killed"]
    return killed[0] if len(killed) == 1 and killed[0].best is not None else None


def _gather_into_main(analysis: Analysis, collected: dict, order: list) -> None:
    """ "Gunmen attacked the post, two assailants were killed, three civilians were killed and three
    wounded": the events stage may make each verb of one sentence an event of its own, and each takes
    its own figure. When the sentence is the main event's own and nothing there tells the incidents
    apart, every figure of it is the main event's (one sentence, one incident, as ACLED codes a note)."""
    main = _main_event(analysis)
    if main is None or main.event_type not in common.VIOLENT_TYPES:
        return
    ms = common.event_sentence(analysis, main)
    if ms is None or any(_other_incident(t) for t in analysis.sentences[ms]):
        return
    held = {id(r) for k, said in collected.items() if k[0] == main.id for r in said.killed + said.injured}
    for key in list(order):
        said = collected[key]
        other = said.event
        if other is main or said.sentence != ms or common.event_sentence(analysis, other) != ms \
                or other.event_type not in common.VIOLENT_TYPES or _told_apart(analysis, main, other, ms, ms):
            continue
        # (a mob's victim "who killed his wife": a killing told about him is the crime that set the mob off)
        killed = [r for r in said.killed if id(r) not in held
                  and not (main.event_type == "Riots" and r.anchor is not None and _in_relative_clause(r.anchor))]
        injured = [r for r in said.injured if id(r) not in held]
        if not killed and not injured:
            continue
        new_key = (main.id, key[1], key[2])
        if new_key not in collected:
            collected[new_key] = _Said(main, said.source, said.sentence)
            order.append(new_key)
        collected[new_key].killed.extend(killed)
        collected[new_key].injured.extend(injured)
        held |= {id(r) for r in killed + injured}


def _told_apart(analysis: Analysis, one: Event, other: Event, one_sentence: int, other_sentence: int) -> bool:
    """Two events dated or placed differently ("On Monday ... On Tuesday ...") are two incidents."""
    if one.date.start and other.date.start and one.date.start != other.date.start:
        return True
    if one.location is not None and other.location is not None and one.location.name != other.location.name:
        return True
    if one_sentence == other_sentence:
        return False
    first = analysis.sentences[min(one_sentence, other_sentence)].text.rstrip()
    if abs(one_sentence - other_sentence) == 1 and first and first[-1] not in ".!?\"'”":
        return False  # "... killed in the Thursday [21 October] night clashes": one sentence the splitter cut
    dates = [{e.text.lower() for e in analysis.sentences[k].ents if e.label_ == "DATE"} for k in (one_sentence, other_sentence)]
    return bool(dates[0] and dates[1] and not dates[0] & dates[1])


def _incident_head(analysis: Analysis, said: "_Said", tolled: set[str]) -> Event | None:
    event = said.event
    trig = event._trigger
    if trig is None or event.event_type not in common.VIOLENT_TYPES | {"Protests"}:
        return None
    own_verb = any(r.anchor is not None and trig.start <= r.anchor.idx < trig.end for r in said.killed)
    definite = analysis.text[max(0, trig.start - 4) : trig.start].lower() == "the "
    # the toll's event is only a casualty ("wounding", "killed"), or it was found in an earlier sentence
    # because the toll's own sentence has none: the incident is the most salient event told there
    casualty = _trigger_lemma(analysis, trig) in _CASUALTY_LEMMAS | _SIDE_LEMMAS
    looked_back = common.event_sentence(analysis, event) not in (None, said.sentence)
    # "2 militants were also killed": more dead of the incident told before
    additive = all(r.additive for r in said.killed)
    # otherwise only a more salient event of the toll's own sentence may be its incident
    same_sentence_only = not (own_verb or definite or casualty or looked_back or additive)
    # the sentence told before the toll's that holds an event ("Village raided. Cattle stolen. 1 killed.")
    earlier = [common.event_sentence(analysis, e) for e in analysis.events]
    before = max((k for k in earlier if k is not None and said.sentence - 2 <= k < said.sentence), default=said.sentence - 1)
    sent = analysis.sentences[said.sentence]
    if any(_other_incident(t) for t in sent):
        return None
    if any(t.lower_ in _BEFORE_WORDS and t.head.i in {r.anchor.i for r in said.killed if r.anchor is not None}
           for t in sent):
        return None
    candidates = [
        e for e in analysis.events
        if e is not event and e.id not in tolled and e.event_type in common.VIOLENT_TYPES
        and e._trigger is not None and (e.confidence or 0) >= (event.confidence or 0)
        and (common.event_sentence(analysis, e) == said.sentence == common.event_sentence(analysis, event)
             or not same_sentence_only and (
                 common.event_sentence(analysis, e) == said.sentence
                 or (common.event_sentence(analysis, e) == before and e._trigger.start < trig.start)))
    ]
    if not candidates:
        return None
    # the most confident, and of those the first told (as a reader of a one-event summary takes it)
    return max(candidates, key=lambda e: (e.confidence or 0, -e._trigger.start))  # type: ignore[union-attr]


def _other_incident(tok: Token) -> bool:
    """ "In a separate incident", "another attack" (but "wounding another" is one more victim)."""
    if tok.lower_ in ("separate", "separately") and tok.head.lemma_.lower() in _ACCOUNT_NOUNS | {"claim", "statement"}:
        return False  # "separate reports suggested one person was killed": other accounts of this incident
    if tok.lower_ != "another":
        return tok.lower_ in _OTHER_INCIDENT
    # ("another one was injured": one more victim)
    return tok.dep_ == "det" and tok.head.pos_ == "NOUN" and tok.head.lower_ != "one" and not _is_person_noun(tok.head)


def _trigger_lemma(analysis: Analysis, trig) -> str:
    span = analysis.doc.char_span(trig.start, trig.end, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else ""


@dataclass
class _Said:
    """The reports of one sentence attributed to one source."""

    event: Event
    source: common.Source | None
    sentence: int
    killed: list[Report] = field(default_factory=list)
    injured: list[Report] = field(default_factory=list)


def _head_word(report: Report) -> str | None:
    texts = [g["text"] for g in report.groups if g["text"]]
    return texts[-1].split()[-1].lower() if len(texts) == 1 else None


def _without_breakdown(reports: list[Report]) -> list[Report]:
    """ "six soldiers were killed, four in the raid on the camp and two others in an ambush": a total
    followed by its parts is the total alone. The parts must name no other kind of victim than the
    total ("3 soldiers, 1 civilian and 2 rebels were killed" is three figures that add up)."""
    if len(reports) < 3:
        return reports
    ordered = sorted(reports, key=lambda r: r.start_char)
    total, parts = ordered[0], ordered[1:]
    head = _head_word(total)
    if total.best is None or total.best != sum(r.best or 0 for r in parts) or head is None:
        return reports
    if all(_head_word(r) in (None, head) and len([g for g in r.groups if g["text"]]) <= 1 for r in parts):
        return [total]
    return reports


def _merge_sum(reports: list[Report]) -> tuple[int | None, int | None, int | None]:
    reports = _without_breakdown(reports)
    lows = [r.low for r in reports]
    highs = [r.high for r in reports]
    return (
        sum(lows) if None not in lows else None,  # type: ignore[arg-type]
        sum(r.best or 0 for r in reports),
        sum(highs) if None not in highs else None,  # type: ignore[arg-type]
    )


def _group_heads(said: _Said) -> set[str]:
    out = set()
    for r in said.killed:
        for g in r.groups:
            if g["text"]:
                out.add(g["text"].split()[-1].lower())
    return out


def annotate(analysis: Analysis) -> None:
    collected: dict[tuple[str, str | None, int], _Said] = {}
    order: list[tuple[str, str | None, int]] = []
    doc_tokens = list(analysis.doc)
    last_killed: tuple[Event, int] | None = None
    for si, sent in enumerate(analysis.sentences):
        reports = sentence_reports(sent, doc_tokens)
        if not any(r.outcome == "killed" for r in reports):
            reports.extend(zero_reports(sent))
        tally = _tally_sentence(sent, reports)
        for r in reports:
            assert r.anchor is not None
            if tally is r:
                r.tally = True
            event = common.event_for(analysis, r.anchor, violent=r.outcome == "killed")
            if r.tally and not any(common.event_sentence(analysis, e) == si for e in analysis.events):
                event = _main_event(analysis) or event  # the closing tally of the whole note
            if event is None and len(analysis.events) == 1 and analysis.events[0].event_type in common.VIOLENT_TYPES:
                event = analysis.events[0]  # the document's one violent event, told after its toll
            if event is None:
                continue
            if event.event_type == "Protests" and r.anchor.pos_ == "NOUN" and r.outcome == "killed" and r.anchor.idx <= r.start_char:
                continue
            if event.event_type == "Protests" and r.outcome == "killed" and common.event_sentence(analysis, event) != si \
                    and not _later_died(r.anchor) and not _in_the_protest(sent, r.anchor):
                continue  # "They protested the murder of a man. The man was lynched": the death came first  # "protesters marched to denounce the killing of a nurse": the death came before
            if r.outcome == "killed" and _earlier_death(analysis, r.anchor) and not _own_fight(analysis, event, r.anchor):
                continue
            if r.outcome == "killed" and common.event_sentence(analysis, event) not in (None, si) \
                    and any(_other_incident(t) for t in sent):
                continue  # "... the killing of two women the same day elsewhere in the town": not this incident
            if r.outcome == "killed" and _alleged_earlier(r.anchor):
                continue  # "a mob attacked a man who had allegedly killed his father": the reason, not a death in it
            if r.summary and not any(_other_incident(t) for t in sent):
                event = _main_event(analysis) or event  # "No fatalities reported.": the note's own summary
            if r.outcome == "killed" and last_killed is not None and last_killed[1] < si <= last_killed[1] + 2 \
                    and event is not last_killed[0] and (_also(r.anchor) or _also_before(analysis, r)) \
                    and not any(_other_incident(t) for t in sent):
                # "eight assailants were killed. Eight soldiers were also killed": more dead of that toll's incident
                event = last_killed[0]
            if r.outcome == "killed" and _died_of_wounds(r.anchor):
                # "Another soldier later died of his injuries": one of the wounded of the event told before
                event = _wounding_event(collected, si) or event
            if r.outcome == "killed" and _denied(r.anchor):
                continue  # "the coordinator dismissed reports that 14 people were shot dead"
            if r.outcome == "killed" and event.event_type in ("Protests", "Riots") and _told_after(analysis, event, r.anchor):
                continue  # "residents demonstrated after a gendarme shot and killed a driver": what set it off
            if r.outcome == "killed" and _pluperfect(r.anchor) and any(
                    (common.event_sentence(analysis, e) or 0) < si for e in analysis.events):
                continue  # "Clan members torched houses in revenge. The chief had been shot dead ...": before
            if r.outcome == "killed" and event.event_type == "Strategic developments" and not _own_blast(sent):
                continue  # "details emerged on how the leader was killed": a death the development is about
            if event.event_type == "Protests" and r.outcome == "killed" and (_in_relative_clause(r.anchor) or _after_clause(r.anchor)):
                continue  # "residents protested after police shot a driver": the death came first  # "relatives of a man shot by police protest": the death the protest is about
            source = common.source_of(r.anchor) or _indicating_source(r.anchor) or _claiming_source(r.anchor)
            if source is not None and any(o.start_char <= source.start < o.end_char for o in reports):
                # "seven fighters were confirmed dead" ("..., 20 later found"): the dead are not who tells it
                source = None
            if source is not None and _bracketed_apart(sent, source.start, r.anchor.idx):
                source = None  # "3 were killed (a rebel outlet reported 6 were killed)": the aside's speaker is its own
            # "2 militants were also killed" adds; "the rebels also killed Mr. X" may name a victim told before
            r.additive = (_also(r.anchor) or _also_before(analysis, r) or _more(analysis, r)) and r.start_char < r.anchor.idx
            for target in _tolled(analysis, event, r.anchor):
                key = (target.id, source.text.lower() if source else None, si)
                if key not in collected:
                    collected[key] = _Said(target, source, si)
                    order.append(key)
                said = collected[key]
                (said.killed if r.outcome == "killed" else said.injured).append(r)
            if r.outcome == "killed" and not r.summary:
                last_killed = (event, si)

    _share_tolls(analysis, collected, order)
    _share_with_main(analysis, collected, order)
    _gather_into_main(analysis, collected, order)
    by_event: dict[str, list[_Said]] = {}
    for key in order:
        by_event.setdefault(key[0], []).append(collected[key])
    for saids in by_event.values():
        _apply(analysis, saids)


def _apply(analysis: Analysis, saids: list[_Said]) -> None:
    event = saids[0].event
    if any(not _speculative(r) for said in saids for r in said.killed):
        # "Ngetich was killed. 5-6 others may have been killed (unconfirmed)": a guess beside a firm
        # figure is not counted (alone, it is the only toll there is)
        for said in saids:
            said.killed = [r for r in said.killed if not _speculative(r)]
        saids = [said for said in saids if said.killed or said.injured]
        if not saids:
            return
    # Per source: sentences giving other victim groups add up; a repeated or updated figure does not.
    per_source: dict[str | None, list[tuple[int | None, int | None, int | None, set[str], bool]]] = {}
    # "... were also killed" adds to the other figures whoever tells it (when there are others)
    plain = [said for said in saids if said.killed and not all(r.additive for r in said.killed)]
    extra: list[Report] = [r for said in saids if said.killed and plain and said not in plain for r in said.killed]
    for said in saids:
        if said.killed and plain and said not in plain:
            event.claims.append(_claim(analysis, said))
            continue
        if said.killed:
            low, best, high = _merge_sum(said.killed)
            heads = _group_heads(said)
            key = said.source.text.lower() if said.source else None
            definite = all(r.definite for r in said.killed)
            per_source.setdefault(key, []).append((low, best, high, heads, definite))
        event.claims.append(_claim(analysis, said))
    totals: list[tuple[int | None, int | None, int | None]] = []
    for figures in per_source.values():
        low, best, high, heads, _ = figures[0]
        for f_low, f_best, f_high, f_heads, f_definite in figures[1:]:
            # A victim named only by a pronoun may be any named victim: never a separate group; nor is
            # one named by a definite phrase after a first figure ("... killed a driver. The victim ...").
            disjoint = (heads and f_heads and not (heads & f_heads) and not f_definite
                        and not (heads | f_heads) & (_GENERIC_TEXT | _PRONOUN_VICTIMS))
            if disjoint or f_heads == {"others"}:  # "3 others were killed" adds to the figure before
                low = low + f_low if low is not None and f_low is not None else None
                best = (best or 0) + (f_best or 0)
                high = high + f_high if high is not None and f_high is not None else None
                heads = heads | f_heads
            elif (f_best or 0) > (best or 0):
                low, best, high = f_low, f_best, f_high
        totals.append((low, best, high))
    if not totals:
        return
    if len({t for t in totals}) == 1:
        low, best, high = totals[0]
    else:
        # Contested figures: best is the most conservative, low/high span what the sources claim.
        best = min(t[1] for t in totals if t[1] is not None)
        low = min((t[0] if t[0] is not None else t[1]) for t in totals)  # type: ignore[type-var]
        high_values = [t[2] if t[2] is not None else t[1] for t in totals]
        high = max(high_values) if None not in high_values else None  # type: ignore[type-var]
    if any(r.summary for said in saids for r in said.killed):
        # "a man was lynched ... No fatalities reported": the summary is what was coded
        low = best = high = 0
        extra = []
    tallies = [r for said in saids for r in said.killed if r.tally]
    if tallies:
        # "... The attack occurred after days of clashes in which 8 died. 1 fatality.": the note's own
        # count of its event's dead is what was coded, whatever else the note mentions
        last = max(tallies, key=lambda r: r.start_char)
        low, best, high = last.low, last.best, last.high
        extra = []
    if extra:
        e_low, e_best, e_high = _merge_sum(extra)
        low = low + e_low if low is not None and e_low is not None else low
        best = (best or 0) + (e_best or 0)
        high = high + e_high if high is not None and e_high is not None else None
    event.fatalities = Fatalities(low=low, best=best, high=high)


def _speculative(report: Report) -> bool:
    """ "others may have been killed", "could have died": a toll the writer only thinks possible."""
    anchor = report.anchor
    if anchor is None:
        return False
    doc = anchor.doc
    span = doc.char_span(report.start_char, report.end_char, alignment_mode="expand")
    if span is None:
        return False
    words = [t.lower_ for t in doc[span.start : min(span.end + 4, anchor.sent.end)]]
    if "unconfirmed" in words:
        return True  # "7 other deaths are feared but unconfirmed": a figure the writer does not vouch for
    return any(w in ("may", "might", "could") and words[k + 1 : k + 2] == ["have"] for k, w in enumerate(words))


_PRONOUN_VICTIMS = {"he", "she", "him", "her", "they", "them"}
_GENERIC_TEXT = {"people", "persons", "others", "victims", "dead", "deaths", "fatalities", "bodies"}


# A strategic development has dead of its own only when a bomb went off in it (ACLED's "Disrupted
# weapons use": a device that exploded while being planted; old ordnance that went off).
_BLAST_LEMMAS = {
    "explode", "detonate", "blast", "explosion", "bomb", "bomber", "ied", "landmine", "mine", "grenade",
    "ordnance", "explosive", "device", "rocket", "shell", "blow", "prematurely",
}


def _own_blast(sent: SpacySpan) -> bool:
    return any(t.lemma_.lower() in _BLAST_LEMMAS or t.lower_ in _BLAST_LEMMAS for t in sent)


def _claim(analysis: Analysis, said: _Said) -> Claim:
    value: dict = {}
    if said.killed:
        low, best, high = _merge_sum(said.killed)
        value.update(killed=best, low=low, high=high, groups=[g for r in said.killed for g in r.groups])
    else:
        value.update(killed=None)
    if said.injured:
        value["injured"] = _merge_sum(said.injured)[1]
    anchor = (said.killed or said.injured)[0].anchor
    assert anchor is not None
    if said.source is not None:
        by = common.resolve_actor(analysis, said.source.start, said.source.end)
        by_text = said.source.text
    else:
        by, by_text = None, analysis.document.source or ""
    return Claim(
        by=by,
        by_text=by_text,
        stance="asserts",
        about="fatalities",
        value=value,
        evidence=common.sentence_span(analysis, anchor),
    )

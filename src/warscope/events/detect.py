"""Clause-level event detection on the dependency parse.

A *mention* is one trigger (a verb or a nominalisation) with its arguments read off the parse:
the agent (subject, "by X" in passives, the subject of a light verb such as "launched an attack"),
the patient (object, passive subject, "on X"/"against X"/"of X" on nominals) and partners ("clashed
with X"). Triggers in modal, future, negated, conditional, intended or generic contexts are dropped.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from warscope.events import lexicon as lx

VERB_TAGS = {"VERB", "AUX"}
SUBJ = {"nsubj", "csubj"}
PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "obj", "attr"}
HABITUAL = {"often", "usually", "frequently", "regularly", "sometimes", "routinely", "typically",
            "generally", "always", "rarely", "seldom"}


@dataclass
class Mention:
    """One trigger in one clause, before typing."""

    token: Token
    kind: str
    start: int  # character offsets of the trigger phrase
    end: int
    nominal: bool
    agents: list[Token] = field(default_factory=list)
    patients: list[Token] = field(default_factory=list)
    partners: list[Token] = field(default_factory=list)
    # acted for or with the agent without being a party ("on behalf of X", "backed by X")
    assoc: list[Token] = field(default_factory=list)
    scope: list[Token] = field(default_factory=list)  # tokens of the clause, for instrument cues
    definite: bool = False  # "the attack", "Thursday's attack": may refer back to a known event
    # "the attack", "the vehicle exploded": a definite reference to an event or its instrument
    refers_back: bool = False
    own_date: bool = False  # a date in the trigger's own clause (not in a relative clause beside it)
    # told inside a claim: "responsibility" ("claimed responsibility, saying it killed 40"), "said"
    # ("the group said it had killed 15"), "" for none
    claimed: str = ""
    # the cause another event is told after: "residents rioted after a rider was killed"
    cause: bool = False
    # background told in the past perfect: "he had previously been detained"
    background: bool = False
    # the victims were in the killers' hands: "captured two bandits and killed them"
    captive: bool = False

    @property
    def sentence_start(self) -> int:
        return self.token.sent.start_char


def find_mentions(doc: Doc) -> list[Mention]:
    out: list[Mention] = []
    for tok in doc:
        kind = _trigger_kind(tok)
        if kind is None or not _is_realis(tok):
            continue
        joined = _hyphenated(tok)
        nominal = tok.pos_ not in VERB_TAGS or joined in lx.NOUN_TRIGGERS
        if nominal and _is_generic(tok):
            continue
        start, end = _trigger_extent(tok)
        if joined in lx.NOUN_TRIGGERS:
            end = tok.doc[tok.i + 2].idx + len(tok.doc[tok.i + 2].text)
        m = Mention(token=tok, kind=kind, start=start, end=end, nominal=nominal)
        if nominal:
            _nominal_arguments(m)
        else:
            _verbal_arguments(m)
        if _one_of_the_dead(m):
            continue
        _clean_arguments(m)
        m.scope = _scope(tok)
        m.definite = nominal and _is_definite(tok)
        m.refers_back = m.definite or (not nominal and _definite_instrument_subject(tok))
        m.own_date = _own_date(m)
        m.claimed = "responsibility" if _inside_responsibility_claim(tok) else "said" if _said_it_did(tok) else ""
        out.append(m)
    triggers = {m.token.i for m in out}
    for m in out:
        m.cause = _told_as_cause(m.token, triggers)
        m.background = _background(m.token)
    out.extend(_headline_verbs(doc, {m.token.i for m in out}))
    return _drop_arrests_ending_in_killing(out)


# "one of the dead was shot by police": a detail of deaths already told, not another event.
THE_DEAD = {"dead", "victim", "deceased", "killed", "wounded", "injured", "casualty", "fatality", "body"}


def _one_of_the_dead(m: Mention) -> bool:
    for p in m.patients:
        if p.lower_ in {"one", "some", "most", "many", "all", "several", "two", "three", "four", "five"} or \
                p.like_num:
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and _lower_lemma(g) in THE_DEAD and any(d.lower_ == "the" for d in g.children)
                    for g in c.children) for c in p.children):
                return True
    return False


BACKGROUND_ADVERBS = {"previously", "earlier", "formerly", "once", "already", "before"}


def _background(tok: Token) -> bool:
    """A past perfect with "previously" or "earlier", or one in a relative clause ("a fighter who
    had accepted the agreement"): what had happened before the story."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ in VERB_TAGS else tok
    if verb.pos_ not in VERB_TAGS and tok.dep_ in OBJ and tok.head.pos_ in VERB_TAGS:
        verb = tok.head  # "who had accepted the reconciliation agreement"
    if verb.pos_ not in VERB_TAGS:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return perfect and (verb.dep_ == "relcl" or any(
        c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in verb.children))


def _told_as_cause(tok: Token, triggers: set[int]) -> bool:
    """A clause opened by "after" or "following" under another event's trigger (or under the verb
    whose object is that trigger: "went on a rampage after ..."): what set that event off."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in {"after", "following"} for c in tok.children):
        return False
    head = tok.head
    return head.i in triggers or any(t.i in triggers for t in head.subtree if t.i not in {x.i for x in tok.subtree})


def _drop_arrests_ending_in_killing(mentions: list[Mention]) -> list[Mention]:
    """ "Soldiers arrested and executed a civilian", "militants abducted and killed two traders":
    one act of violence against the captive, which the killing verb tells; the arrest or abduction
    is how it began, not a separate event (ACLED codes the killing of the abducted as an attack)."""
    killing = {m.token.i: m for m in mentions if m.kind in {"kill", "execute"} and not m.nominal}
    out = []
    for m in mentions:
        held = [killing[c.i] for c in m.token.conjuncts if c.i in killing]
        if m.kind in {"arrest", "capture_person", "abduct"} and not m.nominal and held:
            for k in held:
                k.captive = True
            continue
        out.append(m)
    return out


# Headline verbs the small model reads as nouns ("Residents lynch a man"): kinds that need no
# object test to be events.
HEADLINE_KINDS = {"attack", "fight", "kill", "mob", "abduct", "loot", "riot"}


def _headline_verbs(doc: Doc, taken: set[int]) -> list[Mention]:
    """A verb-trigger word tagged as a singular noun but followed by a determiner or number ("lynch
    a man", "kidnap two traders") and preceded by a noun cannot head a noun phrase there: it is the
    present-tense verb of a headline-style report. Its subject is the noun phrase before it."""
    out: list[Mention] = []
    for tok in doc:
        fight = _headline_fight(tok)
        if fight is not None and tok.i not in taken:
            out.append(fight)
            continue
        if tok.i in taken or tok.tag_ != "NN" or tok.i == 0 or tok.i + 1 >= len(doc):
            continue
        kind = lx.VERB_TRIGGERS.get(tok.lower_)
        nxt, prev = doc[tok.i + 1], doc[tok.i - 1]
        if kind not in HEADLINE_KINDS or prev.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not (nxt.lower_ in {"a", "an", "the", "two", "three", "four", "five"} or nxt.tag_ == "CD"):
            continue
        patient = next((t for t in doc[tok.i + 2: tok.i + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
        if patient is None:
            continue
        # the subject: the noun the sentence hangs from when it comes first, else the word before
        root = tok.sent.root
        agent = root if root.pos_ in {"NOUN", "PROPN"} and root.i < tok.i else prev
        m = Mention(token=tok, kind=kind, start=tok.idx, end=tok.idx + len(tok.text), nominal=False,
                    agents=[agent], patients=[patient])
        m.scope = list(tok.sent)
        m.own_date = _own_date(m)
        out.append(m)
    return out


def _headline_fight(tok: Token) -> Mention | None:
    """ "Police battle cattle raiders": the parser makes one noun compound of the whole headline; a
    fighting word between two armed parties at the start of a sentence is the verb between them."""
    if tok.lower_ not in {"battle", "clash", "fight"} or tok.dep_ != "compound" or tok.i == tok.sent.start:
        return None
    prev, head = tok.doc[tok.i - 1], tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "battle cattle raiders"
        head = head.head
    parties = lx.ARMED_WORDS | lx.MOB_AGENTS | lx.RIOTER_WORDS
    if prev.i != tok.sent.start or _lower_lemma(prev) not in parties or _lower_lemma(head) not in parties:
        return None
    m = Mention(token=tok, kind="fight", start=tok.idx, end=tok.idx + len(tok.text), nominal=False,
                agents=[prev], partners=[head])
    m.scope = list(tok.sent)
    m.own_date = _own_date(m)
    return m


# Words that report a conflict event in ways the trigger rules leave untyped ("staged a sit-in",
# "exchanged fire", "went on strike"): only used, with the classifier, for short reports in which
# no trigger rule found anything.
LOOSE_TRIGGERS = {
    "strike", "sit-in", "demand", "chant", "block", "barricade", "exchange", "shoot-out", "shootout",
    "violence", "confront", "confrontation", "invade", "chase", "disrupt", "rampage", "stoppage",
    "boycott", "picket", "dead", "body", "deploy", "mutiny", "coup", "gunfire", "fire", "torch",
    "burn", "throw", "hurl", "denounce", "condemn", "walk", "gather", "assemble", "occupy", "seize",
    "kill", "attack", "clash", "protest", "demonstrate", "demonstration", "march", "rally", "riot",
    "loot", "wound", "injure", "beat", "abduct", "arrest", "rob", "shoot",
}


def candidate_mentions(doc: Doc) -> list[Mention]:
    """Realis clauses around loose report words, untyped (kind "report"), for the classifier."""
    out: list[Mention] = []
    for tok in doc:
        if tok.lemma_.lower() not in LOOSE_TRIGGERS and tok.lower_ not in LOOSE_TRIGGERS:
            continue
        if tok.pos_ not in VERB_TAGS | {"NOUN", "PROPN", "ADJ"} or not _is_realis(tok):
            continue
        out.append(_report_mention(tok))
    return out


def _report_mention(tok: Token) -> Mention:
    """An untyped mention (kind "report") with its arguments, for the classifier to type."""
    nominal = tok.pos_ not in VERB_TAGS
    m = Mention(token=tok, kind="report", start=tok.idx, end=tok.idx + len(tok.text), nominal=nominal)
    _nominal_arguments(m) if nominal else _verbal_arguments(m)
    _clean_arguments(m)
    m.scope = _scope(tok)
    return m


REPORTING_VERBS = {"say", "tell", "state", "announce", "claim", "report", "add", "explain", "warn", "note",
                   "confirm", "deny", "insist", "argue", "believe", "think", "hope", "fear", "expect", "plan"}


def _rule_word(tok: Token) -> bool:
    """A word some trigger rule reads, whatever it decided about it."""
    if tok.pos_ in VERB_TAGS:
        return _verb_lemma(tok) in lx.VERB_TRIGGERS
    return tok.pos_ in {"NOUN", "PROPN"} and (_lower_lemma(tok) in lx.NOUN_TRIGGERS or tok.lower_ in lx.NOUN_TRIGGERS)


def _found_unreal(tokens) -> bool:
    return any((_rule_word(t) or t.lemma_.lower() in LOOSE_TRIGGERS) and not _is_realis(t)
               and not _stated_purpose(t) for t in tokens)


def _dispersal_tried(tok: Token) -> bool:
    """"police used tear gas in an attempt to disperse the crowds": whether or not they scattered,
    the crowd was there."""
    if _verb_lemma(tok) != "disperse" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if not any(c.dep_ in OBJ and _lower_lemma(c) in CROWDS for c in tok.children):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in VERB_TAGS), None)
    return verb is not None and verb.tag_ in {"VBD", "VBN"} and _verb_lemma(verb) not in lx.IRREALIS_VERBS and \
        not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in lx.MODALS for c in verb.children)


CROWDS = {"crowd", "protester", "protestor", "demonstrator", "marcher", "supporter", "rioter", "mob",
          "student", "gathering", "rally", "demonstration", "protest", "youth"}


def _stated_purpose(tok: Token) -> bool:
    """"held a sit-in to denounce the appointments": what a gathering was for, which says nothing
    against the gathering itself."""
    return _lower_lemma(tok) in PRESUPPOSING_PURPOSES and tok.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def report_anchor(doc: Doc) -> list[Mention]:
    """The head of a short report's first sentence, for a report whose words the rules do not
    read at all ("Reports of the group spotted near the camp") but that speaks of conflict."""
    words = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    if not words & lx.CONFLICT_LEMMAS:
        return []
    if _found_unreal(doc):
        return []  # the rules read these words and found them unreal ("did not attack", "vowed to kill")
    for sent in doc.sents:
        tok = sent.root
        if tok.is_punct or tok.is_space:
            continue
        if not _is_realis(tok) or _verb_lemma(tok) in REPORTING_VERBS or _rule_word(tok):
            # "the demonstrators said they would return": what is said is not the report's deed; a
            # head the rules read and set aside ("withdrew from the convention") stays set aside
            return []
        return [_report_mention(tok)]
    return []


def report_head(doc: Doc) -> list[Mention]:
    """The head of a short report's first sentence, whatever its words, for a model that must be
    surer still: "Supporters damaged property during the vote", "Reinforcements were reported on
    the front", a rule word set aside for want of its object. Not a head that is unreal, nor one
    that only says who said something, nor a report whose first sentence the rules found unreal."""
    sent = next((s for s in doc.sents if not s.root.is_punct and not s.root.is_space), None)
    if sent is None:
        return []
    if _found_unreal(sent):
        return []
    tok = sent.root
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    if not _is_realis(tok) or _verb_lemma(tok) in REPORTING_VERBS and not passive:
        return []
    if _rule_word(tok) and _rule_kind(tok) not in MODEL_TYPED_HEADS:
        return []  # a political word the rules set aside ("withdrew from the convention") stays aside
    return [_report_mention(tok)]


# Heads the rules read as harm done, which they may set aside only for want of a known object
# ("destroyed irrigation systems"): a sure model may still type the report they head.
HARM_HEADS = {"loot", "attack", "kill", "explode", "shell", "fight", "abduct"}
# ... and a delivery the rules set aside for want of weapons ("delivered food parcels"), which a
# sure model may read as an armed group's change of activity
MODEL_TYPED_HEADS = HARM_HEADS | {"arm"}


def _rule_kind(tok: Token) -> str | None:
    lemma = _verb_lemma(tok) if tok.pos_ in VERB_TAGS else _lower_lemma(tok)
    return lx.VERB_TRIGGERS.get(lemma) if tok.pos_ in VERB_TAGS else lx.NOUN_TRIGGERS.get(lemma)


# --- triggers ---------------------------------------------------------------------------------


def _lower_lemma(tok: Token) -> str:
    if tok.pos_ in VERB_TAGS and tok.lower_ in lx.IRREGULAR_VERBS:
        return lx.IRREGULAR_VERBS[tok.lower_]
    return tok.lemma_.lower()


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _dobj_lemmas(tok: Token) -> set[str]:
    lemmas = set()
    for c in tok.children:
        if c.dep_ in OBJ | {"nsubjpass"}:
            lemmas.add(_lower_lemma(c))
            for cc in c.children:  # "hundreds of prisoners", "control of the prison"
                if cc.dep_ == "prep" and cc.lower_ == "of":
                    lemmas |= {_lower_lemma(p) for p in cc.children if p.dep_ == "pobj"}
    return lemmas


def _object_words(tok: Token) -> set[str]:
    """Every lemma of the objects' phrases: "more than a ton of marijuana"."""
    return {_lower_lemma(t) for c in tok.children if c.dep_ in OBJ | {"nsubjpass"} for t in c.subtree}


def _verb_lemma(tok: Token) -> str:
    """The lemma, repaired where the small model gets it wrong ("raped" -> "rap")."""
    lemma = _lower_lemma(tok)
    if tok.lower_ in lx.IRREGULAR_VERBS:
        return lx.IRREGULAR_VERBS[tok.lower_]
    if lemma in lx.VERB_TRIGGERS:
        return lemma
    low = tok.lower_
    for cut, add in (("ed", "e"), ("ing", "e"), ("es", "e"), ("ed", ""), ("ing", ""), ("s", "")):
        if low.endswith(cut) and low[: -len(cut)] + add in lx.VERB_TRIGGERS:
            return low[: -len(cut)] + add
    return lemma


def _hyphenated(tok: Token) -> str | None:
    """'sit-in', 'shoot-out': the tokenizer splits them into three tokens."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_ \
            and not tok.whitespace_:
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return None


def _trigger_kind(tok: Token) -> str | None:
    joined = _hyphenated(tok)
    if joined in lx.NOUN_TRIGGERS and joined not in lx.VERB_TRIGGERS:
        return lx.NOUN_TRIGGERS[joined]
    lemma = _lower_lemma(tok)
    if tok.pos_ in VERB_TAGS:
        lemma = _verb_lemma(tok)
        kind = lx.VERB_TRIGGERS.get(lemma)
        if tok.pos_ == "AUX":
            return None
        if tok.dep_ == "amod" and tok.tag_ == "VBG" and lemma == "strike":
            return None  # "striking teachers": on strike, not hitting anyone
        if lemma in SEXUAL_ASSAULT_VERBS and (lemma != "defile" or _objects_are_people(tok)) or \
                kind == "attack" and _sexually(tok):
            return "rape"
        if kind is None:
            return "protest" if _demonstrators_act(tok) else None
        return _refine_verb(tok, kind)
    if tok.pos_ in {"NOUN", "PROPN"} and in_name(tok):
        return None  # "the Texas Chainsaw Massacre" (a film), "the Anti-Terrorism Act"
    # "conducted airstrike and combing operations": a noun the tagger took for an adjective
    mistagged = tok.pos_ == "ADJ" and tok.tag_ == "JJ" and tok.dep_ in {"nmod", "dobj", "pobj", "nsubj", "nsubjpass"}
    if (tok.pos_ in {"NOUN", "PROPN"} or mistagged) and tok.dep_ != "compound":
        kind = lx.NOUN_TRIGGERS.get(lemma)
        if kind is None:
            return None
        return _refine_noun(tok, kind)
    return None


# "molested a girl", "sexually assaulted a woman": sexual violence.
SEXUAL_ASSAULT_VERBS = {"molest", "defile", "sodomize", "sodomise"}
# What demonstrators do in the open that is the demonstration itself (a list, not a guess: they
# also lose appeals, file suits and give interviews).
DEMONSTRATING_ACTS = {"wave", "chant", "carry", "hold", "sing", "shout", "demand", "denounce", "condemn", "occupy",
                      "camp", "picket", "converge", "parade", "display", "raise", "hoist", "wear", "walk", "kneel",
                      "sit", "dance", "brandish", "throng", "besiege", "surround", "whistle", "blow", "bang",
                      "hurl", "burn", "light", "paralyse", "paralyze", "shut", "lock", "barricade", "sleep"}
# Whoever these words name is demonstrating when they do something.
DEMONSTRATORS = {"protester", "protestor", "demonstrator", "marcher", "picketer", "picketers", "protesters",
                 "protestors", "demonstrators", "marchers"}


def _sexually(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in tok.children)


def _demonstrators_act(tok: Token) -> bool:
    """"Protesters outside the court waved placards", "demonstrators chanted slogans": what a crowd
    the report already calls protesters does in the open is the protest."""
    if _verb_lemma(tok) not in DEMONSTRATING_ACTS or tok.tag_ in {"VBN", "VBG"} and not _children(tok, {"aux"}):
        return False
    if _children(tok, PASSIVE_SUBJ) or tok.dep_ in {"xcomp", "ccomp", "relcl", "acl", "amod", "pcomp"}:
        return False
    return any(s.lower_ in DEMONSTRATORS or _lower_lemma(s) in DEMONSTRATORS for s in _children(tok, {"nsubj"}))


# Named things whose names hold trigger words: works, products, laws.
NAME_ENTITIES = {"WORK_OF_ART", "PRODUCT", "LAW"}


# Names the small model gives other labels; a trigger in one counts only when written as a name.
PROPER_NAMES = {"ORG", "EVENT", "FAC"}


def _title_case_name(tok: Token) -> bool:
    """A capitalised trigger after other capitalised words of the same name, in a sentence that
    is not written in title case ("the Texas Chainsaw Massacre", not "Gunmen Attack Village")."""
    if not tok.is_title or tok.i == 0 or not tok.doc[tok.i - 1].is_title:
        return False
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) < 0.6 * len(words)


def in_name(tok: Token) -> bool:
    """Part of the name of a work, law or thing rather than a word of the sentence."""
    return _inside_name(tok) and (
        tok.ent_type_ in NAME_ENTITIES or tok.ent_type_ in PROPER_NAMES and _title_case_name(tok))


def _inside_name(tok: Token) -> bool:
    """Within a name that does not open its sentence (a title-case headline is tagged as a work
    of art by the small model)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.start > tok.sent.start and len(ent) > 1


SPORT_WORDS = {"match", "round", "game", "final", "semi-final", "quarter-final", "set", "title", "cup", "league",
               "champion", "championship", "tournament", "seed", "qualifier", "goal", "score", "points", "race"}
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")


def _sport(tok: Token) -> bool:
    return any(t.lemma_.lower() in SPORT_WORDS or _SCORE.match(t.text) for t in tok.sent)


# Particles the small model sometimes attaches as adverbs ("guns down two officers").
ADVERB_PARTICLES = {"down", "up", "out", "off"}


def _prt(tok: Token) -> str:
    return " ".join(c.lower_ for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in ADVERB_PARTICLES))


def _refine_verb(tok: Token, kind: str) -> str | None:
    """Verbs whose meaning depends on their object or particle."""
    objs = _dobj_lemmas(tok)
    prt = _prt(tok)
    if kind == "take" and {_lower_lemma(p) for p in _prep_objects(tok, {"to", "into", "onto"})} & {"street", "streets"}:
        # "residents took to the streets", "supporters poured into the streets"
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        return "protest" if not subj & lx.ARMED_WORDS else None
    if kind == "take" and _lower_lemma(tok) == "pour" and objs & CORROSIVES and any(
            _lower_lemma(p) in lx.CIVILIAN_WORDS | lx.ARMED_WORDS | {"official", "guard", "officer"}
            or p.ent_type_ == "PERSON" or p.pos_ == "PRON"
            for p in _prep_objects(tok, {"on", "onto", "over", "at"})):
        return "kill"  # "poured acid on three officials": an attack on their bodies
    if kind == "take" and _lower_lemma(tok) in {"pour", "spill"}:
        return None  # "poured money into", "oil spilled"
    if kind == "die":
        # "a detainee died as a result of torture", "died from beatings": a killing told by its victim
        causes = {_lower_lemma(t) for t in tok.subtree if t.dep_ == "pobj"}
        return "kill" if causes & MISTREATMENT else None
    if kind == "use":
        # "armed men used explosives to open the safe": a blast; "used tear gas" is told elsewhere
        return "explode" if objs & USED_EXPLOSIVES else None
    if kind == "repel":
        # "the brigade thwarted an attack on the front": an attack fought off; "foiled a plot" is not
        return "fight" if objs & {"attack", "assault", "offensive", "raid", "advance", "incursion",
                                  "infiltration", "ambush"} and _children(tok, SUBJ) else None
    if kind == "take":
        if prt == "over" or "control" in objs:
            # "took over Kabul", "took control of the prison"; not "takes over the network"
            return "seize" if _territorial(tok, objs) or any(
                c.dep_ in OBJ and c.pos_ == "PROPN" and c.ent_type_ not in {"ORG", "PERSON"}
                for c in tok.children) or not _children(tok, OBJ) else None
        if "hostage" in objs or any(c.lower_ == "hostage" for c in tok.subtree):
            return "abduct"
        return None
    if kind == "find":
        if objs & lx.WEAPON_WORDS:
            return "defuse"  # weapons found, seized or recovered are weapons kept from use
        if _lower_lemma(tok) == "recover" and (objs & lx.TERRITORY_WORDS or _objects_are_places(tok)):
            return "retake"
        return None
    if kind == "drive":
        return "retake" if prt == "out" or any(c.dep_ == "prep" and c.lower_ in {"out", "from"}
                                                for c in tok.children) and _objects_are_people(tok) else None
    if kind == "gather":
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        purpose = any(c.dep_ in {"advcl", "xcomp", "prep", "conj"} and c.lemma_.lower() in
                      {"protest", "demand", "denounce", "demonstrate", "condemn", "against", "chant",
                       "call", "march"}
                      for c in tok.children)
        return "protest" if purpose or subj & lx.PROTESTER_WORDS else None
    if kind == "exchange":
        # "exchanged fire with the police", "exchanged artillery"
        return "fight" if objs & {"fire", "gunfire", "shot", "artillery", "blow", "bullet"} else None
    if kind == "open":
        return "attack" if "fire" in objs else None  # "opened fire on a bus"
    if kind == "throw":
        if objs & lx.GRENADE_CUES:
            return "explode"
        return "riot" if objs & {"stone", "rock", "molotov", "cocktail", "brick", "petrol", "firebomb",
                                 "bottle", "projectile"} else None
    if kind == "disrupt":
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        return "mob" if subj & (lx.RIOTER_WORDS | lx.MOB_AGENTS) else None
    if kind == "seize":
        if objs & lx.LIVESTOCK_WORDS or _object_words(tok) & lx.CONTRABAND_WORDS:
            return "loot"  # ACLED: property, drugs included, seized is property taken
        if objs & lx.WEAPON_WORDS:
            return "defuse"
        # "seized two villages" is land although a village is also its people; "a town that the
        # army seized" seized the town
        if tok.dep_ == "relcl" and objs & {"that", "which"}:
            objs = objs | {_lower_lemma(tok.head)}
        if objs & lx.TERRITORY_WORDS or _objects_are_places(tok):
            return "seize"
        if _objects_are_people(tok):
            return "capture_person"
        # "seized two valleys", "captured Kunduz"; not "capturing the imagination"
        if any(c.dep_ in OBJ and c.pos_ == "PROPN" for c in tok.children):
            return "seize"
        return None
    if kind == "blow":
        return "explode" if prt == "up" else None
    if kind == "set" and prt == "off" and objs & {"explosive", "bomb", "device", "ied", "mine"}:
        return "explode"
    if kind == "execute":
        named = any(c.dep_ in OBJ | {"nsubjpass"} and c.pos_ in {"PROPN", "PRON"} for c in tok.children)
        return "execute" if named or _objects_are_people(tok) or tok.dep_ == "acl" else None  # not "a plan"
    if kind == "kill" and prt == "off" and _lower_lemma(tok) == "kill":
        return None  # "killed off the character", "kill off demand"
    if kind == "loot" and any(c.dep_ in OBJ and c.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART"}
                              and _lower_lemma(c) not in lx.PROPERTY_WORDS for c in tok.children):
        return None  # "plundering Microsoft Outlook"
    if kind == "kill" and _lower_lemma(tok) == "shoot" and prt == "down":
        return "defuse"
    if kind == "kill" and _lower_lemma(tok) == "gun" and prt != "down":
        return None
    if kind == "kill" and _lower_lemma(tok) == "beat" and _sport(tok):
        return None  # "beat the world number five 6-4 7-5"
    if kind == "kill" and _lower_lemma(tok) == "rough":
        return "kill" if prt == "up" and _objects_are_people(tok) else None  # "roughed up voters"
    if kind == "kill" and _lower_lemma(tok) in {"slap", "punch", "kick"} and (prt or not _objects_are_people(tok)):
        return None  # "kicked off the campaign", "punched the air"
    if kind == "kill" and _lower_lemma(tok) in {"beat", "whip", "flog", "lash"} and not _objects_are_people(tok):
        return None  # "beat the odds", "beat the team"
    if kind == "attack" and _lower_lemma(tok) == "strike":
        if objs & lx.AGREEMENT_WORDS:
            return "sign"
    if kind == "attack" and _lower_lemma(tok) == "target":
        return "attack" if objs else None
    if kind == "set":
        if any(c.lower_ in {"free", "ablaze", "alight"} or (c.lower_ == "fire")
               for c in tok.subtree if c.i in range(tok.i, tok.i + 6)):
            words = {c.lower_ for c in tok.subtree if c.i in range(tok.i, tok.i + 6)}
            return "release" if "free" in words else "loot"
        if prt == "up" and objs & lx.BASE_WORDS:
            return "base"
        return None
    if kind == "release":
        return "release" if _objects_are_people(tok) or objs & {"hundred", "thousand"} else None
    if kind == "sign":
        return "sign" if objs & lx.AGREEMENT_WORDS else None
    if kind == "host":
        return "host" if objs & lx.DIPLOMACY_OBJECTS else None
    if kind == "arm" and objs & lx.FORCE_WORDS and _lower_lemma(tok) in {"send", "deliver"}:
        return "deploy"  # "sent troops to the border": a movement of forces
    if kind == "deploy":
        # "reinforced their positions", "redeploying at observation points": forces as the subject do
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        lemma = _lower_lemma(tok)
        held = objs & {"position", "presence", "line", "front", "frontline", "base", "post"}
        if lemma in {"redeploy"} and subj & lx.FORCE_WORDS:
            return "deploy"
        # "Al Shabaab forces moved into the county": forces entering an area
        if lemma == "move" and not objs and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            if tok.dep_ == "xcomp":
                subj |= {_lower_lemma(s) for s in _children(tok.head, SUBJ | PASSIVE_SUBJ)}
            return "deploy" if subj & (lx.FORCE_WORDS | lx.ARMED_WORDS) else None
        if lemma in {"reinforce", "fortify"}:
            return "deploy" if held or objs & lx.FORCE_WORDS else None
        return "deploy" if objs & lx.FORCE_WORDS else None
    if kind == "arm":
        if _lower_lemma(tok) == "arm":
            # "were armed by the state" is arming; "both sides were armed" a state of things
            given = _children(tok, OBJ) or _children(tok, {"agent"})
            return "arm" if tok.tag_ != "VBN" or given else None
        return "arm" if objs & {"arm", "weapon", "ammunition", "munition", "rifle", "missile"} else None
    if kind == "barricade" or kind == "loot" and _lower_lemma(tok) == "burn" and objs & STREET_FIRES:
        # a crowd that barricades streets and burns tyres is rioting ("erected barricades and lit tyres")
        fires = STREET_FIRES | ({"fire"} if _lower_lemma(tok) == "light" else set())
        return "riot" if objs & fires and (not _children(tok, SUBJ) or _crowd_subject(tok)) else None
    if kind == "curfew":
        # "the governor extended the curfew": a restriction ACLED codes as a change of activity
        return "curfew" if objs & {"curfew"} else None
    if kind == "loot" and _lower_lemma(tok) in {"cut", "chop", "uproot"}:
        return "loot" if objs & lx.TREE_WORDS else None
    if kind == "loot" and _lower_lemma(tok) in {"burn", "destroy", "demolish"}:
        if _lower_lemma(tok) == "destroy" and objs & lx.WEAPON_WORDS:
            return "defuse"  # "destroyed 342 mines"
        # "demolished the floor of a greenhouse": the part names what it is part of
        parts = {_lower_lemma(g) for o in tok.children if o.dep_ in OBJ | PASSIVE_SUBJ
                 for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children}
        return "loot" if (objs | parts) & lx.PROPERTY_WORDS else None
    if kind == "defuse" and _lower_lemma(tok) == "dismantle" and _object_words(tok) & lx.CONTRABAND_WORDS:
        return "loot"  # "dismantled a drug lab": property destroyed
    if kind == "defuse" and _lower_lemma(tok) in {"intercept", "clear"}:
        if _lower_lemma(tok) == "intercept" and _object_words(tok) & (lx.WEAPON_WORDS - {"round", "package", "parcel"}):
            return "defuse"  # "intercepted a truck carrying explosives"
        return "defuse" if objs & (lx.WEAPON_WORDS | {"drone", "weapon", "arm"}) else None
    if kind == "base":
        # fortifications and trenches dug are forces changing posture; a base or camp is a base
        if objs & {"fortification", "trench", "position", "barricade"} and not objs & {
                "base", "headquarters", "camp", "barrack", "barracks", "outpost"}:
            return "deploy"
        return "base" if objs & lx.BASE_WORDS else None
    if kind == "allegiance":
        return "allegiance" if any(c.lower_ == "allegiance" for c in tok.children) else None
    if kind == "drop":
        return "air" if any(t.lower_.startswith("bomb") for t in tok.subtree) else None
    if kind == "shell" and "exchange" in objs:
        return "fight"  # "shelling exchange between X and Y": both sides fired
    if kind == "respond":
        # "the guards reacted with gunfire", "soldiers returned fire"; not "returned home"
        answer = objs if _lower_lemma(tok) == "return" else objs | {
            _lower_lemma(p) for p in _prep_objects(tok, {"with"})}
        return "fight" if answer & lx.RETURN_FIRE else None
    if kind == "fire":
        if objs & {"rocket", "mortar", "missile", "shell", "artillery", "grenade"}:
            return "shell"
        if prt == "back" or any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in tok.children):
            return "fight"  # "fired back": shots answered
        if any(c.dep_ == "prep" and c.lower_ in {"on", "at", "upon"} for c in tok.children):
            return "attack"
        return None
    if kind == "protest" and _lower_lemma(tok) in {"march", "rally"}:
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        return "protest" if subj and not subj & lx.ARMED_WORDS else None
    if kind == "protest" and _lower_lemma(tok) == "disperse":
        return "protest" if _objects_are_people(tok) or objs & {"crowd", "protest", "demonstration", "rally",
                                                                "gathering", "march", "procession", "sit-in",
                                                                "vigil", "picket"} else None
    if kind == "retake" and _lower_lemma(tok) == "regain":
        return "retake" if _territorial(tok, objs) else None
    if kind == "withdraw":
        # troops withdraw from a town; a country withdrawing from a convention is no event
        places = [p for p in _prep_objects(tok, {"from", "out"})
                  if p.ent_type_ in {"GPE", "LOC", "FAC"} or _lower_lemma(p) in lx.TERRITORY_WORDS]
        return "withdraw" if places or any(_lower_lemma(s) in lx.ARMED_WORDS
                                           for s in _children(tok, SUBJ)) else None
    if kind == "surrender":
        # "surrendered to the army", "surrendered their weapons"; not "surrender his passport"
        objs_ = _children(tok, OBJ)
        return "surrender" if not objs_ or objs & lx.WEAPON_WORDS else None
    if kind == "change" and _lower_lemma(tok) == "merge":
        return "change"
    if kind == "change" and _lower_lemma(tok) == "recruit":
        # "the militia is recruiting in the town"; not a firm or a club recruiting staff
        subj = _children(tok, SUBJ) or (_children(tok.head, SUBJ | PASSIVE_SUBJ) if tok.dep_ == "xcomp" else [])
        return "change" if any(_lower_lemma(x) in lx.ARMED_WORDS or x.ent_type_ in {"ORG", "NORP"}
                               or x.pos_ == "PROPN" and x.ent_type_ not in {"PERSON", "GPE"} for x in subj) else None
    return _refine_round4(tok, kind, objs, prt)


def _with_objects(tok: Token) -> set[str]:
    return {_lower_lemma(p) for p in _prep_objects(tok, {"with"})}


def _refine_round4(tok: Token, kind: str, objs: set[str], prt: str) -> str | None:
    """Report verbs that are events only with the right object: "pelted the convoy with stones"
    (not "pelted with questions"), "neutralized ten militants" (killed; a neutralized bomb is a
    disrupted weapon), "launched two missiles", "stripped them of their phones", "reinforcements
    arrived", "beefed up security"."""
    if kind == "pelt" and _lower_lemma(tok) == "spray":
        # "with bullets" often hangs off the object in the parse
        return "attack" if any(t.lower_ == "with" and any(_lower_lemma(p) in {"bullet", "gunfire"} for p in t.children)
                               for t in tok.subtree) else None
    if kind == "pelt":
        # "pelted the convoy with stones", "pelted stones at the police"
        return "attack" if (_with_objects(tok) | objs) & lx.MISSILE_OBJECTS else None
    if kind == "contact":
        # "the truck ran over an IED", "a soldier stepped on a landmine", "a car hit a mine",
        # "was hit by a roadside bomb"
        touched = objs | {_lower_lemma(p) for p in _prep_objects(tok, {"on", "over", "by", "onto", "through", "into"})} | {
            _lower_lemma(p) for c in tok.children if c.dep_ == "agent" for p in c.children}
        if touched & CONTACT_EXPLOSIVES:
            return "explode"
        hitters = {_lower_lemma(c) for c in tok.children if c.dep_ == "nsubj"}
        if _lower_lemma(tok) == "hit" and hitters & (CONTACT_EXPLOSIVES | PROJECTILES) and objs:
            return "explode"  # "a roadside bomb hit a bus", "a rocket hit the market"
        return "kill" if _lower_lemma(tok) == "hit" and _blows(tok) else None
    if kind == "charge":
        # "troopers baton charged traders", "police lathi-charged the crowd"; not "charged with murder"
        before = [t.lower_ for t in tok.doc[max(0, tok.i - 2):tok.i]]
        return "attack" if set(before) & lx.CHARGE_WEAPONS and not _prep_objects(tok, {"with"}) else None
    if kind == "shatter":
        # "broke windows", "smashed ballot boxes"; not "broke the record", "broke the news"
        return "loot" if objs & lx.BREAKABLE and not prt else None
    if kind == "stone":
        # "stoned a thief to death", "stoned the police": people are stoned, not buildings
        return "kill" if _objects_are_people(tok) or _to_death(tok) else None
    if kind == "neutralize":
        if objs & lx.WEAPON_WORDS:
            return "defuse"
        return "kill" if _objects_are_people(tok) else None
    if kind == "launch":
        kinds_of = {_lower_lemma(c) for o in _children(tok, OBJ) for c in o.children if c.dep_ in {"compound", "amod"}}
        if (objs | kinds_of) & lx.LAUNCHED_MUNITIONS:
            return "shell"  # "launched rockets", "launched mortar fire at the base"
        # "launched a military operation in three regions": forces set to a new task; the fighting
        # it brings, when told, is its own event and outranks this one
        named = {_lower_lemma(c) for o in _children(tok, OBJ) for c in o.children if c.dep_ == "compound"}
        return "deploy" if (objs | named) & {"operation"} and _children(tok, SUBJ) else None
    if kind == "strip":
        # robbed of belongings: "stripped the passengers of their phones"
        # ("of their belongings" may hang off the object in the parse)
        robbed_of = _prep_objects(tok, {"of"}) or any(t.lower_ == "of" for c in _children(tok, OBJ) for t in c.children)
        return "loot" if robbed_of and (_objects_are_people(tok) or _dobj_lemmas(tok) & ROAD_USERS) else None
    if kind == "arrive" and _lower_lemma(tok) == "bring":
        # "brought military reinforcements to their positions" (the parser may make "to" a dative)
        to_place = _prep_objects(tok, {"to", "into"}) or any(c.dep_ == "dative" and c.lower_ == "to"
                                                            for c in tok.children)
        return "deploy" if objs & lx.FORCE_WORDS and (prt == "in" or to_place) else None
    if kind == "arrive":
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        if _lower_lemma(tok) == "enter" and not (objs or _prep_objects(tok, {"into"})):
            return None  # "forces entered" what? "entered service", "entered talks" have objects too
        if _lower_lemma(tok) == "enter" and objs & {"talk", "negotiation", "service", "force", "politics",
                                                     "race", "agreement", "market", "plea"}:
            return None
        return "deploy" if subj & lx.FORCE_WORDS else None
    if kind == "beef":
        return "deploy" if prt == "up" and objs & (lx.FORCE_WORDS | {"security", "presence", "deployment"}) else None
    if kind == "fight" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in NOT_ARMED_MODIFIERS and not _children(tok, SUBJ):
        return None  # "the league cup clash", with "clash" mis-tagged as a verb
    if kind == "fight" and objs & ABSTRACT_FOES:
        return None  # "the way to fight terrorism", "fought the charges"
    if kind == "fight" and _lower_lemma(tok) == "ambush" and objs & (lx.CIVILIAN_CARRIERS | lx.CIVILIAN_WORDS) \
            and not objs & lx.ARMED_WORDS:
        return "attack"  # "ambushed a bus", "ambushed villagers": no one there to fight back
    if kind == "fight" and _lower_lemma(tok) == "engage":
        # "engaged the militants", "engaged in fierce fighting"; not "engaged in plotting" or "engaged
        # with voters"
        in_what = {_lower_lemma(p) for p in _prep_objects(tok, {"in"})}
        engaged = _children(tok, {"dobj"})
        if not engaged and not in_what & ENGAGED_IN_FIGHT and not _with_objects(tok) & lx.ARMED_WORDS:
            return None
        return kind
    if kind == "block":
        # "residents blocked the highway": a demonstration; police or a court blocking is not
        subj = {_lower_lemma(s) for s in _children(tok, SUBJ)}
        return "protest" if objs & lx.BLOCKED_WAYS and not subj & (lx.FORCE_WORDS | {"police", "court"}) else None
    if kind in {"pelt", "stone", "neutralize", "launch", "strip", "arrive", "beef", "patrol", "block", "contact"}:
        return None
    return kind


STREET_FIRES = {"barricade", "tyre", "tire", "bonfire", "roadblock"}


def _crowd_subject(tok: Token) -> bool:
    subjects = _children(tok, SUBJ)
    if not subjects and tok.dep_ == "conj":
        subjects = _children(tok.head, SUBJ)
    return any(_lower_lemma(s) in lx.PROTESTER_WORDS | lx.RIOTER_WORDS | lx.MOB_AGENTS | {"they", "crowd", "youth"}
               for s in subjects)


CORROSIVES = {"acid", "petrol", "gasoline", "kerosene", "paraffin"}
ROAD_USERS = {"user", "passenger", "traveller", "traveler", "motorist", "driver", "commuter"}
MISTREATMENT = {"torture", "beating", "mistreatment", "ill-treatment"}
CONTACT_VERBS = {"step", "run", "hit", "trigger", "drive", "strike"}
USED_EXPLOSIVES = {"explosive", "dynamite", "bomb", "ied", "grenade", "detonator"}
CONTACT_EXPLOSIVES = {"mine", "landmine", "ied", "device", "explosive", "bomb", "booby-trap", "booby"}
PROJECTILES = {"rocket", "missile", "shell", "mortar", "grenade", "drone", "projectile", "airstrike"}
ABSTRACT_FOES = {"terrorism", "corruption", "poverty", "crime", "disease", "extremism", "racism", "fire", "cancer",
                 "virus", "inflation", "fraud", "hunger", "climate", "discrimination", "radicalisation",
                 "radicalization", "unemployment", "pandemic", "epidemic", "malaria", "aids", "hiv", "covid",
                 "coronavirus", "obesity", "piracy", "trafficking", "impunity", "injustice", "case", "charge",
                 "ruling", "decision", "plan", "proposal", "bill", "ban", "election", "seat", "cause", "battle",
                 "addiction", "illness", "infection", "tax", "closure", "cut", "deportation", "extradition",
                 "war", "insurgency"}
ENGAGED_IN_FIGHT = {"fighting", "fight", "clash", "battle", "combat", "gunfight", "firefight", "exchange",
                    "skirmish", "gunbattle", "hostility", "confrontation", "shootout"}


def _to_death(tok: Token) -> bool:
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i + 1: tok.i + 6]]
    return any(words[k:k + 2] == ["to", "death"] for k in range(len(words)))


def _refine_noun(tok: Token, kind: str) -> str | None:
    mods = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}}
    if kind == "strike":
        if mods & (lx.AIR_CUES | {"air", "drone"}):
            return "air"
        if mods & {"missile", "rocket", "artillery"}:
            return "shell"
        return None  # labour strikes, "a strike of luck"
    if kind == "attack" and _lower_lemma(tok) == "raid" and mods & {"air"}:
        return "air"
    if kind == "attack" and mods & {"arson"}:
        return "loot"  # "an arson attack on a paint factory": property set on fire
    if kind == "operation":
        # "conducted artillery operations against the militants"; other operations are no deed yet
        if mods & {"artillery", "shelling", "mortar"}:
            return "shell"
        if "ground" in mods or any(t.lower_ == "ground" for t in tok.doc[max(tok.i - 3, 0):tok.i]):
            return "fight"  # "air/ground operations against the militants": forces on the ground fight
        return "air" if mods & {"air", "aerial", "airborne"} else None
    if kind == "break":
        return "break" if mods & {"prison", "jail"} or _lower_lemma(tok) == "jailbreak" else None
    if kind == "charge":
        return "attack" if mods & lx.CHARGE_WEAPONS else None  # "a baton charge on the traders"
    if kind == "exchange":
        # "a shelling exchange", "an exchange of fire"; not "a prisoner exchange", "foreign exchange"
        shots = mods | {_lower_lemma(p) for p in _prep_objects(tok, {"of"})}
        return "fight" if shots & (lx.RETURN_FIRE | {"shelling", "artillery", "rocket", "mortar"}) else None
    if kind == "shell" and tok.dep_ == "compound" and _lower_lemma(tok.head) == "exchange":
        return None  # the exchange is the trigger: a fight
    if kind == "negotiate" and _lower_lemma(tok) == "talk":
        return "negotiate" if tok.tag_ == "NNS" and mods & {"peace", "direct", "ceasefire"} or \
            tok.head.lemma_ in {"hold", "open", "begin", "start", "resume"} else None
    if kind == "release":
        return "release" if any(
            _lower_lemma(p) in lx.CIVILIAN_WORDS | {"hundred", "thousand"} | lx.ARMED_WORDS
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
        ) else None
    if kind == "agree" and _lower_lemma(tok) == "deal":
        return "agree" if tok.head.lemma_ in {"sign", "reach", "strike", "broker"} or mods & {
            "peace", "ceasefire", "prisoner"} else None
    if kind == "fight" and _lower_lemma(tok) == "fight":
        return "fight" if tok.dep_ not in {"pobj"} or tok.head.lower_ != "against" else None
    if kind == "attack" and _lower_lemma(tok) == "offensive":
        return "attack" if tok.pos_ == "NOUN" else None
    if kind == "withdraw":
        return "withdraw" if mods or any(c.dep_ in {"poss", "compound"} for c in tok.children) else None
    if kind == "projectiles":
        # "observed a total of 5 projectiles": counted incoming fire is shelling
        verb = _governing_verb(tok)
        counted = tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.head.children if tok.head.lower_ == "total")
        return "shell" if verb is not None and _lower_lemma(verb) in SHOT_VERBS and (
            counted or tok.head.lower_ == "of") else None
    if kind == "shots":
        # "observed a total of 14 shots", "heard 20 shots": counted gunfire is an exchange of fire
        counted = any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ == "NNS"
        verb = _governing_verb(tok)
        # "shots of praise", "shots of vodka"; gunfire goes with weapons or a front line
        of_what = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
        armed = bool(words & (lx.VIOLENCE_WORDS | {"arm", "arms", "weapons", "frontline", "automatic"}))
        return "fight" if counted and not of_what and armed and verb is not None and \
            _lower_lemma(verb) in SHOT_VERBS else None
    if kind == "conflict":
        # "four died in inter-clan conflict": a fight between communities, told with its violence;
        # "the conflict in the region" is the war as a whole
        communal = any(m.startswith("inter") or m in {"communal", "tribal", "clan", "ethnic"} for m in mods)
        told = {t.lemma_.lower() for t in tok.sent if t.i != tok.i}
        return "fight" if communal and told & lx.VIOLENCE_WORDS else None
    if kind == "patrol":
        # "carried out a joint patrol": a movement of forces; "a patrol was ambushed" names the target
        took_place = tok.dep_ in SUBJ and _lower_lemma(tok.head) == "take" and "place" in _dobj_lemmas(tok.head)
        return "deploy" if tok.dep_ in OBJ and _lower_lemma(tok.head) in PATROL_VERBS or took_place else None
    return kind


SHOT_VERBS = {"observe", "hear", "record", "report", "register", "count"}
PATROL_VERBS = {"carry", "conduct", "mount", "launch", "undertake", "begin", "start", "stage", "form"}


def _territorial(tok: Token, objs: set[str]) -> bool:
    """Objects that are land: "regained the town", "control of the district"; not "control of
    the airline"."""
    if _objects_are_places(tok):
        return True
    for c in tok.children:
        if c.dep_ in OBJ and _lower_lemma(c) == "control":
            owned = [p for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                     for p in g.children if p.dep_ == "pobj"]
            owned += [x for p in owned for x in p.conjuncts]  # "of A, B and C areas"
            # "control of Af-Urur, a strategic village": the apposition says what NER could not
            return not owned or any(p.ent_type_ in {"GPE", "LOC", "FAC"} or
                                    _lower_lemma(p) in lx.TERRITORY_WORDS - {"control"} or
                                    any(a.dep_ == "appos" and _lower_lemma(a) in lx.TERRITORY_WORDS
                                        for a in p.children) for p in owned)
    return bool(objs & (lx.TERRITORY_WORDS - {"control"}))


# People named by their office: "an MP was slapped", "youths beat a councillor".
OFFICE_HOLDERS = {"mp", "legislator", "politician", "official", "chief", "councillor", "councilor", "mayor",
                  "governor", "senator", "candidate", "aspirant", "lawmaker", "minister", "administrator", "councilman",
                  "councilwoman", "deputy", "elder", "imam", "priest", "pastor", "catechist"}
# Words that count people without naming them: "an unspecified number of displaced persons".
PEOPLE_COUNTS = {"hundred", "thousand", "dozen", "scores", "number", "group", "handful", "couple"}


def _objects_are_people(tok: Token) -> bool:
    objects = [c for c in tok.children if c.dep_ in OBJ | {"nsubjpass"}]
    if tok.dep_ in {"xcomp", "advcl", "oprd"} and not objects and _lower_lemma(tok.head) in {"find", "discover"}:
        # "a man was found executed": the one found is the one executed
        objects = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    cur = tok
    while not objects and cur.dep_ == "conj" and cur.tag_ == "VBN" and cur.head.pos_ in VERB_TAGS:
        # "were identified, taken away and executed": the conjuncts share the passive subject
        cur = cur.head
        objects = [c for c in cur.children if c.dep_ == "nsubjpass"]
    people = lx.CIVILIAN_WORDS | lx.ARMED_WORDS | lx.PROTESTER_WORDS | lx.RIOTER_WORDS | {"protester", "demonstrator"} \
        | OFFICE_HOLDERS
    for c in objects:
        # "the single, which was released": the relative pronoun's antecedent decides
        who = tok.head if c.lower_ in {"which", "that"} and tok.dep_ == "relcl" else c
        if who.ent_type_ == "PERSON" or who.pos_ == "PRON" and who.lower_ not in {"it", "what", "which", "that"}:
            return True
        if _lower_lemma(who) in people:
            return True
        if _lower_lemma(who) in PEOPLE_COUNTS and any(_lower_lemma(p) in people for p in who.subtree):
            return True
    return False


def _blows(tok: Token) -> bool:
    """"Police hit several women": people striking people with their hands or clubs."""
    striker = lx.ARMED_WORDS | lx.PROTESTER_WORDS | lx.RIOTER_WORDS | lx.MOB_AGENTS
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "agent"}]
    subjects += [g for c in subjects if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return _objects_are_people(tok) and any(
        _lower_lemma(c) in striker or c.ent_type_ in {"PERSON", "NORP"} for c in subjects)


def _objects_are_places(tok: Token) -> bool:
    return any(c.dep_ in OBJ and c.ent_type_ in {"GPE", "LOC", "FAC"} for c in tok.children)


def _trigger_extent(tok: Token) -> tuple[int, int]:
    """The trigger phrase: the word plus an adjacent particle or resultative ("shot dead",
    "took over") or the compound that types it ("air strike")."""
    first, last = tok, tok
    for c in tok.children:
        if c.dep_ in {"prt", "oprd", "acomp"} and c.i == last.i + 1:
            last = c
        if c.dep_ == "compound" and c.i == first.i - 1 and c.lower_ in (
            lx.AIR_CUES | lx.SHELL_CUES | lx.SUICIDE_CUES | {"prison", "jail", "car", "roadside"}
        ):
            first = c
    return first.idx, last.idx + len(last.text)


# --- modality ---------------------------------------------------------------------------------


def _governing_verb(tok: Token) -> Token | None:
    """The verb whose clause holds this token, stopping at sentence root."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if cur.pos_ in VERB_TAGS:
            return cur
    return None


# Verbs that tell what a deed did, so that a gerund subject of theirs is that deed.
DEED_OUTCOMES = {"hit", "kill", "destroy", "damage", "wound", "injure", "leave", "claim", "cause", "flatten",
                 "level", "force", "displace", "raze"}


def _gerund_deed(tok: Token) -> bool:
    """"Shelling by the army hit a village": a gerund with its doer, heading a clause that says
    what it did."""
    by_doer = any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in tok.children)
    return by_doer and tok.dep_ in SUBJ and _lower_lemma(tok.head) in DEED_OUTCOMES


def _clause_is_irrealis(verb: Token) -> bool:
    """Negation, a modal or future auxiliary, or a conditional mark on this verb (or, for a
    conjunct, on the verb it is coordinated with)."""
    cur = verb
    while True:
        for c in cur.children:
            if c.dep_ == "neg":
                return True
            if c.dep_ == "aux" and c.lower_ in lx.MODALS:
                return True
            if c.dep_ in {"mark", "advmod"} and c.lower_ in lx.IRREALIS_MARKS:
                return True
            if c.dep_ == "advmod" and c.lower_ in {"never"}:
                return True
        if cur.dep_ == "conj" and cur.head.pos_ in VERB_TAGS:
            cur = cur.head
            continue
        return False


# What is shot at without being anyone: game and practice targets.
NOT_VICTIMS = {"deer", "antelope", "pig", "boar", "animal", "bird", "duck", "target", "paper", "silhouette",
               "round", "clay", "bottle", "can", "ball", "goal", "photo", "picture", "film", "scene"}


def _is_realis(tok: Token) -> bool:
    """False when the trigger is negated, modal, future, conditional, intended or embedded in a
    noun such as "threat" or "specter"."""
    objs = [c for c in tok.children if c.dep_ in OBJ]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]
    if objs and tok.lemma_.lower() in {"shoot", "kill", "fire"} and all(
            _lower_lemma(o) in NOT_VICTIMS for o in objs):
        return False  # "shoot down deer", "shoot 10 rounds at paper targets"
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(_lower_lemma(p) in PASTIME for p in c.children)
           for c in tok.children):
        return False
    if _scare_quoted(tok):
        return False  # the wars to "liberate" the country
    if tok.pos_ in VERB_TAGS:
        if _dispersal_tried(tok):
            return True
        if _clause_is_irrealis(tok):
            return False
        # "the suspects are detained at a prison": a state of detention, not an arrest
        if tok.tag_ == "VBN" and _verb_lemma(tok) in {"detain", "hold", "imprison", "jail", "keep"} and any(
                c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in tok.children):
            return False
        # a gerund that is a subject or complement names a kind of act ("detaining someone is ...");
        # one done by someone to something is a deed ("shelling by the army hit a village")
        if tok.tag_ == "VBG" and tok.dep_ in SUBJ | {"attr", "pobj"} and not _children(tok, SUBJ) \
                and not _gerund_deed(tok):
            return False
        # "no explosive device was found", "killed no one"
        if any(c.dep_ in OBJ | PASSIVE_SUBJ and (c.lower_ in {"nobody", "none"} or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in tok.children):
            return False
        # "each time you are killed", "whenever they attack": a pattern, not an event
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() == "time" and any(
                d.lower_ in {"each", "every"} for d in tok.head.children):
            return False
        if any(c.dep_ in {"npadvmod", "advcl", "advmod", "mark"} and (
                c.lower_ == "whenever" or c.lemma_.lower() == "time" and any(
                    d.lower_ in {"each", "every"} for d in c.children)) for c in tok.children):
            return False
        # "a gang that has been abducting and killing girls": a course of conduct, not one event
        if _perfect_progressive(tok):
            return False
        # habitual present ("militants often attack convoys") describes a pattern, not an event
        if tok.tag_ in {"VBP", "VBZ"} and any(c.dep_ == "advmod" and c.lower_ in HABITUAL
                                              for c in tok.children):
            return False
        # purpose clauses ("to wipe out the complex") describe intentions, not outcomes; but people
        # who "blocked roads to protest" did protest
        if tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return _verb_lemma(tok) in {"protest", "demonstrate"}
        return _embedding_is_realis(tok)
    # nominal trigger: "no attacks", "without a fight", "a possible attack"
    if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in tok.children):
        return False
    if _demanded(tok):
        return False
    if any(c.dep_ == "amod" and c.lower_ in UNREAL_ADJECTIVES for c in tok.children):
        return False
    # "a security attack" on a computer, "a heart attack", "a personal attack" in a debate
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in NOT_ARMED_MODIFIERS for c in tok.children):
        return False
    return _embedding_is_realis(tok)


# Verbs whose object, or "for" phrase, is something wanted and not yet done.
DEMAND_VERBS = {"call", "ask", "demand", "appeal", "press", "push", "plead", "campaign", "lobby", "pray",
                "agitate", "seek", "urge", "want", "petition", "clamour", "clamor"}


def _demanded(tok: Token) -> bool:
    """"calling for the release of detainees", "demanded the withdrawal of troops": asked for, not done."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in OBJ:
        return False
    return head.pos_ in VERB_TAGS and _verb_lemma(head) in DEMAND_VERBS


# Adjectives that make a noun trigger unreal (not yet, or a kind rather than an event).
UNREAL_ADJECTIVES = {"possible", "potential", "future", "hypothetical", "imminent", "proposed",
                     "expected", "promised", "threatened", "looming", "eventual", "intended", "typical",
                     "prospective", "feared", "likely", "phased"}
NOT_ARMED_MODIFIERS = {"security", "cyber", "heart", "panic", "asthma", "hacker", "virus", "computer",
                       "online", "verbal", "personal", "phishing", "spam", "malware", "web", "internet",
                       "network", "denial", "ransomware", "software", "allergy", "anxiety",
                       # sport: "a cup clash", "the title fight"
                       "cup", "league", "derby", "title", "semi-final", "quarter-final", "fixture",
                       "match", "championship", "tournament", "playoff", "premiership", "heavyweight",
                       "boxing", "court", "legal", "courtroom", "custody", "ratings", "price", "bidding",
                       "takeover", "boardroom", "turf"}
# Purposes that make shooting a pastime ("those shooting for sport").
PASTIME = {"sport", "fun", "food", "game", "pleasure", "recreation", "practice", "meat"}


QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}


def _scare_quoted(tok: Token) -> bool:
    """One word in quotation marks is the writer keeping their distance from it."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTES and doc[tok.i + 1].text in QUOTES


def _perfect_progressive(verb: Token) -> bool:
    cur = verb
    while True:
        auxes = {c.lower_ for c in cur.children if c.dep_ == "aux"}
        if cur.tag_ == "VBG" and "been" in auxes and auxes & {"has", "have", "had", "'s", "'ve"}:
            return True
        if cur.dep_ == "conj" and cur.head.pos_ in VERB_TAGS and cur.tag_ == "VBG":
            cur = cur.head
            continue
        return False


def _embedding_is_realis(tok: Token) -> bool:
    """Walk up from the trigger through infinitives, objects and prepositions to the clause that
    embeds it; intention verbs and irrealis nouns on the way make it unreal."""
    cur = tok
    hops = 0
    while cur.head.i != cur.i and hops < 8:
        hops += 1
        dep, head = cur.dep_, cur.head
        head_lemma = _lower_lemma(head)
        if head.lower_ in {"without", "instead"}:
            return False
        if head.pos_ in {"NOUN", "PROPN"} and head_lemma in lx.IRREALIS_NOUNS and not _wave_that_happened(head):
            return False
        if head.pos_ == "ADJ" and head_lemma in lx.REPUTATION_ADJECTIVES:
            return False
        # "free from attack", "vulnerable to attacks": a condition, not an event
        if head.pos_ == "ADJ" and head_lemma in SHELTER_ADJECTIVES and dep == "prep" and cur.lower_ in {"from", "to"}:
            return False
        # "a film about the blasts", "a novel based on the murder": a depiction
        if dep == "prep" and cur.lower_ in {"about", "on", "of"} and (
                head.pos_ in {"NOUN", "PROPN"} and head_lemma in DEPICTIONS
                or head.pos_ in VERB_TAGS and head_lemma == "base" and cur.lower_ == "on"):
            return False
        # "a novel which looks at the explosions", "the film depicts the massacre"
        if head.pos_ in VERB_TAGS and head_lemma in DEPICT_VERBS and dep in OBJ | {"prep"} and _depiction_subject(head):
            return False
        # "those on trial for the bombings": a court case about an event told elsewhere
        if dep == "pobj" and cur.head.lower_ in {"for", "over"} and _lower_lemma(cur.head.head) in LEGAL_NOUNS:
            return False
        if head.pos_ in VERB_TAGS:
            # "orders to keep suspects under house arrest": the goal of a purpose clause is not a deed
            if dep == "advcl" and cur.i != tok.i and _infinitive(cur) and _purpose_content(tok, cur):
                return False
            # "supporters are set to protest", "talks are due to begin"
            if head_lemma in {"set", "due", "schedule", "poise", "slate"} and dep == "xcomp" and _infinitive(cur):
                return False
            if head_lemma in {"try", "attempt"} and dep == "xcomp" and cur.i == tok.i and _attempt_made(head, tok):
                cur = head  # "tried to kill a man": an attempt on his life is an attack (ACLED)
                continue
            if dep == "ccomp" and cur.i < head.i and _children(cur, SUBJ) and any(
                    t.is_punct and t.lower_ == "," for t in cur.doc[cur.right_edge.i:head.i + 1]):
                # "students protested in the city, they also called for aid": a clause spliced on
                # by a comma tells its own deed; an intention verb cannot take it fronted
                return True
            if head_lemma in lx.IRREALIS_VERBS and (
                dep in {"xcomp", "dobj", "ccomp"} or dep == "advcl" and _infinitive(cur)
                or dep == "prep" and cur.lower_ in {"from", "of", "to", "about", "with", "against"}
            ):
                return False
            # "the attack could have been prevented" still tells an attack; "talks will begin" not yet
            nominal_subject = cur.i == tok.i and dep in SUBJ | PASSIVE_SUBJ and tok.pos_ not in VERB_TAGS \
                and head_lemma not in {"begin", "start", "resume", "happen", "occur", "take", "continue"}
            # "could be subject to arrest" (acomp), "could order them to face arrest" (a to-clause)
            complement = dep in {"xcomp", "dobj", "attr", "conj", "acomp"} or (
                dep == "prep" and cur.lower_ in {"from", "of", "to", "about", "with", "against"}) or (
                dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children))
            happening = dep in SUBJ | PASSIVE_SUBJ and head_lemma in {"begin", "start", "resume", "happen",
                                                                     "occur", "take", "continue"}
            if (complement or happening) and not nominal_subject:
                if _clause_is_irrealis(head):
                    return False
            # "will join campaigners at a rally in the spring": a modal verb's setting is not yet;
            # a negated one still happened ("police did not intervene in the clashes")
            if dep == "prep" and not complement and any(
                    c.dep_ == "aux" and c.lower_ in lx.MODALS - {"can", "ca", "must"} for c in head.children):
                return False
            # "the proposals include merging the regiments": what a plan contains has not happened
            if head_lemma in {"include", "involve", "envisage", "foresee", "require", "mean", "entail"} and any(
                    c.dep_ in SUBJ and _lower_lemma(c) in lx.IRREALIS_NOUNS for c in head.children):
                return False
            # "wants to see a withdrawal": the infinitive's own embedding decides
            if dep not in {"xcomp", "prep", "pobj", "pcomp", "conj"} and not _infinitive(head):
                return True
        if dep in {"relcl", "acl", "advcl", "ccomp", "ROOT"}:
            return True
        cur = head
    return True


# Acts whose attempt ACLED codes as the act: an attempted killing is an attack that failed.
# A failed seizure changes no territory, so taking places is not among them.
ATTEMPTED_ACTS = {"kill", "assassinate", "murder", "abduct", "kidnap", "attack", "storm", "lynch", "burn",
                  "torch", "loot", "rob", "assault", "beat", "bomb", "shoot", "stab", "raid", "ambush", "behead",
                  "rape", "hijack", "pillage", "plunder", "ransack", "vandalize", "vandalise"}


def _attempt_made(attempt: Token, act: Token) -> bool:
    """"gunmen tried to kill a trader": made (past, not negated, not modal); not "will try to
    seize", "did not try to attack", "tried to kill himself"."""
    if _verb_lemma(act) not in ATTEMPTED_ACTS or attempt.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in lx.MODALS for c in attempt.children):
        return False
    return not any(c.dep_ in OBJ and c.lower_ in {"himself", "herself", "themselves", "myself", "yourself"}
                   for c in act.children)


# Purposes that take a past event as given: "rallied to condemn the killing".
PRESUPPOSING_PURPOSES = {"protest", "demonstrate", "condemn", "denounce", "mourn", "mark", "commemorate",
                         "demand", "avenge", "investigate", "probe", "remember", "honour", "honor", "decry",
                         "retaliate", "revenge", "express", "show", "oppose", "seek", "call"}
ADJUNCT_PREPS = {"after", "following", "since", "during", "before", "amid", "despite", "in", "at", "near", "over"}


def _purpose_content(tok: Token, purpose: Token) -> bool:
    """The trigger is what a purpose clause aims at (its object or its "under"/"into" phrase), not
    a time or a place around it ("deployed to secure the area after the attack")."""
    if _verb_lemma(purpose) in PRESUPPOSING_PURPOSES:
        return False
    link = tok
    while link.head.i != purpose.i:
        link = link.head
        if link.i == link.head.i:
            return False
    return link.dep_ in OBJ | {"xcomp", "ccomp"} or link.dep_ == "prep" and link.lower_ not in ADJUNCT_PREPS


def _infinitive(verb: Token) -> bool:
    # "plans to introduce orders to keep suspects under arrest": acl on a noun is an infinitive too
    return verb.dep_ in {"xcomp", "advcl", "acl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


SHELTER_ADJECTIVES = {"free", "safe", "immune", "secure", "protected", "vulnerable", "prone", "exposed",
                      "susceptible", "liable"}
DEPICTIONS = {"film", "movie", "documentary", "novel", "book", "play", "poster", "painting", "song", "game",
              "series", "drama", "musical", "opera", "exhibition", "memoir", "biography", "thriller", "docudrama",
              "screenplay", "sitcom", "miniseries", "album", "comic", "cartoon"}

SWEEP_VERBS = {"sweep", "hit", "rock", "erupt", "grip", "spread", "engulf", "shake", "roil"}


DEPICT_VERBS = {"look", "examine", "explore", "depict", "portray", "tell", "chronicle", "recount", "document",
                "dramatise", "dramatize", "recreate", "describe", "show", "feature", "revisit", "tackle"}
LEGAL_NOUNS = {"trial", "retrial", "conviction", "acquittal", "verdict", "sentence", "case", "appeal", "hearing",
               "inquest", "prosecution", "compensation"}


def _depiction_subject(verb: Token) -> bool:
    subjects = _children(verb, SUBJ)
    if verb.dep_ == "relcl" and any(s.tag_ in {"WDT", "WP"} for s in subjects):
        subjects = [verb.head]
    return any(_lower_lemma(s) in DEPICTIONS for s in subjects)


def _wave_that_happened(noun: Token) -> bool:
    """ "a wave of protests swept through the coast": a wave that did something happened, unlike
    "a wave of attacks is feared"."""
    if _lower_lemma(noun) != "wave":
        return False
    verbs = [c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ in VERB_TAGS]
    if noun.dep_ in SUBJ and noun.head.pos_ in VERB_TAGS:
        verbs.append(noun.head)
    return any(_lower_lemma(v) in SWEEP_VERBS and v.tag_ in {"VBD", "VBN"} and not _clause_is_irrealis(v)
               for v in verbs)


def _is_generic(tok: Token) -> bool:
    """Bare plurals and compounds ("attacks on civilian targets", "execution videos") name kinds of
    events, not particular ones, unless they are numbered, dated, placed or do something."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    deps = {c.dep_ for c in tok.children}
    if deps & {"det", "poss", "nummod", "predet"}:
        return False
    gov = _governing_verb(tok)
    if gov is not None and any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in gov.children):
        return True
    if tok.dep_ in SUBJ:
        return False
    if tok.dep_ in PASSIVE_SUBJ and gov is not None and _lower_lemma(gov) in SHOT_VERBS:
        return False  # "clashes were reported between rioters and police"
    if gov is not None and _lower_lemma(gov) in {"spark", "trigger", "prompt", "provoke", "cause", "result", "lead"}:
        return False  # "the decision sparked protests": they happened
    if tok.dep_ in OBJ and gov is not None and _lower_lemma(gov) in lx.LIGHT_VERBS and _children(gov, SUBJ):
        return False  # "traders stage protests"
    if any(c.dep_ == "amod" and c.tag_ in {"VBD", "VBN"} and _lower_lemma(c) in lx.LIGHT_VERBS for c in tok.children):
        return False  # "residents on Monday held demonstrations", the verb parsed as the noun's modifier
    if any(c.dep_ == "prep" and c.lower_ in {"between", "by"} for c in tok.children):
        return False  # "clashes between herders and farmers"
    if any(c.dep_ == "relcl" and _lower_lemma(c) in RAN_ITS_COURSE and c.tag_ in {"VBD", "VBN"} for c in tok.children):
        return False  # "clashes that lasted two days", "riots which left three dead"
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(
            _lower_lemma(p) in lx.ARMED_WORDS | lx.PROTESTER_WORDS | lx.RIOTER_WORDS or p.ent_type_ in {"ORG", "NORP"}
            for p in c.children if p.dep_ == "pobj") for c in tok.children):
        return False  # "clashes with police", "fighting with the militia"
    if tok.dep_ == "pobj" and tok.head.lower_ == "during" and gov is not None and gov.tag_ in {"VBD", "VBN"}:
        return False  # "nine soldiers were killed during clashes": the clashes took place
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _wave_that_happened(tok.head.head):
        return False  # "a wave of protests swept through the coast"
    # placed or dated: "attacks in Kabul on Monday"
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
            return False
        if c.dep_ == "prep" and c.lower_ in {"in", "at", "near", "on", "outside", "during"}:
            if any(p.ent_type_ in {"DATE", "GPE", "LOC", "FAC"} for p in c.subtree):
                return False
    return True


# What a particular outbreak of violence did: "clashes that lasted", "riots which left three dead".
RAN_ITS_COURSE = {"last", "erupt", "break", "leave", "kill", "claim", "rage", "occur", "continue", "injure",
                  "wound", "spread", "follow", "start", "begin", "end", "involve"}
INSTRUMENT_NOUNS = {"vehicle", "truck", "car", "lorry", "van", "bomb", "device", "explosive", "charge",
                    "minibus", "motorcycle", "tanker", "bomber", "mine", "shell", "rocket"}
RESPONSIBILITY_NOUNS = {"responsibility", "credit"}
CLAIM_VERBS = {"claim", "take", "accept", "assume", "say", "announce", "boast"}


def _definite_instrument_subject(tok: Token) -> bool:
    """'the vehicle exploded', 'the bomb went off': the instrument of a bombing told already."""
    return any(c.dep_ in SUBJ | PASSIVE_SUBJ and c.lemma_.lower() in INSTRUMENT_NOUNS and _is_definite(c)
               for c in tok.children)


def _own_date(m: Mention) -> bool:
    """A date told in the trigger's clause itself; one inside a relative clause on another noun
    ("a town that the army retook last year") dates that other event."""
    tok = m.token
    tokens = {t.i: t for t in m.scope} | {t.i: t for t in tok.subtree}
    foreign: set[int] = set()
    for t in tokens.values():
        if t.dep_ in {"relcl", "acl"} and t.head.i != tok.i and not (t.left_edge.i <= tok.i <= t.right_edge.i):
            foreign |= {d.i for d in t.subtree}
    return any(t.ent_type_ in {"DATE", "TIME"} and i not in foreign for i, t in tokens.items())


def _inside_responsibility_claim(tok: Token) -> bool:
    """'X claimed responsibility, saying its fighters had killed 60 soldiers': the killing is the
    claimant's account of the attack it claims (a claim value), not another event."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ not in VERB_TAGS or _lower_lemma(cur) not in CLAIM_VERBS:
            continue
        if any(c.dep_ in OBJ and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in cur.children):
            return True
        # "saying ..." hanging from "claimed responsibility"
        head = cur.head
        if cur.dep_ in {"advcl", "xcomp", "conj"} and head.pos_ in VERB_TAGS and any(
                c.dep_ in OBJ and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in head.children):
            return True
    return False


SELF_PRONOUNS = {"it", "they", "we"}
SELF_POSSESSIVES = {"its", "their", "our"}


def _said_it_did(tok: Token) -> bool:
    """'The group said it had killed 15': a party's own account of what it did, told right after
    the event it recounts."""
    if tok.pos_ not in VERB_TAGS or tok.dep_ != "ccomp" or _lower_lemma(tok.head) not in CLAIM_VERBS:
        return False
    if not _children(tok.head, SUBJ):
        return False
    for subj in _children(tok, SUBJ):
        if subj.lower_ in SELF_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES
                                               for c in subj.children):
            return True
    return False


def _is_definite(tok: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}) or c.dep_ == "poss"
        for c in tok.children
    )


# --- arguments --------------------------------------------------------------------------------


def _expand_conj(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
    return out


def _relative_antecedent(tok: Token) -> Token:
    """'who'/'which'/'that' in a relative clause stand for the noun the clause modifies."""
    if tok.tag_ in {"WP", "WDT"} or tok.lower_ == "that":
        clause = tok.head
        if clause.dep_ == "relcl":
            return clause.head
    return tok


def _prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ in {"pobj", "pcomp"})
    return out


NOT_PARTIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Heads of "the forces of A, B and C": the parties are the "of" objects, all of them.
GROUP_HEADS = {"force", "troop", "army", "fighter", "militia", "coalition", "alliance", "unit",
               "soldier", "militant", "member", "government"}


def _coalition(tok: Token) -> list[Token]:
    """'the forces of France, the Malian government and local militias' -> its three members."""
    if tok.lemma_.lower() not in GROUP_HEADS:
        return []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [p for p in c.children if p.dep_ == "pobj"]
            if objs and objs[0].conjuncts:
                return _expand_conj(objs)
    return []


def _behalf(tok: Token) -> list[Token]:
    """'on behalf of X', 'in support of X', 'backed by X': X is associated, not a party."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "in"}:
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in {"behalf", "support", "name"}:
                    out += [o for g in p.children if g.dep_ == "prep" and g.lower_ == "of"
                            for o in g.children if o.dep_ == "pobj"]
        if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in {"back", "support", "sponsor", "arm"}:
            out += _prep_objects(c, {"by"})
    return _expand_conj(out)


def _clean_arguments(m: Mention) -> None:
    """Dates, counts and 'behalf' are not parties; a coalition stands for its members; a
    coordinated verb without an object shares its partner's ("ambushed and killed two soldiers")."""
    def parties(toks: list[Token]) -> list[Token]:
        out: list[Token] = []
        for t in toks:
            if _operation(t):
                continue  # "launched Operation Ndofou": what was launched, not who it was against
            if t.ent_type_ in NOT_PARTIES or t.lower_ in {"behalf", "support"}:
                # "hundreds of protesters": the people, not the count
                counted = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"] if t.ent_type_ == "CARDINAL" else []
                out += counted
                continue
            members = _coalition(t)
            out += members or [t]
        return out

    m.assoc = _behalf(m.token) + [a for t in m.agents for a in _behalf(t)]
    if not m.nominal and not m.patients:
        for conj in m.token.conjuncts:
            if conj.i > m.token.i and conj.pos_ in VERB_TAGS:
                objs = _children(conj, OBJ)
                if objs:
                    m.patients = _expand_conj(objs)
                    break
    m.agents, m.patients, m.partners = parties(m.agents), parties(m.patients), parties(m.partners)


def _operation(t: Token) -> bool:
    return _lower_lemma(t) == "operation" or any(c.dep_ == "compound" and c.lower_ == "operation" for c in t.children)


def _verbal_arguments(m: Mention) -> None:
    tok = m.token
    subjects = _children(tok, SUBJ)
    passive = _children(tok, PASSIVE_SUBJ)
    agents = _prep_objects(tok, {"by"}) if passive or tok.tag_ == "VBN" else []
    # a conjunct or an infinitive shares the subject of the verb it hangs from
    cur = tok
    while not subjects and not passive and cur.dep_ in {"conj", "xcomp"} and cur.head.pos_ in VERB_TAGS:
        cur = cur.head
        subjects = _children(cur, SUBJ)
        passive = _children(cur, PASSIVE_SUBJ)
        if passive and not agents:
            agents = _prep_objects(cur, {"by"})
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "civilians killed by X": the head is the victim
        passive = passive or [tok.head]
    if tok.dep_ == "relcl" and not subjects and not passive:
        subjects = [tok.head]
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and not subjects and tok.head.pos_ in {"NOUN", "PROPN"}:
        subjects = [tok.head]  # "reports of striking teachers attacking a colleague"
    if passive:
        m.patients = _expand_conj([_relative_antecedent(t) for t in passive])
        m.agents = _expand_conj(agents)
    else:
        m.agents = _expand_conj([_relative_antecedent(t) for t in subjects])
    objs = _children(tok, OBJ)
    if objs and not passive:
        m.patients = _expand_conj(objs)
    if not m.patients:
        m.patients = _expand_conj(_prep_objects(tok, {"on", "against", "upon", "at"}))
    m.partners = _expand_conj(_prep_objects(tok, {"with", "to", "alongside"}))
    if _lower_lemma(tok) == "die":
        m.patients, m.agents = m.agents, _prep_objects(tok, {"by"})  # who died is the victim
    if m.kind == "explode" and _lower_lemma(tok) in CONTACT_VERBS and m.agents and not {
            _lower_lemma(a) for a in m.agents} & (CONTACT_EXPLOSIVES | PROJECTILES):
        # "a soldier stepped on a landmine", "their truck ran over an IED": whoever touched the
        # device is its victim; who laid it is not told
        m.patients = m.agents + [p for p in m.patients if _lower_lemma(p) not in CONTACT_EXPLOSIVES]
        m.agents = []


def _nominal_arguments(m: Mention) -> None:
    tok = m.token
    agents: list[Token] = []
    for c in tok.children:
        if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME", "GPE"}:
            agents.append(c)
        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"}:
            agents.append(c)
        elif c.dep_ == "compound" and c.pos_ == "NOUN":
            # "an Islamic State group attack": the actor sits inside the compound chain
            agents.extend(g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"
                          and g.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"})
    agents += _prep_objects(tok, {"by"})
    for c in tok.children:
        if c.dep_ == "acl" and _lower_lemma(c) in lx.ATTRIBUTION_VERBS:
            # "attributed by the U.S. to X": X did it, the U.S. only says so
            agents += _prep_objects(c, {"to", "on"}) if _lower_lemma(c) in {"attribute", "blame"} \
                else _prep_objects(c, {"by"})
    patients = _prep_objects(tok, {"on", "against", "of", "upon"})
    partners = _prep_objects(tok, {"with"})
    between = _prep_objects(tok, {"between", "among"})
    if not between and (tok.dep_ in SUBJ and _lower_lemma(tok.head) in OUTBREAK_VERBS or
                        tok.dep_ in PASSIVE_SUBJ and _lower_lemma(tok.head) in SHOT_VERBS):
        between = _prep_objects(tok.head, {"between", "among"})  # "clashes erupted between X and Y"
    if between:
        both = _expand_conj(between)
        agents += both[:1]
        partners += both[1:]
    head = tok.head
    if tok.dep_ in OBJ and _lower_lemma(head) in {"attribute", "blame", "pin"}:
        agents += _prep_objects(head, {"to", "on"})  # "blamed the attack on X"
    elif tok.dep_ in OBJ and _lower_lemma(head) in lx.LIGHT_VERBS:
        agents += [_relative_antecedent(s) for s in _children(head, SUBJ)]
        patients += _prep_objects(head, {"on", "against"})
        partners += _prep_objects(head, {"with"})
    elif tok.dep_ in PASSIVE_SUBJ and _lower_lemma(head) in lx.LIGHT_VERBS:
        agents += _prep_objects(head, {"by"})
    elif tok.dep_ in SUBJ and _lower_lemma(head) in lx.EVENT_SUBJECT_VERBS:
        patients += _children(head, OBJ)
    m.agents = _expand_conj(agents)
    m.patients = _expand_conj(patients)
    m.partners = _expand_conj(partners)


OUTBREAK_VERBS = {"ensue", "erupt", "break", "occur", "flare", "happen", "take", "resume", "continue"}


def _scope(tok: Token) -> list[Token]:
    """The clause whose words may type the trigger: the verb's subtree, or for a nominal the
    subtree of the verb governing it (without other finite clauses hanging off that verb)."""
    if tok.pos_ in VERB_TAGS:
        root = tok
    else:
        root = _governing_verb(tok) or tok
    # a reporting verb's complement ("said that ...") is another clause; a trigger's own is not
    skip_deps = {"conj", "parataxis"} if root.i == tok.i else {"ccomp", "conj", "parataxis", "advcl"}
    skip = {c for c in root.children if c.dep_ in skip_deps and c.i != tok.i
            and (c.dep_ != "conj" or c.pos_ in VERB_TAGS)
            # "using explosives" tells how; "while X happened" is another event
            and (c.dep_ != "advcl" or any(g.dep_ in {"mark", "nsubj", "nsubjpass"} for g in c.children))
            and not (c.left_edge.i <= tok.i <= c.right_edge.i)}
    banned = {t.i for s in skip for t in s.subtree}
    return [t for t in root.subtree if t.i not in banned]

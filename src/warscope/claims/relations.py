"""Relations between actors: hostile or cooperative, typed with PLOVER, from events and statements.

Events give one relation actor1 -> actor2 (attacks and fights are hostile, agreements cooperative).
Statements give the rest: "X allied with Y", "X supplies arms to Y", "X negotiates with Y", "X hosted Y",
"Y, assisted by X", "X relies on Y", "X accused Y of ...". A relation someone denies or disputes
("an allegation that Russia denies") is marked contested.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from warscope.analysis import Analysis
from warscope.claims import common
from warscope.model import Event, Relation, Span

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST"}

_EVENT_TYPES: dict[str, str] = {
    "Battles": "ASSAULT",
    "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT",
    "Riots": "ASSAULT",
    "Protests": "PROTEST",
}
_SUB_EVENT_TYPES: dict[str, str] = {
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Looting/property destruction": "COERCE",
    "Disrupted weapons use": "COERCE",
    "Non-violent transfer of territory": "CONCEDE",
}

# verb lemma -> PLOVER type; the target is the direct object or the object of one of the prepositions.
_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ally": ("COOPERATE", ("with",)),
    "cooperate": ("COOPERATE", ("with",)),
    "collaborate": ("COOPERATE", ("with",)),
    "partner": ("COOPERATE", ("with",)),
    "rely": ("COOPERATE", ("on", "upon")),
    "depend": ("COOPERATE", ("on", "upon")),
    "arm": ("AID", ()),
    "fund": ("AID", ()),
    "finance": ("AID", ()),
    "assist": ("AID", ()),
    "aid": ("AID", ()),
    "help": ("AID", ()),
    "train": ("AID", ()),
    "equip": ("AID", ()),
    "back": ("SUPPORT", ()),
    "support": ("SUPPORT", ()),
    "sponsor": ("SUPPORT", ()),
    "endorse": ("SUPPORT", ()),
    "negotiate": ("CONSULT", ("with",)),
    "host": ("CONSULT", ()),
    "meet": ("CONSULT", ("with",)),
    "visit": ("CONSULT", ()),
    "attack": ("ASSAULT", ()),
    "fight": ("ASSAULT", ("against", "with")),
    "battle": ("ASSAULT", ("against", "with")),
    "bomb": ("ASSAULT", ()),
    "shell": ("ASSAULT", ()),
    "ambush": ("ASSAULT", ()),
    "raid": ("ASSAULT", ()),
    "clash": ("ASSAULT", ("with",)),
    "crush": ("ASSAULT", ()),
    "oppose": ("REJECT", ()),
    "threaten": ("THREATEN", ()),
    "sanction": ("SANCTION", ()),
    "arrest": ("COERCE", ()),
    "detain": ("COERCE", ()),
    "accuse": ("ACCUSE", ()),
    "blame": ("ACCUSE", ()),
    "condemn": ("ACCUSE", ()),
    "criticize": ("ACCUSE", ()),
    "criticise": ("ACCUSE", ()),
    "denounce": ("ACCUSE", ()),
    "agree": ("AGREE", ("with",)),
    "sign": ("AGREE", ("with",)),
    "consult": ("CONSULT", ("with",)),
    "talk": ("CONSULT", ("with", "to")),
    "discuss": ("CONSULT", ("with",)),
    "praise": ("SUPPORT", ()),
    "welcome": ("SUPPORT", ()),
    "recognize": ("SUPPORT", ()),
    "recognise": ("SUPPORT", ()),
    "release": ("CONCEDE", ("to",)),
    "reject": ("REJECT", ()),
    "refuse": ("REJECT", ()),
    "rebuff": ("REJECT", ()),
    "veto": ("REJECT", ()),
    "warn": ("THREATEN", ()),
    "protest": ("PROTEST", ("against",)),
    "demonstrate": ("PROTEST", ("against",)),
    "boycott": ("SANCTION", ()),
    "expel": ("SANCTION", ()),
    "embargo": ("SANCTION", ()),
    "punish": ("SANCTION", ()),
    "deport": ("COERCE", ()),
    "ban": ("COERCE", ()),
    "seize": ("COERCE", ()),
    "kidnap": ("ASSAULT", ()),
    "abduct": ("ASSAULT", ()),
    "kill": ("ASSAULT", ()),
    "invade": ("ASSAULT", ()),
    "withdraw": ("RETREAT", ("from",)),
}
# "supply/provide/send ... arms to Y": giving verbs count only when what is given is help.
_GIVE = {"supply", "provide", "give", "send", "deliver", "sell", "ship", "offer", "transfer", "extend"}
_AID_THINGS = {
    "arm", "arms", "weapon", "ammunition", "munition", "fund", "funding", "money", "aid", "support",
    "training", "equipment", "drone", "missile", "rocket", "assistance", "backing", "financing",
    "cash", "supply", "supplies", "intelligence", "shelter", "sanctuary", "haven",
}
# nouns that carry a relation: "negotiations with Y", "war against Y", "alliance with Y"
_NOUNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "negotiation": ("CONSULT", ("with",)),
    "talk": ("CONSULT", ("with",)),
    "alliance": ("COOPERATE", ("with",)),
    "cooperation": ("COOPERATE", ("with",)),
    "war": ("ASSAULT", ("against", "on", "with")),
    "campaign": ("ASSAULT", ("against",)),
    "offensive": ("ASSAULT", ("against",)),
    "attack": ("ASSAULT", ("on", "against")),
    "fight": ("ASSAULT", ("against",)),
    "battle": ("ASSAULT", ("against", "with")),
}
# "a showdown between X and Y", "talks between X and Y": a relation among everyone the phrase names
_BETWEEN: dict[str, str] = {
    "war": "ASSAULT", "showdown": "ASSAULT", "conflict": "ASSAULT", "fighting": "ASSAULT", "fight": "ASSAULT",
    "clash": "ASSAULT", "battle": "ASSAULT", "enmity": "ACCUSE", "rivalry": "ACCUSE",
    "hostility": "ACCUSE", "feud": "ACCUSE", "tension": "ACCUSE", "violence": "ASSAULT",
    "talk": "CONSULT", "negotiation": "CONSULT", "meeting": "CONSULT", "alliance": "COOPERATE",
    "cooperation": "COOPERATE", "partnership": "COOPERATE", "agreement": "AGREE", "deal": "AGREE",
    "truce": "AGREE", "ceasefire": "AGREE", "accord": "AGREE", "pact": "AGREE",
}
# "X sees Y as a mainstay / a threat": how one actor regards another
_REGARD_VERBS = {"see", "view", "regard", "consider", "treat", "perceive", "deem"}
_REGARD_GOOD = {"mainstay", "partner", "ally", "bulwark", "friend", "guarantor", "asset", "pillar", "force"}
_REGARD_BAD = {"threat", "impediment", "enemy", "rival", "menace", "obstacle", "adversary", "foe", "danger", "terrorist"}
_FORCE_NOUNS = {"force", "troop", "fighter", "militant", "member", "army", "unit", "soldier", "militia"}
_SKIP_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "cc", "ccomp", "xcomp", "prep"}


@dataclass
class _Found:
    sources: list[str]
    targets: list[str]
    plover: str
    contested: bool


def polarity(plover: str) -> str:
    return "cooperative" if plover in COOPERATIVE else "hostile"


def event_plover(event: Event) -> str | None:
    if event.plover:
        return event.plover.split(".")[0].upper()
    if event.sub_event_type in _SUB_EVENT_TYPES:
        return _SUB_EVENT_TYPES[event.sub_event_type]
    return _EVENT_TYPES.get(event.event_type)


def _phrase_actors(analysis: Analysis, tok: Token | None) -> list[str]:
    """Actors named by the phrase headed by ``tok`` (its conjuncts too), not by clauses hanging on it."""
    if tok is None:
        return []
    keep: list[Token] = []

    def walk(t: Token, top: bool) -> None:
        keep.append(t)
        for c in t.children:
            of_forces = top and t.lemma_.lower() in _FORCE_NOUNS  # "the forces of the U.S. and the Taliban"
            if c.dep_ == "conj" or (c.dep_ not in _SKIP_DEPS) or (c.dep_ == "prep" and c.lower_ == "of" and (not top or of_forces)):
                walk(c, False)

    walk(tok, True)
    out: list[str] = []
    for t in sorted(keep, key=lambda t: t.i):
        if t.pos_ == "PRON" and t.i != tok.i:
            continue  # "its rival": the possessor is not the one named
        actor = common.resolve_actor(analysis, t.idx, t.idx + len(t.text))
        if actor is not None and actor not in out:
            out.append(actor)
    return out


def _subject(tok: Token) -> Token | None:
    """Who does the verb: its subject, the passive agent, or (for a verb with none) the one governing it."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                return tok.head
            return c
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and tok.tag_ == "VBN"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "conj":
        return _subject(head)
    if tok.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.lemma_.lower() in ("accuse", "blame", "suspect", "charge"):
        # "accused Russia of supplying ...": Russia is the one supplying
        accuser = head.head
        return next((c for c in accuser.children if c.dep_ == "dobj"), None)
    if tok.dep_ in ("xcomp", "pcomp", "advcl") or (tok.dep_ == "pobj" and head.dep_ == "prep"):
        target = head.head if head.dep_ == "prep" else head
        return _subject(target) if target.pos_ in ("VERB", "AUX") else None
    return None


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "agent") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl") and any(c.lower_ == "by" for c in tok.children)
    )


def _objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("dobj", "dative", "iobj")]
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend(o for o in c.children if o.dep_ == "pobj")
    return out


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _denied(analysis: Analysis, tok: Token, actors: set[str]) -> bool:
    """Whether the statement at ``tok`` is denied or disputed in its sentence: by one of the actors it
    names ("an allegation that Russia denies"), or because it sits under a denial ("X denied arming Y")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in ("deny", "dispute", "reject"):
            return True
    for t in tok.sent:
        if t.lemma_.lower() in ("deny", "dispute", "refute") and t.pos_ == "VERB":
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return True
            who = set(_phrase_actors(analysis, subj))
            if subj.lower_ in ("that", "which") and t.dep_ == "relcl":
                who = set()
            if not who or who & actors:
                return True
    return False


def _between(analysis: Analysis, tok: Token) -> list[_Found]:
    """ "a showdown between the Taliban and Islamic State": everyone named after "between"."""
    plover = _BETWEEN.get(tok.lemma_.lower())
    if plover is None or tok.pos_ != "NOUN":
        return []
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if prep is None:
        return []
    named: list[str] = []
    for t in prep.subtree:
        if t.i == prep.i or t.pos_ == "PRON":
            continue
        actor = common.resolve_actor(analysis, t.idx, t.idx + len(t.text))
        if actor is not None and actor not in named:
            named.append(actor)
    if len(named) < 2:
        return []
    contested = _denied(analysis, tok, set(named))
    return [_Found([named[0]], named[1:], plover, contested)]


def _regard(analysis: Analysis, tok: Token) -> list[_Found]:
    """ "Russia and Iran say they see the Taliban as a mainstay", "which viewed Islamic State as an
    impediment": good or bad regard of one actor for another."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _REGARD_VERBS or _negated(tok):
        return []
    target = next((c for c in tok.children if c.dep_ == "dobj"), None)
    as_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_prep is None and target is not None:
        as_prep = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    what = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
    if target is None or what is None:
        return []
    word = what.lemma_.lower()
    if word in _REGARD_GOOD:
        plover = "SUPPORT"
    elif word in _REGARD_BAD:
        plover = "ACCUSE"
    else:
        return []
    subject = _subject(tok)
    sources = _speaker_actors(analysis, tok, subject)
    targets = _phrase_actors(analysis, target)
    if not sources or not targets:
        return []
    return [_Found(sources, targets, plover, _denied(analysis, tok, set(sources) | set(targets)))]


def _speaker_actors(analysis: Analysis, verb: Token, subject: Token | None) -> list[str]:
    """The actors a subject names; "they" in "X and Y say they ..." names X and Y, not only Y."""
    if subject is not None and subject.lower_ in ("they", "we") and verb.dep_ == "ccomp" and common.is_speech_verb(verb.head):
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        named = _phrase_actors(analysis, speaker)
        if named:
            return named
    return _phrase_actors(analysis, subject)


def _elided_targets(analysis: Analysis, tok: Token) -> list[str]:
    """ "Iran also has provided arms": whom the same help went to in the sentence or two before."""
    si = analysis.sentence_index(tok.idx)
    sents = analysis.sentences
    for back in (1, 2):
        if si - back < 0:
            break
        for t in reversed(list(sents[si - back])):
            for found in statement_relations(analysis, t, elide=False):
                if found.plover == "AID":
                    return found.targets
    return []


def statement_relations(analysis: Analysis, tok: Token, elide: bool = True) -> list[_Found]:
    between = _between(analysis, tok)
    if between:
        return between
    regard = _regard(analysis, tok)
    if regard:
        return regard
    lemma = tok.lemma_.lower()
    plover: str | None = None
    targets: list[Token] = []
    if tok.pos_ == "VERB" and lemma in _VERBS:
        plover, preps = _VERBS[lemma]
        targets = _objects(tok, preps)
    elif tok.pos_ == "VERB" and lemma in _GIVE:
        things = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _AID_THINGS]
        if things:
            plover = "AID"
            targets = [c for c in tok.children if c.dep_ in ("dative", "iobj")] + _objects(tok, ("to", "for"))
            targets = [t for t in targets if t.dep_ != "dobj"]
            if not targets and elide and any(c.lower_ in ("also", "too") for c in tok.children) and not _negated(tok):
                sources = _phrase_actors(analysis, _subject(tok))
                elided = [a for a in _elided_targets(analysis, tok) if a not in sources]
                if sources and elided:
                    contested = _denied(analysis, tok, set(sources) | set(elided))
                    return [_Found(sources, elided, "AID", contested)]
    elif tok.pos_ == "NOUN" and lemma in _NOUNS:
        plover, preps = _NOUNS[lemma]
        targets = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]
        if targets:
            verb = tok.head if tok.dep_ in ("dobj", "pobj", "nsubj") else None
            if verb is not None and verb.dep_ == "prep":
                verb = verb.head
            subject_tok = _subject(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
            return _build(analysis, tok, plover, subject_tok, targets)
    if plover is None or _negated(tok):
        return []
    subject_tok = _subject(tok)
    if tok.pos_ == "VERB" and lemma in _VERBS and _passive(tok):
        # "Y, assisted by X": X helps Y
        agent = subject_tok
        patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if patient is None and tok.dep_ in ("acl", "amod", "advcl"):
            patient = tok.head
        return _build(analysis, tok, plover, agent, [patient] if patient is not None else [])
    if not targets:
        return []
    return _build(analysis, tok, plover, subject_tok, targets)


def _build(analysis: Analysis, tok: Token, plover: str, subject_tok: Token | None, targets: list[Token]) -> list[_Found]:
    sources = _phrase_actors(analysis, subject_tok)
    target_ids = [a for t in targets for a in _phrase_actors(analysis, t)]
    if not sources or not target_ids:
        return []
    # An accusation is a fact even when what it alleges is denied; only the allegation is contested.
    contested = plover != "ACCUSE" and _denied(analysis, tok, set(sources) | set(target_ids))
    return [_Found(sources, target_ids, plover, contested)]


def _add(out: list[Relation], seen: set, rel: Relation) -> None:
    key = (rel.source, rel.target, rel.plover, tuple((e.start, e.end) for e in rel.evidence))
    if rel.source == rel.target or key in seen:
        return
    seen.add(key)
    out.append(rel)


def annotate(analysis: Analysis) -> None:
    seen: set = {(r.source, r.target, r.plover, tuple((e.start, e.end) for e in r.evidence)) for r in analysis.relations}
    out = analysis.relations
    covered: set[int] = set()  # triggers whose event already gave the relation
    for event in analysis.events:
        plover = event_plover(event)
        if plover is None or not event.actor1 or not event.actor2:
            continue
        if event._trigger is not None:
            covered.add(event._trigger.start)
        evidence: list[Span] = list(event.evidence) or ([event._trigger] if event._trigger else [])
        contested = any(c.stance in ("disputes", "denies") for c in event.claims)
        date = event.date if event.date.start else None
        _add(out, seen, Relation(
            source=event.actor1, target=event.actor2, polarity=polarity(plover),  # type: ignore[arg-type]
            plover=plover, date=date, contested=contested, evidence=evidence,
        ))
    for tok in analysis.doc:
        if tok.idx in covered:
            continue
        for found in statement_relations(analysis, tok):
            evidence = [common.sentence_span(analysis, tok)]
            for s in found.sources:
                for t in found.targets:
                    _add(out, seen, Relation(
                        source=s, target=t, polarity=polarity(found.plover),  # type: ignore[arg-type]
                        plover=found.plover, contested=found.contested, evidence=evidence,
                    ))

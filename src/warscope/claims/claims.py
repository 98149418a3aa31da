"""Who says what about an event: asserts, attributes, claims_responsibility, disputes, denies.

Fatality assertions are made by :mod:`warscope.claims.fatalities`; this module adds the other stances and
assertions that an event happened at all ("..., the ministry said", "according to X").
"""

from __future__ import annotations

from spacy.tokens import Token

from warscope.analysis import Analysis
from warscope.claims import common
from warscope.model import Claim, Event

ATTRIBUTE_LEMMAS = {"attribute", "blame", "link", "tie", "pin"}
DISPUTE_LEMMAS = {"dispute", "contest", "question", "challenge", "reject", "dismiss", "refute", "contradict"}
DENY_LEMMAS = {"deny"}
RESPONSIBILITY_WORDS = {"responsibility", "credit"}
ALLEGATION_NOUNS = {"allegation", "accusation", "claim", "charge", "report", "suggestion", "assertion"}
ATTACK_NOUNS = {
    "attack", "bombing", "blast", "explosion", "killing", "massacre", "assault", "ambush", "strike",
    "raid", "violence", "shooting", "death", "incident", "abduction", "kidnapping", "shelling",
}


def _np(analysis: Analysis, tok: Token) -> tuple[str, int, int]:
    s, e = common.np_span(tok)
    doc = tok.doc
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return analysis.text[start:end], start, end


def _subject(tok: Token) -> Token | None:
    """Subject of a verb; for a participle or a verb in a relative clause, the noun it hangs on."""
    for child in tok.children:
        if child.dep_ in ("nsubj",):
            if child.lower_ in ("that", "which", "who") and tok.dep_ == "relcl":
                return tok.head
            return child
    # "X, which denied ..." / conjoined verbs share the subject of the first
    if tok.dep_ == "conj":
        return _subject(tok.head)
    return None


def _agent(tok: Token) -> Token | None:
    """ "attributed by the U.S.": the object of a "by" agent phrase."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("dobj", "attr"):
            return child
    return None


def _passive_subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)


_DID = {"carry", "conduct", "stage", "launch", "perpetrate", "execute", "mount"}


def _says_it_did(tok: Token) -> bool:
    """ "said it carried out the attack": a clause under the verb whose subject is the speaker itself."""
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in _DID:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if subj is not None and subj.lower_ in ("it", "they", "we") and obj is not None and obj.lemma_.lower() in ATTACK_NOUNS:
            return True
    return False


_TAKE_LEMMAS = {"take", "accept", "assume", "admit", "acknowledge", "bear"}


def _takes_responsibility(tok: Token) -> bool:
    obj = _object(tok)
    if obj is None or obj.lemma_.lower() not in RESPONSIBILITY_WORDS:
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False  # "has not taken responsibility"
    subj = _subject(tok)
    return subj is not None and not any(c.lower_ in ("no", "nobody") for c in subj.subtree) and subj.lower_ not in ("nobody", "none")


def _actor_of(analysis: Analysis, tok: Token | None) -> str | None:
    """The actor a noun phrase names: a mention in its subtree, else a resolved pronoun."""
    if tok is None:
        return None
    start = tok.left_edge.idx
    end = tok.right_edge.idx + len(tok.right_edge.text)
    s, e = common.np_span(tok)
    doc = tok.doc
    core_start, core_end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return common.resolve_actor(analysis, core_start, core_end) or common.resolve_actor(analysis, start, end)


def _claim(analysis: Analysis, by_tok: Token | None, stance: str, about: str, value, verb: Token) -> Claim | None:
    if by_tok is None:
        return None
    by_text, start, end = _np(analysis, by_tok)
    return Claim(
        by=common.resolve_actor(analysis, start, end),
        by_text=by_text,
        stance=stance,  # type: ignore[arg-type]
        about=about,
        value=value,
        evidence=common.sentence_span(analysis, verb),
    )


def _previous_about(analysis: Analysis, event: Event, verb: Token) -> str:
    """What "X disputed that" disputes: the topic of the latest claim on the event before it."""
    si = analysis.sentence_index(verb.idx)
    earlier = [c for c in event.claims if analysis.sentence_index(c.evidence.start) <= si and c.evidence.start < verb.idx]
    if earlier:
        return max(earlier, key=lambda c: c.evidence.start).about
    return "occurrence"


def stance_claims(analysis: Analysis, tok: Token) -> list[tuple[Claim, int]]:
    """Claims a verb makes, each with how many sentences back its event may be (attributions and
    disputes often refer to the event of the previous sentence)."""
    lemma = tok.lemma_.lower()
    out: list[tuple[Claim, int]] = []
    if tok.pos_ not in ("VERB", "AUX"):
        return out
    if lemma in ATTRIBUTE_LEMMAS:
        passive = any(c.dep_ in ("auxpass",) for c in tok.children) or tok.tag_ == "VBN" and _agent(tok) is not None
        by = _agent(tok) if passive else _subject(tok)
        if lemma == "blame":
            # "blamed X for the attack" / "blamed the attack on X"; blame for anything else is no attribution
            deed = _prep_object(tok, ("for",))
            culprit = _object(tok) if deed is not None else _prep_object(tok, ("on",))
            deed = deed if deed is not None else _object(tok)
            if culprit is None and deed is not None:
                # the parser often hangs "on X" on the object: "blamed [the attack on X]"
                culprit = _prep_object(deed, ("on",))
            if deed is None or deed.lemma_.lower() not in ATTACK_NOUNS:
                culprit = None
        else:
            culprit = _prep_object(tok, ("to", "with"))
            if culprit is not None and culprit.lemma_.lower() in ATTACK_NOUNS and lemma in ("link", "tie"):
                # "linked the group to the attack": the object is the culprit, the attack the deed
                culprit = _object(tok)
        if culprit is not None:
            claim = _claim(analysis, by, "attributes", "actor1", _actor_of(analysis, culprit), tok)
            if claim is not None:
                out.append((claim, 4))
    elif lemma == "claim" and _passive_subject(tok) is not None and _passive_subject(tok).lemma_.lower() in RESPONSIBILITY_WORDS:
        # "Responsibility was claimed by X"
        by = _agent(tok)
        claim = _claim(analysis, by, "claims_responsibility", "actor1", _actor_of(analysis, by), tok)
        if claim is not None:
            out.append((claim, 4))
    elif lemma in _TAKE_LEMMAS and _takes_responsibility(tok):
        # "X took responsibility for the bombing", "X accepted responsibility"
        by = _subject(tok)
        claim = _claim(analysis, by, "claims_responsibility", "actor1", _actor_of(analysis, by), tok)
        if claim is not None and claim.by is not None:
            out.append((claim, 4))
    elif lemma in ("say", "claim", "announce", "admit", "confirm") and _says_it_did(tok):
        # "X said it carried out the attack"
        by = _subject(tok)
        claim = _claim(analysis, by, "claims_responsibility", "actor1", _actor_of(analysis, by), tok)
        if claim is not None:
            out.append((claim, 4))
    elif lemma == "claim":
        obj = _object(tok)
        if obj is not None and obj.lemma_.lower() in RESPONSIBILITY_WORDS:
            by = _subject(tok)
            claim = _claim(analysis, by, "claims_responsibility", "actor1", _actor_of(analysis, by), tok)
            if claim is not None:
                out.append((claim, 4))
        elif obj is not None and obj.lemma_.lower() in ("attack", "bombing", "killing", "assault", "blast"):
            by = _subject(tok)
            claim = _claim(analysis, by, "claims_responsibility", "actor1", _actor_of(analysis, by), tok)
            if claim is not None:
                out.append((claim, 1))
    elif lemma in DISPUTE_LEMMAS or lemma in DENY_LEMMAS:
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in ALLEGATION_NOUNS:
            return out  # "an allegation that X denies": about the allegation (a relation), not an event
        by = _subject(tok)
        obj = _object(tok)
        stance = "denies" if lemma in DENY_LEMMAS else "disputes"
        about = "occurrence"
        if obj is not None and obj.lemma_.lower() in ("responsibility", "involvement", "role", "part"):
            about = "actor1"
        elif obj is not None and obj.lemma_.lower() in ("toll", "figure", "number", "count", "tally"):
            about = "fatalities"
        if about == "occurrence" and any(
            t.lemma_.lower() in ("involve", "responsible", "behind", "carry", "role") for t in tok.subtree if t.i != tok.i
        ):
            about = "actor1"  # "denied that it was involved"
        value = _actor_of(analysis, by) if about == "actor1" else None
        claim = _claim(analysis, by, stance, about, value, tok)
        if claim is not None:
            out.append((claim, 2))
    return out


def _occurrence_asserts(analysis: Analysis) -> None:
    """ "..., the ministry said" / "according to X" around an event's trigger: X asserts it happened."""
    doc = analysis.doc
    for event in analysis.events:
        anchor = common.event_anchor(event)
        if anchor is None:
            continue
        span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        trigger = span[0]
        source = common.source_of(trigger)
        if source is None:
            continue
        evidence = common.sentence_span(analysis, trigger)
        if any(c.stance == "asserts" and c.by_text == source.text and c.evidence == evidence for c in event.claims):
            continue
        event.claims.append(
            Claim(
                by=common.resolve_actor(analysis, source.start, source.end),
                by_text=source.text,
                stance="asserts",
                about="occurrence",
                value=None,
                evidence=evidence,
            )
        )


def _anaphoric(analysis: Analysis, event: Event) -> bool:
    """An "event" that is only a reference back to one already told ("attributed the attacks to X")."""
    anchor = common.event_anchor(event)
    if anchor is None:
        return False
    span = analysis.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "that", "this") for c in tok.children)
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return definite and tok.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in (
        ATTRIBUTE_LEMMAS | DISPUTE_LEMMAS | DENY_LEMMAS | _DID | {"claim", "condemn"}
    )


def _target_event(analysis: Analysis, tok: Token, lookback: int) -> Event | None:
    """The event a stance verb is about, looking through references back to an earlier event."""
    event = common.event_for(analysis, tok, lookback=lookback)
    if event is None or not _anaphoric(analysis, event):
        return event
    si = common.event_sentence(analysis, event)
    if si is None:
        return event
    for back in range(1, lookback + 1):
        prev = [
            e for e in analysis.events
            if common.event_sentence(analysis, e) == si - back and not _anaphoric(analysis, e)
        ]
        if prev:
            return max(prev, key=lambda e: (e.fatalities is not None, common.event_anchor(e) or 0))
    return event


def _claimed_before(analysis: Analysis, tok: Token, lookback: int) -> Event | None:
    """ "X disputed that": the event of the claim made just before (which may sit far from its event)."""
    si = analysis.sentence_index(tok.idx)
    if any(common.event_sentence(analysis, e) == si for e in analysis.events):
        return None
    for back in range(1, lookback + 1):
        for event in analysis.events:
            if any(analysis.sentence_index(c.evidence.start) == si - back for c in event.claims):
                return event
    return None


TERRITORY_SUBS = {"Government regains territory", "Non-state actor overtakes territory",
                  "Non-violent transfer of territory"}


def _claimed_attack(analysis: Analysis, tok: Token) -> Event | None:
    """What "X claimed the attack" claims: the violent event (not a territory change) whose evidence
    holds the sentence, when the events stage folded the reference into it."""
    si = analysis.sentence_index(tok.idx)
    own = [e for e in analysis.events if common.event_sentence(analysis, e) == si
           and e.event_type in common.VIOLENT_TYPES and e.sub_event_type not in TERRITORY_SUBS]
    if own:
        return None  # the sentence tells its own attack: the ordinary rules choose among them
    folded = [e for e in analysis.events if si in common.evidence_sentences(analysis, e)
              and common.event_sentence(analysis, e) != si
              and e.event_type in common.VIOLENT_TYPES and e.sub_event_type not in TERRITORY_SUBS]
    return folded[0] if len(folded) == 1 else None


def _claimant_as_actor1(event: Event) -> None:
    """ACLED codes who claimed an attack as its perpetrator when the report names no other: one
    claimant, no actor1, and the claimant not the attack's target."""
    claimants = {c.by for c in event.claims if c.stance == "claims_responsibility" and c.by}
    if event.actor1 is not None or len(claimants) != 1:
        return
    claimant = claimants.pop()
    if claimant == event.actor2:
        return
    event.actor1 = claimant
    if claimant in event.assoc_actors:
        event.assoc_actors.remove(claimant)


def annotate(analysis: Analysis) -> None:
    _occurrence_asserts(analysis)
    for tok in analysis.doc:
        for claim, lookback in stance_claims(analysis, tok):
            event = None
            if claim.stance in ("disputes", "denies"):
                event = _claimed_before(analysis, tok, lookback)
            if event is None:
                event = _target_event(analysis, tok, lookback)
            if event is None:
                continue
            if claim.stance == "claims_responsibility":
                event = _claimed_attack(analysis, tok) or event
            if claim.stance == "disputes" and claim.about == "occurrence":
                claim.about = _previous_about(analysis, event, tok)
            if any(
                c.stance == claim.stance and c.by_text == claim.by_text and c.evidence == claim.evidence
                for c in event.claims
            ):
                continue
            event.claims.append(claim)
    for event in analysis.events:
        _claimant_as_actor1(event)

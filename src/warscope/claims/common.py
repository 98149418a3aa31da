"""Helpers the claims-stage modules share: who said it, which actor a stretch of text names, which event a
sentence is about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from warscope.analysis import ActorMention, Analysis
from warscope.model import Event

SPEECH_LEMMAS = {
    "say", "tell", "report", "announce", "confirm", "state", "add", "claim", "declare", "insist",
    "note", "explain", "write", "tweet", "acknowledge", "estimate", "allege",
}
PRONOUNS = {"he", "she", "him", "her", "they", "them", "it", "we", "i"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}


@dataclass
class Source:
    """Who a statement is attributed to: the text naming them and its character range."""

    text: str
    start: int
    end: int
    verb: Token | None = None


def np_span(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok``, without appositions, relative
    clauses or what follows a comma (so "Gen. Jane Roe, commander of X" gives "Gen. Jane Roe")."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("det", "compound", "amod", "poss", "nmod", "nummod", "punct", "case"):
            start = min(start, child.left_edge.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "case"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from", "in") and child.i == end:
            # "officials of the ministry", "a spokesman for ..." stay whole
            end = max(end, child.right_edge.i + 1)
        else:
            break
    doc = tok.doc
    while start < tok.i and doc[start].is_punct:
        start += 1
    while end - 1 > tok.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


def speech_source(verb: Token) -> Source | None:
    """The subject of a speech verb ("the ministry said", "said Mr. Roe")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            s, e = np_span(child)
            doc = verb.doc
            return Source(doc[s:e].text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), verb)
    return None


def according_to(sent: SpacySpan) -> Source | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if not objs and tok.i + 2 < sent.end:
                objs = [tok.doc[tok.i + 2]]
            if objs:
                s, e = np_span(objs[0])
                doc = tok.doc
                return Source(doc[s:e].text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), None)
    return None


def is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_LEMMAS


def source_of(tok: Token) -> Source | None:
    """Who the clause holding ``tok`` is attributed to: the nearest speech verb above it, an
    "according to X" in its sentence, or a parenthetical "..., X said" in its sentence."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if is_speech_verb(node) and node.lemma_.lower() != "claim":
            src = speech_source(node)
            if src is None and node.dep_ in ("advcl", "conj", "xcomp") and node.tag_ == "VBG":
                # "X claimed responsibility, saying ...": the participle speaks for its clause's subject
                src = speech_source(node.head)
            if src is not None:
                return src
    sent = tok.sent
    src = according_to(sent)
    if src is not None:
        return src
    for t in sent:
        if is_speech_verb(t) and t.lemma_.lower() in ("say", "report", "tell", "confirm", "announce", "state", "add") and t.dep_ == "ROOT":
            src = speech_source(t)
            if src is not None and not (src.start <= tok.idx < src.end):
                return src
    return None


def mention_at(analysis: Analysis, start: int, end: int) -> ActorMention | None:
    """The actor mention that overlaps [start, end) the most (longest on a tie)."""
    best: ActorMention | None = None
    best_key = (0, 0)
    for m in analysis.mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if overlap > 0:
            key = (overlap, m.end - m.start)
            if key > best_key:
                best, best_key = m, key
    return best


def actor_kind(analysis: Analysis, actor_id: str) -> str | None:
    actor = analysis.actor(actor_id)
    return actor.kind if actor is not None else None


def previous_actor(analysis: Analysis, before: int, person: bool) -> str | None:
    """The actor of the most recent name/description mention before ``before``; for he/she only persons."""
    candidates = [m for m in analysis.mentions if m.end <= before and m.how != "pronoun"]
    for m in sorted(candidates, key=lambda m: m.start, reverse=True):
        if not person or actor_kind(analysis, m.actor_id) in ("person", None):
            return m.actor_id
    return None


def resolve_actor(analysis: Analysis, start: int, end: int) -> str | None:
    """Actor id named by the text [start, end): an overlapping mention, else for a pronoun the most
    recent person (he/she) or actor (they/it) mentioned before it."""
    m = mention_at(analysis, start, end)
    if m is not None:
        return m.actor_id
    word = analysis.text[start:end].strip()
    if word.lower() in PRONOUNS:
        return previous_actor(analysis, start, person=word.lower() in PERSON_PRONOUNS)
    # A name the actors stage resolved elsewhere in the document but missed here.
    return _names(analysis).get(word)


_NAME_CACHE: dict[int, tuple[int, dict[str, str]]] = {}


def _names(analysis: Analysis) -> dict[str, str]:
    """Mention text -> the actor it names most often in this document (no entry on a tie)."""
    cached = _NAME_CACHE.get(id(analysis))
    if cached is not None and cached[0] == len(analysis.mentions):
        return cached[1]
    seen: dict[str, Counter[str]] = {}
    for m in analysis.mentions:
        if m.how == "name":
            seen.setdefault(analysis.text[m.start : m.end], Counter())[m.actor_id] += 1
    names: dict[str, str] = {}
    for t, ids in seen.items():
        ranked = ids.most_common(2)
        if len(t) > 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            names[t] = ranked[0][0]
    _NAME_CACHE.clear()
    _NAME_CACHE[id(analysis)] = (len(analysis.mentions), names)
    return names


def event_sentence(analysis: Analysis, event: Event) -> int | None:
    if event._sentence is not None:
        return event._sentence
    if event._trigger is not None:
        return analysis.sentence_index(event._trigger.start)
    if event.evidence:
        return analysis.sentence_index(event.evidence[0].start)
    return None


def evidence_sentences(analysis: Analysis, event: Event) -> set[int]:
    return {analysis.sentence_index(s.start) for s in event.evidence}


def event_anchor(event: Event) -> int | None:
    if event._trigger is not None:
        return event._trigger.start
    if event.evidence:
        return event.evidence[0].start
    return None


def event_for(analysis: Analysis, tok: Token, lookback: int = 2, violent: bool = False) -> Event | None:
    """The event a statement at ``tok`` is about: one whose trigger is in the same sentence (the one in
    the same clause, else the nearest), else an event of one of the ``lookback`` sentences before (the one
    the sentence names by its trigger word, "from the raids", else the last). ``violent``: a statement
    only violence explains (a death toll) prefers violent events over arrests and meetings."""
    if not analysis.events:
        return None
    si = analysis.sentence_index(tok.idx)
    same = [e for e in analysis.events if event_sentence(analysis, e) == si]
    if not same:
        # a sentence the events stage folded into an event told elsewhere (a claimant's account of it)
        same = [e for e in analysis.events if si in evidence_sentences(analysis, e)]
    if same:
        ancestors = {a.i for a in tok.ancestors} | {tok.i}
        subtree = {t.i for t in tok.subtree}

        def rank(e: Event) -> tuple[int, int]:
            anchor = event_anchor(e)
            if anchor is None:
                return (2, 0)
            t = analysis.doc.char_span(anchor, anchor + 1, alignment_mode="expand")
            ti = t[0].i if t is not None and len(t) else -1
            related = 0 if (ti in ancestors or ti in subtree) else 1
            if violent and related == 0 and ti not in ancestors:
                # a toll belongs to the clause that governs it ("ambushed ..., killing an officer and
                # injuring three"), not to one hanging below it
                related = 0.5
            calm = 1 if violent and e.event_type not in VIOLENT_TYPES else 0
            return (related, calm, abs(anchor - tok.idx))

        return min(same, key=rank)
    named = {t.lemma_.lower() for t in tok.sent if t.pos_ == "NOUN"}
    for back in range(1, lookback + 1):
        prev = [e for e in analysis.events if event_sentence(analysis, e) == si - back] or [
            e for e in analysis.events if si - back in evidence_sentences(analysis, e)]
        if prev:
            return max(prev, key=lambda e: (_named_by(e, named), violent and e.event_type in VIOLENT_TYPES, event_anchor(e) or 0))
    if violent and not any(event_sentence(analysis, e) is not None and event_sentence(analysis, e) < si for e in analysis.events):
        # a toll told before any event was found ("Two people were shot dead ... A gunman shot the
        # victims"): the violent event told just after it
        ahead = [
            e for e in analysis.events
            if e.event_type in VIOLENT_TYPES and si < (event_sentence(analysis, e) or -1) <= si + LOOKAHEAD
        ]
        if ahead:
            return min(ahead, key=lambda e: event_anchor(e) or 0)
    if _refers_back(tok):
        # "... in the bombing of the cave complex": a definite reference to a violent event told earlier
        for back in range(lookback + 1, REFERENCE_LOOKBACK + 1):
            prev = [
                e for e in analysis.events
                if event_sentence(analysis, e) == si - back and e.event_type in VIOLENT_TYPES
            ]
            if prev:
                return max(prev, key=lambda e: event_anchor(e) or 0)
    return None


REFERENCE_LOOKBACK = 6
LOOKAHEAD = 2
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
_EVENT_NOUNS = {
    "attack", "bombing", "blast", "explosion", "strike", "airstrike", "raid", "ambush", "assault",
    "shelling", "massacre", "operation", "battle", "clash", "fighting", "offensive",
}


def _named_by(event: Event, lemmas: set[str]) -> bool:
    """Whether a later sentence names this event by its trigger word ("raid" ... "from the raids")."""
    if event._trigger is None:
        return False
    words = event._trigger.text.lower().split()
    return bool(words) and (words[-1] in lemmas or words[-1].rstrip("s") in lemmas)


def _refers_back(tok: Token) -> bool:
    for t in tok.sent:
        if t.lemma_.lower() in _EVENT_NOUNS and t.pos_ == "NOUN":
            if any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those") for c in t.children):
                return True
    return False


def sentence_span(analysis: Analysis, tok: Token):
    sent = tok.sent
    end = sent.end_char
    text = analysis.text
    while end > sent.start_char and text[end - 1].isspace():
        end -= 1
    return analysis.span(sent.start_char, end)

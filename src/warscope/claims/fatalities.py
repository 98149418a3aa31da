"""Fatality counts: who was killed (and, separately, injured), how many, and the event they belong to.

ACLED conventions followed: the most conservative reported figure is ``best``; "tens" 10, "dozens" 12,
"hundreds" 100; attackers killed in a suicide attack count; injuries are never counted as fatalities;
an unknown toll stays None, and only an explicit "no one was killed/hurt" gives 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from warscope.analysis import Analysis
from warscope.claims import common
from warscope.claims.numbers import VAGUE, Count, is_number_word, read_count
from warscope.model import Claim, Event, Fatalities

KILL_LEMMAS = {"kill", "slay", "execute", "behead", "assassinate", "massacre", "murder", "slaughter", "lynch"}
DIE_LEMMAS = {"die", "perish"}
INJURE_LEMMAS = {"wound", "injure", "hurt", "maim"}
TO_DEATH_LEMMAS = {"shoot", "gun", "stab", "beat", "burn", "hack", "stone", "crush", "lynch", "torture", "hang"}
# Words allowed between the victims and the participle ("were reportedly all killed").
_BRIDGE = {
    "was", "were", "been", "have", "has", "had", "are", "is", "be", "being", "got", "reportedly",
    "also", "all", "later", "allegedly", "subsequently", "both", "each", "initially", "apparently",
    "now", "since", "then", "confirmed", "believed", "feared", "thought", "to", "presumed", "among",
    "those",
}
_UNREALISED = {"attempt", "try", "plan", "plot", "threaten", "seek", "vow", "want", "fail"}
_ABOUT_A_DEATH = {"protest", "mourn", "condemn", "investigate", "commemorate", "demand", "denounce", "probe", "against", "over"}
_SUBSET_CUES = {"including", "among", "includes", "include", "included"}
_GROUP_KINDS = {
    "civilians": {
        "civilian", "villager", "resident", "child", "woman", "man", "student", "individual", "son",
        "daughter", "wife", "husband", "priest", "driver", "trader", "herder", "chief",
        "worker", "farmer", "teacher", "journalist", "passenger", "worshipper", "shopper", "boy",
        "girl", "family", "local", "afghan", "refugee", "pilgrim", "protester", "demonstrator",
        "bystander", "patient", "doctor", "aid", "employee", "citizen", "national", "inmate",
        "prisoner", "elder",
    },
    "security_forces": {
        "soldier", "troop", "officer", "policeman", "policemen", "police", "guard", "member",
        "marine", "serviceman", "servicemen", "trooper", "personnel", "commando", "sailor",
        "airman", "gendarme", "recruit", "agent", "cadet", "sergeant", "army",
    },
    "militants": {
        "militant", "fighter", "insurgent", "rebel", "jihadist", "terrorist", "gunman", "gunmen",
        "extremist", "commander", "combatant", "guerrilla", "militiaman", "militiamen", "bandit",
        "assailant", "attacker", "bomber", "suspect", "kidnapper",
    },
}
_NOT_VICTIMS = {
    "year", "day", "hour", "month", "week", "percent", "time", "kilometer", "kilometre", "mile",
    "dollar", "minute", "meter", "metre", "km", "%", "vehicle", "house", "home", "building", "car",
}
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "ant", "ent", "ee")

_ZERO_KILLED = re.compile(
    r"\b(no[- ]one|nobody|none)\b(?:\s+\w+){0,3}?\s+(?:was|were|has been|have been|had been)?\s*"
    r"(?:\w+ly\s+)?(killed|hurt|harmed|injured|wounded|died)\b"
    r"|\bno\s+(casualties|deaths|fatalities|injuries|one died)\b"
    r"|\bwithout\s+(casualties|loss of life|any casualties)\b",
    re.IGNORECASE,
)
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


def _is_person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if any(lemma in words for words in _GROUP_KINDS.values()):
        return True
    return tok.pos_ == "NOUN" and lemma.endswith(_PERSON_SUFFIXES) and len(lemma) > 4


def group_kind(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in ("bomber", "attacker", "assailant") and "suicide" in {c.lower_ for c in head.lefts}:
        return "attackers"
    words = {lemma, lemma.rstrip("s")} | {c.lemma_.lower() for c in head.lefts if c.dep_ == "compound"}
    for kind, lexicon in _GROUP_KINDS.items():
        if words & lexicon and not (kind == "civilians" and words & _GROUP_KINDS["security_forces"]):
            return kind
    return None


def _victims_at(tokens: list[Token], i: int) -> Victims | None:
    """A victim phrase starting at token i: "at least 90 Afghans", "dozens of soldiers", "a soldier"."""
    tok = tokens[i]
    low = tok.lower_
    if low in ("a", "an", "one", "another", "the", "his", "her") and i + 1 < len(tokens):
        if i > 0 and tokens[i - 1].lower_ == "no":
            return None  # "no one": an explicit zero, read by zero_report
        head = tok.head
        if (
            head.i > i
            and head.i - i <= 6
            and head.tag_ == "NN"
            and _is_person_noun(head)
            and tokens[i + 1].lower_ not in ("dozen", "hundred", "thousand")
        ):
            return Victims(Count(1, 1, 1, i, i + 1), head, i, head.i + 1, _group_text(tokens, i + 1, head))
    count = read_count(tokens, i)
    if count is None:
        return None
    last = tokens[count.end - 1]
    if not (is_number_word(last) or re.fullmatch(r"\d+[-–]\d+", last.text)):
        return None
    after = count.end
    head: Token = last
    end = count.end
    nummod_heads = [
        t.head for t in tokens[count.start : count.end]
        if t.dep_ == "nummod" and after <= t.head.i <= after + 5 and t.head.pos_ in ("NOUN", "PROPN")
    ]
    if nummod_heads:
        head = nummod_heads[0]
        end = head.i + 1
    elif after < len(tokens) and tokens[after].lower_ == "of":
        pobj = [c for c in tokens[after].children if c.dep_ == "pobj"]
        if pobj and pobj[0].i - after <= 6:
            head = pobj[0]
            end = head.i + 1
    elif after < len(tokens) and tokens[after].pos_ in ("NOUN", "PROPN"):
        # the parser sometimes hangs the number elsewhere; a noun right after it is still its head
        head = tokens[after]
        end = after + 1
    if head is last or head.pos_ == "PROPN":
        # "7 IS militants": names and acronyms the parser misreads sit between number and noun
        k = after
        while k < len(tokens) and k - after < 4 and (tokens[k].pos_ in ("PROPN", "ADJ") or tokens[k].text.isupper()):
            k += 1
        if k < len(tokens) and k > after and tokens[k].pos_ == "NOUN" and tokens[k].tag_ in ("NNS", "NN"):
            head, end = tokens[k], k + 1
    if head.lemma_.lower() in _NOT_VICTIMS:
        return None
    dated = any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in tokens[count.start : count.end])
    if dated and low not in VAGUE and not _is_person_noun(head):
        return None
    group = _group_text(tokens, count.end, head) if head is not last else None
    return Victims(count, head, count.start, end, group)


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
        chain.append(nxt)
        by_and.append(any(t.lower_ == "and" for t in tokens[j:k]))
        j = nxt.end
    # "1 civilian, a tribal elder, was killed": commas without a closing "and" are an apposition
    for n, (linked_by_and, item) in enumerate(zip(by_and, chain[1:])):
        if not linked_by_and and tokens[item.start].lower_ in ("a", "an", "the") and not (by_and and by_and[-1]):
            chain = chain[: n + 1]
            break
    return chain


def _outcome_after(tokens: list[Token], j: int) -> tuple[str, Token] | None:
    """The outcome a victim phrase ending before token j is the subject of ("were killed", "died", "dead")."""
    while j < len(tokens) and tokens[j].lower_ in _BRIDGE:
        j += 1
    if j >= len(tokens):
        return None
    tok = tokens[j]
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tokens[j - 1].lower_ == "not" or low == "not":
        return None
    if low == "dead":
        return "killed", tok
    if lemma in DIE_LEMMAS:
        return "killed", tok
    if lemma in TO_DEATH_LEMMAS and j + 1 < len(tokens):
        if tokens[j + 1].lower_ == "dead" or (
            j + 2 < len(tokens) and tokens[j + 1].lower_ == "to" and tokens[j + 2].lower_ == "death"
        ):
            return "killed", tok
    if tok.tag_ in ("VBN", "VBD") and j + 2 < len(tokens) and tokens[j + 1].lower_ == "and":
        # "were shot and killed", "kidnapped and killed"
        nxt = tokens[j + 2]
        if nxt.lemma_.lower() in KILL_LEMMAS | INJURE_LEMMAS and nxt.tag_ in ("VBN", "VBD"):
            return ("killed" if nxt.lemma_.lower() in KILL_LEMMAS else "injured"), nxt
    if low == "lost" and j + 2 < len(tokens) and tokens[j + 2].lower_ in ("lives", "life"):
        return "killed", tok
    if tok.tag_ in ("VBN", "VBD", "JJ") and (lemma in KILL_LEMMAS or lemma in INJURE_LEMMAS or low in ("injured", "wounded", "hurt")):
        if any(c.dep_ == "dobj" for c in tok.children):
            return None  # "Rebels killed ten": an active verb, its subject is the killer
        return ("killed" if lemma in KILL_LEMMAS else "injured"), tok
    return None


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
    if lemma in KILL_LEMMAS | INJURE_LEMMAS and prev.tag_ in ("VBD", "VBG", "VBZ", "VBP", "VB", "VBN"):
        if not any(c.dep_ == "auxpass" for c in prev.children) and not (i >= 2 and tokens[i - 2].lower_ in ("was", "were", "been")):
            return ("killed" if lemma in KILL_LEMMAS else "injured"), prev
    if prev.lower_ == "of" and i >= 2:
        noun = tokens[i - 2]
        if noun.lemma_.lower() in ("death", "killing", "life", "murder", "execution", "massacre"):
            governor = noun.head.head if noun.head.dep_ == "prep" else noun.head
            if governor.lemma_.lower() in _ABOUT_A_DEATH or noun.head.lemma_.lower() in _ABOUT_A_DEATH:
                return None  # "protest the death of a student": a death, not this event's
            return "killed", noun
        if noun.lemma_.lower() in ("injury", "wounding"):
            return "injured", noun
    window = tokens[max(0, i - 5) : i]
    for k, t in enumerate(window):
        if t.lower_ == "toll" and k > 0 and window[k - 1].lower_ in ("death", "fatality"):
            return "killed", t
    return None


def _outcome_of_noun(head: Token) -> str | None:
    lemma = head.lemma_.lower()
    if lemma in ("death", "fatality", "dead"):
        return "killed"
    if lemma in ("injury",):
        return "injured"
    return None


def _outcome_by_parse(head: Token) -> tuple[str, Token] | None:
    verb = head.head
    lemma = verb.lemma_.lower()
    if head.dep_ in ("nsubjpass", "nsubj") and (lemma in KILL_LEMMAS | INJURE_LEMMAS) and verb.tag_ == "VBN":
        return ("killed" if lemma in KILL_LEMMAS else "injured"), verb
    if head.dep_ == "nsubj" and lemma in DIE_LEMMAS:
        return "killed", verb
    return None


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
    )


def _reflexive(tokens: list[Token], i: int) -> Victims | None:
    tok = tokens[i]
    if tok.lower_ in ("himself", "herself"):
        return Victims(Count(1, 1, 1, i, i + 1), tok, i, i + 1, tok.text, attacker=True)
    return None


def _subject_victim(tokens: list[Token], i: int) -> Victims | None:
    """ "he was killed" / "she died": one person."""
    tok = tokens[i]
    if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
        return Victims(Count(1, 1, 1, i, i + 1), tok, i, i + 1, tok.text)
    return None


def sentence_reports(sent: SpacySpan, doc_tokens: list[Token] | None = None) -> list[Report]:
    """Every killed/injured figure in one sentence (``doc_tokens``: the document's tokens, made once)."""
    # Absolute token indices throughout; the list stops at the sentence end so look-ahead stays inside it.
    tokens = (doc_tokens if doc_tokens is not None else list(sent.doc))[: sent.end]
    reports: list[Report] = []
    i = sent.start
    while i < len(tokens):
        victims = _victims_at(tokens, i) or _reflexive(tokens, i) or _subject_victim(tokens, i)
        if victims is None:
            i += 1
            continue
        chain = _chain(tokens, victims)
        end = chain[-1].end
        if i > sent.start and tokens[i - 1].lower_ in _SUBSET_CUES:
            i = end  # "including 3 children": part of a figure already counted
            continue
        found = (_outcome_before(tokens, victims.start) if victims.start > sent.start else None) or _outcome_after(
            tokens, end
        )
        noun_outcome = _outcome_of_noun(victims.head) if len(chain) == 1 else None
        if found is None and noun_outcome is not None:
            found = (noun_outcome, victims.head)
        if found is None:
            found = _outcome_by_parse(chain[0].head)
        if found is not None and _alternatives(found[1]):
            found = None  # "killed, injured or captured": no count of the dead
        if found is not None and not (victims.attacker and found[1].lemma_.lower() not in KILL_LEMMAS):
            outcome, anchor = found
            for v in chain:
                if v.group and _outcome_of_noun(v.head):
                    v.group = None
            reports.append(_report(outcome, anchor, chain))
        i = max(end, i + 1)
    reports.extend(_suicide_blasts(tokens, sent.start, reports))
    return reports


def _suicide_blasts(tokens: list[Token], start: int, found: list[Report]) -> list[Report]:
    """ "blew himself up": the attacker died, unless a "killing himself" figure already counts him."""
    if any(g["kind"] == "attackers" and g["text"] and g["text"].lower() in ("himself", "herself") for r in found for g in r.groups):
        return []
    out: list[Report] = []
    for k in range(start, len(tokens) - 2):
        tok = tokens[k]
        if tok.lemma_.lower() == "blow" and tokens[k + 1].lower_ in ("himself", "herself") and tokens[k + 2].lower_ == "up":
            r = tokens[k + 1]
            out.append(
                Report("killed", 1, 1, 1, [{"text": r.text, "count": 1, "kind": "attackers"}], tok, tok.idx, r.idx + len(r.text) + 3)
            )
    return out


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
        out = [Report("killed", 0, 0, 0, [], anchor, start, end)]
        if word not in ("killed", "died", "deaths", "fatalities", "one died", "loss of life"):
            out.append(Report("injured", 0, 0, 0, [], anchor, start, end))
        return out
    return []


@dataclass
class _Said:
    """The reports of one sentence attributed to one source."""

    event: Event
    source: common.Source | None
    sentence: int
    killed: list[Report] = field(default_factory=list)
    injured: list[Report] = field(default_factory=list)


def _merge_sum(reports: list[Report]) -> tuple[int | None, int | None, int | None]:
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
    for si, sent in enumerate(analysis.sentences):
        reports = sentence_reports(sent, doc_tokens)
        if not any(r.outcome == "killed" for r in reports):
            reports.extend(zero_reports(sent))
        for r in reports:
            assert r.anchor is not None
            event = common.event_for(analysis, r.anchor)
            if event is None:
                continue
            source = common.source_of(r.anchor)
            key = (event.id, source.text.lower() if source else None, si)
            if key not in collected:
                collected[key] = _Said(event, source, si)
                order.append(key)
            said = collected[key]
            (said.killed if r.outcome == "killed" else said.injured).append(r)

    by_event: dict[str, list[_Said]] = {}
    for key in order:
        by_event.setdefault(key[0], []).append(collected[key])
    for saids in by_event.values():
        _apply(analysis, saids)


def _apply(analysis: Analysis, saids: list[_Said]) -> None:
    event = saids[0].event
    # Per source: sentences giving other victim groups add up; a repeated or updated figure does not.
    per_source: dict[str | None, list[tuple[int | None, int | None, int | None, set[str]]]] = {}
    for said in saids:
        if said.killed:
            low, best, high = _merge_sum(said.killed)
            heads = _group_heads(said)
            key = said.source.text.lower() if said.source else None
            per_source.setdefault(key, []).append((low, best, high, heads))
        event.claims.append(_claim(analysis, said))
    totals: list[tuple[int | None, int | None, int | None]] = []
    for figures in per_source.values():
        low, best, high, heads = figures[0]
        for f_low, f_best, f_high, f_heads in figures[1:]:
            disjoint = heads and f_heads and not (heads & f_heads) and not (heads | f_heads) & _GENERIC_TEXT
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
    event.fatalities = Fatalities(low=low, best=best, high=high)


_GENERIC_TEXT = {"people", "persons", "others", "victims", "dead", "deaths", "fatalities", "bodies"}


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

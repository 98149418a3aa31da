"""Persons: names without titles, one actor per person, affiliation from the words around the name."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from warscope.actors.kb import norm_key
from warscope.actors.registry import Registry

# Titles stripped from names (kept as aliases). Lower-case, without the final dot.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "gen", "general", "lt", "lieut", "lieutenant", "col",
    "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "cpl", "corporal", "pvt", "private", "adm",
    "admiral", "brig", "brigadier", "cmdr", "commander", "president", "vice", "prime", "minister", "secretary",
    "gov", "governor", "sen", "senator", "rep", "representative", "king", "queen", "prince", "princess", "emir",
    "sultan", "judge", "justice", "chancellor", "ambassador", "mayor", "pope", "rev", "father", "sir", "lord",
    "marshal", "field", "chief", "deputy", "spokesman", "spokeswoman", "foreign", "defense", "defence",
    "interior", "state", "supreme", "leader", "gens",
}
# Honorifics that are part of how a person is known when only one name follows ("Mullah Omar").
HONORIFICS = {"mullah", "sheikh", "shaikh", "imam", "ayatollah", "maulana", "mawlawi", "mufti", "hajji", "haji"}
# Nouns that, between ", a ... of" and an actor, say the person belongs to it.
ROLE_NOUNS = {
    "leader", "commander", "member", "spokesman", "spokeswoman", "spokesperson", "founder", "chief", "head",
    "fighter", "militant", "official", "emir", "governor", "deputy", "officer", "soldier", "operative",
    "director", "minister", "general", "colonel", "envoy", "negotiator", "representative", "chairman",
    "president", "recruiter", "financier", "ideologue", "cofounder", "co-founder", "loyalist", "supporter",
}
MALE = {"mr", "sir", "king", "prince", "father", "lord", "mullah", "sheikh", "shaikh", "ayatollah", "maulana",
        "mawlawi", "imam", "mufti", "sultan", "emir", "spokesman"}
FEMALE = {"mrs", "ms", "miss", "queen", "princess", "spokeswoman", "madam", "lady"}
JOIN_VERBS = {"join", "lead", "head", "found", "command", "co-found", "cofound"}
_TITLE_RX = re.compile(r"^(?:[A-Z][a-z]{0,3}\.|(?:President|General|Colonel|Captain|Sheikh|Mullah))$")


def _word(tok_text: str) -> str:
    return tok_text.lower().rstrip(".")


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(title tokens, name tokens) of a person's written name."""
    i = 0
    while i < len(tokens) - 1 and _word(tokens[i]) in TITLES:
        i += 1
    name = tokens[i:]
    # Keep an honorific when stripping it would leave a single name ("Mullah Omar").
    if len(name) >= 3 and _word(name[0]) in HONORIFICS:
        i += 1
        name = name[1:]
    return tokens[:i], name


def _key(name_tokens: list[str]) -> str:
    return norm_key(name_tokens[-1]) if name_tokens else ""


def person_id(name: str) -> str:
    return "person-" + re.sub(r"[^a-z0-9]+", "-", norm_key(name)).strip("-")


def find_person(reg: Registry, name_tokens: list[str]) -> str | None:
    """An earlier person this name can be: same surname, and no clash of first names."""
    last = _key(name_tokens)
    for actor in reg.actors.values():
        if actor.kind != "person":
            continue
        their = actor.name.split()
        if not their or _key(their) != last:
            continue
        mine_k = [norm_key(t) for t in name_tokens]
        their_k = [norm_key(t) for t in their]
        shorter, longer = sorted((mine_k, their_k), key=len)
        # "bin Laden" is "Osama bin Laden"; "Ahmad Shah" and "Zahir Shah" are two people.
        if longer[-len(shorter):] != shorter and len(shorter) >= 2:
            continue
        return actor.id
    return None


def _join(tokens: list) -> str:
    return "".join(t.text + t.whitespace_ for t in tokens).strip()


def _is_place(reg: Registry, start: int, end: int, name: str) -> bool:
    """Whether an untitled name is a country or exactly what the geo stage took for a place."""
    if reg.kb.country_of(name):
        return True
    return any(pm.start <= start and end <= pm.end and not pm.embedded for pm in reg.analysis.place_mentions)


def add_person(reg: Registry, start: int, end: int, span_tokens: list) -> str | None:
    """Register a person mention written as spaCy ``span_tokens`` over text[start:end]."""
    span_tokens = [t for t in span_tokens if t.text not in {"'s", "\u2019s", "'", "\u2019"}]
    written = [t.text for t in span_tokens]
    title, name_tokens = split_title(written)
    if not name_tokens or not any(t[:1].isupper() for t in name_tokens):
        return None
    name = _join(span_tokens[len(title):])
    if not title and _is_place(reg, start, end, name):
        return None  # "Burkina Faso", "Salah al-Din" tagged PERSON by the parser: places, not people
    pid = find_person(reg, name_tokens)
    if pid is None:
        pid = reg.ensure_new(person_id(name), name, "person")
    actor = reg.actors[pid]
    # The fullest form of the name wins ("Abu Omar Khorasani" over "Khorasani").
    if len(name_tokens) > len(actor.name.split()):
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = name
    for t in title:
        g = "male" if _word(t) in MALE else "female" if _word(t) in FEMALE else None
        if g:
            reg.gender.setdefault(pid, g)
    # Arabic patronymics and kunyas ("bin", "ibn", "Abu") name men.
    if name_tokens and (_word(name_tokens[0]) in MALE or {_word(t) for t in name_tokens} & {"bin", "ibn", "abu"}):
        reg.gender.setdefault(pid, "male")
    if title:
        titled = _join(span_tokens)
        if titled not in actor.aliases:
            actor.aliases.append(titled)
    reg.add(start, end, pid, "name", priority=1)
    return pid


def title_before(span: SpacySpan) -> int:
    """Start token index including adjacent titles written just before an entity ("Gen. Frank McKenzie")."""
    i = span.start
    doc = span.doc
    while i > 0 and (_word(doc[i - 1].text) in TITLES | HONORIFICS) and doc[i - 1].text[:1].isupper():
        i -= 1
    return i


def titled_names(doc) -> list[tuple[int, int]]:
    """Token ranges "Mr. X Y" that NER may have missed: a title followed by proper nouns."""
    out = []
    for tok in doc:
        if _word(tok.text) in {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "maj"} and tok.text[:1].isupper():
            j = tok.i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and j - tok.i <= 4:
                j += 1
            if j > tok.i + 1:
                out.append((tok.i, j))
    return out


def affiliations(reg: Registry, doc, by_token: dict[int, str]) -> None:
    """Set person affiliations from appositions ("X, a leader of Y"), pre-modifiers ("Y founder X")
    and joining verbs ("he joined Y"). ``by_token`` maps token index -> actor id of its mention."""

    def group_at(i: int) -> str | None:
        aid = by_token.get(i)
        if aid and reg.actors[aid].kind != "person":
            return aid
        return None

    def setaff(pid: str, gid: str) -> None:
        person = reg.actors.get(pid)
        if person is not None and person.kind == "person" and person.affiliation is None and gid != pid:
            person.affiliation = gid

    persons = sorted({(i, a) for i, a in by_token.items() if reg.actors[a].kind == "person"})
    for i, pid in persons:
        tok = doc[i]
        # Apposition: after the name's last token, ", a/the ... ROLE of|in|for GROUP" up to the next comma.
        if i + 1 < len(doc) and by_token.get(i + 1) == pid:
            continue
        j = i + 1
        if j < len(doc) and doc[j].text == ",":
            role_seen = False
            for k in range(j + 1, min(len(doc), j + 16)):
                t = doc[k]
                if t.text in {",", ".", ";", "\u2014", "(", ")"} and k > j + 1:
                    break
                if t.lemma_.lower() in ROLE_NOUNS or t.lower_ in ROLE_NOUNS:
                    role_seen = True
                elif role_seen and group_at(k):
                    setaff(pid, group_at(k))
                    break
        # Pre-modifier: "GROUP founder NAME".
        start = i
        while start > 0 and by_token.get(start - 1) == pid:
            start -= 1
        if start >= 2 and doc[start - 1].lower_ in ROLE_NOUNS and group_at(start - 2):
            setaff(pid, group_at(start - 2))
        # Joining verbs with the person (or a pronoun for them) as subject.
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in JOIN_VERBS:
            for child in tok.head.children:
                if child.dep_ in {"dobj", "obj"} and group_at(child.i):
                    setaff(pid, group_at(child.i))

"""Recognition: entity-ruler patterns built from the knowledge base.

Two rulers go first in the pipeline (so before "ner", which then respects their spans):
- ``warscope_actors`` matches multi-word aliases on NORM (case-insensitive, curly quotes folded);
- ``warscope_actor_names`` matches single-word names and acronyms case-sensitively, so that
  "AA", "IS" or "Amnesty" are not found inside ordinary lowercase prose.
Bare country names and demonyms are never patterns: the geo stage needs them as places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language

from warscope.actors.kb import KB, load, norm_key

PHRASE_RULER = "warscope_actors"
NAME_RULER = "warscope_actor_names"
LABEL = "ORG"

# Parents whose regional branches are often named only by relation ("Islamic State's affiliate").
AFFILIATE_PARENTS = {
    "islamic-state": ["Islamic State", "ISIS", "ISIL", "Daesh", "the Islamic State group"],
    "al-qaeda": ["al Qaeda", "al-Qaeda", "al-Qaida", "al Qaida"],
}
AFFILIATE_WORDS = ("affiliate", "branch", "offshoot", "arm", "wing", "franchise", "province", "chapter")
_AFFILIATE_TEMPLATES = (
    "{a}'s regional affiliate", "{a}'s local affiliate", "{a}'s affiliate", "{a}'s regional branch",
    "{a}'s local branch", "{a}'s branch", "{a}'s offshoot", "affiliate of {a}", "regional affiliate of {a}",
    "local affiliate of {a}", "branch of {a}", "offshoot of {a}", "{a} affiliate", "{a} offshoot",
    "{a} branch", "{a} franchise",
)
_COUNTRY_TEMPLATES = (
    "{d} arm of {a}", "{d} branch of {a}", "{d} affiliate of {a}", "{d} wing of {a}", "{d} chapter of {a}",
    "{a}'s {d} affiliate", "{a}'s {d} branch", "{a}'s {d} arm", "{d} {a} affiliate", "{d} {a} branch",
)


def _is_acronym(alias: str) -> bool:
    return not any(ch.islower() for ch in alias)


def _variants(alias: str) -> set[str]:
    out = {alias}
    if re.search(r"\w-\w", alias):
        out.add(re.sub(r"(?<=\w)-(?=\w)", " ", alias))
    m = re.match(r"^(al|Al|el|El) (.+)$", alias)
    if m:
        out.add(f"{m.group(1)}-{m.group(2)}")
    if "'" in alias:
        out |= {v.replace("'", "\u2019") for v in list(out)}
    return out


def _patterns(kb: KB, nlp: Language) -> tuple[list[dict], list[dict]]:
    phrases: dict[str, str] = {}
    names: dict[str, str] = {}
    for e in kb.entries.values():
        aliases = {e.name, *e.aliases}
        if e.acled_name and e.role:
            aliases.add(re.sub(r" \([^)]*\)$", "", e.acled_name))
        for alias in aliases:
            alias = re.sub(r"^the ", "", alias.strip(), flags=re.I)
            key = norm_key(alias)
            if not key or key in kb.country_index:
                continue
            for v in _variants(alias):
                if len(nlp.make_doc(v)) > 1 and not _is_acronym(v):
                    phrases.setdefault(v.lower(), e.id)
                elif len(v.replace(".", "")) >= 2:
                    # Single words and acronyms: cased, as written and in headline capitals.
                    for form in {v, v.upper()} if _is_acronym(v) else {v, v[:1].upper() + v[1:], v.upper()}:
                        names.setdefault(form, e.id)
    for pid, short in AFFILIATE_PARENTS.items():
        for a in short:
            for t in _AFFILIATE_TEMPLATES:
                phrases.setdefault(t.format(a=a).lower(), pid)
            for cid in kb.children.get(pid, []):
                c = kb.get(cid)
                country = kb.countries.get(c.country) if c and c.country else None
                if country is None:
                    continue
                for d in {country.demonym, country.name} - {None}:
                    for t in _COUNTRY_TEMPLATES:
                        phrases.setdefault(t.format(a=a, d=d).lower(), cid)
    phrase_patterns = [{"label": LABEL, "pattern": p, "id": i} for p, i in phrases.items()]
    for p in list(phrase_patterns):
        if "'" in p["pattern"]:
            phrase_patterns.append({**p, "pattern": p["pattern"].replace("'", "\u2019")})
    name_patterns = [{"label": LABEL, "pattern": p, "id": i} for p, i in names.items()]
    return phrase_patterns, name_patterns


def setup(nlp: Language) -> None:
    """Add the actor rulers at the head of the pipeline; idempotent."""
    if PHRASE_RULER in nlp.pipe_names:
        return
    kb = load()
    phrase_patterns, name_patterns = _patterns(kb, nlp)
    # First in the pipeline: the ruler then only needs the tokenizer to read its patterns (fast), and
    # "ner" further down keeps its spans.
    phrase = nlp.add_pipe("entity_ruler", name=PHRASE_RULER, first=True, config={"phrase_matcher_attr": "NORM"})
    phrase.add_patterns(phrase_patterns)
    cased = nlp.add_pipe("entity_ruler", name=NAME_RULER, after=PHRASE_RULER, config={"overwrite_ents": False})
    cased.add_patterns(name_patterns)


def affiliate_words(text: str) -> Iterator[str]:
    low = text.lower()
    return (w for w in AFFILIATE_WORDS if re.search(rf"\b{w}\b", low))

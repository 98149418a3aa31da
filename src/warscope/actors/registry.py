"""The per-document actor registry: one Actor per identity, mentions and aliases accumulated."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from warscope.actors.kb import GRACE_DAYS, KB, Entry, Status
from warscope.analysis import ActorMention, Analysis
from warscope.model import Actor, Mention


@dataclass
class Found:
    """A mention before overlap resolution."""

    start: int
    end: int
    actor_id: str
    how: str = "name"
    priority: int = 0  # higher wins an overlap of equal length


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _shift(day: str, days: int) -> str | None:
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def doc_date(analysis: Analysis) -> str | None:
    """The day the document speaks from: its publication or reference date, else the latest date it
    mentions (an undated report of "3 March 2020" fighting names the actors of 2020, not of today)."""
    pub = analysis.document.published or analysis.reference_date
    if not pub or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        mentioned = [t.end_value or t.value for t in analysis.times if t.value]
        mentioned = [v for v in mentioned if re.fullmatch(r"\d{4}(-\d{2}){0,2}", v)]
        if mentioned:
            pub = max(mentioned)
    if pub and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
        return pub
    if pub and re.fullmatch(r"\d{4}-\d{2}", pub):
        return pub + "-15"
    if pub and re.fullmatch(r"\d{4}", pub):
        return pub + "-07-01"
    return None


def status_for(entry: Entry, day: str | None) -> Status | None:
    """The status news on ``day`` most likely means: a change younger than GRACE_DAYS is not yet
    absorbed ("the Afghan government" two weeks after its fall still names the fallen one)."""
    if day is None:
        return entry.status_at(None)
    current = entry.status_at(day)
    if current is not None and current.start is not None:
        before = _shift(day, GRACE_DAYS)
        if before is not None and before < current.start:
            older = entry.status_at(before)
            if older is not None:
                return older
    return current


@dataclass
class Registry:
    kb: KB
    analysis: Analysis
    day: str | None
    focus: str | None = None
    actors: dict[str, Actor] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # person id -> male | female, from titles

    @property
    def text(self) -> str:
        return self.analysis.text

    def effective_id(self, entry: Entry) -> str:
        """A fallen government's name can pass to its successor (after the grace period)."""
        if entry.successor and self.day:
            start, succ = entry.successor
            settled = _shift(self.day, GRACE_DAYS)
            if settled is not None and settled >= start and succ in self.kb.entries:
                return succ
        return entry.id

    def ensure_kb(self, entry_id: str) -> str:
        entry = self.kb.entries[self.kb.same_as.get(entry_id, entry_id)]
        entry = self.kb.entries[self.effective_id(entry)]
        if entry.id not in self.actors:
            st = status_for(entry, self.day)
            if st and st.acled_name:
                name = st.acled_name
            elif entry.status and self.day:
                name = entry.name  # before the first known period: no period in the name
            else:
                name = entry.acled_name or entry.name
            kind = st.kind if st and st.kind else entry.kind
            aliases = [entry.name] if entry.name != name else []
            # Former ACLED names ("Islamic State (Greater Sahara)") say who this is in older data.
            aliases += [a for a in entry.aliases if re.search(r"\([A-Z][^()]*\)$", a) and a != name]
            self.actors[entry.id] = Actor(
                id=entry.id, name=name, kind=kind, country=entry.country, wikidata=entry.wikidata,
                affiliation=entry.affiliation, aliases=aliases,
            )
        return entry.id

    def ensure_new(self, actor_id: str, name: str, kind: str, country: str | None = None,
                   affiliation: str | None = None) -> str:
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(id=actor_id, name=name, kind=kind, country=country,
                                          affiliation=affiliation)
        return actor_id

    def add(self, start: int, end: int, actor_id: str, how: str = "name", priority: int = 0) -> None:
        # Trim whitespace and a trailing possessive so the span is the name itself.
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        m = re.search(r"['\u2019]s?$", self.text[start:end])
        if m and end - start - len(m.group(0)) > 0:
            end -= len(m.group(0))
        if start < end:
            self.found.append(Found(start, end, actor_id, how, priority))

    def claimed(self, start: int, end: int) -> bool:
        return any(f.start < end and start < f.end for f in self.found)

    def resolved(self) -> list[Found]:
        """Mentions without overlaps (longer, then higher priority, then earlier wins), in text order."""
        kept: list[Found] = []
        for f in sorted(self.found, key=lambda f: (-(f.end - f.start), -f.priority, f.start)):
            if not any(k.start < f.end and f.start < k.end for k in kept):
                kept.append(f)
        return sorted(kept, key=lambda f: (f.start, f.end))

    def finish(self) -> None:
        """Write the actors and mentions into the analysis."""
        kept = self.resolved()
        used: set[str] = set()
        for f in kept:
            actor = self.actors[f.actor_id]
            actor.mentions.append(Mention(start=f.start, end=f.end, text=self.text[f.start:f.end]))
            surface = self.text[f.start:f.end]
            if f.how == "name" and surface != actor.name and surface not in actor.aliases:
                actor.aliases.append(surface)
            used.add(f.actor_id)
            self.analysis.mentions.append(ActorMention(start=f.start, end=f.end, actor_id=f.actor_id, how=f.how))
        for actor in self.actors.values():
            actor.aliases = [a for a in dict.fromkeys(actor.aliases) if a != actor.name]
        # An affiliation may name a parent the text never mentions (ISIS-K -> Islamic State): keep the
        # parent, without mentions, so every affiliation id resolves to an actor in the output.
        pending = list(used)
        while pending:
            child = self.actors[pending.pop()]
            parent = child.affiliation
            if parent is None or parent in used:
                continue
            if parent not in self.actors:
                if parent not in self.kb.entries:
                    child.affiliation = None
                    continue
                parent = child.affiliation = self.ensure_kb(parent)
            used.add(parent)
            pending.append(parent)
        self.analysis.actors.extend(a for a in self.actors.values() if a.id in used)

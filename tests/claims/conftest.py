"""Builders for hand-made analyses, so these tests do not depend on the quality of earlier stages."""

from __future__ import annotations

import pytest

from warscope.analysis import ActorMention, Analysis
from warscope.model import Actor, Document, Event


@pytest.fixture(scope="session")
def nlp():
    from warscope import nlp as nlp_module

    return nlp_module.load()


class Builder:
    """Make an Analysis over ``text``: events anchored on trigger words, actors mentioned by name."""

    def __init__(self, nlp, text: str, source: str | None = None):
        self.text = text
        document = Document(id=Document.make_id(text), text=text, source=source)
        self.analysis = Analysis(document=document, doc=nlp(text))

    def _find(self, needle: str, occurrence: int = 0) -> int:
        pos = -1
        for _ in range(occurrence + 1):
            pos = self.text.index(needle, pos + 1)
        return pos

    def event(self, trigger: str, occurrence: int = 0, **fields) -> Event:
        a = self.analysis
        start = self._find(trigger, occurrence)
        fields.setdefault("event_type", "Explosions/Remote violence")
        ev = Event(id=f"ev{len(a.events) + 1}", confidence=0.5, **fields)
        ev._trigger = a.span(start, start + len(trigger))
        ev._sentence = a.sentence_index(start)
        ev.evidence = [ev._trigger]
        a.events.append(ev)
        return ev

    def actor(self, actor_id: str, name: str, kind: str = "organization", *texts: str, how: str = "name") -> Actor:
        a = self.analysis
        actor = a.actor(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=name, kind=kind)
            a.actors.append(actor)
        for t in texts or (name,):
            pos = -1
            while True:
                pos = self.text.find(t, pos + 1)
                if pos < 0:
                    break
                a.mentions.append(ActorMention(pos, pos + len(t), actor_id, how))
                actor.mentions.append(a.span(pos, pos + len(t)))
        a.mentions.sort(key=lambda m: m.start)
        return actor


@pytest.fixture
def build(nlp):
    def make(text: str, source: str | None = None) -> Builder:
        return Builder(nlp, text, source)

    return make

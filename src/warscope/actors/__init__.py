"""The actors stage: who. One identity per real actor, every mention a span.

Recognition (``setup``) adds entity rulers built from the knowledge base; ``annotate`` resolves
names, descriptions ("gunmen", "Afghan soldiers"), persons and pronouns to actors.
"""

from warscope.actors.recognize import setup
from warscope.actors.resolve import annotate

__all__ = ["annotate", "setup"]

"""warscope: a sourced conflict-event dataset from war reporting, offline."""

__version__ = "0.1.0"

"""Exports: ACLED CSV, PLOVER JSONL, GeoJSON, GraphML, GEXF, JSON and Parquet, filtered like the API."""

from warscope.export.writers import FORMATS, export

__all__ = ["FORMATS", "export"]

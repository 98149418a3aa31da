"""Measuring warscope against gold data: ``warscope eval ...`` scorers and the throughput benchmark.

Each scorer reads a gold file, runs the real pipeline on its text and returns a plain dict with every
figure (and per-row errors), so that the CLI can print it, write it as JSON or render it into the docs.
"""

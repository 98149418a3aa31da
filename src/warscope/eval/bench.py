"""Throughput: raw spaCy ``nlp.pipe`` against warscope end to end (``extract_many``), same articles.

Each configuration (engine x n_process) runs in a fresh child process so that its peak RSS is its
own: the figure is ``ru_maxrss`` of the child plus the largest of its own worker processes. Model
loading is outside the timed part; spaCy's worker start-up (n_process 2) is inside it, as a user
running a batch would pay it. Articles: the first N of FA-KES (fakes_syria) plus hidden-war.txt.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ENGINES = ("spacy", "warscope")


def default_shared() -> Path:
    return Path(__file__).resolve().parents[3] / ".." / "shared"


def load_articles(shared: Path, n: int) -> list[dict[str, Any]]:
    """The first n-1 FA-KES articles (file order) and hidden-war.txt, as dicts for document_from_text."""
    out: list[dict[str, Any]] = []
    fakes = shared / "corpus" / "fakes_syria" / "FA-KES-Dataset.csv"
    if fakes.exists() and n > 1:
        with fakes.open(encoding="utf-8", errors="replace", newline="") as fh:
            for rec in csv.DictReader(fh):
                if len(out) >= n - 1:
                    break
                text = (rec.get("article_content") or "").strip()
                if not text:
                    continue
                out.append({"text": text, "title": rec.get("article_title") or None,
                            "published": _mdy(rec.get("date")), "name": f"fakes {rec.get('unit_id')}"})
    war = shared / "corpus" / "hidden-war.txt"
    if war.exists():
        out.append({"text": war.read_text(encoding="utf-8"), "title": None, "published": "2021-08-27",
                    "name": "hidden-war.txt"})
    return out


def _mdy(value: str | None) -> str | None:
    try:
        return dt.datetime.strptime((value or "").strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def _peak_rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MiB (Linux reports KiB)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, child


def run_worker(engine: str, articles_file: str, n_process: int, batch_size: int) -> dict[str, Any]:
    """One timed pass in this process (called in a child by :func:`run_bench`)."""
    from warscope.ingest import document_from_text

    articles = json.loads(Path(articles_file).read_text(encoding="utf-8"))
    docs = [document_from_text(a["text"], published=a["published"], title=a["title"], name=a["name"])
            for a in articles]
    words = sum(len(d.text.split()) for d in docs)
    if engine == "spacy":
        import spacy

        from warscope.nlp import MODEL

        nlp = spacy.load(MODEL)  # the bare model: what the stages add is what is being measured
        started = time.perf_counter()
        for _ in nlp.pipe((d.text for d in docs), batch_size=batch_size, n_process=n_process):
            pass
        seconds = time.perf_counter() - started
        events = None
    else:
        from warscope import nlp as wnlp
        from warscope.pipeline import extract_many

        wnlp.load()
        started = time.perf_counter()
        events = 0
        for extraction in extract_many(docs, batch_size=batch_size, n_process=n_process):
            events += len(extraction.events)
        seconds = time.perf_counter() - started
    own, child = _peak_rss_mb()
    return {"engine": engine, "n_process": n_process, "batch_size": batch_size, "articles": len(docs),
            "words": words, "seconds": seconds, "words_per_s": words / seconds if seconds else None,
            "articles_per_s": len(docs) / seconds if seconds else None, "events": events,
            "peak_rss_mb": own, "peak_rss_workers_mb": child}


def run_bench(n: int = 100, n_processes: tuple[int, ...] = (1, 2), batch_size: int = 16,
              shared: Path | None = None, timeout: float = 1800) -> dict[str, Any]:
    shared = shared or default_shared()
    articles = load_articles(shared, n)
    if not articles:
        raise FileNotFoundError(f"no articles found under {shared}/corpus (fakes_syria, hidden-war.txt)")
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        art_file = Path(tmp) / "articles.json"
        art_file.write_text(json.dumps(articles), encoding="utf-8")
        for n_process in n_processes:
            for engine in ENGINES:
                cmd = [sys.executable, "-m", "warscope.eval.bench", engine, str(art_file), str(n_process),
                       str(batch_size)]
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                      env={**os.environ, "PYTHONWARNINGS": "ignore"})
                if proc.returncode != 0:
                    tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
                    raise RuntimeError(f"bench worker {engine} n_process={n_process} failed: {tail[0]}")
                runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    ratios = {}
    for n_process in n_processes:
        by = {r["engine"]: r for r in runs if r["n_process"] == n_process}
        if by.get("spacy", {}).get("words_per_s") and by.get("warscope", {}).get("words_per_s"):
            ratios[str(n_process)] = by["warscope"]["words_per_s"] / by["spacy"]["words_per_s"]
    return {
        "task": "bench",
        "meta": {
            "articles": len(articles),
            "words": runs[0]["words"] if runs else 0,
            "sources": "FA-KES-Dataset.csv (first rows, file order) + hidden-war.txt",
            "batch_size": batch_size,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
            "date": dt.datetime.now(dt.timezone.utc).date().isoformat(),
        },
        "runs": runs,
        "ratio_warscope_to_spacy": ratios,
    }


def _workers(run: dict[str, Any]) -> str:
    return f"{run['peak_rss_workers_mb']:.0f}" if run["n_process"] > 1 else "-"


def bench_table(result: dict[str, Any]):
    from rich.table import Table

    meta = result["meta"]
    t = Table(title=f"Throughput: {meta['articles']} articles, {meta['words']} words, batch {meta['batch_size']}, "
              f"{meta['cpus']} CPUs")
    for col in ("engine", "n_process", "seconds", "words/s", "articles/s", "peak RSS MiB", "workers RSS MiB",
                "vs spaCy"):
        t.add_column(col, justify="left" if col == "engine" else "right")
    for r in result["runs"]:
        ratio = result["ratio_warscope_to_spacy"].get(str(r["n_process"])) if r["engine"] == "warscope" else None
        t.add_row(r["engine"], str(r["n_process"]), f"{r['seconds']:.1f}", f"{r['words_per_s']:.0f}",
                  f"{r['articles_per_s']:.2f}", f"{r['peak_rss_mb']:.0f}", _workers(r),
                  f"{ratio:.2f}x" if ratio else "")
    return t


def bench_markdown(result: dict[str, Any], command: str) -> str:
    meta = result["meta"]
    lines = [
        f"Command: `{command}`  ",
        f"Data: {meta['sources']}: {meta['articles']} articles, {meta['words']} words  ",
        f"Date: {meta['date']}; Python {meta['python']} on {meta['machine']}, {meta['cpus']} CPUs "
        "(shared with other jobs: treat as rough)",
        "",
        "| engine | n_process | seconds | words/s | articles/s | peak RSS MiB | workers' peak RSS MiB | speed vs spaCy |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["runs"]:
        ratio = result["ratio_warscope_to_spacy"].get(str(r["n_process"])) if r["engine"] == "warscope" else None
        lines.append(f"| {r['engine']} | {r['n_process']} | {r['seconds']:.1f} | {r['words_per_s']:.0f} | "
                     f"{r['articles_per_s']:.2f} | {r['peak_rss_mb']:.0f} | {_workers(r)} | "
                     f"{f'{ratio:.2f}x' if ratio else ''} |")
    return "\n".join(lines)


if __name__ == "__main__":  # the child process of run_bench
    engine, art_file, n_proc, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if engine not in ENGINES:
        raise SystemExit(f"unknown engine {engine!r}")
    print(json.dumps(run_worker(engine, art_file, n_proc, batch)))

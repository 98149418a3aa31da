"""``warscope eval ...`` and ``warscope bench``: argument parsing and output only; the scoring lives
in the modules beside this one."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import click

DOCS_ACCURACY = "docs/accuracy.md"
DOCS_PERFORMANCE = "docs/performance.md"


class EvalFailure(click.ClickException):
    """A one-line error and exit code 2, like the rest of the CLI."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"warscope: error: {self.message}", err=True)


def command_line(ctx: click.Context) -> str:
    """The command as it can be re-run: its path and every parameter that was given."""
    # The root is called "warscope" whatever the entry point (CliRunner calls it "main").
    parts = ["warscope", *ctx.command_path.split()[1:]]
    for param in ctx.command.params:
        value = ctx.params.get(param.name)
        source = ctx.get_parameter_source(param.name)
        if isinstance(param, click.Argument):
            values = value if isinstance(value, (list, tuple)) else [value]
            parts += [shlex.quote(str(v)) for v in values if v is not None]
            continue
        if source is not None and source.name == "DEFAULT":
            continue
        if value is None or value is False or param.name in {"json_out", "markdown"}:
            continue
        flag = param.opts[0]
        parts.append(flag if value is True else f"{flag} {shlex.quote(str(value))}")
    return " ".join(parts)


def _write_json(path: str | None, result: dict[str, Any]) -> None:
    if not path:
        return
    try:
        Path(path).write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    except OSError as exc:
        raise EvalFailure(f"{path}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"wrote {path}", err=True)


def _write_markdown(path: str | None, key: str, heading: str, body: str) -> None:
    if not path:
        return
    from warscope.eval.report import update_section

    try:
        update_section(path, key, body, heading=heading)
    except OSError as exc:
        raise EvalFailure(f"{path}: cannot write ({exc.strerror or exc})") from None
    click.echo(f"updated section {key!r} of {path}", err=True)


def _check_paths(paths: tuple[str, ...] | list[str], kind: str = "file") -> None:
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise EvalFailure(f"{p}: no such {'file or directory' if kind == 'path' else kind}")
        if kind == "file" and not path.is_file():
            raise EvalFailure(f"{p}: not a file")
        if kind == "directory" and not path.is_dir():
            raise EvalFailure(f"{p}: not a directory")


def _expand_csvs(paths: tuple[str, ...]) -> list[str]:
    """Files as given; a directory stands for the *.csv files in it."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.glob("*.csv"))
            if not found:
                raise EvalFailure(f"{p}: no .csv files in this directory")
            out.extend(found)
        else:
            out.append(p)
    return out


_limit = click.option("--limit", type=click.IntRange(min=1), default=None,
                      help="Score at most N items (a seeded random sample).")
_seed = click.option("--seed", type=int, default=0, show_default=True, help="Seed of the sample.")
_json = click.option("--json", "json_out", metavar="OUT", help="Write every figure and per-row errors as JSON.")
_markdown = click.option("--markdown", metavar="FILE",
                         help=f"Rewrite this command's section of a Markdown file (e.g. {DOCS_ACCURACY}).")


@click.group(name="eval")
def eval_group() -> None:
    """Score warscope against gold data (ACLED, CASE 2021, MUC-4, geoparsing, TimeML, PLOVER, negatives)."""


@eval_group.command(name="acled")
@click.argument("csv_files", nargs=-1, required=True, metavar="CSV|DIR...")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True,
              help="Rows to sample from the split.")
@_seed
@click.option("--split", type=click.Choice(["dev", "train", "all"]), default="dev", show_default=True,
              help="dev = sha1(event_id_cnty) % 5 == 0; train on the rest only.")
@click.option("--by", type=click.Choice(["country", "file", "event_type"]), default=None,
              help="Also break the figures down by this field.")
@click.option("--published", type=click.Choice(["none", "timestamp"]), default="none", show_default=True,
              help="Publication date given to the pipeline (event_date would leak the answer).")
@click.option("--country", type=click.Choice(["row", "none"]), default="row", show_default=True,
              help="Give the pipeline the row's country as the document's country, or nothing.")
@_json
@_markdown
@click.pass_context
def acled_cmd(ctx, csv_files, limit, seed, split, by, published, country, json_out, markdown) -> None:
    """Event type, sub-event type, actors, admin1, location, fatalities, date and precisions on ACLED notes."""
    from warscope.eval.acled import AcledFormatError, evaluate_acled
    from warscope.eval.report import acled_markdown, acled_tables, print_tables

    _check_paths(csv_files, kind="path")
    files = _expand_csvs(csv_files)
    try:
        result = evaluate_acled(files, limit=limit, seed=seed, split=split, by=by, published=published,
                                country=country)
    except AcledFormatError as exc:
        raise EvalFailure(str(exc)) from None
    result["meta"]["command"] = command_line(ctx)
    # Files first: a closed pipe on stdout (| head) must not lose them.
    _write_json(json_out, result)
    _write_markdown(markdown, "acled", "ACLED notes", acled_markdown(result, result["meta"]["command"]))
    print_tables(acled_tables(result))


@eval_group.command(name="case2021")
@click.argument("tsv", metavar="TSV")
@_limit
@_seed
@_json
@_markdown
@click.pass_context
def case2021_cmd(ctx, tsv, limit, seed, json_out, markdown) -> None:
    """Sub-event typing on CASE 2021 Task 2 news snippets (accuracy, macro-F1, weighted F1)."""
    from warscope.eval.case2021 import CaseFormatError, evaluate_case2021, summary_lines
    from warscope.eval.report import classification_markdown, classification_table, print_tables

    _check_paths([tsv])
    try:
        result = evaluate_case2021(tsv, limit=limit, seed=seed)
    except CaseFormatError as exc:
        raise EvalFailure(str(exc)) from None
    result["meta"]["command"] = command_line(ctx)
    _write_json(json_out, result)
    meta = result["meta"]
    body = "\n".join([
        f"Command: `{meta['command']}`  ",
        f"Data: {Path(meta['file']).name} ({meta['rows_in_file']} snippets; scored {result['sub_event_type']['n']})  ",
        f"Date: {meta['date']}; {meta['seconds']} s",
        "",
        *[f"- {line}" for line in summary_lines(result)],
        "",
        *classification_markdown(result["sub_event_type"]),
    ])
    _write_markdown(markdown, "case2021", "CASE 2021 sub-event typing", body)
    print_tables([classification_table("CASE 2021 sub_event_type", result["sub_event_type"])])
    for line in summary_lines(result):
        click.echo(line)


@eval_group.command(name="muc4")
@click.argument("json_file", metavar="JSON")
@_limit
@_seed
@click.option("--case", "case", type=click.Choice(["sentence", "lower", "as-is"]), default="sentence",
              show_default=True, help="How to case the upper-case MUC text before extraction.")
@_json
@_markdown
@click.pass_context
def muc4_cmd(ctx, json_file, limit, seed, case, json_out, markdown) -> None:
    """Incident detection and role fillers on MUC-4 articles (dev.json / train.json)."""
    from warscope.eval.muc4 import MucFormatError, evaluate_muc4, table_rows
    from warscope.eval.report import prf_markdown, prf_table, print_tables

    _check_paths([json_file])
    try:
        result = evaluate_muc4(json_file, limit=limit, seed=seed, case=case)
    except (MucFormatError, KeyError) as exc:
        raise EvalFailure(f"{json_file}: {exc}") from None
    result["meta"]["command"] = command_line(ctx)
    rows = table_rows(result)
    n = len(result["rows"])
    _write_json(json_out, result)
    meta = result["meta"]
    body = "\n".join([
        f"Command: `{meta['command']}`  ",
        f"Data: {Path(meta['file']).name} ({meta['docs_in_file']} documents; scored {n}); text case: {meta['case']}  ",
        f"Date: {meta['date']}; {meta['seconds']} s. Location and date of incidents are not scored (no gold).",
        "",
        *prf_markdown(rows),
    ])
    _write_markdown(markdown, "muc4", "MUC-4 incidents and role fillers", body)
    print_tables([prf_table(f"MUC-4: {n} documents", rows)])


@eval_group.command(name="negatives")
@click.argument("corpus", metavar="DIR")
@click.option("--limit", type=click.IntRange(min=1), default=300, show_default=True,
              help="Articles to sample (seeded).")
@_seed
@click.option("--section", help="Only this section (sub-folder), e.g. politics.")
@_json
@_markdown
@click.pass_context
def negatives_cmd(ctx, corpus, limit, seed, section, json_out, markdown) -> None:
    """False events per 20 articles on a corpus with no conflict events (BBC business, sport, ...)."""
    from warscope.eval.negatives import evaluate_negatives
    from warscope.eval.negatives import markdown as negatives_markdown

    _check_paths([corpus], kind="path")
    result = evaluate_negatives(corpus, limit=limit, seed=seed, section=section)
    if not result["rows"]:
        raise EvalFailure(f"{corpus}: no articles (<section>/<name>.txt) found")
    result["meta"]["command"] = command_line(ctx)
    _write_json(json_out, result)
    _write_markdown(markdown, "negatives", "Articles without conflict events",
                    negatives_markdown(result, result["meta"]["command"]))
    o = result["overall"]
    click.echo(f"{o['articles']} articles: {o['articles_with_events']} with an event, {o['events']} events, "
               f"{o['events_per_20_articles']} per 20 articles")
    for name, f in result["by_section"].items():
        click.echo(f"  {name}: {f['articles']} articles, {f['events']} events, {f['events_per_20_articles']} per 20")


def _external(module: str, func: str, fmt: str):
    """A scorer another module provides; a clear one-line error when it is not there yet."""
    import importlib

    try:
        mod = importlib.import_module(f"warscope.eval.{module}")
        return getattr(mod, func), getattr(mod, fmt)
    except (ImportError, AttributeError) as exc:
        raise EvalFailure(f"`warscope eval {module}` is not available: warscope.eval.{module} "
                          f"({func}/{fmt}) is missing ({exc})") from None


def _run_external(ctx, module: str, func: str, fmt: str, target: str, limit, json_out, markdown,
                  heading: str, section: str | None = None, **options) -> None:
    evaluate, format_ = _external(module, func, fmt)
    try:
        result = evaluate(target, limit=limit, **options)
    except (OSError, ValueError) as exc:
        raise EvalFailure(f"{target}: {exc}") from None
    text = format_(result)
    command = command_line(ctx)
    if isinstance(result, dict):
        result.setdefault("command", command)
    _write_json(json_out, result)
    import datetime as dt

    date = dt.datetime.now(dt.timezone.utc).date().isoformat()
    body = f"Command: `{command}`  \nData: {Path(target).name}  \nDate: {date}\n\n```text\n{text.rstrip()}\n```"
    _write_markdown(markdown, section or module, heading, body)
    click.echo(text)


@eval_group.command(name="geo")
@click.argument("path", metavar="FILE")
@_limit
@_json
@_markdown
@click.option("--half", type=click.Choice(["even", "odd"]),
              help="Score only the articles at even or odd positions (tune on one half, measure on the other).")
@click.pass_context
def geo_cmd(ctx, path, limit, json_out, markdown, half) -> None:
    """Toponym detection and resolution (GeoWebNews / LGL XML)."""
    _check_paths([path])
    _run_external(ctx, "geo", "evaluate_geo", "format_geo", path, limit, json_out, markdown,
                  f"Geoparsing ({Path(path).stem})", half=half, section=f"geo-{Path(path).stem.lower()}")


@eval_group.command(name="timeml")
@click.argument("path", metavar="DIR")
@_limit
@_json
@_markdown
@click.pass_context
def timeml_cmd(ctx, path, limit, json_out, markdown) -> None:
    """Date/time normalisation on TimeML (TimeBank, AQUAINT)."""
    _check_paths([path], kind="directory")
    _run_external(ctx, "timeml", "evaluate_timeml", "format_timeml", path, limit, json_out, markdown,
                  "Time normalisation (TimeML)")


@eval_group.command(name="plover")
@click.argument("path", metavar="FILE")
@_limit
@_json
@_markdown
@click.pass_context
def plover_cmd(ctx, path, limit, json_out, markdown) -> None:
    """Source/target actors and PLOVER types on the PLOVER gold sentences (PLOVER_GSR_CAMEO.json)."""
    _check_paths([path])
    _run_external(ctx, "plover", "evaluate_plover", "format_plover", path, limit, json_out, markdown,
                  "PLOVER source and target actors")


@click.command(name="bench")
@click.option("-n", "--articles", "n", type=click.IntRange(min=1), default=100, show_default=True,
              help="Articles: N-1 from fakes_syria plus hidden-war.txt.")
@click.option("--n-process", "n_process", default="1,2", show_default=True,
              help="Comma-separated spaCy process counts to run.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--shared", type=click.Path(file_okay=False), default=None,
              help="The shared data folder (default: ../shared beside the repository).")
@_json
@click.option("--markdown", metavar="FILE", help=f"Rewrite the bench section of a Markdown file (e.g. {DOCS_PERFORMANCE}).")
@click.pass_context
def bench_cmd(ctx, n, n_process, batch_size, shared, json_out, markdown) -> None:
    """Words/s and articles/s: raw spaCy nlp.pipe vs warscope extract_many, with peak RSS."""
    from warscope.eval.bench import bench_markdown, bench_table, run_bench
    from warscope.eval.report import print_tables

    try:
        procs = tuple(int(x) for x in n_process.split(",") if x.strip())
    except ValueError:
        raise EvalFailure(f"--n-process must be numbers separated by commas, not {n_process!r}") from None
    if not procs or any(p < 1 for p in procs):
        raise EvalFailure("--n-process needs at least one count of 1 or more")
    try:
        result = run_bench(n=n, n_processes=procs, batch_size=batch_size, shared=Path(shared) if shared else None)
    except (FileNotFoundError, RuntimeError) as exc:
        raise EvalFailure(str(exc)) from None
    result["meta"]["command"] = command_line(ctx)
    _write_json(json_out, result)
    _write_markdown(markdown, "bench", "Throughput", bench_markdown(result, result["meta"]["command"]))
    print_tables([bench_table(result)])


def commands() -> list[click.Command]:
    return [eval_group, bench_cmd]

"""``warscope serve``: the API and the web UI over a database."""

from __future__ import annotations

import click

from warscope.ingest import InputError


class _Failure(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"warscope: error: {self.message}", err=True)


@click.command()
@click.option("--db", default="warscope.db", show_default=True, metavar="URL|FILE")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="WARSCOPE_TOKEN", help="Token POST /extract requires (env WARSCOPE_TOKEN). "
              "Without one, /extract only works when bound to localhost.")
def serve(db, host, port, token) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web UI at http://HOST:PORT/."""
    import uvicorn

    from warscope.api.app import create_app, is_local_host

    try:
        app = create_app(db, token=token, host=host)
    except InputError as exc:
        raise _Failure(str(exc)) from None
    if not is_local_host(host) and token is None:
        click.echo("warscope: listening beyond localhost without --token: POST /extract is disabled", err=True)
    click.echo(f"warscope: serving {db} at http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")

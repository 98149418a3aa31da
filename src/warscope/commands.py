"""Sub-commands that live beside the parts of the library they drive, collected for the CLI."""

from __future__ import annotations

import click


def COMMANDS() -> list[click.Command]:
    commands: list[click.Command] = []
    from warscope.eval.cli import commands as eval_commands  # `warscope eval ...` and `warscope bench`

    commands.extend(eval_commands())
    # The analyst's workbench: store articles, export them, serve the API and web UI.
    from warscope.api.commands import serve
    from warscope.export.commands import export
    from warscope.store.commands import ingest

    commands.extend([ingest, export, serve])
    return commands

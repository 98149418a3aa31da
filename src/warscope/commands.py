"""Sub-commands that live beside the parts of the library they drive, collected for the CLI."""

from __future__ import annotations

import click


def COMMANDS() -> list[click.Command]:
    commands: list[click.Command] = []
    return commands

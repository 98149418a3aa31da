"""Reference documentation generated from the code itself, so it cannot drift."""

from __future__ import annotations

import click

from warscope.cli import main


def _walk(command: click.Command, name: str, parent: click.Context | None = None):
    # Real parent contexts, as at run time, so inherited settings (-h for help) show as users see them.
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=100, max_content_width=100,
                        **(command.context_settings if parent is None else {}))
    yield ctx
    if isinstance(command, click.Group):
        for sub in sorted(command.commands):
            yield from _walk(command.commands[sub], sub, ctx)


def cli_reference() -> str:
    """docs/cli.md: the help text of every warscope command."""
    out = [
        "# Command-line reference",
        "",
        "Generated from the code by `python -m warscope.docs > docs/cli.md`; a test keeps it current.",
        "",
    ]
    for ctx in _walk(main, "warscope"):
        path = ctx.command_path
        out += [f"## `{path}`", "", "```", ctx.command.get_help(ctx).rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    print(cli_reference(), end="")

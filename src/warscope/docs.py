"""Reference documentation generated from the code itself, so it cannot drift."""

from __future__ import annotations

import click

from warscope.cli import main


def _walk(command: click.Command, path: list[str]):
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from _walk(command.commands[name], [*path, name])


def cli_reference() -> str:
    """docs/cli.md: the help text of every warscope command."""
    out = [
        "# Command-line reference",
        "",
        "Generated from the code by `python -m warscope.docs > docs/cli.md`; a test keeps it current.",
        "",
    ]
    for path, command in _walk(main, ["warscope"]):
        ctx = click.Context(command, info_name=" ".join(path), terminal_width=100, max_content_width=100,
                            help_option_names=["-h", "--help"])
        out += [f"## `{' '.join(path)}`", "", "```", command.get_help(ctx).rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    print(cli_reference(), end="")

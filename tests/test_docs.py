import subprocess
import sys
from pathlib import Path

from warscope.docs import cli_reference

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current():
    """docs/cli.md is generated from the commands; regenerate it with `python -m warscope.docs`."""
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    # A fresh process: click caches each command's help option once it has been built in any context.
    generated = subprocess.run([sys.executable, "-m", "warscope.docs"], capture_output=True, text=True,
                               check=True).stdout
    assert current == generated, "docs/cli.md is stale: run `.venv/bin/python -m warscope.docs > docs/cli.md`"


def test_every_command_is_documented():
    text = cli_reference()
    for command in ("extract", "ingest", "export", "serve", "eval acled", "eval geo", "bench"):
        assert f"## `warscope {command}`" in text

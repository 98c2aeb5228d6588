"""`import fastgpt_client` loads neither the command line nor Typer, and no more of Rich than
httpx itself does (httpx imports Rich and Click for its own `httpx` command when they are
installed: that is not ours to change)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import clean_environ


def test_importing_the_sdk_does_not_load_the_cli() -> None:
    code = (
        "import sys, httpx\n"
        "before = {m for m in sys.modules if m.split('.')[0] in ('rich', 'click')}\n"
        "import fastgpt_client\n"
        "from fastgpt_client import ChatClient, DatasetClient, AppClient\n"
        "loaded = [m for m in sys.modules if m.startswith(('fastgpt_client.cli', 'typer'))]\n"
        "loaded += sorted({m for m in sys.modules if m.split('.')[0] in ('rich', 'click')} - before)\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean_environ(), check=True
    )
    assert done.stdout.strip() == ""


def test_the_cli_loads_typer_and_rich() -> None:
    """The check above can fail: the CLI module does import them."""
    code = "import sys, fastgpt_client.cli._app\nprint('typer' in sys.modules, 'rich' in sys.modules)\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean_environ(), check=True
    )
    assert done.stdout.strip() == "True True"


def test_without_the_extra_the_command_says_how_to_install_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['typer'] = None  # as if the cli extra were not installed\n"
        "from fastgpt_client.cli._entry import main\n"
        "sys.exit(main(['ask', 'Hi']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=clean_environ(), check=False
    )
    assert done.returncode == 1
    assert done.stderr == (
        'error: the fastgpt command needs the `cli` extra (typer is not installed): pip install "fastgpt-client[cli]"\n'
    )

"""The `fastgpt` command against the FastGPT emulator, over real loopback sockets.

`cli` runs the command in this process (`main(argv)`, output captured) for speed; `run_cli`
runs it as a real subprocess (`python -m fastgpt_client.cli`) where exit codes, signals, stdin
and the environment of a user's shell matter. Both see only the `FASTGPT_*` variables a test
gives them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from fastgpt_client.cli._app import main
from fastgpt_client.testing import FakeFastGPT

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def server_env(server: FakeFastGPT, app: str = "assistant") -> dict[str, str]:
    return {
        "FASTGPT_BASE_URL": server.base_url,
        "FASTGPT_API_KEY": server.app_keys[app],
        "FASTGPT_APP_ID": server.app_ids[app],
    }


def clean_environ(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("FASTGPT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    env["COLUMNS"] = "100"
    env.pop("FORCE_COLOR", None)
    env["NO_COLOR"] = "1"
    env.update(extra or {})
    return env


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, fastgpt_server: FakeFastGPT) -> Callable[[str], None]:
    """Points this process's FASTGPT_* variables at the emulator (app `assistant`, or the one given)."""
    for name in list(os.environ):
        if name.startswith("FASTGPT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", "100")

    def use(app: str = "assistant") -> None:
        for name, value in server_env(fastgpt_server, app).items():
            monkeypatch.setenv(name, value)

    use()
    return use


@pytest.fixture
def cli(
    cli_env: Callable[[str], None], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Runs `fastgpt ARGS` in this process: `cli("ask", "Hi", stdin="...")`."""

    def run(*args: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def run_cli(fastgpt_server: FakeFastGPT) -> Callable[..., Result]:
    """Runs `python -m fastgpt_client.cli ARGS` as a subprocess against the emulator."""

    def run(
        *args: str,
        stdin: str | None = None,
        app: str = "assistant",
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float = 60,
    ) -> Result:
        environ = clean_environ({**server_env(fastgpt_server, app), **(env or {})})
        done = subprocess.run(
            [sys.executable, "-m", "fastgpt_client.cli", *args],
            input=stdin if stdin is not None else "",
            capture_output=True,
            text=True,
            env=environ,
            cwd=cwd,
            timeout=timeout,
            check=False,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run

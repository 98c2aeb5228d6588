"""Every `console` block of `docs/*.md` and `README.md` runs here, against the emulator.

A console block is a terminal session: lines starting with `$ ` are commands (a line ending in
`\\` goes on on the next line), the lines after one are what it prints (stdout and stderr
together). The commands of one page run in order in one temporary directory, in bash, with
`FASTGPT_BASE_URL`, `FASTGPT_API_KEY` and `FASTGPT_APP_ID` pointing at a fresh `FakeFastGPT`
and the `fastgpt` command on PATH; variables a command exports are seen by the later ones.
Each command must exit 0 (show a failure with `; echo "exit $?"`), and print what the page
shows: `...` in a line matches any text, a line of just `...` any number of lines (ids,
ports and times differ from run to run). Blocks fenced as `bash`/`sh` are not run: they are
for instructions (installing, real servers) and this file leaves them alone.

    <!-- docs: app=select -->   run the next block with that emulator app's key and id
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fastgpt_client.testing import FakeFastGPT

ROOT = Path(__file__).resolve().parents[2]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_DIRECTIVE = re.compile(r"^\s*<!--\s*docs:(?P<body>.*?)-->\s*$")
_CONSOLE = {"console", "shell-session"}
_APPS = {"assistant", "select", "form", "nested", "tool"}


@dataclass
class Command:
    line: int
    command: str
    expected: list[str] = field(default_factory=list[str])
    app: str | None = None


def console_commands(page: Path) -> list[Command]:
    lines = page.read_text(encoding="utf-8").splitlines()
    commands: list[Command] = []
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        info = match["info"].strip().lstrip("{").lstrip(".")
        language = info.split()[0].lower() if info else ""
        end = index + 1
        while end < len(lines) and not lines[end].strip().startswith(match["fence"]):
            end += 1
        if language in _CONSOLE:
            app = _app(lines, index, page)
            commands += _session(lines[index + 1 : end], index + 2, match["indent"], app, page)
        index = end + 1
    return commands


def _app(lines: list[str], fence: int, page: Path) -> str | None:
    above = fence - 1
    app = None
    while above >= 0 and (match := _DIRECTIVE.match(lines[above])):
        for token in shlex.split(match["body"]):
            name, _, value = token.partition("=")
            if name == "app" and value in _APPS:
                app = value
            else:
                raise ValueError(f"{page.name}:{above + 1}: unknown console directive {token!r}")
        above -= 1
    return app


def _session(body: list[str], first: int, indent: str, app: str | None, page: Path) -> list[Command]:
    commands: list[Command] = []
    current: Command | None = None
    continued = False
    for offset, raw in enumerate(body):
        text = raw[len(indent) :] if raw.startswith(indent) else raw.lstrip()
        if continued and current is not None:
            current.command += "\n" + text
            continued = text.endswith("\\")
        elif text.startswith("$ "):
            current = Command(first + offset, text[2:], app=app)
            commands.append(current)
            continued = text.endswith("\\")
        elif current is None:
            if text.strip():
                raise ValueError(f"{page.name}:{first + offset}: output before the first `$ ` command")
        else:
            current.expected.append(text.rstrip())
    return commands


PAGE_COMMANDS = {page: console_commands(page) for page in PAGES}
PAGES_WITH_CONSOLE = [page for page, commands in PAGE_COMMANDS.items() if commands]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Doctest-style: `...` inside a line is any text; a line of `...` is any lines."""
    pattern = ""
    for line in expected:
        if line.strip() == "...":
            pattern += r"(?:[^\n]*\n)*?"
        else:
            pattern += ".*?".join(re.escape(part) for part in line.split("...")) + r"[ \t]*\n"
    return re.fullmatch(pattern, "".join(line.rstrip() + "\n" for line in actual), re.DOTALL) is not None


def _environment(server: FakeFastGPT, app: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("FASTGPT_")}
    env.update(
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
        COLUMNS="100",
        NO_COLOR="1",
        FASTGPT_BASE_URL=server.base_url,
        FASTGPT_API_KEY=server.app_keys[app],
        FASTGPT_APP_ID=server.app_ids[app],
    )
    env.pop("FORCE_COLOR", None)
    return env


def _run(command: Command, cwd: Path, state: Path, server: FakeFastGPT) -> tuple[int, list[str]]:
    # The variables an earlier command exported come back from `state`; the page's app (or
    # the one a directive names) is set first, so an exported FASTGPT_* variable wins over it.
    script = (
        f"[ -f {shlex.quote(str(state))} ] && . {shlex.quote(str(state))}\n"
        + (_app_exports(server, command.app) if command.app else "")
        + f'fastgpt() {{ {shlex.quote(sys.executable)} -m fastgpt_client.cli "$@"; }}\n'
        + command.command
        + f"\nstatus=$?\nexport -p > {shlex.quote(str(state))}\nexit $status\n"
    )
    done = subprocess.run(
        ["bash", "-c", script],
        cwd=cwd,
        env=_environment(server, "assistant"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.splitlines()


def _app_exports(server: FakeFastGPT, app: str) -> str:
    return (
        f"export FASTGPT_API_KEY={shlex.quote(server.app_keys[app])} "
        f"FASTGPT_APP_ID={shlex.quote(server.app_ids[app])}\n"
    )


def _stop_emulators(state: Path) -> None:
    """Stops an emulator a page started with `fastgpt emulator --background` and left running."""
    if not state.exists():
        return
    found = re.search(r'FASTGPT_EMULATOR_PID="?(\d+)', state.read_text(encoding="utf-8"))
    if found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(found[1]), signal.SIGTERM)


@pytest.mark.parametrize("page", PAGES_WITH_CONSOLE, ids=lambda page: str(page.relative_to(ROOT)))
def test_console_blocks_run_and_print_what_the_page_shows(page: Path, tmp_path: Path) -> None:
    cwd = tmp_path / "work"
    cwd.mkdir()
    state = tmp_path / "exports.sh"
    with FakeFastGPT() as server:
        try:
            for command in PAGE_COMMANDS[page]:
                code, output = _run(command, cwd, state, server)
                where = f"{page.relative_to(ROOT)}:{command.line}"
                shown = "\n".join(output)
                assert code == 0, f"{where}: `{command.command}` exited {code}:\n{shown}"
                assert matches(command.expected, output), (
                    f"{where}: `{command.command}` printed\n{shown}\n--- the page shows ---\n"
                    + "\n".join(command.expected)
                )
        finally:
            _stop_emulators(state)


def test_the_matcher_can_fail() -> None:
    assert matches(["a ... c", "...", "end"], ["a b c", "x", "y", "end"])
    assert matches(["...", "end"], ["end"])
    assert not matches(["a ... c"], ["a b d"])
    assert not matches(["one"], ["one", "two"])
    assert not matches([], ["unexpected output"])


def test_the_parser_finds_commands_outputs_and_continuations(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "```bash\n$ not run\n```\n\n<!-- docs: app=select -->\n```console\n$ echo one \\\n  two\none two\n"
        "$ true\n```\n",
        encoding="utf-8",
    )
    commands = console_commands(page)
    assert [(c.command, c.expected, c.app) for c in commands] == [
        ("echo one \\\n  two", ["one two"], "select"),
        ("true", [], "select"),
    ]

"""`fastgpt doctor`: is the server there, is the key good (and which kind), which app, which
FastGPT line, and does the server's own API document still match this SDK."""

from __future__ import annotations

from typing import Annotated

import typer

from . import _checks, _output
from ._checks import Check
from ._exit import Exit, interruptible
from ._options import ApiKeyFile, AppId, BaseUrl, Json, connection

EXAMPLE = """

\b
Examples:
    fastgpt doctor
    fastgpt doctor --base-url https://fastgpt.example.com --json

\b
Each line says ok, warn or fail. The exit code is that of the first failure (5: the server
cannot be reached, 3: the key, 4: the app, 6: a breaking API difference), else 0.
"""

_STYLE = {"ok": "[green]ok[/]", "warn": "[yellow]warn[/]", "fail": "[bold red]fail[/]"}


def register(app: typer.Typer) -> None:
    app.command("doctor", help="Check the server, the key, the app and the API before a deploy." + EXAMPLE)(
        interruptible(doctor)
    )


def doctor(
    skip_drift: Annotated[bool, typer.Option("--no-drift", help="Skip the OpenAPI drift check.")] = False,
    json: Json = False,
    base_url: BaseUrl = None,
    app_id: AppId = None,
    api_key_file: ApiKeyFile = None,
) -> int:
    conn = connection(base_url, app_id, api_key_file, retries=0)
    checks, info = _checks.server_and_key(conn)
    if info is not None:
        app_check, latest_chat = _checks.app(conn, info)
        checks.append(app_check)
        checks.append(_checks.version(conn, latest_chat))
        if not skip_drift:
            checks.append(_checks.drift(conn))
    failed = [check for check in checks if check.verdict == "fail"]
    if json:
        _output.print_json(
            {
                "ok": not failed,
                "checks": [{"check": c.name, "verdict": c.verdict, "detail": c.detail} for c in checks],
            }
        )
    else:
        _show(checks)
    return failed[0].code or Exit.ERROR if failed else Exit.OK


def _show(checks: list[Check]) -> None:
    width = max(len(check.name) for check in checks)
    for check in checks:
        verdict = _STYLE[check.verdict] + " " * (4 - len(check.verdict))
        _output.out().print(f"{check.name:<{width}}  {verdict}  {_output.markup(check.detail)}")
    failed = sum(check.verdict == "fail" for check in checks)
    _output.out().print("all good" if not failed else f"{failed} check(s) failed")

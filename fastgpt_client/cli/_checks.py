"""The checks of `fastgpt doctor`, one function each, each returning one verdict line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import httpx

from ..exceptions import FastGPTError
from ._exit import Exit, describe, exit_code
from ._health import KeyInfo, check_key
from ._options import Connection
from ._records import plain

Verdict = Literal["ok", "warn", "fail"]

DOCUMENTS = (
    ("/api/apidoc/devapi.json", "4.15 or newer (it serves the Dev API document)"),
    ("/api/openapi.json", "4.14.x or older (it serves the older OpenAPI document)"),
)


@dataclass(frozen=True)
class Check:
    name: str
    verdict: Verdict
    detail: str
    code: int = Exit.OK
    """The exit code this check stands for when it fails."""


def server_and_key(conn: Connection) -> tuple[list[Check], KeyInfo | None]:
    """Is the server there, and does it know the key (and which kind it is)?"""
    base = conn.resolved_base_url
    try:
        info = check_key(conn)
    except FastGPTError as exc:
        code = exit_code(exc)
        if code == Exit.CONNECTION:
            return [Check("server", "fail", describe(exc), code)], None
        server = Check("server", "ok", f"{base} answers")
        return [server, Check("key", "fail", describe(exc), code)], None
    except (ValueError, TypeError) as exc:  # no key, a malformed key or URL
        return [Check("key", "fail", describe(exc), exit_code(exc))], None
    kind = f"app key, bound to app {info.app_id}" if info.app_id else "account key (pass the app id to chat)"
    return [Check("server", "ok", f"{base} answers"), Check("key", "ok", kind)], info


def app(conn: Connection, info: KeyInfo) -> tuple[Check, dict[str, Any] | None]:
    """Which app the commands will talk to, and whether the key may use it; with the app's
    latest chat, which tells the version line."""
    from .. import ChatClient

    wanted = conn.app_id or info.app_id
    if wanted is None:
        return Check(
            "app", "warn", "no app id: set FASTGPT_APP_ID or pass --app-id for chat, ask and export"
        ), None
    if info.app_id and conn.app_id and conn.app_id != info.app_id:
        return Check(
            "app", "fail", f"the key is bound to app {info.app_id}, not {conn.app_id}", Exit.AUTH
        ), None
    try:
        with ChatClient(**conn.client_kwargs()) as client:
            page = client.get_chat_histories(wanted, page_size=1)
    except FastGPTError as exc:
        return Check("app", "fail", f"{wanted}: {describe(exc)}", exit_code(exc)), None
    source = "from the key" if not conn.app_id else "from FASTGPT_APP_ID / --app-id"
    latest = plain(page.items[0]) if page.items else None
    return Check(
        "app", "ok", f"{wanted} ({source}, {page.total} chat{'' if page.total == 1 else 's'})"
    ), latest


def version(conn: Connection, latest_chat: dict[str, Any] | None) -> Check:
    """The FastGPT release line: from the OpenAPI document it serves, else from the fields of a
    chat (4.16 added `chatGenerateStatus` to every chat in the list)."""
    base = conn.resolved_base_url
    for path, line in DOCUMENTS:
        try:
            response = httpx.get(base + path, timeout=10.0, follow_redirects=True)
        except httpx.HTTPError:
            continue
        if response.is_success and response.headers.get("content-type", "").startswith("application/json"):
            return Check("version", "ok", f"FastGPT {line}")
    if latest_chat is None:
        return Check(
            "version", "warn", "not detected (no OpenAPI document, and the app has no chat to look at)"
        )
    if "chatGenerateStatus" in latest_chat:
        return Check("version", "ok", "FastGPT 4.16 line (chats carry chatGenerateStatus)")
    return Check("version", "ok", "FastGPT 4.14 line (chats lack chatGenerateStatus)")


def drift(conn: Connection) -> Check:
    """FastGPT's own OpenAPI document against what this SDK sends (`fastgpt_client.check_server`)."""
    from ..check_server import ServerDocumentError, check_server

    try:
        report = check_server(base_url=conn.resolved_base_url, api_key=conn.key())
    except ServerDocumentError as exc:
        return Check("drift", "warn", f"nothing to compare: {describe(exc)}")
    except FastGPTError as exc:
        return Check("drift", "fail", describe(exc), exit_code(exc))
    except Exception as exc:  # the checker's own trouble must not hide the other lines
        return Check("drift", "warn", f"the drift check could not run: {describe(exc)}")
    breaking = [row for row in report.rows if row.breaking]
    changed = [row for row in report.rows if row.status != "same"]
    if report.ok:
        return Check("drift", "ok", f"no breaking change ({len(changed)} differences) in {report.source}")
    names = ", ".join(f"{row.operation} ({row.status})" for row in breaking[:5])
    more = f" and {len(breaking) - 5} more" if len(breaking) > 5 else ""
    return Check("drift", "fail", f"{len(breaking)} breaking: {names}{more}", Exit.PARTIAL)

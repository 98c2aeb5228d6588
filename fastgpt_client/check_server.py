"""The drift check: does your FastGPT server still take every call this SDK makes?

Run it in CI against your own server (`python -m fastgpt_client.check_server`, or
`fastgpt doctor` with the CLI). It reads the server's own OpenAPI document (FastGPT 4.15+:
`/api/apidoc/systemopenapi.json`, plus `/api/apidoc/devapi.json` for the routes outside the
System OpenAPI; 4.14 and older: `/api/openapi.json`), compares it with the operations and request
fields the SDK uses (`_sdk_operations.json`, made from the SDK's spec and shipped with it), prints
one row per operation and exits 1 when a call the SDK makes would break:

- `same`: the operation is there and takes what the SDK sends;
- `changed`: it is there but differs: breaking when the server requires a field or query
  parameter the SDK never sends, or documents another method; otherwise a note (a field the
  SDK sends only when given, a field the server no longer lists);
- `missing`: not in the document: breaking when the document is complete (4.15+ System and Dev
  API documents) and the SDK has no fallback route for it; 4.14's document lists only part of
  FastGPT's API, so there it is a note;
- `new`: the server has an API-key operation the SDK does not use (never breaking).

Exit codes: 0 no breaking row, 1 breaking rows, 2 the document could not be read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal, TextIO

import httpx

from ._config import resolve_api_key, resolve_base_url
from ._constants import DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL
from ._json import as_list, as_mapping, as_str
from .exceptions import FastGPTError

__all__ = ["DriftReport", "DriftRow", "ServerDocumentError", "check_server", "compare", "main"]

Status = Literal["same", "changed", "missing", "new"]
SYSTEM_DOCUMENT = "/api/apidoc/systemopenapi.json"
DEV_DOCUMENT = "/api/apidoc/devapi.json"
LEGACY_DOCUMENT = "/api/openapi.json"
_METHODS = ("get", "put", "post", "delete", "patch")


class ServerDocumentError(FastGPTError):
    """The server's OpenAPI document could not be fetched or read."""


@dataclass(frozen=True, slots=True)
class DriftRow:
    """One operation: `operation` is `"METHOD /path"` (FastGPT's paths, under `/api`)."""

    operation: str
    status: Status
    detail: str
    breaking: bool


@dataclass(frozen=True, slots=True)
class DriftReport:
    """What the check found: `rows` (the SDK's operations first, then the server's new ones)
    and `source`, the document URL read."""

    rows: list[DriftRow]
    source: str
    complete: bool = field(default=True)
    """The document lists every route (4.15+); 4.14's does not, so `missing` is not breaking."""

    @property
    def ok(self) -> bool:
        """No breaking row: every call the SDK makes is still served as it expects."""
        return not any(row.breaking for row in self.rows)

    @property
    def breaking(self) -> list[DriftRow]:
        return [row for row in self.rows if row.breaking]


@dataclass(frozen=True, slots=True)
class _Operation:
    method: str
    path: str
    query: frozenset[str]
    query_required: frozenset[str]
    body: frozenset[str] | None
    """None: the document gives the body no properties (nothing to compare)."""
    body_required: frozenset[str]


def sdk_operations() -> list[dict[str, Any]]:
    """The operations the SDK calls, with the request fields it knows (shipped package data)."""
    text = resources.files("fastgpt_client").joinpath("_sdk_operations.json").read_text(encoding="utf-8")
    return [dict(as_mapping(op)) for op in as_list(json.loads(text).get("operations"))]


def check_server(
    *, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0
) -> DriftReport:
    """Fetches the server's own OpenAPI document and compares it with what the SDK uses.

    `base_url` defaults to `FASTGPT_BASE_URL` (else `http://localhost:3000`); `api_key` (default
    `FASTGPT_API_KEY`, may be absent) is sent as a bearer token, for servers that guard their
    documents. Raises `ServerDocumentError` when no document can be read.
    """
    root = resolve_base_url(base_url).rstrip("/")  # the SDK's rules: /api/v1 etc. cut, credentials refused
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    # The document needs no key; one that is given is checked like the clients' (no header injection).
    headers = {"Authorization": f"Bearer {resolve_api_key(key)}"} if key and key.strip() else {}
    with httpx.Client(base_url=root, headers=headers, timeout=timeout, follow_redirects=True) as http:
        system = _fetch(http, SYSTEM_DOCUMENT)
        if system is not None:
            dev = _fetch(http, DEV_DOCUMENT)
            return compare(system, dev=dev, source=root + SYSTEM_DOCUMENT, complete=dev is not None)
        legacy = _fetch(http, LEGACY_DOCUMENT)
        if legacy is not None:
            return compare(legacy, source=root + LEGACY_DOCUMENT, complete=False)
    raise ServerDocumentError(
        f"{root} serves no OpenAPI document at {SYSTEM_DOCUMENT} (FastGPT 4.15+) or {LEGACY_DOCUMENT} "
        "(FastGPT 4.14 and older): is this FastGPT's base URL?"
    )


def _fetch(http: httpx.Client, path: str) -> Mapping[str, Any] | None:
    """The document at `path`, None when the server has none there (404, HTML, not OpenAPI)."""
    try:
        response = http.get(path)
    except httpx.HTTPError as exc:
        where = str(http.base_url).rstrip("/") + path
        raise ServerDocumentError(f"Could not reach {where}: {exc}") from None
    if response.status_code in (401, 403):
        raise ServerDocumentError(
            f"{response.request.url} answered HTTP {response.status_code}: pass api_key=... (or set {ENV_API_KEY})."
        )
    if response.status_code != 200:
        return None
    try:
        document = as_mapping(response.json())
    except ValueError:
        return None
    return document if isinstance(document.get("paths"), dict) else None


def compare(
    document: Mapping[str, Any],
    *,
    dev: Mapping[str, Any] | None = None,
    source: str = "",
    complete: bool = True,
) -> DriftReport:
    """The report for a server whose document is `document` (plus its Dev API document `dev`);
    `complete`: the documents list every route, so a missing operation is breaking."""
    served = _operations(document)
    everything = {**(_operations(dev) if dev is not None else {}), **served}
    by_path: dict[str, list[_Operation]] = {}
    for op in everything.values():
        by_path.setdefault(op.path, []).append(op)
    rows: list[DriftRow] = []
    used: set[str] = set()
    for mine in sdk_operations():
        name = as_str(mine.get("operation"))
        used.add(name)
        rows.append(_row(mine, everything.get(name), by_path, complete=complete))
    for name in sorted(set(served) - used):
        rows.append(DriftRow(name, "new", "an operation of the server that this SDK does not call", False))
    return DriftReport(rows, source, complete)


def _row(
    mine: Mapping[str, Any],
    theirs: _Operation | None,
    by_path: Mapping[str, list[_Operation]],
    *,
    complete: bool,
) -> DriftRow:
    name = as_str(mine.get("operation"))
    method, _, path = name.partition(" ")
    fallback = bool(mine.get("fallback"))
    if theirs is None:
        others = by_path.get(path, [])
        if others:
            methods = ", ".join(sorted(op.method for op in others))
            return DriftRow(name, "changed", f"the server documents it as {methods}, not {method}", True)
        if fallback:
            return DriftRow(
                name, "missing", "only sent to older servers (the SDK uses its newer route here)", False
            )
        if not complete:
            return DriftRow(
                name, "missing", "not in this server's document, which lists only part of its API", False
            )
        return DriftRow(
            name, "missing", "the server does not document it: the SDK's calls to it would fail", True
        )
    problems: list[str] = []
    notes: list[str] = []
    sent = set(_strings(mine.get("body"))) | set(_strings(mine.get("query")))
    always = set(_strings(mine.get("body_required"))) | set(_strings(mine.get("query_required")))
    needed = theirs.body_required | theirs.query_required
    unknown = sorted(needed - sent)
    if unknown:
        problems.append(f"the server requires {_names(unknown)}, which the SDK never sends")
    optional = sorted((needed & sent) - always)
    if optional:
        notes.append(f"the server requires {_names(optional)}, which the SDK sends only when given")
    if theirs.body is not None:
        dropped = sorted(set(_strings(mine.get("body"))) - theirs.body - theirs.query)
        if dropped:
            notes.append(
                f"the server's document does not list {_names(dropped)} (FastGPT ignores unknown fields)"
            )
    if problems:
        return DriftRow(name, "changed", "; ".join(problems + notes), True)
    if notes:
        return DriftRow(name, "changed", "; ".join(notes), False)
    return DriftRow(name, "same", "", False)


def _names(names: Sequence[str]) -> str:
    return ", ".join(f"`{name}`" for name in names)


def _strings(value: object) -> list[str]:
    return [item for item in as_list(value) if isinstance(item, str)]


def _operations(document: Mapping[str, Any]) -> dict[str, _Operation]:
    found: dict[str, _Operation] = {}
    for raw_path, item in as_mapping(document.get("paths")).items():
        path = raw_path.removeprefix("/api") if raw_path.startswith("/api/") else raw_path
        for method in _METHODS:
            op = as_mapping(as_mapping(item).get(method))
            if not op:
                continue
            params = [as_mapping(p) for p in as_list(op.get("parameters"))]
            query = [p for p in params if p.get("in") == "query"]
            body, required = _body_fields(as_mapping(op.get("requestBody")))
            found[f"{method.upper()} {path}"] = _Operation(
                method=method.upper(),
                path=path,
                query=frozenset(as_str(p.get("name")) for p in query),
                query_required=frozenset(as_str(p.get("name")) for p in query if p.get("required") is True),
                body=body,
                body_required=required,
            )
    return found


def _body_fields(request_body: Mapping[str, Any]) -> tuple[frozenset[str] | None, frozenset[str]]:
    properties: set[str] | None = None
    required: set[str] = set()
    media: object
    for media in as_mapping(request_body.get("content")).values():
        names, needed = _schema_fields(as_mapping(as_mapping(media).get("schema")))
        if names is not None:
            properties = names if properties is None else properties | names
        required |= needed
    return (frozenset(properties) if properties is not None else None), frozenset(required)


def _schema_fields(schema: Mapping[str, Any]) -> tuple[set[str] | None, set[str]]:
    """Top-level property names and required names; a union requires what every branch does."""
    variants = [as_mapping(s) for s in as_list(schema.get("anyOf") or schema.get("oneOf"))]
    if variants:
        branches = [_schema_fields(v) for v in variants]
        union: set[str] = set()
        for branch_names, _ in branches:
            union |= branch_names or set()
        common = set(branches[0][1])
        for _, branch_required in branches[1:]:
            common &= branch_required
        return union or None, common
    names: set[str] | None = set(as_mapping(schema.get("properties"))) if "properties" in schema else None
    required = set(_strings(schema.get("required")))
    for part in as_list(schema.get("allOf")):
        more, needed = _schema_fields(as_mapping(part))
        if more is not None:
            names = (names or set()) | more
        required |= needed
    return names, required


def render(report: DriftReport, out: TextIO, *, show_same: bool = False, show_new: bool = True) -> None:
    """The report as a plain-text table (`same` and `new` rows can be hidden)."""
    rows = [r for r in report.rows if (show_same or r.status != "same") and (show_new or r.status != "new")]
    counts = {
        status: sum(1 for r in report.rows if r.status == status)
        for status in ("same", "changed", "missing", "new")
    }
    out.write(f"FastGPT API document: {report.source}\n")
    if not report.complete:
        out.write(
            "(this document lists only part of the server's API: a missing operation is not an error)\n"
        )
    width = max((len(r.operation) for r in rows), default=9)
    out.write(f"{'operation'.ljust(width)}  {'status':8} {'breaks':6} detail\n")
    for row in rows:
        mark = "YES" if row.breaking else ""
        out.write(f"{row.operation.ljust(width)}  {row.status:8} {mark:6} {row.detail}\n")
    summary = ", ".join(f"{count} {status}" for status, count in counts.items())
    verdict = "OK: every call the SDK makes is served." if report.ok else f"{len(report.breaking)} breaking."
    out.write(f"\n{summary}. {verdict}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m fastgpt_client.check_server [--base-url URL] [--api-key KEY] [--json] [--all]`."""
    parser = argparse.ArgumentParser(
        prog="python -m fastgpt_client.check_server",
        description="Check that a FastGPT server still serves every call this SDK makes (exit 1 if not).",
    )
    parser.add_argument("--base-url", help=f"the server (default: ${ENV_BASE_URL} or {DEFAULT_BASE_URL})")
    parser.add_argument("--api-key", help=f"sent as a bearer token if given (default: ${ENV_API_KEY})")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request (default 10)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--all", action="store_true", help="also list the operations that are the same")
    args = parser.parse_args(argv)
    try:
        report = check_server(base_url=args.base_url, api_key=args.api_key, timeout=args.timeout)
    except ServerDocumentError as exc:
        print(f"check_server: {exc}", file=sys.stderr)
        return 2
    if args.json:
        rows = [
            {"operation": r.operation, "status": r.status, "detail": r.detail, "breaking": r.breaking}
            for r in report.rows
        ]
        print(
            json.dumps(
                {"source": report.source, "ok": report.ok, "complete": report.complete, "rows": rows},
                indent=2,
            )
        )
    else:
        render(report, sys.stdout, show_same=args.all)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

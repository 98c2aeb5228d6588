"""The drift check end to end: `check_server` and `python -m fastgpt_client.check_server` against
the emulator, which serves FastGPT's own document for its version (4.16: the System and Dev API
documents; 4.14: `/api/openapi.json`), and against doctored documents that break a call."""

from __future__ import annotations

import copy
import gzip
import json
import subprocess
import sys
from importlib import resources
from typing import Any

import pytest

from fastgpt_client.check_server import DriftReport, ServerDocumentError, check_server, main
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS

SYSTEM = "/api/apidoc/systemopenapi.json"
DEV = "/api/apidoc/devapi.json"


def served(name: str) -> dict[str, Any]:
    data = resources.files("fastgpt_client.testing").joinpath("_apidoc", name).read_bytes()
    return json.loads(gzip.decompress(data))


def rows(report: DriftReport, status: str) -> dict[str, Any]:
    return {row.operation: row for row in report.rows if row.status == status}


@BOTH_VERSIONS
def test_the_emulator_passes(server: FakeFastGPT, fastgpt_version: str) -> None:
    report = check_server(base_url=server.base_url, api_key=server.api_key)
    assert report.ok
    assert report.breaking == []
    if fastgpt_version == "4.16":
        assert report.source == server.base_url + SYSTEM
        assert report.complete
        assert "POST /core/dataset/create" in rows(report, "same")
        assert "POST /core/app/logs/list" in rows(report, "same")
        assert rows(report, "new") == {}  # the SDK calls every operation FastGPT's documents list
        assert list(rows(report, "missing")) == ["POST /core/chat/item/delete"]  # a fallback route
    else:
        assert report.source == server.base_url + "/api/openapi.json"
        assert not report.complete  # 4.14's document lists only part of the API
        assert "POST /v1/chat/completions" in rows(report, "missing")
        assert not rows(report, "missing")["POST /v1/chat/completions"].breaking


def test_a_new_required_field_breaks(server: FakeFastGPT, capsys: pytest.CaptureFixture[str]) -> None:
    document = copy.deepcopy(served("systemopenapi-4.16.0.json.gz"))
    schema = document["paths"]["/core/dataset/create"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    schema["required"] = [*schema["required"], "vectorModelRegion"]
    server.serve_api_document(SYSTEM, document)
    report = check_server(base_url=server.base_url)
    [row] = report.breaking
    assert row.operation == "POST /core/dataset/create"
    assert row.status == "changed"
    assert "`vectorModelRegion`" in row.detail
    assert not report.ok
    assert main(["--base-url", server.base_url]) == 1
    out = capsys.readouterr().out
    assert "POST /core/dataset/create" in out
    assert "YES" in out
    assert "1 breaking." in out


def test_a_removed_route_breaks(server: FakeFastGPT) -> None:
    for path, name in ((SYSTEM, "systemopenapi-4.16.0.json.gz"), (DEV, "devapi-4.16.0.json.gz")):
        document = copy.deepcopy(served(name))
        del document["paths"]["/core/chat/history/getHistories"]
        server.serve_api_document(path, document)
    report = check_server(base_url=server.base_url)
    assert [(r.operation, r.status) for r in report.breaking] == [
        ("POST /core/chat/history/getHistories", "missing")
    ]


def test_a_changed_method_breaks(server: FakeFastGPT) -> None:
    for path, name in ((SYSTEM, "systemopenapi-4.16.0.json.gz"), (DEV, "devapi-4.16.0.json.gz")):
        document = copy.deepcopy(served(name))
        item = document["paths"]["/core/dataset/detail"]
        item["post"] = item.pop("get")
        server.serve_api_document(path, document)
    [row] = check_server(base_url=server.base_url).breaking
    assert (row.operation, row.status) == ("GET /core/dataset/detail", "changed")
    assert "POST" in row.detail


def test_the_command_line(server: FakeFastGPT) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fastgpt_client.check_server", "--base-url", server.base_url, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert report["source"].endswith(SYSTEM)
    assert {row["status"] for row in report["rows"]} == {
        "same",
        "changed",
        "missing",
    }  # nothing new: all used


def test_the_table_hides_same_rows_unless_asked(
    server: FakeFastGPT, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--base-url", server.base_url]) == 0
    short = capsys.readouterr().out
    assert main(["--base-url", server.base_url, "--all"]) == 0
    full = capsys.readouterr().out
    assert "POST /core/dataset/create " not in short
    assert "POST /core/dataset/create " in full
    assert "OK: every call the SDK makes is served." in short


def test_no_document_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ServerDocumentError, match=r"Could not reach http://127\.0\.0\.1:9/api/apidoc"):
        check_server(base_url="http://127.0.0.1:9", timeout=2)
    assert main(["--base-url", "http://127.0.0.1:9", "--timeout", "2"]) == 2
    assert "check_server: Could not reach" in capsys.readouterr().err


def test_a_server_without_documents(server: FakeFastGPT) -> None:
    with pytest.raises(ServerDocumentError, match="is this FastGPT's base URL"):
        check_server(base_url=server.base_url + "/nothing-here")


def test_the_key_is_never_printed(server: FakeFastGPT, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base-url", server.base_url, "--api-key", server.api_key, "--all"]) == 0
    captured = capsys.readouterr()
    assert server.api_key not in captured.out + captured.err
    headers = server.last_request.headers if server.last_request else {}
    assert headers.get("authorization", "").startswith("Bearer ")

"""`fastgpt doctor`'s drift line: `fastgpt_client.check_server` against the emulator's document."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from importlib import resources

from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


def test_doctor_runs_the_drift_check(run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT) -> None:
    result = run_cli("doctor", "--json")
    checks = {row["check"]: row for row in json.loads(result.stdout)["checks"]}
    # The emulator serves FastGPT's own document for its version: nothing the SDK sends breaks.
    assert checks["drift"]["verdict"] == "ok", checks["drift"]
    assert result.code == 0, result.stderr
    assert "no breaking change" in checks["drift"]["detail"]
    # The emulator serves FastGPT's own document: the version line comes from it.
    assert checks["version"]["detail"].startswith("FastGPT 4.1")


def test_doctor_fails_when_the_servers_document_breaks_a_call(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT
) -> None:
    document = json.loads(
        gzip.decompress(
            resources.files("fastgpt_client.testing")
            .joinpath("_apidoc", "systemopenapi-4.16.0.json.gz")
            .read_bytes()
        )
    )
    operation = document["paths"]["/core/dataset/create"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    schema["required"] = [*schema["required"], "vectorModelRegion"]  # a field the SDK never sends
    fastgpt_server.serve_api_document("/api/apidoc/systemopenapi.json", document)
    result = run_cli("doctor", "--json")
    checks = {row["check"]: row for row in json.loads(result.stdout)["checks"]}
    assert checks["drift"]["verdict"] == "fail", checks["drift"]
    assert "POST /core/dataset/create (changed)" in checks["drift"]["detail"]
    assert result.code == 6, result.stderr

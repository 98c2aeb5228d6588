"""The emulator's answers conform to openapi/fastgpt.yaml (schemathesis, seeded and bounded).

Together with the Prism check of the SDK's requests, this keeps the SDK and the emulator from
agreeing on a wire format that is not the spec's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, Phase, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from fastgpt_client.testing import FakeFastGPT

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "fastgpt.yaml"
ERROR_ENVELOPE = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["ErrorEnvelope"]
schema = schemathesis.openapi.from_path(SPEC)
# Positive cases only: for invalid bodies FastGPT (and so the emulator) answers a stream request
# with an unlabelled `event: error` body, which the spec describes in prose but cannot type.
schema.config.generation.update(modes=[GenerationMode.POSITIVE])


# Every operation the emulator serves (FastGPT routes it does not emulate are listed in
# docs/testing.md).
def _emulated_paths() -> list[str]:
    server = FakeFastGPT()
    try:
        return sorted(
            path
            for route in server.asgi_app.routes
            if (path := getattr(route, "path", "")).startswith("/api/")
        )
    finally:
        server.close()


EMULATED = _emulated_paths()
schema = schema.include(path=EMULATED)

# FastGPT answers every error with HTTP 500 (documented in the spec), so "no 5xx" is not a check
# that applies; what must hold is that every answer matches the documented schemas.
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


@pytest.fixture(scope="module")
def emulator() -> Iterator[FakeFastGPT]:
    with FakeFastGPT() as server:
        yield server


def test_the_check_covers_the_chat_routes() -> None:
    assert {"/api/v1/chat/completions", "/api/v2/chat/completions", "/api/v2/chat/stop"} <= set(EMULATED)


@schema.parametrize()
@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_emulator_answers_match_the_spec(case: schemathesis.Case, emulator: FakeFastGPT) -> None:
    body = case.body
    if isinstance(body, dict) and body.get("appId") is not None:
        # Random app ids only exercise "app is empty"; keep most cases on a real app.
        body["appId"] = emulator.default_app_id
    response = case.call(base_url=emulator.base_url, headers={"Authorization": f"Bearer {emulator.api_key}"})
    if response.status_code == 200 and "content-type" not in response.headers:
        # FastGPT's early stream error: HTTP 200, no headers set yet, one `event: error` frame.
        _check_unlabelled_error_stream(response.content)
        return
    case.validate_response(response, checks=CHECKS, excluded_checks=[not_a_server_error])


def _check_unlabelled_error_stream(body: bytes) -> None:
    text = body.decode("utf-8")
    assert text.startswith("event: error\ndata: "), text
    assert text.endswith("\n\n"), text
    envelope = json.loads(text.removeprefix("event: error\ndata: "))
    jsonschema.validate(envelope, ERROR_ENVELOPE)

"""openapi/fastgpt.yaml is a valid OpenAPI 3.1 document that says what the SDK relies on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from fastgpt_client._errors import STATUS_TEXTS

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "fastgpt.yaml"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def test_the_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_the_validator_rejects_a_broken_spec(spec: dict[str, Any]) -> None:
    broken = dict(spec, paths={"/api/v1/chat/completions": {"post": {"responses": "nope"}}})
    with pytest.raises(OpenAPIValidationError):
        validate(broken)


def test_security_is_a_global_bearer_scheme(spec: dict[str, Any]) -> None:
    assert spec["components"]["securitySchemes"]["BearerApiKey"] == {
        **spec["components"]["securitySchemes"]["BearerApiKey"],
        "type": "http",
        "scheme": "bearer",
    }
    assert spec["security"] == [{"BearerApiKey": []}]
    assert spec["servers"]


def test_every_schema_is_named_and_described(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]+", name), name
        assert schema.get("description"), f"{name} has no description (it becomes the IDE docstring)"


def test_response_objects_stay_open(spec: dict[str, Any]) -> None:
    """New server fields must not break old clients."""
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") == "object":
            assert schema.get("additionalProperties") not in (None, False), name


def test_every_operation_documents_fastgpts_error_envelope(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            assert operation["responses"]["500"] == {"$ref": "#/components/responses/Error"}, (method, path)


def test_error_envelope_mentions_the_known_status_texts(spec: dict[str, Any]) -> None:
    description = spec["components"]["schemas"]["ErrorEnvelope"]["description"]
    for status_text in (
        "unAuthorization",
        "unAuthApiKey",
        "tooManyRequest",
        "insufficientQuota",
        "appUnExist",
    ):
        assert status_text in description
        assert status_text in STATUS_TEXTS


def test_every_generated_model_is_a_named_schema(spec: dict[str, Any]) -> None:
    """No `ResponseChoicesItem`-style classes: each model comes from a named, documented schema."""
    models = ROOT / "generated" / "fastgpt_api" / "models"
    generated = {path.stem for path in models.glob("*.py")} - {"__init__"}
    named = {re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() for name in spec["components"]["schemas"]}
    assert generated - named == set()
    assert "chat_completion_request" in generated

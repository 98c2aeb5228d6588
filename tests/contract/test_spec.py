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
            # 4.14.11+ also answers errors with 400, 403, 404, 409, 413 and 429
            assert operation["responses"]["4XX"] == {"$ref": "#/components/responses/Error"}, (method, path)


def test_the_error_statuses_of_both_versions_are_described(spec: dict[str, Any]) -> None:
    description = spec["info"]["description"]
    for status in ("400", "403", "404", "409", "413", "429", "500"):
        assert f"**{status}**" in description, status
    assert "4.14.10 and earlier: **HTTP 500** for every error" in description
    envelope = spec["components"]["schemas"]["ErrorEnvelope"]
    assert envelope["properties"]["errorType"]["type"] == "string"
    assert envelope["properties"]["zodError"]["type"] == "array"
    assert envelope["properties"]["zodError"]["items"] == {"$ref": "#/components/schemas/ValidationIssue"}
    assert "chatIsGenerating" in envelope["description"]


def test_v1_stream_order_of_both_versions_is_described(spec: dict[str, Any]) -> None:
    description = " ".join(spec["paths"]["/api/v1/chat/completions"]["post"]["description"].split())
    assert "4.14.11 and later send the final stop chunk, then `flowResponses`, then `[DONE]`" in description
    assert "4.14.10 and earlier send `[DONE]` first and `flowResponses` after it" in description
    assert "x-sse-events" not in description  # the key it referred to never existed


def test_the_moved_record_route_and_its_4_14_route(spec: dict[str, Any]) -> None:
    new = spec["paths"]["/api/core/chat/record/delete"]["delete"]
    old = spec["paths"]["/api/core/chat/item/delete"]["post"]
    assert new["operationId"] == "deleteChatRecord"
    assert new["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/NullEnvelope"
    }
    assert (old["operationId"], old["deprecated"]) == ("deleteChatRecordLegacy", True)
    schemas = spec["components"]["schemas"]
    assert schemas["DeleteChatRecordRequest"]["required"] == ["appId", "chatId"]
    assert set(schemas["DeleteChatRecordRequest"]["properties"]) == {
        "appId",
        "chatId",
        "contentId",
        "contentIds",
    }
    assert schemas["DeleteChatRecordLegacyRequest"]["required"] == ["appId", "chatId", "contentId"]


# Request schemas of ours and the FastGPT 4.16.0 operation they are sent to: every field 4.16
# requires, ours requires too (so the SDK cannot build a request 4.16 rejects for a missing field).
REQUIRED_LIKE_4_16 = [
    ("CreateDatasetRequest", "POST", "/api/core/dataset/create"),
    ("UpdateDataRequest", "PUT", "/api/core/dataset/data/update"),
    ("PresignChatFileGetRequest", "POST", "/api/core/chat/file/presignChatFileGetUrl"),
    ("PresignChatFileRequest", "POST", "/api/core/chat/file/presignChatFilePostUrl"),
    ("AppChartRequest", "POST", "/api/proApi/core/app/logs/getChartData"),
    ("DeleteChatRecordRequest", "DELETE", "/api/core/chat/record/delete"),
    ("CreateCollectionRequest", "POST", "/api/core/dataset/collection/create"),
    ("PushDataRequest", "POST", "/api/core/dataset/data/pushData"),
    ("StopChatRequest", "POST", "/api/v2/chat/stop"),
]


@pytest.mark.parametrize(("name", "method", "path"), REQUIRED_LIKE_4_16, ids=lambda v: str(v))
def test_fields_fastgpt_4_16_requires_are_required(
    spec: dict[str, Any], name: str, method: str, path: str
) -> None:
    from tests.contract import upstream

    theirs = upstream.request_schema(method, path)
    assert theirs is not None
    ours = spec["components"]["schemas"][name]
    missing = set(theirs.get("required", [])) - set(ours.get("required", []))
    assert not missing, f"{name} leaves {sorted(missing)} optional; FastGPT 4.16 requires them"
    # every field ours names is one FastGPT 4.16 knows (it drops the others without a word)
    unknown = set(ours["properties"]) - set(theirs["properties"])
    assert not unknown, f"{name} names {sorted(unknown)}, which FastGPT 4.16's schema does not have"


# Enums of ours and where FastGPT 4.16.0 defines the same list (a request property).
ENUMS_LIKE_4_16 = [
    ("ChatSource", "POST", "/api/core/chat/history/getHistories", ["source"]),
    ("ChatRecordView", "POST", "/api/core/chat/record/getPaginationRecords", ["type"]),
    ("DatasetType", "POST", "/api/core/dataset/create", ["type"]),
    ("DataIndexType", "PUT", "/api/core/dataset/data/update", ["indexes", "items", "type"]),
    ("TrainingType", "POST", "/api/core/dataset/data/pushData", ["trainingType"]),
    ("SearchMode", "POST", "/api/core/dataset/searchTest", ["searchMode"]),
    ("ChartTimespan", "POST", "/api/proApi/core/app/logs/getChartData", ["userTimespan"]),
    ("EmptyCollectionType", "POST", "/api/core/dataset/collection/create", ["type"]),
]


@pytest.mark.parametrize(("name", "method", "path", "where"), ENUMS_LIKE_4_16, ids=lambda v: str(v))
def test_enums_are_fastgpt_4_16s(
    spec: dict[str, Any], name: str, method: str, path: str, where: list[str]
) -> None:
    from tests.contract import upstream

    node: Any = upstream.request_schema(method, path)
    for step in where:
        node = node[step] if step == "items" else node["properties"][step]
    assert set(spec["components"]["schemas"][name]["enum"]) == set(node["enum"]), name


# Response schemas of ours and FastGPT 4.16.0's answer they describe (the handlers `.parse()`
# their answers, so a field FastGPT's schema lacks never arrives). Fields kept on purpose:
KEPT = {("SearchResultItem", "tokens"): "4.14 sends it (filterDatasetDataByMaxTokens); 4.16 strips it"}
RESPONSES_LIKE_4_16 = [
    ("PushDataResult", "POST", "/api/core/dataset/data/pushData", []),
    ("CollectionInsertResult", "POST", "/api/core/dataset/collection/create/text", ["results"]),
    ("DatasetData", "GET", "/api/core/dataset/data/detail", []),
    ("DataListItem", "POST", "/api/core/dataset/data/v2/list", ["list", "items"]),
    ("SearchResultItem", "POST", "/api/core/dataset/searchTest", ["list", "items"]),
    ("StopChatResult", "POST", "/api/v2/chat/stop", []),
    ("UpdateDataResult", "PUT", "/api/core/dataset/data/update", []),
]


@pytest.mark.parametrize(("name", "method", "path", "where"), RESPONSES_LIKE_4_16, ids=lambda v: str(v))
def test_no_phantom_response_fields(
    spec: dict[str, Any], name: str, method: str, path: str, where: list[str]
) -> None:
    from tests.contract import upstream

    node: Any = upstream.response_schema(method, path)
    for step in where:
        node = node[step] if step == "items" else node["properties"][step]
    ours = set(spec["components"]["schemas"][name]["properties"])
    phantom = {field for field in ours - set(node["properties"]) if (name, field) not in KEPT}
    assert not phantom, f"{name} describes {sorted(phantom)}, which FastGPT 4.16 never sends"
    for kept_name, field in KEPT:
        if kept_name == name:
            assert "4.14 only" in spec["components"]["schemas"][name]["properties"][field]["description"]


def test_stop_result_and_generate_status_stay_open(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    stop = schemas["StopChatResult"]
    assert stop["required"] == ["success"]  # 4.14 answers {success} only
    for name in ("StopChatResult", "ChatHistory", "ChatInit"):
        status = schemas[name]["properties"]["chatGenerateStatus"]
        assert status["type"] == "integer"
        assert "enum" not in status, f"{name}.chatGenerateStatus: a new state must still parse"
    for name in ("ChatHistory", "ChatInit"):
        assert schemas[name]["properties"]["hasBeenRead"]["type"] == "boolean"


def test_the_4_14_and_4_16_answers_of_data_delete_and_update_fit(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["StringOrNullEnvelope"]["properties"]["data"]["type"] == ["string", "null"]
    data = spec["paths"]["/api/core/dataset/data/delete"]["delete"]["responses"]["200"]
    assert data["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/StringOrNullEnvelope"
    }
    update = schemas["UpdateDataResultEnvelope"]["properties"]["data"]["oneOf"]
    assert update == [{"$ref": "#/components/schemas/UpdateDataResult"}, {"type": "null"}]


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

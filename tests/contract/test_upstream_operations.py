"""Our spec's operations exist in FastGPT 4.16.0's own documents; those documents are the shared
reference's, byte for byte; and `upstream.py` (the conformance tests' reader and validator) bites.

Does not import the SDK.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from tests.contract import upstream

SPEC_PATH = upstream.ROOT / "openapi" / "fastgpt.yaml"


@dataclass(frozen=True)
class Replacement:
    """Where a route of ours that 4.16 no longer has went."""

    method: str
    path: str
    removed_in: str  # the FastGPT commit that removed the old route
    note: str


# Operations of ours that FastGPT 4.16.0 no longer has (still served by 4.14.x). Each names its
# 4.16 replacement and the FastGPT commit that removed it.
ONLY_4_14: dict[tuple[str, str], Replacement] = {
    ("POST", "/api/core/chat/item/delete"): Replacement(
        "DELETE",
        "/api/core/chat/record/delete",
        removed_in="852448703",
        note=(
            "projects/app/src/pages/api/core/chat/item/delete.ts renamed to core/chat/record/delete.ts in "
            '"feat: zod schema (#6740)", 2026-04-10, first shipped in 4.14.11 (drift notes M0)'
        ),
    ),
}


def spec_operations() -> list[tuple[str, str]]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in upstream.HTTP_METHODS
    ]


def operation_problem(method: str, path: str, only_4_14: dict[tuple[str, str], Replacement]) -> str | None:
    """Why `method path` of our spec does not conform to FastGPT 4.16.0's documents, or None."""
    where = f"{method} {path}"
    found = upstream.operation_source(method, path)
    replacement = only_4_14.get((method, path))
    if replacement is None:
        if found is not None:
            return None
        moved = [
            other.upper() for other in upstream.HTTP_METHODS if upstream.operation(other, path) is not None
        ]
        hint = f" FastGPT 4.16.0 has {', '.join(moved)} at that path." if moved else ""
        return (
            f"{where} is in openapi/fastgpt.yaml but in neither FastGPT 4.16.0 document "
            f"({upstream.SYSTEM}, {upstream.DEV}).{hint} Fix the spec, or list it in ONLY_4_14 "
            "with its 4.16 replacement and the FastGPT commit that removed it."
        )
    if found is not None:
        return f"{where} is listed in ONLY_4_14 but FastGPT 4.16.0 has it ({found}): remove the entry."
    if upstream.operation(replacement.method, replacement.path) is None:
        return (
            f"{where}: its ONLY_4_14 replacement {replacement.method} {replacement.path} is not in "
            "FastGPT 4.16.0's documents either."
        )
    return None


# -- (a) every operation of ours exists upstream (or is a listed 4.14-only route) ---------------


@pytest.mark.parametrize(("method", "path"), spec_operations(), ids=lambda value: str(value))
def test_our_operation_exists_in_fastgpt_4_16(method: str, path: str) -> None:
    problem = operation_problem(method, path, ONLY_4_14)
    assert problem is None, problem


def test_every_only_4_14_entry_is_an_operation_of_ours() -> None:
    ours = set(spec_operations())
    for (method, path), replacement in ONLY_4_14.items():
        assert (method, path) in ours, (
            f"ONLY_4_14 lists {method} {path}, which openapi/fastgpt.yaml no longer has"
        )
        assert replacement.removed_in, f"{method} {path}: say which FastGPT commit removed it"
        assert replacement.note, f"{method} {path}: say where the route went and when"


# -- (b) a missing operation fails with a message naming it --------------------------------------


def test_a_missing_operation_is_named_in_the_failure() -> None:
    problem = operation_problem("POST", "/api/core/chat/nosuch", ONLY_4_14)
    assert problem is not None
    assert "POST /api/core/chat/nosuch" in problem
    assert "ONLY_4_14" in problem


def test_a_method_mismatch_names_the_method_fastgpt_has() -> None:
    problem = operation_problem("POST", "/api/core/chat/record/delete", ONLY_4_14)
    assert problem is not None
    assert "POST /api/core/chat/record/delete" in problem
    assert "has DELETE at that path" in problem


def test_the_removed_route_fails_without_its_only_4_14_entry() -> None:
    problem = operation_problem("POST", "/api/core/chat/item/delete", {})
    assert problem is not None
    assert "POST /api/core/chat/item/delete" in problem
    assert operation_problem("POST", "/api/core/chat/item/delete", ONLY_4_14) is None


def test_a_stale_only_4_14_entry_fails() -> None:
    stale = {("POST", "/api/core/dataset/create"): Replacement("POST", "/api/core/dataset/create", "x", "y")}
    problem = operation_problem("POST", "/api/core/dataset/create", stale)
    assert problem is not None
    assert "remove the entry" in problem


# -- (c) openapi/upstream/ is the shared reference, byte for byte ---------------------------------


def test_every_upstream_file_is_present() -> None:
    present = {p.name for p in upstream.UPSTREAM_DIR.glob("*.json")}
    assert present == set(upstream.FILES), f"openapi/upstream/ holds {sorted(present)}"
    assert (upstream.UPSTREAM_DIR / "README.md").is_file()


@pytest.mark.parametrize("name", upstream.FILES)
def test_upstream_file_is_the_shared_reference(name: str) -> None:
    reference: Path = upstream.REFERENCE_DIR
    if not reference.is_dir():
        pytest.skip(f"the shared reference folder {reference} is not here (set FASTGPT_UPSTREAM_REFERENCE)")
    ours = upstream.UPSTREAM_DIR / name
    theirs = reference / name
    assert theirs.is_file(), f"{theirs} is missing: the shared reference no longer has {name}"
    assert ours.read_bytes() == theirs.read_bytes(), (
        f"openapi/upstream/{name} differs from {theirs}; copy it again (cp {theirs} {ours}) or "
        "update the shared reference with the refreshed file (openapi/upstream/README.md)"
    )


def test_the_shared_reference_has_no_document_we_lack() -> None:
    reference: Path = upstream.REFERENCE_DIR
    if not reference.is_dir():
        pytest.skip(f"the shared reference folder {reference} is not here (set FASTGPT_UPSTREAM_REFERENCE)")
    extra = sorted({p.name for p in reference.glob("*.json")} - set(upstream.FILES))
    assert not extra, (
        f"{reference} has {extra}, which openapi/upstream/ does not: copy them and list them in FILES"
    )


# -- (d) upstream.py itself -----------------------------------------------------------------------

DATASET_ID = "68ad85a7463006c963799a05"  # FastGPT's ids are 24 hex digits (ObjectIdSchema)


def test_the_documents_are_openapi_3_1_with_the_default_dialect() -> None:
    for name in (upstream.SYSTEM, upstream.DEV, upstream.V4_14):
        document = upstream.load(name)
        assert document["openapi"].startswith("3.1."), name
        assert "jsonSchemaDialect" not in document, f"{name} names a dialect: validate with it, not 2020-12"
        assert document["servers"] == [{"url": "/api"}], name


def test_the_documents_are_loaded_once() -> None:
    assert upstream.load(upstream.SYSTEM) is upstream.load(upstream.SYSTEM)
    with pytest.raises(ValueError, match="not one of the upstream documents"):
        upstream.load("nope.json")


def test_operation_looks_in_system_then_dev() -> None:
    assert upstream.operation_source("POST", "/api/core/dataset/create") == upstream.SYSTEM
    assert upstream.operation_source("post", "/api/core/chat/file/presignChatFileGetUrl") == upstream.DEV
    assert upstream.operation("POST", "/api/core/chat/item/delete") is None
    assert upstream.operation("GET", "/api/core/dataset/create") is None
    found = upstream.operation("POST", "/api/core/dataset/create")
    assert found is not None
    assert "requestBody" in found
    assert upstream.operation_4_14("POST", "/api/v2/chat/stop") is not None


def test_paths_must_be_given_with_api() -> None:
    with pytest.raises(ValueError, match="/api/"):
        upstream.operation("POST", "/core/dataset/create")
    with pytest.raises(ValueError, match="HTTP method"):
        upstream.operation("FETCH", "/api/core/dataset/create")


def test_request_schema_and_query_parameters() -> None:
    schema = upstream.request_schema("POST", "/api/core/dataset/create")
    assert schema is not None
    assert set(schema["required"]) == {"type", "name", "intro", "avatar"}
    assert "dingtalk" in schema["properties"]["type"]["enum"]
    assert upstream.request_schema("GET", "/api/core/dataset/detail") is None
    assert set(upstream.query_parameters("GET", "/api/core/dataset/detail")) == {"id"}
    assert upstream.query_parameters("POST", "/api/core/dataset/create") == {}
    form = upstream.request_schema(
        "POST", "/api/core/dataset/collection/create/localFile", content_type="multipart/form-data"
    )
    assert form is not None
    assert set(form["required"]) == {"file", "data"}


def test_a_known_good_dataset_body_validates() -> None:
    body = {"name": "Docs", "intro": "", "avatar": "", "type": "dataset"}
    assert upstream.validate_request("POST", "/api/core/dataset/create", body) == []


def test_a_known_bad_dataset_body_is_rejected_field_by_field() -> None:
    # What today's create_dataset(name) sends: 4.16 rejects it (drift M15).
    assert upstream.validate_request("POST", "/api/core/dataset/create", {"name": "Docs"}) == [
        "body.type: required, missing",
        "body.intro: required, missing",
        "body.avatar: required, missing",
    ]
    problems = upstream.validate_request(
        "POST", "/api/core/dataset/create", {"name": "Docs", "intro": "", "avatar": "", "type": "team"}
    )
    assert len(problems) == 1
    assert problems[0].startswith("body.type: 'team' is not one of")


def test_data_update_without_q_is_rejected() -> None:
    problems = upstream.validate_request("PUT", "/api/core/dataset/data/update", {"dataId": DATASET_ID})
    assert problems == ["body.q: required, missing"]


def test_query_parameters_are_checked_and_coerced() -> None:
    assert upstream.validate_request("GET", "/api/core/dataset/detail", query={"id": DATASET_ID}) == []
    assert upstream.validate_request("GET", "/api/core/dataset/detail") == ["query.id: required, missing"]
    assert upstream.validate_request("GET", "/api/core/dataset/detail", query={"id": "42"}) == [
        "query.id: '42' does not match '^[0-9a-fA-F]{24}$'"
    ]
    query = {"appId": DATASET_ID, "chatId": "c1", "loadCustomFeedbacks": "true"}
    assert upstream.validate_request("GET", "/api/core/chat/init", query=query) == []
    problems = upstream.validate_request(
        "GET", "/api/core/chat/init", query={**query, "loadCustomFeedbacks": "yes"}
    )
    assert problems == ["query.loadCustomFeedbacks: 'yes' is not of type 'boolean'"]
    problems = upstream.validate_request("GET", "/api/core/chat/init", query={**query, "teamId": "t"})
    assert problems == [
        "query.teamId: not a parameter of FastGPT's GET /api/core/chat/init (FastGPT ignores it)"
    ]


def test_body_and_operation_mismatches_are_reported() -> None:
    assert upstream.validate_request("POST", "/api/core/chat/item/delete", {"chatId": "c"}) == [
        "POST /api/core/chat/item/delete: no such operation in FastGPT 4.16.0's System or Dev document"
    ]
    assert upstream.validate_request("PUT", "/api/core/dataset/data/update") == [
        "body: missing; FastGPT's request body requires dataId, q"
    ]
    assert upstream.validate_request(
        "POST", "/api/core/dataset/create", {"name": "x"}, content_type="text/plain"
    )[0].startswith("body: FastGPT's POST /api/core/dataset/create takes application/json, not text/plain")


def test_multipart_bodies_decode_their_json_parts() -> None:
    path = "/api/core/dataset/collection/create/localFile"
    good = {"file": b"hello", "data": json.dumps({"datasetId": DATASET_ID})}
    assert upstream.validate_request("POST", path, good, content_type="multipart/form-data") == []
    bad = {"file": b"hello", "data": json.dumps({"datasetId": DATASET_ID, "trainingType": "nope"})}
    problems = upstream.validate_request("POST", path, bad, content_type="multipart/form-data")
    assert len(problems) == 1
    assert problems[0].startswith("body.data.trainingType: 'nope' is not one of")


def test_urls_are_checked() -> None:
    path = "/api/core/dataset/collection/create/link"
    assert (
        upstream.validate_request("POST", path, {"datasetId": DATASET_ID, "link": "https://x.example/a"})
        == []
    )
    assert upstream.validate_request("POST", path, {"datasetId": DATASET_ID, "link": "x.example/a"}) == [
        "body.link: 'x.example/a' is not a 'uri'"
    ]


def test_completions_fields_are_optional_despite_the_document() -> None:
    body = {"messages": [{"role": "user", "content": "hi"}]}
    for path in ("/api/v1/chat/completions", "/api/v2/chat/completions"):
        assert upstream.validate_request("POST", path, body) == []
        published = upstream.request_schema("POST", path, as_published=True)
        assert published is not None
        assert len(upstream.validate(published, body)) == 12  # every field but messages, "required"


def test_union_errors_name_the_field_of_the_branch_meant() -> None:
    path = "/api/v2/chat/completions"
    body = {
        "messages": [
            {"role": "user"},
            {
                "role": "user",
                "content": [{"type": "text", "text": "a"}, {"type": "image_url"}, {"type": "nope"}],
            },
            {"role": "tool", "content": "x"},
            {"role": "wizard", "content": "x"},
            {"role": "assistant"},
        ]
    }
    problems = upstream.validate_request("POST", path, body)
    assert problems[:4] == [
        "body.messages.0.content: required, missing",
        "body.messages.1.content.1.image_url: required, missing",
        "body.messages.1.content.2.type: 'nope' is not one of "
        "['text', 'image_url', 'input_audio', 'video_url', 'file', 'file_url']",
        "body.messages.2.tool_call_id: required, missing",
    ]
    assert problems[4].startswith(
        "body.messages.3.role: 'wizard' is not one of ['system', 'developer', 'user'"
    )
    assert len(problems) == 5  # an assistant message may omit content


def test_auth_proxy_needs_one_of_username_and_tmb_id() -> None:
    path = "/api/v1/chat/completions"
    messages = [{"role": "user", "content": "hi"}]
    assert (
        upstream.validate_request("POST", path, {"messages": messages, "authProxy": {"username": "u"}}) == []
    )
    assert (
        upstream.validate_request("POST", path, {"messages": messages, "authProxy": {"tmbId": DATASET_ID}})
        == []
    )
    assert upstream.validate_request("POST", path, {"messages": messages, "authProxy": {}})
    assert upstream.validate_request(
        "POST", path, {"messages": messages, "authProxy": {"username": "u", "x": 1}}
    )


def test_response_schema_comes_from_the_document_or_the_handler() -> None:
    stop = upstream.response_schema("POST", "/api/v2/chat/stop")
    assert stop is not None
    assert set(stop["required"]) == {"success", "completed"}
    assert upstream.validate_response("POST", "/api/v2/chat/stop", {"success": True}) == [
        "data.completed: required, missing"
    ]
    push = upstream.response_schema("POST", "/api/core/dataset/data/pushData")  # handler schema
    assert push is not None
    assert push["required"] == ["insertLen"]
    assert upstream.validate_response("POST", "/api/core/dataset/data/pushData", {"insertLen": 1}) == []
    problems = upstream.validate_response(
        "POST", "/api/core/dataset/data/pushData", {"insertLen": 1, "error": []}
    )
    assert problems == ["data: Additional properties are not allowed ('error' was unexpected)"]
    assert upstream.response_schema("GET", "/api/proApi/core/app/logs/nosuch") is None


def test_empty_answers_are_null_despite_the_document() -> None:
    path = "/api/core/dataset/data/delete"
    assert upstream.validate_response("DELETE", path, None) == []
    assert upstream.validate_response("DELETE", path, "success") == ["data: 'success' is not of type 'null'"]
    published = upstream.response_schema("DELETE", path, as_published=True)
    assert published == {"description": "删除成功", "not": {}}
    assert upstream.validate(published, None, "data")  # the document as published rejects even null


def test_every_known_wrong_entry_still_applies_and_says_why() -> None:
    for entry in upstream.KNOWN_WRONG:
        assert upstream.stale(entry) is None, upstream.stale(entry)
        assert len(entry.reason) > 40, f"{entry.method} {entry.path}: give the reason"
        assert entry.part in ("request", "response")


def test_a_stale_known_wrong_entry_is_reported() -> None:
    entry = upstream.KnownWrong("POST", "/api/core/dataset/create", "request", "/required", ["name"], [], "r")
    problem = upstream.stale(entry)
    assert problem is not None
    assert "POST /api/core/dataset/create" in problem
    assert "now says" in problem


def test_corrections_do_not_leak_into_the_loaded_document() -> None:
    upstream.request_schema("POST", "/api/v1/chat/completions")
    schema = upstream.request_schema("POST", "/api/v1/chat/completions")
    assert schema is not None
    schema["properties"].clear()  # callers get copies
    raw = upstream.load(upstream.SYSTEM)["paths"]["/v1/chat/completions"]["post"]
    assert len(raw["requestBody"]["content"]["application/json"]["schema"]["required"]) == 13
    again = upstream.request_schema("POST", "/api/v1/chat/completions")
    assert again is not None
    assert again["properties"]


@pytest.mark.parametrize("name", [upstream.SYSTEM, upstream.DEV])
def test_every_request_and_response_schema_is_valid_json_schema_2020_12(name: str) -> None:
    for method, path in upstream.operations(name):
        op = upstream.operation_in(name, method, path)
        assert op is not None
        media = [*op.get("requestBody", {}).get("content", {}).values()]
        media += [m for r in op.get("responses", {}).values() for m in r.get("content", {}).values()]
        for item in media:
            if "schema" in item:
                Draft202012Validator.check_schema(item["schema"])
        for parameter in op.get("parameters", []):
            Draft202012Validator.check_schema(parameter.get("schema", {}))


def test_closed_intersections_accept_real_items_and_reject_unknown_fields() -> None:
    path = "/api/core/chat/history/getHistories"
    item = {
        "chatId": "c1",
        "updateTime": "2026-08-20T08:00:00.000Z",
        "title": "Hello",
        "appId": DATASET_ID,
        "top": False,
        "chatGenerateStatus": 1,
        "hasBeenRead": True,
    }
    assert upstream.validate_response("POST", path, {"list": [item], "total": 1}) == []
    assert upstream.validate_response("POST", path, {"list": [{**item, "extra": 1}], "total": 1}) == [
        "data.list.0: Unevaluated properties are not allowed ('extra' was unexpected)"
    ]
    published = upstream.response_schema("POST", path, as_published=True)
    assert published is not None
    assert upstream.validate(published, {"list": [item], "total": 1}, "data")  # as published: nothing fits


def test_every_known_wrong_pattern_still_applies_and_says_why() -> None:
    for pattern in upstream.KNOWN_WRONG_PATTERNS:
        assert len(pattern.reason) > 40, pattern.name
        changed = 0
        for method, path in upstream.operations(upstream.SYSTEM):
            for part in (
                upstream.request_schema(method, path, as_published=True),
                upstream.response_schema(method, path, as_published=True),
            ):
                if part is not None:
                    changed += pattern.fix(part)[1]
        assert changed, f"KNOWN_WRONG_PATTERNS {pattern.name!r} no longer matches anything: remove it"


@pytest.mark.parametrize("name", [upstream.SYSTEM, upstream.DEV])
def test_fastgpts_own_response_examples_validate(name: str) -> None:
    """The validator and its corrections agree with FastGPT's own examples (26 of them)."""
    checked = 0
    for method, path in upstream.operations(name):
        if upstream.operation_source(method, path) != name:
            continue  # the System document's operation wins
        op = upstream.operation_in(name, method, path)
        assert op is not None
        media = op["responses"].get("200", {}).get("content", {}).get("application/json", {})
        values = [example.get("value") for example in media.get("examples", {}).values()]
        if "example" in media.get("schema", {}):
            values.append(media["schema"]["example"])
        for value in values:
            assert upstream.validate_response(method, path, value) == [], f"{method} {path}"
            checked += 1
    assert checked

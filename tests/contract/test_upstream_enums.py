"""Every enum value the SDK sends is one FastGPT 4.16 accepts; unknown values in answers never
break parsing.

The values the SDK sends are the generated `*_VALUES` sets of every enum reachable from a
request schema of our spec (`request_enums`, keyed by operation and property path), the chunk
settings it writes into the file collection's form, and its own tuples of allowed values in
`resources/_async/*` (`SDK_TUPLES`, found by `sdk_tuples`). Each value must be in FastGPT
4.16.0's enum at that property (`upstream.request_property`), or be listed in
`ONLY_4_14_VALUES` with the reason. The other way round, every value FastGPT 4.16 offers there
must get through the SDK's checks and out on the wire (`SENDERS`, through the recorder of
test_upstream_requests).

Answers: no enum schema may be reachable from any response schema of our spec (the generated
models then never run `check_*` on an answer value), and answers carrying values and fields
newer than the spec parse.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
import yaml

from fastgpt_client import AppClient, ChatClient, DatasetClient, UnknownEvent, audio_part, file_part
from tests.contract import upstream
from tests.contract.test_upstream_requests import (
    APP_ID,
    CHAT_ID,
    COLLECTION_ID,
    DATA_ID,
    DATASET_ID,
    Call,
    Recorded,
    Recorder,
    request_problems,
    run_sync,
)

SPEC: dict[str, Any] = yaml.safe_load(
    (upstream.ROOT / "openapi" / "fastgpt.yaml").read_text(encoding="utf-8")
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
FORM = "multipart/form-data"

Where = tuple[str, str, tuple[str, ...], str]  # (METHOD, /api/path, property path, content type)


def _where(method: str, path: str, *steps: str, content_type: str = "application/json") -> Where:
    return (method, path, steps, content_type)


# -- what the SDK sends -----------------------------------------------------------------------------------


def _deref(node: Any, components: Mapping[str, Any]) -> tuple[Any, str | None]:
    name = None
    while isinstance(node, dict) and "$ref" in node:
        kind, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][kind][name] if kind != "schemas" else components[name]
    return node, name


def _enums(
    node: Any,
    steps: tuple[str, ...],
    seen: frozenset[str],
    found: list[tuple[tuple[str, ...], str | None, list[Any]]],
) -> None:
    node, name = _deref(node, SCHEMAS)
    if name is not None:
        if name in seen:
            return
        seen = seen | {name}
    if not isinstance(node, dict):
        return
    if "enum" in node:
        found.append((steps, name, node["enum"]))
    for key in ("anyOf", "oneOf", "allOf"):
        for part in node.get(key, []):
            _enums(part, steps, seen, found)
    for prop, sub in node.get("properties", {}).items():
        _enums(sub, (*steps, prop), seen, found)
    if isinstance(node.get("items"), dict):
        _enums(node["items"], (*steps, "[]"), seen, found)
    if isinstance(node.get("additionalProperties"), dict):
        _enums(node["additionalProperties"], (*steps, "*"), seen, found)


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method in upstream.HTTP_METHODS:
                yield method.upper(), path, op


@functools.cache
def request_enums() -> dict[Where, tuple[str | None, list[Any]]]:
    """Every enum reachable from a request (body or query) of our spec: its schema name and values."""
    found: dict[Where, tuple[str | None, list[Any]]] = {}
    for method, path, op in spec_operations():
        for content_type, media in op.get("requestBody", {}).get("content", {}).items():
            hits: list[tuple[tuple[str, ...], str | None, list[Any]]] = []
            _enums(media.get("schema", {}), (), frozenset(), hits)
            for steps, name, values in hits:
                found[(method, path, steps, content_type)] = (name, values)
        for parameter in op.get("parameters", []):
            parameter, _ = _deref(parameter, SCHEMAS)
            hits = []
            _enums(parameter.get("schema", {}), (f"?{parameter['name']}",), frozenset(), hits)
            for steps, name, values in hits:
                found[(method, path, steps, "application/json")] = (name, values)
    return found


def generated_values(schema_name: str) -> frozenset[Any]:
    """The generated `*_VALUES` set of a named enum schema (what the SDK's checks and models use)."""
    module_name = re.sub(r"(?<!^)(?=[A-Z])", "_", schema_name).lower()
    module = importlib.import_module(f"fastgpt_api.models.{module_name}")
    return frozenset(getattr(module, f"{module_name.upper()}_VALUES"))


# The file collection's form carries its chunk settings in the JSON `data` part, which our spec
# does not model (a string); the SDK checks them against these generated sets.
FORM_CHUNK_ENUMS = {
    "trainingType": "TrainingType",
    "chunkTriggerType": "ChunkTriggerType",
    "chunkSettingMode": "ChunkSettingMode",
    "chunkSplitMode": "ChunkSplitMode",
    "paragraphChunkAIMode": "ParagraphChunkAiMode",
}
LOCAL_FILE = "/api/core/dataset/collection/create/localFile"

# The SDK's own tuples of allowed values (module of resources/_async, name) and where they go.
SDK_TUPLES: dict[tuple[str, str], list[Where]] = {
    ("apps", "_TIMESPANS"): [
        _where("POST", "/api/proApi/core/app/logs/getChartData", f"{kind}Timespan")
        for kind in ("user", "chat", "app")
    ],
    ("search", "SEARCH_MODES"): [_where("POST", "/api/core/dataset/searchTest", "searchMode")],
    ("datasets", "_DATASET_TYPES"): [
        _where("POST", "/api/core/dataset/create", "type"),
        _where("POST", "/api/core/dataset/list", "type"),
    ],
    ("data", "INDEX_TYPES"): [
        _where("POST", "/api/core/dataset/data/pushData", "data", "[]", "indexes", "[]", "type"),
        _where("PUT", "/api/core/dataset/data/update", "indexes", "[]", "type"),
    ],
    ("data", "TRAINING_TYPES"): [_where("POST", "/api/core/dataset/data/pushData", "trainingType")],
}
# A module-level tuple of strings whose name ends so is a set of allowed values.
_VALUE_NAMES = re.compile(r"_(TYPES|MODES|TIMESPANS|VALUES|SOURCES|KINDS|ROLES|STATUSES)$")


def sdk_tuples() -> dict[tuple[str, str], frozenset[str]]:
    """Every module-level tuple/set of allowed values in `fastgpt_client.resources._async`."""
    import fastgpt_client.resources._async as package

    found: dict[tuple[str, str], frozenset[str]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (
                _VALUE_NAMES.search(name)
                and isinstance(value, tuple | set | frozenset)
                and value
                and all(isinstance(v, str) for v in value)
            ):
                found[(info.name, name)] = frozenset(value)
    return found


@functools.cache
def sent_values() -> dict[Where, tuple[str, frozenset[Any]]]:
    """Every place the SDK sends an enum value: (what the values come from, the values)."""
    sent: dict[Where, tuple[str, frozenset[Any]]] = {}
    for where, (name, values) in request_enums().items():
        source = f"{name} (generated)" if name else "an inline enum of our spec"
        sent[where] = (source, generated_values(name) if name else frozenset(values))
    for prop, name in FORM_CHUNK_ENUMS.items():
        sent[_where("POST", LOCAL_FILE, "data", prop, content_type=FORM)] = (
            f"{name} (generated)",
            generated_values(name),
        )
    for (module, name), values in sdk_tuples().items():
        for where in SDK_TUPLES.get((module, name), []):
            sent[(*where[:2], where[2], f"{where[3]} via {module}.{name}")] = (f"{module}.{name}", values)
    return sent


# Values FastGPT 4.16 no longer accepts that the SDK still offers for 4.14 servers, with why.
ONLY_4_14_VALUES: dict[tuple[str, Any], str] = {
    ("ChatSource", "team"): (
        "team-space chats: ChatSourceEnum.team until 4.14.9 (the 4.14.5 document's getHistories "
        "enum has it); removed in c37b3aa0e (4.14.9.1), so 4.16 rejects it (drift M4)."
    ),
    ("ChatRecordView", "team"): (
        "GetChatTypeEnum.team until 4.14.9; 4.16's getPaginationRecords `type` is normal|outLink|home "
        "(drift M10). The SDK never sends `type`."
    ),
}


def upstream_values(where: Where) -> frozenset[Any] | str | None:
    """FastGPT 4.16's allowed values at `where`; None when open; a message when it has no such property."""
    method, path, steps, content_type = where
    schemas = upstream.request_property(method, path, steps, content_type=content_type.split(" via ")[0])
    if not schemas:
        return f"FastGPT 4.16.0's {method} {path} has no property {'.'.join(steps)}"
    return upstream.allowed_values(schemas)


def _id(where: Where) -> str:
    return f"{where[0]} {where[1]} {'.'.join(where[2])}" + (
        f" ({where[3]})" if where[3] != "application/json" else ""
    )


@pytest.mark.parametrize("where", list(sent_values()), ids=_id)
def test_every_value_the_sdk_sends_is_accepted_by_fastgpt_4_16(where: Where) -> None:
    source, values = sent_values()[where]
    allowed = upstream_values(where)
    assert not isinstance(allowed, str), allowed
    if allowed is None:
        return  # an open string there: any value is accepted
    schema_name = source.split(" ")[0]
    refused = sorted(v for v in values - allowed if (schema_name, v) not in ONLY_4_14_VALUES)
    assert not refused, f"{source} sends {refused} at {_id(where)}; FastGPT 4.16 accepts {sorted(allowed)}"


def test_every_sdk_tuple_of_values_is_mapped() -> None:
    unmapped = sorted(f"{m}.{n}" for m, n in sdk_tuples() if (m, n) not in SDK_TUPLES)
    assert not unmapped, f"say where these values are sent, in SDK_TUPLES: {unmapped}"


def test_the_scan_finds_the_enums_it_must() -> None:
    found = request_enums()
    assert found[_where("POST", "/api/core/chat/history/getHistories", "source")][0] == "ChatSource"
    assert found[_where("POST", "/api/core/dataset/create", "type")][0] == "DatasetType"
    assert (
        found[_where("POST", "/api/core/dataset/data/pushData", "data", "[]", "indexes", "[]", "type")][0]
        == "DataIndexType"
    )
    assert len(found) >= 20
    # the lookups the comparison rests on
    assert (
        upstream.allowed_values(upstream.request_property("POST", "/api/core/dataset/create", ["name"]))
        is None
    )
    assert upstream.request_property("POST", "/api/core/dataset/create", ["nosuch"]) == []
    roles = upstream.allowed_values(
        upstream.request_property("POST", "/api/v1/chat/completions", ["messages", "[]", "role"])
    )
    assert roles == {"system", "developer", "user", "assistant", "tool", "function"}
    nullable = [{"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]}]
    assert upstream.allowed_values(nullable) == {"a", None}


def test_only_4_14_values_are_really_gone_in_4_16() -> None:
    names = {name for name, _ in request_enums().values()}
    for (schema_name, _value), reason in ONLY_4_14_VALUES.items():
        assert len(reason) > 40
        assert schema_name in names or schema_name in SCHEMAS, f"{schema_name} is not an enum of our spec"
    histories = upstream.operation_4_14("POST", "/api/core/chat/history/getHistories")
    assert histories is not None
    schema = histories["requestBody"]["content"]["application/json"]["schema"]
    assert "team" in (upstream.allowed_values(upstream.schemas_at(schema, ["source"])) or ())
    for where in (
        _where("POST", "/api/core/chat/history/getHistories", "source"),
        _where("POST", "/api/core/chat/record/getPaginationRecords", "type"),
    ):
        allowed = upstream_values(where)
        assert isinstance(allowed, frozenset)
        assert "team" not in allowed


# -- the other way round: what FastGPT 4.16 offers gets through the SDK -----------------------------------------


def _message(role: str) -> dict[str, Any]:
    extra = {"tool_call_id": "call-1"} if role == "tool" else {"name": "lookup"} if role == "function" else {}
    return {"role": role, "content": "hi", **extra}


def _chunks(prop: str) -> Callable[[Any], dict[str, Any]]:
    return lambda value: {"chunk_settings": {prop: value}}


def _call(
    method: str, client: str, args: tuple[Any, ...], options: Callable[[Any], dict[str, Any]]
) -> Callable[[Any], Call]:
    return lambda value: Call(method, f"value {value!r}", client, args, options(value))


TEXT = "/api/core/dataset/collection/create/text"
LINK = "/api/core/dataset/collection/create/link"
CHART = "/api/proApi/core/app/logs/getChartData"
PUSH = "/api/core/dataset/data/pushData"
API_COLLECTION = "/api/core/dataset/collection/create/apiCollection"
LOGS = "/api/core/app/logs/list"
SENDERS: dict[Where, Callable[[Any], Call] | None] = {
    **{
        _where("POST", f"/api/{v}/chat/completions", "messages", "[]", "role"): (
            lambda value, v=v: Call(
                "create_chat_completion", f"role {value}", "chat", ([_message(value)],), {"api_version": v}
            )
        )
        for v in ("v1", "v2")
    },
    **{
        _where("POST", f"/api/{v}/chat/completions", "messages", "[]", "content", "[]", *steps): (
            lambda value, v=v, part=part, steps=steps: Call(
                "create_chat_completion",
                f"{steps[-1]} {value}",
                "chat",
                ([{"role": "user", "content": [part(value)]}],),
                {"api_version": v},
            )
        )
        for v in ("v1", "v2")
        for steps, part in (
            (("fileType",), lambda value: file_part("https://example.com/a.mp4", file_type=value)),
            (
                ("image_url", "detail"),
                lambda value: {
                    "type": "image_url",
                    "image_url": {"url": "https://x.test/a.png", "detail": value},
                },
            ),
            (("input_audio", "format"), lambda value: audio_part(b"\x00audio", format=value)),
        )
    },
    _where("POST", "/api/core/chat/history/getHistories", "source"): _call(
        "get_chat_histories", "chat", (), lambda v: {"source": v}
    ),
    _where("POST", "/api/core/chat/record/getPaginationRecords", "type"): None,  # the SDK never sends it
    _where("POST", CHART, "source", "[]"): _call(
        "get_app_logs_chart",
        "app",
        (),
        lambda v: {"sources": [v], "date_start": "2026-08-01", "date_end": "2026-08-20"},
    ),
    **{
        _where("POST", CHART, f"{kind}Timespan"): _call(
            "get_app_logs_chart",
            "app",
            (),
            lambda v: {"timespan": v, "date_start": "2026-08-01", "date_end": "2026-08-20"},
        )
        for kind in ("user", "chat", "app")
    },
    _where("POST", "/api/core/dataset/create", "type"): _call(
        "create_dataset", "dataset", ("Docs",), lambda v: {"type": v}
    ),
    _where("POST", "/api/core/dataset/list", "type"): _call(
        "list_datasets", "dataset", (), lambda v: {"type": v}
    ),
    _where("POST", "/api/core/dataset/collection/create", "type"): _call(
        "create_collection", "dataset", (DATASET_ID, "notes"), lambda v: {"type": v}
    ),
    **{
        _where("POST", TEXT, prop): _call(
            "create_text_collection", "dataset", (DATASET_ID, "notes", "text"), _chunks(prop)
        )
        for prop in FORM_CHUNK_ENUMS
    },
    **{
        _where("POST", LINK, prop): _call(
            "create_link_collection", "dataset", (DATASET_ID, "https://example.com/a"), _chunks(prop)
        )
        for prop in FORM_CHUNK_ENUMS
    },
    **{
        _where("POST", LOCAL_FILE, "data", prop, content_type=FORM): _call(
            "create_file_collection",
            "dataset",
            (DATASET_ID, b"text"),
            lambda v, p=prop: {"filename": "a.txt", **_chunks(p)(v)},
        )
        for prop in FORM_CHUNK_ENUMS
    },
    **{
        _where("POST", API_COLLECTION, prop): _call(
            "create_api_collection", "dataset", (DATASET_ID, "file-1", "handbook.md"), _chunks(prop)
        )
        for prop in FORM_CHUNK_ENUMS
    },
    _where("POST", LOGS, "sources", "[]"): _call("list_app_logs", "app", (), lambda v: {"sources": [v]}),
    _where("POST", LOGS, "feedbackType"): _call("list_app_logs", "app", (), lambda v: {"feedback": v}),
    _where("POST", LOGS, "errorFilter"): _call(
        "list_app_logs", "app", (), lambda v: {"errors_only": v == "has_error"}
    ),
    _where("POST", "/api/core/app/logs/getUsers", "sources", "[]"): _call(
        "get_app_log_users", "app", (), lambda v: {"sources": [v]}
    ),
    _where("POST", PUSH, "trainingType"): _call(
        "push_data", "dataset", (COLLECTION_ID, [{"q": "What?"}]), lambda v: {"training_type": v}
    ),
    _where("POST", PUSH, "data", "[]", "indexes", "[]", "type"): lambda v: Call(
        "push_data",
        f"index {v!r}",
        "dataset",
        (COLLECTION_ID, [{"q": "What?", "indexes": [{"type": v, "text": "What"}]}]),
    ),
    _where("PUT", "/api/core/dataset/data/update", "indexes", "[]", "type"): _call(
        "update_data",
        "dataset",
        (DATA_ID,),
        lambda v: {"q": "What?", "indexes": [{"type": v, "text": "What"}]},
    ),
    _where("POST", "/api/core/dataset/searchTest", "searchMode"): _call(
        "search_test", "dataset", (DATASET_ID, "What?"), lambda v: {"search_mode": v}
    ),
}


def values_at(request: Recorded, steps: tuple[str, ...]) -> list[Any]:
    """The values at a property path of a recorded body (a form's JSON `data` part decoded)."""
    body = request.body
    if request.content_type == FORM and isinstance(body, dict) and isinstance(body.get("data"), str):
        body = {**body, "data": json.loads(body["data"])}
    nodes: list[Any] = [body]
    for step in steps:
        found: list[Any] = []
        for node in nodes:
            if step == "[]" and isinstance(node, list):
                found.extend(node)
            elif isinstance(node, dict) and step in node:
                found.append(node[step])
        nodes = found
    return nodes


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    try:
        yield server
    finally:
        server.close()


def test_every_enum_the_sdk_sends_has_a_sender() -> None:
    places = {where for where in request_enums()} | {
        _where("POST", LOCAL_FILE, "data", prop, content_type=FORM) for prop in FORM_CHUNK_ENUMS
    }
    missing = sorted(map(_id, places - set(SENDERS)))
    assert not missing, f"add these to SENDERS (None if the SDK never sends them): {missing}"


@pytest.mark.parametrize("where", list(SENDERS), ids=_id)
def test_the_sdk_sends_every_value_fastgpt_4_16_offers(where: Where, recorder: Recorder) -> None:
    sender = SENDERS[where]
    allowed = upstream_values(where)
    assert not isinstance(allowed, str), allowed
    if sender is None or allowed is None:
        return  # never sent, or an open string (no values to offer)
    problems: list[str] = []
    for value in sorted(v for v in allowed if v is not None):
        call = sender(value)
        recorder.clear()
        try:
            run_sync(call, recorder)
        except Exception as exc:  # a check that refuses a value FastGPT takes
            problems.append(f"{value!r}: {call.method}() raised {type(exc).__name__}: {exc}")
            continue
        sent = [r for r in recorder.sent() if (r.method, r.path) == where[:2]]
        if not sent or value not in values_at(sent[-1], where[2]):
            problems.append(f"{value!r}: {call.method}() did not send it at {'.'.join(where[2])}")
        problems += [f"{value!r}: {p}" for p in request_problems(sent)]
    assert not problems, f"{_id(where)}:\n  " + "\n  ".join(problems)


# -- answers: open to values and fields newer than the spec ----------------------------------------------------


def _response_enums() -> list[str]:
    found: list[str] = []
    for method, path, op in spec_operations():
        for status, response in op.get("responses", {}).items():
            response, _ = _deref(response, SCHEMAS)
            for content_type, media in response.get("content", {}).items():
                hits: list[tuple[tuple[str, ...], str | None, list[Any]]] = []
                _enums(media.get("schema", {}), (), frozenset(), hits)
                found += [f"{method} {path} {status} {content_type}: {'.'.join(s)} ({n})" for s, n, _ in hits]
    return found


def test_no_enum_is_reachable_from_an_answer() -> None:
    """The generated models check enum values strictly (`literal_enums`): an answer schema with an
    enum would make an answer with a newer value fail to parse."""
    assert _response_enums() == []


NEW = "someNewType"


def _client(cls: type[Any], data: Any) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"code": 200, "statusText": "", "message": "", "data": data})

    http = httpx.Client(transport=httpx.MockTransport(reply))
    return cls(
        api_key="fastgpt-x" * 4,
        base_url="https://fastgpt.test",
        app_id=APP_ID,
        max_retries=0,
        http_client=http,
    )


def _dumped(value: Any) -> str:
    """A parsed result as JSON text: a generated model's `to_dict()` (extra fields included)."""
    import dataclasses

    if hasattr(value, "to_dict"):
        value = value.to_dict()
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    return json.dumps(value, ensure_ascii=False, default=repr)


NEWER: list[tuple[str, type[Any], Callable[[Any], Any], Any]] = [
    (
        "get_chat_histories",
        ChatClient,
        lambda c: c.get_chat_histories().items[0],
        {
            "list": [
                {
                    "chatId": CHAT_ID,
                    "title": "t",
                    "updateTime": "2026-08-20T08:00:00.000Z",
                    "appId": APP_ID,
                    "chatGenerateStatus": 7,
                    "sourceType": NEW,
                    "hasBeenRead": False,
                    "brandNew": {"x": 1},
                }
            ],
            "total": 1,
        },
    ),
    (
        "get_chat_init",
        ChatClient,
        lambda c: c.get_chat_init(CHAT_ID),
        {
            "chatId": CHAT_ID,
            "appId": APP_ID,
            "title": "t",
            "chatGenerateStatus": 7,
            "app": {"type": NEW, "name": "a", "chatConfig": {"newFlag": True}},
            "brandNew": 1,
        },
    ),
    (
        "get_chat_records",
        ChatClient,
        lambda c: c.get_chat_records(CHAT_ID).items[0],
        {
            "list": [
                {
                    "_id": DATA_ID,
                    "dataId": "d",
                    "obj": "AI",
                    "value": [{"type": NEW, NEW: {"content": "x"}}],
                    "brandNew": 1,
                }
            ],
            "total": 1,
        },
    ),
    (
        "get_record_detail",
        ChatClient,
        lambda c: c.get_record_detail(CHAT_ID, "d")[0],
        [
            {
                "id": "r",
                "nodeId": "n",
                "moduleName": "m",
                "moduleType": NEW,
                "agentPlanStatus": "newState",
                "brandNew": 1,
            }
        ],
    ),
    (
        "stop_chat",
        ChatClient,
        lambda c: c.stop_chat(CHAT_ID),
        {"success": True, "completed": False, "chatGenerateStatus": 7, "brandNew": 1},
    ),
    (
        "list_datasets",
        DatasetClient,
        lambda c: c.list_datasets()[0],
        [
            {
                "_id": DATASET_ID,
                "name": "d",
                "type": NEW,
                "vectorModel": {"model": "m", "type": NEW},
                "permission": {"role": 99},
                "brandNew": 1,
            }
        ],
    ),
    (
        "get_dataset",
        DatasetClient,
        lambda c: c.get_dataset(DATASET_ID),
        {
            "_id": DATASET_ID,
            "name": "d",
            "type": NEW,
            "status": "newState",
            "agentModel": {"type": NEW},
            "chunkSettings": {"trainingType": NEW},
            "brandNew": 1,
        },
    ),
    (
        "list_collections",
        DatasetClient,
        lambda c: c.list_collections(DATASET_ID).items[0],
        {
            "list": [
                {
                    "_id": COLLECTION_ID,
                    "name": "c",
                    "type": NEW,
                    "trainingType": NEW,
                    "slowestTrainingStatus": "newState",
                    "brandNew": 1,
                }
            ],
            "total": 1,
        },
    ),
    (
        "get_collection",
        DatasetClient,
        lambda c: c.get_collection(COLLECTION_ID),
        {
            "_id": COLLECTION_ID,
            "name": "c",
            "type": NEW,
            "trainingType": NEW,
            "chunkSettingMode": NEW,
            "chunkSplitMode": NEW,
            "slowestTrainingStatus": "newState",
            "brandNew": 1,
        },
    ),
    (
        "list_data",
        DatasetClient,
        lambda c: c.list_data(COLLECTION_ID).items[0],
        {
            "list": [
                {
                    "_id": DATA_ID,
                    "q": "q",
                    "datasetId": DATASET_ID,
                    "collectionId": COLLECTION_ID,
                    "brandNew": NEW,
                }
            ],
            "total": 1,
        },
    ),
    (
        "get_data",
        DatasetClient,
        lambda c: c.get_data(DATA_ID),
        {"id": DATA_ID, "q": "q", "indexes": [{"type": NEW, "dataId": "v", "text": "t"}], "brandNew": 1},
    ),
    (
        "search_test",
        DatasetClient,
        lambda c: c.search_test(DATASET_ID, "q").raw,
        {
            "list": [
                {"id": DATA_ID, "q": "q", "score": [{"type": NEW, "value": 1, "index": 0}], "brandNew": 1}
            ],
            "searchMode": NEW,
            "duration": "1s",
        },
    ),
    (
        "push_data",
        DatasetClient,
        lambda c: c.push_data(COLLECTION_ID, [{"q": "q"}]).batches[0].raw,
        {"insertLen": 1, "brandNew": NEW},
    ),
    (
        "get_app_total_data",
        AppClient,
        lambda c: c.get_app_total_data(),
        {"totalUsers": 1, "totalChats": 1, "totalPoints": 1, "brandNew": NEW},
    ),
]


@pytest.mark.parametrize(("method", "cls", "call", "data"), NEWER, ids=[n[0] for n in NEWER])
def test_answers_with_newer_values_and_fields_parse(
    method: str, cls: type[Any], call: Callable[[Any], Any], data: Any
) -> None:
    with _client(cls, data) as client:
        result = call(client)
    dumped = _dumped(result)
    sent = json.dumps(data, ensure_ascii=False)
    # Generated models keep fields newer than the spec (additional_properties); the SDK's own
    # small result types (StopResult) need only read what they know.
    markers = (
        (NEW, "newState", "brandNew")
        if hasattr(result, "to_dict") or isinstance(result, Mapping)
        else (NEW, "newState")
    )
    for marker in markers:
        if marker in sent:
            assert marker in dumped, f"{method}: the parsed result lost {marker!r}: {dumped}"
    if '"chatGenerateStatus": 7' in sent:
        assert re.search(r'"(chatGenerateStatus|chat_generate_status)": 7', dumped), dumped


def test_stream_events_newer_than_the_sdk_parse() -> None:
    text = (
        'event: flowNodeStatus\ndata: {"status":"newState","name":"n"}\n\n'
        'event: brandNewEvent\ndata: {"x":1}\n\n'
        'event: answer\ndata: {"choices":[{"delta":{"content":"hi"},"finish_reason":null,"index":0}],"brandNew":1}\n\n'
        'event: answer\ndata: {"choices":[{"delta":{},"finish_reason":"newReason","index":0}]}\n\n'
        "event: answer\ndata: [DONE]\n\n"
    )

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=text.encode(), headers={"content-type": "text/event-stream"})

    http = httpx.Client(transport=httpx.MockTransport(reply))
    with ChatClient(
        api_key="fastgpt-x" * 4,
        base_url="https://fastgpt.test",
        app_id=APP_ID,
        max_retries=0,
        http_client=http,
    ) as client:
        answer = client.create_chat_completion("hi", stream=True, detail=True, api_version="v2")
        events = list(answer)
        completion = answer.get_final_completion()
    assert [e.event for e in events if isinstance(e, UnknownEvent)] == ["brandNewEvent"]
    assert completion.text == "hi"

"""The emulator's answers in FastGPT 4.16 mode (`FakeFastGPT()`, the default) validate against
FastGPT 4.16.0's own response schemas, for every operation of our spec.

`SCENARIO` drives the emulator over HTTP, without the SDK (so what is checked does not depend
on the SDK), through every operation: a chat and its history, records, feedback and files, then
a dataset with its collections and data. Each request is first checked to be one FastGPT 4.16
accepts (`upstream.validate_request`); each answer must be HTTP 200 with `code: 200` and its
`data` must validate (`upstream.validate_response`; the completions' body as a whole). This
catches emulator drift: fields 4.16 does not send (phantom fields), shapes it does not have.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import yaml

from fastgpt_client.testing import FakeFastGPT
from tests.contract import upstream

CHAT_1 = "chat-upstream-1"
CHAT_2 = "chat-upstream-2"
CHAT_3 = "chat-upstream-3"
ANSWER_1 = "answer-upstream-1"
ANSWER_3 = "answer-upstream-3"
SINCE = {"dateStart": "2000-01-01T00:00:00.000Z", "dateEnd": "2999-12-31T23:59:59.999Z"}
COMPLETIONS = {"/api/v1/chat/completions", "/api/v2/chat/completions"}

Context = dict[str, Any]
Value = Any | Callable[[Context], Any]


@dataclass(frozen=True)
class Step:
    """One request: `body`/`query` may read ids of earlier answers from the context; `keep`
    stores what later steps need from this answer's `data`."""

    method: str
    path: str
    body: Value = None
    query: Value = None
    form: bool = False
    keep: Callable[[Any, Context], None] | None = None
    label: str = ""
    setup: Callable[[FakeFastGPT, Context], None] | None = None
    """Runs on the server before the request (attach a dataset, script training)."""

    @property
    def operation(self) -> tuple[str, str]:
        return (self.method, self.path)

    @property
    def id(self) -> str:
        return f"{self.method} {self.path}" + (f" ({self.label})" if self.label else "")


def _value(value: Value, context: Context) -> Any:
    return value(context) if callable(value) else value


def _put(name: str, read: Callable[[Any], Any] = lambda data: data) -> Callable[[Any, Context], None]:
    def keep(data: Any, context: Context) -> None:
        context[name] = read(data)

    return keep


def _app(context: Context, **fields: Any) -> dict[str, Any]:
    return {"appId": context["app_id"], **fields}


def _chat(message: str, chat_id: str, **fields: Any) -> Callable[[Context], dict[str, Any]]:
    return lambda c: _app(c, chatId=chat_id, messages=[{"role": "user", "content": message}], **fields)


def _first_quote(body: Any) -> dict[str, Any]:
    """The first chunk the answer's "Knowledge Search" node quoted."""
    for node in body.get("responseData") or []:
        for quote in node.get("quoteList") or []:
            return dict(quote)
    raise AssertionError(f"the answer cited nothing: {body}")


CHAT = "/api/core/chat"
DATASET = "/api/core/dataset"
SCENARIO: list[Step] = [
    Step(
        "POST", "/api/v1/chat/completions", _chat("Hello", CHAT_1, responseChatItemId=ANSWER_1, stream=False)
    ),
    Step(
        "POST", "/api/v1/chat/completions", _chat("Again", CHAT_1, stream=False, detail=True), label="detail"
    ),
    Step("POST", "/api/v2/chat/completions", _chat("Hi", CHAT_2, stream=False, detail=True)),
    Step("POST", "/api/v2/chat/completions", _chat("Hi", CHAT_2, stream=False), label="plain"),
    Step("POST", "/api/v2/chat/stop", lambda c: _app(c, chatId=CHAT_2)),
    Step("POST", f"{CHAT}/history/getHistories", lambda c: _app(c, offset=0, pageSize=10)),
    Step("GET", f"{CHAT}/init", query=lambda c: _app(c, chatId=CHAT_1)),
    Step("PUT", f"{CHAT}/history/updateHistory", lambda c: _app(c, chatId=CHAT_1, customTitle="Renamed")),
    Step(
        "POST", f"{CHAT}/record/getPaginationRecords", lambda c: _app(c, chatId=CHAT_1, offset=0, pageSize=10)
    ),
    Step("GET", f"{CHAT}/record/getResData", query=lambda c: _app(c, chatId=CHAT_1, dataId=ANSWER_1)),
    Step(
        "POST",
        f"{CHAT}/feedback/updateUserFeedback",
        lambda c: _app(c, chatId=CHAT_1, dataId=ANSWER_1, userGoodFeedback="yes"),
    ),
    Step("POST", "/api/core/ai/agent/v2/createQuestionGuide", lambda c: _app(c, chatId=CHAT_1)),
    Step(
        "POST",
        f"{CHAT}/file/presignChatFilePostUrl",
        lambda c: _app(c, chatId=CHAT_1, filename="notes.txt"),
        keep=_put("file_key", lambda data: data["key"]),
    ),
    Step(
        "POST",
        f"{CHAT}/file/presignChatFileGetUrl",
        lambda c: _app(c, chatId=CHAT_1, key=c["file_key"]),
    ),
    Step("DELETE", f"{CHAT}/record/delete", lambda c: _app(c, chatId=CHAT_1, contentId=ANSWER_1)),
    Step("DELETE", f"{CHAT}/history/delHistory", query=lambda c: _app(c, chatId=CHAT_2)),
    Step("POST", f"{CHAT}/history/batchDelete", lambda c: _app(c, chatIds=[CHAT_1])),
    Step("DELETE", f"{CHAT}/history/clearHistories", query=lambda c: _app(c)),
    Step(
        "POST",
        f"{DATASET}/create",
        {"name": "Docs", "type": "dataset", "intro": "", "avatar": "core/dataset/commonDatasetColor"},
        keep=_put("dataset_id"),
    ),
    Step("POST", f"{DATASET}/list", {}),
    Step("GET", f"{DATASET}/detail", query=lambda c: {"id": c["dataset_id"]}),
    Step(
        "POST",
        f"{DATASET}/collection/create",
        lambda c: {"datasetId": c["dataset_id"], "name": "notes", "type": "virtual"},
        keep=_put("collection_id"),
    ),
    Step(
        "POST",
        f"{DATASET}/collection/create/text",
        lambda c: {
            "datasetId": c["dataset_id"],
            "name": "manual",
            "text": "FastGPT is an AI agent platform.",
        },
        keep=_put("text_collection_id", lambda data: data["collectionId"]),
    ),
    Step(
        "POST",
        f"{DATASET}/collection/create/link",
        lambda c: {"datasetId": c["dataset_id"], "link": "https://example.com/docs"},
    ),
    Step(
        "POST",
        f"{DATASET}/collection/create/localFile",
        lambda c: {
            "file": b"FastGPT answers from datasets.\n",
            "data": json.dumps({"datasetId": c["dataset_id"]}),
        },
        form=True,
    ),
    Step(
        "POST",
        f"{DATASET}/collection/listV2",
        lambda c: {"datasetId": c["dataset_id"], "offset": 0, "pageSize": 10},
    ),
    Step("GET", f"{DATASET}/collection/detail", query=lambda c: {"id": c["text_collection_id"]}),
    Step("POST", f"{DATASET}/collection/update", lambda c: {"id": c["collection_id"], "name": "renamed"}),
    Step(
        "POST",
        f"{DATASET}/data/pushData",
        lambda c: {
            "collectionId": c["collection_id"],
            "data": [{"q": "What is FastGPT?", "a": "A platform."}],
        },
    ),
    Step(
        "POST",
        f"{DATASET}/data/v2/list",
        lambda c: {"collectionId": c["collection_id"], "offset": 0, "pageSize": 10},
        keep=_put("data_id", lambda data: data["list"][0]["_id"]),
    ),
    Step("GET", f"{DATASET}/data/detail", query=lambda c: {"id": c["data_id"]}),
    Step(
        "PUT",
        f"{DATASET}/data/update",
        lambda c: {"dataId": c["data_id"], "q": "What is FastGPT?", "a": "An AI platform."},
    ),
    Step("POST", f"{DATASET}/searchTest", lambda c: {"datasetId": c["dataset_id"], "text": "FastGPT"}),
    # -- 4.16 operations the SDK added: a chat that cites the dataset, its state, records by
    # cursor and citations, the app's logs, training progress and an API-dataset import
    Step(
        "POST",
        "/api/v1/chat/completions",
        _chat("What is FastGPT?", CHAT_3, responseChatItemId=ANSWER_3, stream=False, detail=True),
        label="cites the dataset",
        setup=lambda server, c: server.attach_dataset("assistant", c["dataset_id"]),
        keep=_put("quote", _first_quote),
    ),
    Step("POST", f"{CHAT}/history/getHistoryStatus", lambda c: _app(c, chatIds=[CHAT_3, "unknown-chat"])),
    Step("POST", f"{CHAT}/history/markRead", lambda c: _app(c, chatId=CHAT_3)),
    Step("POST", f"{CHAT}/record/getRecords_v2", lambda c: _app(c, chatId=CHAT_3, pageSize=10)),
    Step(
        "POST",
        f"{CHAT}/record/getRecords_v2",
        lambda c: _app(c, chatId=CHAT_3, pageSize=1, prevId=ANSWER_3),
        label="before an answer",
    ),
    Step(
        "POST",
        f"{CHAT}/record/getQuote",
        lambda c: _app(
            c,
            chatId=CHAT_3,
            chatItemDataId=ANSWER_3,
            datasetDataIdList=[c["quote"]["id"]],
            collectionIdList=[c["quote"]["collectionId"]],
        ),
    ),
    Step(
        "POST",
        f"{CHAT}/record/getCollectionQuote",
        lambda c: _app(
            c,
            chatId=CHAT_3,
            chatItemDataId=ANSWER_3,
            collectionId=c["quote"]["collectionId"],
            initialId=c["quote"]["id"],
            anchor=c["quote"]["chunkIndex"],
            pageSize=15,
        ),
    ),
    Step("POST", "/api/core/app/logs/list", lambda c: _app(c, offset=0, pageSize=10, **SINCE)),
    Step("POST", "/api/core/app/logs/getUsers", lambda c: _app(c, **SINCE)),
    Step(
        "POST",
        f"{DATASET}/collection/create/text",
        lambda c: {
            "datasetId": c["dataset_id"],
            "name": "failing",
            "text": "alpha\n\nbeta",
            "chunkSettingMode": "custom",
            "chunkSplitMode": "char",
            "chunkSplitter": "\n\n",
        },
        label="scripted training",
        setup=lambda server, c: server.script_training(steps=1, fail=[1]),
        keep=_put("training_collection_id", lambda data: data["collectionId"]),
    ),
    Step(
        "GET",
        f"{DATASET}/collection/trainingDetail",
        query=lambda c: {"collectionId": c["training_collection_id"]},
    ),
    Step(
        "POST",
        f"{DATASET}/training/getTrainingError",
        lambda c: {"collectionId": c["training_collection_id"], "offset": 0, "pageSize": 10},
    ),
    Step(
        "GET", f"{DATASET}/training/getDatasetTrainingQueue", query=lambda c: {"datasetId": c["dataset_id"]}
    ),
    Step(
        "POST",
        f"{DATASET}/collection/listV2",
        lambda c: {"datasetId": c["dataset_id"], "offset": 0, "pageSize": 10},
        label="with a failed training item",
    ),
    Step(
        "GET",
        f"{DATASET}/collection/detail",
        query=lambda c: {"id": c["training_collection_id"]},
        label="with a failed training item",
    ),
    Step(
        "POST",
        f"{DATASET}/create",
        {"name": "Files", "type": "apiDataset", "intro": "", "avatar": "core/dataset/externalDatasetColor"},
        label="an API dataset",
        keep=_put("api_dataset_id"),
    ),
    Step(
        "POST",
        f"{DATASET}/collection/create/apiCollection",
        lambda c: {"datasetId": c["api_dataset_id"], "name": "handbook.md", "apiFileId": "file-1"},
    ),
    Step("DELETE", f"{DATASET}/data/delete", query=lambda c: {"id": c["data_id"]}),
    Step("POST", f"{DATASET}/collection/delete", lambda c: {"collectionIds": [c["collection_id"]]}),
    Step("DELETE", f"{DATASET}/delete", query=lambda c: {"id": c["dataset_id"]}),
]

_OBJECT_ID = {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}
_TRAINING_ITEM = {
    "type": "object",
    "properties": {
        **{name: _OBJECT_ID for name in ("_id", "teamId", "tmbId", "datasetId", "collectionId")},
        "billId": {"type": "string"},
        "expireAt": {"type": "string"},
        "lockTime": {"type": "string"},
        "mode": {"enum": ["parse", "chunk", "qa", "auto", "image", "imageParse"]},
        "dataId": _OBJECT_ID,
        "q": {"type": "string"},
        "a": {"type": "string"},
        "imageId": {"type": "string"},
        "imageDescMap": {"type": "object", "additionalProperties": {"type": "string"}},
        "dataMetadata": {"type": "object"},
        "chunkIndex": {"type": "number"},
        "indexSize": {"type": "number"},
        "weight": {"type": "number"},
        "indexes": {"type": "array"},
        "retryCount": {"type": "number"},
        "errorMsg": {"type": "string"},
        "userId": _OBJECT_ID,
    },
    "required": [
        "_id",
        "teamId",
        "tmbId",
        "datasetId",
        "collectionId",
        "expireAt",
        "lockTime",
        "mode",
        "q",
        "a",
        "chunkIndex",
        "weight",
        "indexes",
        "retryCount",
    ],
    "additionalProperties": False,
}
DEV_API_RESPONSE_SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    # FastGPT's Dev API document gives these no response schema; their handlers end in
    # `ResponseSchema.parse()` with the zod schemas of packages/global/openapi/core/dataset/
    # training/api.ts at 2f072bd1 (`GetTrainingErrorResponseSchema` = PaginationResponseSchema of
    # `TrainingErrorItemSchema`, DatasetTrainingSchema with an optional billId), written out here.
    ("POST", "/api/core/dataset/training/getTrainingError"): {
        "type": "object",
        "properties": {"total": {"type": "number"}, "list": {"type": "array", "items": _TRAINING_ITEM}},
        "additionalProperties": False,
    },
    ("GET", "/api/core/dataset/training/getDatasetTrainingQueue"): {
        "type": "object",
        "properties": {"rebuildingCount": {"type": "number"}, "trainingCount": {"type": "number"}},
        "required": ["rebuildingCount", "trainingCount"],
        "additionalProperties": False,
    },
}
"""Answer schemas of operations FastGPT's documents leave without one (data: void ones aside)."""

# Operations of our spec whose 4.16 answer the scenario does not validate, with why.
NOT_VALIDATED = {
    ("GET", "/api/proApi/core/app/logs/getTotalData"): (
        "commercial edition only: the emulator answers like an open-source FastGPT (an error envelope)"
    ),
    ("POST", "/api/proApi/core/app/logs/getChartData"): (
        "commercial edition only: the emulator answers like an open-source FastGPT (an error envelope)"
    ),
    ("POST", "/api/core/chat/item/delete"): "4.14-only (ONLY_4_14 of test_upstream_operations): not in 4.16",
}


@dataclass
class Answer:
    step: Step
    request_problems: list[str]
    status: int
    body: Any
    text: str = field(repr=False, default="")


def _send(http: httpx.Client, step: Step, context: Context, key: str) -> Answer:
    body = _value(step.body, context)
    query = _value(step.query, context)
    content_type = "multipart/form-data" if step.form else "application/json"
    problems = upstream.validate_request(step.method, step.path, body, query, content_type=content_type)
    headers = {"Authorization": f"Bearer {key}"}
    if step.form:
        files = {"file": ("notes.txt", body["file"], "text/plain")}
        response = http.request(
            step.method, step.path, params=query, files=files, data={"data": body["data"]}, headers=headers
        )
    else:
        response = http.request(step.method, step.path, params=query, json=body, headers=headers)
    try:
        decoded = response.json()
    except ValueError:
        decoded = None
    answer = Answer(step, problems, response.status_code, decoded, response.text[:500])
    if step.keep is not None and response.status_code == 200 and isinstance(decoded, Mapping):
        step.keep(decoded if step.path in COMPLETIONS else decoded.get("data"), context)
    return answer


@pytest.fixture(scope="module")
def answers() -> Iterator[dict[str, Answer]]:
    with FakeFastGPT() as server, httpx.Client(base_url=server.base_url, timeout=30) as http:
        context: Context = {"app_id": server.default_app_id}
        found: dict[str, Answer] = {}
        for step in SCENARIO:
            if step.setup is not None:
                step.setup(server, context)
            found[step.id] = _send(http, step, context, server.api_key)
        yield found


def _data_problems(answer: Answer) -> list[str]:
    step = answer.step
    if answer.status != 200 or not isinstance(answer.body, Mapping):
        return [f"HTTP {answer.status}: {answer.text}"]
    if step.path in COMPLETIONS:
        return upstream.validate_response(step.method, step.path, answer.body)
    if answer.body.get("code") != 200:
        return [f"an error envelope: {answer.text}"]
    local = DEV_API_RESPONSE_SCHEMAS.get(step.operation)
    if local is not None and upstream.response_schema(step.method, step.path) is None:
        return upstream.validate(local, answer.body.get("data"), "data")
    return upstream.validate_response(step.method, step.path, answer.body.get("data"))


@pytest.mark.parametrize("step", SCENARIO, ids=lambda step: step.id)
def test_emulator_answer_is_fastgpt_4_16s(step: Step, answers: dict[str, Answer]) -> None:
    answer = answers[step.id]
    assert answer.request_problems == [], (
        f"the scenario's request is not one 4.16 accepts: {answer.request_problems}"
    )
    problems = _data_problems(answer)
    assert problems == [], f"{step.id}: the emulator's answer is not FastGPT 4.16's:\n  " + "\n  ".join(
        problems
    )


@functools.cache
def _spec_operations() -> frozenset[tuple[str, str]]:
    spec = yaml.safe_load((upstream.ROOT / "openapi" / "fastgpt.yaml").read_text(encoding="utf-8"))
    return frozenset(
        (m.upper(), p) for p, item in spec["paths"].items() for m in item if m in upstream.HTTP_METHODS
    )


def test_the_scenario_covers_every_operation() -> None:
    covered = {step.operation for step in SCENARIO}
    missing = sorted(_spec_operations() - covered - set(NOT_VALIDATED))
    assert not missing, f"add these operations to SCENARIO (or NOT_VALIDATED, with why): {missing}"
    stale = sorted(set(NOT_VALIDATED) - _spec_operations())
    assert not stale, f"NOT_VALIDATED names operations our spec no longer has: {stale}"
    for operation in covered:
        assert upstream.operation(*operation) is not None, f"{operation} is not a FastGPT 4.16 operation"


def test_the_training_errors_scenario_has_a_failed_item(answers: dict[str, Answer]) -> None:
    """The getTrainingError answer validated above is not an empty list (the scripted failure)."""
    answer = answers[f"POST {DATASET}/training/getTrainingError"]
    assert answer.body["data"]["total"] == 1
    assert upstream.validate(DEV_API_RESPONSE_SCHEMAS[answer.step.operation], {"list": [{"q": "x"}]}, "data")


def test_a_phantom_field_is_caught() -> None:
    """The check bites: a field FastGPT 4.16 never sends fails validation."""
    assert upstream.validate_response("POST", f"{DATASET}/data/pushData", {"insertLen": 1, "overToken": []})
    assert upstream.validate_response("POST", f"{DATASET}/data/pushData", {"insertLen": 1}) == []

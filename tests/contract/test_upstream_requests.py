"""Every request every public method sends validates against FastGPT 4.16.0's own request schemas.

The requests are captured on a real socket by `Recorder`, a small HTTP server of this module
(not the emulator: what is checked must not depend on the emulator accepting it). It answers
every route with a minimal valid 4.16 envelope (`ANSWERS`, themselves checked against FastGPT's
response schemas) so that each method runs to its end, and "no such route" with Next.js's
HTML 404 page, as FastGPT does. `METHOD_CALLS` calls every public method of `ChatClient`,
`DatasetClient` and `AppClient` once with only what it requires and once with every option;
each request must validate (`upstream.validate_request`, body and query; multipart for the file
collection) and carry no field FastGPT drops (`upstream.unknown_request_fields`). Where
FastGPT's own document is wrong, `upstream.KNOWN_WRONG` corrects it, with the reason.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from fastgpt_client import (
    AppClient,
    AsyncAppClient,
    AsyncChatClient,
    AsyncChatStream,
    AsyncDatasetClient,
    ChatClient,
    ChatCompletion,
    ChatStream,
    ChunkSettings,
    DatasetClient,
    InteractivePrompt,
)
from fastgpt_client._plan import CHAT_KEYS, REQUEST_KEYS
from tests.contract import upstream

KEY = "fastgpt-contract0000000000000000000000000000000000000000"
# FastGPT's ids are 24 hex digits (ObjectIdSchema); chat and record ids are free strings.
APP_ID = "68ad85a7463006c963799a05"
DATASET_ID = "68ad85a7463006c963799a06"
COLLECTION_ID = "68ad85a7463006c963799a07"
DATA_ID = "68ad85a7463006c963799a08"
PARENT_ID = "68ad85a7463006c963799a09"
TEAM_ID = "68ad85a7463006c963799a0a"
CHAT_ID = "chat-contract-1"
RECORD_ID = "record-contract-1"
STORAGE = "/fake-storage/"
TIME = "2026-08-20T08:00:00.000Z"

# -- the answers: minimal valid FastGPT 4.16 envelopes ---------------------------------------------

_PERMISSION = {
    "role": 4,
    "isOwner": True,
    "hasManagePer": True,
    "hasWritePer": True,
    "hasReadPer": True,
    "hasManageRole": True,
    "hasWriteRole": True,
    "hasReadRole": True,
}
_VECTOR_MODEL = {
    "provider": "OpenAI",
    "model": "text-embedding-3-small",
    "name": "text-embedding-3-small",
    "type": "embedding",
    "defaultToken": 512,
    "maxToken": 3000,
    "weight": 0,
}
_AGENT_MODEL = {
    "provider": "OpenAI",
    "model": "gpt-4o-mini",
    "name": "gpt-4o-mini",
    "type": "llm",
    "maxContext": 128000,
    "maxResponse": 16000,
    "quoteMaxToken": 60000,
}
_DATASET = {
    "_id": DATASET_ID,
    "teamId": TEAM_ID,
    "tmbId": TEAM_ID,
    "updateTime": TIME,
    "inheritPermission": True,
    "avatar": "core/dataset/commonDatasetColor",
    "name": "Docs",
    "intro": "",
    "type": "dataset",
    "status": "active",
    "vectorModel": _VECTOR_MODEL,
    "agentModel": _AGENT_MODEL,
    "permission": _PERMISSION,
}
_TRAINING = {
    "trainingAmount": 0,
    "activeTrainingAmount": 0,
    "finalErrorAmount": 0,
    "hasError": False,
    "slowestTrainingStatus": "ready",
}
_DATA = {
    "q": "What is FastGPT?",
    "a": "An AI agent platform.",
    "id": DATA_ID,
    "teamId": TEAM_ID,
    "datasetId": DATASET_ID,
    "collectionId": COLLECTION_ID,
    "updateTime": TIME,
    "sourceName": "notes",
    "chunkIndex": 0,
    "indexes": [{"type": "default", "dataId": "vector-1", "text": "What is FastGPT?"}],
    "isOwner": True,
}

ANSWERS: dict[tuple[str, str], Any] = {
    ("POST", "/api/v2/chat/stop"): {"success": True, "completed": True, "chatGenerateStatus": 1},
    ("POST", "/api/core/chat/history/getHistories"): {
        "list": [{"chatId": CHAT_ID, "updateTime": TIME, "title": "Hello", "appId": APP_ID, "top": False}],
        "total": 1,
    },
    ("GET", "/api/core/chat/init"): {
        "chatId": CHAT_ID,
        "appId": APP_ID,
        "title": "Hello",
        "variables": {},
        "app": {
            "chatConfig": {},
            "name": "Assistant",
            "avatar": "",
            "intro": "",
            "type": "simple",
            "pluginInputs": [],
        },
    },
    ("PUT", "/api/core/chat/history/updateHistory"): None,
    ("DELETE", "/api/core/chat/history/delHistory"): None,
    ("DELETE", "/api/core/chat/history/clearHistories"): None,
    ("POST", "/api/core/chat/history/batchDelete"): None,
    ("POST", "/api/core/chat/record/getPaginationRecords"): {
        "list": [
            # FastGPT 4.16 adds `type` to every value item ("适配旧版", getPaginationRecords.ts)
            {
                "_id": DATA_ID,
                "dataId": "q-1",
                "obj": "Human",
                "value": [{"type": "text", "text": {"content": "Hi"}}],
            },
            {
                "_id": COLLECTION_ID,
                "dataId": RECORD_ID,
                "obj": "AI",
                "value": [{"type": "text", "text": {"content": "Hello"}}],
            },
        ],
        "total": 2,
    },
    ("GET", "/api/core/chat/record/getResData"): [
        {"id": "node-run-1", "nodeId": "node-1", "moduleName": "AI Chat", "moduleType": "chatNode"}
    ],
    ("DELETE", "/api/core/chat/record/delete"): None,
    ("POST", "/api/core/chat/feedback/updateUserFeedback"): None,
    ("POST", "/api/core/ai/agent/v2/createQuestionGuide"): ["What else?", "Why?"],
    ("POST", "/api/core/chat/history/getHistoryStatus"): {
        "list": [{"chatId": CHAT_ID, "updateTime": TIME, "chatGenerateStatus": 1, "hasBeenRead": True}]
    },
    ("POST", "/api/core/chat/history/markRead"): None,
    ("POST", "/api/core/chat/record/getRecords_v2"): {
        "list": [
            {"obj": "Human", "value": [{"text": {"content": "Hi"}}], "dataId": "q-1", "id": "q-1"},
            {"obj": "AI", "value": [{"text": {"content": "Hello"}}], "dataId": RECORD_ID, "id": RECORD_ID},
        ],
        "total": 2,
        "hasMorePrev": False,
        "hasMoreNext": False,
    },
    ("POST", "/api/core/chat/record/getQuote"): [
        {"_id": DATA_ID, "q": "What?", "updateTime": TIME, "index": 0}
    ],
    ("POST", "/api/core/chat/record/getCollectionQuote"): {
        "list": [{"_id": DATA_ID, "id": DATA_ID, "q": "What?", "updateTime": TIME, "index": 0, "anchor": 0}],
        "hasMorePrev": False,
        "hasMoreNext": False,
    },
    ("POST", "/api/core/app/logs/list"): {
        "list": [{"_id": PARENT_ID, "chatId": CHAT_ID, "source": "api", "updateTime": TIME}],
        "total": 1,
    },
    ("POST", "/api/core/app/logs/getUsers"): {
        "list": [{"outLinkUid": None, "tmbId": TEAM_ID, "name": "Member", "count": 1}]
    },
    ("POST", "/api/core/dataset/collection/create/apiCollection"): None,
    ("GET", "/api/core/dataset/collection/trainingDetail"): {
        "trainingType": "chunk",
        "advancedTraining": {"customPdfParse": False, "imageIndex": False, "autoIndexes": False},
        "queuedCounts": {"chunk": 0},
        "trainingCounts": {"chunk": 0},
        "errorCounts": {"chunk": 0},
        "trainedCount": 1,
    },
    ("POST", "/api/core/dataset/training/getTrainingError"): {"list": [], "total": 0},
    ("GET", "/api/core/dataset/training/getDatasetTrainingQueue"): {"rebuildingCount": 0, "trainingCount": 0},
    # presignChatFilePostUrl is answered by `_presigned` (its URL points back at this server)
    ("GET", "/api/proApi/core/app/logs/getTotalData"): {"totalUsers": 1, "totalChats": 2, "totalPoints": 3},
    ("POST", "/api/proApi/core/app/logs/getChartData"): {"userData": [], "chatData": [], "appData": []},
    ("POST", "/api/core/dataset/create"): DATASET_ID,
    ("POST", "/api/core/dataset/list"): [
        {
            **{k: _DATASET[k] for k in ("_id", "tmbId", "avatar", "updateTime", "name", "intro", "type")},
            "permission": _PERMISSION,
            "vectorModel": _VECTOR_MODEL,
            "inheritPermission": True,
        }
    ],
    ("GET", "/api/core/dataset/detail"): _DATASET,
    ("DELETE", "/api/core/dataset/delete"): None,
    ("POST", "/api/core/dataset/collection/create"): COLLECTION_ID,
    ("POST", "/api/core/dataset/collection/create/text"): {
        "collectionId": COLLECTION_ID,
        "results": {"insertLen": 1},
    },
    ("POST", "/api/core/dataset/collection/create/link"): {
        "collectionId": COLLECTION_ID,
        "results": {"insertLen": 1},
    },
    ("POST", "/api/core/dataset/collection/create/localFile"): {
        "collectionId": COLLECTION_ID,
        "results": {"insertLen": 1},
    },
    ("POST", "/api/core/dataset/collection/listV2"): {
        "list": [
            {
                "_id": COLLECTION_ID,
                "parentId": None,
                "tmbId": TEAM_ID,
                "name": "notes",
                "type": "virtual",
                "createTime": TIME,
                "updateTime": TIME,
                "permission": _PERMISSION,
                "dataAmount": 1,
                **_TRAINING,
            }
        ],
        "total": 1,
    },
    ("GET", "/api/core/dataset/collection/detail"): {
        "_id": COLLECTION_ID,
        "teamId": TEAM_ID,
        "tmbId": TEAM_ID,
        "datasetId": DATASET_ID,
        "name": "notes",
        "type": "virtual",
        "createTime": TIME,
        "updateTime": TIME,
        "dataset": {  # the collection's dataset names its models (strings, not model objects)
            **{k: v for k, v in _DATASET.items() if k not in ("status", "permission")},
            "vectorModel": _VECTOR_MODEL["model"],
            "agentModel": _AGENT_MODEL["model"],
        },
        "sourceName": "notes",
        "permission": _PERMISSION,
        "indexAmount": 1,
        **_TRAINING,
    },
    ("POST", "/api/core/dataset/collection/update"): None,
    ("POST", "/api/core/dataset/collection/delete"): None,
    ("POST", "/api/core/dataset/data/pushData"): {"insertLen": 1},
    ("POST", "/api/core/dataset/data/v2/list"): {
        "list": [{"_id": DATA_ID, "datasetId": DATASET_ID, "collectionId": COLLECTION_ID, "q": "What?"}],
        "total": 1,
    },
    ("GET", "/api/core/dataset/data/detail"): _DATA,
    ("PUT", "/api/core/dataset/data/update"): {"q": _DATA["q"], "a": _DATA["a"]},
    ("DELETE", "/api/core/dataset/data/delete"): None,
    ("POST", "/api/core/dataset/searchTest"): {
        "list": [
            {
                **{k: _DATA[k] for k in ("id", "q", "a", "datasetId", "collectionId", "updateTime")},
                **{k: _DATA[k] for k in ("sourceName", "chunkIndex")},
                "score": [{"type": "embedding", "value": 0.9, "index": 0}],
            }
        ],
        "duration": "0.12s",
        "limit": 5000,
        "searchMode": "embedding",
        "usingReRank": False,
        "similarity": 0,
    },
}

# A completion whose "Knowledge Search" node cited a chunk (what `get_answer_quotes` reads).
CITING_ANSWER = ChatCompletion.from_json(
    {
        "id": CHAT_ID,
        "choices": [{"message": {"role": "assistant", "content": "It is a platform."}, "index": 0}],
        "responseData": [
            {
                "id": "node-run-2",
                "nodeId": "search",
                "moduleName": "Knowledge Search",
                "moduleType": "datasetSearchNode",
                "quoteList": [{"id": DATA_ID, "collectionId": COLLECTION_ID, "q": "What?", "a": ""}],
            }
        ],
    },
    chat_id=CHAT_ID,
    response_chat_item_id=RECORD_ID,
)

COMPLETION = {
    "id": CHAT_ID,
    "model": "",
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
    "choices": [{"message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop", "index": 0}],
}


def _frame(data: object, event: str | None = None) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return (f"event: {event}\n" if event else "") + f"data: {text}\n\n"


def _chunk(content: str | None = None, finish: str | None = None) -> dict[str, Any]:
    delta = {} if content is None else {"role": "assistant", "content": content}
    return {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [{"delta": delta, "index": 0, "finish_reason": finish}],
    }


def completion_stream(version: str, detail: bool) -> str:
    """An answer stream in FastGPT 4.16's order (v1 detail: `flowResponses` before `[DONE]`)."""
    event = "answer" if detail else None
    node = {"id": "node-run-1", "nodeId": "node-1", "moduleName": "AI Chat", "moduleType": "chatNode"}
    frames = [_frame({"status": "running", "name": "AI Chat"}, "flowNodeStatus")] if detail else []
    frames += [_frame(_chunk("Hel"), event), _frame(_chunk("lo!"), event)]
    if detail and version == "v2":
        frames += [_frame(node, "flowNodeResponse"), _frame({"durationSeconds": 0.5}, "workflowDuration")]
    frames.append(_frame(_chunk(finish="stop"), event))
    if detail and version == "v1":
        frames.append(_frame([node], "flowResponses"))
    frames.append(_frame("[DONE]", event))
    return "".join(frames)


# -- the recording server ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """One request as it arrived: the query's values (lists for repeated names), and the body
    decoded (JSON; a multipart form as `{field: str | bytes}`; raw bytes for storage PUTs)."""

    method: str
    path: str
    query: dict[str, Any]
    content_type: str
    body: Any

    @property
    def storage(self) -> bool:
        """A PUT to the presigned storage URL: not a FastGPT route, not validated."""
        return self.path.startswith(STORAGE)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _form(content_type: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        fields[str(name)] = payload if part.get_filename() is not None else payload.decode("utf-8")
    return fields


def decode_body(content_type: str, raw: bytes) -> Any:
    if not raw:
        return None
    if content_type.startswith("application/json"):
        return json.loads(raw)
    if content_type.startswith("multipart/form-data"):
        return _form(content_type, raw)
    return raw


NOT_FOUND_PAGE = b"<!DOCTYPE html><html><head><title>404: This page could not be found</title></head></html>"


class Recorder:
    """A FastGPT 4.16 stand-in on a loopback port that records every request it gets."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms delayed-ACK stall

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlsplit(self.path)
                query = {
                    k: v[0] if len(v) == 1 else v
                    for k, v in parse_qs(url.query, keep_blank_values=True).items()
                }
                content_type = self.headers.get("Content-Type", "")
                request = Recorded(
                    self.command, url.path, query, content_type.split(";")[0], decode_body(content_type, raw)
                )
                with recorder._lock:
                    recorder.requests.append(request)
                status, kind, content = recorder.answer(request)
                self.send_response(status)
                if kind:
                    self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="Recorder", daemon=True
        )
        self._thread.start()
        # One connection pool for the sync clients of all calls (an httpx client per call would
        # build an SSL context each time); the SDK builds every request itself either way.
        self.http = httpx.Client(follow_redirects=True)

    def close(self) -> None:
        self.http.close()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    def sent(self) -> list[Recorded]:
        with self._lock:
            return list(self.requests)

    def answer(self, request: Recorded) -> tuple[int, str, bytes]:
        if request.storage:
            return 200, "", b""
        if (
            request.path in ("/api/v1/chat/completions", "/api/v2/chat/completions")
            and request.method == "POST"
        ):
            body = request.body if isinstance(request.body, dict) else {}
            if body.get("stream"):
                version = request.path.split("/")[2]
                text = completion_stream(version, bool(body.get("detail")))
                return 200, "text/event-stream;charset=utf-8", text.encode("utf-8")
            return 200, "application/json", json.dumps(COMPLETION).encode("utf-8")
        key = (request.method, request.path)
        if key == ("POST", "/api/core/chat/file/presignChatFilePostUrl"):
            return _envelope(self.presigned(request))
        if key == ("POST", "/api/core/chat/file/presignChatFileGetUrl"):
            return _envelope(f"{self.base_url}{STORAGE}chat/notes.txt?signature=read")
        if key in ANSWERS:
            return _envelope(ANSWERS[key])
        return 404, "text/html; charset=utf-8", NOT_FOUND_PAGE

    def presigned(self, request: Recorded) -> dict[str, Any]:
        name = (request.body or {}).get("filename", "file") if isinstance(request.body, dict) else "file"
        key = f"chat/{APP_ID}/{CHAT_ID}/{name}"
        return {
            "url": f"{self.base_url}{STORAGE}{key}",
            "key": key,
            "headers": {"Content-Type": "text/plain"},
            "previewUrl": f"{self.base_url}{STORAGE}{key}?preview=1",
            "maxSize": 10_000_000,
            "uploadMode": "single",
        }


def _envelope(data: Any) -> tuple[int, str, bytes]:
    body = {"code": 200, "statusText": "", "message": "", "data": data}
    return 200, "application/json", json.dumps(body, ensure_ascii=False).encode("utf-8")


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    server = Recorder()
    try:
        yield server
    finally:
        server.close()


# -- calling the clients -----------------------------------------------------------------------------

CLIENTS: dict[str, tuple[type[Any], type[Any]]] = {
    "chat": (ChatClient, AsyncChatClient),
    "dataset": (DatasetClient, AsyncDatasetClient),
    "app": (AppClient, AsyncAppClient),
}


@dataclass(frozen=True)
class Call:
    """One call of a public method: `full` passes every option (see the guard tests)."""

    method: str
    variant: str
    client: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict[str, Any])
    full: bool = False

    @property
    def id(self) -> str:
        return f"{self.method}[{self.variant}]"


def run_sync(call: Call, recorder: Recorder) -> None:
    """Makes `call` with a sync client against `recorder` (a stream read to its end, an iterator
    exhausted)."""
    cls = CLIENTS[call.client][0]
    with cls(
        api_key=KEY, base_url=recorder.base_url, app_id=APP_ID, max_retries=0, http_client=recorder.http
    ) as client:
        result = getattr(client, call.method)(*call.args, **call.kwargs)
        if isinstance(result, ChatStream):
            with result:
                result.get_final_completion()
        elif isinstance(result, Iterator):
            list(result)


async def run_async(call: Call, base_url: str) -> None:
    async with CLIENTS[call.client][1](
        api_key=KEY, base_url=base_url, app_id=APP_ID, max_retries=0
    ) as client:
        result = getattr(client, call.method)(*call.args, **call.kwargs)
        if isinstance(result, AsyncIterator):
            _ = [item async for item in result]
            return
        result = await result
        if isinstance(result, AsyncChatStream):
            async with result:
                await result.get_final_completion()


def request_problems(requests: list[Recorded]) -> list[str]:
    """What FastGPT 4.16.0 would reject or drop in `requests` (storage PUTs are not FastGPT's)."""
    problems: list[str] = []
    for request in requests:
        if request.storage:
            continue
        content_type = request.content_type or "application/json"
        found = upstream.validate_request(
            request.method, request.path, request.body, request.query, content_type=content_type
        )
        found += upstream.unknown_request_fields(
            request.method, request.path, request.body, content_type=content_type
        )
        problems += [f"{request}: {problem}" for problem in found]
    return problems


def report(call: Call, sent: list[Recorded], error: Exception | None) -> None:
    """Fails with every problem of what `call` sent, and the error it raised, if any."""
    problems = request_problems(sent)
    lines = [f"{call.id} sent {', '.join(map(str, sent)) or 'nothing'}", *problems]
    if error is not None:
        lines.append(f"and raised {type(error).__name__}: {error}")
    if not sent or problems or error is not None:
        pytest.fail("\n  ".join(lines), pytrace=False)


# -- the table of calls ---------------------------------------------------------------------------------


def _prompt(kind: str) -> InteractivePrompt:
    """The prompt of FastGPT's own `interactive<kind>` response example (v1)."""
    examples = upstream.load(upstream.COMPLETION_EXAMPLES)["POST /api/v1/chat/completions"]
    value = examples["response_examples_application_json"][f"interactive{kind}"]["value"]
    prompt = InteractivePrompt.from_payload(value["choices"][0]["message"]["content"][0]["interactive"])
    assert prompt is not None, kind
    return prompt


SELECT = _prompt("UserSelect")
FORM = _prompt("UserInput")
FORM_ANSWER = {"测试 1": "这是输入框的内容", "测试 2": 666}  # chat.mdx's continuation example

# Every message shape the SDK builds or passes: text, parts (text, image, file), a system prompt,
# an earlier assistant turn without content, a tool answer, and ChatFile parts with their key.
MESSAGES: list[dict[str, Any]] = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Earlier question"},
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call-1", "type": "function", "function": {"name": "search", "arguments": "{}"}}
        ],
    },
    {"role": "tool", "tool_call_id": "call-1", "content": "result"},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is on this page?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
            {"type": "file_url", "name": "a.pdf", "url": "https://example.com/a.pdf"},
            {"type": "image_url", "image_url": {"url": "https://example.com/b.png"}, "key": "chat/b.png"},
            {"type": "file_url", "name": "c.pdf", "url": "https://example.com/c.pdf", "key": "chat/c.pdf"},
        ],
    },
]
CHAT_OPTIONS: dict[str, Any] = {
    "detail": True,
    "chat_id": CHAT_ID,
    "app_id": APP_ID,
    "variables": {"name": "Ada", "n": 3},
    "response_chat_item_id": "item-contract-1",
    "custom_uid": "user-7",
    "metadata": {"source": "contract"},
    "retain_dataset_cite": True,
    "store": True,
    "show_skill_references": True,
    "auth_proxy": {"username": "ana@example.com", "tmb_id": "68ad85a7463006c963799a0f"},
}
TIMES = {
    "start_create_time": dt.datetime(2026, 8, 1, tzinfo=dt.UTC),
    "end_create_time": dt.datetime(2026, 8, 20, tzinfo=dt.UTC),
    "start_update_time": dt.date(2026, 8, 1),
    "end_update_time": "2026-08-20T00:00:00.000Z",
}
CHUNKS = ChunkSettings(
    training_type="qa",
    chunk_setting_mode="custom",
    chunk_split_mode="size",
    chunk_size=512,
    chunk_splitter="\n\n",
    index_size=256,
    chunk_trigger_type="minSize",
    chunk_trigger_min_size=1000,
    paragraph_chunk_ai_mode="auto",
    paragraph_chunk_deep=3,
    paragraph_chunk_min_size=100,
    data_enhance_collection_name=True,
    image_index=False,
    auto_indexes=True,
    index_prefix_title=True,
    qa_prompt="Write Q&A pairs.",
)
PLACEMENT = {"parent_id": PARENT_ID, "tags": ["guide", "v2"], "metadata": {"owner": "docs"}}
FILE = b"FastGPT is an AI agent platform.\n"


def _both(
    method: str, client: str, args: tuple[Any, ...], required: Mapping[str, Any], full: Mapping[str, Any]
) -> list[Call]:
    return [
        Call(method, "required", client, args, required),
        Call(method, "all options", client, args, {**required, **full}, full=True),
    ]


METHOD_CALLS: list[Call] = [
    # ChatClient: chat
    Call("create_chat_completion", "required", "chat", ("Hello",)),
    Call(
        "create_chat_completion",
        "v1 all options",
        "chat",
        (MESSAGES,),
        {**CHAT_OPTIONS, "api_version": "v1", "stream": False},
        full=True,
    ),
    Call(
        "create_chat_completion",
        "v2 all options",
        "chat",
        (MESSAGES,),
        {**CHAT_OPTIONS, "api_version": "v2", "stream": False},
        full=True,
    ),
    Call("create_chat_completion", "v1 stream", "chat", ("Hello",), {"stream": True}),
    Call(
        "create_chat_completion", "v2 not stored", "chat", ("Hello",), {"store": False, "api_version": "v2"}
    ),
    Call(
        "create_chat_completion",
        "v1 stream all options",
        "chat",
        (MESSAGES,),
        {**CHAT_OPTIONS, "api_version": "v1", "stream": True},
        full=True,
    ),
    Call(
        "create_chat_completion",
        "v2 stream all options",
        "chat",
        (MESSAGES,),
        {**CHAT_OPTIONS, "api_version": "v2", "stream": True},
        full=True,
    ),
    Call("continue_interactive", "userSelect required", "chat", (SELECT, "Confirm"), {"chat_id": CHAT_ID}),
    Call(
        "continue_interactive",
        "userSelect all options",
        "chat",
        (SELECT, "Cancel"),
        {**CHAT_OPTIONS, "api_version": "v2", "stream": False},
        full=True,
    ),
    Call("continue_interactive", "userInput required", "chat", (FORM, FORM_ANSWER), {"chat_id": CHAT_ID}),
    Call(
        "continue_interactive",
        "userInput all options",
        "chat",
        (FORM, FORM_ANSWER),
        {**CHAT_OPTIONS, "api_version": "v1", "stream": True},
        full=True,
    ),
    *_both("stop_chat", "chat", (CHAT_ID,), {}, {"app_id": APP_ID}),
    # ChatClient: conversations
    *_both(
        "get_chat_histories",
        "chat",
        (),
        {},
        {"app_id": APP_ID, "offset": 0, "page_size": 10, "source": "api", **TIMES},
    ),
    *_both(
        "iter_chat_histories",
        "chat",
        (),
        {},
        {"app_id": APP_ID, "offset": 0, "page_size": 10, "source": "online", **TIMES},
    ),
    *_both("get_chat_init", "chat", (CHAT_ID,), {}, {"app_id": APP_ID, "load_custom_feedbacks": True}),
    *_both(
        "update_chat_history",
        "chat",
        (CHAT_ID,),
        {"top": True},
        {"app_id": APP_ID, "custom_title": "Renamed"},
    ),
    *_both("delete_chat_history", "chat", (CHAT_ID,), {}, {"app_id": APP_ID}),
    *_both("clear_chat_histories", "chat", (), {}, {"app_id": APP_ID}),
    Call("delete_chat_histories", "required", "chat", ([CHAT_ID],)),
    Call(
        "delete_chat_histories",
        "all options",
        "chat",
        ([CHAT_ID, "chat-contract-2"],),
        {"app_id": APP_ID},
        full=True,
    ),
    *_both(
        "get_chat_records",
        "chat",
        (CHAT_ID,),
        {},
        {
            "app_id": APP_ID,
            "offset": 0,
            "page_size": 10,
            "load_custom_feedbacks": True,
            "include_deleted": True,
        },
    ),
    *_both(
        "iter_chat_records",
        "chat",
        (CHAT_ID,),
        {},
        {
            "app_id": APP_ID,
            "offset": 0,
            "page_size": 10,
            "load_custom_feedbacks": True,
            "include_deleted": True,
        },
    ),
    *_both("get_record_detail", "chat", (CHAT_ID, RECORD_ID), {}, {"app_id": APP_ID}),
    *_both("delete_chat_record", "chat", (CHAT_ID, RECORD_ID), {}, {"app_id": APP_ID}),
    *_both(
        "send_feedback", "chat", (CHAT_ID, RECORD_ID), {}, {"app_id": APP_ID, "good": "Helpful", "bad": True}
    ),
    *_both(
        "get_suggested_questions",
        "chat",
        (CHAT_ID,),
        {},
        {"app_id": APP_ID, "model": "gpt-4o-mini", "custom_prompt": "Suggest three."},
    ),
    *_both(
        "upload_chat_file", "chat", (FILE,), {"chat_id": CHAT_ID, "filename": "notes.txt"}, {"app_id": APP_ID}
    ),
    # ChatClient: chat state, records by cursor, citations
    *_both("get_chat_status", "chat", ([CHAT_ID],), {}, {"app_id": APP_ID}),
    *_both("mark_chat_read", "chat", (CHAT_ID,), {}, {"app_id": APP_ID}),
    *_both(
        "get_chat_records_by_cursor",
        "chat",
        (CHAT_ID,),
        {},
        {
            "app_id": APP_ID,
            "around": RECORD_ID,
            "page_size": 5,
            "load_custom_feedbacks": True,
            "include_deleted": True,
        },
    ),
    Call("get_chat_records_by_cursor", "before", "chat", (CHAT_ID,), {"before": RECORD_ID}, full=True),
    Call("get_chat_records_by_cursor", "after", "chat", (CHAT_ID,), {"after": RECORD_ID}, full=True),
    *_both(
        "iter_chat_records_by_cursor",
        "chat",
        (CHAT_ID,),
        {},
        {
            "app_id": APP_ID,
            "start": RECORD_ID,
            "direction": "newer",
            "page_size": 5,
            "load_custom_feedbacks": True,
            "include_deleted": True,
        },
    ),
    *_both(
        "get_quotes",
        "chat",
        (CHAT_ID, RECORD_ID),
        {"data_ids": [DATA_ID], "collection_ids": [COLLECTION_ID]},
        {"app_id": APP_ID},
    ),
    Call(
        "get_answer_quotes", "stored answer required", "chat", (), {"chat_id": CHAT_ID, "data_id": RECORD_ID}
    ),
    Call(
        "get_answer_quotes",
        "all options",
        "chat",
        (CITING_ANSWER,),
        {"chat_id": CHAT_ID, "data_id": RECORD_ID, "app_id": APP_ID},
        full=True,
    ),
    *_both(
        "get_collection_quotes",
        "chat",
        (CHAT_ID, RECORD_ID, COLLECTION_ID),
        {"anchor": 0, "around": DATA_ID},
        {"page_size": 10, "app_id": APP_ID},
    ),
    Call(
        "get_collection_quotes",
        "before and after",
        "chat",
        (CHAT_ID, RECORD_ID, COLLECTION_ID),
        {"anchor": 3, "before": DATA_ID},
        full=True,
    ),
    Call(
        "get_collection_quotes",
        "after",
        "chat",
        (CHAT_ID, RECORD_ID, COLLECTION_ID),
        {"anchor": 3, "after": DATA_ID},
        full=True,
    ),
    *_both(
        "iter_collection_quotes",
        "chat",
        (CHAT_ID, RECORD_ID, COLLECTION_ID),
        {"start": DATA_ID, "anchor": 0},
        {"direction": "prev", "page_size": 10, "app_id": APP_ID},
    ),
    # AppClient: logs
    *_both(
        "list_app_logs",
        "app",
        (),
        {},
        {
            "app_id": APP_ID,
            "offset": 0,
            "page_size": 10,
            "date_start": dt.datetime(2026, 8, 1, tzinfo=dt.UTC),
            "date_end": "2026-08-31T00:00:00.000Z",
            "sources": ["api", "share"],
            "member_ids": [TEAM_ID],
            "share_users": ["visitor-1"],
            "search": "hello",
            "feedback": "good",
            "unread_only": True,
            "errors_only": True,
        },
    ),
    *_both(
        "iter_app_logs",
        "app",
        (),
        {},
        {
            "app_id": APP_ID,
            "offset": 0,
            "page_size": 10,
            "date_start": dt.date(2026, 8, 1),
            "date_end": dt.date(2026, 8, 31),
            "sources": ["online"],
            "member_ids": [TEAM_ID],
            "share_users": ["visitor-1"],
            "search": "hello",
            "feedback": "has_feedback",
            "unread_only": False,
            "errors_only": False,
        },
    ),
    *_both(
        "get_app_log_users",
        "app",
        (),
        {},
        {
            "app_id": APP_ID,
            "date_start": "2026-08-01T00:00:00.000Z",
            "date_end": "2026-08-31T00:00:00.000Z",
            "sources": ["api"],
            "search": "Member",
        },
    ),
    # AppClient
    *_both(
        "get_app_logs_chart",
        "app",
        (),
        {"date_start": dt.date(2026, 8, 1), "date_end": "2026-08-20"},
        {"app_id": APP_ID, "sources": ["api", "online"], "timespan": "week", "utc_offset": 8},
    ),
    *_both("get_app_total_data", "app", (), {}, {"app_id": APP_ID}),
    # DatasetClient: datasets
    *_both(
        "create_dataset",
        "dataset",
        ("Docs",),
        {},
        {
            "type": "dataset",
            "parent_id": PARENT_ID,
            "intro": "Manuals",
            "avatar": "core/dataset/commonDatasetColor",
            "vector_model": "text-embedding-3-small",
            "agent_model": "gpt-4o-mini",
            "vlm_model": "gpt-4o",
        },
    ),
    Call("create_dataset", "folder", "dataset", ("Folder",), {"type": "folder"}),
    *_both(
        "list_datasets", "dataset", (), {}, {"parent_id": PARENT_ID, "search_key": "Docs", "type": "dataset"}
    ),
    *_both("get_dataset", "dataset", (DATASET_ID,), {}, {}),
    *_both("delete_dataset", "dataset", (DATASET_ID,), {}, {}),
    # DatasetClient: collections (create_collection's `metadata`: test_create_collection_metadata_...)
    *_both(
        "create_collection",
        "dataset",
        (DATASET_ID, "notes"),
        {},
        {"type": "folder", "parent_id": PARENT_ID, "tags": ["guide"]},
    ),
    *_both(
        "create_text_collection",
        "dataset",
        (DATASET_ID, "notes", "FastGPT is an AI agent platform."),
        {},
        {**PLACEMENT, "chunk_settings": CHUNKS},
    ),
    *_both(
        "create_link_collection",
        "dataset",
        (DATASET_ID, "https://example.com/docs"),
        {},
        {**PLACEMENT, "chunk_settings": CHUNKS, "web_page_selector": "main"},
    ),
    *_both(
        "create_file_collection",
        "dataset",
        (DATASET_ID, FILE),
        {"filename": "notes.txt"},
        {**PLACEMENT, "content_type": "text/plain", "chunk_settings": CHUNKS},
    ),
    *_both(
        "list_collections",
        "dataset",
        (DATASET_ID,),
        {},
        {
            "parent_id": PARENT_ID,
            "search_text": "notes",
            "filter_tags": ["guide"],
            "offset": 0,
            "page_size": 10,
        },
    ),
    *_both(
        "iter_collections",
        "dataset",
        (DATASET_ID,),
        {},
        {
            "parent_id": PARENT_ID,
            "search_text": "notes",
            "filter_tags": ["guide"],
            "offset": 0,
            "page_size": 10,
        },
    ),
    *_both("get_collection", "dataset", (COLLECTION_ID,), {}, {}),
    *_both(
        "update_collection",
        "dataset",
        (COLLECTION_ID,),
        {"name": "renamed"},
        {"tags": ["guide"], "forbid": True, "parent_id": PARENT_ID},
    ),
    Call("delete_collections", "required", "dataset", (COLLECTION_ID,)),
    Call("delete_collections", "all options", "dataset", ([COLLECTION_ID, PARENT_ID],), full=True),
    # DatasetClient: API-dataset imports and training
    *_both(
        "create_api_collection",
        "dataset",
        (DATASET_ID, "file-1", "handbook.md"),
        {},
        {
            "parent_id": PARENT_ID,
            "tags": ["handbook"],
            "metadata": {"source": "api"},
            "chunk_settings": ChunkSettings(training_type="chunk", chunk_size=512),
            "custom_pdf_parse": True,
        },
    ),
    *_both("get_training_status", "dataset", (COLLECTION_ID,), {}, {}),
    *_both("list_training_errors", "dataset", (COLLECTION_ID,), {}, {"offset": 0, "page_size": 10}),
    *_both("iter_training_errors", "dataset", (COLLECTION_ID,), {}, {"offset": 0, "page_size": 10}),
    *_both("get_training_queue", "dataset", (DATASET_ID,), {}, {}),
    *_both("wait_for_training", "dataset", (COLLECTION_ID,), {}, {"timeout": 5.0, "poll_interval": 0.5}),
    # DatasetClient: data and search
    *_both(
        "push_data",
        "dataset",
        (COLLECTION_ID, [{"q": "What is FastGPT?"}]),
        {},
        {
            "training_type": "qa",
            "prompt": "Split into Q&A.",
            "bill_id": PARENT_ID,
            "index_size": 512,
            "auto_indexes": True,
            "batch_size": 1,
            "start": 0,
        },
    ),
    Call(
        "push_data",
        "every item field",
        "dataset",
        (
            COLLECTION_ID,
            [
                {
                    "q": "What is FastGPT?",
                    "a": "A platform.",
                    "chunkIndex": 0,
                    "indexes": [{"type": "custom", "text": "FastGPT?"}, {"text": "platform"}],
                }
            ],
        ),
    ),
    *_both(
        "list_data", "dataset", (COLLECTION_ID,), {}, {"search_text": "FastGPT", "offset": 0, "page_size": 10}
    ),
    *_both(
        "iter_data", "dataset", (COLLECTION_ID,), {}, {"search_text": "FastGPT", "offset": 0, "page_size": 10}
    ),
    *_both("get_data", "dataset", (DATA_ID,), {}, {}),
    *_both(
        "update_data",
        "dataset",
        (DATA_ID,),
        {"a": "An AI agent platform."},
        {"q": "What is FastGPT?", "indexes": [{"type": "custom", "text": "FastGPT?", "dataId": "vector-1"}]},
    ),
    *_both("delete_data", "dataset", (DATA_ID,), {}, {}),
    *_both(
        "search_test",
        "dataset",
        (DATASET_ID, "What is FastGPT?"),
        {},
        {
            "limit": 3000,
            "similarity": 0.5,
            "search_mode": "mixedRecall",
            "using_rerank": True,
            "rerank_model": "bge-reranker",
            "embedding_weight": 0.6,
        },
    ),
]

# Public methods that send nothing.
NO_REQUEST = {
    "close": "closes the connection pool",
    "aclose": "close, of the async clients",
    "from_share_link": "makes a client (its chats: tests/integration/test_share_link.py)",
}
# Options a method needs although its signature has a default, for the "required" calls.
REQUIRED_OPTIONS = {
    ("continue_interactive", "chat_id"): "the paused chat: a ValueError without it",
    ("update_chat_history", "top"): "custom_title or top: a ValueError without either",
    ("upload_chat_file", "filename"): "bytes need a file name (a path brings its own)",
    ("create_file_collection", "filename"): "bytes need a file name (a path brings its own)",
    ("update_collection", "name"): "one change at least: a ValueError without any",
    ("update_data", "a"): "one change at least: a ValueError without any",
    ("get_answer_quotes", "chat_id"): "without a ChatCompletion: the stored answer's chat",
    ("get_answer_quotes", "data_id"): "without a ChatCompletion: the stored answer's data_id",
    ("get_collection_quotes", "around"): "one cursor (around, before or after): a ValueError without",
}
# Options not in METHOD_CALLS, each tested by its own test here.
OPTIONS_TESTED_ELSEWHERE = {
    ("create_collection", "metadata"): "test_create_collection_metadata_is_not_dropped_silently",
}


def _by_id(call: Call) -> str:
    return call.id


@pytest.mark.parametrize("call", METHOD_CALLS, ids=_by_id)
def test_request_validates_against_fastgpt_4_16(call: Call, recorder: Recorder) -> None:
    recorder.clear()
    error: Exception | None = None
    try:
        run_sync(call, recorder)
    except Exception as exc:  # reported with what was sent
        error = exc
    report(call, recorder.sent(), error)


@pytest.mark.parametrize("call", [c for c in METHOD_CALLS if c.full], ids=_by_id)
async def test_async_request_validates_against_fastgpt_4_16(call: Call, recorder: Recorder) -> None:
    """The async clients send the same (their resources are the source the sync ones are
    generated from); the calls with every option are enough to show it."""
    recorder.clear()
    error: Exception | None = None
    try:
        await run_async(call, recorder.base_url)
    except Exception as exc:  # reported with what was sent
        error = exc
    report(call, recorder.sent(), error)


def test_create_collection_metadata_is_not_dropped_silently(recorder: Recorder) -> None:
    """FastGPT 4.16's collection/create has no `metadata` (drift M19: zod strips it): the SDK
    must refuse it (ValueError, nothing sent) or warn, never send it as if it were kept."""
    import warnings

    recorder.clear()
    call = Call("create_collection", "metadata", "dataset", (DATASET_ID, "notes"), {"metadata": {"a": 1}})
    refused: ValueError | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            run_sync(call, recorder)
        except ValueError as exc:
            refused = exc
    if refused is not None:
        assert "metadata" in str(refused)
        assert recorder.sent() == [], "refused, yet sent"
        return
    said = [str(w.message) for w in caught if "metadata" in str(w.message)]
    assert said, (
        "create_collection(metadata=...) sent it without a word; FastGPT 4.16 drops it: "
        f"{request_problems(recorder.sent())}"
    )


# -- the guards: the table covers every public method and every option --------------------------------


def public_methods(cls: type[Any]) -> set[str]:
    return {name for name, value in inspect.getmembers(cls) if not name.startswith("_") and callable(value)}


def options_of(cls: type[Any], method: str) -> tuple[set[str], set[str]]:
    """A method's (required, optional) parameters, `**options` opened into its TypedDict's keys
    (per-request options such as `timeout` excluded)."""
    signature = inspect.signature(getattr(cls, method))
    required: set[str] = set()
    optional: set[str] = set()
    for name, parameter in list(signature.parameters.items())[1:]:
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            annotation = str(parameter.annotation)
            if "ChatOptions" in annotation:
                optional |= set(CHAT_KEYS - REQUEST_KEYS)
        elif parameter.default is inspect.Parameter.empty:
            required.add(name)
        else:
            optional.add(name)
    return required, optional


def _positional(cls: type[Any], method: str, call: Call) -> set[str]:
    names = list(inspect.signature(getattr(cls, method)).parameters)[1:]
    return set(names[: len(call.args)])


def test_every_public_method_is_in_the_table() -> None:
    called = {(call.client, call.method) for call in METHOD_CALLS}
    for kind, (sync, asynchronous) in CLIENTS.items():
        same = public_methods(sync) - set(NO_REQUEST) == public_methods(asynchronous) - set(NO_REQUEST)
        assert same, f"{kind}: the sync and async clients have different methods"
        missing = sorted(m for m in public_methods(sync) - set(NO_REQUEST) if (kind, m) not in called)
        assert not missing, f"{sync.__name__} methods missing from METHOD_CALLS: {missing}"
        unknown = sorted(m for k, m in called if k == kind and m not in public_methods(sync))
        assert not unknown, f"METHOD_CALLS names {sync.__name__} methods that do not exist: {unknown}"


def test_every_method_has_a_required_and_a_full_call() -> None:
    for cls, _ in CLIENTS.values():
        for method in public_methods(cls) - set(NO_REQUEST):
            calls = [c for c in METHOD_CALLS if c.method == method]
            assert any(c.variant.endswith("required") for c in calls), (
                f"{method}: no call with only what it needs"
            )
            assert any(c.full for c in calls), f"{method}: no call with every option"


def test_required_calls_pass_only_what_is_required() -> None:
    for call in METHOD_CALLS:
        if not call.variant.endswith("required"):
            continue
        cls = CLIENTS[call.client][0]
        required, _ = options_of(cls, call.method)
        given = _positional(cls, call.method, call) | set(call.kwargs)
        extra = sorted(n for n in given - required if (call.method, n) not in REQUIRED_OPTIONS)
        assert not extra, f"{call.id} passes {extra}, which {call.method} does not require"


def test_full_calls_pass_every_option() -> None:
    for kind, (cls, _) in CLIENTS.items():
        for method in public_methods(cls) - set(NO_REQUEST):
            _, optional = options_of(cls, method)
            given: set[str] = set()
            for call in (c for c in METHOD_CALLS if c.method == method and c.full):
                given |= _positional(cls, method, call) | set(call.kwargs)
            missing = sorted(n for n in optional - given if (method, n) not in OPTIONS_TESTED_ELSEWHERE)
            assert not missing, f"{kind}.{method}: no METHOD_CALLS entry passes {missing}"


def test_every_answer_is_valid_fastgpt_4_16() -> None:
    """The recorder's answers are themselves what FastGPT 4.16 may send."""
    for (method, path), data in ANSWERS.items():
        assert upstream.operation(method, path) is not None, f"{method} {path}"
        assert upstream.validate_response(method, path, data) == [], f"{method} {path}"
    server = Recorder()
    try:
        presigned = server.presigned(Recorded("POST", "/x", {}, "", {"filename": "a.txt"}))
    finally:
        server.close()
    assert upstream.validate_response("POST", "/api/core/chat/file/presignChatFilePostUrl", presigned) == []
    for version in ("v1", "v2"):
        assert upstream.validate_response("POST", f"/api/{version}/chat/completions", COMPLETION) == []


def test_the_recorder_reports_what_fastgpt_would_reject(recorder: Recorder) -> None:
    """The check bites: an unknown route, a missing field, a dropped field and a bad query."""

    recorder.clear()
    with httpx.Client(base_url=recorder.base_url) as http:
        assert http.post("/api/core/chat/item/delete", json={"chatId": "c"}).status_code == 404
        http.post("/api/core/dataset/create", json={"name": "Docs", "extra": 1})
        http.get("/api/core/dataset/detail", params={"id": "42"})
        files = {"file": ("a.txt", b"x", "text/plain")}
        http.post(
            "/api/core/dataset/collection/create/localFile", files=files, data={"data": json.dumps({"x": 1})}
        )
    problems = request_problems(recorder.sent())
    assert problems[0] == (
        "POST /api/core/chat/item/delete: POST /api/core/chat/item/delete: no such operation in "
        "FastGPT 4.16.0's System or Dev document"
    )
    assert "POST /api/core/dataset/create: body.type: required, missing" in problems
    assert "POST /api/core/dataset/create: body.extra: not in FastGPT's schema (FastGPT drops it)" in problems
    assert "GET /api/core/dataset/detail: query.id: '42' does not match '^[0-9a-fA-F]{24}$'" in problems
    assert (
        "POST /api/core/dataset/collection/create/localFile: body.data.datasetId: required, missing"
        in problems
    )
    assert (
        "POST /api/core/dataset/collection/create/localFile: body.data.x: not in FastGPT's schema (FastGPT drops it)"
        in problems
    )


def test_every_operation_has_an_answer() -> None:
    """Every 4.16 operation of our spec is answered, so no call fails for want of an answer."""
    import yaml

    spec = yaml.safe_load((upstream.ROOT / "openapi" / "fastgpt.yaml").read_text(encoding="utf-8"))
    answered = set(ANSWERS) | {
        ("POST", "/api/v1/chat/completions"),
        ("POST", "/api/v2/chat/completions"),
        ("POST", "/api/core/chat/file/presignChatFilePostUrl"),
        ("POST", "/api/core/chat/file/presignChatFileGetUrl"),
    }
    operations = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in upstream.HTTP_METHODS and upstream.operation(method, path) is not None
    }
    assert sorted(operations - answered) == []


def test_unknown_fields_skip_open_maps_and_read_the_branch_meant() -> None:
    path = "/api/v2/chat/completions"
    body = {
        "variables": {"anything": 1},  # z.record: an open map
        "metadata": {"free": True},
        "messages": [
            {"role": "tool", "tool_call_id": "c", "content": "x"},
            {
                "role": "user",
                "content": [{"type": "file_url", "url": "https://x", "fileType": "file", "size": 1}],
            },
        ],
    }
    assert upstream.unknown_request_fields("POST", path, body) == [
        "body.messages.1.content.0.size: not in FastGPT's schema (FastGPT drops it)"
    ]
    assert upstream.unknown_request_fields("POST", "/api/core/chat/item/delete", {"x": 1}) == []


def test_a_digest_known_wrong_entry_goes_stale_when_the_document_changes() -> None:
    entry = next(e for e in upstream.KNOWN_WRONG if isinstance(e.published, upstream.Digest))
    assert upstream.stale(entry) is None
    changed = upstream.KnownWrong(
        entry.method, entry.path, entry.part, entry.pointer, upstream.Digest("0" * 64), entry.corrected, "r"
    )
    problem = upstream.stale(changed)
    assert problem is not None
    assert "changed" in problem
    corrected = upstream.response_schema(entry.method, entry.path)
    assert corrected is not None
    assert corrected["type"] == "array"  # getResData answers a list of node responses
    published = upstream.response_schema(entry.method, entry.path, as_published=True)
    assert corrected["items"] == published

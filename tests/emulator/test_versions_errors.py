"""What differs between FastGPT 4.16 and 4.14 in errors: HTTP statuses, request validation (zod),
``errorType``, the rate limit, ``chatIsGenerating`` and routes that do not exist.

Each difference is checked on both versions, over a real socket with raw httpx. The bodies are
FastGPT's own (``packages/service/common/response/index.ts``, zod 4.1.12's issue format).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT, Fault
from fastgpt_client.testing._errors import (  # pyright: ignore[reportPrivateUsage]
    ApiError,
    plain_error,
    resolve_http_status,
)

from .conftest import BOTH_VERSIONS, V1, V2, bearer, parse_sse, user

UN_AUTHORIZATION = {
    "code": 403,
    "statusText": "unAuthorization",
    "message": "common:code_error.error_message.403",
    "data": None,
}
CHAT_IS_GENERATING = {
    "code": 504001,
    "statusText": "chatIsGenerating",
    "message": "common:code_error.chat_error.chat_generating",
    "data": None,
}
MISSING_CONTENT = {
    "code": "invalid_union",
    "errors": [
        [
            {
                "expected": "string",
                "code": "invalid_type",
                "path": [],
                "message": "Invalid input: expected string, received undefined",
            }
        ],
        [
            {
                "expected": "array",
                "code": "invalid_type",
                "path": [],
                "message": "Invalid input: expected array, received undefined",
            }
        ],
    ],
    "path": ["messages", 0, "content"],
    "message": "Invalid input",
}
"""What zod 4.1.12 reports for a user message without ``content`` (``string | part[]``)."""
SOURCES_4_16 = [
    "test",
    "online",
    "share",
    "api",
    "cronJob",
    "feishu",
    "official_account",
    "wecom",
    "wechat",
    "mcp",
]


def validation_body(*issues: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": 400,
        "statusText": "error",
        "message": "Data validation error",
        "data": None,
        "zodError": list(issues),
    }


def test_the_default_is_4_16_and_unknown_versions_are_refused() -> None:
    with FakeFastGPT() as default, FakeFastGPT(version="4.14.5") as old:
        assert (default.version.name, default.version.release) == ("4.16", "4.16.0")
        assert (old.version.name, old.version.release) == ("4.14", "4.14.5")
        assert "4.16" in repr(default)
    with pytest.raises(ValueError, match=r"does not speak version '4\.15'.*'4\.16'.*'4\.14'"):
        FakeFastGPT(version="4.15")


@BOTH_VERSIONS
@pytest.mark.parametrize("path", [V1, V2])
def test_a_missing_key_is_403_on_4_16_and_500_on_4_14(server: FakeFastGPT, version: str, path: str) -> None:
    r = httpx.post(server.base_url + path, json={"messages": user("hi")})
    assert r.status_code == {"4.16": 403, "4.14": 500}[version]
    assert r.json() == UN_AUTHORIZATION


@BOTH_VERSIONS
def test_errors_fastgpt_registers_without_a_status_stay_500(
    server: FakeFastGPT, client: httpx.Client
) -> None:
    unknown_key = httpx.post(
        server.base_url + V1, json={"messages": user("hi")}, headers=bearer("fastgpt-nope")
    )
    assert (unknown_key.status_code, unknown_key.json()["code"]) == (500, 514)
    unknown_app = client.get("/api/core/chat/init", params={"appId": "0" * 24, "chatId": "c"})
    assert (unknown_app.status_code, unknown_app.json()["statusText"]) == (500, "appUnExist")
    missing = client.get("/api/core/dataset/detail", params={"id": "0" * 24})
    assert (missing.status_code, missing.json()["statusText"]) == (500, "unExistDataset")


@BOTH_VERSIONS
def test_a_user_error_says_so_on_4_16_only(client: httpx.Client, version: str) -> None:
    r = client.post(V1, json={"messages": []})
    assert r.status_code == 500
    expected = {"code": 500, "statusText": "error", "message": "messages is empty", "data": None}
    if version == "4.16":
        expected["errorType"] = "UserError"
    assert r.json() == expected


@BOTH_VERSIONS
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_a_message_without_content_is_a_400_on_4_16(client: httpx.Client, version: str, stream: bool) -> None:
    r = client.post(V2, json={"messages": [{"role": "user"}], "stream": stream})
    if version == "4.14":  # 4.14.5 reads the body unchecked
        assert r.status_code == 200
        return
    # parseApiInput runs before the handler: JSON, also for a stream request
    assert (r.status_code, r.headers["content-type"]) == (400, "application/json")
    assert r.json() == validation_body(MISSING_CONTENT)


def test_4_16_checks_every_message_of_the_list(client: httpx.Client) -> None:
    messages: list[Any] = [
        {"role": "system", "content": "be brief"},
        {"role": "assistant"},  # an assistant message needs no content
        {"role": "tool", "content": "42"},  # ... a tool message a tool_call_id
        {"role": "nobody", "content": "x"},
        {"role": "user", "content": [{"type": "image_url", "image_url": {}}]},
    ]
    r = client.post(V1, json={"messages": messages, "stream": "yes"})
    assert r.status_code == 400
    issues = r.json()["zodError"]
    assert [issue["path"] for issue in issues] == [
        ["messages", 2, "tool_call_id"],
        ["messages", 3, "role"],
        ["messages", 4, "content"],
        ["stream"],
    ]
    assert issues[1] == {
        "code": "invalid_union",
        "errors": [],
        "note": "No matching discriminator",
        "discriminator": "role",
        "path": ["messages", 3, "role"],
        "message": "Invalid input",
    }
    assert issues[2]["errors"][1] == [
        {
            "expected": "string",
            "code": "invalid_type",
            "path": [0, "image_url", "url"],
            "message": "Invalid input: expected string, received undefined",
        }
    ]
    assert issues[3]["message"] == "Invalid input: expected boolean, received string"
    fine = client.post(V1, json={"messages": [*messages[:2], {"role": "user", "content": "ok"}]})
    assert fine.status_code == 200


def test_validation_comes_before_the_key(server: FakeFastGPT) -> None:
    r = httpx.post(server.base_url + V1, json={"messages": [{"role": "user"}]})
    assert r.status_code == 400


@BOTH_VERSIONS
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
def test_the_team_rate_limit(server: FakeFastGPT, client: httpx.Client, version: str, stream: bool) -> None:
    server.inject(Fault(rate_limit=1))
    assert client.post(V1, json={"messages": user("hi"), "stream": stream}).status_code == 200
    r = client.post(V1, json={"messages": user("hi"), "stream": stream})
    assert r.headers["content-type"] == "application/json"  # before any SSE, for a stream too
    assert "retry-after" not in r.headers
    body = r.json()
    message = body.pop("message")
    assert message.startswith("Rate limit exceeded. Maximum 1 requests per 60 seconds for this team. ")
    assert message.removesuffix(" seconds.").rsplit(" ", 1)[1].isdigit()  # "Please try again in N seconds."
    assert "Please try again in " in message
    if version == "4.16":
        assert r.status_code == 429
        assert body == {"code": 429, "statusText": "error", "data": None, "errorType": "UserError"}
    else:
        assert r.status_code == 500
        assert body == {"code": 429, "statusText": "error", "data": None}


@BOTH_VERSIONS
def test_histories_source_follows_the_versions_enum(
    client: httpx.Client, server: FakeFastGPT, version: str
) -> None:
    url, app = "/api/core/chat/history/getHistories", server.default_app_id
    refused, accepted = ("team", "wechat") if version == "4.16" else ("wechat", "team")
    assert client.post(url, json={"appId": app, "source": accepted}).status_code == 200
    r = client.post(url, json={"appId": app, "source": refused})
    assert r.status_code == {"4.16": 400, "4.14": 500}[version]  # 4.14.5 validates it too, with HTTP 500
    (issue,) = r.json()["zodError"]
    assert issue["code"] == "invalid_value"
    assert issue["path"] == ["source"]
    if version == "4.16":
        assert issue["values"] == SOURCES_4_16
        assert issue["message"] == "Invalid option: expected one of " + "|".join(
            f'"{s}"' for s in SOURCES_4_16
        )
    assert r.json()["message"] == "Data validation error"


@BOTH_VERSIONS
def test_dataset_create_needs_type_intro_and_avatar_on_4_16(client: httpx.Client, version: str) -> None:
    r = client.post("/api/core/dataset/create", json={"name": "Docs"})
    if version == "4.14":
        dataset_id = r.json()["data"]
        detail = client.get("/api/core/dataset/detail", params={"id": dataset_id}).json()["data"]
        assert (detail["type"], detail["intro"], detail["avatar"]) == ("dataset", "", "/icon/logo.svg")
        return
    assert r.status_code == 400
    type_issue, intro, avatar = r.json()["zodError"]
    assert (type_issue["code"], type_issue["path"]) == ("invalid_value", ["type"])
    assert "dingtalk" in type_issue["values"]
    assert "externalFile" in type_issue["values"]
    for issue, name in ((intro, "intro"), (avatar, "avatar")):
        assert issue == {
            "expected": "string",
            "code": "invalid_type",
            "path": [name],
            "message": "Invalid input: expected string, received undefined",
        }
    full = {"name": "Docs", "type": "dingtalk", "intro": "", "avatar": "core/dataset/dingtalkDatasetColor"}
    assert client.post("/api/core/dataset/create", json=full).status_code == 200


@BOTH_VERSIONS
def test_an_unknown_route_is_the_next_js_404_page(client: httpx.Client) -> None:
    for method, path in (
        ("POST", "/api/core/nothing/here"),
        ("GET", "/api/v3/chat/completions"),
        ("GET", "/nope"),
    ):
        r = client.request(method, path, json={})
        assert r.status_code == 404
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert r.text.startswith("<!DOCTYPE html>")
        assert '"page":"/404"' in r.text


@BOTH_VERSIONS
def test_two_runs_on_one_chat(server: FakeFastGPT, client: httpx.Client, version: str) -> None:
    server.token_delay = 0.05
    first: dict[str, Any] = {}
    started = threading.Event()

    def run_first() -> None:
        with httpx.Client(base_url=server.base_url, headers=bearer(server.api_key), timeout=30) as other:
            body = {"messages": user("a long answer"), "chatId": "busy", "stream": True}
            with other.stream("POST", V2, json=body) as r:
                for line in r.iter_lines():
                    if line.startswith("data: {"):
                        started.set()
                first["status"] = r.status_code

    thread = threading.Thread(target=run_first)
    thread.start()
    assert started.wait(10)
    again = client.post(V2, json={"messages": user("me too"), "chatId": "busy"})
    streamed = client.post(V1, json={"messages": user("me too"), "chatId": "busy", "stream": True})
    other_chat = client.post(V2, json={"messages": user("elsewhere"), "chatId": "free"})
    thread.join(30)
    assert first["status"] == 200
    assert other_chat.status_code == 200
    if version == "4.14":  # no such check before 4.14.11
        assert (again.status_code, streamed.status_code) == (200, 200)
        return
    assert again.status_code == 500  # FastGPT 4.16.0 passes 409, its status resolver makes it 500
    assert again.json() == CHAT_IS_GENERATING
    assert streamed.status_code == 200  # sseErrRes before the SSE headers: no content type
    assert "content-type" not in streamed.headers
    assert [f.event for f in parse_sse(streamed.text)] == ["error"]
    assert parse_sse(streamed.text)[0].json() == CHAT_IS_GENERATING
    deadline = time.monotonic() + 10
    while server._state.is_generating(server.default_app_id, "busy") and time.monotonic() < deadline:  # pyright: ignore[reportPrivateUsage]
        time.sleep(0.01)
    after = client.post(V2, json={"messages": user("now"), "chatId": "busy"})
    assert after.status_code == 200
    assert [r["obj"] for r in server.chat_records("busy")] == ["Human", "AI", "Human", "AI"]


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ApiError(403, "unAuthorization", "m"), 403),  # 1. a 4xx body code
        (ApiError(429, "error", "Rate limit exceeded."), 429),
        (ApiError(400, "error", "Data validation error"), 400),
        (ApiError(507002, "fileNotFound", "m", registered_http_status=404), 404),  # 2. registered httpStatus
        (ApiError(509001, "commercialFeature", "m", registered_http_status=403), 403),
        (ApiError(504001, "chatIsGenerating", "m"), 500),  # registered, no httpStatus
        (ApiError(501002, "unExistDataset", "m"), 500),
        (ApiError(514, "unAuthApiKey", "m"), 500),
        (plain_error("app is empty"), 500),  # 2. a plain error's status is its code
        (ApiError(510000, "error", "m"), 400),  # 3. the S3 upload checks
        (ApiError(200, "error", "EntityTooLarge"), 413),  # 4.
        (ApiError(200, "error", "boom"), 500),  # 6.
    ],
)
def test_resolve_http_status_mirrors_fastgpt(error: ApiError, status: int) -> None:
    assert resolve_http_status(error) == status


def test_resolve_http_status_falls_back_to_the_handlers_code() -> None:
    assert resolve_http_status(ApiError(200, "error", "x"), handler_code=409) == 409

"""A route FastGPT moved: the SDK sends the 4.16 route and falls back to the older one only when
the server says "no such route" (HTTP 404 without FastGPT's envelope), once per client.

The one moved route today is deleting a chat record: `DELETE /api/core/chat/record/delete`
(FastGPT 4.14.11+) and `POST /api/core/chat/item/delete` (4.14.10 and earlier).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from fastgpt_client import APIConnectionError, APIStatusError, NotFoundError
from fastgpt_client._plan import RequestPlan

from .conftest import Harness, resolve

NEW = ("DELETE", "/api/core/chat/record/delete")
OLD = ("POST", "/api/core/chat/item/delete")
OK = {"code": 200, "statusText": "", "message": "", "data": None}
NEXT_404 = b"<!DOCTYPE html><html><head><title>404: This page could not be found</title></head></html>"
BODY = {"appId": "app-1", "chatId": "c1", "contentId": "d1"}


class Server:
    """A FastGPT of one version: `new` serves the 4.14.11+ route, else the 4.14.10 one.

    Every other route gets Next.js's HTML 404 page, as a real server answers an unknown route.
    `answer` overrides what the served route answers (`httpx.Response` keyword arguments).
    """

    def __init__(self, *, new: bool, answer: dict[str, Any] | None = None) -> None:
        self.served = NEW if new else OLD
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if (request.method, request.url.path) == self.served:
            return httpx.Response(**(self.answer or {"status_code": 200, "json": OK}))
        return httpx.Response(404, content=NEXT_404, headers={"content-type": "text/html; charset=utf-8"})

    @property
    def routes(self) -> list[tuple[str, str]]:
        return [(r.method, r.url.path) for r in self.requests]


async def delete(api: Harness, client: Any, content_id: str = "d1") -> None:
    await resolve(client.delete_chat_record("c1", content_id))


async def test_a_4_16_server_gets_only_the_new_route(api: Harness) -> None:
    server = Server(new=True)
    client = api.client(server, app_id="app-1")
    await delete(api, client)
    await delete(api, client)
    assert server.routes == [NEW, NEW]
    assert [json.loads(r.content) for r in server.requests] == [BODY, BODY]


async def test_a_4_14_server_gets_the_old_route_once_then_always(api: Harness) -> None:
    server = Server(new=False)
    client = api.client(server, app_id="app-1")
    await delete(api, client)
    assert server.routes == [NEW, OLD]  # one fallback call
    await delete(api, client, "d2")
    assert server.routes == [NEW, OLD, OLD]  # remembered: straight to the old route
    # the old route gets what 4.14 always got: a POST with the JSON body
    old = server.requests[1]
    assert (old.method, json.loads(old.content)) == ("POST", BODY)
    assert json.loads(server.requests[2].content) == {**BODY, "contentId": "d2"}


async def test_a_404_with_fastgpts_envelope_is_the_routes_own_answer(api: Harness) -> None:
    # e.g. 4.16's fileNotFound is HTTP 404 with an envelope: the route exists and answered
    envelope = {"code": 507002, "statusText": "fileNotFound", "message": "common:error.fileNotFound"}
    server = Server(new=True, answer={"status_code": 404, "json": {**envelope, "data": None}})
    client = api.client(server, app_id="app-1")
    with pytest.raises(NotFoundError):
        await delete(api, client)
    assert server.routes == [NEW]


@pytest.mark.parametrize(
    "answer",
    [
        {"status_code": 500, "json": {"code": 500, "statusText": "error", "message": "boom", "data": None}},
        {"status_code": 500, "content": NEXT_404, "headers": {"content-type": "text/html"}},
        {"status_code": 405, "content": b"Method Not Allowed"},
        {"status_code": 503, "content": b"Service Unavailable"},
    ],
    ids=["500-envelope", "500-html", "405", "503"],
)
async def test_other_errors_never_fall_back(api: Harness, answer: dict[str, Any]) -> None:
    server = Server(new=True, answer=answer)
    client = api.client(server, app_id="app-1", max_retries=0)
    with pytest.raises(APIStatusError) as caught:
        await delete(api, client)
    assert caught.value.status_code == answer["status_code"]
    assert server.routes == [NEW]


async def test_a_timeout_or_broken_connection_never_falls_back(api: Harness) -> None:
    routes: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        routes.append((request.method, request.url.path))
        if len(routes) == 1:
            raise httpx.ReadTimeout("read timed out", request=request)
        raise httpx.RemoteProtocolError("server disconnected", request=request)

    client = api.client(handler, app_id="app-1", max_retries=1)
    with pytest.raises(APIConnectionError):
        await delete(api, client)
    assert OLD not in routes


async def test_two_clients_remember_separately(api: Harness) -> None:
    old_server, new_server = Server(new=False), Server(new=True)
    old_client = api.client(old_server, app_id="app-1")
    new_client = api.client(new_server, app_id="app-1")
    await delete(api, old_client)
    await delete(api, new_client)
    await delete(api, old_client)
    await delete(api, new_client)
    assert old_server.routes == [NEW, OLD, OLD]
    assert new_server.routes == [NEW, NEW]


async def test_a_server_with_neither_route_raises_not_found(api: Harness) -> None:
    routes: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        routes.append((request.method, request.url.path))
        return httpx.Response(404, content=NEXT_404, headers={"content-type": "text/html"})

    client = api.client(handler, app_id="app-1")
    with pytest.raises(NotFoundError):
        await delete(api, client)
    assert routes == [NEW, OLD]  # one fallback, no loop


async def test_calls_without_a_fallback_are_unchanged(api: Harness) -> None:
    routes: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        routes.append(request.url.path)
        return httpx.Response(404, content=NEXT_404, headers={"content-type": "text/html"})

    client = api.client(handler, app_id="app-1")
    with pytest.raises(NotFoundError):
        await resolve(client.delete_chat_history("c1"))
    assert routes == ["/api/core/chat/history/delHistory"]


def test_a_fallback_is_one_plain_request() -> None:
    plain = RequestPlan(method="POST", path="/api/old", parse=lambda body: body)
    assert RequestPlan(method="DELETE", path="/api/new", parse=lambda body: body, fallback=plain).route == (
        "DELETE /api/new"
    )
    chained = RequestPlan(method="POST", path="/api/older", parse=lambda body: body, fallback=plain)
    with pytest.raises(ValueError, match="one plain request"):
        RequestPlan(method="DELETE", path="/api/new", parse=lambda body: body, fallback=chained)
    with pytest.raises(ValueError, match="one plain request"):
        RequestPlan(method="POST", path="/api/new", parse=lambda body: body, fallback=plain, stream=True)

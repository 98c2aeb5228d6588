"""One fault wrapper for every route: a fault injected into a route of each API area takes effect.

Over a real socket with raw httpx. Each area is represented by one route (chat, conversations,
chat files, datasets, collections, data, search, apps, health); the last test sends an injected
gateway fault to every route the emulator serves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.routing import Route

from fastgpt_client.testing import FakeFastGPT

from .conftest import DATASET_BODY, V1, bearer, user

DATASET = "/api/core/dataset"


@dataclass(frozen=True)
class Probe:
    """One request to a route of an area, and the status it answers when nothing is injected."""

    method: str
    path: str
    json: dict[str, Any] = field(default_factory=lambda: {})
    params: dict[str, str] = field(default_factory=lambda: {})
    status: int = 200


@dataclass(frozen=True)
class Emulator:
    server: FakeFastGPT
    client: httpx.Client
    probes: dict[str, Probe]

    def send(self, area: str, fault: str | None = None) -> httpx.Response:
        probe = self.probes[area]
        headers = {"X-Fake-Fault": fault} if fault is not None else {}
        return self.client.request(
            probe.method, probe.path, json=probe.json or None, params=probe.params, headers=headers
        )


AREAS = ["chat", "conversations", "chat_files", "datasets", "collections", "data", "search", "apps", "health"]
ANSWERING_DATA = [area for area in AREAS if area != "apps"]  # apps answer the "no commercial edition" error


def _data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with (
        FakeFastGPT() as server,
        httpx.Client(base_url=server.base_url, headers=bearer(server.api_key), timeout=30) as client,
    ):
        app = server.default_app_id
        dataset = _data(client.post(f"{DATASET}/create", json={"name": "Faults", **DATASET_BODY}))
        created = _data(
            client.post(
                f"{DATASET}/collection/create/text",
                json={"datasetId": dataset, "name": "notes", "text": "faults reach every route"},
            )
        )
        collection = created["collectionId"]
        probes = {
            "chat": Probe("POST", V1, {"messages": user("hi")}),
            "conversations": Probe("POST", "/api/core/chat/history/getHistories", {"appId": app}),
            "chat_files": Probe(
                "POST",
                "/api/core/chat/file/presignChatFilePostUrl",
                {"appId": app, "chatId": "c1", "filename": "a.txt"},
            ),
            "datasets": Probe("POST", f"{DATASET}/list"),
            "collections": Probe("POST", f"{DATASET}/collection/listV2", {"datasetId": dataset}),
            "data": Probe("POST", f"{DATASET}/data/v2/list", {"collectionId": collection}),
            "search": Probe("POST", f"{DATASET}/searchTest", {"datasetId": dataset, "text": "faults"}),
            "apps": Probe("GET", "/api/proApi/core/app/logs/getTotalData", params={"appId": app}, status=500),
            "health": Probe("GET", "/api/support/openapi/health", params={"apiKey": server.api_key}),
        }
        yield Emulator(server, client, probes)


@pytest.mark.parametrize("area", AREAS)
def test_a_header_fault_reaches_every_area(emulator: Emulator, area: str) -> None:
    assert emulator.send(area).status_code == emulator.probes[area].status
    emulator.server.reset_stats()
    faulted = emulator.send(area, "status=503")
    assert faulted.status_code == 503
    assert faulted.text == "503 error from the FastGPT emulator\n"
    assert emulator.server.request_count(emulator.probes[area].path) == 1


@pytest.mark.parametrize("area", AREAS)
def test_an_injected_fault_reaches_every_area_until_cleared(emulator: Emulator, area: str) -> None:
    emulator.server.inject("html_502")
    faulted = emulator.send(area)
    assert faulted.status_code == 502
    assert faulted.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in faulted.text
    emulator.server.clear_faults()
    assert emulator.send(area).status_code == emulator.probes[area].status


@pytest.mark.parametrize("area", AREAS)
def test_a_bad_fault_header_is_a_400_in_every_area(emulator: Emulator, area: str) -> None:
    response = emulator.send(area, "explode")
    assert response.status_code == 400
    assert "explode" in response.text


@pytest.mark.parametrize("area", AREAS)
def test_empty_200_in_every_area(emulator: Emulator, area: str) -> None:
    response = emulator.send(area, "empty_200")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("area", ANSWERING_DATA)
def test_body_faults_break_the_answer_in_every_area(emulator: Emulator, area: str) -> None:
    whole = emulator.send(area)
    assert whole.status_code == 200
    whole.json()
    truncated = emulator.send(area, "truncated_json")
    assert truncated.status_code == 200
    assert truncated.headers["content-type"].startswith("application/json")
    assert 0 < len(truncated.content) < len(whole.content)
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    malformed = emulator.send(area, "malformed")
    assert malformed.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        malformed.json()
    with pytest.raises(httpx.RemoteProtocolError):
        emulator.send(area, "cut_after=0")  # half of the promised Content-Length, then the socket closes


@pytest.mark.parametrize("area", AREAS)
def test_a_reset_drops_the_connection_in_every_area(emulator: Emulator, area: str) -> None:
    with pytest.raises(httpx.TransportError):
        emulator.send(area, "reset")
    assert emulator.send(area).status_code == emulator.probes[area].status


def test_every_route_answers_an_injected_fault(emulator: Emulator) -> None:
    routes = [
        (route.path.replace("{path:path}", "x").replace("{key:path}", "x"), sorted(route.methods - {"HEAD"}))
        for route in emulator.server.asgi_app.routes
        if isinstance(route, Route) and route.methods
    ]
    assert len(routes) >= 40
    emulator.server.inject("status=504")
    for path, methods in routes:
        for method in methods:
            response = emulator.client.request(method, path)
            assert response.status_code == 504, (method, path, response.text)

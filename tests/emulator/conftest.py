"""Shared helpers for the emulator tests: a server per test and a tiny SSE parser.

The tests talk to the emulator over real sockets with raw httpx, never through the SDK, so they
check the emulator against the wire format rather than against the SDK's idea of it.

The ``server`` fixture speaks the ``version`` fixture's FastGPT version, 4.16 unless a test
says otherwise: ``@ON_4_14`` for a test of 4.14 behaviour, ``@BOTH_VERSIONS`` for one that holds
on both (test_versions.py has the differences, each on both).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT

V1 = "/api/v1/chat/completions"
V2 = "/api/v2/chat/completions"
VERSIONS = ["4.16", "4.14"]
ON_4_14 = pytest.mark.parametrize("version", ["4.14"], ids=["fastgpt-4.14"])
"""The test checks FastGPT 4.14 behaviour (4.16's is checked in test_versions.py)."""
BOTH_VERSIONS = pytest.mark.parametrize("version", VERSIONS, ids=[f"fastgpt-{v}" for v in VERSIONS])
DATASET_BODY = {"type": "dataset", "intro": "", "avatar": "core/dataset/commonDatasetColor"}
"""What a dataset create needs besides its name on 4.16 (4.14 takes it too)."""


@dataclass(frozen=True)
class Frame:
    event: str | None
    data: str

    def json(self) -> Any:
        return json.loads(self.data)


def parse_sse(text: str) -> list[Frame]:
    frames: list[Frame] = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        event: str | None = None
        data: list[str] = []
        for line in block.split("\n"):
            if line.startswith("event: "):
                event = line[len("event: ") :]
            elif line.startswith("data: "):
                data.append(line[len("data: ") :])
        frames.append(Frame(event, "\n".join(data)))
    return frames


def answer_text(frames: list[Frame]) -> str:
    text = ""
    for f in frames:
        if f.event in (None, "answer", "fastAnswer") and f.data != "[DONE]":
            delta = f.json()["choices"][0]["delta"]
            text += delta.get("content") or ""
    return text


def user(content: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": content}]


@pytest.fixture
def version() -> str:
    """The FastGPT version ``server`` speaks; parametrize it (``ON_4_14``) to pick another."""
    return "4.16"


@pytest.fixture
def server(version: str) -> Iterator[FakeFastGPT]:
    with FakeFastGPT(version=version) as s:
        yield s


@pytest.fixture
def client(server: FakeFastGPT) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as c:
        yield c


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}

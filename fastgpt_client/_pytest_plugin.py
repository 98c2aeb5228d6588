"""pytest fixtures for testing code that talks to FastGPT (entry point ``pytest11``: ``fastgpt``).

- ``fastgpt_server``: a running ``FakeFastGPT``, fresh for each test.
- ``fastgpt_server_session``: one ``FakeFastGPT`` shared by the whole session (state persists).
- ``fastgpt_client`` / ``async_fastgpt_client``: a ``ChatClient`` / ``AsyncChatClient`` bound to
  ``fastgpt_server`` with its app key.

pytest loads this plugin wherever fastgpt-client is installed, also without the `testing` extra,
so everything is imported inside the fixtures: the emulator's dependencies (Starlette, uvicorn)
are needed only by a test that uses one of them, which then gets a clear ImportError.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from fastgpt_client import AsyncChatClient, ChatClient
    from fastgpt_client.testing import FakeFastGPT


@pytest.fixture
def fastgpt_server() -> Iterator[FakeFastGPT]:
    from fastgpt_client.testing import FakeFastGPT

    with FakeFastGPT() as server:
        yield server


@pytest.fixture(scope="session")
def fastgpt_server_session() -> Iterator[FakeFastGPT]:
    from fastgpt_client.testing import FakeFastGPT

    with FakeFastGPT() as server:
        yield server


@pytest.fixture
def fastgpt_client(fastgpt_server: FakeFastGPT) -> Iterator[ChatClient]:
    from fastgpt_client import ChatClient

    with ChatClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url, app_id=None) as client:
        yield client


@pytest.fixture
async def async_fastgpt_client(fastgpt_server: FakeFastGPT) -> AsyncIterator[AsyncChatClient]:
    from fastgpt_client import AsyncChatClient

    async with AsyncChatClient(
        api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url, app_id=None
    ) as client:
        yield client

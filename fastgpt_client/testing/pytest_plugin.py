"""pytest fixtures for testing code that talks to FastGPT (entry point ``pytest11``: ``fastgpt``).

- ``fastgpt_server``: a running ``FakeFastGPT``, fresh for each test.
- ``fastgpt_server_session``: one ``FakeFastGPT`` shared by the whole session (state persists).
- ``fastgpt_client`` / ``async_fastgpt_client``: a ``ChatClient`` / ``AsyncChatClient`` bound to
  ``fastgpt_server`` with its app key.

The client classes are imported inside the fixtures, so the plugin loads even where only the
emulator is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

from ._fake import FakeFastGPT

if TYPE_CHECKING:
    from fastgpt_client import AsyncChatClient, ChatClient


@pytest.fixture
def fastgpt_server() -> Iterator[FakeFastGPT]:
    with FakeFastGPT() as server:
        yield server


@pytest.fixture(scope="session")
def fastgpt_server_session() -> Iterator[FakeFastGPT]:
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

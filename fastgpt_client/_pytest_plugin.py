"""pytest fixtures for testing code that talks to FastGPT (entry point ``pytest11``: ``fastgpt``).

- ``fastgpt_server``: a running ``FakeFastGPT``, fresh for each test.
- ``fastgpt_server_session``: one ``FakeFastGPT`` shared by the whole session (state persists).
- ``fastgpt_client`` / ``async_fastgpt_client``: a ``ChatClient`` / ``AsyncChatClient`` bound to
  ``fastgpt_server`` with its app key. ``async_fastgpt_client`` is a plain fixture, so ``async``
  tests may run under pytest-asyncio (strict mode with ``@pytest.mark.asyncio``, or auto mode) or
  anyio (``@pytest.mark.anyio``).
- ``fastgpt_version``: the FastGPT version ``fastgpt_server`` speaks (``"4.16"`` by default).
  Pick another for the whole run with ``pytest --fastgpt-version=4.14`` or the ini option
  ``fastgpt_version = 4.14`` (these also set ``fastgpt_server_session``'s), or per test by
  overriding the fixture or parametrizing it:
  ``@pytest.mark.parametrize("fastgpt_version", ["4.14", "4.16"])``.

pytest loads this plugin wherever fastgpt-client is installed, also without the `testing` extra,
so everything is imported inside the fixtures: the emulator's dependencies (Starlette, uvicorn)
are needed only by a test that uses one of them, which then gets a clear ImportError.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from fastgpt_client import AsyncChatClient, ChatClient
    from fastgpt_client.testing import FakeFastGPT

_DEFAULT_VERSION = "4.16"
_OPTION = "--fastgpt-version"
_INI = "fastgpt_version"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("fastgpt", "FastGPT emulator (fastgpt_client.testing)")
    group.addoption(
        _OPTION,
        default=None,
        metavar="VERSION",
        help=f"the FastGPT version the fastgpt_server fixtures speak: 4.16 or 4.14 (default {_DEFAULT_VERSION})",
    )
    parser.addini(_INI, f"the FastGPT version the fastgpt_server fixtures speak (default {_DEFAULT_VERSION})")


def _configured_version(config: pytest.Config) -> str:
    chosen = config.getoption(_OPTION, default=None)
    if chosen:
        return str(chosen)
    from_ini = config.getini(_INI)
    return str(from_ini).strip() if from_ini else _DEFAULT_VERSION


@pytest.fixture
def fastgpt_version(request: pytest.FixtureRequest) -> str:
    """The FastGPT version ``fastgpt_server`` speaks: ``--fastgpt-version``, else the ini option,
    else ``"4.16"``. Override or parametrize this fixture to choose it per test."""
    return _configured_version(request.config)


@pytest.fixture
def fastgpt_server(fastgpt_version: str) -> Iterator[FakeFastGPT]:
    from fastgpt_client.testing import FakeFastGPT

    with FakeFastGPT(version=fastgpt_version) as server:
        yield server


@pytest.fixture(scope="session")
def fastgpt_server_session(request: pytest.FixtureRequest) -> Iterator[FakeFastGPT]:
    from fastgpt_client.testing import FakeFastGPT

    with FakeFastGPT(version=_configured_version(request.config)) as server:
        yield server


@pytest.fixture
def fastgpt_client(fastgpt_server: FakeFastGPT) -> Iterator[ChatClient]:
    from fastgpt_client import ChatClient

    with ChatClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url, app_id=None) as client:
        yield client


@pytest.fixture
def async_fastgpt_client(fastgpt_server: FakeFastGPT) -> AsyncChatClient:
    """An ``AsyncChatClient`` bound to ``fastgpt_server``, for ``async def`` tests under any runner.

    A plain (not ``async``) fixture on purpose: pytest-asyncio in strict mode runs only fixtures
    decorated with its own ``pytest_asyncio.fixture``, auto mode all of them, anyio those of its
    marked tests; a plain fixture runs under each of them (and under none). Creating the client
    needs no event loop, and its HTTP client keeps no idle connection, so once the test has closed
    its streams nothing is left open in the test's event loop for a teardown to close.
    """
    import httpx

    from fastgpt_client import AsyncChatClient

    # No idle connections kept: each response's connection closes with it, in the test's loop.
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0), follow_redirects=True)
    return AsyncChatClient(
        api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url, app_id=None, http_client=http
    )

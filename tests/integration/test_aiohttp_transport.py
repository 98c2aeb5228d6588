"""`DefaultAioHttpClient` (the `aiohttp` extra): the same answers, errors and cut-off handling as
httpx's own transport, over real sockets to the emulator."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from fastgpt_client import APIConnectionError, AsyncChatClient, AsyncChatStream, DefaultAioHttpClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import fault

QUESTION = "Grüße aus München, 你好"


async def test_answers_and_streams_like_the_default_transport(server: FakeFastGPT) -> None:
    async with AsyncChatClient(base_url=server.base_url, api_key=server.api_key) as plain:
        expected = (await plain.create_chat_completion(QUESTION)).text
    async with (
        DefaultAioHttpClient() as http,
        AsyncChatClient(base_url=server.base_url, api_key=server.api_key, http_client=http) as client,
    ):
        answer = await client.create_chat_completion(QUESTION)
        async with await client.create_chat_completion(QUESTION, stream=True, detail=True) as stream:
            pieces = [event async for event in stream]
            final = await stream.get_final_completion()
    assert answer.text == expected
    assert "You asked: " + QUESTION in expected
    assert pieces
    assert final.text == expected
    assert final.response_data
    assert http.is_closed


async def _drain(stream: AsyncChatStream) -> None:
    async with stream:
        async for _ in stream:
            pass


async def test_a_cut_stream_keeps_the_partial_text(server: FakeFastGPT) -> None:
    async with (
        DefaultAioHttpClient() as http,
        AsyncChatClient(base_url=server.base_url, api_key=server.api_key, http_client=http) as client,
    ):
        full = (await client.create_chat_completion(QUESTION)).text
        stream = await client.create_chat_completion(QUESTION, stream=True, **fault("cut_mid_frame=3"))
        with pytest.raises(APIConnectionError) as info:
            await _drain(stream)
        assert type(info.value) is APIConnectionError
        assert info.value.partial_text
        assert info.value.partial_text == stream.text
        assert full.startswith(info.value.partial_text)
        assert len(info.value.partial_text) < len(full)
        # the pool still works after the cut
        assert "You asked" in (await client.create_chat_completion("again?")).text


async def test_a_refused_connection_is_an_api_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the probe closes
    async with (
        DefaultAioHttpClient() as http,
        AsyncChatClient("fastgpt-key", f"http://127.0.0.1:{port}", max_retries=0, http_client=http) as client,
    ):
        with pytest.raises(APIConnectionError) as info:
            await client.create_chat_completion("Hello")
    assert type(info.value).__module__ == "fastgpt_client.exceptions"
    assert "fastgpt-key" not in str(info.value)


def test_without_the_extra_it_says_how_to_install_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['httpx_aiohttp'] = None  # as if the aiohttp extra were not installed\n"
        "import fastgpt_client\n"
        "from fastgpt_client import *  # the name exists without the extra\n"
        "try:\n"
        "    fastgpt_client.DefaultAioHttpClient()\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == (
        "DefaultAioHttpClient needs the `aiohttp` extra (httpx-aiohttp is not installed): "
        'pip install "fastgpt-client[aiohttp]"'
    )


def test_the_sdk_defaults_apply_unless_given() -> None:
    from fastgpt_client import DEFAULT_TIMEOUT

    client = DefaultAioHttpClient()
    assert client.timeout == DEFAULT_TIMEOUT
    assert client.follow_redirects is True
    assert DefaultAioHttpClient(timeout=3.0).timeout.read == 3.0

"""The plugin's fixtures in a user's own test project, under each async test runner.

Each test writes a small project (its own ``pytest.ini`` and test module) to a temporary
directory and runs pytest on it in a subprocess, as a user of ``fastgpt-client[testing]`` would:
pytest-asyncio in strict mode (``@pytest.mark.asyncio``) and in auto mode, anyio
(``@pytest.mark.anyio``) beside pytest-asyncio and alone. Warnings are errors there, and Python
runs in development mode, so a connection left open for the garbage collector fails the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

USER_TESTS = """
import pytest
from fastgpt_client import AsyncChatClient, ChatClient

{mark}
@pytest.mark.parametrize("fastgpt_version", ["4.16", "4.14"])
async def test_async_client(async_fastgpt_client: AsyncChatClient, fastgpt_version: str) -> None:
    answer = await async_fastgpt_client.create_chat_completion("Hi")
    assert "You asked: Hi" in answer.text
    stream = await async_fastgpt_client.create_chat_completion("Streamed", stream=True)
    async with stream:
        text = "".join([piece async for piece in stream.text_stream])
    assert "You asked: Streamed" in text


def test_sync_client(fastgpt_client: ChatClient) -> None:
    assert "You asked: Hi" in fastgpt_client.create_chat_completion("Hi").text
"""

MODES = {
    # ini lines, marker on the async test, extra pytest arguments
    "asyncio-strict": ("asyncio_mode = strict", "@pytest.mark.asyncio", []),
    "asyncio-auto": ("asyncio_mode = auto", "", []),
    "anyio-beside-pytest-asyncio": ("asyncio_mode = strict", "@pytest.mark.anyio", []),
    "anyio-alone": ("", "@pytest.mark.anyio", ["-p", "no:asyncio"]),
}


@pytest.mark.parametrize("mode", list(MODES))
def test_fixtures_work_in_a_user_project(tmp_path: Path, mode: str) -> None:
    ini, mark, extra = MODES[mode]
    loop_scope = "asyncio_default_fixture_loop_scope = function" if "no:asyncio" not in extra else ""
    (tmp_path / "pytest.ini").write_text(f"[pytest]\n{ini}\n{loop_scope}\nfilterwarnings =\n    error\n")
    (tmp_path / "test_user.py").write_text(USER_TESTS.format(mark=mark))
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "dev",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            *extra,
        ],
        cwd=tmp_path,
        env={key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "3 passed" in output, output

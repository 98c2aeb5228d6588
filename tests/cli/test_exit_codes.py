"""Exit codes say what failed; errors are one line from the SDK, never a traceback; the key is
never printed."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fastgpt_client.testing import FakeFastGPT

from .conftest import Result, clean_environ


def test_unknown_key_exits_3_without_showing_it(run_cli: Callable[..., Result]) -> None:
    key = "fastgpt-doesnotexist0123456789abcdef"
    result = run_cli("ask", "Hi", env={"FASTGPT_API_KEY": key})
    assert result.code == 3
    assert result.stderr.startswith("error: Invalid API key.")
    assert "Traceback" not in result.stderr
    assert key not in result.stderr + result.stdout
    assert "0123456789abcdef" not in result.stderr


def test_no_key_exits_3_and_says_where_to_put_one(run_cli: Callable[..., Result]) -> None:
    result = run_cli("ask", "Hi", env={"FASTGPT_API_KEY": ""})
    assert result.code == 3
    assert "FASTGPT_API_KEY" in result.stderr


def test_key_file_is_read_and_never_printed(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT, tmp_path: Path
) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(fastgpt_server.api_key + "\n")
    result = run_cli("ask", "Hi", "--api-key-file", str(key_file), env={"FASTGPT_API_KEY": "fastgpt-wrong"})
    assert result.code == 0, result.stderr
    missing = run_cli("ask", "Hi", "--api-key-file", str(tmp_path / "nope"))
    assert missing.code == 3
    assert "Cannot read the API key file" in missing.stderr
    help_text = run_cli("ask", "--help").stdout
    assert fastgpt_server.api_key not in help_text
    assert "--api-key-file" in help_text
    assert "--api-key " not in help_text


def test_unknown_app_exits_4(run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT) -> None:
    result = run_cli(
        "ask",
        "Hi",
        "--app-id",
        "0123456789abcdef01234567",
        env={"FASTGPT_API_KEY": fastgpt_server.account_key},
    )
    assert result.code == 4, result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_server_exits_5(run_cli: Callable[..., Result]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        result = run_cli("ask", "Hi", "--retries", "0", env={"FASTGPT_BASE_URL": f"http://127.0.0.1:{port}"})
    assert result.code == 5
    assert "Connection error" in result.stderr


def test_usage_errors_exit_2(run_cli: Callable[..., Result]) -> None:
    assert run_cli("no-such-command").code == 2
    assert run_cli("ask", "--no-such-option").code == 2
    empty = run_cli("ask", stdin="")
    assert empty.code == 2
    assert "empty" in empty.stderr


def test_every_command_has_help_with_an_example(run_cli: Callable[..., Result]) -> None:
    commands = [
        ["ask"],
        ["chat"],
        ["kb", "sync"],
        ["kb", "push"],
        ["kb", "search"],
        ["export"],
        ["doctor"],
        ["emulator"],
    ]
    for command in commands:
        result = run_cli(*command, "--help")
        assert result.code == 0, (command, result.stderr)
        assert "Example" in result.stdout, command
        assert f"fastgpt {' '.join(command)}" in result.stdout, command


def test_the_entry_point_script_runs(fastgpt_server: FakeFastGPT) -> None:
    script = Path(sys.executable).with_name("fastgpt")
    env = clean_environ(
        {
            "FASTGPT_BASE_URL": fastgpt_server.base_url,
            "FASTGPT_API_KEY": fastgpt_server.api_key,
        }
    )
    done = subprocess.run(
        [str(script), "ask", "entry point"], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "You asked: entry point" in done.stdout

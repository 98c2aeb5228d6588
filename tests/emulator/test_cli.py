"""``python -m fastgpt_client.testing`` as a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from fastgpt_client.testing.__main__ import main

from .conftest import V1, bearer, user

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_serves_and_exits_on_sigterm() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen(
        [sys.executable, "-m", "fastgpt_client.testing", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            values: dict[str, str] = {}
            while "FASTGPT_API_KEY_TOOL" not in values:
                line = proc.stdout.readline()
                assert line, "the CLI exited before printing its settings"
                name, _, value = line.strip().partition("=")
                values[name] = value
            assert values["FASTGPT_BASE_URL"] == f"http://127.0.0.1:{port}"
            for name in ("ASSISTANT", "SELECT", "FORM", "TOOL"):
                assert len(values[f"FASTGPT_APP_ID_{name}"]) == 24
            assert values["FASTGPT_APP_ID"] == values["FASTGPT_APP_ID_ASSISTANT"]
            r = httpx.post(
                values["FASTGPT_BASE_URL"] + V1,
                json={"messages": user("from the CLI")},
                headers=bearer(values["FASTGPT_API_KEY"]),
                timeout=30,
            )
            assert r.status_code == 200
            assert "from the CLI" in r.json()["choices"][0]["message"]["content"]
            r = httpx.post(
                values["FASTGPT_BASE_URL"] + V1,
                json={"messages": user("hi"), "appId": values["FASTGPT_APP_ID_TOOL"]},
                headers=bearer(values["FASTGPT_ACCOUNT_KEY"]),
                timeout=30,
            )
            assert "weather" in r.json()["choices"][0]["message"]["content"]
        finally:
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr


def test_cli_speaks_the_version_it_is_given() -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen(
        [sys.executable, "-m", "fastgpt_client.testing", "--port", str(port), "--version", "4.14"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            values: dict[str, str] = {}
            while "FASTGPT_API_KEY_TOOL" not in values:
                line = proc.stdout.readline()
                assert line, "the CLI exited before printing its settings"
                name, _, value = line.strip().partition("=")
                values[name] = value
            assert values["FASTGPT_EMULATED_VERSION"] == "4.14.5"
            missing_key = httpx.post(
                values["FASTGPT_BASE_URL"] + V1, json={"messages": user("hi")}, timeout=30
            )
            assert missing_key.status_code == 500  # 4.14: every error is HTTP 500
        finally:
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr


def test_cli_refuses_an_unknown_version() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-m", "fastgpt_client.testing", "--version", "4.15"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "invalid choice: '4.15'" in result.stderr
    assert "'4.16'" in result.stderr


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "fastgpt_client.testing", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_cli_port_in_use_is_one_clear_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _cli("--port", str(port))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"127.0.0.1:{port}" in lines[0]
    assert "already in use" in lines[0]
    assert "--port 0" in lines[0]


def test_main_returns_1_for_a_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    """`main(argv)` is reusable (`fastgpt emulator` calls it): a status, not an exception."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["--port", str(taken.getsockname()[1])], prog="fastgpt emulator") == 1
    assert capsys.readouterr().err.startswith("fastgpt emulator: error: cannot listen on 127.0.0.1:")


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_cli_refuses_a_port_that_is_not_one(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--port", port])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --port: {port!r} is not a port number: give 0 to 65535" in err
    assert "Traceback" not in err


def test_cli_help_is_plain_text() -> None:
    result = _cli("--help")
    assert result.returncode == 0
    assert "``" not in result.stdout
    assert "--export" in result.stdout
    assert "NAME=value" in result.stdout


def test_cli_export_lines_work_in_a_shell() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    with subprocess.Popen(
        [sys.executable, "-m", "fastgpt_client.testing", "--port", "0", "--export"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            lines: list[str] = []
            while not any(line.startswith("export FASTGPT_API_KEY_SURVEY=") for line in lines):
                line = proc.stdout.readline()
                assert line, "the CLI exited before printing its settings"
                lines.append(line.rstrip("\n"))
            assert all(line.startswith("export FASTGPT_") for line in lines)
            script = (
                "\n".join(lines) + '\nprintf "%s\\n" "$FASTGPT_BASE_URL" "$FASTGPT_API_KEY" "$FASTGPT_APP_ID"'
            )
            shell = subprocess.run(
                ["sh", "-c", script], capture_output=True, text=True, timeout=30, check=True
            )
            base_url, api_key, app_id = shell.stdout.splitlines()
            r = httpx.post(
                base_url + V1,
                json={"messages": user("exported"), "appId": app_id},
                headers=bearer(api_key),
                timeout=30,
            )
            assert "exported" in r.json()["choices"][0]["message"]["content"]
        finally:
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr


def test_installation_docs_describe_what_the_cli_prints() -> None:
    """docs/installation.md tells a reader what to paste: it must match the printed lines."""
    from fastgpt_client.testing import FakeFastGPT
    from fastgpt_client.testing.__main__ import settings

    page = (REPO / "docs" / "installation.md").read_text(encoding="utf-8")
    assert "python -m fastgpt_client.testing --port 3000 --export" in page
    with FakeFastGPT() as server:
        printed = [name for name, _ in settings(server)]
    for name in ("FASTGPT_BASE_URL", "FASTGPT_API_KEY", "FASTGPT_APP_ID"):
        assert f"`export {name}=...`" in page
        assert name in printed
    assert all(f"FASTGPT_API_KEY_{app.upper()}" in printed for app in ("select", "survey"))
    assert "FASTGPT_APP_ID_<APP>" in page
    assert "FASTGPT_API_KEY_<APP>" in page

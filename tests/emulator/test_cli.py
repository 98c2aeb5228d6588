"""``python -m fastgpt_client.testing`` as a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

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

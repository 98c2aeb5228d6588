"""`fastgpt emulator`: the built-in emulator, its variables printed as shell `export` lines."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx

from .conftest import clean_environ


def _exports(lines: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in lines:
        assert line.startswith("export "), line
        name, _, value = line.removeprefix("export ").partition("=")
        values[name] = value.strip("'")
    return values


def test_background_export_form_can_be_evaluated_and_used() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "fastgpt_client.cli", "emulator", "--port", "0", "--background", "--export"],
        capture_output=True,
        text=True,
        env=clean_environ(),
        timeout=60,
        check=True,
    )
    values = _exports(done.stdout.splitlines())
    pid = int(values["FASTGPT_EMULATOR_PID"])
    try:
        assert values["FASTGPT_BASE_URL"].startswith("http://127.0.0.1:")
        assert values["FASTGPT_API_KEY"].startswith("fastgpt-")
        assert values["FASTGPT_API_KEY_SELECT"].startswith("fastgpt-")
        # A shell that evaluates the lines talks to the emulator.
        script = (
            f'eval "$(cat <<\'EOF\'\n{done.stdout}EOF\n)"; "{sys.executable}" -m fastgpt_client.cli ask hello'
        )
        asked = subprocess.run(
            ["bash", "-c", script],
            capture_output=True,
            text=True,
            env=clean_environ(),
            timeout=60,
            check=False,
        )
        assert asked.returncode == 0, asked.stderr
        assert "You asked: hello" in asked.stdout
    finally:
        os.kill(pid, signal.SIGTERM)


def test_foreground_emulator_prints_exports_and_stops_on_ctrl_c() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "fastgpt_client.cli", "emulator", "--port", "0", "--version", "4.14"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=clean_environ(),
    ) as process:
        _stop_on_ctrl_c(process)


def _stop_on_ctrl_c(process: subprocess.Popen[str]) -> None:
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline().rstrip("\n") for _ in range(5)]
        values = _exports(lines)
        assert values["FASTGPT_EMULATED_VERSION"] == "4.14.5"
        health = httpx.get(
            f"{values['FASTGPT_BASE_URL']}/api/support/openapi/health",
            params={"apiKey": values["FASTGPT_API_KEY"]},
        )
        assert health.json()["data"]["appId"] == values["FASTGPT_APP_ID"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

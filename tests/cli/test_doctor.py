"""`fastgpt doctor`: one verdict per line, and an exit code that names the first failure."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable

import pytest

from fastgpt_client import ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


def _checks(result: Result) -> dict[str, tuple[str, str]]:
    body = json.loads(result.stdout)
    return {row["check"]: (row["verdict"], row["detail"]) for row in body["checks"]}


@pytest.mark.parametrize("fastgpt_version", ["4.16", "4.14"])
def test_doctor_all_good_with_an_app_key(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT, fastgpt_version: str
) -> None:
    with ChatClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        client.create_chat_completion("hello")
    result = run_cli("doctor", "--json", "--no-drift")
    assert result.code == 0, result.stderr
    checks = _checks(result)
    assert checks["server"][0] == "ok"
    assert checks["key"] == ("ok", f"app key, bound to app {fastgpt_server.default_app_id}")
    assert checks["app"][0] == "ok"
    verdict, detail = checks["version"]
    assert verdict == "ok"
    # From the OpenAPI document the server serves when it serves one, else from its chats.
    if fastgpt_version == "4.16":
        assert (
            "FastGPT 4.15 or newer" in detail
            or detail == "FastGPT 4.16 line (chats carry chatGenerateStatus)"
        )
    else:
        assert "FastGPT 4.14" in detail
    text = run_cli("doctor", "--no-drift")
    assert text.stdout.splitlines()[0].split()[:2] == ["server", "ok"]
    assert text.stdout.rstrip().endswith("all good")


def test_doctor_tells_an_account_key(run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT) -> None:
    result = run_cli("doctor", "--json", "--no-drift", env={"FASTGPT_API_KEY": fastgpt_server.account_key})
    assert result.code == 0, result.stderr
    checks = _checks(result)
    assert checks["key"][1].startswith("account key")
    assert checks["app"][0] == "ok"
    no_app = run_cli(
        "doctor",
        "--json",
        "--no-drift",
        env={"FASTGPT_API_KEY": fastgpt_server.account_key, "FASTGPT_APP_ID": ""},
    )
    assert _checks(no_app)["app"][0] == "warn"
    assert no_app.code == 0


def test_doctor_fails_on_a_bad_key_with_3(run_cli: Callable[..., Result]) -> None:
    key = "fastgpt-notakeyatall0123456789abcdef"
    result = run_cli("doctor", env={"FASTGPT_API_KEY": key})
    assert result.code == 3
    assert "key     fail" in result.stdout
    assert key not in result.stdout + result.stderr


def test_doctor_fails_on_an_app_the_key_is_not_for(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT
) -> None:
    result = run_cli(
        "doctor", "--json", "--no-drift", env={"FASTGPT_APP_ID": fastgpt_server.app_ids["select"]}
    )
    assert result.code == 3
    verdict, detail = _checks(result)["app"]
    assert verdict == "fail"
    assert "the key is bound to app" in detail
    unknown = run_cli(
        "doctor",
        "--json",
        "--no-drift",
        env={"FASTGPT_API_KEY": fastgpt_server.account_key, "FASTGPT_APP_ID": "0123456789abcdef01234567"},
    )
    assert unknown.code == 4
    assert _checks(unknown)["app"][0] == "fail"


def test_doctor_fails_on_an_unreachable_server_with_5(run_cli: Callable[..., Result]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        result = run_cli("doctor", "--json", env={"FASTGPT_BASE_URL": f"http://127.0.0.1:{port}"})
    assert result.code == 5
    assert _checks(result)["server"][0] == "fail"
    assert json.loads(result.stdout)["ok"] is False

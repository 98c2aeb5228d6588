"""`fastgpt export --logs` with `AppClient.iter_app_logs` (helper ops13's, at merge).

Skipped, and says so, until the SDK has `iter_app_logs`: the lead merges it in parallel.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from fastgpt_client import AppClient, ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Result

pytestmark = pytest.mark.skipif(
    not hasattr(AppClient, "iter_app_logs"),
    reason="needs AppClient.iter_app_logs (issue 13, merged in parallel)",
)


def test_export_logs_writes_one_line_per_chat(
    run_cli: Callable[..., Result], fastgpt_server: FakeFastGPT
) -> None:
    with ChatClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        client.create_chat_completion("one", chat_id="log-one")
        client.create_chat_completion("two", chat_id="log-two")
    result = run_cli("export", "--logs", env={"FASTGPT_API_KEY": fastgpt_server.account_key})
    assert result.code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["chat_id"] for row in rows} >= {"log-one", "log-two"}
    empty = run_cli(
        "export", "--logs", "--until", "2000-01-01", env={"FASTGPT_API_KEY": fastgpt_server.account_key}
    )
    assert empty.stdout == ""

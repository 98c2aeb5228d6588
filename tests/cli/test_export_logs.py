"""`fastgpt export --logs`: app logs through `AppClient.iter_app_logs`."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastgpt_client import ChatClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


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

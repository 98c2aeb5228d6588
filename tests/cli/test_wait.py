"""`fastgpt kb sync --wait`: training waited for with `DatasetClient.wait_for_training`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fastgpt_client import DatasetClient
from fastgpt_client.testing import FakeFastGPT

from .conftest import Result


def test_sync_wait_reports_every_new_collection_trained(
    cli: Callable[..., Result], fastgpt_server: FakeFastGPT, tmp_path: Path
) -> None:
    with DatasetClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        dataset_id = client.create_dataset("wait")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("A", encoding="utf-8")
    (folder / "b.md").write_text("B", encoding="utf-8")
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--wait", "--json")
    assert result.code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["training"] == {"a.md": "trained", "b.md": "trained"}


def test_a_training_failure_is_reported_with_its_items_and_exits_6(
    cli: Callable[..., Result], fastgpt_server: FakeFastGPT, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fastgpt_client.exceptions import TrainingFailedError  # type: ignore[attr-defined]

    def failing(self: DatasetClient, collection_id: str, **kwargs: object) -> object:
        error = TrainingFailedError.__new__(TrainingFailedError)
        Exception.__init__(error, "1 item failed: the embedding model is not configured")
        error.failed = [{"error": "the embedding model is not configured"}]
        raise error

    monkeypatch.setattr(DatasetClient, "wait_for_training", failing)
    with DatasetClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        dataset_id = client.create_dataset("wait")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("A", encoding="utf-8")
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--wait")
    assert result.code == 6
    assert "a.md: training failed: 1 item failed" in result.stderr
    assert "(1 items)" in result.stderr

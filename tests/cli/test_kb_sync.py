"""`fastgpt kb sync`: a dataset mirrors a folder, over real sockets against the emulator.

Interrupted runs (the process killed mid-way, Ctrl-C) are resumed by running again: every file
ends up in exactly one collection, with its current content.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fastgpt_client import DatasetClient
from fastgpt_client.cli._sync_plan import HASH_KEY, make_plan, scan, sha256_of
from fastgpt_client.cli._sync_run import Runner
from fastgpt_client.exceptions import APIConnectionError, ValidationError
from fastgpt_client.testing import FakeFastGPT
from fastgpt_client.testing._faults import Fault

from .conftest import Result, clean_environ, server_env


@pytest.fixture
def datasets(fastgpt_server: FakeFastGPT) -> Iterator[DatasetClient]:
    with DatasetClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        yield client


@pytest.fixture
def dataset_id(datasets: DatasetClient) -> str:
    return datasets.create_dataset("mirror")


def make_folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def collections(datasets: DatasetClient, dataset_id: str) -> dict[str, list[dict[str, object]]]:
    """name -> the collections of that name, each with its metadata."""
    by_name: dict[str, list[dict[str, object]]] = {}
    for item in datasets.iter_collections(dataset_id, page_size=100):
        row = item.to_dict()
        detail = datasets.get_collection(str(row["_id"])).to_dict()
        by_name.setdefault(str(row["name"]), []).append({"id": row["_id"], **detail})
    return by_name


def mirrors(datasets: DatasetClient, dataset_id: str, folder: Path) -> None:
    """Exactly one collection per file, each with the file's current hash."""
    remote = collections(datasets, dataset_id)
    local = {path.relative_to(folder).as_posix(): path for path in folder.rglob("*") if path.is_file()}
    local = {
        name: path for name, path in local.items() if not any(p.startswith(".") for p in name.split("/"))
    }
    assert sorted(remote) == sorted(local)
    for name, items in remote.items():
        assert len(items) == 1, f"{name}: {len(items)} collections"
        assert items[0]["metadata"][HASH_KEY] == sha256_of(local[name])  # type: ignore[index]


@pytest.mark.parametrize("fastgpt_version", ["4.16", "4.14"])
def test_sync_adds_skips_replaces_and_deletes(
    cli: Callable[..., Result], datasets: DatasetClient, dataset_id: str, tmp_path: Path, fastgpt_version: str
) -> None:
    folder = make_folder(
        tmp_path / "docs", {"intro.md": "# Intro\nHello.", "guide/install.md": "pip install", ".hidden": "no"}
    )
    first = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--json")
    assert first.code == 0, first.stderr
    assert json.loads(first.stdout) | {"collections": None} == {
        "dataset": dataset_id,
        "add": 2,
        "replace": 0,
        "delete": 0,
        "unchanged": 0,
        "failed": {},
        "collections": None,
        "training": {},
    }
    mirrors(datasets, dataset_id, folder)
    # Nothing changed: nothing is sent.
    again = json.loads(cli("kb", "sync", str(folder), "--dataset", dataset_id, "--json").stdout)
    assert (again["add"], again["replace"], again["unchanged"]) == (0, 0, 2)
    before = {name: items[0]["id"] for name, items in collections(datasets, dataset_id).items()}
    # One changed, one deleted, one new; without --delete the gone file's collection stays.
    (folder / "intro.md").write_text("# Intro\nChanged.", encoding="utf-8")
    (folder / "guide" / "install.md").unlink()
    (folder / "new.txt").write_text("new", encoding="utf-8")
    kept = json.loads(cli("kb", "sync", str(folder), "--dataset", dataset_id, "--json").stdout)
    assert (kept["add"], kept["replace"], kept["delete"]) == (1, 1, 0)
    after = collections(datasets, dataset_id)
    assert after["intro.md"][0]["id"] != before["intro.md"]
    assert "guide/install.md" in after
    deleted = json.loads(cli("kb", "sync", str(folder), "--dataset", dataset_id, "--delete", "--json").stdout)
    assert (deleted["delete"], deleted["unchanged"]) == (1, 2)
    mirrors(datasets, dataset_id, folder)


def test_delete_leaves_collections_sync_did_not_make(
    cli: Callable[..., Result], datasets: DatasetClient, dataset_id: str, tmp_path: Path
) -> None:
    handmade = datasets.create_text_collection(dataset_id, "notes", "written by hand").to_dict()[
        "collectionId"
    ]
    folder = make_folder(tmp_path / "docs", {"a.md": "A"})
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--delete")
    assert result.code == 0, result.stderr
    assert "added 1" in result.stdout
    assert datasets.get_collection(handmade).to_dict()["name"] == "notes"


def test_dry_run_prints_the_plan_and_changes_nothing(
    cli: Callable[..., Result], datasets: DatasetClient, dataset_id: str, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "docs", {"a.md": "A", "b.md": "B"})
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--dry-run")
    assert result.code == 0, result.stderr
    assert "a.md" in result.stdout
    assert "b.md" in result.stdout
    assert "2 to add, 0 to replace, 0 to delete, 0 unchanged (dry run: nothing changed)" in result.stdout
    assert collections(datasets, dataset_id) == {}
    plan = json.loads(cli("kb", "sync", str(folder), "--dataset", dataset_id, "--dry-run", "--json").stdout)
    assert [(row["action"], row["path"]) for row in plan["plan"]] == [("add", "a.md"), ("add", "b.md")]


def test_an_interrupted_replace_is_cleaned_up(
    cli: Callable[..., Result], datasets: DatasetClient, dataset_id: str, tmp_path: Path
) -> None:
    """A run stopped between uploading a changed file and deleting its old collection leaves two
    of that name; the next run keeps the current one and deletes the other."""
    folder = make_folder(tmp_path / "docs", {"a.md": "old"})
    assert cli("kb", "sync", str(folder), "--dataset", dataset_id).code == 0
    (folder / "a.md").write_text("new", encoding="utf-8")
    files = scan(folder)
    Runner(datasets, dataset_id, retries=0, concurrency=1).upload(files[0])  # the upload, not the delete
    assert len(collections(datasets, dataset_id)["a.md"]) == 2
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--json")
    assert json.loads(result.stdout)["delete"] == 1
    mirrors(datasets, dataset_id, folder)


def test_a_retried_upload_whose_answer_was_lost_makes_no_duplicate(
    datasets: DatasetClient, dataset_id: str, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "docs", {"a.md": "A", "b.md": "B"})
    real = datasets.create_file_collection
    calls: Counter[str] = Counter()

    def lost_answer(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        calls[str(kwargs["filename"])] += 1
        if calls[str(kwargs["filename"])] == 1:
            raise APIConnectionError("Connection error: the answer was lost.")
        return result

    datasets.create_file_collection = lost_answer  # type: ignore[method-assign]
    runner = Runner(datasets, dataset_id, retries=2, concurrency=2, sleep=lambda seconds: None)
    outcome = runner.run(make_plan(scan(folder), [], delete=False), None)
    assert outcome.failed == {}
    assert calls == {"a.md": 1, "b.md": 1}, "the retry found the upload and did not send it again"
    mirrors(datasets, dataset_id, folder)


def test_failures_are_reported_and_exit_6(
    cli: Callable[..., Result],
    datasets: DatasetClient,
    dataset_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = make_folder(tmp_path / "docs", {"a.md": "A", "b.md": "B"})
    real = DatasetClient.create_file_collection

    def refuse_b(self: DatasetClient, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("filename") == "b.md":
            raise ValidationError("File type not allowed [FastGPT invalidParams, code 500]")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(DatasetClient, "create_file_collection", refuse_b)
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id)
    assert result.code == 6
    assert "added 1, replaced 0, deleted 0, unchanged 0, failed 1" in result.stdout
    assert "error: b.md: File type not allowed" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(collections(datasets, dataset_id)) == ["a.md"]


def test_a_server_that_keeps_failing_exits_without_a_traceback(
    cli: Callable[..., Result], fastgpt_server: FakeFastGPT, dataset_id: str, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "docs", {"a.md": "A"})
    fastgpt_server.inject(Fault(status=503))
    try:
        result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--retries", "0")
    finally:
        fastgpt_server.clear_faults()
    assert result.code == 1
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def _spawn_sync(server: FakeFastGPT, folder: Path, dataset_id: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fastgpt_client.cli",
            "kb",
            "sync",
            str(folder),
            "--dataset",
            dataset_id,
            "--concurrency",
            "1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_environ(server_env(server)),
    )


def _wait_for_collections(datasets: DatasetClient, dataset_id: str, at_least: int) -> None:
    for _ in range(600):
        if len(list(datasets.iter_collections(dataset_id, page_size=100))) >= at_least:
            return
        time.sleep(0.05)
    raise AssertionError("the sync did not get going")


@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_an_interrupted_sync_resumes_without_duplicates(
    how: str,
    run_cli: Callable[..., Result],
    fastgpt_server: FakeFastGPT,
    datasets: DatasetClient,
    dataset_id: str,
    tmp_path: Path,
) -> None:
    folder = make_folder(tmp_path / "docs", {f"doc{n:02}.md": f"document {n}" for n in range(12)})
    fastgpt_server.inject(Fault(delay_first=0.3))  # every answer is slow: the run is stopped mid-way
    with _spawn_sync(fastgpt_server, folder, dataset_id) as process:
        _wait_for_collections(datasets, dataset_id, 2)
        process.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    if how == "ctrl-c":
        assert process.returncode == 130, stderr
        assert "Interrupted." in stderr
        assert "Traceback" not in stderr
    fastgpt_server.clear_faults()
    stored = len(collections(datasets, dataset_id))
    assert 2 <= stored < 12, "stopped mid-way"
    resumed = run_cli("kb", "sync", str(folder), "--dataset", dataset_id, "--json")
    assert resumed.code == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["unchanged"] >= 2
    assert summary["add"] + summary["unchanged"] == 12
    mirrors(datasets, dataset_id, folder)


def test_wait_waits_for_training(cli: Callable[..., Result], dataset_id: str, tmp_path: Path) -> None:
    """More on --wait (failures, timeouts) in test_wait.py."""
    folder = make_folder(tmp_path / "docs", {"a.md": "A"})
    result = cli("kb", "sync", str(folder), "--dataset", dataset_id, "--wait")
    assert result.code == 0, result.stderr


def test_a_terminal_gets_progress_bars_for_files_and_bytes(
    fastgpt_server: FakeFastGPT, dataset_id: str, tmp_path: Path
) -> None:
    import pexpect

    folder = make_folder(tmp_path / "docs", {"a.md": "A" * 10, "b.md": "B" * 20})
    child = pexpect.spawn(
        sys.executable,
        ["-m", "fastgpt_client.cli", "kb", "sync", str(folder), "--dataset", dataset_id],
        env=clean_environ(server_env(fastgpt_server)),
        encoding="utf-8",
        timeout=60,
        dimensions=(24, 100),
    )
    child.expect(r"files.*2/2")
    child.expect(r"bytes.*30/30")
    child.expect_exact("added 2, replaced 0, deleted 0, unchanged 0, failed 0")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

"""`fastgpt kb push` (Q&A rows with progress and resume) and `fastgpt kb search` (a table of hits)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fastgpt_client import DatasetClient
from fastgpt_client.testing import FakeFastGPT
from fastgpt_client.testing._faults import Fault

from .conftest import Result


@pytest.fixture
def datasets(fastgpt_server: FakeFastGPT) -> Iterator[DatasetClient]:
    with DatasetClient(api_key=fastgpt_server.api_key, base_url=fastgpt_server.base_url) as client:
        yield client


@pytest.fixture
def collection(datasets: DatasetClient) -> tuple[str, str]:
    dataset_id = datasets.create_dataset("faq")
    return dataset_id, datasets.create_collection(dataset_id, "faq")


def stored(datasets: DatasetClient, collection_id: str) -> list[tuple[str, str]]:
    return sorted(
        (item.to_dict()["q"], item.to_dict().get("a", "")) for item in datasets.iter_data(collection_id)
    )


ROWS = [
    ("How do I reset my password?", "Use the login page."),
    ("Refunds?", "Within 30 days."),
    ("Hours?", "9-5."),
]


def test_push_jsonl_and_csv(
    cli: Callable[..., Result], datasets: DatasetClient, collection: tuple[str, str], tmp_path: Path
) -> None:
    _, collection_id = collection
    jsonl = tmp_path / "faq.jsonl"
    jsonl.write_text("\n".join(json.dumps({"q": q, "a": a}) for q, a in ROWS[:2]) + "\n", encoding="utf-8")
    result = cli("kb", "push", str(jsonl), "--collection", collection_id)
    assert result.code == 0, result.stderr
    assert "pushed 2 of 2 rows; FastGPT inserted 2" in result.stdout
    table = tmp_path / "more.csv"
    table.write_text('question,answer\n"Hours?","9-5."\n', encoding="utf-8")
    as_json = cli("kb", "push", str(table), "--collection", collection_id, "--json")
    assert json.loads(as_json.stdout)["inserted"] == 1
    assert stored(datasets, collection_id) == sorted(ROWS)
    assert not (tmp_path / "faq.jsonl.push-state.json").exists()


def test_a_failed_push_resumes_where_it_stopped(
    cli: Callable[..., Result],
    fastgpt_server: FakeFastGPT,
    datasets: DatasetClient,
    collection: tuple[str, str],
    tmp_path: Path,
) -> None:
    _, collection_id = collection
    jsonl = tmp_path / "faq.jsonl"
    jsonl.write_text("\n".join(json.dumps({"q": q, "a": a}) for q, a in ROWS) + "\n", encoding="utf-8")
    fastgpt_server.inject(Fault(fail_push_after=1))
    failed = cli(
        "kb", "push", str(jsonl), "--collection", collection_id, "--batch-size", "1", "--retries", "0"
    )
    fastgpt_server.clear_faults()
    assert failed.code != 0
    assert "Stopped after row 1 of 3: run the same command again" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert len(stored(datasets, collection_id)) == 1
    resumed = cli("kb", "push", str(jsonl), "--collection", collection_id, "--batch-size", "1")
    assert resumed.code == 0, resumed.stderr
    assert "pushed 2 of 3 rows (resumed at row 1)" in resumed.stdout
    assert stored(datasets, collection_id) == sorted(ROWS), "nothing lost, nothing twice"


def test_bad_rows_are_usage_errors_with_the_line(
    cli: Callable[..., Result], collection: tuple[str, str], tmp_path: Path
) -> None:
    _, collection_id = collection
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('{"q": "ok"}\n{"a": "no question"}\n', encoding="utf-8")
    result = cli("kb", "push", str(jsonl), "--collection", collection_id)
    assert result.code == 2
    assert "bad.jsonl:2: a row needs a non-empty 'q'" in result.stderr
    other = tmp_path / "rows.txt"
    other.write_text("q", encoding="utf-8")
    assert cli("kb", "push", str(other), "--collection", collection_id).code == 2


def test_search_prints_a_table_of_hits(
    cli: Callable[..., Result], datasets: DatasetClient, collection: tuple[str, str]
) -> None:
    dataset_id, collection_id = collection
    datasets.push_data(collection_id, [{"q": q, "a": a} for q, a in ROWS])
    result = cli("kb", "search", dataset_id, "reset password")
    assert result.code == 0, result.stderr
    assert "hits for 'reset password'" in result.stdout
    assert "How do I reset my password?" in result.stdout
    assert "faq" in result.stdout
    hits = json.loads(cli("kb", "search", dataset_id, "reset password", "--json").stdout)["hits"]
    assert hits[0]["q"] == "How do I reset my password?"
    assert hits[0]["collectionId"] == collection_id


def test_search_of_an_unknown_dataset_exits_4(cli: Callable[..., Result]) -> None:
    result = cli("kb", "search", "0123456789abcdef01234567", "anything")
    assert result.code == 4, result.stderr


def test_create_then_push_by_dataset_into_a_collection_named_after_the_file(
    cli: Callable[..., Result], datasets: DatasetClient, tmp_path: Path
) -> None:
    created = cli("kb", "create", "Support")
    assert created.code == 0, created.stderr
    dataset_id = created.stdout.strip()
    assert datasets.get_dataset(dataset_id).to_dict()["name"] == "Support"
    jsonl = tmp_path / "faq.jsonl"
    jsonl.write_text(json.dumps({"q": "Hours?", "a": "9-5."}) + "\n", encoding="utf-8")
    assert cli("kb", "push", str(jsonl), "--dataset", dataset_id).code == 0
    assert cli("kb", "push", str(jsonl), "--dataset", dataset_id, "--restart").code == 0
    names = [item.to_dict()["name"] for item in datasets.iter_collections(dataset_id)]
    assert names == ["faq.jsonl"], "the second push found the collection it made"
    neither = cli("kb", "push", str(jsonl))
    assert neither.code == 2
    assert "Give --collection ID, or --dataset ID" in neither.stderr

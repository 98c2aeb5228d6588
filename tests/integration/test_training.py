"""Training progress, `wait_for_training` and API-dataset imports against the emulator over real
sockets, sync and async, on FastGPT 4.16 and 4.14 (the training routes are in both)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from fastgpt_client import (
    APIStatusError,
    AsyncDatasetClient,
    DatasetClient,
    TrainingError,
    TrainingFailedError,
    TrainingTimeoutError,
)
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS

pytestmark = BOTH_VERSIONS

DETAIL = "/api/core/dataset/collection/trainingDetail"
TEXT = "alpha one\n\nbeta two\n\ngamma three\n\ndelta four"
SPLIT = {"chunkSettingMode": "custom", "chunkSplitMode": "char", "chunkSplitter": "\n\n"}


class Datasets:
    def __init__(self, client: DatasetClient | AsyncDatasetClient) -> None:
        self.client = client

    async def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        return await result if isinstance(self.client, AsyncDatasetClient) else result

    async def collect(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        iterator = getattr(self.client, method)(*args, **kwargs)
        if isinstance(self.client, AsyncDatasetClient):
            return [item async for item in iterator]
        return list(iterator)


@pytest.fixture
async def ds(server: FakeFastGPT, mode: str) -> AsyncIterator[Datasets]:
    if mode == "async":
        async with AsyncDatasetClient(api_key=server.api_key, base_url=server.base_url) as client:
            yield Datasets(client)
    else:
        with DatasetClient(api_key=server.api_key, base_url=server.base_url) as sync_client:
            yield Datasets(sync_client)


async def _import(ds: Datasets) -> tuple[str, str]:
    dataset_id = await ds("create_dataset", "Docs")
    created = await ds("create_text_collection", dataset_id, "notes", TEXT, chunk_settings=SPLIT)
    return dataset_id, created.collection_id


async def test_an_unscripted_import_is_trained_at_once(ds: Datasets, server: FakeFastGPT) -> None:
    dataset_id, collection_id = await _import(ds)
    status = await ds("wait_for_training", collection_id, poll_interval=0.01)
    assert (status.done, status.ok, status.trained, status.queued, status.failed) == (True, True, 4, 0, 0)
    assert status.training_type == "chunk"
    assert server.request_count(DETAIL) == 1
    queue = await ds("get_training_queue", dataset_id)
    assert (queue.training, queue.rebuilding) == (0, 0)


async def test_wait_for_training_polls_until_done(
    ds: Datasets, server: FakeFastGPT, sleeps: list[float]
) -> None:
    server.script_training(steps=3)
    dataset_id, collection_id = await _import(ds)
    first = await ds("get_training_status", collection_id)
    assert (first.done, first.training, first.queued, first.trained) == (False, 1, 2, 1)
    assert first.queued_by_mode == {"chunk": 2}
    assert (await ds("get_training_queue", dataset_id)).training == 3
    status = await ds("wait_for_training", collection_id, poll_interval=0.25)
    assert status.ok
    assert status.trained == 4
    assert server.request_count(DETAIL) == 3
    assert sleeps == [0.25]  # one wait between the second read and the last


async def test_failed_items_are_listed_with_their_errors(ds: Datasets, server: FakeFastGPT) -> None:
    server.script_training(steps=2, fail=[1, 3], error="The embedding model is down.")
    _, collection_id = await _import(ds)
    with pytest.raises(TrainingFailedError) as caught:
        await ds("wait_for_training", collection_id, poll_interval=0.01)
    error = caught.value
    assert isinstance(error, TrainingError)
    assert error.collection_id == collection_id
    assert [(f.chunk_index, f.q, f.error) for f in error.failed] == [
        (1, "beta two", "The embedding model is down."),
        (3, "delta four", "The embedding model is down."),
    ]
    assert error.status.failed == 2
    assert error.status.trained == 2
    assert "2 item(s)" in str(error)
    assert "#1: The embedding model is down" in str(error)
    # the failed chunks never became data; the training errors list them
    assert [item.q for item in await ds.collect("iter_data", collection_id)] == ["alpha one", "gamma three"]
    page = await ds("list_training_errors", collection_id, page_size=1)
    assert (page.total, [f.chunk_index for f in page]) == (2, [1])
    assert [f.chunk_index for f in await ds.collect("iter_training_errors", collection_id, page_size=1)] == [
        1,
        3,
    ]


async def test_a_collection_that_never_finishes_times_out(ds: Datasets, server: FakeFastGPT) -> None:
    server.script_training(stuck=True)
    _, collection_id = await _import(ds)
    with pytest.raises(TrainingTimeoutError, match=r"still training after 0\.2s") as caught:
        await ds("wait_for_training", collection_id, timeout=0.2, poll_interval=0.05)
    assert caught.value.status.training == 1
    assert not caught.value.status.done


async def test_wait_for_training_checks_its_arguments(ds: Datasets, server: FakeFastGPT) -> None:
    with pytest.raises(ValueError, match=r"wait_for_training\(\): timeout must be"):
        await ds("wait_for_training", "c1", timeout=-1)
    with pytest.raises(ValueError, match="poll_interval must be"):
        await ds("wait_for_training", "c1", poll_interval=0)
    with pytest.raises(TypeError, match="collection_id must be a string"):
        await ds("wait_for_training", None)
    assert server.request_count() == 0


async def test_api_collection_import(ds: Datasets, server: FakeFastGPT) -> None:
    api_dataset = await ds("create_dataset", "Files", type="apiDataset")
    server.script_training(steps=1)
    assert await ds("create_api_collection", api_dataset, "file-1", "handbook.md") is None
    await ds("create_api_collection", api_dataset, "file-1", "handbook.md")  # imported before: skipped
    [collection] = await ds("list_collections", api_dataset)
    assert (collection.name, collection.type_) == ("handbook.md", "apiFile")
    assert (await ds("wait_for_training", collection.id, poll_interval=0.01)).ok
    plain = await ds("create_dataset", "Plain")
    with pytest.raises(APIStatusError, match="Can not find api dataset server"):
        await ds("create_api_collection", plain, "file-1", "handbook.md")

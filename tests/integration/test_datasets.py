"""Knowledge bases: every DatasetClient / AsyncDatasetClient method against the emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from fastgpt_client import (
    AsyncDatasetClient,
    ChunkSettings,
    DatasetClient,
    NotFoundError,
    Page,
    PushDataError,
    PushResult,
    SearchResult,
)
from fastgpt_client.exceptions import InternalServerError
from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS

PUSH = "/api/core/dataset/data/pushData"


class Datasets:
    """`DatasetClient` or `AsyncDatasetClient` behind one awaitable interface."""

    def __init__(self, client: DatasetClient | AsyncDatasetClient) -> None:
        self.client = client

    async def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        if isinstance(self.client, AsyncDatasetClient):
            return await result
        return result

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


def qa_items(count: int) -> list[dict[str, Any]]:
    return [{"q": f"Question number {i}?", "a": f"Answer {i}."} for i in range(count)]


# -- datasets ---------------------------------------------------------------------------------------
@BOTH_VERSIONS
async def test_dataset_lifecycle(ds: Datasets) -> None:
    dataset_id = await ds(
        "create_dataset", "Product docs", intro="Manuals", vector_model="text-embedding-3-large"
    )
    folder_id = await ds("create_dataset", "Archive", type="folder")
    child_id = await ds("create_dataset", "Old manuals", parent_id=folder_id)
    top = await ds("list_datasets")
    assert {d.name for d in top} == {"Product docs", "Archive"}
    assert [d.id for d in await ds("list_datasets", parent_id=folder_id)] == [child_id]
    assert [d.name for d in await ds("list_datasets", search_key="product")] == ["Product docs"]
    detail = await ds("get_dataset", dataset_id)
    assert detail.name == "Product docs"
    assert detail.intro == "Manuals"
    assert detail.vector_model.model == "text-embedding-3-large"
    await ds("delete_dataset", dataset_id)
    with pytest.raises(NotFoundError) as caught:
        await ds("get_dataset", dataset_id)
    assert caught.value.status_text == "unExistDataset"
    assert caught.value.code == 501002


# -- collections ------------------------------------------------------------------------------------
@BOTH_VERSIONS
async def test_collections_every_kind(ds: Datasets, tmp_path: Path) -> None:
    dataset_id = await ds("create_dataset", "Docs")
    folder_id = await ds("create_collection", dataset_id, "Folder", type="folder")
    virtual_id = await ds("create_collection", dataset_id, "Pushed", parent_id=folder_id, tags=["faq"])
    text = "\n\n".join(f"Paragraph {i} about the emulator's splitter." for i in range(10))
    created = await ds(
        "create_text_collection",
        dataset_id,
        "Guide",
        text,
        chunk_settings=ChunkSettings(chunk_setting_mode="custom", chunk_split_mode="size", chunk_size=100),
        tags=["guide"],
    )
    assert created.results.insert_len == len(
        [c for c in (await ds.collect("iter_data", created.collection_id))]
    )
    assert created.results.insert_len > 1  # split by chunk_size
    link = await ds(
        "create_link_collection", dataset_id, "https://example.com/page", web_page_selector="main"
    )
    assert link.results.insert_len == 1
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nFirst.\n\nSecond.", encoding="utf-8")
    from_file = await ds("create_file_collection", dataset_id, path)
    assert (await ds("get_collection", from_file.collection_id)).name == "notes.md"

    top = await ds("list_collections", dataset_id)
    assert isinstance(top, Page)
    assert {c.name for c in top} == {"Folder", "Guide", "https://example.com/page", "notes.md"}
    inside = await ds("list_collections", dataset_id, parent_id=folder_id)
    assert [c.id for c in inside] == [virtual_id]
    assert [c.name for c in await ds("list_collections", dataset_id, filter_tags=["guide"])] == ["Guide"]
    assert [c.name for c in await ds("list_collections", dataset_id, search_text="note")] == ["notes.md"]

    detail = await ds("get_collection", created.collection_id)
    assert detail.name == "Guide"
    assert detail.tags == ["guide"]
    assert detail.chunk_size == 100  # the chunk settings are kept on the collection
    await ds("update_collection", created.collection_id, name="User guide", tags=["guide", "v2"], forbid=True)
    updated = await ds("get_collection", created.collection_id)
    assert (updated.name, updated.tags, updated.forbid) == ("User guide", ["guide", "v2"], True)

    await ds("delete_collections", [created.collection_id, link.collection_id])
    await ds("delete_collections", folder_id)  # one id; its child goes with it
    remaining = await ds.collect("iter_collections", dataset_id)
    assert [c.name for c in remaining] == ["notes.md"]
    with pytest.raises(NotFoundError) as caught:
        await ds("get_collection", created.collection_id)
    assert caught.value.status_text == "unExistCollection"


@pytest.mark.parametrize(
    "filename",
    ["Résumé 2024.txt", "知识库 说明.md", "100% sure & more?.txt", "emoji 📚.txt", "plain.txt"],
)
async def test_non_ascii_file_names_survive(ds: Datasets, filename: str) -> None:
    dataset_id = await ds("create_dataset", "Files")
    created = await ds(
        "create_file_collection", dataset_id, b"Hello from a file.", filename=filename, tags=["f"]
    )
    detail = await ds("get_collection", created.collection_id)
    assert detail.name == filename
    assert detail.source_name == filename
    assert detail.tags == ["f"]


async def test_binary_file_is_one_chunk(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "Files")
    created = await ds("create_file_collection", dataset_id, b"%PDF-1.7 \x00\x01", filename="report.pdf")
    assert created.results.insert_len == 1


async def test_collections_paging(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "Many")
    for i in range(7):
        await ds("create_collection", dataset_id, f"c{i}")
    first = await ds("list_collections", dataset_id, page_size=3)
    assert (len(first), first.total, first.next_offset) == (3, 7, 3)
    last = await ds("list_collections", dataset_id, offset=6, page_size=3)
    assert (len(last), last.next_offset) == (1, None)
    every = await ds.collect("iter_collections", dataset_id, page_size=2)
    assert sorted(c.name for c in every) == [f"c{i}" for i in range(7)]


# -- data -------------------------------------------------------------------------------------------
@BOTH_VERSIONS
async def test_push_list_get_update_delete_data(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "FAQ")
    collection_id = await ds("create_collection", dataset_id, "faq")
    result = await ds(
        "push_data",
        collection_id,
        [
            {
                "q": "What is FastGPT?",
                "a": "An LLM app platform.",
                "indexes": [{"type": "custom", "text": "about"}],
            },
            {"q": "Is there a Python SDK?", "a": "Yes."},
        ],
    )
    assert isinstance(result, PushResult)
    assert (result.inserted, result.sent, result.complete) == (2, 2, True)
    page = await ds("list_data", collection_id)
    assert page.total == 2
    first = page[0]
    assert first.q == "What is FastGPT?"
    detail = await ds("get_data", first.id)
    assert detail.a == "An LLM app platform."
    assert {(i.type_, i.text) for i in detail.indexes} >= {("custom", "about")}
    await ds("update_data", first.id, a="An open-source LLM app platform.")
    assert (await ds("get_data", first.id)).a == "An open-source LLM app platform."
    await ds("update_data", first.id, indexes=[{"type": "question", "text": "what is it"}])
    kinds = {(i.type_, i.text) for i in (await ds("get_data", first.id)).indexes}
    assert ("question", "what is it") in kinds
    assert ("custom", "about") not in kinds
    await ds("delete_data", first.id)
    assert (await ds("list_data", collection_id)).total == 1
    found = await ds("list_data", collection_id, search_text="python")
    assert [d.q for d in found] == ["Is there a Python SDK?"]


async def test_push_from_a_generator_in_small_batches(ds: Datasets, server: FakeFastGPT) -> None:
    dataset_id = await ds("create_dataset", "Gen")
    collection_id = await ds("create_collection", dataset_id, "gen")
    server.reset_stats()
    result = await ds("push_data", collection_id, (item for item in qa_items(25)), batch_size=10)
    assert [(b.start, b.end, b.inserted) for b in result.batches] == [(0, 10, 10), (10, 20, 10), (20, 25, 5)]
    assert server.request_count(PUSH) == 3


async def test_thousand_items_fail_in_third_batch_then_resume(ds: Datasets, server: FakeFastGPT) -> None:
    dataset_id = await ds("create_dataset", "Import")
    collection_id = await ds("create_collection", dataset_id, "bulk")
    items = qa_items(1000)
    server.inject("fail_push_after=2")
    with pytest.raises(PushDataError) as caught:
        await ds("push_data", collection_id, items)
    err = caught.value
    assert isinstance(err.error, InternalServerError)
    assert err.next_index == 400
    assert err.failed == range(400, 600)
    assert err.stored == range(0, 400)
    assert err.result.inserted == 400
    assert [(b.start, b.end) for b in err.result.batches] == [(0, 200), (200, 400)]
    assert err.remaining_items == items[400:]
    assert not err.maybe_stored
    assert "items 0-399 were stored" in str(err)
    assert "items 400-599 were not stored" in str(err)
    assert "items 600-999 were not sent" in str(err)
    assert "start=400" in str(err)
    assert server.request_count(PUSH) == 3
    assert (await ds("list_data", collection_id)).total == 400

    server.clear_faults()
    resumed = await ds("push_data", collection_id, items, start=err.next_index)
    assert (resumed.start, resumed.inserted, resumed.complete) == (400, 600, True)
    stored = await ds.collect("iter_data", collection_id)
    assert len(stored) == 1000
    assert sorted(d.q for d in stored) == sorted(i["q"] for i in items)  # no duplicates, none missing


@BOTH_VERSIONS
async def test_resume_with_remaining_items(ds: Datasets, server: FakeFastGPT) -> None:
    dataset_id = await ds("create_dataset", "Import")
    collection_id = await ds("create_collection", dataset_id, "bulk")
    server.inject("fail_push_after=1")
    with pytest.raises(PushDataError) as caught:
        await ds("push_data", collection_id, qa_items(250))
    server.clear_faults()
    await ds("push_data", collection_id, caught.value.remaining_items)
    assert (await ds("list_data", collection_id)).total == 250


@BOTH_VERSIONS
async def test_bad_item_sends_nothing(ds: Datasets, server: FakeFastGPT) -> None:
    dataset_id = await ds("create_dataset", "Import")
    collection_id = await ds("create_collection", dataset_id, "bulk")
    server.reset_stats()
    items = [*qa_items(450), {"q": "  "}]
    with pytest.raises(ValueError, match=r"items\[450\]"):
        await ds("push_data", collection_id, items)
    assert server.request_count(PUSH) == 0


@BOTH_VERSIONS
async def test_push_to_missing_collection(ds: Datasets) -> None:
    with pytest.raises(PushDataError) as caught:
        await ds("push_data", "0" * 24, qa_items(3))
    assert isinstance(caught.value.error, NotFoundError)
    assert caught.value.next_index == 0
    assert "no items were stored" in str(caught.value)


async def test_data_paging_is_capped_at_30(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "Paging")
    collection_id = await ds("create_collection", dataset_id, "p")
    await ds("push_data", collection_id, qa_items(75))
    page = await ds("list_data", collection_id, page_size=30)
    assert (len(page), page.total, page.next_offset) == (30, 75, 30)
    with pytest.raises(ValueError, match=r"between 1 and 30"):
        await ds("list_data", collection_id, page_size=31)
    every = await ds.collect("iter_data", collection_id)
    assert [d.q for d in every] == [f"Question number {i}?" for i in range(75)]


# -- search -----------------------------------------------------------------------------------------
@BOTH_VERSIONS
async def test_search_ranks_the_matching_item_first(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "Search")
    collection_id = await ds("create_collection", dataset_id, "faq")
    await ds(
        "push_data",
        collection_id,
        [
            {"q": "How do I reset my password?", "a": "Use the account page."},
            {"q": "Which payment methods are accepted?", "a": "Cards and invoices."},
            {"q": "How do I delete my account?", "a": "Contact support."},
            {
                "q": "Opening hours",
                "a": "9 to 5.",
                "indexes": [{"type": "custom", "text": "when are you open"}],
            },
        ],
    )
    result = await ds("search_test", dataset_id, "payment methods", search_mode="fullTextRecall")
    assert isinstance(result, SearchResult)
    assert result[0].q == "Which payment methods are accepted?"
    assert result[0].score[0].type_ == "fullText"
    assert 0 < result[0].score[0].value <= 1
    assert result.search_mode == "fullTextRecall"
    assert isinstance(result.duration, float)
    assert result.duration >= 0
    by_index = await ds("search_test", dataset_id, "when open")
    assert by_index[0].q == "Opening hours"  # custom indexes are searched too
    assert (await ds("search_test", dataset_id, "password reset", limit=100, similarity=0.01))[0].a == (
        "Use the account page."
    )
    assert len(await ds("search_test", dataset_id, "zebra")) == 0


async def test_forbidden_collection_is_not_searched(ds: Datasets) -> None:
    dataset_id = await ds("create_dataset", "Search")
    created = await ds("create_text_collection", dataset_id, "t", "Quantum gardening tips.")
    assert len(await ds("search_test", dataset_id, "quantum")) == 1
    await ds("update_collection", created.collection_id, forbid=True)
    assert len(await ds("search_test", dataset_id, "quantum")) == 0


# -- the docs ---------------------------------------------------------------------------------------
def test_docs_example_runs(
    server: FakeFastGPT, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    page = (Path(__file__).resolve().parents[2] / "docs" / "knowledge-bases.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    assert blocks
    monkeypatch.setenv("FASTGPT_API_KEY", server.api_key)
    monkeypatch.setenv("FASTGPT_BASE_URL", server.base_url)
    exec(compile(blocks[0], "docs/knowledge-bases.md", "exec"), {})
    out = capsys.readouterr().out
    assert "1000 items in 5 batches" in out
    assert "What does error E0042 mean? Case 42." in out

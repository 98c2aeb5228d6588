"""Every DatasetClient method's request is valid against openapi/fastgpt.yaml, as Prism judges it.

Prism answers an invalid request with HTTP 422 (ValidationError) and a missing credential with
401: a call that returns normally was accepted, and its answer parsed into our types.
"""

from __future__ import annotations

import pytest

from fastgpt_client import AsyncDatasetClient, ChunkSettings, DatasetClient, Page, PushResult, SearchResult

KEY = "fastgpt-contract0000000000000000000000000000000000000000"
DATASET = "6641b0e0f1c2d3e4f5a6b7c8"
COLLECTION = "6641b0e0f1c2d3e4f5a6b7c9"
DATA = "6641b0e0f1c2d3e4f5a6b7ca"
SETTINGS = ChunkSettings(
    training_type="chunk",
    chunk_setting_mode="custom",
    chunk_split_mode="char",
    chunk_splitter="\n",
    chunk_size=512,
    index_size=256,
    auto_indexes=False,
)


def test_every_dataset_method(prism_url: str) -> None:
    with DatasetClient(api_key=KEY, base_url=prism_url) as client:
        assert isinstance(
            client.create_dataset(
                "KB",
                parent_id=DATASET,
                intro="i",
                avatar="a",
                vector_model="v",
                agent_model="g",
                vlm_model="m",
            ),
            str,
        )
        assert isinstance(client.list_datasets(parent_id=DATASET, search_key="k", type="dataset"), list)
        client.get_dataset(DATASET)
        client.delete_dataset(DATASET)

        assert isinstance(
            client.create_collection(DATASET, "c", type="folder", parent_id=COLLECTION, tags=["t"]), str
        )
        with pytest.warns(DeprecationWarning, match="metadata"):  # 4.16 drops it; still sent for 4.14
            assert isinstance(client.create_collection(DATASET, "c", metadata={"k": 1}), str)
        client.create_text_collection(
            DATASET, "t", "Some text.", parent_id=COLLECTION, tags=["t"], chunk_settings=SETTINGS
        )
        client.create_link_collection(
            DATASET,
            "https://example.com",
            metadata={"k": 1},
            chunk_settings=SETTINGS,
            web_page_selector="main",
        )
        client.create_file_collection(
            DATASET, "日本 Résumé.txt".encode(), filename="日本 Résumé.txt", chunk_settings=SETTINGS
        )
        assert isinstance(
            client.list_collections(
                DATASET, parent_id=COLLECTION, search_text="s", filter_tags=["t"], offset=0, page_size=100
            ),
            Page,
        )
        next(client.iter_collections(DATASET), None)
        client.get_collection(COLLECTION)
        client.update_collection(COLLECTION, name="n", tags=["t"], forbid=False, parent_id=COLLECTION)
        client.delete_collections([COLLECTION])

        pushed = client.push_data(
            COLLECTION,
            [{"q": "q", "a": "a", "chunkIndex": 0, "indexes": [{"type": "custom", "text": "i"}]}],
            training_type="qa",
            prompt="p",
            bill_id="b",
            index_size=256,
            auto_indexes=True,
        )
        assert isinstance(pushed, PushResult)
        assert isinstance(client.list_data(COLLECTION, search_text="s", offset=0, page_size=30), Page)
        next(client.iter_data(COLLECTION), None)
        client.get_data(DATA)
        client.update_data(DATA, q="q", a="a", indexes=[{"type": "default", "text": "t", "dataId": "x"}])
        client.delete_data(DATA)
        result = client.search_test(
            DATASET,
            "query",
            limit=5000,
            similarity=0.5,
            search_mode="mixedRecall",
            using_rerank=True,
            rerank_model="r",
            embedding_weight=0.5,
        )
        assert isinstance(result, SearchResult)


async def test_async_dataset_client_requests_are_valid(prism_url: str) -> None:
    async with AsyncDatasetClient(api_key=KEY, base_url=prism_url) as client:
        await client.create_dataset("KB")
        await client.create_file_collection(DATASET, b"x", filename="a.txt")
        await client.push_data(COLLECTION, [{"q": "q"}])
        async for _ in client.iter_data(COLLECTION):
            break
        await client.search_test(DATASET, "q")

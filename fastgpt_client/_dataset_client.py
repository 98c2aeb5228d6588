"""`DatasetClient` and `AsyncDatasetClient`: knowledge bases, their collections, data and search.

Every method is a plan built in `_datasets` and run by the sync or async sender; the two classes
differ only in `await`. `push_data` shares its checking and batching (`PushJob`) the same way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._datasets import (
    MAX_COLLECTION_PAGE,
    MAX_DATA_PAGE,
    MAX_PUSH_BATCH,
    ChunkSettingsInput,
    DataItem,
    FileInput,
    IndexInput,
    PushJob,
    PushResult,
    SearchModeName,
    SearchResult,
    TrainingTypeName,
    build_create_collection,
    build_create_dataset,
    build_create_file_collection,
    build_create_link_collection,
    build_create_text_collection,
    build_delete_collections,
    build_delete_data,
    build_delete_dataset,
    build_get_collection,
    build_get_data,
    build_get_dataset,
    build_list_collections,
    build_list_data,
    build_list_datasets,
    build_search_test,
    build_update_collection,
    build_update_data,
)
from ._pagination import Page, aiterate_pages, iterate_pages
from ._types import RequestOptions
from .exceptions import APIError

if TYPE_CHECKING:
    from fastgpt_api.models import (
        Collection,
        CollectionCreateResult,
        CollectionListItem,
        DataListItem,
        Dataset,
        DatasetData,
        DatasetListItem,
    )

__all__ = ["AsyncDatasetClient", "DatasetClient"]

DatasetTypeName = Literal["dataset", "folder", "websiteDataset", "apiDataset", "feishu", "yuque"]


class DatasetClient(SyncAPIClient):
    """Knowledge bases (FastGPT datasets): create them, import collections, push and correct data,
    and test retrieval.

    `DatasetClient(api_key=None, base_url=None, *, app_id=None, timeout=..., max_retries=2,
    http_client=None, default_headers=None)`, like every client. Dataset routes check the key's
    team member, so an app key or an account key both work.
    """

    # datasets

    def create_dataset(
        self,
        name: str,
        *,
        type: DatasetTypeName = "dataset",
        parent_id: str | None = None,
        intro: str | None = None,
        avatar: str | None = None,
        vector_model: str | None = None,
        agent_model: str | None = None,
        vlm_model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a dataset (or a folder with `type="folder"`) and returns its id."""
        return self._request(
            build_create_dataset(
                name,
                type=type,
                parent_id=parent_id,
                intro=intro,
                avatar=avatar,
                vector_model=vector_model,
                agent_model=agent_model,
                vlm_model=vlm_model,
                options=options,
            )
        )

    def list_datasets(
        self,
        *,
        parent_id: str | None = None,
        search_key: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[DatasetListItem]:
        """The datasets in a folder (the top level by default); FastGPT does not paginate them."""
        return self._request(
            build_list_datasets(parent_id=parent_id, search_key=search_key, type=type, options=options)
        )

    def get_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> Dataset:
        """A dataset's detail (models, intro, permission, ...)."""
        return self._request(build_get_dataset(dataset_id, options))

    def delete_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes a dataset with its collections and data."""
        self._request(build_delete_dataset(dataset_id, options))

    # collections

    def create_collection(
        self,
        dataset_id: str,
        name: str,
        *,
        type: Literal["virtual", "folder"] = "virtual",
        parent_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates an empty collection (`virtual`, to `push_data` into) or a folder; returns its id."""
        return self._request(
            build_create_collection(
                dataset_id,
                name,
                type=type,
                parent_id=parent_id,
                metadata=metadata,
                tags=tags,
                options=options,
            )
        )

    def create_text_collection(
        self,
        dataset_id: str,
        name: str,
        text: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports `text` (at most 10 MB) as a collection, split by `chunk_settings`."""
        return self._request(
            build_create_text_collection(
                dataset_id,
                name,
                text,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                options=options,
            )
        )

    def create_link_collection(
        self,
        dataset_id: str,
        link: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        web_page_selector: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports a web page (FastGPT fetches it; `web_page_selector` picks a part of it)."""
        return self._request(
            build_create_link_collection(
                dataset_id,
                link,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                web_page_selector=web_page_selector,
                options=options,
            )
        )

    def create_file_collection(
        self,
        dataset_id: str,
        path_or_bytes: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Uploads a file (a path, or bytes with `filename=`) as a collection.

        The name is sent URL-encoded, which FastGPT decodes: non-ASCII names arrive intact.
        """
        return self._request(
            build_create_file_collection(
                dataset_id,
                path_or_bytes,
                filename=filename,
                content_type=content_type,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                options=options,
            )
        )

    def list_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        offset: int = 0,
        page_size: int = 30,
        **options: Unpack[RequestOptions],
    ) -> Page[CollectionListItem]:
        """One page of a dataset's collections (`page_size` at most 100, FastGPT's cap)."""
        return self._request(
            build_list_collections(
                dataset_id,
                parent_id=parent_id,
                search_text=search_text,
                filter_tags=filter_tags,
                offset=offset,
                page_size=page_size,
                options=options,
            )
        )

    def iter_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        page_size: int = MAX_COLLECTION_PAGE,
        **options: Unpack[RequestOptions],
    ) -> Iterator[CollectionListItem]:
        """Every collection of a dataset, fetching page after page."""

        def fetch(offset: int) -> Page[CollectionListItem]:
            return self._request(
                build_list_collections(
                    dataset_id,
                    parent_id=parent_id,
                    search_text=search_text,
                    filter_tags=filter_tags,
                    offset=offset,
                    page_size=page_size,
                    options=options,
                    method="iter_collections",
                )
            )

        return iterate_pages(fetch, 0)

    def get_collection(self, collection_id: str, **options: Unpack[RequestOptions]) -> Collection:
        """A collection's detail."""
        return self._request(build_get_collection(collection_id, options))

    def update_collection(
        self,
        collection_id: str,
        *,
        name: str | None = None,
        tags: Sequence[str] | None = None,
        forbid: bool | None = None,
        parent_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Renames, retags, disables (`forbid=True`) or moves a collection; None leaves a field."""
        self._request(
            build_update_collection(
                collection_id, name=name, tags=tags, forbid=forbid, parent_id=parent_id, options=options
            )
        )

    def delete_collections(
        self, collection_ids: str | Sequence[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one collection or several, with their data."""
        self._request(build_delete_collections(collection_ids, options))

    # data

    def push_data(
        self,
        collection_id: str,
        items: Iterable[DataItem],
        *,
        training_type: TrainingTypeName = "chunk",
        prompt: str | None = None,
        bill_id: str | None = None,
        index_size: int | None = None,
        auto_indexes: bool | None = None,
        batch_size: int = MAX_PUSH_BATCH,
        start: int = 0,
        **options: Unpack[RequestOptions],
    ) -> PushResult:
        """Adds any number of items (`{"q", "a", "indexes"}` dicts or `DataItemInput`s) to a collection.

        Every item is checked before anything is sent; then they go in batches of `batch_size`
        (at most 200, FastGPT's limit). When a batch fails, `PushDataError` says which items
        were stored and carries `next_index`: `push_data(..., start=err.next_index)` sends
        exactly the rest.
        """
        job = PushJob(
            collection_id,
            items,
            training_type=training_type,
            prompt=prompt,
            bill_id=bill_id,
            index_size=index_size,
            auto_indexes=auto_indexes,
            batch_size=batch_size,
            start=start,
            options=options,
        )
        for first, end in job.batches():
            try:
                answer = self._request(job.plan(first, end))
            except APIError as exc:
                raise job.failure(first, end, exc) from exc
            job.record(first, end, answer)
        return job.result()

    def list_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        offset: int = 0,
        page_size: int = MAX_DATA_PAGE,
        **options: Unpack[RequestOptions],
    ) -> Page[DataListItem]:
        """One page of a collection's items (`page_size` at most 30, FastGPT's cap)."""
        return self._request(
            build_list_data(
                collection_id, search_text=search_text, offset=offset, page_size=page_size, options=options
            )
        )

    def iter_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        page_size: int = MAX_DATA_PAGE,
        **options: Unpack[RequestOptions],
    ) -> Iterator[DataListItem]:
        """Every item of a collection, fetching page after page."""

        def fetch(offset: int) -> Page[DataListItem]:
            return self._request(
                build_list_data(
                    collection_id,
                    search_text=search_text,
                    offset=offset,
                    page_size=page_size,
                    options=options,
                    method="iter_data",
                )
            )

        return iterate_pages(fetch, 0)

    def get_data(self, data_id: str, **options: Unpack[RequestOptions]) -> DatasetData:
        """An item with its indexes."""
        return self._request(build_get_data(data_id, options))

    def update_data(
        self,
        data_id: str,
        *,
        q: str | None = None,
        a: str | None = None,
        indexes: Sequence[IndexInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Corrects an item; None leaves a field. Pass an index's `dataId` to keep that index."""
        self._request(build_update_data(data_id, q=q, a=a, indexes=indexes, options=options))

    def delete_data(self, data_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes an item."""
        self._request(build_delete_data(data_id, options))

    # search

    def search_test(
        self,
        dataset_id: str,
        text: str,
        *,
        limit: int | None = None,
        similarity: float | None = None,
        search_mode: SearchModeName | None = None,
        using_rerank: bool | None = None,
        rerank_model: str | None = None,
        embedding_weight: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SearchResult:
        """What a query retrieves from a dataset, best first (`limit` is a token budget)."""
        return self._request(
            build_search_test(
                dataset_id,
                text,
                limit=limit,
                similarity=similarity,
                search_mode=search_mode,
                using_rerank=using_rerank,
                rerank_model=rerank_model,
                embedding_weight=embedding_weight,
                options=options,
            )
        )


class AsyncDatasetClient(AsyncAPIClient):
    """The async twin of `DatasetClient`; every method is awaited (`iter_*` are async iterators)."""

    # datasets

    async def create_dataset(
        self,
        name: str,
        *,
        type: DatasetTypeName = "dataset",
        parent_id: str | None = None,
        intro: str | None = None,
        avatar: str | None = None,
        vector_model: str | None = None,
        agent_model: str | None = None,
        vlm_model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a dataset; see `DatasetClient.create_dataset`."""
        return await self._request(
            build_create_dataset(
                name,
                type=type,
                parent_id=parent_id,
                intro=intro,
                avatar=avatar,
                vector_model=vector_model,
                agent_model=agent_model,
                vlm_model=vlm_model,
                options=options,
            )
        )

    async def list_datasets(
        self,
        *,
        parent_id: str | None = None,
        search_key: str | None = None,
        type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[DatasetListItem]:
        """The datasets in a folder; see `DatasetClient.list_datasets`."""
        return await self._request(
            build_list_datasets(parent_id=parent_id, search_key=search_key, type=type, options=options)
        )

    async def get_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> Dataset:
        """A dataset's detail."""
        return await self._request(build_get_dataset(dataset_id, options))

    async def delete_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes a dataset with its collections and data."""
        await self._request(build_delete_dataset(dataset_id, options))

    # collections

    async def create_collection(
        self,
        dataset_id: str,
        name: str,
        *,
        type: Literal["virtual", "folder"] = "virtual",
        parent_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        tags: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates an empty collection or a folder; see `DatasetClient.create_collection`."""
        return await self._request(
            build_create_collection(
                dataset_id,
                name,
                type=type,
                parent_id=parent_id,
                metadata=metadata,
                tags=tags,
                options=options,
            )
        )

    async def create_text_collection(
        self,
        dataset_id: str,
        name: str,
        text: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports text as a collection; see `DatasetClient.create_text_collection`."""
        return await self._request(
            build_create_text_collection(
                dataset_id,
                name,
                text,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                options=options,
            )
        )

    async def create_link_collection(
        self,
        dataset_id: str,
        link: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        web_page_selector: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Imports a web page; see `DatasetClient.create_link_collection`."""
        return await self._request(
            build_create_link_collection(
                dataset_id,
                link,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                web_page_selector=web_page_selector,
                options=options,
            )
        )

    async def create_file_collection(
        self,
        dataset_id: str,
        path_or_bytes: FileInput,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> CollectionCreateResult:
        """Uploads a file as a collection; see `DatasetClient.create_file_collection`."""
        return await self._request(
            build_create_file_collection(
                dataset_id,
                path_or_bytes,
                filename=filename,
                content_type=content_type,
                parent_id=parent_id,
                tags=tags,
                metadata=metadata,
                chunk_settings=chunk_settings,
                options=options,
            )
        )

    async def list_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        offset: int = 0,
        page_size: int = 30,
        **options: Unpack[RequestOptions],
    ) -> Page[CollectionListItem]:
        """One page of a dataset's collections; see `DatasetClient.list_collections`."""
        return await self._request(
            build_list_collections(
                dataset_id,
                parent_id=parent_id,
                search_text=search_text,
                filter_tags=filter_tags,
                offset=offset,
                page_size=page_size,
                options=options,
            )
        )

    def iter_collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None = None,
        search_text: str | None = None,
        filter_tags: Sequence[str] | None = None,
        page_size: int = MAX_COLLECTION_PAGE,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[CollectionListItem]:
        """Every collection of a dataset: `async for collection in client.iter_collections(...)`."""

        async def fetch(offset: int) -> Page[CollectionListItem]:
            return await self._request(
                build_list_collections(
                    dataset_id,
                    parent_id=parent_id,
                    search_text=search_text,
                    filter_tags=filter_tags,
                    offset=offset,
                    page_size=page_size,
                    options=options,
                    method="iter_collections",
                )
            )

        return aiterate_pages(fetch, 0)

    async def get_collection(self, collection_id: str, **options: Unpack[RequestOptions]) -> Collection:
        """A collection's detail."""
        return await self._request(build_get_collection(collection_id, options))

    async def update_collection(
        self,
        collection_id: str,
        *,
        name: str | None = None,
        tags: Sequence[str] | None = None,
        forbid: bool | None = None,
        parent_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Changes a collection; see `DatasetClient.update_collection`."""
        await self._request(
            build_update_collection(
                collection_id, name=name, tags=tags, forbid=forbid, parent_id=parent_id, options=options
            )
        )

    async def delete_collections(
        self, collection_ids: str | Sequence[str], **options: Unpack[RequestOptions]
    ) -> None:
        """Deletes one collection or several, with their data."""
        await self._request(build_delete_collections(collection_ids, options))

    # data

    async def push_data(
        self,
        collection_id: str,
        items: Iterable[DataItem],
        *,
        training_type: TrainingTypeName = "chunk",
        prompt: str | None = None,
        bill_id: str | None = None,
        index_size: int | None = None,
        auto_indexes: bool | None = None,
        batch_size: int = MAX_PUSH_BATCH,
        start: int = 0,
        **options: Unpack[RequestOptions],
    ) -> PushResult:
        """Adds any number of items in batches; see `DatasetClient.push_data`."""
        job = PushJob(
            collection_id,
            items,
            training_type=training_type,
            prompt=prompt,
            bill_id=bill_id,
            index_size=index_size,
            auto_indexes=auto_indexes,
            batch_size=batch_size,
            start=start,
            options=options,
        )
        for first, end in job.batches():
            try:
                answer = await self._request(job.plan(first, end))
            except APIError as exc:
                raise job.failure(first, end, exc) from exc
            job.record(first, end, answer)
        return job.result()

    async def list_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        offset: int = 0,
        page_size: int = MAX_DATA_PAGE,
        **options: Unpack[RequestOptions],
    ) -> Page[DataListItem]:
        """One page of a collection's items; see `DatasetClient.list_data`."""
        return await self._request(
            build_list_data(
                collection_id, search_text=search_text, offset=offset, page_size=page_size, options=options
            )
        )

    def iter_data(
        self,
        collection_id: str,
        *,
        search_text: str | None = None,
        page_size: int = MAX_DATA_PAGE,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[DataListItem]:
        """Every item of a collection: `async for item in client.iter_data(...)`."""

        async def fetch(offset: int) -> Page[DataListItem]:
            return await self._request(
                build_list_data(
                    collection_id,
                    search_text=search_text,
                    offset=offset,
                    page_size=page_size,
                    options=options,
                    method="iter_data",
                )
            )

        return aiterate_pages(fetch, 0)

    async def get_data(self, data_id: str, **options: Unpack[RequestOptions]) -> DatasetData:
        """An item with its indexes."""
        return await self._request(build_get_data(data_id, options))

    async def update_data(
        self,
        data_id: str,
        *,
        q: str | None = None,
        a: str | None = None,
        indexes: Sequence[IndexInput] | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Corrects an item; see `DatasetClient.update_data`."""
        await self._request(build_update_data(data_id, q=q, a=a, indexes=indexes, options=options))

    async def delete_data(self, data_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes an item."""
        await self._request(build_delete_data(data_id, options))

    # search

    async def search_test(
        self,
        dataset_id: str,
        text: str,
        *,
        limit: int | None = None,
        similarity: float | None = None,
        search_mode: SearchModeName | None = None,
        using_rerank: bool | None = None,
        rerank_model: str | None = None,
        embedding_weight: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SearchResult:
        """What a query retrieves; see `DatasetClient.search_test`."""
        return await self._request(
            build_search_test(
                dataset_id,
                text,
                limit=limit,
                similarity=similarity,
                search_mode=search_mode,
                using_rerank=using_rerank,
                rerank_model=rerank_model,
                embedding_weight=embedding_weight,
                options=options,
            )
        )

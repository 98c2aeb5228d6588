"""Collections: ``/api/core/dataset/collection/`` ``create`` (a folder or a virtual collection),
``create/text``, ``create/link``, ``create/localFile`` (multipart), ``listV2``, ``detail``,
``update`` and ``delete`` (``?id=`` or ``collectionIds``).

Imports are stored at once and trained at once, unless training is scripted (``_training``: then
``trainingAmount`` and 4.16's training status follow the job). A link
collection is never fetched: it stores the link and one placeholder chunk. How text and files
become chunks: ``_uploads``. List pages are capped at 100.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._dataset_store import CollectionRow, DatasetStore
from .._sqlite import iso
from .._state import TEAM_ID, TEAM_MEMBER_ID
from ._endpoint import Call, route
from ._kb import (
    INVALID_PARAMS,
    MISSING_PARAMS,
    PREFIX,
    dataset_document,
    dataset_json,
    need_collection,
    need_dataset,
    permission_json,
    training_status_json,
)
from ._params import as_dict, pagination, str_or_none, strings
from ._uploads import decode_uri_component, file_text, parse_multipart, split_text

PAGE_CAP = 100
CHUNK_FIELDS = frozenset(
    {
        "trainingType",
        "chunkTriggerType",
        "chunkTriggerMinSize",
        "dataEnhanceCollectionName",
        "imageIndex",
        "autoIndexes",
        "indexPrefixTitle",
        "chunkSettingMode",
        "chunkSplitMode",
        "paragraphChunkAIMode",
        "paragraphChunkDeep",
        "paragraphChunkMinSize",
        "chunkSize",
        "chunkSplitter",
        "indexSize",
        "qaPrompt",
    }
)
"""The chunk settings a collection keeps (and ``collection/detail`` answers)."""


async def create_collection(call: Call) -> str:
    body, store = call.body, call.state.datasets
    dataset = need_dataset(store, body.get("datasetId"))
    name = body.get("name")
    kind = body.get("type")
    if not isinstance(name, str) or not name or kind not in ("virtual", "folder"):
        raise INVALID_PARAMS
    collection_id = call.state.ids.object_id()
    store.add_collection(
        collection_id,
        dataset_id=dataset.id,
        parent_id=str_or_none(body.get("parentId")),
        type=str(kind),
        name=name,
        tags=strings(body.get("tags")),
        metadata=as_dict(body.get("metadata")) or {},
        attrs={"tmbId": call.key.tmb_id},
    )
    return collection_id


async def create_text_collection(call: Call) -> dict[str, Any]:
    name, text = call.body.get("name"), call.body.get("text")
    if not isinstance(name, str) or not name or not isinstance(text, str):
        raise MISSING_PARAMS
    return create_with_chunks(
        call, call.body, type="virtual", name=name, chunks=split_text(text, call.body), raw_text=text
    )


async def create_link_collection(call: Call) -> dict[str, Any]:
    link = call.body.get("link")
    if not isinstance(link, str) or not link:
        raise MISSING_PARAMS
    placeholder = f"Content of {link} (the FastGPT emulator does not fetch web pages)."
    return create_with_chunks(
        call, call.body, type="link", name=link, chunks=[placeholder], raw_link=link, source=link
    )


async def create_file_collection(call: Call) -> dict[str, Any]:
    request = call.request
    parts = parse_multipart(request.headers.get("content-type", ""), await request.body())
    file_part = next((part for part in parts if part.name == "file" and part.filename is not None), None)
    data_part = next((part for part in parts if part.name == "data"), None)
    if file_part is None:
        raise errors.plain_error("File is empty", 400)
    try:
        settings = as_dict(json.loads(data_part.content.decode("utf-8"))) if data_part else {}
    except ValueError:
        settings = None
    if settings is None:
        raise INVALID_PARAMS
    # multer hands over the raw header bytes as Latin-1; FastGPT then decodeURIComponent()s them.
    filename = decode_uri_component(file_part.filename or "")
    text = file_text(filename, file_part.content_type, file_part.content)
    chunks = (
        split_text(text, settings)
        if text is not None
        else [
            f"{filename} ({len(file_part.content)} bytes; the FastGPT emulator does not parse this file type)."
        ]
    )
    return create_with_chunks(
        call, settings, type="file", name=filename, chunks=chunks, raw_text=text, source=filename
    )


async def list_collections(call: Call) -> dict[str, Any]:
    body, store = call.body, call.state.datasets
    dataset = need_dataset(store, body.get("datasetId"))
    offset, size = pagination(call.request, body, cap=PAGE_CAP)
    rows, total = store.collections(
        dataset.id,
        parent_id=str_or_none(body.get("parentId")),
        search_text=str(body.get("searchText") or ""),
        filter_tags=strings(body.get("filterTags")),
        select_folder=bool(body.get("selectFolder")),
        offset=offset,
        limit=size,
    )
    listed = [_listed_json(store, row, call.state.training.peek(row.id)) for row in rows]
    if call.state.version.response_schemas:
        for item, row in zip(listed, rows, strict=True):
            item["createTime"] = iso(row.create_time)
            item.update(training_status_json(*call.state.training.peek(row.id)))
    return {"list": listed, "total": total}


async def get_collection(call: Call) -> dict[str, Any]:
    store = call.state.datasets
    row = need_collection(store, call.query.get("id"))
    data = _detail_json(store, row)
    dataset = store.dataset(row.dataset_id)
    if call.state.version.response_schemas and dataset is not None:
        # GetCollectionDetailResponseSchema: the dataset (as stored) under `dataset`, its id in `datasetId`
        data["dataset"], data["datasetId"] = dataset_document(dataset), row.dataset_id
        remaining, failed = call.state.training.peek(row.id)
        data.update(
            indexAmount=store.data_amount(row.id),
            errorCount=failed,
            **training_status_json(remaining, failed),
        )
    return data


async def update_collection(call: Call) -> None:
    body, store = call.body, call.state.datasets
    collection = need_collection(store, body.get("id"))
    changes: dict[str, Any] = {}
    if isinstance(body.get("name"), str) and body["name"]:
        changes["name"] = body["name"]
    if "tags" in body:
        changes["tags"] = strings(body.get("tags"))
    if isinstance(body.get("forbid"), bool):
        changes["forbid"] = body["forbid"]
    if "parentId" in body:
        changes["parentId"] = str_or_none(body.get("parentId"))
    store.update_collection(collection.id, changes)


async def delete_collections(call: Call) -> None:
    store = call.state.datasets
    query_id = call.query.get("id")
    wanted = [query_id] if query_id else strings(call.body.get("collectionIds"))
    if not wanted:
        raise MISSING_PARAMS
    for collection_id in wanted:
        need_collection(store, collection_id)
    store.delete_collections(wanted)


def create_with_chunks(
    call: Call,
    body: Mapping[str, Any],
    *,
    type: str,
    name: str,
    chunks: list[str],
    raw_text: str | None = None,
    raw_link: str | None = None,
    source: str | None = None,
    attrs: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Stores a new collection with its chunks (and starts a scripted training job, ``_training``)."""
    store, ids = call.state.datasets, call.state.ids
    dataset = need_dataset(store, body.get("datasetId"))
    collection_id = ids.object_id()
    settings = {k: v for k, v in body.items() if k in CHUNK_FIELDS}
    kept: dict[str, Any] = {
        **settings,
        **(attrs or {}),
        "tmbId": call.key.tmb_id,
        "rawTextLength": len(raw_text or ""),
    }
    if source is not None:
        kept["sourceName"] = source
    store.add_collection(
        collection_id,
        dataset_id=dataset.id,
        parent_id=str_or_none(body.get("parentId")),
        type=type,
        name=name,
        raw_text=raw_text,
        raw_link=raw_link,
        tags=strings(body.get("tags")),
        training_type=str(body.get("trainingType") or "chunk"),
        metadata=as_dict(body.get("metadata")) or {},
        attrs=kept,
    )
    collection = store.collection(collection_id)
    assert collection is not None
    data_ids = [ids.object_id() for _ in chunks]
    items: list[tuple[str, dict[str, Any]]] = [
        (data_id, {"q": chunk, "a": "", "chunkIndex": i, "indexes": []})
        for i, (data_id, chunk) in enumerate(zip(data_ids, chunks, strict=True))
    ]
    inserted = store.add_data(collection, items)
    call.state.training.start(
        collection_id=collection_id,
        dataset_id=dataset.id,
        tmb_id=call.key.tmb_id,
        mode="qa" if collection.training_type == "qa" else "chunk",
        chunks=[
            (data_id, i, chunk, "") for i, (data_id, chunk) in enumerate(zip(data_ids, chunks, strict=True))
        ],
        new_id=ids.object_id,
    )
    return {
        "collectionId": collection_id,
        "results": {"insertLen": inserted},
    }


def _listed_json(store: DatasetStore, row: CollectionRow, progress: tuple[int, int]) -> dict[str, Any]:
    """A collection as ``listV2`` lists it."""
    item: dict[str, Any] = {
        "_id": row.id,
        "parentId": row.parent_id,
        "tmbId": row.attrs.get("tmbId", TEAM_MEMBER_ID),
        "type": row.type,
        "name": row.name,
        "updateTime": iso(row.update_time),
        "dataAmount": store.data_amount(row.id),
        "trainingAmount": sum(progress),
        "tags": row.tags,
        "forbid": row.forbid,
        "trainingType": row.training_type,
        "permission": permission_json(),
    }
    if row.raw_link:
        item["rawLink"] = row.raw_link
    return item


def _detail_json(store: DatasetStore, row: CollectionRow) -> dict[str, Any]:
    """A collection as ``collection/detail`` answers it (with its dataset and chunk settings)."""
    dataset = store.dataset(row.dataset_id)
    settings = {k: v for k, v in row.attrs.items() if k not in ("tmbId", "sourceName", "rawTextLength")}
    data: dict[str, Any] = {
        **settings,
        "_id": row.id,
        "datasetId": dataset_json(dataset) if dataset is not None else row.dataset_id,
        "parentId": row.parent_id,
        "teamId": TEAM_ID,
        "tmbId": row.attrs.get("tmbId", TEAM_MEMBER_ID),
        "name": row.name,
        "type": row.type,
        "tags": row.tags,
        "forbid": row.forbid,
        "metadata": row.metadata,
        "sourceName": row.attrs.get("sourceName", row.name),
        "rawTextLength": row.attrs.get("rawTextLength", len(row.raw_text or "")),
        "trainingType": row.training_type,
        "createTime": iso(row.create_time),
        "updateTime": iso(row.update_time),
        "permission": permission_json(),
    }
    if row.raw_link:
        data["rawLink"] = row.raw_link
    return data


ROUTES = [
    route(f"{PREFIX}/collection/create", create_collection, ["POST"]),
    route(f"{PREFIX}/collection/create/text", create_text_collection, ["POST"]),
    route(f"{PREFIX}/collection/create/link", create_link_collection, ["POST"]),
    route(f"{PREFIX}/collection/create/localFile", create_file_collection, ["POST"]),
    route(f"{PREFIX}/collection/listV2", list_collections, ["POST"]),
    route(f"{PREFIX}/collection/detail", get_collection, ["GET"]),
    route(f"{PREFIX}/collection/update", update_collection, ["POST", "PUT"]),
    route(f"{PREFIX}/collection/delete", delete_collections, ["POST", "DELETE"]),
]

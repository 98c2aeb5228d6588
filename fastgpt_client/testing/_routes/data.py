"""Data: ``/api/core/dataset/data/`` ``pushData`` (at most 200 items), ``v2/list``, ``detail``,
``update`` and ``delete``.

Every item has a ``default`` index that follows its ``q`` and ``a``; an update keeps an index
sent with its ``dataId``, adds the others and drops the rest (FastGPT's diff update). List pages
are capped at 30. The ``fail_push_after=N`` fault fails ``pushData`` after N calls. ``pushData``
answers ``{insertLen}`` (FastGPT never sent more), list items and details carry no
``updateTime``/``canWrite`` (FastGPT's projection and schema leave them out). By version: 4.16's ``update`` requires ``q``
(HTTP 400 zod) and answers ``{q, a}`` (``a`` left out when empty), ``delete`` answers ``null``;
4.14 takes ``q`` as optional and answers ``null`` and ``"success"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._dataset_store import DataRow
from .._ids import IdFactory
from .._sqlite import iso
from .._state import TEAM_ID
from . import _schemas as schemas
from ._endpoint import Call, route
from ._kb import MISSING_PARAMS, PREFIX, need_collection, need_data, source_id, source_name
from ._params import as_dict, as_list, pagination

PUSH_LIMIT = 200
PAGE_CAP = 30
INDEX_TYPES = ("default", "custom", "summary", "question", "image")
PUSH_TOO_LONG = errors.plain_error(f"Data is too long, max {PUSH_LIMIT}", 400)


async def push_data(call: Call) -> dict[str, Any]:
    if call.state.push_fails(call.fault):
        raise errors.plain_error(
            f"emulator fault: pushData failed (fail_push_after={call.fault.fail_push_after})"
        )
    store, ids = call.state.datasets, call.state.ids
    collection = need_collection(store, call.body.get("collectionId"))
    items = as_list(call.body.get("data"))
    if not items:
        raise MISSING_PARAMS
    if len(items) > PUSH_LIMIT:
        raise PUSH_TOO_LONG
    stored: list[tuple[str, Mapping[str, Any]]] = []
    for raw in items:
        item = as_dict(raw)
        q = item.get("q") if item is not None else None
        if item is None or not isinstance(q, str) or not q.strip():
            continue  # not stored (and not counted in insertLen)
        a = str(item.get("a") or "")
        data_id = ids.object_id()  # drawn before the indexes' ids, so a seed gives the same ids
        chunk_index = item.get("chunkIndex")
        entry = {
            "q": q,
            "a": a,
            "chunkIndex": chunk_index if isinstance(chunk_index, int) else 0,
            "indexes": _stored_indexes(ids, item.get("indexes"), q, a),
        }
        stored.append((data_id, entry))
    inserted = store.add_data(collection, stored) if stored else 0
    return {"insertLen": inserted}


async def list_data(call: Call) -> dict[str, Any]:
    store = call.state.datasets
    collection = need_collection(store, call.body.get("collectionId"))
    offset, size = pagination(call.request, call.body, cap=PAGE_CAP)
    rows, total = store.data_page(
        collection.id, search_text=str(call.body.get("searchText") or ""), offset=offset, limit=size
    )
    return {
        "list": [
            {
                "_id": row.id,
                "datasetId": row.dataset_id,
                "collectionId": row.collection_id,
                "q": row.q,
                "a": row.a,
                "chunkIndex": row.chunk_index,
            }
            for row in rows
        ],
        "total": total,
    }


async def get_data(call: Call) -> dict[str, Any]:
    store = call.state.datasets
    row = need_data(store, call.query.get("id"))
    collection = store.collection(row.collection_id)
    detail: dict[str, Any] = {
        "id": row.id,
        "q": row.q,
        "a": row.a,
        "chunkIndex": row.chunk_index,
        "indexes": row.indexes,
        "datasetId": row.dataset_id,
        "collectionId": row.collection_id,
        "sourceName": source_name(collection),
        "sourceId": source_id(collection),
        "isOwner": True,
    }
    if call.state.version.response_schemas:  # DatasetDataItemSchema
        detail["teamId"] = TEAM_ID
        detail["updateTime"] = iso(row.update_time)
        detail["indexes"] = [{k: v for k, v in index.items() if k != "_id"} for index in row.indexes]
    return detail


async def update_data(call: Call) -> dict[str, Any] | None:
    body, store = call.body, call.state.datasets
    row = need_data(store, body.get("dataId"))
    new_q, new_a = body.get("q"), body.get("a")
    q = new_q if isinstance(new_q, str) and new_q else row.q
    a = new_a if isinstance(new_a, str) else row.a
    indexes = row.indexes
    if "indexes" in body:
        # FastGPT's diff update: an index sent with its dataId keeps it, others are new, the
        # rest go; the default index always follows q and a.
        given = _stored_indexes(call.state.ids, body.get("indexes"), q, a)
        indexes = [_default_index(row, q, a), *(entry for entry in given if entry["type"] != "default")]
    elif q != row.q or a != row.a:
        indexes = [_default_index(row, q, a), *(i for i in row.indexes if i.get("type") != "default")]
    store.update_data(row, q=str(q), a=str(a), indexes=indexes)
    if not call.state.version.data_answers:
        return None
    return {"q": str(q), **({"a": str(a)} if a else {})}


async def delete_data(call: Call) -> str | None:
    store = call.state.datasets
    store.delete_data(need_data(store, call.query.get("id")).id)
    return None if call.state.version.data_answers else "success"


def _stored_indexes(ids: IdFactory, raw: Any, q: str, a: str) -> list[dict[str, Any]]:
    """The indexes an item is stored with: the given ones (typed), a default one first if missing."""
    indexes: list[dict[str, Any]] = []
    for entry in map(as_dict, as_list(raw)):
        if entry is None or not isinstance(entry.get("text"), str) or not entry["text"]:
            continue
        kind = entry.get("type") if entry.get("type") in INDEX_TYPES else "custom"
        data_id = entry.get("dataId")
        indexes.append(
            {
                "_id": ids.object_id(),
                "type": kind,
                "dataId": data_id if isinstance(data_id, str) and data_id else ids.nanoid(),
                "text": entry["text"],
            }
        )
    if not any(index["type"] == "default" for index in indexes):
        default_text = f"{q}\n{a}".strip()
        indexes.insert(
            0, {"_id": ids.object_id(), "type": "default", "dataId": ids.nanoid(), "text": default_text}
        )
    return indexes


def _default_index(row: DataRow, q: Any, a: Any) -> dict[str, Any]:
    old = next((i for i in row.indexes if i.get("type") == "default"), None)
    base = dict(old) if old is not None else {"_id": row.id + "d", "type": "default", "dataId": row.id + "d"}
    return {**base, "text": f"{q}\n{a}".strip()}


ROUTES = [
    route(f"{PREFIX}/data/pushData", push_data, ["POST"]),
    route(f"{PREFIX}/data/v2/list", list_data, ["POST"]),
    route(f"{PREFIX}/data/detail", get_data, ["GET"]),
    route(f"{PREFIX}/data/update", update_data, ["PUT", "POST"], schema=schemas.data_update),
    route(f"{PREFIX}/data/delete", delete_data, ["DELETE"]),
]

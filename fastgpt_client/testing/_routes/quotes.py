"""Citations: ``/api/core/chat/record/getQuote`` and ``getCollectionQuote`` (4.14.11+, where FastGPT
moved them from ``core/chat/quote/*``, which took a login token only: 4.14 mode does not serve them).

A chat cites what its "Knowledge Search" node found (the ``quoteList`` of its node responses,
``FakeFastGPT.attach_dataset``); as in FastGPT, only collections cited in the chat's last 50
answers may be read (else ``unAuthDatasetFile``), and chunks made after the answer are left out.
The emulator keeps no chunk history, so a chunk changed since the answer comes as it is now.
"""

from __future__ import annotations

from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._dataset_store import DataRow
from .._errors import ApiError
from .._sqlite import iso
from ._endpoint import Call, chat_app, route
from ._params import strings, text
from .chat_state import extras

PREFIX = "/api/core/chat/record"
UN_AUTH_DATASET_FILE = ApiError(
    501007, "unAuthDatasetFile", "common:core.dataset.error.unAuthDatasetFile", 403
)
ALL_CHUNKS = 100_000


def _answer(call: Call) -> tuple[str, str, float]:
    """The chat, and the time of the answer the request names; unAuthChat when there is none."""
    body = call.body
    app = chat_app(call, body.get("appId"))
    chat_id, item_id = text(body.get("chatId")), text(body.get("chatItemDataId"))
    if not chat_id or not item_id:
        raise errors.DATA_VALIDATION
    at = extras(call).answer_time(app, chat_id, item_id)
    if call.state.conversations.live_chat(app, chat_id) is None or at is None:
        raise errors.UN_AUTH_CHAT
    return app, chat_id, at


def _cited(call: Call, app: str, chat_id: str, collections: list[str]) -> None:
    if not set(collections) <= extras(call).cited_collections(app, chat_id):
        raise UN_AUTH_DATASET_FILE


def _quote(row: DataRow) -> dict[str, Any]:
    return {
        "_id": row.id,
        "q": row.q,
        "a": row.a,
        "updateTime": iso(row.update_time),
        "index": row.chunk_index,
    }


async def get_quote(call: Call) -> list[dict[str, Any]]:
    app, chat_id, _ = _answer(call)
    collections = strings(call.body.get("collectionIdList"))
    wanted = strings(call.body.get("datasetDataIdList"))
    if len(collections) > 200 or len(wanted) > 200:
        raise errors.DATA_VALIDATION
    _cited(call, app, chat_id, collections)
    store = call.state.datasets
    rows = [row for row in (store.data(data_id) for data_id in wanted) if row is not None]
    return [_quote(row) for row in rows if row.collection_id in collections]


async def get_collection_quote(call: Call) -> dict[str, Any]:
    body = call.body
    app, chat_id, at = _answer(call)
    collection_id = text(body.get("collectionId"))
    size = body.get("pageSize", 15)
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 30:
        raise errors.DATA_VALIDATION
    _cited(call, app, chat_id, [collection_id])
    anchor = body.get("anchor")
    if isinstance(anchor, bool) or not isinstance(anchor, int | float):
        raise errors.UN_AUTH_CHAT  # the handler refuses a request without an anchor so
    rows, _ = call.state.datasets.data_page(collection_id, search_text="", offset=0, limit=ALL_CHUNKS)
    chunks = [row for row in rows if row.update_time < at]  # what existed when the answer was written
    initial, prev_id, next_id = (text(body.get(k)) for k in ("initialId", "prevId", "nextId"))
    if initial:
        center = next((row for row in chunks if row.id == initial), None)
        if center is None:
            first = chunks[:size]
            return _page(first, more_prev=False, more_next=len(first) == size)
        before, after = _before(chunks, initial, anchor, size), _after(chunks, initial, anchor, size)
        return _page([*before, center, *after], more_prev=len(before) == size, more_next=len(after) == size)
    if prev_id:
        before = _before(chunks, prev_id, anchor, size)
        return _page(before, more_prev=len(before) == size, more_next=False)
    if next_id:
        after = _after(chunks, next_id, anchor, size)
        return _page(after, more_prev=False, more_next=len(after) == size)
    return _page([], more_prev=False, more_next=False)


def _key(row: DataRow) -> tuple[float, str]:
    return (row.chunk_index, row.id)  # FastGPT sorts by chunkIndex, then _id


def _before(chunks: list[DataRow], cursor: str, anchor: float, size: int) -> list[DataRow]:
    return [row for row in chunks if _key(row) < (anchor, cursor)][-size:]


def _after(chunks: list[DataRow], cursor: str, anchor: float, size: int) -> list[DataRow]:
    return [row for row in chunks if _key(row) > (anchor, cursor)][:size]


def _page(rows: list[DataRow], *, more_prev: bool, more_next: bool) -> dict[str, Any]:
    items = [{**_quote(row), "id": row.id, "anchor": row.chunk_index} for row in rows]
    return {"list": items, "hasMorePrev": more_prev, "hasMoreNext": more_next}


ROUTES = [
    route(f"{PREFIX}/getQuote", get_quote, ["POST"], when=lambda v: v.record_delete_route),
    route(
        f"{PREFIX}/getCollectionQuote", get_collection_quote, ["POST"], when=lambda v: v.record_delete_route
    ),
]

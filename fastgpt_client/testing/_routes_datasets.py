"""The emulator's knowledge-base routes (FastGPT's ``/api/core/dataset/**`` handlers).

Every answer is FastGPT's envelope ``{code: 200, statusText: "", message: "", data}``; errors use
its dataset error envelopes (``unExistDataset`` 501002, ``unExistCollection`` 501003, ...) with
HTTP 500. Where FastGPT's docs and handlers differ this follows the handlers: ``searchTest``
answers an object with ``list``, ``score`` is a list of ``{type, value, index}``, collection delete
takes ``?id=`` or ``collectionIds``, list pages are capped (collections 100, data 30).

What is emulated rather than real:

- search ranks by SQLite FTS5 full text (bm25), standing in for embeddings (see
  ``_dataset_store``); every score entry has type ``fullText`` whatever ``searchMode`` asks;
- imports are stored at once (no training queue: ``trainingAmount`` is always 0);
- text is split by a simple deterministic splitter: paragraphs packed into chunks of at most
  ``chunkSize`` characters (default 1000), or split at ``chunkSplitter`` with
  ``chunkSplitMode="char"``; ``qa`` training stores the chunks as they are;
- an uploaded text file (``text/*``, or a name ending in .txt/.md/.csv/.json/.html that decodes as
  UTF-8) is split like text; any other file becomes a single placeholder chunk;
- a link collection is never fetched: it stores the link and one placeholder chunk.
"""

from __future__ import annotations

import inspect
import json
import re
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _errors as errors  # pyright: ignore[reportPrivateUsage]
from ._apps import count_tokens
from ._dataset_store import CollectionRow, DataRow, DatasetRow, DatasetStore, iso
from ._errors import ApiError
from ._faults import FAULT_HEADER, Fault
from ._server import EmulatorState, as_dict, as_list, authenticate, envelope, gateway_fault, read_json
from ._store import KeyRow

PREFIX = "/api/core/dataset"
PUSH_LIMIT = 200
COLLECTION_PAGE_CAP = 100
DATA_PAGE_CAP = 30
DEFAULT_CHUNK_SIZE = 1000
INDEX_TYPES = ("default", "custom", "summary", "question", "image")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".csv", ".json", ".html", ".htm")
DEFAULT_VECTOR_MODEL = "text-embedding-3-small"
DEFAULT_AGENT_MODEL = "gpt-4o-mini"

UN_EXIST_DATASET = ApiError(501002, "unExistDataset", "common:code_error.dataset_error.unExist_dataset", 404)
UN_EXIST_COLLECTION = ApiError(
    501003, "unExistCollection", "common:code_error.dataset_error.unExist_collection", 404
)
MISSING_PARAMS = ApiError(507004, "missingParams", "common:code_error.error_message.507004", 400)
INVALID_PARAMS = ApiError(507000, "invalidParams", "common:code_error.error_message.507000", 400)
DATA_NOT_FOUND = errors.plain_error("core.dataset.error.Data not found", 404)
PUSH_TOO_LONG = errors.plain_error(f"Data is too long, max {PUSH_LIMIT}", 400)


class PushFaults:
    """Counts ``pushData`` calls for the ``fail_push_after=N`` fault.

    The count restarts whenever the server's injected fault changes (``inject``/``clear_faults``),
    so ``server.inject("fail_push_after=2")`` lets two calls through and fails every later one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._calls = 0

    def fails(self, state: EmulatorState, fault: Fault) -> bool:
        with state.lock:
            current = state.fault
        with self._lock:
            if current is not self._fault:
                self._fault, self._calls = current, 0
            self._calls += 1
            limit = fault.fail_push_after
            return limit is not None and self._calls > limit


Handler = Callable[[Request, KeyRow, dict[str, Any]], Awaitable[Any]]


def dataset_routes(state: EmulatorState) -> list[Route]:
    """The routes, sharing one ``DatasetStore`` on the emulator's database."""
    store = DatasetStore(state.store)
    push_faults = PushFaults()

    def route(path: str, methods: Sequence[str], handler: Callable[..., Any]) -> Route:
        async def endpoint(request: Request) -> Response:
            raw = await read_json(request) if not _is_multipart(request) else None
            body = as_dict(raw) or {}
            state.record(request, raw if raw is not None else "<multipart>")
            try:
                fault = state.fault_for(request)
            except ValueError as exc:
                return Response(f"bad {FAULT_HEADER} header: {exc}\n", status_code=400)
            early = gateway_fault(fault)
            if early is not None:
                return early
            try:
                key, _ = authenticate(state, request.headers.get("authorization"))
                if path.endswith("/data/pushData") and push_faults.fails(state, fault):
                    raise errors.plain_error(
                        f"emulator fault: pushData failed (fail_push_after={fault.fail_push_after})"
                    )
                result: Any = handler(request, key, body)
                if inspect.isawaitable(result):
                    result = await result
                return envelope(result)
            except ApiError as error:
                return state.error_response(error)

        return Route(PREFIX + path, endpoint, methods=list(methods))

    ids = state.ids

    # -- helpers ------------------------------------------------------------------------------

    def need_dataset(dataset_id: Any) -> DatasetRow:
        if not isinstance(dataset_id, str) or not dataset_id:
            raise MISSING_PARAMS
        row = store.dataset(dataset_id)
        if row is None:
            raise UN_EXIST_DATASET
        return row

    def need_collection(collection_id: Any) -> CollectionRow:
        if not isinstance(collection_id, str) or not collection_id:
            raise MISSING_PARAMS
        row = store.collection(collection_id)
        if row is None:
            raise UN_EXIST_COLLECTION
        return row

    def need_data(data_id: Any) -> DataRow:
        if not isinstance(data_id, str) or not data_id:
            raise MISSING_PARAMS
        row = store.data(data_id)
        if row is None:
            raise DATA_NOT_FOUND
        return row

    def dataset_json(row: DatasetRow) -> dict[str, Any]:
        data: dict[str, Any] = {
            "_id": row.id,
            "parentId": row.parent_id,
            "teamId": "team",
            "tmbId": row.tmb_id,
            "type": row.type,
            "status": "active",
            "avatar": row.attrs.get("avatar", "core/dataset/commonDatasetColor"),
            "name": row.name,
            "intro": row.intro,
            "updateTime": iso(row.update_time),
            "vectorModel": _model(row.vector_model),
            "agentModel": _model(row.agent_model),
            "inheritPermission": True,
            "permission": _permission(),
        }
        if row.attrs.get("vlmModel"):
            data["vlmModel"] = _model(str(row.attrs["vlmModel"]))
        return data

    def collection_list_json(row: CollectionRow) -> dict[str, Any]:
        item: dict[str, Any] = {
            "_id": row.id,
            "parentId": row.parent_id,
            "tmbId": row.attrs.get("tmbId", "tmb"),
            "type": row.type,
            "name": row.name,
            "updateTime": iso(row.update_time),
            "dataAmount": store.data_amount(row.id),
            "trainingAmount": 0,
            "tags": row.tags,
            "forbid": row.forbid,
            "trainingType": row.training_type,
            "permission": _permission(),
        }
        if row.raw_link:
            item["rawLink"] = row.raw_link
        return item

    def collection_json(row: CollectionRow) -> dict[str, Any]:
        dataset = store.dataset(row.dataset_id)
        settings = {k: v for k, v in row.attrs.items() if k not in ("tmbId", "sourceName", "rawTextLength")}
        data: dict[str, Any] = {
            **settings,
            "_id": row.id,
            "datasetId": dataset_json(dataset) if dataset is not None else row.dataset_id,
            "parentId": row.parent_id,
            "teamId": "team",
            "tmbId": row.attrs.get("tmbId", "tmb"),
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
            "permission": _permission(),
        }
        if row.raw_link:
            data["rawLink"] = row.raw_link
        return data

    def source_name(collection: CollectionRow | None) -> str:
        if collection is None:
            return ""
        return str(collection.attrs.get("sourceName", collection.name))

    def create_collection_with_chunks(
        key: KeyRow,
        body: Mapping[str, Any],
        *,
        type: str,
        name: str,
        chunks: list[str],
        raw_text: str | None = None,
        raw_link: str | None = None,
        source: str | None = None,
    ) -> dict[str, Any]:
        dataset = need_dataset(body.get("datasetId"))
        collection_id = ids.object_id()
        settings = {k: v for k, v in body.items() if k in _CHUNK_FIELDS}
        attrs: dict[str, Any] = {**settings, "tmbId": key.tmb_id, "rawTextLength": len(raw_text or "")}
        if source is not None:
            attrs["sourceName"] = source
        store.add_collection(
            collection_id,
            dataset_id=dataset.id,
            parent_id=_str_or_none(body.get("parentId")),
            type=type,
            name=name,
            raw_text=raw_text,
            raw_link=raw_link,
            tags=_strings(body.get("tags")),
            training_type=str(body.get("trainingType") or "chunk"),
            metadata=as_dict(body.get("metadata")) or {},
            attrs=attrs,
        )
        collection = store.collection(collection_id)
        assert collection is not None
        inserted = store.add_data(
            collection,
            [
                (ids.object_id(), {"q": chunk, "a": "", "chunkIndex": i, "indexes": []})
                for i, chunk in enumerate(chunks)
            ],
        )
        return {
            "collectionId": collection_id,
            "results": {"insertLen": inserted, "overToken": [], "repeat": [], "error": []},
        }

    # -- datasets -----------------------------------------------------------------------------

    def create_dataset(request: Request, key: KeyRow, body: dict[str, Any]) -> str:
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise MISSING_PARAMS
        parent_id = _str_or_none(body.get("parentId"))
        if parent_id is not None:
            need_dataset(parent_id)
        dataset_id = ids.object_id()
        attrs = {k: body[k] for k in ("avatar", "vlmModel") if isinstance(body.get(k), str)}
        store.add_dataset(
            dataset_id,
            parent_id=parent_id,
            type=str(body.get("type") or "dataset"),
            name=name,
            intro=str(body.get("intro") or ""),
            vector_model=str(body.get("vectorModel") or DEFAULT_VECTOR_MODEL),
            agent_model=str(body.get("agentModel") or DEFAULT_AGENT_MODEL),
            tmb_id=key.tmb_id,
            attrs=attrs,
        )
        return dataset_id

    def list_datasets(request: Request, key: KeyRow, body: dict[str, Any]) -> list[dict[str, Any]]:
        rows = store.datasets(
            parent_id=_str_or_none(body.get("parentId")),
            search_key=str(body.get("searchKey") or ""),
            type=_str_or_none(body.get("type")),
        )
        listed: list[dict[str, Any]] = []
        for row in rows:
            full = dataset_json(row)
            listed.append(
                {
                    k: full[k]
                    for k in (
                        "_id",
                        "parentId",
                        "tmbId",
                        "avatar",
                        "updateTime",
                        "name",
                        "intro",
                        "type",
                        "permission",
                        "vectorModel",
                        "inheritPermission",
                    )
                }
            )
        return listed

    def get_dataset(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        return dataset_json(need_dataset(request.query_params.get("id")))

    def delete_dataset(request: Request, key: KeyRow, body: dict[str, Any]) -> None:
        store.delete_dataset(need_dataset(request.query_params.get("id")).id)

    # -- collections --------------------------------------------------------------------------

    def create_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> str:
        dataset = need_dataset(body.get("datasetId"))
        name = body.get("name")
        kind = body.get("type")
        if not isinstance(name, str) or not name or kind not in ("virtual", "folder"):
            raise INVALID_PARAMS
        collection_id = ids.object_id()
        store.add_collection(
            collection_id,
            dataset_id=dataset.id,
            parent_id=_str_or_none(body.get("parentId")),
            type=str(kind),
            name=name,
            tags=_strings(body.get("tags")),
            metadata=as_dict(body.get("metadata")) or {},
            attrs={"tmbId": key.tmb_id},
        )
        return collection_id

    def create_text_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        name, text = body.get("name"), body.get("text")
        if not isinstance(name, str) or not name or not isinstance(text, str):
            raise MISSING_PARAMS
        return create_collection_with_chunks(
            key, body, type="virtual", name=name, chunks=split_text(text, body), raw_text=text
        )

    def create_link_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        link = body.get("link")
        if not isinstance(link, str) or not link:
            raise MISSING_PARAMS
        placeholder = f"Content of {link} (the FastGPT emulator does not fetch web pages)."
        return create_collection_with_chunks(
            key, body, type="link", name=link, chunks=[placeholder], raw_link=link, source=link
        )

    async def create_file_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
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
        raw_name = file_part.filename or ""
        filename = decode_uri_component(raw_name)
        text = file_text(filename, file_part.content_type, file_part.content)
        chunks = (
            split_text(text, settings)
            if text is not None
            else [
                f"{filename} ({len(file_part.content)} bytes; the FastGPT emulator does not parse this file type)."
            ]
        )
        return create_collection_with_chunks(
            key, settings, type="file", name=filename, chunks=chunks, raw_text=text, source=filename
        )

    def list_collections(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        dataset = need_dataset(body.get("datasetId"))
        offset, size = pagination(request, body, COLLECTION_PAGE_CAP)
        rows, total = store.collections(
            dataset.id,
            parent_id=_str_or_none(body.get("parentId")),
            search_text=str(body.get("searchText") or ""),
            filter_tags=_strings(body.get("filterTags")),
            select_folder=bool(body.get("selectFolder")),
            offset=offset,
            limit=size,
        )
        return {"list": [collection_list_json(row) for row in rows], "total": total}

    def get_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        return collection_json(need_collection(request.query_params.get("id")))

    def update_collection(request: Request, key: KeyRow, body: dict[str, Any]) -> None:
        collection = need_collection(body.get("id"))
        changes: dict[str, Any] = {}
        if isinstance(body.get("name"), str) and body["name"]:
            changes["name"] = body["name"]
        if "tags" in body:
            changes["tags"] = _strings(body.get("tags"))
        if isinstance(body.get("forbid"), bool):
            changes["forbid"] = body["forbid"]
        if "parentId" in body:
            changes["parentId"] = _str_or_none(body.get("parentId"))
        store.update_collection(collection.id, changes)

    def delete_collections(request: Request, key: KeyRow, body: dict[str, Any]) -> None:
        query_id = request.query_params.get("id")
        wanted = [query_id] if query_id else _strings(body.get("collectionIds"))
        if not wanted:
            raise MISSING_PARAMS
        for collection_id in wanted:
            need_collection(collection_id)
        store.delete_collections(wanted)

    # -- data ---------------------------------------------------------------------------------

    def push_data(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        collection = need_collection(body.get("collectionId"))
        items = as_list(body.get("data"))
        if not items:
            raise MISSING_PARAMS
        if len(items) > PUSH_LIMIT:
            raise PUSH_TOO_LONG
        stored: list[tuple[str, Mapping[str, Any]]] = []
        rejected: list[Any] = []
        for raw in items:
            item = as_dict(raw)
            q = item.get("q") if item is not None else None
            if item is None or not isinstance(q, str) or not q.strip():
                rejected.append(raw)
                continue
            a = str(item.get("a") or "")
            stored.append(
                (
                    ids.object_id(),
                    {
                        "q": q,
                        "a": a,
                        "chunkIndex": item.get("chunkIndex")
                        if isinstance(item.get("chunkIndex"), int)
                        else 0,
                        "indexes": stored_indexes(item.get("indexes"), q, a),
                    },
                )
            )
        inserted = store.add_data(collection, stored) if stored else 0
        return {"insertLen": inserted, "overToken": [], "repeat": [], "error": rejected}

    def stored_indexes(raw: Any, q: str, a: str) -> list[dict[str, Any]]:
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

    def list_data(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        collection = need_collection(body.get("collectionId"))
        offset, size = pagination(request, body, DATA_PAGE_CAP)
        rows, total = store.data_page(
            collection.id, search_text=str(body.get("searchText") or ""), offset=offset, limit=size
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
                    "updateTime": iso(row.update_time),
                }
                for row in rows
            ],
            "total": total,
        }

    def get_data(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        row = need_data(request.query_params.get("id"))
        collection = store.collection(row.collection_id)
        return {
            "id": row.id,
            "q": row.q,
            "a": row.a,
            "chunkIndex": row.chunk_index,
            "indexes": row.indexes,
            "datasetId": row.dataset_id,
            "collectionId": row.collection_id,
            "sourceName": source_name(collection),
            "sourceId": collection.raw_link or "" if collection is not None else "",
            "isOwner": True,
            "canWrite": True,
        }

    def update_data(request: Request, key: KeyRow, body: dict[str, Any]) -> None:
        row = need_data(body.get("dataId"))
        new_q, new_a = body.get("q"), body.get("a")
        q = new_q if isinstance(new_q, str) and new_q else row.q
        a = new_a if isinstance(new_a, str) else row.a
        indexes = row.indexes
        if "indexes" in body:
            # FastGPT's diff update: an index sent with its dataId keeps it, others are new, the
            # rest go; the default index always follows q and a.
            given = [
                entry for entry in stored_indexes(body.get("indexes"), q, a) if entry["type"] != "default"
            ]
            indexes = [_default_index(row, q, a), *given]
        elif q != row.q or a != row.a:
            indexes = [_default_index(row, q, a), *(i for i in row.indexes if i.get("type") != "default")]
        store.update_data(row, q=str(q), a=str(a), indexes=indexes)

    def delete_data(request: Request, key: KeyRow, body: dict[str, Any]) -> str:
        store.delete_data(need_data(request.query_params.get("id")).id)
        return "success"

    # -- search -------------------------------------------------------------------------------

    def search_test(request: Request, key: KeyRow, body: dict[str, Any]) -> dict[str, Any]:
        dataset = need_dataset(body.get("datasetId"))
        text = body.get("text")
        if not isinstance(text, str) or not text.strip():
            raise MISSING_PARAMS
        raw_limit, raw_similarity, raw_mode = (
            body.get("limit"),
            body.get("similarity"),
            body.get("searchMode"),
        )
        limit = raw_limit if isinstance(raw_limit, int) and not isinstance(raw_limit, bool) else 5000
        limit = max(100, min(limit, 20000))
        similarity = float(raw_similarity) if isinstance(raw_similarity, int | float) else 0.0
        mode = raw_mode if isinstance(raw_mode, str) and raw_mode in _SEARCH_MODES else "embedding"
        results: list[dict[str, Any]] = []
        budget = limit
        collections: dict[str, CollectionRow | None] = {}
        for index, hit in enumerate(store.search(dataset.id, text)):
            if hit.score < similarity:
                continue
            row = hit.data
            tokens = count_tokens(row.q + row.a)
            if results and tokens > budget:
                break
            budget -= tokens
            if row.collection_id not in collections:
                collections[row.collection_id] = store.collection(row.collection_id)
            collection = collections[row.collection_id]
            results.append(
                {
                    "id": row.id,
                    "updateTime": iso(row.update_time),
                    "q": row.q,
                    "a": row.a,
                    "chunkIndex": row.chunk_index,
                    "datasetId": row.dataset_id,
                    "collectionId": row.collection_id,
                    "sourceId": (collection.raw_link or "") if collection is not None else "",
                    "sourceName": source_name(collection),
                    "score": [{"type": "fullText", "value": hit.score, "index": index}],
                    "tokens": tokens,
                }
            )
        return {
            "list": results,
            "duration": "0.001s",
            "limit": limit,
            "searchMode": mode,
            "usingReRank": False,
            "similarity": similarity,
        }

    return [
        route("/create", ["POST"], create_dataset),
        route("/list", ["POST"], list_datasets),
        route("/detail", ["GET"], get_dataset),
        route("/delete", ["DELETE"], delete_dataset),
        route("/collection/create", ["POST"], create_collection),
        route("/collection/create/text", ["POST"], create_text_collection),
        route("/collection/create/link", ["POST"], create_link_collection),
        route("/collection/create/localFile", ["POST"], create_file_collection),
        route("/collection/listV2", ["POST"], list_collections),
        route("/collection/detail", ["GET"], get_collection),
        route("/collection/update", ["POST", "PUT"], update_collection),
        route("/collection/delete", ["POST", "DELETE"], delete_collections),
        route("/data/pushData", ["POST"], push_data),
        route("/data/v2/list", ["POST"], list_data),
        route("/data/detail", ["GET"], get_data),
        route("/data/update", ["PUT", "POST"], update_data),
        route("/data/delete", ["DELETE"], delete_data),
        route("/searchTest", ["POST"], search_test),
    ]


_SEARCH_MODES = ("embedding", "fullTextRecall", "mixedRecall")
_CHUNK_FIELDS = frozenset(
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


def _model(model: str) -> dict[str, Any]:
    return {"model": model, "name": model, "provider": "OpenAI"}


def _permission() -> dict[str, Any]:
    return {
        "value": 4294967295,
        "isOwner": True,
        "hasManagePer": True,
        "hasWritePer": True,
        "hasReadPer": True,
    }


def _default_index(row: DataRow, q: Any, a: Any) -> dict[str, Any]:
    old = next((i for i in row.indexes if i.get("type") == "default"), None)
    base = dict(old) if old is not None else {"_id": row.id + "d", "type": "default", "dataId": row.id + "d"}
    return {**base, "text": f"{q}\n{a}".strip()}


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _strings(value: Any) -> list[str]:
    return [item for item in as_list(value) if isinstance(item, str)]


def pagination(request: Request, body: Mapping[str, Any], cap: int) -> tuple[int, int]:
    """FastGPT's ``parsePaginationRequest``: body if it has ``pageSize``, else the query string."""
    source: Mapping[str, Any] = body if "pageSize" in body else dict(request.query_params)
    size = _number(source.get("pageSize"), 10)
    page = _number(source.get("pageNum"), 1)
    offset = _number(source.get("offset"), 0)
    size = max(1, min(size, cap))
    return (offset if offset else max(page - 1, 0) * size), size


def _number(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return default


def split_text(text: str, settings: Mapping[str, Any]) -> list[str]:
    """The emulator's deterministic splitter: paragraphs packed into chunks of ``chunkSize`` characters."""
    size = settings.get("chunkSize")
    size = size if isinstance(size, int) and size > 0 else DEFAULT_CHUNK_SIZE
    splitter = settings.get("chunkSplitter")
    if settings.get("chunkSplitMode") == "char" and isinstance(splitter, str) and splitter:
        pieces = [piece.strip() for piece in text.split(splitter)]
        return [piece for piece in pieces if piece]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    chunks: list[str] = []
    current = ""
    for paragraph in paragraphs:
        while len(paragraph) > size:  # a paragraph longer than a chunk is cut hard
            if current:
                chunks.append(current)
                current = ""
            chunks.append(paragraph[:size])
            paragraph = paragraph[size:].lstrip()
        if current and len(current) + 2 + len(paragraph) > size:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    if current:
        chunks.append(current)
    return chunks


def decode_uri_component(raw: str) -> str:
    """JavaScript's ``decodeURIComponent`` of a name multer decoded as Latin-1."""
    try:
        as_bytes = raw.encode("latin-1")
    except UnicodeEncodeError:
        as_bytes = raw.encode("utf-8")
    latin = as_bytes.decode("latin-1")
    try:
        return unquote(latin, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        return latin  # FastGPT would throw URIError; the emulator keeps the raw name


def file_text(filename: str, content_type: str | None, content: bytes) -> str | None:
    """The file's text when it is a text file the emulator can split, else None."""
    is_text = (content_type or "").startswith("text/") or filename.lower().endswith(TEXT_SUFFIXES)
    if not is_text:
        return None
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _is_multipart(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith("multipart/form-data")


class Part:
    """One part of a multipart/form-data body."""

    def __init__(self, name: str, filename: str | None, content_type: str | None, content: bytes) -> None:
        self.name = name
        self.filename = filename
        self.content_type = content_type
        self.content = content


_PARAM = re.compile(r';\s*([A-Za-z*]+)="((?:[^"\\]|\\.)*)"')


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """A small multipart/form-data reader (keeps header bytes as Latin-1, as busboy does)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise errors.plain_error("Invalid multipart body", 400)
    delimiter = b"--" + match.group(1).encode("latin-1")
    parts: list[Part] = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("latin-1").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip().lower()] = value.strip()
        params = dict(_PARAM.findall(headers.get("content-disposition", "")))
        parts.append(
            Part(params.get("name", ""), params.get("filename"), headers.get("content-type"), content)
        )
    return parts

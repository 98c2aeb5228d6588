"""Training progress (FastGPT's Dev API; API keys may call it): ``/api/core/dataset/collection/
trainingDetail``, ``/api/core/dataset/training/getTrainingError`` and ``getDatasetTrainingQueue``;
and ``/api/core/dataset/collection/create/apiCollection``, an import whose training they follow.

Without ``FakeFastGPT.script_training`` an import is trained at once (``_training``). An API
dataset (``apiDataset``, ``feishu``, ``yuque``, ``dingtalk``) has a stand-in file server: the
file ``apiFileId`` is one placeholder chunk; other datasets fail as FastGPT does ("Can not find api
dataset server"). A file imported before is skipped; the answer has no data.
"""

from __future__ import annotations

from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .. import _zod as zod  # pyright: ignore[reportPrivateUsage]
from .._training import MODES
from .._versions import Version
from ._endpoint import Call, route
from ._kb import MISSING_PARAMS, PREFIX, need_collection, need_dataset
from ._params import pagination, text
from .collections import create_with_chunks

API_DATASET_TYPES = frozenset({"apiDataset", "feishu", "yuque", "dingtalk"})
NO_API_SERVER = errors.plain_error("Can not find api dataset server", 500)
API_COLLECTION_REQUEST = zod.Object(
    {"datasetId": zod.String(), "name": zod.String(), "apiFileId": zod.String()}
)
"""``CreateApiCollectionBodySchema``: the fields FastGPT requires."""


def _api_collection_schema(version: Version) -> zod.Schema | None:
    return API_COLLECTION_REQUEST if version.validates_requests else None


def _counts(mode: str, count: int) -> dict[str, int]:
    return {name: (count if name == mode else 0) for name in MODES}


async def training_detail(call: Call) -> dict[str, Any]:
    store = call.state.datasets
    collection = need_collection(store, call.query.get("collectionId"))
    counts, remove = call.state.training.read(collection.id)
    for data_id in remove:
        store.delete_data(data_id)  # a chunk that failed for good never becomes a data item
    mode = str(counts.get("mode") or "chunk")
    attrs = collection.attrs
    return {
        "trainingType": collection.training_type,
        "advancedTraining": {
            "customPdfParse": bool(attrs.get("customPdfParse")),
            "imageIndex": bool(attrs.get("imageIndex")),
            "autoIndexes": bool(attrs.get("autoIndexes")),
        },
        "queuedCounts": _counts(mode, counts["queued"]),
        "trainingCounts": _counts(mode, counts["training"]),
        "errorCounts": _counts(mode, counts["failed"]),
        "trainedCount": max(store.data_amount(collection.id) - counts["remaining"], 0),
    }


async def training_errors(call: Call) -> dict[str, Any]:
    collection = need_collection(call.state.datasets, call.body.get("collectionId"))
    skip, limit = pagination(call.request, call.body, strict=True)
    found = call.state.training.errors(collection.id)
    return {"list": found[skip : skip + limit], "total": len(found)}


async def training_queue(call: Call) -> dict[str, Any]:
    dataset = need_dataset(call.state.datasets, call.query.get("datasetId"))
    return {"rebuildingCount": 0, "trainingCount": call.state.training.in_queue(dataset.id)}


async def create_api_collection(call: Call) -> None:
    body, store = call.body, call.state.datasets
    dataset = need_dataset(store, body.get("datasetId"))
    name, file_id = text(body.get("name")), text(body.get("apiFileId"))
    if not name or not file_id:
        raise MISSING_PARAMS
    if dataset.type not in API_DATASET_TYPES:
        raise NO_API_SERVER
    existing, _ = store.collections(
        dataset.id,
        parent_id=None,
        search_text="",
        filter_tags=[],
        select_folder=False,
        offset=0,
        limit=10_000,
    )
    if any(row.attrs.get("apiFileId") == file_id for row in existing):
        return None  # createApiDatasetCollection skips files already imported
    placeholder = f"Content of {file_id} (the FastGPT emulator has no third-party file server)."
    create_with_chunks(
        call, body, type="apiFile", name=name, chunks=[placeholder], source=name, attrs={"apiFileId": file_id}
    )
    return None


ROUTES = [
    route(f"{PREFIX}/collection/trainingDetail", training_detail, ["GET"]),
    route(f"{PREFIX}/training/getTrainingError", training_errors, ["POST"]),
    route(f"{PREFIX}/training/getDatasetTrainingQueue", training_queue, ["GET"]),
    route(
        f"{PREFIX}/collection/create/apiCollection",
        create_api_collection,
        ["POST"],
        schema=_api_collection_schema,
    ),
]

"""What the knowledge-base routes share (FastGPT's ``/api/core/dataset/**``).

Every answer is FastGPT's envelope; errors use its dataset error envelopes (``unExistDataset``
501002, ``unExistCollection`` 501003, ...) with HTTP 500. Where FastGPT's docs and handlers
differ the routes follow the handlers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._dataset_store import CollectionRow, DataRow, DatasetRow, DatasetStore
from .._errors import ApiError
from .._sqlite import iso
from .._state import TEAM_ID

PREFIX = "/api/core/dataset"
Row = TypeVar("Row")

UN_EXIST_DATASET = ApiError(501002, "unExistDataset", "common:code_error.dataset_error.unExist_dataset", 404)
UN_EXIST_COLLECTION = ApiError(
    501003, "unExistCollection", "common:code_error.dataset_error.unExist_collection", 404
)
MISSING_PARAMS = ApiError(507004, "missingParams", "common:code_error.error_message.507004", 400)
INVALID_PARAMS = ApiError(507000, "invalidParams", "common:code_error.error_message.507000", 400)
DATA_NOT_FOUND = errors.plain_error("core.dataset.error.Data not found", 404)


def need_dataset(store: DatasetStore, dataset_id: Any) -> DatasetRow:
    return _need(dataset_id, store.dataset, UN_EXIST_DATASET)


def need_collection(store: DatasetStore, collection_id: Any) -> CollectionRow:
    return _need(collection_id, store.collection, UN_EXIST_COLLECTION)


def need_data(store: DatasetStore, data_id: Any) -> DataRow:
    return _need(data_id, store.data, DATA_NOT_FOUND)


def _need(row_id: Any, find: Callable[[str], Row | None], missing: ApiError) -> Row:
    """The row of a required id: ``missingParams`` without one, ``missing`` for an unknown one."""
    if not isinstance(row_id, str) or not row_id:
        raise MISSING_PARAMS
    row = find(row_id)
    if row is None:
        raise missing
    return row


def dataset_json(row: DatasetRow) -> dict[str, Any]:
    """A dataset as ``dataset/detail`` answers it."""
    data: dict[str, Any] = {
        "_id": row.id,
        "parentId": row.parent_id,
        "teamId": TEAM_ID,
        "tmbId": row.tmb_id,
        "type": row.type,
        "status": "active",
        "avatar": row.attrs.get("avatar", "core/dataset/commonDatasetColor"),
        "name": row.name,
        "intro": row.intro,
        "updateTime": iso(row.update_time),
        "vectorModel": model_json(row.vector_model, embedding=True),
        "agentModel": model_json(row.agent_model),
        "inheritPermission": True,
        "permission": permission_json(),
    }
    if row.attrs.get("vlmModel"):
        data["vlmModel"] = model_json(str(row.attrs["vlmModel"]))
    return data


def dataset_document(row: DatasetRow) -> dict[str, Any]:
    """A dataset as stored (its models by name): what 4.16's collection detail has under ``dataset``."""
    data = {k: v for k, v in dataset_json(row).items() if k not in ("status", "permission")}
    data["vectorModel"], data["agentModel"] = row.vector_model, row.agent_model
    if row.attrs.get("vlmModel"):
        data["vlmModel"] = str(row.attrs["vlmModel"])
    return data


def source_name(collection: CollectionRow | None) -> str:
    if collection is None:
        return ""
    return str(collection.attrs.get("sourceName", collection.name))


def source_id(collection: CollectionRow | None) -> str:
    return (collection.raw_link or "") if collection is not None else ""


def model_json(model: str, *, embedding: bool = False) -> dict[str, Any]:
    """A model as FastGPT answers it (the fields its model schemas require)."""
    data: dict[str, Any] = {"model": model, "name": model, "provider": "OpenAI"}
    if embedding:
        data.update(type="embedding", defaultToken=512, maxToken=8000, weight=100)
    else:
        data.update(type="llm", maxContext=128000, maxResponse=16000, quoteMaxToken=120000)
    return data


def permission_json() -> dict[str, Any]:
    """The owner's permission, in FastGPT's serialized form (``role`` and ``value`` alike)."""
    return {
        "value": 4294967295,
        "role": 4294967295,
        "isOwner": True,
        "hasManagePer": True,
        "hasWritePer": True,
        "hasReadPer": True,
        "hasManageRole": True,
        "hasWriteRole": True,
        "hasReadRole": True,
    }


def training_status_json(remaining: int = 0, failed: int = 0) -> dict[str, Any]:
    """4.16's training status of a collection: ``remaining`` items still to train and ``failed``
    ones (a scripted job, ``_training``; an unscripted import is trained at once)."""
    return {
        "trainingAmount": remaining + failed,
        "activeTrainingAmount": remaining,
        "finalErrorAmount": failed,
        "hasError": failed > 0,
        "slowestTrainingStatus": "running" if remaining else "error" if failed else "ready",
    }

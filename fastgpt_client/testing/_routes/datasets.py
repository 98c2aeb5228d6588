"""Datasets: ``/api/core/dataset/`` ``create``, ``list``, ``detail`` and ``delete``.

A folder is a dataset of type ``folder``; deleting one deletes what is under it. 4.16 requires
``type``, ``intro`` and ``avatar`` on create (HTTP 400 zod); 4.14 defaults them (``dataset``,
``""``, its Mongo default avatar ``/icon/logo.svg``).
"""

from __future__ import annotations

from typing import Any

from . import _schemas as schemas
from ._endpoint import Call, route
from ._kb import MISSING_PARAMS, PREFIX, dataset_json, need_dataset
from ._params import str_or_none

DEFAULT_VECTOR_MODEL = "text-embedding-3-small"
DEFAULT_AGENT_MODEL = "gpt-4o-mini"
LISTED_FIELDS = (
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


async def create_dataset(call: Call) -> str:
    body, store = call.body, call.state.datasets
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise MISSING_PARAMS
    parent_id = str_or_none(body.get("parentId"))
    if parent_id is not None:
        need_dataset(store, parent_id)
    dataset_id = call.state.ids.object_id()
    attrs = {k: body[k] for k in ("avatar", "vlmModel") if isinstance(body.get(k), str)}
    attrs.setdefault("avatar", call.state.version.dataset_default_avatar)
    store.add_dataset(
        dataset_id,
        parent_id=parent_id,
        type=str(body.get("type") or "dataset"),
        name=name,
        intro=str(body.get("intro") or ""),
        vector_model=str(body.get("vectorModel") or DEFAULT_VECTOR_MODEL),
        agent_model=str(body.get("agentModel") or DEFAULT_AGENT_MODEL),
        tmb_id=call.key.tmb_id,
        attrs=attrs,
    )
    return dataset_id


async def list_datasets(call: Call) -> list[dict[str, Any]]:
    rows = call.state.datasets.datasets(
        parent_id=str_or_none(call.body.get("parentId")),
        search_key=str(call.body.get("searchKey") or ""),
        type=str_or_none(call.body.get("type")),
    )
    fields = (
        [k for k in LISTED_FIELDS if k != "parentId"]
        if call.state.version.response_schemas
        else LISTED_FIELDS
    )
    listed: list[dict[str, Any]] = []
    for row in rows:
        full = dataset_json(row)
        listed.append({k: full[k] for k in fields})
    return listed


async def get_dataset(call: Call) -> dict[str, Any]:
    return dataset_json(need_dataset(call.state.datasets, call.query.get("id")))


async def delete_dataset(call: Call) -> None:
    store = call.state.datasets
    store.delete_dataset(need_dataset(store, call.query.get("id")).id)


ROUTES = [
    route(f"{PREFIX}/create", create_dataset, ["POST"], schema=schemas.dataset_create),
    route(f"{PREFIX}/list", list_datasets, ["POST"]),
    route(f"{PREFIX}/detail", get_dataset, ["GET"]),
    route(f"{PREFIX}/delete", delete_dataset, ["DELETE"]),
]

"""Collections imported from an API dataset (a custom file API, Feishu, Yuque, DingTalk):
`create_api_collection` (`core/dataset/collection/create/apiCollection`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._plan import request_options
from ...types.datasets import ChunkSettingsInput
from ...types.options import RequestOptions
from ._client import AsyncAPIClient
from .collections import chunk_fields


class AsyncApiCollectionsAPI(AsyncAPIClient):
    """Import files of an API dataset as collections."""

    async def create_api_collection(
        self,
        dataset_id: str,
        api_file_id: str,
        name: str,
        *,
        parent_id: str | None = None,
        tags: Sequence[str] | None = None,
        metadata: Mapping[str, Any] | None = None,
        chunk_settings: ChunkSettingsInput | None = None,
        custom_pdf_parse: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Imports the file `api_file_id` of an API dataset's server as a collection called `name`.

        FastGPT reads the file from the dataset's third-party server (a dataset of another kind
        fails: "Can not find api dataset server") and answers nothing, not even the new
        collection's id: find it with `list_collections(dataset_id, search_text=name)`. A file imported
        before is skipped. Training then runs as for a file collection (`wait_for_training`).
        """
        from fastgpt_api.models import CreateApiCollectionRequest, JsonObject

        check = Check("create_api_collection")
        chunk, unknown = chunk_fields(check, chunk_settings)
        meta = check.optional_mapping(metadata, "metadata")
        body = _endpoints.model(
            CreateApiCollectionRequest,
            dataset_id=check.string(dataset_id, "dataset_id"),
            api_file_id=check.string(api_file_id, "api_file_id"),
            name=check.string(name, "name"),
            parent_id=check.optional_string_or_empty(parent_id, "parent_id"),
            tags=check.optional_string_list(tags, "tags"),
            metadata=JsonObject.from_dict(meta) if meta is not None else None,
            custom_pdf_parse=check.optional_boolean(custom_pdf_parse, "custom_pdf_parse"),
            **chunk,
        )
        body.additional_properties.update(unknown)
        plan = _endpoints.plan(
            "dataset_collection.create_api_collection",
            _envelope.ignore,
            options=request_options(options, check.method),
            body=body,
        )
        await self._request(plan)

"""Knowledge bases themselves: `create_dataset`, `list_datasets`, `get_dataset`, `delete_dataset`.

Dataset routes check the key's team member, so an app key or an account key both work. The
dataset kinds are the spec's `DatasetType` (FastGPT 4.16's list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ... import _endpoints, _envelope
from ..._check import Check
from ..._plan import request_options
from ...types.options import RequestOptions
from ._client import AsyncAPIClient

if TYPE_CHECKING:
    from fastgpt_api.models import Dataset, DatasetListItem
    from fastgpt_api.models.dataset_type import DatasetType

DEFAULT_AVATARS: dict[str, str] = {
    "dataset": "core/dataset/commonDatasetColor",
    "folder": "common/folderFill",
    "websiteDataset": "core/dataset/websiteDatasetColor",
    "externalFile": "core/dataset/externalDatasetColor",
    "apiDataset": "core/dataset/externalDatasetColor",
    "feishu": "core/dataset/feishuDatasetColor",
    "yuque": "core/dataset/yuqueDatasetColor",
    "dingtalk": "core/dataset/dingtalkDatasetColor",
}
"""The icon FastGPT's web app gives a new dataset of each kind (`DatasetTypeMap[type].avatar` in
`packages/global/core/dataset/constants.ts`): what `create_dataset` sends without `avatar`."""


def _dataset_types() -> list[str]:
    from fastgpt_api.models.dataset_type import DATASET_TYPE_VALUES

    return sorted(DATASET_TYPE_VALUES)


class AsyncDatasetsAPI(AsyncAPIClient):
    """Create, list, read and delete knowledge bases (and their folders)."""

    async def create_dataset(
        self,
        name: str,
        *,
        type: DatasetType = "dataset",
        parent_id: str | None = None,
        intro: str | None = None,
        avatar: str | None = None,
        vector_model: str | None = None,
        agent_model: str | None = None,
        vlm_model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Creates a dataset (or a folder with `type="folder"`) and returns its id.

        `type`, `intro` and `avatar` are always sent (FastGPT 4.14.11+ requires them): without
        `intro` an empty one, without `avatar` the icon FastGPT's web app gives that kind
        (`DEFAULT_AVATARS`). `"dingtalk"` needs a server newer than 4.14.10.
        """
        from fastgpt_api.models import CreateDatasetRequest

        check = Check("create_dataset")
        kind = check.one_of(type, "type", _dataset_types())
        given_intro = check.optional_string_or_empty(intro, "intro")
        given_avatar = check.optional_string_or_empty(avatar, "avatar")
        body = _endpoints.model(
            CreateDatasetRequest,
            name=check.string(name, "name"),
            type_=kind,
            parent_id=check.optional_string_or_empty(parent_id, "parent_id"),
            intro="" if given_intro is None else given_intro,
            avatar=DEFAULT_AVATARS.get(kind, "") if given_avatar is None else given_avatar,
            vector_model=check.optional_string_or_empty(vector_model, "vector_model"),
            agent_model=check.optional_string_or_empty(agent_model, "agent_model"),
            vlm_model=check.optional_string_or_empty(vlm_model, "vlm_model"),
        )
        plan = _endpoints.plan(
            "dataset.create_dataset",
            _envelope.string_of("the new dataset's id"),
            options=request_options(options, check.method),
            body=body,
        )
        return await self._request(plan)

    async def list_datasets(
        self,
        *,
        parent_id: str | None = None,
        search_key: str | None = None,
        type: DatasetType | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[DatasetListItem]:
        """The datasets in a folder (the top level by default), of one kind with `type`; FastGPT
        does not paginate them."""
        from fastgpt_api.models import DatasetListItem, DatasetListRequest

        check = Check("list_datasets")
        body = _endpoints.model(
            DatasetListRequest,
            parent_id=check.optional_string_or_empty(parent_id, "parent_id"),
            search_key=check.optional_string_or_empty(search_key, "search_key"),
            type_=check.optional_one_of(type, "type", _dataset_types()),
        )
        plan = _endpoints.plan(
            "dataset.list_datasets",
            _envelope.list_of(DatasetListItem),
            options=request_options(options, check.method),
            body=body,
            idempotent=True,
        )
        return await self._request(plan)

    async def get_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> Dataset:
        """A dataset's detail (models, intro, permission, ...)."""
        from fastgpt_api.models import Dataset

        check = Check("get_dataset")
        plan = _endpoints.plan(
            "dataset.get_dataset",
            _envelope.model_of(Dataset),
            options=request_options(options, check.method),
            id=check.string(dataset_id, "dataset_id"),
            idempotent=True,
        )
        return await self._request(plan)

    async def delete_dataset(self, dataset_id: str, **options: Unpack[RequestOptions]) -> None:
        """Deletes a dataset with its collections and data."""
        check = Check("delete_dataset")
        plan = _endpoints.plan(
            "dataset.delete_dataset",
            _envelope.ignore,
            options=request_options(options, check.method),
            id=check.string(dataset_id, "dataset_id"),
        )
        await self._request(plan)

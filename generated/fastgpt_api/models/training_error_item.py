from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingErrorItem")


@_attrs_define
class TrainingErrorItem:
    """A training item that failed."""

    id: str | None = None
    """ The training item's id. """
    dataset_id: str | None = None
    """ The dataset. """
    collection_id: str | None = None
    """ The collection. """
    mode: str | None = None
    """ The step that failed (`chunk`, `qa`, `parse`, `image`, ...). """
    data_id: str | None = None
    """ The data item it was updating, if any. """
    q: str | None = None
    """ The item's text. """
    a: str | None = None
    """ Its answer part. """
    chunk_index: int | None = None
    """ Its place in the collection. """
    retry_count: int | None = None
    """ Retries left. """
    error_msg: str | None = None
    """ Why it failed. """
    lock_time: str | None = None
    """ When a worker last took it (ISO time; far in the future once blocked). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_dataset_id = UNSET if self.dataset_id is None else self.dataset_id
        dataset_id = self_dataset_id

        self_collection_id = UNSET if self.collection_id is None else self.collection_id
        collection_id = self_collection_id

        self_mode = UNSET if self.mode is None else self.mode
        mode = self_mode

        self_data_id = UNSET if self.data_id is None else self.data_id
        data_id = self_data_id

        self_q = UNSET if self.q is None else self.q
        q = self_q

        self_a = UNSET if self.a is None else self.a
        a = self_a

        self_chunk_index = UNSET if self.chunk_index is None else self.chunk_index
        chunk_index = self_chunk_index

        self_retry_count = UNSET if self.retry_count is None else self.retry_count
        retry_count = self_retry_count

        self_error_msg = UNSET if self.error_msg is None else self.error_msg
        error_msg = self_error_msg

        self_lock_time = UNSET if self.lock_time is None else self.lock_time
        lock_time = self_lock_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if data_id is not UNSET:
            field_dict["dataId"] = data_id
        if q is not UNSET:
            field_dict["q"] = q
        if a is not UNSET:
            field_dict["a"] = a
        if chunk_index is not UNSET:
            field_dict["chunkIndex"] = chunk_index
        if retry_count is not UNSET:
            field_dict["retryCount"] = retry_count
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if lock_time is not UNSET:
            field_dict["lockTime"] = lock_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        mode = d.pop("mode", UNSET)

        data_id = d.pop("dataId", UNSET)

        q = d.pop("q", UNSET)

        a = d.pop("a", UNSET)

        chunk_index = d.pop("chunkIndex", UNSET)

        retry_count = d.pop("retryCount", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        lock_time = d.pop("lockTime", UNSET)

        training_error_item = cls(
            id=None if isinstance(id, Unset) else id,
            dataset_id=None if isinstance(dataset_id, Unset) else dataset_id,
            collection_id=None if isinstance(collection_id, Unset) else collection_id,
            mode=None if isinstance(mode, Unset) else mode,
            data_id=None if isinstance(data_id, Unset) else data_id,
            q=None if isinstance(q, Unset) else q,
            a=None if isinstance(a, Unset) else a,
            chunk_index=None if isinstance(chunk_index, Unset) else chunk_index,
            retry_count=None if isinstance(retry_count, Unset) else retry_count,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            lock_time=None if isinstance(lock_time, Unset) else lock_time,
        )

        training_error_item.additional_properties = d
        return training_error_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


TrainingErrorItemDict = TypedDict(
    "TrainingErrorItemDict",
    {
        "_id": "str",
        "datasetId": "str",
        "collectionId": "str",
        "mode": "str",
        "dataId": "str",
        "q": "str",
        "a": "str",
        "chunkIndex": "int",
        "retryCount": "int",
        "errorMsg": "str",
        "lockTime": "str",
    },
    total=False,
)
"""`TrainingErrorItem` as a plain dict, with FastGPT's field names."""

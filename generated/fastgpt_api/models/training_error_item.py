from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingErrorItem")


@_attrs_define
class TrainingErrorItem:
    """A training item that failed."""

    field_id: str | Unset = UNSET
    """ The training item's id. """
    dataset_id: str | Unset = UNSET
    """ The dataset. """
    collection_id: str | Unset = UNSET
    """ The collection. """
    mode: str | Unset = UNSET
    """ The step that failed (`chunk`, `qa`, `parse`, `image`, ...). """
    data_id: str | Unset = UNSET
    """ The data item it was updating, if any. """
    q: str | Unset = UNSET
    """ The item's text. """
    a: str | Unset = UNSET
    """ Its answer part. """
    chunk_index: int | Unset = UNSET
    """ Its place in the collection. """
    retry_count: int | Unset = UNSET
    """ Retries left. """
    error_msg: str | Unset = UNSET
    """ Why it failed. """
    lock_time: str | Unset = UNSET
    """ When a worker last took it (ISO time; far in the future once blocked). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        dataset_id = self.dataset_id

        collection_id = self.collection_id

        mode = self.mode

        data_id = self.data_id

        q = self.q

        a = self.a

        chunk_index = self.chunk_index

        retry_count = self.retry_count

        error_msg = self.error_msg

        lock_time = self.lock_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
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
        field_id = d.pop("_id", UNSET)

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
            field_id=field_id,
            dataset_id=dataset_id,
            collection_id=collection_id,
            mode=mode,
            data_id=data_id,
            q=q,
            a=a,
            chunk_index=chunk_index,
            retry_count=retry_count,
            error_msg=error_msg,
            lock_time=lock_time,
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

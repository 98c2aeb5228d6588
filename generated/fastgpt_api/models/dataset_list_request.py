from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_type import DatasetType, check_dataset_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetListRequest")


@_attrs_define
class DatasetListRequest:
    """Which datasets to list (not paginated)."""

    parent_id: None | str = None
    """ The folder; null for the root. """
    type_: DatasetType | None = None
    """ The dataset kind (FastGPT 4.16's `DatasetTypeEnum`; `dingtalk` is newer than 4.14.10, which rejects it). """
    search_key: str | None = None
    """ Only names containing this. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(self_type_, Unset):
            type_ = self_type_

        self_search_key = UNSET if self.search_key is None else self.search_key
        search_key = self_search_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if search_key is not UNSET:
            field_dict["searchKey"] = search_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: DatasetType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_dataset_type(_type_)

        search_key = d.pop("searchKey", UNSET)

        dataset_list_request = cls(
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            type_=None if isinstance(type_, Unset) else type_,
            search_key=None if isinstance(search_key, Unset) else search_key,
        )

        dataset_list_request.additional_properties = d
        return dataset_list_request

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


DatasetListRequestDict = TypedDict(
    "DatasetListRequestDict",
    {
        "parentId": "str | None",
        "type": "DatasetType",
        "searchKey": "str",
    },
    total=False,
)
"""`DatasetListRequest` as a plain dict, with FastGPT's field names."""

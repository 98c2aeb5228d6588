from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingErrorListRequest")


@_attrs_define
class TrainingErrorListRequest:
    """Which collection's failed training items."""

    collection_id: str
    """ The collection. """
    offset: int | None = None
    """ Skip this many. """
    page_size: int | None = None
    """ Items per page (default 10). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id = d.pop("collectionId")

        offset = d.pop("offset", UNSET)

        page_size = d.pop("pageSize", UNSET)

        training_error_list_request = cls(
            collection_id=collection_id,
            offset=None if isinstance(offset, Unset) else offset,
            page_size=None if isinstance(page_size, Unset) else page_size,
        )

        training_error_list_request.additional_properties = d
        return training_error_list_request

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


TrainingErrorListRequestDict = TypedDict(
    "TrainingErrorListRequestDict",
    {
        "collectionId": "Required[str]",
        "offset": "int",
        "pageSize": "int",
    },
    total=False,
)
"""`TrainingErrorListRequest` as a plain dict, with FastGPT's field names."""

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

T = TypeVar("T", bound="DataListRequest")


@_attrs_define
class DataListRequest:
    """Which items of a collection to list."""

    collection_id: str
    """ The collection. """
    search_text: str | None = None
    """ Only items containing this. """
    offset: int | None = None
    """ How many to skip. """
    page_num: int | None = None
    """ The page number (from 1), instead of `offset` (the SDK pages by `offset`). """
    page_size: int | None = None
    """ How many to return (FastGPT caps it at 30). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_id = self.collection_id

        self_search_text = UNSET if self.search_text is None else self.search_text
        search_text = self_search_text

        self_offset = UNSET if self.offset is None else self.offset
        offset = self_offset

        self_page_num = UNSET if self.page_num is None else self.page_num
        page_num = self_page_num

        self_page_size = UNSET if self.page_size is None else self.page_size
        page_size = self_page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
            }
        )
        if search_text is not UNSET:
            field_dict["searchText"] = search_text
        if offset is not UNSET:
            field_dict["offset"] = offset
        if page_num is not UNSET:
            field_dict["pageNum"] = page_num
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id = d.pop("collectionId")

        search_text = d.pop("searchText", UNSET)

        offset = d.pop("offset", UNSET)

        page_num = d.pop("pageNum", UNSET)

        page_size = d.pop("pageSize", UNSET)

        data_list_request = cls(
            collection_id=collection_id,
            search_text=None if isinstance(search_text, Unset) else search_text,
            offset=None if isinstance(offset, Unset) else offset,
            page_num=None if isinstance(page_num, Unset) else page_num,
            page_size=None if isinstance(page_size, Unset) else page_size,
        )

        data_list_request.additional_properties = d
        return data_list_request

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


DataListRequestDict = TypedDict(
    "DataListRequestDict",
    {
        "collectionId": "Required[str]",
        "searchText": "str",
        "offset": "int",
        "pageNum": "int",
        "pageSize": "int",
    },
    total=False,
)
"""`DataListRequest` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionListRequest")


@_attrs_define
class CollectionListRequest:
    """Which collections to list."""

    dataset_id: str
    """ The dataset. """
    parent_id: None | str = None
    """ The folder; null for the top level. """
    search_text: str | None = None
    """ Only names containing this. """
    select_folder: bool | None = None
    """ Only folders. """
    filter_tags: list[str] | None = None
    """ Only collections with these tags. """
    simple: bool | None = None
    """ Fewer fields. """
    offset: int | None = None
    """ How many to skip. """
    page_num: int | None = None
    """ The page number (from 1), instead of `offset` (the SDK pages by `offset`). """
    page_size: int | None = None
    """ How many to return (FastGPT caps it at 100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_search_text = UNSET if self.search_text is None else self.search_text
        search_text = self_search_text

        self_select_folder = UNSET if self.select_folder is None else self.select_folder
        select_folder = self_select_folder

        self_filter_tags = UNSET if self.filter_tags is None else self.filter_tags
        filter_tags: list[str] | Unset = UNSET
        if not isinstance(self_filter_tags, Unset):
            filter_tags = self_filter_tags

        self_simple = UNSET if self.simple is None else self.simple
        simple = self_simple

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
                "datasetId": dataset_id,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if search_text is not UNSET:
            field_dict["searchText"] = search_text
        if select_folder is not UNSET:
            field_dict["selectFolder"] = select_folder
        if filter_tags is not UNSET:
            field_dict["filterTags"] = filter_tags
        if simple is not UNSET:
            field_dict["simple"] = simple
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
        dataset_id = d.pop("datasetId")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        search_text = d.pop("searchText", UNSET)

        select_folder = d.pop("selectFolder", UNSET)

        filter_tags = cast(list[str], d.pop("filterTags", UNSET))

        simple = d.pop("simple", UNSET)

        offset = d.pop("offset", UNSET)

        page_num = d.pop("pageNum", UNSET)

        page_size = d.pop("pageSize", UNSET)

        collection_list_request = cls(
            dataset_id=dataset_id,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            search_text=None if isinstance(search_text, Unset) else search_text,
            select_folder=None if isinstance(select_folder, Unset) else select_folder,
            filter_tags=None if isinstance(filter_tags, Unset) else filter_tags,
            simple=None if isinstance(simple, Unset) else simple,
            offset=None if isinstance(offset, Unset) else offset,
            page_num=None if isinstance(page_num, Unset) else page_num,
            page_size=None if isinstance(page_size, Unset) else page_size,
        )

        collection_list_request.additional_properties = d
        return collection_list_request

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


CollectionListRequestDict = TypedDict(
    "CollectionListRequestDict",
    {
        "datasetId": "Required[str]",
        "parentId": "str | None",
        "searchText": "str",
        "selectFolder": "bool",
        "filterTags": "list[str]",
        "simple": "bool",
        "offset": "int",
        "pageNum": "int",
        "pageSize": "int",
    },
    total=False,
)
"""`CollectionListRequest` as a plain dict, with FastGPT's field names."""

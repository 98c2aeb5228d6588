from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionListRequest")


@_attrs_define
class CollectionListRequest:
    """Which collections to list."""

    dataset_id: str
    """ The dataset. """
    parent_id: None | str | Unset = UNSET
    """ The folder; null for the top level. """
    search_text: str | Unset = UNSET
    """ Only names containing this. """
    select_folder: bool | Unset = UNSET
    """ Only folders. """
    filter_tags: list[str] | Unset = UNSET
    """ Only collections with these tags. """
    simple: bool | Unset = UNSET
    """ Fewer fields. """
    offset: int | Unset = UNSET
    """ How many to skip. """
    page_num: int | Unset = UNSET
    """ The page number (from 1), instead of `offset` (the SDK pages by `offset`). """
    page_size: int | Unset = UNSET
    """ How many to return (FastGPT caps it at 100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        search_text = self.search_text

        select_folder = self.select_folder

        filter_tags: list[str] | Unset = UNSET
        if not isinstance(self.filter_tags, Unset):
            filter_tags = self.filter_tags

        simple = self.simple

        offset = self.offset

        page_num = self.page_num

        page_size = self.page_size

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
            parent_id=parent_id,
            search_text=search_text,
            select_folder=select_folder,
            filter_tags=filter_tags,
            simple=simple,
            offset=offset,
            page_num=page_num,
            page_size=page_size,
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

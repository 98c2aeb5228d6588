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

from ..models.empty_collection_type import (
    EmptyCollectionType,
    check_empty_collection_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCollectionRequest")


@_attrs_define
class CreateCollectionRequest:
    """An empty collection: a folder, or a virtual collection to push data into. 4.14 also stored a `metadata` object sent
    here; 4.16 drops it (its schema has no such field), so it is not part of this request.

    """

    dataset_id: str
    """ The dataset. """
    name: str
    """ The name. """
    type_: EmptyCollectionType
    """ `virtual` (data is pushed) or `folder`. """
    parent_id: None | str = None
    """ The folder collection to put it in. """
    tags: list[str] | None = None
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        name = self.name

        type_: str = self.type_

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_tags = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(self_tags, Unset):
            tags = self_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "name": name,
                "type": type_,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        name = d.pop("name")

        type_ = check_empty_collection_type(d.pop("type"))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        create_collection_request = cls(
            dataset_id=dataset_id,
            name=name,
            type_=type_,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            tags=None if isinstance(tags, Unset) else tags,
        )

        create_collection_request.additional_properties = d
        return create_collection_request

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


CreateCollectionRequestDict = TypedDict(
    "CreateCollectionRequestDict",
    {
        "datasetId": "Required[str]",
        "name": "Required[str]",
        "type": "Required[EmptyCollectionType]",
        "parentId": "str | None",
        "tags": "list[str]",
    },
    total=False,
)
"""`CreateCollectionRequest` as a plain dict, with FastGPT's field names."""

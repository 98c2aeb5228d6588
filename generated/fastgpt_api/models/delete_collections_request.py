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

T = TypeVar("T", bound="DeleteCollectionsRequest")


@_attrs_define
class DeleteCollectionsRequest:
    """Which collections to delete."""

    collection_ids: list[str]
    """ The collections. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection_ids = self.collection_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionIds": collection_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_ids = cast(list[str], d.pop("collectionIds"))

        delete_collections_request = cls(
            collection_ids=collection_ids,
        )

        delete_collections_request.additional_properties = d
        return delete_collections_request

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


DeleteCollectionsRequestDict = TypedDict(
    "DeleteCollectionsRequestDict",
    {
        "collectionIds": "Required[list[str]]",
    },
    total=False,
)
"""`DeleteCollectionsRequest` as a plain dict, with FastGPT's field names."""

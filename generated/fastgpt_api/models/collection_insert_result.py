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

T = TypeVar("T", bound="CollectionInsertResult")


@_attrs_define
class CollectionInsertResult:
    """What the import queued (`{insertLen}`, in 4.14 and 4.16 alike)."""

    insert_len: int
    """ Chunks queued for training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insert_len = self.insert_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "insertLen": insert_len,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        insert_len = d.pop("insertLen")

        collection_insert_result = cls(
            insert_len=insert_len,
        )

        collection_insert_result.additional_properties = d
        return collection_insert_result

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


CollectionInsertResultDict = TypedDict(
    "CollectionInsertResultDict",
    {
        "insertLen": "Required[int]",
    },
    total=False,
)
"""`CollectionInsertResult` as a plain dict, with FastGPT's field names."""

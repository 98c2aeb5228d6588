from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInsertResult")


@_attrs_define
class CollectionInsertResult:
    """What the import queued (`{insertLen}`, in 4.14 and 4.16 alike)."""

    insert_len: int | None = None
    """ Chunks queued for training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_insert_len = UNSET if self.insert_len is None else self.insert_len
        insert_len = self_insert_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insert_len is not UNSET:
            field_dict["insertLen"] = insert_len

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        insert_len = d.pop("insertLen", UNSET)

        collection_insert_result = cls(
            insert_len=None if isinstance(insert_len, Unset) else insert_len,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherValueItem")


@_attrs_define
class OtherValueItem:
    """A message item of a kind this document does not know yet (FastGPT adds kinds); every field is kept."""

    type_: str | None = None
    """ The item's kind, when the server names it (4.14.7 and later do not). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        other_value_item = cls(
            type_=None if isinstance(type_, Unset) else type_,
        )

        other_value_item.additional_properties = d
        return other_value_item

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


OtherValueItemDict = TypedDict(
    "OtherValueItemDict",
    {
        "type": "str",
    },
    total=False,
)
"""`OtherValueItem` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataIndex")


@_attrs_define
class DataIndex:
    """A stored index of an item."""

    field_id: str | Unset = UNSET
    """ The index's database id. """
    type_: str | Unset = UNSET
    """ Kind (`default`, `custom`, ...). """
    data_id: str | Unset = UNSET
    """ The index id. """
    text: str | Unset = UNSET
    """ The text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        type_ = self.type_

        data_id = self.data_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_id is not UNSET:
            field_dict["dataId"] = data_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)

        type_ = d.pop("type", UNSET)

        data_id = d.pop("dataId", UNSET)

        text = d.pop("text", UNSET)

        data_index = cls(
            field_id=field_id,
            type_=type_,
            data_id=data_id,
            text=text,
        )

        data_index.additional_properties = d
        return data_index

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

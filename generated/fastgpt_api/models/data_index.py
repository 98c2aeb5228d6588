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

T = TypeVar("T", bound="DataIndex")


@_attrs_define
class DataIndex:
    """A stored index of an item."""

    id: str | None = None
    """ The index's database id. """
    type_: str | None = None
    """ Kind (`default`, `custom`, ...). """
    data_id: str | None = None
    """ The index id. """
    text: str | None = None
    """ The text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        self_data_id = UNSET if self.data_id is None else self.data_id
        data_id = self_data_id

        self_text = UNSET if self.text is None else self.text
        text = self_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
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
        id = d.pop("_id", UNSET)

        type_ = d.pop("type", UNSET)

        data_id = d.pop("dataId", UNSET)

        text = d.pop("text", UNSET)

        data_index = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            data_id=None if isinstance(data_id, Unset) else data_id,
            text=None if isinstance(text, Unset) else text,
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


DataIndexDict = TypedDict(
    "DataIndexDict",
    {
        "_id": "str",
        "type": "str",
        "dataId": "str",
        "text": "str",
    },
    total=False,
)
"""`DataIndex` as a plain dict, with FastGPT's field names."""

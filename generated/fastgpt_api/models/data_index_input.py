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

from ..models.data_index_type import DataIndexType, check_data_index_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataIndexInput")


@_attrs_define
class DataIndexInput:
    """An extra search index for a data item."""

    text: str
    """ The index text. """
    type_: DataIndexType | None = None
    """ The index kind. `imageEmbedding` (4.16; its text is the image's storage key or URL) is new. Callers normally
    send `custom` (FastGPT's note on the field: the other kinds are made by the system). """
    data_id: str | None = None
    """ The index's id (on update: keeps it, a diff update). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        self_type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset = UNSET
        if not isinstance(self_type_, Unset):
            type_ = self_type_

        self_data_id = UNSET if self.data_id is None else self.data_id
        data_id = self_data_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_id is not UNSET:
            field_dict["dataId"] = data_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        _type_ = d.pop("type", UNSET)
        type_: DataIndexType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_data_index_type(_type_)

        data_id = d.pop("dataId", UNSET)

        data_index_input = cls(
            text=text,
            type_=None if isinstance(type_, Unset) else type_,
            data_id=None if isinstance(data_id, Unset) else data_id,
        )

        data_index_input.additional_properties = d
        return data_index_input

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


DataIndexInputDict = TypedDict(
    "DataIndexInputDict",
    {
        "text": "Required[str]",
        "type": "DataIndexType",
        "dataId": "str",
    },
    total=False,
)
"""`DataIndexInput` as a plain dict, with FastGPT's field names."""

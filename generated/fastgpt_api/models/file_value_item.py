from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_file_value import ChatFileValue


T = TypeVar("T", bound="FileValueItem")


@_attrs_define
class FileValueItem:
    """A file or image the user sent."""

    file: ChatFileValue
    """ A file or image in a message. """
    type_: Literal["file"] | None = None
    """ `file` when present (4.14.6 and earlier, and v1 answers; since 4.14.7 FastGPT stores and sends items without
    `type`, known by their key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_dict()

        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_file_value import ChatFileValue

        d = dict(src_dict)
        file = ChatFileValue.from_dict(d.pop("file"))

        type_ = cast(Literal["file"] | Unset, d.pop("type", UNSET))
        if type_ != "file" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_value_item = cls(
            file=file,
            type_=None if isinstance(type_, Unset) else type_,
        )

        file_value_item.additional_properties = d
        return file_value_item

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


if TYPE_CHECKING:
    from ..models.chat_file_value import ChatFileValueDict


FileValueItemDict = TypedDict(
    "FileValueItemDict",
    {
        "file": "Required[ChatFileValueDict]",
        "type": 'Literal["file"]',
    },
    total=False,
)
"""`FileValueItem` as a plain dict, with FastGPT's field names."""

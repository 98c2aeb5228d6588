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

T = TypeVar("T", bound="ChatFileValue")


@_attrs_define
class ChatFileValue:
    """A file or image in a message."""

    type_: str | None = None
    """ `image` or `file`. """
    name: str | None = None
    """ The file name. """
    url: str | None = None
    """ Where to fetch it (presigned by the server). """
    key: str | None = None
    """ Its storage key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_url = UNSET if self.url is None else self.url
        url = self_url

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        key = d.pop("key", UNSET)

        chat_file_value = cls(
            type_=None if isinstance(type_, Unset) else type_,
            name=None if isinstance(name, Unset) else name,
            url=None if isinstance(url, Unset) else url,
            key=None if isinstance(key, Unset) else key,
        )

        chat_file_value.additional_properties = d
        return chat_file_value

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


ChatFileValueDict = TypedDict(
    "ChatFileValueDict",
    {
        "type": "str",
        "name": "str",
        "url": "str",
        "key": "str",
    },
    total=False,
)
"""`ChatFileValue` as a plain dict, with FastGPT's field names."""

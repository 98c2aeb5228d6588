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

T = TypeVar("T", bound="UserSelectOption")


@_attrs_define
class UserSelectOption:
    """One option."""

    key: str | None = None
    """ The option's internal key. """
    value: str | None = None
    """ The option's text; this is what the answer must contain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_key = UNSET if self.key is None else self.key
        key = self_key

        self_value = UNSET if self.value is None else self.value
        value = self_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        user_select_option = cls(
            key=None if isinstance(key, Unset) else key,
            value=None if isinstance(value, Unset) else value,
        )

        user_select_option.additional_properties = d
        return user_select_option

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


UserSelectOptionDict = TypedDict(
    "UserSelectOptionDict",
    {
        "key": "str",
        "value": "str",
    },
    total=False,
)
"""`UserSelectOption` as a plain dict, with FastGPT's field names."""

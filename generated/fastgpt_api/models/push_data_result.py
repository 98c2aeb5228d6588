from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushDataResult")


@_attrs_define
class PushDataResult:
    """What a push queued."""

    insert_len: int | Unset = UNSET
    """ Items inserted. """
    over_token: list[Any] | Unset = UNSET
    """ Items over the token limit. """
    repeat: list[Any] | Unset = UNSET
    """ Duplicates. """
    error: list[Any] | Unset = UNSET
    """ Items that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insert_len = self.insert_len

        over_token: list[Any] | Unset = UNSET
        if not isinstance(self.over_token, Unset):
            over_token = self.over_token

        repeat: list[Any] | Unset = UNSET
        if not isinstance(self.repeat, Unset):
            repeat = self.repeat

        error: list[Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insert_len is not UNSET:
            field_dict["insertLen"] = insert_len
        if over_token is not UNSET:
            field_dict["overToken"] = over_token
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        insert_len = d.pop("insertLen", UNSET)

        over_token = cast(list[Any], d.pop("overToken", UNSET))

        repeat = cast(list[Any], d.pop("repeat", UNSET))

        error = cast(list[Any], d.pop("error", UNSET))

        push_data_result = cls(
            insert_len=insert_len,
            over_token=over_token,
            repeat=repeat,
            error=error,
        )

        push_data_result.additional_properties = d
        return push_data_result

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

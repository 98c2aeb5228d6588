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

T = TypeVar("T", bound="AppTotalData")


@_attrs_define
class AppTotalData:
    """An app's totals (commercial edition)."""

    total_users: int | None = None
    """ Distinct users. """
    total_chats: int | None = None
    """ Chats. """
    total_points: float | None = None
    """ AI points used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_total_users = UNSET if self.total_users is None else self.total_users
        total_users = self_total_users

        self_total_chats = UNSET if self.total_chats is None else self.total_chats
        total_chats = self_total_chats

        self_total_points = UNSET if self.total_points is None else self.total_points
        total_points = self_total_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_users is not UNSET:
            field_dict["totalUsers"] = total_users
        if total_chats is not UNSET:
            field_dict["totalChats"] = total_chats
        if total_points is not UNSET:
            field_dict["totalPoints"] = total_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_users = d.pop("totalUsers", UNSET)

        total_chats = d.pop("totalChats", UNSET)

        total_points = d.pop("totalPoints", UNSET)

        app_total_data = cls(
            total_users=None if isinstance(total_users, Unset) else total_users,
            total_chats=None if isinstance(total_chats, Unset) else total_chats,
            total_points=None if isinstance(total_points, Unset) else total_points,
        )

        app_total_data.additional_properties = d
        return app_total_data

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


AppTotalDataDict = TypedDict(
    "AppTotalDataDict",
    {
        "totalUsers": "int",
        "totalChats": "int",
        "totalPoints": "float",
    },
    total=False,
)
"""`AppTotalData` as a plain dict, with FastGPT's field names."""

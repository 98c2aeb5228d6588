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

T = TypeVar("T", bound="AuthProxy")


@_attrs_define
class AuthProxy:
    """Run the turn as this team member (FastGPT 4.15+, e24fef92d): only a team API key whose
    owner enabled `authProxy` may send it, and the member must be allowed to use the app and
    the chat; otherwise the call fails with `unAuthChat`. Give `username` or `tmbId` (both:
    they must be the same member). FastGPT's schema is strict: send no other fields.

    """

    username: str | None = None
    """ The member's user name (trimmed). """
    tmb_id: str | None = None
    """ The member's team-member id (an ObjectId). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_username = UNSET if self.username is None else self.username
        username = self_username

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id = self_tmb_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        tmb_id = d.pop("tmbId", UNSET)

        auth_proxy = cls(
            username=None if isinstance(username, Unset) else username,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
        )

        auth_proxy.additional_properties = d
        return auth_proxy

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


AuthProxyDict = TypedDict(
    "AuthProxyDict",
    {
        "username": "str",
        "tmbId": "str",
    },
    total=False,
)
"""`AuthProxy` as a plain dict, with FastGPT's field names."""

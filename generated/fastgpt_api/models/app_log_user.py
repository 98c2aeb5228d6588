from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogUser")


@_attrs_define
class AppLogUser:
    """A user of the app's logs."""

    out_link_uid: None | str = None
    """ The share-link user (then `name` is it too). """
    tmb_id: None | str = None
    """ The team member. """
    name: str | None = None
    """ The member's name, the share-link user, or `-`. """
    avatar: str | None = None
    """ The avatar. """
    count: int | None = None
    """ Chats in the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_out_link_uid = UNSET if self.out_link_uid is None else self.out_link_uid
        out_link_uid: None | str | Unset
        if isinstance(self_out_link_uid, Unset):
            out_link_uid = UNSET
        else:
            out_link_uid = self_out_link_uid

        self_tmb_id = UNSET if self.tmb_id is None else self.tmb_id
        tmb_id: None | str | Unset
        if isinstance(self_tmb_id, Unset):
            tmb_id = UNSET
        else:
            tmb_id = self_tmb_id

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_avatar = UNSET if self.avatar is None else self.avatar
        avatar = self_avatar

        self_count = UNSET if self.count is None else self.count
        count = self_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_link_uid is not UNSET:
            field_dict["outLinkUid"] = out_link_uid
        if tmb_id is not UNSET:
            field_dict["tmbId"] = tmb_id
        if name is not UNSET:
            field_dict["name"] = name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_out_link_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_link_uid = _parse_out_link_uid(d.pop("outLinkUid", UNSET))

        def _parse_tmb_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tmb_id = _parse_tmb_id(d.pop("tmbId", UNSET))

        name = d.pop("name", UNSET)

        avatar = d.pop("avatar", UNSET)

        count = d.pop("count", UNSET)

        app_log_user = cls(
            out_link_uid=None if isinstance(out_link_uid, Unset) else out_link_uid,
            tmb_id=None if isinstance(tmb_id, Unset) else tmb_id,
            name=None if isinstance(name, Unset) else name,
            avatar=None if isinstance(avatar, Unset) else avatar,
            count=None if isinstance(count, Unset) else count,
        )

        app_log_user.additional_properties = d
        return app_log_user

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


AppLogUserDict = TypedDict(
    "AppLogUserDict",
    {
        "outLinkUid": "str | None",
        "tmbId": "str | None",
        "name": "str",
        "avatar": "str",
        "count": "int",
    },
    total=False,
)
"""`AppLogUser` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLogUser")


@_attrs_define
class AppLogUser:
    """A user of the app's logs."""

    out_link_uid: None | str | Unset = UNSET
    """ The share-link user (then `name` is it too). """
    tmb_id: None | str | Unset = UNSET
    """ The team member. """
    name: str | Unset = UNSET
    """ The member's name, the share-link user, or `-`. """
    avatar: str | Unset = UNSET
    """ The avatar. """
    count: int | Unset = UNSET
    """ Chats in the period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_link_uid: None | str | Unset
        if isinstance(self.out_link_uid, Unset):
            out_link_uid = UNSET
        else:
            out_link_uid = self.out_link_uid

        tmb_id: None | str | Unset
        if isinstance(self.tmb_id, Unset):
            tmb_id = UNSET
        else:
            tmb_id = self.tmb_id

        name = self.name

        avatar = self.avatar

        count = self.count

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
            out_link_uid=out_link_uid,
            tmb_id=tmb_id,
            name=name,
            avatar=avatar,
            count=count,
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

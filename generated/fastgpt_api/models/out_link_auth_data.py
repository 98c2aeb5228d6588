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

T = TypeVar("T", bound="OutLinkAuthData")


@_attrs_define
class OutLinkAuthData:
    """Chat through a share link (FastGPT 4.15+, 6724a1e62): `shareId` and `outLinkUid` together
    or neither. With both, the handler authenticates the share link instead of the
    `Authorization` header (no API key needed), runs the link's app and files the chat under
    the link and that user. FastGPT 4.14 reads the same two fields at the top level of the body.

    """

    share_id: str | None = None
    """ The share link's id (the `shareId` of its URL). """
    out_link_uid: str | None = None
    """ The end user's id on that link (any stable string; a token when the link has an auth hook). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_share_id = UNSET if self.share_id is None else self.share_id
        share_id = self_share_id

        self_out_link_uid = UNSET if self.out_link_uid is None else self.out_link_uid
        out_link_uid = self_out_link_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_id is not UNSET:
            field_dict["shareId"] = share_id
        if out_link_uid is not UNSET:
            field_dict["outLinkUid"] = out_link_uid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        share_id = d.pop("shareId", UNSET)

        out_link_uid = d.pop("outLinkUid", UNSET)

        out_link_auth_data = cls(
            share_id=None if isinstance(share_id, Unset) else share_id,
            out_link_uid=None if isinstance(out_link_uid, Unset) else out_link_uid,
        )

        out_link_auth_data.additional_properties = d
        return out_link_auth_data

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


OutLinkAuthDataDict = TypedDict(
    "OutLinkAuthDataDict",
    {
        "shareId": "str",
        "outLinkUid": "str",
    },
    total=False,
)
"""`OutLinkAuthData` as a plain dict, with FastGPT's field names."""

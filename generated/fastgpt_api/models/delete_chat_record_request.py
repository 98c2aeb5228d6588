from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteChatRecordRequest")


@_attrs_define
class DeleteChatRecordRequest:
    """Which messages to delete (4.14.11+). Give `contentId`, `contentIds` or both."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    content_id: str | None = None
    """ The message's `dataId`. """
    content_ids: list[str] | str | None = None
    """ Several messages' `dataId`s (a list, or one id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        self_content_id = UNSET if self.content_id is None else self.content_id
        content_id = self_content_id

        self_content_ids = UNSET if self.content_ids is None else self.content_ids
        content_ids: list[str] | str | Unset
        if isinstance(self_content_ids, Unset):
            content_ids = UNSET
        elif isinstance(self_content_ids, list):
            content_ids = self_content_ids

        else:
            content_ids = self_content_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if content_ids is not UNSET:
            field_dict["contentIds"] = content_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        content_id = d.pop("contentId", UNSET)

        def _parse_content_ids(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_ids_type_1 = cast(list[str], data)

                return content_ids_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        content_ids = _parse_content_ids(d.pop("contentIds", UNSET))

        delete_chat_record_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            content_id=None if isinstance(content_id, Unset) else content_id,
            content_ids=None if isinstance(content_ids, Unset) else content_ids,
        )

        delete_chat_record_request.additional_properties = d
        return delete_chat_record_request

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


DeleteChatRecordRequestDict = TypedDict(
    "DeleteChatRecordRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "contentId": "str",
        "contentIds": "str | list[str]",
    },
    total=False,
)
"""`DeleteChatRecordRequest` as a plain dict, with FastGPT's field names."""

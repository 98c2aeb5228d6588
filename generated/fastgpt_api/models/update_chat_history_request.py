from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateChatHistoryRequest")


@_attrs_define
class UpdateChatHistoryRequest:
    """What to change on a chat; absent fields stay as they are."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    title: str | None = None
    """ A new generated title. """
    custom_title: str | None = None
    """ A new title set by the user. """
    top: bool | None = None
    """ Pin or unpin the chat. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        self_title = UNSET if self.title is None else self.title
        title = self_title

        self_custom_title = UNSET if self.custom_title is None else self.custom_title
        custom_title = self_custom_title

        self_top = UNSET if self.top is None else self.top
        top = self_top

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if custom_title is not UNSET:
            field_dict["customTitle"] = custom_title
        if top is not UNSET:
            field_dict["top"] = top

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        title = d.pop("title", UNSET)

        custom_title = d.pop("customTitle", UNSET)

        top = d.pop("top", UNSET)

        update_chat_history_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            title=None if isinstance(title, Unset) else title,
            custom_title=None if isinstance(custom_title, Unset) else custom_title,
            top=None if isinstance(top, Unset) else top,
        )

        update_chat_history_request.additional_properties = d
        return update_chat_history_request

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


UpdateChatHistoryRequestDict = TypedDict(
    "UpdateChatHistoryRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "title": "str",
        "customTitle": "str",
        "top": "bool",
    },
    total=False,
)
"""`UpdateChatHistoryRequest` as a plain dict, with FastGPT's field names."""

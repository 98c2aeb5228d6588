from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_init_app import ChatInitApp
    from ..models.variables import Variables


T = TypeVar("T", bound="ChatInit")


@_attrs_define
class ChatInit:
    """What a chat window needs to open a chat."""

    chat_id: str | None = None
    """ The chat id. """
    app_id: str | None = None
    """ The app. """
    title: str | None = None
    """ The chat's title. """
    user_avatar: str | None = None
    """ The user's avatar. """
    variables: Variables | None = None
    """ Workflow global variables (or a workflow-tool app's inputs), merged over the variables stored on the chat;
    the request wins. """
    app: ChatInitApp | None = None
    """ The app as a chat window shows it. """
    chat_generate_status: int | None = None
    """ Whether an answer is being generated: 0 generating, 1 done, 2 error (4.14.11+; absent before). Kept an
    integer so a new state parses. """
    has_been_read: bool | None = None
    """ Whether the latest answer has been read (4.14.11+; absent before). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_chat_id = UNSET if self.chat_id is None else self.chat_id
        chat_id = self_chat_id

        self_app_id = UNSET if self.app_id is None else self.app_id
        app_id = self_app_id

        self_title = UNSET if self.title is None else self.title
        title = self_title

        self_user_avatar = UNSET if self.user_avatar is None else self.user_avatar
        user_avatar = self_user_avatar

        self_variables = UNSET if self.variables is None else self.variables
        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self_variables, Unset):
            variables = self_variables.to_dict()

        self_app = UNSET if self.app is None else self.app
        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self_app, Unset):
            app = self_app.to_dict()

        self_chat_generate_status = (
            UNSET if self.chat_generate_status is None else self.chat_generate_status
        )
        chat_generate_status = self_chat_generate_status

        self_has_been_read = UNSET if self.has_been_read is None else self.has_been_read
        has_been_read = self_has_been_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if title is not UNSET:
            field_dict["title"] = title
        if user_avatar is not UNSET:
            field_dict["userAvatar"] = user_avatar
        if variables is not UNSET:
            field_dict["variables"] = variables
        if app is not UNSET:
            field_dict["app"] = app
        if chat_generate_status is not UNSET:
            field_dict["chatGenerateStatus"] = chat_generate_status
        if has_been_read is not UNSET:
            field_dict["hasBeenRead"] = has_been_read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_init_app import ChatInitApp
        from ..models.variables import Variables

        d = dict(src_dict)
        chat_id = d.pop("chatId", UNSET)

        app_id = d.pop("appId", UNSET)

        title = d.pop("title", UNSET)

        user_avatar = d.pop("userAvatar", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: Variables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = Variables.from_dict(_variables)

        _app = d.pop("app", UNSET)
        app: ChatInitApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = ChatInitApp.from_dict(_app)

        chat_generate_status = d.pop("chatGenerateStatus", UNSET)

        has_been_read = d.pop("hasBeenRead", UNSET)

        chat_init = cls(
            chat_id=None if isinstance(chat_id, Unset) else chat_id,
            app_id=None if isinstance(app_id, Unset) else app_id,
            title=None if isinstance(title, Unset) else title,
            user_avatar=None if isinstance(user_avatar, Unset) else user_avatar,
            variables=None if isinstance(variables, Unset) else variables,
            app=None if isinstance(app, Unset) else app,
            chat_generate_status=None
            if isinstance(chat_generate_status, Unset)
            else chat_generate_status,
            has_been_read=None if isinstance(has_been_read, Unset) else has_been_read,
        )

        chat_init.additional_properties = d
        return chat_init

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


if TYPE_CHECKING:
    from ..models.chat_init_app import ChatInitAppDict


ChatInitDict = TypedDict(
    "ChatInitDict",
    {
        "chatId": "str",
        "appId": "str",
        "title": "str",
        "userAvatar": "str",
        "variables": "dict[str, Any]",
        "app": "ChatInitAppDict",
        "chatGenerateStatus": "int",
        "hasBeenRead": "bool",
    },
    total=False,
)
"""`ChatInit` as a plain dict, with FastGPT's field names."""

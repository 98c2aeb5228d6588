from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_proxy import AuthProxy
    from ..models.chat_message import ChatMessage
    from ..models.chat_metadata import ChatMetadata
    from ..models.out_link_auth_data import OutLinkAuthData
    from ..models.variables import Variables


T = TypeVar("T", bound="ChatCompletionRequest")


@_attrs_define
class ChatCompletionRequest:
    """The chat request. OpenAI fields such as `model` or `temperature` are accepted and ignored
    by FastGPT (the app's workflow decides).

    """

    messages: list[ChatMessage]
    """ OpenAI-format messages. The last one is the user's question. With `chatId`, earlier
    messages are appended after the stored history (FastGPT's docs say they are ignored;
    its handler concatenates them). Empty is allowed only for workflow-tool apps.
     """
    chat_id: str | None = None
    """ Conversation id. With it the server loads the stored history and stores this turn
    under it; without it the turn is stored under a random id. At most 1024 characters;
    unique per app.
     """
    app_id: str | None = None
    """ The app to run. Required with an account (general) key; an app key's bound app is used otherwise. """
    custom_uid: str | None = None
    """ An end-user id recorded with the chat (shown as the user in FastGPT's logs). """
    stream: bool | None = None
    """ Answer as a server-sent event stream. """
    detail: bool | None = None
    """ Include node responses and new variables (JSON), or named workflow events (stream). Forced on for workflow-
    tool apps. """
    response_chat_item_id: str | None = None
    """ The `dataId` to store the answer under; unique within the chat. Generating it on the
    client lets later feedback, record-detail and delete calls address the answer.
     """
    variables: Variables | None = None
    """ Workflow global variables (or a workflow-tool app's inputs), merged over the variables stored on the chat;
    the request wins. """
    metadata: ChatMetadata | None = None
    """ Free-form metadata stored on the chat. """
    retain_dataset_cite: bool | None = None
    """ Keep knowledge-base citation markers (`[<id>](CITE)`) in the answer text. Default false strips them. """
    show_skill_references: bool | None = None
    """ Stream the skills an Agent uses (`skillCall`) even where the share link or key would
    hide them; needs running status shown. FastGPT 4.14.10+ (ac04d4445); ignored before.
     """
    auth_proxy: AuthProxy | None = None
    """ Run the turn as this team member (FastGPT 4.15+, e24fef92d): only a team API key whose
    owner enabled `authProxy` may send it, and the member must be allowed to use the app and
    the chat; otherwise the call fails with `unAuthChat`. Give `username` or `tmbId` (both:
    they must be the same member). FastGPT's schema is strict: send no other fields.
     """
    out_link_auth_data: OutLinkAuthData | None = None
    """ Chat through a share link (FastGPT 4.15+, 6724a1e62): `shareId` and `outLinkUid` together
    or neither. With both, the handler authenticates the share link instead of the
    `Authorization` header (no API key needed), runs the link's app and files the chat under
    the link and that user. FastGPT 4.14 reads the same two fields at the top level of the body.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        self_chat_id = UNSET if self.chat_id is None else self.chat_id
        chat_id = self_chat_id

        self_app_id = UNSET if self.app_id is None else self.app_id
        app_id = self_app_id

        self_custom_uid = UNSET if self.custom_uid is None else self.custom_uid
        custom_uid = self_custom_uid

        self_stream = UNSET if self.stream is None else self.stream
        stream = self_stream

        self_detail = UNSET if self.detail is None else self.detail
        detail = self_detail

        self_response_chat_item_id = (
            UNSET if self.response_chat_item_id is None else self.response_chat_item_id
        )
        response_chat_item_id = self_response_chat_item_id

        self_variables = UNSET if self.variables is None else self.variables
        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self_variables, Unset):
            variables = self_variables.to_dict()

        self_metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self_metadata, Unset):
            metadata = self_metadata.to_dict()

        self_retain_dataset_cite = (
            UNSET if self.retain_dataset_cite is None else self.retain_dataset_cite
        )
        retain_dataset_cite = self_retain_dataset_cite

        self_show_skill_references = (
            UNSET if self.show_skill_references is None else self.show_skill_references
        )
        show_skill_references = self_show_skill_references

        self_auth_proxy = UNSET if self.auth_proxy is None else self.auth_proxy
        auth_proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self_auth_proxy, Unset):
            auth_proxy = self_auth_proxy.to_dict()

        self_out_link_auth_data = (
            UNSET if self.out_link_auth_data is None else self.out_link_auth_data
        )
        out_link_auth_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self_out_link_auth_data, Unset):
            out_link_auth_data = self_out_link_auth_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if custom_uid is not UNSET:
            field_dict["customUid"] = custom_uid
        if stream is not UNSET:
            field_dict["stream"] = stream
        if detail is not UNSET:
            field_dict["detail"] = detail
        if response_chat_item_id is not UNSET:
            field_dict["responseChatItemId"] = response_chat_item_id
        if variables is not UNSET:
            field_dict["variables"] = variables
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if retain_dataset_cite is not UNSET:
            field_dict["retainDatasetCite"] = retain_dataset_cite
        if show_skill_references is not UNSET:
            field_dict["showSkillReferences"] = show_skill_references
        if auth_proxy is not UNSET:
            field_dict["authProxy"] = auth_proxy
        if out_link_auth_data is not UNSET:
            field_dict["outLinkAuthData"] = out_link_auth_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_proxy import AuthProxy
        from ..models.chat_message import ChatMessage
        from ..models.chat_metadata import ChatMetadata
        from ..models.out_link_auth_data import OutLinkAuthData
        from ..models.variables import Variables

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        chat_id = d.pop("chatId", UNSET)

        app_id = d.pop("appId", UNSET)

        custom_uid = d.pop("customUid", UNSET)

        stream = d.pop("stream", UNSET)

        detail = d.pop("detail", UNSET)

        response_chat_item_id = d.pop("responseChatItemId", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: Variables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = Variables.from_dict(_variables)

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatMetadata.from_dict(_metadata)

        retain_dataset_cite = d.pop("retainDatasetCite", UNSET)

        show_skill_references = d.pop("showSkillReferences", UNSET)

        _auth_proxy = d.pop("authProxy", UNSET)
        auth_proxy: AuthProxy | Unset
        if isinstance(_auth_proxy, Unset):
            auth_proxy = UNSET
        else:
            auth_proxy = AuthProxy.from_dict(_auth_proxy)

        _out_link_auth_data = d.pop("outLinkAuthData", UNSET)
        out_link_auth_data: OutLinkAuthData | Unset
        if isinstance(_out_link_auth_data, Unset):
            out_link_auth_data = UNSET
        else:
            out_link_auth_data = OutLinkAuthData.from_dict(_out_link_auth_data)

        chat_completion_request = cls(
            messages=messages,
            chat_id=None if isinstance(chat_id, Unset) else chat_id,
            app_id=None if isinstance(app_id, Unset) else app_id,
            custom_uid=None if isinstance(custom_uid, Unset) else custom_uid,
            stream=None if isinstance(stream, Unset) else stream,
            detail=None if isinstance(detail, Unset) else detail,
            response_chat_item_id=None
            if isinstance(response_chat_item_id, Unset)
            else response_chat_item_id,
            variables=None if isinstance(variables, Unset) else variables,
            metadata=None if isinstance(metadata, Unset) else metadata,
            retain_dataset_cite=None
            if isinstance(retain_dataset_cite, Unset)
            else retain_dataset_cite,
            show_skill_references=None
            if isinstance(show_skill_references, Unset)
            else show_skill_references,
            auth_proxy=None if isinstance(auth_proxy, Unset) else auth_proxy,
            out_link_auth_data=None
            if isinstance(out_link_auth_data, Unset)
            else out_link_auth_data,
        )

        chat_completion_request.additional_properties = d
        return chat_completion_request

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
    from ..models.auth_proxy import AuthProxyDict
    from ..models.chat_message import ChatMessageDict
    from ..models.out_link_auth_data import OutLinkAuthDataDict


ChatCompletionRequestDict = TypedDict(
    "ChatCompletionRequestDict",
    {
        "messages": "Required[list[ChatMessageDict]]",
        "chatId": "str",
        "appId": "str",
        "customUid": "str",
        "stream": "bool",
        "detail": "bool",
        "responseChatItemId": "str",
        "variables": "dict[str, Any]",
        "metadata": "dict[str, Any]",
        "retainDatasetCite": "bool",
        "showSkillReferences": "bool",
        "authProxy": "AuthProxyDict",
        "outLinkAuthData": "OutLinkAuthDataDict",
    },
    total=False,
)
"""`ChatCompletionRequest` as a plain dict, with FastGPT's field names."""

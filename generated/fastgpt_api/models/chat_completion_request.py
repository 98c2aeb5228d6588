from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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
    chat_id: str | Unset = UNSET
    """ Conversation id. With it the server loads the stored history and stores this turn
    under it; without it the turn is stored under a random id. At most 1024 characters;
    unique per app.
     """
    app_id: str | Unset = UNSET
    """ The app to run. Required with an account (general) key; an app key's bound app is used otherwise. """
    custom_uid: str | Unset = UNSET
    """ An end-user id recorded with the chat (shown as the user in FastGPT's logs). """
    stream: bool | Unset = UNSET
    """ Answer as a server-sent event stream. """
    detail: bool | Unset = UNSET
    """ Include node responses and new variables (JSON), or named workflow events (stream). Forced on for workflow-
    tool apps. """
    response_chat_item_id: str | Unset = UNSET
    """ The `dataId` to store the answer under; unique within the chat. Generating it on the
    client lets later feedback, record-detail and delete calls address the answer.
     """
    variables: Variables | Unset = UNSET
    """ Workflow global variables (or a workflow-tool app's inputs), merged over the variables stored on the chat;
    the request wins. """
    metadata: ChatMetadata | Unset = UNSET
    """ Free-form metadata stored on the chat. """
    retain_dataset_cite: bool | Unset = UNSET
    """ Keep knowledge-base citation markers (`[<id>](CITE)`) in the answer text. Default false strips them. """
    show_skill_references: bool | Unset = UNSET
    """ Stream the skills an Agent uses (`skillCall`) even where the share link or key would
    hide them; needs running status shown. FastGPT 4.14.10+ (ac04d4445); ignored before.
     """
    auth_proxy: AuthProxy | Unset = UNSET
    """ Run the turn as this team member (FastGPT 4.15+, e24fef92d): only a team API key whose
    owner enabled `authProxy` may send it, and the member must be allowed to use the app and
    the chat; otherwise the call fails with `unAuthChat`. Give `username` or `tmbId` (both:
    they must be the same member). FastGPT's schema is strict: send no other fields.
     """
    out_link_auth_data: OutLinkAuthData | Unset = UNSET
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

        chat_id = self.chat_id

        app_id = self.app_id

        custom_uid = self.custom_uid

        stream = self.stream

        detail = self.detail

        response_chat_item_id = self.response_chat_item_id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        retain_dataset_cite = self.retain_dataset_cite

        show_skill_references = self.show_skill_references

        auth_proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_proxy, Unset):
            auth_proxy = self.auth_proxy.to_dict()

        out_link_auth_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.out_link_auth_data, Unset):
            out_link_auth_data = self.out_link_auth_data.to_dict()

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
            chat_id=chat_id,
            app_id=app_id,
            custom_uid=custom_uid,
            stream=stream,
            detail=detail,
            response_chat_item_id=response_chat_item_id,
            variables=variables,
            metadata=metadata,
            retain_dataset_cite=retain_dataset_cite,
            show_skill_references=show_skill_references,
            auth_proxy=auth_proxy,
            out_link_auth_data=out_link_auth_data,
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

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
    from ..models.chat_choice import ChatChoice
    from ..models.node_response import NodeResponse
    from ..models.usage import Usage
    from ..models.variables import Variables


T = TypeVar("T", bound="ChatCompletionResponse")


@_attrs_define
class ChatCompletionResponse:
    """A non-stream answer (not wrapped in FastGPT's envelope). `usage` is always the 1/1/1
    placeholder; real token counts are in `responseData` (per node).

    """

    id: str | None = None
    """ The chat id, or `""` when the request had no `chatId`. """
    model: str | None = None
    """ Always empty. """
    object_: str | None = None
    """ OpenAI compatibility field. """
    created: int | None = None
    """ OpenAI compatibility field. """
    usage: Usage | None = None
    """ OpenAI-compatible usage. FastGPT always sends 1/1/1; see node responses for real counts. """
    choices: list[ChatChoice] | None = None
    response_data: list[NodeResponse] | None = None
    """ One entry per node that ran (only with `detail`). """
    new_variables: Variables | None = None
    """ Workflow global variables (or a workflow-tool app's inputs), merged over the variables stored on the chat;
    the request wins. """
    error: Any | None = None
    """ The error of the last node, if it failed (the HTTP status stays 200). """
    title: str | None = None
    """ The generated chat title (newer servers). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_model = UNSET if self.model is None else self.model
        model = self_model

        self_object_ = UNSET if self.object_ is None else self.object_
        object_ = self_object_

        self_created = UNSET if self.created is None else self.created
        created = self_created

        self_usage = UNSET if self.usage is None else self.usage
        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self_usage, Unset):
            usage = self_usage.to_dict()

        self_choices = UNSET if self.choices is None else self.choices
        choices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_choices, Unset):
            choices = []
            for choices_item_data in self_choices:
                choices_item = choices_item_data.to_dict()
                choices.append(choices_item)

        self_response_data = UNSET if self.response_data is None else self.response_data
        response_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_response_data, Unset):
            response_data = []
            for response_data_item_data in self_response_data:
                response_data_item = response_data_item_data.to_dict()
                response_data.append(response_data_item)

        self_new_variables = UNSET if self.new_variables is None else self.new_variables
        new_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self_new_variables, Unset):
            new_variables = self_new_variables.to_dict()

        self_error = UNSET if self.error is None else self.error
        error = self_error

        self_title = UNSET if self.title is None else self.title
        title = self_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if usage is not UNSET:
            field_dict["usage"] = usage
        if choices is not UNSET:
            field_dict["choices"] = choices
        if response_data is not UNSET:
            field_dict["responseData"] = response_data
        if new_variables is not UNSET:
            field_dict["newVariables"] = new_variables
        if error is not UNSET:
            field_dict["error"] = error
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_choice import ChatChoice
        from ..models.node_response import NodeResponse
        from ..models.usage import Usage
        from ..models.variables import Variables

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _choices = d.pop("choices", UNSET)
        choices: list[ChatChoice] | Unset = UNSET
        if _choices is not UNSET:
            choices = []
            for choices_item_data in _choices:
                choices_item = ChatChoice.from_dict(choices_item_data)

                choices.append(choices_item)

        _response_data = d.pop("responseData", UNSET)
        response_data: list[NodeResponse] | Unset = UNSET
        if _response_data is not UNSET:
            response_data = []
            for response_data_item_data in _response_data:
                response_data_item = NodeResponse.from_dict(response_data_item_data)

                response_data.append(response_data_item)

        _new_variables = d.pop("newVariables", UNSET)
        new_variables: Variables | Unset
        if isinstance(_new_variables, Unset):
            new_variables = UNSET
        else:
            new_variables = Variables.from_dict(_new_variables)

        error = d.pop("error", UNSET)

        title = d.pop("title", UNSET)

        chat_completion_response = cls(
            id=None if isinstance(id, Unset) else id,
            model=None if isinstance(model, Unset) else model,
            object_=None if isinstance(object_, Unset) else object_,
            created=None if isinstance(created, Unset) else created,
            usage=None if isinstance(usage, Unset) else usage,
            choices=None if isinstance(choices, Unset) else choices,
            response_data=None if isinstance(response_data, Unset) else response_data,
            new_variables=None if isinstance(new_variables, Unset) else new_variables,
            error=None if isinstance(error, Unset) else error,
            title=None if isinstance(title, Unset) else title,
        )

        chat_completion_response.additional_properties = d
        return chat_completion_response

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
    from ..models.chat_choice import ChatChoiceDict
    from ..models.node_response import NodeResponseDict
    from ..models.usage import UsageDict


ChatCompletionResponseDict = TypedDict(
    "ChatCompletionResponseDict",
    {
        "id": "str",
        "model": "str",
        "object": "str",
        "created": "int",
        "usage": "UsageDict",
        "choices": "list[ChatChoiceDict]",
        "responseData": "list[NodeResponseDict]",
        "newVariables": "dict[str, Any]",
        "error": "Any",
        "title": "str",
    },
    total=False,
)
"""`ChatCompletionResponse` as a plain dict, with FastGPT's field names."""

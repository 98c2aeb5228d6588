from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="NodeResponse")


@_attrs_define
class NodeResponse:
    """What one workflow node did (`ChatHistoryItemResType`). Open: FastGPT adds fields every
    release. Token counts are here, not in `usage`.

    """

    id: str | None = None
    """ The response id. """
    node_id: str | None = None
    """ The node's id in the workflow. """
    module_name: str | None = None
    """ The node's display name. """
    module_type: str | None = None
    """ The node type, e.g. `chatNode`, `datasetSearchNode`, `pluginOutput`. """
    running_time: float | None = None
    """ Seconds the node ran. """
    total_points: float | None = None
    """ AI points charged. """
    model: str | None = None
    """ The model used. """
    input_tokens: int | None = None
    """ Prompt tokens. """
    output_tokens: int | None = None
    """ Completion tokens. """
    tokens: int | None = None
    """ Total tokens (deprecated by FastGPT). """
    query: str | None = None
    """ The question the node received. """
    text_output: str | None = None
    """ The node's text output. """
    error: Any | None = None
    """ The node's error, if it failed. """
    error_text: str | None = None
    """ The node's error text, if it failed. """
    parent_id: str | None = None
    """ The `id` of the node response this one is nested in (Agent, tool, loop and parallel children; 4.16). Merge
    `flowNodeResponse` events by `id` + `parentId`. """
    children_responses: list[JsonObject] | None = None
    """ The node responses nested in this one (4.16). """
    child_response_count: int | None = None
    """ How many node responses are nested in this one (4.16). """
    llm_request_ids: list[str] | None = None
    """ The ids of the model requests the node made (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_node_id = UNSET if self.node_id is None else self.node_id
        node_id = self_node_id

        self_module_name = UNSET if self.module_name is None else self.module_name
        module_name = self_module_name

        self_module_type = UNSET if self.module_type is None else self.module_type
        module_type = self_module_type

        self_running_time = UNSET if self.running_time is None else self.running_time
        running_time = self_running_time

        self_total_points = UNSET if self.total_points is None else self.total_points
        total_points = self_total_points

        self_model = UNSET if self.model is None else self.model
        model = self_model

        self_input_tokens = UNSET if self.input_tokens is None else self.input_tokens
        input_tokens = self_input_tokens

        self_output_tokens = UNSET if self.output_tokens is None else self.output_tokens
        output_tokens = self_output_tokens

        self_tokens = UNSET if self.tokens is None else self.tokens
        tokens = self_tokens

        self_query = UNSET if self.query is None else self.query
        query = self_query

        self_text_output = UNSET if self.text_output is None else self.text_output
        text_output = self_text_output

        self_error = UNSET if self.error is None else self.error
        error = self_error

        self_error_text = UNSET if self.error_text is None else self.error_text
        error_text = self_error_text

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id = self_parent_id

        self_children_responses = (
            UNSET if self.children_responses is None else self.children_responses
        )
        children_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_children_responses, Unset):
            children_responses = []
            for children_responses_item_data in self_children_responses:
                children_responses_item = children_responses_item_data.to_dict()
                children_responses.append(children_responses_item)

        self_child_response_count = (
            UNSET if self.child_response_count is None else self.child_response_count
        )
        child_response_count = self_child_response_count

        self_llm_request_ids = (
            UNSET if self.llm_request_ids is None else self.llm_request_ids
        )
        llm_request_ids: list[str] | Unset = UNSET
        if not isinstance(self_llm_request_ids, Unset):
            llm_request_ids = self_llm_request_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if module_name is not UNSET:
            field_dict["moduleName"] = module_name
        if module_type is not UNSET:
            field_dict["moduleType"] = module_type
        if running_time is not UNSET:
            field_dict["runningTime"] = running_time
        if total_points is not UNSET:
            field_dict["totalPoints"] = total_points
        if model is not UNSET:
            field_dict["model"] = model
        if input_tokens is not UNSET:
            field_dict["inputTokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["outputTokens"] = output_tokens
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if query is not UNSET:
            field_dict["query"] = query
        if text_output is not UNSET:
            field_dict["textOutput"] = text_output
        if error is not UNSET:
            field_dict["error"] = error
        if error_text is not UNSET:
            field_dict["errorText"] = error_text
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if children_responses is not UNSET:
            field_dict["childrenResponses"] = children_responses
        if child_response_count is not UNSET:
            field_dict["childResponseCount"] = child_response_count
        if llm_request_ids is not UNSET:
            field_dict["llmRequestIds"] = llm_request_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        node_id = d.pop("nodeId", UNSET)

        module_name = d.pop("moduleName", UNSET)

        module_type = d.pop("moduleType", UNSET)

        running_time = d.pop("runningTime", UNSET)

        total_points = d.pop("totalPoints", UNSET)

        model = d.pop("model", UNSET)

        input_tokens = d.pop("inputTokens", UNSET)

        output_tokens = d.pop("outputTokens", UNSET)

        tokens = d.pop("tokens", UNSET)

        query = d.pop("query", UNSET)

        text_output = d.pop("textOutput", UNSET)

        error = d.pop("error", UNSET)

        error_text = d.pop("errorText", UNSET)

        parent_id = d.pop("parentId", UNSET)

        _children_responses = d.pop("childrenResponses", UNSET)
        children_responses: list[JsonObject] | Unset = UNSET
        if _children_responses is not UNSET:
            children_responses = []
            for children_responses_item_data in _children_responses:
                children_responses_item = JsonObject.from_dict(
                    children_responses_item_data
                )

                children_responses.append(children_responses_item)

        child_response_count = d.pop("childResponseCount", UNSET)

        llm_request_ids = cast(list[str], d.pop("llmRequestIds", UNSET))

        node_response = cls(
            id=None if isinstance(id, Unset) else id,
            node_id=None if isinstance(node_id, Unset) else node_id,
            module_name=None if isinstance(module_name, Unset) else module_name,
            module_type=None if isinstance(module_type, Unset) else module_type,
            running_time=None if isinstance(running_time, Unset) else running_time,
            total_points=None if isinstance(total_points, Unset) else total_points,
            model=None if isinstance(model, Unset) else model,
            input_tokens=None if isinstance(input_tokens, Unset) else input_tokens,
            output_tokens=None if isinstance(output_tokens, Unset) else output_tokens,
            tokens=None if isinstance(tokens, Unset) else tokens,
            query=None if isinstance(query, Unset) else query,
            text_output=None if isinstance(text_output, Unset) else text_output,
            error=None if isinstance(error, Unset) else error,
            error_text=None if isinstance(error_text, Unset) else error_text,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            children_responses=None
            if isinstance(children_responses, Unset)
            else children_responses,
            child_response_count=None
            if isinstance(child_response_count, Unset)
            else child_response_count,
            llm_request_ids=None
            if isinstance(llm_request_ids, Unset)
            else llm_request_ids,
        )

        node_response.additional_properties = d
        return node_response

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


NodeResponseDict = TypedDict(
    "NodeResponseDict",
    {
        "id": "str",
        "nodeId": "str",
        "moduleName": "str",
        "moduleType": "str",
        "runningTime": "float",
        "totalPoints": "float",
        "model": "str",
        "inputTokens": "int",
        "outputTokens": "int",
        "tokens": "int",
        "query": "str",
        "textOutput": "str",
        "error": "Any",
        "errorText": "str",
        "parentId": "str",
        "childrenResponses": "list[dict[str, Any]]",
        "childResponseCount": "int",
        "llmRequestIds": "list[str]",
    },
    total=False,
)
"""`NodeResponse` as a plain dict, with FastGPT's field names."""

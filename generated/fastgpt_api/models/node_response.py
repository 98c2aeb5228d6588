from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

    id: str | Unset = UNSET
    """ The response id. """
    node_id: str | Unset = UNSET
    """ The node's id in the workflow. """
    module_name: str | Unset = UNSET
    """ The node's display name. """
    module_type: str | Unset = UNSET
    """ The node type, e.g. `chatNode`, `datasetSearchNode`, `pluginOutput`. """
    running_time: float | Unset = UNSET
    """ Seconds the node ran. """
    total_points: float | Unset = UNSET
    """ AI points charged. """
    model: str | Unset = UNSET
    """ The model used. """
    input_tokens: int | Unset = UNSET
    """ Prompt tokens. """
    output_tokens: int | Unset = UNSET
    """ Completion tokens. """
    tokens: int | Unset = UNSET
    """ Total tokens (deprecated by FastGPT). """
    query: str | Unset = UNSET
    """ The question the node received. """
    text_output: str | Unset = UNSET
    """ The node's text output. """
    error: Any | Unset = UNSET
    """ The node's error, if it failed. """
    error_text: str | Unset = UNSET
    """ The node's error text, if it failed. """
    parent_id: str | Unset = UNSET
    """ The `id` of the node response this one is nested in (Agent, tool, loop and parallel children; 4.16). Merge
    `flowNodeResponse` events by `id` + `parentId`. """
    children_responses: list[JsonObject] | Unset = UNSET
    """ The node responses nested in this one (4.16). """
    child_response_count: int | Unset = UNSET
    """ How many node responses are nested in this one (4.16). """
    llm_request_ids: list[str] | Unset = UNSET
    """ The ids of the model requests the node made (4.16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        node_id = self.node_id

        module_name = self.module_name

        module_type = self.module_type

        running_time = self.running_time

        total_points = self.total_points

        model = self.model

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        tokens = self.tokens

        query = self.query

        text_output = self.text_output

        error = self.error

        error_text = self.error_text

        parent_id = self.parent_id

        children_responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children_responses, Unset):
            children_responses = []
            for children_responses_item_data in self.children_responses:
                children_responses_item = children_responses_item_data.to_dict()
                children_responses.append(children_responses_item)

        child_response_count = self.child_response_count

        llm_request_ids: list[str] | Unset = UNSET
        if not isinstance(self.llm_request_ids, Unset):
            llm_request_ids = self.llm_request_ids

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
            id=id,
            node_id=node_id,
            module_name=module_name,
            module_type=module_type,
            running_time=running_time,
            total_points=total_points,
            model=model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            tokens=tokens,
            query=query,
            text_output=text_output,
            error=error,
            error_text=error_text,
            parent_id=parent_id,
            children_responses=children_responses,
            child_response_count=child_response_count,
            llm_request_ids=llm_request_ids,
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

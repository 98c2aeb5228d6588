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
    from ..models.interactive_answer_item import InteractiveAnswerItem
    from ..models.reasoning_answer_item import ReasoningAnswerItem
    from ..models.text_answer_item import TextAnswerItem
    from ..models.tool_answer_item import ToolAnswerItem


T = TypeVar("T", bound="AssistantMessage")


@_attrs_define
class AssistantMessage:
    """The answer. `content` is a string; with `detail` and more than one answer item it is a
    list of `AnswerItem`; when the answer is a single interactive item it is absent.

    """

    role: str | None = None
    """ Always `assistant`. """
    content: (
        list[
            InteractiveAnswerItem
            | ReasoningAnswerItem
            | TextAnswerItem
            | ToolAnswerItem
        ]
        | None
        | str
    ) = None
    """ The answer text, a list of answer items, or absent. """
    reasoning_content: None | str = None
    """ The model's reasoning text, when the node streams it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reasoning_answer_item import ReasoningAnswerItem
        from ..models.text_answer_item import TextAnswerItem
        from ..models.tool_answer_item import ToolAnswerItem

        self_role = UNSET if self.role is None else self.role
        role = self_role

        self_content = UNSET if self.content is None else self.content
        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self_content, Unset):
            content = UNSET
        elif isinstance(self_content, list):
            content = []
            for content_type_1_item_data in self_content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, TextAnswerItem)
                    or isinstance(content_type_1_item_data, ReasoningAnswerItem)
                    or isinstance(content_type_1_item_data, ToolAnswerItem)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self_content

        self_reasoning_content = (
            UNSET if self.reasoning_content is None else self.reasoning_content
        )
        reasoning_content: None | str | Unset
        if isinstance(self_reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self_reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.interactive_answer_item import InteractiveAnswerItem
        from ..models.reasoning_answer_item import ReasoningAnswerItem
        from ..models.text_answer_item import TextAnswerItem
        from ..models.tool_answer_item import ToolAnswerItem

        d = dict(src_dict)
        role = d.pop("role", UNSET)

        def _parse_content(
            data: object,
        ) -> (
            list[
                InteractiveAnswerItem
                | ReasoningAnswerItem
                | TextAnswerItem
                | ToolAnswerItem
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        InteractiveAnswerItem
                        | ReasoningAnswerItem
                        | TextAnswerItem
                        | ToolAnswerItem
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_answer_item_type_0 = (
                                TextAnswerItem.from_dict(data)
                            )

                            return componentsschemas_answer_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_answer_item_type_1 = (
                                ReasoningAnswerItem.from_dict(data)
                            )

                            return componentsschemas_answer_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_answer_item_type_2 = (
                                ToolAnswerItem.from_dict(data)
                            )

                            return componentsschemas_answer_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_answer_item_type_3 = (
                            InteractiveAnswerItem.from_dict(data)
                        )

                        return componentsschemas_answer_item_type_3

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    InteractiveAnswerItem
                    | ReasoningAnswerItem
                    | TextAnswerItem
                    | ToolAnswerItem
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        assistant_message = cls(
            role=None if isinstance(role, Unset) else role,
            content=None if isinstance(content, Unset) else content,
            reasoning_content=None
            if isinstance(reasoning_content, Unset)
            else reasoning_content,
        )

        assistant_message.additional_properties = d
        return assistant_message

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
    from ..models.interactive_answer_item import InteractiveAnswerItemDict
    from ..models.reasoning_answer_item import ReasoningAnswerItemDict
    from ..models.text_answer_item import TextAnswerItemDict
    from ..models.tool_answer_item import ToolAnswerItemDict


AssistantMessageDict = TypedDict(
    "AssistantMessageDict",
    {
        "role": "str",
        "content": "str | list[TextAnswerItemDict | ReasoningAnswerItemDict | ToolAnswerItemDict | InteractiveAnswerItemDict] | None",
        "reasoning_content": "str | None",
    },
    total=False,
)
"""`AssistantMessage` as a plain dict, with FastGPT's field names."""

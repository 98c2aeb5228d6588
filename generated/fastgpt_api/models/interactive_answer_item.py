from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.children_interactive import ChildrenInteractive
    from ..models.loop_interactive import LoopInteractive
    from ..models.payment_pause_interactive import PaymentPauseInteractive
    from ..models.tool_children_interactive import ToolChildrenInteractive
    from ..models.user_input_interactive import UserInputInteractive
    from ..models.user_select_interactive import UserSelectInteractive


T = TypeVar("T", bound="InteractiveAnswerItem")


@_attrs_define
class InteractiveAnswerItem:
    """The workflow paused for the user's answer."""

    interactive: (
        ChildrenInteractive
        | LoopInteractive
        | PaymentPauseInteractive
        | ToolChildrenInteractive
        | UserInputInteractive
        | UserSelectInteractive
    )
    """ A paused workflow waiting for the user (`WorkflowInteractiveResponseType`). Nested kinds
    wrap the real prompt in `params.childrenResponse`.
     """
    type_: Literal["interactive"] | None = None
    """ `interactive` when present (4.14.6 and earlier, and v1 answers; since 4.14.7 FastGPT stores and sends items
    without `type`, known by their key). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.children_interactive import ChildrenInteractive
        from ..models.loop_interactive import LoopInteractive
        from ..models.tool_children_interactive import ToolChildrenInteractive
        from ..models.user_input_interactive import UserInputInteractive
        from ..models.user_select_interactive import UserSelectInteractive

        interactive: dict[str, Any]
        if (
            isinstance(self.interactive, UserSelectInteractive)
            or isinstance(self.interactive, UserInputInteractive)
            or isinstance(self.interactive, ChildrenInteractive)
            or isinstance(self.interactive, ToolChildrenInteractive)
            or isinstance(self.interactive, LoopInteractive)
        ):
            interactive = self.interactive.to_dict()
        else:
            interactive = self.interactive.to_dict()

        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interactive": interactive,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.children_interactive import ChildrenInteractive
        from ..models.loop_interactive import LoopInteractive
        from ..models.payment_pause_interactive import PaymentPauseInteractive
        from ..models.tool_children_interactive import ToolChildrenInteractive
        from ..models.user_input_interactive import UserInputInteractive
        from ..models.user_select_interactive import UserSelectInteractive

        d = dict(src_dict)

        def _parse_interactive(
            data: object,
        ) -> (
            ChildrenInteractive
            | LoopInteractive
            | PaymentPauseInteractive
            | ToolChildrenInteractive
            | UserInputInteractive
            | UserSelectInteractive
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_interactive_type_0 = (
                    UserSelectInteractive.from_dict(data)
                )

                return componentsschemas_workflow_interactive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_interactive_type_1 = (
                    UserInputInteractive.from_dict(data)
                )

                return componentsschemas_workflow_interactive_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_interactive_type_2 = (
                    ChildrenInteractive.from_dict(data)
                )

                return componentsschemas_workflow_interactive_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_interactive_type_3 = (
                    ToolChildrenInteractive.from_dict(data)
                )

                return componentsschemas_workflow_interactive_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_interactive_type_4 = (
                    LoopInteractive.from_dict(data)
                )

                return componentsschemas_workflow_interactive_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_workflow_interactive_type_5 = (
                PaymentPauseInteractive.from_dict(data)
            )

            return componentsschemas_workflow_interactive_type_5

        interactive = _parse_interactive(d.pop("interactive"))

        type_ = cast(Literal["interactive"] | Unset, d.pop("type", UNSET))
        if type_ != "interactive" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'interactive', got '{type_}'")

        interactive_answer_item = cls(
            interactive=interactive,
            type_=None if isinstance(type_, Unset) else type_,
        )

        interactive_answer_item.additional_properties = d
        return interactive_answer_item

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
    from ..models.children_interactive import ChildrenInteractiveDict
    from ..models.loop_interactive import LoopInteractiveDict
    from ..models.payment_pause_interactive import PaymentPauseInteractiveDict
    from ..models.tool_children_interactive import ToolChildrenInteractiveDict
    from ..models.user_input_interactive import UserInputInteractiveDict
    from ..models.user_select_interactive import UserSelectInteractiveDict


InteractiveAnswerItemDict = TypedDict(
    "InteractiveAnswerItemDict",
    {
        "interactive": "Required[UserSelectInteractiveDict | UserInputInteractiveDict | ChildrenInteractiveDict | ToolChildrenInteractiveDict | LoopInteractiveDict | PaymentPauseInteractiveDict]",
        "type": 'Literal["interactive"]',
    },
    total=False,
)
"""`InteractiveAnswerItem` as a plain dict, with FastGPT's field names."""

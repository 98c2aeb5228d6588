from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    type_: Literal["interactive"]
    """ Always `interactive`. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.children_interactive import ChildrenInteractive
        from ..models.loop_interactive import LoopInteractive
        from ..models.tool_children_interactive import ToolChildrenInteractive
        from ..models.user_input_interactive import UserInputInteractive
        from ..models.user_select_interactive import UserSelectInteractive

        type_ = self.type_

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "interactive": interactive,
            }
        )

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
        type_ = cast(Literal["interactive"], d.pop("type"))
        if type_ != "interactive":
            raise ValueError(f"type must match const 'interactive', got '{type_}'")

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

        interactive_answer_item = cls(
            type_=type_,
            interactive=interactive,
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

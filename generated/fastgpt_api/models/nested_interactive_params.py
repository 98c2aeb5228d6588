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
    from ..models.children_interactive import ChildrenInteractive
    from ..models.loop_interactive import LoopInteractive
    from ..models.payment_pause_interactive import PaymentPauseInteractive
    from ..models.tool_children_interactive import ToolChildrenInteractive
    from ..models.user_input_interactive import UserInputInteractive
    from ..models.user_select_interactive import UserSelectInteractive


T = TypeVar("T", bound="NestedInteractiveParams")


@_attrs_define
class NestedInteractiveParams:
    """Wraps the inner prompt."""

    children_response: (
        ChildrenInteractive
        | LoopInteractive
        | PaymentPauseInteractive
        | ToolChildrenInteractive
        | UserInputInteractive
        | UserSelectInteractive
        | None
    ) = None
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

        self_children_response = (
            UNSET if self.children_response is None else self.children_response
        )
        children_response: dict[str, Any] | Unset
        if isinstance(self_children_response, Unset):
            children_response = UNSET
        elif (
            isinstance(self_children_response, UserSelectInteractive)
            or isinstance(self_children_response, UserInputInteractive)
            or isinstance(self_children_response, ChildrenInteractive)
            or isinstance(self_children_response, ToolChildrenInteractive)
            or isinstance(self_children_response, LoopInteractive)
        ):
            children_response = self_children_response.to_dict()
        else:
            children_response = self_children_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if children_response is not UNSET:
            field_dict["childrenResponse"] = children_response

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

        def _parse_children_response(
            data: object,
        ) -> (
            ChildrenInteractive
            | LoopInteractive
            | PaymentPauseInteractive
            | ToolChildrenInteractive
            | Unset
            | UserInputInteractive
            | UserSelectInteractive
        ):
            if isinstance(data, Unset):
                return data
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

        children_response = _parse_children_response(d.pop("childrenResponse", UNSET))

        nested_interactive_params = cls(
            children_response=None
            if isinstance(children_response, Unset)
            else children_response,
        )

        nested_interactive_params.additional_properties = d
        return nested_interactive_params

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


NestedInteractiveParamsDict = TypedDict(
    "NestedInteractiveParamsDict",
    {
        "childrenResponse": "UserSelectInteractiveDict | UserInputInteractiveDict | ChildrenInteractiveDict | ToolChildrenInteractiveDict | LoopInteractiveDict | PaymentPauseInteractiveDict",
    },
    total=False,
)
"""`NestedInteractiveParams` as a plain dict, with FastGPT's field names."""

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

if TYPE_CHECKING:
    from ..models.user_input_params import UserInputParams


T = TypeVar("T", bound="UserInputInteractive")


@_attrs_define
class UserInputInteractive:
    """The user fills a form; answer with a JSON object string of `{key: value}`."""

    type_: Literal["userInput"]
    """ Always `userInput`. """
    params: UserInputParams
    """ The form. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_input_params import UserInputParams

        d = dict(src_dict)
        type_ = cast(Literal["userInput"], d.pop("type"))
        if type_ != "userInput":
            raise ValueError(f"type must match const 'userInput', got '{type_}'")

        params = UserInputParams.from_dict(d.pop("params"))

        user_input_interactive = cls(
            type_=type_,
            params=params,
        )

        user_input_interactive.additional_properties = d
        return user_input_interactive

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
    from ..models.user_input_params import UserInputParamsDict


UserInputInteractiveDict = TypedDict(
    "UserInputInteractiveDict",
    {
        "type": 'Required[Literal["userInput"]]',
        "params": "Required[UserInputParamsDict]",
    },
    total=False,
)
"""`UserInputInteractive` as a plain dict, with FastGPT's field names."""

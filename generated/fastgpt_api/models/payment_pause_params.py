from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentPauseParams")


@_attrs_define
class PaymentPauseParams:
    """Why the run paused."""

    description: str | None = None
    """ Shown to the user. """
    continue_: bool | None = None
    """ Whether the run may continue once points are added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_description = UNSET if self.description is None else self.description
        description = self_description

        self_continue_ = UNSET if self.continue_ is None else self.continue_
        continue_ = self_continue_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if continue_ is not UNSET:
            field_dict["continue"] = continue_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        continue_ = d.pop("continue", UNSET)

        payment_pause_params = cls(
            description=None if isinstance(description, Unset) else description,
            continue_=None if isinstance(continue_, Unset) else continue_,
        )

        payment_pause_params.additional_properties = d
        return payment_pause_params

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


PaymentPauseParamsDict = TypedDict(
    "PaymentPauseParamsDict",
    {
        "description": "str",
        "continue": "bool",
    },
    total=False,
)
"""`PaymentPauseParams` as a plain dict, with FastGPT's field names."""

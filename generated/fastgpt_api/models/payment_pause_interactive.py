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
    from ..models.payment_pause_params import PaymentPauseParams


T = TypeVar("T", bound="PaymentPauseInteractive")


@_attrs_define
class PaymentPauseInteractive:
    """The run paused because AI points ran out mid-run."""

    type_: Literal["paymentPause"]
    """ Always `paymentPause`. """
    params: PaymentPauseParams | None = None
    """ Why the run paused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        self_params = UNSET if self.params is None else self.params
        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self_params, Unset):
            params = self_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_pause_params import PaymentPauseParams

        d = dict(src_dict)
        type_ = cast(Literal["paymentPause"], d.pop("type"))
        if type_ != "paymentPause":
            raise ValueError(f"type must match const 'paymentPause', got '{type_}'")

        _params = d.pop("params", UNSET)
        params: PaymentPauseParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = PaymentPauseParams.from_dict(_params)

        payment_pause_interactive = cls(
            type_=type_,
            params=None if isinstance(params, Unset) else params,
        )

        payment_pause_interactive.additional_properties = d
        return payment_pause_interactive

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
    from ..models.payment_pause_params import PaymentPauseParamsDict


PaymentPauseInteractiveDict = TypedDict(
    "PaymentPauseInteractiveDict",
    {
        "type": 'Required[Literal["paymentPause"]]',
        "params": "PaymentPauseParamsDict",
    },
    total=False,
)
"""`PaymentPauseInteractive` as a plain dict, with FastGPT's field names."""

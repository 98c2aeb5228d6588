from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
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
    from ..models.update_data_result import UpdateDataResult


T = TypeVar("T", bound="UpdateDataResultEnvelope")


@_attrs_define
class UpdateDataResultEnvelope:
    """FastGPT's success envelope around an update's result: the new text on 4.14.11 and later, `null` before."""

    code: int
    """ 200 on success. """
    status_text: str | None = None
    """ Empty on success. """
    message: str | None = None
    """ Empty on success. """
    data: None | UpdateDataResult = None
    """ The new text, or null (4.14.10 and earlier). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_data_result import UpdateDataResult

        code = self.code

        self_status_text = UNSET if self.status_text is None else self.status_text
        status_text = self_status_text

        self_message = UNSET if self.message is None else self.message
        message = self_message

        self_data = UNSET if self.data is None else self.data
        data: dict[str, Any] | None | Unset
        if isinstance(self_data, Unset):
            data = UNSET
        elif isinstance(self_data, UpdateDataResult):
            data = self_data.to_dict()
        else:
            data = self_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_data_result import UpdateDataResult

        d = dict(src_dict)
        code = d.pop("code")

        status_text = d.pop("statusText", UNSET)

        message = d.pop("message", UNSET)

        def _parse_data(data: object) -> None | Unset | UpdateDataResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UpdateDataResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateDataResult, data)

        data = _parse_data(d.pop("data", UNSET))

        update_data_result_envelope = cls(
            code=code,
            status_text=None if isinstance(status_text, Unset) else status_text,
            message=None if isinstance(message, Unset) else message,
            data=None if isinstance(data, Unset) else data,
        )

        update_data_result_envelope.additional_properties = d
        return update_data_result_envelope

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
    from ..models.update_data_result import UpdateDataResultDict


UpdateDataResultEnvelopeDict = TypedDict(
    "UpdateDataResultEnvelopeDict",
    {
        "code": "Required[int]",
        "statusText": "str",
        "message": "str",
        "data": "UpdateDataResultDict | None",
    },
    total=False,
)
"""`UpdateDataResultEnvelope` as a plain dict, with FastGPT's field names."""

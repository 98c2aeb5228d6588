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

T = TypeVar("T", bound="StreamErrorPayload")


@_attrs_define
class StreamErrorPayload:
    """The payload of an `error` frame, either an `ErrorEnvelope` or just `{message}`."""

    code: int | None = None
    """ FastGPT's logical status code. """
    status_text: str | None = None
    """ FastGPT's error name. """
    message: str | None = None
    """ The message, often an i18n key. """
    data: Any | None = None
    """ Extra data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_code = UNSET if self.code is None else self.code
        code = self_code

        self_status_text = UNSET if self.status_text is None else self.status_text
        status_text = self_status_text

        self_message = UNSET if self.message is None else self.message
        message = self_message

        self_data = UNSET if self.data is None else self.data
        data = self_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        status_text = d.pop("statusText", UNSET)

        message = d.pop("message", UNSET)

        data = d.pop("data", UNSET)

        stream_error_payload = cls(
            code=None if isinstance(code, Unset) else code,
            status_text=None if isinstance(status_text, Unset) else status_text,
            message=None if isinstance(message, Unset) else message,
            data=None if isinstance(data, Unset) else data,
        )

        stream_error_payload.additional_properties = d
        return stream_error_payload

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


StreamErrorPayloadDict = TypedDict(
    "StreamErrorPayloadDict",
    {
        "code": "int",
        "statusText": "str",
        "message": "str",
        "data": "Any",
    },
    total=False,
)
"""`StreamErrorPayload` as a plain dict, with FastGPT's field names."""

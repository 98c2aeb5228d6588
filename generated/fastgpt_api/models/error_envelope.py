from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """FastGPT's error body, sent with HTTP 500 (older servers: HTTP 200). `code` is the logical
    status and `statusText` the error name: unAuthorization (403), unAuthApiKey (514),
    tooManyRequest (429), insufficientQuota (510), unAuthModel (511), aiPointsNotEnough
    (500004), appUnExist (502000), unAuthApp (502001), unAuthChat (504000), unExistDataset
    (501002), unExistCollection (501003), invalidParams (507000), missingParams (507004), and
    more; `error` with a plain-text `message` for everything else. `message` is often an i18n
    key such as `common:code_error.error_message.514`.

    """

    code: int
    """ The logical status (not the HTTP status). """
    message: str
    """ The message or an i18n key. """
    status_text: str | Unset = UNSET
    """ The error name; `error` for plain errors. Kept a string so new names parse. """
    data: Any | Unset = UNSET
    """ Extra data, usually null. """
    zod_error: Any | Unset = UNSET
    """ Validation issues, for request validation failures. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        status_text = self.status_text

        data = self.data

        zod_error = self.zod_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if data is not UNSET:
            field_dict["data"] = data
        if zod_error is not UNSET:
            field_dict["zodError"] = zod_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        status_text = d.pop("statusText", UNSET)

        data = d.pop("data", UNSET)

        zod_error = d.pop("zodError", UNSET)

        error_envelope = cls(
            code=code,
            message=message,
            status_text=status_text,
            data=data,
            zod_error=zod_error,
        )

        error_envelope.additional_properties = d
        return error_envelope

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

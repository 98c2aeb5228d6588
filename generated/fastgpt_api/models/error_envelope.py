from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_issue import ValidationIssue


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """FastGPT's error body. 4.14.11 and later send it with HTTP 400, 403, 404, 409, 413, 429 or
    500 (see the document's description); 4.14.10 and earlier with HTTP 500 for every error
    (servers before 4.13.2: HTTP 200). `code` is the logical status and `statusText` the error
    name: unAuthorization (403), unAuthApiKey (514), tooManyRequest (429), insufficientQuota
    (510), unAuthModel (511), aiPointsNotEnough (500004), appUnExist (502000), unAuthApp
    (502001), unAuthChat (504000), chatIsGenerating (504001, 4.14.11+: another run of the same
    chat is still going), unExistDataset (501002), unExistCollection (501003), invalidParams
    (507000), missingParams (507004), fileNotFound (507002), commercialFeature (509001 on
    4.16), and more; `error` with a plain-text `message` for everything else (`code: 400`,
    `message: "Data validation error"` and `zodError` for a request that fails validation;
    `code: 429` and "Please try again in N seconds" for the team rate limit). Codes of one
    version may name another error in the other (4.16 inserted `commercialFeature` at 509001
    and moved the license codes; the storage and sandbox tables both start at 510000): the
    name is `statusText`. `message` is often an i18n key such as
    `common:code_error.error_message.514`.

    """

    code: int
    """ The logical status (not the HTTP status). """
    message: str
    """ The message or an i18n key. """
    status_text: str | None = None
    """ The error name; `error` for plain errors. Kept a string so new names parse. """
    data: Any | None = None
    """ Extra data, usually null. """
    zod_error: list[ValidationIssue] | None = None
    """ The validation issues of a request that failed validation (zod 4's issue list: each with `code`, `path` and
    an English `message`, e.g. `{"code": "invalid_type", "path": ["messages", 0, "content"], "message": "Invalid
    input: expected string, received undefined"}`). """
    error_type: str | None = None
    """ `UserError` for errors caused by the request (the team rate limit, a duplicate `responseChatItemId`); absent
    otherwise (4.16; absent on 4.14). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        self_status_text = UNSET if self.status_text is None else self.status_text
        status_text = self_status_text

        self_data = UNSET if self.data is None else self.data
        data = self_data

        self_zod_error = UNSET if self.zod_error is None else self.zod_error
        zod_error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_zod_error, Unset):
            zod_error = []
            for zod_error_item_data in self_zod_error:
                zod_error_item = zod_error_item_data.to_dict()
                zod_error.append(zod_error_item)

        self_error_type = UNSET if self.error_type is None else self.error_type
        error_type = self_error_type

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
        if error_type is not UNSET:
            field_dict["errorType"] = error_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validation_issue import ValidationIssue

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        status_text = d.pop("statusText", UNSET)

        data = d.pop("data", UNSET)

        _zod_error = d.pop("zodError", UNSET)
        zod_error: list[ValidationIssue] | Unset = UNSET
        if _zod_error is not UNSET:
            zod_error = []
            for zod_error_item_data in _zod_error:
                zod_error_item = ValidationIssue.from_dict(zod_error_item_data)

                zod_error.append(zod_error_item)

        error_type = d.pop("errorType", UNSET)

        error_envelope = cls(
            code=code,
            message=message,
            status_text=None if isinstance(status_text, Unset) else status_text,
            data=None if isinstance(data, Unset) else data,
            zod_error=None if isinstance(zod_error, Unset) else zod_error,
            error_type=None if isinstance(error_type, Unset) else error_type,
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


if TYPE_CHECKING:
    from ..models.validation_issue import ValidationIssueDict


ErrorEnvelopeDict = TypedDict(
    "ErrorEnvelopeDict",
    {
        "code": "Required[int]",
        "message": "Required[str]",
        "statusText": "str",
        "data": "Any",
        "zodError": "list[ValidationIssueDict]",
        "errorType": "str",
    },
    total=False,
)
"""`ErrorEnvelope` as a plain dict, with FastGPT's field names."""

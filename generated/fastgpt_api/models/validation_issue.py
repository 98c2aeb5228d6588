from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """One issue of a failed request validation, as zod 4 reports it."""

    code: str | None = None
    """ The kind of issue (`invalid_type`, `invalid_value`, `invalid_union`, `too_small`, ...). """
    path: list[Any] | None = None
    """ Where in the request, as keys and list indexes (`["messages", 0, "content"]`). """
    message: str | None = None
    """ What is wrong, in English. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_code = UNSET if self.code is None else self.code
        code = self_code

        self_path = UNSET if self.path is None else self.path
        path: list[Any] | Unset = UNSET
        if not isinstance(self_path, Unset):
            path = self_path

        self_message = UNSET if self.message is None else self.message
        message = self_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if path is not UNSET:
            field_dict["path"] = path
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        path = cast(list[Any], d.pop("path", UNSET))

        message = d.pop("message", UNSET)

        validation_issue = cls(
            code=None if isinstance(code, Unset) else code,
            path=None if isinstance(path, Unset) else path,
            message=None if isinstance(message, Unset) else message,
        )

        validation_issue.additional_properties = d
        return validation_issue

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


ValidationIssueDict = TypedDict(
    "ValidationIssueDict",
    {
        "code": "str",
        "path": "list[Any]",
        "message": "str",
    },
    total=False,
)
"""`ValidationIssue` as a plain dict, with FastGPT's field names."""

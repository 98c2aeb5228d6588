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

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """OpenAI-compatible usage. FastGPT always sends 1/1/1; see node responses for real counts."""

    prompt_tokens: int | None = None
    """ Placeholder (1). """
    completion_tokens: int | None = None
    """ Placeholder (1). """
    total_tokens: int | None = None
    """ Placeholder (1). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_prompt_tokens = UNSET if self.prompt_tokens is None else self.prompt_tokens
        prompt_tokens = self_prompt_tokens

        self_completion_tokens = (
            UNSET if self.completion_tokens is None else self.completion_tokens
        )
        completion_tokens = self_completion_tokens

        self_total_tokens = UNSET if self.total_tokens is None else self.total_tokens
        total_tokens = self_total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        usage = cls(
            prompt_tokens=None if isinstance(prompt_tokens, Unset) else prompt_tokens,
            completion_tokens=None
            if isinstance(completion_tokens, Unset)
            else completion_tokens,
            total_tokens=None if isinstance(total_tokens, Unset) else total_tokens,
        )

        usage.additional_properties = d
        return usage

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


UsageDict = TypedDict(
    "UsageDict",
    {
        "prompt_tokens": "int",
        "completion_tokens": "int",
        "total_tokens": "int",
    },
    total=False,
)
"""`Usage` as a plain dict, with FastGPT's field names."""

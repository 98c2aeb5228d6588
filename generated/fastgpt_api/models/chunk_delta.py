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

T = TypeVar("T", bound="ChunkDelta")


@_attrs_define
class ChunkDelta:
    """New answer text or reasoning text."""

    role: str | None = None
    """ Always `assistant`. """
    content: None | str = None
    """ New answer text. """
    reasoning_content: None | str = None
    """ New reasoning text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_role = UNSET if self.role is None else self.role
        role = self_role

        self_content = UNSET if self.content is None else self.content
        content: None | str | Unset
        if isinstance(self_content, Unset):
            content = UNSET
        else:
            content = self_content

        self_reasoning_content = (
            UNSET if self.reasoning_content is None else self.reasoning_content
        )
        reasoning_content: None | str | Unset
        if isinstance(self_reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self_reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        chunk_delta = cls(
            role=None if isinstance(role, Unset) else role,
            content=None if isinstance(content, Unset) else content,
            reasoning_content=None
            if isinstance(reasoning_content, Unset)
            else reasoning_content,
        )

        chunk_delta.additional_properties = d
        return chunk_delta

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


ChunkDeltaDict = TypedDict(
    "ChunkDeltaDict",
    {
        "role": "str",
        "content": "str | None",
        "reasoning_content": "str | None",
    },
    total=False,
)
"""`ChunkDelta` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunk_delta import ChunkDelta


T = TypeVar("T", bound="ChunkChoice")


@_attrs_define
class ChunkChoice:
    """The single choice of a chunk."""

    index: int | None = None
    """ Always 0. """
    delta: ChunkDelta | None = None
    """ New answer text or reasoning text. """
    finish_reason: None | str = None
    """ `stop` on the final chunk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_index = UNSET if self.index is None else self.index
        index = self_index

        self_delta = UNSET if self.delta is None else self.delta
        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self_delta, Unset):
            delta = self_delta.to_dict()

        self_finish_reason = UNSET if self.finish_reason is None else self.finish_reason
        finish_reason: None | str | Unset
        if isinstance(self_finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self_finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chunk_delta import ChunkDelta

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _delta = d.pop("delta", UNSET)
        delta: ChunkDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = ChunkDelta.from_dict(_delta)

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        chunk_choice = cls(
            index=None if isinstance(index, Unset) else index,
            delta=None if isinstance(delta, Unset) else delta,
            finish_reason=None if isinstance(finish_reason, Unset) else finish_reason,
        )

        chunk_choice.additional_properties = d
        return chunk_choice

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
    from ..models.chunk_delta import ChunkDeltaDict


ChunkChoiceDict = TypedDict(
    "ChunkChoiceDict",
    {
        "index": "int",
        "delta": "ChunkDeltaDict",
        "finish_reason": "str | None",
    },
    total=False,
)
"""`ChunkChoice` as a plain dict, with FastGPT's field names."""

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
    from ..models.input_audio import InputAudio


T = TypeVar("T", bound="InputAudioContentPart")


@_attrs_define
class InputAudioContentPart:
    """Audio sent inline, base64-encoded (OpenAI's `input_audio`; FastGPT 4.16)."""

    type_: Literal["input_audio"]
    """ Always `input_audio`. """
    input_audio: InputAudio
    """ The audio of an `input_audio` part. """
    key: str | None = None
    """ The storage key of a file uploaded to FastGPT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_audio = self.input_audio.to_dict()

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_audio": input_audio,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.input_audio import InputAudio

        d = dict(src_dict)
        type_ = cast(Literal["input_audio"], d.pop("type"))
        if type_ != "input_audio":
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        input_audio = InputAudio.from_dict(d.pop("input_audio"))

        key = d.pop("key", UNSET)

        input_audio_content_part = cls(
            type_=type_,
            input_audio=input_audio,
            key=None if isinstance(key, Unset) else key,
        )

        input_audio_content_part.additional_properties = d
        return input_audio_content_part

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
    from ..models.input_audio import InputAudioDict


InputAudioContentPartDict = TypedDict(
    "InputAudioContentPartDict",
    {
        "type": 'Required[Literal["input_audio"]]',
        "input_audio": "Required[InputAudioDict]",
        "key": "str",
    },
    total=False,
)
"""`InputAudioContentPart` as a plain dict, with FastGPT's field names."""

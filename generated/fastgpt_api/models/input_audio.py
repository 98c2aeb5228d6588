from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_format import AudioFormat, check_audio_format

T = TypeVar("T", bound="InputAudio")


@_attrs_define
class InputAudio:
    """The audio of an `input_audio` part."""

    data: str
    """ The audio bytes, base64-encoded. """
    format_: AudioFormat
    """ An `input_audio` format (FastGPT's `audioFileType`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_: str = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        format_ = check_audio_format(d.pop("format"))

        input_audio = cls(
            data=data,
            format_=format_,
        )

        input_audio.additional_properties = d
        return input_audio

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


InputAudioDict = TypedDict(
    "InputAudioDict",
    {
        "data": "Required[str]",
        "format": "Required[AudioFormat]",
    },
    total=False,
)
"""`InputAudio` as a plain dict, with FastGPT's field names."""

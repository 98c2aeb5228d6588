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
    from ..models.video_url import VideoUrl


T = TypeVar("T", bound="VideoUrlContentPart")


@_attrs_define
class VideoUrlContentPart:
    """A video by URL (the Qwen-Omni form; FastGPT 4.16)."""

    type_: Literal["video_url"]
    """ Always `video_url`. """
    video_url: VideoUrl
    """ Where the video of a `video_url` part is. """
    key: str | None = None
    """ The storage key of a file uploaded to FastGPT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        video_url = self.video_url.to_dict()

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_url import VideoUrl

        d = dict(src_dict)
        type_ = cast(Literal["video_url"], d.pop("type"))
        if type_ != "video_url":
            raise ValueError(f"type must match const 'video_url', got '{type_}'")

        video_url = VideoUrl.from_dict(d.pop("video_url"))

        key = d.pop("key", UNSET)

        video_url_content_part = cls(
            type_=type_,
            video_url=video_url,
            key=None if isinstance(key, Unset) else key,
        )

        video_url_content_part.additional_properties = d
        return video_url_content_part

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
    from ..models.video_url import VideoUrlDict


VideoUrlContentPartDict = TypedDict(
    "VideoUrlContentPartDict",
    {
        "type": 'Required[Literal["video_url"]]',
        "video_url": "Required[VideoUrlDict]",
        "key": "str",
    },
    total=False,
)
"""`VideoUrlContentPart` as a plain dict, with FastGPT's field names."""

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
    from ..models.inline_file import InlineFile


T = TypeVar("T", bound="FileContentPart")


@_attrs_define
class FileContentPart:
    """A file inline or by provider file id (OpenAI's `file` part; FastGPT 4.16)."""

    type_: Literal["file"]
    """ Always `file`. """
    file: InlineFile
    """ The file of a `file` part; one of `file_data` (a base64 `data:` URL) or `file_id`, with an optional
    `filename`. """
    key: str | None = None
    """ The storage key of a file uploaded to FastGPT. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file = self.file.to_dict()

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inline_file import InlineFile

        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file = InlineFile.from_dict(d.pop("file"))

        key = d.pop("key", UNSET)

        file_content_part = cls(
            type_=type_,
            file=file,
            key=None if isinstance(key, Unset) else key,
        )

        file_content_part.additional_properties = d
        return file_content_part

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
    from ..models.inline_file import InlineFileDict


FileContentPartDict = TypedDict(
    "FileContentPartDict",
    {
        "type": 'Required[Literal["file"]]',
        "file": "Required[InlineFileDict]",
        "key": "str",
    },
    total=False,
)
"""`FileContentPart` as a plain dict, with FastGPT's field names."""

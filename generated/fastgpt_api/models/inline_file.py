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

T = TypeVar("T", bound="InlineFile")


@_attrs_define
class InlineFile:
    """The file of a `file` part; one of `file_data` (a base64 `data:` URL) or `file_id`, with an optional `filename`."""

    file_data: str | None = None
    """ The file as a `data:<media type>;base64,...` URL. """
    file_id: str | None = None
    """ A file id the model provider knows. """
    filename: str | None = None
    """ The file name shown to the model. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_file_data = UNSET if self.file_data is None else self.file_data
        file_data = self_file_data

        self_file_id = UNSET if self.file_id is None else self.file_id
        file_id = self_file_id

        self_filename = UNSET if self.filename is None else self.filename
        filename = self_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_data = d.pop("file_data", UNSET)

        file_id = d.pop("file_id", UNSET)

        filename = d.pop("filename", UNSET)

        inline_file = cls(
            file_data=None if isinstance(file_data, Unset) else file_data,
            file_id=None if isinstance(file_id, Unset) else file_id,
            filename=None if isinstance(filename, Unset) else filename,
        )

        inline_file.additional_properties = d
        return inline_file

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


InlineFileDict = TypedDict(
    "InlineFileDict",
    {
        "file_data": "str",
        "file_id": "str",
        "filename": "str",
    },
    total=False,
)
"""`InlineFile` as a plain dict, with FastGPT's field names."""

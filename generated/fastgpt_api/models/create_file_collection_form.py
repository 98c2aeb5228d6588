from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File, FileTypes

T = TypeVar("T", bound="CreateFileCollectionForm")


@_attrs_define
class CreateFileCollectionForm:
    """A collection made from an uploaded file (multipart)."""

    file: File
    """ The file. FastGPT decodes its name with decodeURIComponent: URL-encode non-ASCII names. """
    data: str
    """ JSON of the collection settings: `datasetId`, `parentId`, `tags`, `metadata` and the chunk settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "data": data,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("data", (None, str(self.data).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        data = d.pop("data")

        create_file_collection_form = cls(
            file=file,
            data=data,
        )

        create_file_collection_form.additional_properties = d
        return create_file_collection_form

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


CreateFileCollectionFormDict = TypedDict(
    "CreateFileCollectionFormDict",
    {
        "file": "Required[FileTypes]",
        "data": "Required[str]",
    },
    total=False,
)
"""`CreateFileCollectionForm` as a plain dict, with FastGPT's field names."""

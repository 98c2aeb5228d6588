from __future__ import annotations

from collections.abc import Mapping
from typing import (
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

from ..models.file_url_type import FileUrlType, check_file_url_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUrlContentPart")


@_attrs_define
class FileUrlContentPart:
    """A file by URL (FastGPT extension): a document (txt, md, html, docx, pdf, pptx, csv, xlsx),
    or with `fileType` an audio or video file. The URL must pass the server's file URL
    whitelist. `name` is optional since FastGPT 4.14.21 (older servers need it).

    """

    type_: Literal["file_url"]
    """ Always `file_url`. """
    url: str
    """ Where to fetch the file. """
    name: str | None = None
    """ The file name shown to the model. """
    file_type: FileUrlType | None = None
    """ What a `file_url` part is (FastGPT 4.16's `fileType`); a document when not sent. """
    key: str | None = None
    """ The storage key of a file uploaded to FastGPT; the server re-signs it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        self_name = UNSET if self.name is None else self.name
        name = self_name

        self_file_type = UNSET if self.file_type is None else self.file_type
        file_type: str | Unset = UNSET
        if not isinstance(self_file_type, Unset):
            file_type = self_file_type

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["file_url"], d.pop("type"))
        if type_ != "file_url":
            raise ValueError(f"type must match const 'file_url', got '{type_}'")

        url = d.pop("url")

        name = d.pop("name", UNSET)

        _file_type = d.pop("fileType", UNSET)
        file_type: FileUrlType | Unset
        if isinstance(_file_type, Unset):
            file_type = UNSET
        else:
            file_type = check_file_url_type(_file_type)

        key = d.pop("key", UNSET)

        file_url_content_part = cls(
            type_=type_,
            url=url,
            name=None if isinstance(name, Unset) else name,
            file_type=None if isinstance(file_type, Unset) else file_type,
            key=None if isinstance(key, Unset) else key,
        )

        file_url_content_part.additional_properties = d
        return file_url_content_part

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


FileUrlContentPartDict = TypedDict(
    "FileUrlContentPartDict",
    {
        "type": 'Required[Literal["file_url"]]',
        "url": "Required[str]",
        "name": "str",
        "fileType": "FileUrlType",
        "key": "str",
    },
    total=False,
)
"""`FileUrlContentPart` as a plain dict, with FastGPT's field names."""

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

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUrlContentPart")


@_attrs_define
class FileUrlContentPart:
    """A document by URL (FastGPT extension; txt, md, html, docx, pdf, pptx, csv, xlsx). The URL must pass the server's
    file URL whitelist.

    """

    type_: Literal["file_url"]
    """ Always `file_url`. """
    name: str
    """ The file name shown to the model. """
    url: str
    """ Where to fetch the file. """
    key: str | None = None
    """ The storage key of a file uploaded to FastGPT; the server re-signs it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        url = self.url

        self_key = UNSET if self.key is None else self.key
        key = self_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "url": url,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["file_url"], d.pop("type"))
        if type_ != "file_url":
            raise ValueError(f"type must match const 'file_url', got '{type_}'")

        name = d.pop("name")

        url = d.pop("url")

        key = d.pop("key", UNSET)

        file_url_content_part = cls(
            type_=type_,
            name=name,
            url=url,
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
        "name": "Required[str]",
        "url": "Required[str]",
        "key": "str",
    },
    total=False,
)
"""`FileUrlContentPart` as a plain dict, with FastGPT's field names."""

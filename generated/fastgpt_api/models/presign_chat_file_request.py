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

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresignChatFileRequest")


@_attrs_define
class PresignChatFileRequest:
    """The file to upload into a chat."""

    filename: str
    """ The file name. """
    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    content_type: str | None = None
    """ The file's MIME type, as a hint (4.16). """
    declared_extension: str | None = None
    """ The file's extension, for a source without one (4.16). """
    declared_filename: str | None = None
    """ The file's name, for a source without a stable one (4.16). """
    size: int | None = None
    """ The file's size in bytes, as a hint (4.16). At or above the server's multipart threshold 4.16 answers a
    multipart upload (`uploadMode: multipart`); the SDK never sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        app_id = self.app_id

        chat_id = self.chat_id

        self_content_type = UNSET if self.content_type is None else self.content_type
        content_type = self_content_type

        self_declared_extension = (
            UNSET if self.declared_extension is None else self.declared_extension
        )
        declared_extension = self_declared_extension

        self_declared_filename = (
            UNSET if self.declared_filename is None else self.declared_filename
        )
        declared_filename = self_declared_filename

        self_size = UNSET if self.size is None else self.size
        size = self_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if declared_extension is not UNSET:
            field_dict["declaredExtension"] = declared_extension
        if declared_filename is not UNSET:
            field_dict["declaredFilename"] = declared_filename
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        filename = d.pop("filename")

        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        content_type = d.pop("contentType", UNSET)

        declared_extension = d.pop("declaredExtension", UNSET)

        declared_filename = d.pop("declaredFilename", UNSET)

        size = d.pop("size", UNSET)

        presign_chat_file_request = cls(
            filename=filename,
            app_id=app_id,
            chat_id=chat_id,
            content_type=None if isinstance(content_type, Unset) else content_type,
            declared_extension=None
            if isinstance(declared_extension, Unset)
            else declared_extension,
            declared_filename=None
            if isinstance(declared_filename, Unset)
            else declared_filename,
            size=None if isinstance(size, Unset) else size,
        )

        presign_chat_file_request.additional_properties = d
        return presign_chat_file_request

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


PresignChatFileRequestDict = TypedDict(
    "PresignChatFileRequestDict",
    {
        "filename": "Required[str]",
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "contentType": "str",
        "declaredExtension": "str",
        "declaredFilename": "str",
        "size": "int",
    },
    total=False,
)
"""`PresignChatFileRequest` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_headers import UploadHeaders


T = TypeVar("T", bound="PresignedUpload")


@_attrs_define
class PresignedUpload:
    """Where and how to upload: PUT the bytes to `url` with `headers`."""

    url: str | Unset = UNSET
    """ The presigned upload URL. """
    key: str | Unset = UNSET
    """ The storage key to put in the message part. """
    headers: UploadHeaders | Unset = UNSET
    """ Headers the upload must carry. """
    max_size: int | Unset = UNSET
    """ The largest allowed size in bytes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        key = self.key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        max_size = self.max_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if key is not UNSET:
            field_dict["key"] = key
        if headers is not UNSET:
            field_dict["headers"] = headers
        if max_size is not UNSET:
            field_dict["maxSize"] = max_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_headers import UploadHeaders

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        key = d.pop("key", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: UploadHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = UploadHeaders.from_dict(_headers)

        max_size = d.pop("maxSize", UNSET)

        presigned_upload = cls(
            url=url,
            key=key,
            headers=headers,
            max_size=max_size,
        )

        presigned_upload.additional_properties = d
        return presigned_upload

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

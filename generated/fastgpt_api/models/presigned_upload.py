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
    """Where and how to upload: PUT the bytes to `url` with `headers` (`uploadMode: single`, and every answer of 4.14). A
    `multipart` answer (4.16, only when the request gave a large `size`) instead describes an upload in parts, finished
    at `completeUrl`.

    """

    url: str | Unset = UNSET
    """ The presigned upload URL. """
    key: str | Unset = UNSET
    """ The storage key to put in the message part. """
    headers: UploadHeaders | Unset = UNSET
    """ Headers the upload must carry. """
    max_size: int | Unset = UNSET
    """ The largest allowed size in bytes. """
    upload_mode: str | Unset = UNSET
    """ `single` (one PUT to `url`) or `multipart` (4.16; absent on 4.14, which is always single). Kept a string so
    a new mode parses. """
    preview_url: str | Unset = UNSET
    """ A URL to read the file once uploaded (4.16). """
    complete_url: str | Unset = UNSET
    """ Where to finish a multipart upload (multipart only). """
    abort_url: str | Unset = UNSET
    """ Where to cancel a multipart upload (multipart only). """
    part_size: int | Unset = UNSET
    """ The size of each part in bytes (multipart only). """
    concurrency: int | Unset = UNSET
    """ How many parts to upload at once (multipart only). """
    max_retry: int | Unset = UNSET
    """ How often to retry a part (multipart only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        key = self.key

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        max_size = self.max_size

        upload_mode = self.upload_mode

        preview_url = self.preview_url

        complete_url = self.complete_url

        abort_url = self.abort_url

        part_size = self.part_size

        concurrency = self.concurrency

        max_retry = self.max_retry

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
        if upload_mode is not UNSET:
            field_dict["uploadMode"] = upload_mode
        if preview_url is not UNSET:
            field_dict["previewUrl"] = preview_url
        if complete_url is not UNSET:
            field_dict["completeUrl"] = complete_url
        if abort_url is not UNSET:
            field_dict["abortUrl"] = abort_url
        if part_size is not UNSET:
            field_dict["partSize"] = part_size
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if max_retry is not UNSET:
            field_dict["maxRetry"] = max_retry

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

        upload_mode = d.pop("uploadMode", UNSET)

        preview_url = d.pop("previewUrl", UNSET)

        complete_url = d.pop("completeUrl", UNSET)

        abort_url = d.pop("abortUrl", UNSET)

        part_size = d.pop("partSize", UNSET)

        concurrency = d.pop("concurrency", UNSET)

        max_retry = d.pop("maxRetry", UNSET)

        presigned_upload = cls(
            url=url,
            key=key,
            headers=headers,
            max_size=max_size,
            upload_mode=upload_mode,
            preview_url=preview_url,
            complete_url=complete_url,
            abort_url=abort_url,
            part_size=part_size,
            concurrency=concurrency,
            max_retry=max_retry,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
)

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

    url: str | None = None
    """ The presigned upload URL. """
    key: str | None = None
    """ The storage key to put in the message part. """
    headers: UploadHeaders | None = None
    """ Headers the upload must carry. """
    max_size: int | None = None
    """ The largest allowed size in bytes. """
    upload_mode: str | None = None
    """ `single` (one PUT to `url`) or `multipart` (4.16; absent on 4.14, which is always single). Kept a string so
    a new mode parses. """
    preview_url: str | None = None
    """ A URL to read the file once uploaded (4.16). """
    complete_url: str | None = None
    """ Where to finish a multipart upload (multipart only). """
    abort_url: str | None = None
    """ Where to cancel a multipart upload (multipart only). """
    part_size: int | None = None
    """ The size of each part in bytes (multipart only). """
    concurrency: int | None = None
    """ How many parts to upload at once (multipart only). """
    max_retry: int | None = None
    """ How often to retry a part (multipart only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_url = UNSET if self.url is None else self.url
        url = self_url

        self_key = UNSET if self.key is None else self.key
        key = self_key

        self_headers = UNSET if self.headers is None else self.headers
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self_headers, Unset):
            headers = self_headers.to_dict()

        self_max_size = UNSET if self.max_size is None else self.max_size
        max_size = self_max_size

        self_upload_mode = UNSET if self.upload_mode is None else self.upload_mode
        upload_mode = self_upload_mode

        self_preview_url = UNSET if self.preview_url is None else self.preview_url
        preview_url = self_preview_url

        self_complete_url = UNSET if self.complete_url is None else self.complete_url
        complete_url = self_complete_url

        self_abort_url = UNSET if self.abort_url is None else self.abort_url
        abort_url = self_abort_url

        self_part_size = UNSET if self.part_size is None else self.part_size
        part_size = self_part_size

        self_concurrency = UNSET if self.concurrency is None else self.concurrency
        concurrency = self_concurrency

        self_max_retry = UNSET if self.max_retry is None else self.max_retry
        max_retry = self_max_retry

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
            url=None if isinstance(url, Unset) else url,
            key=None if isinstance(key, Unset) else key,
            headers=None if isinstance(headers, Unset) else headers,
            max_size=None if isinstance(max_size, Unset) else max_size,
            upload_mode=None if isinstance(upload_mode, Unset) else upload_mode,
            preview_url=None if isinstance(preview_url, Unset) else preview_url,
            complete_url=None if isinstance(complete_url, Unset) else complete_url,
            abort_url=None if isinstance(abort_url, Unset) else abort_url,
            part_size=None if isinstance(part_size, Unset) else part_size,
            concurrency=None if isinstance(concurrency, Unset) else concurrency,
            max_retry=None if isinstance(max_retry, Unset) else max_retry,
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


PresignedUploadDict = TypedDict(
    "PresignedUploadDict",
    {
        "url": "str",
        "key": "str",
        "headers": "dict[str, Any]",
        "maxSize": "int",
        "uploadMode": "str",
        "previewUrl": "str",
        "completeUrl": "str",
        "abortUrl": "str",
        "partSize": "int",
        "concurrency": "int",
        "maxRetry": "int",
    },
    total=False,
)
"""`PresignedUpload` as a plain dict, with FastGPT's field names."""

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

from ..models.image_detail import ImageDetail, check_image_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUrl")


@_attrs_define
class ImageUrl:
    """Where the image is."""

    url: str
    """ An http(s) URL or a `data:` URL. """
    detail: ImageDetail | None = None
    """ How closely the model looks at the image (OpenAI's `detail`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        self_detail = UNSET if self.detail is None else self.detail
        detail: str | Unset = UNSET
        if not isinstance(self_detail, Unset):
            detail = self_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ImageDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_image_detail(_detail)

        image_url = cls(
            url=url,
            detail=None if isinstance(detail, Unset) else detail,
        )

        image_url.additional_properties = d
        return image_url

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


ImageUrlDict = TypedDict(
    "ImageUrlDict",
    {
        "url": "Required[str]",
        "detail": "ImageDetail",
    },
    total=False,
)
"""`ImageUrl` as a plain dict, with FastGPT's field names."""

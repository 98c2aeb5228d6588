from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_list_item import DatasetListItem


T = TypeVar("T", bound="DatasetListEnvelope")


@_attrs_define
class DatasetListEnvelope:
    """FastGPT's success envelope around a list of datasets."""

    code: int
    """ 200 on success. """
    status_text: str | None = None
    """ Empty on success. """
    message: str | None = None
    """ Empty on success. """
    data: list[DatasetListItem] | None = None
    """ The datasets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        self_status_text = UNSET if self.status_text is None else self.status_text
        status_text = self_status_text

        self_message = UNSET if self.message is None else self.message
        message = self_message

        self_data = UNSET if self.data is None else self.data
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_data, Unset):
            data = []
            for data_item_data in self_data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if status_text is not UNSET:
            field_dict["statusText"] = status_text
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_list_item import DatasetListItem

        d = dict(src_dict)
        code = d.pop("code")

        status_text = d.pop("statusText", UNSET)

        message = d.pop("message", UNSET)

        _data = d.pop("data", UNSET)
        data: list[DatasetListItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = DatasetListItem.from_dict(data_item_data)

                data.append(data_item)

        dataset_list_envelope = cls(
            code=code,
            status_text=None if isinstance(status_text, Unset) else status_text,
            message=None if isinstance(message, Unset) else message,
            data=None if isinstance(data, Unset) else data,
        )

        dataset_list_envelope.additional_properties = d
        return dataset_list_envelope

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
    from ..models.dataset_list_item import DatasetListItemDict


DatasetListEnvelopeDict = TypedDict(
    "DatasetListEnvelopeDict",
    {
        "code": "Required[int]",
        "statusText": "str",
        "message": "str",
        "data": "list[DatasetListItemDict]",
    },
    total=False,
)
"""`DatasetListEnvelope` as a plain dict, with FastGPT's field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetQuotesRequest")


@_attrs_define
class GetQuotesRequest:
    """The answer and the chunks it cited."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    chat_item_data_id: str
    """ The answer's `dataId`. """
    dataset_data_id_list: list[str]
    """ The cited chunks' ids (at most 200). """
    collection_id_list: list[str]
    """ Their collections (at most 200). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        chat_item_data_id = self.chat_item_data_id

        dataset_data_id_list = self.dataset_data_id_list

        collection_id_list = self.collection_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
                "chatItemDataId": chat_item_data_id,
                "datasetDataIdList": dataset_data_id_list,
                "collectionIdList": collection_id_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        chat_item_data_id = d.pop("chatItemDataId")

        dataset_data_id_list = cast(list[str], d.pop("datasetDataIdList"))

        collection_id_list = cast(list[str], d.pop("collectionIdList"))

        get_quotes_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            chat_item_data_id=chat_item_data_id,
            dataset_data_id_list=dataset_data_id_list,
            collection_id_list=collection_id_list,
        )

        get_quotes_request.additional_properties = d
        return get_quotes_request

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


GetQuotesRequestDict = TypedDict(
    "GetQuotesRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "chatItemDataId": "Required[str]",
        "datasetDataIdList": "Required[list[str]]",
        "collectionIdList": "Required[list[str]]",
    },
    total=False,
)
"""`GetQuotesRequest` as a plain dict, with FastGPT's field names."""

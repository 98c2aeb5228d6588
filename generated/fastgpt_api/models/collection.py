from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection's detail."""

    field_id: str | Unset = UNSET
    """ The collection id. """
    dataset_id: Any | Unset = UNSET
    """ The dataset (an id, or the populated dataset). """
    parent_id: None | str | Unset = UNSET
    """ Its folder. """
    name: str | Unset = UNSET
    """ Name. """
    type_: str | Unset = UNSET
    """ Kind. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    forbid: bool | Unset = UNSET
    """ Disabled for search. """
    source_name: str | Unset = UNSET
    """ The source's name. """
    raw_text_length: int | Unset = UNSET
    """ Length of the source text. """
    training_type: str | Unset = UNSET
    """ How it was trained. """
    create_time: str | Unset = UNSET
    """ Created (ISO time). """
    update_time: str | Unset = UNSET
    """ Last change (ISO time). """
    dataset: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    active_training_amount: int | Unset = UNSET
    """ Items being trained right now (4.16). """
    api_file_id: str | Unset = UNSET
    """ The file's id in an API dataset. """
    api_file_parent_id: str | Unset = UNSET
    """ The file's folder in an API dataset. """
    chunk_size: int | Unset = UNSET
    """ Target chunk size in tokens. """
    chunk_splitter: str | Unset = UNSET
    """ A custom split character (with `char`). """
    index_size: int | Unset = UNSET
    """ Index size in tokens. """
    qa_prompt: str | Unset = UNSET
    """ The prompt for `qa` training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        dataset_id = self.dataset_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        name = self.name

        type_ = self.type_

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        forbid = self.forbid

        source_name = self.source_name

        raw_text_length = self.raw_text_length

        training_type = self.training_type

        create_time = self.create_time

        update_time = self.update_time

        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset, Unset):
            dataset = self.dataset.to_dict()

        active_training_amount = self.active_training_amount

        api_file_id = self.api_file_id

        api_file_parent_id = self.api_file_parent_id

        chunk_size = self.chunk_size

        chunk_splitter = self.chunk_splitter

        index_size = self.index_size

        qa_prompt = self.qa_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if forbid is not UNSET:
            field_dict["forbid"] = forbid
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if raw_text_length is not UNSET:
            field_dict["rawTextLength"] = raw_text_length
        if training_type is not UNSET:
            field_dict["trainingType"] = training_type
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if active_training_amount is not UNSET:
            field_dict["activeTrainingAmount"] = active_training_amount
        if api_file_id is not UNSET:
            field_dict["apiFileId"] = api_file_id
        if api_file_parent_id is not UNSET:
            field_dict["apiFileParentId"] = api_file_parent_id
        if chunk_size is not UNSET:
            field_dict["chunkSize"] = chunk_size
        if chunk_splitter is not UNSET:
            field_dict["chunkSplitter"] = chunk_splitter
        if index_size is not UNSET:
            field_dict["indexSize"] = index_size
        if qa_prompt is not UNSET:
            field_dict["qaPrompt"] = qa_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_object import JsonObject

        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        forbid = d.pop("forbid", UNSET)

        source_name = d.pop("sourceName", UNSET)

        raw_text_length = d.pop("rawTextLength", UNSET)

        training_type = d.pop("trainingType", UNSET)

        create_time = d.pop("createTime", UNSET)

        update_time = d.pop("updateTime", UNSET)

        _dataset = d.pop("dataset", UNSET)
        dataset: JsonObject | Unset
        if isinstance(_dataset, Unset):
            dataset = UNSET
        else:
            dataset = JsonObject.from_dict(_dataset)

        active_training_amount = d.pop("activeTrainingAmount", UNSET)

        api_file_id = d.pop("apiFileId", UNSET)

        api_file_parent_id = d.pop("apiFileParentId", UNSET)

        chunk_size = d.pop("chunkSize", UNSET)

        chunk_splitter = d.pop("chunkSplitter", UNSET)

        index_size = d.pop("indexSize", UNSET)

        qa_prompt = d.pop("qaPrompt", UNSET)

        collection = cls(
            field_id=field_id,
            dataset_id=dataset_id,
            parent_id=parent_id,
            name=name,
            type_=type_,
            tags=tags,
            forbid=forbid,
            source_name=source_name,
            raw_text_length=raw_text_length,
            training_type=training_type,
            create_time=create_time,
            update_time=update_time,
            dataset=dataset,
            active_training_amount=active_training_amount,
            api_file_id=api_file_id,
            api_file_parent_id=api_file_parent_id,
            chunk_size=chunk_size,
            chunk_splitter=chunk_splitter,
            index_size=index_size,
            qa_prompt=qa_prompt,
        )

        collection.additional_properties = d
        return collection

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

from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection's detail."""

    id: str
    """ The collection id. """
    name: str
    """ Name. """
    type_: str
    """ Kind. """
    dataset_id: Any | None = None
    """ The dataset (an id, or the populated dataset). """
    parent_id: None | str = None
    """ Its folder. """
    tags: list[str] | None = None
    """ Tags. """
    forbid: bool | None = None
    """ Disabled for search. """
    source_name: str | None = None
    """ The source's name. """
    raw_text_length: int | None = None
    """ Length of the source text. """
    training_type: str | None = None
    """ How it was trained. """
    create_time: str | None = None
    """ Created (ISO time). """
    update_time: str | None = None
    """ Last change (ISO time). """
    dataset: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    active_training_amount: int | None = None
    """ Items being trained right now (4.16). """
    api_file_id: str | None = None
    """ The file's id in an API dataset. """
    api_file_parent_id: str | None = None
    """ The file's folder in an API dataset. """
    chunk_size: int | None = None
    """ Target chunk size in tokens. """
    chunk_splitter: str | None = None
    """ A custom split character (with `char`). """
    index_size: int | None = None
    """ Index size in tokens. """
    qa_prompt: str | None = None
    """ The prompt for `qa` training. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        self_dataset_id = UNSET if self.dataset_id is None else self.dataset_id
        dataset_id = self_dataset_id

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_tags = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(self_tags, Unset):
            tags = self_tags

        self_forbid = UNSET if self.forbid is None else self.forbid
        forbid = self_forbid

        self_source_name = UNSET if self.source_name is None else self.source_name
        source_name = self_source_name

        self_raw_text_length = (
            UNSET if self.raw_text_length is None else self.raw_text_length
        )
        raw_text_length = self_raw_text_length

        self_training_type = UNSET if self.training_type is None else self.training_type
        training_type = self_training_type

        self_create_time = UNSET if self.create_time is None else self.create_time
        create_time = self_create_time

        self_update_time = UNSET if self.update_time is None else self.update_time
        update_time = self_update_time

        self_dataset = UNSET if self.dataset is None else self.dataset
        dataset: dict[str, Any] | Unset = UNSET
        if not isinstance(self_dataset, Unset):
            dataset = self_dataset.to_dict()

        self_active_training_amount = (
            UNSET
            if self.active_training_amount is None
            else self.active_training_amount
        )
        active_training_amount = self_active_training_amount

        self_api_file_id = UNSET if self.api_file_id is None else self.api_file_id
        api_file_id = self_api_file_id

        self_api_file_parent_id = (
            UNSET if self.api_file_parent_id is None else self.api_file_parent_id
        )
        api_file_parent_id = self_api_file_parent_id

        self_chunk_size = UNSET if self.chunk_size is None else self.chunk_size
        chunk_size = self_chunk_size

        self_chunk_splitter = (
            UNSET if self.chunk_splitter is None else self.chunk_splitter
        )
        chunk_splitter = self_chunk_splitter

        self_index_size = UNSET if self.index_size is None else self.index_size
        index_size = self_index_size

        self_qa_prompt = UNSET if self.qa_prompt is None else self.qa_prompt
        qa_prompt = self_qa_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "name": name,
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
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
        id = d.pop("_id")

        name = d.pop("name")

        type_ = d.pop("type")

        dataset_id = d.pop("datasetId", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

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
            id=id,
            name=name,
            type_=type_,
            dataset_id=None if isinstance(dataset_id, Unset) else dataset_id,
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            tags=None if isinstance(tags, Unset) else tags,
            forbid=None if isinstance(forbid, Unset) else forbid,
            source_name=None if isinstance(source_name, Unset) else source_name,
            raw_text_length=None
            if isinstance(raw_text_length, Unset)
            else raw_text_length,
            training_type=None if isinstance(training_type, Unset) else training_type,
            create_time=None if isinstance(create_time, Unset) else create_time,
            update_time=None if isinstance(update_time, Unset) else update_time,
            dataset=None if isinstance(dataset, Unset) else dataset,
            active_training_amount=None
            if isinstance(active_training_amount, Unset)
            else active_training_amount,
            api_file_id=None if isinstance(api_file_id, Unset) else api_file_id,
            api_file_parent_id=None
            if isinstance(api_file_parent_id, Unset)
            else api_file_parent_id,
            chunk_size=None if isinstance(chunk_size, Unset) else chunk_size,
            chunk_splitter=None
            if isinstance(chunk_splitter, Unset)
            else chunk_splitter,
            index_size=None if isinstance(index_size, Unset) else index_size,
            qa_prompt=None if isinstance(qa_prompt, Unset) else qa_prompt,
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


CollectionDict = TypedDict(
    "CollectionDict",
    {
        "_id": "Required[str]",
        "name": "Required[str]",
        "type": "Required[str]",
        "datasetId": "Any",
        "parentId": "str | None",
        "tags": "list[str]",
        "forbid": "bool",
        "sourceName": "str",
        "rawTextLength": "int",
        "trainingType": "str",
        "createTime": "str",
        "updateTime": "str",
        "dataset": "dict[str, Any]",
        "activeTrainingAmount": "int",
        "apiFileId": "str",
        "apiFileParentId": "str",
        "chunkSize": "int",
        "chunkSplitter": "str",
        "indexSize": "int",
        "qaPrompt": "str",
    },
    total=False,
)
"""`Collection` as a plain dict, with FastGPT's field names."""

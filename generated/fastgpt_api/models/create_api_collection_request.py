from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_setting_mode import ChunkSettingMode, check_chunk_setting_mode
from ..models.chunk_split_mode import ChunkSplitMode, check_chunk_split_mode
from ..models.chunk_trigger_type import ChunkTriggerType, check_chunk_trigger_type
from ..models.paragraph_chunk_ai_mode import (
    ParagraphChunkAiMode,
    check_paragraph_chunk_ai_mode,
)
from ..models.training_type import TrainingType, check_training_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="CreateApiCollectionRequest")


@_attrs_define
class CreateApiCollectionRequest:
    """One file of an API dataset to import."""

    dataset_id: str
    """ The dataset. """
    name: str
    """ The collection's name. """
    api_file_id: str
    """ The file's id on the dataset's API server. """
    parent_id: None | str | Unset = UNSET
    """ The folder collection to put it in. """
    metadata: JsonObject | Unset = UNSET
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    custom_pdf_parse: bool | Unset = UNSET
    """ Use the custom PDF parser. """
    training_type: TrainingType | Unset = UNSET
    """ How to turn the text into data: `chunk` (split), `qa` (the agent model writes Q/A pairs), `auto`,
    `imageParse`, `backup`, `template`. """
    chunk_trigger_type: ChunkTriggerType | Unset = UNSET
    """ When to split: at a minimum size, always, or above the model's maximum. """
    chunk_trigger_min_size: int | Unset = UNSET
    """ The size above which text is split (with `minSize`). """
    data_enhance_collection_name: bool | Unset = UNSET
    """ Prefix each chunk's index with the collection name. """
    image_index: bool | Unset = UNSET
    """ Index images found in the text. """
    auto_indexes: bool | Unset = UNSET
    """ Let the agent model write extra indexes. """
    index_prefix_title: bool | Unset = UNSET
    """ Prefix indexes with the title. """
    chunk_setting_mode: ChunkSettingMode | Unset = UNSET
    """ `auto` (FastGPT's defaults) or `custom` (the fields below). """
    chunk_split_mode: ChunkSplitMode | Unset = UNSET
    """ Split by paragraph, by size or by a custom character. """
    paragraph_chunk_ai_mode: ParagraphChunkAiMode | Unset = UNSET
    """ Let the model find paragraphs. """
    paragraph_chunk_deep: int | Unset = UNSET
    """ Heading depth for paragraph splitting. """
    paragraph_chunk_min_size: int | Unset = UNSET
    """ Minimum paragraph size. """
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
        dataset_id = self.dataset_id

        name = self.name

        api_file_id = self.api_file_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        custom_pdf_parse = self.custom_pdf_parse

        training_type: str | Unset = UNSET
        if not isinstance(self.training_type, Unset):
            training_type = self.training_type

        chunk_trigger_type: str | Unset = UNSET
        if not isinstance(self.chunk_trigger_type, Unset):
            chunk_trigger_type = self.chunk_trigger_type

        chunk_trigger_min_size = self.chunk_trigger_min_size

        data_enhance_collection_name = self.data_enhance_collection_name

        image_index = self.image_index

        auto_indexes = self.auto_indexes

        index_prefix_title = self.index_prefix_title

        chunk_setting_mode: str | Unset = UNSET
        if not isinstance(self.chunk_setting_mode, Unset):
            chunk_setting_mode = self.chunk_setting_mode

        chunk_split_mode: str | Unset = UNSET
        if not isinstance(self.chunk_split_mode, Unset):
            chunk_split_mode = self.chunk_split_mode

        paragraph_chunk_ai_mode: str | Unset = UNSET
        if not isinstance(self.paragraph_chunk_ai_mode, Unset):
            paragraph_chunk_ai_mode = self.paragraph_chunk_ai_mode

        paragraph_chunk_deep = self.paragraph_chunk_deep

        paragraph_chunk_min_size = self.paragraph_chunk_min_size

        chunk_size = self.chunk_size

        chunk_splitter = self.chunk_splitter

        index_size = self.index_size

        qa_prompt = self.qa_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "name": name,
                "apiFileId": api_file_id,
            }
        )
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_pdf_parse is not UNSET:
            field_dict["customPdfParse"] = custom_pdf_parse
        if training_type is not UNSET:
            field_dict["trainingType"] = training_type
        if chunk_trigger_type is not UNSET:
            field_dict["chunkTriggerType"] = chunk_trigger_type
        if chunk_trigger_min_size is not UNSET:
            field_dict["chunkTriggerMinSize"] = chunk_trigger_min_size
        if data_enhance_collection_name is not UNSET:
            field_dict["dataEnhanceCollectionName"] = data_enhance_collection_name
        if image_index is not UNSET:
            field_dict["imageIndex"] = image_index
        if auto_indexes is not UNSET:
            field_dict["autoIndexes"] = auto_indexes
        if index_prefix_title is not UNSET:
            field_dict["indexPrefixTitle"] = index_prefix_title
        if chunk_setting_mode is not UNSET:
            field_dict["chunkSettingMode"] = chunk_setting_mode
        if chunk_split_mode is not UNSET:
            field_dict["chunkSplitMode"] = chunk_split_mode
        if paragraph_chunk_ai_mode is not UNSET:
            field_dict["paragraphChunkAIMode"] = paragraph_chunk_ai_mode
        if paragraph_chunk_deep is not UNSET:
            field_dict["paragraphChunkDeep"] = paragraph_chunk_deep
        if paragraph_chunk_min_size is not UNSET:
            field_dict["paragraphChunkMinSize"] = paragraph_chunk_min_size
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
        dataset_id = d.pop("datasetId")

        name = d.pop("name")

        api_file_id = d.pop("apiFileId")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        custom_pdf_parse = d.pop("customPdfParse", UNSET)

        _training_type = d.pop("trainingType", UNSET)
        training_type: TrainingType | Unset
        if isinstance(_training_type, Unset):
            training_type = UNSET
        else:
            training_type = check_training_type(_training_type)

        _chunk_trigger_type = d.pop("chunkTriggerType", UNSET)
        chunk_trigger_type: ChunkTriggerType | Unset
        if isinstance(_chunk_trigger_type, Unset):
            chunk_trigger_type = UNSET
        else:
            chunk_trigger_type = check_chunk_trigger_type(_chunk_trigger_type)

        chunk_trigger_min_size = d.pop("chunkTriggerMinSize", UNSET)

        data_enhance_collection_name = d.pop("dataEnhanceCollectionName", UNSET)

        image_index = d.pop("imageIndex", UNSET)

        auto_indexes = d.pop("autoIndexes", UNSET)

        index_prefix_title = d.pop("indexPrefixTitle", UNSET)

        _chunk_setting_mode = d.pop("chunkSettingMode", UNSET)
        chunk_setting_mode: ChunkSettingMode | Unset
        if isinstance(_chunk_setting_mode, Unset):
            chunk_setting_mode = UNSET
        else:
            chunk_setting_mode = check_chunk_setting_mode(_chunk_setting_mode)

        _chunk_split_mode = d.pop("chunkSplitMode", UNSET)
        chunk_split_mode: ChunkSplitMode | Unset
        if isinstance(_chunk_split_mode, Unset):
            chunk_split_mode = UNSET
        else:
            chunk_split_mode = check_chunk_split_mode(_chunk_split_mode)

        _paragraph_chunk_ai_mode = d.pop("paragraphChunkAIMode", UNSET)
        paragraph_chunk_ai_mode: ParagraphChunkAiMode | Unset
        if isinstance(_paragraph_chunk_ai_mode, Unset):
            paragraph_chunk_ai_mode = UNSET
        else:
            paragraph_chunk_ai_mode = check_paragraph_chunk_ai_mode(
                _paragraph_chunk_ai_mode
            )

        paragraph_chunk_deep = d.pop("paragraphChunkDeep", UNSET)

        paragraph_chunk_min_size = d.pop("paragraphChunkMinSize", UNSET)

        chunk_size = d.pop("chunkSize", UNSET)

        chunk_splitter = d.pop("chunkSplitter", UNSET)

        index_size = d.pop("indexSize", UNSET)

        qa_prompt = d.pop("qaPrompt", UNSET)

        create_api_collection_request = cls(
            dataset_id=dataset_id,
            name=name,
            api_file_id=api_file_id,
            parent_id=parent_id,
            metadata=metadata,
            tags=tags,
            custom_pdf_parse=custom_pdf_parse,
            training_type=training_type,
            chunk_trigger_type=chunk_trigger_type,
            chunk_trigger_min_size=chunk_trigger_min_size,
            data_enhance_collection_name=data_enhance_collection_name,
            image_index=image_index,
            auto_indexes=auto_indexes,
            index_prefix_title=index_prefix_title,
            chunk_setting_mode=chunk_setting_mode,
            chunk_split_mode=chunk_split_mode,
            paragraph_chunk_ai_mode=paragraph_chunk_ai_mode,
            paragraph_chunk_deep=paragraph_chunk_deep,
            paragraph_chunk_min_size=paragraph_chunk_min_size,
            chunk_size=chunk_size,
            chunk_splitter=chunk_splitter,
            index_size=index_size,
            qa_prompt=qa_prompt,
        )

        create_api_collection_request.additional_properties = d
        return create_api_collection_request

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

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
    parent_id: None | str = None
    """ The folder collection to put it in. """
    metadata: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    tags: list[str] | None = None
    """ Tags. """
    custom_pdf_parse: bool | None = None
    """ Use the custom PDF parser. """
    training_type: TrainingType | None = None
    """ How to turn the text into data: `chunk` (split), `qa` (the agent model writes Q/A pairs), `auto`,
    `imageParse`, `backup`, `template`. """
    chunk_trigger_type: ChunkTriggerType | None = None
    """ When to split: at a minimum size, always, or above the model's maximum. """
    chunk_trigger_min_size: int | None = None
    """ The size above which text is split (with `minSize`). """
    data_enhance_collection_name: bool | None = None
    """ Prefix each chunk's index with the collection name. """
    image_index: bool | None = None
    """ Index images found in the text. """
    auto_indexes: bool | None = None
    """ Let the agent model write extra indexes. """
    index_prefix_title: bool | None = None
    """ Prefix indexes with the title. """
    chunk_setting_mode: ChunkSettingMode | None = None
    """ `auto` (FastGPT's defaults) or `custom` (the fields below). """
    chunk_split_mode: ChunkSplitMode | None = None
    """ Split by paragraph, by size or by a custom character. """
    paragraph_chunk_ai_mode: ParagraphChunkAiMode | None = None
    """ Let the model find paragraphs. """
    paragraph_chunk_deep: int | None = None
    """ Heading depth for paragraph splitting. """
    paragraph_chunk_min_size: int | None = None
    """ Minimum paragraph size. """
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
        dataset_id = self.dataset_id

        name = self.name

        api_file_id = self.api_file_id

        self_parent_id = UNSET if self.parent_id is None else self.parent_id
        parent_id: None | str | Unset
        if isinstance(self_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self_parent_id

        self_metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self_metadata, Unset):
            metadata = self_metadata.to_dict()

        self_tags = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(self_tags, Unset):
            tags = self_tags

        self_custom_pdf_parse = (
            UNSET if self.custom_pdf_parse is None else self.custom_pdf_parse
        )
        custom_pdf_parse = self_custom_pdf_parse

        self_training_type = UNSET if self.training_type is None else self.training_type
        training_type: str | Unset = UNSET
        if not isinstance(self_training_type, Unset):
            training_type = self_training_type

        self_chunk_trigger_type = (
            UNSET if self.chunk_trigger_type is None else self.chunk_trigger_type
        )
        chunk_trigger_type: str | Unset = UNSET
        if not isinstance(self_chunk_trigger_type, Unset):
            chunk_trigger_type = self_chunk_trigger_type

        self_chunk_trigger_min_size = (
            UNSET
            if self.chunk_trigger_min_size is None
            else self.chunk_trigger_min_size
        )
        chunk_trigger_min_size = self_chunk_trigger_min_size

        self_data_enhance_collection_name = (
            UNSET
            if self.data_enhance_collection_name is None
            else self.data_enhance_collection_name
        )
        data_enhance_collection_name = self_data_enhance_collection_name

        self_image_index = UNSET if self.image_index is None else self.image_index
        image_index = self_image_index

        self_auto_indexes = UNSET if self.auto_indexes is None else self.auto_indexes
        auto_indexes = self_auto_indexes

        self_index_prefix_title = (
            UNSET if self.index_prefix_title is None else self.index_prefix_title
        )
        index_prefix_title = self_index_prefix_title

        self_chunk_setting_mode = (
            UNSET if self.chunk_setting_mode is None else self.chunk_setting_mode
        )
        chunk_setting_mode: str | Unset = UNSET
        if not isinstance(self_chunk_setting_mode, Unset):
            chunk_setting_mode = self_chunk_setting_mode

        self_chunk_split_mode = (
            UNSET if self.chunk_split_mode is None else self.chunk_split_mode
        )
        chunk_split_mode: str | Unset = UNSET
        if not isinstance(self_chunk_split_mode, Unset):
            chunk_split_mode = self_chunk_split_mode

        self_paragraph_chunk_ai_mode = (
            UNSET
            if self.paragraph_chunk_ai_mode is None
            else self.paragraph_chunk_ai_mode
        )
        paragraph_chunk_ai_mode: str | Unset = UNSET
        if not isinstance(self_paragraph_chunk_ai_mode, Unset):
            paragraph_chunk_ai_mode = self_paragraph_chunk_ai_mode

        self_paragraph_chunk_deep = (
            UNSET if self.paragraph_chunk_deep is None else self.paragraph_chunk_deep
        )
        paragraph_chunk_deep = self_paragraph_chunk_deep

        self_paragraph_chunk_min_size = (
            UNSET
            if self.paragraph_chunk_min_size is None
            else self.paragraph_chunk_min_size
        )
        paragraph_chunk_min_size = self_paragraph_chunk_min_size

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
            parent_id=None if isinstance(parent_id, Unset) else parent_id,
            metadata=None if isinstance(metadata, Unset) else metadata,
            tags=None if isinstance(tags, Unset) else tags,
            custom_pdf_parse=None
            if isinstance(custom_pdf_parse, Unset)
            else custom_pdf_parse,
            training_type=None if isinstance(training_type, Unset) else training_type,
            chunk_trigger_type=None
            if isinstance(chunk_trigger_type, Unset)
            else chunk_trigger_type,
            chunk_trigger_min_size=None
            if isinstance(chunk_trigger_min_size, Unset)
            else chunk_trigger_min_size,
            data_enhance_collection_name=None
            if isinstance(data_enhance_collection_name, Unset)
            else data_enhance_collection_name,
            image_index=None if isinstance(image_index, Unset) else image_index,
            auto_indexes=None if isinstance(auto_indexes, Unset) else auto_indexes,
            index_prefix_title=None
            if isinstance(index_prefix_title, Unset)
            else index_prefix_title,
            chunk_setting_mode=None
            if isinstance(chunk_setting_mode, Unset)
            else chunk_setting_mode,
            chunk_split_mode=None
            if isinstance(chunk_split_mode, Unset)
            else chunk_split_mode,
            paragraph_chunk_ai_mode=None
            if isinstance(paragraph_chunk_ai_mode, Unset)
            else paragraph_chunk_ai_mode,
            paragraph_chunk_deep=None
            if isinstance(paragraph_chunk_deep, Unset)
            else paragraph_chunk_deep,
            paragraph_chunk_min_size=None
            if isinstance(paragraph_chunk_min_size, Unset)
            else paragraph_chunk_min_size,
            chunk_size=None if isinstance(chunk_size, Unset) else chunk_size,
            chunk_splitter=None
            if isinstance(chunk_splitter, Unset)
            else chunk_splitter,
            index_size=None if isinstance(index_size, Unset) else index_size,
            qa_prompt=None if isinstance(qa_prompt, Unset) else qa_prompt,
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


CreateApiCollectionRequestDict = TypedDict(
    "CreateApiCollectionRequestDict",
    {
        "datasetId": "Required[str]",
        "name": "Required[str]",
        "apiFileId": "Required[str]",
        "parentId": "str | None",
        "metadata": "dict[str, Any]",
        "tags": "list[str]",
        "customPdfParse": "bool",
        "trainingType": "TrainingType",
        "chunkTriggerType": "ChunkTriggerType",
        "chunkTriggerMinSize": "int",
        "dataEnhanceCollectionName": "bool",
        "imageIndex": "bool",
        "autoIndexes": "bool",
        "indexPrefixTitle": "bool",
        "chunkSettingMode": "ChunkSettingMode",
        "chunkSplitMode": "ChunkSplitMode",
        "paragraphChunkAIMode": "ParagraphChunkAiMode",
        "paragraphChunkDeep": "int",
        "paragraphChunkMinSize": "int",
        "chunkSize": "int",
        "chunkSplitter": "str",
        "indexSize": "int",
        "qaPrompt": "str",
    },
    total=False,
)
"""`CreateApiCollectionRequest` as a plain dict, with FastGPT's field names."""

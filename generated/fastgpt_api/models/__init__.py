"""Contains all the data models used in inputs/outputs"""

from .app_chart_data import AppChartData
from .app_chart_data_envelope import AppChartDataEnvelope
from .app_chart_request import AppChartRequest
from .app_total_data import AppTotalData
from .app_total_data_envelope import AppTotalDataEnvelope
from .assistant_message import AssistantMessage
from .audio_format import AudioFormat
from .auth_proxy import AuthProxy
from .batch_delete_chat_histories_request import BatchDeleteChatHistoriesRequest
from .chart_point import ChartPoint
from .chart_timespan import ChartTimespan
from .chat_choice import ChatChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_response import ChatCompletionResponse
from .chat_file_value import ChatFileValue
from .chat_history import ChatHistory
from .chat_history_list_request import ChatHistoryListRequest
from .chat_history_page import ChatHistoryPage
from .chat_history_page_envelope import ChatHistoryPageEnvelope
from .chat_init import ChatInit
from .chat_init_app import ChatInitApp
from .chat_init_envelope import ChatInitEnvelope
from .chat_message import ChatMessage
from .chat_metadata import ChatMetadata
from .chat_record import ChatRecord
from .chat_record_list_request import ChatRecordListRequest
from .chat_record_page import ChatRecordPage
from .chat_record_page_envelope import ChatRecordPageEnvelope
from .chat_record_view import ChatRecordView
from .chat_role import ChatRole
from .chat_source import ChatSource
from .children_interactive import ChildrenInteractive
from .chunk_choice import ChunkChoice
from .chunk_delta import ChunkDelta
from .chunk_setting_mode import ChunkSettingMode
from .chunk_settings import ChunkSettings
from .chunk_split_mode import ChunkSplitMode
from .chunk_trigger_type import ChunkTriggerType
from .collection import Collection
from .collection_create_result import CollectionCreateResult
from .collection_create_result_envelope import CollectionCreateResultEnvelope
from .collection_envelope import CollectionEnvelope
from .collection_insert_result import CollectionInsertResult
from .collection_list_item import CollectionListItem
from .collection_list_request import CollectionListRequest
from .collection_page import CollectionPage
from .collection_page_envelope import CollectionPageEnvelope
from .create_collection_request import CreateCollectionRequest
from .create_dataset_request import CreateDatasetRequest
from .create_file_collection_form import CreateFileCollectionForm
from .create_link_collection_request import CreateLinkCollectionRequest
from .create_text_collection_request import CreateTextCollectionRequest
from .data_index import DataIndex
from .data_index_input import DataIndexInput
from .data_index_type import DataIndexType
from .data_item_input import DataItemInput
from .data_list_item import DataListItem
from .data_list_request import DataListRequest
from .data_page import DataPage
from .data_page_envelope import DataPageEnvelope
from .dataset import Dataset
from .dataset_data import DatasetData
from .dataset_data_envelope import DatasetDataEnvelope
from .dataset_envelope import DatasetEnvelope
from .dataset_list_envelope import DatasetListEnvelope
from .dataset_list_item import DatasetListItem
from .dataset_list_request import DatasetListRequest
from .dataset_type import DatasetType
from .delete_chat_record_legacy_request import DeleteChatRecordLegacyRequest
from .delete_chat_record_request import DeleteChatRecordRequest
from .delete_collections_request import DeleteCollectionsRequest
from .empty_collection_type import EmptyCollectionType
from .empty_envelope import EmptyEnvelope
from .error_envelope import ErrorEnvelope
from .file_content_part import FileContentPart
from .file_url_content_part import FileUrlContentPart
from .file_url_type import FileUrlType
from .file_value_item import FileValueItem
from .flow_node_status_payload import FlowNodeStatusPayload
from .form_field_option import FormFieldOption
from .image_detail import ImageDetail
from .image_url import ImageUrl
from .image_url_content_part import ImageUrlContentPart
from .inline_file import InlineFile
from .input_audio import InputAudio
from .input_audio_content_part import InputAudioContentPart
from .interactive_answer_item import InteractiveAnswerItem
from .interactive_payload import InteractivePayload
from .json_object import JsonObject
from .loop_interactive import LoopInteractive
from .model_info import ModelInfo
from .nested_interactive_params import NestedInteractiveParams
from .node_response import NodeResponse
from .node_responses_envelope import NodeResponsesEnvelope
from .null_envelope import NullEnvelope
from .other_value_item import OtherValueItem
from .out_link_auth_data import OutLinkAuthData
from .paragraph_chunk_ai_mode import ParagraphChunkAiMode
from .payment_pause_interactive import PaymentPauseInteractive
from .payment_pause_params import PaymentPauseParams
from .presign_chat_file_get_request import PresignChatFileGetRequest
from .presign_chat_file_request import PresignChatFileRequest
from .presigned_upload import PresignedUpload
from .presigned_upload_envelope import PresignedUploadEnvelope
from .push_data_request import PushDataRequest
from .push_data_result import PushDataResult
from .push_data_result_envelope import PushDataResultEnvelope
from .question_guide_config import QuestionGuideConfig
from .question_guide_request import QuestionGuideRequest
from .reasoning_answer_item import ReasoningAnswerItem
from .search_mode import SearchMode
from .search_result_item import SearchResultItem
from .search_score import SearchScore
from .search_test_request import SearchTestRequest
from .search_test_result import SearchTestResult
from .search_test_result_envelope import SearchTestResultEnvelope
from .stop_chat_envelope import StopChatEnvelope
from .stop_chat_request import StopChatRequest
from .stop_chat_result import StopChatResult
from .stream_error_payload import StreamErrorPayload
from .string_envelope import StringEnvelope
from .string_list_envelope import StringListEnvelope
from .string_or_null_envelope import StringOrNullEnvelope
from .text_answer_item import TextAnswerItem
from .text_content_part import TextContentPart
from .text_value import TextValue
from .tool_answer_item import ToolAnswerItem
from .tool_children_interactive import ToolChildrenInteractive
from .tool_event_payload import ToolEventPayload
from .tool_info import ToolInfo
from .training_type import TrainingType
from .update_chat_history_request import UpdateChatHistoryRequest
from .update_collection_request import UpdateCollectionRequest
from .update_data_request import UpdateDataRequest
from .update_data_result import UpdateDataResult
from .update_data_result_envelope import UpdateDataResultEnvelope
from .update_feedback_request import UpdateFeedbackRequest
from .upload_headers import UploadHeaders
from .usage import Usage
from .user_input_form_item import UserInputFormItem
from .user_input_interactive import UserInputInteractive
from .user_input_params import UserInputParams
from .user_select_interactive import UserSelectInteractive
from .user_select_option import UserSelectOption
from .user_select_params import UserSelectParams
from .validation_issue import ValidationIssue
from .variables import Variables
from .video_url import VideoUrl
from .video_url_content_part import VideoUrlContentPart
from .workflow_duration_payload import WorkflowDurationPayload

__all__ = (
    "AppChartData",
    "AppChartDataEnvelope",
    "AppChartRequest",
    "AppTotalData",
    "AppTotalDataEnvelope",
    "AssistantMessage",
    "AudioFormat",
    "AuthProxy",
    "BatchDeleteChatHistoriesRequest",
    "ChartPoint",
    "ChartTimespan",
    "ChatChoice",
    "ChatCompletionChunk",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatFileValue",
    "ChatHistory",
    "ChatHistoryListRequest",
    "ChatHistoryPage",
    "ChatHistoryPageEnvelope",
    "ChatInit",
    "ChatInitApp",
    "ChatInitEnvelope",
    "ChatMessage",
    "ChatMetadata",
    "ChatRecord",
    "ChatRecordListRequest",
    "ChatRecordPage",
    "ChatRecordPageEnvelope",
    "ChatRecordView",
    "ChatRole",
    "ChatSource",
    "ChildrenInteractive",
    "ChunkChoice",
    "ChunkDelta",
    "ChunkSettingMode",
    "ChunkSettings",
    "ChunkSplitMode",
    "ChunkTriggerType",
    "Collection",
    "CollectionCreateResult",
    "CollectionCreateResultEnvelope",
    "CollectionEnvelope",
    "CollectionInsertResult",
    "CollectionListItem",
    "CollectionListRequest",
    "CollectionPage",
    "CollectionPageEnvelope",
    "CreateCollectionRequest",
    "CreateDatasetRequest",
    "CreateFileCollectionForm",
    "CreateLinkCollectionRequest",
    "CreateTextCollectionRequest",
    "DataIndex",
    "DataIndexInput",
    "DataIndexType",
    "DataItemInput",
    "DataListItem",
    "DataListRequest",
    "DataPage",
    "DataPageEnvelope",
    "Dataset",
    "DatasetData",
    "DatasetDataEnvelope",
    "DatasetEnvelope",
    "DatasetListEnvelope",
    "DatasetListItem",
    "DatasetListRequest",
    "DatasetType",
    "DeleteChatRecordLegacyRequest",
    "DeleteChatRecordRequest",
    "DeleteCollectionsRequest",
    "EmptyCollectionType",
    "EmptyEnvelope",
    "ErrorEnvelope",
    "FileContentPart",
    "FileUrlContentPart",
    "FileUrlType",
    "FileValueItem",
    "FlowNodeStatusPayload",
    "FormFieldOption",
    "ImageDetail",
    "ImageUrl",
    "ImageUrlContentPart",
    "InlineFile",
    "InputAudio",
    "InputAudioContentPart",
    "InteractiveAnswerItem",
    "InteractivePayload",
    "JsonObject",
    "LoopInteractive",
    "ModelInfo",
    "NestedInteractiveParams",
    "NodeResponse",
    "NodeResponsesEnvelope",
    "NullEnvelope",
    "OtherValueItem",
    "OutLinkAuthData",
    "ParagraphChunkAiMode",
    "PaymentPauseInteractive",
    "PaymentPauseParams",
    "PresignChatFileGetRequest",
    "PresignChatFileRequest",
    "PresignedUpload",
    "PresignedUploadEnvelope",
    "PushDataRequest",
    "PushDataResult",
    "PushDataResultEnvelope",
    "QuestionGuideConfig",
    "QuestionGuideRequest",
    "ReasoningAnswerItem",
    "SearchMode",
    "SearchResultItem",
    "SearchScore",
    "SearchTestRequest",
    "SearchTestResult",
    "SearchTestResultEnvelope",
    "StopChatEnvelope",
    "StopChatRequest",
    "StopChatResult",
    "StreamErrorPayload",
    "StringEnvelope",
    "StringListEnvelope",
    "StringOrNullEnvelope",
    "TextAnswerItem",
    "TextContentPart",
    "TextValue",
    "ToolAnswerItem",
    "ToolChildrenInteractive",
    "ToolEventPayload",
    "ToolInfo",
    "TrainingType",
    "UpdateChatHistoryRequest",
    "UpdateCollectionRequest",
    "UpdateDataRequest",
    "UpdateDataResult",
    "UpdateDataResultEnvelope",
    "UpdateFeedbackRequest",
    "UploadHeaders",
    "Usage",
    "UserInputFormItem",
    "UserInputInteractive",
    "UserInputParams",
    "UserSelectInteractive",
    "UserSelectOption",
    "UserSelectParams",
    "ValidationIssue",
    "Variables",
    "VideoUrl",
    "VideoUrlContentPart",
    "WorkflowDurationPayload",
)

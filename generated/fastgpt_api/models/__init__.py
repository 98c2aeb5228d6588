"""Contains all the data models used in inputs/outputs"""

from .advanced_training import AdvancedTraining, AdvancedTrainingDict
from .app_chart_data import AppChartData, AppChartDataDict
from .app_chart_data_envelope import AppChartDataEnvelope, AppChartDataEnvelopeDict
from .app_chart_request import AppChartRequest, AppChartRequestDict
from .app_log import AppLog, AppLogDict
from .app_log_error_filter import AppLogErrorFilter
from .app_log_feedback_type import AppLogFeedbackType
from .app_log_list_request import AppLogListRequest, AppLogListRequestDict
from .app_log_page import AppLogPage, AppLogPageDict
from .app_log_page_envelope import AppLogPageEnvelope, AppLogPageEnvelopeDict
from .app_log_user import AppLogUser, AppLogUserDict
from .app_log_user_list import AppLogUserList, AppLogUserListDict
from .app_log_users_envelope import AppLogUsersEnvelope, AppLogUsersEnvelopeDict
from .app_log_users_request import AppLogUsersRequest, AppLogUsersRequestDict
from .app_total_data import AppTotalData, AppTotalDataDict
from .app_total_data_envelope import AppTotalDataEnvelope, AppTotalDataEnvelopeDict
from .assistant_message import AssistantMessage, AssistantMessageDict
from .audio_format import AudioFormat
from .auth_proxy import AuthProxy, AuthProxyDict
from .batch_delete_chat_histories_request import (
    BatchDeleteChatHistoriesRequest,
    BatchDeleteChatHistoriesRequestDict,
)
from .chart_point import ChartPoint, ChartPointDict
from .chart_timespan import ChartTimespan
from .chat_choice import ChatChoice, ChatChoiceDict
from .chat_completion_chunk import ChatCompletionChunk, ChatCompletionChunkDict
from .chat_completion_request import ChatCompletionRequest, ChatCompletionRequestDict
from .chat_completion_response import ChatCompletionResponse, ChatCompletionResponseDict
from .chat_file_value import ChatFileValue, ChatFileValueDict
from .chat_history import ChatHistory, ChatHistoryDict
from .chat_history_list_request import (
    ChatHistoryListRequest,
    ChatHistoryListRequestDict,
)
from .chat_history_page import ChatHistoryPage, ChatHistoryPageDict
from .chat_history_page_envelope import (
    ChatHistoryPageEnvelope,
    ChatHistoryPageEnvelopeDict,
)
from .chat_history_status import ChatHistoryStatus, ChatHistoryStatusDict
from .chat_history_status_list import ChatHistoryStatusList, ChatHistoryStatusListDict
from .chat_history_status_list_envelope import (
    ChatHistoryStatusListEnvelope,
    ChatHistoryStatusListEnvelopeDict,
)
from .chat_history_status_request import (
    ChatHistoryStatusRequest,
    ChatHistoryStatusRequestDict,
)
from .chat_init import ChatInit, ChatInitDict
from .chat_init_app import ChatInitApp, ChatInitAppDict
from .chat_init_envelope import ChatInitEnvelope, ChatInitEnvelopeDict
from .chat_message import ChatMessage, ChatMessageDict
from .chat_metadata import ChatMetadata, ChatMetadataDict
from .chat_record import ChatRecord, ChatRecordDict
from .chat_record_list_request import ChatRecordListRequest, ChatRecordListRequestDict
from .chat_record_page import ChatRecordPage, ChatRecordPageDict
from .chat_record_page_envelope import (
    ChatRecordPageEnvelope,
    ChatRecordPageEnvelopeDict,
)
from .chat_record_view import ChatRecordView
from .chat_records_v2_page import ChatRecordsV2Page, ChatRecordsV2PageDict
from .chat_records_v2_page_envelope import (
    ChatRecordsV2PageEnvelope,
    ChatRecordsV2PageEnvelopeDict,
)
from .chat_records_v2_request import ChatRecordsV2Request, ChatRecordsV2RequestDict
from .chat_role import ChatRole
from .chat_source import ChatSource
from .children_interactive import ChildrenInteractive, ChildrenInteractiveDict
from .chunk_choice import ChunkChoice, ChunkChoiceDict
from .chunk_delta import ChunkDelta, ChunkDeltaDict
from .chunk_setting_mode import ChunkSettingMode
from .chunk_settings import ChunkSettings, ChunkSettingsDict
from .chunk_split_mode import ChunkSplitMode
from .chunk_trigger_type import ChunkTriggerType
from .collection import Collection, CollectionDict
from .collection_create_result import CollectionCreateResult, CollectionCreateResultDict
from .collection_create_result_envelope import (
    CollectionCreateResultEnvelope,
    CollectionCreateResultEnvelopeDict,
)
from .collection_envelope import CollectionEnvelope, CollectionEnvelopeDict
from .collection_insert_result import CollectionInsertResult, CollectionInsertResultDict
from .collection_list_item import CollectionListItem, CollectionListItemDict
from .collection_list_request import CollectionListRequest, CollectionListRequestDict
from .collection_page import CollectionPage, CollectionPageDict
from .collection_page_envelope import CollectionPageEnvelope, CollectionPageEnvelopeDict
from .collection_quote import CollectionQuote, CollectionQuoteDict
from .collection_quote_page import CollectionQuotePage, CollectionQuotePageDict
from .collection_quote_page_envelope import (
    CollectionQuotePageEnvelope,
    CollectionQuotePageEnvelopeDict,
)
from .collection_training_detail import (
    CollectionTrainingDetail,
    CollectionTrainingDetailDict,
)
from .collection_training_detail_envelope import (
    CollectionTrainingDetailEnvelope,
    CollectionTrainingDetailEnvelopeDict,
)
from .create_api_collection_request import (
    CreateApiCollectionRequest,
    CreateApiCollectionRequestDict,
)
from .create_collection_request import (
    CreateCollectionRequest,
    CreateCollectionRequestDict,
)
from .create_dataset_request import CreateDatasetRequest, CreateDatasetRequestDict
from .create_file_collection_form import (
    CreateFileCollectionForm,
    CreateFileCollectionFormDict,
)
from .create_link_collection_request import (
    CreateLinkCollectionRequest,
    CreateLinkCollectionRequestDict,
)
from .create_text_collection_request import (
    CreateTextCollectionRequest,
    CreateTextCollectionRequestDict,
)
from .data_index import DataIndex, DataIndexDict
from .data_index_input import DataIndexInput, DataIndexInputDict
from .data_index_type import DataIndexType
from .data_item_input import DataItemInput, DataItemInputDict
from .data_list_item import DataListItem, DataListItemDict
from .data_list_request import DataListRequest, DataListRequestDict
from .data_page import DataPage, DataPageDict
from .data_page_envelope import DataPageEnvelope, DataPageEnvelopeDict
from .dataset import Dataset, DatasetDict
from .dataset_data import DatasetData, DatasetDataDict
from .dataset_data_envelope import DatasetDataEnvelope, DatasetDataEnvelopeDict
from .dataset_envelope import DatasetEnvelope, DatasetEnvelopeDict
from .dataset_list_envelope import DatasetListEnvelope, DatasetListEnvelopeDict
from .dataset_list_item import DatasetListItem, DatasetListItemDict
from .dataset_list_request import DatasetListRequest, DatasetListRequestDict
from .dataset_training_queue import DatasetTrainingQueue, DatasetTrainingQueueDict
from .dataset_training_queue_envelope import (
    DatasetTrainingQueueEnvelope,
    DatasetTrainingQueueEnvelopeDict,
)
from .dataset_type import DatasetType
from .delete_chat_record_legacy_request import (
    DeleteChatRecordLegacyRequest,
    DeleteChatRecordLegacyRequestDict,
)
from .delete_chat_record_request import (
    DeleteChatRecordRequest,
    DeleteChatRecordRequestDict,
)
from .delete_collections_request import (
    DeleteCollectionsRequest,
    DeleteCollectionsRequestDict,
)
from .empty_collection_type import EmptyCollectionType
from .empty_envelope import EmptyEnvelope, EmptyEnvelopeDict
from .error_envelope import ErrorEnvelope, ErrorEnvelopeDict
from .file_content_part import FileContentPart, FileContentPartDict
from .file_url_content_part import FileUrlContentPart, FileUrlContentPartDict
from .file_url_type import FileUrlType
from .file_value_item import FileValueItem, FileValueItemDict
from .flow_node_status_payload import FlowNodeStatusPayload, FlowNodeStatusPayloadDict
from .form_field_option import FormFieldOption, FormFieldOptionDict
from .get_collection_quotes_request import (
    GetCollectionQuotesRequest,
    GetCollectionQuotesRequestDict,
)
from .get_quotes_request import GetQuotesRequest, GetQuotesRequestDict
from .image_detail import ImageDetail
from .image_url import ImageUrl, ImageUrlDict
from .image_url_content_part import ImageUrlContentPart, ImageUrlContentPartDict
from .inline_file import InlineFile, InlineFileDict
from .input_audio import InputAudio, InputAudioDict
from .input_audio_content_part import InputAudioContentPart, InputAudioContentPartDict
from .interactive_answer_item import InteractiveAnswerItem, InteractiveAnswerItemDict
from .interactive_payload import InteractivePayload, InteractivePayloadDict
from .json_object import JsonObject, JsonObjectDict
from .loop_interactive import LoopInteractive, LoopInteractiveDict
from .mark_chat_read_request import MarkChatReadRequest, MarkChatReadRequestDict
from .model_info import ModelInfo, ModelInfoDict
from .nested_interactive_params import (
    NestedInteractiveParams,
    NestedInteractiveParamsDict,
)
from .node_response import NodeResponse, NodeResponseDict
from .node_responses_envelope import NodeResponsesEnvelope, NodeResponsesEnvelopeDict
from .null_envelope import NullEnvelope, NullEnvelopeDict
from .other_value_item import OtherValueItem, OtherValueItemDict
from .out_link_auth_data import OutLinkAuthData, OutLinkAuthDataDict
from .paragraph_chunk_ai_mode import ParagraphChunkAiMode
from .payment_pause_interactive import (
    PaymentPauseInteractive,
    PaymentPauseInteractiveDict,
)
from .payment_pause_params import PaymentPauseParams, PaymentPauseParamsDict
from .presign_chat_file_get_request import (
    PresignChatFileGetRequest,
    PresignChatFileGetRequestDict,
)
from .presign_chat_file_request import (
    PresignChatFileRequest,
    PresignChatFileRequestDict,
)
from .presigned_upload import PresignedUpload, PresignedUploadDict
from .presigned_upload_envelope import (
    PresignedUploadEnvelope,
    PresignedUploadEnvelopeDict,
)
from .push_data_request import PushDataRequest, PushDataRequestDict
from .push_data_result import PushDataResult, PushDataResultDict
from .push_data_result_envelope import (
    PushDataResultEnvelope,
    PushDataResultEnvelopeDict,
)
from .question_guide_config import QuestionGuideConfig, QuestionGuideConfigDict
from .question_guide_request import QuestionGuideRequest, QuestionGuideRequestDict
from .quote import Quote, QuoteDict
from .quote_list_envelope import QuoteListEnvelope, QuoteListEnvelopeDict
from .reasoning_answer_item import ReasoningAnswerItem, ReasoningAnswerItemDict
from .search_mode import SearchMode
from .search_result_item import SearchResultItem, SearchResultItemDict
from .search_score import SearchScore, SearchScoreDict
from .search_test_request import SearchTestRequest, SearchTestRequestDict
from .search_test_result import SearchTestResult, SearchTestResultDict
from .search_test_result_envelope import (
    SearchTestResultEnvelope,
    SearchTestResultEnvelopeDict,
)
from .stop_chat_envelope import StopChatEnvelope, StopChatEnvelopeDict
from .stop_chat_request import StopChatRequest, StopChatRequestDict
from .stop_chat_result import StopChatResult, StopChatResultDict
from .stream_error_payload import StreamErrorPayload, StreamErrorPayloadDict
from .string_envelope import StringEnvelope, StringEnvelopeDict
from .string_list_envelope import StringListEnvelope, StringListEnvelopeDict
from .string_or_null_envelope import StringOrNullEnvelope, StringOrNullEnvelopeDict
from .text_answer_item import TextAnswerItem, TextAnswerItemDict
from .text_content_part import TextContentPart, TextContentPartDict
from .text_value import TextValue, TextValueDict
from .tool_answer_item import ToolAnswerItem, ToolAnswerItemDict
from .tool_children_interactive import (
    ToolChildrenInteractive,
    ToolChildrenInteractiveDict,
)
from .tool_event_payload import ToolEventPayload, ToolEventPayloadDict
from .tool_info import ToolInfo, ToolInfoDict
from .training_error_item import TrainingErrorItem, TrainingErrorItemDict
from .training_error_list_request import (
    TrainingErrorListRequest,
    TrainingErrorListRequestDict,
)
from .training_error_page import TrainingErrorPage, TrainingErrorPageDict
from .training_error_page_envelope import (
    TrainingErrorPageEnvelope,
    TrainingErrorPageEnvelopeDict,
)
from .training_mode_counts import TrainingModeCounts, TrainingModeCountsDict
from .training_type import TrainingType
from .update_chat_history_request import (
    UpdateChatHistoryRequest,
    UpdateChatHistoryRequestDict,
)
from .update_collection_request import (
    UpdateCollectionRequest,
    UpdateCollectionRequestDict,
)
from .update_data_request import UpdateDataRequest, UpdateDataRequestDict
from .update_data_result import UpdateDataResult, UpdateDataResultDict
from .update_data_result_envelope import (
    UpdateDataResultEnvelope,
    UpdateDataResultEnvelopeDict,
)
from .update_feedback_request import UpdateFeedbackRequest, UpdateFeedbackRequestDict
from .upload_headers import UploadHeaders, UploadHeadersDict
from .usage import Usage, UsageDict
from .user_input_form_item import UserInputFormItem, UserInputFormItemDict
from .user_input_interactive import UserInputInteractive, UserInputInteractiveDict
from .user_input_params import UserInputParams, UserInputParamsDict
from .user_select_interactive import UserSelectInteractive, UserSelectInteractiveDict
from .user_select_option import UserSelectOption, UserSelectOptionDict
from .user_select_params import UserSelectParams, UserSelectParamsDict
from .validation_issue import ValidationIssue, ValidationIssueDict
from .variables import Variables, VariablesDict
from .video_url import VideoUrl, VideoUrlDict
from .video_url_content_part import VideoUrlContentPart, VideoUrlContentPartDict
from .workflow_duration_payload import (
    WorkflowDurationPayload,
    WorkflowDurationPayloadDict,
)

__all__ = [
    "AdvancedTraining",
    "AdvancedTrainingDict",
    "AppChartData",
    "AppChartDataDict",
    "AppChartDataEnvelope",
    "AppChartDataEnvelopeDict",
    "AppChartRequest",
    "AppChartRequestDict",
    "AppLog",
    "AppLogDict",
    "AppLogErrorFilter",
    "AppLogFeedbackType",
    "AppLogListRequest",
    "AppLogListRequestDict",
    "AppLogPage",
    "AppLogPageDict",
    "AppLogPageEnvelope",
    "AppLogPageEnvelopeDict",
    "AppLogUser",
    "AppLogUserDict",
    "AppLogUserList",
    "AppLogUserListDict",
    "AppLogUsersEnvelope",
    "AppLogUsersEnvelopeDict",
    "AppLogUsersRequest",
    "AppLogUsersRequestDict",
    "AppTotalData",
    "AppTotalDataDict",
    "AppTotalDataEnvelope",
    "AppTotalDataEnvelopeDict",
    "AssistantMessage",
    "AssistantMessageDict",
    "AudioFormat",
    "AuthProxy",
    "AuthProxyDict",
    "BatchDeleteChatHistoriesRequest",
    "BatchDeleteChatHistoriesRequestDict",
    "ChartPoint",
    "ChartPointDict",
    "ChartTimespan",
    "ChatChoice",
    "ChatChoiceDict",
    "ChatCompletionChunk",
    "ChatCompletionChunkDict",
    "ChatCompletionRequest",
    "ChatCompletionRequestDict",
    "ChatCompletionResponse",
    "ChatCompletionResponseDict",
    "ChatFileValue",
    "ChatFileValueDict",
    "ChatHistory",
    "ChatHistoryDict",
    "ChatHistoryListRequest",
    "ChatHistoryListRequestDict",
    "ChatHistoryPage",
    "ChatHistoryPageDict",
    "ChatHistoryPageEnvelope",
    "ChatHistoryPageEnvelopeDict",
    "ChatHistoryStatus",
    "ChatHistoryStatusDict",
    "ChatHistoryStatusList",
    "ChatHistoryStatusListDict",
    "ChatHistoryStatusListEnvelope",
    "ChatHistoryStatusListEnvelopeDict",
    "ChatHistoryStatusRequest",
    "ChatHistoryStatusRequestDict",
    "ChatInit",
    "ChatInitApp",
    "ChatInitAppDict",
    "ChatInitDict",
    "ChatInitEnvelope",
    "ChatInitEnvelopeDict",
    "ChatMessage",
    "ChatMessageDict",
    "ChatMetadata",
    "ChatMetadataDict",
    "ChatRecord",
    "ChatRecordDict",
    "ChatRecordListRequest",
    "ChatRecordListRequestDict",
    "ChatRecordPage",
    "ChatRecordPageDict",
    "ChatRecordPageEnvelope",
    "ChatRecordPageEnvelopeDict",
    "ChatRecordView",
    "ChatRecordsV2Page",
    "ChatRecordsV2PageDict",
    "ChatRecordsV2PageEnvelope",
    "ChatRecordsV2PageEnvelopeDict",
    "ChatRecordsV2Request",
    "ChatRecordsV2RequestDict",
    "ChatRole",
    "ChatSource",
    "ChildrenInteractive",
    "ChildrenInteractiveDict",
    "ChunkChoice",
    "ChunkChoiceDict",
    "ChunkDelta",
    "ChunkDeltaDict",
    "ChunkSettingMode",
    "ChunkSettings",
    "ChunkSettingsDict",
    "ChunkSplitMode",
    "ChunkTriggerType",
    "Collection",
    "CollectionCreateResult",
    "CollectionCreateResultDict",
    "CollectionCreateResultEnvelope",
    "CollectionCreateResultEnvelopeDict",
    "CollectionDict",
    "CollectionEnvelope",
    "CollectionEnvelopeDict",
    "CollectionInsertResult",
    "CollectionInsertResultDict",
    "CollectionListItem",
    "CollectionListItemDict",
    "CollectionListRequest",
    "CollectionListRequestDict",
    "CollectionPage",
    "CollectionPageDict",
    "CollectionPageEnvelope",
    "CollectionPageEnvelopeDict",
    "CollectionQuote",
    "CollectionQuoteDict",
    "CollectionQuotePage",
    "CollectionQuotePageDict",
    "CollectionQuotePageEnvelope",
    "CollectionQuotePageEnvelopeDict",
    "CollectionTrainingDetail",
    "CollectionTrainingDetailDict",
    "CollectionTrainingDetailEnvelope",
    "CollectionTrainingDetailEnvelopeDict",
    "CreateApiCollectionRequest",
    "CreateApiCollectionRequestDict",
    "CreateCollectionRequest",
    "CreateCollectionRequestDict",
    "CreateDatasetRequest",
    "CreateDatasetRequestDict",
    "CreateFileCollectionForm",
    "CreateFileCollectionFormDict",
    "CreateLinkCollectionRequest",
    "CreateLinkCollectionRequestDict",
    "CreateTextCollectionRequest",
    "CreateTextCollectionRequestDict",
    "DataIndex",
    "DataIndexDict",
    "DataIndexInput",
    "DataIndexInputDict",
    "DataIndexType",
    "DataItemInput",
    "DataItemInputDict",
    "DataListItem",
    "DataListItemDict",
    "DataListRequest",
    "DataListRequestDict",
    "DataPage",
    "DataPageDict",
    "DataPageEnvelope",
    "DataPageEnvelopeDict",
    "Dataset",
    "DatasetData",
    "DatasetDataDict",
    "DatasetDataEnvelope",
    "DatasetDataEnvelopeDict",
    "DatasetDict",
    "DatasetEnvelope",
    "DatasetEnvelopeDict",
    "DatasetListEnvelope",
    "DatasetListEnvelopeDict",
    "DatasetListItem",
    "DatasetListItemDict",
    "DatasetListRequest",
    "DatasetListRequestDict",
    "DatasetTrainingQueue",
    "DatasetTrainingQueueDict",
    "DatasetTrainingQueueEnvelope",
    "DatasetTrainingQueueEnvelopeDict",
    "DatasetType",
    "DeleteChatRecordLegacyRequest",
    "DeleteChatRecordLegacyRequestDict",
    "DeleteChatRecordRequest",
    "DeleteChatRecordRequestDict",
    "DeleteCollectionsRequest",
    "DeleteCollectionsRequestDict",
    "EmptyCollectionType",
    "EmptyEnvelope",
    "EmptyEnvelopeDict",
    "ErrorEnvelope",
    "ErrorEnvelopeDict",
    "FileContentPart",
    "FileContentPartDict",
    "FileUrlContentPart",
    "FileUrlContentPartDict",
    "FileUrlType",
    "FileValueItem",
    "FileValueItemDict",
    "FlowNodeStatusPayload",
    "FlowNodeStatusPayloadDict",
    "FormFieldOption",
    "FormFieldOptionDict",
    "GetCollectionQuotesRequest",
    "GetCollectionQuotesRequestDict",
    "GetQuotesRequest",
    "GetQuotesRequestDict",
    "ImageDetail",
    "ImageUrl",
    "ImageUrlContentPart",
    "ImageUrlContentPartDict",
    "ImageUrlDict",
    "InlineFile",
    "InlineFileDict",
    "InputAudio",
    "InputAudioContentPart",
    "InputAudioContentPartDict",
    "InputAudioDict",
    "InteractiveAnswerItem",
    "InteractiveAnswerItemDict",
    "InteractivePayload",
    "InteractivePayloadDict",
    "JsonObject",
    "JsonObjectDict",
    "LoopInteractive",
    "LoopInteractiveDict",
    "MarkChatReadRequest",
    "MarkChatReadRequestDict",
    "ModelInfo",
    "ModelInfoDict",
    "NestedInteractiveParams",
    "NestedInteractiveParamsDict",
    "NodeResponse",
    "NodeResponseDict",
    "NodeResponsesEnvelope",
    "NodeResponsesEnvelopeDict",
    "NullEnvelope",
    "NullEnvelopeDict",
    "OtherValueItem",
    "OtherValueItemDict",
    "OutLinkAuthData",
    "OutLinkAuthDataDict",
    "ParagraphChunkAiMode",
    "PaymentPauseInteractive",
    "PaymentPauseInteractiveDict",
    "PaymentPauseParams",
    "PaymentPauseParamsDict",
    "PresignChatFileGetRequest",
    "PresignChatFileGetRequestDict",
    "PresignChatFileRequest",
    "PresignChatFileRequestDict",
    "PresignedUpload",
    "PresignedUploadDict",
    "PresignedUploadEnvelope",
    "PresignedUploadEnvelopeDict",
    "PushDataRequest",
    "PushDataRequestDict",
    "PushDataResult",
    "PushDataResultDict",
    "PushDataResultEnvelope",
    "PushDataResultEnvelopeDict",
    "QuestionGuideConfig",
    "QuestionGuideConfigDict",
    "QuestionGuideRequest",
    "QuestionGuideRequestDict",
    "Quote",
    "QuoteDict",
    "QuoteListEnvelope",
    "QuoteListEnvelopeDict",
    "ReasoningAnswerItem",
    "ReasoningAnswerItemDict",
    "SearchMode",
    "SearchResultItem",
    "SearchResultItemDict",
    "SearchScore",
    "SearchScoreDict",
    "SearchTestRequest",
    "SearchTestRequestDict",
    "SearchTestResult",
    "SearchTestResultDict",
    "SearchTestResultEnvelope",
    "SearchTestResultEnvelopeDict",
    "StopChatEnvelope",
    "StopChatEnvelopeDict",
    "StopChatRequest",
    "StopChatRequestDict",
    "StopChatResult",
    "StopChatResultDict",
    "StreamErrorPayload",
    "StreamErrorPayloadDict",
    "StringEnvelope",
    "StringEnvelopeDict",
    "StringListEnvelope",
    "StringListEnvelopeDict",
    "StringOrNullEnvelope",
    "StringOrNullEnvelopeDict",
    "TextAnswerItem",
    "TextAnswerItemDict",
    "TextContentPart",
    "TextContentPartDict",
    "TextValue",
    "TextValueDict",
    "ToolAnswerItem",
    "ToolAnswerItemDict",
    "ToolChildrenInteractive",
    "ToolChildrenInteractiveDict",
    "ToolEventPayload",
    "ToolEventPayloadDict",
    "ToolInfo",
    "ToolInfoDict",
    "TrainingErrorItem",
    "TrainingErrorItemDict",
    "TrainingErrorListRequest",
    "TrainingErrorListRequestDict",
    "TrainingErrorPage",
    "TrainingErrorPageDict",
    "TrainingErrorPageEnvelope",
    "TrainingErrorPageEnvelopeDict",
    "TrainingModeCounts",
    "TrainingModeCountsDict",
    "TrainingType",
    "UpdateChatHistoryRequest",
    "UpdateChatHistoryRequestDict",
    "UpdateCollectionRequest",
    "UpdateCollectionRequestDict",
    "UpdateDataRequest",
    "UpdateDataRequestDict",
    "UpdateDataResult",
    "UpdateDataResultDict",
    "UpdateDataResultEnvelope",
    "UpdateDataResultEnvelopeDict",
    "UpdateFeedbackRequest",
    "UpdateFeedbackRequestDict",
    "UploadHeaders",
    "UploadHeadersDict",
    "Usage",
    "UsageDict",
    "UserInputFormItem",
    "UserInputFormItemDict",
    "UserInputInteractive",
    "UserInputInteractiveDict",
    "UserInputParams",
    "UserInputParamsDict",
    "UserSelectInteractive",
    "UserSelectInteractiveDict",
    "UserSelectOption",
    "UserSelectOptionDict",
    "UserSelectParams",
    "UserSelectParamsDict",
    "ValidationIssue",
    "ValidationIssueDict",
    "Variables",
    "VariablesDict",
    "VideoUrl",
    "VideoUrlContentPart",
    "VideoUrlContentPartDict",
    "VideoUrlDict",
    "WorkflowDurationPayload",
    "WorkflowDurationPayloadDict",
]

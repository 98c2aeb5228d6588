"""Contains all the data models used in inputs/outputs"""

from .assistant_message import AssistantMessage
from .chat_choice import ChatChoice
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_request import ChatCompletionRequest
from .chat_completion_response import ChatCompletionResponse
from .chat_message import ChatMessage
from .chat_metadata import ChatMetadata
from .chat_role import ChatRole
from .children_interactive import ChildrenInteractive
from .chunk_choice import ChunkChoice
from .chunk_delta import ChunkDelta
from .error_envelope import ErrorEnvelope
from .file_url_content_part import FileUrlContentPart
from .flow_node_status_payload import FlowNodeStatusPayload
from .form_field_option import FormFieldOption
from .image_url import ImageUrl
from .image_url_content_part import ImageUrlContentPart
from .interactive_answer_item import InteractiveAnswerItem
from .interactive_payload import InteractivePayload
from .loop_interactive import LoopInteractive
from .nested_interactive_params import NestedInteractiveParams
from .node_response import NodeResponse
from .payment_pause_interactive import PaymentPauseInteractive
from .payment_pause_params import PaymentPauseParams
from .reasoning_answer_item import ReasoningAnswerItem
from .stop_chat_envelope import StopChatEnvelope
from .stop_chat_request import StopChatRequest
from .stop_chat_result import StopChatResult
from .stream_error_payload import StreamErrorPayload
from .text_answer_item import TextAnswerItem
from .text_content_part import TextContentPart
from .text_value import TextValue
from .tool_answer_item import ToolAnswerItem
from .tool_children_interactive import ToolChildrenInteractive
from .tool_event_payload import ToolEventPayload
from .tool_info import ToolInfo
from .usage import Usage
from .user_input_form_item import UserInputFormItem
from .user_input_interactive import UserInputInteractive
from .user_input_params import UserInputParams
from .user_select_interactive import UserSelectInteractive
from .user_select_option import UserSelectOption
from .user_select_params import UserSelectParams
from .variables import Variables
from .workflow_duration_payload import WorkflowDurationPayload

__all__ = (
    "AssistantMessage",
    "ChatChoice",
    "ChatCompletionChunk",
    "ChatCompletionRequest",
    "ChatCompletionResponse",
    "ChatMessage",
    "ChatMetadata",
    "ChatRole",
    "ChildrenInteractive",
    "ChunkChoice",
    "ChunkDelta",
    "ErrorEnvelope",
    "FileUrlContentPart",
    "FlowNodeStatusPayload",
    "FormFieldOption",
    "ImageUrl",
    "ImageUrlContentPart",
    "InteractiveAnswerItem",
    "InteractivePayload",
    "LoopInteractive",
    "NestedInteractiveParams",
    "NodeResponse",
    "PaymentPauseInteractive",
    "PaymentPauseParams",
    "ReasoningAnswerItem",
    "StopChatEnvelope",
    "StopChatRequest",
    "StopChatResult",
    "StreamErrorPayload",
    "TextAnswerItem",
    "TextContentPart",
    "TextValue",
    "ToolAnswerItem",
    "ToolChildrenInteractive",
    "ToolEventPayload",
    "ToolInfo",
    "Usage",
    "UserInputFormItem",
    "UserInputInteractive",
    "UserInputParams",
    "UserSelectInteractive",
    "UserSelectOption",
    "UserSelectParams",
    "Variables",
    "WorkflowDurationPayload",
)

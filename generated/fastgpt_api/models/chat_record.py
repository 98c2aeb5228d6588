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
    from ..models.file_value_item import FileValueItem
    from ..models.interactive_answer_item import InteractiveAnswerItem
    from ..models.json_object import JsonObject
    from ..models.other_value_item import OtherValueItem
    from ..models.reasoning_answer_item import ReasoningAnswerItem
    from ..models.text_answer_item import TextAnswerItem
    from ..models.tool_answer_item import ToolAnswerItem


T = TypeVar("T", bound="ChatRecord")


@_attrs_define
class ChatRecord:
    """One stored message of a chat."""

    data_id: str
    """ The message id (`responseChatItemId` for answers); feedback and deletion use it. """
    obj: str
    """ Who wrote it: `Human`, `AI` or `System`. """
    value: list[
        FileValueItem
        | InteractiveAnswerItem
        | OtherValueItem
        | ReasoningAnswerItem
        | TextAnswerItem
        | ToolAnswerItem
    ]
    """ The message's items. """
    id: str | None = None
    """ The record's database id. """
    user_good_feedback: None | str = None
    """ The user's thumbs-up text. """
    user_bad_feedback: None | str = None
    """ The user's thumbs-down text. """
    admin_feedback: JsonObject | None = None
    """ A JSON object whose fields vary between FastGPT versions (kept as a dict). """
    custom_feedbacks: list[str] | None = None
    """ Custom feedback labels. """
    duration_seconds: float | None = None
    """ How long the answer took. """
    error_msg: str | None = None
    """ The run's error, if it failed. """
    time: str | None = None
    """ When it was stored (ISO time). """
    hide_in_ui: bool | None = None
    """ Hidden in FastGPT's chat window. """
    total_running_time: float | None = None
    """ Seconds the workflow ran. """
    history_preview_length: int | None = None
    """ How many history messages the model saw. """
    llm_module_account: int | None = None
    """ How many model nodes ran. """
    total_quote_list: list[JsonObject] | None = None
    """ Knowledge-base quotes used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_value_item import FileValueItem
        from ..models.interactive_answer_item import InteractiveAnswerItem
        from ..models.reasoning_answer_item import ReasoningAnswerItem
        from ..models.text_answer_item import TextAnswerItem
        from ..models.tool_answer_item import ToolAnswerItem

        data_id = self.data_id

        obj = self.obj

        value = []
        for value_item_data in self.value:
            value_item: dict[str, Any]
            if (
                isinstance(value_item_data, TextAnswerItem)
                or isinstance(value_item_data, FileValueItem)
                or isinstance(value_item_data, ToolAnswerItem)
                or isinstance(value_item_data, InteractiveAnswerItem)
                or isinstance(value_item_data, ReasoningAnswerItem)
            ):
                value_item = value_item_data.to_dict()
            else:
                value_item = value_item_data.to_dict()

            value.append(value_item)

        self_id = UNSET if self.id is None else self.id
        id = self_id

        self_user_good_feedback = (
            UNSET if self.user_good_feedback is None else self.user_good_feedback
        )
        user_good_feedback: None | str | Unset
        if isinstance(self_user_good_feedback, Unset):
            user_good_feedback = UNSET
        else:
            user_good_feedback = self_user_good_feedback

        self_user_bad_feedback = (
            UNSET if self.user_bad_feedback is None else self.user_bad_feedback
        )
        user_bad_feedback: None | str | Unset
        if isinstance(self_user_bad_feedback, Unset):
            user_bad_feedback = UNSET
        else:
            user_bad_feedback = self_user_bad_feedback

        self_admin_feedback = (
            UNSET if self.admin_feedback is None else self.admin_feedback
        )
        admin_feedback: dict[str, Any] | Unset = UNSET
        if not isinstance(self_admin_feedback, Unset):
            admin_feedback = self_admin_feedback.to_dict()

        self_custom_feedbacks = (
            UNSET if self.custom_feedbacks is None else self.custom_feedbacks
        )
        custom_feedbacks: list[str] | Unset = UNSET
        if not isinstance(self_custom_feedbacks, Unset):
            custom_feedbacks = self_custom_feedbacks

        self_duration_seconds = (
            UNSET if self.duration_seconds is None else self.duration_seconds
        )
        duration_seconds = self_duration_seconds

        self_error_msg = UNSET if self.error_msg is None else self.error_msg
        error_msg = self_error_msg

        self_time = UNSET if self.time is None else self.time
        time = self_time

        self_hide_in_ui = UNSET if self.hide_in_ui is None else self.hide_in_ui
        hide_in_ui = self_hide_in_ui

        self_total_running_time = (
            UNSET if self.total_running_time is None else self.total_running_time
        )
        total_running_time = self_total_running_time

        self_history_preview_length = (
            UNSET
            if self.history_preview_length is None
            else self.history_preview_length
        )
        history_preview_length = self_history_preview_length

        self_llm_module_account = (
            UNSET if self.llm_module_account is None else self.llm_module_account
        )
        llm_module_account = self_llm_module_account

        self_total_quote_list = (
            UNSET if self.total_quote_list is None else self.total_quote_list
        )
        total_quote_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_total_quote_list, Unset):
            total_quote_list = []
            for total_quote_list_item_data in self_total_quote_list:
                total_quote_list_item = total_quote_list_item_data.to_dict()
                total_quote_list.append(total_quote_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataId": data_id,
                "obj": obj,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if user_good_feedback is not UNSET:
            field_dict["userGoodFeedback"] = user_good_feedback
        if user_bad_feedback is not UNSET:
            field_dict["userBadFeedback"] = user_bad_feedback
        if admin_feedback is not UNSET:
            field_dict["adminFeedback"] = admin_feedback
        if custom_feedbacks is not UNSET:
            field_dict["customFeedbacks"] = custom_feedbacks
        if duration_seconds is not UNSET:
            field_dict["durationSeconds"] = duration_seconds
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if time is not UNSET:
            field_dict["time"] = time
        if hide_in_ui is not UNSET:
            field_dict["hideInUI"] = hide_in_ui
        if total_running_time is not UNSET:
            field_dict["totalRunningTime"] = total_running_time
        if history_preview_length is not UNSET:
            field_dict["historyPreviewLength"] = history_preview_length
        if llm_module_account is not UNSET:
            field_dict["llmModuleAccount"] = llm_module_account
        if total_quote_list is not UNSET:
            field_dict["totalQuoteList"] = total_quote_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_value_item import FileValueItem
        from ..models.interactive_answer_item import InteractiveAnswerItem
        from ..models.json_object import JsonObject
        from ..models.other_value_item import OtherValueItem
        from ..models.reasoning_answer_item import ReasoningAnswerItem
        from ..models.text_answer_item import TextAnswerItem
        from ..models.tool_answer_item import ToolAnswerItem

        d = dict(src_dict)
        data_id = d.pop("dataId")

        obj = d.pop("obj")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:

            def _parse_value_item(
                data: object,
            ) -> (
                FileValueItem
                | InteractiveAnswerItem
                | OtherValueItem
                | ReasoningAnswerItem
                | TextAnswerItem
                | ToolAnswerItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_value_item_type_0 = TextAnswerItem.from_dict(
                        data
                    )

                    return componentsschemas_chat_value_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_value_item_type_1 = FileValueItem.from_dict(
                        data
                    )

                    return componentsschemas_chat_value_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_value_item_type_2 = ToolAnswerItem.from_dict(
                        data
                    )

                    return componentsschemas_chat_value_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_value_item_type_3 = (
                        InteractiveAnswerItem.from_dict(data)
                    )

                    return componentsschemas_chat_value_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_value_item_type_4 = (
                        ReasoningAnswerItem.from_dict(data)
                    )

                    return componentsschemas_chat_value_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_value_item_type_5 = OtherValueItem.from_dict(
                    data
                )

                return componentsschemas_chat_value_item_type_5

            value_item = _parse_value_item(value_item_data)

            value.append(value_item)

        id = d.pop("_id", UNSET)

        def _parse_user_good_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_good_feedback = _parse_user_good_feedback(d.pop("userGoodFeedback", UNSET))

        def _parse_user_bad_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_bad_feedback = _parse_user_bad_feedback(d.pop("userBadFeedback", UNSET))

        _admin_feedback = d.pop("adminFeedback", UNSET)
        admin_feedback: JsonObject | Unset
        if isinstance(_admin_feedback, Unset):
            admin_feedback = UNSET
        else:
            admin_feedback = JsonObject.from_dict(_admin_feedback)

        custom_feedbacks = cast(list[str], d.pop("customFeedbacks", UNSET))

        duration_seconds = d.pop("durationSeconds", UNSET)

        error_msg = d.pop("errorMsg", UNSET)

        time = d.pop("time", UNSET)

        hide_in_ui = d.pop("hideInUI", UNSET)

        total_running_time = d.pop("totalRunningTime", UNSET)

        history_preview_length = d.pop("historyPreviewLength", UNSET)

        llm_module_account = d.pop("llmModuleAccount", UNSET)

        _total_quote_list = d.pop("totalQuoteList", UNSET)
        total_quote_list: list[JsonObject] | Unset = UNSET
        if _total_quote_list is not UNSET:
            total_quote_list = []
            for total_quote_list_item_data in _total_quote_list:
                total_quote_list_item = JsonObject.from_dict(total_quote_list_item_data)

                total_quote_list.append(total_quote_list_item)

        chat_record = cls(
            data_id=data_id,
            obj=obj,
            value=value,
            id=None if isinstance(id, Unset) else id,
            user_good_feedback=None
            if isinstance(user_good_feedback, Unset)
            else user_good_feedback,
            user_bad_feedback=None
            if isinstance(user_bad_feedback, Unset)
            else user_bad_feedback,
            admin_feedback=None
            if isinstance(admin_feedback, Unset)
            else admin_feedback,
            custom_feedbacks=None
            if isinstance(custom_feedbacks, Unset)
            else custom_feedbacks,
            duration_seconds=None
            if isinstance(duration_seconds, Unset)
            else duration_seconds,
            error_msg=None if isinstance(error_msg, Unset) else error_msg,
            time=None if isinstance(time, Unset) else time,
            hide_in_ui=None if isinstance(hide_in_ui, Unset) else hide_in_ui,
            total_running_time=None
            if isinstance(total_running_time, Unset)
            else total_running_time,
            history_preview_length=None
            if isinstance(history_preview_length, Unset)
            else history_preview_length,
            llm_module_account=None
            if isinstance(llm_module_account, Unset)
            else llm_module_account,
            total_quote_list=None
            if isinstance(total_quote_list, Unset)
            else total_quote_list,
        )

        chat_record.additional_properties = d
        return chat_record

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
    from ..models.file_value_item import FileValueItemDict
    from ..models.interactive_answer_item import InteractiveAnswerItemDict
    from ..models.other_value_item import OtherValueItemDict
    from ..models.reasoning_answer_item import ReasoningAnswerItemDict
    from ..models.text_answer_item import TextAnswerItemDict
    from ..models.tool_answer_item import ToolAnswerItemDict


ChatRecordDict = TypedDict(
    "ChatRecordDict",
    {
        "dataId": "Required[str]",
        "obj": "Required[str]",
        "value": "Required[list[TextAnswerItemDict | FileValueItemDict | ToolAnswerItemDict | InteractiveAnswerItemDict | ReasoningAnswerItemDict | OtherValueItemDict]]",
        "_id": "str",
        "userGoodFeedback": "str | None",
        "userBadFeedback": "str | None",
        "adminFeedback": "dict[str, Any]",
        "customFeedbacks": "list[str]",
        "durationSeconds": "float",
        "errorMsg": "str",
        "time": "str",
        "hideInUI": "bool",
        "totalRunningTime": "float",
        "historyPreviewLength": "int",
        "llmModuleAccount": "int",
        "totalQuoteList": "list[dict[str, Any]]",
    },
    total=False,
)
"""`ChatRecord` as a plain dict, with FastGPT's field names."""

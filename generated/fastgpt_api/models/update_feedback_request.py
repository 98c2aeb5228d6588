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

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFeedbackRequest")


@_attrs_define
class UpdateFeedbackRequest:
    """The user's feedback on one answer. FastGPT unsets a feedback that is absent or null."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    data_id: str
    """ The answer's `dataId`. """
    user_good_feedback: None | str = None
    """ Thumbs-up text; absent or null clears it. """
    user_bad_feedback: None | str = None
    """ Thumbs-down text; absent or null clears it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        data_id = self.data_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
                "dataId": data_id,
            }
        )
        if user_good_feedback is not UNSET:
            field_dict["userGoodFeedback"] = user_good_feedback
        if user_bad_feedback is not UNSET:
            field_dict["userBadFeedback"] = user_bad_feedback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        data_id = d.pop("dataId")

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

        update_feedback_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            data_id=data_id,
            user_good_feedback=None
            if isinstance(user_good_feedback, Unset)
            else user_good_feedback,
            user_bad_feedback=None
            if isinstance(user_bad_feedback, Unset)
            else user_bad_feedback,
        )

        update_feedback_request.additional_properties = d
        return update_feedback_request

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


UpdateFeedbackRequestDict = TypedDict(
    "UpdateFeedbackRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "dataId": "Required[str]",
        "userGoodFeedback": "str | None",
        "userBadFeedback": "str | None",
    },
    total=False,
)
"""`UpdateFeedbackRequest` as a plain dict, with FastGPT's field names."""

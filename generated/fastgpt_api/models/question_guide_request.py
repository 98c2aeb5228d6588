from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.question_guide_config import QuestionGuideConfig


T = TypeVar("T", bound="QuestionGuideRequest")


@_attrs_define
class QuestionGuideRequest:
    """Which chat to suggest next questions for (FastGPT uses its last 6 records)."""

    app_id: str
    """ The app. """
    chat_id: str
    """ The chat. """
    question_guide: QuestionGuideConfig | None = None
    """ How to generate suggested questions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        chat_id = self.chat_id

        self_question_guide = (
            UNSET if self.question_guide is None else self.question_guide
        )
        question_guide: dict[str, Any] | Unset = UNSET
        if not isinstance(self_question_guide, Unset):
            question_guide = self_question_guide.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "chatId": chat_id,
            }
        )
        if question_guide is not UNSET:
            field_dict["questionGuide"] = question_guide

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.question_guide_config import QuestionGuideConfig

        d = dict(src_dict)
        app_id = d.pop("appId")

        chat_id = d.pop("chatId")

        _question_guide = d.pop("questionGuide", UNSET)
        question_guide: QuestionGuideConfig | Unset
        if isinstance(_question_guide, Unset):
            question_guide = UNSET
        else:
            question_guide = QuestionGuideConfig.from_dict(_question_guide)

        question_guide_request = cls(
            app_id=app_id,
            chat_id=chat_id,
            question_guide=None
            if isinstance(question_guide, Unset)
            else question_guide,
        )

        question_guide_request.additional_properties = d
        return question_guide_request

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
    from ..models.question_guide_config import QuestionGuideConfigDict


QuestionGuideRequestDict = TypedDict(
    "QuestionGuideRequestDict",
    {
        "appId": "Required[str]",
        "chatId": "Required[str]",
        "questionGuide": "QuestionGuideConfigDict",
    },
    total=False,
)
"""`QuestionGuideRequest` as a plain dict, with FastGPT's field names."""

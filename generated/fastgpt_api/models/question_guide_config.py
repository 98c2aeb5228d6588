from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionGuideConfig")


@_attrs_define
class QuestionGuideConfig:
    """How to generate suggested questions."""

    open_: bool | None = None
    """ Generate them. """
    model: str | None = None
    """ The model to use. """
    custom_prompt: str | None = None
    """ A prompt replacing the default one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_open_ = UNSET if self.open_ is None else self.open_
        open_ = self_open_

        self_model = UNSET if self.model is None else self.model
        model = self_model

        self_custom_prompt = UNSET if self.custom_prompt is None else self.custom_prompt
        custom_prompt = self_custom_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if model is not UNSET:
            field_dict["model"] = model
        if custom_prompt is not UNSET:
            field_dict["customPrompt"] = custom_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        open_ = d.pop("open", UNSET)

        model = d.pop("model", UNSET)

        custom_prompt = d.pop("customPrompt", UNSET)

        question_guide_config = cls(
            open_=None if isinstance(open_, Unset) else open_,
            model=None if isinstance(model, Unset) else model,
            custom_prompt=None if isinstance(custom_prompt, Unset) else custom_prompt,
        )

        question_guide_config.additional_properties = d
        return question_guide_config

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


QuestionGuideConfigDict = TypedDict(
    "QuestionGuideConfigDict",
    {
        "open": "bool",
        "model": "str",
        "customPrompt": "str",
    },
    total=False,
)
"""`QuestionGuideConfig` as a plain dict, with FastGPT's field names."""

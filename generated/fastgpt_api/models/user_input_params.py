from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_input_form_item import UserInputFormItem


T = TypeVar("T", bound="UserInputParams")


@_attrs_define
class UserInputParams:
    """The form."""

    description: str | None = None
    """ The form's description. """
    input_form: list[UserInputFormItem] | None = None
    submitted: bool | None = None
    """ Whether the form was submitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_description = UNSET if self.description is None else self.description
        description = self_description

        self_input_form = UNSET if self.input_form is None else self.input_form
        input_form: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_input_form, Unset):
            input_form = []
            for input_form_item_data in self_input_form:
                input_form_item = input_form_item_data.to_dict()
                input_form.append(input_form_item)

        self_submitted = UNSET if self.submitted is None else self.submitted
        submitted = self_submitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if input_form is not UNSET:
            field_dict["inputForm"] = input_form
        if submitted is not UNSET:
            field_dict["submitted"] = submitted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_input_form_item import UserInputFormItem

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _input_form = d.pop("inputForm", UNSET)
        input_form: list[UserInputFormItem] | Unset = UNSET
        if _input_form is not UNSET:
            input_form = []
            for input_form_item_data in _input_form:
                input_form_item = UserInputFormItem.from_dict(input_form_item_data)

                input_form.append(input_form_item)

        submitted = d.pop("submitted", UNSET)

        user_input_params = cls(
            description=None if isinstance(description, Unset) else description,
            input_form=None if isinstance(input_form, Unset) else input_form,
            submitted=None if isinstance(submitted, Unset) else submitted,
        )

        user_input_params.additional_properties = d
        return user_input_params

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
    from ..models.user_input_form_item import UserInputFormItemDict


UserInputParamsDict = TypedDict(
    "UserInputParamsDict",
    {
        "description": "str",
        "inputForm": "list[UserInputFormItemDict]",
        "submitted": "bool",
    },
    total=False,
)
"""`UserInputParams` as a plain dict, with FastGPT's field names."""

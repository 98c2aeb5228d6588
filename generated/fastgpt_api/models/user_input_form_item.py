from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_field_option import FormFieldOption


T = TypeVar("T", bound="UserInputFormItem")


@_attrs_define
class UserInputFormItem:
    """One form field."""

    type_: str | Unset = UNSET
    """ The field kind, e.g. `input`, `textarea`, `numberInput`, `select`, `password`, `fileSelect`. """
    key: str | Unset = UNSET
    """ The key to answer under. """
    label: str | Unset = UNSET
    """ The field's label. """
    description: str | Unset = UNSET
    """ Help text. """
    value_type: str | Unset = UNSET
    """ The value type, e.g. `string`, `number`, `boolean`. """
    required: bool | Unset = UNSET
    """ Whether the field must be answered. """
    default_value: Any | Unset = UNSET
    """ The default value. """
    value: Any | Unset = UNSET
    """ The current value. """
    max_length: int | Unset = UNSET
    """ Maximum text length. """
    min_length: int | Unset = UNSET
    """ Minimum text length. """
    max_: float | Unset = UNSET
    """ Maximum number. """
    min_: float | Unset = UNSET
    """ Minimum number. """
    list_: list[FormFieldOption] | Unset = UNSET
    """ Choices of a `select` field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        key = self.key

        label = self.label

        description = self.description

        value_type = self.value_type

        required = self.required

        default_value = self.default_value

        value = self.value

        max_length = self.max_length

        min_length = self.min_length

        max_ = self.max_

        min_ = self.min_

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if value is not UNSET:
            field_dict["value"] = value
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_field_option import FormFieldOption

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        value_type = d.pop("valueType", UNSET)

        required = d.pop("required", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        value = d.pop("value", UNSET)

        max_length = d.pop("maxLength", UNSET)

        min_length = d.pop("minLength", UNSET)

        max_ = d.pop("max", UNSET)

        min_ = d.pop("min", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: list[FormFieldOption] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = FormFieldOption.from_dict(list_item_data)

                list_.append(list_item)

        user_input_form_item = cls(
            type_=type_,
            key=key,
            label=label,
            description=description,
            value_type=value_type,
            required=required,
            default_value=default_value,
            value=value,
            max_length=max_length,
            min_length=min_length,
            max_=max_,
            min_=min_,
            list_=list_,
        )

        user_input_form_item.additional_properties = d
        return user_input_form_item

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

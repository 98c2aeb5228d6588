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
    from ..models.form_field_option import FormFieldOption


T = TypeVar("T", bound="UserInputFormItem")


@_attrs_define
class UserInputFormItem:
    """One form field."""

    type_: str | None = None
    """ The field kind, e.g. `input`, `textarea`, `numberInput`, `select`, `password`, `fileSelect`. """
    key: str | None = None
    """ The key to answer under. """
    label: str | None = None
    """ The field's label. """
    description: str | None = None
    """ Help text. """
    value_type: str | None = None
    """ The value type, e.g. `string`, `number`, `boolean`. """
    required: bool | None = None
    """ Whether the field must be answered. """
    default_value: Any | None = None
    """ The default value. """
    value: Any | None = None
    """ The current value. """
    max_length: int | None = None
    """ Maximum text length. """
    min_length: int | None = None
    """ Minimum text length. """
    max_: float | None = None
    """ Maximum number. """
    min_: float | None = None
    """ Minimum number. """
    list_: list[FormFieldOption] | None = None
    """ Choices of a `select` field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_type_ = UNSET if self.type_ is None else self.type_
        type_ = self_type_

        self_key = UNSET if self.key is None else self.key
        key = self_key

        self_label = UNSET if self.label is None else self.label
        label = self_label

        self_description = UNSET if self.description is None else self.description
        description = self_description

        self_value_type = UNSET if self.value_type is None else self.value_type
        value_type = self_value_type

        self_required = UNSET if self.required is None else self.required
        required = self_required

        self_default_value = UNSET if self.default_value is None else self.default_value
        default_value = self_default_value

        self_value = UNSET if self.value is None else self.value
        value = self_value

        self_max_length = UNSET if self.max_length is None else self.max_length
        max_length = self_max_length

        self_min_length = UNSET if self.min_length is None else self.min_length
        min_length = self_min_length

        self_max_ = UNSET if self.max_ is None else self.max_
        max_ = self_max_

        self_min_ = UNSET if self.min_ is None else self.min_
        min_ = self_min_

        self_list_ = UNSET if self.list_ is None else self.list_
        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self_list_, Unset):
            list_ = []
            for list_item_data in self_list_:
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
            type_=None if isinstance(type_, Unset) else type_,
            key=None if isinstance(key, Unset) else key,
            label=None if isinstance(label, Unset) else label,
            description=None if isinstance(description, Unset) else description,
            value_type=None if isinstance(value_type, Unset) else value_type,
            required=None if isinstance(required, Unset) else required,
            default_value=None if isinstance(default_value, Unset) else default_value,
            value=None if isinstance(value, Unset) else value,
            max_length=None if isinstance(max_length, Unset) else max_length,
            min_length=None if isinstance(min_length, Unset) else min_length,
            max_=None if isinstance(max_, Unset) else max_,
            min_=None if isinstance(min_, Unset) else min_,
            list_=None if isinstance(list_, Unset) else list_,
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


if TYPE_CHECKING:
    from ..models.form_field_option import FormFieldOptionDict


UserInputFormItemDict = TypedDict(
    "UserInputFormItemDict",
    {
        "type": "str",
        "key": "str",
        "label": "str",
        "description": "str",
        "valueType": "str",
        "required": "bool",
        "defaultValue": "Any",
        "value": "Any",
        "maxLength": "int",
        "minLength": "int",
        "max": "float",
        "min": "float",
        "list": "list[FormFieldOptionDict]",
    },
    total=False,
)
"""`UserInputFormItem` as a plain dict, with FastGPT's field names."""

"""What the model template (openapi/templates/model.py.jinja) and `field_prefix: ""` promise, for
every generated model, including ones a later spec adds: an absent field is None (never Unset),
`_id` is `id`, reprs show values, and None is left out of the JSON a model sends."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import fastgpt_api.models as models
import pytest

from fastgpt_client import types

MODELS = [cls for name in models.__all__ if attrs.has(cls := getattr(models, name)) and inspect.isclass(cls)]


def _optional(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    return [a for a in attrs.fields(cls) if a.init and a.default is not attrs.NOTHING]


def test_there_are_models() -> None:
    assert len(MODELS) > 100


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_no_unset_and_no_field_prefix(cls: type[Any]) -> None:
    for attribute in attrs.fields(cls):
        assert "Unset" not in str(attribute.type), f"{cls.__name__}.{attribute.name}: {attribute.type}"
        assert not attribute.name.startswith("field_"), f"{cls.__name__}.{attribute.name}"
    for attribute in _optional(cls):
        assert "None" in str(attribute.type), f"{cls.__name__}.{attribute.name}: {attribute.type}"


def _all_optional(cls: type[Any]) -> bool:
    return all(a.default is not attrs.NOTHING for a in attrs.fields(cls) if a.init)


@pytest.mark.parametrize("cls", [c for c in MODELS if _all_optional(c)], ids=lambda c: c.__name__)
def test_absent_fields_read_as_none(cls: type[Any]) -> None:
    made = cls.from_dict({})
    for attribute in _optional(cls):
        assert getattr(made, attribute.name) is None, f"{cls.__name__}.{attribute.name}"
    assert "Unset" not in repr(made)
    assert made.to_dict() == {}


def test_id_is_id_and_the_repr_shows_values() -> None:
    wire = {"_id": "c1", "name": "Docs", "type": "virtual", "parentId": None, "extra": 1}
    item = types.CollectionListItem.from_dict(wire)
    assert item.id == "c1"
    assert item.parent_id is None
    assert item.tags is None
    assert repr(item).startswith("CollectionListItem(id='c1', type_='virtual', name='Docs', parent_id=None")
    assert "<" not in repr(item)
    assert item.to_dict() == {"_id": "c1", "name": "Docs", "type": "virtual", "extra": 1}


def test_none_is_not_sent() -> None:
    body = types.ChatCompletionRequest(messages=[], chat_id=None, detail=True)
    assert body.to_dict() == {"messages": [], "detail": True}


def test_nested_optional_models_and_lists() -> None:
    record = types.ChatRecord.from_dict({"dataId": "d1", "obj": "AI", "value": []})
    assert record.value == []
    assert record.data_id == "d1"
    assert record.user_good_feedback is None
    result = types.SearchTestResult.from_dict({})
    assert result.list_ is None


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_every_model_has_its_typed_dict(cls: type[Any]) -> None:
    typed = getattr(types, f"{cls.__name__}Dict")
    assert typed is getattr(models, f"{cls.__name__}Dict")
    assert typed.__total__ is False
    fields = [a for a in attrs.fields(cls) if a.init]
    assert len(typed.__annotations__) == len(fields), f"{cls.__name__}Dict: {typed.__annotations__}"


def test_typed_dict_keys_are_wire_names() -> None:
    assert set(types.ChatMessageDict.__annotations__) == {"role", "content", "name", "dataId", "hideInUI"}
    assert "_id" in types.CollectionListItemDict.__annotations__
    assert types.DataItemInputDict.__annotations__["indexes"].__forward_arg__ == "list[DataIndexInputDict]"
    assert types.ChatMessageDict.__annotations__["role"].__forward_arg__ == "Required[ChatRole]"


def test_the_friendly_names_resolve_at_run_time() -> None:
    from fastgpt_client.types import ContentPart, IndexParam, MessageParam, PushItem, TextPart

    assert MessageParam is types.ChatMessageDict
    assert PushItem is types.DataItemInputDict
    assert IndexParam is types.DataIndexInputDict
    assert TextPart is types.TextContentPartDict
    assert set(ContentPart.__args__) == {  # type: ignore[attr-defined]
        types.TextContentPartDict,
        types.ImageUrlContentPartDict,
        types.InputAudioContentPartDict,
        types.VideoUrlContentPartDict,
        types.FileContentPartDict,
        types.FileUrlContentPartDict,
    }


def test_developer_is_a_role() -> None:
    from typing import get_args

    from fastgpt_api.models.chat_role import ChatRole

    assert "developer" in get_args(ChatRole)

"""Reading chat records and other generated models as plain JSON (their wire names), so the CLI
does not depend on how the generated attributes are spelled."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._json import as_mapping, is_mapping, mappings
from ._output import to_jsonable


def plain(model: object) -> dict[str, Any]:
    value = to_jsonable(model)
    return dict(value) if is_mapping(value) else {}


def record_text(record: Mapping[str, Any]) -> str:
    """The text of a chat record's value items (text items; an interactive item's question)."""
    parts: list[str] = []
    for item in mappings(record.get("value")):
        content = as_mapping(item.get("text")).get("content")
        if isinstance(content, str):
            parts.append(content)
        description = as_mapping(as_mapping(item.get("interactive")).get("params")).get("description")
        if isinstance(description, str):
            parts.append(f"[asks] {description}")
    return "\n".join(part for part in parts if part)


def speaker(record: Mapping[str, Any]) -> str:
    return {"Human": "you", "AI": "app", "System": "system"}.get(
        str(record.get("obj")), str(record.get("obj"))
    )

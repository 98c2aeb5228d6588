"""`CursorPage[T]`: one page of a list FastGPT pages by cursor (`prevId`/`nextId`), not by offset."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["CursorPage"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CursorPage(Generic[T]):
    """A page of a cursor-paged list (a chat's messages, a cited collection's chunks), in order.

    Iterable, sized and indexable. `has_more_prev`/`has_more_next` say whether there is more before
    the first item and after the last; `first_id`/`last_id` are the cursors to ask for it with
    (`before=page.first_id`, `after=page.last_id`), and `first_anchor`/`last_anchor` the anchors a
    collection's chunks need with them (their `chunkIndex`).
    """

    items: list[T] = field(default_factory=list[T])
    has_more_prev: bool = False
    has_more_next: bool = False
    total: int | None = None
    """How many items the whole list has, when FastGPT says (chat messages do, chunks do not)."""
    first_id: str | None = None
    last_id: str | None = None
    first_anchor: float | None = None
    last_anchor: float | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

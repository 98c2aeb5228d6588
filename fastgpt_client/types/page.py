"""`Page[T]`: one page of a list endpoint (FastGPT's `{list, total}` with offsets)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar, overload

__all__ = ["Page"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list. Iterable, sized and indexable; `total` counts the items on all pages."""

    items: list[T] = field(default_factory=list[T])
    total: int = 0
    offset: int = 0
    """Where this page starts in the whole list."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        """`page[0]` is an item, `page[:3]` a list of items."""
        return self.items[index]

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or None on the last page.

        An empty page ends the list even if `total` says otherwise, so a server that returns
        fewer items than it counts cannot make an iterator loop forever.
        """
        end = self.offset + len(self.items)
        return end if self.items and end < self.total else None

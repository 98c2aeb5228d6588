"""`Page[T]`, and walking every page of a list endpoint (FastGPT's `{list, total}` with offsets)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._json import as_int, as_list, as_mapping

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

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or None on the last page.

        An empty page ends the list even if `total` says otherwise, so a server that returns
        fewer items than it counts cannot make an iterator loop forever.
        """
        end = self.offset + len(self.items)
        return end if self.items and end < self.total else None


def page_parser(item: Callable[[Any], T], offset: int) -> Callable[[Any], Page[T]]:
    """Reads FastGPT's `{list, total}` (the envelope's `data`) into a `Page`."""

    def parse(data: Any) -> Page[T]:
        payload = as_mapping(data)
        items = [item(entry) for entry in as_list(payload.get("list"))]
        total = as_int(payload.get("total"))
        return Page(items, total if total is not None else offset + len(items), offset)

    return parse


def iterate_pages(fetch: Callable[[int], Page[T]], offset: int) -> Iterator[T]:
    """Every item from `offset` on, fetching page after page."""
    next_offset: int | None = offset
    while next_offset is not None:
        page = fetch(next_offset)
        yield from page.items
        next_offset = page.next_offset


async def aiterate_pages(fetch: Callable[[int], Awaitable[Page[T]]], offset: int) -> AsyncIterator[T]:
    """The async twin of `iterate_pages`."""
    next_offset: int | None = offset
    while next_offset is not None:
        page = await fetch(next_offset)
        for item in page.items:
            yield item
        next_offset = page.next_offset

"""Knowledge-base state for the emulator: datasets, collections, data and their search index.

It lives on the emulator's one SQLite connection (``Store``): the base schema's ``datasets``,
``dataset_collections`` and ``dataset_data`` tables, plus ``dataset_attrs`` (what those have no
column for) and ``dataset_data_fts``, an FTS5 full-text index of every item's q, a and indexes.

Search stands in for embeddings: the emulator ranks by FTS5's bm25 over words (FastGPT ranks by
vector similarity), so a query finds items that share its words, best match first; without FTS5
it falls back to the share of the query's words an item contains.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._sqlite import SQLite, dumps
from ._store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS dataset_attrs (
    id TEXT PRIMARY KEY,                -- a dataset's or a collection's id
    attrs TEXT NOT NULL DEFAULT '{}'    -- JSON: avatar, vlmModel, chunk settings, sourceName, ...
);
CREATE INDEX IF NOT EXISTS dataset_collections_by_dataset ON dataset_collections (dataset_id, update_time);
CREATE INDEX IF NOT EXISTS dataset_data_by_collection ON dataset_data (collection_id, chunk_index);
"""
FTS_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS dataset_data_fts USING fts5(
    data_id UNINDEXED, dataset_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DatasetRow:
    id: str
    parent_id: str | None
    type: str
    name: str
    intro: str
    vector_model: str
    agent_model: str
    tmb_id: str
    create_time: float
    update_time: float
    attrs: dict[str, Any]


@dataclass(frozen=True)
class CollectionRow:
    id: str
    dataset_id: str
    parent_id: str | None
    type: str
    name: str
    raw_text: str | None
    raw_link: str | None
    tags: list[str]
    forbid: bool
    training_type: str
    metadata: dict[str, Any]
    create_time: float
    update_time: float
    attrs: dict[str, Any]


@dataclass(frozen=True)
class DataRow:
    id: str
    dataset_id: str
    collection_id: str
    q: str
    a: str
    chunk_index: int
    indexes: list[dict[str, Any]]
    update_time: float


@dataclass(frozen=True)
class Hit:
    data: DataRow
    score: float  # 0 to 1, higher is better


class DatasetStore(SQLite):
    """Queries over the knowledge-base tables; every write keeps the search index in step."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, SCHEMA)
        with self._lock:
            try:
                self._conn.executescript(FTS_SCHEMA)
                self.full_text = True
            except sqlite3.OperationalError:  # SQLite built without FTS5
                self.full_text = False

    def _attrs(self, owner_id: str) -> dict[str, Any]:
        row = self._one("SELECT attrs FROM dataset_attrs WHERE id = ?", (owner_id,))
        return dict(json.loads(row["attrs"])) if row is not None else {}

    def _set_attrs(self, owner_id: str, attrs: Mapping[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO dataset_attrs (id, attrs) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET attrs = excluded.attrs",
            (owner_id, dumps(dict(attrs))),
        )

    # datasets

    def add_dataset(
        self,
        dataset_id: str,
        *,
        parent_id: str | None,
        type: str,
        name: str,
        intro: str,
        vector_model: str,
        agent_model: str,
        tmb_id: str,
        attrs: Mapping[str, Any],
    ) -> None:
        now = time.time()
        with self.transaction():
            self._conn.execute(
                """INSERT INTO datasets (id, parent_id, type, name, intro, vector_model, agent_model, tmb_id,
                                         create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (dataset_id, parent_id, type, name, intro, vector_model, agent_model, tmb_id, now, now),
            )
            self._set_attrs(dataset_id, attrs)

    def dataset(self, dataset_id: str) -> DatasetRow | None:
        row = self._one("SELECT * FROM datasets WHERE id = ?", (dataset_id,))
        return None if row is None else self._dataset_row(row)

    def _dataset_row(self, row: sqlite3.Row) -> DatasetRow:
        return DatasetRow(
            row["id"],
            row["parent_id"],
            row["type"],
            row["name"],
            row["intro"],
            row["vector_model"],
            row["agent_model"],
            row["tmb_id"],
            row["create_time"],
            row["update_time"],
            self._attrs(row["id"]),
        )

    def datasets(self, *, parent_id: str | None, search_key: str, type: str | None) -> list[DatasetRow]:
        sql = "SELECT * FROM datasets WHERE parent_id IS ?"
        args: list[Any] = [parent_id]
        if search_key:
            sql += " AND instr(lower(name), lower(?)) > 0"
            args.append(search_key)
        if type:
            sql += " AND type = ?"
            args.append(type)
        return [
            self._dataset_row(row) for row in self._all(sql + " ORDER BY update_time DESC, rowid DESC", args)
        ]

    def delete_dataset(self, dataset_id: str) -> None:
        """The dataset, its sub-folders' datasets, and everything in them."""
        ids = [dataset_id]
        position = 0
        while position < len(ids):
            ids += [
                row["id"]
                for row in self._all("SELECT id FROM datasets WHERE parent_id = ?", (ids[position],))
            ]
            position += 1
        with self.transaction():
            for owner in ids:
                collections = [
                    row["id"]
                    for row in self._all("SELECT id FROM dataset_collections WHERE dataset_id = ?", (owner,))
                ]
                self._delete_collection_rows(collections)
                self._conn.execute("DELETE FROM datasets WHERE id = ?", (owner,))
                self._conn.execute("DELETE FROM dataset_attrs WHERE id = ?", (owner,))

    # collections

    def add_collection(
        self,
        collection_id: str,
        *,
        dataset_id: str,
        parent_id: str | None,
        type: str,
        name: str,
        raw_text: str | None = None,
        raw_link: str | None = None,
        tags: Sequence[str] = (),
        training_type: str = "chunk",
        metadata: Mapping[str, Any] | None = None,
        attrs: Mapping[str, Any] | None = None,
    ) -> None:
        now = time.time()
        with self.transaction():
            self._conn.execute(
                """INSERT INTO dataset_collections (id, dataset_id, parent_id, type, name, raw_text, raw_link, tags,
                                                    training_type, metadata, create_time, update_time)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    collection_id,
                    dataset_id,
                    parent_id,
                    type,
                    name,
                    raw_text,
                    raw_link,
                    dumps(list(tags)),
                    training_type,
                    dumps(dict(metadata or {})),
                    now,
                    now,
                ),
            )
            self._set_attrs(collection_id, attrs or {})

    def collection(self, collection_id: str) -> CollectionRow | None:
        row = self._one("SELECT * FROM dataset_collections WHERE id = ?", (collection_id,))
        return None if row is None else self._collection_row(row)

    def _collection_row(self, row: sqlite3.Row) -> CollectionRow:
        return CollectionRow(
            row["id"],
            row["dataset_id"],
            row["parent_id"],
            row["type"],
            row["name"],
            row["raw_text"],
            row["raw_link"],
            list(json.loads(row["tags"])),
            bool(row["forbid"]),
            row["training_type"],
            dict(json.loads(row["metadata"])),
            row["create_time"],
            row["update_time"],
            self._attrs(row["id"]),
        )

    def collections(
        self,
        dataset_id: str,
        *,
        parent_id: str | None,
        search_text: str,
        filter_tags: Sequence[str],
        select_folder: bool,
        offset: int,
        limit: int,
    ) -> tuple[list[CollectionRow], int]:
        where = "dataset_id = ? AND parent_id IS ?"
        args: list[Any] = [dataset_id, parent_id]
        if search_text:
            where += " AND instr(lower(name), lower(?)) > 0"
            args.append(search_text)
        for tag in filter_tags:
            where += " AND EXISTS (SELECT 1 FROM json_each(tags) WHERE json_each.value = ?)"
            args.append(tag)
        if select_folder:
            where += " AND type = 'folder'"
        total = self._count(f"SELECT count(*) AS n FROM dataset_collections WHERE {where}", args)
        rows = self._all(
            f"SELECT * FROM dataset_collections WHERE {where} ORDER BY update_time DESC, rowid DESC LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [self._collection_row(row) for row in rows], total

    def data_amount(self, collection_id: str) -> int:
        return self._count("SELECT count(*) AS n FROM dataset_data WHERE collection_id = ?", (collection_id,))

    def update_collection(self, collection_id: str, changes: Mapping[str, Any]) -> None:
        columns = {"name": "name", "tags": "tags", "forbid": "forbid", "parentId": "parent_id"}
        sets: list[str] = []
        args: list[Any] = []
        for key, column in columns.items():
            if key in changes:
                value = changes[key]
                sets.append(f"{column} = ?")
                args.append(dumps(value) if key == "tags" else int(value) if key == "forbid" else value)
        sets.append("update_time = ?")
        args.append(time.time())
        self._run(f"UPDATE dataset_collections SET {', '.join(sets)} WHERE id = ?", [*args, collection_id])

    def delete_collections(self, collection_ids: Sequence[str]) -> None:
        """The collections, their sub-collections (folders), and their data."""
        ids = list(collection_ids)
        position = 0
        while position < len(ids):
            ids += [
                row["id"]
                for row in self._all(
                    "SELECT id FROM dataset_collections WHERE parent_id = ?", (ids[position],)
                )
            ]
            position += 1
        with self.transaction():
            self._delete_collection_rows(ids)

    def _delete_collection_rows(self, collection_ids: Sequence[str]) -> None:
        for collection_id in collection_ids:
            if self.full_text:
                self._conn.execute(
                    "DELETE FROM dataset_data_fts WHERE data_id IN (SELECT id FROM dataset_data WHERE collection_id = ?)",
                    (collection_id,),
                )
            self._conn.execute("DELETE FROM dataset_data WHERE collection_id = ?", (collection_id,))
            self._conn.execute("DELETE FROM dataset_collections WHERE id = ?", (collection_id,))
            self._conn.execute("DELETE FROM dataset_attrs WHERE id = ?", (collection_id,))

    # data

    def add_data(self, collection: CollectionRow, items: Sequence[tuple[str, Mapping[str, Any]]]) -> int:
        """Stores ``(data_id, {q, a, chunkIndex, indexes})`` items in one transaction."""
        now = time.time()
        with self.transaction():
            for data_id, item in items:
                indexes = list(item.get("indexes") or [])
                self._conn.execute(
                    """INSERT INTO dataset_data (id, dataset_id, collection_id, q, a, chunk_index, indexes,
                                                 create_time, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        data_id,
                        collection.dataset_id,
                        collection.id,
                        item["q"],
                        item.get("a") or "",
                        int(item.get("chunkIndex") or 0),
                        dumps(indexes),
                        now,
                        now,
                    ),
                )
                self._index(data_id, collection.dataset_id, item["q"], item.get("a") or "", indexes)
            self._conn.execute(
                "UPDATE dataset_collections SET update_time = ? WHERE id = ?", (now, collection.id)
            )
        return len(items)

    def _index(
        self, data_id: str, dataset_id: str, q: str, a: str, indexes: Sequence[Mapping[str, Any]]
    ) -> None:
        if not self.full_text:
            return
        body = "\n".join(
            [q, a, *(str(index.get("text", "")) for index in indexes if index.get("type") != "default")]
        )
        self._conn.execute("DELETE FROM dataset_data_fts WHERE data_id = ?", (data_id,))
        self._conn.execute(
            "INSERT INTO dataset_data_fts (data_id, dataset_id, body) VALUES (?, ?, ?)",
            (data_id, dataset_id, body),
        )

    def data(self, data_id: str) -> DataRow | None:
        row = self._one("SELECT * FROM dataset_data WHERE id = ?", (data_id,))
        return None if row is None else _data_row(row)

    def data_page(
        self, collection_id: str, *, search_text: str, offset: int, limit: int
    ) -> tuple[list[DataRow], int]:
        where = "collection_id = ?"
        args: list[Any] = [collection_id]
        if search_text:
            where += " AND (instr(lower(q), lower(?)) > 0 OR instr(lower(a), lower(?)) > 0)"
            args += [search_text, search_text]
        total = self._count(f"SELECT count(*) AS n FROM dataset_data WHERE {where}", args)
        rows = self._all(
            f"SELECT * FROM dataset_data WHERE {where} ORDER BY chunk_index, rowid LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [_data_row(row) for row in rows], total

    def update_data(self, data: DataRow, *, q: str, a: str, indexes: Sequence[Mapping[str, Any]]) -> None:
        now = time.time()
        with self.transaction():
            self._conn.execute(
                "UPDATE dataset_data SET q = ?, a = ?, indexes = ?, update_time = ? WHERE id = ?",
                (q, a, dumps(list(indexes)), now, data.id),
            )
            self._index(data.id, data.dataset_id, q, a, indexes)

    def delete_data(self, data_id: str) -> None:
        with self.transaction():
            self._conn.execute("DELETE FROM dataset_data WHERE id = ?", (data_id,))
            if self.full_text:
                self._conn.execute("DELETE FROM dataset_data_fts WHERE data_id = ?", (data_id,))

    # search

    def search(self, dataset_id: str, text: str, *, max_results: int = 100) -> list[Hit]:
        """Items of the dataset (not in forbidden collections) matching ``text``, best first."""
        words = [word.lower() for word in _WORD.findall(text)]
        if not words:
            return []
        if not self.full_text:
            return self._overlap_search(dataset_id, words, max_results)
        query = " OR ".join('"' + word.replace('"', '""') + '"' for word in dict.fromkeys(words))
        rows = self._all(
            """SELECT d.*, bm25(dataset_data_fts) AS rank
               FROM dataset_data_fts f
               JOIN dataset_data d ON d.id = f.data_id
               JOIN dataset_collections c ON c.id = d.collection_id
               WHERE dataset_data_fts MATCH ? AND f.dataset_id = ? AND c.forbid = 0
               ORDER BY rank, d.rowid LIMIT ?""",
            (query, dataset_id, max_results),
        )
        # bm25 is negative, lower is better; x / (1 + x) maps its magnitude into 0..1.
        return [Hit(_data_row(row), round(-row["rank"] / (1 - row["rank"]), 4)) for row in rows]

    def _overlap_search(self, dataset_id: str, words: list[str], max_results: int) -> list[Hit]:
        rows = self._all(
            """SELECT d.* FROM dataset_data d JOIN dataset_collections c ON c.id = d.collection_id
               WHERE d.dataset_id = ? AND c.forbid = 0 ORDER BY d.rowid""",
            (dataset_id,),
        )
        wanted = set(words)
        hits: list[Hit] = []
        for row in rows:
            data = _data_row(row)
            found = set(_WORD.findall(f"{data.q}\n{data.a}".lower()))
            score = len(wanted & found) / len(wanted)
            if score > 0:
                hits.append(Hit(data, round(score, 4)))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:max_results]


def _data_row(row: sqlite3.Row) -> DataRow:
    return DataRow(
        row["id"],
        row["dataset_id"],
        row["collection_id"],
        row["q"],
        row["a"],
        int(row["chunk_index"]),
        list(json.loads(row["indexes"])),
        row["update_time"],
    )

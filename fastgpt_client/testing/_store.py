"""The emulator's base tables in SQLite: apps, keys, chats and their items.

``Store`` opens the emulator's one connection (see ``_sqlite``). The schema already holds what
later features need (chat list fields, feedback, datasets), so new routes add queries, not
migrations.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._sqlite import SQLite, dumps

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS apps (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL DEFAULT 'advanced',
    create_time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS api_keys (
    key TEXT PRIMARY KEY,
    app_id TEXT,                        -- NULL: an account ("general") key
    name TEXT NOT NULL DEFAULT '',
    tmb_id TEXT NOT NULL,
    create_time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chats (
    chat_id TEXT PRIMARY KEY,
    app_id TEXT NOT NULL,
    tmb_id TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'api',
    title TEXT NOT NULL DEFAULT '',
    custom_title TEXT NOT NULL DEFAULT '',
    top INTEGER NOT NULL DEFAULT 0,
    variables TEXT NOT NULL DEFAULT '{}',
    out_link_uid TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    create_time REAL NOT NULL,
    update_time REAL NOT NULL,
    delete_time REAL
);
CREATE INDEX IF NOT EXISTS chats_by_app ON chats (app_id, top DESC, update_time DESC);
CREATE TABLE IF NOT EXISTS chat_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    data_id TEXT NOT NULL,
    obj TEXT NOT NULL,                  -- Human | AI | System
    value TEXT NOT NULL,                -- JSON array of value items
    response_data TEXT NOT NULL DEFAULT '[]',
    user_good_feedback TEXT,
    user_bad_feedback TEXT,
    admin_feedback TEXT,
    custom_feedbacks TEXT NOT NULL DEFAULT '[]',
    duration_seconds REAL,
    error_msg TEXT,
    hide_in_ui INTEGER NOT NULL DEFAULT 0,
    time REAL NOT NULL,
    delete_time REAL
);
-- Not unique: FastGPT asks clients for unique dataIds but does not enforce it.
CREATE INDEX IF NOT EXISTS chat_items_by_data_id ON chat_items (chat_id, data_id);
CREATE TABLE IF NOT EXISTS datasets (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    type TEXT NOT NULL DEFAULT 'dataset',
    name TEXT NOT NULL,
    intro TEXT NOT NULL DEFAULT '',
    vector_model TEXT NOT NULL DEFAULT 'text-embedding-3-small',
    agent_model TEXT NOT NULL DEFAULT 'gpt-4o-mini',
    tmb_id TEXT NOT NULL,
    create_time REAL NOT NULL,
    update_time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dataset_collections (
    id TEXT PRIMARY KEY,
    dataset_id TEXT NOT NULL,
    parent_id TEXT,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    raw_text TEXT,
    raw_link TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    forbid INTEGER NOT NULL DEFAULT 0,
    training_type TEXT NOT NULL DEFAULT 'chunk',
    metadata TEXT NOT NULL DEFAULT '{}',
    create_time REAL NOT NULL,
    update_time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS dataset_data (
    id TEXT PRIMARY KEY,
    dataset_id TEXT NOT NULL,
    collection_id TEXT NOT NULL,
    q TEXT NOT NULL,
    a TEXT NOT NULL DEFAULT '',
    chunk_index INTEGER NOT NULL DEFAULT 0,
    indexes TEXT NOT NULL DEFAULT '[]',
    create_time REAL NOT NULL,
    update_time REAL NOT NULL
);
"""


@dataclass(frozen=True)
class KeyRow:
    key: str
    app_id: str | None
    tmb_id: str


@dataclass(frozen=True)
class ChatRow:
    chat_id: str
    app_id: str
    tmb_id: str
    variables: dict[str, Any]
    title: str


@dataclass(frozen=True)
class ItemRow:
    row_id: int
    data_id: str
    obj: str
    value: list[dict[str, Any]]
    response_data: list[dict[str, Any]]


class Store(SQLite):
    """The base tables; ``path=None`` keeps them in memory."""

    def __init__(self, path: str | None = None) -> None:
        super().__init__(path, SCHEMA)

    # apps and keys

    def apps(self) -> dict[str, str]:
        """Built-in apps, name -> id."""
        return {row["name"]: row["id"] for row in self._all("SELECT id, name FROM apps ORDER BY rowid")}

    def add_app(self, app_id: str, name: str, app_type: str = "advanced") -> None:
        self._run(
            "INSERT OR IGNORE INTO apps (id, name, type, create_time) VALUES (?, ?, ?, ?)",
            (app_id, name, app_type, time.time()),
        )

    def keys(self) -> list[KeyRow]:
        rows = self._all("SELECT key, app_id, tmb_id FROM api_keys ORDER BY rowid")
        return [KeyRow(row["key"], row["app_id"], row["tmb_id"]) for row in rows]

    def add_key(self, key: str, app_id: str | None, tmb_id: str, name: str = "") -> None:
        self._run(
            "INSERT OR IGNORE INTO api_keys (key, app_id, name, tmb_id, create_time) VALUES (?, ?, ?, ?, ?)",
            (key, app_id, name, tmb_id, time.time()),
        )

    def find_key(self, key: str) -> KeyRow | None:
        row = self._one("SELECT key, app_id, tmb_id FROM api_keys WHERE key = ?", (key,))
        return None if row is None else KeyRow(row["key"], row["app_id"], row["tmb_id"])

    # chats

    def chat(self, chat_id: str) -> ChatRow | None:
        row = self._one(
            "SELECT chat_id, app_id, tmb_id, variables, title FROM chats WHERE chat_id = ? AND delete_time IS NULL",
            (chat_id,),
        )
        if row is None:
            return None
        return ChatRow(
            row["chat_id"], row["app_id"], row["tmb_id"], json.loads(row["variables"]), row["title"]
        )

    def chat_owner(self, chat_id: str) -> str | None:
        """The app a chat id belongs to, deleted chats included (ids are never reused)."""
        row = self._one("SELECT app_id FROM chats WHERE chat_id = ?", (chat_id,))
        return None if row is None else str(row["app_id"])

    def save_chat(
        self,
        *,
        chat_id: str,
        app_id: str,
        tmb_id: str,
        variables: Mapping[str, Any],
        title: str,
        source: str = "api",
        out_link_uid: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> None:
        now = time.time()
        self._run(
            """INSERT INTO chats (chat_id, app_id, tmb_id, source, title, variables, out_link_uid,
                                  metadata, create_time, update_time)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (chat_id) DO UPDATE SET variables = excluded.variables,
                   update_time = excluded.update_time, delete_time = NULL""",
            (
                chat_id,
                app_id,
                tmb_id,
                source,
                title,
                dumps(dict(variables)),
                out_link_uid,
                dumps(dict(metadata or {})),
                now,
                now,
            ),
        )

    def items(self, chat_id: str) -> list[ItemRow]:
        rows = self._all(
            "SELECT id, data_id, obj, value, response_data FROM chat_items "
            "WHERE chat_id = ? AND delete_time IS NULL ORDER BY id",
            (chat_id,),
        )
        return [
            ItemRow(
                row["id"],
                row["data_id"],
                row["obj"],
                json.loads(row["value"]),
                json.loads(row["response_data"]),
            )
            for row in rows
        ]

    def add_item(
        self,
        *,
        chat_id: str,
        app_id: str,
        data_id: str,
        obj: str,
        value: Sequence[Mapping[str, Any]],
        response_data: Sequence[Mapping[str, Any]] = (),
        duration_seconds: float | None = None,
        error_msg: str | None = None,
    ) -> None:
        self._run(
            """INSERT INTO chat_items (chat_id, app_id, data_id, obj, value, response_data,
                                       duration_seconds, error_msg, time)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                chat_id,
                app_id,
                data_id,
                obj,
                dumps(list(value)),
                dumps(list(response_data)),
                duration_seconds,
                error_msg,
                time.time(),
            ),
        )

    def update_item(
        self,
        row_id: int,
        *,
        value: Sequence[Mapping[str, Any]],
        response_data: Sequence[Mapping[str, Any]],
        duration_seconds: float | None = None,
        error_msg: str | None = None,
    ) -> None:
        self._run(
            "UPDATE chat_items SET value = ?, response_data = ?, duration_seconds = ?, error_msg = ? WHERE id = ?",
            (dumps(list(value)), dumps(list(response_data)), duration_seconds, error_msg, row_id),
        )

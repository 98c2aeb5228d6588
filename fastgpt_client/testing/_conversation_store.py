"""Queries behind the emulator's chat history, record, feedback and file routes.

Chats and their items are the tables the chat route writes (``_store.SCHEMA``); uploaded chat
files and whether a chat's last answer has been read (FastGPT 4.16's ``hasBeenRead``) get tables
of their own, created here on the same connection.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._sqlite import SQLite, iso
from ._store import Store

FILES_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_files (
    key TEXT PRIMARY KEY,
    app_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    filename TEXT NOT NULL,
    token TEXT NOT NULL,                -- the upload header the presigned PUT must carry
    content_type TEXT NOT NULL,
    data BLOB,                          -- NULL until the PUT arrives
    create_time REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chat_reads (
    chat_id TEXT PRIMARY KEY,
    has_been_read INTEGER NOT NULL      -- 0 from the start of a run until init reads the chat
);
"""


def epoch(value: object) -> float | None:
    """An ISO time (or date) as seconds since the epoch; None when it is not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


@dataclass(frozen=True)
class StoredFile:
    key: str
    app_id: str
    chat_id: str
    token: str
    content_type: str
    data: bytes | None


class ConversationStore(SQLite):
    """What the conversation and chat-file routes read and write, on the emulator's connection."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, FILES_SCHEMA)

    # chats

    def histories(
        self,
        *,
        app_id: str,
        tmb_id: str,
        source: str | None,
        times: dict[str, float | None],
        skip: int,
        limit: int,
    ) -> tuple[list[dict[str, Any]], int]:
        where = ["app_id = ?", "tmb_id = ?", "delete_time IS NULL"]
        args: list[Any] = [app_id, tmb_id]
        if source:
            where.append("source = ?")
            args.append(source)
        for name, column, op in (
            ("startCreateTime", "create_time", ">="),
            ("endCreateTime", "create_time", "<="),
            ("startUpdateTime", "update_time", ">="),
            ("endUpdateTime", "update_time", "<="),
        ):
            if times.get(name) is not None:
                where.append(f"{column} {op} ?")
                args.append(times[name])
        condition = " AND ".join(where)
        total = self._count(f"SELECT COUNT(*) AS n FROM chats WHERE {condition}", args)
        rows = self._all(
            f"SELECT chat_id, app_id, title, custom_title, top, update_time FROM chats WHERE {condition} "
            "ORDER BY top DESC, update_time DESC, rowid DESC LIMIT ? OFFSET ?",
            [*args, limit, skip],
        )
        items: list[dict[str, Any]] = []
        for row in rows:
            item: dict[str, Any] = {
                "chatId": row["chat_id"],
                "updateTime": iso(row["update_time"]),
                "appId": row["app_id"],
                "title": row["title"],
                "top": bool(row["top"]),
            }
            if row["custom_title"]:
                item["customTitle"] = row["custom_title"]
            items.append(item)
        return items, total

    def live_chat(self, app_id: str, chat_id: str) -> sqlite3.Row | None:
        return self._one(
            "SELECT chat_id, title, custom_title, variables FROM chats "
            "WHERE app_id = ? AND chat_id = ? AND delete_time IS NULL",
            (app_id, chat_id),
        )

    def update_chat(
        self, app_id: str, chat_id: str, *, title: str | None, custom_title: str | None, top: bool | None
    ) -> None:
        sets: list[str] = []
        args: list[Any] = []
        for column, value in (("title", title), ("custom_title", custom_title), ("top", top)):
            if value is not None:
                sets.append(f"{column} = ?")
                args.append(int(value) if isinstance(value, bool) else value)
        if sets:
            self._run(
                f"UPDATE chats SET {', '.join(sets)} WHERE app_id = ? AND chat_id = ?",
                [*args, app_id, chat_id],
            )

    def soft_delete_chat(self, app_id: str, chat_id: str) -> None:
        self._run(
            "UPDATE chats SET delete_time = ? WHERE app_id = ? AND chat_id = ? AND delete_time IS NULL",
            (time.time(), app_id, chat_id),
        )

    def clear_api_chats(self, app_id: str, tmb_id: str) -> None:
        self._run(
            "UPDATE chats SET delete_time = ? WHERE app_id = ? AND tmb_id = ? AND source = 'api' "
            "AND delete_time IS NULL",
            (time.time(), app_id, tmb_id),
        )

    def hard_delete_chats(self, app_id: str, chat_ids: Sequence[str]) -> None:
        marks = ", ".join("?" for _ in chat_ids)
        with self.transaction():
            self._run(
                f"DELETE FROM chat_items WHERE app_id = ? AND chat_id IN ({marks})", [app_id, *chat_ids]
            )
            self._run(f"DELETE FROM chats WHERE app_id = ? AND chat_id IN ({marks})", [app_id, *chat_ids])

    def set_read(self, chat_id: str, *, read: bool) -> None:
        self._run(
            "INSERT OR REPLACE INTO chat_reads (chat_id, has_been_read) VALUES (?, ?)", (chat_id, int(read))
        )

    def has_been_read(self, chat_id: str) -> bool | None:
        """Whether the chat's last answer was read (``init``); None for a chat never run."""
        row = self._one("SELECT has_been_read FROM chat_reads WHERE chat_id = ?", (chat_id,))
        return None if row is None else bool(row["has_been_read"])

    # records

    def records(
        self, app_id: str, chat_id: str, *, skip: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        """FastGPT's ``getChatItems``: newest first, skip and limit, then each page oldest first."""
        condition = "app_id = ? AND chat_id = ? AND delete_time IS NULL"
        total = self._count(f"SELECT COUNT(*) AS n FROM chat_items WHERE {condition}", (app_id, chat_id))
        rows = self._all(
            f"SELECT * FROM chat_items WHERE {condition} ORDER BY id DESC LIMIT ? OFFSET ?",
            (app_id, chat_id, limit, skip),
        )
        return [record(row) for row in reversed(rows)], total

    def last_questions(self, app_id: str, chat_id: str, count: int) -> list[str]:
        rows = self._all(
            "SELECT value FROM chat_items WHERE app_id = ? AND chat_id = ? AND obj = 'Human' "
            "AND delete_time IS NULL ORDER BY id DESC LIMIT ?",
            (app_id, chat_id, count),
        )
        questions: list[str] = []
        for row in rows:
            texts = [
                item["text"]["content"] for item in json.loads(row["value"]) if item.get("type") == "text"
            ]
            questions.append(" ".join(texts))
        return questions

    def response_data(self, app_id: str, chat_id: str, data_id: str) -> list[Any]:
        row = self._one(
            "SELECT obj, response_data FROM chat_items WHERE app_id = ? AND chat_id = ? AND data_id = ? "
            "AND delete_time IS NULL ORDER BY id DESC LIMIT 1",
            (app_id, chat_id, data_id),
        )
        if row is None or row["obj"] != "AI":
            return []
        data: list[Any] = json.loads(row["response_data"])
        return data

    def soft_delete_item(self, app_id: str, chat_id: str, data_id: str) -> None:
        self._run(
            "UPDATE chat_items SET delete_time = ? WHERE app_id = ? AND chat_id = ? AND data_id = ? "
            "AND delete_time IS NULL",
            (time.time(), app_id, chat_id, data_id),
        )

    def set_feedback(
        self, app_id: str, chat_id: str, data_id: str, *, good: str | None, bad: str | None
    ) -> None:
        self._run(
            "UPDATE chat_items SET user_good_feedback = ?, user_bad_feedback = ? "
            "WHERE app_id = ? AND chat_id = ? AND data_id = ? AND delete_time IS NULL",
            (good, bad, app_id, chat_id, data_id),
        )

    # files

    def add_file(
        self, *, key: str, app_id: str, chat_id: str, filename: str, token: str, content_type: str
    ) -> None:
        self._run(
            "INSERT OR REPLACE INTO chat_files (key, app_id, chat_id, filename, token, content_type, create_time) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, app_id, chat_id, filename, token, content_type, time.time()),
        )

    def file(self, key: str) -> StoredFile | None:
        row = self._one(
            "SELECT key, app_id, chat_id, token, content_type, data FROM chat_files WHERE key = ?", (key,)
        )
        if row is None:
            return None
        return StoredFile(
            row["key"], row["app_id"], row["chat_id"], row["token"], row["content_type"], row["data"]
        )

    def put_file(self, key: str, data: bytes) -> None:
        self._run("UPDATE chat_files SET data = ? WHERE key = ?", (data, key))


def record(row: sqlite3.Row) -> dict[str, Any]:
    """A stored chat item as ``getPaginationRecords`` lists it (without its node responses)."""
    value: list[Any] = json.loads(row["value"])
    item: dict[str, Any] = {
        "_id": f"{row['id']:024x}",
        "dataId": row["data_id"],
        "obj": row["obj"],
        "value": value,
        "customFeedbacks": json.loads(row["custom_feedbacks"]),
        "time": iso(row["time"]),
    }
    if row["user_good_feedback"] is not None:
        item["userGoodFeedback"] = row["user_good_feedback"]
    if row["user_bad_feedback"] is not None:
        item["userBadFeedback"] = row["user_bad_feedback"]
    if row["hide_in_ui"]:
        item["hideInUI"] = True
    if row["obj"] == "AI":
        responses: list[dict[str, Any]] = json.loads(row["response_data"])
        item["totalQuoteList"] = []
        item["llmModuleAccount"] = sum(1 for node in responses if node.get("model"))
        item["historyPreviewLength"] = 0
        item["totalRunningTime"] = round(float(row["duration_seconds"] or 0.0), 2)
        if row["duration_seconds"] is not None:
            item["durationSeconds"] = round(float(row["duration_seconds"]), 2)
        if row["error_msg"]:
            item["errorMsg"] = row["error_msg"]
    return item

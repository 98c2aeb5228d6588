"""Queries behind the emulator's newer chat routes: chats' state (``getHistoryStatus``,
``markRead``), cursor pages of records (``getRecords_v2``), citations (``getQuote``,
``getCollectionQuote``: which collections a chat cited) and app logs (``logs/list``,
``logs/getUsers``). Views on the tables the chat route writes (``_store.SCHEMA``) and on
``chat_reads`` (``_conversation_store``); no tables of their own.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._conversation_store import ConversationStore, record
from ._sqlite import SQLite, iso

V2_AI_FIELDS = (
    "userGoodFeedback",
    "userBadFeedback",
    "customFeedbacks",
    "durationSeconds",
    "errorMsg",
    "totalQuoteList",
    "llmModuleAccount",
    "historyPreviewLength",
)
"""What ``getRecords_v2`` sends of an answer beyond ``obj``/``value``/``dataId``
(``ChatItemMiniSchema`` and ``transformPreviewHistories``: no ``_id``, ``time``, ``totalRunningTime``)."""


class CursorNotFound(LookupError):
    """A ``prevId``/``nextId``/``initialId`` that is not a record of the chat."""


@dataclass(frozen=True)
class LogFilters:
    app_id: str
    start: float
    end: float
    sources: list[str] | None
    tmb_ids: list[str]
    out_link_uids: list[str]
    search: str
    feedback: str
    errors_only: bool


class ChatExtrasStore(SQLite):
    """Read-mostly queries over chats and chat items, on the emulator's connection."""

    def __init__(self, conversations: ConversationStore) -> None:
        super().__init__(conversations)
        self._conversations = conversations

    # state

    def statuses(self, app_id: str, chat_ids: Sequence[str]) -> list[dict[str, Any]]:
        marks = ", ".join("?" for _ in chat_ids)
        rows = self._all(
            f"SELECT chat_id, update_time FROM chats WHERE app_id = ? AND chat_id IN ({marks}) "
            "AND delete_time IS NULL ORDER BY rowid",
            [app_id, *chat_ids],
        )
        found: list[dict[str, Any]] = []
        for row in rows:
            item: dict[str, Any] = {"chatId": row["chat_id"], "updateTime": iso(row["update_time"])}
            read = self._conversations.has_been_read(row["chat_id"])
            if read is not None:
                item["hasBeenRead"] = read
            found.append(item)
        return found

    def mark_read(self, app_id: str, chat_id: str) -> None:
        changed = self._run(
            "UPDATE chats SET update_time = ? WHERE app_id = ? AND chat_id = ?",
            (time.time(), app_id, chat_id),
        )
        if changed:
            self._conversations.set_read(chat_id, read=True)

    # records by cursor (getChatItems of packages/service/core/chat/controller.ts)

    def records_around(
        self, app_id: str, chat_id: str, *, kind: str, cursor: str | None, limit: int, include_deleted: bool
    ) -> dict[str, Any]:
        base = "app_id = ? AND chat_id = ?" + ("" if include_deleted else " AND delete_time IS NULL")
        args: list[Any] = [app_id, chat_id]
        total = self._count(f"SELECT COUNT(*) AS n FROM chat_items WHERE {base}", args)

        def rows(where: str, extra: Sequence[Any], order: str, count: int) -> list[sqlite3.Row]:
            return self._all(
                f"SELECT * FROM chat_items WHERE {base} {where} ORDER BY id {order} LIMIT ?",
                [*args, *extra, count],
            )

        if cursor is None:
            newest = rows("", (), "DESC", limit)
            return _page(list(reversed(newest)), total, more_prev=total > limit, more_next=False)
        target = self._one(
            f"SELECT * FROM chat_items WHERE {base} AND data_id = ? ORDER BY id DESC LIMIT 1", [*args, cursor]
        )
        if target is None:
            raise CursorNotFound({"prev": "Prev", "next": "Next"}.get(kind, "Target"))
        if kind == "prev":
            before = rows("AND id < ?", (target["id"],), "DESC", limit + 1)
            return _page(list(reversed(before[:limit])), total, more_prev=len(before) > limit, more_next=True)
        if kind == "next":
            after = rows("AND id > ?", (target["id"],), "ASC", limit + 1)
            return _page(after[:limit], total, more_prev=True, more_next=len(after) > limit)
        half, ceil = limit // 2, limit - limit // 2
        before = rows("AND id < ?", (target["id"],), "DESC", half + 1)
        after = rows("AND id > ?", (target["id"],), "ASC", ceil + 1)
        window = [*reversed(before[:half]), target, *after[:ceil]]
        return _page(window, total, more_prev=len(before) > half, more_next=len(after) > ceil)

    # citations

    def answer_time(self, app_id: str, chat_id: str, data_id: str) -> float | None:
        row = self._one(
            "SELECT time FROM chat_items WHERE app_id = ? AND chat_id = ? AND data_id = ? ORDER BY id DESC LIMIT 1",
            (app_id, chat_id, data_id),
        )
        return None if row is None else float(row["time"])

    def cited_collections(self, app_id: str, chat_id: str) -> set[str]:
        """The collections the chat's last 50 answers cited (FastGPT's ``citeCollectionIds``)."""
        rows = self._all(
            "SELECT response_data FROM chat_items WHERE app_id = ? AND chat_id = ? AND obj = 'AI' "
            "ORDER BY id DESC LIMIT 50",
            (app_id, chat_id),
        )
        cited: set[str] = set()
        for row in rows:
            nodes: list[dict[str, Any]] = json.loads(row["response_data"])
            for node in nodes:
                quotes: list[dict[str, Any]] = node.get("quoteList") or []
                cited.update(str(quote["collectionId"]) for quote in quotes if quote.get("collectionId"))
        return cited

    # app logs (projects/app/src/pages/api/core/app/logs/list.ts)

    def logs(self, filters: LogFilters, *, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        where, args = self._log_where(filters)
        total = self._count(f"SELECT COUNT(*) AS n FROM chats c WHERE {where}", args)
        rows = self._all(
            f"SELECT c.rowid AS row_id, c.* FROM chats c WHERE {where} ORDER BY c.update_time DESC, c.rowid DESC "
            "LIMIT ? OFFSET ?",
            [*args, limit, skip],
        )
        return [self._log(row) for row in rows], total

    def log_users(self, filters: LogFilters) -> list[dict[str, Any]]:
        where, args = self._log_where(filters)
        rows = self._all(
            f"SELECT c.tmb_id, c.out_link_uid, COUNT(*) AS n FROM chats c WHERE {where} "
            "GROUP BY c.tmb_id, c.out_link_uid ORDER BY n DESC LIMIT 100",
            args,
        )
        return [
            {"outLinkUid": row["out_link_uid"] or None, "tmbId": row["tmb_id"], "count": row["n"]}
            for row in rows
        ]

    def _log_where(self, f: LogFilters) -> tuple[str, list[Any]]:
        where = ["c.app_id = ?", "c.update_time >= ?", "c.update_time <= ?"]
        args: list[Any] = [f.app_id, f.start, f.end]
        items = "SELECT 1 FROM chat_items i WHERE i.app_id = c.app_id AND i.chat_id = c.chat_id"
        if f.sources is not None:
            where.append(f"c.source IN ({', '.join('?' for _ in f.sources)})")
            args += f.sources
        users: list[str] = []
        if f.tmb_ids:
            users.append(
                f"(c.tmb_id IN ({', '.join('?' for _ in f.tmb_ids)}) AND COALESCE(c.out_link_uid, '') = '')"
            )
            args += f.tmb_ids
        if f.out_link_uids:
            users.append(f"c.out_link_uid IN ({', '.join('?' for _ in f.out_link_uids)})")
            args += f.out_link_uids
        if users:
            where.append("(" + " OR ".join(users) + ")")
        if f.search:
            where.append(
                "(instr(lower(c.chat_id), ?) OR instr(lower(c.title), ?) OR instr(lower(c.custom_title), ?))"
            )
            args += [f.search.lower()] * 3
        feedback = {
            "has_feedback": "(i.user_good_feedback IS NOT NULL OR i.user_bad_feedback IS NOT NULL)",
            "good": "i.user_good_feedback IS NOT NULL",
            "bad": "i.user_bad_feedback IS NOT NULL",
        }.get(f.feedback)
        if feedback:
            where.append(f"EXISTS ({items} AND {feedback})")
        if f.errors_only:
            where.append(f"EXISTS ({items} AND i.error_msg IS NOT NULL AND i.error_msg != '')")
        return " AND ".join(where), args

    def _log(self, row: sqlite3.Row) -> dict[str, Any]:
        items = self._all(
            "SELECT obj, user_good_feedback, user_bad_feedback, admin_feedback, custom_feedbacks, "
            "duration_seconds, error_msg FROM chat_items WHERE app_id = ? AND chat_id = ?",
            (row["app_id"], row["chat_id"]),
        )
        answers = [item for item in items if item["obj"] == "AI"]
        durations = [float(item["duration_seconds"] or 0) for item in answers]
        return {
            "_id": f"{row['row_id']:024x}",
            "chatId": row["chat_id"],
            "title": row["title"],
            "customTitle": row["custom_title"] or None,
            "source": row["source"],
            "updateTime": iso(row["update_time"]),
            "createTime": iso(row["create_time"]),
            "messageCount": len(items),
            "userGoodFeedbackCount": sum(1 for item in items if item["user_good_feedback"]),
            "userBadFeedbackCount": sum(1 for item in items if item["user_bad_feedback"]),
            "customFeedbacksCount": sum(len(json.loads(item["custom_feedbacks"])) for item in items),
            "markCount": sum(1 for item in items if item["admin_feedback"]),
            "averageResponseTime": sum(durations) / len(durations) if durations else 0,
            "errorCount": sum(1 for item in answers if item["error_msg"]),
            "totalPoints": 0,
            "outLinkUid": row["out_link_uid"],
            "tmbId": row["tmb_id"],
            "versionName": None,
        }


def v2_record(row: sqlite3.Row) -> dict[str, Any]:
    """A record as ``getRecords_v2`` sends it: ``ChatItemMiniSchema``'s fields, ``id`` = ``dataId``,
    value items without the ``type`` that ``getPaginationRecords`` adds for old clients."""
    full = record(row)
    item: dict[str, Any] = {
        "obj": full["obj"],
        "value": [{k: v for k, v in part.items() if k != "type"} for part in full["value"]],
        "dataId": full["dataId"],
        "id": full["dataId"],
    }
    if full.get("hideInUI"):
        item["hideInUI"] = True
    if full["obj"] == "AI":
        item.update({k: full[k] for k in V2_AI_FIELDS if k in full})
    return item


def _page(rows: Sequence[sqlite3.Row], total: int, *, more_prev: bool, more_next: bool) -> dict[str, Any]:
    return {
        "list": [v2_record(row) for row in rows],
        "total": total,
        "hasMorePrev": more_prev,
        "hasMoreNext": more_next,
    }

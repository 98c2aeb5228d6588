"""The one SQLite connection the emulator keeps its state in, and what every store does with it.

A server has one connection, shared by the server thread and the test thread and guarded by one
lock. ``Store`` opens it; the area stores (``ConversationStore``, ``DatasetStore``) are further
views on the same connection that add their own tables (``CREATE TABLE IF NOT EXISTS``) and
queries. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Generator, Sequence
from contextlib import contextmanager
from typing import Any


def dumps(data: Any) -> str:
    """JSON for a TEXT column: compact, non-ASCII kept."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def iso(epoch: float) -> str:
    """FastGPT's (MongoDB's) JSON dates: ISO 8601 in UTC with milliseconds and ``Z``."""
    moment = dt.datetime.fromtimestamp(epoch, dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class SQLite:
    """A view on the emulator's connection: ``SQLite(path)`` opens it, ``SQLite(other)`` shares it.

    ``schema`` is run once on construction (every statement must be ``IF NOT EXISTS``).
    """

    _conn: sqlite3.Connection
    _lock: threading.RLock

    def __init__(self, db: SQLite | str | None, schema: str = "") -> None:
        if isinstance(db, SQLite):
            self._conn, self._lock = db._conn, db._lock
        else:
            self._lock = threading.RLock()
            self._conn = sqlite3.connect(db or ":memory:", check_same_thread=False, isolation_level=None)
            self._conn.row_factory = sqlite3.Row
        if schema:
            with self._lock:
                self._conn.executescript(schema)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Generator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            rows: list[sqlite3.Row] = self._conn.execute(sql, args).fetchall()
            return rows

    def _one(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Row | None:
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, args).fetchone()
            return row

    def _run(self, sql: str, args: Sequence[Any] = ()) -> int:
        """Execute one statement; the number of rows it changed."""
        with self._lock:
            changed: int = self._conn.execute(sql, args).rowcount
            return changed

    def _count(self, sql: str, args: Sequence[Any] = ()) -> int:
        """The value of a ``SELECT count(*) AS n ...`` query."""
        row = self._one(sql, args)
        return int(row["n"]) if row is not None else 0

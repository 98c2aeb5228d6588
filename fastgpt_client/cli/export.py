"""`fastgpt export`: an app's chats and their messages (or its app logs) as JSONL or CSV.

Chats are read page by page (`iter_chat_histories`, then `iter_chat_records` per chat), so an
export of any size runs in constant memory. `--since`/`--until` keep the chats updated in that
range, and the messages written in it.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from . import _output
from ._exit import CLIError, Exit, interruptible
from ._options import ApiKeyFile, AppId, BaseUrl, Retries, connection
from ._records import plain, record_text, speaker

EXAMPLE = """

\b
Examples:
    fastgpt export --output chats.jsonl
    fastgpt export --format csv --since 2026-01-01 --until 2026-02-01 > january.csv
    fastgpt export --logs --since 2026-01-01 --output logs.jsonl
"""

RECORD_COLUMNS = ["chat_id", "chat_title", "data_id", "role", "time", "text"]
LOG_COLUMNS = ["chat_id", "title", "source", "time", "messages", "user_good_feedback", "user_bad_feedback"]


def register(app: typer.Typer) -> None:
    app.command("export", help="Export an app's chats and messages (or its logs) to JSONL or CSV." + EXAMPLE)(
        interruptible(export)
    )


def export(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="File to write (default: stdout).", show_default=False, dir_okay=False
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl or csv (default: from --output, else jsonl).")
    ] = "",
    since: Annotated[
        str | None, typer.Option("--since", help="From this date/time (ISO 8601).", show_default=False)
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Up to this date/time (ISO 8601).", show_default=False)
    ] = None,
    logs: Annotated[bool, typer.Option("--logs", help="Export the app's logs instead of its chats.")] = False,
    base_url: BaseUrl = None,
    app_id: AppId = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    kind = _format(fmt, output)
    start, end = _when(since, "--since"), _when(until, "--until", end_of_day=True)
    conn = connection(base_url, app_id, api_key_file, retries)
    if conn.app_id is None:
        from ._health import check_key

        conn = connection(base_url, check_key(conn).app_id, api_key_file, retries)
    if conn.app_id is None:
        raise CLIError("export needs the app: pass --app-id or set FASTGPT_APP_ID.", Exit.USAGE)
    rows = _log_rows(conn, start, end) if logs else _record_rows(conn, start, end)
    columns = LOG_COLUMNS if logs else RECORD_COLUMNS
    target: IO[str] = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        count = _write(rows, target, kind, columns)
    finally:
        if output:
            target.close()
    if output:
        _output.status(f"wrote {count} {'logs' if logs else 'messages'} to {output}")
    return Exit.OK


def _format(fmt: str, output: Path | None) -> str:
    kind = fmt.lower() or (output.suffix.lower().lstrip(".") if output else "") or "jsonl"
    if kind not in ("jsonl", "csv"):
        raise CLIError(f"--format must be jsonl or csv, not {kind!r}.", Exit.USAGE)
    return kind


def _when(value: str | None, option: str, *, end_of_day: bool = False) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise CLIError(
            f"{option} {value!r}: give an ISO date or time, e.g. 2026-01-31 or 2026-01-31T12:00.", Exit.USAGE
        ) from None
    if end_of_day and len(value) == 10:  # a date alone: the whole day
        moment += dt.timedelta(days=1) - dt.timedelta(microseconds=1)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _in_range(value: object, start: dt.datetime | None, end: dt.datetime | None) -> bool:
    if not isinstance(value, str) or (start is None and end is None):
        return True
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return True
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return (start is None or moment >= start) and (end is None or moment <= end)


def _record_rows(conn: Any, start: dt.datetime | None, end: dt.datetime | None) -> Iterator[dict[str, Any]]:
    from .. import ChatClient

    with ChatClient(**conn.client_kwargs()) as client:
        chats = client.iter_chat_histories(start_update_time=start, end_update_time=end, page_size=100)
        for chat in chats:
            history = plain(chat)
            chat_id = str(history.get("chatId", ""))
            title = history.get("customTitle") or history.get("title") or ""
            # Newest first from FastGPT; written oldest first, as the chat reads.
            records = [plain(record) for record in client.iter_chat_records(chat_id, page_size=100)]
            for row in reversed(records):
                if not _in_range(row.get("time"), start, end):
                    continue
                yield {
                    "chat_id": chat_id,
                    "chat_title": title,
                    "data_id": row.get("dataId") or row.get("_id"),
                    "role": speaker(row),
                    "time": row.get("time"),
                    "text": record_text(row),
                    "record": row,
                }


def _log_rows(conn: Any, start: dt.datetime | None, end: dt.datetime | None) -> Iterator[dict[str, Any]]:
    from .. import AppClient

    with AppClient(**conn.client_kwargs()) as client:
        for log in client.iter_app_logs(conn.app_id, date_start=start, date_end=end):
            row = plain(log)
            yield {
                "chat_id": row.get("chatId") or row.get("id"),
                "title": row.get("customTitle") or row.get("title"),
                "source": row.get("source"),
                "time": row.get("updateTime") or row.get("time"),
                "messages": row.get("messageCount"),
                "user_good_feedback": row.get("userGoodFeedbackCount"),
                "user_bad_feedback": row.get("userBadFeedbackCount"),
                "log": row,
            }


def _write(rows: Iterator[Mapping[str, Any]], target: IO[str], kind: str, columns: list[str]) -> int:
    count = 0
    if kind == "csv":
        writer = csv.DictWriter(target, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: "" if row.get(key) is None else row.get(key) for key in columns})
            count += 1
        return count
    for row in rows:
        target.write(_output.dumps(row, indent=None) + "\n")
        count += 1
    return count

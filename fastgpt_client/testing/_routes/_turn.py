"""A chat turn: the request checked against the stored chat, the run, and what is stored and answered.

FastGPT's chat handler in pieces: ``prepare_turn`` (history, variables, a pending interactive
prompt this turn answers), ``save_turn`` (the Human + AI records, or the answered prompt's AI
record updated) and ``completion_body`` (the non-stream JSON).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import _errors as errors  # pyright: ignore[reportPrivateUsage]
from .._apps import APPS
from .._run import Run, RunInput
from .._scripting import answered, deepest_interactive, is_pending
from .._state import EmulatorState
from .._store import KeyRow
from .._versions import Version
from ._params import as_dict, as_list

logger = logging.getLogger("fastgpt_client.testing")


def message_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts = [p for p in map(as_dict, as_list(content)) if p is not None]
    return "\n".join(str(p.get("text", "")) for p in parts if p.get("type") == "text")


def human_value(content: Any) -> list[dict[str, Any]]:
    """A user message as stored value items (FastGPT's ``GPTMessages2Chats``)."""
    parts = as_list(content)
    if not isinstance(content, list):
        return [{"type": "text", "text": {"content": message_text(content)}}]
    items: list[dict[str, Any]] = []
    for p in map(as_dict, parts):
        if p is None:
            continue
        if p.get("type") == "text":
            items.append({"type": "text", "text": {"content": str(p.get("text", ""))}})
        elif p.get("type") == "image_url":
            url = (as_dict(p.get("image_url")) or {}).get("url", "")
            items.append({"type": "file", "file": {"type": "image", "name": "", "url": url}})
        elif p.get("type") == "file_url":
            kind = p.get("fileType") if p.get("fileType") in ("audio", "video") else "file"
            items.append(
                {"type": "file", "file": {"type": kind, "name": p.get("name", ""), "url": p.get("url", "")}}
            )
    return items


def value_text(value: Sequence[Mapping[str, Any]]) -> str:
    return "\n".join(item["text"]["content"] for item in value if item.get("type") == "text")


_ROLE_OBJ = {"system": "System", "developer": "System", "user": "Human", "assistant": "AI"}
NO_RECORD_CHAT_ID = "NO_RECORD_HISTORIES"
"""The chat id that runs a turn without storing it (FastGPT 4.9.7+, ``NO_RECORD_CHAT_ID`` in
``packages/service/core/chat/utils/prepare.ts``; 4.14.5's ``saveChat`` returns early for it)."""


@dataclass
class ChatTurn:
    """A validated chat request, ready to run."""

    app_id: str
    chat_id: str
    chat_id_given: bool
    question: str
    human: list[dict[str, Any]]
    human_data_id: str
    ai_data_id: str
    pending_row: int | None
    pending: Mapping[str, Any] | None
    stored_ai_value: list[dict[str, Any]]
    stored_ai_responses: list[dict[str, Any]]
    run: Run
    title: str | None = None
    """The title this turn gives a new chat (4.16 sends it: ``title``, ``chatTitle``)."""

    @property
    def stored(self) -> bool:
        """The turn is saved (every chat id but ``NO_RECORD_HISTORIES``)."""
        return self.chat_id != NO_RECORD_CHAT_ID


def prepare_turn(state: EmulatorState, key: KeyRow, app_id: str, body: Mapping[str, Any]) -> ChatTurn:
    msgs = as_list(body.get("messages"))
    if not msgs:
        raise errors.MESSAGES_EMPTY
    raw_chat_id = body.get("chatId")
    chat_id = str(raw_chat_id).strip() if raw_chat_id is not None else ""
    chat_id_given = bool(chat_id)
    stored_vars: dict[str, Any] = {}
    history: list[tuple[str, str]] = []
    pending_row: int | None = None
    pending: Mapping[str, Any] | None = None
    stored_ai_value: list[dict[str, Any]] = []
    stored_ai_responses: list[dict[str, Any]] = []
    chat_exists = False
    if chat_id_given and chat_id != NO_RECORD_CHAT_ID:
        owner = state.store.chat_owner(chat_id)
        if owner is not None and owner != app_id:
            raise errors.UN_AUTH_CHAT
        chat = state.store.chat(chat_id)
        if chat is not None:
            chat_exists = True
            stored_vars = chat.variables
            items = state.store.items(chat_id)
            history = [(item.obj, value_text(item.value)) for item in items]
            last = items[-1] if items else None
            if (
                last is not None
                and last.obj == "AI"
                and last.value
                and last.value[-1].get("type") == "interactive"
            ):
                interactive = last.value[-1]["interactive"]
                if is_pending(interactive):
                    pending_row, pending = last.row_id, interactive
                    stored_ai_value, stored_ai_responses = last.value, last.response_data
    elif not chat_id_given:
        chat_id = state.ids.nanoid(24)
    # Earlier request messages come after the stored history; system messages first.
    earlier = [m for m in map(as_dict, msgs[:-1]) if m is not None]
    earlier.sort(key=lambda m: 0 if m.get("role") == "system" else 1)
    history += [(_ROLE_OBJ.get(str(m.get("role")), "Human"), message_text(m.get("content"))) for m in earlier]
    last_message = as_dict(msgs[-1]) or {}
    content = last_message.get("content")
    variables = {**stored_vars, **(as_dict(body.get("variables")) or {})}
    question = message_text(content)
    human_data_id = last_message.get("dataId")
    ai_data_id = body.get("responseChatItemId")
    inp = RunInput(
        app=APPS[state.app_names[app_id]],
        app_id=app_id,
        chat_id=chat_id,
        question=question,
        history=history,
        variables=variables,
        pending=deepest_interactive(pending) if pending is not None else None,
        script=state.take_script(app_id),
        token_delay=state.token_delay,
        quotes=state.knowledge_quotes(app_id, question) if pending is None else None,
    )
    return ChatTurn(
        app_id=app_id,
        chat_id=chat_id,
        chat_id_given=chat_id_given,
        question=question,
        human=human_value(content),
        human_data_id=human_data_id
        if isinstance(human_data_id, str) and human_data_id
        else state.ids.nanoid(),
        ai_data_id=ai_data_id if isinstance(ai_data_id, str) and ai_data_id else state.ids.nanoid(),
        pending_row=pending_row,
        pending=pending,
        stored_ai_value=stored_ai_value,
        stored_ai_responses=stored_ai_responses,
        run=Run(inp, state.ids),
        title=(question[:20] or None)
        if state.version.chat_titles and not chat_exists and chat_id != NO_RECORD_CHAT_ID
        else None,
    )


def save_turn(state: EmulatorState, key: KeyRow, turn: ChatTurn) -> None:
    """Store the turn: a new Human + AI pair, or (answering a prompt) update the AI record."""
    if not turn.stored:
        return
    run = turn.run
    error = run.error
    error_msg = None if error is None else (error if isinstance(error, str) else json.dumps(error))
    with state.store.transaction():
        state.store.save_chat(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            tmb_id=key.tmb_id,
            variables=run.variables,
            title=turn.question[:20] or "New chat",
        )
        state.conversations.set_read(turn.chat_id, read=False)
        if turn.pending_row is not None and turn.pending is not None:
            value = [
                *turn.stored_ai_value[:-1],
                {"type": "interactive", "interactive": answered(turn.pending, turn.question)},
            ]
            state.store.update_item(
                turn.pending_row,
                value=value + run.items,
                response_data=turn.stored_ai_responses + run.responses,
                duration_seconds=run.duration,
                error_msg=error_msg,
            )
            return
        state.store.add_item(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            data_id=turn.human_data_id,
            obj="Human",
            value=turn.human,
        )
        state.store.add_item(
            chat_id=turn.chat_id,
            app_id=turn.app_id,
            data_id=turn.ai_data_id,
            obj="AI",
            value=run.items,
            response_data=run.responses,
            duration_seconds=run.duration,
            error_msg=error_msg,
        )


def save_logged(state: EmulatorState, key: KeyRow, turn: ChatTurn) -> None:
    """Save a streamed turn; the stream has been answered already, so a failure is only logged."""
    try:
        save_turn(state, key, turn)
    except Exception:
        logger.exception("FastGPT emulator: could not store chat %s", turn.chat_id)


def completion_body(turn: ChatTurn, *, detail: bool, version: Version, api_version: str) -> dict[str, Any]:
    """The non-stream JSON (§1.4), with the ``content`` shape rules of ``version``.

    ``version.completion_id_always``: ``id`` is the chat id even when the request sent none (4.16;
    4.14: ``""``). ``version.completion_detail_items``: see ``Version``.
    """
    run = turn.run
    content = _content(run, detail=detail, version=version, api_version=api_version)
    message: dict[str, Any] = {"role": "assistant", **content}
    body: dict[str, Any] = {}
    if detail:
        body["responseData"] = run.responses
        body["newVariables"] = run.variables
    if turn.title is not None:
        body["title"] = turn.title
    body["id"] = turn.chat_id if turn.chat_id_given or version.completion_id_always else ""
    body["model"] = ""
    if run.error is not None:
        body["error"] = run.error
    body["usage"] = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1}
    body["choices"] = [{"index": 0, "finish_reason": "stop", "message": message}]
    return body


def _content(run: Run, *, detail: bool, version: Version, api_version: str) -> dict[str, Any]:
    """``content`` (and ``reasoning_content``) of the message: FastGPT's ``formatResponseContent``
    (4.14.5) or ``formatCompletionResponseContent`` (4.16)."""
    items = run.items
    if not items:
        return {"content": ""}
    if version.completion_detail_items:
        lone_text = len(items) == 1 and items[0]["type"] in ("text", "reasoning")
        if detail and not lone_text:
            return {"content": [_public_item(item, legacy_type=api_version == "v1") for item in items]}
    elif detail and len(items) > 1:
        return {"content": items}
    if len(items) == 1:
        # A lone question or tool call has no text: ``content`` is left out of the JSON.
        item = items[0]
        fields: dict[str, Any] = {}
        if item["type"] == "text":
            fields["content"] = item["text"]["content"]
        if item["type"] == "reasoning" and item["reasoning"]["content"]:
            fields["reasoning_content"] = item["reasoning"]["content"]
        return fields
    fields = {"content": run.text}
    if run.reasoning:
        fields["reasoning_content"] = run.reasoning
    return fields


def _public_item(item: Mapping[str, Any], *, legacy_type: bool) -> dict[str, Any]:
    """A 4.16 content item: a question is only its innermost ``{type, params}`` (the run state and
    the wrappers stay in the chat record); v1 keeps the legacy ``type``, v2 drops it."""
    public = dict(item)
    if "interactive" in public:
        inner = deepest_interactive(public["interactive"])
        params = {k: v for k, v in (as_dict(inner.get("params")) or {}).items() if k != "childrenResponse"}
        public["interactive"] = {"type": inner.get("type"), "params": params}
    if not legacy_type:
        public.pop("type", None)
    return public

"""FastGPT 4.16's error answers (and 4.14's forms of the same errors), over the MockTransport harness.

The bodies are FastGPT 4.16.0's (`packages/service/common/response/index.ts` `jsonRes` and
`resolveHttpStatusForApiError`, the tables in `packages/global/common/error/code/*.ts`, commit
2f072bd1); the 4.14 forms are 4.14.5's (every error HTTP 500, no `errorType`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

import fastgpt_client
from fastgpt_client import exceptions
from fastgpt_client._constants import MAX_RETRY_AFTER
from fastgpt_client._errors import (
    AMBIGUOUS_CODES,
    CODES,
    HTTP_STATUSES,
    MAX_ISSUES_SHOWN,
    STATUS_TEXTS,
    error_from_response,
)
from fastgpt_client.exceptions import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    InsufficientQuotaError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)

from .conftest import FakeFastGPT, Harness, SSEReply, answer, chat_body, reply_bytes, reply_json

ROOT = Path(__file__).resolve().parents[2]

ZOD_ISSUE = {
    "expected": "string",
    "code": "invalid_type",
    "path": ["messages", 0, "content"],
    "message": "Invalid input: expected string, received undefined",
}
ZOD_400 = {
    "code": 400,
    "statusText": "error",
    "message": "Data validation error",
    "data": None,
    "zodError": [ZOD_ISSUE],
}
CHAT_GENERATING = {
    "code": 504001,
    "statusText": "chatIsGenerating",
    "message": "common:code_error.chat_error.chat_generating",
    "data": None,
}
CHAT_GENERATING_TEXT = (
    "This chat is still generating. Please wait until it finishes before sending another request."
)
RATE_LIMIT_429 = {
    "code": 429,
    "statusText": "error",
    "message": "Rate limit exceeded. Maximum 30 requests per 60 seconds for this team. "
    "Please try again in 17 seconds.",
    "data": None,
    "errorType": "UserError",
}
SSE_DONE = answer("ok", event=None) + b"data: [DONE]\n\n"


async def failing_call(api: Harness, *replies: Any, max_retries: int = 0, **options: Any) -> APIStatusError:
    """One chat call that fails; the exception it raised."""
    client = api.client(FakeFastGPT(*replies), max_retries=max_retries)
    with pytest.raises(APIStatusError) as info:
        await api.create(client, "Hello", **options)
    return info.value


# -- 400: request validation (zod) ----------------------------------------------------------------
@pytest.mark.parametrize("http_status", [400, 500], ids=["4.16", "4.14"])
async def test_zod_validation_error_names_each_field(
    api: Harness, sleeps: list[float], http_status: int
) -> None:
    fake = FakeFastGPT(reply_json(ZOD_400, status=http_status))
    with pytest.raises(ValidationError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    error = info.value
    assert str(error).startswith(
        "Data validation error: messages.0.content: Invalid input: expected string, received undefined"
    )
    assert error.issues == [ZOD_ISSUE]
    assert error.code == 400
    assert error.status_code == http_status
    assert error.status_text == "error"
    assert error.error_type is None
    assert error.message_key is None
    assert error.body == ZOD_400
    assert fake.attempts == 1  # never retried
    assert sleeps == []


async def test_zod_issues_are_joined_and_capped(api: Harness) -> None:
    issues = [
        {"code": "invalid_value", "path": ["source"], "message": 'Invalid option: expected one of "a"|"b"'},
        {"code": "too_small", "path": [], "message": "Too small: expected array to have >=1 items"},
    ] + [
        {"code": "invalid_type", "path": ["items", index, "q"], "message": "Invalid input"}
        for index in range(MAX_ISSUES_SHOWN + 1)
    ]
    error = await failing_call(api, reply_json({**ZOD_400, "zodError": issues}, status=400))
    assert type(error) is ValidationError
    message = str(error)
    assert message.startswith(
        'Data validation error: source: Invalid option: expected one of "a"|"b"; '
        "Too small: expected array to have >=1 items; items.0.q: Invalid input; "
    )
    shown = MAX_ISSUES_SHOWN - 2
    assert f"items.{shown - 1}.q: Invalid input; ({len(issues) - MAX_ISSUES_SHOWN} more)" in message
    assert f"items.{shown}.q" not in message
    assert error.issues == issues


@pytest.mark.parametrize(
    ("zod_error", "issues", "shown"),
    [
        ("not a list", [], "Data validation error ["),
        ([1, "x", None], [], "Data validation error ["),
        ([{"path": "messages", "code": "custom"}], [{"path": "messages", "code": "custom"}], ": custom ["),
        ([{"path": [None, {"a": 1}], "message": ""}], [{"path": [None, {"a": 1}], "message": ""}], "invalid"),
    ],
    ids=["string", "not-objects", "path-not-a-list", "odd-path"],
)
async def test_odd_zod_error_values_never_break(
    api: Harness, zod_error: object, issues: list[Any], shown: str
) -> None:
    error = await failing_call(api, reply_json({**ZOD_400, "zodError": zod_error}, status=400))
    assert type(error) is ValidationError
    assert error.issues == issues
    assert shown in str(error)


async def test_zod_error_of_a_response_parse_is_an_internal_error_with_issues(api: Harness) -> None:
    # A zod failure that is not request input (a handler's response `.parse()`): HTTP 500, code 500.
    issue = {"code": "invalid_type", "path": ["list", 0, "_id"], "message": "Invalid input"}
    body = {"code": 500, "statusText": "error", "message": json.dumps([issue]), "zodError": [issue]}
    error = await failing_call(api, reply_json(body, status=500))
    assert type(error) is InternalServerError
    assert error.issues == [issue]
    assert str(error) == "Data validation error: list.0._id: Invalid input [FastGPT error, code 500]"


async def test_a_stream_request_rejected_by_validation_raises_before_streaming(api: Harness) -> None:
    error = await failing_call(api, reply_json(ZOD_400, status=400), stream=True)
    assert type(error) is ValidationError
    assert error.issues == [ZOD_ISSUE]


# -- chatIsGenerating: ConflictError ---------------------------------------------------------------
@pytest.mark.parametrize("http_status", [500, 409, 200], ids=["4.16.0", "409", "legacy-200"])
async def test_chat_is_generating_is_a_conflict_never_retried(
    api: Harness, sleeps: list[float], http_status: int
) -> None:
    fake = FakeFastGPT(reply_json(CHAT_GENERATING, status=http_status), reply_json(chat_body("ok")))
    with pytest.raises(ConflictError) as info:
        await api.create(api.client(fake, max_retries=3), "Hello", chat_id="chat-1")
    error = info.value
    assert isinstance(error, APIStatusError)
    assert str(error) == f"{CHAT_GENERATING_TEXT} [FastGPT chatIsGenerating, code 504001]"
    assert error.code == 504001
    assert error.status_code == http_status
    assert error.status_text == "chatIsGenerating"
    assert error.message_key == "common:code_error.chat_error.chat_generating"
    assert fake.attempts == 1
    assert sleeps == []


@pytest.mark.parametrize("content_type", ["", "text/event-stream;charset=utf-8"], ids=["4.16.0", "sse"])
async def test_chat_is_generating_in_a_stream_is_a_conflict(
    api: Harness, sleeps: list[float], content_type: str
) -> None:
    # 4.16.0 `sseErrRes` before the SSE headers: HTTP 200, no Content-Type, one `event: error` frame.
    body = b"event: error\ndata: " + json.dumps(CHAT_GENERATING).encode() + b"\n\n"
    fake = FakeFastGPT(SSEReply(body, content_type=content_type), SSEReply(SSE_DONE))
    with pytest.raises(ConflictError) as info:  # raised by the call: the error came before any answer
        await api.create(api.client(fake, max_retries=3), "Hello", stream=True, chat_id="chat-1")
    assert info.value.code == 504001
    assert info.value.status_code == 200
    assert CHAT_GENERATING_TEXT in str(info.value)
    assert fake.attempts == 1
    assert sleeps == []


async def test_chat_is_generating_without_status_text_is_a_conflict_by_code(api: Harness) -> None:
    body = {"code": 504001, "message": "common:code_error.chat_error.chat_generating"}
    error = await failing_call(api, reply_json(body, status=500))
    assert type(error) is ConflictError
    assert CHAT_GENERATING_TEXT in str(error)


@pytest.mark.parametrize(
    "reply",
    [
        reply_json({"error": "Conflict"}, status=409),
        reply_bytes(b"<html><body>409 Conflict</body></html>", status=409, content_type="text/html"),
        reply_json({"code": 409, "statusText": "somethingNew", "message": "busy"}, status=409),
    ],
    ids=["json", "html", "unknown-status-text"],
)
async def test_http_409_is_a_conflict_never_retried(api: Harness, sleeps: list[float], reply: Any) -> None:
    fake = FakeFastGPT(reply, reply_json(chat_body("ok")))
    with pytest.raises(ConflictError) as info:
        await api.create(api.client(fake, max_retries=3), "Hello")
    assert info.value.status_code == 409
    assert fake.attempts == 1
    assert sleeps == []


def test_conflict_error_is_public_and_in_the_tree() -> None:
    assert issubclass(ConflictError, APIStatusError)
    assert fastgpt_client.ConflictError is ConflictError
    assert "ConflictError" in fastgpt_client.__all__
    assert "ConflictError" in exceptions.__all__
    doc = exceptions.__doc__ or ""
    assert re.search(r"├── ConflictError\s+HTTP 409, chatIsGenerating", doc)
    assert HTTP_STATUSES[409] is ConflictError


# -- 413: too large -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("reply", "code"),
    [
        # S3 proxy upload over the maximum: code 413 -> HTTP 413.
        (
            reply_json({"code": 413, "statusText": "error", "message": "EntityTooLarge", "data": None}, 413),
            413,
        ),
        # A handler (multipart presign with `size` over the maximum): code 500, HTTP 500 (rule 2).
        (
            reply_json({"code": 500, "statusText": "error", "message": "EntityTooLarge", "data": None}, 500),
            500,
        ),
        # ... and the same body if a server sends it as HTTP 413.
        (
            reply_json({"code": 500, "statusText": "error", "message": "EntityTooLarge", "data": None}, 413),
            500,
        ),
        # Next.js's own limit (`bodyParser.sizeLimit`), plain text; a proxy's HTML page.
        (reply_bytes(b"Body exceeded 10mb limit", status=413, content_type="text/plain"), None),
        (
            reply_bytes(
                b"<html><head><title>413 Request Entity Too Large</title></head></html>",
                status=413,
                content_type="text/html",
            ),
            None,
        ),
        (reply_json({"error": "payload too large"}, status=413), None),
    ],
    ids=["proxy-envelope", "handler-envelope", "handler-envelope-413", "nextjs-text", "nginx-html", "json"],
)
async def test_413_says_the_request_is_too_large(
    api: Harness, sleeps: list[float], reply: Any, code: int | None
) -> None:
    fake = FakeFastGPT(reply, reply_json(chat_body("ok")))
    with pytest.raises(ValidationError) as info:
        await api.create(api.client(fake, max_retries=3), "Hello")
    message = str(info.value)
    assert "The request is too large for this server." in message
    assert "Send less in one call" in message  # the hint
    assert info.value.code == code
    assert fake.attempts == 1  # never retried
    assert sleeps == []


async def test_413_quotes_what_the_server_said(api: Harness) -> None:
    error = await failing_call(api, reply_bytes(b"Body exceeded 10mb limit", status=413))
    assert str(error).startswith(
        "HTTP 413 Request Entity Too Large: The request is too large for this server."
    )
    assert "'Body exceeded 10mb limit'" in str(error)
    assert "proxy or gateway" not in str(error)


# -- errorType -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"errorType": "UserError"}, "UserError"),
        ({}, None),
        ({"errorType": 5}, None),
        ({"errorType": ""}, None),
    ],
    ids=["user-error", "absent", "not-a-string", "empty"],
)
async def test_error_type_is_kept(api: Harness, extra: dict[str, Any], expected: str | None) -> None:
    body = {"code": 500, "statusText": "error", "message": "Chat dataId already exists: x1", **extra}
    error = await failing_call(api, reply_json(body, status=500))
    assert error.error_type == expected


def test_error_type_of_a_rate_limit() -> None:
    response = httpx.Response(429, json=RATE_LIMIT_429)
    error = error_from_response(response, response.content)
    assert isinstance(error, RateLimitError)
    assert error.error_type == "UserError"
    assert error.issues == []


async def test_duplicate_message_id_is_a_validation_error(api: Harness, sleeps: list[float]) -> None:
    # 4.16 (06d590c3a): a response_chat_item_id already used in the chat.
    body = {
        "code": 500,
        "statusText": "error",
        "message": "Chat dataId already exists: 68ad85a7463006c963799a05",
        "data": None,
        "errorType": "UserError",
    }
    fake = FakeFastGPT(reply_json(body, status=500), reply_json(chat_body("ok")))
    with pytest.raises(ValidationError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    assert "response_chat_item_id" in str(info.value)
    assert "Chat dataId already exists: 68ad85a7463006c963799a05" in str(info.value)
    assert fake.attempts == 1


# -- 429: the team rate limit ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("http_status", "error_type"), [(429, "UserError"), (500, None)], ids=["4.16", "4.14"]
)
async def test_team_rate_limit_is_retried_after_the_delay_in_its_message(
    api: Harness, sleeps: list[float], http_status: int, error_type: str | None
) -> None:
    body = {key: value for key, value in RATE_LIMIT_429.items() if key != "errorType" or error_type}
    fake = FakeFastGPT(reply_json(body, status=http_status), reply_json(chat_body("ok")))
    completion = await api.create(api.client(fake, max_retries=2), "Hello")
    assert completion.text == "ok"
    assert fake.attempts == 2  # a chat call: FastGPT checks the limit before running anything
    assert sleeps == [17.0]


@pytest.mark.parametrize("http_status", [429, 500], ids=["4.16", "4.14"])
async def test_team_rate_limit_error_when_retries_run_out(
    api: Harness, sleeps: list[float], http_status: int
) -> None:
    fake = FakeFastGPT(reply_json(RATE_LIMIT_429, status=http_status))
    with pytest.raises(RateLimitError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    error = info.value
    assert error.retry_after == 17.0
    assert error.code == 429
    assert error.status_code == http_status
    assert error.error_type == "UserError"
    assert "Please try again in 17 seconds." in str(error)
    assert fake.attempts == 3
    assert sleeps == [17.0, 17.0]


async def test_team_rate_limit_of_a_stream_request_is_retried(api: Harness, sleeps: list[float]) -> None:
    # The limit is checked before SSE starts, so a stream request gets the JSON answer.
    fake = FakeFastGPT(reply_json(RATE_LIMIT_429, status=429), SSEReply(SSE_DONE))
    stream = await api.create(api.client(fake, max_retries=2), "Hello", stream=True)
    assert await api.text_stream(stream) == ["ok"]
    assert fake.attempts == 2
    assert sleeps == [17.0]


async def test_team_rate_limit_longer_than_the_cap_is_raised_at_once(
    api: Harness, sleeps: list[float]
) -> None:
    wait = int(MAX_RETRY_AFTER) + 15
    body = {**RATE_LIMIT_429, "message": f"Rate limit exceeded. Please try again in {wait} seconds."}
    fake = FakeFastGPT(reply_json(body, status=429), reply_json(chat_body("ok")))
    with pytest.raises(RateLimitError) as info:
        await api.create(api.client(fake, max_retries=2), "Hello")
    assert info.value.retry_after == float(wait)
    assert fake.attempts == 1
    assert sleeps == []


@pytest.mark.parametrize("extra", [{}, {"errorType": "UserError"}], ids=["plain", "user-error"])
async def test_rate_limit_service_unavailable_backs_off(
    api: Harness, sleeps: list[float], extra: dict[str, Any]
) -> None:
    body = {
        "code": 429,
        "statusText": "error",
        "message": "Rate limit service unavailable. Please try again later.",
    }
    fake = FakeFastGPT(reply_json({**body, **extra}, status=429), reply_json(chat_body("ok")))
    completion = await api.create(api.client(fake, max_retries=2), "Hello")
    assert completion.text == "ok"
    assert len(sleeps) == 1
    assert 0 < sleeps[0] <= 0.5


# -- 4.16's new statusTexts, and codes that collide ---------------------------------------------------
NEW_416 = [
    # (statusText, code, HTTP status 4.16.0 sends, message FastGPT sends, class, English shown)
    ("commercialFeature", 509001, 403, "common:code_error.system_error.commercial_feature",
     PermissionDeniedError, "Commercial Edition exclusive feature."),
    ("fileNotFound", 507002, 404, "common:error.fileNotFound", NotFoundError, "The file does not exist."),
    ("chatIsGenerating", 504001, 500, "common:code_error.chat_error.chat_generating",
     ConflictError, CHAT_GENERATING_TEXT),
    ("uploadFileIntervalLimit", 429, 429, "common:error.upload_file_interval_limit",
     RateLimitError, "Too many uploads in a short time."),
    ("InvalidUploadFileType", 510000, 500, "common:error.s3_upload_invalid_file_type",
     ValidationError, "The file type is not allowed"),
    ("UploadFileTypeMismatch", 510001, 500, "common:error.s3_upload_invalid_file_type",
     ValidationError, "does not match its extension"),
    ("FileUploadDisabled", 510002, 500, "common:error.file_upload_disabled",
     ValidationError, "File upload is disabled for this app."),
    ("agentSandboxPermissionDenied", 510000, 403, "common:code_error.sandbox_error.agent_sandbox_permission_denied",
     PermissionDeniedError, "may not use the sandbox"),
    ("agentSandboxInitializing", 510001, 409, "common:code_error.sandbox_error.agent_sandbox_initializing",
     ConflictError, "The sandbox (VM) is still starting."),
    ("runtimeUpgradeFailed", 510002, 403, "common:code_error.sandbox_error.runtime_upgrade_failed",
     InternalServerError, "The sandbox runtime upgrade failed."),
    ("runtimeUpgradeInProgress", 510003, 409, "skill:sandbox_runtime_upgrade_in_progress",
     ConflictError, "The sandbox runtime is being upgraded."),
    ("licenseAppAmountLimit", 509002, 500, "common:code_error.system_error.license_app_amount_limit",
     InsufficientQuotaError, "The number of apps exceeds the license."),
    ("unAuthorization", 403, 403, "common:code_error.error_message.403",
     AuthenticationError, "Credential error"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("status_text", "code", "http_status", "message", "cls", "english"),
    NEW_416,
    ids=[row[0] for row in NEW_416],
)
async def test_new_status_texts_with_their_real_bodies(
    api: Harness,
    sleeps: list[float],
    status_text: str,
    code: int,
    http_status: int,
    message: str,
    cls: type[APIStatusError],
    english: str,
) -> None:
    body = {"code": code, "statusText": status_text, "message": message, "data": None}
    if cls is not RateLimitError:
        body["errorType"] = "UserError"
    fake = FakeFastGPT(reply_json(body, status=http_status))
    client = api.client(fake, max_retries=0)
    with pytest.raises(APIStatusError) as info:
        await api.create(client, "Hello")
    error = info.value
    assert type(error) is cls
    assert english in str(error)
    assert str(error).endswith(f"[FastGPT {status_text}, code {code}]")
    assert error.message_key == message  # the i18n key is kept, the English shown
    assert message not in str(error)
    assert error.code == code
    assert error.status_code == http_status
    assert STATUS_TEXTS[status_text].code == code


@pytest.mark.parametrize(
    ("status_text", "code", "expected"),
    [
        # 4.14.5 numbering: license codes one lower; 509001 meant licenseAppAmountLimit.
        ("licenseAppAmountLimit", 509001, InsufficientQuotaError),
        ("licenseUserAmountLimit", 509003, InsufficientQuotaError),
        # 4.16: 509001 is commercialFeature, 509003 licenseDatasetAmountLimit.
        ("commercialFeature", 509001, PermissionDeniedError),
        ("licenseDatasetAmountLimit", 509003, InsufficientQuotaError),
        # 510000 is both the S3 table's and the sandbox table's first code.
        ("InvalidUploadFileType", 510000, ValidationError),
        ("agentSandboxPermissionDenied", 510000, PermissionDeniedError),
        ("FileUploadDisabled", 510002, ValidationError),
        ("runtimeUpgradeFailed", 510002, InternalServerError),
    ],
)
async def test_colliding_codes_are_classed_by_status_text(
    api: Harness, status_text: str, code: int, expected: type[APIStatusError]
) -> None:
    error = await failing_call(
        api, reply_json({"code": code, "statusText": status_text, "message": "x"}, status=500)
    )
    assert type(error) is expected


@pytest.mark.parametrize("code", [509000, 509001, 509002, 509003, 509004, 510000, 510001, 510002, 510003])
@pytest.mark.parametrize(
    ("http_status", "expected"), [(500, InternalServerError), (403, PermissionDeniedError)]
)
async def test_an_ambiguous_code_alone_decides_nothing(
    api: Harness, code: int, http_status: int, expected: type[APIStatusError]
) -> None:
    error = await failing_call(
        api, reply_json({"code": code, "statusText": "error", "message": "x"}, status=http_status)
    )
    assert type(error) is expected  # the HTTP status decides, as for an unknown code
    assert error.code == code


def test_no_ambiguous_code_is_in_the_code_table() -> None:
    assert not [code for code in CODES if code in AMBIGUOUS_CODES]
    for known in STATUS_TEXTS.values():
        if known.code not in AMBIGUOUS_CODES:
            assert CODES[known.code] is known.cls


def test_license_codes_keep_their_4_14_numbers() -> None:
    assert STATUS_TEXTS["licenseAppAmountLimit"][::3] == (509002, 509001)
    assert STATUS_TEXTS["licenseDatasetAmountLimit"][::3] == (509003, 509002)
    assert STATUS_TEXTS["licenseUserAmountLimit"][::3] == (509004, 509003)


async def test_file_not_found_4_14_form(api: Harness) -> None:
    # 4.14.5 sent the key without its namespace, and HTTP 500.
    body = {"code": 507002, "statusText": "fileNotFound", "message": "error.fileNotFound", "data": None}
    error = await failing_call(api, reply_json(body, status=500))
    assert type(error) is NotFoundError
    assert error.message_key == "error.fileNotFound"


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("common:code_error.chat_error.chat_generating", CHAT_GENERATING_TEXT),
        ("common:error.fileNotFound", "File not found."),
        ("skill:sandbox_runtime_upgrade_in_progress", "The sandbox runtime is being upgraded."),
        ("common:code_error.system_error.commercial_feature", "Commercial Edition exclusive feature."),
    ],
)
async def test_new_i18n_keys_without_status_text_are_shown_in_english(
    api: Harness, message: str, english: str
) -> None:
    error = await failing_call(api, reply_json({"code": 500, "message": message}, status=500))
    assert english in str(error)
    assert error.message_key == message


@pytest.mark.parametrize("message", ["Error:timeout", "http://host:8080/x", "Rate limit exceeded."])
async def test_plain_text_is_not_taken_for_an_i18n_key(api: Harness, message: str) -> None:
    error = await failing_call(api, reply_json({"code": 500, "statusText": "error", "message": message}))
    assert error.message_key is None
    assert message in str(error)


# -- docs/errors.md --------------------------------------------------------------------------------
def _docs() -> str:
    return (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")


def test_docs_translation_table_is_the_status_text_table() -> None:
    section = _docs().split("## The translation table", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| `(\w+)` \| ([^|]+) \|$", section, flags=re.MULTILINE)
    expected = []
    for status_text, known in STATUS_TEXTS.items():
        code = str(known.code) if known.code_4_14 is None else f"{known.code} (4.14: {known.code_4_14})"
        text = known.text.replace(" Check the key you passed as api_key or in FASTGPT_API_KEY.", "")
        expected.append((status_text, code, known.cls.__name__, text))
    assert [(s, c.strip(), k, t.strip()) for s, c, k, t in rows] == expected


def test_docs_cover_the_4_16_errors() -> None:
    docs = _docs()
    for needle in (
        "ConflictError",
        "chatIsGenerating",
        "413",
        "`error_type`",
        "`issues`",
        "Data validation error",
        "errorType",
        "Please try again in",
        "4.14",
        "4.16",
    ):
        assert needle in docs, needle

"""Error translation: FastGPT envelopes under any status, proxies' bodies, Retry-After, garbage."""

from __future__ import annotations

import email.utils
import json
import types
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fastgpt_client import _response
from fastgpt_client._errors import PLAIN_MESSAGES, STATUS_TEXTS, error_from_response
from fastgpt_client._response import parse_retry_after
from fastgpt_client.exceptions import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    FastGPTError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)

from .conftest import (
    V1,
    FakeFastGPT,
    Harness,
    chat_body,
    envelope,
    reply_bytes,
    reply_envelope,
    reply_json,
)


async def call_error(api: Harness, *replies, **client_kwargs) -> APIStatusError:
    """Sends one chat request (no retries) and returns the exception it raised."""
    fake = FakeFastGPT(*replies)
    client_kwargs.setdefault("max_retries", 0)
    client = api.client(fake, **client_kwargs)
    with pytest.raises(APIStatusError) as info:
        await api.create(client, "Hello")
    assert fake.attempts == 1
    return info.value


# -- the statusText table ---------------------------------------------------------------------------
@pytest.mark.parametrize("status_text", sorted(STATUS_TEXTS))
async def test_every_status_text_maps_to_its_class(api: Harness, status_text: str) -> None:
    known = STATUS_TEXTS[status_text]
    key = f"common:code_error.error_message.{known.code}"
    error = await call_error(api, reply_envelope(known.code, status_text, key))

    assert type(error) is known.cls
    assert error.code == known.code
    assert error.status_text == status_text
    assert error.status_code == 500
    assert error.message_key == key
    assert known.text in str(error)
    assert f"[FastGPT {status_text}, code {known.code}]" in str(error)
    assert error.body == envelope(known.code, status_text, key)


@pytest.mark.parametrize("message", sorted(PLAIN_MESSAGES))
async def test_every_plain_message_maps_to_its_class(api: Harness, message: str) -> None:
    cls, text = PLAIN_MESSAGES[message]
    error = await call_error(api, reply_envelope(500, "error", message))

    assert type(error) is cls
    assert error.code == 500
    assert error.status_text == "error"
    assert error.status_code == 500
    assert error.message_key is None
    assert text in str(error)


def test_status_text_with_a_plain_server_message_appends_it() -> None:
    response = httpx.Response(500, json=envelope(514, "unAuthApiKey", "key expired on 2024-01-01"))
    error = error_from_response(response, response.content)
    assert type(error) is AuthenticationError
    assert error.message_key is None
    assert "Server said: key expired on 2024-01-01" in str(error)


# -- code-only bodies ---------------------------------------------------------------------------------
async def test_code_429_with_generic_status_text_is_a_rate_limit(api: Harness) -> None:
    message = "Rate limit exceeded. Maximum 10 requests per 60 seconds for this team. Please try again in 12 seconds."
    error = await call_error(api, reply_envelope(429, "error", message))
    assert type(error) is RateLimitError
    assert error.code == 429
    assert error.status_code == 500
    assert error.retry_after == 12.0
    assert "Rate limit exceeded" in str(error)


async def test_code_400_zod_body_is_a_validation_error(api: Harness) -> None:
    zod = json.dumps([{"code": "invalid_type", "expected": "array", "path": ["messages"]}])
    error = await call_error(api, reply_envelope(400, None, zod))
    assert type(error) is ValidationError
    assert error.code == 400
    assert error.status_text is None
    assert "invalid_type" in str(error)


async def test_code_500_generic_error_is_internal(api: Harness) -> None:
    error = await call_error(api, reply_envelope(500, "error", "workflow crashed"))
    assert type(error) is InternalServerError
    assert error.code == 500
    assert "workflow crashed" in str(error)


async def test_code_only_i18n_key_is_shown_in_english(api: Harness) -> None:
    error = await call_error(api, reply_envelope(404, "", "common:code_error.error_code.404"))
    assert type(error) is NotFoundError
    assert error.status_text is None
    assert error.message_key == "common:code_error.error_code.404"
    assert "The request does not exist." in str(error)


@pytest.mark.parametrize(
    ("http_status", "code", "expected"),
    [
        (500, 404, NotFoundError),  # unknown statusText, known code
        (500, 400, ValidationError),
        (500, 999999, InternalServerError),  # unknown code: the HTTP status decides
        (403, 999999, PermissionDeniedError),
        (401, 999999, AuthenticationError),
        (200, 999999, InternalServerError),
    ],
)
async def test_unknown_status_text_falls_back_to_code_then_http_status(
    api: Harness, http_status: int, code: int, expected: type[APIStatusError]
) -> None:
    error = await call_error(api, reply_envelope(code, "someErrorAddedLater", "boom", status=http_status))
    assert type(error) is expected
    assert error.status_text == "someErrorAddedLater"
    assert error.code == code
    assert error.status_code == http_status


async def test_string_code_is_read_as_a_number(api: Harness) -> None:
    error = await call_error(api, reply_envelope("514", "unAuthApiKey", "x"))
    assert type(error) is AuthenticationError
    assert error.code == 514


# -- HTTP 200 envelopes (older servers) ---------------------------------------------------------------
async def test_envelope_with_http_200_raises(api: Harness) -> None:
    error = await call_error(
        api, reply_envelope(514, "unAuthApiKey", "common:code_error.error_message.514", status=200)
    )
    assert type(error) is AuthenticationError
    assert error.status_code == 200
    assert error.code == 514


async def test_envelope_with_code_200_is_not_an_error(api: Harness) -> None:
    fake = FakeFastGPT(reply_json({**chat_body("fine"), "code": 200, "statusText": "", "message": ""}))
    completion = await api.create(api.client(fake), "Hello")
    assert completion.text == "fine"


# -- other servers' and proxies' bodies ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "body", "expected", "text"),
    [
        (401, {"error": "Unauthorized"}, AuthenticationError, "HTTP 401: Unauthorized"),
        (403, {"message": "Forbidden by WAF"}, PermissionDeniedError, "HTTP 403: Forbidden by WAF"),
        (404, {"detail": "Not Found"}, NotFoundError, "HTTP 404: Not Found"),
        (429, {"error": {"message": "slow down"}}, RateLimitError, "HTTP 429: slow down"),
        (422, ["not", "an", "object"], ValidationError, "HTTP 422: Unprocessable Entity"),
    ],
)
async def test_non_envelope_json_errors(
    api: Harness, status: int, body: object, expected: type[APIStatusError], text: str
) -> None:
    error = await call_error(api, reply_json(body, status=status))
    assert type(error) is expected
    assert error.status_code == status
    assert error.code is None
    assert error.status_text is None
    assert error.body == body
    assert text in str(error)


NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n"
)


async def test_nginx_html_502_page(api: Harness) -> None:
    error = await call_error(api, reply_bytes(NGINX_502, status=502, content_type="text/html"))
    assert type(error) is InternalServerError
    assert error.status_code == 502
    assert error.code is None
    message = str(error)
    assert "HTTP 502 Bad Gateway" in message
    assert "HTML page" in message
    assert "<html> <head><title>502 Bad Gateway</title></head>" in message


async def test_plain_text_error_body_is_quoted(api: Harness) -> None:
    error = await call_error(api, reply_bytes(b"upstream connect error", status=503))
    assert type(error) is InternalServerError
    assert "a non-JSON body" in str(error)
    assert "upstream connect error" in str(error)


async def test_empty_error_body(api: Harness) -> None:
    error = await call_error(api, reply_bytes(b"", status=504))
    assert type(error) is InternalServerError
    assert "(empty body)" in str(error)


async def test_long_html_page_is_cut(api: Harness) -> None:
    page = b"<html>" + b"x" * 5000 + b"</html>"
    error = await call_error(api, reply_bytes(page, status=502))
    assert isinstance(error.body, str)
    assert len(error.body) == 301
    assert error.body.endswith("…")


async def test_non_iana_status_520(api: Harness) -> None:
    error = await call_error(api, reply_bytes(b"<html>origin error</html>", status=520))
    assert type(error) is InternalServerError
    assert error.status_code == 520
    assert "HTTP 520" in str(error)


# -- retry_after ----------------------------------------------------------------------------------------
async def test_retry_after_seconds_header(api: Harness) -> None:
    error = await call_error(api, reply_json({"error": "slow"}, status=429, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


async def test_retry_after_ms_header_wins(api: Harness) -> None:
    headers = {"retry-after-ms": "1500", "Retry-After": "9"}
    error = await call_error(api, reply_json({"error": "slow"}, status=429, headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 1.5


async def test_retry_after_http_date(api: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_700_000_000.0
    monkeypatch.setattr(_response, "time", types.SimpleNamespace(time=lambda: now))
    date = email.utils.formatdate(now + 30, usegmt=True)
    error = await call_error(api, reply_json({"error": "slow"}, status=429, headers={"Retry-After": date}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0


async def test_retry_after_from_fastgpt_message(api: Harness) -> None:
    message = "Rate limit exceeded. Please try again in 12 seconds."
    error = await call_error(api, reply_envelope(429, "tooManyRequest", message))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "garbage"}, None),
        ({"Retry-After": "-5"}, 0.0),
        ({"retry-after-ms": "nope", "Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.25"}, 0.25),
    ],
)
def test_parse_retry_after_edge_cases(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers)) == expected


def test_retry_after_date_in_the_past_is_zero() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0


# -- never anything but our exceptions -----------------------------------------------------------------
GARBAGE = [
    b"\xff\xfe\x00garbage",
    b"null",
    b"[]",
    b'"a string"',
    b"42",
    b'{"code": true, "message": "x"}',
    b'{"code": "abc", "statusText": "unAuthApiKey"}',
    b'{"code": null, "statusText": 5, "message": {"nested": 1}}',
    b'{"code": 514, "statusText": ["x"], "message": null}',
    b"[" * 100_000,
    b'{"unterminated": ',
]


@pytest.mark.parametrize("status", [200, 400, 500, 502])
@pytest.mark.parametrize("content", GARBAGE, ids=lambda content: repr(content[:20]))
async def test_garbage_bodies_raise_only_our_errors(api: Harness, status: int, content: bytes) -> None:
    client = api.client(FakeFastGPT(reply_bytes(content, status=status)), max_retries=0)
    outcome = await outcome_of(api.create(client, "Hello"))
    if isinstance(outcome, FastGPTError):
        assert str(outcome)
        assert repr(outcome)
        if status != 200:
            assert isinstance(outcome, APIStatusError)
            assert outcome.status_code == status
    else:
        # A 2xx JSON object that is neither an envelope nor an answer is an empty answer.
        assert status == 200
        assert outcome.text == ""


async def outcome_of(call: Any) -> Any:
    """The result of `call`, or the FastGPTError it raised (anything else propagates)."""
    try:
        return await call
    except FastGPTError as error:
        return error


def test_code_514_envelope_in_garbage_list_is_an_auth_error() -> None:
    response = httpx.Response(500, content=b'{"code": "abc", "statusText": "unAuthApiKey"}')
    error = error_from_response(response, response.content)
    assert type(error) is AuthenticationError
    assert error.code is None


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "code",
                    "statusText",
                    "message",
                    "data",
                    "choices",
                    "message",
                    "content",
                    "type",
                    "text",
                    "interactive",
                    "responseData",
                    "newVariables",
                    "reasoning_content",
                    "error",
                    "id",
                    "delta",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(body=json_values, status=st.sampled_from([200, 201, 400, 401, 404, 429, 500, 502, 520]))
def test_any_json_body_gives_a_result_or_our_error(body: object, status: int) -> None:
    from fastgpt_client import ChatClient

    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    with httpx.Client(transport=transport) as http:
        client = ChatClient(api_key="fastgpt-x", base_url="https://h", max_retries=0, http_client=http)
        try:
            completion = client.create_chat_completion("hi")
        except FastGPTError as error:
            rendered = f"{error!s} {error!r}"  # rendering must not raise either
            assert rendered.strip()
            return
        # Every resolved view of a success must be readable.
        assert isinstance(completion.text, str)
        assert isinstance(completion.reasoning, str)
        assert isinstance(completion.new_variables, dict)
        assert isinstance(completion.response_data, list)
        assert isinstance(completion.tokens.total_tokens, int)
        assert completion.interactive is None or isinstance(completion.interactive.type, str)
        assert repr(completion).startswith("ChatCompletion(")


# -- unknown values in successful answers ----------------------------------------------------------------
async def test_unknown_values_and_extra_fields_in_a_success_parse(api: Harness) -> None:
    body = chat_body(
        [
            {"type": "text", "text": {"content": "first"}, "extra": 1},
            {"type": "plan", "plan": {"steps": ["a"]}},
            {"type": "reasoning", "reasoning": {"content": "thinking"}},
            {"type": "text", "text": {"content": "second"}},
        ],
        finish_reason="content_filter_v9",
        title="A generated title",
        somethingNew={"nested": [1, 2]},
    )
    body["choices"][0]["newChoiceField"] = True
    completion = await api.create(api.client(FakeFastGPT(reply_json(body))), "Hello")
    assert completion.text == "first\nsecond"
    assert completion.reasoning == "thinking"
    assert completion.interactive is None
    assert completion.choices[0].finish_reason == "content_filter_v9"
    assert completion.raw.title == "A generated title"
    assert completion.raw.additional_properties["somethingNew"] == {"nested": [1, 2]}
    assert completion.choices[0].additional_properties == {"newChoiceField": True}


async def test_success_body_that_is_not_json(api: Harness) -> None:
    client = api.client(FakeFastGPT(reply_bytes(b"<html>ok</html>", status=200)))
    with pytest.raises(APIResponseValidationError) as info:
        await api.create(client, "Hello")
    assert info.value.status_code == 200
    assert "not JSON" in str(info.value)
    assert info.value.body == "<html>ok</html>"


async def test_success_body_of_the_wrong_shape(api: Harness) -> None:
    client = api.client(FakeFastGPT(reply_json([1, 2, 3])))
    with pytest.raises(APIResponseValidationError) as info:
        await api.create(client, "Hello")
    assert "does not have the shape" in str(info.value)


def test_errors_posted_to_the_right_path() -> None:
    # error_from_response keeps the request of the response for context.
    request = httpx.Request("POST", "https://h" + V1)
    response = httpx.Response(500, json=envelope(502000, "appUnExist", "x"), request=request)
    error = error_from_response(response, response.content)
    assert type(error) is NotFoundError
    assert error.request is request
    assert error.response is response

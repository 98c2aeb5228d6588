"""Authentication and the error envelope in its three styles (FastGPT, legacy 200, proxy statuses)."""

from __future__ import annotations

import httpx
import pytest

from fastgpt_client.testing import FakeFastGPT

from .conftest import ON_4_14, V1, V2, bearer, parse_sse, user

UN_AUTHORIZATION = {
    "code": 403,
    "statusText": "unAuthorization",
    "message": "common:code_error.error_message.403",
    "data": None,
}
UN_AUTH_API_KEY = {
    "code": 514,
    "statusText": "unAuthApiKey",
    "message": "common:code_error.error_message.514",
    "data": None,
}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": ""}, {"Authorization": "Bearer"}, {"Authorization": "Bearer a-b-c-d"}],
    ids=["missing", "empty", "no-token", "bad-format"],
)
@ON_4_14
def test_missing_or_malformed_key_is_un_authorization(server: FakeFastGPT, headers: dict[str, str]) -> None:
    r = httpx.post(server.base_url + V1, json={"messages": user("hi")}, headers=headers)
    assert r.status_code == 500
    assert r.json() == UN_AUTHORIZATION


@pytest.mark.parametrize("path", [V1, V2])
def test_unknown_key_is_un_auth_api_key(server: FakeFastGPT, path: str) -> None:
    r = httpx.post(server.base_url + path, json={"messages": user("hi")}, headers=bearer("fastgpt-nope"))
    assert r.status_code == 500
    assert r.json() == UN_AUTH_API_KEY


def test_stream_error_is_a_single_error_frame_in_a_200(server: FakeFastGPT) -> None:
    r = httpx.post(
        server.base_url + V1, json={"messages": user("hi"), "stream": True}, headers=bearer("fastgpt-nope")
    )
    assert r.status_code == 200
    assert r.text.startswith("event: error\n")
    frames = parse_sse(r.text)
    assert [f.event for f in frames] == ["error"]
    assert frames[0].json() == UN_AUTH_API_KEY
    assert "[DONE]" not in r.text


def test_account_key_needs_app_id(server: FakeFastGPT) -> None:
    r = httpx.post(server.base_url + V1, json={"messages": user("hi")}, headers=bearer(server.account_key))
    assert r.status_code == 500
    assert r.json() == {
        "code": 500,
        "statusText": "error",
        "message": "Key is error. You need to use the app key rather than the account key.",
        "data": None,
    }
    ok = httpx.post(
        server.base_url + V1,
        json={"messages": user("hi"), "appId": server.app_ids["tool"]},
        headers=bearer(server.account_key),
    )
    assert ok.status_code == 200
    assert "weather" in ok.json()["choices"][0]["message"]["content"]


def test_key_with_app_id_suffix(server: FakeFastGPT) -> None:
    key = f"{server.account_key}-{server.app_ids['tool']}"
    r = httpx.post(server.base_url + V1, json={"messages": user("weather in Rome")}, headers=bearer(key))
    assert r.status_code == 200
    assert "Rome" in r.json()["choices"][0]["message"]["content"]


def test_unknown_app_is_app_empty(server: FakeFastGPT) -> None:
    r = httpx.post(
        server.base_url + V1,
        json={"messages": user("hi"), "appId": "0" * 24},
        headers=bearer(server.account_key),
    )
    assert r.status_code == 500
    assert r.json() == {"code": 500, "statusText": "error", "message": "app is empty", "data": None}


def test_empty_messages(client: httpx.Client) -> None:
    bodies: list[dict[str, object]] = [{"messages": []}, {}]
    for body in bodies:
        r = client.post(V1, json=body)
        assert r.status_code == 500
        assert r.json()["message"] == "messages is empty"


def test_chat_of_another_app_is_un_auth_chat(server: FakeFastGPT, client: httpx.Client) -> None:
    assert client.post(V1, json={"messages": user("hi"), "chatId": "mine"}).status_code == 200
    r = httpx.post(
        server.base_url + V1,
        json={"messages": user("hi"), "chatId": "mine"},
        headers=bearer(server.app_keys["select"]),
    )
    assert r.status_code == 500
    assert r.json()["code"] == 504000
    assert r.json()["statusText"] == "unAuthChat"


def test_legacy_errors_use_http_200() -> None:
    with FakeFastGPT(legacy_errors=True) as s:
        r = httpx.post(s.base_url + V1, json={"messages": user("hi")}, headers=bearer("fastgpt-nope"))
        assert r.status_code == 200
        assert r.json() == UN_AUTH_API_KEY
        stream = httpx.post(
            s.base_url + V1, json={"messages": user("hi"), "stream": True}, headers=bearer("fastgpt-nope")
        )
        assert stream.status_code == 200
        assert parse_sse(stream.text)[0].event == "error"


def test_http_status_errors_like_a_proxy() -> None:
    with FakeFastGPT(http_status_errors=True) as s:
        r = httpx.post(s.base_url + V1, json={"messages": user("hi")}, headers=bearer("fastgpt-nope"))
        assert r.status_code == 401
        assert r.json() == UN_AUTH_API_KEY
        r = httpx.post(
            s.base_url + V1, json={"messages": user("hi"), "appId": "0" * 24}, headers=bearer(s.account_key)
        )
        assert r.status_code == 404
        r = httpx.post(s.base_url + V1, json={"messages": user("hi"), "stream": True}, headers={})
        assert r.status_code == 401
        assert r.json() == UN_AUTHORIZATION


def test_both_error_styles_are_refused() -> None:
    with pytest.raises(ValueError, match="at most one"):
        FakeFastGPT(legacy_errors=True, http_status_errors=True)


def test_health(server: FakeFastGPT) -> None:
    r = httpx.get(server.base_url + "/api/support/openapi/health", params={"apiKey": server.api_key})
    assert r.status_code == 200
    assert r.json() == {
        "code": 200,
        "statusText": "",
        "message": "",
        "data": {"appId": server.default_app_id},
    }
    r = httpx.get(server.base_url + "/api/support/openapi/health", params={"apiKey": server.account_key})
    assert r.json()["data"] == {}
    r = httpx.get(server.base_url + "/api/support/openapi/health", params={"apiKey": "fastgpt-nope"})
    assert r.status_code == 500
    assert r.json() == {"code": 500, "statusText": "error", "message": "APIKey invalid", "data": None}


def test_keys_and_ids_look_like_fastgpt(server: FakeFastGPT) -> None:
    import re

    for key in [server.api_key, server.account_key, *server.app_keys.values()]:
        assert re.fullmatch(r"fastgpt-[a-z][A-Za-z0-9]{51}", key)
    for app_id in server.app_ids.values():
        assert re.fullmatch(r"[0-9a-f]{24}", app_id)
    assert set(server.app_ids) >= {"assistant", "select", "form", "tool"}
    assert server.default_app_id == server.app_ids["assistant"]
    assert server.base_url.startswith("http://127.0.0.1:")
    with FakeFastGPT() as again:
        assert again.api_key == server.api_key  # the same seed gives the same keys
    with FakeFastGPT(seed=1) as other:
        assert other.api_key != server.api_key


def test_key_is_never_recorded(server: FakeFastGPT, client: httpx.Client) -> None:
    client.post(V1, json={"messages": user("hi")})
    httpx.get(server.base_url + "/api/support/openapi/health", params={"apiKey": server.api_key})
    for recorded in server.recorded_requests:
        assert server.api_key not in repr(recorded)
    first = server.recorded_requests[0]
    assert first.headers["authorization"].startswith("Bearer fastgpt-")
    assert first.body == {"messages": user("hi")}

"""Share-link chats on the wire: no Authorization header, the link in `outLinkAuthData` (4.16)
or at the top level (4.14), an unknown link is `linkUnInvalid`."""

from __future__ import annotations

import httpx

from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS, V2, user


def post(server: FakeFastGPT, body: dict[str, object]) -> httpx.Response:
    return httpx.post(server.base_url + V2, json={"messages": user("hi"), **body})


@BOTH_VERSIONS
def test_the_version_reads_its_own_fields(server: FakeFastGPT, version: str) -> None:
    share = server.share_links["assistant"]
    nested = post(server, {"outLinkAuthData": {"shareId": share, "outLinkUid": "u1"}})
    flat = post(server, {"shareId": share, "outLinkUid": "u1"})
    ok, refused = (nested, flat) if version == "4.16" else (flat, nested)
    assert ok.status_code == 200
    assert "You asked: hi" in ok.json()["choices"][0]["message"]["content"]
    assert refused.json()["statusText"] == "unAuthorization"  # no key, and no link it reads


@BOTH_VERSIONS
def test_an_unknown_link(server: FakeFastGPT, version: str) -> None:
    link = {"shareId": "nope", "outLinkUid": "u1"}
    body = {"outLinkAuthData": link} if version == "4.16" else link
    answer = post(server, body).json()
    assert (answer["code"], answer["statusText"]) == (501, "linkUnInvalid")


def test_both_fields_are_needed(server: FakeFastGPT) -> None:
    half = post(server, {"outLinkAuthData": {"shareId": server.share_links["assistant"]}})
    assert half.json()["statusText"] == "unAuthorization"


def test_the_link_picks_the_app(server: FakeFastGPT) -> None:
    link = {"shareId": server.share_links["select"], "outLinkUid": "u1"}
    body = {"outLinkAuthData": link, "appId": server.app_ids["assistant"], "detail": True, "stream": True}
    text = post(server, body).text
    assert "event: interactive" in text  # the select app's prompt, not the assistant's answer

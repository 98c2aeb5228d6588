"""The emulator serves FastGPT's own API document of its version, unwrapped, without a key."""

from __future__ import annotations

import httpx

from fastgpt_client.testing import FakeFastGPT

from .conftest import BOTH_VERSIONS

PATHS = {
    "4.16": ["/api/apidoc/systemopenapi.json", "/api/apidoc/devapi.json"],
    "4.14": ["/api/openapi.json"],
}


@BOTH_VERSIONS
def test_documents_of_the_version_only(server: FakeFastGPT, version: str) -> None:
    for path in PATHS[version]:
        response = httpx.get(server.base_url + path)
        assert response.status_code == 200
        document = response.json()
        assert document["openapi"].startswith("3.")
        assert "code" not in document  # not enveloped
        assert document["paths"]
    for other in (p for v, paths in PATHS.items() if v != version for p in paths):
        missing = httpx.get(server.base_url + other)
        assert missing.status_code == 404
        assert "text/html" in missing.headers["content-type"]


def test_the_system_document_is_fastgpts(server: FakeFastGPT) -> None:
    document = httpx.get(server.base_url + "/api/apidoc/systemopenapi.json").json()
    assert document["info"]["title"] == "FastGPT System OpenAPI"
    assert len([m for item in document["paths"].values() for m in item]) == 41


def test_a_served_document_can_be_replaced(server: FakeFastGPT) -> None:
    server.serve_api_document("/api/apidoc/systemopenapi.json", {"openapi": "3.1.0", "paths": {}})
    assert httpx.get(server.base_url + "/api/apidoc/systemopenapi.json").json()["paths"] == {}
    server.serve_api_document("/api/apidoc/systemopenapi.json", None)
    assert httpx.get(server.base_url + "/api/apidoc/systemopenapi.json").json()["paths"]

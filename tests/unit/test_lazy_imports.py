"""`import fastgpt_client` loads the exceptions at once and the clients and value types on first
use (issue 17: its import costs about what `import httpx` does); every public name still resolves."""

from __future__ import annotations

import subprocess
import sys

import pytest

import fastgpt_client
import fastgpt_client.types


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(m for m in sys.modules if m.startswith('fastgpt')))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_import_loads_only_the_exceptions() -> None:
    loaded = _modules_after("import fastgpt_client")
    assert loaded == {
        "fastgpt_client",
        "fastgpt_client._version",
        "fastgpt_client.exceptions",
        "fastgpt_client.types",
    }


def test_a_name_loads_its_module_on_first_use() -> None:
    loaded = _modules_after("from fastgpt_client import AnswerEvent")
    assert "fastgpt_client.types.events" in loaded
    assert "fastgpt_client._chat_client" not in loaded
    assert "fastgpt_client._chat_client" in _modules_after("import fastgpt_client\nfastgpt_client.ChatClient")


def test_every_public_name_resolves_to_the_object_of_its_module() -> None:
    from fastgpt_client._chat_client import ChatClient
    from fastgpt_client.types.events import AnswerEvent

    for name in fastgpt_client.__all__:
        assert getattr(fastgpt_client, name) is not None, name
    for name in fastgpt_client.types.__all__:
        assert getattr(fastgpt_client.types, name) is getattr(fastgpt_client, name), name
    assert fastgpt_client.ChatClient is ChatClient
    assert fastgpt_client.types.AnswerEvent is AnswerEvent
    assert set(fastgpt_client.types.__all__) <= set(fastgpt_client.__all__)


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from fastgpt_client import *", namespace)
    assert set(fastgpt_client.__all__) <= set(namespace)


def test_an_unknown_name_is_an_attribute_error() -> None:
    for module in (fastgpt_client, fastgpt_client.types):
        with pytest.raises(AttributeError, match="NoSuchThing"):
            module.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018

"""A FastGPT-compatible server for tests and demos, in the spirit of stripe-mock.

It speaks FastGPT's wire format (error envelopes, ``event: error`` in a 200 stream, v1's
``flowResponses``, ``flowNodeResponse`` in v2, heartbeats, the 1/1/1 usage placeholder), keeps
chats in SQLite, and has scriptable apps and fault injection. It speaks FastGPT 4.16 (4.16.0) by
default and FastGPT 4.14 (4.14.5) with ``FakeFastGPT(version="4.14")``: error statuses, request
validation, stream order and the routes and answers that changed follow the version (the table
is in docs/testing.md)::

    from fastgpt_client.testing import FakeFastGPT, ScriptedReply

    with FakeFastGPT() as server:
        server.script("assistant", ScriptedReply(text="Hi!", reasoning="Say hi."))
        ...  # point a client at server.base_url with server.api_key

Faults, per request with the ``X-Fake-Fault`` header or per server with ``server.inject()``::

    fault  := item (";" item)*          e.g.  "delay_between=0.2;cut_after=5"
    item   := name ["=" value]

    delay_first=S  delay_between=S  cut_after=N  cut_mid_frame=N  cut_mid_char=N  malformed[=N]
    truncated_json  html_502  html=CODE  status=CODE  empty_200  rate_limit=N  rate_limit_http=N
    reset  fail_push_after=N

(see ``Fault`` for what each does).

What it emulates: ``POST /api/v1/chat/completions``, ``POST /api/v2/chat/completions``,
``POST /api/v2/chat/stop``, ``GET /api/support/openapi/health``; app and account keys (and the
``key-appId`` form); history and variables under ``chatId``; userSelect/userInput prompts and
their continuation; tool-call events; a "Knowledge Search" node in the assistant app once a
dataset is attached (``attach_dataset``); the knowledge-base routes under ``/api/core/dataset``
(datasets, collections from text/links/files, pushData, data CRUD, ``searchTest`` ranked by
SQLite FTS5 full text standing in for embeddings); chat history, records, feedback, the question
guide and chat files (presigned to ``/fake-s3/<key>`` on the emulator) under ``/api/core/chat``;
``/api/proApi/**`` answering like an open-source FastGPT; chats through share links
(``server.share_links``); FastGPT's own API documents (``/api/apidoc/*``, ``/api/openapi.json``).
What it does not: real models, the cookie auth and share-link limits, embeddings, fetching links, parsing non-text files, plugin
("workflowTool") apps, the commercial edition and its limits, billing.
"""

import importlib.util

if importlib.util.find_spec("starlette") is None or importlib.util.find_spec("uvicorn") is None:
    raise ImportError(
        "fastgpt_client.testing (the FastGPT emulator) needs Starlette and uvicorn: "
        "pip install 'fastgpt-client[testing]'"
    )

from ._agent_events import agent_plan, plan_status, sandbox_status, skill_call
from ._errors import ErrorStyle
from ._fake import FakeFastGPT
from ._faults import FAULT_HEADER, Fault
from ._scripting import ScriptedReply, children_interactive, form_field, user_input, user_select
from ._state import RecordedRequest
from ._versions import VERSIONS, Version

__all__ = [
    "FAULT_HEADER",
    "VERSIONS",
    "ErrorStyle",
    "FakeFastGPT",
    "Fault",
    "RecordedRequest",
    "ScriptedReply",
    "Version",
    "agent_plan",
    "children_interactive",
    "form_field",
    "plan_status",
    "sandbox_status",
    "skill_call",
    "user_input",
    "user_select",
]

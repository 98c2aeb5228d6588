"""Every response and stream example of FastGPT's own documents parses through the SDK.

The examples are `openapi/upstream/completion-examples-4.16.0.json` (the JSON response examples
and the SSE examples of v1 and v2, and every code block of FastGPT's `chat.mdx` that is an
answer) and the response examples of the System/Dev documents (and of the handler response
schemas) for the operations our spec has. Each is answered by an `httpx.MockTransport` to the
public method that reads it (as `{code: 200, data: <example>}` where the example is only the
`data`), and the result's key fields are checked.

FastGPT's SSE examples are simplified for reading; where a simplification is not a valid
stream, `REPAIRS` undoes it (each with the reason, each checked to still apply). Request blocks
of chat.mdx are skipped by `CHAT_MDX` (a table of all 37 blocks), with why.
"""

# The expected texts are FastGPT's, in Chinese, with full-width punctuation.
# ruff: noqa: RUF001

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from fastgpt_client import (
    AppClient,
    ChatClient,
    ChatCompletion,
    DatasetClient,
    FlowResponsesEvent,
    InteractiveEvent,
    StreamEvent,
)
from tests.contract import upstream

KEY = "fastgpt-contract0000000000000000000000000000000000000000"
APP_ID = "68ad85a7463006c963799a05"
DATASET_ID = "68ad85a7463006c963799a06"
CHAT_ID = "chat-contract-1"
BASE_URL = "https://fastgpt.test"

EXAMPLES = upstream.load(upstream.COMPLETION_EXAMPLES)
VERSIONS = ("v1", "v2")
ANSWER = "电影《铃芽之旅》的导演是新海诚。"


def completions(version: str) -> Mapping[str, Any]:
    return EXAMPLES[f"POST /api/{version}/chat/completions"]


# -- answering the SDK ---------------------------------------------------------------------------------


def json_reply(body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return reply


def sse_reply(text: str) -> Callable[[httpx.Request], httpx.Response]:
    def reply(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "text/event-stream;charset=utf-8"}
        return httpx.Response(200, content=text.encode("utf-8"), headers=headers)

    return reply


def envelope(data: Any) -> dict[str, Any]:
    return {"code": 200, "statusText": "", "message": "", "data": data}


def client_for(cls: type[Any], reply: Callable[[httpx.Request], httpx.Response]) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(reply))
    return cls(api_key=KEY, base_url=BASE_URL, app_id=APP_ID, max_retries=0, http_client=http)


def complete(body: Any, *, version: str = "v1", detail: bool = True) -> ChatCompletion:
    with client_for(ChatClient, json_reply(body)) as client:
        result: ChatCompletion = client.create_chat_completion(
            "导演是谁", chat_id=CHAT_ID, detail=detail, api_version=version
        )
        return result


def stream(
    text: str, *, version: str = "v1", detail: bool = True
) -> tuple[list[StreamEvent], ChatCompletion]:
    with client_for(ChatClient, sse_reply(text)) as client:
        events: list[StreamEvent] = []
        with client.create_chat_completion(
            "导演是谁", stream=True, chat_id=CHAT_ID, detail=detail, api_version=version
        ) as answer:
            events = list(answer)
            return events, answer.get_final_completion()


# -- repairs of FastGPT's simplified SSE examples -----------------------------------------------------------


@dataclass(frozen=True)
class Repair:
    """A documented simplification of an example, undone: `pattern` must still match (else the
    repair is stale and a test says so)."""

    name: str
    pattern: str
    fix: Callable[[re.Match[str]], str]
    reason: str

    def apply(self, text: str) -> tuple[str, int]:
        return re.subn(self.pattern, self.fix, text, flags=re.MULTILINE)


def _select_params(_: re.Match[str]) -> str:
    content = completions("v1")["response_examples_application_json"]["interactiveUserSelect"]["value"]
    params = content["choices"][0]["message"]["content"][0]["interactive"]["params"]
    return '"params":' + json.dumps(params, ensure_ascii=False, separators=(",", ":"))


REPAIRS: dict[str, Repair] = {
    "last frame": Repair(
        "the last frame's blank line",
        r"(?<=[^\n])\n?\Z",
        lambda m: "\n\n",
        "A fenced block ends at its last line, so the stream's last frame lacks the blank line that "
        "ends it (FastGPT writes `data: ${data}\\n\\n`, responseWrite in "
        "packages/service/common/response/index.ts:257 @ 2f072bd1); an SSE reader drops an "
        "unterminated frame at the end of the stream.",
    ),
    "frames": Repair(
        "one frame per data line",
        r"^(data: .*)\n(?=data: )",
        lambda m: m.group(1) + "\n\n",
        "FastGPT ends every frame with a blank line (responseWrite writes `data: ${data}\\n\\n`, "
        "packages/service/common/response/index.ts:257 @ 2f072bd1); the examples print the "
        "detail=false chunks on consecutive lines, which SSE would join into one frame.",
    ),
    "elided list": Repair(
        "`, ...]` elides list items",
        r", \.\.\.\]",
        lambda m: "]",
        "The description says `...` marks omitted content; the items shown are complete.",
    ),
    "elided params": Repair(
        '`"params":{...}` elides the prompt',
        r'"params":\{\.\.\.\}',
        _select_params,
        "The description says: interactive.params 的完整结构请参考 ... interactiveUserSelect example; "
        "that example's params are put in.",
    ),
    "elided choices": Repair(
        '`{"choices":[...]}` elides the chunk',
        r'"choices":\[\.\.\.\]',
        lambda m: '"choices":[]',
        "A schematic of the frame shape: fed with no choices (an empty chunk, which a reader must "
        "take in its stride).",
    ),
    "no [DONE]": Repair(
        "the stream is shown without its end",
        r"\A(?![\s\S]*\[DONE\])([\s\S]*?)\n*\Z",
        lambda m: m.group(1).rstrip("\n") + "\n\ndata: [DONE]\n\n",
        "A cut-off excerpt (its first chunks only, or the frame shape): every FastGPT stream ends "
        "with `[DONE]` (the `answer` frame `data: [DONE]`), which is appended.",
    ),
}


def repaired(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text, count = REPAIRS[name].apply(text)
        assert count, f"REPAIRS[{name!r}] no longer applies to this example: remove it from the table"
    return text


# -- completions: JSON response examples --------------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    text: str = ANSWER
    interactive: str | None = None
    options: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    nodes: int = 0
    variables: Mapping[str, Any] | None = None


JSON_EXPECT = {
    "detailFalseStreamFalse": Expect(),
    "detailTrueStreamFalse": Expect(nodes=2, variables={"uid": "asdfadsfasfd2323", "name": "张三"}),
    "interactiveUserSelect": Expect(text="", interactive="userSelect", options=("Confirm", "Cancel")),
    "interactiveUserInput": Expect(text="", interactive="userInput", fields=("测试 1", "测试 2")),
}


def check(completion: ChatCompletion, expect: Expect) -> None:
    assert completion.chat_id == CHAT_ID
    assert completion.text == expect.text
    prompt = completion.interactive
    if expect.interactive is None:
        assert prompt is None
    else:
        assert prompt is not None
        assert prompt.type == expect.interactive
        assert prompt.options == expect.options
        assert tuple(f.key for f in prompt.form) == expect.fields
    assert len(completion.response_data) == expect.nodes
    if expect.variables is not None:
        assert completion.new_variables == expect.variables


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", list(JSON_EXPECT))
def test_completion_json_example_parses(version: str, name: str) -> None:
    value = completions(version)["response_examples_application_json"][name]["value"]
    check(complete(value, version=version, detail=name != "detailFalseStreamFalse"), JSON_EXPECT[name])


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", ["detailFalseStreamFalse", "detailTrueStreamFalse"])
def test_completion_json_example_keeps_the_title(version: str, name: str) -> None:
    value = completions(version)["response_examples_application_json"][name]["value"]
    assert value["title"] == "铃芽之旅导演"
    assert complete(value, version=version).title == "铃芽之旅导演"


def test_the_json_examples_are_the_system_documents() -> None:
    """completion-examples copies the System document's examples verbatim: checking one checks both."""
    for version in VERSIONS:
        op = upstream.operation("POST", f"/api/{version}/chat/completions")
        assert op is not None
        published = op["responses"]["200"]["content"]["application/json"]["examples"]
        assert published == completions(version)["response_examples_application_json"]
        assert set(published) == set(JSON_EXPECT)


# -- completions: SSE examples -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StreamExpect:
    detail: bool
    repairs: tuple[str, ...]
    text: str = ANSWER
    interactive: str | None = None
    events: tuple[str, ...] = ()  # event names that must be among those yielded
    title: str | None = None


SSE_EXPECT = {
    "`detail=false, stream=true`": StreamExpect(False, ("frames", "last frame")),
    "`detail=true, stream=true`": StreamExpect(
        True, ("last frame",), events=("flowNodeStatus", "chatTitle"), title="铃芽之旅导演"
    ),
    "交互节点 stream 响应": StreamExpect(
        True, ("elided params", "last frame"), text="", interactive="userSelect"
    ),
}
# v1's detail block ends with `flowResponses` after [DONE] (elided); v2's has flowNodeResponse events.
SSE_EXTRA = {
    ("v1", "`detail=true, stream=true`"): (("elided list",), ("flowResponses",)),
    ("v2", "`detail=true, stream=true`"): ((), ("flowNodeResponse", "updateVariables", "workflowDuration")),
}


def sse_cases() -> list[tuple[str, str]]:
    return [(v, block["heading"]) for v in VERSIONS for block in completions(v)["sse_markdown_blocks"]]


def check_stream(
    events: list[StreamEvent], completion: ChatCompletion, expect: StreamExpect, names: tuple[str, ...]
) -> None:
    assert completion.chat_id == CHAT_ID
    assert completion.text == expect.text
    seen = [event.event for event in events]
    for name in (*expect.events, *names):
        assert name in seen, f"no {name!r} event in {seen}"
    if expect.interactive is not None:
        prompts = [e.prompt for e in events if isinstance(e, InteractiveEvent)]
        assert [p.type for p in prompts] == [expect.interactive]
        assert completion.interactive is not None
        assert completion.interactive.type == expect.interactive
        assert completion.interactive.options == ("Confirm", "Cancel")


@pytest.mark.parametrize(("version", "heading"), sse_cases())
def test_completion_sse_example_parses(version: str, heading: str) -> None:
    block = next(b for b in completions(version)["sse_markdown_blocks"] if b["heading"] == heading)
    expect = SSE_EXPECT[heading]
    extra_repairs, extra_events = SSE_EXTRA.get((version, heading), ((), ()))
    text = repaired(block["text"], (*expect.repairs, *extra_repairs))
    events, completion = stream(text, version=version, detail=expect.detail)
    check_stream(events, completion, expect, extra_events)
    if version == "v1" and "flowResponses" in extra_events:
        nodes = [e for e in events if isinstance(e, FlowResponsesEvent)]
        assert [n.module_name for n in nodes[0].nodes] == ["知识库搜索"]


@pytest.mark.parametrize("version", VERSIONS)
def test_completion_sse_example_keeps_the_title(version: str) -> None:
    block = next(
        b for b in completions(version)["sse_markdown_blocks"] if b["heading"] == "`detail=true, stream=true`"
    )
    text = repaired(
        block["text"], (*SSE_EXPECT[block["heading"]].repairs, *SSE_EXTRA[(version, block["heading"])][0])
    )
    _, completion = stream(text, version=version)
    assert completion.title == "铃芽之旅导演"


@pytest.mark.parametrize("version", VERSIONS)
def test_completion_event_stream_schematic_parses(version: str) -> None:
    """The `text/event-stream` example of the operation: one elided answer frame."""
    example = completions(version)["response_text_event_stream"]["example"]
    events, completion = stream(repaired(example, ("elided choices", "no [DONE]")), version=version)
    assert completion.text == ""
    assert events == []


def test_every_sse_block_has_an_expectation() -> None:
    for version, heading in sse_cases():
        assert heading in SSE_EXPECT, f"{version}: a new SSE example {heading!r}: add it to SSE_EXPECT"


def test_a_repair_that_no_longer_applies_fails() -> None:
    with pytest.raises(AssertionError, match="no longer applies"):
        repaired("data: [DONE]\n\n", ("no [DONE]",))


# -- chat.mdx: every code block ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """How one chat.mdx code block is checked: `read` feeds it to the SDK and asserts on the
    result, or `skip` says why it is not an answer."""

    heading: str
    read: Callable[[str], None] | None = None
    skip: str = ""


REQUEST = "a request (curl), not an answer: the requests the SDK sends are checked by test_upstream_requests"


def _json(text: str) -> Any:
    """A JSON block; chat.mdx comments some with `// ...` lines (not JSON), which are dropped."""
    return json.loads("\n".join(line for line in text.splitlines() if not line.strip().startswith("//")))


def _completion(
    detail: bool, text: str, nodes: int, variables: Mapping[str, Any] | None = None
) -> Callable[[str], None]:
    def read(block: str) -> None:
        check(complete(_json(block), detail=detail), Expect(text=text, nodes=nodes, variables=variables))

    return read


def _stream(repairs: tuple[str, ...], detail: bool, text: str, nodes: int) -> Callable[[str], None]:
    def read(block: str) -> None:
        events, completion = stream(repaired(block, repairs), detail=detail)
        assert completion.chat_id == CHAT_ID
        assert completion.text == text
        flow = [e for e in events if isinstance(e, FlowResponsesEvent)]
        assert sum(len(e.nodes) for e in flow) == nodes

    return read


def _interactive(kind: str, options: tuple[str, ...], fields: tuple[str, ...]) -> Callable[[str], None]:
    """An `interactive` payload: as the `interactive` event of a stream, and as the interactive
    item of a v2 non-stream answer's content (v2 items carry no `type`)."""

    def read(block: str) -> None:
        payload = _json(block)
        events, completion = stream(
            f"event: interactive\ndata: {json.dumps(payload)}\n\nevent: answer\ndata: [DONE]\n\n"
        )
        body = {
            "id": CHAT_ID,
            "model": "",
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 1},
            "choices": [
                {"message": {"role": "assistant", "content": [payload]}, "finish_reason": "stop", "index": 0}
            ],
        }
        for prompt in (
            next(e.prompt for e in events if isinstance(e, InteractiveEvent)),
            completion.interactive,
            complete(body, version="v2").interactive,
        ):
            assert prompt is not None
            assert prompt.type == kind
            assert prompt.options == options
            assert tuple(field.key for field in prompt.form) == fields

    return read


def _envelope_call(
    cls: type[Any], call: Callable[[Any], Any], then: Callable[[Any], None]
) -> Callable[[str], None]:
    def read(block: str) -> None:
        with client_for(cls, json_reply(_json(block))) as client:
            then(call(client))

    return read


def _is_none(result: Any) -> None:
    assert result is None


def _histories(page: Any) -> None:
    assert [h.chat_id for h in page.items] == ["usdAP1GbzSGu", "lC0uTAsyNBlZ"]
    assert page.total == 2


def _init(init: Any) -> None:
    assert init.chat_id == "sPVOuEohjo3w"
    assert init.app.name == "测试"


def _records(page: Any) -> None:
    assert [r.data_id for r in page.items] == ["jzqdV4Ap1u004rhd2WW8yGLn", "x9KQWcK9MApGdDQH7z7bocw1"]
    assert [r.obj for r in page.items] == ["Human", "AI"]


def _nodes(nodes: Any) -> None:
    assert [n.module_type for n in nodes] == ["workflowStart", "chatNode"]


def _questions(questions: Any) -> None:
    assert questions == ["你对AI有什么看法？", "想了解AI的应用吗？", "你希望AI能做什么？"]


PLUGIN_ANSWER = "你好！有什么可以帮助你的吗？欢迎向我提问。"
CHAT_MDX: dict[int, Block] = {
    0: Block("请求", skip=REQUEST),
    1: Block("请求", skip=REQUEST),
    2: Block("响应", _completion(False, ANSWER, 0)),
    3: Block("响应", _stream(("no [DONE]",), False, "电影《", 0)),
    4: Block("响应", _completion(True, ANSWER, 2)),
    5: Block("响应", _stream(("last frame",), True, ANSWER, 2)),
    6: Block("交互节点响应", _interactive("userSelect", ("Confirm", "Cancel"), ())),
    7: Block("交互节点响应", _interactive("userInput", (), ("测试 1", "测试 2"))),
    8: Block("交互节点继续运行", skip=REQUEST),
    9: Block("交互节点继续运行", skip=REQUEST),
    10: Block("请求示例", skip=REQUEST),
    11: Block("响应示例", _completion(True, PLUGIN_ANSWER, 2, {"query": "你好"})),
    12: Block("响应示例", _stream(("last frame",), True, "你好！有什么可以帮助你的吗？", 2)),
    13: Block("获取会话列表", skip=REQUEST),
    14: Block("获取会话列表", _envelope_call(ChatClient, lambda c: c.get_chat_histories(), _histories)),
    15: Block("修改会话标题", skip=REQUEST),
    16: Block(
        "修改会话标题",
        _envelope_call(ChatClient, lambda c: c.update_chat_history(CHAT_ID, custom_title="t"), _is_none),
    ),
    17: Block("修改会话置顶状态", skip=REQUEST),
    18: Block(
        "修改会话置顶状态",
        _envelope_call(ChatClient, lambda c: c.update_chat_history(CHAT_ID, top=True), _is_none),
    ),
    19: Block("删除单个会话", skip=REQUEST),
    20: Block("删除单个会话", _envelope_call(ChatClient, lambda c: c.delete_chat_history(CHAT_ID), _is_none)),
    21: Block("清空应用会话", skip=REQUEST),
    22: Block("清空应用会话", _envelope_call(ChatClient, lambda c: c.clear_chat_histories(), _is_none)),
    23: Block("获取会话基本信息", skip=REQUEST),
    24: Block("获取会话基本信息", _envelope_call(ChatClient, lambda c: c.get_chat_init(CHAT_ID), _init)),
    25: Block("获取对话列表", skip=REQUEST),
    26: Block("获取对话列表", _envelope_call(ChatClient, lambda c: c.get_chat_records(CHAT_ID), _records)),
    27: Block("获取单个对话运行详情", skip=REQUEST),
    28: Block(
        "获取单个对话运行详情",
        _envelope_call(ChatClient, lambda c: c.get_record_detail(CHAT_ID, "d"), _nodes),
    ),
    29: Block("删除对话", skip=REQUEST),
    30: Block("删除对话", _envelope_call(ChatClient, lambda c: c.delete_chat_record(CHAT_ID, "d"), _is_none)),
    31: Block("更新反馈（点赞 / 点踩）", skip=REQUEST),
    32: Block("更新反馈（点赞 / 点踩）", skip=REQUEST),
    33: Block(
        "更新反馈（点赞 / 点踩）",
        _envelope_call(ChatClient, lambda c: c.send_feedback(CHAT_ID, "d", good=True), _is_none),
    ),
    34: Block("猜你想问", skip=REQUEST),
    35: Block("猜你想问", skip="a TypeScript type of the request (CreateQuestionGuideParams), not an answer"),
    36: Block(
        "猜你想问", _envelope_call(ChatClient, lambda c: c.get_suggested_questions(CHAT_ID), _questions)
    ),
}


def mdx_blocks() -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = EXAMPLES["document/content/openapi/chat.mdx"]["blocks"]
    return blocks


def test_every_chat_mdx_block_is_in_the_table() -> None:
    blocks = mdx_blocks()
    assert sorted(CHAT_MDX) == list(range(len(blocks))), "chat.mdx changed: update CHAT_MDX"
    for index, block in enumerate(blocks):
        entry = CHAT_MDX[index]
        assert block["heading"] == entry.heading, (
            f"block {index} is now {block['heading']!r}: update CHAT_MDX"
        )
        assert (entry.read is None) == bool(entry.skip), f"block {index}: read it or say why not"
        if entry.skip == REQUEST:
            assert block["text"].startswith("curl "), f"block {index} is not a curl request"


@pytest.mark.parametrize("index", [i for i, b in CHAT_MDX.items() if b.read is not None])
def test_chat_mdx_answer_parses(index: int) -> None:
    read = CHAT_MDX[index].read
    assert read is not None
    read(mdx_blocks()[index]["text"])


# -- the System/Dev documents' response examples of our operations -----------------------------------------------


@functools.cache
def documented_examples() -> list[tuple[str, str, str, Any]]:
    """`(METHOD, /api/path, where, value)` of every response example FastGPT publishes for an
    operation of our spec: the 200 JSON `examples`, the schema's `example`, and the handler
    response schema's `example`."""
    import yaml

    spec = yaml.safe_load((upstream.ROOT / "openapi" / "fastgpt.yaml").read_text(encoding="utf-8"))
    handlers = upstream.load(upstream.HANDLER_RESPONSE_SCHEMAS)
    found: list[tuple[str, str, str, Any]] = []
    for path, item in spec["paths"].items():
        for method in item:
            if method not in upstream.HTTP_METHODS or (op := upstream.operation(method, path)) is None:
                continue
            media = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
            for name, example in media.get("examples", {}).items():
                found.append((method.upper(), path, f"examples.{name}", example["value"]))
            if "example" in media.get("schema", {}):
                found.append((method.upper(), path, "schema.example", media["schema"]["example"]))
            handler = handlers.get(f"{method.upper()} {upstream.upstream_path(path)}")
            if handler is not None and "example" in handler["schema"]:
                found.append((method.upper(), path, "handler schema example", handler["schema"]["example"]))
    return found


def _stop(result: Any) -> None:
    assert result  # `if client.stop_chat(...)` keeps meaning "stopped"
    assert (result.success, result.completed, result.chat_generate_status) == (True, True, 1)


def _guide(result: Any) -> None:
    assert result == ["你能帮我做什么？", "如何使用这个功能？"]


def _empty_logs(result: Any) -> None:
    assert (result.total, result.items) == (100, [])  # {"total": 100, "list": []}


def _an_id(result: Any) -> None:
    assert result == "68ad85a7463006c963799a05" or re.fullmatch(r"[0-9a-f]{24}", result)


DOC_CALLS: dict[tuple[str, str], tuple[type[Any], Callable[[Any], Any], Callable[[Any], None]]] = {
    ("POST", "/api/v2/chat/stop"): (ChatClient, lambda c: c.stop_chat(CHAT_ID), _stop),
    ("POST", "/api/core/ai/agent/v2/createQuestionGuide"): (
        ChatClient,
        lambda c: c.get_suggested_questions(CHAT_ID),
        _guide,
    ),
    ("POST", "/api/core/dataset/create"): (DatasetClient, lambda c: c.create_dataset("Docs"), _an_id),
    ("POST", "/api/core/app/logs/list"): (AppClient, lambda c: c.list_app_logs(APP_ID), _empty_logs),
    ("POST", "/api/core/dataset/collection/create"): (
        DatasetClient,
        lambda c: c.create_collection(DATASET_ID, "notes"),
        _an_id,
    ),
}
# The completions' examples are read above, from completion-examples (the same values).
COMPLETIONS = {("POST", "/api/v1/chat/completions"), ("POST", "/api/v2/chat/completions")}


@pytest.mark.parametrize(
    ("method", "path", "where", "value"),
    [e for e in documented_examples() if (e[0], e[1]) not in COMPLETIONS],
    ids=lambda v: str(v)[:60],
)
def test_documented_response_example_parses(method: str, path: str, where: str, value: Any) -> None:
    assert (method, path) in DOC_CALLS, f"{method} {path} publishes an example ({where}): add it to DOC_CALLS"
    cls, call, then = DOC_CALLS[(method, path)]
    with client_for(cls, json_reply(envelope(value))) as client:
        then(call(client))


def test_every_documented_example_is_read() -> None:
    documented = {(m, p) for m, p, _, _ in documented_examples()}
    assert documented - COMPLETIONS == set(DOC_CALLS), "DOC_CALLS and the documents' examples differ"
    assert documented >= COMPLETIONS

"""FastGPT's own API documents (`openapi/upstream/`), read for conformance tests.

FastGPT's paths are relative to its `servers: [{url: /api}]`; ours (and every path given to this
module) include `/api`. An operation is looked up in the 4.16.0 System OpenAPI first, then in the
Dev API document. The schemas are JSON Schema 2020-12: the documents say `openapi: 3.1.0` and set
no `jsonSchemaDialect`, so the OpenAPI 3.1 base dialect applies. Where FastGPT's document is known
to be wrong, `KNOWN_WRONG` (one place each) and `KNOWN_WRONG_PATTERNS` (a recurring rendering
error) correct it, with the reason; `as_published=True` gives the document as
it is. This module does not import the SDK.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM_DIR = ROOT / "openapi" / "upstream"
# The shared reference folder the copies in UPSTREAM_DIR come from (present locally and in CI).
REFERENCE_DIR = Path(
    os.environ.get("FASTGPT_UPSTREAM_REFERENCE", ROOT.parent / "shared" / "reference" / "fastgpt-upstream")
)

SYSTEM = "systemopenapi-4.16.0.json"
DEV = "devapi-4.16.0.json"
V4_14 = "openapi-4.14.5.json"
COMPLETION_EXAMPLES = "completion-examples-4.16.0.json"
HANDLER_RESPONSE_SCHEMAS = "handler-response-schemas-4.16.0.json"
FILES = (SYSTEM, DEV, V4_14, COMPLETION_EXAMPLES, HANDLER_RESPONSE_SCHEMAS)

API_PREFIX = "/api"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Digest:
    """Stands for a published value too long to repeat in `KNOWN_WRONG`: the SHA-256 of its
    canonical JSON (`digest_of`). A refresh that changes the value makes the entry stale."""

    sha256: str

    def matches(self, value: Any) -> bool:
        return digest_of(value) == self.sha256


def digest_of(value: Any) -> str:
    """The SHA-256 (hex) of `value` as canonical JSON (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class KnownWrong:
    """One place where FastGPT's generated document disagrees with what its server does.

    `pointer` is a JSON pointer into the request body schema (`part="request"`) or the response
    `data` schema (`part="response"`) of the operation; the value there must still be `published`
    (a `Digest` for a long value; else the entry is stale, and a test says so) and is replaced by
    `corrected` (or by `corrected(published value)` when it is callable).
    """

    method: str
    path: str
    part: str
    pointer: str
    published: Any
    corrected: Any
    reason: str
    content_type: str = "application/json"


_COMPLETIONS_FIELDS = [
    "chatId",
    "appId",
    "customUid",
    "metadata",
    "messages",
    "stream",
    "outLinkAuthData",
    "authProxy",
    "variables",
    "responseChatItemId",
    "detail",
    "retainDatasetCite",
    "showSkillReferences",
]
_COMPLETIONS_REASON = (
    "CompletionsPropsSchema (packages/global/openapi/core/chat/completion/api.ts @ 2f072bd1) wraps "
    "every field in nullishToUndefined(...optional() / .default()), so all 13 are optional (and "
    "accept null); zod-openapi renders the output side of the preprocess, where they all look "
    "required (drift notes, 'Reading them')."
)
_UNDEFINED_REASON = (
    "The handler's response schema is z.undefined(), which zod-openapi renders as {not: {}} "
    "(nothing is valid); jsonRes (packages/service/common/response/index.ts) sends "
    "`data: data !== undefined ? data : null`, so the wire has data: null (drift M31, 58254a475)."
)

_AUTH_PROXY_PUBLISHED = {
    "description": "API Key 代理调用身份",
    "type": "object",
    "properties": {
        "username": {
            "example": "user@example.com",
            "description": "API Key 代理调用的团队成员用户名",
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
        },
        "tmbId": {
            "description": "API Key 代理调用的团队成员 ID",
            "example": "68ee0bd23d17260b7829b137",
            "type": "string",
            "pattern": "^[0-9a-fA-F]{24}$",
        },
    },
    "required": ["username", "tmbId"],
    "additionalProperties": False,
}
_AUTH_PROXY_CORRECTED = {
    **{k: v for k, v in _AUTH_PROXY_PUBLISHED.items() if k != "required"},
    "anyOf": [{"required": ["username"]}, {"required": ["tmbId"]}],
}
_AUTH_PROXY_REASON = (
    "ChatCompletionAuthProxySchema (same file) is .strict() with both fields "
    "nullishToUndefined(...optional()) and .refine(username || tmbId): one of the two is enough; "
    "the document shows both as required for the same zod-openapi reason."
)


def _array_of(item: Any) -> dict[str, Any]:
    return {"type": "array", "items": item}


KNOWN_WRONG: tuple[KnownWrong, ...] = (
    *(
        KnownWrong("POST", path, "request", "/required", _COMPLETIONS_FIELDS, [], _COMPLETIONS_REASON)
        for path in ("/api/v1/chat/completions", "/api/v2/chat/completions")
    ),
    *(
        KnownWrong(
            "POST",
            path,
            "request",
            "/properties/authProxy",
            _AUTH_PROXY_PUBLISHED,
            _AUTH_PROXY_CORRECTED,
            _AUTH_PROXY_REASON,
        )
        for path in ("/api/v1/chat/completions", "/api/v2/chat/completions")
    ),
    *(
        KnownWrong(
            "DELETE",
            path,
            "response",
            "",
            {"description": "删除成功", "not": {}},
            {"description": "删除成功", "type": "null"},
            _UNDEFINED_REASON,
        )
        for path in ("/api/core/dataset/data/delete", "/api/core/chat/record/delete")
    ),
    KnownWrong(
        "POST",
        "/api/core/chat/feedback/updateUserFeedback",
        "response",
        "",
        {"description": "更新成功", "not": {}},
        {"description": "更新成功", "type": "null"},
        _UNDEFINED_REASON,
    ),
    KnownWrong(
        "GET",
        "/api/core/chat/record/getResData",
        "response",
        "",
        Digest("9852f8f185427aa458832a5d31a04f97127b05ccb556af259663dcd8ce01e425"),
        _array_of,
        "handler-response-schemas names ChatHistoryItemResSchema (packages/global/core/chat/type.ts), "
        "the schema of ONE node response, but the handler answers a list of them: "
        "`handler(req): Promise<ChatHistoryItemResType[]>` returning `[]` or the flow responses "
        "(projects/app/src/pages/api/core/chat/record/getResData.ts @ 2f072bd1; chat.mdx's example "
        "answers `data: [...]`). The correction is an array of that item schema.",
    ),
)


@dataclass(frozen=True)
class KnownWrongPattern:
    """A rendering error of zod-openapi that recurs wherever a construct appears: `fix(schema)`
    returns the corrected schema and how many places it changed (0: the pattern is stale)."""

    name: str
    reason: str
    fix: Callable[[Any], tuple[Any, int]]


def _is_closed(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    alternatives = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
    return schema.get("additionalProperties") is False or any(_is_closed(a) for a in alternatives)


def _opened(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    opened = {k: v for k, v in schema.items() if not (k == "additionalProperties" and v is False)}
    for key in ("anyOf", "oneOf"):
        if key in opened:
            opened[key] = [_opened(a) for a in opened[key]]
    return opened


def _close_intersections(schema: Any) -> tuple[Any, int]:
    if isinstance(schema, list):
        fixed = [_close_intersections(item) for item in schema]
        return [f for f, _ in fixed], sum(n for _, n in fixed)
    if not isinstance(schema, dict):
        return schema, 0
    changed = 0
    result: dict[str, Any] = {}
    for key, value in schema.items():
        result[key], n = _close_intersections(value)
        changed += n
    parts = result.get("allOf")
    if isinstance(parts, list) and sum(_is_closed(part) for part in parts) >= 2:
        result["allOf"] = [_opened(part) for part in parts]
        result["unevaluatedProperties"] = False
        changed += 1
    return result, changed


KNOWN_WRONG_PATTERNS: tuple[KnownWrongPattern, ...] = (
    KnownWrongPattern(
        "closed intersections",
        "zod-openapi renders z.intersection()/.and() of objects (a chat target joined to its fields, "
        "e.g. getHistories items, chat/init, getRecords_v2) as allOf whose parts each say "
        "additionalProperties: false, which no real object satisfies (each part rejects the "
        "other's fields). zod means one closed object of all the parts' fields: the same "
        "allOf with the parts opened and unevaluatedProperties: false on the allOf.",
        _close_intersections,
    ),
)

# -- documents ------------------------------------------------------------------------------


@functools.cache
def load(name: str) -> dict[str, Any]:
    """One of `FILES`, parsed once per test session. Do not mutate the result."""
    if name not in FILES:
        raise ValueError(f"{name!r} is not one of the upstream documents {FILES}")
    loaded: dict[str, Any] = json.loads((UPSTREAM_DIR / name).read_text(encoding="utf-8"))
    return loaded


def upstream_path(path: str) -> str:
    """Our path (`/api/core/x`) as FastGPT's documents write it (`/core/x`)."""
    if not path.startswith(API_PREFIX + "/"):
        raise ValueError(f"{path!r}: give the path as our spec does, starting with {API_PREFIX}/")
    return path[len(API_PREFIX) :]


def _method(method: str) -> str:
    lowered = method.lower()
    if lowered not in HTTP_METHODS:
        raise ValueError(f"{method!r} is not an HTTP method")
    return lowered


def operation_in(document: str, method: str, path: str) -> dict[str, Any] | None:
    """The operation object for `method path` in one document, or None."""
    item = load(document)["paths"].get(upstream_path(path))
    if not isinstance(item, dict):
        return None
    found = item.get(_method(method))
    return found if isinstance(found, dict) else None


def operation_source(method: str, path: str) -> str | None:
    """`SYSTEM` or `DEV`: the 4.16.0 document that defines the operation, or None."""
    for document in (SYSTEM, DEV):
        if operation_in(document, method, path) is not None:
            return document
    return None


def operation(method: str, path: str) -> dict[str, Any] | None:
    """The 4.16.0 operation object (System document first, else Dev), or None."""
    source = operation_source(method, path)
    return None if source is None else operation_in(source, method, path)


def operation_4_14(method: str, path: str) -> dict[str, Any] | None:
    """The operation in the 4.14.5 document, or None (that document lacks most routes)."""
    return operation_in(V4_14, method, path)


def operations(document: str) -> list[tuple[str, str]]:
    """Every `(METHOD, /api/path)` of a document."""
    return [
        (method.upper(), API_PREFIX + path)
        for path, item in load(document)["paths"].items()
        for method in item
        if method in HTTP_METHODS
    ]


# -- schemas --------------------------------------------------------------------------------


def known_wrong(
    method: str, path: str, part: str, content_type: str = "application/json"
) -> list[KnownWrong]:
    return [
        entry
        for entry in KNOWN_WRONG
        if (entry.method, entry.path, entry.part, entry.content_type)
        == (method.upper(), path, part, content_type)
    ]


def _pointer_parts(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"{pointer!r} is not a JSON pointer")
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[1:].split("/")]


def _walk(node: Any, parts: Iterable[str]) -> Any:
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def resolve_pointer(schema: Any, pointer: str) -> Any:
    """The value at a JSON pointer; KeyError/IndexError when it is not there."""
    return _walk(schema, _pointer_parts(pointer))


def stale(entry: KnownWrong) -> str | None:
    """Why a KNOWN_WRONG entry no longer applies to the published document, or None."""
    published = _published_schema(entry.method, entry.path, entry.part, entry.content_type)
    where = f"KNOWN_WRONG {entry.method} {entry.path} ({entry.part} {entry.pointer or '<root>'})"
    if published is None:
        return f"{where}: the upstream documents have no such schema any more"
    try:
        value = resolve_pointer(published, entry.pointer)
    except (KeyError, IndexError, ValueError):
        return f"{where}: the pointer no longer exists in the document"
    if isinstance(entry.published, Digest):
        if not entry.published.matches(value):
            return f"{where}: the document's value changed (digest {digest_of(value)}); the correction may be obsolete"
        return None
    if value != entry.published:
        return f"{where}: the document now says {value!r}; the correction may be obsolete"
    return None


def _apply(schema: Any, entries: Iterable[KnownWrong]) -> Any:
    corrected = copy.deepcopy(schema)
    for entry in entries:
        parts = _pointer_parts(entry.pointer)
        if not parts:
            corrected = _corrected(entry, corrected)
            continue
        parent = _walk(corrected, parts[:-1])
        key: Any = int(parts[-1]) if isinstance(parent, list) else parts[-1]
        parent[key] = _corrected(entry, parent[key])
    return corrected


def _corrected(entry: KnownWrong, published: Any) -> Any:
    fix = entry.corrected
    return fix(copy.deepcopy(published)) if callable(fix) else copy.deepcopy(fix)


def _published_schema(method: str, path: str, part: str, content_type: str) -> dict[str, Any] | None:
    if part == "request":
        op = operation(method, path)
        if op is None:
            return None
        media = op.get("requestBody", {}).get("content", {}).get(content_type)
        return None if media is None else media.get("schema")
    if part == "response":
        op = operation(method, path)
        if op is None:
            return None
        media = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json")
        if media is not None and "schema" in media:
            return media["schema"]
        handler = load(HANDLER_RESPONSE_SCHEMAS).get(f"{method.upper()} {upstream_path(path)}")
        return None if handler is None else handler["schema"]
    raise ValueError(f"part must be 'request' or 'response', not {part!r}")


@functools.cache
def _schema(method: str, path: str, part: str, content_type: str, as_published: bool) -> Any:
    published = _published_schema(method, path, part, content_type)
    if published is None or as_published:
        return published
    corrected = _apply(published, known_wrong(method, path, part, content_type))
    for pattern in KNOWN_WRONG_PATTERNS:
        corrected, _ = pattern.fix(corrected)
    return corrected


def request_schema(
    method: str, path: str, content_type: str = "application/json", *, as_published: bool = False
) -> dict[str, Any] | None:
    """The request body JSON Schema (KNOWN_WRONG corrected), or None when there is no body."""
    found = _schema(method.upper(), path, "request", content_type, as_published)
    return copy.deepcopy(found)


def response_schema(method: str, path: str, *, as_published: bool = False) -> dict[str, Any] | None:
    """The schema of the envelope's `data` for HTTP 200: the document's, else the handler's zod
    response schema (`handler-response-schemas-4.16.0.json`), KNOWN_WRONG corrected; or None."""
    found = _schema(method.upper(), path, "response", "application/json", as_published)
    return copy.deepcopy(found)


def query_parameters(method: str, path: str) -> dict[str, dict[str, Any]]:
    """The operation's query parameters by name (each the parameter object: `schema`, `required`)."""
    op = operation(method, path)
    if op is None:
        return {}
    return {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "query"}


# -- validation -----------------------------------------------------------------------------

FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("uri")
def _is_uri(value: object) -> bool:
    # zod's z.url() parses with WHATWG `new URL()`: at least a scheme. (jsonschema's own "uri"
    # check needs the optional rfc3987 package and is skipped silently without it.)
    return not isinstance(value, str) or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) is not None


@functools.cache
def _validator(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_json), format_checker=FORMAT_CHECKER)


def _validator_for(schema: Any) -> Draft202012Validator:
    return _validator(json.dumps(schema, sort_keys=True))


def _where(prefix: str, path: Iterable[Any]) -> str:
    return ".".join([prefix, *(str(p) for p in path)])


def _mismatch(errors: list[SchemaError]) -> str | None:
    """Why a oneOf/anyOf branch is not the one meant: the discriminating property (a `const` or
    `enum` directly under the instance, like `role` or `type`), or `<type>` for a wrong JSON type."""
    for e in errors:
        if e.validator in ("const", "enum") and len(e.relative_path) == 1:
            return str(e.relative_path[0])
    if any(e.validator == "type" and not e.relative_path for e in errors):
        return "<type>"
    return None


def _describe_union(prefix: str, error: SchemaError) -> list[str]:
    branches: dict[int, list[SchemaError]] = {}
    for sub in error.context or []:
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    if len(branches) == len(error.validator_value):
        meant = [errors for errors in branches.values() if _mismatch(errors) is None]
        if len(meant) == 1:
            return [line for sub in meant[0] for line in _describe(prefix, sub)]
        keys = {_mismatch(errors) for errors in branches.values()}
        if not meant and len(keys) == 1 and (key := keys.pop()) not in (None, "<type>"):
            allowed = [
                branch.get("properties", {}).get(key, {}).get("const")
                for branch in error.validator_value
                if isinstance(branch, Mapping)
            ]
            value = error.instance.get(key) if isinstance(error.instance, Mapping) else None
            return [f"{_where(prefix, [*error.absolute_path, key])}: {value!r} is not one of {allowed}"]
    best = best_match(error.context or [])
    return [f"{_where(prefix, error.absolute_path)}: {error.message} (closest: {best.message})"]


def _describe(prefix: str, error: SchemaError) -> list[str]:
    if error.validator in ("oneOf", "anyOf") and error.context:
        return _describe_union(prefix, error)
    if error.validator == "required" and isinstance(error.instance, Mapping):
        names = [name for name in error.validator_value if name not in error.instance]
        name = next((n for n in names if error.message.startswith(repr(n))), names[0] if names else "?")
        return [f"{_where(prefix, [*error.absolute_path, name])}: required, missing"]
    return [f"{_where(prefix, error.absolute_path)}: {error.message}"]


def validate(schema: Any, instance: Any, prefix: str = "body") -> list[str]:
    """Readable problems of `instance` under a JSON Schema (2020-12), like `body.q: required, missing`."""
    errors = sorted(
        _validator_for(schema).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))
    )
    return [line for error in errors for line in _describe(prefix, error)]


def _query_value(value: Any, schema: Mapping[str, Any]) -> Any:
    """A query string value as the zod schema would coerce it (numbers and booleans)."""
    if not isinstance(value, str):
        return value
    types = {schema.get("type")} | {s.get("type") for s in schema.get("anyOf", []) if isinstance(s, Mapping)}
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    if types & {"number", "integer"}:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() and "integer" in types else number
    return value


def _decode_form(body: Mapping[str, Any], media: Mapping[str, Any]) -> dict[str, Any]:
    decoded = dict(body)
    for name, encoding in media.get("encoding", {}).items():
        if encoding.get("contentType") == "application/json" and isinstance(decoded.get(name), (str, bytes)):
            with contextlib.suppress(ValueError):  # left as is: the schema then reports it
                decoded[name] = json.loads(decoded[name])
    return decoded


def validate_request(
    method: str,
    path: str,
    body: Any = None,
    query: Mapping[str, Any] | None = None,
    *,
    content_type: str = "application/json",
) -> list[str]:
    """Problems of one request against FastGPT's 4.16.0 operation (empty when it conforms).

    `body` is the decoded JSON body (for multipart, a dict of the form's fields; JSON-encoded
    parts are decoded here); `query` maps names to the values sent (strings are coerced the way
    zod's `z.coerce` does for number and boolean parameters). Unknown query parameters are
    reported: FastGPT drops them silently.
    """
    where = f"{method.upper()} {path}"
    op = operation(method, path)
    if op is None:
        return [f"{where}: no such operation in FastGPT 4.16.0's System or Dev document"]
    problems: list[str] = []

    content = op.get("requestBody", {}).get("content", {})
    if body is not None:
        if content_type not in content:
            offered = ", ".join(content) or "no body"
            problems.append(f"body: FastGPT's {where} takes {offered}, not {content_type}")
        else:
            schema = request_schema(method, path, content_type)
            instance = (
                _decode_form(body, content[content_type]) if content_type.startswith("multipart/") else body
            )
            problems += validate(schema, instance, "body")
    elif content_type in content:
        required = (request_schema(method, path, content_type) or {}).get("required", [])
        if required:
            problems.append(f"body: missing; FastGPT's request body requires {', '.join(required)}")

    parameters = query_parameters(method, path)
    sent = dict(query or {})
    for name, parameter in parameters.items():
        if name not in sent:
            if parameter.get("required"):
                problems.append(f"query.{name}: required, missing")
            continue
        schema = parameter.get("schema", {})
        problems += validate(schema, _query_value(sent[name], schema), f"query.{name}")
    problems += [
        f"query.{name}: not a parameter of FastGPT's {where} (FastGPT ignores it)"
        for name in sent
        if name not in parameters
    ]
    return problems


def validate_response(method: str, path: str, data: Any) -> list[str]:
    """Problems of an envelope's `data` under the operation's 4.16.0 response schema."""
    schema = response_schema(method, path)
    if schema is None:
        return []
    return validate(schema, data, "data")


# -- fields FastGPT drops, and enums -------------------------------------------------------------


def _parts(schema: Any, instance: Any = None, *, pick: bool = False) -> list[dict[str, Any]]:
    """`schema` and the schemas it combines (allOf, and the anyOf/oneOf branches), flattened.

    With `pick`, only the anyOf/oneOf branches `instance` is valid against (all of them when it
    fits none), so that a union's fields are those of the branch meant.
    """
    if not isinstance(schema, dict):
        return []
    found: list[dict[str, Any]] = [schema]
    for part in schema.get("allOf", []):
        found += _parts(part, instance, pick=pick)
    for key in ("anyOf", "oneOf"):
        branches = [b for b in schema.get(key, []) if isinstance(b, dict)]
        if pick:
            fitting = [b for b in branches if _validator_for(b).is_valid(instance)]
            branches = fitting or branches
        for branch in branches:
            found += _parts(branch, instance, pick=pick)
    return found


def _is_open_map(part: Mapping[str, Any]) -> bool:
    extra = part.get("additionalProperties")
    return extra is True or isinstance(extra, dict)


def unknown_fields(schema: Any, instance: Any, prefix: str = "body") -> list[str]:
    """Fields of `instance` that `schema` does not name, like `body.metadata`.

    FastGPT's request schemas are zod objects that strip unknown keys without a word (they are
    rendered without `additionalProperties`), so a field the SDK sends there has no effect.
    Objects whose schema is an open map (`additionalProperties` true or a schema, as
    `z.record` renders), or names no properties at all, are not looked into.
    """
    problems: list[str] = []
    _unknown(schema, instance, prefix, problems)
    return problems


def _unknown(schema: Any, instance: Any, where: str, problems: list[str]) -> None:
    parts = _parts(schema, instance, pick=True)
    if isinstance(instance, Mapping):
        named: dict[str, list[Any]] = {}
        for part in parts:
            for name, sub in part.get("properties", {}).items():
                named.setdefault(name, []).append(sub)
        if not named or any(_is_open_map(part) for part in parts):
            return
        for name, value in instance.items():
            if name not in named:
                problems.append(f"{where}.{name}: not in FastGPT's schema (FastGPT drops it)")
                continue
            for sub in named[name]:
                _unknown(sub, value, f"{where}.{name}", problems)
    elif isinstance(instance, list):
        items = [part["items"] for part in parts if isinstance(part.get("items"), dict)]
        for index, value in enumerate(instance):
            for sub in items:
                _unknown(sub, value, f"{where}.{index}", problems)
    # duplicates come from several parts naming the same nested object
    problems[:] = list(dict.fromkeys(problems))


def unknown_request_fields(
    method: str, path: str, body: Any, *, content_type: str = "application/json"
) -> list[str]:
    """`unknown_fields` of a request body under FastGPT 4.16.0's request schema of the operation
    (multipart bodies as in `validate_request`: JSON-encoded parts decoded)."""
    op = operation(method, path)
    if op is None or body is None:
        return []
    media = op.get("requestBody", {}).get("content", {}).get(content_type)
    schema = request_schema(method, path, content_type)
    if media is None or schema is None:
        return []
    instance = _decode_form(body, media) if content_type.startswith("multipart/") else body
    return unknown_fields(schema, instance, "body")


def schemas_at(schema: Any, path: Iterable[str]) -> list[dict[str, Any]]:
    """The schemas of a property path (`["data", "[]", "indexes", "[]", "type"]`; `"[]"` is an
    array's items), looked up through allOf/anyOf/oneOf; `[]` when the schema has no such
    property."""
    current = [schema]
    for step in path:
        found: list[dict[str, Any]] = []
        for node in current:
            for part in _parts(node):
                if step == "[]":
                    if isinstance(part.get("items"), dict):
                        found.append(part["items"])
                elif step in part.get("properties", {}):
                    found.append(part["properties"][step])
        current = found
    return [node for node in current if isinstance(node, dict)]


def allowed_values(schemas: Iterable[Any]) -> frozenset[Any] | None:
    """The values `schemas` (alternatives, as `schemas_at` returns) allow by `enum`/`const`,
    `None` meaning null; or None when one of them takes any value of its type (an open string).
    """
    values: set[Any] = set()
    for schema in schemas:
        for part in _parts(schema):
            if any(key in part for key in ("allOf", "anyOf", "oneOf")) and not (
                "enum" in part or "const" in part
            ):
                continue  # a wrapper: its branches say what it allows
            if "enum" in part:
                values.update(part["enum"])
            elif "const" in part:
                values.add(part["const"])
            elif part.get("type") == "null":
                values.add(None)
            else:
                return None
    return frozenset(values)


def request_property(
    method: str, path: str, property_path: Iterable[str], *, content_type: str = "application/json"
) -> list[dict[str, Any]]:
    """`schemas_at` the request body of FastGPT 4.16.0's operation (multipart JSON parts are
    looked into as objects), or of its query parameter when the path starts with `?name`."""
    steps = list(property_path)
    if steps and steps[0].startswith("?"):
        parameter = query_parameters(method, path).get(steps[0][1:])
        return [] if parameter is None else schemas_at(parameter.get("schema", {}), steps[1:])
    schema = request_schema(method, path, content_type)
    return [] if schema is None else schemas_at(schema, steps)

"""`fastgpt kb`: a dataset that mirrors a folder (`sync`), Q&A rows from a file (`push`), and
what a query retrieves (`search`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from . import _output
from ._exit import CLIError, Exit, interruptible
from ._options import ApiKeyFile, BaseUrl, Json, Retries, connection

if TYPE_CHECKING:
    from rich.progress import Progress

app: typer.Typer = typer.Typer(
    help="Knowledge bases: sync a folder, push Q&A rows, search.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DatasetOpt = Annotated[str, typer.Option("--dataset", help="The dataset's id.", show_default=False)]

SYNC_HELP = """Make a dataset mirror a folder: one collection per file, named by its relative path.

Unchanged files (same SHA-256, kept in the collection's metadata) are skipped, changed ones
replaced, new ones added; --delete also removes the collections of deleted files. A stopped run
(Ctrl-C, a lost connection) is resumed by running it again, without duplicates.

\b
Examples:
    fastgpt kb sync ./docs --dataset 65f0... --dry-run
    fastgpt kb sync ./docs --dataset 65f0... --delete --wait
"""


@app.command("sync", help=SYNC_HELP)
@interruptible
def sync(
    folder: Annotated[
        Path, typer.Argument(help="The folder to mirror.", exists=True, file_okay=False, show_default=False)
    ],
    dataset: DatasetOpt,
    delete: Annotated[bool, typer.Option("--delete", help="Delete collections whose file is gone.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the plan; change nothing.")] = False,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, max=32, help="Files at a time.")] = 4,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until the new collections are trained.")] = False,
    wait_timeout: Annotated[
        float, typer.Option("--wait-timeout", help="Seconds to wait for training.")
    ] = 600.0,
    include_hidden: Annotated[bool, typer.Option("--hidden", help="Include dot files and folders.")] = False,
    json: Json = False,
    base_url: BaseUrl = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import DatasetClient
    from ._sync_plan import fetch_remote, make_plan, scan
    from ._sync_run import Runner

    files = scan(folder, include_hidden=include_hidden)
    names = {file.path for file in files}
    conn = connection(base_url, None, api_key_file, retries)
    with DatasetClient(**conn.client_kwargs(with_app=False)) as client:
        remote = fetch_remote(
            client.iter_collections(dataset, page_size=100),
            client.get_collection,
            (lambda name: True) if delete else names.__contains__,
            concurrency,
        )
        plan = make_plan(files, remote, delete=delete)
        if dry_run:
            _show_plan(plan, json=json)
            return Exit.OK
        runner = Runner(client, dataset, retries=retries, concurrency=concurrency)
        with _progress(disable=json) as progress:
            outcome = runner.run(plan, progress)
        trained = _wait(client, outcome.created, wait_timeout) if wait else {}
    summary: dict[str, Any] = {
        "dataset": dataset,
        **{kind: len(outcome.done.get(kind, [])) for kind in ("add", "replace", "delete")},
        "unchanged": len(plan.of("skip")),
        "failed": outcome.failed,
        "collections": outcome.created,
        "training": trained,
    }
    if json:
        _output.print_json(summary)
    else:
        _output.out().print(
            f"added {summary['add']}, replaced {summary['replace']}, deleted {summary['delete']}, "
            f"unchanged {summary['unchanged']}, failed {len(outcome.failed)}"
        )
        for path, why in outcome.failed.items():
            _output.error(f"{path}: {why}")
        for path, problem in trained.items():
            if problem != "trained":
                _output.error(f"{path}: {problem}")
    bad_training = any(problem != "trained" for problem in trained.values())
    return Exit.PARTIAL if outcome.failed or bad_training else Exit.OK


def _show_plan(plan: Any, *, json: bool) -> None:
    if json:
        entries = [
            {"action": a.kind, "path": a.path, "size": a.size, "reason": a.reason} for a in plan.actions
        ]
        _output.print_json({"plan": entries, "counts": plan.counts()})
        return
    rows = [(a.kind, a.path, a.size if a.file else "", a.reason) for a in plan.actions]
    _output.table(None, ["action", "path", "bytes", "why"], rows)
    counts = plan.counts()
    _output.out().print(
        f"{counts['add']} to add, {counts['replace']} to replace, {counts['delete']} to delete, "
        f"{counts['skip']} unchanged (dry run: nothing changed)"
    )


def _progress(*, disable: bool) -> Progress:
    """Progress bars on stderr, drawn only on a terminal (a script's log gets the summary)."""
    disable = disable or not _output.err().is_terminal
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description:>5}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_output.err(),
        disable=disable,
        transient=False,
    )


def _wait(client: Any, created: dict[str, str], timeout: float) -> dict[str, str]:
    """path -> "trained", or what went wrong (failed items with their errors, a timeout)."""
    from ..exceptions import FastGPTError, TrainingFailedError

    results: dict[str, str] = {}
    for path, collection_id in sorted(created.items()):
        try:
            client.wait_for_training(collection_id, timeout=timeout)
        except TrainingFailedError as exc:
            results[path] = f"training failed: {exc} ({len(exc.failed)} items)"
        except FastGPTError as exc:
            results[path] = f"training failed: {exc}"
        else:
            results[path] = "trained"
    return results


PUSH_HELP = """Push Q&A rows from a .jsonl or .csv file into a collection, with progress.

JSONL lines are {"q": ..., "a": ...} objects; CSV files have q,a (or question,answer) columns.
A stopped push resumes where it stopped when run again (FILE.push-state.json keeps the place).

\b
Examples:
    fastgpt kb push faq.jsonl --collection 65f1...
    fastgpt kb push faq.csv --dataset 65f0... --training-type qa
"""


@app.command("push", help=PUSH_HELP)
@interruptible
def push(
    file: Annotated[
        Path,
        typer.Argument(
            help="A .jsonl or .csv file of rows.", exists=True, dir_okay=False, show_default=False
        ),
    ],
    collection: Annotated[
        str | None, typer.Option("--collection", help="The collection's id.", show_default=False)
    ] = None,
    dataset: Annotated[
        str | None,
        typer.Option(
            "--dataset", help="Or: the dataset, into a collection named after the file.", show_default=False
        ),
    ] = None,
    training_type: Annotated[
        str, typer.Option("--training-type", help="How FastGPT trains the rows: chunk or qa.")
    ] = "chunk",
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=200, help="Rows per request.")] = 100,
    restart: Annotated[bool, typer.Option("--restart", help="Ignore a saved place; push every row.")] = False,
    json: Json = False,
    base_url: BaseUrl = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import DatasetClient
    from ..exceptions import FastGPTError
    from ._push import PushState, push_rows, read_rows

    if (collection is None) == (dataset is None):
        raise CLIError(
            "Give --collection ID, or --dataset ID to push into a collection named after the file.",
            Exit.USAGE,
        )
    rows = read_rows(file)
    conn = connection(base_url, None, api_key_file, retries)
    with DatasetClient(**conn.client_kwargs(with_app=False)) as client:
        if collection is None:
            assert dataset is not None
            collection = _named_collection(client, dataset, file.name)
        target = collection
        state = PushState.load(file, target)
        if restart:
            state.next_index = 0
        resumed = state.next_index

        def send(batch: list[dict[str, Any]]) -> int:
            result = client.push_data(target, batch, training_type=training_type)  # type: ignore[arg-type]
            return result.inserted

        with _progress(disable=json) as progress:
            task = progress.add_task("rows", total=len(rows), completed=resumed)
            try:
                inserted = push_rows(send, rows, state, batch_size, lambda n: progress.advance(task, n))
            except (FastGPTError, KeyboardInterrupt):
                _output.status(
                    f"[yellow]Stopped after row {state.next_index} of {len(rows)}: run the same command "
                    "again to push the rest.[/]"
                )
                raise
    state.finish()
    summary = {"collection": target, "rows": len(rows), "resumed_at": resumed, "inserted": inserted}
    if json:
        _output.print_json(summary)
    else:
        again = f" (resumed at row {resumed})" if resumed else ""
        _output.out().print(
            f"pushed {len(rows) - resumed} of {len(rows)} rows{again}; FastGPT inserted {inserted}"
        )
    return Exit.OK


def _named_collection(client: Any, dataset_id: str, name: str) -> str:
    """The id of the dataset's collection called `name`, created (empty) when there is none."""
    from ._records import plain

    for item in client.list_collections(dataset_id, search_text=name, page_size=100):
        row = plain(item)
        if row.get("name") == name and row.get("type") != "folder":
            return str(row.get("_id"))
    return str(client.create_collection(dataset_id, name))


CREATE_HELP = """Create a dataset and print its id.

\b
Examples:
    fastgpt kb create "Product docs"
    DATASET_ID=$(fastgpt kb create "Product docs")
"""


@app.command("create", help=CREATE_HELP)
@interruptible
def create(
    name: Annotated[str, typer.Argument(help="The dataset's name.", show_default=False)],
    json: Json = False,
    base_url: BaseUrl = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import DatasetClient

    conn = connection(base_url, None, api_key_file, retries)
    with DatasetClient(**conn.client_kwargs(with_app=False)) as client:
        dataset_id = client.create_dataset(name)
    if json:
        _output.print_json({"id": dataset_id, "name": name})
    else:
        _output.write(dataset_id + "\n")
    return Exit.OK


SEARCH_HELP = """Search a dataset the way an app would, and print the hits.

\b
Examples:
    fastgpt kb search 65f0... "how do I reset my password"
    fastgpt kb search 65f0... "refunds" --limit 2000 --mode mixedRecall --json
"""


@app.command("search", help=SEARCH_HELP)
@interruptible
def search(
    dataset: Annotated[str, typer.Argument(help="The dataset's id.", show_default=False)],
    query: Annotated[str, typer.Argument(help="What to search for.", show_default=False)],
    limit: Annotated[
        int | None, typer.Option("--limit", help="Token budget of the hits.", show_default=False)
    ] = None,
    similarity: Annotated[
        float | None,
        typer.Option("--similarity", min=0, max=1, help="Lowest score kept.", show_default=False),
    ] = None,
    mode: Annotated[
        str | None,
        typer.Option("--mode", help="embedding, fullTextRecall or mixedRecall.", show_default=False),
    ] = None,
    json: Json = False,
    base_url: BaseUrl = None,
    api_key_file: ApiKeyFile = None,
    retries: Retries = 2,
) -> int:
    from .. import DatasetClient
    from ._records import plain

    conn = connection(base_url, None, api_key_file, retries)
    with DatasetClient(**conn.client_kwargs(with_app=False)) as client:
        result = client.search_test(dataset, query, limit=limit, similarity=similarity, search_mode=mode)  # type: ignore[arg-type]
    hits = [plain(item) for item in result]
    if json:
        _output.print_json({"query": query, "duration": result.duration, "hits": hits})
        return Exit.OK
    rows = [
        (number, _score(hit), hit.get("sourceName", ""), _short(hit.get("q")), _short(hit.get("a")))
        for number, hit in enumerate(hits, 1)
    ]
    _output.table(f"{len(hits)} hits for {query!r}", ["#", "score", "source", "q", "a"], rows)
    return Exit.OK


def _score(hit: dict[str, Any]) -> str:
    from .._json import as_number, mappings

    scores = mappings(hit.get("score"))
    return " ".join(f"{score.get('type', '?')}={as_number(score.get('value')) or 0:.3f}" for score in scores)


def _short(value: object, width: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"

"""``python -m fastgpt_client.testing``: run the FastGPT emulator until Ctrl-C / SIGTERM.

Prints ``NAME=value`` lines (base URL, keys, app ids) before serving, so scripts can parse them;
``--export`` prints them as ``export NAME=value`` lines to paste into a shell. ``main(argv)`` is
what ``fastgpt emulator`` runs too.
"""

from __future__ import annotations

import argparse
import errno
import logging
import shlex
import signal
import sys
from collections.abc import Sequence

from ._fake import FakeFastGPT
from ._versions import DEFAULT_VERSION, VERSIONS

PROG = "python -m fastgpt_client.testing"
DESCRIPTION = (
    "Run the FastGPT emulator until Ctrl-C. Before serving it prints its settings as NAME=value "
    "lines (FASTGPT_BASE_URL, FASTGPT_API_KEY, FASTGPT_APP_ID, then the account key and every "
    "built-in app's id and key), or with --export as 'export NAME=value' lines to paste into a shell."
)


def port_number(text: str) -> int:
    """``--port``: a TCP port, 0 to 65535 (0: any free port)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port number: give 0 to 65535 (0 picks any free port)"
        )
    return port


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=DESCRIPTION)
    parser.add_argument(
        "--version",
        default=DEFAULT_VERSION.name,
        choices=list(VERSIONS),
        help=f"the FastGPT version to speak (default {DEFAULT_VERSION.name}: FastGPT {DEFAULT_VERSION.release}; "
        + ", ".join(f"{v.name}: FastGPT {v.release}" for v in VERSIONS.values())
        + ")",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=port_number, default=3000, help="port to bind, 0 for any free port (default 3000)"
    )
    parser.add_argument(
        "--export",
        action="store_true",
        help="print the settings as 'export NAME=value' lines (POSIX shells) instead of NAME=value",
    )
    parser.add_argument("--db", default=None, help="SQLite file to keep state in (default: in memory)")
    parser.add_argument("--seed", default="0", help="seed for ids and keys (default 0)")
    parser.add_argument("--heartbeat-interval", type=float, default=10.0, help="seconds between heartbeats")
    parser.add_argument("--token-delay", type=float, default=0.0, help="seconds between streamed tokens")
    return parser


def settings(server: FakeFastGPT) -> list[tuple[str, str]]:
    """What the CLI prints, as ``(NAME, value)`` pairs, in order."""
    pairs = [
        ("FASTGPT_BASE_URL", server.base_url),
        ("FASTGPT_API_KEY", server.api_key),
        ("FASTGPT_ACCOUNT_KEY", server.account_key),
        ("FASTGPT_APP_ID", server.default_app_id),
        ("FASTGPT_EMULATED_VERSION", server.version.release),
    ]
    pairs += [(f"FASTGPT_APP_ID_{name.upper()}", app_id) for name, app_id in server.app_ids.items()]
    pairs += [(f"FASTGPT_API_KEY_{name.upper()}", key) for name, key in server.app_keys.items()]
    return pairs


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Run the emulator CLI with ``argv`` (default ``sys.argv[1:]``); the exit status.

    Bad arguments exit with status 2 (argparse); a port that cannot be bound returns 1 after a
    one-line message on stderr.
    """
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    server = FakeFastGPT(
        version=args.version,
        host=args.host,
        port=args.port,
        db=args.db,
        seed=args.seed,
        heartbeat_interval=args.heartbeat_interval,
        token_delay=args.token_delay,
    )
    try:
        try:
            server._bind()  # pyright: ignore[reportPrivateUsage]  # the port must be known before printing
        except OSError as error:
            print(f"{prog}: error: {_bind_problem(args.host, args.port, error)}", file=sys.stderr)
            return 1
        prefix = "export " if args.export else ""
        lines = [
            f"{prefix}{name}={shlex.quote(value) if args.export else value}"
            for name, value in settings(server)
        ]
        print("\n".join(lines), flush=True)
        # uvicorn re-raises the signal that stopped it once it has shut down; a no-op handler for
        # SIGTERM (and catching Ctrl-C) makes both a clean exit instead of a death by signal.
        signal.signal(signal.SIGTERM, lambda signum, frame: None)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _bind_problem(host: str, port: int, error: OSError) -> str:
    where = f"{host}:{port}"
    if error.errno == errno.EADDRINUSE:
        return (
            f"cannot listen on {where}: the port is already in use (another emulator or FastGPT?). "
            "Pick another with --port N, or --port 0 for any free port."
        )
    if error.errno == errno.EACCES:
        return f"cannot listen on {where}: permission denied. Use a port above 1023, or --port 0."
    reason = error.strerror or str(error)
    return f"cannot listen on {where}: {reason}. Check --host (default 127.0.0.1) and --port."


if __name__ == "__main__":
    sys.exit(main())

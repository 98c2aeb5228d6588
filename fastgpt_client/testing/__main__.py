"""``python -m fastgpt_client.testing``: run the FastGPT emulator until Ctrl-C / SIGTERM.

Prints ``NAME=value`` lines (base URL, keys, app ids) before serving, so scripts can parse them.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence

from ._fake import FakeFastGPT
from ._versions import DEFAULT_VERSION, VERSIONS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fastgpt_client.testing", description=__doc__)
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
        "--port", type=int, default=3000, help="port to bind, 0 for any free port (default 3000)"
    )
    parser.add_argument("--db", default=None, help="SQLite file to keep state in (default: in memory)")
    parser.add_argument("--seed", default="0", help="seed for ids and keys (default 0)")
    parser.add_argument("--heartbeat-interval", type=float, default=10.0, help="seconds between heartbeats")
    parser.add_argument("--token-delay", type=float, default=0.0, help="seconds between streamed tokens")
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
        server._bind()  # pyright: ignore[reportPrivateUsage]  # the port must be known before printing
        lines = [
            f"FASTGPT_BASE_URL={server.base_url}",
            f"FASTGPT_API_KEY={server.api_key}",
            f"FASTGPT_ACCOUNT_KEY={server.account_key}",
            f"FASTGPT_APP_ID={server.default_app_id}",
            f"FASTGPT_EMULATED_VERSION={server.version.release}",
        ]
        lines += [f"FASTGPT_APP_ID_{name.upper()}={app_id}" for name, app_id in server.app_ids.items()]
        lines += [f"FASTGPT_API_KEY_{name.upper()}={key}" for name, key in server.app_keys.items()]
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


if __name__ == "__main__":
    sys.exit(main())

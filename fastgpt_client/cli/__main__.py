"""`python -m fastgpt_client.cli`: the same as the `fastgpt` command."""

from __future__ import annotations

import sys

from ._entry import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m geo.evaluate``: see :func:`geo.evaluate.main`."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`python -m vl2code` runs the CLI."""

import sys

from vl2code.cli import main

sys.exit(main())

"""`python -m vl2code.server`: the language server, without loading the rest of the CLI."""

import sys

from vl2code.commands.serve import main

sys.exit(main())

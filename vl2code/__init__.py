"""vl2code: screenshot to working code."""

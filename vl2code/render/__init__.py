"""Rendering generated code in headless Chromium, with the network closed and a time limit.

:class:`Renderer` is the entry point: HTML pages (plain or Tailwind, with their DOM text
blocks) and draw.io diagrams to screenshots.
"""

from vl2code.render.browser import LAUNCH_ARGS, find_browser
from vl2code.render.renderer import Renderer

__all__ = ["LAUNCH_ARGS", "Renderer", "find_browser"]

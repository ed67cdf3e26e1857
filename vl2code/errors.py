"""One exception type per kind of failure; front ends turn each into a one-line message.

Every error a user can act on derives from :class:`Vl2codeError`. Its ``exit_code`` is what
the CLI exits with, so that scripts and CI can tell usage mistakes from failed checks.
"""

from __future__ import annotations


class Vl2codeError(Exception):
    """Base class: a failure with a message a user can act on."""

    exit_code: int = 2


class InputError(Vl2codeError):
    """A file the user gave is missing, empty, truncated, of the wrong kind or too large."""


class SettingsError(Vl2codeError):
    """A setting has an invalid value or a configuration file cannot be read."""


class BrowserNotFoundError(Vl2codeError):
    """No Chromium could be found to render with."""


class RenderError(Vl2codeError):
    """The browser could not render a page or diagram."""


class RenderTimeoutError(RenderError):
    """A page did not finish rendering within its time limit (for example an endless script)."""


class ExtractionError(Vl2codeError):
    """Model output could not be turned into a valid document of the requested target."""


class BackendError(Vl2codeError):
    """A code-writing backend failed (model load, server error, malformed response)."""


class ModelUnavailableError(BackendError):
    """The requested model weights or server are not available here."""


class GenerationCancelled(Vl2codeError):
    """The caller cancelled a running generation."""

    exit_code = 130

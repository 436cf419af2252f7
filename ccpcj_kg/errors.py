"""Errors a user can cause, each tied to the exit code docs/design.md fixes.

The CLI turns these into a one-line message and the exit code; anything else is a bug and
shows a traceback only with ``--debug``.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NO = 1  # the data does not conform / the answer is "no"
EXIT_BAD_INPUT = 2  # bad input or usage
EXIT_REMOTE = 3  # unreachable or failing remote store


class CcpcjError(Exception):
    """Base class: a message for a person and the exit code to leave with."""

    exit_code = EXIT_BAD_INPUT


class InputError(CcpcjError):
    """A file, parameter or query the user gave is unusable."""

    exit_code = EXIT_BAD_INPUT


class NotConforming(CcpcjError):
    """The data does not conform to the shapes, or a yes/no answer is no."""

    exit_code = EXIT_NO


class RemoteStoreError(CcpcjError):
    """A remote SPARQL store could not be reached or failed."""

    exit_code = EXIT_REMOTE

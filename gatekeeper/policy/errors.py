"""Errors of the decision engine."""

from __future__ import annotations


class PolicyLoadError(Exception):
    """The policy files are missing or invalid. The message names the file and the problem, never
    file contents or request values, so it is safe to log and to show an administrator."""

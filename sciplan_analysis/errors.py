"""Errors and warnings that name the file (and place) they are about."""

from __future__ import annotations


class PlanError(ValueError):
    """A plan file cannot be read or parsed; the message names the file."""


class ParseWarning(UserWarning):
    """A plan was read, but part of it could not be understood (the message says where)."""


class UnmappedUnitWarning(UserWarning):
    """Raw unit names that the crosswalk in data/reference/unit_aliases.csv does not map."""


class CrosswalkError(PlanError):
    """The unit crosswalk file is malformed; the message names the file and line."""


class ChecksWarning(UserWarning):
    """A hand check of a clause's code (data/reference/instrument_checks.csv) was not applied:
    its plan is not in the corpus, or its offsets and hash match no clause (stale)."""

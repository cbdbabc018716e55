"""Load at import what extraction would otherwise load on a worker's first pages.

The language model and dateparser's locale data (htmldate's last resort on a page whose date it
cannot read) take seconds to load, once per process. The extraction pool's fork server imports
this module (pipelines/extract/workers.py), so every worker forked from it, and every replacement after
max_tasks, starts with them loaded instead of spending its first pages' time limits on it.
"""

from __future__ import annotations

from htmldate.extractors import get_external_parser

from pipelines.language import identify_language


def warm() -> None:
    """Load the language model and every dateparser locale (a string no locale can read scans them all)."""
    identify_language("The harbour reopened on Monday after three weeks of repairs to the northern pier.")
    get_external_parser().get_date_data("zzzz qqqq 1999")


warm()

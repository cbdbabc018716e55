"""Load at import what extraction would otherwise load on a worker's first pages.

The language model and dateparser (htmldate's last resort on a page whose date it cannot read)
take a while to load, once per process. The extraction pool's fork server imports this module
(pipelines/extract/workers.py), so every worker forked from it, and every replacement after
max_tasks, starts with them loaded instead of spending its first pages' time limits on it.

dateparser is warmed on an English date: 0.2 s. Each other language's locale loads on the rare
page that needs it (6 of 540 real news pages reach dateparser at all); warming every locale took
1.9 s of CPU at the start of every cycle that extracts.
"""

from __future__ import annotations

from htmldate.extractors import get_external_parser

from pipelines.language import identify_language


def warm() -> None:
    """Load the language model, and dateparser with its English locale."""
    identify_language("The harbour reopened on Monday after three weeks of repairs to the northern pier.")
    get_external_parser().get_date_data("Monday 4 March 2024")


warm()

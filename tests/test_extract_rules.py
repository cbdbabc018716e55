"""Extraction rules are attributable: each cut is logged under its rule's name, and a rule can be switched off."""

from __future__ import annotations

import pytest

from pipelines.extract import rules as extract_rules
from pipelines.extract.cleanup import clean_text

ARTICLE = (
    "By Marta Quillon and Teodor Brask\n"
    "The harbour authority reopened the northern pier on Tuesday after three weeks of repairs to its pilings.\n"
    "Fishing crews had moored at the southern quay in the meantime, which doubled their unloading times.\n"
    "Related stories\n"
    "- Pier closure hits the morning catch\n"
    "- Harbour fees to rise next spring\n"
)


def test_each_cut_is_logged_with_its_rule():
    with extract_rules.tracing() as trace:
        text = clean_text(ARTICLE)
    assert "Marta" not in text and "Pier closure" not in text
    assert ("byline", "By Marta Quillon and Teodor Brask") in trace
    assert ("related_block", "- Pier closure hits the morning catch") in trace
    assert ("related_block", "- Harbour fees to rise next spring") in trace


def test_no_log_outside_a_trace():
    with extract_rules.tracing() as trace:
        pass
    clean_text(ARTICLE)
    assert trace == []


def test_a_switched_off_rule_keeps_its_lines():
    with extract_rules.disabled({"byline"}):
        text = clean_text(ARTICLE)
    assert text.startswith("By Marta Quillon and Teodor Brask\n")
    assert "Pier closure" not in text
    assert clean_text(ARTICLE).startswith("The harbour authority")


def test_unknown_rule_names_are_refused():
    with pytest.raises(ValueError, match="no_such_rule"):
        with extract_rules.disabled({"no_such_rule"}):
            pass

"""detect --explain: the reasons behind a flag (or its absence) are shown, for the analyst surprised by an alert."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

from pipelines.detect.explain import explain

PUB = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)  # a Monday
TEXT = ("Rockets hit Camp Taji on Friday night, the security cell said. "
        "The militia threatened to fire drones at Harir air base.")


def test_each_candidate_shows_its_alias_cues_blockers_and_score() -> None:
    why = explain(TEXT, published=PUB, language="en")
    taji, harir = why["candidates"]
    assert (taji["base_id"], taji["matched"], taji["kept"]) == ("iq-taji", "camp taji", True)
    assert {c["kind"] for c in taji["attack_cues"]} == {"rocket", "attack verb"}
    assert harir["base_id"] == "iq-harir" and not harir["kept"]
    assert "threat" in harir["against"] and harir["score"] < why["threshold"]


def test_each_report_says_which_date_rule_gave_its_date() -> None:
    (report,) = explain(TEXT, published=PUB, language="en")["reports"]
    assert report["event_date"] == "2026-05-08"
    assert report["date_rule"].startswith("weekday 'friday'") and "sentence 0" in report["date_rule"]


def test_an_article_without_candidates_says_why() -> None:
    why = explain("Ministers discussed the budget for Camp Taji's new hospital wing.", published=PUB, language="en")
    assert not why["strike"] and "no candidate" in why["why_not"]


def test_cli_adds_explain_and_keeps_the_contract(tmp_path) -> None:
    line = json.dumps({"id": "a1", "text": TEXT, "published": "2026-05-11T06:00:00Z", "language": "en"})
    run = subprocess.run([sys.executable, "-m", "crawler.cli", "detect", "--jsonl", "-", "--explain"],
                         input=line + "\n", capture_output=True, text=True, timeout=120, check=True)
    out = json.loads(run.stdout)
    assert {"id", "strike", "score", "reports"} <= set(out) and out["id"] == "a1"
    assert out["explain"]["candidates"][0]["base_id"] == "iq-taji"
    plain = subprocess.run([sys.executable, "-m", "crawler.cli", "detect", "--jsonl", "-"],
                           input=line + "\n", capture_output=True, text=True, timeout=120, check=True)
    assert "explain" not in json.loads(plain.stdout)


def test_an_attack_told_after_the_sentence_naming_the_base_shows_the_name_where_it_is_written() -> None:
    text = ("Harir air base hosts US troops and their helicopters. "
            "A drone targeted it before dawn on Sunday, the ministry said.")
    [candidate] = explain(text)["candidates"]
    assert candidate["kind"] == "linked" and candidate["kept"]
    assert (candidate["sentence"], candidate["named_in_sentence"]) == (1, 0)
    assert candidate["mention"] == "Harir air base"

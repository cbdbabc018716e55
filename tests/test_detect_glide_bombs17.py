"""Glide and guided bombs are dropped from aircraft: an air strike, and the nationality written on them names the
state that dropped them ("Russian glide bombs hit the airfield": Russia, airstrike)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect

PUBLISHED = datetime(2026, 3, 10, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "Russian glide bombs hit the Myrhorod military airfield in Poltava region on Tuesday, the air force said.",
    "Russian guided aerial bombs struck the Kramatorsk airfield overnight, officials said.",
    "Des bombes planantes russes ont frappé l'aérodrome militaire de Myrhorod mardi, selon l'armée de l'air.",
], ids=["en-glide", "en-guided", "fr-planantes"])
def test_a_glide_bomb_strike_is_an_air_strike_by_the_state_named_on_it(text) -> None:
    (report,) = detect(text, published=PUBLISHED).reports
    assert (report.attack_type, report.actor) == ("airstrike", "Russia")


def test_bombs_described_without_an_attack_stay_quiet() -> None:
    text = "Glide bombs are cheap Soviet-era bombs fitted with wings, analysts said in a report on Tuesday."
    assert not detect(text, published=PUBLISHED).strike

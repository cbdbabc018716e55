"""Depth of the class-8 lexicons (issue 16): strike reports in hi, gu, ml, ta, bn, id, sw, no, el, tr, ru read
with their attacker, place and type; each case names a language pattern, not one article.

Every sentence here was written for these tests. PUB is a Monday.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)

# Attackers the press names only by what they are (terrorists, militants, gunmen), in the case and agent
# endings of each language: the registry's Militants, and so a ground assault when no weapon is named.
MILITANTS = [
    ("gu", "આતંકવાદીઓએ પઠાણકોટ એરબેઝ પર ગ્રેનેડ ફેંક્યા, બે જવાન ઘાયલ થયા."),
    ("ml", "ഭീകരർ പഠാൻകോട്ട് വ്യോമസേനാ താവളം ആക്രമിച്ചു, രണ്ട് സൈനികർക്ക് പരിക്കേറ്റു."),
    ("ta", "பயங்கரவாதிகள் பதான்கோட் விமானப்படை தளத்தைத் தாக்கினர், இரண்டு வீரர்கள் காயமடைந்தனர்."),
    ("ta", "தீவிரவாதிகள் பதான்கோட் விமானப்படை தளத்தைத் தாக்கினர்."),
    ("bn", "জঙ্গিরা পাঠানকোট বিমানঘাঁটিতে হামলা চালায়, দুই জওয়ান আহত হন।"),
    ("sw", "Wanamgambo walishambulia kambi ya kijeshi ya Baledogle usiku wa kuamkia leo."),
    ("no", "Væpnede menn angrep en militærleir i Somalia i natt, fire soldater ble drept."),
    ("el", "Ένοπλοι επιτέθηκαν σε στρατιωτική βάση στη Σομαλία, σκοτώνοντας τέσσερις στρατιώτες."),
]


@pytest.mark.parametrize(("lang", "text"), MILITANTS)
def test_unnamed_attackers_are_militants(lang: str, text: str) -> None:
    det = detect(text, language=lang, published=PUB)
    assert det.strike, (text, det)
    assert (det.reports[0].actor, det.reports[0].attack_type) == ("Militants", "ground_assault")

"""A short Turkish report that the language model alone takes for Azerbaijani is read with the Turkish
lexicon (Azerbaijani writes the schwa, Turkish never does), and Azerbaijani proper still reads as such."""

from __future__ import annotations

from pipelines.detect import detect
from pipelines.language import identify

# The model answers "az" for this sentence; without a schwa it is Turkish.
TURKISH = "Militanlar Şırnak'taki bir askeri üsse havan topuyla saldırdı."
AZERBAIJANI = "Ermənistan silahlı qüvvələri Tovuz rayonunda hərbi bazanı atəşə tutub."


def test_short_turkish_attack_is_read_as_turkish_and_alerts():
    assert identify(TURKISH) == "tr"
    det = detect(TURKISH)
    assert det.reports, "a mortar attack on a military base in Şırnak"
    assert det.reports[0].attack_type == "mortar"
    assert det.reports[0].country == "TR"


def test_azerbaijani_with_schwa_keeps_its_own_lexicon():
    assert identify(AZERBAIJANI) == "az"
    assert detect(AZERBAIJANI).reports

"""A repeat phrase that holds an attack word tells that attack (issue 16, recall): "a subi une nouvelle
attaque", "serangan baru", "neuer Angriff" were scanned as one repeat phrase, the longest match, and the
attack word inside was lost, so an article whose only attack word it was had no candidate. An attack
feared or expected ahead is a threat. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)

TOLD_AS_A_REPEAT = [
    ("fr", "Le camp militaire de Boulkessi a subi une nouvelle attaque dimanche, selon l'armée."),
    ("fr", "Le Mali a subi une nouvelle attaque contre un camp militaire dans la région de Mopti."),
    ("id", "Pos TNI di Intan Jaya menjadi sasaran serangan baru kelompok bersenjata pada Senin."),
    ("de", "Neuer Angriff auf den Militärflugplatz Morosowsk in der Nacht zum Montag."),
    ("en", "The army camp in Mopti came under a new attack on Sunday, officials said."),
]

FEARED = [
    ("en", "Officials fear a new attack on Ain al-Asad air base in the coming days."),
    ("en", "Officials fear an attack on Harir air base."),
    ("fr", "L'armée craint une nouvelle attaque contre le camp de Boulkessi."),
]

# The same words in a real report, where they tell no attack ahead.
REPORTS = [
    ("en", "Drones struck Harir air base on Sunday, raising fears of a wider war."),
    ("en", "Rockets hit Ain al-Asad air base on Monday; two soldiers were feared dead."),
]


@pytest.mark.parametrize("lang,text", TOLD_AS_A_REPEAT)
def test_an_attack_told_as_a_repeat_is_a_strike(lang: str, text: str) -> None:
    assert detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", FEARED)
def test_an_attack_feared_ahead_is_no_report(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", REPORTS)
def test_fear_words_beside_a_real_attack_leave_it_a_strike(lang: str, text: str) -> None:
    assert detect(text, language=lang, published=PUB).strike, text

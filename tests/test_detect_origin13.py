"""Hard negatives of unseen news, PREC13 second pass: a launch origin written as one cue with the installation's
noun ('از پایگاه' before 'پایگاه هوایی تبریز'), soldiers from a post in a clash elsewhere (id 'prajurit dari'),
an attack intended or planned ('hendak menyerang', 'accused of planning a'); and the real reports that share
their words, which must stay strikes. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2025, 3, 10, 9, 0, tzinfo=timezone.utc)  # a Monday

NO_ATTACK_ON_IT = [
    # launched from the base: the origin cue holds the installation's own noun
    ("fa", "موشک‌های بالستیک از پایگاه هوایی تبریز به سوی اسرائیل شلیک شد."),
    ("fa", "پهپادهایی که از پایگاه هوایی همدان پرتاب شدند، اهدافی در عراق را هدف قرار دادند."),
    # soldiers or troops from a post, in a clash or ambush away from it
    ("id", "Prajurit dari Pos TNI di Kiwirok terlibat kontak tembak dengan KKB di hutan Distrik Oksibil pada Senin."),
    ("id", "Pasukan dari pos militer di Nduga diserang KKB saat berpatroli di hutan pada Minggu."),
    # an attack intended or planned, its plotters caught
    ("id", "Polisi menangkap dua orang yang diduga hendak menyerang markas Koramil di Sorong pada Minggu."),
    ("id", "Densus 88 menangkap tiga terduga teroris yang hendak meledakkan markas Kodim di Poso pada Minggu."),
    ("en", "Two men accused of planning a rocket attack on Ain al-Asad air base were detained in Anbar on Monday."),
    ("en", "Police arrested three men on Sunday suspected of planning a drone attack on Incirlik air base."),
]

STANDS = [
    ("fa", "پایگاه هوایی تبریز روز دوشنبه هدف حمله پهپادی اسرائیل قرار گرفت."),
    ("id", "Anggota KKB menembaki markas Koramil Sugapa dari perbukitan pada Senin malam."),
    ("id", "KKB menembaki pos TNI di Kiwirok pada Senin, melukai dua prajurit dari pos itu."),
    ("id", "Prajurit TNI di pos militer Kiwirok terlibat kontak tembak dengan KKB yang menyerang pos itu pada Senin."),
    ("id", "KKB yang hendak merebut senjata menyerang pos TNI di Puncak pada Senin, dua prajurit terluka."),
    ("en", "Militants suspected of planning more attacks fired rockets at Ain al-Asad air base on Monday."),
]


@pytest.mark.parametrize("lang,text", NO_ATTACK_ON_IT)
def test_no_attack_on_the_base(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", STANDS)
def test_the_attack_stands(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports, text

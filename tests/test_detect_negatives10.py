"""Hard negatives of unseen news, third pass (issue 16): a claim of an attack that its own sentence calls false;
each class with the real reports that share its trigger words and must stay strikes with the same fields. The
articles are our own."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday


def _first_report(text: str, lang: str) -> tuple[str | None, str, date | None]:
    """The installation, attack type and day of the first report of a text that must stay a strike."""
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    report = found.reports[0]
    return report.base_id, report.attack_type, report.event_date

# One sentence names a claim of an attack and calls it false (the hearsay and falsity groups, falsified.py): the
# attack is only claimed.
CALLED_FALSE = [
    ("en", "untrue", "Claims that gunmen attacked Kandahar air base during the night are untrue, an army spokesman said."),
    ("en", "as-false", "The Pentagon on Monday dismissed as false the reports that Iranian missiles struck Al Udeid air "
     "base."),
    ("he", "shikriyot", "הטענות ברשתות כי טילים פגעו בבסיס חצרים הן שקריות, מסרו בצבא."),
    ("tr", "yalan", "Bakanlık kaynakları: Kürecik Radar Üssü'nün İHA ile vurulduğu iddiası yalan."),
    ("id", "tidak-sesuai-fakta", "Kapendam menyebut klaim kelompok bersenjata menembaki pos militer di Nduga tidak "
     "sesuai fakta."),
    ("id", "keliru", "Informasi soal serangan drone ke Pangkalan Udara Ain al-Asad yang beredar di media sosial keliru, "
     "kata seorang pejabat Irak."),
]

# The same falsity words beside a real attack: a toll or a detail called false, or the attack told before the claim.
CALLED_FALSE_CONTROLS = [
    ("en", "Rockets hit Ain al-Asad air base on Monday; militia claims that 30 soldiers were killed are false, the "
     "Pentagon said.", "iq-ain-al-asad", "rocket"),
    ("en", "Drones struck Al Udeid air base on Monday, officials said, adding that early reports of heavy damage were "
     "incorrect.", "qa-al-udeid", "drone"),
    ("en", "Iranian missiles struck Al Udeid air base on Monday. Claims by Tehran that the base was destroyed are "
     "false, the Pentagon said.", "qa-al-udeid", "missile"),
    ("he", "רקטה פגעה הבוקר בבסיס נבטים. הטענות האיראניות על הרס הבסיס הן שקריות, אמרו בצבא.", "il-nevatim", "rocket"),
    ("tr", "İncirlik Hava Üssü'ne bugün roket saldırısı düzenlendi, üssün yok edildiği iddiası ise yalan.",
     "tr-incirlik", "rocket"),
    ("id", "Drone menghantam Pangkalan Udara Ain al-Asad pada Senin. Pejabat menyebut laporan awal soal jumlah korban "
     "keliru.", "iq-ain-al-asad", "drone"),
]


@pytest.mark.parametrize("lang,what,text", CALLED_FALSE, ids=[f"{c[0]}-{c[1]}" for c in CALLED_FALSE])
def test_a_claim_its_own_sentence_calls_false_is_no_attack(lang: str, what: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike


@pytest.mark.parametrize("lang,text,base,kind", CALLED_FALSE_CONTROLS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLED_FALSE_CONTROLS)])
def test_a_falsity_word_beside_a_real_attack_stays_a_strike(lang: str, text: str, base: str, kind: str) -> None:
    assert _first_report(text, lang) == (base, kind, PUB.date())

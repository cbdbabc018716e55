"""Hard negatives of unseen news, fourth pass (issue 16): a state's strike on an armed group's positions or camps
is no strike on a military installation (held.py); the real reports that share the words (armed groups attacking
an army's posts, a state's positions hit) must stay strikes with the same fields. The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# A weak or plural installation noun whose owner is a non-state armed group, written right before or after it.
HELD_BY_AN_ARMED_GROUP = [
    ("en", "The Syrian army pounded rebel positions near Khan Shaykhun with artillery on Sunday, state television "
     "reported."),
    ("en", "Pakistani army jets bombed militant camps in the Tirah valley overnight, the military said."),
    ("en", "Turkish drones hit PKK positions in the Gara mountains of northern Iraq, the ministry said."),
    ("en", "Government warplanes struck positions held by militants east of Mogadishu on Saturday."),
    ("ar", "قصف الجيش العراقي بالمدفعية مواقع للإرهابيين في وادي حوران غرب الأنبار."),
    ("ar", "شن الطيران الحربي غارات على مواقع لتنظيم داعش في البادية السورية يوم الأحد."),
    ("ru", "Российская авиация нанесла удары по позициям боевиков в горах Латакии."),
    ("uk", "Турецька авіація завдала ударів по позиціях бойовиків на півночі Іраку."),
    ("tr", "TSK, Irak'ın kuzeyindeki PKK'nın mevzilerini obüslerle vurdu."),
    ("ur", "پاک فوج کے طیاروں نے باجوڑ میں دہشت گردوں کے کیمپوں کو بمباری سے نشانہ بنایا۔"),
    ("fa", "توپخانه ارتش مواضع تروریست ها در ارتفاعات مرزی را گلوله باران کرد."),
    ("he", "מטוסי חיל האוויר תקפו עמדות של מחבלים בדרום רצועת עזה הלילה."),
    ("de", "Die türkische Luftwaffe bombardierte Stellungen der PKK im Nordirak."),
    ("de", "Kampfjets der Armee bombardierten Stellungen von Dschihadisten in Mali."),
]

# The same armed groups as attackers, or as another word of the sentence: a state's installation is hit.
ARMY_POSTS_HIT = [
    ("en", "Militants attacked an army post in the Khyber district overnight, killing three soldiers."),
    ("en", "Hezbollah fighters fired anti-tank missiles at Israeli army positions on the border on Monday."),
    ("en", "Islamic State militants stormed a military base in Diyala province, killing four soldiers."),
    ("en", "Rebels shelled a government army camp near Goma with mortars on Sunday, the army said."),
    ("ar", "هاجم مسلحون مواقع للجيش السوري في ريف حماة الشمالي بقذائف الهاون الليلة الماضية."),
    ("ar", "استهدف حزب الله مواقع الجيش الإسرائيلي في مزارع شبعا بالصواريخ الموجهة."),
    ("ru", "Боевики обстреляли из минометов позиции сирийской армии в провинции Хама."),
    ("uk", "Бойовики атакували військову базу урядових сил у провінції Ідліб."),
    ("tr", "PKK'lı teröristler, Şırnak'taki üs bölgesine havanla saldırdı."),
    ("tr", "Terör örgütü PKK üs bölgesine havan mermileriyle saldırdı."),
    ("ur", "دہشت گردوں نے شمالی وزیرستان میں سیکیورٹی فورسز کی چوکی پر حملہ کیا۔"),
    ("fa", "تروریست ها به مقر سپاه در سراوان با راکت حمله کردند."),
    ("he", "מחבלים ירו טילי נ\"ט לעבר עמדה של צה\"ל בגבול הצפון."),
    ("en", "Rockets struck the army's forward positions, militants said on Monday."),
    ("de", "Dschihadisten griffen Stellungen der malischen Armee an."),
    ("de", "Raketen trafen die Stellungen der Bundeswehr, Dschihadisten bekannten sich dazu."),
]


@pytest.mark.parametrize("lang,text", HELD_BY_AN_ARMED_GROUP)
def test_an_armed_groups_positions_are_no_installation(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


@pytest.mark.parametrize("lang,text", ARMY_POSTS_HIT)
def test_an_armys_posts_hit_by_armed_groups_stay_strikes(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert "armed-group-held" not in str(found), text

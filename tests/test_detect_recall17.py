"""Recall across languages (RECALL17): Sorani Kurdish (Arabic script) reads ku.yaml alongside Kurmanji, with
its attack told as done (the attack noun with its past light verb, an attack-event noun with its weapon, the
made-the-target passive) on an installation named by the gazetteer or by a military ezafe phrase; and the
Kurmanji made-the-target passive with 'armanc'. Controls: threats in the present-future, visits, exercises,
memorials and the attack noun alone stay quiet."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)

STRIKES = [
    # the past light verb, a named base
    ("ku", "شەوی ڕابردوو دوو درۆن هێرشیان کردە سەر بنکەی حەریر و زیانیان گەیاند."),
    # made the target, passive, with an ezafe phrase of the army
    ("ku", "بنکەیەکی سوپای تورکیا لە ناوچەی بامەڕنێ بە هاوەن کرایە ئامانج."),
    # an attack-event noun with its weapon, as the head of a nominal headline
    ("ku", "هێرشێکی درۆنی بۆ سەر فڕۆکەخانەی هەولێر // ئەمشەو درۆنێک بەر فڕۆکەخانەی هەولێر کەوت."),
    # plural military bases, the definite ezafe
    ("ku", "چەکداران بە ڕۆکێت هێرشیان کردە سەر بنکە سەربازییەکانی ئەمریکا لە ڕۆژهەڵاتی سووریا."),
    # Kurmanji: made the target, passive
    ("ku", "Baregeheke leşkerî ya Tirkiyê li Bamernê duh hat armanckirin û du leşker birîndar bûn."),
]

CONTROLS = [
    # a threat in the present-future
    ("ku", "گرووپێکی چەکدار ڕایگەیاند کە هێرش دەکەنە سەر بنکەی حەریر ئەگەر هێزەکان نەکشێنەوە."),
    # a visit
    ("ku", "سەرۆکی هەرێم سەردانی بنکەی حەریری کرد و باسی هێرشەکانی داعشی کرد."),
    # an exercise against drones
    ("ku", "هێزەکانی پێشمەرگە لە بنکەی سەربازیی زاخۆ ڕاهێنانیان کرد بۆ بەرگری لە هێرشی درۆن."),
    # a memorial of an earlier attack
    ("ku", "ئەمڕۆ یادی ئەو سەربازانە کرایەوە کە ساڵی ٢٠٢٠ لە هێرشی مووشەکی بۆ سەر فڕۆکەخانەی هەولێر کوژران."),
    # the attack noun alone: a campaign talked about, no event
    ("ku", "شارەزایان دەڵێن هێرشەکانی داهاتوو بنکەکانی سوپا لە سنوور دەگرێتەوە."),
    # Kurmanji: a threat in the subjunctive
    ("ku", "Komê gef xwar ku dê baregeha Harîrê bike armanc."),
]


@pytest.mark.parametrize(("lang", "text"), STRIKES, ids=[f"strike-{k}" for k in range(len(STRIKES))])
def test_kurdish_strikes_alert(lang: str, text: str) -> None:
    title, _, body = text.partition(" // ")
    det = detect(body or title, title=title if body else None, language=lang, published=PUB)
    assert det.strike, text


@pytest.mark.parametrize(("lang", "text"), CONTROLS, ids=[f"control-{k}" for k in range(len(CONTROLS))])
def test_kurdish_controls_stay_quiet(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text


# Arabic: 'an assault' ('اعتداء') is one attack as the Iraqi and Gulf press tell it, after the verb of suffering
# ('تعرضت القاعدة لاعتداء') as after 'هجوم'; an assault on a driver or a citizen near a base, or a bare
# assault on a worker inside one, is none.
ASSAULTS = [
    "تعرضت قاعدة بلد الجوية في صلاح الدين لاعتداء بصواريخ غراد.",
    "تعرضت ثكنة للجيش في ريف درعا لاعتداء أوقع ثلاثة جرحى بين العسكريين.",
    "أعلنت قيادة العمليات المشتركة تعرض قاعدة الحبانية لاعتداءين بصواريخ كاتيوشا.",
]
ASSAULT_CONTROLS = [
    "تعرض سائق صهريج لاعتداء بالضرب على الطريق القريب من قاعدة بلد الجوية.",
    "اعتداء على مواطن في سوق قريب من قاعدة الحبانية يثير غضب الأهالي.",
    # a bare assault inside a base, with no weapon and no suffering frame, is a crime on a person
    "فتح الجيش تحقيقا في اعتداء على عامل نظافة داخل معسكر التاجي.",
]


@pytest.mark.parametrize("text", ASSAULTS, ids=[f"assault-{k}" for k in range(len(ASSAULTS))])
def test_arabic_assault_on_an_installation_alerts(text: str) -> None:
    assert detect(text, language="ar", published=PUB).strike, text


@pytest.mark.parametrize("text", ASSAULT_CONTROLS, ids=[f"assault-control-{k}" for k in range(len(ASSAULT_CONTROLS))])
def test_arabic_assault_on_a_person_stays_quiet(text: str) -> None:
    assert not detect(text, language="ar", published=PUB).strike, text


# A superlative grading an attack word that carries a clitic ('من أكثر القواعد تعرضا للهجمات': the cue starts
# after 'لل') describes a frequent target, as without the clitic; a count of weapons after 'أكثر' is an attack.
GRADED = [
    "تعتبر قاعدة حرير من أكثر المواقع تعرضا للقصف في الإقليم.",
    "يقول خبراء إن قاعدة التنف من أكثر القواعد عرضة للاستهداف في المنطقة.",
]
COUNTED = [
    "سقط أكثر من عشرة صواريخ على قاعدة حرير مساء الأحد.",
]


@pytest.mark.parametrize("text", GRADED, ids=[f"graded-{k}" for k in range(len(GRADED))])
def test_a_frequent_target_with_a_clitic_stays_quiet(text: str) -> None:
    assert not detect(text, language="ar", published=PUB).strike, text


@pytest.mark.parametrize("text", COUNTED, ids=[f"counted-{k}" for k in range(len(COUNTED))])
def test_a_count_after_the_superlative_still_alerts(text: str) -> None:
    assert detect(text, language="ar", published=PUB).strike, text


# Arabic origin: aircraft named with two adjectives between 'took off' and 'from' ('أقلعت قاذفات روسية
# استراتيجية من قاعدة حميميم') launched from the base; a launch from elsewhere that hit the base still alerts.
LAUNCHED_FROM = [
    "أقلعت قاذفات روسية استراتيجية من قاعدة حميميم لقصف مواقع المعارضة في ريف إدلب.",
]
LAUNCHED_ELSEWHERE = [
    "انطلقت طائرات مسيرة إيرانية الصنع ثلاث من البادية وضربت قاعدة التنف فجر اليوم.",
]


@pytest.mark.parametrize("text", LAUNCHED_FROM, ids=[f"from-{k}" for k in range(len(LAUNCHED_FROM))])
def test_aircraft_taking_off_from_a_base_stays_quiet(text: str) -> None:
    assert not detect(text, language="ar", published=PUB).strike, text


@pytest.mark.parametrize("text", LAUNCHED_ELSEWHERE, ids=[f"elsewhere-{k}" for k in range(len(LAUNCHED_ELSEWHERE))])
def test_a_launch_from_elsewhere_that_hit_the_base_alerts(text: str) -> None:
    assert detect(text, language="ar", published=PUB).strike, text

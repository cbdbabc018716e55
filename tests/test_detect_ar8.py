"""Arabic, Persian and Urdu strike reports in the regional press's own forms (issue 16, unseen news): the state
whose nationality qualifies the weapon, in every gender and definiteness Arabic writes it; a state's air force
named as the attacker (Israel's, Turkey's, Russia's, the United States'); the Houthis by the names the Saudi,
Yemeni and Iranian press give them. Each report case failed before its lexicon or registry words; each control
keeps a word's other role. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, what, text, attacker, attack type or None): a fresh attack whose attacker the text names.
ATTACKERS = [
    # Arabic: the nationality without the article and in the masculine ('غارة إسرائيلية', 'طائرة مسيرة تركية')
    ("ar", "israeli-raid-indefinite", "استهدفت غارة إسرائيلية موقعا للجيش اللبناني في بلدة العديسة مساء الأحد.",
     "Israel", "airstrike"),
    ("ar", "turkish-drone-indefinite", "قصفت طائرة مسيرة تركية محيط قاعدة قسرك في ريف الحسكة يوم الأحد.", "Turkey",
     "drone"),
    ("ar", "israeli-warplanes", "شنت طائرات حربية إسرائيلية غارات على مطار التيفور العسكري فجر اليوم.", "Israel",
     "airstrike"),
    # Arabic: the state's air force as the press writes it
    ("ar", "israeli-air-force", "استهدف الطيران الإسرائيلي مطار التيفور العسكري في ريف حمص بعدة صواريخ يوم الأحد.",
     "Israel", "airstrike"),
    # Arabic: the air force of Turkey, Russia and the United States, one term with the weapon as Israel's
    ("ar", "turkish-air-force", "قصف الطيران التركي مقرا عسكريا لحزب العمال الكردستاني في جبال قنديل اليوم.",
     "Turkey", "airstrike"),
    ("ar", "russian-air-force", "استهدف الطيران الروسي معسكرا لهيئة تحرير الشام في ريف إدلب فجر اليوم.", "Russia",
     "airstrike"),
    ("ar", "us-air-force", "قصف الطيران الأمريكي مقرا عسكريا لكتائب حزب الله في القائم فجر اليوم.",
     "United States", "airstrike"),
    # Persian: the nationality written after the weapon
    ("fa", "turkish-drones", "پهپادهای ترکیه ای روز یکشنبه پایگاه قسرک در حسکه را هدف قرار دادند.", "Turkey",
     "drone"),
    ("fa", "israeli-fighters", "جنگنده های اسرائیلی بامداد امروز فرودگاه نظامی التیفور را بمباران کردند.", "Israel",
     "airstrike"),
    # Urdu: the nationality written before the weapon, and warplanes
    ("ur", "indian-drones", "بھارتی ڈرونز نے پیر کو علی الصبح سرگودھا ایئربیس کو نشانہ بنایا۔", "India", "drone"),
    ("ur", "israeli-warplanes", "اسرائیلی جنگی طیاروں نے شام کے فوجی ہوائی اڈے پر بمباری کی۔", "Israel", "airstrike"),
    # the Houthis as the Saudi press and the Iranian press name them
    ("ar", "houthi-militia", "أعلن التحالف اعتراض طائرات مسيرة مفخخة أطلقتها الميليشيا الحوثية باتجاه قاعدة الملك "
     "خالد الجوية يوم السبت.", "Houthis", "drone"),
    ("fa", "yemeni-armed-forces", "نیروهای مسلح یمن روز شنبه پایگاه هوایی نواتیم را با موشک بالستیک هدف قرار دادند.",
     "Houthis", "missile"),
]

# (language, what, text, attacker): the nationality in its other roles. A weapon made in a state that others fire,
# a group named as the launcher, a soldier of that state, the defender's air defence: no attack by that state.
CONTROLS = [
    ("ar", "iranian-made", "استهدف هجوم بطائرة مسيرة إيرانية الصنع قاعدة التنف اليوم.", None),
    ("ar", "group-named", "أطلق الحوثيون صواريخ إيرانية الصنع على قاعدة الملك خالد الجوية اليوم.", "Houthis"),
    ("ar", "turkish-soldier", "قتل جندي تركي في هجوم بطائرة مسيرة على قاعدة زليكان اليوم، وتبنى حزب العمال "
     "الكردستاني الهجوم.", "PKK"),
    ("ar", "israeli-air-defence", "أسقطت الدفاعات الجوية الإسرائيلية طائرة مسيرة أطلقها حزب الله نحو قاعدة ميرون "
     "اليوم.", "Hezbollah"),
    # an air force that uses the base is its host, not its attacker
    ("ar", "base-the-air-force-uses", "تعرضت قاعدة حميميم التي يستخدمها الطيران الروسي لهجوم بطائرات مسيرة فجر "
     "اليوم.", None),
    ("ar", "base-of-the-air-force", "تعرضت قاعدة للطيران الروسي في ريف اللاذقية لهجوم بطائرات مسيرة فجر اليوم.",
     None),
    ("ur", "group-before-indian", "کالعدم تحریک طالبان پاکستان نے بھارتی اسلحے سے بنوں کینٹ پر حملہ کیا۔", "TTP"),
]


@pytest.mark.parametrize("lang,what,text,attacker,kind", ATTACKERS, ids=[f"{c[0]}-{c[1]}" for c in ATTACKERS])
def test_the_attacker_the_press_names(lang, what, text, attacker, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    assert r.actor == attacker, (what, r.actor)
    assert r.attack_type == kind, (what, r.attack_type)


@pytest.mark.parametrize("lang,what,text,attacker", CONTROLS, ids=[f"{c[0]}-{c[1]}" for c in CONTROLS])
def test_a_nationality_in_its_other_roles(lang, what, text, attacker):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    assert d.reports[0].actor == attacker, (what, d.reports[0].actor)


# (language, what, text): installations written the way the Syrian and Iranian press write them: a battalion
# of air defence or radar is the fixed site it holds; the headquarters of armed groups in the plural.
INSTALLATIONS = [
    ("ar", "air-defence-battalion", "هاجمت طائرات مسيرة كتيبة للدفاع الجوي تابعة لقوات النظام في ريف درعا فجر اليوم."),
    ("ar", "radar-battalion", "استهدفت غارة جوية كتيبة الرادار في ريف السويداء الشرقي فجر اليوم."),
    ("fa", "group-headquarters", "سپاه پاسداران امروز مقرهای گروهک کومله در اقلیم کردستان را با پهپاد هدف قرار داد."),
    # the present tense of 'ضرب' in a headline: news, not a profile's title
    ("ar", "strikes-present-headline", "الحرس الثوري يضرب قاعدة العديد\nأطلقت صواريخ باتجاه القاعدة في قطر مساء الأحد."),
]

# (language, what, text): the same words with no attack on an installation.
INSTALLATION_CONTROLS = [
    # 'كتيبة' alone is a unit of soldiers; the battalion's site visited
    ("ar", "battalion-as-unit", "قتل جنديان من الكتيبة 45 في هجوم على قافلة عسكرية على طريق تدمر اليوم."),
    ("ar", "battalion-visited", "زار وزير الدفاع كتيبة للدفاع الجوي في ريف دمشق اليوم واطلع على جاهزيتها."),
    # a party's headquarters, and a politician's verbal attack on a policy about the groups' headquarters
    ("fa", "party-headquarters", "مقرهای احزاب سیاسی در تهران امروز هدف حمله هکرها قرار گرفت."),
    ("fa", "verbal-attack", "نماینده مجلس به سیاست دولت درباره مقرهای گروهک‌ها در اقلیم کردستان حمله کرد."),
    # 'يضرب المثل ب' cites an example, 'تضرب موعدا' sets a date
    ("ar", "example-cited", "يضرب الخبراء المثل بقاعدة عين الأسد في التحصين العسكري منذ سنوات."),
    ("ar", "date-set", "تضرب الحكومة موعدا مع قادة الجيش في القاعدة العسكرية يوم الأحد."),
]


@pytest.mark.parametrize("lang,what,text", INSTALLATIONS, ids=[f"{c[0]}-{c[1]}" for c in INSTALLATIONS])
def test_installations_as_the_regional_press_writes_them(lang, what, text):
    assert detect(text, published=PUB).strike, what


@pytest.mark.parametrize("lang,what,text", INSTALLATION_CONTROLS, ids=[f"{c[0]}-{c[1]}" for c in INSTALLATION_CONTROLS])
def test_the_same_words_with_no_attack_on_an_installation(lang, what, text):
    assert not detect(text, published=PUB).strike, what


# Kurmanji (lexicons/ku.yaml): reports of attacks on bases and outposts in Iraqi and Syrian Kurdistan, as the
# Kurmanji press writes them; each failed before the lexicon (no Kurmanji cue in any lexicon). (what, text,
# attacker or None, attack type)
KURMANJI = [
    ("drones-on-a-base", "Îro sibehê baregeha leşkerî ya Harîrê bi dronan hat bombebarankirin.", None, "drone"),
    ("guerrillas-attack", "Gerîlayên HPGê êrîşî baregeheke artêşa Tirk a li herêma Zapê kirin û sê leşker hatin "
     "kuştin.", "PKK", None),
    ("armed-drones-on-an-outpost", "Dewleta Tirk bi SÎHAyan êrîşî qereqoleke leşkerî ya li Qamişloyê kir.", "Turkey",
     "drone"),
    ("warplanes-bomb-a-base", "Duh şevê balafirên şer ên artêşa Tirk bingeheke leşkerî ya hêzên Pêşmerge bombebaran "
     "kirin.", None, "airstrike"),
]

# Kurmanji with the same words and no attack that happened: a visit, a threat, an attack that may come, men
# caught before they could attack, bases built, a base that fired on villages, 'bingeh' as 'basis', a
# politician's attack on a decision, a road accident beside a base.
KURMANJI_CONTROLS = [
    ("visit", "Wezîrê Parastinê yê Tirk serdana bingeheke leşkerî ya li herêma Metînayê kir."),
    ("threat", "Fermandarekî artêşa Tirk gef xwar ku ew ê êrîşî baregehên leşkerî yên HPGê bikin."),
    ("may-come", "Fermandarê Sipahê got eger Îsraîl êrîşî Îranê bike, ew ê bingehên leşkerî yên Amerîkayê bikin "
     "hedef."),
    ("caught-before", "Hêzên ewlehiyê du kes girtin ku dixwestin êrîşî bingeheke leşkerî bikin."),
    ("bases-built", "Artêşa Tirk li herêmê zêdetirî 40 bingehên leşkerî ava kirine û êrîşên xwe yên li ser gundan "
     "didomîne."),
    ("fired-from-the-base", "Artêşa Tirk ji bingeha leşkerî ya li Şiladizê gundên derdorê topbaran kirin."),
    ("verbal-attack", "Serokê partiyê êrîşî biryara hikûmetê ya li ser bingehên leşkerî kir."),
    ("road-accident", "Du leşkerên Tirk di qezayeke trafîkê de li nêzîkî bingeha leşkerî ya Begovayê jiyana xwe ji "
     "dest dan."),
]


@pytest.mark.parametrize("what,text,attacker,kind", KURMANJI, ids=[c[0] for c in KURMANJI])
def test_kurmanji_reports(what, text, attacker, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    if attacker:
        assert r.actor == attacker, (what, r.actor)
    if kind:
        assert r.attack_type == kind, (what, r.attack_type)


@pytest.mark.parametrize("what,text", KURMANJI_CONTROLS, ids=[c[0] for c in KURMANJI_CONTROLS])
def test_kurmanji_with_no_attack_that_happened(what, text):
    assert not detect(text, published=PUB).strike, what

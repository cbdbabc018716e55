"""Arabic strike reports as the regional press tells them (issue 16, unseen news): a ministry's statement, the
Syrian Observatory as the teller of an attack told after the base's own sentence, the Syrian press's 'aggression',
and installation nouns the lexicon lacked (a gun emplacement, a military compound, a radar, 'مقار'). Each report
case failed before its lexicon words; each control keeps a word's other role. Every sentence is written for these
tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (what, text, gazetteer base id or None, attack type or None): fresh attacks that must alert.
REPORTS = [
    # a ministry ('وزارة') was read as the clitic 'و' and the visit stem 'زار*': every ministry's statement
    # weighed as a visit
    ("ministry-statement", "أعلنت وزارة الدفاع الأمريكية أن قاعدة التنف تعرضت لهجوم فجر اليوم.", "sy-al-tanf",
     None),
    ("ministry-statement-drones", "ذكرت وزارة الدفاع الروسية في بيان أن مسيرات أوكرانية هاجمت قاعدة حميميم ليلا.",
     "sy-hmeimim", "drone"),
    # the Syrian Observatory ('المرصد') is no installation: the attack sentence after the base's own is linked
    ("observatory-tells-next-sentence", "قاعدة خراب الجير في ريف الحسكة. قال المرصد السوري لحقوق الإنسان إن "
     "مسلحين قصفوها بقذائف صاروخية الليلة الماضية.", None, "rocket"),
    # the Syrian press's 'aggression' on a base (an Israeli one is an air strike), and an air aggression
    ("aggression", "تصدت وسائط الدفاع الجوي لعدوان إسرائيلي على مطار التيفور العسكري فجر اليوم.", "sy-t4",
     "airstrike"),
    ("air-aggression", "أفادت مصادر بأن مطار الشعيرات تعرض لعدوان جوي مساء اليوم.", None, "airstrike"),
    # installation nouns: a gun emplacement (and its plural), a military compound, a radar, headquarters ('مقار')
    ("gun-emplacement", "استهدفت غارة إسرائيلية مربض مدفعية للجيش السوري في ريف القنيطرة.", None, "airstrike"),
    ("gun-emplacements", "استهدفت المقاومة الإسلامية مرابض المدفعية الإسرائيلية في الزاعورة بصواريخ الكاتيوشا.",
     None, "rocket"),
    ("military-compound", "قال المتحدث باسم الجيش إن طائرات حربية أغارت الليلة على مجمع عسكري لحزب الله في جنوب "
     "لبنان.", None, "airstrike"),
    ("radar", "استهدف الجيش الإسرائيلي رادارا للجيش السوري في ريف السويداء.", None, None),
    ("headquarters-plural", "استهدفت ضربات جوية أمريكية مقار لكتائب حزب الله في منطقة القائم على الحدود.", None,
     "airstrike"),
]

# (what, text): the same words where no installation was attacked.
NEGATIVES = [
    # the radar that detects a launch is no target
    ("radar-detects", "رصد الرادار العسكري إطلاق صاروخين من اليمن باتجاه إيلات، واعترضتهما الدفاعات الجوية فوق "
     "البحر."),
    # a stable ('مربض الخيول')
    ("stable", "تعرض مربض الخيول في نادي الفروسية لحريق محدود صباح اليوم دون إصابات."),
    # a military compound opened; 'the aggression' as a whole war; 'any aggression' as a threat
    ("compound-opened", "افتتح رئيس الأركان المجمع العسكري الجديد في ريف دمشق اليوم بحضور قادة الجيش."),
    ("aggression-as-war", "ندد البيان بالعدوان على غزة، ودعا إلى إغلاق القواعد الأمريكية في المنطقة."),
    ("any-aggression", "حذرت وزارة الخارجية من أن أي عدوان على أراضيها سيقابل برد يستهدف القواعد الأمريكية."),
    ("aggression-anniversary", "أحيا أهالي البلدة الذكرى السنوية للعدوان الإسرائيلي على مطار التيفور عام 2018."),
    # a visit is still a visit; a news site's satellite images
    ("visit", "زار وزير الدفاع قاعدة التنف اليوم واطلع على آثار القصف الذي طالها الشهر الماضي."),
    ("news-site-images", "نشر موقع إخباري إسرائيلي صورا لقاعدة نفاتيم قال إنها تظهر أعمال توسعة في المدرج."),
    # party headquarters stormed by protesters
    ("party-offices", "هاجم محتجون غاضبون مقار الأحزاب في البصرة وأحرقوا بعضها مساء اليوم."),
]

# (what, text, gazetteer base id, attack type): the trigger words in an innocent role inside real strike reports.
CONTROLS = [
    ("observatory-same-sentence", "قال المرصد السوري إن طائرات مسيرة مجهولة استهدفت قاعدة التنف فجر اليوم.",
     "sy-al-tanf", "drone"),
    ("news-site-tells", "نقل موقع إخباري عراقي عن مصدر أمني أن صاروخين سقطا داخل قاعدة عين الأسد مساء اليوم.",
     "iq-ain-al-asad", "rocket"),
    ("ministry-air-defence", "ذكرت وزارة الدفاع السورية أن وسائط الدفاع الجوي تصدت لعدوان إسرائيلي استهدف مطار "
     "التيفور العسكري.", "sy-t4", "airstrike"),
]


@pytest.mark.parametrize("what,text,base,kind", REPORTS, ids=[c[0] for c in REPORTS])
def test_arabic_reports_alert(what, text, base, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    if base:
        assert r.base_id == base, (what, r.base_id)
    if kind:
        assert r.attack_type == kind, (what, r.attack_type)


@pytest.mark.parametrize("what,text", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_the_same_words_with_no_attack(what, text):
    assert not detect(text, published=PUB).strike, what


@pytest.mark.parametrize("what,text,base,kind", CONTROLS, ids=[c[0] for c in CONTROLS])
def test_trigger_words_inside_real_reports(what, text, base, kind):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    r = d.reports[0]
    assert (r.base_id, r.attack_type) == (base, kind), what


# (language, what, text, attacker): the state named only by its weapon's adjective, indefinite as the press writes
# it ('مسيرات أوكرانية', 'ضربات جوية أمريكية', 'طائرات حربية روسية'); where the weapon was made names no one.
ATTACKERS = [
    ("ar", "ukrainian-drones", "ذكرت وزارة الدفاع الروسية في بيان أن مسيرات أوكرانية هاجمت قاعدة حميميم ليلا.",
     "Ukraine"),
    ("ar", "us-air-strikes", "استهدفت ضربات جوية أمريكية مقار لكتائب حزب الله في منطقة القائم على الحدود.",
     "United States"),
    ("ar", "russian-warplanes", "شنت طائرات حربية روسية غارات على معسكر لهيئة تحرير الشام في ريف إدلب.", "Russia"),
    ("ar", "russian-made", "استهدفت طائرة مسيرة روسية الصنع قاعدة التنف اليوم.", None),
    ("ar", "turkish-made", "سقطت مسيرة تركية الصنع داخل قاعدة حميميم اليوم، وفق مصادر محلية.", None),
    ("ar", "made-in-america", "استهدفت الفصائل قاعدة التنف بطائرات مسيرة من صنع أمريكي اليوم.", None),
    # the host's troops, the base's owner and the victims are not the attacker
    ("ar", "us-troops-hosted", "استهدفت مسيرات قاعدة التنف التي تضم قوات أمريكية فجر اليوم.", None),
    ("ar", "russian-base", "هاجمت مسيرات مجهولة قاعدة روسية في ريف اللاذقية فجر اليوم.", None),
    ("ar", "russian-adviser", "أصيب مستشار روسي في قصف بطائرات مسيرة على قاعدة حميميم اليوم.", None),
    ("ar", "ukrainian-soldiers", "استهدفت طائرة مسيرة تجمعا لجنود أوكرانيين قرب مطار عسكري روسي في القرم.", None),
]


@pytest.mark.parametrize("lang,what,text,attacker", ATTACKERS, ids=[f"{c[0]}-{c[1]}" for c in ATTACKERS])
def test_the_state_named_by_its_weapon(lang, what, text, attacker):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    assert d.reports[0].actor == attacker, (what, d.reports[0].actor)


# Urdu tolls with 'one' and six to ten, and 'fired' in its other forms; Persian 'rocket' as an adjective.
def test_urdu_tolls_count_one_and_six():
    r = detect("ژوب کینٹ پر دہشتگردوں کے حملے میں ایک فوجی شہید اور چھ زخمی ہوئے۔", published=PUB).reports[0]
    assert (r.killed, r.wounded) == (1, 6)


def test_urdu_one_soldier_killed_at_a_checkpost():
    d = detect("شمالی وزیرستان میں سیکیورٹی فورسز کی چیک پوسٹ پر دہشت گردوں نے حملہ کیا جس میں ایک فوجی شہید ہوگیا۔",
               published=PUB)
    assert d.strike and d.reports[0].killed == 1


def test_urdu_missile_fired():
    d = detect("حوثی باغیوں نے سعودی عرب کے شاہ خالد ایئربیس پر بیلسٹک میزائل داغا۔", published=PUB)
    assert d.strike, d.score
    assert (d.reports[0].base_id, d.reports[0].attack_type) == ("sa-king-khalid", "missile")


def test_persian_rocket_attack_is_typed():
    d = detect("منابع خبری از حمله راکتی به پایگاه ویکتوریا در نزدیکی فرودگاه بغداد خبر دادند.", published=PUB)
    assert d.strike and d.reports[0].attack_type == "rocket"


# Arabic spellings of gazetteer bases the press writes: with the article ('الحرير', 'الرميلان'), 'نفاتيم' without
# its ya, 'رامات دافيد' with both vowels long.
SPELLINGS = [
    ("الحرير", "استهدفت طائرة مسيرة قاعدة الحرير في أربيل فجر اليوم.", "iq-harir"),
    ("الرميلان", "سقطت قذائف صاروخية داخل قاعدة الرميلان في ريف الحسكة مساء اليوم.", "sy-rumeilan"),
    ("نفاتيم", "أعلنت القوات المسلحة اليمنية استهداف قاعدة نفاتيم الجوية بصاروخ باليستي.", "il-nevatim"),
    ("رامات-دافيد", "أعلن حزب الله أنه استهدف قاعدة رامات دافيد الجوية برشقة صاروخية اليوم.", "il-ramat-david"),
]


@pytest.mark.parametrize("what,text,base", SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_arabic_spellings_resolve_to_the_gazetteer(what, text, base):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    assert d.reports[0].base_id == base, (what, d.reports[0].base_id)


# (what, text): border and army posts, the army's positions, a watchtower, as installations.
POSTS = [
    ("border-post", "هاجم مسلحون مخفرا حدوديا للجيش الأردني قرب الحدود السورية فجر اليوم."),
    ("army-post", "هاجمت مجموعة مسلحة مخفرا للجيش اللبناني في عرسال."),
    ("army-positions", "استهدفت الفصائل المسلحة مواضع لقوات النظام في ريف إدلب الجنوبي بقذائف المدفعية."),
    ("watchtower", "استهدفت المقاومة الإسلامية برج مراقبة لجيش الاحتلال قرب بلدة المطلة بصاروخ موجه."),
]

# (what, text): a police station, 'مواضع' as places, a civil airport's tower, a threat and a visit to a post.
POST_NEGATIVES = [
    ("police-station", "أطلق مهربون النار على مخفر الشرطة في البلدة دون إصابات."),
    ("places", "أصيب ثلاثة أشخاص في اشتباكات مسلحة اندلعت في مواضع عدة من المدينة."),
    ("civil-tower", "سقط عامل من برج المراقبة في مطار بيروت المدني أثناء أعمال الصيانة."),
    ("threat", "هدد قائد الفصيل بقصف مواضع لقوات النظام إذا لم تنسحب من المنطقة."),
    ("visit", "زار قائد الجيش المخفر الحدودي في الرويشد وتفقد جاهزية العناصر."),
]


@pytest.mark.parametrize("what,text", POSTS, ids=[c[0] for c in POSTS])
def test_posts_and_positions_alert(what, text):
    assert detect(text, published=PUB).strike, what


def test_positions_owner_is_no_attacker():
    d = detect("قصفت المدفعية التركية مواقع ومواضع لقوات سوريا الديمقراطية في ريف منبج.", published=PUB)
    assert d.strike and d.reports[0].actor == "Turkey", d.reports[0].actor if d.reports else d.score


@pytest.mark.parametrize("what,text", POST_NEGATIVES, ids=[c[0] for c in POST_NEGATIVES])
def test_post_words_with_no_attack_on_an_installation(what, text):
    assert not detect(text, published=PUB).strike, what


# The IDF as its Arabic-language spokesman writes it ('جيش الدفاع') is Israel; as the owner of a struck post it is
# no attacker.
IDF = [
    ("spokesman", "قال المتحدث باسم جيش الدفاع إن طائرات حربية أغارت الليلة على موقع عسكري لحزب الله في بلدة "
     "الخيام.", "Israel"),
    ("owner-of-a-post", "استهدف حزب الله موقعا لجيش الدفاع الإسرائيلي في مزارع شبعا بالصواريخ الموجهة.", "Hezbollah"),
    ("owner-of-barracks", "أعلن حزب الله أن مقاتليه هاجموا ثكنة زرعيت التابعة لجيش الدفاع بالأسلحة الصاروخية.",
     "Hezbollah"),
]


@pytest.mark.parametrize("what,text,attacker", IDF, ids=[c[0] for c in IDF])
def test_the_idf_as_the_arabic_press_names_it(what, text, attacker):
    d = detect(text, published=PUB)
    assert d.strike, (what, d.score)
    assert d.reports[0].actor == attacker, (what, d.reports[0].actor)

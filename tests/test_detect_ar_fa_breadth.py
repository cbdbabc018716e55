"""Arabic and Persian strike reporting in the forms the regional press writes, beyond the development data
(issue 16): the article on weapons, verbal nouns and installation nouns (Arabic has no clitic for it), duals,
the passive and present of the attack verbs, Persian plurals written with or without the ZWNJ, compound
verbs and their passives, and 'this base' referring back. Each report case failed before its lexicon words;
each control is the second sense of a word added for them. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, what, text, base id or None, attack type or None, country or None): a fresh attack that must be
# reported, with the fields it must carry (None: not checked).
REPORTS = [
    # Arabic: the article on a weapon's noun ('العبوة الناسفة', 'السيارة المفخخة' is the car bomb, no car
    # hit near the base), on a rocket and an air raid, and the nominative dual ('صاروخان')
    ("ar", "the-roadside-bomb", "انفجرت العبوة الناسفة عند بوابة قاعدة عين الأسد الجوية صباح اليوم.",
     "iq-ain-al-asad", "ied", "IQ"),
    ("ar", "the-car-bomb", "اقتحمت السيارة المفخخة بوابة قاعدة حرير فجر اليوم.", "iq-harir", "ied", "IQ"),
    ("ar", "the-rocket", "أصاب الصاروخ مدرج قاعدة التنف فجر اليوم.", "sy-al-tanf", "rocket", "SY"),
    ("ar", "two-rockets-dual", "سقط صاروخان داخل قاعدة حرير فجر اليوم.", "iq-harir", "rocket", "IQ"),
    ("ar", "the-air-raid", "دمرت الغارة الجوية مدرج قاعدة التنف اليوم.", "sy-al-tanf", "airstrike", "SY"),
    ("ar", "two-bombs-dual", "انفجرت عبوتان ناسفتان قرب معسكر للجيش في ديالى اليوم.", None, "ied", "IQ"),
    # Arabic: the adjective of the weapon with the article, written with the attack or the weapons it names,
    # and a drone laden with explosives is a drone, not a car bomb
    ("ar", "the-rocket-weapons", "استهدف مقاتلو المقاومة ثكنة زرعيت بالأسلحة الصاروخية اليوم.", "il-zarit", "rocket",
     "IL"),
    ("ar", "the-rocket-attack", "أدى الهجوم الصاروخي على قاعدة عين الأسد إلى إصابة جنديين اليوم.", "iq-ain-al-asad",
     "rocket", "IQ"),
    ("ar", "the-air-attack", "أدى الهجوم الجوي على مطار التيفور العسكري إلى تدمير طائرتين اليوم.", "sy-t4",
     "airstrike", "SY"),
    ("ar", "explosive-laden-drone", "سقطت مسيرة مفخخة داخل قاعدة حرير اليوم.", "iq-harir", "drone", "IQ"),
    # Arabic verbs: the passive of هاجم, its verbal noun, the plural of استهداف, and the present of stems the
    # lexicon had only in the past ('تدك'; not 'تضرب', 'تطال', 'يطلق', 'ينفذ': a cordon imposed, sanctions that
    # reach, what a base is called, a project carried out)
    ("ar", "was-attacked", "هوجمت قاعدة التنف فجر اليوم.", "sy-al-tanf", None, "SY"),
    ("ar", "attacking-verbal-noun", "أعلنت فصائل عراقية مهاجمة قاعدة حرير فجر اليوم.", "iq-harir", None, "IQ"),
    ("ar", "targetings-plural", "تواصلت الاستهدافات على قاعدة عين الأسد الجوية اليوم.", "iq-ain-al-asad", None,
     "IQ"),
    ("ar", "pounds-present", "المقاومة تدك قاعدة حرير فجر اليوم.", "iq-harir", None, "IQ"),
    # Arabic installations with the article and in the plural, and a training centre a qualifier makes military
    ("ar", "the-camps", "قصفت طائرات حربية المعسكرات التابعة للجيش في ريف حماة اليوم.", None, "airstrike", "SY"),
    ("ar", "the-military-point", "استهدفت المقاومة النقطة العسكرية في الجولان بالصواريخ اليوم.", None, "rocket",
     "SY"),
    ("ar", "training-centre", "استهدفت طائرة مسيرة مركز تدريب عسكري في ريف حلب اليوم.", None, "drone", "SY"),
    # Persian: plurals joined to the noun with no ZWNJ ('پایگاههای', 'خمپارههای')
    ("fa", "bases-joined-plural", "حملات هوایی امروز پایگاههای نظامی در شرق سوریه را هدف قرار داد.", None,
     "airstrike", "SY"),
    ("fa", "mortars-joined-plural", "امروز خمپارههای شبه نظامیان به پایگاه حریر اصابت کرد.", "iq-harir", "mortar",
     "IQ"),
    # Persian verbs: the passive of 'struck', 'made the target of', the rocket barrage as a verb
    ("fa", "was-struck", "پایگاه التنف بامداد امروز کوبیده شد.", "sy-al-tanf", None, "SY"),
    ("fa", "made-the-target", "هواپیماهای بدون سرنشین امروز پایگاه حریر را آماج قرار دادند.", "iq-harir", "drone",
     "IQ"),
    ("fa", "rocket-barrage", "مقاومت اسلامی عراق پایگاه عین الاسد را موشک‌باران کرد.", "iq-ain-al-asad", "rocket",
     "IQ"),
    # Persian 'destroyed' ('منهدم کردند'), and air bases in the plural
    ("fa", "destroyed", "نیروهای مقاومت امروز پایگاه التنف را منهدم کردند.", "sy-al-tanf", None, "SY"),
    ("fa", "air-bases", "سپاه امروز پایگاه های هوایی دشمن را منهدم کرد.", None, None, None),
    # Persian weapons: the micro-drone, and a suicide drone is a drone, not a suicide bomber
    ("fa", "micro-drones", "ریزپرنده ها امروز به پایگاه التنف حمله کردند.", "sy-al-tanf", "drone", "SY"),
    ("fa", "suicide-drones", "پهپادهای انتحاری امروز پایگاه عین الاسد را هدف قرار دادند.", "iq-ain-al-asad",
     "drone", "IQ"),
    # Persian installations: a military camp, a military training centre
    ("fa", "military-camp", "افراد مسلح امروز به یک اردوگاه نظامی در شمال عراق حمله کردند.", None,
     "ground_assault", "IQ"),
    ("fa", "training-centre", "یک مرکز آموزش نظامی در کرمانشاه امروز هدف حمله پهپادی قرار گرفت.", None, "drone",
     "IR"),
    # Persian 'this base' in the next sentence refers back to the base named before
    ("fa", "this-base", "پایگاه حریر میزبان نیروهای آمریکایی است.\nبامداد امروز این پایگاه هدف حمله پهپادی "
     "قرار گرفت.", "iq-harir", "drone", "IQ"),
    # a headline of explosions at a base ('انفجارات في قاعدة ...', 'صدای انفجار در پایگاه ...') is news, not a
    # profile's title: the plural and 'the sound of' an explosion are attack cues as the singular is
    ("ar", "explosions-headline", "انفجارات في قاعدة عين الأسد\nوأفادت مصادر أمنية بسقوط صاروخين على الأقل داخل "
     "القاعدة فجر اليوم.", "iq-ain-al-asad", "rocket", "IQ"),
    ("fa", "explosion-headline", "صدای انفجار در پایگاه حریر\nمنابع محلی گفتند بامداد امروز دو پهپاد به این "
     "پایگاه اصابت کردند.", "iq-harir", "drone", "IQ"),
    # a salvo written as one phrase with its weapon ('رشقة صاروخية') is the attack too, not only its weapon
    ("ar", "salvo-headline", "رشقة صاروخية من جنوب لبنان على قاعدة ميرون.", "il-meron", "rocket", "IL"),
    # a state's warplanes or air force by its nationality carry out an air strike
    ("ar", "warplanes-by-nationality", "قصفت طائرات إسرائيلية مطارا عسكريا إيرانيا قرب أصفهان اليوم.", None,
     "airstrike", "IR"),
    ("ar", "air-force-by-nationality", "استهدف الطيران الروسي معسكرا للجيش في ريف حلب اليوم.", None, "airstrike",
     "SY"),
    # a hypersonic missile is a missile, not the rocket its first word names
    ("ar", "hypersonic-missile", "الحوثيون يعلنون استهداف قاعدة نيفاتيم\nأعلن المتحدث العسكري باسم الحوثيين "
     "استهداف قاعدة نيفاتيم الجوية في النقب بصاروخ فرط صوتي.", "il-nevatim", "missile", "IL"),
    # 'بلا طيار', 'بی‌سرنشین' (pilotless) as 'بدون طيار', 'بدون سرنشین'
    ("ar", "pilotless", "استهدفت طائرة بلا طيار قاعدة حرير فجر اليوم.", "iq-harir", "drone", "IQ"),
    ("fa", "pilotless", "هواپیماهای بی‌سرنشین امروز پایگاه حریر را هدف قرار دادند.", "iq-harir", "drone", "IQ"),
    # a headquarters of the Revolutionary Guard is military ('مقرا للحرس الثوري', 'مقر سپاه')
    ("ar", "guard-headquarters", "هاجم مسلحون مقرا للحرس الثوري في سيستان وبلوشستان اليوم.", None, None, "IR"),
    ("fa", "guard-headquarters", "افراد مسلح امروز به مقر سپاه در سراوان حمله کردند.", "ir-saravan-irgc",
     "ground_assault", "IR"),
    # the sentence before the attack writes the base again without its name, with a qualifier beside it
    # ('وتضم القاعدة مستشارين أمريكيين', 'this base hosts American advisers'): the base named before it
    ("ar", "the-base-again", "تقع قاعدة حرير في محافظة أربيل.\nوتضم القاعدة مستشارين أمريكيين.\nوقد تعرضت فجر "
     "اليوم لهجوم بطائرات مسيرة.", "iq-harir", "drone", "IQ"),
    ("fa", "this-base-hosts", "پایگاه حریر در استان اربیل قرار دارد.\nاین پایگاه میزبان مستشاران آمریکایی است."
     "\nبامداد امروز چند پهپاد به آن حمله کردند.", "iq-harir", "drone", "IQ"),
    ("en", "the-base-hosts", "Harir air base lies north of Erbil.\nThe base hosts American advisers.\nDrones "
     "targeted it early on Monday.", "iq-harir", "drone", "IQ"),
]

# (language, what, text): the second sense of a word added above; no attack on a military installation.
CONTROLS = [
    # a vocational or language school is a training centre with no military qualifier
    ("ar", "vocational-centre", "استهدف قصف مركز تدريب مهني في المدينة صباح اليوم."),
    ("fa", "language-centre", "امروز یک مرکز آموزش زبان در کابل هدف حمله انتحاری قرار گرفت."),
    # 'اردوگاه' alone is also a camp of refugees
    ("fa", "refugee-camp", "امروز یک اردوگاه آوارگان در شمال سوریه هدف حمله پهپادی قرار گرفت."),
    # 'this base' is also 'this news site'
    ("fa", "this-news-site", "این پایگاه خبری امروز هدف حمله هکرها قرار گرفت."),
    # the explosion with the article tells accidents too: no attack word
    ("ar", "the-explosion", "وقع الانفجار في مخزن للذخيرة داخل قاعدة العند بسبب تماس كهربائي، دون إصابات."),
    # the adjective of the weapon alone is also a missile programme or capability
    ("ar", "missile-programme", "كشف الجيش عن برنامجه الصاروخي وقدراته الصاروخية خلال زيارة إلى قاعدة عين الأسد "
     "اليوم."),
    # ... and 'this news site' does not refer back to a base: an air raid it reports has no installation
    ("fa", "this-news-site-reports", "به گزارش این پایگاه خبری، جنگنده های آمریکایی امروز حمله کردند."),
    # a political party's headquarters is no installation
    ("fa", "party-headquarters", "افراد مسلح امروز به مقر یک حزب سیاسی در تهران حمله کردند."),
    # civil aviation is no air force
    ("ar", "civil-aviation", "أعلنت هيئة الطيران المدني إغلاق مطار بغداد اليوم بعد سقوط صواريخ قربه."),
    # an attack told after a sentence about a convoy is the convoy's, not the base's named before
    ("ar", "convoy-between", "تقع قاعدة حرير في محافظة أربيل.\nورصدت القوات رتلا من الشاحنات قرب الحدود.\n"
     "وقد استهدفته طائرات مسيرة فجر اليوم."),
    # explosions at an ammunition store in the heat: no weapon, attacker or claim
    ("ar", "store-explosions", "وقعت انفجارات في مخزن للذخيرة داخل قاعدة العند بسبب ارتفاع درجات الحرارة، دون "
     "إصابات."),
    # the second senses of present and other verbs: what a base is called, sanctions that reach it, a cordon
    # imposed around it, an assault on an employee in it
    ("ar", "what-is-called", "تقع قاعدة عين الأسد، أو ما يطلق عليها قاعدة القادسية، في محافظة الأنبار غربي العراق."),
    ("ar", "sanctions-reach", "العقوبات الجديدة تطال شركات تعمل في قاعدة عين الأسد الجوية."),
    ("ar", "cordon-imposed", "تضرب القوات الأمنية طوقا أمنيا حول قاعدة عين الأسد الجوية اليوم."),
    ("ar", "assault-on-employee", "حققت الشرطة في اعتداء على موظف مدني داخل قاعدة عين الأسد الجوية."),
    # Persian 'تهاجم' is also a cultural invasion, 'آماج' the target of criticism, 'ضربات' the blows of a knife
    ("fa", "cultural-invasion", "فرمانده پایگاه هوایی همدان امروز درباره مقابله با تهاجم فرهنگی سخنرانی کرد."),
    ("fa", "target-of-criticism", "پادگان ارتش در تهران امروز آماج انتقادهای نمایندگان مجلس قرار گرفت."),
    ("fa", "knife-blows", "یک سرباز امروز در پادگان ارتش با ضربات چاقو کشته شد."),
    # 'يضرب عن العمل' is a labour strike
    ("ar", "labour-strike", "يضرب الموظفون عن العمل في قاعدة عين الأسد اليوم احتجاجا على الأجور."),
]


@pytest.mark.parametrize(("language", "what", "text", "base", "kind", "country"), REPORTS,
                         ids=[f"{c[0]}-{c[1]}" for c in REPORTS])
def test_a_fresh_report_in_the_press_s_forms_is_flagged_with_its_fields(
        language: str, what: str, text: str, base: str | None, kind: str | None, country: str | None) -> None:
    found = detect(text, language=language, published=PUB)
    assert found.strike
    report = found.reports[0]
    if base is not None:
        assert report.base_id == base
    if kind is not None:
        assert report.attack_type == kind
    if country is not None:
        assert report.country == country


@pytest.mark.parametrize(("language", "what", "text"), CONTROLS, ids=[f"{c[0]}-{c[1]}" for c in CONTROLS])
def test_the_second_sense_of_an_added_word_is_no_report(language: str, what: str, text: str) -> None:
    assert not detect(text, language=language, published=PUB).strike

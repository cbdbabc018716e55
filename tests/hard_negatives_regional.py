"""Cases of test_detect_hard_negatives.py for the regional press: hard negatives of failure classes 1-3
(issue 16) in Turkish, Arabic, Persian, Russian and Ukrainian, written for these tests in each language's
own grammar (suffixes, clitics, the dual, modal and future forms), class by class, with positive controls
worded alike (claims of responsibility, the passive, another place written beside the attacked base)."""

from __future__ import annotations

# (language, class, what, text): none of these reports a new attack on an installation.
NEGATIVES = [
    # Turkish, class 1: "as will be remembered" ("hatırlanacağı üzere"), last month, a documentary, a survivor
    # recounting, "N years have passed since", the fallen commemorated ("anıldı").
    ("tr", 1, "as-remembered", "Hatırlanacağı üzere, ağustos ayında Zilkan üssüne roketli saldırı düzenlenmiş ve bir "
     "asker şehit olmuştu."),
    ("tr", 1, "last-month", "Geçen ay Başika üssüne düzenlenen İHA saldırısında iki asker yaralanmıştı."),
    ("tr", 1, "documentary", "Yeni bir belgesel, teröristlerin sınırdaki karakola baskın düzenlediği geceyi "
     "anlatıyor."),
    ("tr", 1, "survivor-recounts", "Saldırıdan sağ kurtulan bir asker, İncirlik Üssü'ne füzelerin düştüğü geceyi "
     "gazetecilere anlattı."),
    ("tr", 1, "years-passed", "İncirlik Üssü'ne yapılan roket saldırısının üzerinden iki yıl geçti, yaralı "
     "askerlerin tedavisi sürüyor."),
    ("tr", 1, "commemorated", "Karakola yapılan hain saldırıda şehit düşen askerler, mezarları başında dualarla "
     "anıldı."),
    # Turkish, class 2: a modal ("hedef alabilir"), a future vow ("vuracaklarını"), "no missile hit"
    # ("isabet etmedi"), a test firing, a plot being prepared, a quarrel in the barracks, a technical
    # fault, a theft.
    ("tr", 2, "might", "Uzmanlara göre İran füzeleri bir savaş halinde İncirlik Üssü'nü dakikalar içinde hedef "
     "alabilir."),
    ("tr", 2, "will-strike", "Milis lideri, saldırılar sürerse bölgedeki Amerikan üslerini vuracaklarını söyledi."),
    ("tr", 2, "no-hit", "Bakanlık, hiçbir füzenin İncirlik Üssü'ne isabet etmediğini açıkladı."),
    ("tr", 2, "test-firing", "Yerli füze, Sinop'taki askeri üste yapılan test atışında hedefini tam isabetle vurdu."),
    ("tr", 2, "preparing", "İncirlik Üssü'ne bombalı saldırı hazırlığındaki iki terörist operasyonla etkisiz "
     "hale getirildi."),
    ("tr", 2, "quarrel", "Kışlada çıkan kavgada bir er, silah arkadaşını tüfekle yaraladı."),
    ("tr", 2, "fault", "Askeri üsteki mühimmat deposunda teknik arıza nedeniyle patlama meydana geldi, iki asker "
     "yaralandı."),
    ("tr", 2, "theft", "Jandarma karakolunun cephaneliğinden tüfek ve mühimmat çalındı."),
    # Turkish, class 3: a town, a neighbourhood, a factory, farmers, a city centre, a wedding near a base.
    ("tr", 3, "town", "Roketler Hmeymim üssü yakınındaki Cebele kasabasına düştü, üç sivil yaralandı."),
    ("tr", 3, "neighbourhood", "Askeri havalimanının yakınındaki bir mahalleye İHA saldırısı düzenlendi, beş kişi "
     "yaralandı."),
    ("tr", 3, "factory", "İHA'lar Kırım'daki askeri havalimanına yakın bir fabrikayı vurdu, yangın çıktı."),
    ("tr", 3, "farmers", "Teröristler karakolun yakınındaki tarlada çalışan çiftçilere ateş açtı."),
    ("tr", 3, "city-centre", "Füzeler, askeri havalimanının yakınındaki şehir merkezine isabet etti."),
    ("tr", 3, "wedding", "Canlı bomba, askeri üsse yakın bir düğün salonunda kendini patlattı."),
    # Arabic, class 1: the background openers ("يذكر أن", "وسبق أن"), the dual and plural of time
    # ("قبل عامين", "قبل أشهر"), a documentary that retells.
    ("ar", 1, "noted-that", "يذكر أن قاعدة عين الأسد تعرضت لهجوم بصواريخ باليستية أسفر عن إصابة عشرات الجنود "
     "الأمريكيين."),
    ("ar", 1, "previously", "وسبق أن استهدفت طائرات مسيرة قاعدة حرير الجوية في أربيل."),
    ("ar", 1, "two-years-ago", "قبل عامين سقطت صواريخ على قاعدة عين الأسد وأصيب جنديان."),
    ("ar", 1, "months-ago", "قبل أشهر هاجمت طائرات مسيرة قاعدة عسكرية أمريكية في سوريا وقتل ثلاثة جنود."),
    ("ar", 1, "documentary", "يروي فيلم وثائقي جديد تفاصيل الليلة التي استهدفت فيها الصواريخ قاعدة عين الأسد."),
    # Arabic, class 2: "may" with the imperfect ("قد تتعرض"), a counterfactual ("لو"), "no rockets" ("لم تسقط
    # أي"), a test launch, a personal quarrel, a plot in the accusative ("مخططا"), a theft, live-fire drills.
    ("ar", 2, "may", "قد تتعرض قاعدة عين الأسد لهجمات بطائرات مسيرة إذا انهارت الهدنة."),
    ("ar", 2, "counterfactual", "لو أصابت الصواريخ مدرج قاعدة عين الأسد لتوقفت الرحلات أسابيع، بحسب خبراء."),
    ("ar", 2, "no-rockets", "لم تسقط أي صواريخ على قاعدة عين الأسد، بحسب مصدر أمني."),
    ("ar", 2, "test-launch", "أجرت القوات تجربة صاروخية ناجحة في قاعدة عسكرية بالصحراء، وأصاب الصاروخ هدفه."),
    ("ar", 2, "quarrel", "أطلق جندي النار على ضابط داخل معسكر للجيش إثر خلاف شخصي، ولقي الضابط حتفه."),
    ("ar", 2, "foiled", "أحبطت القوات الأمنية مخططا لاستهداف قاعدة عين الأسد بطائرات مسيرة."),
    ("ar", 2, "theft", "سرق مجهولون أسلحة وذخائر من مخزن داخل معسكر للجيش."),
    ("ar", 2, "live-fire", "نفذت وحدات الجيش رمايات بالصواريخ والمدفعية في معسكر التدريب."),
    # Arabic, class 3: a village, a residential quarter in the accusative, a farm, a bus of workers, the road
    # to a base, a power station, a factory.
    ("ar", 3, "village", "سقطت قذائف هاون على قرية قريبة من قاعدة عين الأسد، ما أدى إلى إصابة ثلاثة مدنيين."),
    ("ar", 3, "quarter", "استهدفت طائرة مسيرة حيا سكنيا قرب مطار عسكري في حلب."),
    ("ar", 3, "farm", "هاجم مسلحون مزرعة قرب معسكر للجيش في ديالى وقتلوا راعيين."),
    ("ar", 3, "bus", "انفجرت عبوة ناسفة بحافلة تقل عمالا قرب قاعدة عسكرية في الأنبار."),
    ("ar", 3, "road", "انفجرت عبوة ناسفة على الطريق المؤدي إلى قاعدة عين الأسد دون وقوع إصابات."),
    ("ar", 3, "power-station", "قصفت مسيرات محطة كهرباء قرب قاعدة حميميم."),
    ("ar", 3, "factory", "أصاب صاروخ مصنعا للإسمنت قرب مطار عسكري شمال البلاد."),
]

# (language, what, text): a new attack on an installation, worded like the negatives above.
POSITIVES = [
    # Turkish: a claim, the passive, a town or village written before the attacked base, a second attack.
    ("tr", "claimed", "PKK, Zilkan üssüne dün gece düzenlenen roketli saldırıyı üstlendi."),
    ("tr", "passive", "Başika üssü bu sabah İHA'larla vuruldu, iki asker yaralandı."),
    ("tr", "town-before", "Teröristler, Cebele kasabası yakınındaki Hmeymim üssüne İHA'larla saldırdı."),
    ("tr", "village-before", "Teröristler, kasabanın yakınındaki karakola roketlerle saldırdı, iki asker yaralandı."),
    ("tr", "second-time", "İncirlik Üssü'ne bu ay ikinci kez roket saldırısı düzenlendi."),
    ("tr", "last-night", "Şırnak'taki askeri üsse dün gece havan topuyla saldırı düzenlendi, bir asker şehit oldu."),
    # Arabic: a claim, the passive, a village or road written after the attacked base, "no party claimed".
    ("ar", "claimed", "تبنت المقاومة الإسلامية في العراق استهداف قاعدة حرير في أربيل بطائرة مسيرة فجر اليوم."),
    ("ar", "passive", "تعرضت قاعدة عين الأسد لهجوم بثلاثة صواريخ مساء الأحد دون وقوع إصابات."),
    ("ar", "village-after", "سقطت صواريخ على قاعدة عسكرية قرب قرية في ريف دير الزور، وأصيب جنديان."),
    ("ar", "road-after", "استهدفت طائرة مسيرة معسكرا للجيش على الطريق الدولي، ما أدى إلى مقتل جنديين."),
    ("ar", "no-claim", "قصفت مسيرات قاعدة حميميم فجر اليوم، ولم تعلن أي جهة مسؤوليتها."),
]

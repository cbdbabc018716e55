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
    ("tr", 1, "survivor-recounts", "Saldırıdan sağ kurtulan bir asker, İncirlik Üssü'ne füzelerin düştüğü o geceyi "
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
    # Persian, class 1: last month, years ago ("سال‌ها پیش"), a documentary that narrates, "in memory of",
    # the background opener "یادآور می‌شود".
    ("fa", 1, "last-month", "ماه گذشته پهپادها به پایگاه حریر در اربیل حمله کردند و یک سرباز زخمی شد."),
    ("fa", 1, "years-ago", "سال‌ها پیش موشک‌ها به پایگاه عین الاسد اصابت کردند."),
    ("fa", 1, "documentary", "یک مستند تازه شب حمله موشکی به پایگاه عین الاسد را روایت می‌کند."),
    ("fa", 1, "in-memory", "خانواده‌ها به یاد سربازانی که در حمله به پادگان جان باختند گرد هم آمدند."),
    ("fa", 1, "recalled", "یادآور می‌شود که پایگاه عین الاسد در دی ماه هدف حمله موشکی قرار گرفت."),
    # Persian, class 2: "may" ("ممکن است"), the future of the attack verb ("قرار خواهیم داد"), "no missile"
    # ("هیچ موشکی"), a test, a foiled plot, a theft, "if" ("اگر").
    ("fa", 2, "may", "ممکن است گروه‌های مقاومت در روزهای آینده پایگاه‌های آمریکا را هدف قرار دهند."),
    ("fa", 2, "will", "فرمانده سپاه گفت پایگاه‌های آمریکا در منطقه را هدف قرار خواهیم داد."),
    ("fa", 2, "no-missile", "هیچ موشکی به پایگاه عین الاسد اصابت نکرد، سخنگوی ارتش عراق گفت."),
    ("fa", 2, "test", "سپاه یک موشک بالستیک جدید را در یک پایگاه نظامی در کویر آزمایش کرد."),
    ("fa", 2, "foiled", "نیروهای امنیتی یک توطئه برای حمله به پادگان نظامی را خنثی کردند."),
    ("fa", 2, "theft", "سارقان شبانه از انبار یک پادگان نظامی سلاح سرقت کردند."),
    ("fa", 2, "if", "اگر آمریکا به ایران حمله کند، پایگاه‌های آن در منطقه هدف موشک‌ها قرار می‌گیرند."),
    # Persian, class 3: a town, the road to a base, a factory, farmers, a residential quarter.
    ("fa", 3, "town", "یک موشک به شهری در نزدیکی پایگاه حمیمیم اصابت کرد و سه غیرنظامی زخمی شدند."),
    ("fa", 3, "road", "یک بمب در جاده منتهی به پایگاه عین الاسد منفجر شد و راننده یک کامیون زخمی شد."),
    ("fa", 3, "factory", "پهپادها کارخانه‌ای در نزدیکی پایگاه هوایی را هدف قرار دادند."),
    ("fa", 3, "farmers", "شبه‌نظامیان به کشاورزانی در نزدیکی پادگان مرزی تیراندازی کردند."),
    ("fa", 3, "quarter", "یک راکت به محله‌ای مسکونی در نزدیکی پایگاه اصابت کرد."),
    # Russian, class 1: "let us recall" ("напомним"), "as was reported earlier", last month, "two years ago"
    # ("года назад"), months ago, a documentary.
    ("ru", 1, "let-us-recall", "Напомним, в январе беспилотники атаковали авиабазу Хмеймим, были повреждены два "
     "самолета."),
    ("ru", 1, "reported-earlier", "Как сообщалось ранее, дроны атаковали аэродром Морозовск, повреждены два "
     "самолета."),
    ("ru", 1, "last-month", "В прошлом месяце ракеты попали в авиабазу Энгельс, погибли трое военных."),
    ("ru", 1, "two-years-ago", "Два года назад ракеты поразили авиабазу Бельбек, погибли двое военных."),
    ("ru", 1, "months-ago", "Несколько месяцев назад беспилотники атаковали авиабазу Энгельс."),
    ("ru", 1, "documentary", "Документальный фильм рассказывает о ночи, когда ракеты поразили авиабазу Бельбек."),
    # Russian, class 2: a modal with the attack infinitive ("может атаковать"), a test, a quarrel among
    # fellow soldiers, a plot prevented, a short circuit, "not a single missile".
    ("ru", 2, "may-attack", "В случае эскалации Иран может атаковать американские базы в регионе, считают эксперты."),
    ("ru", 2, "test", "На полигоне Капустин Яр прошли испытания новой ракеты, цель успешно поражена."),
    ("ru", 2, "quarrel", "Военнослужащий после ссоры открыл огонь по сослуживцам в воинской части, двое погибли."),
    ("ru", 2, "prevented", "ФСБ предотвратила попытку подрыва самолетов на военном аэродроме в Крыму."),
    ("ru", 2, "short-circuit", "На складе воинской части произошел взрыв из-за короткого замыкания, пострадавших нет."),
    ("ru", 2, "not-one", "Ни одна ракета не попала в авиабазу Хмеймим, заявили в Минобороны."),
    # Russian, class 3: a village and its residents, an oil depot, a town, an enterprise, a car on the
    # highway and its driver.
    ("ru", 3, "village", "Беспилотник атаковал село неподалеку от военного аэродрома, ранены двое жителей."),
    ("ru", 3, "oil-depot", "Дроны атаковали нефтебазу рядом с аэродромом Морозовск, начался пожар."),
    ("ru", 3, "town", "Ракеты ударили по городу рядом с авиабазой, пострадали пятеро мирных жителей."),
    ("ru", 3, "enterprise", "Дроны атаковали предприятие вблизи военного аэродрома в Курской области."),
    ("ru", 3, "highway", "Дрон атаковал легковую машину на трассе возле воинской части, водитель ранен."),
    # Ukrainian, class 1: "let us recall" ("нагадаємо"), last year ("торік"), last month, "two years ago"
    # ("роки тому"), a documentary.
    ("uk", 1, "let-us-recall", "Нагадаємо, у січні дрони атакували аеродром Саки, було пошкоджено два літаки."),
    ("uk", 1, "last-year", "Торік ракети влучили в аеродром Бельбек, загинули двоє військових."),
    ("uk", 1, "last-month", "Минулого місяця безпілотники атакували авіабазу Енгельс."),
    ("uk", 1, "two-years-ago", "Два роки тому ракети поцілили у військовий аеродром у Криму."),
    ("uk", 1, "documentary", "Документальний фільм розповідає про ніч, коли ракети вразили аеродром Миргорода."),
    # Ukrainian, class 2: a modal with the attack infinitive and a warning ("попереджають"), a test, a quarrel
    # among fellow soldiers, a plot thwarted, a short circuit.
    ("uk", 2, "may-attack", "Росія може атакувати аеродроми на заході України найближчими днями, попереджають "
     "аналітики."),
    ("uk", 2, "test", "На полігоні провели випробування нової ракети, ціль успішно уражено."),
    ("uk", 2, "quarrel", "Військовий після сварки застрелив двох товаришів по службі у військовій частині."),
    ("uk", 2, "thwarted", "СБУ зірвала підготовку підриву літаків на військовому аеродромі."),
    ("uk", 2, "short-circuit", "На складі військової частини стався вибух через коротке замикання, постраждалих немає."),
    # Ukrainian, class 3: a village and its residents, a bus, an oil depot, an enterprise, civilians.
    ("uk", 3, "village", "Дрон атакував село поблизу військового аеродрому, поранено двох мешканців."),
    ("uk", 3, "bus", "Росіяни вдарили по автобусу неподалік військової частини, загинули троє пасажирів."),
    ("uk", 3, "oil-depot", "Дрони атакували нафтобазу поблизу аеродрому Морозовськ, спалахнула пожежа."),
    ("uk", 3, "enterprise", "Ракета влучила у підприємство поблизу військового аеродрому на Хмельниччині."),
    ("uk", 3, "civilians", "Окупанти обстріляли цивільних поблизу блокпосту, поранено двох людей."),
    # Groups Ukrainian lacked: distance words ("за кілька кілометрів від"), satellite pictures and building work,
    # a clause about an earlier attack ("у відповідь на"), a vow ("пообіцяв").
    ("uk", 3, "km-from", "Уламки ракети впали за кілька кілометрів від авіабази, постраждалих немає."),
    ("uk", 1, "satellite", "Супутникові знімки показують будівництво нових укриттів на аеродромі Бельбек, який "
     "раніше атакували дрони."),
    ("uk", 1, "in-response", "У відповідь на атаку дронів на аеродром Бельбек росіяни вдарили по Одесі."),
    ("uk", 2, "vowed", "Командувач пообіцяв атакувати російські аеродроми в Криму новими дронами."),
    # Russian: a clause about an earlier attack ("в ответ на", "через неделю после"), a vow ("пообещал").
    ("ru", 1, "in-response", "В ответ на атаку дронов на авиабазу Хмеймим российская авиация нанесла удары по "
     "Идлибу."),
    ("ru", 1, "week-after", "Российские самолеты нанесли удары по Идлибу через неделю после атаки дронов на "
     "авиабазу Хмеймим."),
    ("ru", 2, "vowed", "Лидер группировки пообещал атаковать российские базы в Сирии."),
    # Persian: a clause about an earlier attack ("در پاسخ به", "در تلافی").
    ("fa", 1, "in-response", "در پاسخ به حمله پهپادی به پایگاه برج ۲۲، آمریکا مواضع گروه‌های مقاومت را در عراق "
     "هدف قرار داد."),
    # Persian "پایگاه" as a website, the usual source line ("به گزارش پایگاه خبری").
    ("fa", 2, "news-site", "به گزارش پایگاه اطلاع‌رسانی سپاه، پهپادهای اسرائیلی دیشب به جنوب لبنان حمله کردند."),
    ("fa", 2, "news-site-2", "پایگاه خبری الجزیره گزارش داد جنگنده‌های اسرائیلی دیشب دمشق را بمباران کردند."),
    # Arabic blocker nouns with the article ("المناورات", "الهجوم المحتمل", "الفيلم الوثائقي"), a cyber attack in the
    # accusative, "on the basis of" ("على قاعدة الرد بالمثل").
    ("ar", 2, "drills-article", "أعلن الجيش انتهاء المناورات العسكرية في قاعدة عين الأسد التي شهدت إطلاق صواريخ."),
    ("ar", 2, "possible-attack", "عززت القوات الأمريكية دفاعاتها في قاعدة عين الأسد خشية الهجوم المحتمل بالطائرات "
     "المسيرة."),
    ("ar", 1, "documentary-article", "عرضت قناة محلية الفيلم الوثائقي عن ليلة سقوط الصواريخ على قاعدة عين الأسد."),
    ("ar", 2, "cyber", "شن قراصنة هجوما سيبرانيا على أنظمة قاعدة عين الأسد."),
    ("ar", 2, "on-the-basis", "وأكد أن المقاومة ستواصل استهداف الاحتلال على قاعدة الرد بالمثل."),
    # A cyber attack, a bomb made ready and seized, a sentence passed (fa, tr, uk, ru).
    ("fa", 2, "cyber", "هکرها با یک حمله سایبری سامانه‌های پایگاه هوایی را از کار انداختند."),
    ("tr", 2, "to-be-used", "Karakola saldırıda kullanılmak üzere hazırlanan bombalı araç ele geçirildi."),
    ("uk", 2, "sentenced", "Суд засудив до 12 років позбавлення волі чоловіка, який планував підпалити літак на "
     "військовому аеродромі."),
    ("ru", 2, "sentenced", "Суд приговорил к 12 годам лишения свободы мужчину, который планировал поджечь самолет на "
     "военном аэродроме."),
    ("uk", 2, "cyber", "Хакери здійснили кібератаку на системи військового аеродрому."),
    # A repeat told in the past, the look-back written before the installation (guards of the repeat rule).
    ("ru", 1, "again-last-year", "В прошлом году беспилотники вновь атаковали авиабазу Хмеймим."),
    ("uk", 1, "again-last-year", "Торік дрони знову атакували аеродром Саки."),
    # Cars and flats near a base (ar "سيارة", "عجلة", "شقة سكنية", "مبنى سكنيا"; fa "خودرو", "ساختمان مسکونی";
    # tr "apartman").
    ("ar", 3, "car", "استهدفت طائرة مسيرة سيارة مدنية قرب قاعدة عين الأسد، ما أدى إلى مقتل سائقها."),
    ("ar", 3, "vehicle", "انفجرت عبوة ناسفة بعجلة تنقل معدات للتحالف قرب قاعدة عين الأسد."),
    ("ar", 3, "flat", "استهدف قصف إسرائيلي شقة سكنية قرب مطار المزة العسكري في دمشق."),
    ("ar", 3, "residential-building", "استهدفت غارة إسرائيلية مبنى سكنيا قرب مطار عسكري في ريف حمص."),
    ("fa", 3, "car", "یک پهپاد خودرویی را در نزدیکی پایگاه عین الاسد هدف قرار داد و راننده کشته شد."),
    ("fa", 3, "residential-building", "جنگنده‌های اسرائیلی ساختمانی مسکونی در نزدیکی فرودگاه نظامی مزه را بمباران "
     "کردند."),
    ("tr", 3, "apartment", "Askeri havalimanı yakınındaki bir apartmana füze isabet etti, üç kişi öldü."),
    # An attack expected, likely or not ruled out; a trial and its sentence.
    ("tr", 2, "expected", "İran'ın İsrail'e saldırması halinde İncirlik Üssü'nün füzelerle vurulması bekleniyor."),
    ("tr", 2, "likelihood", "Uzmanlar, İncirlik Üssü'ne füze saldırısı ihtimalini değerlendirdi."),
    ("tr", 1, "trial", "İncirlik Üssü'ne yönelik saldırı davasında sanıklara hapis cezası verildi."),
    ("ar", 2, "expected", "من المتوقع أن تستهدف الفصائل قاعدة عين الأسد إذا ردت إسرائيل."),
    ("ar", 1, "court", "حكمت المحكمة بالإعدام على المدانين بالهجوم على قاعدة سبايكر."),
    ("ru", 2, "expected", "Эксперты ожидают, что Иран атакует американские базы в регионе."),
    ("ru", 2, "not-ruled-out", "Аналитики не исключают удара по авиабазе Хмеймим в ближайшие дни."),
    ("uk", 2, "not-ruled-out", "Аналітики не виключають удару по аеродрому Бельбек найближчими днями."),
    # An inquiry's findings retell the attack; a shop, a hotel or a dormitory near a base is the target.
    ("ru", 1, "inquiry-found", "Расследование показало, что ракета поразила авиабазу Бельбек из-за сбоя ПВО."),
    ("uk", 1, "inquiry-found", "Розслідування показало, що ракета влучила в аеродром через збій ППО."),
    ("tr", 1, "inquiry-report", "Soruşturma raporu, İncirlik Üssü'ne isabet eden füzenin hava savunmasındaki bir "
     "açıktan kaynaklandığını ortaya koydu."),
    ("ar", 1, "inquiry-found", "كشف التحقيق أن الصاروخ الذي أصاب قاعدة عين الأسد أطلق من منطقة قريبة."),
    ("fa", 1, "inquiry-found", "تحقیقات نشان داد موشکی که به پایگاه عین الاسد اصابت کرد از منطقه‌ای نزدیک شلیک شده "
     "بود."),
    ("ru", 3, "shop", "Дрон атаковал магазин рядом с военной частью, пострадал продавец."),
    ("uk", 3, "shop", "Дрон атакував магазин поруч з військовою частиною, постраждала продавчиня."),
    ("uk", 3, "hotel", "Ракета влучила в готель неподалік аеродрому, є загиблі."),
    ("uk", 3, "dormitory", "Ракета влучила в гуртожиток поблизу військового аеродрому."),
    # The base the aircraft took off from: Turkish writes "from" as a suffix the apostrophe splits off, so the
    # take-off verb after it marks the origin ("Üssü'nden kalkarak"); Arabic puts the subject between verb and
    # preposition ("انطلقت الطائرات من"); Persian takes off after it ("از پایگاه ... برخاستند").
    ("tr", 3, "took-off-from", "ABD jetleri İncirlik Üssü'nden kalkarak Suriye'deki IŞİD hedeflerini vurdu."),
    ("tr", 3, "took-off-from-2", "İncirlik'ten havalanan savaş uçakları Irak'ın kuzeyindeki hedefleri bombaladı."),
    ("ar", 3, "took-off-from", "انطلقت الطائرات من قاعدة إنجرليك وقصفت مواقع التنظيم في سوريا."),
    ("fa", 3, "took-off-from", "جنگنده‌ها از پایگاه اینجرلیک برخاستند و مواضع داعش را بمباران کردند."),
    # Turkish and Arabic: a monument for the soldiers killed in an earlier attack.
    ("tr", 1, "monument", "Zilkan üssüne yapılan roket saldırısında şehit olan askerler için üste bir anıt dikildi."),
    ("ar", 1, "monument", "أزيح الستار عن نصب تذكاري للجنود الذين قتلوا في الهجوم الصاروخي على قاعدة عين الأسد."),
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
    # A witness who "told" of a fresh attack, the first attack "in two years", rockets that "fell" on a base (an
    # aircraft that fell crashed; a rocket that fell was fired).
    ("tr", "witness-told", "İncirlik Üssü'ne bu sabah roketler düştü, bir görgü tanığı patlama anını anlattı."),
    ("tr", "first-in-years", "İncirlik Üssü'ne iki yıl sonra ilk kez roket saldırısı düzenlendi."),
    ("tr", "rockets-fell", "Hakkari'deki askeri üsse dün gece iki roket düştü, bir asker yaralandı."),
    # Arabic: a claim, the passive, a village or road written after the attacked base, "no party claimed".
    ("ar", "claimed", "تبنت المقاومة الإسلامية في العراق استهداف قاعدة حرير في أربيل بطائرة مسيرة فجر اليوم."),
    ("ar", "passive", "تعرضت قاعدة عين الأسد لهجوم بثلاثة صواريخ مساء الأحد دون وقوع إصابات."),
    ("ar", "village-after", "سقطت صواريخ على قاعدة عسكرية قرب قرية في ريف دير الزور، وأصيب جنديان."),
    ("ar", "road-after", "استهدفت طائرة مسيرة معسكرا للجيش على الطريق الدولي، ما أدى إلى مقتل جنديين."),
    ("ar", "no-claim", "قصفت مسيرات قاعدة حميميم فجر اليوم، ولم تعلن أي جهة مسؤوليتها."),
    # Persian: a claim, the passive, a town after the base, a future word about the inquiry, nobody hurt.
    ("fa", "claimed", "مقاومت اسلامی عراق مسئولیت حمله پهپادی بامداد امروز به پایگاه حریر را بر عهده گرفت."),
    ("fa", "passive", "پایگاه عین الاسد شامگاه یکشنبه هدف حمله موشکی قرار گرفت و دو سرباز زخمی شدند."),
    ("fa", "town-after", "پهپادها پایگاه هوایی نزدیک شهر را هدف قرار دادند و دو سرباز کشته شدند."),
    ("fa", "inquiry-will", "سه راکت امروز به پایگاه عین الاسد اصابت کرد و تحقیقات ادامه خواهد یافت."),
    ("fa", "nobody-hurt", "دو پهپاد امروز به پایگاه حریر اصابت کردند اما هیچ کس زخمی نشد."),
    # Russian: a claim, the passive, a village after the airfield, "earlier today", nobody hurt.
    ("ru", "claimed", "ВСУ взяли на себя ответственность за удар по аэродрому Саки, уничтожены два самолета."),
    ("ru", "passive", "Авиабаза Энгельс этой ночью была атакована беспилотниками, повреждены два бомбардировщика."),
    ("ru", "village-after", "Беспилотники атаковали военный аэродром рядом с селом в Курской области, повреждены "
     "самолеты."),
    ("ru", "earlier-today", "Ранее сегодня беспилотники атаковали авиабазу Энгельс, заявили в Минобороны."),
    ("ru", "nobody-hurt", "Дроны атаковали авиабазу Хмеймим этой ночью, ни один человек не пострадал."),
    # A village or settlement written in the case that locates the installation is no other target.
    ("ru", "settlement-locates", "Ночью дроны атаковали военную часть в поселке Гвардейское."),
    ("ru", "village-locates", "Дроны атаковали военную часть у села Гвардейское, ранены двое военных."),
    # Ukrainian: the general staff reporting a hit, the passive, a village after the airfield, a hit by drones.
    ("uk", "reported-hit", "Генштаб ЗСУ повідомив про ураження аеродрому Саки, знищено два літаки."),
    ("uk", "passive", "Аеродром Бельбек цієї ночі атаковано дронами, пошкоджено два літаки."),
    ("uk", "village-after", "Дрони атакували військовий аеродром поблизу села в Курській області."),
    ("uk", "claimed", "ГУР взяло на себе відповідальність за атаку дронів на аеродром Морозовськ."),
    ("uk", "settlement-locates", "Уночі ракети влучили у військовий об'єкт у селищі Гвардійське."),
    ("uk", "village-locates", "Дрони атакували військову частину біля села Гвардійське, поранено двох військових."),
    # A clause about an earlier event written after the installation leaves it the target; kilometres from a town.
    ("uk", "response-after", "Дрони атакували аеродром Саки у відповідь на удари по Одесі, пошкоджено літак."),
    ("uk", "km-from-town", "Дрони атакували військовий аеродром за кілька кілометрів від Джанкоя, пошкоджено літак."),
    ("ru", "response-after", "Дроны атаковали авиабазу Хмеймим в ответ на удары по Идлибу, поврежден самолет."),
    ("fa", "response-after", "پهپادها امروز پایگاه حریر را در پاسخ به ترور فرماندهان هدف قرار دادند."),
    # A suffix on the noun or verbal noun: the Persian indefinite ("به پایگاهی"), an Arabic pronoun ("استهدافها");
    # a news site reporting an attack on a base.
    ("fa", "indefinite", "پهپادها امروز به پایگاهی آمریکایی در سوریه حمله کردند و دو سرباز زخمی شدند."),
    ("fa", "indefinite-2", "شبه‌نظامیان امروز به پادگانی در نزدیکی مرز حمله کردند و سه سرباز کشته شدند."),
    ("ar", "pronoun-suffix", "أعلنت فصائل عراقية استهدافها قاعدة أمريكية في سوريا بالصواريخ."),
    ("fa", "news-site-and-base", "به گزارش پایگاه خبری دولت، پهپادها امروز به پایگاه حریر حمله کردند."),
    # Arabic "the incident" and "the agreement" name the attack and the truce it broke: no blocker with the article.
    ("ar", "the-incident", "سقطت صواريخ على قاعدة عين الأسد مساء اليوم، ولم يعرف بعد إن كان الحادث أسفر عن إصابات."),
    ("ar", "truce-breach", "في خرق جديد للاتفاق، سقطت صواريخ على قاعدة عين الأسد مساء اليوم."),
    ("ar", "locally-made", "استهدفت مسيرة مصنعة محليا قاعدة عين الأسد صباح اليوم."),
    # A car bomb is the weapon, not a car near the base (the longer term wins).
    ("ar", "car-bomb", "انفجرت سيارة مفخخة عند بوابة قاعدة عسكرية في الصومال صباح اليوم، وقتل ثلاثة جنود."),
    ("fa", "car-bomb", "یک خودروی بمب گذاری شده امروز در ورودی پادگان منفجر شد و سه سرباز کشته شدند."),
    # "The toll is expected to rise" follows a real attack: only an attack verb expected is a possibility.
    ("ar", "toll-expected", "سقطت صواريخ على قاعدة عين الأسد اليوم، ومن المتوقع أن ترتفع حصيلة الإصابات."),
    # An inquiry opened after a new attack is no finding.
    ("ar", "inquiry-opened", "سقطت صواريخ على قاعدة عين الأسد فجر اليوم، وفتحت السلطات تحقيقا في الهجوم."),
    ("tr", "inquiry-opened", "İncirlik Üssü'ne bu sabah İHA saldırısı düzenlendi, olayla ilgili soruşturma başlatıldı."),
    ("ru", "inquiry-opened", "Беспилотники этой ночью атаковали аэродром Энгельс, возбуждено уголовное дело."),
    # Launched from a country, aimed at the base; jets that took off after the attack.
    ("ar", "launched-from-country", "استهدفت طائرات مسيرة انطلقت من الأراضي العراقية قاعدة التنف فجر اليوم."),
    ("tr", "took-off-after", "İncirlik Üssü'ne bu sabah İHA saldırısı düzenlendi, ardından üsten jetler havalandı."),
    ("tr", "toll-expected", "Hakkari'deki askeri üsse bu sabah roketli saldırı düzenlendi, ölü sayısının artması "
     "bekleniyor."),
    # Attackers arrested in the sentence of the attack (an arrest alone is no plot; Hebrew's arrest-after control).
    ("ar", "arrest-after", "هاجم مسلحون معسكرا للجيش في ريف حلب، وقتل ثلاثة جنود، فيما اعتقلت القوات مسلحا."),
    ("fa", "arrest-after", "در حمله امروز به پادگان مرزی دو سرباز کشته و سه مهاجم دستگیر شدند."),
    ("tr", "arrest-after", "Şırnak'ta jandarma karakoluna bu sabah bombalı saldırı düzenlendi, iki saldırgan gözaltına "
     "alındı."),
    ("ru", "arrest-after", "Диверсанты атаковали военный аэродром под Псковом этой ночью, двое задержаны."),
    ("uk", "arrest-after", "Диверсанти атакували військову частину цієї ночі, двох нападників затримано."),
    # A repeated attack measured against earlier ones: the look-back after the installation does not date it.
    ("fa", "repeat-past-week", "پایگاه عین الاسد امروز برای دومین بار در هفته گذشته هدف حمله پهپادی قرار گرفت."),
    ("ru", "repeat-last-month", "Авиабаза Хмеймим сегодня вновь подверглась атаке дронов, в прошлом месяце таких атак "
     "было пять."),
    ("uk", "repeat-last-year", "Аеродром Саки сьогодні знову атакували дрони, торік його вже атакували кілька разів."),
    ("tr", "repeat-last-month", "İncirlik Üssü'ne bugün yeniden roket saldırısı düzenlendi, geçen ay da iki saldırı "
     "olmuştu."),
    ("uk", "condemned", "МЗС засудило удар дронів по аеродрому Миргорода, пошкоджено два літаки."),
]

"""Date coverage cases: the attack day in each common form the press writes it, in every lexicon language.

Each language has one attack sentence with a slot for the day and the forms that fill it. PUB is
Thursday 7 March 2024 (26 Sha'ban 1445, 17 Esfand 1402), so every form has a different meaning:
yesterday and last night are 6 March, today and this morning 7 March, Monday 4 March, the stated
day 5 March, four days ago 3 March. DATELINES carry the publication date only in the text.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

PUB = datetime(2024, 3, 7, 9, 30, tzinfo=timezone.utc)  # a Thursday
YESTERDAY, TODAY, MONDAY, STATED, FOUR_AGO = (date(2024, 3, d) for d in (6, 7, 4, 5, 3))
EXPECTED = {"yesterday": YESTERDAY, "last_night": YESTERDAY, "today": TODAY, "this_morning": TODAY,
            "weekday": MONDAY, "day_month": STATED, "days_ago": FOUR_AGO}

# lang: (sentence with {w} where the day goes, {form: the words for the day})
FORMS: dict[str, tuple[str, dict[str, str]]] = {
    "en": ("Drones attacked Ain al-Asad air base {w}, an Iraqi security official said.", {
        "yesterday": "yesterday", "last_night": "last night", "today": "today", "this_morning": "this morning",
        "weekday": "on Monday", "day_month": "on 5 March", "days_ago": "four days ago"}),
    "ar": ("قصفت طائرات مسيرة قاعدة عين الأسد الجوية {w}، وفق مصدر أمني عراقي.", {
        "yesterday": "أمس", "last_night": "الليلة الماضية", "today": "اليوم", "this_morning": "صباح اليوم",
        "weekday": "يوم الاثنين", "day_month": "في 5 آذار", "days_ago": "قبل أربعة أيام"}),
    "az": ("{w} PUA-lar hərbi bazaya hücum etdi, iki əsgər yaralandı.", {
        "yesterday": "Dünən", "last_night": "Dünən gecə", "today": "Bu gün", "this_morning": "Bu gün səhər",
        "weekday": "Bazar ertəsi", "day_month": "Martın 5-də", "days_ago": "Dörd gün əvvəl"}),
    "bn": ("{w} জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়, দুই সেনা আহত হয়।", {
        "yesterday": "গতকাল", "last_night": "গতকাল রাতে", "today": "আজ", "this_morning": "আজ সকালে",
        "weekday": "সোমবার", "day_month": "৫ মার্চ", "days_ago": "চার দিন আগে"}),
    "de": ("Drohnen haben {w} den Luftwaffenstützpunkt Ain al-Asad angegriffen, teilte ein irakischer Beamter mit.", {
        "yesterday": "gestern", "last_night": "in der vergangenen Nacht", "today": "heute",
        "this_morning": "heute Morgen", "weekday": "am Montag", "day_month": "am 5. März", "days_ago": "vor vier Tagen"}),
    "el": ("Drones έπληξαν {w} την αεροπορική βάση Ain al-Asad στο Ιράκ, ανέφερε Ιρακινός αξιωματούχος.", {
        "yesterday": "χθες", "last_night": "χθες το βράδυ", "today": "σήμερα", "this_morning": "σήμερα το πρωί",
        "weekday": "τη Δευτέρα", "day_month": "στις 5 Μαρτίου", "days_ago": "πριν από τέσσερις ημέρες"}),
    "es": ("Varios drones atacaron la base aérea de Ain al Asad {w}, dijo un funcionario iraquí.", {
        "yesterday": "ayer", "last_night": "anoche", "today": "hoy", "this_morning": "esta mañana",
        "weekday": "el lunes", "day_month": "el 5 de marzo", "days_ago": "hace cuatro días"}),
    "fa": ("پهپادها {w} به پایگاه عین الاسد حمله کردند.", {
        "yesterday": "دیروز", "last_night": "دیشب", "today": "امروز", "this_morning": "صبح امروز",
        "weekday": "روز دوشنبه", "day_month": "روز ۱۵ اسفند", "days_ago": "چهار روز پیش"}),
    "fr": ("Des drones ont attaqué la base aérienne d'Aïn al-Asad {w}, selon un responsable irakien.", {
        "yesterday": "hier", "last_night": "la nuit dernière", "today": "aujourd'hui", "this_morning": "ce matin",
        "weekday": "lundi", "day_month": "le 5 mars", "days_ago": "il y a quatre jours"}),
    "gu": ("{w} પઠાણકોટ એરબેઝ પર ડ્રોન હુમલો થયો, બે જવાન ઘાયલ થયા.", {
        "yesterday": "ગઈકાલે", "last_night": "ગઈ રાત્રે", "today": "આજે", "this_morning": "આજે સવારે",
        "weekday": "સોમવારે", "day_month": "5 માર્ચે", "days_ago": "ચાર દિવસ પહેલા"}),
    "he": ("כטב\"מים תקפו {w} את בסיס נבטים, כך נמסר מצה\"ל.", {
        "yesterday": "אתמול", "last_night": "אמש", "today": "היום", "this_morning": "הבוקר",
        "weekday": "ביום שני", "day_month": "ב-5 במרץ", "days_ago": "לפני ארבעה ימים"}),
    "hi": ("{w} पठानकोट एयरबेस पर ड्रोन से हमला किया गया, जिसमें दो जवान घायल हुए।", {
        "yesterday": "बीते दिन", "last_night": "कल रात", "today": "आज", "this_morning": "आज सुबह",
        "weekday": "सोमवार को", "day_month": "5 मार्च को", "days_ago": "चार दिन पहले"}),
    "hu": ("{w} drónok támadták az erbíli légibázist.", {
        "yesterday": "Tegnap", "last_night": "Tegnap éjjel", "today": "Ma", "this_morning": "Ma reggel",
        "weekday": "Hétfőn", "day_month": "Március 5-én", "days_ago": "Négy napja"}),
    "id": ("Sejumlah drone menyerang Pangkalan Udara Ain al-Asad {w}, kata seorang pejabat Irak.", {
        "yesterday": "kemarin", "last_night": "tadi malam", "today": "hari ini", "this_morning": "pagi ini",
        "weekday": "pada Senin", "day_month": "pada 5 Maret", "days_ago": "empat hari lalu"}),
    # Kurmanji (the file also serves Sorani, which it does not read yet)
    "ku": ("Dronan {w} êrîşî bingeha hewayî ya Ain al-Asad li Iraqê kirin, karbidestekî Iraqî got.", {
        "yesterday": "duh", "last_night": "şeva borî", "today": "îro", "this_morning": "îro sibehê",
        "weekday": "roja duşemê", "day_month": "di 5ê adarê de", "days_ago": "berî çar rojan"}),
    "it": ("Alcuni droni hanno colpito la base aerea di Ain al-Asad {w}, riferisce un funzionario iracheno.", {
        "yesterday": "ieri", "last_night": "la scorsa notte", "today": "oggi", "this_morning": "stamattina",
        "weekday": "lunedì", "day_month": "il 5 marzo", "days_ago": "quattro giorni fa"}),
    "ml": ("{w} പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു, രണ്ട് സൈനികർക്ക് പരിക്കേറ്റു.", {
        "yesterday": "ഇന്നലെ", "last_night": "ഇന്നലെ രാത്രി", "today": "ഇന്ന്", "this_morning": "ഇന്ന് രാവിലെ",
        "weekday": "തിങ്കളാഴ്ച", "day_month": "മാർച്ച് 5ന്", "days_ago": "നാല് ദിവസം മുമ്പ്"}),
    "no": ("Droner angrep flybasen Ain al-Asad {w}, opplyser en irakisk tjenestemann.", {
        "yesterday": "i går", "last_night": "i går kveld", "today": "i dag", "this_morning": "i morges",
        "weekday": "mandag", "day_month": "5. mars", "days_ago": "for fire dager siden"}),
    "pl": ("Drony zaatakowały bazę lotniczą Ain al-Asad {w}, poinformował iracki urzędnik.", {
        "yesterday": "wczoraj", "last_night": "zeszłej nocy", "today": "dziś", "this_morning": "dziś rano",
        "weekday": "w poniedziałek", "day_month": "5 marca", "days_ago": "cztery dni temu"}),
    "pt": ("Drones atingiram a base aérea de Ain al-Asad {w}, disse um funcionário iraquiano.", {
        "yesterday": "ontem", "last_night": "na noite de ontem", "today": "hoje", "this_morning": "esta manhã",
        "weekday": "na segunda-feira", "day_month": "em 5 de março", "days_ago": "há quatro dias"}),
    "ru": ("Беспилотники атаковали авиабазу Хмеймим {w}, сообщили военные.", {
        "yesterday": "вчера", "last_night": "прошлой ночью", "today": "сегодня", "this_morning": "сегодня утром",
        "weekday": "в понедельник", "day_month": "5 марта", "days_ago": "четыре дня назад"}),
    "sw": ("Ndege zisizo na rubani zilishambulia kambi ya jeshi ya Ain al-Asad {w}, afisa mmoja alisema.", {
        "yesterday": "jana", "last_night": "jana usiku", "today": "leo", "this_morning": "asubuhi ya leo",
        "weekday": "Jumatatu", "day_month": "tarehe 5 Machi", "days_ago": "siku nne zilizopita"}),
    "ta": ("{w} பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது, இரண்டு வீரர்கள் காயமடைந்தனர்.", {
        "yesterday": "நேற்று", "last_night": "நேற்று இரவு", "today": "இன்று", "this_morning": "இன்று காலை",
        "weekday": "திங்கட்கிழமை", "day_month": "மார்ச் 5 அன்று", "days_ago": "நான்கு நாட்களுக்கு முன்பு"}),
    "tr": ("{w} Ayn el-Esed hava üssüne insansız hava araçlarıyla saldırı düzenlendi.", {
        "yesterday": "Dün", "last_night": "Dün gece", "today": "Bugün", "this_morning": "Bu sabah",
        "weekday": "Pazartesi günü", "day_month": "5 Mart'ta", "days_ago": "Dört gün önce"}),
    "uk": ("Безпілотники атакували авіабазу Бельбек у Криму {w}, повідомили військові.", {
        "yesterday": "вчора", "last_night": "минулої ночі", "today": "сьогодні", "this_morning": "сьогодні вранці",
        "weekday": "у понеділок", "day_month": "5 березня", "days_ago": "чотири дні тому"}),
    "ur": ("{w} دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے، حکام نے بتایا۔", {
        "yesterday": "گزشتہ روز", "last_night": "گزشتہ رات", "today": "آج", "this_morning": "آج صبح",
        "weekday": "پیر کو", "day_month": "5 مارچ کو", "days_ago": "چار روز قبل"}),
}

# Forms a language's press also writes: other spellings of the same days, native digits, the
# Solar Hijri and Hijri calendars. (lang, form, sentence, expected) with PUB.
MORE: list[tuple[str, str, str, date | None]] = [
    ("en", "overnight", "Drones attacked Ain al-Asad air base overnight, an Iraqi security official said.", TODAY),
    ("en", "month-first", "Drones attacked Ain al-Asad air base on March 5, an Iraqi security official said.", STATED),
    ("en", "digits-ago", "Drones attacked Ain al-Asad air base 4 days ago, an Iraqi security official said.", FOUR_AGO),
    ("ar", "gregorian-month", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية في 5 مارس، وفق مصدر أمني عراقي.", STATED),
    ("ar", "native-digits", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية في ٥ مارس ٢٠٢٤، وفق مصدر أمني عراقي.", STATED),
    ("ar", "hijri", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 24 شعبان 1445 هـ، وفق مصدر أمني عراقي.", STATED),
    ("ar", "hijri-no-year", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 24 شعبان، وفق مصدر أمني عراقي.", STATED),
    ("ar", "maghreb-month", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 20 فيفري، وفق مصدر أمني عراقي.", date(2024, 2, 20)),
    # Numeric Hijri dates: marked with "هـ", or read as Solar Hijri ones they would lie decades ahead.
    ("ar", "hijri-numeric", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 24/08/1445هـ، وفق مصدر أمني عراقي.", STATED),
    ("ar", "hijri-numeric-unmarked", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية يوم 1445/8/24، وفق مصدر أمني عراقي.", STATED),
    ("fa", "jalali-marked", "پهپادها روز ۱۴۰۲/۱۲/۱۵ ه.ش به پایگاه عین الاسد حمله کردند.", STATED),
    ("fa", "gregorian-month", "پهپادها روز ۵ مارس به پایگاه عین الاسد حمله کردند.", STATED),
    ("fa", "jalali-year", "پهپادها روز ۱۵ اسفند ۱۴۰۲ به پایگاه عین الاسد حمله کردند.", STATED),
    ("fa", "jalali-numeric", "پهپادها روز ۱۴۰۲/۱۲/۱۵ به پایگاه عین الاسد حمله کردند.", STATED),
    ("bn", "ascii-digits", "5 মার্চ জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়, দুই সেনা আহত হয়।", STATED),
    ("hi", "native-digits", "५ मार्च को पठानकोट एयरबेस पर ड्रोन से हमला किया गया, जिसमें दो जवान घायल हुए।", STATED),
    ("ru", "night-to-date", "В ночь на 6 марта беспилотники атаковали авиабазу Хмеймим, сообщили военные.", YESTERDAY),
    ("uk", "night-to-date", "У ніч на 6 березня безпілотники атакували авіабазу Бельбек у Криму, повідомили військові.",
     YESTERDAY),
    ("tr", "digits-ago", "4 gün önce Ayn el-Esed hava üssüne insansız hava araçlarıyla saldırı düzenlendi.", FOUR_AGO),
    ("de", "night-to-weekday", "Drohnen haben in der Nacht zum Mittwoch den Luftwaffenstützpunkt Ain al-Asad angegriffen.",
     YESTERDAY),
    ("hu", "numeric-day", "Március 5-én drónok támadták az erbíli légibázist.", STATED),
    ("pl", "weekday-night", "W nocy z wtorku na środę drony zaatakowały bazę lotniczą Ain al-Asad.", YESTERDAY),
    # A ZWNJ splits the Persian weekday in two words: the last word alone is Saturday.
    ("fa", "zwnj-sunday", "پهپادها روز یک‌شنبه به پایگاه عین الاسد حمله کردند.", date(2024, 3, 3)),
    ("fa", "zwnj-wednesday", "پهپادها روز چهار‌شنبه به پایگاه عین الاسد حمله کردند.", YESTERDAY),
    ("pt", "bare-tuesday", "Drones atingiram a base aérea de Ain al-Asad na terça, disse um funcionário iraquiano.",
     STATED),
    ("pt", "this-monday", "Drones atingiram a base aérea de Ain al-Asad nesta segunda, disse um funcionário iraquiano.",
     MONDAY),
    ("tr", "sunday-evening", "Ayn el-Esed hava üssüne pazar akşamı insansız hava araçlarıyla saldırı düzenlendi.",
     date(2024, 3, 3)),
    ("he", "night-into", "כטב\"מים תקפו בליל שלישי את בסיס נבטים, כך נמסר.", STATED),
    ("hi", "yesterday-happened", "कल हुए ड्रोन हमले में पठानकोट एयरबेस पर दो जवान घायल हुए।", YESTERDAY),
    # A night written as two days in a row is the later day's, as "the night to Wednesday" is.
    ("en", "night-pair", "Drones attacked Ain al-Asad air base late Tuesday and early Wednesday, an official said.",
     YESTERDAY),
    ("fr", "night-pair", "Des drones ont attaqué la base aérienne d'Aïn al-Asad dans la nuit de mardi à mercredi.",
     YESTERDAY),
    ("es", "night-pair", "Varios drones atacaron la base aérea de Ain al Asad en la noche del martes al miércoles.",
     YESTERDAY),
    ("it", "night-pair", "Alcuni droni hanno colpito la base aerea di Ain al-Asad nella notte tra martedì e mercoledì.",
     YESTERDAY),
    ("ru", "night-pair", "Беспилотники атаковали авиабазу Хмеймим в ночь со вторника на среду, сообщили военные.",
     YESTERDAY),
    ("uk", "night-pair", "Безпілотники атакували авіабазу Бельбек у ніч з вівторка на середу, повідомили військові.",
     YESTERDAY),
    ("pl", "night-pair", "Drony zaatakowały bazę lotniczą Ain al-Asad w nocy z wtorku na środę.", YESTERDAY),
    ("ar", "night-pair", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية ليل الاثنين الثلاثاء، وفق مصدر أمني عراقي.", STATED),
    ("en", "overnight-into", "Drones attacked Ain al-Asad air base overnight into Wednesday, an official said.", YESTERDAY),
    # The words of today's night and morning that open the news of the night just gone, and a weekday
    # written beside one names its day.
    ("ru", "night", "Ночью беспилотники атаковали авиабазу Хмеймим, сообщили военные.", TODAY),
    ("ru", "weekday-night", "В понедельник ночью беспилотники атаковали авиабазу Хмеймим, сообщили военные.", MONDAY),
    ("uk", "night", "Вночі безпілотники атакували авіабазу Бельбек у Криму, повідомили військові.", TODAY),
    ("az", "this-morning", "Bu səhər PUA-lar hərbi bazaya hücum etdi.", TODAY),
    ("bn", "last-night", "গত রাতে জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়।", YESTERDAY),
    # German writes the part of the day into the weekday; Turkish links the two days of a night in their cases.
    ("de", "weekday-evening", "Drohnen haben am Montagabend den Luftwaffenstützpunkt Ain al-Asad angegriffen.", MONDAY),
    ("de", "weekday-morning", "Drohnen haben am Sonntagmorgen den Luftwaffenstützpunkt Ain al-Asad angegriffen.",
     date(2024, 3, 3)),
    ("tr", "night-linking", "Salıyı çarşambaya bağlayan gece Ayn el-Esed hava üssüne insansız hava araçlarıyla saldırı "
     "düzenlendi.", YESTERDAY),
    ("tr", "night-linking-monday", "Pazartesiyi salıya bağlayan gece Ayn el-Esed hava üssüne roketlerle saldırı düzenlendi.",
     STATED),
    # A count of days before something else ("four days before the elections") counts back from no publication.
    ("ar", "days-before", "قصفت طائرات مسيرة قاعدة عين الأسد الجوية قبل أربعة أيام من الانتخابات، وفق مصدر أمني.", None),
    ("az", "days-before", "Seçkilərdən dörd gün əvvəl PUA-lar hərbi bazaya hücum etdi.", None),
    ("bn", "days-before", "নির্বাচনের চার দিন আগে জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়।", None),
    ("el", "days-before", "Drones έπληξαν τέσσερις ημέρες πριν από τις εκλογές την αεροπορική βάση Ain al-Asad στο Ιράκ.", None),
    ("fa", "days-before", "پهپادها ۴ روز قبل از انتخابات به پایگاه عین الاسد حمله کردند.", None),
    ("gu", "days-before", "ચૂંટણીના ચાર દિવસ પહેલા પઠાણકોટ એરબેઝ પર ડ્રોન હુમલો થયો.", None),
    ("hi", "days-before", "चुनाव से चार दिन पहले पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", None),
    ("ml", "days-before", "തിരഞ്ഞെടുപ്പിന് നാല് ദിവസം മുമ്പ് പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു.", None),
    ("ta", "days-before", "தேர்தலுக்கு நான்கு நாட்களுக்கு முன்பு பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது.",
     None),
    ("tr", "days-before", "Seçimlerden dört gün önce Ayn el-Esed hava üssüne insansız hava araçlarıyla saldırı düzenlendi.", None),
    ("ur", "days-before", "انتخابات سے چار روز قبل دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے۔", None),
    ("hu", "days-lasting", "A négy napja tartó ostrom során drónok támadták az erbíli légibázist.", None),
    # A title, a town or a named day that holds a weekday's name dates nothing.
    ("fa", "title", "امام جمعه تهران گفت پهپادها به پایگاه عین الاسد حمله کردند.", None),
    ("ar", "title", "قال خطيب الجمعة إن طائرات مسيرة قصفت قاعدة عين الأسد الجوية.", None),
    ("en", "named-day", "Drones attacked Ain al-Asad air base in what officials called a Black Saturday for the garrison.",
     None),
    ("he", "named-day", "כטב\"מים תקפו את בסיס נבטים, בדומה לשבת השחורה.", None),
    ("tr", "town", "Samsun'un Çarşamba ilçesindeki askeri üsse insansız hava araçlarıyla saldırı düzenlendi.", None),
    # A month with no day beside it is no day of the attack.
    ("en", "month-only", "Drones attacked Ain al-Asad air base in March, an Iraqi security official said.", None),
]

# Datelines: the publication date is only in the text; the day is counted back from it.
# (lang, text, expected)
DATELINES: list[tuple[str, str, date]] = [
    ("en", "BAGHDAD, March 7, 2024 (Reuters) - Drones attacked Ain al-Asad air base yesterday, an Iraqi official said.",
     YESTERDAY),
    ("ar", "بغداد - 7 آذار/مارس 2024: قصفت طائرات مسيرة قاعدة عين الأسد الجوية أمس، وفق مصدر أمني عراقي.", YESTERDAY),
    ("de", "Bagdad, 7. März 2024 (dpa) - Drohnen haben gestern den Luftwaffenstützpunkt Ain al-Asad angegriffen.",
     YESTERDAY),
    ("el", "Βαγδάτη, 7 Μαρτίου 2024 - Drones έπληξαν χθες την αεροπορική βάση Ain al-Asad στο Ιράκ.", YESTERDAY),
    ("es", "Bagdad, 7 de marzo de 2024 (EFE).- Varios drones atacaron ayer la base aérea de Ain al Asad.", YESTERDAY),
    ("fa", "تهران - ۱۷ اسفند ۱۴۰۲: پهپادها دیروز به پایگاه عین الاسد حمله کردند.", YESTERDAY),
    ("fr", "BAGDAD, 7 mars 2024 (AFP) - Des drones ont attaqué hier la base aérienne d'Aïn al-Asad.", YESTERDAY),
    ("he", "ירושלים, 7 במרץ 2024 - כטב\"מים תקפו אתמול את בסיס נבטים, כך נמסר.", YESTERDAY),
    ("hu", "Bagdad, 2024. március 7. (MTI) - Tegnap drónok támadták az erbíli légibázist.", YESTERDAY),
    ("id", "BAGHDAD, 7 Maret 2024 (Antara) - Sejumlah drone menyerang Pangkalan Udara Ain al-Asad kemarin.", YESTERDAY),
    ("it", "BAGDAD, 7 marzo 2024 (ANSA) - Alcuni droni hanno colpito ieri la base aerea di Ain al-Asad.", YESTERDAY),
    ("ku", "BEXDA, 7ê adara 2024an - Dronan duh êrîşî bingeha hewayî ya Ain al-Asad kirin.", YESTERDAY),
    ("no", "BAGDAD, 7. mars 2024 (NTB) - Droner angrep flybasen Ain al-Asad i går.", YESTERDAY),
    ("pl", "BAGDAD, 7 marca 2024 (PAP) - Drony zaatakowały wczoraj bazę lotniczą Ain al-Asad.", YESTERDAY),
    ("pt", "BAGDÁ, 7 de março de 2024 (Lusa) - Drones atingiram ontem a base aérea de Ain al-Asad.", YESTERDAY),
    ("ru", "МОСКВА, 7 марта 2024 (РИА Новости) - Беспилотники вчера атаковали авиабазу Хмеймим.", YESTERDAY),
    ("sw", "NAIROBI, Machi 7, 2024 - Ndege zisizo na rubani zilishambulia kambi ya jeshi ya Ain al-Asad jana.",
     YESTERDAY),
    ("tr", "BAĞDAT, 7 Mart 2024 (AA) - Dün Ayn el-Esed hava üssüne insansız hava araçlarıyla saldırı düzenlendi.",
     YESTERDAY),
    ("uk", "КИЇВ, 7 березня 2024 (Укрінформ) - Безпілотники вчора атакували авіабазу Бельбек у Криму.", YESTERDAY),
    ("ur", "اسلام آباد، 7 مارچ 2024: گزشتہ روز دہشت گردوں نے عین الاسد ایئر بیس پر راکٹ داغے۔", YESTERDAY),
    ("hi", "नई दिल्ली, 7 मार्च 2024 - बीते दिन पठानकोट एयरबेस पर ड्रोन से हमला किया गया।", YESTERDAY),
    ("bn", "ঢাকা, ৭ মার্চ ২০২৪ - গতকাল জঙ্গিরা সেনা ঘাঁটিতে ড্রোন হামলা চালায়।", YESTERDAY),
    ("gu", "અમદાવાદ, 7 માર્ચ 2024 - ગઈકાલે પઠાણકોટ એરબેઝ પર ડ્રોન હુમલો થયો.", YESTERDAY),
    ("ml", "ന്യൂഡൽഹി, 2024 മാർച്ച് 7 - ഇന്നലെ പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു.", YESTERDAY),
    ("ta", "சென்னை, மார்ச் 7, 2024 - நேற்று பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது.",
     YESTERDAY),
    ("az", "Bakı, 7 mart 2024 - Dünən PUA-lar hərbi bazaya hücum etdi.", YESTERDAY),
]

# Web datelines that abbreviate the month: the publication day the relative word counts back from.
ABBREVIATED_DATELINES: list[tuple[str, str, date]] = [
    ("es", "07 ago 2024 - 10:50\n\nAyer varios drones atacaron la base aérea de Ain al Asad, dijeron funcionarios.",
     date(2024, 8, 6)),
    ("it", "BAGDAD, 07 LUG 2024 - Alcuni droni hanno colpito ieri la base aerea di Ain al-Asad.", date(2024, 7, 6)),
    ("pt", "07 out 2024 10h50\n\nOntem drones atingiram a base aérea de Ain al-Asad, disse um funcionário.",
     date(2024, 10, 6)),
    ("ru", "07 мар 2024, 10:50\n\nВчера беспилотники атаковали авиабазу Хмеймим, сообщили военные.", YESTERDAY),
]


def form_cases() -> list[tuple[str, str, str, date | None]]:
    """Every (lang, form, sentence, expected) of FORMS and MORE."""
    out = [(lang, form, template.format(w=words), EXPECTED[form])
           for lang, (template, forms) in FORMS.items() for form, words in forms.items()]
    return out + MORE

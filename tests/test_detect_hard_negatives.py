"""Hard negatives of failure classes 1-3 (issue 16) in eight languages, written for these tests:
old news told as new (a memorial, satellite pictures, a background paragraph), events that are not
attacks (a threat, a denial, a fire in an ammunition store, a crime) and a base named only as a
landmark. Each language also has positive controls worded the same way, so no blocker costs recall.
The Hebrew, Indonesian and later English cases are kept in hard_negatives_he_id.py, for size, and
those of the regional press (tr, ar, fa, ru, uk) in hard_negatives_regional.py."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from hard_negatives_he_id import NEGATIVES as HE_ID_NEGATIVES
from hard_negatives_he_id import POSITIVES as HE_ID_POSITIVES
from hard_negatives_regional import NEGATIVES as REGIONAL_NEGATIVES
from hard_negatives_regional import POSITIVES as REGIONAL_POSITIVES
from pipelines.detect import detect

PUB = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)  # a Monday

# (language, class, what, text): none of these reports a new attack on an installation.
NEGATIVES = [
    # English
    ("en", 1, "memorial", "Families held a memorial service on Sunday for the two soldiers killed when rockets "
     "struck Ain al-Asad air base. A chaplain read their names aloud."),
    ("en", 1, "satellite", "New satellite images show the construction of hangars at Nevatim air base, where "
     "Iranian missiles struck in April. Analysts say the work began within weeks."),
    ("en", 1, "background", "The defence minister toured Incirlik air base on Monday to discuss the budget for "
     "new shelters. Last July, rockets hit the base and wounded two airmen."),
    ("en", 2, "threat", "A militia commander said his fighters could hit Ain al-Asad air base within minutes "
     "if the talks fail."),
    ("en", 2, "denial", "The Iraqi military denied that any rockets hit Ain al-Asad air base on Sunday, "
     "saying the noise came from a planned demolition."),
    ("en", 2, "depot", "A fire in an ammunition depot at an army base near Kirkuk set off explosions through "
     "the night. Officials blamed an electrical fault and said no one was hurt."),
    ("en", 2, "crime", "A soldier shot dead two comrades at Camp Taji after a quarrel over leave, police "
     "said. The gunman was arrested at the gate."),
    ("en", 3, "landmark", "A roadside bomb hit a police patrol on the road a few kilometres from Ain al-Asad "
     "air base, killing one officer."),
    ("en", 3, "shrine", "A suicide bomber attacked a Shia shrine two kilometres from Camp Taji on Sunday, "
     "killing five worshippers."),
    # Arabic
    ("ar", 1, "memorial", "أقامت عائلات الجنود حفل تأبين يوم الأحد للجنديين اللذين قتلا عندما سقطت صواريخ على "
     "قاعدة عين الأسد. ووضع الأقارب أكاليل الزهور."),
    ("ar", 1, "satellite", "أظهرت صور الأقمار الصناعية أعمال بناء ومدرجا جديدا في قاعدة حميميم التي استهدفتها "
     "طائرات مسيرة في وقت سابق."),
    ("ar", 1, "background", "زار وزير الدفاع قاعدة عين الأسد يوم الاثنين لبحث ميزانية الملاجئ الجديدة. وفي تموز "
     "الماضي سقطت صواريخ على القاعدة وأصيب جنديان."),
    ("ar", 2, "threat", "قال قيادي في الفصيل إن مقاتليه قادرون على ضرب قاعدة عين الأسد خلال دقائق إذا فشلت "
     "المفاوضات."),
    ("ar", 2, "denial", "نفت قيادة العمليات المشتركة سقوط أي صواريخ على قاعدة عين الأسد، وقالت إن الأصوات "
     "ناتجة عن تفجير مسيطر عليه."),
    ("ar", 2, "depot", "اندلع حريق في مخزن للذخيرة داخل معسكر للجيش قرب كركوك ما أدى إلى سلسلة انفجارات. "
     "وقال مسؤولون إن تماسا كهربائيا سبب الحريق."),
    ("ar", 3, "landmark", "انفجرت عبوة ناسفة على دورية للشرطة في طريق يبعد بضعة كيلومترات عن قاعدة عين الأسد، "
     "ما أسفر عن مقتل شرطي."),
    # Hebrew
    ("he", 1, "memorial", "טקס אזכרה נערך ביום ראשון לזכר שני החיילים שנהרגו כשטילים פגעו בבסיס נבטים. "
     "בני המשפחות הניחו זרים."),
    ("he", 1, "satellite", "תצלומי לוויין מראים בנייה של האנגרים חדשים בבסיס נבטים, שנפגע בעבר מטילים איראניים."),
    ("he", 1, "background", "שר הביטחון ביקר ביום שני בבסיס נבטים כדי לדון בתקציב למסלול חדש. ביולי האחרון "
     "פגעו טילים בבסיס ושני חיילים נפצעו."),
    ("he", 2, "threat", "בכיר איראני איים כי הטילים של ארצו יכולים לפגוע בבסיס נבטים בתוך דקות."),
    ("he", 2, "denial", "צה\"ל הכחיש כי טילים פגעו בבסיס נבטים, ואמר כי מדובר ברסיסי יירוט שנפלו בשטח פתוח."),
    ("he", 2, "depot", "שריפה פרצה במחסן תחמושת בבסיס צבאי בדרום, ופיצוצים נשמעו במשך שעות. לפי החקירה, "
     "השריפה נגרמה מתקלה חשמלית."),
    ("he", 3, "landmark", "רקטה פגעה בבית ביישוב הסמוך לבסיס נבטים, ושני תושבים נפצעו קל."),
    # Turkish
    ("tr", 1, "memorial", "İncirlik Üssü'ne yapılan roket saldırısında hayatını kaybeden iki asker için pazar "
     "günü anma töreni düzenlendi. Aileler çelenk bıraktı."),
    ("tr", 1, "satellite", "Uydu görüntüleri, daha önce insansız hava araçlarıyla vurulan Hmeymim üssünde yeni "
     "hangarlar inşa edildiğini gösteriyor."),
    ("tr", 1, "background", "Milli Savunma Bakanı pazartesi günü İncirlik Üssü'nü ziyaret ederek yeni "
     "sığınakların bütçesini görüştü. Geçen temmuz ayında üsse roketler isabet etmiş ve iki asker yaralanmıştı."),
    ("tr", 2, "threat", "Milis komutanı, müzakereler başarısız olursa savaşçılarının İncirlik Üssü'nü dakikalar "
     "içinde vurabileceğini söyledi."),
    ("tr", 2, "denial", "Milli Savunma Bakanlığı, İncirlik Üssü'ne roket düştüğü iddialarını yalanladı ve "
     "seslerin planlı bir imha çalışmasından geldiğini açıkladı."),
    ("tr", 2, "depot", "Hakkari'deki bir askeri üsteki cephanelikte çıkan yangın nedeniyle gece boyunca "
     "patlamalar yaşandı. Yetkililer yangının elektrik kontağından çıktığını söyledi."),
    ("tr", 3, "landmark", "İncirlik Üssü'ne birkaç kilometre uzaklıktaki bir pazar yerinde bomba patladı, iki "
     "sivil yaralandı."),
    # Indonesian
    ("id", 1, "memorial", "Upacara peringatan digelar pada hari Minggu untuk mengenang dua tentara yang tewas "
     "ketika roket menghantam pangkalan udara Ain al-Asad."),
    ("id", 1, "satellite", "Citra satelit menunjukkan pembangunan hanggar baru di pangkalan udara Hmeimim, yang "
     "pernah diserang drone."),
    ("id", 1, "background", "Menteri Pertahanan mengunjungi pangkalan udara Ain al-Asad pada hari Senin untuk "
     "membahas anggaran hanggar baru. Juli lalu, roket menghantam pangkalan itu dan melukai dua tentara."),
    ("id", 2, "threat", "Seorang komandan milisi mengatakan pasukannya dapat menyerang pangkalan udara Ain "
     "al-Asad dalam hitungan menit jika perundingan gagal."),
    ("id", 2, "denial", "Militer Irak membantah bahwa roket menghantam pangkalan udara Ain al-Asad dan menyebut "
     "suara itu berasal dari peledakan terkendali."),
    ("id", 2, "depot", "Kebakaran di gudang amunisi sebuah markas militer di Bekasi memicu serangkaian ledakan. "
     "Pejabat mengatakan kebakaran disebabkan korsleting listrik."),
    ("id", 3, "landmark", "Bom meledak di sebuah pasar beberapa kilometer dari pangkalan udara Ain al-Asad, "
     "melukai dua warga sipil."),
    # Persian
    ("fa", 1, "memorial", "مراسم یادبود دو سربازی که در حمله موشکی به پایگاه عین الاسد کشته شدند روز یکشنبه "
     "برگزار شد."),
    ("fa", 1, "satellite", "تصاویر ماهواره‌ای ساخت آشیانه‌های جدید در پایگاه حمیمیم را نشان می‌دهد که پیشتر "
     "هدف حمله پهپادی قرار گرفته بود."),
    ("fa", 1, "background", "وزیر دفاع روز دوشنبه از پایگاه عین الاسد بازدید کرد تا درباره بودجه آشیانه‌های "
     "جدید گفتگو کند. تیر ماه گذشته موشک‌ها به این پایگاه اصابت کردند و دو سرباز زخمی شدند."),
    ("fa", 2, "threat", "یک فرمانده شبه‌نظامیان گفت نیروهایش می‌توانند در چند دقیقه پایگاه عین الاسد را "
     "هدف قرار دهند."),
    ("fa", 2, "denial", "ارتش عراق اصابت هرگونه موشک به پایگاه عین الاسد را تکذیب کرد و گفت صداها ناشی از "
     "انفجار کنترل‌شده بود."),
    ("fa", 2, "depot", "آتش‌سوزی در انبار مهمات یک پادگان نظامی در نزدیکی اصفهان باعث چند انفجار شد. "
     "مسئولان علت آتش‌سوزی را اتصالی برق اعلام کردند."),
    ("fa", 3, "landmark", "یک بمب در بازاری در چند کیلومتری پایگاه عین الاسد منفجر شد و دو غیرنظامی زخمی "
     "شدند."),
    # Russian
    ("ru", 1, "memorial", "В воскресенье прошла церемония памяти двух военнослужащих, погибших при ракетном "
     "ударе по авиабазе Хмеймим."),
    ("ru", 1, "satellite", "Спутниковые снимки показывают строительство новых ангаров на авиабазе Хмеймим, "
     "которую ранее атаковали беспилотники."),
    ("ru", 1, "background", "Министр обороны в понедельник посетил авиабазу Хмеймим, чтобы обсудить бюджет "
     "новых ангаров. В июле прошлого года ракеты попали в базу, были ранены двое военных."),
    ("ru", 2, "threat", "Командир боевиков заявил, что его бойцы могут нанести удар по авиабазе Хмеймим за "
     "считанные минуты."),
    ("ru", 2, "denial", "Минобороны опровергло сообщения о попадании ракет в авиабазу Хмеймим и заявило, что "
     "звуки были вызваны плановым подрывом."),
    ("ru", 2, "depot", "Пожар на складе боеприпасов воинской части под Белгородом вызвал серию взрывов. По "
     "данным следствия, причиной стало короткое замыкание."),
    ("ru", 3, "landmark", "Беспилотник атаковал автобус на дороге в нескольких километрах от авиабазы Хмеймим, "
     "ранены двое мирных жителей."),
    # French
    ("fr", 1, "memorial", "Une cérémonie d'hommage a été organisée dimanche pour les deux soldats tués lors de "
     "l'attaque à la roquette contre la base aérienne d'Ain al-Asad."),
    ("fr", 1, "satellite", "Des images satellites montrent la construction de nouveaux hangars sur la base de "
     "Hmeimim, déjà visée par des drones."),
    ("fr", 1, "background", "Le ministre des Armées a visité lundi la base aérienne d'Ain al-Asad pour discuter "
     "du budget des nouveaux abris. En juillet dernier, des roquettes avaient frappé la base, blessant deux "
     "militaires."),
    ("fr", 2, "threat", "Un chef de milice a affirmé que ses combattants pourraient frapper la base d'Ain "
     "al-Asad en quelques minutes si les négociations échouaient."),
    ("fr", 2, "denial", "L'armée irakienne a nié que des roquettes aient touché la base d'Ain al-Asad, "
     "évoquant une destruction planifiée de munitions."),
    ("fr", 2, "depot", "Un incendie dans un dépôt de munitions d'un camp militaire près de Gao a provoqué une "
     "série d'explosions. Selon les autorités, un court-circuit est à l'origine du feu."),
    ("fr", 3, "landmark", "Une bombe a explosé sur un marché à quelques kilomètres du camp militaire de Gao, "
     "blessant deux civils."),
    # Crimes on a base, and attacks on a religious office near one
    ("ar", 2, "crime", "قتل جندي اثنين من زملائه بالرصاص داخل معسكر التاجي إثر شجار، وفق الشرطة. واعتقل الجندي "
     "عند البوابة."),
    ("he", 2, "crime", "חייל ירה למוות בשני חבריו בבסיס נבטים בעקבות ויכוח, כך מסרה המשטרה. היורה נעצר בשער."),
    ("tr", 2, "crime", "Bir asker, İncirlik Üssü'nde tartıştığı iki silah arkadaşını tabancayla öldürdü. Asker "
     "gözaltına alındı."),
    ("id", 2, "crime", "Seorang prajurit menembak mati dua rekannya di markas militer di Bekasi setelah bertengkar, "
     "kata polisi. Pelaku ditangkap."),
    ("fa", 2, "crime", "یک سرباز در پادگانی در نزدیکی اصفهان پس از یک مشاجره دو همقطار خود را با شلیک گلوله کشت. "
     "ضارب بازداشت شد."),
    ("ru", 2, "crime", "Военнослужащий застрелил двух сослуживцев в воинской части под Белгородом после ссоры. "
     "Стрелок задержан."),
    ("fr", 2, "crime", "Un soldat a abattu deux camarades dans une caserne de Gao après une dispute, selon la police. "
     "Le tireur a été arrêté."),
    # Predictions, findings of an inquiry, "N years ago", a vehicle on the highway near a base
    ("en", 2, "prediction", "If Israel strikes Iran, Tehran is expected to fire missiles at Nevatim air base, "
     "analysts said."),
    ("en", 1, "inquiry", "The drone that hit Tower 22 was mistaken for a returning US drone, an investigation "
     "found. The report blamed a gap in air defences."),
    ("he", 1, "years-ago", "לפני שלוש שנים פגעו רקטות בבסיס נבטים ושני חיילים נפצעו."),
    ("id", 3, "highway", "Sebuah truk tangki meledak di jalan raya dekat pangkalan udara Halim Perdanakusuma, "
     "menewaskan sopirnya."),
    ("tr", 3, "village", "Teröristler, askeri üsse yakın bir köyde bir minibüse saldırdı, üç sivil yaralandı."),
    ("id", 1, "anniversary", "Pada peringatan dua tahun serangan ke pangkalan udara Ain al-Asad, para veteran "
     "berkumpul di Washington."),
    ("ar", 3, "office", "استهدف هجوم بطائرة مسيرة مكتبا لرجل دين قرب قاعدة عين الأسد، ما أدى إلى مقتل حارسين."),
    # Verb-final languages (lexicon option verb_final): the attack verb's object is the phrase written just
    # before it, closed by an object marker ("را", "کو", "को") and opened by one ("به"); its head is the
    # target, the first noun where qualifiers follow it (Persian), the last where they precede it.
    ("fa", 3, "office", "یک پهپاد دفتر یک روحانی در نزدیکی پایگاه عین الاسد را هدف قرار داد و دو نگهبان کشته "
     "شدند."),
    ("fa", 3, "vf-market", "شبه‌نظامیان دیشب به بازاری در نزدیکی پایگاه نظامی حمله کردند و سه غیرنظامی زخمی "
     "شدند."),
    ("fa", 3, "vf-convoy-marked", "شبه‌نظامیان یک کاروان را در نزدیکی پایگاه نظامی هدف قرار دادند."),
    ("ur", 3, "vf-house-marked", "دہشت گردوں نے ایک گھر کو فوجی اڈے کے قریب نشانہ بنایا، دو شہری زخمی ہوئے۔"),
    ("hi", 3, "vf-house-marked", "आतंकियों ने एक घर को सैन्य अड्डे के पास निशाना बनाया, दो नागरिक घायल हुए।"),
    # ... and the same landmark pattern where the nearest word already told it (guards of the rule).
    ("tr", 3, "vf-village", "Teröristler askeri üssün yakınındaki köye gece yarısı saldırdı, iki sivil yaralandı."),
    ("tr", 3, "vf-distance", "PKK'lı teröristler askeri üsse beş kilometre uzaklıktaki bir köye saldırdı."),
    ("ur", 3, "vf-post", "دہشت گردوں نے فوجی اڈے کے قریب ایک پولیس چوکی پر حملہ کیا، دو اہلکار زخمی ہوئے۔"),
    ("hi", 3, "vf-post", "आतंकियों ने सैन्य अड्डे के पास एक पुलिस चौकी पर हमला किया, दो जवान घायल हुए।"),
    ("hi", 3, "vf-distance", "सैन्य अड्डे से पांच किलोमीटर दूर एक बाजार में धमाका हुआ, तीन नागरिक घायल हुए।"),
    ("az", 3, "vf-school", "Terrorçular hərbi bazanın yaxınlığındakı məktəbə hücum etdi, iki müəllim yaralandı."),
    # A distance written after the installation in a postposition language ("اڈے سے پانچ کلومیٹر دور",
    # "अड्डे से पांच किलोमीटर दूर", "bazadan beş kilometr aralıda", "üsse iki kilometre mesafede").
    ("tr", 3, "vf-distance-2", "Teröristler askeri üsse iki kilometre mesafede bir tır şoförüne ateş açtı."),
    ("ur", 3, "vf-distance", "نامعلوم افراد نے فوجی اڈے سے پانچ کلومیٹر دور ایک گاڑی پر فائرنگ کی، ڈرائیور زخمی "
     "ہو گیا۔"),
    ("hi", 3, "vf-distance-2", "आतंकियों ने सैन्य अड्डे से पांच किलोमीटर दूर एक गाड़ी पर गोलीबारी की, चालक घायल हो "
     "गया।"),
    ("hi", 3, "vf-distance-3", "सैन्य अड्डे से दो किलोमीटर दूर एक ड्रोन गिरा, कोई हताहत नहीं हुआ।"),
    ("az", 3, "vf-distance", "Hərbi bazadan beş kilometr aralıda yerləşən kəndə raket zərbəsi endirildi."),
    # Villages, buses and other vehicles, an airport's passenger terminal: other targets in every language.
    ("fa", 3, "vf-village", "شبه‌نظامیان دیشب روستایی در نزدیکی پایگاه نظامی را با خمپاره هدف قرار دادند."),
    ("fa", 3, "vf-bus", "یک بمب کنار جاده‌ای به اتوبوسی در نزدیکی پادگان اصابت کرد و پنج مسافر زخمی شدند."),
    ("fa", 3, "vf-terminal", "یک پهپاد به ترمینال مسافربری فرودگاه اربیل حمله کرد."),
    ("ur", 3, "vf-village", "دہشت گردوں نے فوجی اڈے کے قریب ایک گاؤں پر مارٹر گولے داغے۔"),
    ("ur", 3, "vf-bus", "فوجی اڈے کے قریب ایک مسافر بس پر فائرنگ کی گئی، تین مسافر زخمی ہوئے۔"),
    ("hi", 3, "vf-bus", "आतंकियों ने सैन्य अड्डे के पास एक यात्री बस पर गोलीबारी की, चार यात्री घायल हुए।"),
    ("hi", 3, "vf-vehicle", "सैन्य अड्डे के पास एक वाहन पर ड्रोन से हमला किया गया।"),
    ("az", 3, "vf-village", "Terrorçular hərbi bazanın yaxınlığındakı kəndə raket zərbəsi endirdi."),
    ("bn", 3, "vf-market", "জঙ্গিরা সেনা ঘাঁটির কাছে একটি বাজারে হামলা চালায়।"),
    ("bn", 3, "vf-village", "জঙ্গিরা সেনা ঘাঁটির কাছে একটি গ্রামে হামলা চালায়, দুই গ্রামবাসী আহত হয়।"),
    ("tr", 3, "office", "İncirlik Üssü yakınlarındaki bir camiye bombalı saldırı düzenlendi, iki kişi hayatını "
     "kaybetti."),
    # One weak blocker next to a named base: a fact-check calling the pictures old or fake, a stray or
    # intercepted rocket that came down in an open area, an ammunition store that exploded on its own.
    ("en", 2, "factcheck-old", "A clip shared online as a drone strike on Ain al-Asad air base is old. It was "
     "filmed years earlier, according to a fact-check."),
    ("en", 2, "factcheck-fake", "Posts saying missiles hit Nevatim air base on Sunday are fake, the pictures show "
     "a fireworks display abroad."),
    ("tr", 2, "factcheck-old", "İncirlik Üssü'ne füze saldırısını gösterdiği iddia edilen video eski, görüntüler "
     "2020 yılına ait."),
    ("id", 2, "factcheck-old", "Video yang disebut serangan rudal ke pangkalan udara Ain al-Asad adalah video lama "
     "dari tahun 2020."),
    ("en", 3, "open-area", "A rocket fired from Lebanon fell in an open area near the Meron base, causing no "
     "damage."),
    ("en", 3, "intercepted", "Air defences intercepted a drone heading toward Incirlik air base, and debris fell "
     "in an empty field."),
    ("id", 3, "open-area", "Sebuah roket jatuh di lahan kosong dekat pangkalan militer, tidak ada korban jiwa."),
    ("ar", 3, "open-area", "سقط صاروخ في منطقة مفتوحة قرب قاعدة عين الأسد دون وقوع إصابات."),
    ("en", 2, "depot-exploded", "An ammunition depot exploded at a military base near Kirkuk on Sunday, officials "
     "said, blaming the heat."),
    ("he", 2, "depot-exploded", "מחסן תחמושת התפוצץ בבסיס צבאי בדרום, ולא היו נפגעים."),
    ("ar", 2, "depot-exploded", "انفجر مخزن للذخيرة في معسكر للجيش قرب كركوك دون وقوع إصابات."),
    # A sentence dated years back with no word of a recent day tells the past, however it is worded.
    ("en", 1, "years-back", "Ain al-Asad air base was hit by Iranian missiles in 2020. The base now hosts fewer "
     "soldiers."),
    ("fr", 1, "years-back", "En 2021, des roquettes ont frappé la base aérienne d'Ain al-Asad, blessant deux "
     "militaires."),
    # What came after an earlier attack: a lawsuit, a medal, a funeral for an attack "last month" (a funeral
    # word alone is no cue: it follows new attacks too, see the positive controls); a weapon test.
    ("en", 1, "lawsuit", "Families of the troops wounded in the missile attack on Ain al-Asad air base sued the "
     "government on Monday."),
    ("en", 1, "medal", "Four airmen received the Purple Heart for wounds suffered when rockets hit Ain al-Asad air "
     "base in January."),
    ("he", 1, "funeral", "אלפים השתתפו בהלוויית החיילים שנהרגו במתקפת הכטב\"ם על בסיס נבטים בחודש שעבר."),
    ("ar", 1, "funeral", "شيع المئات جثامين الجنود الذين قتلوا في الهجوم على قاعدة عين الأسد الشهر الماضي."),
    ("en", 1, "compensation", "The government will pay compensation to families of soldiers killed in the attack on "
     "the Uri army camp."),
    ("en", 1, "interview", "A soldier who lived through the rocket attack on Camp Taji recounted the night in an "
     "interview."),
    # One weak blocker written right beside a named base tips it under the threshold.
    ("en", 2, "vulnerable", "Analysts say Ain al-Asad air base remains vulnerable to drone attacks from militias in "
     "Anbar."),
    ("en", 2, "protection-budget", "The Pentagon asked for $200 million to protect bases like Tower 22 from drone "
     "attacks."),
    ("en", 2, "weapon-test", "The air base tested a new laser system that shot down drones during trials."),
    # People near a base are the target, not the base: a patrol, civilians, a moto-taxi driver, road workers.
    ("tr", 3, "patrol", "Hakkari'de üs bölgesi yakınında devriye görevi yapan askerlere ateş açıldı, bir asker "
     "yaralandı."),
    ("id", 3, "civilians", "KKB menembak dua warga sipil di dekat pos TNI di Intan Jaya, kata polisi."),
    ("id", 3, "moto-taxi", "KKB menembak mati seorang tukang ojek tidak jauh dari markas Koramil di Puncak."),
    ("id", 3, "workers", "Kelompok bersenjata menyerang pekerja jalan di dekat pos militer di Nduga, menewaskan tiga "
     "orang."),
    # Oil plants, an airport's passenger terminal, a bar, a police station next to a base are the targets.
    ("en", 3, "oil-plant", "Drones struck an oil processing plant near the King Abdulaziz air base, sparking a fire."),
    ("en", 3, "terminal", "A drone hit the terminal of Erbil International Airport, which also hosts a coalition air "
     "base, damaging a passenger hall."),
    ("en", 3, "bar", "A gunman opened fire at a bar near the naval base, killing two sailors, police said."),
    ("he", 3, "police", "מחבל פתח באש לעבר תחנת משטרה סמוך לבסיס צבאי, ושוטר נפצע קל."),
    ("he", 3, "oil", "כטב\"ם פגע במתקן נפט ליד בסיס חיל הים באילת."),
    ("id", 3, "civil-plane", "KKB menembaki pesawat sipil di bandara dekat pos TNI di Intan Jaya."),
    # A town as the attack's object, with the base named beside it, is the target.
    ("en", 3, "town-object", "A drone attack on Kharkiv near the Chuhuiv air base wounded five residents overnight."),
    ("en", 3, "town-object-2", "A missile attack on Kirkuk near the K1 air base wounded five residents overnight."),
    # A terror attack ("פיגוע") at a bus stop or hitchhiking post near a base hit the people there.
    ("he", 3, "bus-stop", "מחבל ביצע פיגוע דריסה בתחנת אוטובוס ליד בסיס צה\"ל, שלושה חיילים נפצעו."),
    ("he", 3, "hitchhiking-post", "פיגוע ירי בטרמפיאדה ליד הבסיס, שני חיילים נפצעו."),
    ("tr", 3, "road", "Teröristler askeri üsse giden yolda bir araca ateş açtı, iki asker yaralandı."),
    # An inquiry's findings retell an attack; a base "vulnerable" to attacks is a possibility.
    ("he", 1, "inquiry", "תחקיר צה\"ל על הקרב במוצב נחל עוז פורסם היום, ובו נחשף כי המחבלים פרצו למוצב תוך דקות."),
    ("id", 2, "vulnerable", "Analis menilai pangkalan udara Nevatim rentan terhadap serangan rudal Iran."),
    ("tr", 2, "vulnerable", "Uzmanlar, İncirlik Üssü'nün olası bir İran saldırısına karşı savunmasız olduğunu "
     "belirtiyor."),
    # The attack on the base is the earlier event the news follows ("a week after", "in response to").
    ("en", 1, "week-after", "US jets struck militia sites in Syria on Friday, a week after a drone attack on Tower 22 "
     "killed three soldiers."),
    ("en", 1, "in-response", "In response to the attack on Tower 22, the US struck 85 targets in Iraq and Syria."),
    ("ar", 1, "in-response", "ردا على الهجوم على قاعدة البرج 22، قصفت الولايات المتحدة 85 هدفا في العراق وسوريا."),
    ("he", 1, "in-response", "בתגובה למתקפת הכטב\"ם על בסיס נבטים, תקף חיל האוויר יעדים בלבנון."),
    ("tr", 1, "in-response", "İncirlik Üssü'ne yapılan saldırıya misilleme olarak Türk jetleri Suriye'deki hedefleri "
     "vurdu."),
    ("tr", 1, "week-after", "Türk jetleri Irak'ın kuzeyindeki hedefleri, Zilkan üssüne yapılan saldırıdan bir hafta "
     "sonra vurdu."),
    ("id", 1, "in-response", "Sebagai balasan atas serangan ke pangkalan udara Ain al-Asad, Amerika Serikat menyerang "
     "sasaran di Irak."),
    # A fact-check retells the claimed attack in full; a verifier's words anywhere in it frame the article.
    ("ar", 2, "fact-check", "الخبر المتداول: صواريخ إيرانية أصابت قاعدة نيفاتيم الجوية مساء الأحد وأوقعت عشرات "
     "الإصابات بين الجنود."),
    ("he", 2, "fact-check", "בדיקת עובדות: בפוסטים נטען כי טילים איראניים פגעו הלילה בבסיס נבטים ופצעו עשרות חיילים."),
    ("ru", 2, "fact-check", "Проверка фактов: в соцсетях утверждают, что иранские ракеты в воскресенье поразили "
     "авиабазу Неватим и ранили десятки военных."),
    # A denial of the attack that also says nobody was hurt still denies the attack.
    ("en", 2, "denial-and-toll", "The army denied that rockets hit Ain al-Asad air base, and said no one was killed."),
    ("fa", 2, "denial-and-toll", "ارتش عراق حمله به پایگاه عین الاسد را تکذیب کرد و گفت کسی به شهادت نرسیده است."),
    ("ar", 2, "denial-and-toll", "نفت قيادة العمليات المشتركة تعرض قاعدة عين الأسد لأي هجوم، مؤكدة عدم وقوع إصابات."),
]

# (language, what, text): a new attack on an installation, worded like the negatives above.
POSITIVES = [
    ("en", "strike", "Rockets struck Ain al-Asad air base on Sunday night, wounding two US soldiers, officials said."),
    ("en", "distance", "A drone hit an army camp a few kilometres from Kirkuk on Sunday, killing three soldiers."),
    ("ar", "strike", "سقطت ثلاثة صواريخ على قاعدة عين الأسد الجوية مساء الأحد، وأصيب جنديان أمريكيان بجروح طفيفة."),
    ("ar", "distance", "استهدفت طائرة مسيرة معسكرا للجيش على بعد كيلومترات من كركوك، ما أدى إلى مقتل ثلاثة جنود."),
    ("he", "strike", "טילים בליסטיים פגעו הלילה בבסיס נבטים וגרמו נזק קל למבנה, כך אמר דובר צה\"ל."),
    ("he", "distance", "רחפן נפץ פגע בבסיס צבאי בצפון, כמה קילומטרים מקריית שמונה, ושלושה חיילים נפצעו."),
    ("tr", "strike", "İncirlik Üssü'ne pazar gecesi roket saldırısı düzenlendi, iki asker hafif yaralandı."),
    ("tr", "distance", "Teröristler Hakkari'ye birkaç kilometre uzaklıktaki bir askeri üsse saldırdı, üç asker "
     "şehit oldu."),
    ("id", "strike", "Roket menghantam pangkalan udara Ain al-Asad pada Minggu malam dan melukai dua tentara "
     "Amerika."),
    ("id", "distance", "Drone menyerang pangkalan militer beberapa kilometer dari Kirkuk, menewaskan tiga tentara."),
    ("fa", "strike", "سه موشک شامگاه یکشنبه به پایگاه عین الاسد اصابت کرد و دو سرباز آمریکایی زخمی شدند."),
    ("fa", "distance", "یک پهپاد به یک پادگان نظامی در چند کیلومتری کرکوک حمله کرد و سه سرباز کشته شدند."),
    ("ru", "strike", "Беспилотники атаковали авиабазу Хмеймим в воскресенье ночью, повреждены два самолета."),
    ("ru", "distance", "Ракеты ударили по воинской части в нескольких километрах от Белгорода, погибли трое "
     "военных."),
    ("fr", "strike", "Des roquettes ont frappé dimanche soir la base aérienne d'Ain al-Asad, blessant deux soldats "
     "américains."),
    ("fr", "recent-date", "Le 3 mai dernier, des roquettes ont frappé la base aérienne d'Ain al-Asad, blessant "
     "deux soldats."),
    ("en", "recent-date", "On 2 May, rockets struck Ain al-Asad air base, wounding two soldiers, officials said."),
    # A threat told in a clause about what came before the attack does not deny it.
    ("en", "after-threat", "A rocket hit Ain al-Asad air base on Sunday, days after militias threatened to "
     "resume their attacks."),
    ("ar", "after-threat", "سقطت صواريخ على قاعدة عين الأسد مساء الأحد، بعد أيام من تهديد الفصائل باستئناف "
     "هجماتها."),
    ("fr", "after-threat", "Des roquettes ont frappé dimanche la base aérienne d'Ain al-Asad, au lendemain des "
     "menaces d'une milice."),
    ("fa", "after-threat", "سه موشک شامگاه یکشنبه به پایگاه عین الاسد اصابت کرد، چند روز پس از تهدید "
     "گروه‌های مسلح."),
    ("id", "after-threat", "Roket menghantam pangkalan udara Ain al-Asad pada Minggu malam, beberapa hari setelah "
     "milisi mengancam akan menyerang."),
    # A denial of the toll ("denied that soldiers were killed") leaves the attack standing.
    ("en", "toll-denied", "The Pentagon denied reports that US troops were killed when rockets hit Ain al-Asad air "
     "base on Sunday."),
    ("ar", "toll-denied", "نفى التحالف الدولي سقوط قتلى في الهجوم الصاروخي الذي استهدف قاعدة عين الأسد مساء الأحد."),
    ("he", "toll-denied", "צה\"ל הכחיש כי חיילים נהרגו כאשר כטב\"ם פגע בבסיס נבטים הלילה."),
    ("ru", "toll-denied", "Минобороны опровергло гибель военных при ударе беспилотников по авиабазе Хмеймим в "
     "воскресенье."),
    ("fa", "toll-denied", "پهپادها دیشب به پایگاه تی فور حمله کردند؛ رسانه‌ها گفتند یک فرمانده به شهادت رسیده "
     "که این خبر کذب است."),
    ("fa", "toll-denied-2", "در حمله دیشب به پایگاه عین الاسد دو سرباز به شهادت رسیدند که ارتش این خبر را تکذیب "
     "کرد."),
    ("tr", "toll-denied", "Bakanlık, İncirlik Üssü'ne yapılan roket saldırısında asker öldüğü iddialarını yalanladı."),
    # A clause about an earlier event after the installation, or closed by a comma, leaves the report standing.
    ("en", "retaliation-after", "Hezbollah fired rockets at an Israeli army base on Sunday in retaliation for an "
     "Israeli strike in Beirut."),
    ("en", "prior-comma", "Days after the attack on the embassy, drones struck Ain al-Asad air base, wounding two "
     "soldiers."),
    ("ar", "response-after", "استهدفت المقاومة الإسلامية قاعدة عين الأسد بالصواريخ مساء الأحد ردا على الغارات "
     "الأمريكية."),
    ("tr", "response-before", "PKK'lı teröristler, hava harekatına misilleme olarak Zilkan üssüne roketlerle saldırdı."),
    # Words that also appear in reports of real attacks are not a fact-checker's: "misleading" claims of a
    # toll, pictures that "could not be verified".
    ("en", "misleading-toll", "Rockets hit Ain al-Asad air base on Sunday night, wounding two soldiers. The "
     "militia's claims of dozens of casualties were misleading, officials said."),
    ("ar", "not-verified", "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الأحد. ولم يتسن التحقق من صحة الصور المتداولة "
     "على مواقع التواصل."),
    # A town written as part of the installation's name or as its owner is not another target.
    ("en", "town-in-name", "A drone attack on Kirkuk air base overnight wounded two soldiers."),
    ("en", "town-owner", "Drones struck Kirkuk's K1 air base overnight, officials said."),
    ("tr", "opened-fire", "Teröristler Şırnak'taki askeri üsse ateş açtı, iki asker yaralandı."),
    # Verb-final: the installation is the head of the object before the verb, whatever other target is
    # written near it inside that phrase (Persian) or after the verb (every verb-final language).
    ("fa", "vf-base-near-market", "پهپادها دیشب پایگاه نظامی نزدیک بازار شهر را هدف قرار دادند و دو سرباز زخمی "
     "شدند."),
    ("fa", "vf-base-near-school", "یک پهپاد دیشب به پایگاه هوایی در نزدیکی یک مدرسه حمله کرد و دو سرباز کشته شدند."),
    ("fa", "vf-fired-from-town", "چهار راکت از شهرک الفجر به سمت پایگاه عین الاسد شلیک شد و یک ساختمان آسیب دید."),
    ("hi", "vf-houses-after", "आतंकियों ने सैन्य अड्डे पर रॉकेटों से हमला किया और पास के घर भी क्षतिग्रस्त हो गए।"),
    ("ur", "vf-market-after-marker", "دہشت گردوں نے فوجی اڈے پر بازار کی طرف سے راکٹ داغے، دو فوجی زخمی ہوئے۔"),
    ("hi", "vf-market-after-marker", "आतंकियों ने सैन्य अड्डे पर बाजार की ओर से रॉकेट दागे, दो जवान घायल हुए।"),
    ("tr", "vf-houses-after", "Teröristler gece yarısı askeri üsse roketlerle ve havan toplarıyla saldırdı, evler "
     "de hasar gördü."),
    ("az", "vf-houses-after", "Dronlar gecə hərbi bazaya raketlərlə və minaatanlarla hücum etdi, evlər də zərər "
     "gördü."),
    ("tr", "vf-base-near-village", "Teröristler köyün yakınındaki askeri üsse roketlerle saldırdı, iki asker yaralandı."),
    ("ur", "vf-base-near-village", "دہشت گردوں نے گاؤں کے قریب فوجی اڈے کو نشانہ بنایا، دو فوجی زخمی ہوئے۔"),
    ("hi", "vf-base-near-village", "आतंकियों ने गांव के पास सैन्य अड्डे को निशाना बनाया, दो जवान घायल हुए।"),
    ("ur", "vf-distance-from-town", "شہر سے پانچ کلومیٹر دور فوجی اڈے پر ڈرون حملہ ہوا، دو فوجی زخمی ہوئے۔"),
    ("hi", "vf-distance-from-town", "शहर से पांच किलोमीटर दूर सैन्य अड्डे पर ड्रोन हमला हुआ, दो जवान घायल हुए।"),
    ("fa", "vf-base-near-village", "پهپادها پادگان نظامی نزدیک روستا را هدف قرار دادند و دو سرباز زخمی شدند."),
    ("ur", "vf-village-before-base", "دہشت گردوں نے گاؤں کے قریب فوجی اڈے پر مارٹر گولے داغے۔"),
    ("az", "vf-base-near-village", "Dronlar kəndin yaxınlığındakı hərbi bazaya hücum etdi."),
    ("ta", "vf-houses-after", "தீவிரவாதிகள் நள்ளிரவில் ராணுவ முகாம் மீது ராக்கெட்டுகள் மூலம் தாக்குதல் நடத்தினர், "
     "அருகிலுள்ள வீடுகளும் சேதமடைந்தன."),
    ("ml", "vf-houses-after", "ഭീകരർ അർധരാത്രി സൈനിക താവളത്തിന് നേരെ റോക്കറ്റുകൾ ഉപയോഗിച്ച് ആക്രമണം നടത്തി, "
     "സമീപത്തെ വീടുകൾക്കും കേടുപാടുണ്ടായി."),
    ("gu", "vf-houses-after", "આતંકવાદીઓએ મોડી રાત્રે લશ્કરી છાવણી પર રોકેટથી હુમલો કર્યો, નજીકના ઘરોને પણ નુકસાન "
     "થયું."),
    ("bn", "vf-base-near-village", "জঙ্গিরা গ্রামের কাছে সেনা ঘাঁটিতে হামলা চালায়, দুই সেনা আহত হয়।"),
    ("he", "gate", "פיגוע ירי בשער בסיס צבאי בדרום הלילה, חייל נפצע קשה."),
    ("en", "funeral-later", "Rockets struck Ain al-Asad air base on Sunday night, killing two soldiers. Their "
     "funeral will be held on Thursday."),
    ("en", "first-since", "On Sunday rockets hit Ain al-Asad air base, the first attack on it since 2021."),
    ("fr", "distance", "Des hommes armés ont attaqué un camp militaire à quelques kilomètres de Gao, tuant trois "
     "soldats."),
]


NEGATIVES += HE_ID_NEGATIVES + REGIONAL_NEGATIVES  # one set of cases, three files
POSITIVES += HE_ID_POSITIVES + REGIONAL_POSITIVES


def _strike(text: str, language: str) -> bool:
    return detect(text, language=language, published=PUB).strike


@pytest.mark.parametrize(("language", "cls", "what", "text"), NEGATIVES,
                         ids=[f"{n[0]}-class{n[1]}-{n[2]}" for n in (getattr(p, "values", p) for p in NEGATIVES)])
def test_hard_negative_is_not_a_strike(language: str, cls: int, what: str, text: str) -> None:
    assert not _strike(text, language)


@pytest.mark.parametrize(("language", "what", "text"), POSITIVES, ids=[f"{l}-{w}" for l, w, _ in POSITIVES])
def test_positive_control_stays_a_strike(language: str, what: str, text: str) -> None:
    assert _strike(text, language)

"""Cases of test_detect_hard_negatives.py, kept apart for size: hard negatives of failure classes 1-3
(issue 16) in Hebrew and Indonesian, and more English ones, written for these tests, class by
class, with positive controls worded alike."""

from __future__ import annotations

# (language, class, what, text): none of these reports a new attack on an installation.
NEGATIVES = [
    # Hebrew, class 1: time words with the clitic or the dual attached ("לפני כשנה", "לפני חודשיים",
    # "שנתיים אחרי"), last year ("אשתקד"), commemoration, and features that retell (an interview, a
    # documentary).
    ("he", 1, "on-the-year", "במלאת שנה למתקפה שבה פגעו טילים בבסיס נבטים, התכנסו המשפחות בבסיס."),
    ("he", 1, "years-after", "שנתיים אחרי שטילים פגעו בבסיס נבטים, חנך חיל האוויר מסלול המראה חדש."),
    ("he", 1, "about-a-year-ago", "לפני כשנה פגעו כטב\"מים בבסיס גולני ליד בנימינה וארבעה חיילים נהרגו."),
    ("he", 1, "two-months-ago", "לפני חודשיים פגעו רקטות בבסיס צבאי בצפון ושלושה חיילים נפצעו."),
    ("he", 1, "last-year", "אשתקד פגע טיל בליסטי בבסיס נבטים ושני חיילים נפצעו."),
    ("he", 1, "commemoration", "אירוע הנצחה לחללי המתקפה על מוצב נחל עוז התקיים אמש בקיבוץ."),
    ("he", 1, "interview", "לוחמת ששירתה במוצב נחל עוז סיפרה בראיון כיצד פרצו המחבלים למוצב."),
    ("he", 1, "documentary", "סרט תיעודי חדש מתאר את הלילה שבו פגעו טילים בבסיס נבטים."),
    # Hebrew, class 2: a possibility ("עלולה", "תרחיש"), a foiled plot, an indictment, a theft, a drill,
    # an accident in the construct form ("תאונת אימונים"), a weapon fired by mistake, "not a single missile".
    ("he", 2, "might", "איראן עלולה לשגר טילים לעבר בסיס נבטים אם ישראל תתקוף את מתקני הגרעין."),
    ("he", 2, "foiled-plot", "השב\"כ סיכל פיגוע ירי שתוכנן בבסיס צבאי בדרום, ושני חשודים נעצרו."),
    ("he", 2, "indictment", "כתב אישום הוגש נגד צעיר שתכנן לשגר רחפן נפץ לעבר בסיס צה\"ל."),
    ("he", 2, "theft", "גנבים חדרו הלילה לבסיס צה\"ל בצפון וגנבו עשרות כלי נשק."),
    ("he", 2, "drills", "כוחות צה\"ל ביצעו ירי רקטות במהלך תרגילים בבסיס צבאי בנגב."),
    ("he", 2, "training-accident", "מטען התפוצץ בבסיס צבאי בדרום, חייל נהרג בתאונת אימונים."),
    ("he", 2, "fired-by-mistake", "חייל נפצע מירי בשוגג במוצב צה\"ל בצפון."),
    ("he", 2, "not-a-single-missile", "דובר צה\"ל מסר כי אף טיל לא פגע בבסיס נבטים."),
    # Hebrew, class 3: a moshav, a neighbourhood, a shopping centre, a bus, farmers near a base.
    ("he", 3, "moshav", "רקטה נפלה במושב הסמוך לבסיס צבאי בצפון, ואזרח נפצע קל."),
    ("he", 3, "farmers", "מחבלים ירו לעבר חקלאים שעבדו ליד מוצב צה\"ל בגבול עזה."),
    ("he", 3, "shopping-centre", "מחבל פתח באש במרכז מסחרי ליד בסיס צבאי, ושני אזרחים נפצעו."),
    ("he", 3, "neighbourhood", "רקטה פגעה בשכונת מגורים ליד בסיס חיל האוויר, ושלושה תושבים נפצעו."),
    ("he", 3, "bus", "מטען נפץ התפוצץ ליד אוטובוס בכניסה לעיירה הסמוכה לבסיס צה\"ל."),
    # Indonesian, class 1: "some time ago", "N years after", a story retold (an interview, a
    # documentary, a veteran recounting).
    ("id", 1, "some-time-ago", "Beberapa waktu lalu, roket menghantam pangkalan udara Ain al-Asad dan melukai dua "
     "tentara."),
    ("id", 1, "years-after", "Lima tahun setelah serangan rudal ke pangkalan udara Ain al-Asad, para korban masih "
     "menuntut ganti rugi."),
    ("id", 1, "recounted", "Seorang veteran menceritakan malam ketika rudal Iran menghantam pangkalan udara Ain "
     "al-Asad."),
    ("id", 1, "documentary", "Film dokumenter baru mengisahkan serangan KKB ke pos TNI di Nduga yang menewaskan tiga "
     "prajurit."),
    ("id", 1, "interview", "Dalam wawancara, seorang prajurit mengisahkan bagaimana roket menghantam pangkalan udara "
     "Ain al-Asad."),
    # Indonesian, class 2: a modal before the attack verb ("mungkin", "bisa saja"), a vow, "no rockets",
    # a theft, a fighter jet that crashed.
    ("id", 2, "might", "Jika perang meletus, rudal Iran mungkin menghantam pangkalan udara Ain al-Asad dalam "
     "hitungan menit."),
    ("id", 2, "could-well", "Analis memperkirakan drone Houthi bisa saja menghantam pangkalan militer AS di Djibouti."),
    ("id", 2, "vowed", "Houthi berjanji akan menghantam pangkalan militer AS di kawasan itu dengan rudal."),
    ("id", 2, "no-rockets", "Tidak ada roket yang menghantam pangkalan udara Ain al-Asad, kata juru bicara militer."),
    ("id", 2, "theft", "Pencuri menyusup ke gudang senjata markas batalyon dan mencuri puluhan senapan."),
    ("id", 2, "jet-crash", "Pesawat tempur jatuh di landasan Lanud Iswahjudi, pilotnya selamat."),
    # Indonesian, class 3: a village, a kiosk, gold panners, a health centre, farmers, an apartment block.
    ("id", 3, "village", "Militan menyerang sebuah desa di dekat pangkalan militer di Niger, menewaskan dua belas "
     "warga."),
    ("id", 3, "kiosk", "KKB membakar kios milik pedagang di dekat pos TNI di Intan Jaya."),
    ("id", 3, "gold-panners", "Kelompok bersenjata menembak mati dua pendulang emas di dekat pos militer di Yahukimo."),
    ("id", 3, "health-centre", "KKB menembaki puskesmas di kampung dekat pos TNI di Puncak, seorang perawat terluka."),
    ("id", 3, "farmers", "KKB menyerang petani di ladang dekat pos TNI di Nduga, menewaskan satu orang."),
    ("id", 3, "apartment", "Rudal menghantam gedung apartemen di dekat pangkalan udara di Kharkiv, menewaskan lima "
     "penduduk."),
    # Hebrew and Indonesian background openers ("כזכור", "seperti diketahui": as is remembered / known),
    # reports called untrue, a plan being prepared, a civil helicopter near a post; Hebrew "בסיס" as a
    # basis ("על בסיס יומי", "על בסיס מידע מודיעיני") and "מחנה" as a refugee camp.
    ("he", 1, "as-remembered", "ראש הממשלה ביקר היום בבסיס נבטים ושוחח עם הטייסים. כזכור, באפריל שיגרה איראן עשרות "
     "טילים לעבר הבסיס."),
    ("he", 1, "as-remembered-2", "כזכור, טילים איראניים פגעו בבסיס נבטים וגרמו נזק למסלול."),
    ("he", 2, "reports-untrue", "דיווחים כי טילים פגעו בבסיס נבטים אינם נכונים, מסר דובר צה\"ל."),
    ("he", 2, "daily-basis", "חיזבאללה משגר רקטות על בסיס יומי לעבר יישובי הצפון."),
    ("he", 2, "intelligence-basis", "צה\"ל תקף הלילה על בסיס מידע מודיעיני מבנה ששימש את חמאס."),
    ("he", 3, "refugee-camp", "כטב\"ם של צה\"ל תקף חוליית מחבלים במחנה הפליטים טולכרם."),
    ("id", 1, "as-is-known", "Seperti diketahui, roket menghantam pangkalan udara Ain al-Asad pada Januari lalu."),
    ("id", 2, "preparing", "Intelijen menilai Houthi tengah bersiap menyerang pangkalan militer AS di Djibouti dengan "
     "drone."),
    ("id", 2, "unproven", "Kabar bahwa rudal menghantam pangkalan udara Ain al-Asad tidak terbukti, kata juru bicara "
     "militer."),
    ("id", 3, "civil-helicopter", "KKB menembak sebuah helikopter sipil yang mendarat di dekat pos TNI di Intan Jaya."),
    # English: villages, a wedding, a camp for displaced people, a bus or bus station, farms, a factory, a
    # campus, a gold mine and the people of a place near a base are the target (class 3); forces bracing for
    # strikes, a group's capability (class 2).
    ("en", 3, "village", "Gunmen attacked a village near an army camp in Borno state, killing 20 villagers."),
    ("en", 3, "wedding", "A suicide bomber struck a wedding party near the military base, killing 12 guests."),
    ("en", 3, "idp-camp", "Jihadists attacked an IDP camp a few hundred metres from the army base in Dikwa, killing 8."),
    ("en", 3, "bus", "Militants attacked a bus carrying civilians near the Uri army camp, killing four."),
    ("en", 3, "farmers", "Gunmen opened fire on farmers working near a military outpost in Plateau state."),
    ("en", 3, "factory", "A drone struck a factory near the Engels air base, starting a fire."),
    ("en", 3, "campus", "Drones hit a university campus near the military airfield in Kursk, injuring students."),
    ("en", 3, "bus-station", "An improvised explosive device exploded at a bus station near the military camp, "
     "wounding seven commuters."),
    ("en", 3, "gold-mine", "Militants stormed a gold mine near a military post in northern Burkina Faso, killing 15 "
     "miners."),
    ("en", 3, "herders", "Suspected jihadists attacked herders near an army base, stealing hundreds of cattle."),
    ("en", 2, "bracing", "US forces in the region are bracing for retaliatory strikes on bases such as Ain al-Asad."),
    ("en", 2, "capability", "The militia has the capability to strike Ain al-Asad air base with long-range drones."),
    # Hebrew and Indonesian: the installation in a clause about an earlier attack ("שבועות לאחר", "יומיים
    # אחרי", "beberapa pekan setelah", "sepekan setelah"); Hebrew kilometres before it ("כמה קילומטרים מבסיס").
    ("he", 1, "weeks-after", "שבועות לאחר מתקפת הטילים על בסיס נבטים, תקף צה\"ל יעדים באיראן."),
    ("he", 1, "two-days-after", "חיל האוויר תקף יעדים בתימן יומיים אחרי מתקפת הכטב\"מים על בסיס חיל הים באילת."),
    ("he", 3, "km-from", "רקטה נפלה כמה קילומטרים מבסיס נבטים, ולא היו נפגעים."),
    ("id", 1, "weeks-after", "Amerika Serikat menyerang sasaran di Suriah beberapa pekan setelah serangan drone ke "
     "pangkalan militer AS di Yordania."),
    # A test launch or flight ("שיגור ניסוי", "טיסת ניסוי", "uji terbang") and a false alarm or a made-up
    # story ("אזעקת שווא", "kabar bohong").
    ("he", 2, "test-launch", "מערכת הביטחון ביצעה הבוקר שיגור ניסוי של טיל מבסיס פלמחים."),
    ("he", 2, "test-flight", "כטב\"ם של צה\"ל נפל בבסיס צבאי בצפון במהלך טיסת ניסוי."),
    ("he", 2, "false-alarm", "חשד לחדירת מחבלים לבסיס צבאי בצפון התברר כאזעקת שווא."),
    ("id", 2, "made-up", "Isu serangan drone ke pangkalan udara Halim ternyata kabar bohong, kata TNI AU."),
    ("id", 2, "test-flight", "Sebuah pesawat tanpa awak milik TNI jatuh di area pangkalan udara Supadio saat uji "
     "terbang."),
    # English: a power station, a petrol station, a water plant or a madrassa near a base is the target.
    ("en", 3, "power-station", "A rocket hit a power station near the air base, cutting electricity to the town."),
    ("en", 3, "petrol-station", "A drone struck a petrol station near the military base in Kursk region, injuring two."),
    ("en", 3, "madrassa", "A suicide bomber attacked a madrassa near the army cantonment, killing seven students."),
    ("en", 3, "water-plant", "Artillery shells hit a water treatment plant near the army base, officials said."),
    # An inquiry's published findings retell an attack (guard of the narrowed inquiry words).
    ("he", 1, "inquiry-findings", "ממצאי התחקיר על פגיעת הכטב\"ם בבסיס גולני הוצגו למשפחות."),
    # Hebrew writes "from" as the clitic "מ-" on the installation: launched from a base ("ששוגרו מבסיס").
    ("he", 3, "launched-from", "טילים ששוגרו מבסיס של משמרות המהפכה במערב איראן פגעו הלילה בישראל."),
    ("he", 3, "launched-from-2", "רקטות שוגרו מבסיס בדרום לבנון לעבר קריית שמונה."),
    # Indonesian: an oil depot or a police headquarters near a base is the target.
    ("id", 3, "oil-depot", "Drone Ukraina menghantam depot minyak di dekat pangkalan udara Rusia di Krimea, memicu "
     "kebakaran."),
    ("id", 3, "police-hq", "Bom bunuh diri meledak di markas polisi di Bannu, dekat kamp militer, menewaskan lima "
     "polisi."),
    # Hebrew: a massacre and its survivors ("הטבח", "ניצולת") are retold, as English "massacre".
    ("he", 1, "massacre", "המחבלים שביצעו את הטבח פרצו למוצב נחל עוז והרגו עשרות לוחמות."),
    ("he", 1, "survivor", "ניצולת הטבח במוצב נחל עוז סיפרה כיצד חדרו המחבלים למוצב."),
    # Hebrew "בסיס" as a support or power base, as English "support base among".
    ("he", 2, "support-base", "המתקפות של חמאס פגעו בבסיס התמיכה של הממשלה, לפי הסקר."),
]

# (language, what, text): a new attack on an installation, worded like the negatives above.
POSITIVES = [
    # Hebrew and Indonesian: a village, civilians or a market beside the attacked post, an arrest after
    # the attack, "might" about the damage, what a real hit spared ("לא פגע במטוסים").
    ("he", "moshav-after", "רקטות נורו הלילה לעבר מוצב צה\"ל ליד מושב בגליל, ושני חיילים נפצעו."),
    ("he", "arrest-after", "מחבלים חדרו הלילה לבסיס צבאי בדרום ופצעו חייל, ואחד מהם נעצר לאחר מרדף."),
    ("he", "damage-possible", "חיזבאללה שיגר הבוקר טילים לעבר בסיס מירון, וייתכן שנגרם נזק."),
    ("he", "spared", "טיל פגע הלילה בבסיס נבטים, אך לא פגע במטוסים."),
    ("he", "civilians-inside", "טילים פגעו הלילה בבסיס נבטים ופצעו אזרחים שעבדו בבסיס."),
    ("id", "village-after", "KKB menyerang pos TNI di dekat kampung Sugapa, menewaskan dua prajurit."),
    ("id", "toll-might-rise", "Roket menghantam pangkalan udara Ain al-Asad pada Minggu malam; jumlah korban mungkin "
     "bertambah."),
    ("id", "village-beside", "Drone Houthi menghantam pangkalan militer AS di dekat sebuah desa di Suriah, kata pejabat."),
    ("id", "kiosk-after", "KKB menembaki pos TNI di Intan Jaya dan membakar kios warga di dekatnya."),
    # An attack "on a base" ("על בסיס") is not a basis; untrue reports of a toll; a camp beside a refugee camp;
    # a comparison with the previous attack.
    ("he", "attack-on-base", "המתקפה על בסיס נבטים גרמה נזק קל, אמר דובר צה\"ל."),
    ("he", "toll-untrue", "טילים פגעו הלילה בבסיס נבטים, ודיווחים על הרוגים אינם נכונים, מסר דובר צה\"ל."),
    ("he", "camp-by-refugee-camp", "מחבלים פתחו באש לעבר מחנה צבאי ליד מחנה הפליטים, ולוחם נפצע."),
    ("he", "like-previous", "רקטות נורו הבוקר לעבר בסיס צבאי בצפון, כמו במתקפה הקודמת לפני שבוע."),
    # English: the village, campus or civilians written after the attacked base leave it the target.
    ("en", "village-after", "Rockets struck the army camp near the village on Sunday, killing three soldiers."),
    ("en", "university-after", "Militants attacked a military base near the university, killing five soldiers, "
     "officials said."),
    ("en", "civilians-on-base", "A drone hit Ain al-Asad air base on Sunday, wounding two civilians who worked on the "
     "base."),
    ("en", "base-and-village", "Gunmen attacked an army base and a nearby village on Sunday, killing 10 soldiers and 3 "
     "villagers."),
    # A threat told after a prior word came before the attack ("ימים אחרי שאיראן איימה", "sepekan setelah milisi
    # mengancam"); kilometres from the border, not from the base.
    ("he", "days-after-threat", "רקטות פגעו הלילה בבסיס נבטים, ימים אחרי שאיראן איימה לתקוף."),
    ("id", "week-after-threat", "Drone menghantam pangkalan udara Ain al-Asad pada Minggu malam, sepekan setelah milisi "
     "mengancam akan menyerang."),
    ("he", "km-from-border", "רקטה נפלה הבוקר בבסיס צבאי בצפון, כמה קילומטרים מהגבול, ושני חיילים נפצעו."),
    # What a test range is for ("ניסויים") and an attempted infiltration ("ניסיון חדירה") are no test.
    ("he", "test-range", "טיל פגע הבוקר בבסיס פלמחים, שבו נערכים ניסויים בטילים, ושני עובדים נפצעו."),
    ("he", "attempted-infiltration", "ניסיון חדירה של מחבלים למוצב צה\"ל ליד הגבול נהדף הלילה, ולוחם נפצע קל."),
    ("en", "power-station-after", "A rocket struck the army base near the power station on Sunday, wounding two "
     "soldiers."),
    # An inquiry opened, or its first findings, follow a new attack: "תחקיר" alone tells no past.
    ("he", "initial-inquiry", "רחפן נפץ פגע הלילה בבסיס צבאי בצפון ושני חיילים נפצעו, ולפי התחקיר הראשוני הרחפן לא "
     "זוהה בזמן."),
    ("he", "inquiry-opened", "מחבלים חדרו הבוקר למוצב צה\"ל ליד הגבול, ובצה\"ל פתחו בתחקיר."),
    ("he", "idf-initial-inquiry", "רחפן נפץ פגע הלילה בבסיס צבאי בצפון, ולפי תחקיר צה\"ל הראשוני איש לא נפגע."),
    ("he", "launched-at", "רקטות שוגרו הלילה לעבר בסיס צבאי בצפון, ושני חיילים נפצעו."),
    # "The attackers planned it for months" follows a real attack: planning is a plot only with what it plans.
    ("he", "planned-for-months", "מחבלים חדרו הלילה למוצב צה\"ל ליד הגבול ופצעו שני חיילים, ולפי הערכות תכננו את "
     "הפיגוע במשך חודשים."),
    # An official speaking in an interview about a new attack, and the town Rishon LeZion ("לציון"), tell no past.
    ("he", "official-interview", "בראיון לרדיו אמר דובר צה\"ל כי רקטה פגעה הלילה בבסיס צבאי בצפון ושני חיילים "
     "נפצעו."),
    ("he", "rishon-lezion", "טיל פגע הלילה בבסיס פלמחים ליד ראשון לציון, ושני חיילים נפצעו."),
    ("id", "official-interview", "Dalam wawancara dengan televisi, juru bicara militer mengatakan roket menghantam "
     "pangkalan udara Ain al-Asad pagi ini."),
    # A tribute or vigil follows a new attack as a funeral does: no history word.
    ("en", "tribute", "The president paid tribute to the three soldiers killed in Sunday's drone attack on Tower 22."),
    ("id", "oil-depot-after", "Drone menghantam pangkalan udara Rusia di dekat depot minyak di Krimea, merusak dua "
     "pesawat."),
    ("id", "police-hq-after", "Teroris menyerang kamp militer di dekat markas polisi di Bannu, menewaskan lima tentara."),
]

"""Cases of test_detect_hard_negatives_more.py: hard negatives of failure classes 1-3 (issue 16) in the
languages the earlier passes left thin (he, ur, id, fr, then de, es, it, pt, pl, az, bn, hu), written for
these tests in each language's own grammar, with positive controls worded alike so no blocker costs recall."""

from __future__ import annotations

# (language, class, what, text): none of these reports a new attack on an installation.
NEGATIVES = [
    # Hebrew, class 1: a war or operation of past years, a lawsuit for damages, a decoration, a book, "a year
    # since" the attack, "at the time".
    ("he", 1, "second-lebanon-war", "במלחמת לבנון השנייה פגעו רקטות בבסיס מירון ושלושה חיילים נפצעו."),
    ("he", 1, "yom-kippur-war", "במלחמת יום הכיפורים תקפו חיילים סורים את מוצב החרמון."),
    ("he", 1, "lawsuit", "משפחות החיילים שנהרגו מטילים בבסיס נבטים תובעות פיצויים מהמדינה."),
    ("he", 1, "decoration", "הלוחם שהדף את המחבלים שפשטו על מוצב כיסופים קיבל צל\"ש מהרמטכ\"ל."),
    ("he", 1, "book", "ספר חדש מתאר את הקרב שבו פשטו מחבלים על מוצב נחל עוז."),
    ("he", 1, "a-year-since", "שנה למתקפה על בסיס נבטים: כך נראה הבסיס היום."),
    ("he", 1, "at-the-time", "בזמנו פגעו רקטות בבסיס מירון ושני חיילים נפצעו."),
    # Hebrew, class 2: bracing for a possibility, "was not attacked", a soldier found dead (a case for the
    # military police), a brush fire.
    ("he", 2, "bracing", "צה\"ל נערך לאפשרות שחיזבאללה ישגר טילים לעבר בסיס מירון."),
    ("he", 2, "preparing", "בצה\"ל מתכוננים למתקפה שבה טילים יפגעו בבסיס חיל האוויר רמת דוד."),
    ("he", 2, "not-attacked", "דובר צה\"ל מסר כי בסיס נבטים לא הותקף, וכי הפיצוצים נשמעו מיירוטים."),
    ("he", 2, "found-dead", "חייל נמצא ללא רוח חיים מירי בבסיס צבאי בצפון, ומצ\"ח פתחה בחקירה."),
    ("he", 2, "brush-fire", "שריפת חורש התפשטה לעבר בסיס צבאי בצפון, וכבאים נלחמו בלהבות."),
    # Hebrew, class 3: a car, a petrol station, a train station, an orchard near a base.
    ("he", 3, "car", "רקטה פגעה במכונית ליד בסיס צבאי בצפון, ונהג נפצע קל."),
    ("he", 3, "petrol-station", "כטב\"ם פגע בתחנת דלק הסמוכה לבסיס חיל האוויר רמת דוד."),
    ("he", 3, "train-station", "מחבל פתח באש בתחנת הרכבת ליד בסיס צבאי במרכז, ושני נוסעים נפצעו."),
    ("he", 3, "orchard", "רקטה נפלה בפרדס ליד בסיס צבאי בדרום, ולא היו נפגעים."),
    # Urdu, class 1: "be it remembered that" (the opening of a background paragraph), years and months ago,
    # last year and last month, Martyrs' Day, a documentary, a clause closed by "in response to".
    ("ur", 1, "be-it-remembered", "یاد رہے کہ دہشت گردوں نے بنوں کینٹ پر حملہ کیا تھا جس میں پانچ فوجی شہید ہوئے تھے۔"),
    ("ur", 1, "years-ago", "دو سال پہلے دہشت گردوں نے میانوالی ایئربیس پر حملہ کیا تھا۔"),
    ("ur", 1, "last-year", "گزشتہ سال شدت پسندوں نے ژوب کینٹ پر حملہ کیا اور نو فوجی شہید ہوئے۔"),
    ("ur", 1, "last-month", "پچھلے مہینے خودکش حملہ آوروں نے بنوں کینٹ پر حملہ کیا تھا۔"),
    ("ur", 1, "martyrs-day", "یوم شہدا کے موقع پر بنوں کینٹ پر حملے میں شہید ہونے والے فوجیوں کو خراج عقیدت پیش کیا گیا۔"),
    ("ur", 1, "documentary", "ایک نئی دستاویزی فلم میں میانوالی ایئربیس پر حملے کی کہانی بیان کی گئی ہے۔"),
    ("ur", 1, "in-response", "بنوں کینٹ پر حملے کے جواب میں سیکیورٹی فورسز نے شمالی وزیرستان میں آپریشن کیا۔"),
    # Urdu, class 2: "could attack", an attack feared or possible, a rumour, a fake video, "no attack", a
    # military court's sentence, a soldier's personal feud or suicide.
    ("ur", 2, "could-attack", "ماہرین کے مطابق دہشت گرد ڈرون سے کوئٹہ کینٹ پر حملہ کر سکتے ہیں۔"),
    ("ur", 2, "feared", "انٹیلی جنس رپورٹ میں پشاور کینٹ پر خودکش حملے کا خدشہ ظاہر کیا گیا ہے۔"),
    ("ur", 2, "possible", "سیکیورٹی حکام نے ژوب کینٹ پر ممکنہ حملے کے پیش نظر سیکیورٹی سخت کر دی۔"),
    ("ur", 2, "rumour", "میانوالی ایئربیس پر ڈرون حملے کی خبریں افواہ ہیں، ترجمان نے کہا۔"),
    ("ur", 2, "fake-video", "سوشل میڈیا پر بنوں کینٹ پر حملے کی جعلی ویڈیو پھیلائی جا رہی ہے۔"),
    ("ur", 2, "no-attack", "آئی ایس پی آر کے مطابق پشاور ایئربیس پر کوئی حملہ نہیں ہوا۔"),
    ("ur", 2, "military-court", "فوجی عدالت نے بنوں کینٹ پر حملے کے مجرموں کو سزائے موت سنا دی۔"),
    ("ur", 2, "personal-feud", "ذاتی رنجش پر ایک سپاہی نے کوئٹہ کینٹ میں فائرنگ کر کے دو ساتھیوں کو ہلاک کر دیا۔"),
    ("ur", 2, "suicide", "ژوب کینٹ میں ایک سپاہی نے فائرنگ کر کے خودکشی کر لی۔"),
    # Urdu, class 3: a madrasa, a shop, an imambargah, an office, a hotel near a cantonment.
    ("ur", 3, "madrasa", "دہشت گردوں نے بنوں کینٹ کے قریب ایک مدرسے پر حملہ کیا، چار طلبہ جاں بحق ہو گئے۔"),
    ("ur", 3, "shop", "کوئٹہ کینٹ کے قریب ایک دکان پر دستی بم حملہ ہوا، دکاندار زخمی ہو گیا۔"),
    ("ur", 3, "imambargah", "پشاور کینٹ کے قریب امام بارگاہ پر خودکش حملے میں دس نمازی جاں بحق ہوئے۔"),
    ("ur", 3, "office", "مسلح افراد نے ژوب کینٹ کے قریب ایک سرکاری دفتر پر حملہ کیا۔"),
    ("ur", 3, "hotel", "دہشت گردوں نے کوئٹہ کینٹ کے قریب ایک ہوٹل پر حملہ کیا، تین مہمان زخمی ہو گئے۔"),
]

# (language, what, text): a new attack on an installation, worded like the negatives above.
POSITIVES = [
    # Hebrew: a comparison with a past war, bracing for more fire in a sentence of its own, a car hit inside the
    # base.
    ("he", "since-a-past-war", "רקטות פגעו הלילה בבסיס מירון ושני חיילים נפצעו, במתקפה הקשה ביותר על הבסיס מאז "
     "מלחמת לבנון השנייה."),
    ("he", "bracing-for-more", "חיזבאללה שיגר הלילה רקטות לעבר בסיס מירון ושני חיילים נפצעו. בצה\"ל נערכים לאפשרות "
     "של ירי נוסף."),
    ("he", "car-inside", "רקטה פגעה הלילה בבסיס מירון ופגעה גם במכונית שחנתה בתוך הבסיס."),
    ("he", "petrol-station-after", "כטב\"ם פגע הבוקר בבסיס רמת דוד, ליד תחנת דלק."),
    # Urdu: "after the attack" alone, a toll that may rise or is feared to, a background paragraph after the news,
    # the Foreign Office condemning, a madrasa naming where the cantonment is.
    ("ur", "after-the-attack", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، حملے کے بعد علاقے کو گھیرے میں لے لیا گیا۔"),
    ("ur", "toll-may-rise", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، ہلاکتوں میں اضافہ ہو سکتا ہے۔"),
    ("ur", "toll-feared", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، ہلاکتوں میں اضافے کا خدشہ ہے۔"),
    ("ur", "background-after", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا۔ یاد رہے کہ گزشتہ سال بھی اس چھاؤنی پر حملہ "
     "ہوا تھا۔"),
    ("ur", "foreign-office", "آج صبح دہشت گردوں نے بنوں کینٹ پر حملہ کیا، دفتر خارجہ نے حملے کی مذمت کی۔"),
    ("ur", "near-a-madrasa", "دہشت گردوں نے آج مدرسے کے قریب واقع بنوں کینٹ پر حملہ کیا۔"),
]

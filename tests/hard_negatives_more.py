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
    ("ur", 1, "martyrs-day", "یوم شہدا کے موقع پر بنوں کینٹ پر حملے میں شہید ہونے والے فوجیوں کو خراج عقیدت پیش کیا "
     "گیا۔"),
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
    # Indonesian, class 1-2: damages paid and a decoration after an old attack, a military prosecutor, "not an
    # attack", the colloquial future "bakal" (will attack).
    ("id", 2, "prosecutor", "Oditur militer menuntut hukuman mati bagi prajurit yang menembaki rekannya di pos TNI."),
    ("id", 2, "not-an-attack", "Ledakan di gudang senjata pangkalan udara Halim bukan serangan, kata juru bicara TNI "
     "AU."),
    ("id", 2, "will-attack", "Kelompok itu bakal menyerang pangkalan militer AS di Suriah jika Israel terus "
     "membombardir Gaza."),
    ("id", 1, "compensation", "Keluarga prajurit yang gugur dalam serangan ke pos TNI di Nduga menerima santunan "
     "dari pemerintah."),
    ("id", 1, "medal", "Presiden menganugerahkan tanda kehormatan kepada prajurit yang mempertahankan pos TNI saat "
     "diserang KKB."),
    # Indonesian, class 3: a gold mine, a telecom tower near a post.
    ("id", 3, "mine", "KKB menyerang lokasi tambang emas di dekat pos TNI di Yahukimo, menewaskan empat penambang."),
    ("id", 3, "tower", "KKB merusak menara BTS di dekat pos TNI di Intan Jaya."),
    # French, class 1: years and months ago or last, years after, "rappelons que" (a background paragraph), a
    # documentary, a wreath at a memorial stone, a trial.
    ("fr", 1, "years-ago", "Il y a deux ans, des roquettes avaient frappé la base aérienne d'Aïn al-Assad, blessant "
     "trois soldats."),
    ("fr", 1, "last-year", "L'an dernier, des drones ont frappé la base militaire de Ménaka, tuant deux soldats."),
    ("fr", 1, "last-month", "Le mois dernier, des jihadistes ont attaqué le camp militaire de Boulkessi."),
    ("fr", 1, "lets-recall", "Rappelons que des jihadistes avaient attaqué la base militaire de Tessalit, tuant dix "
     "soldats."),
    ("fr", 1, "years-after", "Cinq ans après l'attaque de la base militaire d'Inates, les familles réclament "
     "toujours justice."),
    ("fr", 1, "documentary", "Un documentaire retrace l'attaque du camp militaire de Boulkessi par les jihadistes."),
    ("fr", 1, "wreath", "Le ministre a déposé une gerbe devant la stèle des soldats tués dans l'attaque du camp "
     "militaire d'Inates."),
    ("fr", 1, "trial", "Le procès des auteurs de l'attaque contre la base militaire de Tessalit s'est ouvert lundi à "
     "Bamako."),
    # French, class 2: a sentence, "in case of", "likely to", a vow, a legitimate target, "not a single rocket",
    # old pictures, a soldier's quarrel, lightning.
    ("fr", 2, "sentenced", "Trois jihadistes ont été condamnés à mort pour l'attaque du camp militaire de Boulkessi."),
    ("fr", 2, "in-case", "En cas de guerre, l'Iran pourrait tirer des missiles sur la base aérienne d'Aïn al-Assad."),
    ("fr", 2, "likely", "Les milices sont susceptibles de frapper la base aérienne d'Aïn al-Assad avec des drones."),
    ("fr", 2, "vowed", "Le chef de la milice a juré de frapper la base aérienne d'Aïn al-Assad avec des missiles."),
    ("fr", 2, "legitimate-target", "Le Hezbollah considère la base militaire de Meron comme une cible légitime pour "
     "ses roquettes."),
    ("fr", 2, "no-rocket", "Aucune roquette n'a touché la base aérienne d'Aïn al-Assad, a indiqué un porte-parole."),
    ("fr", 2, "fake-news", "Les images d'une attaque de drones contre la base aérienne d'Aïn al-Assad sont "
     "anciennes, selon une vérification."),
    ("fr", 2, "soldier-quarrel", "Un soldat a abattu deux camarades dans la caserne de Kati après une dispute."),
    ("fr", 2, "lightning", "La foudre a frappé un dépôt de munitions de la base militaire de Kati, provoquant des "
     "explosions."),
    # French, class 3: a gold panning site, a truck, a hotel, a camp of the displaced, a patrol, a wedding, a
    # residential quarter, a power plant, a factory near a base.
    ("fr", 3, "gold-panners", "Des jihadistes ont attaqué un site d'orpaillage près de la base militaire de "
     "Boulkessi, tuant vingt orpailleurs."),
    ("fr", 3, "truck", "Un engin explosif a frappé un camion civil près du camp militaire de Ménaka."),
    ("fr", 3, "hotel", "Des jihadistes ont attaqué un hôtel près du camp militaire de Kidal, tuant cinq civils."),
    ("fr", 3, "idp-site", "Des drones ont frappé un site de déplacés près de la base militaire de Ménaka."),
    ("fr", 3, "patrol", "Un engin explosif a frappé une patrouille de l'armée près du camp militaire de Boulkessi."),
    ("fr", 3, "wedding", "Une frappe de drone a touché un mariage près de la base militaire de Ménaka, tuant douze "
     "civils."),
    ("fr", 3, "neighbourhood", "Une roquette a frappé un quartier résidentiel près de la base aérienne d'Aïn "
     "al-Assad."),
    ("fr", 3, "power-plant", "Des drones ont frappé une centrale électrique près de la base aérienne d'Engels."),
    ("fr", 3, "factory", "Un drone a frappé une usine près de la base aérienne d'Engels."),
    # Spanish: years and months ago ('hace dos años'), last year, 'cabe recordar'; a modal with the attack verb,
    # 'not a single rocket', 'es falso', a trial, a drill; a village, a market, a mosque near a base.
    ("es", 1, "years-ago", "Hace dos años, varios cohetes alcanzaron la base aérea de Ain al Asad y dejaron tres "
     "soldados heridos."),
    ("es", 1, "last-year", "El año pasado, drones atacaron la base militar de Tower 22 y mataron a tres soldados."),
    ("es", 1, "remember", "Cabe recordar que milicianos atacaron la base aérea de Ain al Asad con cohetes en enero."),
    ("es", 2, "could", "Irán podría atacar la base aérea de Ain al Asad con misiles si estalla la guerra."),
    ("es", 2, "no-rocket", "Ningún cohete alcanzó la base aérea de Ain al Asad, según un portavoz militar."),
    ("es", 2, "trial", "Comenzó el juicio contra los acusados del atentado suicida en la base militar de Tower 22."),
    ("es", 2, "drill", "Las tropas realizaron un simulacro de ataque con drones en la base aérea de Ain al Asad."),
    ("es", 2, "false", "Es falso que misiles iraníes alcanzaran la base aérea de Ain al Asad, según la verificación."),
    ("es", 3, "village", "Hombres armados atacaron una aldea cerca de la base militar, matando a doce civiles."),
    ("es", 3, "market", "Un coche bomba explotó en un mercado cerca de la base militar, matando a cinco personas."),
    ("es", 3, "mosque", "Hombres armados atacaron una mezquita cerca del cuartel, matando a diez fieles."),
    # Italian: years ago, last year, 'si ricorda che'; 'potrebbe colpire', 'nessun missile', a short circuit, a
    # trial, 'è falso'; a village, a market near a base.
    ("it", 1, "years-ago", "Due anni fa, razzi hanno colpito la base aerea di Ain al Asad ferendo tre soldati."),
    ("it", 1, "last-year", "L'anno scorso droni hanno colpito la base militare di Tower 22 uccidendo tre soldati."),
    ("it", 1, "recall", "Si ricorda che razzi hanno colpito la base aerea di Ain al Asad nel gennaio scorso."),
    ("it", 2, "could", "L'Iran potrebbe colpire la base aerea di Ain al Asad con missili balistici in caso di guerra."),
    ("it", 2, "no-missile", "Nessun missile ha colpito la base aerea di Ain al Asad, ha detto un portavoce."),
    ("it", 2, "accident", "Un cortocircuito ha provocato esplosioni nel deposito di munizioni della base militare."),
    ("it", 2, "trial", "Si è aperto il processo contro gli autori dell'attacco alla base militare di Nassiriya."),
    ("it", 2, "fake", "È falso che droni abbiano colpito la base aerea di Ain al Asad: il video è vecchio."),
    ("it", 3, "village", "Uomini armati hanno attaccato un villaggio vicino alla base militare, uccidendo dodici "
     "civili."),
    ("it", 3, "market", "Un'autobomba è esplosa in un mercato vicino alla base militare, uccidendo cinque persone."),
    # Portuguese: 'há dois anos', last year; 'poderia atacar', 'nenhum foguete', an accident, a trial, 'é falso';
    # a village, a market near a base.
    ("pt", 1, "years-ago", "Há dois anos, foguetes atingiram a base aérea de Ain al Asad e feriram três soldados."),
    ("pt", 1, "last-year", "No ano passado, drones atacaram a base militar de Tower 22 e mataram três soldados."),
    ("pt", 2, "could", "O Irã poderia atacar a base aérea de Ain al Asad com mísseis em caso de guerra."),
    ("pt", 2, "no-rocket", "Nenhum foguete atingiu a base aérea de Ain al Asad, disse um porta-voz militar."),
    ("pt", 2, "accident", "Um acidente provocou explosões no depósito de munições da base militar."),
    ("pt", 2, "trial", "Começou o julgamento dos acusados do ataque contra a base militar de Tower 22."),
    ("pt", 2, "fake", "É falso que mísseis iranianos atingiram a base aérea de Ain al Asad, segundo a checagem."),
    ("pt", 3, "village", "Homens armados atacaram uma aldeia perto da base militar, matando doze civis."),
    ("pt", 3, "market", "Um carro bomba explodiu em um mercado perto da base militar, matando cinco pessoas."),
    # German: years later, a documentary; a possible attack, 'keine Rakete', an old video, a trial; a village, a
    # mosque, a factory near a base.
    ("de", 1, "years-later", "Zwei Jahre später erinnert auf dem Luftwaffenstützpunkt Ain al-Asad nur wenig an den "
     "Raketenangriff."),
    ("de", 1, "documentary", "Eine neue Dokumentation erzählt vom Raketenangriff auf den Luftwaffenstützpunkt Ain "
     "al-Asad."),
    ("de", 2, "possible", "Die Streitkräfte bereiten sich auf einen möglichen Drohnenangriff auf den Stützpunkt Ain "
     "al-Asad vor."),
    ("de", 2, "no-rocket", "Keine Rakete hat den Luftwaffenstützpunkt Ain al-Asad getroffen, sagte ein Sprecher."),
    ("de", 2, "old-video", "Das Video vom angeblichen Drohnenangriff auf den Stützpunkt Ain al-Asad ist alt, ergab "
     "ein Faktencheck."),
    ("de", 2, "trial", "Der Prozess gegen die mutmaßlichen Attentäter vom Bombenanschlag auf den Stützpunkt hat "
     "begonnen."),
    ("de", 3, "village", "Bewaffnete überfielen ein Dorf in der Nähe des Militärstützpunkts und töteten zwölf "
     "Dorfbewohner."),
    ("de", 3, "mosque", "Ein Selbstmordattentäter griff eine Moschee nahe dem Militärstützpunkt an und tötete zehn "
     "Gläubige."),
    ("de", 3, "factory", "Eine Drohne traf eine Fabrik nahe dem Luftwaffenstützpunkt Engels."),
    # Polish: 'dwa lata temu', last year, a remembrance; the conditional 'could', 'żadna rakieta', a fake, an
    # accident; a village, a market, a factory near a base.
    ("pl", 1, "years-ago", "Dwa lata temu rakiety uderzyły w bazę lotniczą Ain al-Asad, raniąc trzech żołnierzy."),
    ("pl", 1, "last-year", "W zeszłym roku drony zaatakowały bazę wojskową Tower 22 i zabiły trzech żołnierzy."),
    ("pl", 1, "remembrance", "Upamiętniono żołnierzy zabitych w ataku rakietowym na bazę lotniczą Ain al-Asad."),
    ("pl", 2, "could", "Irańskie rakiety mogłyby uderzyć w bazę lotniczą Ain al-Asad w ciągu kilku minut."),
    ("pl", 2, "no-rocket", "Żadna rakieta nie trafiła w bazę lotniczą Ain al-Asad, powiedział rzecznik."),
    ("pl", 2, "fake", "Nagranie ataku dronów na bazę lotniczą Ain al-Asad jest fałszywe, wynika z weryfikacji."),
    ("pl", 2, "accident", "Wypadek spowodował eksplozje w magazynie amunicji w bazie wojskowej."),
    ("pl", 3, "village", "Uzbrojeni napastnicy zaatakowali wioskę w pobliżu bazy wojskowej, zabijając dwunastu "
     "mieszkańców."),
    ("pl", 3, "market", "Samochód pułapka wybuchł na targu w pobliżu bazy wojskowej."),
    ("pl", 3, "factory", "Dron uderzył w fabrykę w pobliżu bazy lotniczej Engels."),
    # Hungarian: last month, months ago; the potential '-hat' (could hit); a village, a factory near a base.
    ("hu", 1, "last-month", "A múlt hónapban drónok támadták meg a Tower 22 katonai támaszpontot."),
    ("hu", 1, "months-ago", "Három hónappal ezelőtt drónok támadták meg a Tower 22 katonai támaszpontot."),
    ("hu", 2, "could-hit", "Iráni rakéták perceken belül eltalálhatják az Ain al-Asad légitámaszpontot."),
    ("hu", 3, "village", "Fegyveresek megtámadtak egy falut a katonai támaszpont közelében, tizenkét lakost megölve."),
    ("hu", 3, "factory", "Egy drón eltalált egy gyárat az Engels légitámaszpont közelében."),
    # Azerbaijani: last year, months ago; a court, a fake video; a factory, a market, civilians near a base.
    ("az", 1, "last-year", "Ötən il dronlar Ain al-Asad hava bazasına hücum edib."),
    ("az", 1, "months-ago", "İki ay əvvəl dronlar Ain al-Asad hava bazasına hücum edib."),
    ("az", 2, "court", "Məhkəmə hərbi bazaya hücum edən terrorçulara hökm oxuyub."),
    ("az", 2, "fake", "Ain al-Asad hava bazasına dron hücumu barədə yayılan video saxtadır."),
    ("az", 3, "factory", "Terrorçular hərbi bazanın yaxınlığındakı zavoda hücum edib."),
    ("az", 3, "market", "Dron hərbi bazanın yaxınlığındakı bazara zərbə endirib."),
    ("az", 3, "civilians", "Raket hərbi bazanın yaxınlığında mülki şəxslərə zərbə endirib."),
    # Bengali: last year and month, months ago; 'may attack', an attack feared, 'not a single rocket', a court, an
    # old video; a mosque, a factory, civilians near a base.
    ("bn", 1, "last-year", "গত বছর সন্ত্রাসীরা সেনা ঘাঁটিতে হামলা চালিয়েছিল।"),
    ("bn", 1, "last-month", "গত মাসে ড্রোন দিয়ে বিমানঘাঁটিতে হামলা চালানো হয়েছিল।"),
    ("bn", 1, "months-ago", "দুই মাস আগে সন্ত্রাসীরা সেনা ঘাঁটিতে হামলা চালিয়েছিল।"),
    ("bn", 2, "could", "ইরান আইন আল-আসাদ বিমানঘাঁটিতে হামলা চালাতে পারে।"),
    ("bn", 2, "feared", "সেনা ঘাঁটিতে হামলার আশঙ্কা করছে গোয়েন্দারা।"),
    ("bn", 2, "no-rocket", "বিমানঘাঁটিতে কোনো রকেট আঘাত হানেনি, জানিয়েছেন মুখপাত্র।"),
    ("bn", 2, "court", "সেনা ঘাঁটিতে হামলার মামলায় আদালত তিনজনকে মৃত্যুদণ্ড দিয়েছে।"),
    ("bn", 2, "old-video", "সেনা ঘাঁটিতে হামলার ভিডিওটি পুরোনো, যাচাইয়ে দেখা গেছে।"),
    ("bn", 3, "mosque", "সন্ত্রাসীরা সেনা ঘাঁটির কাছে একটি মসজিদে হামলা চালায়।"),
    ("bn", 3, "factory", "সেনা ঘাঁটির কাছে একটি কারখানায় ড্রোন হামলা হয়েছে।"),
    ("bn", 3, "civilians", "সেনা ঘাঁটির কাছে বেসামরিক মানুষের ওপর হামলা হয়েছে।"),
    # Hebrew and Indonesian, second pass: a controlled detonation, friendly fire, a suspicion refuted; "exactly a year
    # since"; the headquarters, camps and hideouts of armed groups are no military installation.
    ("he", 2, "controlled-detonation", "הפיצוצים שנשמעו באזור בסיס נבטים הם פיצוץ מבוקר של צה\"ל, ולא מתקפה."),
    ("he", 2, "friendly-fire", "לוחם נהרג מירי כוחותינו במוצב צה\"ל בגבול עזה, כך הותר לפרסום."),
    ("he", 2, "suspicion-refuted", "חשד לחדירת מחבלים לבסיס צבאי בצפון הופרך לאחר סריקות."),
    ("id", 1, "a-year-since", "Hari ini tepat setahun serangan KKB ke pos TNI di Nduga yang menewaskan tiga prajurit."),
    ("id", 3, "armed-group-hq", "TNI menyerang markas KKB di Intan Jaya dan menewaskan tiga anggota kelompok itu."),
    ("id", 3, "terrorist-camp", "Pesawat tempur Pakistan menyerang kamp teroris di Afghanistan, menewaskan puluhan "
     "militan."),
    ("id", 3, "hideout", "Pasukan TNI menggerebek markas persembunyian KKB di Nduga."),
    # Italian, Portuguese, Polish, Hungarian, Azerbaijani, Bengali: a fire in an ammunition store set off explosions;
    # with no weapon, attacker or claim, an explosion alone tells an accident (the blast group English has).
    ("it", 2, "depot-fire", "Un incendio nel deposito di munizioni della base militare ha provocato esplosioni per "
     "ore."),
    ("pt", 2, "depot-fire", "Um incêndio no paiol da base militar provocou explosões durante horas."),
    ("pl", 2, "depot-fire", "Pożar w magazynie amunicji w bazie wojskowej wywołał eksplozje trwające godzinami."),
    ("hu", 2, "depot-fire", "Tűz ütött ki a katonai támaszpont lőszerraktárában, órákon át robbanások hallatszottak."),
    ("az", 2, "depot-fire", "Hərbi bazanın sursat anbarında yanğın baş verib, saatlarla partlayışlar eşidilib."),
    ("bn", 2, "depot-fire", "সেনা ঘাঁটির গোলাবারুদের গুদামে আগুন লেগে কয়েক ঘণ্টা ধরে বিস্ফোরণ ঘটেছে।"),
    # German, Spanish, Italian, Portuguese, Polish, Bengali: kilometres from a base (the distance words these lexicons
    # lacked; the installation's phrase begins at the generic noun before its name, "kilómetros de la base aérea de
    # Ain al Asad"), and a clause about an earlier attack ("als Reaktion auf", "en respuesta al", "w odpowiedzi na").
    ("de", 3, "km-from", "Raketen trafen ein Feld wenige Kilometer vom Luftwaffenstützpunkt Ain al-Asad entfernt."),
    ("es", 3, "km-from", "Un cohete impactó en un campo a pocos kilómetros de la base aérea de Ain al Asad."),
    ("it", 3, "km-from", "Un razzo ha colpito un campo a pochi chilometri dalla base aerea di Ain al Asad."),
    ("pt", 3, "km-from", "Um foguete atingiu um campo a poucos quilômetros da base aérea de Ain al Asad."),
    ("pl", 3, "km-from", "Rakieta uderzyła w pole kilka kilometrów od bazy lotniczej Ain al-Asad."),
    ("bn", 3, "km-from", "সেনা ঘাঁটি থেকে পাঁচ কিলোমিটার দূরে একটি রকেট আঘাত হেনেছে।"),
    ("de", 1, "in-response", "Als Reaktion auf den Drohnenangriff auf den Stützpunkt Tower 22 griffen die USA Ziele "
     "im Irak an."),
    ("es", 1, "in-response", "En respuesta al ataque con drones contra la base militar de Tower 22, Estados Unidos "
     "bombardeó objetivos en Irak."),
    ("it", 1, "in-response", "In risposta all'attacco di droni contro la base militare di Tower 22, gli Stati Uniti "
     "hanno bombardato obiettivi in Iraq."),
    ("pt", 1, "in-response", "Em resposta ao ataque de drones contra a base militar de Tower 22, os Estados Unidos "
     "bombardearam alvos no Iraque."),
    ("pl", 1, "in-response", "W odpowiedzi na atak dronów na bazę wojskową Tower 22 Stany Zjednoczone zbombardowały "
     "cele w Iraku."),
    # The future of the attack verb is a threat, not an event: Urdu "نشانہ بنائیں گے", "حملہ کرے گا", Hebrew "תפגע",
    # French "frappera", Spanish and Portuguese "atacará", Italian "colpirà", German "wird ... angreifen".
    ("ur", 2, "will-target", "اگر جنگ چھڑ گئی تو بھارتی میزائل سرگودھا ایئربیس کو نشانہ بنائیں گے۔"),
    ("ur", 2, "will-attack", "کالعدم تنظیم کا کہنا ہے کہ وہ بنوں کینٹ پر دوبارہ حملہ کرے گی۔"),
    ("ur", 2, "will-attack-2", "دہشت گرد آئندہ ہفتے پشاور کینٹ پر حملہ کریں گے، انٹیلی جنس رپورٹ میں کہا گیا۔"),
    ("ur", 2, "if", "اگر ایران پر حملہ ہوا تو امریکی اڈے نشانہ بنیں گے۔"),
    ("he", 2, "will-hit", "איראן תפגע בבסיס נבטים בתגובה לכל תקיפה, אמר בכיר איראני."),
    ("fr", 2, "will-strike", "L'Iran frappera la base aérienne d'Aïn al-Assad si les États-Unis attaquent."),
    ("es", 2, "will-attack", "Irán atacará la base aérea de Ain al Asad si Estados Unidos interviene."),
    ("it", 2, "will-hit", "L'Iran colpirà la base aerea di Ain al Asad se gli Stati Uniti interverranno."),
    ("pt", 2, "will-attack", "O Irã atacará a base aérea de Ain al Asad se os Estados Unidos intervierem."),
    ("de", 2, "will-attack", "Der Iran wird den Luftwaffenstützpunkt Ain al-Asad angreifen, wenn die USA eingreifen."),
    # Satellite pictures of building work at a base once attacked (class 1), in the languages that had no such words.
    ("ur", 1, "satellite", "سیٹلائٹ تصاویر میں میانوالی ایئربیس پر نئے ہینگرز کی تعمیر دکھائی دیتی ہے، جس پر ڈرون "
     "حملہ ہوا تھا۔"),
    ("de", 1, "satellite", "Satellitenbilder zeigen den Bau neuer Hangars auf dem Luftwaffenstützpunkt Ain al-Asad, "
     "der von Raketen getroffen wurde."),
    ("es", 1, "satellite", "Imágenes satelitales muestran la construcción de nuevos hangares en la base aérea de Ain "
     "al Asad, atacada con misiles."),
    ("it", 1, "satellite", "Immagini satellitari mostrano la costruzione di nuovi hangar nella base aerea di Ain al "
     "Asad, colpita dai missili."),
    ("pt", 1, "satellite", "Imagens de satélite mostram a construção de novos hangares na base aérea de Ain al Asad, "
     "atingida por mísseis."),
    ("az", 1, "satellite", "Peyk görüntüləri raket zərbəsi endirilən Ain al-Asad hava bazasında yeni anqarların "
     "tikintisini göstərir."),
    ("bn", 1, "satellite", "স্যাটেলাইট ছবিতে দেখা যাচ্ছে, ক্ষেপণাস্ত্র হামলার শিকার বিমানঘাঁটিতে নতুন হ্যাঙ্গার "
     "নির্মাণ চলছে।"),
    # A wreath laid or a memory honoured for the victims of an attack ("Kranz", "xatirəsi yad edilib", "স্মৃতির প্রতি",
    # "karangan bunga").
    ("de", 1, "wreath", "Der Minister legte einen Kranz für die Opfer des Bombenanschlags auf den Militärstützpunkt "
     "nieder."),
    ("az", 1, "memory", "Hərbi bazaya hücum zamanı həlak olan əsgərlərin xatirəsi yad edilib."),
    ("bn", 1, "memory", "সেনা ঘাঁটিতে হামলায় নিহত সেনাদের স্মৃতির প্রতি শ্রদ্ধা জানানো হয়েছে।"),
    ("id", 1, "wreath", "Menteri meletakkan karangan bunga untuk para korban serangan ke pos TNI di Nduga."),
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
    ("ur", "after-the-attack", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، حملے کے بعد علاقے کو گھیرے میں لے لیا "
     "گیا۔"),
    ("ur", "toll-may-rise", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، ہلاکتوں میں اضافہ ہو سکتا ہے۔"),
    ("ur", "toll-feared", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، ہلاکتوں میں اضافے کا خدشہ ہے۔"),
    ("ur", "background-after", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا۔ یاد رہے کہ گزشتہ سال بھی اس چھاؤنی پر حملہ "
     "ہوا تھا۔"),
    ("ur", "foreign-office", "آج صبح دہشت گردوں نے بنوں کینٹ پر حملہ کیا، دفتر خارجہ نے حملے کی مذمت کی۔"),
    ("ur", "near-a-madrasa", "دہشت گردوں نے آج مدرسے کے قریب واقع بنوں کینٹ پر حملہ کیا۔"),
    # Indonesian: the fallen promoted, a post guarding a mine; French: civilians among the dead, a camp of the
    # displaced naming where the base is, a vow and sirens in sentences of their own, a government condemning the
    # attack ("a condamné", not "condamné à"), a patrol struck after the base, the first attack "in two years".
    ("fr", "civilians-too", "Des jihadistes ont attaqué ce matin le camp militaire de Boulkessi, tuant dix soldats "
     "et trois civils."),
    ("fr", "near-displaced", "Des drones ont frappé ce matin la base militaire de Ménaka, située près d'un site de "
     "déplacés."),
    ("fr", "vowed-after", "Des roquettes ont frappé ce matin la base aérienne d'Aïn al-Assad. Le Pentagone a promis "
     "de riposter."),
    ("fr", "in-case-after", "Des roquettes ont frappé ce matin la base aérienne d'Aïn al-Assad, blessant trois "
     "soldats. Les sirènes retentissent en cas de tir."),
    ("id", "medal-fallen", "KKB menyerang pos TNI di Intan Jaya pagi ini, menewaskan dua prajurit yang mendapat "
     "kenaikan pangkat anumerta."),
    ("id", "mine-guard", "KKB menyerang pos TNI yang menjaga area tambang di Intan Jaya pagi ini, menewaskan dua "
     "prajurit."),
    ("fr", "condemned", "Des jihadistes ont attaqué ce matin le camp militaire de Boulkessi, tuant dix soldats. Le "
     "gouvernement a condamné l'attaque."),
    ("fr", "condemned-same", "Le gouvernement a condamné l'attaque menée ce matin par des jihadistes contre le camp "
     "militaire de Boulkessi, qui a tué dix soldats."),
    ("fr", "patrol-and-base", "Des jihadistes ont attaqué ce matin le camp militaire de Boulkessi puis une "
     "patrouille, tuant dix soldats."),
    ("fr", "since", "Des drones ont frappé ce matin la base aérienne d'Aïn al-Assad, la première attaque depuis deux "
     "ans."),
    # Spanish, Italian, Portuguese, Polish, Hungarian: a government that condemned the attack ('condenó', 'ha
    # condannato', 'condenou', 'potępił', 'elítélte'; a sentence is 'condenado a'), a toll that could rise, civilians
    # among the victims; German: a government that 'hat ... verurteilt' and suspects arrested after the attack (both
    # blocked on HEAD: 'verurteilt' and 'festgenommen' were plot words); Azerbaijani 'bazar günü' (Sunday) is no market.
    ("es", "fresh", "Cohetes alcanzaron esta mañana la base aérea de Ain al Asad y dejaron tres soldados heridos."),
    ("es", "condemned", "El gobierno condenó el ataque con drones que alcanzó hoy la base militar de Tower 22 y mató "
     "a tres soldados."),
    ("es", "toll-could-rise", "Cohetes alcanzaron esta mañana la base aérea de Ain al Asad; el número de heridos "
     "podría aumentar."),
    ("it", "condemned", "Il governo ha condannato l'attacco con droni che ha colpito stamattina la base aerea di Ain "
     "al Asad."),
    ("it", "civilians-too", "Uomini armati hanno attaccato stamattina la base militare, uccidendo dodici soldati e "
     "due civili."),
    ("pt", "condemned", "O governo condenou o ataque com drones que atingiu nesta manhã a base militar de Tower 22."),
    ("pt", "toll-could-rise", "Foguetes atingiram nesta manhã a base aérea de Ain al Asad; o número de feridos "
     "poderia aumentar."),
    ("it", "fresh", "Razzi hanno colpito stamattina la base aerea di Ain al Asad ferendo tre soldati."),
    ("pt", "fresh", "Foguetes atingiram nesta manhã a base aérea de Ain al Asad e feriram três soldados."),
    ("es", "fresh-civilians", "Hombres armados atacaron hoy la base militar, matando a doce soldados y dos civiles."),
    ("de", "fresh", "Raketen schlugen am Morgen auf dem Luftwaffenstützpunkt Ain al-Asad ein und verletzten drei "
     "Soldaten."),
    ("de", "condemned", "Die Regierung hat den Raketenangriff auf den Luftwaffenstützpunkt Ain al-Asad am Morgen "
     "scharf verurteilt."),
    ("de", "arrested-after", "Bewaffnete griffen am Morgen den Militärstützpunkt an und töteten drei Soldaten, zwei "
     "Verdächtige wurden festgenommen."),
    ("pl", "fresh", "Rakiety uderzyły dziś rano w bazę lotniczą Ain al-Asad, raniąc trzech żołnierzy."),
    ("pl", "condemned", "Rząd potępił dzisiejszy atak dronów na bazę lotniczą Ain al-Asad, w którym rannych zostało "
     "trzech żołnierzy."),
    ("hu", "fresh", "Ma reggel rakéták csapódtak be az Ain al-Asad légitámaszpontra, három katona megsebesült."),
    ("hu", "condemned", "A kormány elítélte a ma reggeli dróntámadást az Ain al-Asad légitámaszpont ellen."),
    ("az", "fresh", "Bu gün dronlar Ain al-Asad hava bazasına hücum edib."),
    ("az", "sunday", "Bazar günü dronlar Ain al-Asad hava bazasına hücum edib."),
    ("bn", "fresh", "আজ সন্ত্রাসীরা সেনা ঘাঁটিতে হামলা চালিয়েছে, তিন সেনা নিহত হয়েছে।"),
    ("bn", "toll-feared", "আজ সন্ত্রাসীরা সেনা ঘাঁটিতে হামলা চালিয়েছে, নিহতের সংখ্যা বাড়ার আশঙ্কা রয়েছে।"),
    # Hebrew and Indonesian, second pass: an army battalion's headquarters attacked by the armed group, "exactly at
    # three", a controlled detonation of the missile's remains after a real hit.
    ("id", "army-hq-by-kkb", "KKB menyerang markas batalyon TNI di Intan Jaya pagi ini, menewaskan dua prajurit."),
    ("id", "at-three-sharp", "KKB menyerang pos TNI di Nduga tepat pukul tiga pagi ini, menewaskan dua prajurit."),
    ("he", "detonation-after-a-hit", "טיל פגע הלילה בבסיס נבטים ושני חיילים נפצעו, ובהמשך ביצע צה\"ל פיצוץ מבוקר של "
     "שרידי "
     "הטיל."),
    # ... and a drone that struck the base set off the explosions: a weapon named beside them.
    ("it", "drone-explosions", "Un drone ha colpito stamattina la base aerea di Ain al Asad provocando esplosioni."),
    ("pt", "drone-explosions", "Um drone atingiu nesta manhã a base aérea de Ain al Asad, provocando explosões."),
    ("pl", "drone-explosions", "Dron uderzył dziś rano w bazę lotniczą Ain al-Asad, wywołując eksplozje."),
    ("hu", "drone-explosions", "Ma reggel drónok támadták meg az Ain al-Asad légitámaszpontot, robbanások "
     "hallatszottak."),
    ("az", "drone-explosions", "Bu gün dronlar Ain al-Asad hava bazasına hücum edib, partlayışlar eşidilib."),
    ("bn", "drone-explosions", "আজ ড্রোন দিয়ে সেনা ঘাঁটিতে হামলা চালানো হয়েছে, কয়েকটি বিস্ফোরণ ঘটেছে।"),
    # ... kilometres from a town, and "in response to" after the attacked base (the motive, not an earlier event).
    ("de", "km-from-town", "Raketen schlugen am Morgen im Luftwaffenstützpunkt Ain al-Asad ein, wenige Kilometer von "
     "der Stadt entfernt, drei Soldaten wurden verletzt."),
    ("es", "km-from-town", "Cohetes alcanzaron esta mañana la base aérea de Ain al Asad, a pocos kilómetros de la "
     "ciudad, e hirieron a tres soldados."),
    ("it", "km-from-town", "Razzi hanno colpito stamattina la base aerea di Ain al Asad, a pochi chilometri dalla "
     "città, ferendo tre soldati."),
    ("pt", "km-from-town", "Foguetes atingiram nesta manhã a base aérea de Ain al Asad, a poucos quilômetros da "
     "cidade, e feriram três soldados."),
    ("pl", "km-from-town", "Rakiety uderzyły dziś rano w bazę lotniczą Ain al-Asad, kilka kilometrów od miasta, "
     "raniąc trzech żołnierzy."),
    ("es", "in-response-after", "Milicianos atacaron hoy con drones la base militar de Tower 22, en respuesta a los "
     "bombardeos en Gaza."),
    ("de", "in-response-after", "Milizen griffen am Morgen mit Drohnen den Militärstützpunkt Tower 22 an, als "
     "Reaktion auf die Luftangriffe in Gaza."),
    # ... and a future told in a sentence of its own after the report (more attacks vowed, a response promised).
    ("de", "will-more-after", "Drohnen griffen am Morgen den Militärstützpunkt Tower 22 an und töteten drei "
     "Soldaten. Die Miliz kündigte an, weitere Stützpunkte anzugreifen."),
    ("he", "will-more-after", "רקטות פגעו הלילה בבסיס מירון ושני חיילים נפצעו. בצה\"ל מעריכים כי חיזבאללה ישגר רקטות "
     "נוספות."),
    ("fr", "will-more-after", "Des drones ont frappé ce matin la base aérienne d'Aïn al-Assad, blessant trois "
     "soldats. La milice affirme qu'elle frappera encore."),
    ("es", "will-more-after", "Cohetes alcanzaron esta mañana la base aérea de Ain al Asad y dejaron tres soldados "
     "heridos. La milicia dice que atacará de nuevo."),
    ("ur", "will-respond-after", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا۔ فوج نے کہا کہ وہ اس حملے کا جواب دے گی۔"),
    # ... but satellite pictures of yesterday's damage are a follow-up of the attack, and a hangar "under construction"
    # ("en costruzione", "زیر تعمیر") is what a fresh attack hit.
    ("es", "satellite-damage", "Imágenes satelitales muestran los daños causados por el ataque con misiles de ayer "
     "contra la base aérea de Ain al Asad."),
    ("de", "satellite-damage", "Satellitenbilder zeigen die Schäden des gestrigen Raketenangriffs auf den "
     "Luftwaffenstützpunkt Ain al-Asad."),
    ("it", "fresh-damage", "Razzi hanno colpito stamattina la base aerea di Ain al Asad e distrutto due hangar in "
     "costruzione."),
    ("ur", "fresh-builds", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا جس سے زیر تعمیر عمارت کو نقصان پہنچا۔"),
    ("es", "fresh-damage", "Cohetes alcanzaron esta mañana la base aérea de Ain al Asad y destruyeron dos hangares "
     "en construcción."),
    # Urdu "کی صورت میں" is "in case of" and also "in the form of" (a reply given in the form of fire): no blocker.
    ("ur", "in-the-form-of", "دہشت گردوں نے بنوں کینٹ پر حملہ کیا، جس کا جواب فائرنگ کی صورت میں دیا گیا۔"),
    # Recall guards of this file's own words: a promise to retaliate in the report's sentence (a vow is a threat only
    # with the attack it vows), civilians who fled, the Kashmir dispute, a base "next to the village" (Hungarian
    # villages only as the attack's object), residents who heard the blasts.
    ("pl", "residents-heard", "Mieszkańcy słyszeli dziś rano eksplozje, gdy drony uderzyły w bazę lotniczą Ain "
     "al-Asad."),
    ("fr", "promised-same", "Des drones ont frappé ce matin la base aérienne d'Aïn al-Assad, et le Pentagone a "
     "promis de riposter."),
    ("es", "civilians-fled", "Los civiles huyeron cuando cohetes alcanzaron esta mañana la base aérea de Ain al Asad."),
    ("ur", "kashmir", "دہشت گردوں نے آج صبح مقبوضہ کشمیر میں فوجی کیمپ پر حملہ کیا، کشمیر تنازع پر کشیدگی بڑھ گئی۔"),
    ("hu", "village-base", "Ma reggel drónok támadták meg a falu melletti katonai támaszpontot, három katona "
     "megsebesült."),
    # More recall guards: "a year after" the withdrawal, "in case of" an alert, the course ("processo") of a
    # withdrawal, the fallen promoted, "not a hoax": years after and "in case of" only with an attack or a war.
    ("id", "hoax-denied-then-hit", "Roket menghantam pangkalan udara Ain al-Asad pagi ini, bukan hoaks seperti yang "
     "beredar kemarin."),
    ("id", "medal-given-now", "KKB menyerang pos TNI di Nduga pagi ini dan menewaskan dua prajurit yang dianugerahi "
     "kenaikan pangkat."),
    ("it", "process", "Razzi hanno colpito stamattina la base aerea di Ain al Asad durante il processo di ritiro "
     "delle truppe."),
    ("fr", "year-after-withdrawal", "Un an après le départ de la force Barkhane, des jihadistes ont attaqué ce matin "
     "le camp militaire de Boulkessi."),
    ("fr", "in-case-same", "Des roquettes ont frappé ce matin la base aérienne d'Aïn al-Assad, où les soldats se "
     "sont abrités comme prévu en cas d'alerte."),
    ("es", "years-after-withdrawal", "Dos años después de la retirada, milicianos atacaron hoy con drones la base "
     "militar de Tower 22."),
    # More recall guards: "last week too" compares a new attack, fake number plates on a car bomb, a base "by the
    # village" of its name, a false alarm before a real strike, a truck bomb (not a truck as the target).
    ("ur", "last-week-other", "دہشت گردوں نے آج صبح بنوں کینٹ پر حملہ کیا، گزشتہ ہفتے بھی اسی علاقے میں حملہ ہوا تھا۔"),
    ("ur", "fake-plates", "دہشت گردوں نے آج صبح جعلی نمبر پلیٹ والی بارود سے بھری گاڑی بنوں کینٹ سے ٹکرا دی۔"),
    ("de", "village-name", "Drohnen griffen am Morgen den Militärstützpunkt beim Dorf Harir an, drei Soldaten wurden "
     "verletzt."),
    ("pl", "false-alarm-other", "Drony uderzyły dziś rano w bazę lotniczą Ain al-Asad, choć wcześniej fałszywy alarm "
     "postawił żołnierzy na nogi."),
    ("fr", "truck-bomb", "Un camion piégé a explosé ce matin devant le camp militaire de Boulkessi, tuant dix "
     "soldats."),
    # "The faithful" are also forces loyal to someone ("fidèles au régime", "fedeli a Haftar", "fiéis ao governo").
    ("fr", "loyal-forces", "Des combattants fidèles au régime ont attaqué ce matin la base militaire de Tessalit, "
     "tuant dix soldats."),
    ("it", "loyal-forces", "Milizie fedeli a Haftar hanno attaccato stamattina la base aerea di al-Watiya, uccidendo "
     "tre soldati."),
    ("pt", "loyal-forces", "Milícias fiéis ao governo atacaram nesta manhã a base militar de Tessalit, matando três "
     "soldados."),
    # A false identity or forged papers got the attackers in: no denial.
    ("bn", "false-identity", "আজ ভোরে মিথ্যা পরিচয়ে সন্ত্রাসীরা সেনা ঘাঁটিতে ঢুকে হামলা চালিয়েছে, তিন সেনা নিহত "
     "হয়েছে।"),
    ("az", "forged-papers", "Bu gün saxta sənədlərlə bazaya daxil olan silahlılar hərbi bazaya hücum edib."),
]

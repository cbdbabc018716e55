"""Cases of test_detect_class8.py, kept apart for size: per class-8 language (hi, gu, ml, ta, sw, no,
el) strikes of different kinds with their fields, hard negatives of failure classes 1-3, and dated
reports. Every sentence was written for these tests; dates count back from PUB, a Monday."""

from __future__ import annotations

from datetime import date, datetime, timezone

PUB = datetime(2024, 1, 22, 8, 0, tzinfo=timezone.utc)  # a Monday
SAT, SUN, THU, D15 = date(2024, 1, 20), date(2024, 1, 21), date(2024, 1, 18), date(2024, 1, 15)

# (language, what, text, base id, country, attacker, attack type, event date): a new attack on an
# installation; None where the text does not name it.
STRIKES = [
    # Hindi
    ("hi", "drone-passive", "रविवार तड़के पठानकोट एयरबेस पर ड्रोन से हमला किया गया, जिसमें दो जवान घायल हो गए।",
     "in-pathankot", "IN", None, "drone", SUN),
    ("hi", "claim", "जैश ए मोहम्मद ने नगरोटा सैन्य अड्डे पर हुए फिदायीन हमले की जिम्मेदारी ली है।",
     "in-nagrota", "IN", "Jaish-e-Mohammed", "ground_assault", None),
    ("hi", "mortar", "सीमा पार से सांबा आर्मी कैंप पर मोर्टार के गोले दागे गए, एक जवान घायल हुआ।",
     "in-samba", "IN", None, "mortar", None),
    ("hi", "missile", "ईरान ने इराक में एक अमेरिकी सैन्य अड्डे पर बैलिस्टिक मिसाइलें दागीं।",
     None, "IQ", "Iran", "missile", None),
    ("hi", "airstrike", "इजरायली लड़ाकू विमानों ने सीरिया में एक सैन्य हवाई अड्डे पर बमबारी की।",
     None, "SY", "Israel", "airstrike", None),
    ("hi", "bombs-dropped", "पठानकोट एयरबेस पर ड्रोन से बम गिराए गए।", "in-pathankot", "IN", None, "drone", None),
    # the camps of paramilitary and security forces
    # attackers named only by what they are ("आतंकियों ने", terrorists) are the registry's Militants, as in English
    ("hi", "crpf-camp", "आतंकियों ने पुलवामा में सीआरपीएफ कैंप पर ग्रेनेड फेंका।", None, "IN", "Militants", "ground_assault", None),
    # Naxalites are the Maoists of the actor registry: an armed group, so with no weapon a ground assault
    ("hi", "security-forces-camp", "नक्सलियों ने सुरक्षा बलों के कैंप पर हमला किया।", None, None, "CPI (Maoist)",
     "ground_assault", None),
    # the country before the agent marker ने did the attack: it does not place the base (and is the attacker:
    # Hindi रूस is a cue of the actor registry since FIELDS12)
    ("hi", "attacker-country", "रूस ने एक सैन्य अड्डे पर मिसाइल हमला किया।", None, None, "Russia", "missile", None),
    ("hi", "barracks", "आतंकियों ने सेना की बैरक पर हमला किया, तीन जवान शहीद हो गए।", None, None, "Militants", "ground_assault",
     None),
    # Gujarati
    ("gu", "rocket-passive", "શનિવારે મોડી રાત્રે પઠાણકોટ એરબેઝ પર રોકેટ છોડવામાં આવ્યા, જેમાં ત્રણ જવાન ઘાયલ થયા.",
     "in-pathankot", "IN", None, "rocket", SAT),
    ("gu", "claim", "જૈશ-એ-મોહમ્મદે જમ્મુમાં સૈન્ય છાવણી પર થયેલા આત્મઘાતી હુમલાની જવાબદારી લીધી છે.",
     None, "IN", "Jaish-e-Mohammed", "ied", None),
    ("gu", "gunmen", "આતંકવાદીઓએ પઠાણકોટ એરબેઝમાં ઘૂસીને ગોળીબાર કર્યો, બે જવાન શહીદ થયા.",
     "in-pathankot", "IN", "Militants", "ground_assault", None),
    ("gu", "missile", "રશિયાની મિસાઇલોએ યુક્રેનના એક લશ્કરી મથક પર હુમલો કર્યો, જેમાં પાંચ સૈનિકો માર્યા ગયા.",
     None, "UA", "Russia", "missile", None),
    ("gu", "bombs-thrown", "પઠાણકોટ એરબેઝ પર ડ્રોન વડે બોમ્બ ફેંકવામાં આવ્યા.", "in-pathankot", "IN", None, "drone", None),
    # the nationality before the army in the ergative is the attacker's: it does not place the post
    ("gu", "attacker-nationality", "પાકિસ્તાની સેનાએ સરહદી ચોકી પર ભારે તોપમારો કર્યો.", None, None, None, "artillery", None),
    ("gu", "attacker-nationality-place", "પાકિસ્તાની સેનાએ જમ્મુમાં સરહદી ચોકી પર ભારે તોપમારો કર્યો.", None, "IN", None,
     "artillery", None),
    ("gu", "crpf-camp", "આતંકવાદીઓએ પુલવામામાં સીઆરપીએફ કેમ્પ પર ગ્રેનેડ ફેંક્યો.", None, "IN", "Militants", "ground_assault",
     None),
    ("gu", "barracks", "આતંકવાદીઓએ સેનાની બેરેક પર હુમલો કર્યો, ત્રણ જવાન શહીદ થયા.", None, None, "Militants", "ground_assault", None),
    # Malayalam
    ("ml", "drone-passive", "ശനിയാഴ്ച പുലർച്ചെ പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു, രണ്ട് "
     "സൈനികർക്ക് പരിക്കേറ്റു.", "in-pathankot", "IN", None, "drone", SAT),
    ("ml", "gunmen", "ആയുധധാരികളായ ഭീകരർ പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിലേക്ക് ഇരച്ചുകയറി വെടിയുതിർത്തു.",
     "in-pathankot", "IN", "Militants", "ground_assault", None),
    ("ml", "claim", "ജമ്മുവിലെ സൈനിക ക്യാമ്പിന് നേരെ നടന്ന ചാവേർ ആക്രമണത്തിന്റെ ഉത്തരവാദിത്തം ജെയ്ഷെ മുഹമ്മദ് "
     "ഏറ്റെടുത്തു.", None, "IN", "Jaish-e-Mohammed", "ied", None),
    ("ml", "crpf-camp", "ഭീകരർ പുൽവാമയിലെ സിആർപിഎഫ് ക്യാമ്പിന് നേരെ ഗ്രനേഡ് എറിഞ്ഞു.", None, "IN", "Militants", "ground_assault",
     None),
    # "from" written after another place, not after the base: the base stays the target
    ("ml", "from-abroad", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ പാകിസ്താനിൽ നിന്ന് ഡ്രോൺ ആക്രമണം ഉണ്ടായി.", "in-pathankot",
     "IN", None, "drone", None),
    ("ml", "missile", "റഷ്യൻ മിസൈലുകൾ യുക്രെയ്നിലെ ഒരു സൈനിക താവളത്തിൽ പതിച്ചു, അഞ്ച് സൈനികർ കൊല്ലപ്പെട്ടു.",
     None, "UA", "Russia", "missile", None),
    # Tamil
    ("ta", "rocket-passive", "சனிக்கிழமை இரவு பதான்கோட் விமானப்படை தளத்தின் மீது ராக்கெட் தாக்குதல் நடத்தப்பட்டது, "
     "இரண்டு வீரர்கள் காயமடைந்தனர்.", "in-pathankot", "IN", None, "rocket", SAT),
    ("ta", "gunmen", "ஆயுதம் ஏந்திய பயங்கரவாதிகள் பதான்கோட் விமானப்படை தளத்துக்குள் ஊடுருவி துப்பாக்கிச் சூடு நடத்தினர்.",
     "in-pathankot", "IN", "Militants", "ground_assault", None),
    ("ta", "claim", "ஜம்மு ராணுவ முகாம் மீதான தற்கொலைத் தாக்குதலுக்கு ஜெய்ஷ்-இ-முகமது அமைப்பு பொறுப்பேற்றுள்ளது.",
     None, "IN", "Jaish-e-Mohammed", "ied", None),
    ("ta", "drone", "ரஷ்ய ட்ரோன்கள் உக்ரைனில் உள்ள ஒரு விமானப்படை தளத்தை தாக்கின, மூன்று வீரர்கள் உயிரிழந்தனர்.",
     None, "UA", "Russia", "drone", None),
    ("ta", "crpf-camp", "பயங்கரவாதிகள் புல்வாமாவில் உள்ள சிஆர்பிஎஃப் முகாம் மீது கையெறி குண்டு வீசினர்.", None, "IN", None,
     "ground_assault", None),
    ("ta", "bombs-thrown", "பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன்கள் குண்டுகளை வீசின.", "in-pathankot", "IN", None,
     "drone", None),
    ("ta", "claim-compound", "லஷ்கர்-இ-தொய்பா அமைப்பு பதான்கோட் விமானப்படை தளத் தாக்குதலுக்கு பொறுப்பேற்றது.",
     "in-pathankot", "IN", "Lashkar-e-Taiba", "other", None),
    # Swahili
    ("sw", "mortar-passive", "Kambi ya kijeshi ya El Adde ilishambuliwa kwa makombora ya chokaa usiku wa Jumamosi.",
     "so-el-adde", "SO", None, "mortar", SAT),
    ("sw", "claim", "Al-Shabaab imedai kuhusika na shambulio la bomu la kutegwa ardhini dhidi ya kambi ya kijeshi "
     "ya Baledogle.", "so-baledogle", "SO", "al-Shabaab", "ied", None),
    ("sw", "drone", "Ndege zisizo na rubani zilishambulia kambi ya jeshi la Marekani ya Manda Bay nchini Kenya.",
     "ke-manda-bay", "KE", None, "drone", None),
    ("sw", "gunmen", "Watu wenye silaha walivamia kambi ya kijeshi ya El Adde na kuwaua askari watano.",
     "so-el-adde", "SO", "Militants", "ground_assault", None),
    ("sw", "missiles-hit", "Makombora yalipiga kambi ya kijeshi ya El Adde.", "so-el-adde", "SO", None, "missile", None),
    # Norwegian
    ("no", "drone-passive", "Flybasen Belbek på Krim ble angrepet av droner natt til lørdag.",
     "ua-belbek", "UA", None, "drone", SAT),
    ("no", "claim", "Hizbollah tok på seg ansvaret for rakettangrepet mot en israelsk militærbase i Nord-Israel.",
     None, "IL", "Hezbollah", "rocket", None),
    ("no", "airstrike", "Israelske kampfly bombet en militær flyplass i Syria natt til torsdag.",
     None, "SY", "Israel", "airstrike", THU),
    # an attack compound is the attack ("droneangrep"); the definite "flybasen" before an unknown name is a base
    ("no", "compound", "Ukraina har gjennomført et droneangrep mot flybasen Morozovsk i Rostov-regionen.", "ru-morozovsk",
     "RU", "Ukraine", "drone", None),
    ("no", "definite-noun", "Natt til tirsdag ble den russiske flybasen Engels angrepet av ukrainske droner.", "ru-engels", "RU",
     "Ukraine", "drone", date(2024, 1, 16)),
    ("no", "gunmen", "Væpnede menn stormet en militærleir i Mali og drepte tolv soldater.",
     None, "ML", "Militants", "ground_assault", None),
    # Greek
    ("el", "rocket-passive", "Το στρατόπεδο Μπάστιον δέχθηκε επίθεση με ρουκέτες από τους Ταλιμπάν το Σάββατο.",
     "af-bastion", "AF", "Taliban", "rocket", SAT),
    ("el", "claim", "Η Χεζμπολάχ ανέλαβε την ευθύνη για την επίθεση με drones σε στρατιωτική βάση στο βόρειο Ισραήλ.",
     None, "IL", "Hezbollah", "drone", None),
    ("el", "airstrike", "Ισραηλινά μαχητικά αεροσκάφη βομβάρδισαν αεροπορική βάση στη Συρία.",
     None, "SY", "Israel", "airstrike", None),
    ("el", "gunmen", "Ένοπλοι εισέβαλαν σε στρατόπεδο του στρατού στο Μάλι και σκότωσαν δώδεκα στρατιώτες.",
     None, "ML", "Militants", "ground_assault", None),
    ("el", "targeted-passive", "Το στρατόπεδο Μπάστιον στοχοποιήθηκε από drones.", "af-bastion", "AF", None, "drone",
     None),
    # a vehicle inside the camp: the within words keep it the target
    ("el", "vehicle-inside", "Drones έπληξαν ένα όχημα μέσα στο στρατόπεδο Μπάστιον.", "af-bastion", "AF", None, "drone",
     None),
    ("el", "mortar-fire", "Το στρατόπεδο Μπάστιον δέχθηκε πυρά όλμων τη νύχτα.", "af-bastion", "AF", None, "mortar", None),
]

# Positive controls for the modals: a toll that may rise is no possible attack.
STRIKES += [
    ("hi", "toll-may-rise", "पठानकोट एयरबेस पर शनिवार को ड्रोन हमला हुआ, मृतकों की संख्या बढ़ सकती है।", "in-pathankot", "IN",
     None, "drone", SAT),
    ("gu", "toll-may-rise", "પઠાણકોટ એરબેઝ પર શનિવારે ડ્રોન હુમલો થયો, મૃતકોની સંખ્યા વધી શકે છે.", "in-pathankot", "IN", None,
     "drone", SAT),
    ("ml", "toll-may-rise", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ശനിയാഴ്ച ഡ്രോൺ ആക്രമണം ഉണ്ടായി, മരണസംഖ്യ ഉയർന്നേക്കും.",
     "in-pathankot", "IN", None, "drone", SAT),
    ("ta", "toll-may-rise", "பதான்கோட் விமானப்படை தளத்தின் மீது சனிக்கிழமை ட்ரோன் தாக்குதல் நடத்தப்பட்டது, உயிரிழப்பு "
     "அதிகரிக்கலாம்.", "in-pathankot", "IN", None, "drone", SAT),
    ("sw", "toll-may-rise", "Al-Shabaab walishambulia kambi ya kijeshi ya El Adde Jumamosi, na idadi ya vifo inaweza "
     "kuongezeka.", "so-el-adde", "SO", "al-Shabaab", "ground_assault", SAT),
    ("no", "toll-may-rise", "Droner angrep flybasen Belbek lørdag, og dødstallet kan komme til å stige.", "ua-belbek", "UA",
     None, "drone", SAT),
    ("el", "toll-may-rise", "Drones έπληξαν το στρατόπεδο Μπάστιον το Σάββατο και ο αριθμός των νεκρών θα μπορούσε να "
     "αυξηθεί.", "af-bastion", "AF", None, "drone", SAT),
]

# Positive controls for the crash words: a drone that fell on a camp struck it.
STRIKES += [
    ("el", "drone-fell", "Ένα drone κατέπεσε στο στρατόπεδο Μπάστιον και προκάλεσε ζημιές.", "af-bastion", "AF", None,
     "drone", None),
    # an inquiry's finding about a real attack is no fact-check
    ("hi", "inquiry-found", "सेना की पड़ताल में पाया गया कि पठानकोट एयरबेस पर शनिवार को हुआ ड्रोन हमला सीमा पार से किया "
     "गया था।", "in-pathankot", "IN", None, "drone", SAT),
    ("sw", "drone-fell", "Ndege isiyo na rubani ilianguka na kuteketea ndani ya kambi ya kijeshi ya El Adde baada ya "
     "kushambulia.", "so-el-adde", "SO", None, "drone", None),
]

# An army's training camp or centre is an installation (class 6), the training word beside it no drill.
STRIKES += [
    ("hi", "training-camp", "आतंकियों ने सेना के प्रशिक्षण शिविर पर हमला किया, तीन जवान शहीद हो गए।", None, None, "Militants",
     "ground_assault", None),
    ("gu", "training-camp", "આતંકવાદીઓએ સેનાના તાલીમ કેમ્પ પર હુમલો કર્યો, ત્રણ જવાન શહીદ થયા.", None, None, None, "other",
     None),
    ("ml", "training-camp", "ഭീകരർ സൈനിക പരിശീലന ക്യാമ്പിന് നേരെ ആക്രമണം നടത്തി, മൂന്ന് സൈനികർ കൊല്ലപ്പെട്ടു.", None, None,
     None, "other", None),
    ("ta", "training-camp", "ராணுவ பயிற்சி முகாம் மீது தீவிரவாதிகள் தாக்குதல் நடத்தினர், மூன்று வீரர்கள் உயிரிழந்தனர்.", None,
     None, "Militants", "ground_assault", None),
    ("sw", "training-camp", "Al-Shabaab walishambulia kambi ya mafunzo ya kijeshi, askari watatu waliuawa.", None, None,
     "al-Shabaab", "ground_assault", None),
    ("no", "training-camp", "Russiske missiler traff en militær treningsleir i Ukraina, og tolv soldater ble drept.", None,
     "UA", "Russia", "missile", None),
    ("el", "training-centre", "Ρωσικοί πύραυλοι έπληξαν κέντρο εκπαίδευσης του ουκρανικού στρατού, σκοτώνοντας δώδεκα "
     "στρατιώτες.", None, "UA", "Russia", "missile", None),
]

# Missiles fired at bases in the plural: the firing verb with the weapon is the attack word.
STRIKES += [
    ("gu", "fired-at-bases", "ઈરાને ઇરાકમાં અમેરિકી લશ્કરી મથકો પર મિસાઇલો છોડી.", None, "IQ", None, "missile", None),
    ("ta", "fired-at-bases", "ஈரான் ஈராக்கில் உள்ள அமெரிக்க ராணுவ தளங்கள் மீது ஏவுகணைகளை வீசியது.", None, "IQ", None,
     "missile", None),
    ("sw", "fired-at-camps", "Iran ilirusha makombora kwenye kambi za kijeshi za Marekani nchini Iraq.", None, "IQ", "Iran",
     "missile", None),
]

# (language, class, what, text): none of these reports a new attack on an installation.
NOT_STRIKES = [
    # Hindi
    ("hi", 1, "years-ago", "दो साल पहले उरी सैन्य शिविर पर हुए हमले में कई जवान शहीद हुए थे।"),
    ("hi", 1, "days-after", "उरी सैन्य शिविर पर हुए हमले के दो दिन बाद सेना ने जवाबी कार्रवाई में सीमा पार आतंकी "
     "ठिकानों पर हमला किया।"),
    ("hi", 3, "terror-camps", "भारतीय सेना ने सीमा पार आतंकी ठिकानों पर मिसाइलों से हमला किया।"),
    ("hi", 2, "crash", "पठानकोट एयरबेस के पास वायुसेना का एक लड़ाकू विमान दुर्घटनाग्रस्त हो गया।"),
    ("hi", 3, "petrol-pump", "पठानकोट एयरबेस के पास एक पेट्रोल पंप पर ड्रोन हमला हुआ।"),
    ("hi", 1, "satellite", "सैटेलाइट तस्वीरों में ड्रोन हमले के बाद पठानकोट एयरबेस पर नए हैंगर का निर्माण दिख रहा है।"),
    ("hi", 1, "repair", "पठानकोट एयरबेस पर ड्रोन हमले के बाद क्षतिग्रस्त रनवे की मरम्मत की जा रही है।"),
    ("hi", 2, "could", "खुफिया एजेंसियों के मुताबिक आतंकी पठानकोट एयरबेस पर ड्रोन से हमला कर सकते हैं।"),
    ("hi", 2, "depot-fire", "नगरोटा सैन्य अड्डे के गोला-बारूद डिपो में आग लगने से कई धमाके हुए।"),
    ("hi", 2, "quarrel", "उरी सैन्य शिविर में आपसी विवाद के बाद एक जवान ने अपने साथियों पर फायरिंग कर दी।"),
    ("hi", 2, "fact-check", "फैक्ट चेक: पठानकोट एयरबेस पर ड्रोन हमले का दावा करने वाला वायरल वीडियो पुराना है।"),
    ("hi", 3, "village", "पठानकोट एयरबेस के पास एक गांव में ग्रेनेड हमला हुआ, दो ग्रामीण घायल हो गए।"),
    # Gujarati
    ("gu", 1, "anniversary", "પઠાણકોટ એરબેઝ પર થયેલા આતંકી હુમલાની આઠમી વરસી પર શહીદોને શ્રદ્ધાંજલિ અપાઈ."),
    ("gu", 1, "days-after", "પઠાણકોટ એરબેઝ પર હુમલાના બે દિવસ પછી સેનાએ સરહદ પાર આતંકવાદી ઠેકાણાઓ પર હુમલો કર્યો."),
    ("gu", 3, "terror-camps", "ભારતીય સેનાએ સરહદ પાર આતંકવાદી ઠેકાણાઓ પર હુમલો કર્યો."),
    ("gu", 2, "crash", "પઠાણકોટ એરબેઝ નજીક વાયુસેનાનું ફાઇટર જેટ ક્રેશ થયું."),
    ("gu", 3, "petrol-pump", "પઠાણકોટ એરબેઝ નજીક એક પેટ્રોલ પંપ પર ડ્રોન હુમલો થયો."),
    ("gu", 1, "repair", "પઠાણકોટ એરબેઝ પર ડ્રોન હુમલા બાદ નુકસાન પામેલા રનવેનું સમારકામ ચાલી રહ્યું છે."),
    ("gu", 1, "satellite", "સેટેલાઇટ તસવીરોમાં ડ્રોન હુમલા બાદ પઠાણકોટ એરબેઝ પર નવા હેંગરનું બાંધકામ દેખાય છે."),
    ("gu", 2, "news-false", "પઠાણકોટ એરબેઝ પર ડ્રોન હુમલાના સમાચાર ખોટા હોવાનું સેનાએ જણાવ્યું."),
    ("gu", 2, "could", "ગુપ્તચર એજન્સીઓ મુજબ આતંકવાદીઓ પઠાણકોટ એરબેઝ પર ડ્રોન હુમલો કરી શકે છે."),
    ("gu", 2, "depot-fire", "પઠાણકોટ એરબેઝના દારૂગોળાના ડેપોમાં આગ લાગતાં અનેક ધડાકા થયા."),
    ("gu", 2, "fact-check", "ફેક્ટ ચેક: પઠાણકોટ એરબેઝ પર ડ્રોન હુમલાનો દાવો કરતો વીડિયો વાયરલ થયો."),
    ("gu", 3, "village", "પઠાણકોટ એરબેઝ નજીક આવેલા એક ગામમાં ગ્રેનેડ હુમલો થયો, બે ગ્રામજનો ઘાયલ થયા."),
    # Malayalam
    ("ml", 1, "anniversary", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിലെ ഭീകരാക്രമണത്തിന്റെ എട്ടാം വാർഷികത്തിൽ സൈനികർക്ക് "
     "ആദരാഞ്ജലി അർപ്പിച്ചു."),
    ("ml", 1, "days-after", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെയുള്ള ആക്രമണത്തിന് രണ്ട് ദിവസത്തിന് ശേഷം സൈന്യം "
     "അതിർത്തിക്കപ്പുറത്തെ ഭീകര താവളങ്ങൾ ആക്രമിച്ചു."),
    ("ml", 3, "terror-camps", "ഇന്ത്യൻ സൈന്യം അതിർത്തിക്കപ്പുറത്തെ ഭീകര താവളങ്ങൾ മിസൈലുകൾ ഉപയോഗിച്ച് ആക്രമിച്ചു."),
    ("ml", 2, "crash", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് സമീപം യുദ്ധവിമാനം തകർന്നുവീണു."),
    ("ml", 3, "petrol-pump", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് സമീപമുള്ള പെട്രോൾ പമ്പിന് നേരെ ഡ്രോൺ ആക്രമണം ഉണ്ടായി."),
    ("ml", 1, "satellite", "ഡ്രോൺ ആക്രമണത്തിന് ശേഷം പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിൽ പുതിയ ഹാംഗറുകളുടെ നിർമ്മാണം "
     "നടക്കുന്നതായി ഉപഗ്രഹ ചിത്രങ്ങൾ കാണിക്കുന്നു."),
    ("ml", 2, "news-false", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിൽ ഡ്രോൺ ആക്രമണം നടന്നുവെന്ന വാർത്ത തെറ്റാണെന്ന് സൈന്യം "
     "അറിയിച്ചു."),
    ("ml", 2, "will-attack", "പഠാൻകോട്ട് വ്യോമസേനാ താവളം ആക്രമിക്കുമെന്ന് ഭീകരസംഘടന പ്രഖ്യാപിച്ചു."),
    ("ml", 3, "fired-from", "ക്രിമിയയിലെ സൈനിക വിമാനത്താവളത്തിൽ നിന്ന് തൊടുത്ത മിസൈലുകൾ ഒഡേസ തുറമുഖത്ത് പതിച്ചു."),
    ("ml", 2, "may", "ഭീകരർ പഠാൻകോട്ട് വ്യോമസേനാ താവളം ഡ്രോൺ ഉപയോഗിച്ച് ആക്രമിച്ചേക്കുമെന്ന് രഹസ്യാന്വേഷണ ഏജൻസികൾ "
     "കരുതുന്നു."),
    ("ml", 2, "depot-fire", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിലെ ആയുധപ്പുരയിൽ തീപിടിത്തത്തെ തുടർന്ന് പൊട്ടിത്തെറി ഉണ്ടായി."),
    ("ml", 2, "fact-check", "വസ്തുതാ പരിശോധന: പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നുവെന്ന "
     "വീഡിയോ പഴയതാണ്."),
    ("ml", 3, "village", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് സമീപമുള്ള ഒരു ഗ്രാമത്തിൽ ഗ്രനേഡ് ആക്രമണം ഉണ്ടായി."),
    # Tamil
    ("ta", 1, "anniversary", "பதான்கோட் விமானப்படை தள தாக்குதலின் எட்டாம் ஆண்டு நினைவு நாளில் வீரர்களுக்கு அஞ்சலி "
     "செலுத்தப்பட்டது."),
    ("ta", 1, "days-after", "பதான்கோட் விமானப்படை தளத்தின் மீதான தாக்குதலுக்கு இரண்டு நாட்களுக்குப் பிறகு ராணுவம் எல்லை "
     "தாண்டி பயங்கரவாத முகாம்களைத் தாக்கியது."),
    ("ta", 3, "terror-camps", "இந்திய ராணுவம் எல்லை தாண்டி பயங்கரவாத முகாம்களை ஏவுகணைகள் மூலம் தாக்கியது."),
    ("ta", 2, "crash", "பதான்கோட் விமானப்படை தளம் அருகே போர் விமானம் விழுந்து நொறுங்கியது."),
    ("ta", 3, "petrol-station", "பதான்கோட் விமானப்படை தளம் அருகே உள்ள பெட்ரோல் நிலையம் மீது ட்ரோன் தாக்குதல் நடந்தது."),
    ("ta", 1, "satellite", "ட்ரோன் தாக்குதலுக்குப் பிறகு பதான்கோட் விமானப்படை தளத்தில் புதிய ஹேங்கர்கள் கட்டப்படுவதை "
     "செயற்கைக்கோள் படங்கள் காட்டுகின்றன."),
    ("ta", 1, "repair", "ட்ரோன் தாக்குதலில் சேதமடைந்த பதான்கோட் விமானப்படை தள ஓடுபாதை சீரமைக்கப்பட்டு வருகிறது."),
    ("ta", 2, "news-false", "பதான்கோட் விமானப்படை தளத்தில் ட்ரோன் தாக்குதல் நடந்ததாக வெளியான செய்தி தவறானது என ராணுவம் "
     "தெரிவித்தது."),
    ("ta", 2, "test-launch", "இந்தியா அக்னி ஏவுகணையை வெற்றிகரமாக சோதனை செய்தது, ஒடிசாவில் உள்ள ராணுவ தளத்திலிருந்து "
     "ஏவப்பட்டது."),
    ("ta", 2, "may", "பயங்கரவாதிகள் பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்த வாய்ப்புள்ளதாக "
     "உளவுத்துறை தகவல் தெரிவிக்கிறது."),
    ("ta", 2, "comrades", "பதான்கோட் விமானப்படை தளத்தில் ஒரு வீரர் தகராறு காரணமாக சக வீரர்கள் மீது துப்பாக்கிச் சூடு "
     "நடத்தினார்."),
    ("ta", 2, "fact-check", "உண்மை சரிபார்ப்பு: பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடந்ததாக பரவும் "
     "வீடியோ பழையது."),
    ("ta", 3, "village", "பதான்கோட் விமானப்படை தளம் அருகே உள்ள கிராமத்தில் கையெறி குண்டு தாக்குதல் நடந்தது."),
    # Swahili
    ("sw", 1, "remembered", "Wanajeshi walikumbuka wenzao waliouawa wakati al-Shabaab walipovamia kambi ya kijeshi "
     "ya El Adde."),
    ("sw", 1, "years-ago", "Miaka miwili iliyopita al-Shabaab walivamia kambi ya kijeshi ya El Adde."),
    ("sw", 1, "days-after", "Siku mbili baada ya al-Shabaab kuvamia kambi ya kijeshi ya El Adde, rais alizuru Mogadishu."),
    ("sw", 2, "crash", "Ndege ya kivita ilianguka karibu na kambi ya kijeshi ya Baledogle."),
    ("sw", 1, "satellite", "Picha za satelaiti zinaonyesha ujenzi wa hangari mpya katika kambi ya kijeshi ya El Adde baada "
     "ya shambulio la droni."),
    ("sw", 1, "repair", "Ukarabati wa kambi ya kijeshi ya El Adde iliyoharibiwa na shambulio la droni umeanza."),
    ("sw", 2, "test", "Jeshi lilifanya majaribio ya kurusha makombora katika kambi ya kijeshi ya Baledogle."),
    ("sw", 2, "could", "Wataalamu wanasema al-Shabaab inaweza kushambulia kambi ya kijeshi ya Baledogle kwa ndege "
     "zisizo na rubani."),
    ("sw", 2, "quarrel", "Askari walifyatua risasi katika kambi ya kijeshi ya El Adde kufuatia ugomvi wao."),
    ("sw", 2, "fact-check", "Uhakiki wa ukweli: video inayoonyesha ndege zisizo na rubani zikishambulia kambi ya "
     "kijeshi ya El Adde ni ya zamani."),
    ("sw", 3, "militant-camp", "Marekani ilishambulia kambi ya al-Shabaab nchini Somalia kwa ndege zisizo na rubani."),
    ("sw", 3, "fuel-station", "Makombora yalipiga kituo cha mafuta karibu na kambi ya kijeshi ya Baledogle."),
    ("sw", 3, "village", "Al-Shabaab walishambulia kijiji kilichoko karibu na kambi ya kijeshi ya Baledogle."),
    # Norwegian
    ("no", 1, "memorial", "Et minnesmerke over soldatene som falt i angrepet på militærleiren ble avduket i Oslo."),
    ("no", 1, "days-after", "Tre dager etter at droner rammet flybasen Belbek, rammet missiler en oljeterminal i "
     "Novorossijsk."),
    ("no", 2, "could", "Eksperter mener Russland kan komme til å angripe flybasen Belbek med missiler."),
    ("no", 2, "quarrel", "En soldat åpnet ild på flybasen Belbek og drepte to medsoldater etter en krangel."),
    ("no", 2, "test-launch", "Et missil ble avfyrt mot flybasen Belbek under en prøveoppskyting."),
    ("no", 2, "fact-check", "Faktasjekk: videoen der droner rammer flybasen Belbek, er gammel."),
    ("no", 3, "distance", "Russiske missiler rammet et område ti kilometer fra militærbasen i Kharkiv."),
    ("no", 3, "oil-depot", "Droner traff et oljelager like ved flybasen Belbek."),
    ("no", 3, "petrol-station", "Droner traff en bensinstasjon nær militærbasen i Kursk."),
    ("no", 3, "convoy", "En veibombe traff en militærkonvoi på vei til flybasen Belbek."),
    ("no", 3, "mall", "Missiler traff et kjøpesenter i nærheten av militærbasen i Kharkiv."),
    ("no", 3, "village", "Droner traff landsbyen ved flybasen Belbek."),
    # Greek
    ("el", 1, "honoured", "Οι στρατιώτες που σκοτώθηκαν όταν drones έπληξαν το στρατόπεδο Μπάστιον τιμήθηκαν στην "
     "Αθήνα."),
    ("el", 1, "years-ago", "Πριν από δύο χρόνια drones έπληξαν το στρατόπεδο Μπάστιον."),
    ("el", 1, "week-after", "Μία εβδομάδα μετά την επίθεση με drones στο στρατόπεδο Μπάστιον, οι Ταλιμπάν απείλησαν με "
     "νέα πλήγματα."),
    ("el", 2, "crash", "Μαχητικό αεροσκάφος συνετρίβη κοντά στο στρατόπεδο Μπάστιον."),
    ("el", 2, "could", "Οι Ταλιμπάν θα μπορούσαν να επιτεθούν στο στρατόπεδο Μπάστιον με drones."),
    ("el", 2, "quarrel", "Στρατιώτης άνοιξε πυρ στο στρατόπεδο Μπάστιον και σκότωσε δύο συναδέλφους του μετά από "
     "διαπληκτισμό."),
    ("el", 2, "fact-check", "Έλεγχος γεγονότων: το βίντεο όπου drones πλήττουν το στρατόπεδο Μπάστιον είναι παλιό."),
    ("el", 2, "test-launch", "Η Ρωσία πραγματοποίησε δοκιμαστική εκτόξευση βαλλιστικού πυραύλου από στρατιωτική βάση."),
    ("el", 3, "distance", "Ρουκέτες έπληξαν περιοχή δύο χιλιόμετρα από το στρατόπεδο Μπάστιον."),
    ("el", 3, "fuel-depot", "Drones έπληξαν αποθήκη καυσίμων κοντά στο στρατόπεδο Μπάστιον."),
    ("el", 3, "convoy", "Βόμβα χτύπησε στρατιωτική φάλαγγα στον δρόμο προς το στρατόπεδο Μπάστιον."),
    ("el", 3, "mall", "Πύραυλοι έπληξαν εμπορικό κέντρο κοντά σε στρατιωτική βάση στο Χάρκοβο."),
    ("el", 3, "village", "Drones έπληξαν χωριό κοντά στο στρατόπεδο Μπάστιον."),
]

# (language, what, text, event date): a relative day or a written date dates the strike.
DATED = [
    ("hi", "last-night", "कल रात उरी सैन्य शिविर पर ग्रेनेड हमला हुआ।", SUN),
    ("hi", "written", "15 जनवरी को अंबाला एयरबेस पर ड्रोन हमला हुआ।", D15),
    ("hi", "yesterday-evening", "कल शाम अंबाला एयरबेस पर ड्रोन हमला हुआ।", SUN),
    ("hi", "written-native-digits", "१५ जनवरी २०२४ को अंबाला एयरबेस पर ड्रोन हमला हुआ।", D15),
    ("gu", "last-night", "ગઈકાલે રાત્રે પઠાણકોટ એરબેઝ પર ડ્રોન હુમલો થયો.", SUN),
    ("gu", "written-native-digits", "૧૫ જાન્યુઆરીએ પઠાણકોટ એરબેઝ પર રોકેટ હુમલો થયો.", D15),
    ("ml", "last-night", "ഇന്നലെ രാത്രി പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ റോക്കറ്റ് ആക്രമണം ഉണ്ടായി.", SUN),
    ("ml", "written", "ജനുവരി 15-ന് പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം ഉണ്ടായി.", D15),
    ("ta", "last-night", "நேற்று இரவு பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது.", SUN),
    ("ta", "written", "ஜனவரி 15 அன்று பதான்கோட் விமானப்படை தளத்தின் மீது ராக்கெட் தாக்குதல் நடத்தப்பட்டது.", D15),
    ("sw", "last-night", "Jana usiku al-Shabaab walishambulia kambi ya kijeshi ya El Adde kwa maroketi.", SUN),
    ("sw", "written", "Mnamo tarehe 15 Januari, wapiganaji walivamia kambi ya kijeshi ya El Adde.", D15),
    ("no", "last-evening", "Droner angrep flybasen Belbek i går kveld.", SUN),
    ("no", "written", "Flybasen Belbek ble rammet av missiler 15. januar.", D15),
    ("el", "last-night", "Χθες το βράδυ drones έπληξαν το στρατόπεδο Μπάστιον.", SUN),
    ("el", "written", "Στις 15 Ιανουαρίου ρουκέτες έπεσαν στο στρατόπεδο Μπάστιον.", D15),
    ("el", "small-hours-of", "Ουκρανικά drones έπληξαν τη ρωσική αεροπορική βάση Ένγκελς τα ξημερώματα της Τρίτης.",
     date(2024, 1, 16)),
    ("el", "weekday-genitive", "Τα ξημερώματα της Τρίτης drones έπληξαν το στρατόπεδο Μπάστιον.", date(2024, 1, 16)),
]

# (language, what, text, country): a nationality written with a town noun places a town the places
# list lacks.
TOWNS_BY_NATIONALITY = [
    ("no", "Droner angrep en militærbase ved den ukrainske byen Zlatopil.", "UA"),
    ("el", "Drones έπληξαν στρατιωτική βάση κοντά στην ουκρανική πόλη Ζλατόπιλ.", "UA"),
]

# (language, what, text, killed, wounded): the dead and wounded counted in words (teens too) or in an
# active participle ("killing three").
CASUALTIES = [
    ("gu", "teen", "પઠાણકોટ એરબેઝ પર ડ્રોન હુમલામાં ચૌદ જવાન ઘાયલ થયા.", None, 14),
    ("ml", "teen", "പഠാൻകോട്ട് വ്യോമസേനാ താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടന്നു, പതിനാല് സൈനികർക്ക് പരിക്കേറ്റു.",
     None, 14),
    ("ta", "teen", "பதான்கோட் விமானப்படை தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தப்பட்டது, பதினான்கு வீரர்கள் காயமடைந்தனர்.",
     None, 14),
    ("sw", "teen", "Ndege zisizo na rubani zilishambulia kambi ya kijeshi ya El Adde, askari kumi na saba walijeruhiwa.",
     None, 17),
    ("sw", "it-killed", "Shambulio la ndege zisizo na rubani katika kambi ya kijeshi ya El Adde liliua askari watatu na "
     "kujeruhi saba.", 3, 7),
    ("no", "teen", "Droner rammet flybasen Belbek, og fjorten soldater ble såret.", None, 14),
    ("el", "teen", "Drones έπληξαν το στρατόπεδο Μπάστιον, δεκατέσσερις στρατιώτες τραυματίστηκαν.", None, 14),
    ("el", "killing", "Drones έπληξαν το στρατόπεδο Μπάστιον, σκοτώνοντας τρεις στρατιώτες και τραυματίζοντας επτά.",
     3, 7),
]

# (language, what, text, country, attacker): the state that backs the attackers ("Iran-backed") and the
# cause they strike for ("in support of Gaza") are neither the attacker nor where the base is.
PATRONS_AND_CAUSES = [
    ("hi", "patron", "ईरान समर्थित मिलिशिया ने इराक में अमेरिकी सैन्य अड्डे पर ड्रोन से हमला किया।", "IQ", None),
    ("hi", "cause", "हूती विद्रोहियों ने गाजा के समर्थन में अमेरिकी सैन्य अड्डे पर ड्रोन से हमला किया।", None, "Houthis"),
    ("gu", "patron", "ઈરાન સમર્થિત મિલિશિયાએ અમેરિકી લશ્કરી મથક પર ડ્રોન હુમલો કર્યો.", None, None),
    ("ml", "patron", "ഇറാൻ പിന്തുണയുള്ള സായുധ സംഘം യുഎസ് സൈനിക താവളത്തിന് നേരെ ഡ്രോൺ ആക്രമണം നടത്തി.", None, None),
    ("ta", "patron", "ஈரான் ஆதரவு ஆயுதக் குழுக்கள் அமெரிக்க ராணுவ தளத்தின் மீது ட்ரோன் தாக்குதல் நடத்தின.", None, None),
    ("sw", "patron", "Wanamgambo wanaoungwa mkono na Iran walishambulia kambi ya jeshi la Marekani nchini Iraq kwa droni.",
     "IQ", "Militants"),
    ("sw", "cause", "Wanamgambo walishambulia kambi ya jeshi la Marekani kwa droni kuunga mkono Gaza.", None, "Militants"),
    ("no", "patron", "Militser støttet av Iran angrep en amerikansk militærbase i Irak med droner.", "IQ", None),
    ("no", "cause", "Houthiene angrep en amerikansk militærbase med droner til støtte for Gaza.", None, "Houthis"),
    ("el", "patron", "Πολιτοφυλακές υποστηριζόμενες από το Ιράν επιτέθηκαν με drones σε αμερικανική στρατιωτική βάση "
     "στο Ιράκ.", "IQ", None),
    ("el", "cause", "Η Χεζμπολάχ επιτέθηκε με drones σε στρατιωτική βάση σε αλληλεγγύη με τη Γάζα.", None, "Hezbollah"),
]
